// Command cash-application runs a day's bank statement against a ledger
// it embeds: for each bank line the proposal of package collections —
// the items it pays, the rule, the evidence and the confidence — then
// what was applied automatically, what is left for review, and the
// ledger after. Run it with
//
//	go run ./examples/cash-application
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/aging/collections"
	"github.com/receivables-go/receivables/examples/internal/format"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

func day(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
func amt(s string) decimal.Decimal      { return decimal.RequireFromString(s) }

// invoice is an open item issued on issued under the terms t.
func invoice(ref, customer, currency string, issued time.Time, t, open string) collections.OpenItem {
	tt := terms.MustParse(t)
	return collections.OpenItem{Item: aging.Item{Ref: ref, Customer: customer, Currency: currency, Issued: issued,
		Due: tt.DueDate(issued), Open: amt(open)}, Terms: tt}
}

// The ledger: four customers' open items, and what we know of their payers.
var book = collections.Book{
	Items: []collections.OpenItem{
		invoice("INV/2026/0101", "C-ACME", "EUR", day(4, 20), "net 30", "1250.00"),
		invoice("INV/2026/0117", "C-ACME", "EUR", day(5, 4), "net 30", "880.00"),
		invoice("INV/2026/0142", "C-ACME", "EUR", day(5, 28), "net 30", "2400.00"),
		invoice("INV/2026/0150", "C-NORD", "EUR", day(6, 10), "2/10 net 30", "5000.00"),
		invoice("INV/2026/0151", "C-NORD", "EUR", day(6, 11), "2/10 net 30", "740.00"),
		invoice("INV/2026/0007", "C-NORD", "EUR", day(3, 2), "net 30", "310.00"),
		invoice("INV/2026/0160", "C-BETA", "EUR", day(5, 15), "net 30", "199.00"),
		invoice("INV/2026/0161", "C-BETA", "EUR", day(5, 20), "net 30", "199.00"),
		invoice("INV/2026/0162", "C-BETA", "EUR", day(5, 25), "net 30", "1020.00"),
		invoice("INV/2026/0170", "C-ORION", "USD", day(5, 30), "net 30", "3300.00"),
		invoice("INV/2026/0171", "C-ORION", "EUR", day(6, 1), "net 30", "650.00"),
		invoice("INV/2026/0180", "C-ACME", "EUR", day(6, 1), "net 30", "300.00"),
		invoice("INV/2026/0181", "C-ACME", "EUR", day(6, 5), "net 30", "450.00"),
		invoice("INV/2026/0190", "C-NORD", "EUR", day(6, 8), "net 30", "120.00"),
	},
	Payers: []collections.Payer{
		{Customer: "C-ACME", Name: "ACME Maschinenbau GmbH", Accounts: []string{"DE89 3704 0044 0532 0130 00"}},
		{Customer: "C-NORD", Name: "Nordwind Logistik AG", Aliases: []string{"Nordwind Holding"}, Accounts: []string{"DE02 1203 0000 0000 2020 51"}},
		{Customer: "C-BETA", Name: "Beta Trading Ltd", Accounts: []string{"GB29 NWBK 6016 1331 9268 19"}},
		{Customer: "C-ORION", Name: "Orion Systems Inc."},
	},
}

func init() {
	// the structured creditor reference printed on one invoice
	book.Items[10].PaymentRef = "RF18 5390 0754 7034"
}

// acmeHistory is C-ACME's account before the day, for its statement.
var acmeHistory = []collections.Entry{
	{Date: day(4, 2), Kind: collections.EntryInvoice, Ref: "INV/2026/0088", Amount: amt("600.00")},
	{Date: day(4, 20), Kind: collections.EntryInvoice, Ref: "INV/2026/0101", Amount: amt("1250.00")},
	{Date: day(4, 30), Kind: collections.EntryPayment, Ref: "INV/2026/0088", Amount: amt("-600.00")},
	{Date: day(5, 4), Kind: collections.EntryInvoice, Ref: "INV/2026/0117", Amount: amt("880.00")},
	{Date: day(5, 28), Kind: collections.EntryInvoice, Ref: "INV/2026/0142", Amount: amt("2400.00")},
	{Date: day(6, 1), Kind: collections.EntryInvoice, Ref: "INV/2026/0180", Amount: amt("300.00")},
	{Date: day(6, 5), Kind: collections.EntryInvoice, Ref: "INV/2026/0181", Amount: amt("450.00")},
	{Date: day(6, 10), Kind: collections.EntryInvoice, Ref: "INV/2026/0131", Amount: amt("200.00")},
	{Date: day(6, 12), Kind: collections.EntryCreditNote, Ref: "CN/2026/0009", Text: "cancels INV/2026/0131", Amount: amt("-200.00")},
}

// statement is the bank statement of June 19, 2026.
var statement = []collections.Receipt{
	{ID: "B01", Amount: amt("1250.00"), PayerName: "ACME MASCHINENBAU GMBH", PayerAccount: "DE89370400440532013000", Label: "SEPA CT INV/2026/0101"},
	{ID: "B02", Amount: amt("3280.00"), PayerName: "Acme Maschinenbau G.m.b.H.", Label: "Rechnung 2026-0117, 2026-0142"},
	{ID: "B03", Amount: amt("5625.20"), PayerName: "NORDWIND HOLDING", Label: "Zahlung inv 150 inv 151 abzgl. 2% Skonto"},
	{ID: "B04", Amount: amt("310.00"), PayerAccount: "DE02120300000000202051", Label: "ＩＮＶ／２０２６／０００７"},
	{ID: "B05", Amount: amt("199.00"), PayerName: "Beta Trading Limited", Label: "Payment"},
	{ID: "B06", Amount: amt("1015.50"), PayerAccount: "GB29NWBK60161331926819", Label: "INV 2026 0162", Note: "less bank charges"},
	{ID: "B07", Amount: amt("650.00"), PayerName: "ORION SYSTEMS", Reference: "RF18 5390 0754 7034"},
	{ID: "B08", Amount: amt("3300.00"), PayerName: "Orion Systems", Reference: "RF71 5390 0754 7034"},
	{ID: "B09", Amount: amt("750.00"), PayerAccount: "DE89 3704 0044 0532 0130 00", Label: "Payment June"},
	{ID: "B10", Amount: amt("150.00"), PayerName: "Nordwind Logistik", Label: "Invoice 190"},
	{ID: "B11", Amount: amt("48.20"), PayerName: "Finanzamt", Label: "Steuererstattung 2025"},
}

func main() {
	asHTML := flag.Bool("html", false, "print only the statement of account, as a self-contained HTML page")
	flag.Parse()
	if err := run(os.Stdout, *asHTML); err != nil {
		fmt.Fprintln(os.Stderr, "cash-application:", err)
		os.Exit(1)
	}
}

// run prints the day's cash application and a customer's statement of
// account; with asHTML, only the statement, as an HTML page.
func run(w io.Writer, asHTML bool) error {
	text := w
	if asHTML {
		w = io.Discard // the page holds only the statement
	}
	for i := range statement {
		statement[i].Currency, statement[i].ValueDate = "EUR", day(6, 19)
	}
	opt := collections.MatchOptions{TolerancePercent: amt("0.5")}
	proposals, err := collections.Match(statement, book, opt)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Bank statement of 2026-06-19: %d lines against %d open items (auto-apply at %d%%, tolerance 0.5%%)\n\n",
		len(statement), len(book.Items), collections.DefaultAutoApply)
	var accepted, review []collections.Proposal
	for _, p := range proposals {
		printProposal(w, statement[p.Receipt], p)
		if p.Auto {
			accepted = append(accepted, p)
		} else {
			review = append(review, p)
		}
	}
	posted, err := collections.ApplyProposals(book, accepted)
	if err != nil {
		return err
	}
	printApplied(w, posted)
	printReview(w, review)
	fmt.Fprintln(w, "\nOpen items after")
	for _, it := range posted.Open {
		fmt.Fprintf(w, "  %-14s %-8s %s  due %s\n", it.Ref, it.Customer, format.Money(it.Open, it.Currency), it.Due.Format(time.DateOnly))
	}
	st, err := statementOf("C-ACME", "EUR", posted)
	if err != nil {
		return err
	}
	if asHTML {
		return writeStatementHTML(text, st)
	}
	printStatement(w, st)
	return nil
}

// statementOf is a customer's statement of account for June up to the
// day, the day's applied receipts included.
func statementOf(customer, currency string, posted collections.CashPosting) (collections.AccountStatement, error) {
	entries := append([]collections.Entry(nil), acmeHistory...)
	for _, rp := range posted.Receipts {
		if rp.Customer == customer && rp.Currency == currency {
			entries = append(entries, collections.Entry{Date: day(6, 19), Kind: collections.EntryPayment, Ref: rp.ID, Text: "bank", Amount: rp.Cash.Neg()})
			if rp.Discount.IsPositive() {
				entries = append(entries, collections.Entry{Date: day(6, 19), Kind: collections.EntryAdjustment, Ref: rp.ID, Text: "discount", Amount: rp.Discount.Neg()})
			}
		}
	}
	var open []aging.Item
	for _, it := range posted.Open {
		if it.Customer == customer && it.Currency == currency {
			open = append(open, it)
		}
	}
	return collections.Statement(collections.StatementRequest{Customer: customer, Currency: currency,
		From: day(6, 1), To: day(6, 19), Entries: entries, Open: open})
}

// printStatement prints a statement of account as text.
func printStatement(w io.Writer, st collections.AccountStatement) {
	currency := st.Currency
	fmt.Fprintf(w, "\nStatement of account %s, %s to %s (%s)\n", st.Customer, st.From.Format(time.DateOnly), st.To.Format(time.DateOnly), st.Currency)
	fmt.Fprintf(w, "  %-10s %-12s %-14s %12s %12s\n", "date", "kind", "ref", "amount", "balance")
	fmt.Fprintf(w, "  %-10s %-12s %-14s %12s %12s\n", "", "opening", "", "", format.Amount(st.Opening, currency))
	for _, l := range st.Lines {
		fmt.Fprintf(w, "  %-10s %-12s %-14s %12s %12s\n", l.Date.Format(time.DateOnly), l.Kind, l.Ref,
			format.Amount(l.Amount, currency), format.Amount(l.Balance, currency))
	}
	fmt.Fprintf(w, "  %-10s %-12s %-14s %12s %12s\n", "", "closing", "", "", format.Amount(st.Closing, currency))
	fmt.Fprint(w, "  aging of the closing balance:")
	for i, a := range st.Aging.Amounts {
		fmt.Fprintf(w, " %s %s", st.Buckets.Label(i), format.Amount(a, currency))
	}
	fmt.Fprintf(w, "; not in the open items %s\n", format.Amount(st.Unaged, currency))
}

func printProposal(w io.Writer, r collections.Receipt, p collections.Proposal) {
	verdict := "review"
	if p.Auto {
		verdict = "auto"
	}
	fmt.Fprintf(w, "%s  %s  from %s\n", r.ID, format.Money(r.Amount, r.Currency), payer(r))
	switch {
	case p.Ambiguous:
		fmt.Fprintf(w, "    ambiguous: %d equally good answers\n", len(p.Candidates))
	case p.Rule == collections.RuleNone:
		fmt.Fprintln(w, "    no proposal")
	default:
		fmt.Fprintf(w, "    %s, %s: confidence %d%% → %s\n", p.Rule, p.Fit, p.Confidence, verdict)
	}
	for _, e := range p.Evidence {
		fmt.Fprintf(w, "    · %s %q: %s\n", e.Field, e.Text, strings.TrimSpace(e.How+" "+e.Ref))
	}
	for _, l := range p.Lines {
		fmt.Fprintf(w, "    → %-14s open %12s  applied %12s", l.Ref, format.Amount(l.Open, p.Currency), format.Amount(l.Applied, p.Currency))
		if l.Discount.IsPositive() {
			fmt.Fprintf(w, "  discount %s", format.Amount(l.Discount, p.Currency))
		}
		if l.Residual.IsPositive() {
			fmt.Fprintf(w, "  residual %s", format.Amount(l.Residual, p.Currency))
		}
		fmt.Fprintln(w)
	}
	if p.Unapplied.IsPositive() && p.Rule != collections.RuleNone {
		fmt.Fprintf(w, "    unapplied %s\n", format.Money(p.Unapplied, p.Currency))
	}
	fmt.Fprintln(w)
}

// payer is the payer's name, else its account.
func payer(r collections.Receipt) string {
	if r.PayerName != "" {
		return r.PayerName
	}
	return "account " + r.PayerAccount
}

func printApplied(w io.Writer, posted collections.CashPosting) {
	fmt.Fprintln(w, "Applied automatically")
	for _, rp := range posted.Receipts {
		var parts []string
		for _, a := range rp.Applications {
			parts = append(parts, a.Ref+" "+format.Amount(a.Applied, rp.Currency))
		}
		extra := ""
		if rp.Discount.IsPositive() {
			extra += ", discount " + format.Money(rp.Discount, rp.Currency)
		}
		if rp.WriteOff.IsPositive() {
			extra += ", written off " + format.Money(rp.WriteOff, rp.Currency)
		}
		fmt.Fprintf(w, "  %s %-8s cash %s: %s%s\n", rp.ID, rp.Customer, format.Money(rp.Cash, rp.Currency), strings.Join(parts, ", "), extra)
	}
	for _, u := range posted.Unapplied {
		fmt.Fprintf(w, "  %s %-8s unapplied cash %s (on account)\n", u.ID, u.Customer, format.Money(u.Amount, u.Currency))
	}
}

func printReview(w io.Writer, review []collections.Proposal) {
	fmt.Fprintln(w, "\nLeft for review")
	for _, p := range review {
		r := statement[p.Receipt]
		why := fmt.Sprintf("%s, confidence %d%%", p.Rule, p.Confidence)
		switch {
		case p.Ambiguous:
			var c []string
			for _, cand := range p.Candidates {
				c = append(c, strings.Join(cand.Refs, "+"))
			}
			why = "ambiguous: " + strings.Join(c, " or ")
		case p.Rule == collections.RuleNone:
			why = "nothing found"
		}
		fmt.Fprintf(w, "  %s %12s  %-34s %s\n", r.ID, format.Money(r.Amount, r.Currency), payer(r), why)
	}
}
