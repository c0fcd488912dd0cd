package terms

import (
	"fmt"
	"time"
)

// civil is a calendar date as a day number: days since 1970-01-01 of a
// time's year, month and day in its own location.
type civil int64

// civilOf numbers t's calendar date. Only the year, month and day of t in its
// own location count, so a daylight-saving change never moves a date.
func civilOf(t time.Time) civil {
	y, m, d := t.Date()
	return civilFromDate(y, m, d)
}

// civilFromDate numbers a year, month and day (normalised as time.Date does).
func civilFromDate(y int, m time.Month, d int) civil {
	// Midnight UTC is a whole number of days from the epoch, before 1970 too.
	return civil(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// in returns the date c at midnight in loc. Where midnight does not exist
// (a daylight-saving change at 00:00), time.Date gives the first instant of
// that day.
func (c civil) in(loc *time.Location) time.Time {
	u := time.Unix(int64(c)*86400, 0).UTC()
	return time.Date(u.Year(), u.Month(), u.Day(), 0, 0, 0, 0, loc)
}

// DaysBetween counts the civil days from from to to: the calendar dates of
// each in its own location, so 23- and 25-hour days across daylight-saving
// changes count as one day each. Negative when to is before from.
func DaysBetween(from, to time.Time) int {
	return int(civilOf(to) - civilOf(from))
}

// DayCount is the day-count convention of an interest calculation. The zero
// value is Actual365Fixed.
type DayCount int

const (
	// Actual365Fixed counts actual days over a 365-day year, leap years
	// included (ISDA 2006 §4.16(d)); the UK Late Payment Act's daily rate.
	Actual365Fixed DayCount = iota
	// Actual360 counts actual days over a 360-day year (ISDA 2006
	// §4.16(e)), common for euro money-market rates.
	Actual360
)

// YearDays is the denominator of the convention: 365 or 360 days; an
// error wrapping ErrInvalidInput for an unknown value.
func (dc DayCount) YearDays() (int64, error) {
	switch dc {
	case Actual365Fixed:
		return 365, nil
	case Actual360:
		return 360, nil
	}
	return 0, fmt.Errorf("%w: unknown day count %d", ErrInvalidInput, int(dc))
}

// String names the convention as ISDA does.
func (dc DayCount) String() string {
	switch dc {
	case Actual365Fixed:
		return "Actual/365 (Fixed)"
	case Actual360:
		return "Actual/360"
	}
	return fmt.Sprintf("DayCount(%d)", int(dc))
}
