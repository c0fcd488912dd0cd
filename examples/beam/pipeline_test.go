package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/receivables-go/receivables/aging"
	"github.com/stretchr/testify/require"
)

// TestMain runs the pipelines on the prism runner in this process (Beam's
// local runner: no binary to download, no container, loopback workers).
func TestMain(m *testing.M) { ptest.Main(m) }

// testItems is the size of the generated ledger: big enough to spread over
// every shard and bucket, small enough for CI on two cores.
const testItems = 20_000

var testAsOf = time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)

func testConfig() Config {
	return Config{Items: testItems, Seed: 42, Parts: 4, AsOf: testAsOf, Edges: []int{30, 60, 90}, Shards: 8}
}

// runPipeline runs the example's pipeline for c on the local runner and
// reads back the report it wrote.
func runPipeline(t *testing.T, c Config) (aging.Report, Output) {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	rep, err := Build(s, c)
	require.NoError(t, err)
	out := OutputFiles(filepath.Join(t.TempDir(), "report"))
	WriteReport(s, out.JSON[:len(out.JSON)-len(".json")], rep)
	require.NoError(t, ptest.Run(p))
	data, err := os.ReadFile(out.JSON)
	require.NoError(t, err)
	var got aging.Report
	require.NoError(t, json.Unmarshal(data, &got))
	return got, out
}

// The acceptance test: the distributed report equals the library's
// one-machine AgeSlice on the same items, to the cent, for every currency,
// bucket and customer.
func TestPipelineEqualsAgeSlice(t *testing.T) {
	c := testConfig()
	items := GenerateLedger(c.Seed, c.Items, c.Parts, c.AsOf)
	require.Len(t, items, testItems)
	want, err := aging.AgeSlice(c.AsOf, items, mustOptions(t, c))
	require.NoError(t, err)

	got, _ := runPipeline(t, c)
	requireSameReport(t, want, got)
}

// Reading the same ledger from a CSV file gives the same report.
func TestPipelineFromCSVEqualsAgeSlice(t *testing.T) {
	c := testConfig()
	c.Items = 3_000
	items := GenerateLedger(c.Seed, c.Items, c.Parts, c.AsOf)
	c.Input = filepath.Join(t.TempDir(), "ledger.csv")
	f, err := os.Create(c.Input)
	require.NoError(t, err)
	require.NoError(t, WriteItemsCSV(f, items))
	require.NoError(t, f.Close())

	want, err := aging.AgeSlice(c.AsOf, items, mustOptions(t, c))
	require.NoError(t, err)
	got, _ := runPipeline(t, c)
	requireSameReport(t, want, got)
}

func mustOptions(t *testing.T, c Config) aging.Options {
	t.Helper()
	opt, err := c.options()
	require.NoError(t, err)
	return opt
}

// requireSameReport compares two reports field by field, amounts by
// decimal value.
func requireSameReport(t *testing.T, want, got aging.Report) {
	t.Helper()
	require.Equal(t, want.AsOf.Format(dateLayout), got.AsOf.Format(dateLayout), "as-of")
	wb, err := want.Buckets.MarshalText()
	require.NoError(t, err)
	gb, err := got.Buckets.MarshalText()
	require.NoError(t, err)
	require.Equal(t, string(wb), string(gb), "buckets")
	requireSameTotals(t, "currencies", want.Currencies, got.Currencies)
	requireSameTotals(t, "customers", want.Customers, got.Customers)
}

func requireSameTotals(t *testing.T, table string, want, got []aging.Totals) {
	t.Helper()
	require.NotEmpty(t, want, table)
	require.Len(t, got, len(want), table)
	for i, w := range want {
		g := got[i]
		require.Equal(t, w.Customer, g.Customer, "%s row %d", table, i)
		require.Equal(t, w.Currency, g.Currency, "%s row %d", table, i)
		require.Equal(t, w.Items, g.Items, "%s %s/%s items", table, w.Customer, w.Currency)
		require.Len(t, g.Amounts, len(w.Amounts), "%s %s/%s buckets", table, w.Customer, w.Currency)
		for b, a := range w.Amounts {
			requireDecimal(t, a.String(), g.Amounts[b], table, w.Customer, w.Currency, "bucket", b)
		}
		requireDecimal(t, w.Total.String(), g.Total, table, w.Customer, w.Currency, "total")
	}
}

// An empty ledger gives the library's empty report (as-of date, buckets,
// no rows), not a missing file.
func TestPipelineEmptyLedger(t *testing.T) {
	c := testConfig()
	c.Items = 0
	want, err := aging.AgeSlice(c.AsOf, nil, mustOptions(t, c))
	require.NoError(t, err)
	got, out := runPipeline(t, c)
	require.Equal(t, want.AsOf.Format(dateLayout), got.AsOf.Format(dateLayout))
	require.Empty(t, got.Currencies)
	require.Empty(t, got.Customers)
	csv, err := os.ReadFile(out.Currencies)
	require.NoError(t, err)
	require.Equal(t, 1, bytes.Count(csv, []byte("\n")), "header only: %s", csv)
}
