package terms

import (
	"testing"
	"time"

	"github.com/receivables-go/receivables/internal/decfuzz"
	"github.com/shopspring/decimal"
)

// decimalEntries lists every decimal input of the package's entry points
// (issue 25: each one is checked before any arithmetic).
func decimalEntries() []decfuzz.Entry {
	one, rate := decimal.NewFromInt(1000), decimal.RequireFromString("0.08")
	due, paid := time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC), time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	interest := func(amount, r decimal.Decimal) error {
		_, err := LateInterest(Interest{Amount: amount, AnnualRate: r, Due: due, Paid: paid, Currency: "EUR"})
		return err
	}
	penalty := func(amount, r, cap decimal.Decimal) error {
		_, err := DailyPenalty(Penalty{Amount: amount, DailyRate: r, CapShare: cap, Due: due, Paid: paid, Currency: "CNY"})
		return err
	}
	claim := func(f func(Debt, decimal.Decimal) (Claim, error), amount, r decimal.Decimal) error {
		_, err := f(Debt{Amount: amount, Due: due, Paid: paid}, r)
		return err
	}
	split := func(total, fixed decimal.Decimal) error {
		s := Schedule{{Kind: Fixed, Value: fixed}, {Kind: Balance, Terms: MustParse("net 30")}}
		_, err := s.Split(due, total, SplitOptions{Currency: "EUR"})
		return err
	}
	return []decfuzz.Entry{
		{Field: "Amount", Call: func(v decimal.Decimal) error { return interest(v, rate) }},
		{Field: "AnnualRate", Call: func(v decimal.Decimal) error { return interest(one, v) }},
		{Field: "Amount", Call: func(v decimal.Decimal) error { return penalty(v, rate, decimal.Zero) }},
		{Field: "DailyRate", Call: func(v decimal.Decimal) error { return penalty(one, v, decimal.Zero) }},
		{Field: "CapShare", Call: func(v decimal.Decimal) error { return penalty(one, rate, v) }},
		{Field: "Amount", Call: func(v decimal.Decimal) error { return claim(EUClaim, v, rate) }},
		{Field: "referenceRate", Call: func(v decimal.Decimal) error { return claim(EUClaim, one, v) }},
		{Field: "Amount", Call: func(v decimal.Decimal) error { return claim(UKClaim, v, rate) }},
		{Field: "baseRate", Call: func(v decimal.Decimal) error { return claim(UKClaim, one, v) }},
		{Field: "total", Call: func(v decimal.Decimal) error { return split(v, decimal.NewFromInt(10)) }},
		{Field: "line 0 value", Call: func(v decimal.Decimal) error { return split(one, v) }},
	}
}

// suite is the package's range-guard tests (issue 25): an extreme value
// answers ErrInvalidInput (or ErrInvalidSchedule for a schedule line)
// naming the field; an error of an in-range value names the field unless
// it is about the whole input (negative, more than the total, above 100%).
func suite() decfuzz.Suite {
	return decfuzz.Suite{Entries: decimalEntries(), Accept: decfuzz.OneOf(ErrInvalidInput, ErrInvalidSchedule),
		Phrase: "out of range", Want: decfuzz.FieldUnless("negative", "more than the total", "above 100%")}
}

// Every decimal input answers an extreme value with ErrInvalidInput (or
// ErrInvalidSchedule for a schedule line) naming the field, quickly, and a
// short message: exponents 2³¹−1 and −2³¹ panicked inside shopspring
// before, ±10⁸ stalled, and messages printed the value in full.
func TestExtremeDecimalsNamed(t *testing.T) { suite().CheckExtremes(t) }

// FuzzDecimalInputs feeds every decimal input of the package any decimal
// (raw coefficient bytes, full-range exponent): no panic, an answer within
// a second, and an error names the field or is one of the package's.
func FuzzDecimalInputs(f *testing.F) {
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 1}, false, uint8(0)) // exponent 2³¹−1
	f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, false, uint8(1)) // −2³¹
	f.Add([]byte{0x00, 0x1F, 0x0A, 0xFA, 1}, true, uint8(4))  // −10⁸
	f.Add([]byte{0xFE, 0x10}, false, uint8(2))
	s := suite()
	f.Fuzz(func(t *testing.T, b []byte, neg bool, which uint8) { s.FuzzDecimal(t, b, neg, which) })
}
