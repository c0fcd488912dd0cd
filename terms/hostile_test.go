package terms

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/receivables-go/receivables/internal/decfuzz"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// decimalEntry is one decimal input of one entry point: the field its
// error must name, and a call with v in that field and every other input
// good.
type decimalEntry struct {
	field string
	call  func(v decimal.Decimal) error
}

// decimalEntries lists every decimal input of the package's entry points
// (issue 25: each one is checked before any arithmetic).
func decimalEntries() []decimalEntry {
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
	return []decimalEntry{
		{"Amount", func(v decimal.Decimal) error { return interest(v, rate) }},
		{"AnnualRate", func(v decimal.Decimal) error { return interest(one, v) }},
		{"Amount", func(v decimal.Decimal) error { return penalty(v, rate, decimal.Zero) }},
		{"DailyRate", func(v decimal.Decimal) error { return penalty(one, v, decimal.Zero) }},
		{"CapShare", func(v decimal.Decimal) error { return penalty(one, rate, v) }},
		{"Amount", func(v decimal.Decimal) error { return claim(EUClaim, v, rate) }},
		{"referenceRate", func(v decimal.Decimal) error { return claim(EUClaim, one, v) }},
		{"Amount", func(v decimal.Decimal) error { return claim(UKClaim, v, rate) }},
		{"baseRate", func(v decimal.Decimal) error { return claim(UKClaim, one, v) }},
		{"total", func(v decimal.Decimal) error { return split(v, decimal.NewFromInt(10)) }},
		{"line 0 value", func(v decimal.Decimal) error { return split(one, v) }},
	}
}

// Every decimal input answers an extreme value with ErrInvalidInput (or
// ErrInvalidSchedule for a schedule line) naming the field, quickly, and a
// short message: exponents 2³¹−1 and −2³¹ panicked inside shopspring
// before, ±10⁸ stalled, and messages printed the value in full.
func TestExtremeDecimalsNamed(t *testing.T) {
	for _, e := range decimalEntries() {
		for _, v := range decfuzz.Extremes() {
			start := time.Now()
			err := e.call(v)
			require.Error(t, err, "%s = %s", e.field, v.Exponent())
			require.True(t, errors.Is(err, ErrInvalidInput) || errors.Is(err, ErrInvalidSchedule), "%v", err)
			require.Contains(t, err.Error(), e.field)
			require.Less(t, len(err.Error()), 300)
			require.Less(t, time.Since(start), time.Second)
		}
	}
}

// FuzzDecimalInputs feeds every decimal input of the package any decimal
// (raw coefficient bytes, full-range exponent): no panic, an answer within
// a second, and an error names the field or is one of the package's.
func FuzzDecimalInputs(f *testing.F) {
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 1}, false, uint8(0)) // exponent 2³¹−1
	f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, false, uint8(1)) // −2³¹
	f.Add([]byte{0x00, 0x1F, 0x0A, 0xFA, 1}, true, uint8(4))  // −10⁸
	f.Add([]byte{0xFE, 0x10}, false, uint8(2))
	entries := decimalEntries()
	f.Fuzz(func(t *testing.T, b []byte, neg bool, which uint8) {
		e := entries[int(which)%len(entries)]
		v := decfuzz.Decimal(b, neg)
		start := time.Now()
		err := e.call(v)
		require.Less(t, time.Since(start), time.Second, "%s = %s", e.field, v.Exponent())
		if err != nil {
			require.True(t, errors.Is(err, ErrInvalidInput) || errors.Is(err, ErrInvalidSchedule), "%v", err)
			require.Less(t, len(err.Error()), 300)
			if !strings.Contains(err.Error(), "negative") && !strings.Contains(err.Error(), "more than the total") &&
				!strings.Contains(err.Error(), "above 100%") {
				require.Contains(t, err.Error(), e.field)
			}
		}
	})
}
