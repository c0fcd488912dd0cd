package collections

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/receivables-go/receivables/terms"
)

var epoch1970 = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// maxAmbiguous bounds the candidates listed for an ambiguous receipt.
const maxAmbiguous = 8

// payerAnswer looks among the payer's open invoices in the receipt's
// currency (oldest due first) for: one of exactly the amount, one net of
// an open discount, a combination, one short within tolerance. amount is
// in minor units.
func (m *Matcher) payerAnswer(r *Receipt, payer payerID, amount int64, places int32) (answer, []Candidate) {
	list := m.lists[listKey{payer.cust, r.Currency}]
	if len(list) == 0 {
		return answer{}, nil
	}
	amountEv := func(i int32, how string) Evidence {
		return Evidence{Field: "amount", Text: r.Amount.String(), Item: int(i), Ref: m.items[i].Ref, How: how}
	}
	single := func(rule Rule, score int, found []int32, how string) (answer, []Candidate) {
		if len(found) > 1 {
			return answer{}, m.candidates(found)
		}
		a := answer{rule: rule, items: found, score: score, ev: []Evidence{amountEv(found[0], how)}}
		m.fill(&a, r, places)
		return a, nil
	}
	if found := m.exactItems(m.byAmount[listKey{payer.cust, r.Currency}], amount); len(found) > 0 {
		return single(RulePayerAmount, payer.score, found, "exact amount")
	}
	if found := m.discountItems(list, r, amount, places); len(found) > 0 {
		return single(RulePayerDiscount, payer.score-1, found, "amount net of early-payment discount")
	}
	if combo, count := m.combination(list, amount); count > 0 {
		score, how := payer.score-8, fmt.Sprintf("%d items add up to the amount", len(combo))
		if count > 1 {
			score, how = payer.score-13, how+"; other combinations too, the oldest taken"
		}
		a := answer{rule: RulePayerCombination, items: combo, score: score}
		for _, i := range combo {
			a.ev = append(a.ev, amountEv(i, how))
		}
		m.fill(&a, r, places)
		return a, nil
	}
	if found := m.toleranceItems(list, r, amount); len(found) > 0 {
		return single(RulePayerTolerance, payer.score-10, found, "amount short within tolerance")
	}
	return answer{}, nil
}

func (m *Matcher) candidates(found []int32) []Candidate {
	var out []Candidate
	for _, i := range found[:min(len(found), maxAmbiguous)] {
		out = append(out, Candidate{Items: []int{int(i)}, Refs: []string{m.items[i].Ref}})
	}
	return out
}

// exactItems are the items of exactly the amount (at most maxAmbiguous),
// oldest first; byAmount is sorted by amount, then age.
func (m *Matcher) exactItems(byAmount []entry, amount int64) []int32 {
	lo, _ := slices.BinarySearchFunc(byAmount, amount, func(e entry, a int64) int { return cmp.Compare(e.cents, a) })
	var found []int32
	for _, e := range byAmount[lo:] {
		if e.cents != amount || len(found) == maxAmbiguous {
			break
		}
		found = append(found, e.item)
	}
	return found
}

// discountItems are the items whose open amount net of the discount open
// on the value date is the amount.
func (m *Matcher) discountItems(list []entry, r *Receipt, amount int64, places int32) []int32 {
	var found []int32
	vd := int32(max(min(terms.DaysBetween(epoch1970, r.ValueDate), math.MaxInt32), math.MinInt32+1))
	for _, e := range list {
		// the discount still open on the value date, and the amount short
		// by at most the highest rate (plus a minor unit for rounding): a
		// cheap filter before the decimals
		if e.until < vd || e.cents <= amount || e.cents < 1e12 && (e.cents-amount-1)*1_000_000 > e.cents*int64(e.off) {
			continue
		}
		i := e.item
		it := &m.items[i]
		rate := it.Terms.DiscountRate(it.Issued, r.ValueDate)
		if rate.IsPositive() && it.Open.Mul(one.Sub(rate)).Round(places).Equal(r.Amount) {
			if found = append(found, i); len(found) == maxAmbiguous {
				break
			}
		}
	}
	return found
}

// toleranceItems are the items the amount is short of by at most the
// tolerance.
func (m *Matcher) toleranceItems(list []entry, r *Receipt, amount int64) []int32 {
	if !m.cfg.tolFx.IsPositive() && !m.cfg.tolPct.IsPositive() {
		return nil
	}
	var found []int32
	for _, e := range list {
		if e.cents <= amount {
			continue
		}
		i := e.item
		open := m.items[i].Open
		if m.withinTolerance(open.Sub(r.Amount), open) {
			if found = append(found, i); len(found) == maxAmbiguous {
				break
			}
		}
	}
	return found
}

// combination searches the MaxCandidates oldest items for 2 to MaxItems
// of them adding up to amount exactly, depth first in age order, so the
// first found is the oldest. It returns the first and how many were found
// (it stops at 2).
func (m *Matcher) combination(list []entry, amount int64) ([]int32, int) {
	n := min(len(list), m.cfg.maxCands)
	var vals [64]int64
	for k, e := range list[:n] {
		vals[k] = e.cents
	}
	c := comboSearch{vals: vals[:n], target: amount, maxK: m.cfg.maxItems}
	c.dfs(0, 0)
	if c.count == 0 {
		return nil, 0
	}
	out := make([]int32, len(c.best))
	for k, j := range c.best {
		out[k] = list[j].item
	}
	return out, c.count
}

type comboSearch struct {
	vals   []int64
	target int64
	maxK   int
	cur    [8]int
	depth  int
	best   []int
	count  int
}

func (c *comboSearch) dfs(start int, sum int64) {
	for i := start; i < len(c.vals) && c.count < 2; i++ {
		s := sum + c.vals[i]
		if c.vals[i] <= 0 || s > c.target || s < sum {
			continue
		}
		c.cur[c.depth] = i
		c.depth++
		switch {
		case s == c.target && c.depth >= 2:
			if c.count++; c.count == 1 {
				c.best = append([]int(nil), c.cur[:c.depth]...)
			}
		case s < c.target && c.depth < c.maxK:
			c.dfs(i+1, s)
		}
		c.depth--
	}
}
