package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/scorecard-build.golden from the program's output")

// TestScorecardBuildGolden runs the program on the shipped German credit
// data and compares its output with the reviewed golden text. After a
// deliberate change, run `go test ./examples/scorecard-build -update` and
// review the diff.
func TestScorecardBuildGolden(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, filepath.Join("..", "..", "credit", "score", "testdata", "germancredit.csv")))
	golden := filepath.Join("testdata", "scorecard-build.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	require.Equal(t, string(want), out.String())
}

func TestMissingData(t *testing.T) {
	require.Error(t, run(&bytes.Buffer{}, "no such file.csv"))
}
