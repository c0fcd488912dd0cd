package collections_test

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/aging/collections"
	"github.com/shopspring/decimal"
)

func ExampleStatement() {
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	amt := decimal.RequireFromString
	st, err := collections.Statement(collections.StatementRequest{
		Customer: "ACME", Currency: "EUR", From: day(5, 1), To: day(5, 31),
		Entries: []collections.Entry{
			{Date: day(4, 20), Kind: collections.EntryInvoice, Ref: "INV-1", Amount: amt("1000.00")},
			{Date: day(5, 2), Kind: collections.EntryPayment, Ref: "INV-1", Amount: amt("-600.00")},
			{Date: day(5, 10), Kind: collections.EntryInvoice, Ref: "INV-2", Amount: amt("500.00")},
			{Date: day(5, 12), Kind: collections.EntryCreditNote, Ref: "CN-1", Amount: amt("-50.00")},
		},
		Open: []aging.Item{
			{Ref: "INV-1", Customer: "ACME", Currency: "EUR", Issued: day(4, 20), Due: day(5, 20), Open: amt("400.00")},
			{Ref: "INV-2", Customer: "ACME", Currency: "EUR", Issued: day(5, 10), Due: day(6, 9), Open: amt("500.00")},
			{Ref: "CN-1", Customer: "ACME", Currency: "EUR", Issued: day(5, 12), Due: day(5, 12), Open: amt("-50.00")},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("opening", st.Opening)
	for _, l := range st.Lines {
		fmt.Println(l.Date.Format(time.DateOnly), l.Kind, l.Ref, l.Amount, l.Balance)
	}
	fmt.Println("closing", st.Closing, "aged", st.Aging.Amounts, "unaged", st.Unaged)
	// Output:
	// opening 1000
	// 2026-05-02 payment INV-1 -600 400
	// 2026-05-10 invoice INV-2 500 900
	// 2026-05-12 credit note CN-1 -50 850
	// closing 850 aged [500 350 0 0 0] unaged 0
}

func ExampleReconcile() {
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	amt := decimal.RequireFromString
	inv := func(ref, open string) aging.Item {
		return aging.Item{Ref: ref, Customer: "ACME", Currency: "EUR", Issued: day(6, 1), Due: day(7, 1), Open: amt(open)}
	}
	rec, err := collections.Reconcile(collections.ConfirmationRequest{
		Customer: "ACME", Currency: "EUR", CutOff: day(6, 30),
		Ours: []aging.Item{inv("INV/2026/0012", "100.00"), inv("INV/2026/0013", "250.00"), inv("INV/2026/0014", "300.00")},
		Theirs: []collections.Confirmed{{Ref: "inv 2026-12", Amount: amt("100.00")}, {Ref: "INV 2026 0014", Amount: amt("280.00")},
			{Ref: "INV/2026/0099", Amount: amt("90.00")}},
		Payments: []collections.Entry{{Date: day(7, 2), Kind: collections.EntryPayment, Ref: "INV/2026/0013", Amount: amt("-250.00")}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range rec.Lines {
		fmt.Printf("%-14s %-14s ours %6s theirs %6s in transit %6s difference %6s  %s\n", l.Ref, l.TheirRef,
			l.Ours.StringFixed(2), l.Theirs.StringFixed(2), l.InTransit.StringFixed(2), l.Difference.StringFixed(2), l.Status)
	}
	fmt.Println("ours", rec.OurBalance, "theirs", rec.TheirBalance, "difference", rec.Difference, "=",
		rec.InTransit, "+", rec.AmountDifferences, "+", rec.OursOnly, "+", rec.TheirsOnly)
	// Output:
	// INV/2026/0012  inv 2026-12    ours 100.00 theirs 100.00 in transit   0.00 difference   0.00  matched
	// INV/2026/0013                 ours 250.00 theirs   0.00 in transit 250.00 difference   0.00  in transit
	// INV/2026/0014  INV 2026 0014  ours 300.00 theirs 280.00 in transit   0.00 difference  20.00  amount differs
	//                INV/2026/0099  ours   0.00 theirs  90.00 in transit   0.00 difference -90.00  theirs only
	// ours 650 theirs 470 difference 180 = 250 + 20 + 0 + -90
}
