package aging

import (
	"time"

	"github.com/receivables-go/receivables/terms"
)

// An item's age is the civil days from its date, in the date's own
// location, to the as-of date ([terms.DaysBetween]). Ledgers repeat a few
// locations millions of times, and a location keeps one UTC offset for
// months at a time, so the ager remembers zone spans: the instants [start,
// end) of one location that share an offset, whose civil day is then
// floor((unix + offset) / 86400) — any time of day, no calendar arithmetic.

// zoneSpan is one span of one location's offset.
type zoneSpan struct {
	loc        *time.Location
	start, end int64 // Unix seconds, within ±maxCachedUnix
	offset     int64 // seconds east of UTC
}

// zoneSets is the number of sets of the span cache. An instant's set is its
// 48½-day window (unix >> 22) modulo zoneSets, so 34 years of dates never
// collide; each set has two ways, for the windows a change of offset (DST)
// cuts in two.
const zoneSets = 256

// maxCachedUnix bounds the spans (to about ±34,800 years around 1970), so
// that the day arithmetic on a cached span cannot overflow; instants beyond
// are aged by terms.DaysBetween.
const maxCachedUnix = 1 << 40

// dayBias shifts the seconds of a cached span's instants, with their offset,
// to non-negative numbers, so that their day is an unsigned division.
const (
	dayBiasDays = maxCachedUnix/86400 + 2
	dayBias     = dayBiasDays * 86400
)

// ageAt is the civil days from t, whose Unix seconds are u, to the as-of
// date.
func (a *ager) ageAt(t time.Time, u int64) int {
	if days, ok := a.cachedAge(t, u); ok {
		return days
	}
	return a.ageMiss(t, u)
}

// cachedAge is ageAt for the common case, an instant in the first span of
// its set; false otherwise. It inlines into the aging loop.
func (a *ager) cachedAge(t time.Time, u int64) (int, bool) {
	if z := &a.zones[uint64(u)>>22%zoneSets][0]; z.loc == t.Location() && u >= z.start && u < z.end {
		return int(a.asOfDay - z.day(u)), true
	}
	return 0, false
}

// day is the civil day of an instant u in the span.
func (z *zoneSpan) day(u int64) int64 {
	return int64(uint64(u+z.offset+dayBias)/86400) - dayBiasDays
}

// ageMiss is ageAt for an instant outside its set's first span: it tries
// the second (and makes it the first), or looks the span up and caches it.
func (a *ager) ageMiss(t time.Time, u int64) int {
	loc, set := t.Location(), &a.zones[uint64(u)>>22%zoneSets]
	if z := set[1]; z.loc == loc && u >= z.start && u < z.end {
		set[0], set[1] = z, set[0]
		return int(a.asOfDay - z.day(u))
	}
	if u < -maxCachedUnix || u >= maxCachedUnix {
		return terms.DaysBetween(t, a.asOf)
	}
	a.spanLookups++
	z := zoneSpan{loc: loc, start: -maxCachedUnix, end: maxCachedUnix}
	_, off := t.Zone()
	z.offset = int64(off)
	start, end := t.ZoneBounds() // the zero Time: unbounded
	if !start.IsZero() {
		z.start = max(z.start, start.Unix())
	}
	if !end.IsZero() {
		z.end = min(z.end, end.Unix())
	}
	set[0], set[1] = z, set[0]
	return int(a.asOfDay - z.day(u))
}

// zeroUnix is the Unix time of time.Time's zero value.
const zeroUnix = -62135596800
