package collections_test

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/aging/collections"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

func ExampleMatch() {
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	amt := decimal.RequireFromString
	book := collections.Book{
		Items: []collections.OpenItem{
			{Item: aging.Item{Ref: "INV/2026/0001", Customer: "ACME", Currency: "EUR", Issued: day(5, 2), Due: day(6, 1), Open: amt("1200.00")}},
			{Item: aging.Item{Ref: "INV/2026/0002", Customer: "ACME", Currency: "EUR", Issued: day(6, 5), Due: day(7, 5), Open: amt("500.00")},
				Terms: terms.MustParse("2/10 net 30")},
			{Item: aging.Item{Ref: "INV/2026/0003", Customer: "BETA", Currency: "EUR", Issued: day(6, 1), Due: day(7, 1), Open: amt("80.00")}},
		},
		Payers: []collections.Payer{{Customer: "ACME", Name: "ACME GmbH", Accounts: []string{"DE89 3704 0044 0532 0130 00"}}},
	}
	receipts := []collections.Receipt{
		{ID: "1", Amount: amt("1200.00"), Currency: "EUR", ValueDate: day(6, 12), PayerName: "Acme G.m.b.H.", Label: "invoice 2026-0001"},
		{ID: "2", Amount: amt("490.00"), Currency: "EUR", ValueDate: day(6, 12), PayerAccount: "DE89370400440532013000"},
		{ID: "3", Amount: amt("75.00"), Currency: "EUR", ValueDate: day(6, 12), Label: "RE 3"},
	}
	proposals, err := collections.Match(receipts, book, collections.MatchOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range proposals {
		fmt.Printf("receipt %s: %s, %s, confidence %d, auto %v\n", p.ID, p.Rule, p.Fit, p.Confidence, p.Auto)
		for _, l := range p.Lines {
			fmt.Printf("  %s applied %s discount %s residual %s\n", l.Ref, l.Applied, l.Discount, l.Residual)
		}
	}
	var accepted []collections.Proposal
	for _, p := range proposals {
		if p.Auto {
			accepted = append(accepted, p)
		}
	}
	posted, err := collections.ApplyProposals(book, accepted)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range posted.Open {
		fmt.Println("still open:", it.Ref, it.Open)
	}
	// Output:
	// receipt 1: reference, exact, confidence 97, auto true
	//   INV/2026/0001 applied 1200 discount 0 residual 0
	// receipt 2: payer and discounted amount, discount, confidence 96, auto true
	//   INV/2026/0002 applied 490 discount 10 residual 0
	// receipt 3: reference, partial, confidence 77, auto false
	//   INV/2026/0003 applied 75 discount 0 residual 5
	// still open: INV/2026/0003 80
}

func ExampleValidCreditorReference() {
	// ISO 11649's example reference, printed and compact, and one with wrong check digits
	for _, s := range []string{"RF18 5390 0754 7034", "RF18539007547034", "RF71 5390 0754 7034"} {
		fmt.Println(s, collections.ValidCreditorReference(s))
	}
	// Output:
	// RF18 5390 0754 7034 true
	// RF18539007547034 true
	// RF71 5390 0754 7034 false
}

func ExampleNewMatcher() {
	day := time.Date(2026, 6, 15, 0, 0, 0, 0, time.UTC)
	book := collections.Book{Items: []collections.OpenItem{
		{Item: aging.Item{Ref: "INV-0042", Customer: "ACME", Currency: "EUR", Issued: day, Due: day.AddDate(0, 0, 30),
			Open: decimal.RequireFromString("99.50")}},
	}}
	m, err := collections.NewMatcher(book, collections.MatchOptions{}) // index once, match many
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := m.Match(collections.Receipt{Amount: decimal.RequireFromString("99.50"), Currency: "EUR", ValueDate: day, Label: "inv 42"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Rule, p.Lines[0].Ref, p.Confidence, p.Auto, p.Evidence[0].How)
	// Output:
	// reference INV-0042 93 true invoice number
}

func ExampleApplyProposals() {
	day := time.Date(2026, 6, 15, 0, 0, 0, 0, time.UTC)
	amt := decimal.RequireFromString
	book := collections.Book{Items: []collections.OpenItem{
		{Item: aging.Item{Ref: "INV-1", Customer: "ACME", Currency: "EUR", Issued: day, Due: day, Open: amt("100.00")}},
	}}
	ps, err := collections.Match([]collections.Receipt{
		{ID: "B1", Amount: amt("120.00"), Currency: "EUR", ValueDate: day, PayerName: "ACME", Label: "INV-1"},
	}, book, collections.MatchOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	posted, err := collections.ApplyProposals(book, ps)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(posted.Open), posted.Receipts[0].Cash, posted.Unapplied[0].Amount, posted.Unapplied[0].Item().Open)
	// Output:
	// 0 100 20 -20
}
