package agingtest

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// Config describes a synthetic ledger. The zero value is valid: 1,000
// items, 100 customers, EUR only, as of 2026-06-30 UTC, seed 0.
type Config struct {
	Seed       uint64   // the same seed gives the same ledger
	Items      int      // number of open items (default 1,000)
	Customers  int      // number of customers (default 100)
	Currencies []string // currencies, assigned per customer (default EUR)
	AsOf       time.Time
	// CreditNotes is the share of items that are credit notes (negative
	// amounts), e.g. 0.05; default 0. A float64 on purpose: it is a
	// probability for the generator's random draws, never money.
	CreditNotes float64
	// Terms are the payment terms items are issued on, chosen at random per
	// customer (default net 30, net 60, 2/10 net 30, net 30 EOM).
	Terms []terms.Terms
}

// Ledger generates open items: customers "C0001"…, one currency each
// (round-robin), invoices issued in the 400 days before AsOf on the
// customer's terms, amounts from 10.00 to 50,000.00 with two decimal
// places, and lateness arising from issue dates spread over the window.
// The customer and currency strings are shared between a customer's items,
// as a ledger read into memory usually shares them.
func Ledger(c Config) []aging.Item {
	c = c.withDefaults()
	rng := rand.New(rand.NewPCG(c.Seed, c.Seed^0x5DEECE66D))
	type customer struct {
		name, currency string
		terms          terms.Terms
	}
	customers := make([]customer, c.Customers)
	for i := range customers {
		customers[i] = customer{
			name:     fmt.Sprintf("C%04d", i+1),
			currency: c.Currencies[i%len(c.Currencies)],
			terms:    c.Terms[rng.IntN(len(c.Terms))],
		}
	}
	y, m, d := c.AsOf.Date()
	items := make([]aging.Item, c.Items)
	for i := range items {
		cu := &customers[rng.IntN(len(customers))]
		issued := time.Date(y, m, d-rng.IntN(400), 0, 0, 0, 0, c.AsOf.Location())
		cents := 1000 + rng.Int64N(5_000_000-1000)
		ref := fmt.Sprintf("INV-%07d", i+1)
		due := cu.terms.DueDate(issued)
		if rng.Float64() < c.CreditNotes {
			cents, ref, due = -cents/10, fmt.Sprintf("CN-%07d", i+1), issued
		}
		items[i] = aging.Item{Ref: ref, Customer: cu.name, Currency: cu.currency,
			Issued: issued, Due: due, Open: decimal.New(cents, -2)}
	}
	return items
}

// withDefaults fills in the zero fields.
func (c Config) withDefaults() Config {
	if c.Items <= 0 {
		c.Items = 1000
	}
	if c.Customers <= 0 {
		c.Customers = 100
	}
	if len(c.Currencies) == 0 {
		c.Currencies = []string{"EUR"}
	}
	if c.AsOf.IsZero() {
		c.AsOf = time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	}
	if len(c.Terms) == 0 {
		c.Terms = []terms.Terms{terms.MustParse("net 30"), terms.MustParse("net 60"),
			terms.MustParse("2/10 net 30"), terms.MustParse("net 30 EOM")}
	}
	return c
}
