package aging_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// TestBadInputCatalogue feeds every entry point of the package its bad
// inputs and checks the exported error and that the message names the
// field or item at fault. README's "Errors" section lists the sentinels.
func TestBadInputCatalogue(t *testing.T) {
	d := decimal.RequireFromString
	good := aging.Item{Ref: "INV-1", Customer: "Acme", Currency: "EUR", Issued: asOf.AddDate(0, 0, -40), Due: asOf.AddDate(0, 0, -10), Open: d("100.00")}
	with := func(f func(*aging.Item)) []aging.Item { it := good; f(&it); return []aging.Item{it} }
	report, err := aging.AgeSlice(asOf, []aging.Item{good}, aging.Options{})
	require.NoError(t, err)
	other, err := aging.AgeSlice(asOf.AddDate(0, 0, 1), []aging.Item{good}, aging.Options{})
	require.NoError(t, err)
	later, err := aging.AgeSlice(asOf.AddDate(0, 3, 0), []aging.Item{good}, aging.Options{})
	require.NoError(t, err)
	rates := slices.Repeat([]decimal.Decimal{d("0.01")}, 5)
	huge := d("1e30")
	r1 := report
	short := func(r aging.Report) aging.Report { // a row with two amounts, as decoded from a bad JSON text
		r.Customers = slices.Clone(r.Customers)
		r.Customers[0].Amounts = r.Customers[0].Amounts[:2]
		return r
	}
	age := func(items []aging.Item) func() error {
		return func() error { _, err := aging.AgeSlice(asOf, items, aging.Options{}); return err }
	}

	for _, tc := range []struct {
		name string
		call func() error
		want error
		msg  string
	}{
		// Items: each bad field named, with the item's Ref.
		{"empty customer", age(with(func(it *aging.Item) { it.Customer = "" })), aging.ErrInvalidItem, `"INV-1": Customer is empty`},
		{"empty currency", age(with(func(it *aging.Item) { it.Currency = "" })), aging.ErrInvalidItem, `Currency is empty`},
		{"zero issue date", age(with(func(it *aging.Item) { it.Issued = time.Time{} })), aging.ErrInvalidItem, `Issued is the zero time`},
		{"zero due date", age(with(func(it *aging.Item) { it.Due = time.Time{} })), aging.ErrInvalidItem, `Due is the zero time`},
		{"due before issue", age(with(func(it *aging.Item) { it.Due = it.Issued.AddDate(0, 0, -1) })), aging.ErrInvalidItem, `Due`},
		{"amount beyond 40 digits", age(with(func(it *aging.Item) { it.Open = d("1e45") })), aging.ErrInvalidItem, `Open`},
		{"amount with 41 places", age(with(func(it *aging.Item) { it.Open = decimal.New(1, -41) })), aging.ErrInvalidItem, `Open`},
		{"amount of 81 digits", age(with(func(it *aging.Item) { it.Open = d(strings.Repeat("9", 81)) })), aging.ErrInvalidItem, `Open has 81 digits; at most 80`},
		{"collector bad item", func() error {
			_, err := aging.OlderThan(asOf, slices.Values(with(func(it *aging.Item) { it.Due = it.Issued.AddDate(0, 0, -1) })), 0)
			return err
		}, aging.ErrInvalidItem, "Due"},
		// Options.
		{"zero as-of", func() error { _, err := aging.AgeSlice(time.Time{}, nil, aging.Options{}); return err }, aging.ErrInvalidOptions, "asOf"},
		{"unknown basis", func() error { _, err := aging.AgeSlice(asOf, nil, aging.Options{Basis: 7}); return err }, aging.ErrInvalidOptions, "basis 7"},
		{"due-within edges", func() error { _, err := aging.Age(asOf, nil, aging.Options{DueWithin: []int{30, 7}}); return err }, aging.ErrInvalidOptions, "DueWithin[1]"},
		{"parallel zero as-of", func() error {
			_, err := aging.AgeParallel(time.Time{}, []aging.Item{good}, aging.Options{}, 2)
			return err
		}, aging.ErrInvalidOptions, "asOf"},
		{"parallel bad item", func() error {
			_, err := aging.AgeParallel(asOf, with(func(it *aging.Item) { it.Currency = "" }), aging.Options{}, 2)
			return err
		}, aging.ErrInvalidItem, "Currency"},
		// Buckets.
		{"no edges", func() error { _, err := aging.NewBuckets(); return err }, aging.ErrInvalidBuckets, "no edges"},
		{"negative edge", func() error { _, err := aging.NewBuckets(30, -1); return err }, aging.ErrInvalidBuckets, "edge 1 is -1"},
		{"zero edge", func() error { _, err := aging.NewBuckets(0); return err }, aging.ErrInvalidBuckets, "edge 0 is 0"},
		{"unsorted edges", func() error { _, err := aging.NewBuckets(60, 30); return err }, aging.ErrInvalidBuckets, "edge 1 (30) is not after edge 0 (60)"},
		{"duplicate edges", func() error { _, err := aging.NewBuckets(30, 30); return err }, aging.ErrInvalidBuckets, "not after"},
		{"huge edge", func() error { _, err := aging.NewBuckets(1 << 40); return err }, aging.ErrInvalidBuckets, "at most 100000"},
		{"too many edges", func() error { _, err := aging.NewBuckets(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11); return err }, aging.ErrInvalidBuckets, "11 edges"},
		{"labels count", func() error { _, err := aging.Standard().WithLabels("a"); return err }, aging.ErrInvalidBuckets, "1 labels for 5 buckets"},
		{"label with comma", func() error { _, err := aging.Standard().WithLabels("a", "b,", "c", "d", "e"); return err }, aging.ErrInvalidBuckets, `label 1 "b,"`},
		{"malformed text", func() error { _, err := aging.ParseBuckets("30,sixty"); return err }, aging.ErrInvalidBuckets, `"sixty"`},
		{"empty text", func() error { _, err := aging.ParseBuckets(""); return err }, aging.ErrInvalidBuckets, ""},
		{"unicode junk", func() error { var b aging.Buckets; return b.UnmarshalText([]byte("３０,６０")) }, aging.ErrInvalidBuckets, "３０"},
		{"overlong text", func() error { _, err := aging.ParseBuckets(strings.Repeat("1,", 10_000)); return err }, aging.ErrInvalidBuckets, ""},
		// Merge and conversion.
		{"merge other as-of", func() error { r := report; return r.Merge(other) }, aging.ErrReportMismatch, "as of 2026-06-30 and 2026-07-01"},
		{"convert places", func() error {
			_, err := r1.Converted(aging.Conversion{To: "EUR", Places: 19})
			return err
		}, aging.ErrInvalidOptions, "Places 19"},
		{"convert without rate", func() error {
			r, _ := aging.AgeSlice(asOf, append(with(func(it *aging.Item) { it.Currency = "USD" }), good), aging.Options{})
			_, err := r.Converted(aging.Conversion{To: "EUR", Places: 2})
			return err
		}, aging.ErrInvalidConversion, "no rate for USD"},
		{"settlement unknown", func() error {
			_, err := aging.OpenAsOf(asOf, []aging.Item{good}, []aging.Settlement{{Ref: "X", Date: asOf, Amount: d("1")}})
			return err
		}, aging.ErrInvalidSettlement, `unknown item "X"`},
		{"settlement zero date", func() error {
			_, err := aging.OpenAsOf(asOf, []aging.Item{good}, []aging.Settlement{{Ref: "INV-1", Amount: d("1")}})
			return err
		}, aging.ErrInvalidSettlement, "zero date"},
		{"settlement negative", func() error {
			_, err := aging.OpenAsOf(asOf, []aging.Item{good}, []aging.Settlement{{Ref: "INV-1", Date: asOf, Amount: d("-1")}})
			return err
		}, aging.ErrInvalidSettlement, "negative amount -1"},
		{"as-of bad item", func() error {
			_, err := aging.OpenAsOf(asOf, with(func(it *aging.Item) { it.Due = it.Issued.AddDate(0, 0, -1) }), nil)
			return err
		}, aging.ErrInvalidItem, "Due"},
		// Provisions and loss rates.
		{"rates count", func() error { _, err := aging.ProvisionMatrix(report, aging.Matrix{Rates: rates[:2]}); return err }, aging.ErrInvalidRates, "2 rates for 5 buckets"},
		{"rate above 1", func() error {
			_, err := aging.ProvisionMatrix(report, aging.Matrix{Rates: append(slices.Clone(rates[:4]), huge)})
			return err
		}, aging.ErrInvalidRates, "Rates[4] (1000000000000000000000000000000)"},
		{"negative adjustment", func() error {
			_, err := aging.ProvisionMatrix(report, aging.Matrix{Rates: rates, Adjustment: d("-0.1")})
			return err
		}, aging.ErrInvalidRates, "Adjustment -0.1"},
		{"provision places", func() error {
			_, err := aging.ProvisionMatrix(report, aging.Matrix{Rates: rates, Places: -1})
			return err
		}, aging.ErrInvalidOptions, "Places -1"},
		{"provision places too many", func() error {
			_, err := aging.ProvisionMatrix(report, aging.Matrix{Rates: rates, Places: 19})
			return err
		}, aging.ErrInvalidOptions, "Places 19"},
		{"provision without minor unit", func() error {
			r, _ := aging.AgeSlice(asOf, with(func(it *aging.Item) { it.Currency = "POINTS" }), aging.Options{})
			_, err := aging.ProvisionMatrix(r, aging.Matrix{Rates: rates})
			return err
		}, aging.ErrInvalidOptions, "set Places"},
		{"specific rate", func() error {
			_, err := aging.ProvisionMatrix(report, aging.Matrix{Rates: rates, Specific: map[string]decimal.Decimal{"Acme": d("1.5")}})
			return err
		}, aging.ErrInvalidRates, `"Acme" (1.5)`},
		{"one snapshot", func() error { _, err := aging.RollRates([]aging.Report{report}, "EUR", 1); return err }, aging.ErrSnapshotMismatch, "1 snapshots"},
		{"snapshots not monthly", func() error { _, err := aging.RollRates([]aging.Report{report, later}, "EUR", 1); return err }, aging.ErrSnapshotMismatch, "not the month after"},
		{"final loss above 1", func() error { _, err := aging.LossRates(rates, d("2")); return err }, aging.ErrInvalidRates, "finalLoss (2)"},
		{"negative roll rate", func() error { _, err := aging.LossRates([]decimal.Decimal{d("-0.1")}, d("1")); return err }, aging.ErrInvalidRates, "roll rate 0 (-0.1)"},
		{"collector zero as-of", func() error { _, err := aging.OlderThan(time.Time{}, nil, 30); return err }, aging.ErrInvalidOptions, "asOf"},
		// Reports decoded or built by hand (issue 25).
		{"report short amounts", func() error {
			r := short(report)
			_, err := aging.ProvisionMatrix(r, aging.Matrix{Rates: rates})
			return err
		}, aging.ErrInvalidReport, `Customers[0] ("Acme", "EUR"): 2 amounts for 5 buckets`},
		{"merge short amounts", func() error { r := report; return r.Merge(short(report)) }, aging.ErrInvalidReport, "2 amounts"},
		{"convert short amounts", func() error { _, err := short(report).Converted(aging.Conversion{To: "EUR"}); return err }, aging.ErrInvalidReport, "2 amounts"},
		{"roll rates short amounts", func() error {
			_, err := aging.RollRates([]aging.Report{short(report), report}, "EUR", 1)
			return err
		}, aging.ErrInvalidReport, "snapshot 0"},
		{"top overdue short amounts", func() error { _, err := aging.TopOverdue(short(report), "EUR", 1); return err }, aging.ErrInvalidReport, "2 amounts"},
		{"merge DueWithin split and none", func() error {
			r := report
			split, _ := aging.AgeSlice(asOf, []aging.Item{good}, aging.Options{DueWithin: []int{}})
			return r.Merge(split)
		}, aging.ErrReportMismatch, "DueWithin none and []"},
		{"roll rate above 1", func() error { _, err := aging.LossRates([]decimal.Decimal{d("1.2"), d("0.5")}, d("0.5")); return err }, aging.ErrInvalidRates, "roll rate 0 (1.2)"},
		{"adjusted rate above 1", func() error {
			_, err := aging.ProvisionMatrix(report, aging.Matrix{Rates: rates, Adjustment: d("101")})
			return err
		}, aging.ErrInvalidRates, "Rates[0] (0.01) × Adjustment (101) = 1.01 is above 1"},
		{"item provision bucket", func() error { _, err := aging.Matrix{Rates: rates}.ItemProvision(good, 5); return err }, aging.ErrInvalidRates, "bucket 5"},
		{"label with spaces", func() error { _, err := aging.Standard().WithLabels(" a", "b", "c", "d", "e"); return err }, aging.ErrInvalidBuckets, "white space"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			require.Error(t, err)
			require.True(t, errors.Is(err, tc.want), "%v is not %v", err, tc.want)
			require.Contains(t, err.Error(), tc.msg)
			var ie aging.ItemError
			if errors.Is(err, aging.ErrInvalidItem) {
				require.ErrorAs(t, err, &ie)
				require.NotEmpty(t, ie.Ref, "an item error names the item")
			}
		})
	}
}

// TestExtremeValues ages amounts beyond int64 minor units, zero- and
// three-decimal currencies and dates from year 1 to 9999, exactly.
func TestExtremeValues(t *testing.T) {
	d := decimal.RequireFromString
	y1 := time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC) // 1 January of year 1 is time.Time's zero value
	y9999 := time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	items := []aging.Item{
		{Ref: "BIG", Customer: "A", Currency: "EUR", Issued: asOf, Due: asOf, Open: d("92233720368547758.08")}, // 2^63 cents
		{Ref: "BIG2", Customer: "A", Currency: "EUR", Issued: asOf, Due: asOf, Open: d("92233720368547758.08")},
		{Ref: "JPY", Customer: "B", Currency: "JPY", Issued: asOf, Due: asOf, Open: d("1234567")},
		{Ref: "KWD", Customer: "C", Currency: "KWD", Issued: asOf, Due: asOf, Open: d("1.234")},
		{Ref: "KWD2", Customer: "C", Currency: "KWD", Issued: asOf, Due: asOf, Open: d("0.001")},
		{Ref: "OLD", Customer: "D", Currency: "EUR", Issued: y1, Due: y1, Open: d("1")},
		{Ref: "FAR", Customer: "D", Currency: "EUR", Issued: y9999, Due: y9999, Open: d("2")},
	}
	r, err := aging.AgeSlice(asOf, items, aging.Options{DueWithin: []int{7}})
	require.NoError(t, err)
	byCustomer := map[string]aging.Totals{}
	for _, row := range r.Customers {
		byCustomer[row.Customer] = row
	}
	require.True(t, byCustomer["A"].Total.Equal(d("184467440737095516.16")), byCustomer["A"].Total.String())
	require.True(t, byCustomer["B"].Total.Equal(d("1234567")))
	require.True(t, byCustomer["C"].Total.Equal(d("1.235")))
	// 0001-01-02 to 2026-06-30, proleptic Gregorian: 1 Jan 0001 to 1 Jan
	// 2026 is 2025 years = 2025 × 365 + 491 leap days (506 multiples of 4,
	// less 20 of 100, plus 5 of 400) = 739,616 days; plus 180 days to 30
	// June 2026 (31+28+31+30+31+29), less the one day from 1 to 2 January
	// 0001: 739,795.
	require.Equal(t, aging.Oldest{Ref: "OLD", Days: 739_795}, byCustomer["D"].Oldest)
	require.True(t, byCustomer["D"].NotDue[1].Equal(d("2")), "year 9999 is not yet due, beyond 7 days")
}
