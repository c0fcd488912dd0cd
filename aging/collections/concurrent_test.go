package collections_test

import (
	"sync"
	"testing"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/aging/agingtest"
	"github.com/receivables-go/receivables/aging/collections"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// TestConcurrentCallers calls the entry points of the package from many
// goroutines on one shared ledger and compares each result with the
// sequential one; run with -race.
func TestConcurrentCallers(t *testing.T) {
	items := agingtest.Ledger(agingtest.Config{Seed: 3, Items: 1500, Customers: 40, Currencies: []string{"EUR", "USD"}, CreditNotes: 0.1, AsOf: asOf})
	d := decimal.RequireFromString
	rates := []decimal.Decimal{d("0.005"), d("0.02"), d("0.08"), d("0.2"), d("0.5")}
	acme := []aging.Item{}
	for _, it := range items {
		if it.Customer == items[0].Customer && it.Currency == items[0].Currency {
			acme = append(acme, it)
		}
	}
	calls := func() []any {
		fifo, err := collections.ApplyFIFO(acme, d("50000"))
		require.NoError(t, err)
		prop, err := collections.ApplyProportional(acme, d("12345.67"), 0)
		require.NoError(t, err)
		refs, err := collections.ApplyToRefs(acme, d("100"), []string{acme[0].Ref})
		require.NoError(t, err)
		dun, err := collections.Dun(asOf, items, collections.DunOptions{})
		require.NoError(t, err)
		priced, err := collections.Dun(asOf, items, collections.DunOptions{Ladder: collections.Ladder{
			{Name: "reminder"}, {Name: "final", Days: 14, MinDue: map[string]decimal.Decimal{"EUR": d("100")},
				Fee: map[string]decimal.Decimal{"EUR": d("5"), "USD": d("6")}, InterestRate: d("0.0912")}},
			Taken: map[collections.Account]string{{Customer: items[0].Customer, Currency: items[0].Currency}: "reminder"}})
		require.NoError(t, err)
		fc, err := collections.Forecast(items, collections.ForecastOptions{Start: asOf, Weeks: 8, OverdueCollection: d("0.5")})
		require.NoError(t, err)
		wo, err := collections.WriteOffCandidates(asOf, items, collections.WriteOffPolicy{MinDaysPastDue: 300, SmallBalance: d("50"), Matrix: aging.Matrix{Rates: rates}})
		require.NoError(t, err)
		a, o, e, err := collections.ApplyCostsInterestPrincipal(collections.Dues{Costs: d("40"), Interest: d("5"), Principal: d("100")}, d("60"))
		require.NoError(t, err)
		return []any{fifo, prop, refs, dun, priced, fc, wo, a, o, e}
	}
	want := calls()
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := calls()
			for i := range want {
				require.Equal(t, want[i], got[i], "call %d", i)
			}
		}()
	}
	wg.Wait()
}
