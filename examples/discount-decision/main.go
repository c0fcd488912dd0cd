// Command discount-decision works through early-payment discounts from
// both sides, on figures it embeds:
//
//   - the buyer's treasurer: for each supplier invoice, what skipping the
//     discount costs as an annual rate, and whether to take it at the
//     company's cost of funds;
//   - the seller's credit manager: the largest discount worth offering
//     against the cost of capital, and a whole 2/10 net 30 programme's
//     economics (DSO, cash released, bad debt, discount cost);
//   - dynamic discounting: which invoices to pay early from a cash budget.
//
// Run it with
//
//	go run ./examples/discount-decision
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/receivables-go/receivables/discount"
	"github.com/receivables-go/receivables/examples/internal/format"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// supplierInvoice is one line of the buyer's payables.
type supplierInvoice struct {
	ref, supplier, terms, date, amount string
}

// payables are the buyer's open supplier invoices (EUR).
var payables = []supplierInvoice{
	{"SUP-201", "Nordic Steel AB", "2/10 net 30", "2026-11-16", "48000.00"},
	{"SUP-202", "Lyon Packaging", "1/10 net 30", "2026-11-18", "12500.00"},
	{"SUP-203", "Rhein Chemie", "2/10 EOM", "2026-11-05", "30000.00"},
	{"SUP-204", "Baltic Freight", "1.5/15 net 45", "2026-11-20", "8200.00"},
	{"SUP-205", "Office Direct", "net 30", "2026-11-10", "940.00"},
}

var (
	today       = time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	costOfFunds = decimal.RequireFromString("0.08") // the buyer's borrowing rate
	costOfCap   = decimal.RequireFromString("0.10") // the seller's cost of capital
	apr         = decimal.RequireFromString("0.12") // the dynamic-discounting offer
	budget      = decimal.NewFromInt(60_000)        // cash for early payment today
	dayCount    = terms.Actual365Fixed
	currency    = "EUR" // every figure of the example
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "discount-decision:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	invoices, err := parse(payables)
	if err != nil {
		return err
	}
	if err := buyer(w, invoices); err != nil {
		return err
	}
	if err := seller(w); err != nil {
		return err
	}
	return dynamic(w, invoices)
}

// invoice is a supplier invoice with its terms parsed.
type invoice struct {
	supplierInvoice
	terms  terms.Terms
	issued time.Time
	amount decimal.Decimal
}

// parse reads the embedded payables.
func parse(lines []supplierInvoice) ([]invoice, error) {
	var out []invoice
	for _, l := range lines {
		t, err := terms.Parse(l.terms)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", l.ref, err)
		}
		issued, err := time.Parse(time.DateOnly, l.date)
		if err != nil {
			return nil, fmt.Errorf("%s: date %q: %w", l.ref, l.date, err)
		}
		amount, err := decimal.NewFromString(l.amount)
		if err != nil {
			return nil, fmt.Errorf("%s: amount %q: %w", l.ref, l.amount, err)
		}
		out = append(out, invoice{l, t, issued, amount})
	}
	return out, nil
}

// buyer prints, per invoice, the cost of skipping its first discount and
// the decision at the buyer's cost of funds. Rates are shown as percent to
// 2 places; money to the cent (the package rounds half-up).
func buyer(w io.Writer, invoices []invoice) error {
	fmt.Fprintf(w, "1. Take the discount? (buyer, cost of funds %s%% a year, Actual/365)\n", pct(costOfFunds))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "invoice\tsupplier\tterms\tamount\tdiscount by\tdiscount\tskipping costs\tcompounded\tdecision\t")
	for _, inv := range invoices {
		tiers, err := discount.CostOfTerms(inv.terms, inv.issued, dayCount)
		if err != nil {
			return fmt.Errorf("%s: %w", inv.ref, err)
		}
		d, err := discount.Decide(discount.Invoice{Terms: inv.terms, Issued: inv.issued, Amount: inv.amount, Currency: currency},
			discount.Funding{CostOfFunds: costOfFunds, DayCount: dayCount})
		if err != nil {
			return fmt.Errorf("%s: %w", inv.ref, err)
		}
		by, disc, nominal, effective := "-", "-", "-", "-"
		if len(tiers) > 0 {
			first := tiers[0]
			by = first.Deadline.Format(time.DateOnly)
			disc = money(inv.amount.Mul(first.Rate)) // money rounds to the currency's minor unit
			nominal, effective = pct(first.Cost.Nominal)+"%", pct(first.Cost.Effective)+"%"
		}
		verdict := "pay " + money(d.Best.Pay) + " on " + d.Best.Date.Format(time.DateOnly)
		if d.Take {
			verdict = "take: " + verdict + ", saves " + money(d.Saving)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", inv.ref, inv.supplier, inv.terms.String(), money(inv.amount),
			by, disc, nominal, effective, verdict)
	}
	return tw.Flush()
}

// seller prints the break-even discount and a programme's economics.
func seller(w io.Writer) error {
	fmt.Fprintf(w, "\n2. What discount can we afford? (seller, cost of capital %s%%)\n", pct(costOfCap))
	for _, net := range []int{30, 45} {
		d, err := discount.BreakEvenRate(costOfCap, 10, net, dayCount)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "paid on day 10 instead of day %d: break-even discount %s%%\n", net, pct(d))
	}
	p := discount.Program{
		AnnualSales: decimal.NewFromInt(24_000_000), Rate: decimal.RequireFromString("0.02"),
		TakeUp: decimal.RequireFromString("0.40"), CurrentDSO: decimal.NewFromInt(52), TakersDSO: decimal.NewFromInt(10),
		CostOfCapital: costOfCap, BadDebtWithout: decimal.RequireFromString("0.012"), BadDebtWith: decimal.RequireFromString("0.009"),
		Invoices: 9600, AdminCostPerInvoice: decimal.RequireFromString("1.50"), DayCount: dayCount, Currency: currency,
	}
	e, err := discount.Evaluate(p)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nOffering 2/10 net 30 on 24,000,000.00 EUR of sales, 40%% of buyers taking it, DSO 52 → takers 10:\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	for _, l := range []struct{ name, value string }{
		{"new DSO (days)", format.Number(e.NewDSO, 2)},
		{"receivables released", money(e.Released)},
		{"financing saved a year", money(e.FinancingSaved)},
		{"bad debt saved a year", money(e.BadDebtSaved)},
		{"discounts given a year", money(e.DiscountCost.Neg())},
		{"handling a year", money(e.AdminCost.Neg())},
		{"net benefit a year", money(e.NetBenefit)},
		{"break-even discount, all effects", pct(e.BreakEvenRate) + "%"},
	} {
		fmt.Fprintf(tw, "%s\t%s\t\n", l.name, l.value)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	verdict := "worth offering"
	if e.NetBenefit.IsNegative() {
		verdict = "not worth offering at 2%: it pays only below " + pct(e.BreakEvenRate) + "%"
	}
	fmt.Fprintf(w, "verdict: %s\n", verdict)
	return nil
}

// dynamic picks the invoices to pay early today from the cash budget at
// the platform's APR.
func dynamic(w io.Writer, invoices []invoice) error {
	var ps []discount.Payable
	for _, inv := range invoices {
		ps = append(ps, discount.Payable{Ref: inv.ref, Amount: inv.amount, Currency: currency, Due: inv.terms.DueDate(inv.issued)})
	}
	chosen, used, err := discount.Batch(today, ps, discount.Pricing{APR: apr, DayCount: dayCount}, budget)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n3. Or dynamic discounting instead, on %s: %s%% APR, budget %s EUR\n", today.Format(time.DateOnly), pct(apr), money(budget))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "invoice\tdays early\tdiscount\tpay\t")
	saved := decimal.Zero
	for _, o := range chosen {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t\n", o.Ref, o.DaysEarly, money(o.Discount), money(o.Pay))
		saved = saved.Add(o.Discount)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "cash used %s of %s, saved %s\n", money(used), money(budget), money(saved))
	return nil
}

// pct shows a fraction as a percentage with 2 places, half-up, without
// the sign (the text around it has one).
func pct(f decimal.Decimal) string { return strings.TrimSuffix(format.Percent(f, 2), "%") }

// money formats an amount in the payables' currency (its code is in the
// headings), with thousands separators.
func money(d decimal.Decimal) string { return format.Amount(d, currency) }
