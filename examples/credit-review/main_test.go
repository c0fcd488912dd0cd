package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/credit-review.golden from the program's output")

// TestCreditReviewGolden runs the program and compares its output with the
// reviewed golden text. After a deliberate change, run
// `go test ./examples/credit-review -update` and review the diff.
func TestCreditReviewGolden(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	golden := filepath.Join("testdata", "credit-review.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	require.Equal(t, string(want), out.String())
}

// TestCreditReviewHandChecked pins figures of the output computed by hand,
// so that the golden file cannot drift into a wrong number unnoticed.
func TestCreditReviewHandChecked(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	got := out.String()
	for _, line := range []string{
		// Acme: 60,000 + 15,000 + 5,000 = 80,000; + 12,000 = 92,000 > 90% of 100,000.
		"exposure 80,000.00 -> 92,000.00, headroom 20,000.00 -> 8,000.00, utilisation 80.00% -> 92.00%",
		// Acme: EAD 80,000 + 0.5 × 20,000 = 90,000; EL 0.02 × 0.45 × 90,000 = 810.
		"expected loss: PD 2.00% x LGD 45.00% x EAD 90,000.00 = 810.00",
		// Acme: (10,000×80 + 5,000×50 + 5,000×90) ÷ 20,000 = 75 ≈ 7.5 days.
		"payment index 75.00 (pays 7.5 days late; invoices paid: 3)",
		// Carter: 50,000 × (1 − 0.30) = 35,000.
		"50,000.00 -> 35,000.00 (-30.00%)",
		// Carter: index(35) = 50 − 5/3 = 48.33…, index(60) = 40;
		// (20,000 × 48.33… + 10,000 × 40) ÷ 30,000 = 45.555… → 45.56;
		// days 30 + (50 − 45.555…) × 3 = 43.33.
		"payment index 45.56 (pays 43.33 days late; invoices paid: 2)",
		// Delta: 0.9 × (180,000 − 5,000) = 157,500 > 150,000 buyer limit.
		"default on open receivables 180,000.00: claim 150,000.00, capped by buyer-limit, retained 30,000.00",
		// Elbe: 49,500 + 29,700 + 150,000 = 229,200 paid; 230,000 − 229,200 = 800 left.
		"default on open receivables 10,000.00: claim 800.00, capped by max-liability, retained 9,200.00",
		// Beijing: 420,000 + 30,000 = 450,000 is exactly 90%: not over the threshold.
		"order SO-2001 30,000.00: APPROVE",
		// Shenzhen: 1,000,000 × 1.2 = 1,200,000.
		"1,000,000.00 -> 1,200,000.00 (20.00%)",
		// Shenzhen: 0.9 × 680,000 = 612,000 > 600,000; Guangzhou: 900,000 −
		// 252,000 − 600,000 = 48,000 left of 0.9 × 130,000 = 117,000.
		"default on open receivables 150,000.00: claim 48,000.00, capped by max-liability, retained 102,000.00",
		// EUR EL 810 + 1,692 + 18,000 + 202.5 = 20,704.5 on EAD 382,000: 5.42%.
		"EUR: 4 customers, EAD 382,000.00, expected loss 20,704.50 (5.42% of EAD)",
		// EUR premium 0.003 × 6,000,000 = 18,000; recovery 0.9 × 20,704.5 = 18,634.05.
		"premium 18,000.00 on turnover 6,000,000.00 vs expected recovery 18,634.05: net cost -634.05, retained EL 2,070.45",
		// CNY: losses 300,000 + 700,000 + 150,000; claims 252,000 + 600,000 + 48,000.
		"all default: loss 1,150,000.00, claims 900,000.00, retained 250,000.00",
	} {
		assert.Contains(t, got, line)
	}
}

// Issue 19: a BLOCK or WARN decision listed the "within-limit [approve]"
// reason under it, and a customer who pays early read "about −30.00 days
// beyond terms". Under a decision only the reasons that led to it are
// shown, and the index says how a person would.
func TestCreditReviewReadsAsAPersonWould(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	outcome := ""
	for _, line := range strings.Split(out.String(), "\n") {
		if i := strings.LastIndex(line, ": "); strings.HasPrefix(strings.TrimSpace(line), "order ") && i > 0 {
			outcome = line[i+2:]
		}
		if strings.Contains(line, "[approve]") {
			assert.Equal(t, "APPROVE", outcome, "an approve reason under %s: %s", outcome, line)
		}
		assert.NotContains(t, line, "−", "a minus sign in words")
		assert.NotContains(t, line, "-30.00 days")
	}
	assert.Contains(t, out.String(), "payment index 100.00 (pays 30 days early; invoices paid: 1)")
}
