package main

import (
	"path/filepath"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/receivables-go/receivables/aging"
)

// benchItems is the ledger both benchmarks age: the figures in the README's
// Scale section come from
//
//	go test -run '^$' -bench . -benchmem -benchtime 5x
const benchItems = 200_000

func benchConfig() Config {
	c := testConfig()
	c.Items, c.Parts, c.Shards = benchItems, 16, 64
	return c
}

// BenchmarkPipeline is the whole pipeline on the local runner: generating
// the ledger on the workers, sharding, ageing, merging and writing.
func BenchmarkPipeline(b *testing.B) {
	c := benchConfig()
	b.ReportAllocs()
	for b.Loop() {
		p, s := beam.NewPipelineWithRoot()
		rep, err := Build(s, c)
		if err != nil {
			b.Fatal(err)
		}
		WriteReport(s, filepath.Join(b.TempDir(), "report"), rep)
		if err := ptest.Run(p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(c.Items)*float64(b.N)/b.Elapsed().Seconds(), "items/s")
}

// BenchmarkAgeSlice is the library alone on the same ledger, generated
// beforehand.
func BenchmarkAgeSlice(b *testing.B) {
	c := benchConfig()
	items := GenerateLedger(c.Seed, c.Items, c.Parts, c.AsOf)
	opt, err := c.options()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := aging.AgeSlice(c.AsOf, items, opt); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(c.Items)*float64(b.N)/b.Elapsed().Seconds(), "items/s")
}

// BenchmarkGenerate is what generating the ledger costs, which the pipeline
// figure includes and the AgeSlice one does not.
func BenchmarkGenerate(b *testing.B) {
	c := benchConfig()
	b.ReportAllocs()
	for b.Loop() {
		GenerateLedger(c.Seed, c.Items, c.Parts, c.AsOf)
	}
	b.ReportMetric(float64(c.Items)*float64(b.N)/b.Elapsed().Seconds(), "items/s")
}
