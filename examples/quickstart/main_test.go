package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/quickstart.golden from the program's output")

// TestQuickstartGolden runs the program and compares its output with the
// reviewed golden text. After a deliberate change, run
// `go test ./examples/quickstart -update` and review the diff.
func TestQuickstartGolden(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	golden := filepath.Join("testdata", "quickstart.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	require.Equal(t, string(want), out.String())
}

// TestQuickstartFiguresByHand checks the dunning and provision lines
// against figures computed by hand from the embedded ledger, as of
// 2026-11-24.
func TestQuickstartFiguresByHand(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	for _, line := range []string{
		// Acme: INV-1001 due 14 Oct (41 days) + INV-1002 due 19 Nov (5 days)
		// = 12,500.00 + 8,400.50; 41 days reaches "phone call" (30), not
		// "final notice" (45).
		"Acme GmbH           EUR   20,900.50    41  phone call (call)",
		// Beijing: INV-1003 due 30 Sep (55 days); INV-1004 due 30 Nov is not
		// yet due and so not dunned.
		"Beijing Trading Co  CNY   96,000.00    55  final notice (letter)",
		// Provision, EUR: 5,600.00 × 0.5% = 28.00; 8,400.50 × 2% = 168.01;
		// 15,200.75 × 8% = 1,216.06; total 1,412.07.
		"EUR      28.00     168.01   1,216.06       0.00       0.00    1,412.07",
		// CNY: 45,200.00 × 0.5% = 226.00; 96,000.00 × 8% = 7,680.00.
		"CNY     226.00       0.00   7,680.00       0.00       0.00    7,906.00",
	} {
		require.Contains(t, out.String(), line)
	}
	// Carter & Sons (56 days) already had its final notice: no new action.
	require.NotContains(t, out.String(), "Carter & Sons       EUR    3,120.75")
}
