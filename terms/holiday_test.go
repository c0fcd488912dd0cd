package terms

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// published reads a testdata/holidays list: "DATE NAME" lines, or for
// China "holiday FIRST [LAST] NAME" and "workday DATE" lines. It returns
// the holiday dates and the workdays.
func published(t *testing.T, name string) (holidays, workdays map[time.Time]string) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "holidays", name))
	require.NoError(t, err)
	defer f.Close()
	holidays, workdays = map[time.Time]string{}, map[time.Time]string{}
	parse := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		require.NoError(t, err, "%s: %q", name, s)
		return d
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		switch fields[0] {
		case "workday":
			workdays[parse(fields[1])] = "workday"
		case "holiday":
			first, last := parse(fields[1]), parse(fields[1])
			rest := fields[2:]
			if _, err := time.Parse(time.DateOnly, fields[2]); err == nil {
				last, rest = parse(fields[2]), fields[3:]
			}
			for d := first; !d.After(last); d = d.AddDate(0, 0, 1) {
				holidays[d] = strings.Join(rest, " ")
			}
		default:
			holidays[parse(fields[0])] = strings.Join(fields[1:], " ")
		}
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, holidays, name)
	return holidays, workdays
}

func isWeekend(d time.Time) bool { return d.Weekday() == time.Saturday || d.Weekday() == time.Sunday }

// TestPublishedHolidays checks each built-in set against the published
// list, both ways: every listed day is a holiday the calendar keeps, every
// other weekday is a business day, and HolidaysIn lists the same days.
func TestPublishedHolidays(t *testing.T) {
	for _, tt := range []struct {
		file         string
		rules        []HolidayRule
		from, to     int
		weekdaysOnly bool // the list leaves out holidays kept on a weekend
	}{
		{"us-federal-reserve.txt", FederalReserveHolidays(), 2024, 2027, true},
		{"us-federal-opm.txt", USFederalHolidays(), 2024, 2027, true},
		{"england-wales.txt", EnglandWalesBankHolidays(), 2022, 2027, true},
		{"germany.txt", GermanyHolidays(), 2024, 2027, false},
		{"target2.txt", TARGET2Holidays(), 2024, 2027, false},
	} {
		t.Run(tt.file, func(t *testing.T) {
			want, _ := published(t, tt.file)
			cal, err := NewRuleCalendar(CalendarRules{Holidays: tt.rules})
			require.NoError(t, err)
			for d := date(tt.from, 1, 1); d.Year() <= tt.to; d = d.AddDate(0, 0, 1) {
				_, holiday := want[d]
				require.Equal(t, !holiday && !isWeekend(d), cal.IsBusinessDay(d), "%s %s", tt.file, d.Format("Mon 2006-01-02"))
			}
			for y := tt.from; y <= tt.to; y++ {
				var got, listed []string
				for _, h := range cal.HolidaysIn(y) {
					if !tt.weekdaysOnly || !isWeekend(h.Date) {
						got = append(got, h.Date.Format(time.DateOnly))
					}
				}
				for d := range want {
					if d.Year() == y {
						listed = append(listed, d.Format(time.DateOnly))
					}
				}
				sort.Strings(listed)
				require.Equal(t, listed, got, "%s %d", tt.file, y)
			}
		})
	}
}

// TestFederalReserveSaturday pins the difference between the Fed and OPM.
func TestFederalReserveSaturday(t *testing.T) {
	fed := MustRuleCalendar(CalendarRules{Holidays: FederalReserveHolidays()})
	opm := MustRuleCalendar(CalendarRules{Holidays: USFederalHolidays()})
	for _, d := range []time.Time{date(2026, 7, 3), date(2027, 6, 18), date(2027, 12, 24), date(2027, 12, 31)} {
		require.True(t, fed.IsBusinessDay(d), "Fed %s", d.Format(time.DateOnly))
		require.False(t, opm.IsBusinessDay(d), "OPM %s", d.Format(time.DateOnly))
	}
	// New Year's Day 2028 (a Saturday) is listed by OPM in 2027, as observed.
	h := opm.HolidaysIn(2027)
	last := h[len(h)-1]
	require.Equal(t, "New Year's Day", last.Name)
	require.Equal(t, date(2027, 12, 31), last.Date)
	require.Equal(t, date(2028, 1, 1), last.Actual)
	require.Len(t, opm.HolidaysIn(2028), 10) // its New Year's Day was in 2027
	// Juneteenth: OPM from 2021, the Reserve Banks from 2022.
	require.False(t, opm.IsBusinessDay(date(2021, 6, 18)))
	require.True(t, fed.IsBusinessDay(date(2021, 6, 18)))
	// Veterans Day before 1978 was the fourth Monday of October.
	require.False(t, fed.IsBusinessDay(date(1975, 10, 27)))
	require.True(t, fed.IsBusinessDay(date(1975, 11, 11)))
	require.False(t, fed.IsBusinessDay(date(1985, 11, 11)))
	require.True(t, fed.IsBusinessDay(date(1985, 1, 21))) // no MLK Day before 1986
	require.False(t, fed.IsBusinessDay(date(1986, 1, 20)))
}

// TestEnglandWalesSubstitutes covers each Christmas collision: the
// substitute goes past the weekend and past the other holiday.
func TestEnglandWalesSubstitutes(t *testing.T) {
	cal := MustRuleCalendar(CalendarRules{Holidays: EnglandWalesBankHolidays()})
	names := func(year int, month time.Month) []string {
		var out []string
		for _, h := range cal.HolidaysIn(year) {
			if h.Date.Month() == month {
				out = append(out, h.Date.Format("Mon 02")+" "+h.Name+" ("+h.Actual.Format("Mon 02")+")")
			}
		}
		return out
	}
	// GOV.UK 2021: Christmas Saturday, Boxing Day Sunday → 27 and 28.
	require.Equal(t, []string{"Mon 27 Christmas Day (Sat 25)", "Tue 28 Boxing Day (Sun 26)"}, names(2021, time.December))
	// 2022: Christmas Sunday, Boxing Day Monday → Christmas on Tuesday 27.
	require.Equal(t, []string{"Mon 26 Boxing Day (Mon 26)", "Tue 27 Christmas Day (Sun 25)"}, names(2022, time.December))
	// 2020: Boxing Day Saturday → Monday 28.
	require.Equal(t, []string{"Fri 25 Christmas Day (Fri 25)", "Mon 28 Boxing Day (Sat 26)"}, names(2020, time.December))
	// New Year's Day on Saturday 2022 → Monday 3; on Sunday 2023 → Monday 2.
	require.Equal(t, []string{"Mon 03 New Year's Day (Sat 01)"}, names(2022, time.January))
	require.Equal(t, []string{"Mon 02 New Year's Day (Sun 01)"}, names(2023, time.January))
	// 2020: VE day moved the Early May bank holiday to Friday May 8.
	require.True(t, cal.IsBusinessDay(date(2020, 5, 4)))
	require.False(t, cal.IsBusinessDay(date(2020, 5, 8)))
	// A Friday–Saturday weekend moves a Saturday holiday to Sunday.
	fs := MustRuleCalendar(CalendarRules{Weekend: Weekends(time.Friday, time.Saturday),
		Holidays: []HolidayRule{FixedHoliday("X", time.March, 14).Observed(ObserveNextBusinessDay)}})
	require.Equal(t, date(2026, 3, 15), fs.HolidaysIn(2026)[0].Date) // 2026-03-14 is a Saturday
}

// TestEaster checks both computus against python-dateutil's, 1900–2299.
func TestEaster(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "holidays", "easter.txt"))
	require.NoError(t, err)
	n := 0
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) != 3 || strings.HasPrefix(line, "#") {
			continue
		}
		y, err := strconv.Atoi(f[0])
		require.NoError(t, err)
		require.Equal(t, f[1], westernEaster(y).in(time.UTC).Format(time.DateOnly), "western %d", y)
		require.Equal(t, f[2], orthodoxEaster(y).in(time.UTC).Format(time.DateOnly), "orthodox %d", y)
		n++
	}
	require.Equal(t, 400, n)
	// Through a rule: Orthodox Good Friday 2026 is April 10.
	cal := MustRuleCalendar(CalendarRules{Holidays: []HolidayRule{OrthodoxEasterHoliday("Великден петък", -2)}})
	require.False(t, cal.IsBusinessDay(date(2026, 4, 10)))
	// 2101: Orthodox Easter is April 24, the Julian date plus 14 days (not
	// 13: the Julian calendar gained a day on the Gregorian in 2100).
	require.False(t, cal.IsBusinessDay(date(2101, 4, 22)))
	require.True(t, cal.IsBusinessDay(date(2101, 4, 21)))
}

func TestChinaNotices(t *testing.T) {
	for _, file := range []string{"china-2025.txt", "china-2026.txt"} {
		t.Run(file, func(t *testing.T) {
			holidays, workdays := published(t, file)
			var rules CalendarRules
			for d, name := range holidays {
				rules.Holidays = append(rules.Holidays, OneOffHoliday(name, d))
			}
			for d := range workdays {
				rules.Workdays = append(rules.Workdays, d)
			}
			cal, err := NewRuleCalendar(rules)
			require.NoError(t, err)
			year := 2025
			if file == "china-2026.txt" {
				year = 2026
			}
			for d := date(year, 1, 1); d.Year() == year; d = d.AddDate(0, 0, 1) {
				_, holiday := holidays[d]
				_, workday := workdays[d]
				want := !holiday && (!isWeekend(d) || workday)
				require.Equal(t, want, cal.IsBusinessDay(d), d.Format("Mon 2006-01-02"))
			}
		})
	}
	// The same 2026 Spring Festival with spans, as a user types it.
	cal := MustRuleCalendar(CalendarRules{
		Holidays: []HolidayRule{HolidaySpan("春节", date(2026, 2, 15), date(2026, 2, 23))},
		Workdays: []time.Time{date(2026, 2, 14), date(2026, 2, 28)},
	})
	got, err := AddBusinessDays(date(2026, 2, 13), 1, cal) // Friday → the make-up Saturday
	require.NoError(t, err)
	require.Equal(t, date(2026, 2, 14), got)
	got, err = AddBusinessDays(date(2026, 2, 14), 1, cal) // over the nine days off
	require.NoError(t, err)
	require.Equal(t, date(2026, 2, 24), got)
	require.Len(t, cal.HolidaysIn(2026), 9)
}

func TestRuleErrors(t *testing.T) {
	for _, tt := range []struct {
		name  string
		rules CalendarRules
		msg   string
	}{
		{"empty rule", CalendarRules{Holidays: []HolidayRule{{Name: "x"}}}, `holiday rule 0 ("x"): empty rule`},
		{"month", CalendarRules{Holidays: []HolidayRule{FixedHoliday("x", 13, 1)}}, "month 13 is not 1–12"},
		{"day", CalendarRules{Holidays: []HolidayRule{FixedHoliday("x", time.February, 30)}}, "day 30 is not a day of February"},
		{"day 0", CalendarRules{Holidays: []HolidayRule{FixedHoliday("x", time.March, 0)}}, "day 0"},
		{"n", CalendarRules{Holidays: []HolidayRule{NthWeekdayHoliday("x", 5, time.Monday, time.May)}}, "n 5 is not 1–4"},
		{"weekday", CalendarRules{Holidays: []HolidayRule{LastWeekdayHoliday("x", 7, time.May)}}, "weekday 7"},
		{"easter", CalendarRules{Holidays: []HolidayRule{EasterHoliday("x", 400)}}, "400 days from Easter"},
		{"span backwards", CalendarRules{Holidays: []HolidayRule{HolidaySpan("x", date(2026, 2, 23), date(2026, 2, 15))}}, "span 2026-02-23 to 2026-02-15"},
		{"span long", CalendarRules{Holidays: []HolidayRule{HolidaySpan("x", date(2026, 1, 1), date(2026, 3, 1))}}, "not 1–31 days"},
		{"observance", CalendarRules{Holidays: []HolidayRule{FixedHoliday("x", 1, 1).Observed(9)}}, "unknown observance 9"},
		{"years", CalendarRules{Holidays: []HolidayRule{FixedHoliday("x", 1, 1).Years(2030, 2020)}}, "years 2030 to 2020"},
		{"long name", CalendarRules{Holidays: []HolidayRule{FixedHoliday(strings.Repeat("y", 500), 1, 0)}}, "yyyy"},
		{"workday on a weekday", CalendarRules{Workdays: []time.Time{date(2026, 2, 16)}}, "workday 2026-02-16 is a Monday"},
		{"workday on a holiday", CalendarRules{
			Holidays: []HolidayRule{HolidaySpan("春节", date(2026, 2, 15), date(2026, 2, 23))},
			Workdays: []time.Time{date(2026, 2, 21)}}, `workday 2026-02-21 falls on the holiday "春节"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewRuleCalendar(tt.rules)
			require.ErrorIs(t, err, ErrInvalidInput)
			require.ErrorContains(t, err, tt.msg)
			require.Less(t, len(err.Error()), 200)
			require.Panics(t, func() { MustRuleCalendar(tt.rules) })
		})
	}
	var nilCal *RuleCalendar
	_, err := Adjust(date(2026, 1, 1), nilCal, Following)
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = AddBusinessDays(date(2026, 1, 1), 1, nilCal)
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = BusinessDaysBetween(date(2026, 1, 1), date(2026, 1, 2), nilCal)
	require.ErrorIs(t, err, ErrInvalidInput)
}

func TestRuleKinds(t *testing.T) {
	cal := MustRuleCalendar(CalendarRules{Holidays: []HolidayRule{
		FixedHoliday("Leap day", time.February, 29),
		NthWeekdayHoliday("First Sunday of March", 1, time.Sunday, time.March),
		LastWeekdayHoliday("Last Saturday of October", time.Saturday, time.October).Except(2026),
		FixedHoliday("Only 2026", time.July, 1).Years(2026, 2026),
	}})
	require.False(t, cal.IsBusinessDay(date(2028, 2, 29)))
	require.Len(t, cal.HolidaysIn(2027), 2) // no leap day, no July 1
	require.Equal(t, date(2026, 3, 1), cal.HolidaysIn(2026)[0].Date)
	require.Equal(t, date(2027, 10, 30), cal.HolidaysIn(2027)[1].Date)
	require.Len(t, cal.HolidaysIn(2026), 2) // March 1 and July 1; October excepted
	// Years and Except apply to spans day by day.
	span := MustRuleCalendar(CalendarRules{Holidays: []HolidayRule{
		HolidaySpan("元旦", date(2023, 12, 30), date(2024, 1, 1)).Except(2023)}})
	require.True(t, span.IsBusinessDay(date(2023, 12, 29)))
	require.Empty(t, span.HolidaysIn(2023))
	require.Len(t, span.HolidaysIn(2024), 1)
	// A rule's Except does not alias the rule it came from.
	base := FixedHoliday("x", 1, 1).Except(2020)
	a, b := base.Except(2021), base.Except(2022)
	require.Equal(t, []int{2020, 2021}, a.except)
	require.Equal(t, []int{2020, 2022}, b.except)
	// The zero calendar is the Saturday–Sunday weekend.
	var zero RuleCalendar
	require.False(t, zero.IsBusinessDay(date(2026, 3, 1)))
	require.True(t, zero.IsBusinessDay(date(2026, 3, 2)))
	require.Empty(t, zero.HolidaysIn(2026))
	// Far years: before the epoch, year 1 and 9999.
	de := MustRuleCalendar(CalendarRules{Holidays: GermanyHolidays()})
	require.False(t, de.IsBusinessDay(date(1961, 12, 26)))
	require.False(t, de.IsBusinessDay(time.Date(9999, 12, 24, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 1)))
	require.True(t, de.IsBusinessDay(time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC))) // a Friday
	require.NotPanics(t, func() { de.IsBusinessDay(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)) })
	// A location's date counts, not UTC's: 23:30 on Dec 24 in New York is
	// Christmas Eve there.
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	require.True(t, de.IsBusinessDay(time.Date(2026, 12, 24, 23, 30, 0, 0, ny)))
}

// TestRuleCalendarCache walks more years than the cache keeps, forward and
// back, and from many goroutines (run with -race).
func TestRuleCalendarCache(t *testing.T) {
	cal := MustRuleCalendar(CalendarRules{Holidays: TARGET2Holidays()})
	ref := func(d time.Time) bool {
		if isWeekend(d) {
			return false
		}
		e := westernEaster(d.Year()).in(time.UTC)
		switch {
		case d.Month() == 1 && d.Day() == 1, d.Month() == 5 && d.Day() == 1,
			d.Month() == 12 && (d.Day() == 25 || d.Day() == 26),
			d.Equal(e.AddDate(0, 0, -2)), d.Equal(e.AddDate(0, 0, 1)):
			return false
		}
		return true
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 40*366; i += 7 + g {
				d := date(2000, 1, 1).AddDate(0, 0, i)
				if g%2 == 1 {
					d = date(2040, 1, 1).AddDate(0, 0, -i)
				}
				if cal.IsBusinessDay(d) != ref(d) {
					t.Errorf("%s", d.Format(time.DateOnly))
					return
				}
			}
		}(g)
	}
	wg.Wait()
	n, err := BusinessDaysBetween(date(2025, 12, 31), date(2026, 12, 31), cal)
	require.NoError(t, err)
	require.Equal(t, 256, n) // 261 weekdays less Jan 1, Apr 3, Apr 6, May 1, Dec 25 (Dec 26 a Saturday)
}

func TestRuleCalendarAllocs(t *testing.T) {
	cal := MustRuleCalendar(CalendarRules{Holidays: EnglandWalesBankHolidays()})
	d := date(2026, 12, 28)
	allocs := testing.AllocsPerRun(1000, func() {
		if cal.IsBusinessDay(d) {
			t.Fatal("Boxing Day substitute")
		}
	})
	require.Zero(t, allocs)
	// Adjust over a rule calendar allocates nothing either.
	allocs = testing.AllocsPerRun(1000, func() { _, _ = Adjust(date(2026, 12, 25), cal, Following) })
	require.Zero(t, allocs)
}

func BenchmarkRuleCalendarIsBusinessDay(b *testing.B) {
	for _, bc := range []struct {
		name  string
		rules []HolidayRule
	}{
		{"FederalReserve", FederalReserveHolidays()},
		{"EnglandWales", EnglandWalesBankHolidays()},
		{"TARGET2", TARGET2Holidays()},
	} {
		b.Run(bc.name, func(b *testing.B) {
			cal := MustRuleCalendar(CalendarRules{Holidays: bc.rules})
			days := make([]time.Time, 366)
			for i := range days {
				days[i] = date(2026, 1, 1).AddDate(0, 0, i)
			}
			b.ReportAllocs()
			b.ResetTimer()
			n := 0
			for i := 0; i < b.N; i++ {
				if cal.IsBusinessDay(days[i%len(days)]) {
					n++
				}
			}
			_ = n
		})
	}
}

// BenchmarkRuleCalendarYear is the first question about a year: the
// year's holidays are computed then.
func BenchmarkRuleCalendarYear(b *testing.B) {
	cal := MustRuleCalendar(CalendarRules{Holidays: EnglandWalesBankHolidays()})
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		cal.build(2000 + i%100)
	}
}

// BenchmarkHolidaysMap is the hand-typed alternative, for comparison.
func BenchmarkHolidaysMap(b *testing.B) {
	cal := Combine(Weekend(0), NewHolidays(date(2026, 1, 1), date(2026, 4, 3), date(2026, 4, 6),
		date(2026, 5, 4), date(2026, 5, 25), date(2026, 8, 31), date(2026, 12, 25), date(2026, 12, 28)))
	days := make([]time.Time, 366)
	for i := range days {
		days[i] = date(2026, 1, 1).AddDate(0, 0, i)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		cal.IsBusinessDay(days[i%len(days)])
	}
}

// TestRuleCalendarInvariants runs the built-in sets over 1980–2109 (past the Julian calendar's extra day of 2100):
// the moved days land on weekdays, no two holidays share a day off, and
// IsBusinessDay agrees with HolidaysIn.
func TestRuleCalendarInvariants(t *testing.T) {
	for _, tt := range []struct {
		name  string
		rules []HolidayRule
		moved bool // every holiday is kept on a weekday
	}{
		{"OPM", USFederalHolidays(), true},
		{"Fed", FederalReserveHolidays(), false},
		{"EnglandWales", EnglandWalesBankHolidays(), true},
		{"Germany", GermanyHolidays(), false},
		{"TARGET2", TARGET2Holidays(), false},
	} {
		cal := MustRuleCalendar(CalendarRules{Holidays: tt.rules})
		for y := 1980; y < 2110; y++ {
			seen := map[time.Time]string{}
			for _, h := range cal.HolidaysIn(y) {
				require.Equal(t, y, h.Date.Year(), "%s %v", tt.name, h)
				require.False(t, tt.moved && isWeekend(h.Date), "%s %v on a weekend", tt.name, h)
				if tt.moved {
					_, dup := seen[h.Date]
					require.False(t, dup, "%s %v shares a day with %s", tt.name, h, seen[h.Date])
				}
				seen[h.Date] = h.Name
				require.False(t, cal.IsBusinessDay(h.Date), "%s %v", tt.name, h)
				require.LessOrEqual(t, int(h.Date.Sub(h.Actual).Hours()/24), 3, "%s %v moved too far", tt.name, h)
			}
			for d := date(y, 1, 1); d.Year() == y; d = d.AddDate(0, 0, 1) {
				_, holiday := seen[d]
				require.Equal(t, !holiday && !isWeekend(d), cal.IsBusinessDay(d), "%s %s", tt.name, d.Format(time.DateOnly))
			}
		}
	}
}
