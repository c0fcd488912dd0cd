package terms_test

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/terms"
)

// hday is a date at midnight UTC.
func hday(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// printHolidays prints a year's holidays of cal that are weekdays.
func printHolidays(cal *terms.RuleCalendar, year int) {
	for _, h := range cal.HolidaysIn(year) {
		if wd := h.Date.Weekday(); wd != time.Saturday && wd != time.Sunday {
			fmt.Println(h.Date.Format("Mon 2006-01-02"), h.Name)
		}
	}
}

// A calendar in a few lines: the rules of a company that closes on New
// Year's Day, Good Friday, the last Monday of May and Christmas Day, the
// latter two moved off a weekend.
func ExampleNewRuleCalendar() {
	cal, err := terms.NewRuleCalendar(terms.CalendarRules{
		Holidays: []terms.HolidayRule{
			terms.FixedHoliday("New Year's Day", time.January, 1).Observed(terms.ObserveFridayOrMonday),
			terms.EasterHoliday("Good Friday", -2),
			terms.LastWeekdayHoliday("Memorial Day", time.Monday, time.May),
			terms.FixedHoliday("Christmas Day", time.December, 25).Observed(terms.ObserveFridayOrMonday),
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	printHolidays(cal, 2027)
	// Output:
	// Fri 2027-01-01 New Year's Day
	// Fri 2027-03-26 Good Friday
	// Mon 2027-05-31 Memorial Day
	// Fri 2027-12-24 Christmas Day
	// Fri 2027-12-31 New Year's Day
}

// China's holidays come as a notice each year: the days off (放假) and the
// weekend days worked instead (调休上班). Here the 2026 Spring Festival of
// the State Council's notice for 2026.
func ExampleNewRuleCalendar_china() {
	cal := terms.MustRuleCalendar(terms.CalendarRules{
		Holidays: []terms.HolidayRule{terms.HolidaySpan("春节", hday(2026, 2, 15), hday(2026, 2, 23))},
		Workdays: []time.Time{hday(2026, 2, 14), hday(2026, 2, 28)},
	})
	for _, d := range []time.Time{hday(2026, 2, 13), hday(2026, 2, 14), hday(2026, 2, 16), hday(2026, 2, 24), hday(2026, 2, 28)} {
		fmt.Println(d.Format("Mon 01-02"), cal.IsBusinessDay(d))
	}
	next, _ := terms.AddBusinessDays(hday(2026, 2, 14), 1, cal)
	fmt.Println("next business day after Sat 02-14:", next.Format("Mon 01-02"))
	// Output:
	// Fri 02-13 true
	// Sat 02-14 true
	// Mon 02-16 false
	// Tue 02-24 true
	// Sat 02-28 true
	// next business day after Sat 02-14: Tue 02-24
}

func ExampleMustRuleCalendar() {
	// A package-level calendar, built once and shared.
	fed := terms.MustRuleCalendar(terms.CalendarRules{Holidays: terms.FederalReserveHolidays()})
	d, _ := terms.Adjust(hday(2026, 11, 26), fed, terms.Following) // Thanksgiving
	fmt.Println(d.Format("Mon 2006-01-02"))
	// Output: Fri 2026-11-27
}

func ExampleFederalReserveHolidays() {
	fed := terms.MustRuleCalendar(terms.CalendarRules{Holidays: terms.FederalReserveHolidays()})
	// July 4, 2026 is a Saturday: the Reserve Banks stay open on Friday
	// July 3 (federal offices close, see USFederalHolidays). July 4, 2027
	// is a Sunday: closed on Monday July 5.
	for _, d := range []time.Time{hday(2026, 7, 3), hday(2027, 7, 5)} {
		fmt.Println(d.Format("Mon 2006-01-02"), fed.IsBusinessDay(d))
	}
	// Output:
	// Fri 2026-07-03 true
	// Mon 2027-07-05 false
}

func ExampleUSFederalHolidays() {
	opm := terms.MustRuleCalendar(terms.CalendarRules{Holidays: terms.USFederalHolidays()})
	for _, h := range opm.HolidaysIn(2027) {
		if !h.Date.Equal(h.Actual) {
			fmt.Println(h.Date.Format("Mon 2006-01-02"), h.Name, "of", h.Actual.Format("Mon 2006-01-02"))
		}
	}
	// Output:
	// Fri 2027-06-18 Juneteenth National Independence Day of Sat 2027-06-19
	// Mon 2027-07-05 Independence Day of Sun 2027-07-04
	// Fri 2027-12-24 Christmas Day of Sat 2027-12-25
	// Fri 2027-12-31 New Year's Day of Sat 2028-01-01
}

func ExampleEnglandWalesBankHolidays() {
	uk := terms.MustRuleCalendar(terms.CalendarRules{Holidays: terms.EnglandWalesBankHolidays()})
	printHolidays(uk, 2027)
	// Output:
	// Fri 2027-01-01 New Year's Day
	// Fri 2027-03-26 Good Friday
	// Mon 2027-03-29 Easter Monday
	// Mon 2027-05-03 Early May bank holiday
	// Mon 2027-05-31 Spring bank holiday
	// Mon 2027-08-30 Summer bank holiday
	// Mon 2027-12-27 Christmas Day
	// Tue 2027-12-28 Boxing Day
}

// A one-off bank holiday, and a regular one moved for a year, are added to
// the rules: the rule excepting that year plus a one-off on the new date.
// (The 2022 changes are built in already; this shows the mechanism for
// the next proclamation.)
func ExampleHolidayRule_Except() {
	rules := []terms.HolidayRule{
		terms.LastWeekdayHoliday("Spring bank holiday", time.Monday, time.May).Except(2022),
		terms.OneOffHoliday("Spring bank holiday", hday(2022, 6, 2)),
		terms.OneOffHoliday("Platinum Jubilee bank holiday", hday(2022, 6, 3)),
	}
	cal := terms.MustRuleCalendar(terms.CalendarRules{Holidays: rules})
	printHolidays(cal, 2022)
	printHolidays(cal, 2023)
	// Output:
	// Thu 2022-06-02 Spring bank holiday
	// Fri 2022-06-03 Platinum Jubilee bank holiday
	// Mon 2023-05-29 Spring bank holiday
}

func ExampleGermanyHolidays() {
	de := terms.MustRuleCalendar(terms.CalendarRules{Holidays: terms.GermanyHolidays()})
	for _, h := range de.HolidaysIn(2026) {
		fmt.Println(h.Date.Format("Mon 01-02"), h.Name)
	}
	// Output:
	// Thu 01-01 Neujahr
	// Fri 04-03 Karfreitag
	// Mon 04-06 Ostermontag
	// Fri 05-01 Tag der Arbeit
	// Thu 05-14 Christi Himmelfahrt
	// Mon 05-25 Pfingstmontag
	// Sat 10-03 Tag der Deutschen Einheit
	// Fri 12-25 1. Weihnachtstag
	// Sat 12-26 2. Weihnachtstag
}

func ExampleTARGET2Holidays() {
	target := terms.MustRuleCalendar(terms.CalendarRules{Holidays: terms.TARGET2Holidays()})
	// Settlement two TARGET business days after Thursday April 2, 2026:
	// Good Friday and Easter Monday are closed.
	d, _ := terms.AddBusinessDays(hday(2026, 4, 2), 2, target)
	fmt.Println(d.Format("Mon 2006-01-02"))
	// Output: Wed 2026-04-08
}

func ExampleRuleCalendar_HolidaysIn() {
	uk := terms.MustRuleCalendar(terms.CalendarRules{Holidays: terms.EnglandWalesBankHolidays()})
	for _, h := range uk.HolidaysIn(2022)[8:] {
		fmt.Println(h.Date.Format("Mon 01-02"), h.Name, "(own date "+h.Actual.Format("Mon 01-02")+")")
	}
	// Output:
	// Mon 12-26 Boxing Day (own date Mon 12-26)
	// Tue 12-27 Christmas Day (own date Sun 12-25)
}

func ExampleRuleCalendar_IsBusinessDay() {
	uk := terms.MustRuleCalendar(terms.CalendarRules{Holidays: terms.EnglandWalesBankHolidays()})
	fmt.Println(uk.IsBusinessDay(hday(2026, 12, 28)), uk.IsBusinessDay(hday(2026, 12, 29)))
	// Output: false true
}

func ExampleFixedHoliday() {
	cal := terms.MustRuleCalendar(terms.CalendarRules{Holidays: []terms.HolidayRule{
		terms.FixedHoliday("Independence Day", time.July, 4),
	}})
	fmt.Println(cal.HolidaysIn(2026)[0].Date.Format("Mon 2006-01-02"))
	// Output: Sat 2026-07-04
}

func ExampleNthWeekdayHoliday() {
	cal := terms.MustRuleCalendar(terms.CalendarRules{Holidays: []terms.HolidayRule{
		terms.NthWeekdayHoliday("Thanksgiving Day", 4, time.Thursday, time.November),
	}})
	fmt.Println(cal.HolidaysIn(2026)[0].Date.Format("Mon 2006-01-02"))
	// Output: Thu 2026-11-26
}

func ExampleLastWeekdayHoliday() {
	cal := terms.MustRuleCalendar(terms.CalendarRules{Holidays: []terms.HolidayRule{
		terms.LastWeekdayHoliday("Summer bank holiday", time.Monday, time.August),
	}})
	fmt.Println(cal.HolidaysIn(2026)[0].Date.Format("Mon 2006-01-02"))
	// Output: Mon 2026-08-31
}

func ExampleEasterHoliday() {
	cal := terms.MustRuleCalendar(terms.CalendarRules{Holidays: []terms.HolidayRule{
		terms.EasterHoliday("Easter Sunday", 0),
		terms.EasterHoliday("Whit Monday", 50),
	}})
	for _, h := range cal.HolidaysIn(2026) {
		fmt.Println(h.Date.Format("Mon 2006-01-02"), h.Name)
	}
	// Output:
	// Sun 2026-04-05 Easter Sunday
	// Mon 2026-05-25 Whit Monday
}

func ExampleOrthodoxEasterHoliday() {
	cal := terms.MustRuleCalendar(terms.CalendarRules{Holidays: []terms.HolidayRule{
		terms.OrthodoxEasterHoliday("Orthodox Easter", 0),
		terms.OrthodoxEasterHoliday("Orthodox Good Friday", -2),
	}})
	for _, year := range []int{2024, 2025, 2026, 2027} {
		h := cal.HolidaysIn(year)
		fmt.Println(h[1].Date.Format("2006-01-02"), "Easter,", h[0].Date.Format("01-02"), "Good Friday")
	}
	// Output:
	// 2024-05-05 Easter, 05-03 Good Friday
	// 2025-04-20 Easter, 04-18 Good Friday
	// 2026-04-12 Easter, 04-10 Good Friday
	// 2027-05-02 Easter, 04-30 Good Friday
}

func ExampleOneOffHoliday() {
	cal := terms.MustRuleCalendar(terms.CalendarRules{Holidays: append(terms.EnglandWalesBankHolidays(),
		terms.OneOffHoliday("A future royal occasion", hday(2027, 6, 4)))})
	fmt.Println(cal.IsBusinessDay(hday(2027, 6, 4)))
	// Output: false
}

func ExampleHolidaySpan() {
	cal := terms.MustRuleCalendar(terms.CalendarRules{Holidays: []terms.HolidayRule{
		terms.HolidaySpan("国庆节", hday(2026, 10, 1), hday(2026, 10, 7)),
	}})
	n, _ := terms.BusinessDaysBetween(hday(2026, 9, 30), hday(2026, 10, 9), cal)
	fmt.Println(n, "business days") // Oct 8 and 9 (no make-up days given here)
	// Output: 2 business days
}

func ExampleHolidayRule_Observed() {
	christmas := terms.FixedHoliday("Christmas Day", time.December, 25)
	for _, o := range []terms.Observance{terms.ObserveOnDate, terms.ObserveFridayOrMonday,
		terms.ObserveSundayToMonday, terms.ObserveNextBusinessDay} {
		cal := terms.MustRuleCalendar(terms.CalendarRules{Holidays: []terms.HolidayRule{christmas.Observed(o)}})
		fmt.Print(cal.HolidaysIn(2027)[0].Date.Format("Mon 01-02"), " ") // Christmas 2027 is a Saturday
	}
	fmt.Println()
	// Output: Sat 12-25 Fri 12-24 Sat 12-25 Mon 12-27
}

func ExampleHolidayRule_Years() {
	juneteenth := terms.FixedHoliday("Juneteenth", time.June, 19).Years(2021, 0)
	cal := terms.MustRuleCalendar(terms.CalendarRules{Holidays: []terms.HolidayRule{juneteenth}})
	fmt.Println(len(cal.HolidaysIn(2020)), len(cal.HolidaysIn(2021)))
	// Output: 0 1
}
