package aging

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func TestConverted(t *testing.T) {
	items := []Item{
		item("E1", "A", "EUR", 0, "100.00"),
		item("E2", "A", "EUR", 45, "50.00"),
		item("U1", "B", "USD", 0, "200.00"),
		item("U2", "B", "USD", 10, "10.00"),
		item("U3", "B", "USD", 10, "-2.50"), // credit note
		item("J1", "C", "JPY", 100, "1000"),
	}
	r, err := AgeSlice(asOf, items, Options{})
	require.NoError(t, err)
	got, err := r.Converted(Conversion{To: "EUR", Places: 2, Rates: map[string]decimal.Decimal{
		"USD": dec("0.9234"), "JPY": dec("0.0061"),
	}})
	require.NoError(t, err)
	// Hand-computed, per currency then added (half-up to cents):
	// Current: EUR 100.00 + USD 200.00 × 0.9234 = 184.68 → 284.68.
	// 1–30:    USD (10.00 − 2.50) × 0.9234 = 6.9255 → 6.93.
	// 31–60:   EUR 50.00.
	// 90+:     JPY 1,000 × 0.0061 = 6.10.
	requireAmounts(t, []string{"284.68", "6.93", "50", "0", "6.1"}, got.Amounts)
	requireDecimal(t, "347.71", got.Total) // 284.68 + 6.93 + 50 + 6.10
	// Debit: EUR 150.00; USD 210.00 × 0.9234 = 193.914 → 193.91; JPY 6.10 → 350.01.
	requireDecimal(t, "350.01", got.Debit)
	// Credit: USD −2.50 × 0.9234 = −2.3085 → −2.31 (half-up rounds away from zero).
	requireDecimal(t, "-2.31", got.Credit)
	// Rounding on their own: 350.01 − 2.31 = 347.70, one cent from Total.
	require.Equal(t, 6, got.Items)
	require.Equal(t, "EUR", got.Currency)
	require.Equal(t, Oldest{Ref: "J1", Days: 100}, got.Oldest)
	// DebitDays exact: EUR 50 × 45 = 2,250; USD 10 × 10 × 0.9234 = 92.34;
	// JPY 1,000 × 100 × 0.0061 = 610 → 2,952.34.
	requireDecimal(t, "2952.34", got.DebitDays)
}

func TestConvertedInvalid(t *testing.T) {
	r, err := AgeSlice(asOf, []Item{item("E", "A", "EUR", 0, "1"), item("U", "B", "USD", 0, "1")}, Options{})
	require.NoError(t, err)
	usd := map[string]decimal.Decimal{"USD": dec("0.9")}
	for _, tc := range []struct {
		c   Conversion
		msg string
	}{
		{Conversion{Rates: usd, Places: 2}, "To is empty"},
		{Conversion{To: "EUR", Places: 2}, "no rate for USD to EUR"},
		{Conversion{To: "EUR", Places: 2, Rates: map[string]decimal.Decimal{"USD": decimal.Zero}}, `Rates["USD"] (0) for USD to EUR is not > 0`},
		{Conversion{To: "EUR", Places: 2, Rates: map[string]decimal.Decimal{"USD": dec("-1")}}, `Rates["USD"] (-1) for USD to EUR is not > 0`},
		{Conversion{To: "EUR", Places: 2, Rates: map[string]decimal.Decimal{"USD": dec("0.9"), "EUR": dec("1.1")}}, `Rates["EUR"] (1.1), the rate of EUR to itself, is not 1`},
	} {
		_, err := r.Converted(tc.c)
		require.ErrorIs(t, err, ErrInvalidConversion, tc.msg)
		require.ErrorContains(t, err, tc.msg)
	}
	for _, c := range []Conversion{{To: "EUR", Places: -1, Rates: usd}, {To: "EUR", Places: 19, Rates: usd}, {To: "POINTS", Rates: usd}} {
		_, err := r.Converted(c)
		require.ErrorIs(t, err, ErrInvalidOptions, "bad places are options errors in every function")
	}
	// Places 0 is To's minor unit: to yen, JPY 1 EUR = 160.123 JPY.
	jpy, err := r.Converted(Conversion{To: "JPY", Rates: map[string]decimal.Decimal{"EUR": dec("160.123"), "USD": dec("146.55")}})
	require.NoError(t, err)
	// EUR 1 × 160.123 = 160.123 → 160; USD 1 × 146.55 → 147 (half-up).
	requireDecimal(t, "307", jpy.Amounts[0])
	// The empty report converts to a zero row.
	got, err := Report{}.Converted(Conversion{To: "EUR", Places: 2})
	require.NoError(t, err)
	requireDecimal(t, "0", got.Total)
	require.Len(t, got.Amounts, 5)
}
