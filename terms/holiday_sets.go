package terms

import "time"

// The built-in rule sets. Each function returns a new slice, so a caller
// may append one-off holidays to it or replace a rule without touching
// anyone else's calendar:
//
//	rules := append(terms.EnglandWalesBankHolidays(),
//		terms.OneOffHoliday("Some royal occasion", day))
//	cal := terms.MustRuleCalendar(terms.CalendarRules{Holidays: rules})
//
// They are the rules as of 2026; a government that adds or moves a day
// later needs a one-off rule until the library is updated.

// usHolidays are the eleven US federal holidays (5 U.S.C. 6103(a)) with the
// given weekend observance. Dates are those of the Uniform Monday Holiday
// Act from 1971; Veterans Day went back to November 11 in 1978, Martin
// Luther King Jr. Day began in 1986 and Juneteenth in 2021.
func usHolidays(o Observance, juneteenth int) []HolidayRule {
	return []HolidayRule{
		FixedHoliday("New Year's Day", time.January, 1).Observed(o),
		NthWeekdayHoliday("Birthday of Martin Luther King, Jr.", 3, time.Monday, time.January).Years(1986, 0),
		NthWeekdayHoliday("Washington's Birthday", 3, time.Monday, time.February),
		LastWeekdayHoliday("Memorial Day", time.Monday, time.May),
		FixedHoliday("Juneteenth National Independence Day", time.June, 19).Observed(o).Years(juneteenth, 0),
		FixedHoliday("Independence Day", time.July, 4).Observed(o),
		NthWeekdayHoliday("Labor Day", 1, time.Monday, time.September),
		NthWeekdayHoliday("Columbus Day", 2, time.Monday, time.October),
		NthWeekdayHoliday("Veterans Day", 4, time.Monday, time.October).Years(1971, 1977),
		FixedHoliday("Veterans Day", time.November, 11).Observed(o).Years(1978, 0),
		NthWeekdayHoliday("Thanksgiving Day", 4, time.Thursday, time.November),
		FixedHoliday("Christmas Day", time.December, 25).Observed(o),
	}
}

// FederalReserveHolidays are the days the Federal Reserve Banks (and so
// Fedwire and the ACH operator) are closed: the eleven federal holidays,
// a Sunday holiday kept on the Monday after, and a Saturday holiday NOT
// moved — the Reserve Banks are open on the Friday before (the Federal
// Reserve's "Holidays Observed" list: "For holidays falling on Saturday,
// Federal Reserve Banks and Branches will be open the preceding Friday").
// So July 3, 2026 and June 18, December 24 and December 31, 2027 are
// business days here but days off in [USFederalHolidays]. Juneteenth is
// observed from 2022 (the Reserve Banks were open on June 18, 2021).
// Use with the Saturday–Sunday weekend. Valid from 1971.
func FederalReserveHolidays() []HolidayRule {
	return usHolidays(ObserveSundayToMonday, 2022)
}

// USFederalHolidays are the US federal holidays as the Office of Personnel
// Management observes them for federal employees: a Saturday holiday on
// the Friday before, a Sunday holiday on the Monday after (5 U.S.C.
// 6103(b), Executive Order 11582), so New Year's Day 2028, a Saturday, is
// kept on Friday December 31, 2027. Inauguration Day (January 20 every
// four years, for the Washington area only) and days off given by
// executive order are not included. Valid from 1971.
func USFederalHolidays() []HolidayRule {
	return usHolidays(ObserveFridayOrMonday, 2021)
}

// EnglandWalesBankHolidays are the bank holidays of England and Wales
// (Banking and Financial Dealings Act 1971 and the yearly proclamations,
// as GOV.UK publishes them), with substitute days: a holiday on a
// weekend is kept on the next weekday that is not already a holiday.
// The one-off changes since 1995 are included: the Early May bank
// holiday moved to May 8 in 1995 and 2020 (VE Day), the Millennium
// holiday of 1999, the Golden (2002), Diamond (2012) and Platinum (2022)
// Jubilees with the Spring bank holiday moved to June, the royal wedding
// of 2011, the state funeral of Queen Elizabeth II (September 19, 2022)
// and the coronation of King Charles III (May 8, 2023). Scotland and
// Northern Ireland have other days and are not included. Valid from 1978.
func EnglandWalesBankHolidays() []HolidayRule {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	sub := ObserveNextBusinessDay
	return []HolidayRule{
		FixedHoliday("New Year's Day", time.January, 1).Observed(sub).Years(1974, 0),
		EasterHoliday("Good Friday", -2),
		EasterHoliday("Easter Monday", 1),
		NthWeekdayHoliday("Early May bank holiday", 1, time.Monday, time.May).Years(1978, 0).Except(1995, 2020),
		OneOffHoliday("Early May bank holiday (VE day)", day(1995, 5, 8)),
		OneOffHoliday("Early May bank holiday (VE day)", day(2020, 5, 8)),
		LastWeekdayHoliday("Spring bank holiday", time.Monday, time.May).Except(2002, 2012, 2022),
		OneOffHoliday("Spring bank holiday", day(2002, 6, 4)),
		OneOffHoliday("Golden Jubilee bank holiday", day(2002, 6, 3)),
		OneOffHoliday("Spring bank holiday", day(2012, 6, 4)),
		OneOffHoliday("Queen's Diamond Jubilee", day(2012, 6, 5)),
		OneOffHoliday("Spring bank holiday", day(2022, 6, 2)),
		OneOffHoliday("Platinum Jubilee bank holiday", day(2022, 6, 3)),
		LastWeekdayHoliday("Summer bank holiday", time.Monday, time.August),
		FixedHoliday("Christmas Day", time.December, 25).Observed(sub),
		FixedHoliday("Boxing Day", time.December, 26).Observed(sub),
		OneOffHoliday("Millennium Day", day(1999, 12, 31)),
		OneOffHoliday("Royal wedding", day(2011, 4, 29)),
		OneOffHoliday("State Funeral of Queen Elizabeth II", day(2022, 9, 19)),
		OneOffHoliday("Bank holiday for the coronation of King Charles III", day(2023, 5, 8)),
	}
}

// GermanyHolidays are Germany's nationwide public holidays (gesetzliche
// Feiertage in every Land): Neujahr, Karfreitag, Ostermontag, Tag der
// Arbeit, Christi Himmelfahrt, Pfingstmontag, Tag der Deutschen Einheit
// (from 1990), the two Christmas days, and Reformationstag 2017 (the
// 500th anniversary, nationwide once). Germany does not move a holiday
// that falls on a weekend. The holidays of single Länder (Heilige Drei
// Könige, Fronleichnam, Reformationstag, Allerheiligen, Buß- und Bettag,
// Frauentag, Weltkindertag…) are not included: add them as rules for the
// Land. Valid from 1995 (Buß- und Bettag was nationwide until 1994).
func GermanyHolidays() []HolidayRule {
	return []HolidayRule{
		FixedHoliday("Neujahr", time.January, 1),
		EasterHoliday("Karfreitag", -2),
		EasterHoliday("Ostermontag", 1),
		FixedHoliday("Tag der Arbeit", time.May, 1),
		EasterHoliday("Christi Himmelfahrt", 39),
		EasterHoliday("Pfingstmontag", 50),
		FixedHoliday("Tag der Deutschen Einheit", time.October, 3).Years(1990, 0),
		OneOffHoliday("Reformationstag", time.Date(2017, 10, 31, 0, 0, 0, 0, time.UTC)),
		FixedHoliday("1. Weihnachtstag", time.December, 25),
		FixedHoliday("2. Weihnachtstag", time.December, 26),
	}
}

// TARGET2Holidays are the closing days of TARGET2 (T2 since March 2023),
// the euro area's large-value payment system, and so the days that are
// not TARGET business days for euro settlement: New Year's Day, Good
// Friday, Easter Monday, May 1, Christmas Day and December 26, kept on
// their dates (a weekend is closed anyway). Valid from 2002 (December 31
// was also closed in 1999–2001).
func TARGET2Holidays() []HolidayRule {
	return []HolidayRule{
		FixedHoliday("New Year's Day", time.January, 1),
		EasterHoliday("Good Friday", -2),
		EasterHoliday("Easter Monday", 1),
		FixedHoliday("Labour Day", time.May, 1),
		FixedHoliday("Christmas Day", time.December, 25),
		FixedHoliday("Christmas Holiday", time.December, 26),
	}
}
