package aging

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// TestBoundariesFromMutation pins the limits that mutation testing
// (.ci/mutation) found no test deciding: each value on the edge is
// accepted, one past it is not.
func TestBoundariesFromMutation(t *testing.T) {
	age := func(open decimal.Decimal) error {
		_, err := AgeSlice(asOf, []Item{{Ref: "X", Customer: "A", Currency: "EUR", Issued: asOf, Due: asOf, Open: open}}, Options{})
		return err
	}
	// Exponents within ±40 age; beyond, the item is rejected.
	require.NoError(t, age(decimal.New(1, -40)))
	require.NoError(t, age(decimal.New(1, 40)))
	require.ErrorIs(t, age(decimal.New(1, -41)), ErrInvalidItem)
	require.ErrorIs(t, age(decimal.New(1, 41)), ErrInvalidItem)
	// Coefficients of up to 80 digits age; 81 do not.
	require.NoError(t, age(decimal.RequireFromString(strings.Repeat("9", 80))))
	require.ErrorIs(t, age(decimal.RequireFromString(strings.Repeat("9", 81))), ErrInvalidItem)

	// Ten bucket edges are allowed, eleven are not.
	_, err := NewBuckets(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	require.NoError(t, err)
	_, err = NewBuckets(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
	require.ErrorContains(t, err, "11 edges; at most 10")

	// An item issued on the as-of date was open that day.
	issuedToday := Item{Ref: "T", Customer: "A", Currency: "EUR", Issued: asOf, Due: asOf.AddDate(0, 0, 30), Open: dec("5")}
	open, err := OpenAsOf(asOf, []Item{issuedToday}, nil)
	require.NoError(t, err)
	require.Len(t, open, 1)
	open, err = OpenAsOf(asOf.AddDate(0, 0, -1), []Item{issuedToday}, nil)
	require.NoError(t, err)
	require.Empty(t, open)
}
