package dso

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestStandard(t *testing.T) {
	tests := []struct {
		name      string
		ar, sales string
		days      int
		want      string
	}{
		// Published: receivables $150,000, annual credit sales $1,800,000, 365
		// days → 30.4 days (trymesha.com, "The 2 DSO calculation formulas").
		// By hand: 150,000 × 365 / 1,800,000 = 54,750,000 / 1,800,000 = 30.41666… → 30.42.
		{"published annual", "150000", "1800000", 365, "30.42"},
		// A 90-day quarter: 500,000 × 90 / 1,500,000 = 30 exactly.
		{"quarter", "500000", "1500000", 90, "30"},
		// 360-day convention, explicit: 100 × 360 / 1,200 = 30.
		{"360 days", "100", "1200", 360, "30"},
		{"no receivables", "0", "1000", 30, "0"},
		// Rounds half-up at the edge: 1 × 30 / 8 = 3.75; 1 × 1 / 8 = 0.125 → 0.13.
		{"half-up", "1", "8", 1, "0.13"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Standard(d(tt.ar), d(tt.sales), tt.days)
			require.NoError(t, err)
			requireDecimal(t, tt.want, got)
		})
	}
}

func TestAverageBalance(t *testing.T) {
	// Opening 100,000 and closing 140,000 average 120,000; quarter sales
	// 360,000 over 90 days: 120,000 × 90 / 360,000 = 30.
	got, err := AverageBalance([]decimal.Decimal{d("100000"), d("140000")}, d("360000"), 90)
	require.NoError(t, err)
	requireDecimal(t, "30", got)
	// Four balances 10, 20, 30, 40 average 25; 25 × 365 / 1,000 = 9.125 → 9.13.
	got, err = AverageBalance([]decimal.Decimal{d("10"), d("20"), d("30"), d("40")}, d("1000"), 365)
	require.NoError(t, err)
	requireDecimal(t, "9.13", got)
	// Three balances 1, 1, 2 average 1.3333…; × 30 / 4 = 10 exactly only
	// with full precision inside: 4/3 × 30 / 4 = 10.
	got, err = AverageBalance([]decimal.Decimal{d("1"), d("1"), d("2")}, d("4"), 30)
	require.NoError(t, err)
	requireDecimal(t, "10", got)
}

func TestCountback(t *testing.T) {
	tests := []struct {
		name    string
		ar      string
		periods []Period
		want    string
	}{
		// Published (Benji Pays, "Mastering DSO calculation: the count-back
		// method"; also trymesha.com: 73.7 days): receivables 212,000; newest
		// month 100,000, then 80,000, then 70,000, 30 days each.
		// 212,000 − 100,000 = 112,000 (30 days); − 80,000 = 32,000 (60 days);
		// 32,000 / 70,000 × 30 = 13.714… → 73.714… → 73.71.
		{"published", "212000", []Period{{d("100000"), 30}, {d("80000"), 30}, {d("70000"), 30}}, "73.71"},
		// Calendar months, newest first Dec (31), Nov (30), Oct (31):
		// 1,000,000 − 400,000 = 600,000 (31); − 450,000 = 150,000 (61);
		// 150,000 / 500,000 × 31 = 9.3 → 70.3.
		{"calendar months", "1000000", []Period{{d("400000"), 31}, {d("450000"), 30}, {d("500000"), 31}}, "70.3"},
		// Exhausted inside the newest month: 50 / 200 × 31 = 7.75.
		{"within newest month", "50", []Period{{d("200"), 31}, {d("999"), 30}}, "7.75"},
		// Exactly the newest month's sales: 31 days, nothing more.
		{"exact month", "200", []Period{{d("200"), 31}, {d("999"), 30}}, "31"},
		// A month without sales counts in full: 30 + 100/200 × 31 = 45.5.
		{"zero-sales month", "100", []Period{{d("0"), 30}, {d("200"), 31}}, "45.5"},
		{"nothing outstanding", "0", []Period{{d("200"), 31}}, "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Countback(d(tt.ar), tt.periods)
			require.NoError(t, err)
			requireDecimal(t, tt.want, got)
		})
	}
}

func TestCountbackErrors(t *testing.T) {
	_, err := Countback(d("1000"), []Period{{d("100"), 30}, {d("200"), 31}})
	require.ErrorIs(t, err, ErrInsufficientHistory)
	require.ErrorContains(t, err, "700")
	_, err = Countback(d("1"), nil)
	require.ErrorIs(t, err, ErrEmpty)
	_, err = Countback(d("-1"), []Period{{d("1"), 30}})
	require.ErrorIs(t, err, ErrNegativeBalance)
	// Every period is validated, even those the receivables never reach.
	_, err = Countback(d("1"), []Period{{d("100"), 30}, {d("100"), 0}})
	require.ErrorIs(t, err, ErrInvalidDays)
	require.ErrorContains(t, err, "periods[1].Days")
	_, err = Countback(d("1"), []Period{{d("100"), 30}, {d("-5"), 30}})
	require.ErrorIs(t, err, ErrNegativeBalance)
	require.ErrorContains(t, err, "periods[1].Sales")
}

func TestStandardErrors(t *testing.T) {
	for _, tt := range []struct {
		name      string
		ar, sales string
		days      int
		want      error
		field     string
	}{
		{"zero sales", "1", "0", 30, ErrZeroSales, "creditSales"},
		{"negative sales", "1", "-10", 30, ErrZeroSales, "creditSales"},
		{"negative receivables", "-1", "10", 30, ErrNegativeBalance, "receivables"},
		{"zero days", "1", "10", 0, ErrInvalidDays, "days"},
		{"negative days", "1", "10", -30, ErrInvalidDays, "days"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Standard(d(tt.ar), d(tt.sales), tt.days)
			require.ErrorIs(t, err, tt.want)
			require.ErrorContains(t, err, tt.field)
		})
	}
	_, err := AverageBalance(nil, d("1"), 30)
	require.ErrorIs(t, err, ErrEmpty)
	_, err = AverageBalance([]decimal.Decimal{d("1"), d("-1")}, d("1"), 30)
	require.ErrorIs(t, err, ErrNegativeBalance)
	require.ErrorContains(t, err, "balances[1]")
}

func TestHugeValuesDoNotPanic(t *testing.T) {
	huge := d("1e30")
	tiny := d("0.000000000000000000000000000001") // 30 decimal places
	got, err := Standard(huge, huge, 365)
	require.NoError(t, err)
	requireDecimal(t, "365", got)
	got, err = Standard(tiny, huge, 365)
	require.NoError(t, err)
	requireDecimal(t, "0", got)
	_, err = Countback(huge, []Period{{tiny, 30}})
	require.True(t, errors.Is(err, ErrInsufficientHistory))
}
