package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/cash-application.golden from the program's output")

// TestCashApplicationGolden runs the program and compares its output with the
// reviewed golden text. After a deliberate change, run
// `go test ./examples/cash-application -update` and review the diff.
func TestCashApplicationGolden(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, false))
	golden := filepath.Join("testdata", "cash-application.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	require.Equal(t, string(want), out.String())
}

// TestStatementHTML renders the statement as a page: the same statement
// as the text (its closing balance and every ref), well-formed enough to
// hold one table row per line, and stable (golden).
func TestStatementHTML(t *testing.T) {
	var text, page bytes.Buffer
	require.NoError(t, run(&text, false))
	require.NoError(t, run(&page, true))
	golden := filepath.Join("testdata", "statement.html.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, page.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	require.Equal(t, string(want), page.String())
	html := page.String()
	require.True(t, strings.HasPrefix(html, "<!DOCTYPE html>"))
	require.NotContains(t, html, "Bank statement of", "the page holds only the statement")
	// Every line of the text statement's table has its ref and balance on the page.
	_, stmt, ok := strings.Cut(text.String(), "Statement of account")
	require.True(t, ok)
	for _, line := range strings.Split(stmt, "\n")[2:] {
		f := strings.Fields(line)
		if len(f) == 5 && f[0] != "" && strings.Count(f[0], "-") == 2 {
			require.Contains(t, html, "<td>"+f[2]+"</td>", line)
			require.Contains(t, html, ">"+f[4]+"</td>", line)
		}
	}
}
