package collections

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Two receipts of one statement that name the same invoice (a customer
// paying it twice, or a mistyped reference that lands on a paid one)
// were both proposed for auto-apply: ApplyProposals then applied the
// first and left the second's money unapplied, although it had been
// reported as matched. The first keeps the item; a later receipt that
// would auto-apply to it goes to review, saying which receipt took it.
func TestBatchDoesNotAutoApplyOneItemTwice(t *testing.T) {
	book := Book{Items: []OpenItem{
		cashItem("INV-1", "X", "EUR", day(2026, 6, 1), "100.00"),
		cashItem("INV-2", "X", "EUR", day(2026, 6, 2), "40.00"),
	}}
	receipts := []Receipt{
		{Amount: dec("100.00"), Currency: "EUR", ValueDate: cashDay, Label: "INV-1"},
		{Amount: dec("100.00"), Currency: "EUR", ValueDate: cashDay, Label: "INV-1"},
		{Amount: dec("40.00"), Currency: "EUR", ValueDate: cashDay, Label: "INV-2"},
	}
	ps, err := Match(receipts, book, MatchOptions{})
	require.NoError(t, err)
	require.Len(t, ps, 3)
	assert.True(t, ps[0].Auto)
	assert.False(t, ps[1].Auto, "a second receipt for INV-1 is for review")
	assert.True(t, ps[2].Auto, "another item is not held up")
	found := false
	for _, e := range ps[1].Evidence {
		if e.Field == "batch" && e.Ref == "INV-1" && e.How == "already taken by receipt 0" {
			found = true
		}
	}
	assert.True(t, found, "the evidence names the receipt that took the item: %+v", ps[1].Evidence)
	// What is auto-applied now applies in full.
	var auto []Proposal
	for _, p := range ps {
		if p.Auto {
			auto = append(auto, p)
		}
	}
	posted, err := ApplyProposals(book, auto)
	require.NoError(t, err)
	assert.Empty(t, posted.Open)
}
