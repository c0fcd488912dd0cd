package collections

import (
	"strings"
	"testing"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/internal/decfuzz"
	"github.com/shopspring/decimal"
)

// writeOffEntries lists every decimal input of WriteOffCandidates (issue
// 25: each is range-checked before any arithmetic): the field its error
// names and a call with v there and every other input good.
func writeOffEntries() []decfuzz.Entry {
	items := []aging.Item{item("OLD", "A", "EUR", 400, "100.00"), item("NEW", "B", "EUR", 5, "3.00")}
	rates := func(k int, v decimal.Decimal) []decimal.Decimal {
		out := []decimal.Decimal{dec("0.003"), dec("0.016"), dec("0.036"), dec("0.066"), dec("0.5")}
		out[k] = v
		return out
	}
	run := func(p WriteOffPolicy) error {
		p.MinDaysPastDue = 365
		_, err := WriteOffCandidates(asOf, items, p)
		return err
	}
	return []decfuzz.Entry{
		{Field: "SmallBalance", Call: func(v decimal.Decimal) error { return run(WriteOffPolicy{SmallBalance: v}) }},
		{Field: "Rates[4]", Call: func(v decimal.Decimal) error { return run(WriteOffPolicy{Matrix: aging.Matrix{Rates: rates(4, v)}}) }},
		{Field: "Rates[0]", Call: func(v decimal.Decimal) error { return run(WriteOffPolicy{Matrix: aging.Matrix{Rates: rates(0, v)}}) }},
		{Field: "Adjustment", Call: func(v decimal.Decimal) error {
			return run(WriteOffPolicy{Matrix: aging.Matrix{Rates: rates(0, dec("0")), Adjustment: v}})
		}},
		{Field: `Specific rate of "A"`, Call: func(v decimal.Decimal) error {
			return run(WriteOffPolicy{Matrix: aging.Matrix{Rates: rates(0, dec("0")), Specific: map[string]decimal.Decimal{"A": v}}})
		}},
	}
}

// writeOffSuite is WriteOffCandidates' range-guard tests: every error an
// ErrInvalidOptions naming the field, but for the product of two good
// inputs (a rate × the adjustment above 1), which names both.
func writeOffSuite() decfuzz.Suite {
	return decfuzz.Suite{Entries: writeOffEntries(), Accept: decfuzz.OneOf(ErrInvalidOptions), Kind: ErrInvalidOptions,
		Want: func(field string, err error) string {
			if strings.Contains(err.Error(), "× Adjustment") {
				return ""
			}
			return field
		}}
}

// Extreme decimals in a write-off policy: an error naming the field,
// quickly (a rate of exponent 2³¹−1 stalled for over a minute before).
func TestWriteOffExtremeDecimalsNamed(t *testing.T) { writeOffSuite().CheckExtremes(t) }

// FuzzWriteOffDecimals feeds every decimal input of WriteOffCandidates any
// decimal: no panic, an answer within a second, and an error is an
// ErrInvalidOptions naming the field.
func FuzzWriteOffDecimals(f *testing.F) {
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 1}, false, uint8(1)) // 2³¹−1: the rate that stalled
	f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, false, uint8(3)) // −2³¹
	f.Add([]byte{0x00, 0x05}, true, uint8(2))                 // −5: the rate that gave −500
	f.Add([]byte{0xFE, 0x1F}, false, uint8(0))
	s := writeOffSuite()
	f.Fuzz(func(t *testing.T, b []byte, neg bool, which uint8) { s.FuzzDecimal(t, b, neg, which) })
}
