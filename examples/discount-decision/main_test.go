package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/discount-decision.golden from the program's output")

// TestDiscountDecisionGolden runs the program and compares its output with
// the reviewed golden text. After a deliberate change, run
// `go test ./examples/discount-decision -update` and review the diff.
func TestDiscountDecisionGolden(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	golden := filepath.Join("testdata", "discount-decision.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	require.Equal(t, string(want), out.String())
}

// TestFiguresByHand re-derives printed figures by hand.
func TestFiguresByHand(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	for _, want := range []string{
		// Cost of forgoing 2/10 net 30: 0.02 / 0.98 × 365 / 20 = 0.37245 →
		// 37.24% nominal; compounded (1 + 0.02/0.98)^18.25 − 1 = 44.59%
		// (Brigham & Houston, Fundamentals of Financial Management, "cost
		// of trade credit").
		"37.24%      44.59%",
		// 1/10 net 30: 0.01 / 0.99 × 365 / 20 = 18.43%; 1.5/15 net 45:
		// 0.015 / 0.985 × 365 / 30 = 18.53%.
		"18.43%", "18.53%",
		// SUP-201 at 8%: pay 47,040.00 on day 10; carried to day 30 it costs
		// 47,040 × 0.08 × 20 / 365 = 206.20 more: 47,246.20 against 48,000.00.
		"take: pay 47,040.00 on 2026-11-26, saves 753.80",
		// Break-even at 10%: 0.1 × 20 / (365 + 0.1 × 20) = 2 / 367 = 0.54%;
		// 0.1 × 35 / (365 + 3.5) = 0.95%.
		"day 30: break-even discount 0.54%", "day 45: break-even discount 0.95%",
		// Programme: new DSO 0.4 × 10 + 0.6 × 52 = 35.2; released
		// 24,000,000 × 16.8 / 365 = 1,104,657.53; financing 10% of it
		// 110,465.75; bad debt 24,000,000 × 0.3% = 72,000; discounts
		// 24,000,000 × 40% × 2% = 192,000; handling 9,600 × 40% × 1.50 =
		// 5,760; net 110,465.75 + 72,000 − 192,000 − 5,760 = −15,294.25;
		// break-even (110,465.75 + 72,000 − 5,760) / 9,600,000 = 1.84%.
		"1,104,657.53", "110,465.75", "-15,294.25", "it pays only below 1.84%",
		// Dynamic: SUP-204 due 4 Jan 2027 is 41 days early on 24 Nov;
		// 8,200 × 12% × 41 / 365 = 110.53.
		"SUP-204          41    110.53   8,089.47",
	} {
		require.Contains(t, out.String(), want)
	}
}
