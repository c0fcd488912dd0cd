package discount

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/receivables-go/receivables/internal/decfuzz"
	"github.com/receivables-go/receivables/internal/money"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// decimalEntry is one decimal input of one entry point: the field its
// error must name, the sentinel an out-of-range value wraps (the one the
// field's other checks use), and a call with v in that field and every
// other input good.
type decimalEntry struct {
	field string
	kind  error
	call  func(v decimal.Decimal) error
}

// decimalEntries lists every decimal input of every exported entry point
// of the package (issue 25: each one is checked against money's range
// before any arithmetic or comparison).
func decimalEntries() []decimalEntry {
	amount, rate := decimal.NewFromInt(10_000), decimal.RequireFromString("0.08")
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	twoTen := terms.MustParse("2/10 net 30")
	decide := func(amount, funds decimal.Decimal) error {
		_, err := Decide(Invoice{Terms: twoTen, Issued: day, Amount: amount, Currency: "EUR"}, Funding{CostOfFunds: funds})
		return err
	}
	sliding := func(amount, apr decimal.Decimal) error {
		_, err := SlidingDiscount(day, Payable{Ref: "P1", Amount: amount, Currency: "EUR", Due: day.AddDate(0, 0, 30)}, Pricing{APR: apr})
		return err
	}
	batch := func(amount, apr, budget decimal.Decimal) error {
		ps := []Payable{{Ref: "P1", Amount: decimal.NewFromInt(500), Currency: "EUR", Due: day.AddDate(0, 0, 20)},
			{Ref: "P2", Amount: amount, Currency: "EUR", Due: day.AddDate(0, 0, 30)}}
		_, _, err := Batch(day, ps, Pricing{APR: apr}, budget)
		return err
	}
	program := func(f func(*Program, decimal.Decimal)) func(decimal.Decimal) error {
		return func(v decimal.Decimal) error {
			p := Program{AnnualSales: amount, Rate: decimal.RequireFromString("0.01"), TakeUp: decimal.RequireFromString("0.5"),
				CurrentDSO: decimal.NewFromInt(50), TakersDSO: decimal.NewFromInt(10), CostOfCapital: rate,
				BadDebtWithout: decimal.RequireFromString("0.02"), BadDebtWith: decimal.RequireFromString("0.01"),
				Invoices: 100, AdminCostPerInvoice: decimal.NewFromInt(2), Currency: "EUR"}
			f(&p, v)
			_, err := Evaluate(p)
			return err
		}
	}
	return []decimalEntry{
		{"rate", ErrInvalidRate, func(v decimal.Decimal) error { _, err := CostOfForgoing(v, 10, 30, terms.Actual365Fixed); return err }},
		{"costOfCapital", ErrInvalidRate, func(v decimal.Decimal) error { _, err := BreakEvenRate(v, 10, 30, terms.Actual360); return err }},
		{"Amount", ErrInvalidInput, func(v decimal.Decimal) error { return decide(v, rate) }},
		{"CostOfFunds", ErrInvalidRate, func(v decimal.Decimal) error { return decide(amount, v) }},
		{"Amount", ErrInvalidInput, func(v decimal.Decimal) error { return sliding(v, rate) }},
		{"APR", ErrInvalidRate, func(v decimal.Decimal) error { return sliding(amount, v) }},
		{"Amount", ErrInvalidInput, func(v decimal.Decimal) error { return batch(v, rate, amount) }},
		{"APR", ErrInvalidRate, func(v decimal.Decimal) error { return batch(amount, v, amount) }},
		{"budget", ErrInvalidInput, func(v decimal.Decimal) error { return batch(amount, rate, v) }},
		{"AnnualSales", ErrInvalidInput, program(func(p *Program, v decimal.Decimal) { p.AnnualSales = v })},
		{"Rate", ErrInvalidRate, program(func(p *Program, v decimal.Decimal) { p.Rate = v })},
		{"TakeUp", ErrInvalidInput, program(func(p *Program, v decimal.Decimal) { p.TakeUp = v })},
		{"CurrentDSO", ErrInvalidDays, program(func(p *Program, v decimal.Decimal) { p.CurrentDSO = v })},
		{"TakersDSO", ErrInvalidDays, program(func(p *Program, v decimal.Decimal) { p.TakersDSO = v })},
		{"CostOfCapital", ErrInvalidRate, program(func(p *Program, v decimal.Decimal) { p.CostOfCapital = v })},
		{"BadDebtWithout", ErrInvalidInput, program(func(p *Program, v decimal.Decimal) { p.BadDebtWithout = v })},
		{"BadDebtWith", ErrInvalidInput, program(func(p *Program, v decimal.Decimal) { p.BadDebtWith = v })},
		{"AdminCostPerInvoice", ErrInvalidInput, program(func(p *Program, v decimal.Decimal) { p.AdminCostPerInvoice = v })},
	}
}

// dayEntry is one count of days of one entry point.
type dayEntry struct {
	field string
	call  func(days int) error
}

// dayEntries lists every day count of every exported entry point (the
// others count days on the calendar from dates).
func dayEntries() []dayEntry {
	rate := decimal.RequireFromString("0.02")
	return []dayEntry{
		{"discountDays", func(d int) error { _, err := CostOfForgoing(rate, d, 30, terms.Actual365Fixed); return err }},
		{"netDays", func(d int) error { _, err := CostOfForgoing(rate, 10, d, terms.Actual365Fixed); return err }},
		{"discountDays", func(d int) error { _, err := BreakEvenRate(rate, d, 30, terms.Actual365Fixed); return err }},
		{"netDays", func(d int) error { _, err := BreakEvenRate(rate, 10, d, terms.Actual365Fixed); return err }},
	}
}

// sentinels are every error kind the package returns.
var sentinels = []error{ErrInvalidRate, ErrInvalidDays, ErrInvalidInput, ErrOutOfRange, ErrCurrencyMismatch}

// isSentinel reports whether err wraps one of the package's sentinels.
func isSentinel(err error) bool {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

// Issue 25's reproductions, each of which panicked inside shopspring
// ("overflow in decimal QuoRem", "exponent overflows an int32") or stalled
// before the range guard.
func TestIssue25Reproductions(t *testing.T) {
	huge, tiny := decimal.New(1, math.MaxInt32), decimal.New(1, math.MinInt32)
	entries := decimalEntries()
	for _, i := range []int{2, 3, 4, 5, 9, 10, 14} { // Decide, SlidingDiscount, Evaluate (AnnualSales, Rate, CostOfCapital)
		for _, v := range []decimal.Decimal{huge, tiny} {
			en := entries[i]
			start := time.Now()
			var err error
			require.NotPanics(t, func() { err = en.call(v) }, "%s = 1e%d", en.field, v.Exponent())
			require.Less(t, time.Since(start), time.Second)
			require.ErrorIs(t, err, en.kind)
			require.Contains(t, err.Error(), en.field)
		}
	}
	// netDays of math.MaxInt was accepted as a real period.
	_, err := CostOfForgoing(decimal.RequireFromString("0.02"), 10, math.MaxInt, terms.Actual365Fixed)
	require.ErrorIs(t, err, ErrInvalidDays)
}

// Every decimal input answers an extreme value with its field's sentinel,
// naming the field, within a second, and a short message.
func TestExtremeDecimalsNamed(t *testing.T) {
	for i, en := range decimalEntries() {
		for _, v := range decfuzz.Extremes() {
			start := time.Now()
			err := en.call(v)
			require.Error(t, err, "entry %d %s = %s", i, en.field, money.Show(v))
			require.ErrorIs(t, err, en.kind, "entry %d", i)
			require.Contains(t, err.Error(), en.field, "entry %d", i)
			require.Contains(t, err.Error(), "out of range", "entry %d", i)
			require.Less(t, len(err.Error()), 300, "entry %d", i)
			require.Less(t, time.Since(start), time.Second, "entry %d", i)
		}
	}
}

// Every day count answers math.MaxInt, math.MinInt and a negative count
// with ErrInvalidDays naming the field: never a panic, nor a period no
// calendar holds.
func TestExtremeDaysNamed(t *testing.T) {
	for i, en := range dayEntries() {
		for _, d := range []int{math.MaxInt, math.MinInt, -1, money.MaxDays + 1} {
			var err error
			require.NotPanics(t, func() { err = en.call(d) })
			require.Error(t, err, "entry %d %s = %d", i, en.field, d)
			require.ErrorIs(t, err, ErrInvalidDays, "entry %d", i)
			require.Contains(t, err.Error(), en.field, "entry %d", i)
			require.Less(t, len(err.Error()), 300, "entry %d", i)
		}
	}
}

// FuzzDecimalInputs feeds every decimal input of the package any decimal
// (raw coefficient bytes, full-range exponent): no panic, an answer within
// a second, and an error that is one of the package's, short, and names
// the field.
func FuzzDecimalInputs(f *testing.F) {
	for _, which := range []uint8{2, 3, 4, 5, 9, 10, 14} { // issue 25: Decide, SlidingDiscount, Evaluate
		f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 1}, false, which) // exponent 2³¹−1
		f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, false, which) // −2³¹
		f.Add([]byte{0x00, 0x1F, 0x0A, 0xFA, 1}, false, which) // −10⁸
	}
	f.Add([]byte{0xFE, 0x02}, false, uint8(0)) // 0.02
	f.Add([]byte{0xFE, 0x63}, false, uint8(5)) // 0.99
	entries := decimalEntries()
	f.Fuzz(func(t *testing.T, b []byte, neg bool, which uint8) {
		en := entries[int(which)%len(entries)]
		v := decfuzz.Decimal(b, neg)
		took, err := timed(en.call, v)
		if took >= time.Second { // once more, in case the machine, not the call, was slow
			took, err = timed(en.call, v)
		}
		require.Less(t, took, time.Second, "%s = %s", en.field, money.Show(v))
		if err != nil {
			require.True(t, isSentinel(err), "%v", err)
			require.Less(t, len(err.Error()), 300)
			require.Contains(t, err.Error(), en.field)
		}
		if !money.InRange(v) {
			require.ErrorIs(t, err, en.kind)
		}
	})
}

// FuzzDayInputs feeds every day count any int: no panic, and an error for
// a negative count or one beyond money.MaxDays.
func FuzzDayInputs(f *testing.F) {
	f.Add(math.MaxInt, uint8(1)) // netDays of MaxInt was accepted
	f.Add(math.MinInt, uint8(0))
	f.Add(10, uint8(2))
	entries := dayEntries()
	f.Fuzz(func(t *testing.T, days int, which uint8) {
		en := entries[int(which)%len(entries)]
		err := en.call(days)
		if days < 0 || days > money.MaxDays {
			require.ErrorIs(t, err, ErrInvalidDays)
			require.Contains(t, err.Error(), en.field)
		}
		if err != nil {
			require.True(t, isSentinel(err), "%v", err)
		}
	})
}

// timed calls call(v) and reports how long it took.
func timed(call func(decimal.Decimal) error, v decimal.Decimal) (time.Duration, error) {
	start := time.Now()
	err := call(v)
	return time.Since(start), err
}
