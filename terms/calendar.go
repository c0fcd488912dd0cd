package terms

import (
	"fmt"
	"github.com/shopspring/decimal"
	"time"
)

// Calendar says which dates are business days. Implementations look only at
// the date's year, month and day in its own location. Weekend, Holidays,
// RuleCalendar and Combine are the building blocks; a user's own type can
// be one too.
type Calendar interface {
	IsBusinessDay(date time.Time) bool
}

// Weekend is a calendar whose only non-business days are weekdays of the
// week. The zero value is the Saturday–Sunday weekend; build others with
// Weekends (Weekends(time.Friday, time.Saturday) for much of the Middle
// East, Weekends() for a seven-day business week).
type Weekend uint8

// weekendSet marks a Weekend built by Weekends, whose bits are exact; the
// zero value without it means Saturday and Sunday.
const weekendSet Weekend = 1 << 7

// Weekends builds a Weekend from the given weekdays.
func Weekends(days ...time.Weekday) Weekend {
	w := weekendSet
	for _, d := range days {
		if d >= time.Sunday && d <= time.Saturday {
			w |= 1 << d
		}
	}
	return w
}

// IsBusinessDay reports whether date's weekday is not a weekend day.
func (w Weekend) IsBusinessDay(date time.Time) bool {
	return !w.has(date.Weekday())
}

// has reports whether wd is a weekend day.
func (w Weekend) has(wd time.Weekday) bool {
	if w == 0 {
		w = Weekends(time.Saturday, time.Sunday)
	}
	return w&(1<<wd) != 0
}

// Holidays is a set of non-business dates; every other date is a business
// day. The zero value has no holidays. Combine it with a Weekend. For
// holidays that recur (New Year's Day, the last Monday of May, Good
// Friday) use rules instead: [RuleCalendar] computes them for any year,
// with built-in sets for the US, England & Wales, Germany and TARGET2.
type Holidays struct {
	days map[civil]struct{}
}

// NewHolidays builds a holiday set from dates (their calendar dates in
// their own locations).
func NewHolidays(dates ...time.Time) Holidays {
	h := Holidays{days: make(map[civil]struct{}, len(dates))}
	for _, d := range dates {
		h.days[civilOf(d)] = struct{}{}
	}
	return h
}

// IsBusinessDay reports whether date is not a holiday.
func (h Holidays) IsBusinessDay(date time.Time) bool {
	_, holiday := h.days[civilOf(date)]
	return !holiday
}

// combined is a business day only when every calendar says so.
type combined []Calendar

func (c combined) IsBusinessDay(date time.Time) bool {
	for _, cal := range c {
		if cal != nil && !cal.IsBusinessDay(date) {
			return false
		}
	}
	return true
}

// Combine joins calendars: a date is a business day only if it is one on
// every calendar (a weekend and a country's holidays, say).
func Combine(cals ...Calendar) Calendar { return combined(append([]Calendar(nil), cals...)) }

// Roll is the convention that moves a date that is not a business day
// (ISDA 2006 Definitions §4.12).
type Roll uint8

const (
	// NoAdjustment keeps the date as it is; the zero value.
	NoAdjustment Roll = iota
	// Following moves to the next business day.
	Following
	// ModifiedFollowing moves to the next business day unless that is in
	// the next month; then to the previous business day.
	ModifiedFollowing
	// Preceding moves to the previous business day.
	Preceding
	// ModifiedPreceding moves to the previous business day unless that is
	// in the previous month; then to the next business day.
	ModifiedPreceding
)

// searchLimit bounds the search for a business day.
const searchLimit = 366

// Adjust moves date to a business day of cal by roll; the result is at
// midnight in date's location. ErrNoBusinessDay when none is found within a
// year (a calendar with no business days), ErrInvalidInput for a nil
// calendar or an unknown roll.
func Adjust(date time.Time, cal Calendar, roll Roll) (time.Time, error) {
	if isNilCalendar(cal) {
		return time.Time{}, fmt.Errorf("%w: nil calendar", ErrInvalidInput)
	}
	c, loc := civilOf(date), date.Location()
	switch roll {
	case NoAdjustment:
		return c.in(loc), nil
	case Following, Preceding:
		return step(c, loc, cal, direction(roll))
	case ModifiedFollowing, ModifiedPreceding:
		moved, err := step(c, loc, cal, direction(roll))
		if err != nil {
			return time.Time{}, err
		}
		// The same month of the same year: on a sparse calendar the next
		// business day can be in the same month of another year.
		if y, m, _ := moved.Date(); y == c.in(loc).Year() && m == c.in(loc).Month() {
			return moved, nil
		}
		return step(c, loc, cal, -direction(roll))
	}
	return time.Time{}, fmt.Errorf("%w: unknown roll %d", ErrInvalidInput, roll)
}

// direction is +1 for the following rolls, −1 for the preceding ones.
func direction(r Roll) civil {
	if r == Preceding || r == ModifiedPreceding {
		return -1
	}
	return 1
}

// step walks from c by dir until a business day.
func step(c civil, loc *time.Location, cal Calendar, dir civil) (time.Time, error) {
	for i := 0; i <= searchLimit; i++ {
		if d := (c + civil(i)*dir).in(loc); cal.IsBusinessDay(d) {
			return d, nil
		}
	}
	return time.Time{}, fmt.Errorf("%w: from %s", ErrNoBusinessDay, c.in(loc).Format(time.DateOnly))
}

// AddBusinessDays moves n business days from date (backwards for negative
// n); date itself need not be a business day. The result is at midnight in
// date's location.
func AddBusinessDays(date time.Time, n int, cal Calendar) (time.Time, error) {
	if isNilCalendar(cal) {
		return time.Time{}, fmt.Errorf("%w: nil calendar", ErrInvalidInput)
	}
	if n < -maxDays || n > maxDays {
		return time.Time{}, fmt.Errorf("%w: %d business days is beyond ±%d", ErrInvalidInput, n, maxDays)
	}
	c, loc := civilOf(date), date.Location()
	dir := civil(1)
	if n < 0 {
		dir, n = -1, -n
	}
	for n > 0 {
		next, err := step(c+dir, loc, cal, dir)
		if err != nil {
			return time.Time{}, err
		}
		c = civilOf(next)
		n--
	}
	return c.in(loc), nil
}

// BusinessDaysBetween counts the business days after from up to and
// including to; negative when to is before from (counting the days after
// to up to and including from).
func BusinessDaysBetween(from, to time.Time, cal Calendar) (int, error) {
	if isNilCalendar(cal) {
		return 0, fmt.Errorf("%w: nil calendar", ErrInvalidInput)
	}
	a, b, sign := civilOf(from), civilOf(to), 1
	if b < a {
		a, b, sign = b, a, -1
	}
	if b-a > 100*366 {
		return 0, fmt.Errorf("%w: %d days between the dates is beyond a century", ErrInvalidInput, b-a)
	}
	n := 0
	for c := a + 1; c <= b; c++ {
		if cal.IsBusinessDay(c.in(from.Location())) {
			n++
		}
	}
	return sign * n, nil
}

// AdjustedDueDate is DueDate moved to a business day of cal by roll: the
// date a payment run can actually meet.
func (t Terms) AdjustedDueDate(invoice time.Time, cal Calendar, roll Roll) (time.Time, error) {
	return Adjust(t.DueDate(invoice), cal, roll)
}

// AdjustedDiscountDeadlines is DiscountDeadlines with each date moved to a
// business day of cal by roll.
func (t Terms) AdjustedDiscountDeadlines(invoice time.Time, cal Calendar, roll Roll) ([]Deadline, error) {
	out := t.DiscountDeadlines(invoice)
	for i := range out {
		d, err := Adjust(out[i].Date, cal, roll)
		if err != nil {
			return nil, err
		}
		out[i].Date = d
	}
	return out, nil
}

// AdjustedDiscountRate is DiscountRate with every discount deadline moved
// to a business day of cal by roll, as AdjustedDiscountDeadlines gives
// them: a customer who pays on the adjusted deadline (a deadline on a
// Sunday, a holiday Monday, paid on the Tuesday under Following) still
// earns the discount. Terms without a discount return zero without
// consulting cal. ErrInvalidInput for a zero date or a nil calendar,
// ErrNoBusinessDay as Adjust.
func (t Terms) AdjustedDiscountRate(invoice, paid time.Time, cal Calendar, roll Roll) (decimal.Decimal, error) {
	if t.n == 0 {
		return decimal.Zero, nil
	}
	if invoice.IsZero() || paid.IsZero() {
		return decimal.Zero, fmt.Errorf("%w: zero date (invoice %s, paid %s)", ErrInvalidInput,
			invoice.Format(time.DateOnly), paid.Format(time.DateOnly))
	}
	deadlines, err := t.AdjustedDiscountDeadlines(invoice, cal, roll)
	if err != nil {
		return decimal.Zero, err
	}
	p := civilOf(paid)
	for _, d := range deadlines { // earliest first; rates fall as deadlines rise
		if p <= civilOf(d.Date) {
			return d.Rate, nil
		}
	}
	return decimal.Zero, nil
}

// isNilCalendar reports a missing calendar: nil, or a nil *RuleCalendar
// (which would otherwise panic inside IsBusinessDay).
func isNilCalendar(cal Calendar) bool {
	if rc, ok := cal.(*RuleCalendar); ok {
		return rc == nil
	}
	return cal == nil
}
