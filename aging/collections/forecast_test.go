package collections

import (
	"testing"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func TestForecast(t *testing.T) {
	start := asOf // a Tuesday; week 1 = Jun 30 – Jul 6
	items := []aging.Item{
		item("W1", "Prompt", "EUR", -3, "100.00"),   // due Jul 3 → week 1
		item("W2", "Late", "EUR", -3, "200.00"),     // due Jul 3 + 10 days late = Jul 13 → week 2
		item("FAR", "Prompt", "EUR", -60, "50.00"),  // due Aug 29 → beyond 4 weeks
		item("OVD", "Prompt", "EUR", 20, "90.00"),   // overdue: 60% collectible over 4 weeks
		item("CN", "Prompt", "EUR", -1, "-10.00"),   // credit note in week 1
		item("DSP", "Prompt", "EUR", -3, "40.00"),   // disputed → doubtful
		item("USD1", "Prompt", "USD", -8, "300.00"), // Jul 8 → week 2, own currency
	}
	items[5].Disputed = true
	got, err := Forecast(items, ForecastOptions{Start: start, Weeks: 4, DaysLate: map[string]int{"Late": 10},
		OverdueCollection: dec("0.6"), Places: 2})
	require.NoError(t, err)
	require.Len(t, got, 2)
	eur := got[0]
	// Overdue 90 × 0.6 = 54 over 4 weeks = 13.50 a week; 36 doubtful.
	// Week 1: 100 − 10 + 13.50 = 103.50; week 2: 200 + 13.50 = 213.50;
	// weeks 3, 4: 13.50; beyond 50; doubtful 36 + 40 = 76; total 470.
	requireAmounts(t, []string{"103.5", "213.5", "13.5", "13.5"}, eur.Weeks)
	requireDecimal(t, "50", eur.Beyond)
	requireDecimal(t, "76", eur.Doubtful)
	requireDecimal(t, "470", eur.Total)
	requireAmounts(t, []string{"0", "300", "0", "0"}, got[1].Weeks)

	// Thirds that do not divide: 1.00 overdue, fully collectible, over 3
	// weeks → 0.33… each; parts add up to 1.00 exactly (0.34 + 0.33 + 0.33).
	got, err = Forecast([]aging.Item{item("X", "A", "EUR", 5, "1.00")}, ForecastOptions{Start: start, Weeks: 3, OverdueCollection: decimal.NewFromInt(1), Places: 2})
	require.NoError(t, err)
	sum := got[0].Beyond.Add(got[0].Doubtful)
	for _, w := range got[0].Weeks {
		sum = sum.Add(w)
	}
	requireDecimal(t, "1", sum)

	for _, bad := range []ForecastOptions{{Weeks: 4}, {Start: start}, {Start: start, Weeks: 4, OverdueCollection: dec("1.5")},
		{Start: start, Weeks: 4, Places: -1}, {Start: start, Weeks: MaxWeeks + 1}} {
		_, err := Forecast(items, bad)
		require.ErrorIs(t, err, ErrInvalidOptions)
	}
	badItem := items[0]
	badItem.Currency = ""
	_, err = Forecast([]aging.Item{badItem}, ForecastOptions{Start: start, Weeks: 1})
	require.ErrorIs(t, err, aging.ErrInvalidItem)

	// Places 0 rounds each currency to its own minor unit: JPY to yen, EUR
	// to cents, in one forecast.
	got, err = Forecast([]aging.Item{item("J", "A", "JPY", 5, "1000"), item("E", "A", "EUR", 5, "1.00")},
		ForecastOptions{Start: start, Weeks: 3, OverdueCollection: decimal.NewFromInt(1)})
	require.NoError(t, err)
	require.Equal(t, "EUR", got[0].Currency)
	requireAmounts(t, []string{"0.34", "0.33", "0.33"}, got[0].Weeks)
	requireAmounts(t, []string{"334", "333", "333"}, got[1].Weeks)
	_, err = Forecast([]aging.Item{item("P", "A", "POINTS", 5, "1")}, ForecastOptions{Start: start, Weeks: 3})
	require.ErrorIs(t, err, ErrInvalidOptions)
}
