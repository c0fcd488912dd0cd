package aging

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// snapshot is a one-currency report with the given bucket amounts.
func snapshot(y int, m int, amounts ...string) Report {
	row := Totals{Currency: "EUR"}
	for _, a := range amounts {
		row.Amounts = append(row.Amounts, dec(a))
	}
	return Report{AsOf: day(y, time.Month(m), 28), Currencies: []Totals{row}}
}

func TestRollAndLossRates(t *testing.T) {
	// Three month ends, standard buckets. Transitions by hand:
	// Jan→Feb: current 1,000 → 1–30 of Feb 200 (20%); 1–30 400 → 31–60 100
	// (25%); 31–60 100 → 61–90 50 (50%); 61–90 40 → 90+ 30 (75%).
	// Feb→Mar: current 1,200 → 300; 1–30 200 → 60; 31–60 100 → 40;
	// 61–90 50 → 35. Amount-weighted over both:
	// roll0 = (200 + 300) / (1,000 + 1,200) = 0.227273 (6 places)
	// roll1 = (100 + 60) / (400 + 200) = 0.266667
	// roll2 = (50 + 40) / (100 + 100) = 0.45
	// roll3 = (30 + 35) / (40 + 50) = 0.722222
	snaps := []Report{
		snapshot(2026, 1, "1000", "400", "100", "40", "10"),
		snapshot(2026, 2, "1200", "200", "100", "50", "30"),
		snapshot(2026, 3, "900", "300", "60", "40", "35"),
	}
	roll, err := RollRates(snaps, "EUR", 0)
	require.NoError(t, err)
	requireAmounts(t, []string{"0.227273", "0.266667", "0.45", "0.722222"}, roll)
	// Window 1: only Feb→Mar: 300/1,200 = 0.25; 60/200 = 0.3; 40/100 = 0.4; 35/50 = 0.7.
	last, err := RollRates(snaps, "EUR", 1)
	require.NoError(t, err)
	requireAmounts(t, []string{"0.25", "0.3", "0.4", "0.7"}, last)

	// Loss rates with half of 90+ written off: 90+ 0.5; 61–90 0.7 × 0.5 =
	// 0.35; 31–60 0.4 × 0.35 = 0.14; 1–30 0.3 × 0.14 = 0.042; current
	// 0.25 × 0.042 = 0.0105.
	loss, err := LossRates(last, decimal.RequireFromString("0.5"))
	require.NoError(t, err)
	requireAmounts(t, []string{"0.0105", "0.042", "0.14", "0.35", "0.5"}, loss)

	_, err = LossRates(last, dec("2"))
	require.ErrorIs(t, err, ErrInvalidRates)
	_, err = LossRates([]decimal.Decimal{dec("-1")}, dec("0.5"))
	require.ErrorIs(t, err, ErrInvalidRates)

	otherBasis := snapshot(2026, 2, "1200", "200", "100", "50", "30")
	otherBasis.Basis = DaysSinceInvoice
	for _, bad := range [][]Report{
		snaps[:1],                      // one snapshot
		{snaps[0], snaps[2]},           // a gap: January then March
		{snaps[0], otherBasis},         // another basis
		{snaps[0], snaps[1], snaps[1]}, // a month repeated
	} {
		_, err := RollRates(bad, "EUR", 0)
		require.ErrorIs(t, err, ErrSnapshotMismatch)
	}
	_, err = RollRates(snaps, "USD", 0)
	require.ErrorIs(t, err, ErrSnapshotMismatch)
	require.ErrorContains(t, err, "no USD")
}
