// Package agingtest generates deterministic synthetic ledgers from a seed
// for benchmarks, examples and users' own test harnesses, as
// net/http/httptest serves net/http:
//
//	items := agingtest.Ledger(agingtest.Config{Seed: 1, Items: 1_000_000,
//		Customers: 3000, Currencies: []string{"EUR", "USD"}})
//	report, err := aging.AgeSlice(asOf, items, aging.Options{})
package agingtest
