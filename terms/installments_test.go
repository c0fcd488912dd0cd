package terms

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func TestSplitWithBalance(t *testing.T) {
	s := Schedule{
		{Kind: Percent, Value: dec("0.3"), Terms: MustParse("net 0")},
		{Kind: Fixed, Value: dec("100"), Terms: MustParse("net 30")},
		{Kind: Balance, Terms: MustParse("net 60 EOM")},
	}
	// 30% of 1,234.56 = 370.368 → 370.37; fixed 100; balance
	// 1,234.56 − 370.37 − 100 = 764.19.
	got, err := s.Split(date(2026, 1, 15), dec("1234.56"), SplitOptions{Currency: "EUR"})
	require.NoError(t, err)
	require.Len(t, got, 3)
	requireDecimal(t, "370.37", got[0].Amount)
	require.Equal(t, date(2026, 1, 15), got[0].Due)
	requireDecimal(t, "100", got[1].Amount)
	require.Equal(t, date(2026, 2, 14), got[1].Due)
	requireDecimal(t, "764.19", got[2].Amount)
	require.Equal(t, date(2026, 4, 1), got[2].Due) // Jan 31 + 60 = Apr 1
	require.Equal(t, 2, got[2].Line)
}

func TestSplitLargestRemainder(t *testing.T) {
	half := Schedule{{Kind: Percent, Value: dec("0.5")}, {Kind: Percent, Value: dec("0.5")}}
	// 0.05 / 2 = 0.025 each → floors 0.02 + 0.02, one cent left; equal
	// remainders, so the earlier line gets it: 0.03 + 0.02.
	got, err := half.Split(date(2026, 1, 1), dec("0.05"), SplitOptions{Currency: "USD"})
	require.NoError(t, err)
	requireDecimal(t, "0.03", got[0].Amount)
	requireDecimal(t, "0.02", got[1].Amount)

	// 30/70 of 1,000.01: 300.003 → 300.00, 700.007 → 700.00; the cent goes
	// to the larger remainder (0.007): 300.00 + 700.01.
	got, err = Schedule{{Kind: Percent, Value: dec("0.3")}, {Kind: Percent, Value: dec("0.7")}}.Split(date(2026, 1, 1), dec("1000.01"), SplitOptions{Places: 2})
	require.NoError(t, err)
	requireDecimal(t, "300", got[0].Amount)
	requireDecimal(t, "700.01", got[1].Amount)

	// JPY (0 places): 33.33% / 33.33% / 33.34% of 100 floor to 33 × 3 = 99;
	// the last yen goes to the largest remainder.
	thirds := Schedule{{Kind: Percent, Value: dec("0.3333")}, {Kind: Percent, Value: dec("0.3333")}, {Kind: Percent, Value: dec("0.3334")}}
	got, err = thirds.Split(date(2026, 1, 1), dec("100"), SplitOptions{Currency: "JPY"})
	require.NoError(t, err)
	sum := decimal.Zero
	for _, in := range got {
		sum = sum.Add(in.Amount)
	}
	requireDecimal(t, "100", sum)
	// 33.33 → 33 (rem .33), 33.33 → 33 (rem .33), 33.34 → 33 (rem .34):
	// the yen goes to the third line.
	requireDecimal(t, "34", got[2].Amount)
}

func TestSplitErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		s    Schedule
		text string
	}{
		{"empty", nil, "no lines"},
		{"not 100", Schedule{{Kind: Percent, Value: dec("0.5")}, {Kind: Percent, Value: dec("0.4")}}, "90%, not 100%"},
		{"above 100 with balance", Schedule{{Kind: Percent, Value: dec("0.8")}, {Kind: Percent, Value: dec("0.3")}, {Kind: Balance}}, "above 100%"},
		{"percent above 1", Schedule{{Kind: Percent, Value: dec("30")}, {Kind: Balance}}, "write 0.3 for 30%"},
		{"negative", Schedule{{Kind: Fixed, Value: dec("-1")}, {Kind: Balance}}, "negative"},
		{"two balances", Schedule{{Kind: Balance}, {Kind: Balance}}, "2 balance lines"},
		{"fixed without balance", Schedule{{Kind: Fixed, Value: dec("10")}, {Kind: Percent, Value: dec("1")}}, "need a balance line"},
		{"unknown kind", Schedule{{Kind: LineKind(9)}}, "unknown kind"},
		{"fixed above total", Schedule{{Kind: Fixed, Value: dec("150")}, {Kind: Balance}}, "more than the total"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.s.Split(date(2026, 1, 1), dec("100"), SplitOptions{Currency: "EUR"})
			require.ErrorIs(t, err, ErrInvalidSchedule)
			require.ErrorContains(t, err, tt.text)
		})
	}
	// Bad arguments, not bad schedules: the package's one sentinel for
	// them, as in LateInterest.
	_, err := Schedule{{Kind: Balance}}.Split(date(2026, 1, 1), dec("-1"), SplitOptions{Currency: "EUR"})
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "total -1")
	_, err = Schedule{{Kind: Balance}}.Split(date(2026, 1, 1), dec("1"), SplitOptions{Places: -1})
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "Places -1")
	_, err = Schedule{{Kind: Balance}}.Split(date(2026, 1, 1), dec("1"), SplitOptions{})
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "set Places")
	_, err = Schedule{{Kind: Balance}}.Split(date(2026, 1, 1), dec("1"), SplitOptions{Currency: "XYZ"})
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, `"XYZ"`)
}

func TestSplitCurrencies(t *testing.T) {
	plan := Schedule{{Kind: Percent, Value: dec("0.3")}, {Kind: Balance}}
	// 30% of 1,234.5678 in dinars (3 places): total 1,234.568, 370.3704 →
	// 370.370, balance 864.198.
	got, err := plan.Split(date(2026, 1, 1), dec("1234.5678"), SplitOptions{Currency: "KWD"})
	require.NoError(t, err)
	requireDecimal(t, "370.37", got[0].Amount)
	requireDecimal(t, "864.198", got[1].Amount)
	// In yen: total 1,235, 370.5 → 371, balance 864.
	got, err = plan.Split(date(2026, 1, 1), dec("1234.5678"), SplitOptions{Currency: "JPY"})
	require.NoError(t, err)
	requireDecimal(t, "371", got[0].Amount)
	requireDecimal(t, "864", got[1].Amount)
	// Places overrides the minor unit: 4 places in yen.
	got, err = plan.Split(date(2026, 1, 1), dec("1234.5678"), SplitOptions{Currency: "JPY", Places: 4})
	require.NoError(t, err)
	requireDecimal(t, "370.3703", got[0].Amount) // 370.37034 → 370.3703
	requireDecimal(t, "864.1975", got[1].Amount)
}
