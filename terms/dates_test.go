package terms

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestDueDate(t *testing.T) {
	tests := []struct {
		terms   string
		invoice time.Time
		want    time.Time
	}{
		// Jan 31 + 30 days: 28 days to Feb 28, 2 more → Mar 2.
		{"net 30", date(2026, 1, 31), date(2026, 3, 2)},
		// Leap year: Jan 31 + 29 days → Feb 29, +1 → Mar 1.
		{"net 30", date(2028, 1, 31), date(2028, 3, 1)},
		// Year end: Dec 15 + 30 → Jan 14.
		{"net 30", date(2026, 12, 15), date(2027, 1, 14)},
		{"net 0", date(2026, 5, 5), date(2026, 5, 5)},
		{"COD", date(2026, 5, 5), date(2026, 5, 5)},
		{"CIA", date(2026, 5, 5), date(2026, 5, 5)},
		// 30 days after the end of the invoice month: Jan 31 + 30 → Mar 2.
		{"net 30 EOM", date(2026, 1, 17), date(2026, 3, 2)},
		{"月结30天", date(2026, 1, 1), date(2026, 3, 2)},
		// Feb 28 + 30 → Mar 30; leap Feb 29 + 30 → Mar 30.
		{"net 30 EOM", date(2026, 2, 28), date(2026, 3, 30)},
		{"net 30 EOM", date(2028, 2, 10), date(2028, 3, 30)},
		// Dec 31 + 30 → Jan 30 of the next year.
		{"net 30 EOM", date(2026, 12, 1), date(2027, 1, 30)},
		// The other order: Jan 17 + 30 = Feb 16, then the end of February.
		{"net 30 then EOM", date(2026, 1, 17), date(2026, 2, 28)},
		// Jan 31 + 30 = Mar 2, then the end of March.
		{"net 30 then EOM", date(2026, 1, 31), date(2026, 3, 31)},
		{"10th prox", date(2026, 1, 31), date(2026, 2, 10)},
		{"10th prox", date(2026, 12, 1), date(2027, 1, 10)},
		// Day 31 clamps to the month's last day: Feb 28, Apr 30; leap Feb 29.
		{"MFI", date(2026, 1, 15), date(2026, 2, 28)},
		{"31st prox", date(2026, 3, 10), date(2026, 4, 30)},
		{"30th prox", date(2028, 1, 5), date(2028, 2, 29)},
		{"MFI", date(2026, 12, 5), date(2027, 1, 31)},
		// Cut-off 25: the 25th still counts in January (Jan 31 + 30 = Mar 2),
		// the 26th rolls to February (Feb 28 + 30 = Mar 30).
		{"月结30天 cutoff 25", date(2026, 1, 25), date(2026, 3, 2)},
		{"月结30天 cutoff 25", date(2026, 1, 26), date(2026, 3, 30)},
		{"月结30天 cutoff 25", date(2026, 12, 26), date(2027, 3, 2)},
		{"10th prox cutoff 25", date(2026, 1, 26), date(2026, 3, 10)},
		// 2/10 EOM: net 20 days after the 10th of next month.
		{"2/10 EOM", date(2026, 1, 17), date(2026, 3, 2)},
	}
	for _, tt := range tests {
		t.Run(tt.terms+" "+tt.invoice.Format(time.DateOnly), func(t *testing.T) {
			got := MustParse(tt.terms).DueDate(tt.invoice)
			require.Equal(t, tt.want, got)
			require.False(t, got.Before(tt.invoice))
		})
	}
}

func TestDueDateAcrossDST(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	// Clocks go forward on 2026-03-08: 30 × 24h from Mar 1 00:00 EST would
	// land at Mar 31 01:00 EDT. Civil days give Mar 31 00:00 EDT.
	got := MustParse("net 30").DueDate(time.Date(2026, 3, 1, 0, 0, 0, 0, ny))
	require.Equal(t, time.Date(2026, 3, 31, 0, 0, 0, 0, ny), got)
	require.Equal(t, ny, got.Location())

	berlin, err := time.LoadLocation("Europe/Berlin")
	require.NoError(t, err)
	// Clocks go back on 2026-10-25; an invoice at 23:30 on Oct 20 is still
	// dated Oct 20, and net 7 is Oct 27 at midnight CET.
	got = MustParse("net 7").DueDate(time.Date(2026, 10, 20, 23, 30, 0, 0, berlin))
	require.Equal(t, time.Date(2026, 10, 27, 0, 0, 0, 0, berlin), got)
	// Seven civil days, although the wall-clock span is 6 days 1.5 hours.
	require.Equal(t, 7, DaysBetween(time.Date(2026, 10, 20, 23, 30, 0, 0, berlin), got))

	shanghai, err := time.LoadLocation("Asia/Shanghai")
	require.NoError(t, err)
	// 00:30 on Feb 1 in Shanghai is Jan 31 in UTC; 月结 counts February.
	got = MustParse("月结30天").DueDate(time.Date(2026, 2, 1, 0, 30, 0, 0, shanghai))
	require.Equal(t, time.Date(2026, 3, 30, 0, 0, 0, 0, shanghai), got)
}

func TestDaysBetween(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	// Across spring-forward: Mar 7 23:00 to Mar 9 00:00 is 25h of wall
	// time but 2 civil days.
	require.Equal(t, 2, DaysBetween(time.Date(2026, 3, 7, 23, 0, 0, 0, ny), time.Date(2026, 3, 9, 0, 0, 0, 0, ny)))
	require.Equal(t, 366, DaysBetween(date(2028, 1, 1), date(2029, 1, 1)))
	require.Equal(t, -1, DaysBetween(date(2026, 1, 2), date(2026, 1, 1)))
	require.Equal(t, 0, DaysBetween(date(2026, 1, 1), time.Date(2026, 1, 1, 23, 59, 0, 0, time.UTC)))
	// Year 1 to year 9999: no overflow.
	require.Equal(t, 3652058, DaysBetween(date(1, 1, 1), date(9999, 12, 31)))
}

func TestDiscountRateAndDeadlines(t *testing.T) {
	tm := MustParse("2/10, 1/20, net 45")
	inv := date(2026, 1, 1)
	for _, tt := range []struct {
		paid time.Time
		want string
	}{
		{date(2025, 12, 20), "0.02"}, // paid before the invoice date: best tier
		{date(2026, 1, 1), "0.02"},
		{date(2026, 1, 11), "0.02"}, // day 10: last day of tier 1
		{date(2026, 1, 12), "0.01"},
		{date(2026, 1, 21), "0.01"}, // day 20
		{date(2026, 1, 22), "0"},
		{date(2026, 2, 15), "0"}, // the net due date earns nothing
	} {
		requireDecimal(t, tt.want, tm.DiscountRate(inv, tt.paid), tt.paid.Format(time.DateOnly))
	}
	dl := tm.DiscountDeadlines(inv)
	require.Len(t, dl, 2)
	require.Equal(t, date(2026, 1, 11), dl[0].Date)
	requireDecimal(t, "0.02", dl[0].Rate)
	require.Equal(t, date(2026, 1, 21), dl[1].Date)
	require.Nil(t, MustParse("net 30").DiscountDeadlines(inv))
	requireDecimal(t, "0", MustParse("net 30").DiscountRate(inv, inv))

	// 2/10 EOM: the discount runs to the 10th of the following month.
	eom := MustParse("2/10 EOM")
	require.Equal(t, date(2026, 2, 10), eom.DiscountDeadlines(date(2026, 1, 17))[0].Date)
	requireDecimal(t, "0.02", eom.DiscountRate(date(2026, 1, 17), date(2026, 2, 10)))
	requireDecimal(t, "0", eom.DiscountRate(date(2026, 1, 17), date(2026, 2, 11)))
	// Fractional rate 1.5% = 0.015.
	requireDecimal(t, "0.015", MustParse("1.5/10 net 30").DiscountRate(inv, inv))
}
