package aging

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// The fast paths of the ager — int64 sums, the row cache — must give the
// same numbers as the exact paths, so a report cannot tell them apart.
// These tests look inside to check the fast paths are actually taken and
// that their overflow checks sit exactly on the edge.

func TestAdd64AndMulInt64Edges(t *testing.T) {
	for _, tc := range []struct {
		x, y int64
		ok   bool
	}{
		{math.MaxInt64, 0, true}, {math.MaxInt64 - 1, 1, true}, {math.MaxInt64, 1, false},
		{math.MinInt64, 0, true}, {math.MinInt64 + 1, -1, true}, {math.MinInt64, -1, false},
		{math.MaxInt64, math.MinInt64, true}, {-5, 3, true},
	} {
		s, ok := add64(tc.x, tc.y)
		require.Equal(t, tc.ok, ok, "%d + %d", tc.x, tc.y)
		if ok {
			require.Equal(t, tc.x+tc.y, s)
		}
	}
	for _, tc := range []struct {
		a, b int64
		want int64
		ok   bool
	}{
		{0, math.MinInt64, 0, true}, {math.MinInt64, 0, 0, true}, {math.MinInt64, 1, 0, false}, {1, math.MinInt64, 0, false},
		{math.MaxInt64, 1, math.MaxInt64, true}, {math.MaxInt64, -1, -math.MaxInt64, true}, {math.MaxInt64, 2, 0, false},
		{3037000499, 3037000499, 9223372030926249001, true}, {3037000500, 3037000500, 0, false},
		{-4, 5, -20, true}, {-4, -5, 20, true}, {1 << 32, 1 << 31, 0, false}, {1 << 31, 1 << 31, 1 << 62, true},
	} {
		got, ok := mulInt64(tc.a, tc.b)
		require.Equal(t, tc.ok, ok, "%d × %d", tc.a, tc.b)
		require.Equal(t, tc.want, got, "%d × %d", tc.a, tc.b)
	}
}

func TestZeroUnixIsTheZeroTime(t *testing.T) {
	require.Equal(t, time.Time{}.Unix(), int64(zeroUnix))
	// An instant in the zero second but not the zero time is not rejected.
	it := Item{Ref: "Z", Customer: "A", Currency: "EUR", Issued: time.Time{}.Add(time.Nanosecond), Due: asOf, Open: dec("1")}
	_, err := AgeSlice(asOf, []Item{it}, Options{})
	require.NoError(t, err)
}

func TestRowTotalOverflowsExactly(t *testing.T) {
	var r row
	r.exp = -2
	r.coef[sumBucket] = math.MaxInt64
	r.coef[sumBucket+1] = 1
	// (2^63 − 1 + 1) cents, beyond an int64: summed exactly.
	requireDecimal(t, "92233720368547758.08", r.total(sumBucket, sumBucket+2))
	r.coef[sumBucket+1] = -1
	requireDecimal(t, "92233720368547758.06", r.total(sumBucket, sumBucket+2))
	r.coef[sumBucket], r.coef[sumBucket+1] = math.MinInt64, -1
	requireDecimal(t, "-92233720368547758.09", r.total(sumBucket, sumBucket+2))
	require.True(t, (&row{}).total(sumBucket, sumBucket+5).IsZero())
}

func TestFastPathsAreTaken(t *testing.T) {
	// 40 customers sharing their strings, 2,000 positive items of two places
	// in the first five buckets: every amount goes to the int64 hot sums
	// (the exact sums stay untouched), and the index misses once per row —
	// growing the index re-enters the rows rather than missing again.
	var items []Item
	names := make([]string, 40)
	for i := range names {
		names[i] = fmt.Sprintf("C%02d", i)
	}
	for i := range 2000 {
		it := item(fmt.Sprintf("I%d", i), names[i%40], []string{"EUR", "USD"}[i%40%2], i%200-50, "0")
		it.Open = decimal.New(int64(i*37%100_000+1), -2)
		items = append(items, it)
	}
	a, err := newAger(asOf, Options{})
	require.NoError(t, err)
	require.NoError(t, a.addSlice(items))
	require.Len(t, a.hot, 40)
	require.Equal(t, 40, a.misses)
	require.Equal(t, 40, a.indexed)
	require.Empty(t, a.rows) // the exact sums: not even allocated
	for g := range a.hot {
		require.Equal(t, int8(-2), a.meta[g].exp)
		require.Equal(t, int32(50), a.meta[g].items)
	}
	// Amounts with three places flush a row's hot sums once and go on in
	// the hot sums at the new exponent, still without spilling.
	require.NoError(t, a.add(&Item{Ref: "K", Customer: names[0], Currency: "EUR", Issued: asOf, Due: asOf, Open: dec("0.001")}))
	require.Len(t, a.rows, 40)
	require.Nil(t, a.rows[0].spill)
	require.Equal(t, int32(-2), a.rows[0].exp)
	require.Equal(t, int8(-3), a.meta[0].exp)
	require.NoError(t, a.add(&Item{Ref: "L", Customer: names[0], Currency: "EUR", Issued: asOf, Due: asOf, Open: dec("0.01")}))
	require.Equal(t, int8(-3), a.meta[0].exp)
	// Strings equal in value at another address miss the index but find
	// the row by value.
	again := Item{Ref: "X", Customer: string([]byte(names[1])), Currency: string([]byte("USD")), Issued: asOf, Due: asOf, Open: dec("1")}
	require.NoError(t, a.add(&again))
	require.Len(t, a.hot, 40)
	require.Equal(t, 41, a.misses)
	require.Equal(t, int32(51), a.meta[1].items)
}

// zones are the locations the span cache is checked in: no DST, northern
// and southern DST, a 30-minute DST (Lord Howe), a +5:45 offset, Samoa's
// skipped 2011-12-30, Santiago's changes at local midnight (the instant of
// the autumn change is 23:00 of one day on the new offset, 00:00 of the
// next on the old), and a fixed zone.
func zones(t testing.TB) []*time.Location {
	var locs []*time.Location
	for _, name := range []string{"UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney",
		"Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Apia", "Asia/Shanghai", "America/Santiago"} {
		loc, err := time.LoadLocation(name)
		require.NoError(t, err)
		locs = append(locs, loc)
	}
	return append(locs, time.FixedZone("UTC-0930", -(9*3600+30*60)))
}

func TestHotSumsLeaveExponents19ApartToTheExactSums(t *testing.T) {
	// 10^19 does not fit an int64, so an amount 19 places coarser than the
	// hot sums cannot be scaled to them: it is added exactly.
	r, err := AgeSlice(asOf, []Item{
		{Ref: "A", Customer: "C", Currency: "EUR", Issued: asOf, Due: asOf, Open: dec("1.25")},
		{Ref: "B", Customer: "C", Currency: "EUR", Issued: asOf, Due: asOf, Open: decimal.New(3, 17)},
		{Ref: "D", Customer: "C", Currency: "EUR", Issued: asOf, Due: asOf, Open: decimal.New(7, 16)},
	}, Options{})
	require.NoError(t, err)
	requireDecimal(t, "370000000000000001.25", r.Customers[0].Total)
	requireDecimal(t, "370000000000000001.25", r.Customers[0].Debit)
}

func TestAgeAtMatchesDaysBetween(t *testing.T) {
	locs := zones(t)
	// Every change of offset from 2000 to 2030 in each zone: the instants
	// just before, at and just after it.
	var changes []int64
	for _, loc := range locs {
		for tm := time.Date(2000, 1, 1, 0, 0, 0, 0, loc); tm.Year() < 2030; {
			_, end := tm.ZoneBounds()
			if end.IsZero() {
				break
			}
			changes = append(changes, end.Unix()-1, end.Unix(), end.Unix()+1)
			tm = end
		}
	}
	require.Greater(t, len(changes), 900)
	// As of dates in three zones, and before 1970 and in year 1, where a
	// civil day's first second is a negative multiple of 86,400.
	for _, asOf := range []time.Time{time.Date(2026, 3, 29, 1, 30, 0, 0, locs[0]), time.Date(2026, 3, 29, 1, 30, 0, 0, locs[4]),
		time.Date(2026, 3, 29, 1, 30, 0, 0, locs[6]), time.Date(1965, 7, 1, 0, 0, 0, 0, locs[1]), time.Date(1, 1, 2, 12, 0, 0, 0, time.UTC)} {
		a, err := newAger(asOf, Options{})
		require.NoError(t, err)
		// Every 97 minutes over four years around 2026 (every DST change,
		// every time of day), then far dates in both directions.
		var instants []int64
		for u := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Unix(); u < time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC).Unix(); u += 97 * 60 {
			instants = append(instants, u)
		}
		instants = append(instants, zeroUnix+86400, -1, 0, 1, 86399, 86400, 1<<40, 1<<40+1, -1<<40-1,
			time.Date(2011, 12, 29, 23, 59, 59, 0, locs[6]).Unix(), time.Date(2011, 12, 31, 0, 0, 0, 0, locs[6]).Unix(),
			time.Date(9999, 12, 31, 23, 0, 0, 0, time.UTC).Unix(), time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC).Unix())
		instants = append(instants, changes...)
		for _, loc := range locs {
			for _, u := range instants {
				tm := time.Unix(u, 0).In(loc)
				require.Equal(t, terms.DaysBetween(tm, a.asOf), a.ageAt(tm, u), "%s as of %s", tm, a.asOf)
			}
		}
	}
}

func TestSpanCacheHoldsBothSidesOfADSTChange(t *testing.T) {
	berlin := zones(t)[1]
	a, err := newAger(asOf, Options{})
	require.NoError(t, err)
	// Instants alternating across 2026-03-29 02:00 CET → 03:00 CEST, at
	// every time of day: two span lookups, however many instants.
	change := time.Date(2026, 3, 29, 3, 0, 0, 0, berlin).Unix()
	for i := range int64(2000) {
		for _, u := range []int64{change - 1 - i*97, change + i*89} {
			tm := time.Unix(u, 0).In(berlin)
			require.Equal(t, terms.DaysBetween(tm, a.asOf), a.ageAt(tm, u))
		}
	}
	require.Equal(t, 2, a.spanLookups)
}

// FuzzAgeAtMatchesDaysBetween: the span cache's age of any instant, in any
// of the zones, as of any date, is terms.DaysBetween's — also after other
// instants have filled the cache.
func FuzzAgeAtMatchesDaysBetween(f *testing.F) {
	f.Add(int64(1774746000), int64(1), uint8(1), uint8(0), int64(1782000000))
	f.Add(int64(1325239199), int64(86400), uint8(6), uint8(6), int64(1325300000))
	f.Add(int64(-62135510400), int64(-1), uint8(8), uint8(3), int64(0))
	locs := zones(f)
	f.Fuzz(func(t *testing.T, u, step int64, loc, asOfLoc uint8, asOfU int64) {
		const span = 1 << 45 // ±1.1 million years: inside time.Time's range
		u, asOfU = u%span, asOfU%span
		in := locs[int(loc)%len(locs)]
		a, err := newAger(time.Unix(asOfU, 0).In(locs[int(asOfLoc)%len(locs)]), Options{})
		require.NoError(t, err)
		for i := range int64(8) {
			v := u + i*(step%(1<<20))
			tm := time.Unix(v, 0).In(in)
			require.Equal(t, terms.DaysBetween(tm, a.asOf), a.ageAt(tm, v), "%s as of %s", tm, a.asOf)
		}
	})
}

func TestHotSumsOverflowToTheExactSums(t *testing.T) {
	// Twelve credits of −9×10^17 overflow an int64 in the hot bucket and
	// credit sums at the eleventh: the hot sums are flushed into the exact
	// ones and start again, and the report adds both exactly. Merged with
	// another ager's −5.4×10^18 (and an empty row), the hot sums overflow
	// again and the merge goes exact too.
	items := func(n int, ref string) []Item {
		var out []Item
		for i := range n {
			out = append(out, Item{Ref: fmt.Sprint(ref, i), Customer: "C", Currency: "EUR", Issued: asOf, Due: asOf,
				Open: decimal.New(-900_000_000_000_000_000, 0)})
		}
		return append(out, Item{Ref: ref + "Z", Customer: "Z", Currency: "EUR", Issued: asOf, Due: asOf, Open: dec("0")})
	}
	a, err := newAger(asOf, Options{})
	require.NoError(t, err)
	require.NoError(t, a.addSlice(items(12, "A")))
	require.NotEmpty(t, a.rows) // the overflow flushed the hot sums
	r := a.report(1)
	requireDecimal(t, "-10800000000000000000", r.Customers[0].Total)
	requireDecimal(t, "-10800000000000000000", r.Customers[0].Credit)
	requireDecimal(t, "0", r.Customers[0].Debit)

	x, err := newAger(asOf, Options{})
	require.NoError(t, err)
	require.NoError(t, x.addSlice(items(6, "X")))
	y, err := newAger(asOf, Options{})
	require.NoError(t, err)
	require.NoError(t, y.addSlice(items(6, "Y")))
	require.Empty(t, x.rows) // −5.4×10^18 each: still in the hot sums
	require.Empty(t, y.rows)
	x.mergeAger(y)
	m := x.report(1)
	requireDecimal(t, "-10800000000000000000", m.Customers[0].Total)
	requireDecimal(t, "-10800000000000000000", m.Customers[0].Amounts[0])
	require.Equal(t, 12, m.Customers[0].Items)
	require.Equal(t, "Z", m.Customers[1].Customer)
	require.Equal(t, 2, m.Customers[1].Items)
	requireDecimal(t, "0", m.Customers[1].Total)
}
