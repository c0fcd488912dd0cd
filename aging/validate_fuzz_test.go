package aging_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// validateZones are the zones the items of FuzzValidateMatchesAge are
// dated in: UTC, zones with DST, the extremes of real offsets (+14 h
// Kiritimati, −11 h Pago Pago, Apia's skipped day) and fixed zones far
// beyond any real one, where a later instant can have an earlier date by
// days.
func validateZones(t testing.TB) []*time.Location {
	locs := []*time.Location{time.UTC}
	for _, name := range []string{"Europe/Berlin", "America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Pacific/Apia"} {
		loc, err := time.LoadLocation(name)
		require.NoError(t, err)
		locs = append(locs, loc)
	}
	for _, h := range []int{100, -100, 26, -26, 49} {
		locs = append(locs, time.FixedZone(fmt.Sprintf("UTC%+d", h), h*3600))
	}
	// Zones no government would make: every 9 days in 2026 the offset
	// jumps between +100 h and −100 h, or between +49 h and −1 h (just over
	// two days) — a later instant, across a change, has a date days
	// earlier.
	for _, offsets := range [][2]int32{{100 * 3600, -100 * 3600}, {49*3600 + 1, -3600}, {-3600, 47 * 3600}} {
		loc, err := time.LoadLocationFromTZData("Jumpy", jumpyZone(offsets))
		require.NoError(t, err)
		locs = append(locs, loc)
	}
	return locs
}

// jumpyZone is TZif (version 1) data of a zone whose offset alternates
// between two values every 9 days of 2026.
func jumpyZone(offsets [2]int32) []byte {
	be := func(v int32) []byte { return []byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)} }
	var transitions []int32
	for u := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Unix(); u < time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC).Unix(); u += 9 * 86400 {
		transitions = append(transitions, int32(u))
	}
	out := append([]byte("TZif"), make([]byte, 16)...)
	for _, count := range []int32{0, 0, 0, int32(len(transitions)), 2, 4} { // isut, isstd, leap, time, type, char
		out = append(out, be(count)...)
	}
	for _, u := range transitions {
		out = append(out, be(u)...)
	}
	for i := range transitions {
		out = append(out, byte(i%2))
	}
	for _, off := range offsets {
		out = append(out, be(off)...)
		out = append(out, 0, 0) // not DST; abbreviation at 0
	}
	return append(out, "JMP\x00"...)
}

// FuzzValidateMatchesAge: the aging loop's inline checks reject exactly the
// items Item.Validate rejects, naming the same field. Each run ages one
// item built from the fuzzer's numbers — issue instant, due instant as an
// offset from it, the zones of each, the amount's coefficient, exponent
// and digit count, which field to empty — and a batch built from seed
// around it (due dates a day either side of the issue date in zones far
// apart, huge exponents, 80- and 81-digit amounts, empty fields, zero
// times, blank and padded names), by due date and by invoice date,
// collecting errors and not.
func FuzzValidateMatchesAge(f *testing.F) {
	const day = 86400
	june := time.Date(2026, 6, 10, 12, 0, 0, 0, time.UTC).Unix()
	f.Add(uint64(1), uint8(40), june, int64(-day), uint8(0), uint8(0), int64(12345), int32(-2), uint8(0), uint8(0))
	f.Add(uint64(2), uint8(10), june, int64(3*day), uint8(6), uint8(0), int64(1), int32(0), uint8(0), uint8(0))    // +100 h issued, UTC due
	f.Add(uint64(3), uint8(10), june, int64(-3*day), uint8(0), uint8(7), int64(1), int32(0), uint8(0), uint8(0))   // −100 h due
	f.Add(uint64(4), uint8(5), june, int64(0), uint8(3), uint8(4), int64(-5), int32(41), uint8(0), uint8(0))       // exponent 41
	f.Add(uint64(5), uint8(5), june, int64(30*day), uint8(1), uint8(1), int64(9), int32(-40), uint8(81), uint8(0)) // 81 digits
	f.Add(uint64(6), uint8(5), june, int64(day/2), uint8(5), uint8(5), int64(7), int32(1), uint8(80), uint8(3))    // 80 digits, no customer
	f.Add(uint64(7), uint8(0), int64(1)<<41, int64(-day), uint8(2), uint8(8), int64(1), int32(0), uint8(0), uint8(5))
	f.Add(uint64(8), uint8(20), june, int64(day), uint8(0), uint8(0), int64(3), int32(0), uint8(0), uint8(16))   // blank customer
	f.Add(uint64(9), uint8(20), june, int64(day), uint8(0), uint8(0), int64(3), int32(0), uint8(0), uint8(160))  // blank currency
	f.Add(uint64(10), uint8(20), june, int64(day), uint8(0), uint8(0), int64(3), int32(0), uint8(0), uint8(192)) // padded customer
	locs := validateZones(f)
	asOfs := []time.Time{asOf, time.Date(2026, 6, 9, 23, 0, 0, 0, locs[7])}
	f.Fuzz(func(t *testing.T, seed uint64, n uint8, issuedU, dueDelta int64, issuedZone, dueZone uint8, coef int64, exp int32, digits, empty uint8) {
		const span = 1 << 45 // ±1.1 million years: inside time.Time's range
		issued := time.Unix(issuedU%span, 0).In(locs[int(issuedZone)%len(locs)])
		due := time.Unix(issuedU%span+dueDelta%(400*day), 0).In(locs[int(dueZone)%len(locs)])
		items := []aging.Item{fuzzItem("F", issued, due, amount(coef, exp, int(digits)), empty)}
		rng := rand.New(rand.NewPCG(seed, 7))
		for i := range int(n % 64) {
			items = append(items, randomItem(rng, fmt.Sprint("R", i), locs))
		}
		for _, opt := range []aging.Options{{}, {Basis: aging.DaysSinceInvoice}} {
			for _, at := range asOfs {
				requireSameVerdict(t, at, items, opt)
			}
		}
	})
}

// requireSameVerdict ages items collecting errors and checks the rejected
// are exactly the items Validate rejects, with its errors; then without
// collecting, that the error is the first bad item's.
func requireSameVerdict(t *testing.T, at time.Time, items []aging.Item, opt aging.Options) {
	t.Helper()
	var want []aging.ItemError
	var first error
	for _, it := range items {
		if err := it.Validate(); err != nil {
			var ie aging.ItemError
			require.ErrorAs(t, err, &ie)
			want = append(want, ie)
			if first == nil {
				first = err
			}
		}
	}
	slices.SortFunc(want, func(x, y aging.ItemError) int { return strings.Compare(x.Ref, y.Ref) })
	opt.CollectErrors = true
	r, err := aging.AgeSlice(at, items, opt)
	require.NoError(t, err)
	require.Equal(t, want, slices.Clip(r.Rejected), "as of %s, %s", at, opt.Basis)
	counted := 0
	for _, row := range r.Customers {
		counted += row.Items
	}
	require.Equal(t, len(items)-len(want), counted)
	opt.CollectErrors = false
	_, err = aging.AgeSlice(at, items, opt)
	require.Equal(t, first, err)
}

// amount is coef × 10^exp, or with digits ≥ 70 a coefficient of that many
// nines.
func amount(coef int64, exp int32, digits int) decimal.Decimal {
	if digits >= 70 && digits <= 90 {
		return decimal.RequireFromString(strings.Repeat("9", digits)).Shift(exp % 50)
	}
	return decimal.New(coef, exp)
}

// fuzzItem is an item with the fields empty bit by bit: 1 customer, 2
// currency, 4 issue date, 8 due date; and blank (white space only) or
// padded names: 16 customer, 32 currency blank, 64 customer padded with
// spaces (not blank), the high bit picking the white space.
func fuzzItem(ref string, issued, due time.Time, open decimal.Decimal, empty uint8) aging.Item {
	it := aging.Item{Ref: ref, Customer: "C" + ref[:1], Currency: "EUR", Issued: issued, Due: due, Open: open}
	space := " "
	if empty&128 != 0 {
		space = "\t\u00a0\u3000" // tab, no-break space, ideographic space
	}
	if empty&16 != 0 {
		it.Customer = space
	}
	if empty&32 != 0 {
		it.Currency = space + space
	}
	if empty&64 != 0 {
		it.Customer = space + it.Customer + space
	}
	if empty&1 != 0 {
		it.Customer = ""
	}
	if empty&2 != 0 {
		it.Currency = ""
	}
	if empty&4 != 0 {
		it.Issued = time.Time{}
	}
	if empty&8 != 0 {
		it.Due = time.Time{}
	}
	return it
}

// randomItem is an item dated around June 2026 whose due date is, most
// often, within a day and a half of its issue date, in the same zone or
// another.
func randomItem(rng *rand.Rand, ref string, locs []*time.Location) aging.Item {
	const day = 86400
	u := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC).Unix() + rng.Int64N(60*day)
	delta := rng.Int64N(3*day) - 3*day/2
	if rng.IntN(4) == 0 {
		delta = rng.Int64N(60 * day)
	}
	issuedLoc, dueLoc := locs[rng.IntN(len(locs))], locs[rng.IntN(len(locs))]
	if rng.IntN(2) == 0 { // one location, whose offset may change in between
		dueLoc = issuedLoc
	}
	issued := time.Unix(u, 0).In(issuedLoc)
	due := time.Unix(u+delta, 0).In(dueLoc)
	open := decimal.New(rng.Int64N(2_000_000)-100_000, -2)
	switch rng.IntN(12) {
	case 0:
		open = decimal.New(rng.Int64N(100), int32(rng.IntN(90)-45)) // exponents around ±40
	case 1:
		open = amount(0, int32(rng.IntN(10)-5), 79+rng.IntN(3)) // 79, 80, 81 digits
	}
	empty := uint8(0)
	if rng.IntN(10) == 0 {
		empty = uint8(1<<rng.IntN(7)) | uint8(rng.IntN(2)<<7)
	}
	return fuzzItem(ref, issued, due, open, empty)
}
