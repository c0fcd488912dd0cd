// Command parallel-aging ages a generated ledger of 1M open items on one
// goroutine and in shards on every core, checks that the merged report is
// the same to the cent, and prints the time per million items:
//
//	go run ./examples/parallel-aging
package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/aging/agingtest"
)

func main() {
	if err := run(os.Stdout, 1_000_000, true); err != nil {
		fmt.Fprintln(os.Stderr, "parallel-aging:", err)
		os.Exit(1)
	}
}

// run ages n generated items; timings are printed only when showTimes is
// set, so a test can check the rest of the output exactly.
func run(w io.Writer, n int, showTimes bool) error {
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	items := agingtest.Ledger(agingtest.Config{Seed: 42, Items: n, Customers: 3000,
		Currencies: []string{"EUR", "USD"}, CreditNotes: 0.05, AsOf: asOf})

	start := time.Now()
	single, err := aging.AgeSlice(asOf, items, aging.Options{})
	if err != nil {
		return err
	}
	singleTime := time.Since(start)

	shards := runtime.GOMAXPROCS(0)
	start = time.Now()
	parallel, err := aging.AgeParallel(asOf, items, aging.Options{}, shards)
	if err != nil {
		return err
	}
	parallelTime := time.Since(start)

	if err := sameReport(single, parallel); err != nil {
		return err
	}
	fmt.Fprintf(w, "aged %d items of %d customers in %d currencies; single and sharded reports agree to the cent\n",
		n, len(single.Customers), len(single.Currencies))
	for _, c := range single.Currencies {
		fmt.Fprintf(w, "%s total %s in %d items, overdue %s\n", c.Currency, c.Total.StringFixed(2), c.Items, c.Overdue().StringFixed(2))
	}
	if showTimes {
		perMillion := func(d time.Duration) time.Duration { return d * 1_000_000 / time.Duration(max(n, 1)) }
		fmt.Fprintf(w, "single goroutine: %v per million items\n", perMillion(singleTime).Round(time.Millisecond))
		fmt.Fprintf(w, "%d shards:         %v per million items (%.2f× speedup)\n", shards,
			perMillion(parallelTime).Round(time.Millisecond), singleTime.Seconds()/parallelTime.Seconds())
	}
	return nil
}

// sameReport checks two reports row by row with decimal equality.
func sameReport(a, b aging.Report) error {
	rows := [][2][]aging.Totals{{a.Currencies, b.Currencies}, {a.Customers, b.Customers}}
	for _, pair := range rows {
		if len(pair[0]) != len(pair[1]) {
			return fmt.Errorf("row counts differ: %d vs %d", len(pair[0]), len(pair[1]))
		}
		for i, x := range pair[0] {
			y := pair[1][i]
			if x.Customer != y.Customer || x.Currency != y.Currency || !x.Total.Equal(y.Total) || x.Items != y.Items {
				return fmt.Errorf("row %s %s differs", x.Customer, x.Currency)
			}
			for k := range x.Amounts {
				if !x.Amounts[k].Equal(y.Amounts[k]) {
					return fmt.Errorf("row %s %s bucket %d differs", x.Customer, x.Currency, k)
				}
			}
		}
	}
	return nil
}
