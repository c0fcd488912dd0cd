package collections

import (
	"fmt"
	"math/big"
	"slices"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// answer is one possible reading of a receipt: the items it pays, in the
// order they are paid, the rule, the evidence and the confidence.
type answer struct {
	rule  Rule
	items []int32
	score int
	ev    []Evidence
	lines []ProposalLine
	fit   Fit
	rest  decimal.Decimal // unapplied
}

var keyNames = [numKeys]string{"reference", "reference digits", "reference numbers", "invoice number"}
var keyScores = [numKeys]int{99, 96, 96, 93}
var fitAdjust = [...]int{FitNone: 0, FitExact: 0, FitDiscount: 0, FitShort: -2, FitOver: -6, FitPartial: -6}

var one = decimal.NewFromInt(1)
var hundred = decimal.NewFromInt(100)

func (m *Matcher) receiptPlaces(currency string) (int32, error) {
	if p, ok := m.places[currency]; ok {
		return p, nil
	}
	return placesFor(currency, m.cfg.places, "Places")
}

// match makes the proposal for receipt pos.
func (m *Matcher) match(sc *scratch, pos int, r Receipt) (Proposal, error) {
	places, cents, err := m.receiptAmount(pos, r)
	if err != nil {
		return Proposal{}, err
	}
	payer := m.identify(sc, &r)
	m.scanReferences(sc, &r)
	ref, refAmb := m.referenceAnswer(sc, &r, payer, places)
	var pay answer
	var payAmb []Candidate
	settled := ref.rule != RuleNone && (ref.fit == FitExact || ref.fit == FitDiscount) && m.cust[ref.items[0]] == payer.cust
	if payer.cust >= 0 && cents.IsInt64() && !settled {
		pay, payAmb = m.payerAnswer(&r, payer, cents.Int64(), places)
	}
	p := Proposal{Receipt: pos, ID: r.ID, Currency: r.Currency, ValueDate: r.ValueDate, Unapplied: r.Amount}
	if payer.cust >= 0 {
		p.Customer = m.customers[payer.cust]
		p.Evidence = append(p.Evidence, payer.ev)
	}
	best, cands := choose(ref, pay, refAmb, payAmb)
	m.settle(&p, best, cands, payer)
	p.Evidence = append(p.Evidence, sc.notes...)
	p.Auto = !p.Ambiguous && p.Rule != RuleNone && p.Rule != RulePayerOnAccount && p.Confidence >= m.cfg.auto
	return p, nil
}

// receiptAmount validates receipt pos and returns its places and its
// amount in minor units.
func (m *Matcher) receiptAmount(pos int, r Receipt) (int32, *big.Int, error) {
	if err := checkReceipt(pos, r); err != nil {
		return 0, nil, err
	}
	places, err := m.receiptPlaces(r.Currency)
	if err != nil {
		return 0, nil, err
	}
	s := r.Amount.Shift(places)
	if !s.IsInteger() {
		return 0, nil, fmt.Errorf("%w: receipt %d (%q): Amount %s has more than %d places", ErrInvalidReceipt,
			pos, money.Bounded(r.ID), r.Amount, places)
	}
	return places, s.BigInt(), nil
}

// settle writes the chosen answer (or the ambiguity, or cash on account)
// into the proposal.
func (m *Matcher) settle(p *Proposal, best answer, cands []Candidate, payer payerID) {
	switch {
	case best.rule != RuleNone:
		p.Rule, p.Fit, p.Confidence, p.Lines, p.Unapplied = best.rule, best.fit, best.score, best.lines, best.rest
		p.Evidence = append(p.Evidence, best.ev...)
		if p.Customer == "" && len(best.lines) > 0 {
			p.Customer = best.lines[0].Customer
		}
	case len(cands) > 0:
		p.Ambiguous, p.Candidates = true, cands
	case payer.cust >= 0:
		p.Rule, p.Confidence = RulePayerOnAccount, 50
	}
}

// choose picks between the reference answer and the payer's: the same
// items, merged; different items, the higher confidence less 3 for the
// disagreement; a tie between different items is ambiguous.
func choose(ref, pay answer, refAmb, payAmb []Candidate) (answer, []Candidate) {
	switch {
	case ref.rule != RuleNone && pay.rule != RuleNone:
		if slices.Equal(ref.items, pay.items) {
			if pay.score > ref.score {
				return pay, nil
			}
			return ref, nil
		}
		if ref.score == pay.score {
			return answer{}, []Candidate{candidateOf(ref), candidateOf(pay)}
		}
		best := ref
		if pay.score > ref.score {
			best = pay
		}
		best.score -= 3
		return best, nil
	case ref.rule != RuleNone:
		return ref, nil
	case pay.rule != RuleNone:
		return pay, nil
	}
	return answer{}, append(refAmb, payAmb...)
}

func candidateOf(a answer) Candidate {
	c := Candidate{}
	for _, l := range a.lines {
		c.Items = append(c.Items, l.Item)
		c.Refs = append(c.Refs, l.Ref)
	}
	return c
}

// referenceAnswer turns the references read into the items they pay.
func (m *Matcher) referenceAnswer(sc *scratch, r *Receipt, payer payerID, places int32) (answer, []Candidate) {
	var a answer
	var amb []Candidate
	weakest, allRF, custOf := keyFull, true, int32(-1)
	for _, g := range sc.groups {
		keep := m.usable(sc, r, g)
		keep = m.narrow(keep, r, payer.cust, custOf)
		switch {
		case len(keep) == 1:
			i := keep[0]
			if slices.Contains(a.items, i) {
				continue
			}
			a.items = append(a.items, i)
			how := keyNames[g.kind]
			if g.rf {
				how = "creditor reference"
			}
			a.ev = append(a.ev, Evidence{Field: g.field, Text: g.text, Item: int(i), Ref: m.items[i].Ref, How: how})
			weakest, allRF = max(weakest, g.kind), allRF && g.rf
			if custOf < 0 {
				custOf = m.cust[i]
			}
		case len(keep) > 1 && amb == nil:
			for _, i := range keep {
				amb = append(amb, Candidate{Items: []int{int(i)}, Refs: []string{m.items[i].Ref}})
			}
		}
	}
	if len(a.items) == 0 {
		return answer{}, amb
	}
	a.rule = RuleReference
	if allRF {
		a.rule = RuleCreditorReference
	}
	m.fill(&a, r, places)
	a.score = m.referenceScore(a, weakest, payer)
	return a, nil
}

// usable keeps a group's items that can take the receipt: open invoices
// in its currency. The others are noted in the evidence.
func (m *Matcher) usable(sc *scratch, r *Receipt, g refGroup) []int32 {
	keep := make([]int32, 0, g.to-g.from)
	for _, i := range sc.cands[g.from:g.to] {
		it := &m.items[i]
		switch {
		case it.Currency != r.Currency:
			sc.notes = append(sc.notes, Evidence{Field: g.field, Text: g.text, Item: int(i), Ref: it.Ref,
				How: "item in " + money.Bounded(it.Currency) + ", not proposed"})
		case !it.Open.IsPositive():
			sc.notes = append(sc.notes, Evidence{Field: g.field, Text: g.text, Item: int(i), Ref: it.Ref,
				How: "not an open invoice, not proposed"})
		default:
			keep = append(keep, i)
		}
	}
	return keep
}

// narrow reduces the items one reference names: to the payer's, to the
// customer of the items already read, to those of exactly the amount.
func (m *Matcher) narrow(keep []int32, r *Receipt, payerCust, custOf int32) []int32 {
	for _, c := range [...]int32{payerCust, custOf} {
		if len(keep) <= 1 || c < 0 {
			continue
		}
		var mine []int32
		for _, i := range keep {
			if m.cust[i] == c {
				mine = append(mine, i)
			}
		}
		if len(mine) > 0 {
			keep = mine
		}
	}
	if len(keep) > 1 {
		var exact []int32
		for _, i := range keep {
			if m.items[i].Open.Equal(r.Amount) {
				exact = append(exact, i)
			}
		}
		if len(exact) > 0 {
			keep = exact
		}
	}
	return keep
}

// referenceScore is the confidence of a reference answer (see Matcher).
func (m *Matcher) referenceScore(a answer, weakest keyKind, payer payerID) int {
	s := keyScores[weakest] + fitAdjust[a.fit]
	c := m.cust[a.items[0]]
	for _, i := range a.items {
		if m.cust[i] != c {
			return max(0, s-30)
		}
	}
	switch {
	case payer.cust == c:
		s++
	case payer.cust >= 0:
		s -= 30
	case a.fit != FitExact && a.fit != FitDiscount:
		s -= 10
	}
	return min(100, max(0, s))
}

// fill computes the lines of an answer: how the receipt's amount fits
// the items and what each one gets. Items are paid in order, each up to
// its open amount; a receipt never gives more than its amount.
func (m *Matcher) fill(a *answer, r *Receipt, places int32) {
	sumOpen, sumNet := decimal.Zero, decimal.Zero
	rates := make([]decimal.Decimal, len(a.items))
	nets := make([]decimal.Decimal, len(a.items))
	discounted := false
	for k, i := range a.items {
		it := &m.items[i]
		nets[k] = it.Open
		if m.discUntil[i] != noDiscount {
			if rate := it.Terms.DiscountRate(it.Issued, r.ValueDate); rate.IsPositive() {
				rates[k], nets[k], discounted = rate, it.Open.Mul(one.Sub(rate)).Round(places), true
			}
		}
		sumOpen, sumNet = sumOpen.Add(it.Open), sumNet.Add(nets[k])
	}
	a.lines = make([]ProposalLine, 0, len(a.items))
	switch {
	case r.Amount.Equal(sumOpen):
		a.fit = FitExact
	case discounted && r.Amount.Equal(sumNet):
		a.fit = FitDiscount
	case r.Amount.GreaterThan(sumOpen):
		a.fit = FitOver
	case m.withinTolerance(sumOpen.Sub(r.Amount), sumOpen):
		a.fit = FitShort
	default:
		a.fit = FitPartial
	}
	remaining := r.Amount
	for k, i := range a.items {
		it := &m.items[i]
		l := ProposalLine{Item: int(i), Ref: it.Ref, Open: it.Open, Customer: it.Customer}
		if a.fit == FitDiscount {
			l.Applied, l.Discount, l.Rate = nets[k], it.Open.Sub(nets[k]), rates[k]
		} else {
			l.Applied = decimal.Min(remaining, it.Open)
			rest := it.Open.Sub(l.Applied)
			if a.fit == FitShort && m.cfg.writeOff {
				l.WriteOff = rest
			} else {
				l.Residual = rest
			}
		}
		remaining = remaining.Sub(l.Applied)
		if l.Applied.IsPositive() {
			a.lines = append(a.lines, l)
		}
	}
	a.rest = remaining
}

// withinTolerance reports whether a shortfall (> 0) on items of open
// amount total is within the tolerance.
func (m *Matcher) withinTolerance(short, total decimal.Decimal) bool {
	if !short.IsPositive() {
		return false
	}
	if m.cfg.tolFx.IsPositive() && short.LessThanOrEqual(m.cfg.tolFx) {
		return true
	}
	return m.cfg.tolPct.IsPositive() && short.Mul(hundred).LessThanOrEqual(total.Mul(m.cfg.tolPct))
}
