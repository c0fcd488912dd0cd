package main

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"iter"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/receivables-go/receivables/aging"
)

// ErrConfig reports a pipeline configuration the example cannot run.
var ErrConfig = errors.New("beam example: invalid configuration")

// dateLayout is the civil-date form used by the flags and the CSV files.
const dateLayout = "2006-01-02"

// Config says what the pipeline reads and how it ages. It is built from the
// command line in main and checked by Validate before a pipeline is built.
type Config struct {
	// Input is a CSV file or glob (local, gs://, s3:// — any file system
	// Beam's Go SDK registers). Empty means: generate Items items.
	Input string
	// Items, Seed and Parts describe a generated ledger: Items items from
	// Seed, generated on the workers in Parts independent parts.
	Items int
	Seed  uint64
	Parts int
	// AsOf is the aging date, a civil date (only Y/M/D is read).
	AsOf time.Time
	// Edges are the bucket edges in days past due (30, 60, 90 is the
	// library's Standard()); Basis ages by due date (zero) or as aging names it.
	Edges []int
	Basis aging.Basis
	// Shards is how many keys the items are spread over: each shard is
	// aged by one call of the library, so it bounds the parallelism.
	Shards int
}

// Validate checks c before any pipeline is built, naming the bad field.
func (c Config) Validate() error {
	switch {
	case c.Shards < 1:
		return fmt.Errorf("%w: shards %d must be at least 1", ErrConfig, c.Shards)
	case c.AsOf.IsZero():
		return fmt.Errorf("%w: as_of is not set", ErrConfig)
	case c.Input == "" && c.Items < 0:
		return fmt.Errorf("%w: items %d must not be negative", ErrConfig, c.Items)
	case c.Input == "" && c.Parts < 1:
		return fmt.Errorf("%w: generator parts %d must be at least 1", ErrConfig, c.Parts)
	}
	if _, err := c.options(); err != nil {
		return fmt.Errorf("%w: buckets %v: %w", ErrConfig, c.Edges, err)
	}
	return nil
}

func (c Config) options() (aging.Options, error) {
	b, err := aging.NewBuckets(c.Edges...)
	if err != nil {
		return aging.Options{}, err
	}
	return aging.Options{Buckets: b, Basis: c.Basis}, nil
}

func init() {
	register.DoFn2x1[string, func(aging.Item), error](&parseCSVFn{})
	register.DoFn2x1[int, func(aging.Item), error](&generateFn{})
	register.DoFn1x2[aging.Item, int, aging.Item](&shardFn{})
	register.DoFn3x2[context.Context, int, func(*aging.Item) bool, aging.Report, error](&ageShardFn{})
	register.Combiner1[aging.Report](&mergeReportsFn{})
	register.Emitter1[aging.Item]()
	register.Iter1[aging.Item]()
}

// Build adds the aging pipeline to s and returns the single-element
// PCollection<aging.Report>: the report of every item read, as
// aging.AgeSlice would give it on one machine.
func Build(s beam.Scope, c Config) (beam.PCollection, error) {
	if err := c.Validate(); err != nil {
		return beam.PCollection{}, err
	}
	return AgeItems(s.Scope("Age"), ReadItems(s.Scope("Read"), c), c)
}

// ReadItems returns the PCollection<aging.Item> the configuration names: the
// CSV lines of c.Input, or a ledger generated on the workers.
func ReadItems(s beam.Scope, c Config) beam.PCollection {
	if c.Input != "" {
		lines := textio.Read(s, c.Input)
		return beam.ParDo(s, &parseCSVFn{}, lines)
	}
	parts := make([]int, c.Parts)
	for i := range parts {
		parts[i] = i
	}
	return beam.ParDo(s, &generateFn{Seed: c.Seed, Items: c.Items, Parts: c.Parts, AsOf: c.AsOf.Format(dateLayout)},
		beam.CreateList(s, parts))
}

// AgeItems keys items by a hash of their customer, ages each shard with
// aging.Age and merges the shard reports with aging's Report.Merge.
//
// The library's report of no items (as-of date and buckets, no rows) joins
// the shard reports, so an empty ledger yields an empty report, as AgeSlice
// does, rather than no output at all.
func AgeItems(s beam.Scope, items beam.PCollection, c Config) (beam.PCollection, error) {
	opt, err := c.options()
	if err != nil {
		return beam.PCollection{}, fmt.Errorf("%w: buckets %v: %w", ErrConfig, c.Edges, err)
	}
	none, err := aging.AgeSlice(c.AsOf, nil, opt)
	if err != nil {
		return beam.PCollection{}, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	keyed := beam.ParDo(s, &shardFn{Shards: c.Shards}, items)
	shards := beam.GroupByKey(s, keyed)
	partial := beam.ParDo(s, &ageShardFn{AsOf: c.AsOf.Format(dateLayout), Edges: c.Edges, Basis: int(c.Basis)}, shards)
	all := beam.Flatten(s, beam.Create(s, none), partial)
	return beam.Combine(s, &mergeReportsFn{}, all), nil
}

// shardFn keys an item by a hash of its customer, so that all of a
// customer's items meet in one shard and that customer's totals come out of
// one call of the library; Merge then only has to add currencies. A customer
// much larger than the others makes its shard slower, never wrong.
type shardFn struct {
	Shards int `json:"shards"`
}

func (f *shardFn) ProcessElement(it aging.Item) (int, aging.Item) {
	return shardOf(it.Customer, f.Shards), it
}

func shardOf(customer string, shards int) int {
	h := fnv.New64a()
	h.Write([]byte(customer))
	return int(h.Sum64() % uint64(shards))
}

// ageShardFn ages one shard's items in one pass of aging.Age: the items
// stream from Beam's iterator, so a shard is never held in memory whole.
// Its fields are plain values because Beam serializes a DoFn to ship it to
// the workers.
type ageShardFn struct {
	AsOf  string `json:"asOf"`
	Edges []int  `json:"edges"`
	Basis int    `json:"basis"`

	asOf time.Time
	opt  aging.Options
}

func (f *ageShardFn) Setup() error {
	asOf, err := time.Parse(dateLayout, f.AsOf)
	if err != nil {
		return fmt.Errorf("%w: as-of %q: %w", ErrConfig, f.AsOf, err)
	}
	c := Config{Edges: f.Edges, Basis: aging.Basis(f.Basis)}
	opt, err := c.options()
	if err != nil {
		return fmt.Errorf("%w: buckets %v: %w", ErrConfig, f.Edges, err)
	}
	f.asOf, f.opt = asOf, opt
	return nil
}

func (f *ageShardFn) ProcessElement(_ context.Context, _ int, next func(*aging.Item) bool) (aging.Report, error) {
	return aging.Age(f.asOf, beamItems(next), f.opt)
}

// beamItems adapts Beam's grouped-value iterator to the iter.Seq aging.Age takes.
func beamItems(next func(*aging.Item) bool) iter.Seq[aging.Item] {
	return func(yield func(aging.Item) bool) {
		var it aging.Item
		for next(&it) {
			if !yield(it) {
				return
			}
		}
	}
}

// mergeReportsFn is the CombineFn that adds shard reports up. Report.Merge
// is a monoid (the empty report is its identity, and the order of merges
// does not change the result), which is what lets Beam merge partial
// results on each worker before the final merge on one.
type mergeReportsFn struct{}

func (mergeReportsFn) CreateAccumulator() aging.Report { return aging.Report{} }

func (mergeReportsFn) AddInput(acc, in aging.Report) (aging.Report, error) {
	err := acc.Merge(in)
	return acc, err
}

func (mergeReportsFn) MergeAccumulators(a, b aging.Report) (aging.Report, error) {
	err := a.Merge(b)
	return a, err
}

func (mergeReportsFn) ExtractOutput(acc aging.Report) aging.Report { return acc }
