package aging_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// badItems are items that the old per-function checks let through (due
// before issue, by a day or across zones; 81 digits) and one each of the
// older rules, with the field Validate names.
func badItems() []struct {
	item  aging.Item
	field string
} {
	good := aging.Item{Ref: "INV-1", Customer: "Acme", Currency: "EUR", Issued: asOf.AddDate(0, 0, -40), Due: asOf.AddDate(0, 0, -10),
		Open: decimal.RequireFromString("100.00")}
	with := func(f func(*aging.Item)) aging.Item { it := good; f(&it); return it }
	instant := time.Date(2026, 5, 31, 22, 0, 0, 0, time.UTC)
	far := time.FixedZone("UTC+100", 100*3600)
	return []struct {
		item  aging.Item
		field string
	}{
		{with(func(it *aging.Item) { it.Due = it.Issued.AddDate(0, 0, -1) }), "Due"},
		// 31 May UTC is before 1 June at UTC+2, though the instants are equal.
		{with(func(it *aging.Item) { it.Issued, it.Due = instant.In(time.FixedZone("UTC+2", 2*3600)), instant }), "Due"},
		// Issued 10 June at UTC+100 h is an instant of 5 June UTC; due 8 June
		// UTC is three days later as an instant and two days earlier as a
		// date.
		{with(func(it *aging.Item) {
			it.Issued, it.Due = time.Date(2026, 6, 10, 12, 0, 0, 0, far), time.Date(2026, 6, 8, 12, 0, 0, 0, time.UTC)
		}), "Due"},
		{with(func(it *aging.Item) { it.Open = decimal.RequireFromString(strings.Repeat("9", 81)) }), "Open"},
		{with(func(it *aging.Item) { it.Customer = "" }), "Customer"},
		{with(func(it *aging.Item) { it.Issued = time.Time{} }), "Issued"},
		{with(func(it *aging.Item) { it.Open = decimal.New(1, -41) }), "Open"},
	}
}

// TestEveryEntryPointUsesValidate: each function of the package that takes
// items rejects what Item.Validate rejects, with Validate's error.
func TestEveryEntryPointUsesValidate(t *testing.T) {
	entryPoints := map[string]func([]aging.Item) error{
		"AgeSlice": func(items []aging.Item) error { _, err := aging.AgeSlice(asOf, items, aging.Options{}); return err },
		"Age": func(items []aging.Item) error {
			_, err := aging.Age(asOf, slices.Values(items), aging.Options{})
			return err
		},
		"AgeParallel": func(items []aging.Item) error {
			_, err := aging.AgeParallel(asOf, items, aging.Options{}, 2)
			return err
		},
		"OlderThan": func(items []aging.Item) error {
			_, err := aging.OlderThan(asOf, slices.Values(items), 0)
			return err
		},
		"OpenAsOf": func(items []aging.Item) error { _, err := aging.OpenAsOf(asOf, items, nil); return err },
	}
	for _, bad := range badItems() {
		want := bad.item.Validate()
		var ie aging.ItemError
		require.ErrorAs(t, want, &ie)
		require.Equal(t, bad.field, ie.Field)
		require.Equal(t, "INV-1", ie.Ref)
		for name, call := range entryPoints {
			require.Equal(t, want, call([]aging.Item{bad.item}), "%s: %v", name, want)
		}
		// Collecting, the rejected item is listed with the same error.
		r, err := aging.AgeSlice(asOf, []aging.Item{bad.item}, aging.Options{CollectErrors: true})
		require.NoError(t, err)
		require.Equal(t, []aging.ItemError{ie}, r.Rejected)
		var asError error = r.Rejected[0] // a value that is an error
		require.ErrorIs(t, asError, aging.ErrInvalidItem)
	}
	good := badItems()[0].item
	good.Due = good.Issued
	require.NoError(t, good.Validate())
}
