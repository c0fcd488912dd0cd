package agingtest

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestLedgerIsDeterministic(t *testing.T) {
	cfg := Config{Seed: 7, Items: 500, Customers: 20, Currencies: []string{"EUR", "USD"}, CreditNotes: 0.1}
	a, b := Ledger(cfg), Ledger(cfg)
	require.Len(t, a, 500)
	require.Equal(t, a, b)
	other := Ledger(Config{Seed: 8, Items: 500, Customers: 20})
	require.NotEqual(t, a[0].Open.String()+a[1].Open.String(), other[0].Open.String()+other[1].Open.String())
	credits, currencies := 0, map[string]bool{}
	for _, it := range a {
		require.NoError(t, it.Validate(), it.Ref)
		require.Equal(t, int32(-2), it.Open.Exponent())
		if it.Open.IsNegative() {
			credits++
		}
		currencies[it.Currency] = true
	}
	require.Greater(t, credits, 10)
	require.Len(t, currencies, 2)
}

func TestLedgerDefaults(t *testing.T) {
	items := Ledger(Config{})
	require.Len(t, items, 1000)
	require.Equal(t, "EUR", items[0].Currency)
}
