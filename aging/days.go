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
	// safeFrom is where issue dates stop needing a look-up for an item
	// due in the span (see sameSpan): the start of the span before when
	// that span's offset is at most two days east of this one's, else
	// start.
	safeFrom int64
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
	z.safeFrom = z.start
	if z.start > -maxCachedUnix { // the span before: its start and offset
		before := time.Unix(z.start-1, 0).In(loc)
		_, prev := before.Zone()
		if prevStart, _ := before.ZoneBounds(); int64(prev)-z.offset <= 2*86400 {
			z.safeFrom = -maxCachedUnix
			if !prevStart.IsZero() {
				z.safeFrom = max(z.safeFrom, prevStart.Unix())
			}
		}
	}
	set[0], set[1] = z, set[0]
	return int(a.asOfDay - z.day(u))
}

// sameSpan reports whether an item whose issue instant iu is at least two
// days before its due instant du cannot be due before it is issued,
// without looking up the issue date: both dates in one location, the due
// date in the span its age was just read from (first in its set), and the
// issue date in that span — one offset, so the later instant cannot have
// the earlier date — or in the span before, if that span's offset is at
// most two days east of the due span's (the ≥ two days between the
// instants then outweigh the offsets; a daylight-saving change between
// issue and due is such a case). It assumes nothing of the offsets, so it
// holds for any zone, however far from UTC.
func (a *ager) sameSpan(it *Item, iu, du int64) bool {
	// z is the due date's span, of its location: its age was just read
	// from z (cachedAge and ageMiss leave the span first in its set), or
	// du is beyond the cached instants and so past z.end (du > iu ≥
	// z.safeFrom ≥ −maxCachedUnix rules out the other side).
	z := &a.zones[uint64(du)>>22%zoneSets][0]
	return it.Issued.Location() == z.loc && iu >= z.safeFrom && du < z.end
}

// zeroUnix is the Unix time of time.Time's zero value.
const zeroUnix = -62135596800
