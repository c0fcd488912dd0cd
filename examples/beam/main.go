// Command beam ages a ledger of open items with an Apache Beam pipeline: the
// same library call (aging.Age per shard, Report.Merge to combine) scaled out
// over as many workers as the runner gives it. See README.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input   = flag.String("input", "", "CSV file or glob of open items (ref,customer,currency,issued,due,open[,disputed]); empty: generate a ledger")
	items   = flag.Int("items", 200_000, "items to generate when -input is empty")
	seed    = flag.Uint64("seed", 1, "seed of the generated ledger")
	parts   = flag.Int("generator_parts", 16, "parts the ledger is generated in, in parallel on the workers")
	asOf    = flag.String("as_of", "2026-06-30", "aging date, YYYY-MM-DD")
	buckets = flag.String("buckets", "30,60,90", "bucket edges in days past due, comma separated")
	shards  = flag.Int("shards", 64, "shards (keys) the items are aged in; a few per worker core")
	output  = flag.String("output", "aging-report", "output prefix: writes PREFIX.json, PREFIX-currencies.csv, PREFIX-customers.csv")
	ledger  = flag.String("write_ledger", "", "write the generated ledger to this CSV file and exit (input for -input)")
)

func main() {
	flag.Parse()
	beam.Init() // on a worker, this runs the worker and does not return
	if err := run(context.Background(), os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, stdout io.Writer) error {
	c, err := configFromFlags()
	if err != nil {
		return err
	}
	if *ledger != "" {
		f, err := os.Create(*ledger)
		if err != nil {
			return err
		}
		if err := WriteItemsCSV(f, GenerateLedger(c.Seed, c.Items, c.Parts, c.AsOf)); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	p, s := beam.NewPipelineWithRoot()
	report, err := Build(s, c)
	if err != nil {
		return err
	}
	WriteReport(s, *output, report)
	start := time.Now()
	if err := beamx.Run(ctx, p); err != nil {
		return err
	}
	out := OutputFiles(*output)
	fmt.Fprintf(stdout, "aged as of %s in %v; wrote %s, %s, %s\n\n", *asOf, time.Since(start).Round(time.Millisecond),
		out.JSON, out.Currencies, out.Customers)
	return printFile(ctx, stdout, out.Currencies)
}

func configFromFlags() (Config, error) {
	day, err := time.Parse(dateLayout, *asOf)
	if err != nil {
		return Config{}, fmt.Errorf("%w: as_of %q: %w", ErrConfig, *asOf, err)
	}
	edges, err := parseEdges(*buckets)
	if err != nil {
		return Config{}, err
	}
	c := Config{Input: *input, Items: *items, Seed: *seed, Parts: *parts, AsOf: day, Edges: edges, Shards: *shards}
	return c, c.Validate()
}

func parseEdges(s string) ([]int, error) {
	var edges []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return nil, fmt.Errorf("%w: buckets %q: %w", ErrConfig, s, err)
		}
		edges = append(edges, n)
	}
	return edges, nil
}

// printFile copies a file the pipeline wrote to stdout, through Beam's file
// systems so that a gs:// output prints too.
func printFile(ctx context.Context, w io.Writer, name string) error {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	r, err := fs.OpenRead(ctx, name)
	if err != nil {
		return err
	}
	defer r.Close()
	_, err = io.Copy(w, r)
	return err
}
