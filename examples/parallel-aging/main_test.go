package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden file")

// TestParallelAgingGolden runs the program on 20,000 items without the
// timing lines, which vary, and compares the rest with reviewed output.
func TestParallelAgingGolden(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, 20_000, false))
	golden := filepath.Join("testdata", "parallel-aging.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	require.Equal(t, string(want), out.String())
}

func TestTimingsPrinted(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, 1000, true))
	require.Contains(t, out.String(), "per million items")
}
