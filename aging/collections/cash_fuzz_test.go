package collections

import (
	"errors"
	"testing"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// FuzzCashMatch: whatever the receipt's amount and text and the
// tolerance, matching never panics, fails only with a sentinel, never
// allocates more than the receipt, conserves money to the cent when the
// proposals are applied, and is deterministic.
func FuzzCashMatch(f *testing.F) {
	f.Add("350.00", "INV/2019/0001, INV/2019/0002", "ACME GmbH", "DE89370400440532013000", "1")
	f.Add("200.00", "", "Beta Trading", "", "0")
	f.Add("980.00", "RF18 5390 0754 7034", "", "", "2.5")
	f.Add("1e-7", "ｉｎｖ １", "acme", "x", "100")
	f.Add("99999999999999999999999999", "inv 1 inv 2 inv 3 inv 4 inv 5 inv 6", "Acme Holding", "GB29NWBK60161331926819", "0.0001")
	f.Add("40.00", "inv 1", "", "", "0")
	f.Fuzz(func(t *testing.T, amount, label, payer, account, pct string) {
		a, err := decimal.NewFromString(amount)
		if err != nil {
			return
		}
		tol, err := decimal.NewFromString(pct)
		if err != nil {
			return
		}
		book := cashBook()
		book.Items[8].PaymentRef = "RF18 5390 0754 7034"
		book.Items = append(book.Items, OpenItem{Item: aging.Item{Ref: "INV-7", Customer: "ACME", Currency: "EUR",
			Issued: day(2026, 6, 10), Due: day(2026, 7, 10), Open: dec("1000.00")}, Terms: terms.MustParse("2/10 net 30")})
		r := Receipt{Amount: a, Currency: "EUR", ValueDate: cashDay, Label: label, PayerName: payer, PayerAccount: account, Note: label}
		opt := MatchOptions{TolerancePercent: tol, WriteOffShort: len(label)%2 == 0}
		ps, err := Match([]Receipt{r, r}, book, opt)
		if err != nil {
			require.True(t, errors.Is(err, ErrInvalidReceipt) || errors.Is(err, ErrInvalidOptions), err.Error())
			return
		}
		// The same receipt twice: the same answer (deterministic), except
		// that the second may not auto-apply to an item the first does —
		// it says so in one more piece of evidence and goes to review.
		require.Equal(t, ps[0].Lines, ps[1].Lines)
		second := ps[1].Evidence
		if ps[0].Auto && len(ps[0].Lines) > 0 {
			require.False(t, ps[1].Auto, "an item auto-applied twice in one batch")
			require.NotEmpty(t, second)
			require.Equal(t, "batch", second[len(second)-1].Field)
			second = second[:len(second)-1]
		}
		require.Equal(t, ps[0].Evidence, second)
		requireCashConserved(t, book, r, ps[0])
		var accepted []Proposal
		received := decimal.Zero
		for _, p := range ps {
			if !p.Ambiguous {
				accepted, received = append(accepted, p), received.Add(a)
			}
		}
		post, err := ApplyProposals(book, accepted)
		require.NoError(t, err)
		before, after, cash, unapplied, off := decimal.Zero, decimal.Zero, decimal.Zero, decimal.Zero, decimal.Zero
		for _, it := range book.Items {
			if it.Currency == "EUR" {
				before = before.Add(it.Open)
			}
		}
		for _, it := range post.Open {
			if it.Currency == "EUR" {
				after = after.Add(it.Open)
			}
		}
		for _, rp := range post.Receipts {
			cash, off = cash.Add(rp.Cash), off.Add(rp.Discount).Add(rp.WriteOff)
		}
		for _, u := range post.Unapplied {
			unapplied = unapplied.Add(u.Amount)
		}
		require.True(t, cash.Add(unapplied).Equal(received), "cash %s + unapplied %s ≠ %s received", cash, unapplied, received)
		require.True(t, before.Sub(after).Equal(cash.Add(off)), "open went down by %s, applied %s + %s", before.Sub(after), cash, off)
	})
}
