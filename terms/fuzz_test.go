package terms

import (
	"sync"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// FuzzParse checks that Parse never panics, that accepted terms print to a
// canonical text that parses back to an equal value, and that due dates are
// never before the invoice date and discount deadlines never after the due
// date.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"2/10 net 30", "2/10，n/30", "2/10, 1/20, net 45", "net 30 EOM cutoff 25", "月结30天", "10th prox",
		"MFI", "COD", "net 30 then EOM", "1.5/10 net 30", "2/10 EOM", "", "2/", "/", "n/", "9999999999999999999/1 net 2", "31st prox cutoff 30", "2/9980 EOM", "2/9979 EOM"} {
		f.Add(s, int64(20000), uint8(3))
	}
	// Every accepted form and every near-miss of the corpora.
	for _, s := range append(corpusTexts(f, "terms_corpus.tsv"), corpusTexts(f, "terms_reject.tsv")...) {
		f.Add(s, int64(20000), uint8(3))
	}
	f.Fuzz(func(t *testing.T, s string, dayNum int64, hour uint8) {
		tm, err := Parse(s)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidTerms)
			return
		}
		again, err := Parse(tm.String())
		require.NoError(t, err, "canonical %q of %q", tm.String(), s)
		require.True(t, again == tm, "%q → %q → %q", s, tm.String(), again.String())
		// Invoice dates from year 1 to 9999, at any hour.
		invoice := civil(dayNum % 3_000_000).in(time.UTC).Add(time.Duration(hour%24) * time.Hour)
		due := tm.DueDate(invoice)
		require.GreaterOrEqual(t, DaysBetween(invoice, due), 0, "%s from %s", tm, invoice)
		for _, d := range tm.DiscountDeadlines(invoice) {
			require.LessOrEqual(t, civilOf(d.Date), civilOf(due))
		}
	})
}

// FuzzSplit checks that installments always add up exactly to the total.
func FuzzSplit(f *testing.F) {
	f.Add(int64(123456), uint8(2), int64(30), int64(100), true)
	f.Add(int64(5), uint8(2), int64(50), int64(0), false)
	f.Add(int64(1), uint8(0), int64(33), int64(7), true)
	f.Fuzz(func(t *testing.T, cents int64, places uint8, pct, fixed int64, withBalance bool) {
		total := decimal.New(cents, -int32(places%6))
		p := decimal.New(pct%101, -2)
		s := Schedule{{Kind: Percent, Value: p}}
		if withBalance {
			s = append(s, Line{Kind: Fixed, Value: decimal.New(fixed, -2)}, Line{Kind: Balance})
		} else {
			s = append(s, Line{Kind: Percent, Value: decimal.NewFromInt(1).Sub(p)})
		}
		// Places 0 is the currency's minor unit: JPY's 0 stands in for it.
		opt := SplitOptions{Places: int32(places % 6)}
		if opt.Places == 0 {
			opt.Currency = "JPY"
		}
		got, err := s.Split(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), total, opt)
		if err != nil {
			// A negative total is a bad argument; anything else a bad schedule.
			if total.IsNegative() {
				require.ErrorIs(t, err, ErrInvalidInput)
			} else {
				require.ErrorIs(t, err, ErrInvalidSchedule)
			}
			return
		}
		sum := decimal.Zero
		for _, in := range got {
			require.False(t, in.Amount.IsNegative())
			sum = sum.Add(in.Amount)
		}
		require.True(t, sum.Equal(total.Round(int32(places%6))), "sum %s total %s", sum, total)
	})
}

// TestConcurrentCallers shares terms and calendars between goroutines; run
// with -race. Results must equal the sequential ones.
func TestConcurrentCallers(t *testing.T) {
	tm := MustParse("2/10, 1/20, net 45 EOM")
	cal := Combine(Weekend(0), NewHolidays(date(2026, 12, 25)))
	run := func() []string {
		inv := date(2026, 11, 20)
		due, err := tm.AdjustedDueDate(inv, cal, ModifiedFollowing)
		require.NoError(t, err)
		return []string{
			MustParse("月结30天").String(),
			due.String(),
			tm.DiscountRate(inv, date(2026, 12, 5)).String(),
			lateInterest(t, Interest{Amount: dec("1000"), AnnualRate: dec("0.1"), Due: date(2026, 1, 1), Paid: date(2026, 2, 1), DayCount: Actual360, Currency: "EUR"}),
		}
	}
	want := run()
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			require.Equal(t, want, run())
		}()
	}
	wg.Wait()
}

// lateInterest is LateInterest's result as text, failing t on an error.
func lateInterest(t testing.TB, in Interest) string {
	v, err := LateInterest(in)
	require.NoError(t, err)
	return v.String()
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		if _, err := Parse("2/10, 1/20, net 45"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDueDate(b *testing.B) {
	tm := MustParse("net 30 EOM")
	inv := date(2026, 1, 17)
	b.ReportAllocs()
	for range b.N {
		_ = tm.DueDate(inv)
	}
}

func BenchmarkDiscountRate(b *testing.B) {
	tm := MustParse("2/10, 1/20, net 45")
	inv, paid := date(2026, 1, 1), date(2026, 1, 30)
	b.ReportAllocs()
	for range b.N {
		_ = tm.DiscountRate(inv, paid)
	}
}

func BenchmarkDiscountRateOpen(b *testing.B) {
	tm := MustParse("2/10, 1/20, net 45")
	inv, paid := date(2026, 1, 1), date(2026, 1, 5)
	b.ReportAllocs()
	for range b.N {
		_ = tm.DiscountRate(inv, paid)
	}
}

// FuzzBusinessDays: on any weekend set and holidays, moving n ≥ 0 business
// days lands on a business day (or the date itself for 0) and counting
// the business days back gives n; no calendar panics, and one with no
// business day is ErrNoBusinessDay.
func FuzzBusinessDays(f *testing.F) {
	f.Add(int64(20_000), int16(10), uint8(0b1000001), uint8(3))
	f.Add(int64(0), int16(-7), uint8(0), uint8(0))
	f.Add(int64(-700_000), int16(300), uint8(0b1111111), uint8(9))
	f.Fuzz(func(t *testing.T, day int64, n int16, weekendMask uint8, holidays uint8) {
		date := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(day%1_000_000))
		var days []time.Weekday
		for d := range 7 {
			if weekendMask&(1<<d) != 0 {
				days = append(days, time.Weekday(d))
			}
		}
		var hs []time.Time
		for i := range int(holidays % 16) {
			hs = append(hs, date.AddDate(0, 0, i*3+1))
		}
		cal := Combine(Weekends(days...), NewHolidays(hs...))
		got, err := AddBusinessDays(date, int(n), cal)
		if len(days) == 7 && n != 0 {
			require.ErrorIs(t, err, ErrNoBusinessDay)
			return
		}
		require.NoError(t, err)
		if n == 0 {
			require.True(t, got.Equal(date))
			return
		}
		require.True(t, cal.IsBusinessDay(got), got.Format(time.DateOnly))
		if n > 0 {
			between, err := BusinessDaysBetween(date, got, cal)
			require.NoError(t, err)
			require.Equal(t, int(n), between)
		}
	})
}
