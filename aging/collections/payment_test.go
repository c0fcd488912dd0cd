package collections

import (
	"testing"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func TestApplyFIFO(t *testing.T) {
	items := []aging.Item{
		item("I3", "A", "EUR", 5, "300.00"),
		item("I1", "A", "EUR", 60, "100.00"),
		item("I2", "A", "EUR", 30, "200.00"),
		item("CN", "A", "EUR", 10, "-50.00"),
	}
	// Payment 200 + credit note 50 = 250: I1 (oldest) 100, I2 150 of 200;
	// I2 keeps 50 open, I3 300. Before 550 − 200 = 350 = after 350 − 0.
	got, err := ApplyFIFO(items, dec("200"))
	require.NoError(t, err)
	require.Equal(t, []string{"CN", "I1", "I2"}, []string{got.Applications[0].Ref, got.Applications[1].Ref, got.Applications[2].Ref})
	requireDecimal(t, "150", got.Applications[2].Applied)
	require.Len(t, got.Open, 2)
	requireDecimal(t, "50", got.Open[0].Open)
	requireDecimal(t, "0", got.Unapplied)
	// Over-payment: 1,000 + 50 against 600 leaves 450 unapplied.
	got, err = ApplyFIFO(items, dec("1000"))
	require.NoError(t, err)
	require.Empty(t, got.Open)
	requireDecimal(t, "450", got.Unapplied)

	_, err = ApplyFIFO(items, dec("-1"))
	require.ErrorIs(t, err, ErrInvalidPayment)
	mixed := append([]aging.Item{}, items...)
	mixed[1].Currency = "USD"
	_, err = ApplyFIFO(mixed, dec("1"))
	require.ErrorIs(t, err, ErrInvalidPayment)
	bad := append([]aging.Item{}, items...)
	bad[0].Issued = time.Time{}
	_, err = ApplyFIFO(bad, dec("1"))
	require.ErrorIs(t, err, aging.ErrInvalidItem)
}

// fuzzRefs are the Refs the fuzz targets give their items: repeated and
// empty ones among them, as real ledgers have (a credit note and an
// invoice numbered 1001).
var fuzzRefs = []string{"1001", "1002", "", "1001"}

// fuzzItems builds three items of one customer from fuzz inputs; refs picks
// each item's Ref from fuzzRefs, two bits an item.
func fuzzItems(a, b, c int64, ages, refs uint8) []aging.Item {
	items := []aging.Item{
		item("", "X", "EUR", int(ages%90), decimal.New(a, -2).String()),
		item("", "X", "EUR", int(ages%30), decimal.New(b, -2).String()),
		item("", "X", "EUR", int(ages%7), decimal.New(c, -2).String()),
	}
	for k := range items {
		items[k].Ref = fuzzRefs[(refs>>(2*k))&3]
	}
	return items
}

// requireConserved checks an application item by item: each item's Open
// after is its Open before − what was applied to it (found by position,
// never by Ref), Σ applied = payment − unapplied, and Σ open before −
// payment = Σ open after − unapplied.
func requireConserved(t *testing.T, items []aging.Item, payment decimal.Decimal, got Applied) {
	t.Helper()
	applied := make([]decimal.Decimal, len(items))
	sumApplied := decimal.Zero
	for _, a := range got.Applications {
		require.Equal(t, items[a.Item].Ref, a.Ref)
		require.Equal(t, items[a.Item].Open.Sign(), a.Applied.Sign(), "Applied has the item's sign")
		applied[a.Item] = applied[a.Item].Add(a.Applied)
		sumApplied = sumApplied.Add(a.Applied)
	}
	before, after := decimal.Zero, decimal.Zero
	left := decimal.Zero
	for i, it := range items {
		before = before.Add(it.Open)
		left = left.Add(it.Open.Sub(applied[i]))
	}
	for _, it := range got.Open {
		after = after.Add(it.Open)
	}
	require.True(t, left.Equal(after), "items less applications %s, open after %s", left, after)
	require.False(t, got.Unapplied.IsNegative())
	require.True(t, got.Unapplied.LessThanOrEqual(payment), "unapplied %s is more than the payment %s", got.Unapplied, payment)
	require.True(t, sumApplied.Equal(payment.Sub(got.Unapplied)), "applied %s, pay %s, unapplied %s", sumApplied, payment, got.Unapplied)
	require.True(t, before.Sub(payment).Equal(after.Sub(got.Unapplied)), "before %s pay %s after %s unapplied %s", before, payment, after, got.Unapplied)
}

// FuzzApplyFIFO checks money is conserved, item by item (see
// requireConserved), with repeated and empty Refs and credit notes among
// the items; no invoice is left negative nor a credit note positive; an
// invoice and a credit note are never both left open (the netting is
// complete), and cash is unapplied only when no invoice is left open.
func FuzzApplyFIFO(f *testing.F) {
	f.Add(int64(20000), int64(10000), int64(-5000), int64(30000), uint8(3))
	f.Add(int64(0), int64(0), int64(0), int64(0), uint8(0))
	f.Add(int64(-10000), int64(50000), int64(30000), int64(20000), uint8(0b11_00_00)) // refs 1001, 1001, 1002
	f.Add(int64(6000), int64(-10000), int64(0), int64(0), uint8(0))                   // the credit note
	f.Fuzz(func(t *testing.T, a, b, c, pay int64, ages uint8) {
		items := fuzzItems(a, b, c, ages, ages)
		payment := decimal.New(pay, -2)
		got, err := ApplyFIFO(items, payment)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidPayment)
			return
		}
		requireConserved(t, items, payment, got)
		debit, credit := false, false
		for _, it := range got.Open {
			debit = debit || it.Open.IsPositive()
			credit = credit || it.Open.IsNegative()
		}
		require.False(t, debit && credit, "an invoice and a credit note both left open: %v", got.Open)
		require.False(t, debit && got.Unapplied.IsPositive(), "cash unapplied while an invoice is open")
		for _, app := range got.Applications {
			require.True(t, app.Applied.Abs().LessThanOrEqual(items[app.Item].Open.Abs()))
		}
	})
}

// FuzzApplyToRefs checks money is conserved by remittance application
// (see requireConserved) when the items repeat Refs or leave them empty
// and the remittance names repeated, empty and unknown refs: either an
// ErrInvalidPayment error or every item keeps its own money. It catches
// the old bug of keeping open amounts in a map keyed by Ref (seed 1:
// a credit note 1001 of −100, an invoice 1001 of 500, 1002 of 300, 200
// paid to 1001 left 900 open).
func FuzzApplyToRefs(f *testing.F) {
	f.Add(int64(-10000), int64(50000), int64(30000), int64(20000), uint8(0b01_00_00), uint8(0))
	f.Add(int64(10000), int64(20000), int64(30000), int64(35000), uint8(0b10_01_00), uint8(0b00_00_01))
	f.Add(int64(10000), int64(20000), int64(30000), int64(5000), uint8(0b10_10_00), uint8(0b01_00_01_00)) // 1001, 1002 named; two items without a Ref
	f.Fuzz(func(t *testing.T, a, b, c, pay int64, refs, named uint8) {
		items := fuzzItems(a, b, c, 5, refs)
		payment := decimal.New(pay, -2)
		var names []string
		for k := range int(named>>6) + 1 { // 1 to 4 names, two bits each
			names = append(names, []string{"1001", "1002", "", "NOPE"}[(named>>(2*k))&3])
		}
		got, err := ApplyToRefs(items, payment, names)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidPayment)
			return
		}
		requireConserved(t, items, payment, got)
	})
}
