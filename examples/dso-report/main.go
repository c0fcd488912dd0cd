// Command dso-report prints a year of collection-speed metrics for a
// business from figures it embeds: DSO by the standard, average-balance
// and countback methods month by month, best-possible DSO and days
// delinquent, CEI, turnover, and the slowest payers from the paid-invoice
// history. Run it with
//
//	go run ./examples/dso-report
package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/receivables-go/receivables/dso"
	"github.com/receivables-go/receivables/examples/internal/format"
	"github.com/shopspring/decimal"
)

// month is one month-end of the embedded history (EUR thousands).
type month struct {
	label                       string
	days                        int
	receivables, current, sales int64
}

var history = []month{
	{"2026-01", 31, 820, 520, 610}, {"2026-02", 28, 790, 500, 580}, {"2026-03", 31, 860, 560, 660},
	{"2026-04", 30, 840, 550, 620}, {"2026-05", 31, 880, 590, 690}, {"2026-06", 30, 910, 600, 700},
	{"2026-07", 31, 870, 580, 640}, {"2026-08", 31, 800, 540, 560}, {"2026-09", 30, 850, 590, 650},
	{"2026-10", 31, 900, 630, 720}, {"2026-11", 30, 940, 650, 760}, {"2026-12", 31, 980, 700, 820},
}

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "dso-report:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	k := func(v int64) decimal.Decimal { return decimal.NewFromInt(v * 1000) }
	var months []dso.Month
	for _, m := range history {
		months = append(months, dso.Month{Label: m.label, Receivables: k(m.receivables), Sales: k(m.sales), Days: m.days})
	}
	points, err := dso.Rolling(months, 3)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "DSO by month (EUR; standard on a rolling quarter, countback on all history)")
	fmt.Fprintf(w, "%-8s %15s %10s %10s %8s %8s\n", "month", "receivables", "standard", "countback", "BPDSO", "ADD")
	for i, p := range points {
		m := history[i]
		first := max(0, i-2)
		sales, days := decimal.Zero, 0
		for _, q := range history[first : i+1] {
			sales, days = sales.Add(k(q.sales)), days+q.days
		}
		d, err := dso.DelinquencyOf(dso.Ledger{ClosingAR: k(m.receivables), ClosingCurrentAR: k(m.current), CreditSales: sales, Days: days})
		if err != nil {
			return err
		}
		cb := "n/a"
		if p.CountbackValid {
			cb = p.Countback.StringFixed(2)
		}
		fmt.Fprintf(w, "%-8s %15s %10s %10s %8s %8s\n", p.Label, format.Amount(k(m.receivables), "EUR"), p.Standard.StringFixed(2), cb,
			d.BestPossible.StringFixed(2), d.AverageDaysDelinquent.StringFixed(2))
	}

	year := decimal.Zero
	for _, m := range history {
		year = year.Add(k(m.sales))
	}
	avg, err := dso.AverageBalance([]decimal.Decimal{k(history[0].receivables), k(history[11].receivables)}, year, 365)
	if err != nil {
		return err
	}
	turn, err := dso.Turnover(year, k((history[0].receivables+history[11].receivables)/2))
	if err != nil {
		return err
	}
	cei, err := dso.CEI(dso.Ledger{
		OpeningAR:        k(history[8].receivables),
		CreditSales:      k(history[9].sales + history[10].sales + history[11].sales),
		ClosingAR:        k(history[11].receivables),
		ClosingCurrentAR: k(history[11].current),
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nYear: credit sales %s, DSO on the average balance %s days, turnover %s×\n", format.Money(year, "EUR"), avg.StringFixed(2), turn.StringFixed(2))
	fmt.Fprintf(w, "Q4 collection effectiveness index: %s%%\n", cei.StringFixed(2))

	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	paid := []dso.PaidInvoice{
		{Ref: "A-1", Customer: "Acme GmbH", Currency: "EUR", Invoiced: day(9, 1), Due: day(10, 1), Paid: day(10, 3), Amount: k(40)},
		{Ref: "A-2", Customer: "Acme GmbH", Currency: "EUR", Invoiced: day(10, 1), Due: day(10, 31), Paid: day(10, 30), Amount: k(35)},
		{Ref: "C-1", Customer: "Carter & Sons", Currency: "EUR", Invoiced: day(8, 15), Due: day(9, 14), Paid: day(11, 2), Amount: k(12)},
		{Ref: "D-1", Customer: "Delta Logistics", Currency: "EUR", Invoiced: day(9, 20), Due: day(10, 20), Paid: day(11, 4), Amount: k(20)},
	}
	rows, err := dso.ByCustomer(paid)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nSlowest payers first\n%-16s %4s %9s %7s %10s\n", "customer", "cur", "invoices", "ADP", "days late")
	for _, r := range rows {
		fmt.Fprintf(w, "%-16s %4s %9d %7s %10s\n", r.Customer, r.Currency, r.Invoices, r.AverageDaysToPay.StringFixed(2), r.AverageDaysLate.StringFixed(2))
	}
	return nil
}
