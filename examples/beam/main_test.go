package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/receivables-go/receivables/aging"
	"github.com/stretchr/testify/require"
)

// setFlags sets command-line flags for one test and restores them after.
func setFlags(t *testing.T, kv map[string]string) {
	t.Helper()
	for k, v := range kv {
		f := flag.Lookup(k)
		require.NotNil(t, f, k)
		old := f.Value.String()
		require.NoError(t, flag.Set(k, v))
		t.Cleanup(func() { require.NoError(t, flag.Set(k, old)) })
	}
}

// The program as a user runs it: write a ledger, age it from the CSV file
// with `go run . -input`, and read the per-currency table it prints.
func TestRunFromWrittenLedger(t *testing.T) {
	dir := t.TempDir()
	ledgerFile := filepath.Join(dir, "ledger.csv")
	setFlags(t, map[string]string{"items": "2500", "seed": "9", "generator_parts": "3", "as_of": "2026-06-30",
		"buckets": "30,60,90", "shards": "5", "write_ledger": ledgerFile})
	require.NoError(t, run(context.Background(), &bytes.Buffer{}))

	prefix := filepath.Join(dir, "out", "report")
	setFlags(t, map[string]string{"write_ledger": "", "input": ledgerFile, "output": prefix})
	var stdout bytes.Buffer
	require.NoError(t, run(context.Background(), &stdout))

	c, err := configFromFlags()
	require.NoError(t, err)
	want, err := aging.AgeSlice(c.AsOf, GenerateLedger(9, 2500, 3, c.AsOf), mustOptions(t, c))
	require.NoError(t, err)

	// What it prints is the currencies file, after one summary line.
	_, table, found := strings.Cut(stdout.String(), "\n\n")
	require.True(t, found, stdout.String())
	written, err := os.ReadFile(OutputFiles(prefix).Currencies)
	require.NoError(t, err)
	require.Equal(t, string(written), table)

	rows, err := csv.NewReader(strings.NewReader(table)).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, len(want.Currencies)+1, "header and one row per currency")
	for i, w := range want.Currencies {
		row := rows[i+1]
		require.Equal(t, w.Currency, row[0])
		for b, a := range w.Amounts {
			requireDecimal(t, row[1+b], a, w.Currency, "bucket", b)
		}
		requireDecimal(t, row[len(row)-2], w.Total, w.Currency, "total")
		require.Equal(t, strconv.Itoa(w.Items), row[len(row)-1])
	}
	customers, err := os.ReadFile(OutputFiles(prefix).Customers)
	require.NoError(t, err)
	require.Equal(t, len(want.Customers)+1, bytes.Count(customers, []byte("\n")))
}

func TestRunRejectsBadFlags(t *testing.T) {
	for _, kv := range []map[string]string{
		{"as_of": "30/06/2026"},
		{"buckets": "30,sixty"},
		{"shards": "0"},
	} {
		setFlags(t, kv)
		require.ErrorIs(t, run(context.Background(), &bytes.Buffer{}), ErrConfig, "%v", kv)
		for k := range kv {
			require.NoError(t, flag.Set(k, flag.Lookup(k).DefValue))
		}
	}
}
