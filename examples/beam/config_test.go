package main

import (
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/receivables-go/receivables/aging"
	"github.com/stretchr/testify/require"
)

func TestConfigValidate(t *testing.T) {
	require.NoError(t, testConfig().Validate())
	for name, edit := range map[string]func(*Config){
		"no shards":            func(c *Config) { c.Shards = 0 },
		"no as-of":             func(c *Config) { c.AsOf = time.Time{} },
		"negative items":       func(c *Config) { c.Items = -1 },
		"no generator parts":   func(c *Config) { c.Parts = 0 },
		"buckets out of order": func(c *Config) { c.Edges = []int{60, 30} },
	} {
		c := testConfig()
		edit(&c)
		require.ErrorIs(t, c.Validate(), ErrConfig, name)
		_, s := beam.NewPipelineWithRoot()
		_, err := Build(s, c)
		require.ErrorIs(t, err, ErrConfig, name)
	}
	// Generator settings do not matter when reading a file.
	c := testConfig()
	c.Input, c.Parts, c.Items = "ledger.csv", 0, -1
	require.NoError(t, c.Validate())
}

func TestParseEdges(t *testing.T) {
	got, err := parseEdges("30, 60,90")
	require.NoError(t, err)
	require.Equal(t, []int{30, 60, 90}, got)
	_, err = parseEdges("30,,90")
	require.ErrorIs(t, err, ErrConfig)
}

// The CombineFn inherits Merge's monoid laws: the empty accumulator is the
// identity and grouping does not change the result, which is what lets a
// runner merge partial results in any order on any worker.
func TestMergeReportsFnIsAMonoid(t *testing.T) {
	c := testConfig()
	items := GenerateLedger(c.Seed, 3_000, c.Parts, c.AsOf)
	opt := mustOptions(t, c)
	age := func(part []aging.Item) aging.Report {
		r, err := aging.AgeSlice(c.AsOf, part, opt)
		require.NoError(t, err)
		return r
	}
	whole := age(items)
	a, b, cc := age(items[:1000]), age(items[1000:1700]), age(items[1700:])
	fn := mergeReportsFn{}

	left, err := fn.AddInput(fn.CreateAccumulator(), a)
	require.NoError(t, err)
	left, err = fn.AddInput(left, b)
	require.NoError(t, err)
	left, err = fn.AddInput(left, cc)
	require.NoError(t, err)
	requireSameReport(t, whole, fn.ExtractOutput(left))

	bc, err := fn.MergeAccumulators(age(items[1000:1700]), age(items[1700:]))
	require.NoError(t, err)
	right, err := fn.MergeAccumulators(age(items[:1000]), bc)
	require.NoError(t, err)
	right, err = fn.MergeAccumulators(right, fn.CreateAccumulator())
	require.NoError(t, err)
	requireSameReport(t, whole, fn.ExtractOutput(right))
}
