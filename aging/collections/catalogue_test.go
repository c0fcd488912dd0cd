package collections_test

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/aging/collections"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

var asOf = time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)

// TestBadInputCatalogue feeds every entry point of the package its bad
// inputs and checks the exported error and that the message names the
// field or item at fault.
func TestBadInputCatalogue(t *testing.T) {
	d := decimal.RequireFromString
	good := aging.Item{Ref: "INV-1", Customer: "Acme", Currency: "EUR", Issued: asOf.AddDate(0, 0, -40), Due: asOf.AddDate(0, 0, -10), Open: d("100.00")}
	with := func(f func(*aging.Item)) []aging.Item { it := good; f(&it); return []aging.Item{it} }
	rates := slices.Repeat([]decimal.Decimal{d("0.01")}, 5)
	tiny := d("0.000000000000000000000000000001") // 30 decimal places

	for _, tc := range []struct {
		name string
		call func() error
		want error
		msg  string
	}{
		// Payments: negative, mixed customers or currencies, unknown refs, places.
		{"negative payment", func() error { _, err := collections.ApplyFIFO([]aging.Item{good}, d("-1")); return err }, collections.ErrInvalidPayment, "payment -1 is negative"},
		{"mixed currencies", func() error {
			_, err := collections.ApplyFIFO(append(with(func(it *aging.Item) { it.Currency = "USD"; it.Ref = "INV-2" }), good), d("1"))
			return err
		}, collections.ErrInvalidPayment, "apply per customer and currency"},
		{"bad item in payment", func() error {
			_, err := collections.ApplyFIFO(with(func(it *aging.Item) { it.Due = time.Time{} }), d("1"))
			return err
		}, aging.ErrInvalidItem, "Due"},
		{"unknown ref", func() error {
			_, err := collections.ApplyToRefs([]aging.Item{good}, d("1"), []string{"NOPE"})
			return err
		}, collections.ErrInvalidPayment, `"NOPE"`},
		{"shared ref", func() error {
			_, err := collections.ApplyToRefs([]aging.Item{good, good}, d("1"), []string{"INV-1"})
			return err
		}, collections.ErrInvalidPayment, `Ref "INV-1" is held by items 0 and 1`},
		{"empty ref named", func() error {
			_, err := collections.ApplyToRefs([]aging.Item{good}, d("1"), []string{""})
			return err
		}, collections.ErrInvalidPayment, "refs[0] is empty"},
		{"overlong ref", func() error {
			_, err := collections.ApplyToRefs([]aging.Item{good}, d("1"), []string{strings.Repeat("R", 10_000)})
			return err
		}, collections.ErrInvalidPayment, "bytes more"},
		{"proportional places", func() error { _, err := collections.ApplyProportional([]aging.Item{good}, d("1"), 19); return err }, collections.ErrInvalidOptions, "places 19"},
		{"proportional without minor unit", func() error {
			_, err := collections.ApplyProportional(with(func(it *aging.Item) { it.Currency = "POINTS" }), d("1"), 0)
			return err
		}, collections.ErrInvalidOptions, "set places"},
		{"§ 367 negative interest", func() error {
			_, _, _, err := collections.ApplyCostsInterestPrincipal(collections.Dues{Costs: d("0"), Interest: d("-1"), Principal: d("5")}, d("1"))
			return err
		}, collections.ErrInvalidPayment, "-1 is negative"},
		// Dunning.
		{"ladder days fall", func() error {
			_, err := collections.Dun(asOf, []aging.Item{good}, collections.DunOptions{Ladder: collections.Ladder{{Name: "a", Days: 10}, {Name: "b", Days: 5}}})
			return err
		}, collections.ErrInvalidLadder, `"b" at 5 days`},
		{"ladder repeated name", func() error {
			_, err := collections.Dun(asOf, []aging.Item{good}, collections.DunOptions{Ladder: collections.Ladder{{Name: "a", Days: 1}, {Name: "a", Days: 5}}})
			return err
		}, collections.ErrInvalidLadder, `step 1 name "a"`},
		{"dun zero as-of", func() error { _, err := collections.Dun(time.Time{}, nil, collections.DunOptions{}); return err }, collections.ErrInvalidOptions, "asOf"},
		{"dun unknown taken step", func() error {
			_, err := collections.Dun(asOf, []aging.Item{good}, collections.DunOptions{Taken: map[collections.Account]string{{Customer: "Acme", Currency: "EUR"}: "legl"}})
			return err
		}, collections.ErrInvalidOptions, `Taken[Acme/EUR] step "legl"`},
		{"dun places", func() error { _, err := collections.Dun(asOf, nil, collections.DunOptions{Places: 19}); return err }, collections.ErrInvalidOptions, "Places 19"},
		{"ladder negative fee", func() error {
			_, err := collections.Dun(asOf, nil, collections.DunOptions{Ladder: collections.Ladder{{Name: "a", Fee: map[string]decimal.Decimal{"EUR": d("-5")}}}})
			return err
		}, collections.ErrInvalidLadder, `step "a" Fee[EUR] -5`},
		{"ladder negative minimum", func() error {
			_, err := collections.Dun(asOf, nil, collections.DunOptions{Ladder: collections.Ladder{{Name: "a", MinDue: map[string]decimal.Decimal{"EUR": d("-1")}}}})
			return err
		}, collections.ErrInvalidLadder, `step "a" MinDue[EUR] -1`},
		{"ladder negative interest", func() error {
			_, err := collections.Dun(asOf, nil, collections.DunOptions{Ladder: collections.Ladder{{Name: "a", InterestRate: d("-0.1")}}})
			return err
		}, collections.ErrInvalidLadder, `step "a" InterestRate -0.1`},
		{"dun interest without minor unit", func() error {
			_, err := collections.Dun(asOf, with(func(it *aging.Item) { it.Currency = "POINTS" }),
				collections.DunOptions{Ladder: collections.Ladder{{Name: "a", InterestRate: d("0.1")}}})
			return err
		}, collections.ErrInvalidOptions, "set Places"},
		{"forecast DaysLate overflow", func() error {
			_, err := collections.Forecast(nil, collections.ForecastOptions{Start: asOf, Weeks: 4, DaysLate: map[string]int{"Acme": math.MaxInt}})
			return err
		}, collections.ErrInvalidOptions, "DaysLate[Acme]"},
		// Write-offs and forecast.
		{"write-off zero as-of", func() error {
			_, err := collections.WriteOffCandidates(time.Time{}, nil, collections.WriteOffPolicy{})
			return err
		}, collections.ErrInvalidOptions, "asOf"},
		{"write-off negative days", func() error {
			_, err := collections.WriteOffCandidates(asOf, nil, collections.WriteOffPolicy{MinDaysPastDue: -1})
			return err
		}, collections.ErrInvalidOptions, "MinDaysPastDue -1"},
		{"write-off rates count", func() error {
			_, err := collections.WriteOffCandidates(asOf, nil, collections.WriteOffPolicy{Matrix: aging.Matrix{Rates: rates[:1]}})
			return err
		}, collections.ErrInvalidOptions, "Matrix: aging: invalid loss rates: 1 rates for 5 buckets"},
		{"write-off negative rate", func() error {
			_, err := collections.WriteOffCandidates(asOf, nil, collections.WriteOffPolicy{Matrix: aging.Matrix{Rates: []decimal.Decimal{decimal.NewFromInt(-5), tiny, tiny, tiny, tiny}}})
			return err
		}, collections.ErrInvalidOptions, "Rates[0] (-5) is outside [0, 1]"},
		{"write-off small balance out of range", func() error {
			_, err := collections.WriteOffCandidates(asOf, nil, collections.WriteOffPolicy{SmallBalance: decimal.New(1, 41)})
			return err
		}, collections.ErrInvalidOptions, "SmallBalance"},
		{"write-off places", func() error {
			_, err := collections.WriteOffCandidates(asOf, nil, collections.WriteOffPolicy{Matrix: aging.Matrix{Places: -1}})
			return err
		}, collections.ErrInvalidOptions, "Matrix.Places -1"},
		{"write-off without minor unit", func() error {
			_, err := collections.WriteOffCandidates(asOf, with(func(it *aging.Item) { it.Currency = "POINTS" }),
				collections.WriteOffPolicy{MinDaysPastDue: 1, Matrix: aging.Matrix{Rates: rates}})
			return err
		}, collections.ErrInvalidOptions, "set Places"},
		{"forecast zero start", func() error { _, err := collections.Forecast(nil, collections.ForecastOptions{Weeks: 4}); return err }, collections.ErrInvalidOptions, "Start"},
		{"forecast weeks", func() error {
			_, err := collections.Forecast(nil, collections.ForecastOptions{Start: asOf, Weeks: 0})
			return err
		}, collections.ErrInvalidOptions, "Weeks 0"},
		{"forecast probability", func() error {
			_, err := collections.Forecast(nil, collections.ForecastOptions{Start: asOf, Weeks: 4, OverdueCollection: tiny.Add(decimal.NewFromInt(1))})
			return err
		}, collections.ErrInvalidOptions, "OverdueCollection 1.000000000000000000000000000001"},
		{"forecast places", func() error {
			_, err := collections.Forecast(nil, collections.ForecastOptions{Start: asOf, Weeks: 4, Places: 99})
			return err
		}, collections.ErrInvalidOptions, "Places 99"},
		{"forecast without minor unit", func() error {
			_, err := collections.Forecast(with(func(it *aging.Item) { it.Currency = "POINTS" }), collections.ForecastOptions{Start: asOf, Weeks: 4})
			return err
		}, collections.ErrInvalidOptions, "set Places"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			require.Error(t, err)
			require.True(t, errors.Is(err, tc.want), "%v is not %v", err, tc.want)
			require.Contains(t, err.Error(), tc.msg)
			require.Less(t, len(err.Error()), 400, "bounded message")
			if errors.Is(err, aging.ErrInvalidItem) {
				var ie aging.ItemError
				require.ErrorAs(t, err, &ie)
				require.NotEmpty(t, ie.Ref, "an item error names the item")
			}
		})
	}
}
