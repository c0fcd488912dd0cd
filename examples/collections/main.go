// Command collections runs a week of collections work on a ledger it
// embeds: a payment is applied, the ledger is aged, today's dunning
// actions are listed (disputes held, a payment plan respected), the loss
// allowance is provided by matrix, write-off candidates are proposed and
// receipts are forecast for six weeks. Run it with
//
//	go run ./examples/collections
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/aging/collections"
	"github.com/receivables-go/receivables/examples/internal/format"
	"github.com/shopspring/decimal"
)

var today = time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)

// item builds an open item due daysPastDue days before today on 30-day terms.
func item(ref, customer, currency string, daysPastDue int, open string) aging.Item {
	due := today.AddDate(0, 0, -daysPastDue)
	return aging.Item{Ref: ref, Customer: customer, Currency: currency, Issued: due.AddDate(0, 0, -30), Due: due,
		Open: decimal.RequireFromString(open)}
}

func ledger() []aging.Item {
	items := []aging.Item{
		item("INV-201", "Acme GmbH", "EUR", 45, "4200.00"),
		item("INV-202", "Acme GmbH", "EUR", 12, "1800.00"),
		item("INV-203", "Acme GmbH", "EUR", -10, "2600.00"),
		item("INV-301", "Beijing Trading", "CNY", 8, "52000.00"),
		item("INV-302", "Beijing Trading", "CNY", -20, "38000.00"),
		item("INV-401", "Carter & Sons", "EUR", 95, "730.00"),
		item("INV-402", "Carter & Sons", "EUR", 400, "3.40"),
		item("CN-040", "Carter & Sons", "EUR", 30, "-120.00"),
		item("INV-501", "Delta Logistics", "EUR", 0, "990.00"),
		item("INV-502", "Delta Logistics", "EUR", 33, "1500.00"),
		item("INV-601", "Eastwind Ltd", "EUR", 70, "6100.00"),
	}
	items[9].Disputed = true // Delta disputes INV-502
	return items
}

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "collections:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	items := ledger()
	fmt.Fprintf(w, "collections week of %s\n", today.Format(time.DateOnly))

	// 1. Acme pays 5,000.00: oldest first.
	var acme, rest []aging.Item
	for _, it := range items {
		if it.Customer == "Acme GmbH" {
			acme = append(acme, it)
		} else {
			rest = append(rest, it)
		}
	}
	applied, err := collections.ApplyFIFO(acme, decimal.NewFromInt(5000))
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\n1. Acme GmbH pays EUR 5,000.00 (oldest first)")
	for _, a := range applied.Applications {
		fmt.Fprintf(w, "   %-8s %10s\n", a.Ref, format.Amount(a.Applied, "EUR"))
	}
	items = append(rest, applied.Open...)

	// 2. Aging.
	r, err := aging.AgeSlice(today, items, aging.Options{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n2. Aging\n   %-16s %-3s", "customer", "cur")
	for i := range r.Buckets.Len() {
		fmt.Fprintf(w, " %10s", r.Buckets.Label(i))
	}
	fmt.Fprintf(w, " %10s\n", "total")
	for _, row := range append(r.Customers, r.Currencies...) {
		name := row.Customer
		if name == "" {
			name = "total"
		}
		fmt.Fprintf(w, "   %-16s %-3s", name, row.Currency)
		for _, a := range row.Amounts {
			fmt.Fprintf(w, " %10s", format.Amount(a, row.Currency))
		}
		fmt.Fprintf(w, " %10s\n", format.Amount(row.Total, row.Currency))
	}

	// 3. Dunning: Eastwind agreed a payment plan; Acme was already called.
	run, err := collections.Dun(today, items, collections.DunOptions{
		Taken:   map[collections.Account]string{{Customer: "Acme GmbH", Currency: "EUR"}: "phone call"},
		Stopped: map[string]bool{"Eastwind Ltd": true},
	})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\n3. Dunning today (due: what the step covers; overdue: the part at least a day past due)")
	for _, a := range run.Actions {
		fmt.Fprintf(w, "   %-16s %-18s (%s) due %s, overdue %s %s, oldest %d days: %s\n", a.Customer, a.Step.Name, a.Step.Action,
			format.Amount(a.Due, a.Currency), format.Amount(a.Overdue, a.Currency), a.Currency, a.MaxDays, strings.Join(a.Refs, ", "))
	}
	fmt.Fprintf(w, "   held in dispute: %s; payment plan: %s\n", strings.Join(run.Disputed, ", "), strings.Join(run.Stopped, ", "))

	// 4. Provision matrix (IFRS 9 example rates).
	rates := []decimal.Decimal{decimal.RequireFromString("0.003"), decimal.RequireFromString("0.016"),
		decimal.RequireFromString("0.036"), decimal.RequireFromString("0.066"), decimal.RequireFromString("0.106")}
	p, err := aging.ProvisionMatrix(r, aging.Matrix{Rates: rates})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\n4. Loss allowance (0.3%, 1.6%, 3.6%, 6.6%, 10.6%): (aging row − credit balances excluded) × rate")
	for _, c := range p.Currencies {
		excluded := decimal.Zero
		for _, e := range c.Excluded {
			excluded = excluded.Add(e)
		}
		fmt.Fprintf(w, "   %s %10s  (credit balances excluded: %s)\n", c.Currency, format.Amount(c.Total, c.Currency),
			format.Amount(excluded, c.Currency))
	}
	for _, c := range p.Customers {
		fmt.Fprintf(w, "   %-16s %s %10s", c.Customer, c.Currency, format.Amount(c.Total, c.Currency))
		for i, e := range c.Excluded {
			if !e.IsZero() {
				fmt.Fprintf(w, "  (%s %s excluded from %s)", format.Amount(e, c.Currency), c.Currency, r.Buckets.Label(i))
			}
		}
		fmt.Fprintln(w)
	}

	// 5. Write-off candidates.
	cands, err := collections.WriteOffCandidates(today, items, collections.WriteOffPolicy{MinDaysPastDue: 365,
		SmallBalance: decimal.NewFromInt(5), Matrix: aging.Matrix{Rates: rates}})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\n5. Write-off candidates")
	for _, c := range cands {
		fmt.Fprintf(w, "   %-8s %-16s %s %8s, %d days, %s, provision held %s\n", c.Ref, c.Customer, c.Currency,
			format.Amount(c.Open, c.Currency), c.Days, c.Reason, format.Amount(c.Provision, c.Currency))
	}

	// 6. Six-week forecast: Beijing Trading pays 12 days late on average.
	f, err := collections.Forecast(items, collections.ForecastOptions{Start: today, Weeks: 6,
		DaysLate: map[string]int{"Beijing Trading": 12}, OverdueCollection: decimal.RequireFromString("0.8")})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\n6. Expected receipts by week (80% of overdue collectible)")
	for _, c := range f {
		fmt.Fprintf(w, "   %s", c.Currency)
		for _, v := range c.Weeks {
			fmt.Fprintf(w, " %9s", format.Amount(v, c.Currency))
		}
		fmt.Fprintf(w, " | later %s, doubtful %s, total %s\n", format.Amount(c.Beyond, c.Currency), format.Amount(c.Doubtful, c.Currency), format.Amount(c.Total, c.Currency))
	}
	return nil
}
