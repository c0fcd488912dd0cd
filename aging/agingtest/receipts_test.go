package agingtest

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestReceiptsAreDeterministicWithTruth(t *testing.T) {
	items := Ledger(Config{Seed: 3, Items: 5000, Customers: 200, Currencies: []string{"EUR", "USD"}, CreditNotes: 0.05})
	customers := Customers(items, 3)
	require.Len(t, customers, 200)
	require.Equal(t, customers, Customers(items, 3))
	a := Receipts(items, customers, ReceiptConfig{Seed: 9, Receipts: 2000})
	require.Equal(t, a, Receipts(items, customers, ReceiptConfig{Seed: 9, Receipts: 2000}))
	require.Len(t, a, 2000)
	refs := map[string]bool{}
	byRef := map[string]int{}
	for i, it := range items {
		byRef[it.Ref] = i
	}
	kinds := map[string]int{}
	for _, r := range a {
		kinds[r.Kind]++
		require.True(t, r.Amount.IsPositive(), r.ID)
		require.False(t, r.ValueDate.IsZero())
		if r.Kind == KindUnrelated {
			require.Empty(t, r.Pays)
			continue
		}
		require.NotEmpty(t, r.Pays)
		total := items[byRef[r.Pays[0]]].Open.Sub(items[byRef[r.Pays[0]]].Open)
		for _, ref := range r.Pays {
			require.False(t, refs[ref], "%s paid twice", ref)
			refs[ref] = true
			it := items[byRef[ref]]
			require.Equal(t, r.Customer, it.Customer)
			require.Equal(t, r.Currency, it.Currency)
			total = total.Add(it.Open)
		}
		switch r.Kind {
		case KindDiscount, KindShort:
			require.True(t, r.Amount.LessThan(total), r.ID)
		default:
			require.True(t, r.Amount.Equal(total), "%s %s: %s vs %s", r.ID, r.Kind, r.Amount, total)
		}
	}
	for _, k := range []string{KindClean, KindMistyped, KindMissing, KindSeveral, KindDiscount, KindShort, KindOtherPayer, KindUnrelated} {
		require.Greater(t, kinds[k], 40, k)
	}
	// no noise but one kind
	only := Receipts(items, customers, ReceiptConfig{Receipts: 50, Noise: Noise{Unrelated: 1}})
	for _, r := range only {
		require.Equal(t, KindUnrelated, r.Kind)
	}
	// more receipts than invoices: stops when every invoice is paid
	few := Ledger(Config{Items: 30, Customers: 3})
	require.LessOrEqual(t, len(Receipts(few, Customers(few, 0), ReceiptConfig{Receipts: 100, Noise: Noise{Missing: 1}})), 30)
}

func TestWrittenForms(t *testing.T) {
	require.Equal(t, "ＩＮＶ－００１", fullWidth("INV-001"))
	p, d := splitRef("INV-0000123")
	require.Equal(t, "INV", p)
	require.Equal(t, "0000123", d)
	p, d = splitRef("ABC")
	require.Equal(t, "ABC", p)
	require.Empty(t, d)
	require.Equal(t, "DE12 3456 78", spaced("DE12345678", true))
}
