package decfuzz

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// Entry is one decimal input of one entry point: the field its error must
// name, and a call with v in that field and every other input good.
type Entry struct {
	Field string
	// Kind is the sentinel an out-of-range value must wrap; nil means
	// the Suite's Kind.
	Kind error
	Call func(v decimal.Decimal) error
}

// DayEntry is one count of days (or months) of one entry point: the field
// its error must name, and a call with days in that field and every other
// input good.
type DayEntry struct {
	Field string
	// Kind is the sentinel a bad count must wrap; nil means the Suite's
	// DayKind.
	Kind error
	Call func(days int) error
}

// Suite is one package's range-guard tests (issue 25): its entries and
// what its errors must be. The zero value of every field but Accept asks
// for nothing beyond the common rules, which are: an entry answers within
// a second and never panics; an error is one of the package's (Accept),
// shorter than MaxMessage bytes; and a value out of money's range, or a
// day count out of bounds, is an error naming the entry's field.
type Suite struct {
	Entries []Entry
	Days    []DayEntry
	// Accept reports whether an error is one of the package's sentinels
	// (see OneOf). Required: a Suite without it fails every check.
	Accept func(error) bool
	// Kind is the sentinel every out-of-range decimal must wrap (an
	// Entry's own Kind comes first); nil: Accept is enough.
	Kind error
	// DayKind is the sentinel every bad day count must wrap (a DayEntry's
	// own Kind comes first); nil: Accept is enough.
	DayKind error
	// Phrase is text every error for an extreme decimal must hold beyond
	// the field, e.g. "out of range"; "" asks for none.
	Phrase string
	// Want says what the error of an in-range decimal must hold: nil
	// means the entry's field; a function returns the text it must hold,
	// "" for nothing (an error that is about the whole input, not the
	// field — "more than the total").
	Want func(field string, err error) string
	// RetrySlow calls a fuzzed entry once more when it took a second or
	// more, in case the machine, not the call, was slow; a stall is slow
	// twice. false: one call must be quick.
	RetrySlow bool
	// MinDays is the smallest good day count: counts below it and above
	// money.MaxDays are bad. 0 means 0 (a period of no days is good).
	MinDays int
}

// MaxMessage bounds every error message: a value is never printed in
// full (before issue 25 a billion-digit value was).
const MaxMessage = 300

// limit is how long one call may take; the package's own test shortens it.
var limit = time.Second

// OneOf reports whether an error wraps one of sentinels: a Suite's Accept.
func OneOf(sentinels ...error) func(error) bool {
	return func(err error) bool {
		for _, s := range sentinels {
			if errors.Is(err, s) {
				return true
			}
		}
		return false
	}
}

// MustIndex is the position of the first entry of field, for seeds that name
// the entry they feed (f.Add(…, s.MustIndex("unit"))). It panics on a field
// no entry has: a seed that would feed another entry is a bug.
func (s Suite) MustIndex(field string) uint8 {
	for i, e := range s.Entries {
		if e.Field == field {
			return uint8(i)
		}
	}
	panic("decfuzz: no entry " + field)
}

// CheckExtremes calls every entry with every one of Extremes: each must
// answer within a second, without a panic, with an error that is one of
// the package's (Accept), wraps the entry's Kind (or the Suite's), names
// the field, holds Phrase and is shorter than MaxMessage.
func (s Suite) CheckExtremes(t testing.TB) {
	t.Helper()
	for i, e := range s.Entries {
		for _, v := range Extremes() {
			what := fmt.Sprintf("entry %d %s = %s", i, e.Field, money.Show(v))
			took, err := call(t, what, e.Call, v)
			require.Less(t, took, limit, what)
			s.rangeError(t, e, err, what)
			if s.Phrase != "" {
				require.Contains(t, err.Error(), s.Phrase, what)
			}
		}
	}
}

// BadDays are the counts every DayEntry must refuse, given the smallest
// good count: the int edges, a count just out of either bound, −1 and
// 2³¹−1.
func BadDays(minDays int) []int {
	return []int{math.MaxInt, math.MinInt, -1, minDays - 1, money.MaxDays + 1, math.MaxInt32}
}

// CheckDays calls every day entry with every one of BadDays(MinDays):
// each must fail with DayKind (or the entry's Kind), naming the field,
// without a panic and in a short message.
func (s Suite) CheckDays(t testing.TB) {
	t.Helper()
	for i, e := range s.Days {
		for _, d := range BadDays(s.MinDays) {
			what := fmt.Sprintf("entry %d %s = %d", i, e.Field, d)
			_, err := call(t, what, e.Call, d)
			s.dayError(t, e, err, what)
		}
	}
}

// FuzzDecimal is the body of a package's FuzzDecimalInputs: it calls
// entry which (modulo their number) with Decimal(b, neg). The call must
// be quick (see RetrySlow); a value out of range must fail as in
// CheckExtremes (Phrase aside); any other error must be one of the
// package's, short, and hold what Want says.
func (s Suite) FuzzDecimal(t testing.TB, b []byte, neg bool, which uint8) {
	t.Helper()
	require.NotEmpty(t, s.Entries, "no entries")
	e := s.Entries[int(which)%len(s.Entries)]
	v := Decimal(b, neg)
	what := fmt.Sprintf("%s = %s", e.Field, money.Show(v))
	took, err := call(t, what, e.Call, v)
	if took >= limit && s.RetrySlow {
		took, err = call(t, what, e.Call, v)
	}
	require.Less(t, took, limit, what)
	if !money.InRange(v) {
		s.rangeError(t, e, err, what)
		return
	}
	if err == nil {
		return
	}
	s.accepted(t, err, what)
	want := e.Field
	if s.Want != nil {
		want = s.Want(e.Field, err)
	}
	if want != "" {
		require.Contains(t, err.Error(), want, what)
	}
}

// FuzzDays is the body of a package's FuzzDayInputs: it calls day entry
// which (modulo their number) with days. A bad count (below MinDays or
// above money.MaxDays) must fail as in CheckDays; any other error must be
// one of the package's and short.
func (s Suite) FuzzDays(t testing.TB, days int, which uint8) {
	t.Helper()
	require.NotEmpty(t, s.Days, "no day entries")
	e := s.Days[int(which)%len(s.Days)]
	what := fmt.Sprintf("%s = %d", e.Field, days)
	_, err := call(t, what, e.Call, days)
	if days < s.MinDays || days > money.MaxDays {
		s.dayError(t, e, err, what)
		return
	}
	if err != nil {
		s.accepted(t, err, what)
	}
}

// rangeError requires the error of an out-of-range decimal: one of the
// package's, wrapping the entry's kind, naming the field, short.
func (s Suite) rangeError(t testing.TB, e Entry, err error, what string) {
	t.Helper()
	s.refused(t, e.Field, cmpOr(e.Kind, s.Kind), err, what)
}

// dayError requires the error of a bad day count, as rangeError.
func (s Suite) dayError(t testing.TB, e DayEntry, err error, what string) {
	t.Helper()
	s.refused(t, e.Field, cmpOr(e.Kind, s.DayKind), err, what)
}

// refused requires an error that is one of the package's, wraps kind
// (unless nil), names field and is short.
func (s Suite) refused(t testing.TB, field string, kind, err error, what string) {
	t.Helper()
	require.Error(t, err, what)
	s.accepted(t, err, what)
	if kind != nil {
		require.ErrorIs(t, err, kind, what)
	}
	require.Contains(t, err.Error(), field, what)
}

// accepted requires err to be one of the package's, in a short message.
func (s Suite) accepted(t testing.TB, err error, what string) {
	t.Helper()
	require.NotNil(t, s.Accept, "decfuzz: a Suite needs Accept")
	require.True(t, s.Accept(err), "%s: not one of the package's errors: %v", what, err)
	require.Less(t, len(err.Error()), MaxMessage, "%s: %.80s…", what, err)
}

// call runs f(v) and times it; a panic fails the test, naming the entry
// and the value, instead of ending the whole run.
func call[V any](t testing.TB, what string, f func(V) error, v V) (took time.Duration, err error) {
	t.Helper()
	start := time.Now()
	var panicked any
	func() {
		defer func() { panicked = recover() }()
		err = f(v)
	}()
	took = time.Since(start)
	if panicked != nil {
		require.Fail(t, "panic", "%s: %v", what, panicked)
	}
	return took, err
}

// cmpOr is the first of a and b that is not nil.
func cmpOr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// FieldUnless is a Want that asks for the field unless the message holds
// one of phrases (an error about the whole input, not one field).
func FieldUnless(phrases ...string) func(field string, err error) string {
	return func(field string, err error) string {
		for _, p := range phrases {
			if strings.Contains(err.Error(), p) {
				return ""
			}
		}
		return field
	}
}

// Unnamed is a Want that asks the error of an in-range value for no text:
// for packages whose rules fail on the whole input (a limit exceeded),
// not on the one field fed.
func Unnamed(string, error) string { return "" }
