// Command report writes a self-contained HTML page — the picture a credit
// manager would rather look at than read: the aging of the ledger as one
// stacked bar per currency, the customers with the most overdue, and the
// DSO trend over a year. Standard library only (html/template and inline
// SVG); no JavaScript, no files beside the page. Run it with
//
//	go run ./examples/report > report.html
//
// or `go run ./examples/report -o report.html`.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/aging/agingtest"
	"github.com/shopspring/decimal"
)

// asOf is the report date of the embedded ledger.
var asOf = time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)

func main() {
	out := flag.String("o", "", "write the page to this file instead of standard output")
	flag.Parse()
	if err := write(*out); err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
}

// write writes the page to the named file, or to standard output for "";
// an error closing the file is an error (the page may be incomplete).
func write(name string) error {
	if name == "" {
		return run(os.Stdout)
	}
	f, err := os.Create(name) //nolint:gosec // the user names the output file on purpose
	if err != nil {
		return err
	}
	if err := run(f); err != nil {
		_ = f.Close() // the write error is the one to report
		return err
	}
	return f.Close()
}

// page is what the template draws.
type page struct {
	AsOf    string
	Labels  []string // bucket labels, for the legend
	Colors  []string
	Bars    []bar
	Top     []topTable
	Trend   trend
	Buckets int
}

// topTable is one currency's customers with the most overdue.
type topTable struct {
	Currency string
	Rows     []topRow
}

// topRow is one customer of a topTable.
type topRow struct {
	Customer, Overdue, Total, Oldest string
	Days                             int
}

// run builds the page from the embedded ledger and DSO history.
func run(w io.Writer) error {
	r, err := aging.AgeSlice(asOf, ledger(), aging.Options{})
	if err != nil {
		return err
	}
	p := page{AsOf: asOf.Format(time.DateOnly), Colors: palette[:r.Buckets.Len()], Buckets: r.Buckets.Len()}
	for i := range r.Buckets.Len() {
		p.Labels = append(p.Labels, r.Buckets.Label(i))
	}
	if p.Bars, err = bars(r); err != nil {
		return err
	}
	for _, c := range r.Currencies {
		t := topTable{Currency: c.Currency}
		top, err := aging.TopOverdue(r, c.Currency, 10)
		if err != nil {
			return err
		}
		for _, row := range top {
			// The oldest invoice, not the oldest item (which may be a credit note).
			t.Rows = append(t.Rows, topRow{Customer: row.Customer, Overdue: money(row.Overdue()), Total: money(row.Total),
				Oldest: row.OldestDebit.Ref, Days: row.OldestDebit.Days})
		}
		p.Top = append(p.Top, t)
	}
	if p.Trend, err = dsoTrend(history); err != nil {
		return err
	}
	return pageTemplate.Execute(w, p)
}

// ledger is a synthetic open-item ledger shaped like a real one: the
// generator spreads issue dates evenly over 400 days, but most old
// invoices of a real ledger have been paid, so only one in eight items
// issued more than 120 days ago is kept.
func ledger() []aging.Item {
	items := agingtest.Ledger(agingtest.Config{Seed: 7, Items: 4000, Customers: 40,
		Currencies: []string{"EUR", "USD"}, CreditNotes: 0.03, AsOf: asOf})
	cutoff := asOf.AddDate(0, 0, -120)
	var open []aging.Item
	for i, it := range items {
		if !it.Issued.Before(cutoff) || i%8 == 0 {
			open = append(open, it)
		}
	}
	return open
}

// palette colours the buckets from calm to alarming.
var palette = []string{"#4caf50", "#cddc39", "#ffc107", "#ff9800", "#f44336", "#b71c1c", "#880e4f",
	"#4a148c", "#311b92", "#1a237e", "#0d47a1", "#000000"}

// money formats an amount with two places and thousands separators.
func money(d decimal.Decimal) string {
	s := d.StringFixed(2)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	whole, frac := s[:len(s)-3], s[len(s)-3:]
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	return sign + whole + frac
}
