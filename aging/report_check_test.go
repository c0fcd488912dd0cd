package aging

import (
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// roundTrip encodes r as JSON and decodes it.
func roundTrip(t *testing.T, r Report) Report {
	t.Helper()
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var back Report
	require.NoError(t, json.Unmarshal(b, &back))
	return back
}

// Issue 25: a report aged with DueWithin []int{} lost its dueWithin in a
// JSON round trip (omitempty) but kept each row's notDue, so Converted
// panicked ("index out of range [0] with length 0"), and so did Converted
// after merging it into a report with nil DueWithin. Both panicked on the
// old code. JSON now keeps [] apart from null, and a report whose rows do
// not match its DueWithin is an ErrInvalidReport.
func TestEmptyDueWithinSurvivesJSON(t *testing.T) {
	items := []Item{item("A", "A", "EUR", -5, "10.00"), item("B", "A", "EUR", 5, "20.00")}
	split, err := AgeSlice(asOf, items, Options{DueWithin: []int{}})
	require.NoError(t, err)
	back := roundTrip(t, split)
	require.NotNil(t, back.DueWithin)
	require.Empty(t, back.DueWithin)
	conv, err := back.Converted(Conversion{To: "EUR"})
	require.NoError(t, err)
	requireAmounts(t, []string{"10"}, conv.NotDue)

	plain, err := AgeSlice(asOf, items, Options{})
	require.NoError(t, err)
	require.Nil(t, roundTrip(t, plain).DueWithin)
	m := plain
	require.ErrorIs(t, m.Merge(split), ErrReportMismatch, "no split and a split without edges do not merge")
	_, err = m.Converted(Conversion{To: "EUR"})
	require.NoError(t, err)
	m = split
	require.NoError(t, m.Merge(back))
	requireAmounts(t, []string{"20"}, m.Customers[0].NotDue)

	// The old JSON form (dueWithin dropped, notDue kept): an error, not a panic.
	old := back
	old.DueWithin = nil
	_, err = old.Converted(Conversion{To: "EUR"})
	require.ErrorIs(t, err, ErrInvalidReport)
	require.ErrorContains(t, err, `Currencies[0] ("", "EUR"): 1 NotDue bands; DueWithin none makes 0`)
	m = plain
	require.ErrorIs(t, m.Merge(old), ErrInvalidReport)
	require.Equal(t, plain, m, "r unchanged on error")
}

// Issue 25: a decoded report with a short or long amounts list panicked in
// ProvisionMatrix (short), RollRates (short) and Converted (long) on the
// old code. Every function that reads rows checks the report first.
func TestDecodedReportIsChecked(t *testing.T) {
	r, err := AgeSlice(asOf, []Item{item("A", "A", "EUR", 5, "10.00"), item("B", "B", "EUR", 50, "20.00")}, Options{})
	require.NoError(t, err)
	rates := []decimal.Decimal{dec("0.01"), dec("0.02"), dec("0.03"), dec("0.04"), dec("0.05")}
	calls := map[string]func(Report) error{
		"ProvisionMatrix": func(x Report) error { _, err := ProvisionMatrix(x, Matrix{Rates: rates}); return err },
		"Converted":       func(x Report) error { _, err := x.Converted(Conversion{To: "EUR"}); return err },
		"RollRates": func(x Report) error {
			next := r
			next.AsOf = asOf.AddDate(0, 1, 0)
			_, err := RollRates([]Report{x, next}, "EUR", 0)
			return err
		},
		"Merge":          func(x Report) error { m := r; return m.Merge(x) },
		"Merge into":     func(x Report) error { return x.Merge(r) },
		"TopOverdue":     func(x Report) error { _, err := TopOverdue(x, "EUR", 3); return err },
		"Merge identity": func(x Report) error { var m Report; return m.Merge(x) },
	}
	for name, bad := range map[string]struct {
		edit func(*Report)
		msg  string
	}{
		"short amounts":              {func(x *Report) { x.Customers[0].Amounts = x.Customers[0].Amounts[:2] }, "Customers[0] (\"A\", \"EUR\"): 2 amounts for 5 buckets"},
		"long amounts":               {func(x *Report) { x.Currencies[0].Amounts = append(x.Currencies[0].Amounts, dec("1")) }, "6 amounts for 5 buckets"},
		"unsorted":                   {func(x *Report) { x.Customers[0], x.Customers[1] = x.Customers[1], x.Customers[0] }, "is not after the row before it"},
		"repeated":                   {func(x *Report) { x.Customers[1] = x.Customers[0] }, "is not after"},
		"no currency":                {func(x *Report) { x.Customers[0].Currency = "" }, "currency is empty"},
		"customer on a currency row": {func(x *Report) { x.Currencies[0].Customer = "X" }, "a currency row has no customer"},
		"no customer":                {func(x *Report) { x.Customers[0].Customer = "" }, "a customer row has one"},
		"basis":                      {func(x *Report) { x.Basis = 9 }, "basis 9"},
		"zero as-of":                 {func(x *Report) { x.AsOf = time.Time{} }, "asOf"},
		"due-within":                 {func(x *Report) { x.DueWithin = []int{0} }, "DueWithin[0] = 0"},
		"negative items":             {func(x *Report) { x.Customers[0].Items = -1 }, "Items -1"},
		"huge amount":                {func(x *Report) { x.Customers[0].Amounts[1] = decimal.New(1, math.MaxInt32) }, "Amounts[1]"},
		"tiny debit days":            {func(x *Report) { x.Customers[0].DebitDays = decimal.New(1, math.MinInt32) }, "DebitDays"},
		"huge coefficient":           {func(x *Report) { x.Currencies[0].Total = decimal.NewFromBigInt(decimal.New(1, 400).BigInt(), 0) }, "Total"},
	} {
		for call, f := range calls {
			x := roundTrip(t, r)
			bad.edit(&x)
			err := f(x)
			require.ErrorIs(t, err, ErrInvalidReport, "%s / %s", name, call)
			require.ErrorContains(t, err, bad.msg, "%s / %s", name, call)
			require.Less(t, len(err.Error()), 400)
		}
	}
	// A round trip is exact: the decoded report merges with its original.
	m := r
	require.NoError(t, m.Merge(roundTrip(t, r)))
}

// Issue 25: labels with white space around them were trimmed on decode, so
// a decoded shard no longer merged with its original (the old WithLabels
// accepted " now"; the decoded Buckets differed). WithLabels rejects what
// the text form cannot carry.
func TestBucketLabelsRoundTripExactly(t *testing.T) {
	for _, l := range []string{" now", "now ", "\tnow", "now\n", "\u00a0now", "bad\xffutf8"} {
		_, err := Standard().WithLabels(l, "a", "b", "c", "d")
		require.ErrorIs(t, err, ErrInvalidBuckets, "%q", l)
		require.ErrorContains(t, err, "label 0")
	}
	b, err := Standard().WithLabels("not due", "1 – 30", "b", "c", "über 90")
	require.NoError(t, err)
	r, err := AgeSlice(asOf, []Item{item("A", "A", "EUR", 5, "1")}, Options{Buckets: b})
	require.NoError(t, err)
	back := roundTrip(t, r)
	require.Equal(t, b, back.Buckets)
	require.NoError(t, back.Merge(r))
}
