package discount

import (
	"math"
	"testing"
	"time"

	"github.com/receivables-go/receivables/internal/decfuzz"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// decimalEntries lists every decimal input of every exported entry point
// of the package (issue 25: each one is checked against money's range
// before any arithmetic or comparison).
func decimalEntries() []decfuzz.Entry {
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
	return []decfuzz.Entry{
		{Field: "rate", Kind: ErrInvalidRate, Call: func(v decimal.Decimal) error { _, err := CostOfForgoing(v, 10, 30, terms.Actual365Fixed); return err }},
		{Field: "costOfCapital", Kind: ErrInvalidRate, Call: func(v decimal.Decimal) error { _, err := BreakEvenRate(v, 10, 30, terms.Actual360); return err }},
		{Field: "Amount", Kind: ErrInvalidInput, Call: func(v decimal.Decimal) error { return decide(v, rate) }},
		{Field: "CostOfFunds", Kind: ErrInvalidRate, Call: func(v decimal.Decimal) error { return decide(amount, v) }},
		{Field: "Amount", Kind: ErrInvalidInput, Call: func(v decimal.Decimal) error { return sliding(v, rate) }},
		{Field: "APR", Kind: ErrInvalidRate, Call: func(v decimal.Decimal) error { return sliding(amount, v) }},
		{Field: "Amount", Kind: ErrInvalidInput, Call: func(v decimal.Decimal) error { return batch(v, rate, amount) }},
		{Field: "APR", Kind: ErrInvalidRate, Call: func(v decimal.Decimal) error { return batch(amount, v, amount) }},
		{Field: "budget", Kind: ErrInvalidInput, Call: func(v decimal.Decimal) error { return batch(amount, rate, v) }},
		{Field: "AnnualSales", Kind: ErrInvalidInput, Call: program(func(p *Program, v decimal.Decimal) { p.AnnualSales = v })},
		{Field: "Rate", Kind: ErrInvalidRate, Call: program(func(p *Program, v decimal.Decimal) { p.Rate = v })},
		{Field: "TakeUp", Kind: ErrInvalidInput, Call: program(func(p *Program, v decimal.Decimal) { p.TakeUp = v })},
		{Field: "CurrentDSO", Kind: ErrInvalidDays, Call: program(func(p *Program, v decimal.Decimal) { p.CurrentDSO = v })},
		{Field: "TakersDSO", Kind: ErrInvalidDays, Call: program(func(p *Program, v decimal.Decimal) { p.TakersDSO = v })},
		{Field: "CostOfCapital", Kind: ErrInvalidRate, Call: program(func(p *Program, v decimal.Decimal) { p.CostOfCapital = v })},
		{Field: "BadDebtWithout", Kind: ErrInvalidInput, Call: program(func(p *Program, v decimal.Decimal) { p.BadDebtWithout = v })},
		{Field: "BadDebtWith", Kind: ErrInvalidInput, Call: program(func(p *Program, v decimal.Decimal) { p.BadDebtWith = v })},
		{Field: "AdminCostPerInvoice", Kind: ErrInvalidInput, Call: program(func(p *Program, v decimal.Decimal) { p.AdminCostPerInvoice = v })},
	}
}

// dayEntries lists every day count of every exported entry point (the
// others count days on the calendar from dates).
func dayEntries() []decfuzz.DayEntry {
	rate := decimal.RequireFromString("0.02")
	return []decfuzz.DayEntry{
		{Field: "discountDays", Call: func(d int) error { _, err := CostOfForgoing(rate, d, 30, terms.Actual365Fixed); return err }},
		{Field: "netDays", Call: func(d int) error { _, err := CostOfForgoing(rate, 10, d, terms.Actual365Fixed); return err }},
		{Field: "discountDays", Call: func(d int) error { _, err := BreakEvenRate(rate, d, 30, terms.Actual365Fixed); return err }},
		{Field: "netDays", Call: func(d int) error { _, err := BreakEvenRate(rate, 10, d, terms.Actual365Fixed); return err }},
	}
}

// suite is the package's range-guard tests (issue 25): an extreme value
// answers its field's sentinel (Entry.Kind), saying "out of range", and a
// bad day count ErrInvalidDays; every error names the field.
func suite() decfuzz.Suite {
	return decfuzz.Suite{Entries: decimalEntries(), Days: dayEntries(),
		Accept:  decfuzz.OneOf(ErrInvalidRate, ErrInvalidDays, ErrInvalidInput, ErrOutOfRange, ErrCurrencyMismatch),
		DayKind: ErrInvalidDays, Phrase: "out of range", RetrySlow: true}
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
			require.NotPanics(t, func() { err = en.Call(v) }, "%s = 1e%d", en.Field, v.Exponent())
			require.Less(t, time.Since(start), time.Second)
			require.ErrorIs(t, err, en.Kind)
			require.Contains(t, err.Error(), en.Field)
		}
	}
	// netDays of math.MaxInt was accepted as a real period.
	_, err := CostOfForgoing(decimal.RequireFromString("0.02"), 10, math.MaxInt, terms.Actual365Fixed)
	require.ErrorIs(t, err, ErrInvalidDays)
}

// Every decimal input answers an extreme value with its field's sentinel,
// naming the field, within a second, and a short message.
func TestExtremeDecimalsNamed(t *testing.T) { suite().CheckExtremes(t) }

// Every day count answers math.MaxInt, math.MinInt, a negative count and
// one beyond money.MaxDays with ErrInvalidDays naming the field: never a
// panic, nor a period no calendar holds.
func TestExtremeDaysNamed(t *testing.T) { suite().CheckDays(t) }

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
	s := suite()
	f.Fuzz(func(t *testing.T, b []byte, neg bool, which uint8) { s.FuzzDecimal(t, b, neg, which) })
}

// FuzzDayInputs feeds every day count any int: no panic, and an error for
// a negative count or one beyond money.MaxDays.
func FuzzDayInputs(f *testing.F) {
	f.Add(math.MaxInt, uint8(1)) // netDays of MaxInt was accepted
	f.Add(math.MinInt, uint8(0))
	f.Add(10, uint8(2))
	s := suite()
	f.Fuzz(func(t *testing.T, days int, which uint8) { s.FuzzDays(t, days, which) })
}
