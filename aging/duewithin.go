package aging

import (
	"fmt"
	"slices"

	"github.com/receivables-go/receivables/internal/money"
)

// MaxDueWithin is the largest number of edges in Options.DueWithin.
const MaxDueWithin = 4

// validDueWithin checks the edges of the not-yet-due split: at most
// MaxDueWithin, positive, strictly increasing.
func validDueWithin(edges []int) error {
	if err := dueWithinProblem(edges); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidOptions, err)
	}
	return nil
}

// dueWithinProblem is what is wrong with DueWithin edges, or nil; the
// caller wraps it in its sentinel (options or a report).
func dueWithinProblem(edges []int) error {
	if len(edges) > MaxDueWithin {
		return fmt.Errorf("DueWithin has %d edges; at most %d", len(edges), MaxDueWithin)
	}
	for i, e := range edges {
		switch {
		case e <= 0:
			return fmt.Errorf("DueWithin[%d] = %d; edges are days until due, > 0", i, e)
		case e > money.MaxDays:
			return fmt.Errorf("DueWithin[%d] = %d; at most %d days", i, e, money.MaxDays)
		case i > 0 && e <= edges[i-1]:
			return fmt.Errorf("DueWithin[%d] = %d is not after %d; edges must increase", i, e, edges[i-1])
		}
	}
	return nil
}

// dueBand is the band of an item due in untilDue ≥ 0 days: the first edge
// it does not exceed, or len(edges) beyond the last.
func dueBand(edges []int, untilDue int) int {
	for i, e := range edges {
		if untilDue <= e {
			return i
		}
	}
	return len(edges)
}

// sameDueWithin reports whether two reports split the not-yet-due items
// alike: the same edges, and both split or neither (nil, no NotDue, is
// not the empty split, one NotDue band).
func sameDueWithin(a, b []int) bool { return (a == nil) == (b == nil) && slices.Equal(a, b) }

// dueWithinText shows DueWithin edges in an error: "none" for nil (no
// split), "[]" for a split without edges.
func dueWithinText(edges []int) string {
	if edges == nil {
		return "none"
	}
	return fmt.Sprint(edges)
}
