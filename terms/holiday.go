package terms

import (
	"cmp"
	"fmt"
	"slices"
	"sync/atomic"
	"time"

	"github.com/receivables-go/receivables/internal/money"
)

// HolidayRule finds one holiday's date in any year and says how it is
// observed when it falls on a weekend. Build rules with [FixedHoliday],
// [NthWeekdayHoliday], [LastWeekdayHoliday], [EasterHoliday],
// [OrthodoxEasterHoliday], [OneOffHoliday] and [HolidaySpan], refine them
// with [HolidayRule.Observed], [HolidayRule.Years] and
// [HolidayRule.Except], and put them in a [RuleCalendar]. The zero value is
// no rule: NewRuleCalendar rejects it.
type HolidayRule struct {
	// Name names the holiday in HolidaysIn's answer ("Christmas Day").
	Name    string
	kind    ruleKind
	month   time.Month
	day     int // fixed: day of month; nth weekday: n; Easter: days after Easter Sunday
	weekday time.Weekday
	observe Observance
	from    int   // first year the rule applies; 0: no bound
	to      int   // last year; 0: no bound
	except  []int // years the rule does not apply
	first   civil // one-off and span: the first day
	last    civil // one-off and span: the last day
}

type ruleKind uint8

const (
	noRule ruleKind = iota
	fixedRule
	nthWeekdayRule
	lastWeekdayRule
	easterRule
	orthodoxRule
	spanRule
)

// Observance says where a holiday that falls on a weekend is kept.
type Observance uint8

const (
	// ObserveOnDate keeps the holiday on its date, weekend or not: the
	// zero value (Germany, TARGET2; a Saturday holiday gives no weekday
	// off).
	ObserveOnDate Observance = iota
	// ObserveFridayOrMonday moves a Saturday holiday to the Friday before
	// and a Sunday holiday to the Monday after: the US federal rule for
	// employees (5 U.S.C. 6103(b), Executive Order 11582), so New Year's
	// Day on a Saturday is observed on December 31 of the year before.
	ObserveFridayOrMonday
	// ObserveSundayToMonday moves a Sunday holiday to the Monday after
	// and keeps a Saturday holiday on the Saturday: the Federal
	// Reserve's rule (its banks are open on the Friday before a Saturday
	// holiday).
	ObserveSundayToMonday
	// ObserveNextBusinessDay moves a holiday that falls on a weekend day
	// of the calendar to the next day that is neither a weekend day nor
	// another holiday: the "substitute day" of the England & Wales bank
	// holidays, where Christmas on a Saturday and Boxing Day on a Sunday
	// are kept on Monday 27 and Tuesday 28 December, and Christmas on a
	// Sunday after Boxing Day on the Monday is kept on Tuesday 27.
	ObserveNextBusinessDay
	observanceEnd
)

// FixedHoliday is a holiday on the same month and day every year
// (Christmas Day, December 25). February 29 is a holiday in leap years
// only.
func FixedHoliday(name string, month time.Month, day int) HolidayRule {
	return HolidayRule{Name: name, kind: fixedRule, month: month, day: day}
}

// NthWeekdayHoliday is a holiday on the nth (1–4) given weekday of a month:
// NthWeekdayHoliday("Thanksgiving Day", 4, time.Thursday, time.November).
// For the last one of a month use [LastWeekdayHoliday] (a fifth weekday
// does not exist in every month).
func NthWeekdayHoliday(name string, n int, weekday time.Weekday, month time.Month) HolidayRule {
	return HolidayRule{Name: name, kind: nthWeekdayRule, month: month, day: n, weekday: weekday}
}

// LastWeekdayHoliday is a holiday on the last given weekday of a month
// (Memorial Day, the last Monday of May).
func LastWeekdayHoliday(name string, weekday time.Weekday, month time.Month) HolidayRule {
	return HolidayRule{Name: name, kind: lastWeekdayRule, month: month, weekday: weekday}
}

// EasterHoliday is a holiday days after Western Easter Sunday (Gregorian
// computus; negative days for before it): Good Friday is −2, Easter
// Monday 1, Ascension Day 39, Whit Monday 50.
func EasterHoliday(name string, days int) HolidayRule {
	return HolidayRule{Name: name, kind: easterRule, day: days}
}

// OrthodoxEasterHoliday is a holiday days after Orthodox Easter Sunday
// (the Julian computus, converted to the Gregorian calendar for any
// year, not only 1900–2099).
func OrthodoxEasterHoliday(name string, days int) HolidayRule {
	return HolidayRule{Name: name, kind: orthodoxRule, day: days}
}

// OneOffHoliday is a holiday on one date only (a coronation, a state
// funeral); date's calendar date in its own location counts.
func OneOffHoliday(name string, date time.Time) HolidayRule {
	c := civilOf(date)
	return HolidayRule{Name: name, kind: spanRule, first: c, last: c}
}

// HolidaySpan is a run of holidays from first to last inclusive, once
// (China's 春节 of 2026: February 15 to 23). Its days are kept on their
// dates.
func HolidaySpan(name string, first, last time.Time) HolidayRule {
	return HolidayRule{Name: name, kind: spanRule, first: civilOf(first), last: civilOf(last)}
}

// Observed returns the rule with its weekend observance set.
func (r HolidayRule) Observed(o Observance) HolidayRule {
	r.observe = o
	return r
}

// Years returns the rule limited to the years from first to last
// inclusive; 0 leaves that end open (Years(2021, 0) is "since 2021").
func (r HolidayRule) Years(first, last int) HolidayRule {
	r.from, r.to = first, last
	return r
}

// Except returns the rule without the given years: a holiday moved for a
// year is the rule excepting that year plus a OneOffHoliday on the new
// date (the Spring bank holiday of 2022, moved to June 2).
func (r HolidayRule) Except(years ...int) HolidayRule {
	r.except = append(append([]int(nil), r.except...), years...)
	return r
}

// maxEasterOffset bounds an Easter rule's offset: a year either way.
const maxEasterOffset = 366

// maxSpanDays bounds a HolidaySpan: longer is a typo, not a holiday.
const maxSpanDays = 31

// check reports what is wrong with rule i, or nil.
func (r HolidayRule) check(i int) error {
	problem := r.problem()
	if problem == "" && r.observe >= observanceEnd {
		problem = fmt.Sprintf("unknown observance %d", r.observe)
	}
	if problem == "" && r.from != 0 && r.to != 0 && r.to < r.from {
		problem = fmt.Sprintf("years %d to %d run backwards", r.from, r.to)
	}
	if problem == "" {
		return nil
	}
	return fmt.Errorf("%w: holiday rule %d (%q): %s", ErrInvalidInput, i, money.Bounded(r.Name), problem)
}

// problem describes what is wrong with the rule's date, or "".
func (r HolidayRule) problem() string {
	switch r.kind {
	case noRule:
		return "empty rule; build rules with FixedHoliday, NthWeekdayHoliday, …"
	case fixedRule, nthWeekdayRule, lastWeekdayRule:
		if r.month < time.January || r.month > time.December {
			return fmt.Sprintf("month %d is not 1–12", int(r.month))
		}
		return r.monthProblem()
	case easterRule, orthodoxRule:
		if r.day < -maxEasterOffset || r.day > maxEasterOffset {
			return fmt.Sprintf("%d days from Easter is beyond ±%d", r.day, maxEasterOffset)
		}
	case spanRule:
		if r.last < r.first || r.last-r.first >= maxSpanDays {
			return fmt.Sprintf("span %s to %s is not 1–%d days", r.first.in(time.UTC).Format(time.DateOnly),
				r.last.in(time.UTC).Format(time.DateOnly), maxSpanDays)
		}
	default:
		return fmt.Sprintf("unknown kind %d", r.kind)
	}
	return ""
}

// monthProblem checks the day or weekday of a rule within a month.
func (r HolidayRule) monthProblem() string {
	if r.kind == fixedRule {
		if r.day < 1 || r.day > daysIn(2000, r.month) { // 2000: February has 29
			return fmt.Sprintf("day %d is not a day of %s", r.day, r.month)
		}
		return ""
	}
	if r.weekday < time.Sunday || r.weekday > time.Saturday {
		return fmt.Sprintf("weekday %d is not 0–6", int(r.weekday))
	}
	if r.kind == nthWeekdayRule && (r.day < 1 || r.day > 4) {
		return fmt.Sprintf("n %d is not 1–4 (LastWeekdayHoliday for the last)", r.day)
	}
	return ""
}

// applies reports whether the rule gives a holiday in year.
func (r HolidayRule) applies(year int) bool {
	if (r.from != 0 && year < r.from) || (r.to != 0 && year > r.to) {
		return false
	}
	for _, y := range r.except {
		if y == year {
			return false
		}
	}
	return true
}

// actual is the rule's date in year before any weekend move; ok is false
// when the rule has no date that year. Span rules are expanded elsewhere.
func (r HolidayRule) actual(year int) (c civil, ok bool) {
	if !r.applies(year) {
		return 0, false
	}
	switch r.kind {
	case fixedRule:
		if r.day > daysIn(year, r.month) {
			return 0, false // February 29 in a common year
		}
		return civilFromDate(year, r.month, r.day), true
	case nthWeekdayRule:
		first := civilFromDate(year, r.month, 1)
		return first + civil((int(r.weekday)-int(weekdayOf(first))+7)%7) + civil(7*(r.day-1)), true
	case lastWeekdayRule:
		last := civilFromDate(year, r.month+1, 0)
		return last - civil((int(weekdayOf(last))-int(r.weekday)+7)%7), true
	case easterRule:
		return westernEaster(year) + civil(r.day), true
	case orthodoxRule:
		return orthodoxEaster(year) + civil(r.day), true
	}
	return 0, false
}

// daysIn is the number of days of month in year.
func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// weekdayOf is the weekday of c; 1970-01-01 was a Thursday.
func weekdayOf(c civil) time.Weekday {
	return time.Weekday(((c+4)%7 + 7) % 7)
}

// westernEaster is Easter Sunday of year by the Gregorian computus (the
// anonymous algorithm of Meeus, Astronomical Algorithms ch. 8).
func westernEaster(year int) civil {
	a, b, c := year%19, year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return civilFromDate(year, time.Month(month), day)
}

// orthodoxEaster is Orthodox Easter Sunday of year: the Julian computus
// (Meeus ch. 8) gives a Julian-calendar date, converted through the
// Julian Day Number so that the 13-day gap of 1900–2099 becomes 14 days
// from 2100 on.
func orthodoxEaster(year int) civil {
	a, b, c := year%4, year%7, year%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	return julianToCivil(year, month, day)
}

// julianToCivil numbers a Julian-calendar date (valid for years after
// 4800 BC): its Julian Day Number less that of 1970-01-01.
func julianToCivil(year, month, day int) civil {
	a := (14 - month) / 12
	y := year + 4800 - a
	m := month + 12*a - 3
	jdn := day + (153*m+2)/5 + 365*y + y/4 - 32083
	return civil(jdn - 2440588)
}

// HolidayDate is one holiday of a year as a calendar keeps it.
type HolidayDate struct {
	Name string `json:"name"`
	// Date is the day off, at midnight UTC: Actual or the day it is
	// moved to.
	Date time.Time `json:"date"`
	// Actual is the holiday's own date, at midnight UTC; Date differs
	// when a weekend moved it (Christmas Day on Sunday, kept on Tuesday).
	Actual time.Time `json:"actual"`
}

// CalendarRules is what a [RuleCalendar] is built from.
type CalendarRules struct {
	// Weekend is the week's non-business days; zero means Saturday and
	// Sunday.
	Weekend Weekend
	// Holidays are the rules; nil means none.
	Holidays []HolidayRule
	// Workdays are weekend dates declared working days: the make-up days
	// (调休上班) of China's State Council notices, Saturday February 14,
	// 2026, say. Each must be a weekend day and not a holiday of a
	// one-off or span rule (NewRuleCalendar says which is not); a
	// recurring holiday that falls on a workday is still a holiday.
	Workdays []time.Time
}

// RuleCalendar is a [Calendar] built from holiday rules: New Year's Day,
// the third Monday of January, Good Friday… computed for any year when it
// is first asked about. IsBusinessDay allocates nothing once a year has
// been seen (16 recent years are kept) and is safe for concurrent use.
// Build it with [NewRuleCalendar] and share the pointer; do not copy it.
// The zero value is the Saturday–Sunday weekend with no holidays.
type RuleCalendar struct {
	weekend  Weekend
	rules    []HolidayRule
	workdays []civil // sorted
	years    [yearSlots]atomic.Pointer[yearDays]
}

// yearSlots is how many years a RuleCalendar keeps, by year modulo.
const yearSlots = 16

// yearDays marks the non-business days of one year: bit i of closed is
// day i of the year (0 is January 1).
type yearDays struct {
	year   int
	closed [6]uint64
}

// NewRuleCalendar builds a calendar from rules. An error wrapping
// ErrInvalidInput names the first bad rule or workday: an empty rule, a
// month or day that does not exist, n outside 1–4, a span longer than 31
// days or backwards, years backwards, an unknown observance, a workday
// that is not a weekend day or falls on a one-off holiday.
func NewRuleCalendar(r CalendarRules) (*RuleCalendar, error) {
	for i, rule := range r.Holidays {
		if err := rule.check(i); err != nil {
			return nil, err
		}
	}
	c := &RuleCalendar{weekend: r.Weekend, rules: append([]HolidayRule(nil), r.Holidays...)}
	for _, w := range r.Workdays {
		wc := civilOf(w)
		if !c.weekendDay(wc) {
			return nil, fmt.Errorf("%w: workday %s is a %s, not a weekend day", ErrInvalidInput,
				w.Format(time.DateOnly), w.Weekday())
		}
		for _, rule := range c.rules {
			if rule.kind == spanRule && wc >= rule.first && wc <= rule.last {
				return nil, fmt.Errorf("%w: workday %s falls on the holiday %q", ErrInvalidInput,
					w.Format(time.DateOnly), money.Bounded(rule.Name))
			}
		}
		c.workdays = append(c.workdays, wc)
	}
	slices.Sort(c.workdays)
	return c, nil
}

// MustRuleCalendar is NewRuleCalendar for rules known to be good (the
// built-in sets, a package-level variable); it panics on an error.
func MustRuleCalendar(r CalendarRules) *RuleCalendar {
	c, err := NewRuleCalendar(r)
	if err != nil {
		panic(err)
	}
	return c
}

// weekendDay reports whether c is a weekend day of the calendar's week.
func (c *RuleCalendar) weekendDay(d civil) bool {
	return c.weekend.has(weekdayOf(d))
}

// IsBusinessDay reports whether date is neither a weekend day (unless
// declared a workday) nor a holiday as observed.
func (c *RuleCalendar) IsBusinessDay(date time.Time) bool {
	y, m, d := date.Date() // one calendar computation, not two (Year, YearDay)
	yd := daysBefore[m] + d - 1
	if m > time.February && isLeap(y) {
		yd++
	}
	slot := &c.years[y&(yearSlots-1)]
	days := slot.Load()
	if days == nil || days.year != y {
		days = c.build(y)
		slot.Store(days)
	}
	return days.closed[yd>>6]&(1<<(yd&63)) == 0
}

// daysBefore is the number of days of a common year before each month.
var daysBefore = [13]int{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

// isLeap reports a Gregorian leap year.
func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// build marks year's non-business days.
func (c *RuleCalendar) build(year int) *yearDays {
	days := &yearDays{year: year}
	jan1 := civilFromDate(year, time.January, 1)
	n := civil(daysIn(year, time.February) + 337)
	mark := func(d civil, closed bool) {
		i := d - jan1
		if i < 0 || i >= n {
			return
		}
		if closed {
			days.closed[i>>6] |= 1 << (i & 63)
		} else {
			days.closed[i>>6] &^= 1 << (i & 63)
		}
	}
	for d := jan1; d < jan1+n; d++ {
		mark(d, c.weekendDay(d))
	}
	for _, w := range c.workdays {
		mark(w, false)
	}
	for _, h := range c.observed(year) {
		mark(h.date, true)
	}
	return days
}

// occurrence is one holiday of a rule: its own date and where it is kept.
type occurrence struct {
	rule         int
	actual, date civil
}

// observed lists the holidays kept in year, in date order. It looks at the
// years either side too: New Year's Day on a Saturday is kept on
// December 31 of the year before under ObserveFridayOrMonday.
func (c *RuleCalendar) observed(year int) []occurrence {
	occ := c.occurrences(year)
	taken := make(map[civil]bool, len(occ))
	for _, o := range occ {
		taken[o.actual] = true
	}
	// Fixed moves first, so that a substitute day avoids them too.
	for i := range occ {
		o := &occ[i]
		switch c.rules[o.rule].observe {
		case ObserveFridayOrMonday:
			o.date = fridayOrMonday(o.actual)
		case ObserveSundayToMonday:
			if weekdayOf(o.actual) == time.Sunday {
				o.date = o.actual + 1
			}
		}
		taken[o.date] = true
	}
	for i := range occ {
		if o := &occ[i]; c.rules[o.rule].observe == ObserveNextBusinessDay && c.weekendDay(o.actual) {
			o.date = c.substitute(o.actual, taken)
			taken[o.date] = true
		}
	}
	out := occ[:0]
	for _, o := range occ {
		if o.date.in(time.UTC).Year() == year {
			out = append(out, o)
		}
	}
	slices.SortStableFunc(out, func(a, b occurrence) int { return cmp.Compare(a.date, b.date) })
	return out
}

// occurrences lists every rule's dates in the years around year (spans
// whole), by their own date.
func (c *RuleCalendar) occurrences(year int) []occurrence {
	var occ []occurrence
	for i, r := range c.rules {
		if r.kind == spanRule {
			if y := r.first.in(time.UTC).Year(); y < year-1 || y > year+1 {
				continue // another year's notice
			}
			for d := r.first; d <= r.last; d++ {
				if r.applies(d.in(time.UTC).Year()) {
					occ = append(occ, occurrence{rule: i, actual: d, date: d})
				}
			}
			continue
		}
		for y := year - 1; y <= year+1; y++ {
			if d, ok := r.actual(y); ok {
				occ = append(occ, occurrence{rule: i, actual: d, date: d})
			}
		}
	}
	slices.SortStableFunc(occ, func(a, b occurrence) int { return cmp.Compare(a.actual, b.actual) })
	return occ
}

// substitute is the first day after d that is neither a weekend day nor
// taken by another holiday.
func (c *RuleCalendar) substitute(d civil, taken map[civil]bool) civil {
	d++
	for k := 0; k < searchLimit && (c.weekendDay(d) || taken[d]); k++ {
		d++
	}
	return d
}

// fridayOrMonday moves a Saturday back a day and a Sunday on a day.
func fridayOrMonday(d civil) civil {
	switch weekdayOf(d) {
	case time.Saturday:
		return d - 1
	case time.Sunday:
		return d + 1
	}
	return d
}

// HolidaysIn lists the holidays the calendar keeps in year, in date order:
// each with its name, the day off and the holiday's own date. A holiday
// kept on a weekend day (ObserveOnDate, or Saturday under
// ObserveSundayToMonday) is listed on that day.
func (c *RuleCalendar) HolidaysIn(year int) []HolidayDate {
	occ := c.observed(year)
	out := make([]HolidayDate, len(occ))
	for i, o := range occ {
		out[i] = HolidayDate{Name: c.rules[o.rule].Name, Date: o.date.in(time.UTC), Actual: o.actual.in(time.UTC)}
	}
	return out
}
