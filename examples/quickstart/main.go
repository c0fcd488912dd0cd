// Command quickstart walks through the library on a small ledger it embeds:
// no arguments, no network, no files. Run it with
//
//	go run ./examples/quickstart
//
// It parses each customer's payment terms and computes due dates, ages the
// ledger, measures DSO two ways, lists today's dunning actions, provides
// for bad debt with a provision matrix, decides whether to take a
// supplier's early-payment discount and what discount we can afford to
// offer, and checks a new order against a customer's credit limit.
package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/aging/collections"
	"github.com/receivables-go/receivables/credit"
	"github.com/receivables-go/receivables/discount"
	"github.com/receivables-go/receivables/dso"
	"github.com/receivables-go/receivables/examples/internal/format"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// invoice is one line of the embedded sample ledger.
type invoice struct {
	ref, customer, currency, terms, issued, open string
}

// ledger is the embedded sample: four customers, two currencies, a credit
// note.
var ledger = []invoice{
	{"INV-1001", "Acme GmbH", "EUR", "2/10 net 30", "2026-09-14", "12500.00"},
	{"INV-1002", "Acme GmbH", "EUR", "2/10 net 30", "2026-10-20", "8400.50"},
	{"INV-1003", "Beijing Trading Co", "CNY", "月结30天", "2026-08-28", "96000.00"},
	{"INV-1004", "Beijing Trading Co", "CNY", "月结30天", "2026-10-05", "45200.00"},
	{"INV-1005", "Carter & Sons", "EUR", "net 60", "2026-07-31", "3120.75"},
	{"CN-0042", "Carter & Sons", "EUR", "net 60", "2026-10-02", "-420.00"},
	{"INV-1006", "Delta Logistics", "EUR", "net 30 EOM", "2026-11-03", "5600.00"},
}

// asOf is the date the report is run for.
var asOf = time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	fmt.Fprintf(w, "receivables quickstart — ledger as of %s\n", asOf.Format(time.DateOnly))
	items, err := dueDates(w)
	if err != nil {
		return err
	}
	if err := agingTable(w, items); err != nil {
		return err
	}
	if err := collectionSpeed(w); err != nil {
		return err
	}
	if err := dunning(w, items); err != nil {
		return err
	}
	if err := provision(w, items); err != nil {
		return err
	}
	if err := discounts(w); err != nil {
		return err
	}
	return creditCheck(w, items)
}

// dueDates parses each invoice's terms and prints its due date.
func dueDates(w io.Writer) ([]aging.Item, error) {
	fmt.Fprintf(w, "\n1. Terms and due dates\n%-9s %-19s %-12s %-14s %-10s %-10s %13s\n",
		"ref", "customer", "terms", "parsed as", "issued", "due", "open")
	var items []aging.Item
	for _, inv := range ledger {
		t, err := terms.Parse(inv.terms)
		if err != nil {
			return nil, fmt.Errorf("item %s: %w", inv.ref, err)
		}
		issued, err := time.Parse(time.DateOnly, inv.issued)
		if err != nil {
			return nil, fmt.Errorf("item %s: issued %q: %w", inv.ref, inv.issued, err)
		}
		open, err := decimal.NewFromString(inv.open)
		if err != nil {
			return nil, fmt.Errorf("item %s: open %q: %w", inv.ref, inv.open, err)
		}
		due := t.DueDate(issued)
		if open.IsNegative() {
			due = issued // a credit note is due at once
		}
		items = append(items, aging.Item{Ref: inv.ref, Customer: inv.customer, Currency: inv.currency, Issued: issued, Due: due, Open: open})
		fmt.Fprintf(w, "%-9s %-19s %s %-14s %-10s %-10s %9s %s\n", inv.ref, inv.customer, pad(inv.terms, 12), t,
			inv.issued, due.Format(time.DateOnly), format.Amount(open, inv.currency), inv.currency)
	}
	return items, nil
}

// agingTable ages the ledger and prints one row per customer and currency.
func agingTable(w io.Writer, items []aging.Item) error {
	r, err := aging.AgeSlice(asOf, items, aging.Options{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n2. Aging (days past due)\n%-19s %-3s", "customer", "cur")
	for i := range r.Buckets.Len() {
		fmt.Fprintf(w, " %10s", r.Buckets.Label(i))
	}
	fmt.Fprintf(w, " %11s\n", "total")
	row := func(name string, t aging.Totals) {
		fmt.Fprintf(w, "%-19s %-3s", name, t.Currency)
		for _, a := range t.Amounts {
			fmt.Fprintf(w, " %10s", format.Amount(a, t.Currency))
		}
		fmt.Fprintf(w, " %11s\n", format.Amount(t.Total, t.Currency))
	}
	for _, c := range r.Customers {
		row(c.Customer, c)
	}
	for _, c := range r.Currencies {
		row("total", c)
	}
	return nil
}

// collectionSpeed prints DSO by the standard and countback methods.
func collectionSpeed(w io.Writer) error {
	// EUR receivables at the end of October and the last three months' credit sales.
	receivables := decimal.NewFromInt(29_201)
	months := []dso.Period{{Sales: decimal.NewFromInt(14_000), Days: 31}, {Sales: decimal.NewFromInt(9_000), Days: 30}, {Sales: decimal.NewFromInt(12_000), Days: 31}}
	standard, err := dso.Standard(receivables, decimal.NewFromInt(35_000), 92)
	if err != nil {
		return err
	}
	countback, err := dso.Countback(receivables, months)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n3. Collection speed (EUR)\nDSO, standard (quarter): %s days\nDSO, countback:          %s days\n", standard, countback)
	return nil
}

// ladder is the dunning policy: what to do how many days past due.
var ladder = collections.Ladder{
	{Name: "reminder", Action: "email", Days: 1},
	{Name: "second reminder", Action: "email", Days: 14},
	{Name: "phone call", Action: "call", Days: 30},
	{Name: "final notice", Action: "letter", Days: 45},
	{Name: "collection agency", Action: "agency", Days: 60},
}

// dunning prints today's dunning actions; Carter & Sons had its final
// notice last week, so it gets nothing new today.
func dunning(w io.Writer, items []aging.Item) error {
	run, err := collections.Dun(asOf, items, collections.DunOptions{Ladder: ladder, Taken: map[collections.Account]string{{Customer: "Carter & Sons", Currency: "EUR"}: "final notice"}})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n4. Dunning today\n%-19s %-3s %11s %5s  %s\n", "customer", "cur", "due", "days", "step")
	for _, a := range run.Actions {
		fmt.Fprintf(w, "%-19s %-3s %11s %5d  %s (%s)\n", a.Customer, a.Currency, format.Amount(a.Due, a.Currency), a.MaxDays, a.Step.Name, a.Step.Action)
	}
	return nil
}

// lossRates are the provision matrix's rates per bucket, from the
// company's own loss history (IFRS 9 simplified approach).
var lossRates = []decimal.Decimal{
	decimal.RequireFromString("0.005"), decimal.RequireFromString("0.02"), decimal.RequireFromString("0.08"),
	decimal.RequireFromString("0.20"), decimal.RequireFromString("0.50"),
}

// provision prints the bad-debt allowance per currency.
func provision(w io.Writer, items []aging.Item) error {
	r, err := aging.AgeSlice(asOf, items, aging.Options{})
	if err != nil {
		return err
	}
	p, err := aging.ProvisionMatrix(r, aging.Matrix{Rates: lossRates, Adjustment: decimal.NewFromInt(1)})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n5. Provision matrix (0.5%%, 2%%, 8%%, 20%%, 50%% by bucket)\n%-3s", "cur")
	for i := range r.Buckets.Len() {
		fmt.Fprintf(w, " %10s", r.Buckets.Label(i))
	}
	fmt.Fprintf(w, " %11s\n", "allowance")
	for _, c := range p.Currencies {
		fmt.Fprintf(w, "%-3s", c.Currency)
		for _, b := range c.Buckets {
			fmt.Fprintf(w, " %10s", format.Amount(b, c.Currency))
		}
		fmt.Fprintf(w, " %11s\n", format.Amount(c.Total, c.Currency))
	}
	return nil
}

// discounts answers the buyer's and the seller's discount questions.
func discounts(w io.Writer) error {
	invoice := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	d, err := discount.Decide(discount.Invoice{Terms: terms.MustParse("2/10 net 30"), Issued: invoice, Amount: decimal.NewFromInt(20_000), Currency: "EUR"},
		discount.Funding{CostOfFunds: decimal.RequireFromString("0.08")})
	if err != nil {
		return err
	}
	cost, err := discount.CostOfForgoing(decimal.RequireFromString("0.02"), 10, 30, terms.Actual365Fixed)
	if err != nil {
		return err
	}
	breakEven, err := discount.BreakEvenRate(decimal.RequireFromString("0.08"), 10, 30, terms.Actual365Fixed)
	if err != nil {
		return err
	}
	verdict := "pay in full on " + d.Best.Date.Format(time.DateOnly)
	if d.Take {
		verdict = fmt.Sprintf("take it: pay %s on %s, saving %s", format.Money(d.Best.Pay, "EUR"), d.Best.Date.Format(time.DateOnly), format.Money(d.Saving, "EUR"))
	}
	fmt.Fprintf(w, "\n6. Early-payment discounts\nSupplier offers 2/10 net 30 on EUR 20,000.00; skipping it costs %s a year (%s compounded).\n",
		format.Percent(cost.Nominal, 2), format.Percent(cost.Effective, 2))
	fmt.Fprintf(w, "With funds at 8%%: %s.\n", verdict)
	fmt.Fprintf(w, "Offering our customers payment 20 days sooner is worth at most %s at an 8%% cost of capital.\n",
		format.Percent(breakEven, 2))
	return nil
}

// creditCheck checks a new order from Acme against its limit.
func creditCheck(w io.Writer, items []aging.Item) error {
	open := decimal.Zero
	for _, it := range items {
		if it.Customer == "Acme GmbH" {
			open = open.Add(it.Open)
		}
	}
	limit := credit.CreditLimit{Customer: "Acme GmbH", Currency: "EUR", Amount: decimal.NewFromInt(40_000)}
	exposure := credit.Exposure{Currency: "EUR", OpenReceivables: open, OpenOrders: decimal.NewFromInt(6_000), OverdueDays: 41}
	d, err := credit.CheckRules{}.Check(limit, exposure, credit.Order{Ref: "SO-7781", Currency: "EUR", Amount: decimal.NewFromInt(9_500)})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n7. Credit check: order SO-7781 of EUR 9,500.00 for Acme GmbH (limit EUR 40,000.00)\n")
	fmt.Fprintf(w, "exposure %s → %s, headroom %s → %s: %s\n", format.Money(d.ExposureBefore, "EUR"), format.Money(d.ExposureAfter, "EUR"),
		format.Money(d.HeadroomBefore, "EUR"), format.Money(d.HeadroomAfter, "EUR"), d.Outcome)
	for _, r := range d.Reasons {
		fmt.Fprintf(w, "  - %s\n", r.Text)
	}
	return nil
}

// pad pads s to n display columns, counting CJK characters as two.
func pad(s string, n int) string {
	width := 0
	for _, r := range s {
		width++
		if r >= 0x2E80 {
			width++
		}
	}
	for ; width < n; width++ {
		s += " "
	}
	return s
}
