package decfuzz

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recorder is a testing.TB that records failures instead of failing the
// test: the runners are tested by feeding them bad tables and asking
// whether they noticed. FailNow ends the goroutine, as testing's does.
type recorder struct {
	testing.TB // the real test, for Helper, Name, Logf…
	mu         sync.Mutex
	failed     bool
	msgs       []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.failed = true
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}
func (r *recorder) Error(args ...any)                 { r.Errorf("%s", fmt.Sprint(args...)) }
func (r *recorder) Fatalf(format string, args ...any) { r.Errorf(format, args...); r.FailNow() }
func (r *recorder) Fatal(args ...any)                 { r.Error(args...); r.FailNow() }
func (r *recorder) Fail()                             { r.mu.Lock(); r.failed = true; r.mu.Unlock() }
func (r *recorder) FailNow()                          { r.Fail(); runtime.Goexit() }
func (r *recorder) Failed() bool                      { r.mu.Lock(); defer r.mu.Unlock(); return r.failed }

// run calls check with a recorder on its own goroutine (FailNow ends it)
// and reports whether it failed and what it said.
func run(t *testing.T, check func(testing.TB)) (failed bool, said string) {
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		check(r)
	}()
	<-done
	return r.Failed(), strings.Join(r.msgs, "\n")
}

var errBad = errors.New("bad input")
var errOther = errors.New("other")

// guarded is a well-behaved entry: range first, naming field.
func guarded(field string) func(decimal.Decimal) error {
	return func(v decimal.Decimal) error {
		if err := money.CheckRange(field, v); err != nil {
			return fmt.Errorf("%w: %w", errBad, err)
		}
		if v.IsNegative() {
			return fmt.Errorf("%w: the total is negative", errBad)
		}
		return nil
	}
}

// days is a well-behaved day entry refusing counts below minDays.
func days(field string, minDays int) func(int) error {
	return func(d int) error {
		if d < minDays {
			return fmt.Errorf("%w: %s %d is below %d", errBad, field, d, minDays)
		}
		if err := money.CheckDays(field, d); err != nil {
			return fmt.Errorf("%w: %w", errBad, err)
		}
		return nil
	}
}

// goodSuite passes every check; each case below spoils one thing.
func goodSuite() Suite {
	return Suite{
		Entries: []Entry{{Field: "amount", Call: guarded("amount")}, {Field: "rate", Kind: errBad, Call: guarded("rate")}},
		Days:    []DayEntry{{Field: "days", Call: days("days", 1)}},
		Accept:  OneOf(errBad), Kind: errBad, DayKind: errBad, Phrase: "out of range", MinDays: 1,
		Want: FieldUnless("negative"),
	}
}

// short sets the time limit of one call to d for the rest of the test.
func short(t *testing.T, d time.Duration) {
	old := limit
	limit = d
	t.Cleanup(func() { limit = old })
}

// all runs every runner of s over every seed below.
func all(s Suite) func(testing.TB) {
	return func(t testing.TB) {
		s.CheckExtremes(t)
		s.CheckDays(t)
		for _, seed := range fuzzSeeds {
			for which := range uint8(len(s.Entries)) {
				s.FuzzDecimal(t, seed.b, seed.neg, which)
			}
		}
		for _, d := range []int{-5, 0, 1, 30, money.MaxDays, money.MaxDays + 1} {
			s.FuzzDays(t, d, 0)
		}
	}
}

var fuzzSeeds = []struct {
	b   []byte
	neg bool
}{
	{nil, false}, {[]byte{0xFE, 0x10}, false}, {[]byte{0xFE, 0x10}, true},
	{[]byte{0xFF, 0xFF, 0xFF, 0x7F, 1}, false}, {[]byte{0x00, 0x00, 0x00, 0x80, 1}, true},
}

func TestGoodSuitePasses(t *testing.T) {
	failed, said := run(t, all(goodSuite()))
	require.False(t, failed, said)
	// And on the real test, as a package's hostile_test.go calls it.
	all(goodSuite())(t)
}

// Every spoilt table makes the runner fail, and the failure names what
// went wrong.
func TestBadTablesFail(t *testing.T) {
	short(t, 50*time.Millisecond)
	slow := func(v decimal.Decimal) error { time.Sleep(80 * time.Millisecond); return guarded("amount")(v) }
	for _, tt := range []struct {
		name  string
		spoil func(*Suite)
		check func(Suite) func(testing.TB)
		says  string
	}{
		{"a panic", func(s *Suite) { s.Entries[0].Call = func(decimal.Decimal) error { panic("boom") } },
			extremes, "boom"},
		{"a panic in a day entry", func(s *Suite) { s.Days[0].Call = func(int) error { panic("boom") } },
			dayChecks, "boom"},
		{"an unnamed error", func(s *Suite) {
			s.Entries[1].Call = func(v decimal.Decimal) error { return fmt.Errorf("%w: out of range", errBad) }
		}, extremes, "rate"},
		{"a slow entry", func(s *Suite) { s.Entries[0].Call = slow }, extremes, "amount = 1e2147483647"},
		{"no error", func(s *Suite) { s.Entries[0].Call = func(decimal.Decimal) error { return nil } },
			extremes, "amount"},
		{"another package's error", func(s *Suite) {
			s.Entries[0].Call = func(v decimal.Decimal) error { return fmt.Errorf("%w: amount out of range", errOther) }
		}, extremes, "not one of the package's errors"},
		{"the wrong sentinel", func(s *Suite) { s.Accept = OneOf(errBad, errOther); s.Entries[1].Kind = errOther },
			extremes, "other"},
		{"no phrase", func(s *Suite) { s.Phrase = "beyond the pale" }, extremes, "beyond the pale"},
		{"a long message", func(s *Suite) {
			s.Entries[0].Call = func(decimal.Decimal) error {
				return fmt.Errorf("%w: amount out of range %s", errBad, strings.Repeat("9", 400))
			}
		}, extremes, "amount"},
		{"no Accept", func(s *Suite) { s.Accept = nil }, extremes, "needs Accept"},
		{"a day count accepted", func(s *Suite) { s.Days[0].Call = days("days", 0) }, dayChecks, "days = 0"},
		{"a day error unnamed", func(s *Suite) {
			s.Days[0].Call = func(int) error { return errBad }
		}, dayChecks, "days = "},
		{"a day error of the wrong kind", func(s *Suite) {
			s.Accept = OneOf(errBad, errOther)
			s.DayKind = errOther
		}, dayChecks, "other"},
		{"fuzz: a slow entry", func(s *Suite) { s.Entries[0].Call = slow }, fuzz(nil, false), "amount = 0"},
		{"fuzz: slow twice with RetrySlow", func(s *Suite) { s.Entries[0].Call = slow; s.RetrySlow = true },
			fuzz(nil, false), "amount = 0"},
		{"fuzz: an in-range error unnamed", func(s *Suite) {
			s.Entries[0].Call = func(decimal.Decimal) error { return errBad }
		}, fuzz([]byte{0xFE, 0x10}, false), "amount = 0.16"},
		{"fuzz: an out-of-range value accepted", func(s *Suite) {
			s.Entries[0].Call = func(decimal.Decimal) error { return nil }
		}, fuzz([]byte{0xFF, 0xFF, 0xFF, 0x7F, 1}, false), "amount"},
		{"fuzz: an in-range error of another package", func(s *Suite) {
			s.Entries[0].Call = func(decimal.Decimal) error { return fmt.Errorf("%w: amount", errOther) }
		}, fuzz([]byte{0xFE, 0x10}, false), "not one of the package's errors"},
		{"fuzz: no entries", func(s *Suite) { s.Entries = nil }, fuzz(nil, false), "no entries"},
		{"fuzz days: a bad count accepted", func(s *Suite) { s.MinDays = 0; s.Days[0].Call = days("days", -10) },
			fuzzDays(-1), "days = -1"},
		{"fuzz days: beyond MaxDays accepted", func(s *Suite) {
			s.Days[0].Call = func(int) error { return nil }
		}, fuzzDays(money.MaxDays + 1), "days = 3660001"},
		{"fuzz days: an error of another package", func(s *Suite) {
			s.Days[0].Call = func(int) error { return errOther }
		}, fuzzDays(30), "not one of the package's errors"},
		{"fuzz days: no entries", func(s *Suite) { s.Days = nil }, fuzzDays(30), "no day entries"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := goodSuite()
			tt.spoil(&s)
			failed, said := run(t, tt.check(s))
			require.True(t, failed, "the runner passed %s", tt.name)
			assert.Contains(t, said, tt.says)
		})
	}
}

func extremes(s Suite) func(testing.TB)  { return s.CheckExtremes }
func dayChecks(s Suite) func(testing.TB) { return s.CheckDays }
func fuzz(b []byte, neg bool) func(Suite) func(testing.TB) {
	return func(s Suite) func(testing.TB) { return func(t testing.TB) { s.FuzzDecimal(t, b, neg, 0) } }
}
func fuzzDays(d int) func(Suite) func(testing.TB) {
	return func(s Suite) func(testing.TB) { return func(t testing.TB) { s.FuzzDays(t, d, 0) } }
}

// A call slow only once passes with RetrySlow (the machine was busy), and
// fails without it.
func TestRetrySlow(t *testing.T) {
	short(t, 50*time.Millisecond)
	var calls int
	once := func(v decimal.Decimal) error {
		calls++
		if calls == 1 {
			time.Sleep(80 * time.Millisecond)
		}
		return guarded("amount")(v)
	}
	s := goodSuite()
	s.Entries = []Entry{{Field: "amount", Call: once}}
	s.RetrySlow = true
	failed, said := run(t, fuzz(nil, false)(s))
	require.False(t, failed, said)
	require.Equal(t, 2, calls)

	calls = 0
	s.RetrySlow = false
	failed, _ = run(t, fuzz(nil, false)(s))
	require.True(t, failed)
	require.Equal(t, 1, calls)
}

// Want: the field by default, other text, or none.
func TestWant(t *testing.T) {
	s := goodSuite()
	s.Entries = []Entry{{Field: "amount", Call: func(decimal.Decimal) error {
		return fmt.Errorf("%w: the periods are too few", errBad)
	}}}
	in := fuzz([]byte{0xFE, 0x10}, false)
	failed, _ := run(t, in(s))
	require.True(t, failed, "an error not naming the field")
	s.Want = func(string, error) string { return "periods" }
	failed, said := run(t, in(s))
	require.False(t, failed, said)
	s.Want = Unnamed
	failed, said = run(t, in(s))
	require.False(t, failed, said)
	s.Want = FieldUnless("too few")
	failed, said = run(t, in(s))
	require.False(t, failed, said)
	s.Want = FieldUnless("negative")
	failed, _ = run(t, in(s))
	require.True(t, failed)
}

func TestIndexAndBadDays(t *testing.T) {
	s := goodSuite()
	require.Equal(t, uint8(1), s.MustIndex("rate"))
	require.Panics(t, func() { s.MustIndex("nope") })
	require.Contains(t, BadDays(1), 0)
	require.Contains(t, BadDays(0), -1)
	require.Contains(t, BadDays(0), money.MaxDays+1)
}

func TestOneOf(t *testing.T) {
	accept := OneOf(errBad, errOther)
	require.True(t, accept(fmt.Errorf("wrapped: %w", errOther)))
	require.False(t, accept(errors.New("bad input")))
	require.False(t, OneOf()(errBad))
}
