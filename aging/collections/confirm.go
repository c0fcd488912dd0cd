package collections

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/internal/money"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// Confirmed is one line of a customer's balance confirmation: a document
// as the customer records it and what it says it still owes on it
// (negative for a credit note).
type Confirmed struct {
	Ref    string          `json:"ref"`
	Amount decimal.Decimal `json:"amount"`
}

// ConfirmationRequest is a customer's confirmation and our side of it.
type ConfirmationRequest struct {
	Customer, Currency string
	// CutOff is the date the customer's list is as of.
	CutOff time.Time
	// Ours is our open items of the customer in Currency as of CutOff.
	Ours []aging.Item
	// Theirs is the customer's list.
	Theirs []Confirmed
	// Payments is our payment entries (Kind EntryPayment, Ref the invoice
	// paid) dated after CutOff: money the customer sent that we had not
	// yet received at its cut-off — payments in transit. Others are
	// ignored.
	Payments []Entry
}

// ConfirmStatus is how a line of a reconciliation came out.
type ConfirmStatus uint8

const (
	ConfirmMatched       ConfirmStatus = iota + 1 // both sides, the same amount
	ConfirmInTransit                              // the difference is a payment after the cut-off
	ConfirmAmountDiffers                          // both sides, amounts differ (beyond any payment in transit)
	ConfirmOursOnly                               // on our side only
	ConfirmTheirsOnly                             // on theirs only
)

var confirmNames = [...]string{"", "matched", "in transit", "amount differs", "ours only", "theirs only"}

// String names the status: "matched", "in transit", "ours only"…
func (s ConfirmStatus) String() string {
	if int(s) < len(confirmNames) && s > 0 {
		return confirmNames[s]
	}
	return fmt.Sprintf("ConfirmStatus(%d)", s)
}

// MarshalText writes the status's name.
func (s ConfirmStatus) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// ConfirmLine is one document of the reconciliation. Ours − Theirs =
// InTransit + Difference.
type ConfirmLine struct {
	Status     ConfirmStatus   `json:"status"`
	Ref        string          `json:"ref"`      // ours ("" when theirs only)
	TheirRef   string          `json:"theirRef"` // theirs ("" when ours only)
	Item       int             `json:"item"`     // position in Ours, −1 when theirs only
	Ours       decimal.Decimal `json:"ours"`
	Theirs     decimal.Decimal `json:"theirs"`
	InTransit  decimal.Decimal `json:"inTransit"`
	Difference decimal.Decimal `json:"difference"`
}

// Reconciliation explains the difference between our balance and the
// customer's: Difference = OurBalance − TheirBalance = InTransit +
// AmountDifferences + OursOnly + TheirsOnly, to the cent.
type Reconciliation struct {
	Lines             []ConfirmLine   `json:"lines"`
	OurBalance        decimal.Decimal `json:"ourBalance"`
	TheirBalance      decimal.Decimal `json:"theirBalance"`
	Difference        decimal.Decimal `json:"difference"`
	InTransit         decimal.Decimal `json:"inTransit"`
	AmountDifferences decimal.Decimal `json:"amountDifferences"`
	OursOnly          decimal.Decimal `json:"oursOnly"`
	TheirsOnly        decimal.Decimal `json:"theirsOnly"` // negative: what they list and we do not
}

// Reconcile reconciles a customer's confirmation with our ledger. Refs
// are paired as cash application reads them — case, separators and
// spacing ignored ("INV/2026/0012" = "inv 2026 0012"), then, for those
// left, by their numbers without leading zeros ("2026-12") when that
// pairs one of ours with one of theirs. A payment of ours after the
// cut-off naming an item explains its difference up to the payment's
// amount. Lines: ours in the order given, then theirs left over. Errors
// (ErrInvalidStatement): an empty Customer or Currency, a zero CutOff,
// one of Ours of another customer or currency, an amount out of range;
// an item that fails aging.Item.Validate.
func Reconcile(req ConfirmationRequest) (Reconciliation, error) {
	if err := checkConfirmation(req); err != nil {
		return Reconciliation{}, err
	}
	pair := pairRefs(req)
	transit := inTransit(req)
	var rec Reconciliation
	for i, it := range req.Ours {
		l := ConfirmLine{Ref: it.Ref, Item: i, Ours: it.Open, Status: ConfirmOursOnly}
		if j, ok := pair[i]; ok {
			l.TheirRef, l.Theirs, l.Status = req.Theirs[j].Ref, req.Theirs[j].Amount, ConfirmAmountDiffers
		}
		gap := l.Ours.Sub(l.Theirs)
		k := string(confirmKey(it.Ref, keyFull))
		if t := transit[k]; gap.IsPositive() && t.IsPositive() {
			l.InTransit = decimal.Min(gap, t)
			transit[k] = t.Sub(l.InTransit)
		}
		l.Difference = gap.Sub(l.InTransit)
		switch {
		case l.Difference.IsZero() && l.InTransit.IsPositive():
			l.Status = ConfirmInTransit
		case l.Difference.IsZero() && l.Status == ConfirmAmountDiffers:
			l.Status = ConfirmMatched
		}
		rec.add(l)
	}
	paired := map[int]bool{}
	for _, j := range pair {
		paired[j] = true
	}
	for j, c := range req.Theirs {
		if !paired[j] {
			rec.add(ConfirmLine{Status: ConfirmTheirsOnly, TheirRef: c.Ref, Item: -1, Theirs: c.Amount, Difference: c.Amount.Neg()})
		}
	}
	rec.Difference = rec.OurBalance.Sub(rec.TheirBalance)
	return rec, nil
}

// inTransit sums our payments after the cut-off per invoice key.
func inTransit(req ConfirmationRequest) map[string]decimal.Decimal {
	transit := map[string]decimal.Decimal{}
	for _, p := range req.Payments {
		if p.Kind == EntryPayment && !p.Date.IsZero() && terms.DaysBetween(req.CutOff, p.Date) > 0 {
			k := string(confirmKey(p.Ref, keyFull))
			transit[k] = transit[k].Add(p.Amount.Abs())
		}
	}
	return transit
}

func (rec *Reconciliation) add(l ConfirmLine) {
	rec.Lines = append(rec.Lines, l)
	rec.OurBalance, rec.TheirBalance = rec.OurBalance.Add(l.Ours), rec.TheirBalance.Add(l.Theirs)
	rec.InTransit = rec.InTransit.Add(l.InTransit)
	switch l.Status {
	case ConfirmAmountDiffers:
		rec.AmountDifferences = rec.AmountDifferences.Add(l.Difference)
	case ConfirmOursOnly:
		rec.OursOnly = rec.OursOnly.Add(l.Difference)
	case ConfirmTheirsOnly:
		rec.TheirsOnly = rec.TheirsOnly.Add(l.Difference)
	}
}

func checkConfirmation(req ConfirmationRequest) error {
	switch {
	case req.Customer == "" || req.Currency == "":
		return fmt.Errorf("%w: Customer %q or Currency %q is empty", ErrInvalidStatement, money.Bounded(req.Customer), money.Bounded(req.Currency))
	case req.CutOff.IsZero():
		return fmt.Errorf("%w: CutOff is the zero time", ErrInvalidStatement)
	}
	for _, it := range req.Ours {
		if err := it.Validate(); err != nil {
			return err
		}
		if it.Customer != req.Customer || it.Currency != req.Currency {
			return fmt.Errorf("%w: item %q is %s/%s, the confirmation %s/%s", ErrInvalidStatement, money.Bounded(it.Ref),
				money.Bounded(it.Customer), money.Bounded(it.Currency), money.Bounded(req.Customer), money.Bounded(req.Currency))
		}
	}
	for j, c := range req.Theirs {
		if !money.InRange(c.Amount) {
			return fmt.Errorf("%w: Theirs[%d] (%q) Amount %s is out of range", ErrInvalidStatement, j, money.Bounded(c.Ref), money.Show(c.Amount))
		}
	}
	for j, p := range req.Payments {
		if !money.InRange(p.Amount) {
			return fmt.Errorf("%w: Payments[%d] (%q) Amount %s is out of range", ErrInvalidStatement, j, money.Bounded(p.Ref), money.Show(p.Amount))
		}
	}
	return nil
}

// confirmKey is a ref's key of kind k: keyFull (letters and digits
// glued), or keyGroups-like: the digit groups without leading zeros
// (one group is enough here).
func confirmKey(ref string, k keyKind) []byte {
	text := foldASCII(nil, ref)
	segs := segments(nil, text)
	if k == keyFull {
		key, _ := spanKey(nil, text, segs, keyFull)
		return key
	}
	var key []byte
	for _, g := range segs {
		if g.digits {
			if len(key) > 0 {
				key = append(key, '-')
			}
			key = appendStripped(key, text[g.start:g.end])
		}
	}
	return key
}

// pairRefs pairs our items with the customer's lines: by full key, then
// by numbers, each only when the key is held once on each side.
func pairRefs(req ConfirmationRequest) map[int]int {
	pair := map[int]int{}
	taken := map[int]bool{}
	for _, k := range []keyKind{keyFull, keyGroups} {
		ours, theirs := map[string][]int{}, map[string][]int{}
		for i, it := range req.Ours {
			if _, done := pair[i]; !done {
				if key := string(confirmKey(it.Ref, k)); key != "" {
					ours[key] = append(ours[key], i)
				}
			}
		}
		for j, c := range req.Theirs {
			if !taken[j] {
				if key := string(confirmKey(c.Ref, k)); key != "" {
					theirs[key] = append(theirs[key], j)
				}
			}
		}
		for key, is := range ours {
			if js := theirs[key]; len(is) == 1 && len(js) == 1 {
				pair[is[0]], taken[js[0]] = js[0], true
			}
		}
	}
	return pair
}
