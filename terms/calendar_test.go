package terms

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestAdjustRolls(t *testing.T) {
	cal := Weekend(0) // Saturday–Sunday
	// 2026-01-31 is a Saturday; Feb 2 is a Monday, Jan 30 a Friday.
	sat := date(2026, 1, 31)
	for _, tt := range []struct {
		roll Roll
		want time.Time
	}{
		{NoAdjustment, sat},
		{Following, date(2026, 2, 2)},
		{ModifiedFollowing, date(2026, 1, 30)}, // Following would leave January
		{Preceding, date(2026, 1, 30)},
		{ModifiedPreceding, date(2026, 1, 30)},
	} {
		got, err := Adjust(sat, cal, tt.roll)
		require.NoError(t, err)
		require.Equal(t, tt.want, got, "roll %d", tt.roll)
	}
	// 2026-08-01 is a Saturday: Preceding would leave August, so
	// ModifiedPreceding goes forward to Monday Aug 3.
	got, err := Adjust(date(2026, 8, 1), cal, ModifiedPreceding)
	require.NoError(t, err)
	require.Equal(t, date(2026, 8, 3), got)
	// A business day stays put under every roll.
	got, err = Adjust(date(2026, 8, 5), cal, ModifiedFollowing)
	require.NoError(t, err)
	require.Equal(t, date(2026, 8, 5), got)
	_, err = Adjust(sat, cal, Roll(9))
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = Adjust(sat, nil, Following)
	require.ErrorIs(t, err, ErrInvalidInput)
}

func TestHolidayWeek(t *testing.T) {
	// Christmas week 2026: Fri Dec 25 and Mon Dec 28 (UK substitute for
	// Boxing Day, a Saturday) are holidays.
	cal := Combine(Weekend(0), NewHolidays(date(2026, 12, 25), date(2026, 12, 28)))
	// net 30 from Nov 25 is Fri Dec 25 → Following skips the weekend and
	// Monday's holiday to Tue Dec 29; Preceding gives Thu Dec 24.
	tm := MustParse("net 30")
	got, err := tm.AdjustedDueDate(date(2026, 11, 25), cal, Following)
	require.NoError(t, err)
	require.Equal(t, date(2026, 12, 29), got)
	got, err = tm.AdjustedDueDate(date(2026, 11, 25), cal, Preceding)
	require.NoError(t, err)
	require.Equal(t, date(2026, 12, 24), got)

	// Discount deadline of 2/10 net 30 from Dec 18 is Mon Dec 28 → Tue Dec 29.
	dl, err := MustParse("2/10 net 30").AdjustedDiscountDeadlines(date(2026, 12, 18), cal, Following)
	require.NoError(t, err)
	require.Equal(t, date(2026, 12, 29), dl[0].Date)

	// Five business days after Wed Dec 23: Thu 24, Tue 29, Wed 30, Thu 31, Fri Jan 1.
	got, err = AddBusinessDays(date(2026, 12, 23), 5, cal)
	require.NoError(t, err)
	require.Equal(t, date(2027, 1, 1), got)
	got, err = AddBusinessDays(date(2027, 1, 1), -5, cal)
	require.NoError(t, err)
	require.Equal(t, date(2026, 12, 23), got)
	n, err := BusinessDaysBetween(date(2026, 12, 23), date(2027, 1, 1), cal)
	require.NoError(t, err)
	require.Equal(t, 5, n)
	n, err = BusinessDaysBetween(date(2027, 1, 1), date(2026, 12, 23), cal)
	require.NoError(t, err)
	require.Equal(t, -5, n)
}

func TestFridaySaturdayWeekend(t *testing.T) {
	cal := Weekends(time.Friday, time.Saturday)
	// 2026-05-01 is a Friday → Sunday May 3 is a business day there.
	got, err := Adjust(date(2026, 5, 1), cal, Following)
	require.NoError(t, err)
	require.Equal(t, date(2026, 5, 3), got)
	require.True(t, Weekends().IsBusinessDay(date(2026, 5, 2)), "no weekend at all")
	require.True(t, NewHolidays().IsBusinessDay(date(2026, 5, 2)))
	var none Holidays
	require.True(t, none.IsBusinessDay(date(2026, 5, 2)))
}

func TestNoBusinessDay(t *testing.T) {
	never := Weekends(time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday)
	_, err := Adjust(date(2026, 5, 1), never, ModifiedFollowing)
	require.ErrorIs(t, err, ErrNoBusinessDay)
	_, err = AddBusinessDays(date(2026, 5, 1), 1, never)
	require.ErrorIs(t, err, ErrNoBusinessDay)
	_, err = AddBusinessDays(date(2026, 5, 1), 1, nil)
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = AddBusinessDays(date(2026, 5, 1), 1_000_000, Weekend(0))
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = BusinessDaysBetween(date(1, 1, 1), date(9999, 1, 1), Weekend(0))
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = BusinessDaysBetween(date(1, 1, 1), date(9999, 1, 1), nil)
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = MustParse("net 30").AdjustedDiscountDeadlines(date(2026, 1, 1), never, Following)
	require.NoError(t, err, "no discount, nothing to adjust")
	_, err = MustParse("2/10 net 30").AdjustedDiscountDeadlines(date(2026, 1, 1), never, Following)
	require.ErrorIs(t, err, ErrNoBusinessDay)
}
