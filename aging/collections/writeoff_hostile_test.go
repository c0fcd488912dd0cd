package collections

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/internal/decfuzz"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// writeOffEntries lists every decimal input of WriteOffCandidates (issue
// 25: each is range-checked before any arithmetic): the field its error
// names and a call with v there and every other input good.
func writeOffEntries() []struct {
	field string
	call  func(v decimal.Decimal) error
} {
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
	return []struct {
		field string
		call  func(v decimal.Decimal) error
	}{
		{"SmallBalance", func(v decimal.Decimal) error { return run(WriteOffPolicy{SmallBalance: v}) }},
		{"Rates[4]", func(v decimal.Decimal) error { return run(WriteOffPolicy{Matrix: aging.Matrix{Rates: rates(4, v)}}) }},
		{"Rates[0]", func(v decimal.Decimal) error { return run(WriteOffPolicy{Matrix: aging.Matrix{Rates: rates(0, v)}}) }},
		{"Adjustment", func(v decimal.Decimal) error {
			return run(WriteOffPolicy{Matrix: aging.Matrix{Rates: rates(0, dec("0")), Adjustment: v}})
		}},
		{`Specific rate of "A"`, func(v decimal.Decimal) error {
			return run(WriteOffPolicy{Matrix: aging.Matrix{Rates: rates(0, dec("0")), Specific: map[string]decimal.Decimal{"A": v}}})
		}},
	}
}

// Extreme decimals in a write-off policy: an error naming the field,
// quickly (a rate of exponent 2³¹−1 stalled for over a minute before).
func TestWriteOffExtremeDecimalsNamed(t *testing.T) {
	for _, e := range writeOffEntries() {
		for _, v := range decfuzz.Extremes() {
			start := time.Now()
			err := e.call(v)
			require.ErrorIs(t, err, ErrInvalidOptions, "%s = …e%d", e.field, v.Exponent())
			require.Contains(t, err.Error(), e.field)
			require.Less(t, len(err.Error()), 300)
			require.Less(t, time.Since(start), time.Second)
		}
	}
}

// FuzzWriteOffDecimals feeds every decimal input of WriteOffCandidates any
// decimal: no panic, an answer within a second, and an error is an
// ErrInvalidOptions naming the field.
func FuzzWriteOffDecimals(f *testing.F) {
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 1}, false, uint8(1)) // 2³¹−1: the rate that stalled
	f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, false, uint8(3)) // −2³¹
	f.Add([]byte{0x00, 0x05}, true, uint8(2))                 // −5: the rate that gave −500
	f.Add([]byte{0xFE, 0x1F}, false, uint8(0))
	entries := writeOffEntries()
	f.Fuzz(func(t *testing.T, b []byte, neg bool, which uint8) {
		e := entries[int(which)%len(entries)]
		v := decfuzz.Decimal(b, neg)
		start := time.Now()
		err := e.call(v)
		require.Less(t, time.Since(start), time.Second, "%s = …e%d", e.field, v.Exponent())
		if err != nil {
			require.True(t, errors.Is(err, ErrInvalidOptions), "%v", err)
			require.Less(t, len(err.Error()), 300)
			if !strings.Contains(err.Error(), "× Adjustment") {
				require.Contains(t, err.Error(), e.field)
			}
		}
	})
}
