package aging

import (
	"fmt"
	"slices"
)

// MaxDueWithin is the largest number of edges in Options.DueWithin.
const MaxDueWithin = 4

// validDueWithin checks the edges of the not-yet-due split: at most
// MaxDueWithin, positive, strictly increasing.
func validDueWithin(edges []int) error {
	if len(edges) > MaxDueWithin {
		return fmt.Errorf("%w: DueWithin has %d edges; at most %d", ErrInvalidOptions, len(edges), MaxDueWithin)
	}
	for i, e := range edges {
		switch {
		case e <= 0:
			return fmt.Errorf("%w: DueWithin[%d] = %d; edges are days until due, > 0", ErrInvalidOptions, i, e)
		case i > 0 && e <= edges[i-1]:
			return fmt.Errorf("%w: DueWithin[%d] = %d is not after %d; edges must increase", ErrInvalidOptions, i, e, edges[i-1])
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
// alike.
func sameDueWithin(a, b []int) bool { return slices.Equal(a, b) }
