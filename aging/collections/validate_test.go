package collections_test

import (
	"strings"
	"testing"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/aging/collections"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// TestEveryEntryPointUsesValidate: each function of the package that takes
// items rejects what aging.Item.Validate rejects, with Validate's error —
// among them items due before they are issued and amounts of 81 digits,
// which Dun, ApplyFIFO, WriteOffCandidates and the others accepted when
// each had its own checks.
func TestEveryEntryPointUsesValidate(t *testing.T) {
	d := decimal.RequireFromString
	good := aging.Item{Ref: "INV-1", Customer: "Acme", Currency: "EUR", Issued: asOf.AddDate(0, 0, -40), Due: asOf.AddDate(0, 0, -10), Open: d("100.00")}
	with := func(f func(*aging.Item)) aging.Item { it := good; f(&it); return it }
	instant := time.Date(2026, 5, 31, 22, 0, 0, 0, time.UTC)
	far := time.FixedZone("UTC+100", 100*3600)
	bad := []struct {
		item  aging.Item
		field string
	}{
		{with(func(it *aging.Item) { it.Due = it.Issued.AddDate(0, 0, -1) }), "Due"},
		{with(func(it *aging.Item) { it.Issued, it.Due = instant.In(time.FixedZone("UTC+2", 2*3600)), instant }), "Due"},
		{with(func(it *aging.Item) {
			it.Issued, it.Due = time.Date(2026, 6, 10, 12, 0, 0, 0, far), time.Date(2026, 6, 8, 12, 0, 0, 0, time.UTC)
		}), "Due"},
		{with(func(it *aging.Item) { it.Open = d(strings.Repeat("9", 81)) }), "Open"},
		{with(func(it *aging.Item) { it.Currency = "" }), "Currency"},
	}
	rates := []decimal.Decimal{d("0"), d("0.02"), d("0.1"), d("0.2"), d("0.5")}
	entryPoints := map[string]func([]aging.Item) error{
		"ApplyFIFO": func(items []aging.Item) error { _, err := collections.ApplyFIFO(items, d("10")); return err },
		"ApplyToRefs": func(items []aging.Item) error {
			_, err := collections.ApplyToRefs(items, d("10"), []string{"INV-1"})
			return err
		},
		"ApplyProportional": func(items []aging.Item) error { _, err := collections.ApplyProportional(items, d("10"), 0); return err },
		"Dun": func(items []aging.Item) error {
			_, err := collections.Dun(asOf, items, collections.DunOptions{})
			return err
		},
		"Forecast": func(items []aging.Item) error {
			_, err := collections.Forecast(items, collections.ForecastOptions{Start: asOf, Weeks: 4})
			return err
		},
		"WriteOffCandidates": func(items []aging.Item) error {
			_, err := collections.WriteOffCandidates(asOf, items, collections.WriteOffPolicy{MinDaysPastDue: 1, Matrix: aging.Matrix{Rates: rates}})
			return err
		},
	}
	for name, call := range entryPoints {
		require.NoError(t, call([]aging.Item{good}), name)
		for _, b := range bad {
			want := b.item.Validate()
			var ie aging.ItemError
			require.ErrorAs(t, want, &ie)
			require.Equal(t, b.field, ie.Field)
			require.Equal(t, want, call([]aging.Item{good, b.item}), "%s: %v", name, want)
		}
	}
}
