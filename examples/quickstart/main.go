// Command quickstart walks through the library on a small ledger it embeds:
// no arguments, no network, no files. Run it with
//
//	go run ./examples/quickstart
//
// It grows as the packages land; today it lists the embedded open items and
// their totals per currency (currencies are never summed together).
package main

import (
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/shopspring/decimal"
)

// invoice is one line of the embedded sample ledger.
type invoice struct {
	ref, customer, currency, terms, issued string
	open                                   string
}

// ledger is the embedded sample: a handful of customers, two currencies,
// one credit note.
var ledger = []invoice{
	{"INV-1001", "Acme GmbH", "EUR", "2/10 net 30", "2026-09-14", "12500.00"},
	{"INV-1002", "Acme GmbH", "EUR", "2/10 net 30", "2026-10-20", "8400.50"},
	{"INV-1003", "Beijing Trading Co", "CNY", "月结30天", "2026-08-28", "96000.00"},
	{"INV-1004", "Beijing Trading Co", "CNY", "月结30天", "2026-10-05", "45200.00"},
	{"INV-1005", "Carter & Sons", "EUR", "net 60", "2026-07-31", "3120.75"},
	{"CN-0042", "Carter & Sons", "EUR", "net 60", "2026-10-02", "-420.00"},
	{"INV-1006", "Delta Logistics", "EUR", "net 30 EOM", "2026-11-03", "5600.00"},
}

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	fmt.Fprintln(w, "receivables quickstart — sample ledger")
	fmt.Fprintln(w)
	fmt.Fprintf(w, "%-9s %-20s %-12s %-10s %4s %12s\n", "ref", "customer", "terms", "issued", "cur", "open")
	totals := map[string]decimal.Decimal{}
	for _, inv := range ledger {
		amount, err := decimal.NewFromString(inv.open)
		if err != nil {
			return fmt.Errorf("item %s: open amount %q: %w", inv.ref, inv.open, err)
		}
		totals[inv.currency] = totals[inv.currency].Add(amount)
		fmt.Fprintf(w, "%-9s %-20s %-12s %-10s %4s %12s\n",
			inv.ref, inv.customer, inv.terms, inv.issued, inv.currency, amount.StringFixed(2))
	}
	currencies := make([]string, 0, len(totals))
	for c := range totals {
		currencies = append(currencies, c)
	}
	sort.Strings(currencies)
	fmt.Fprintln(w)
	for _, c := range currencies {
		fmt.Fprintf(w, "total open %s %s\n", c, totals[c].StringFixed(2))
	}
	return nil
}
