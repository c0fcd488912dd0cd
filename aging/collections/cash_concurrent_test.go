package collections

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCashConcurrent: one Matcher serves many goroutines (run with -race).
func TestCashConcurrent(t *testing.T) {
	book := cashBook()
	book.Items[8].PaymentRef = "RF18 5390 0754 7034"
	m, err := NewMatcher(book, MatchOptions{TolerancePercent: dec("1")})
	require.NoError(t, err)
	rs := []Receipt{
		{Amount: dec("350.00"), Currency: "EUR", ValueDate: cashDay, Label: "INV/2019/0001 INV/2019/0002"},
		{Amount: dec("200.00"), Currency: "EUR", ValueDate: cashDay, PayerName: "Beta Trading"},
		{Amount: dec("500.00"), Currency: "EUR", ValueDate: cashDay, Reference: "RF18 5390 0754 7034"},
		{Amount: dec("40.00"), Currency: "EUR", ValueDate: cashDay, Label: "inv 1"},
	}
	want, err := m.MatchAll(rs)
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				got, err := m.MatchAll(rs)
				if err != nil || len(got) != len(want) {
					t.Error(err)
					return
				}
				for i := range got {
					if got[i].Confidence != want[i].Confidence || len(got[i].Lines) != len(want[i].Lines) {
						t.Errorf("receipt %d differs", i)
					}
				}
				if _, err := ApplyProposals(book, got[:3]); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
}
