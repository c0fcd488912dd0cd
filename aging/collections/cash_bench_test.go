package collections

import (
	"sync"
	"testing"

	"github.com/receivables-go/receivables/aging/agingtest"
)

var cashBench struct {
	once     sync.Once
	book     Book
	receipts []Receipt
}

// cashBenchData is 1M open items of 3,000 customers in EUR and USD and
// 100k generated receipts with the default noise (issue 21's scale).
func cashBenchData() (Book, []Receipt) {
	cashBench.once.Do(func() {
		items := agingtest.Ledger(agingtest.Config{Seed: 5, Items: 1_000_000, Customers: 3000, Currencies: []string{"EUR", "USD"}, CreditNotes: 0.03})
		customers := agingtest.Customers(items, 5)
		cashBench.book = cashBookOf(items, customers)
		cashBench.receipts = cashReceiptsOf(agingtest.Receipts(items, customers, agingtest.ReceiptConfig{Seed: 5, Receipts: 100_000}))
	})
	return cashBench.book, cashBench.receipts
}

// BenchmarkCashMatch matches 100k receipts against 1M open items of
// 3,000 customers (the index built once, outside the timing). Target
// (issue 21): ≤ 1 s on one core (run with -cpu 1); allocations per
// receipt bounded (allocs/op ÷ 100,000).
func BenchmarkCashMatch(b *testing.B) {
	book, receipts := cashBenchData()
	m, err := NewMatcher(book, MatchOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := m.MatchAll(receipts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(receipts)), "ns/receipt")
}

// BenchmarkCashIndex builds the index of 1M open items.
func BenchmarkCashIndex(b *testing.B) {
	book, _ := cashBenchData()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := NewMatcher(book, MatchOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
