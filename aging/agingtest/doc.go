// Package agingtest generates deterministic synthetic ledgers from a seed
// for benchmarks, examples and users' own test harnesses, as
// net/http/httptest serves net/http:
//
//	items := agingtest.Ledger(agingtest.Config{Seed: 1, Items: 1_000_000,
//		Customers: 3000, Currencies: []string{"EUR", "USD"}})
//	report, err := aging.AgeSlice(asOf, items, aging.Options{})
//
// [Receipts] generates bank lines paying a ledger's items with the noise
// real bank lines have (references mistyped or missing, several invoices
// in one payment, discounts taken, short payments, payer names differing
// from the customer, unrelated receipts), each with its true answer, for
// measuring cash application; [Customers] generates the payer directory
// (names with legal forms, aliases, accounts, terms).
package agingtest
