package aging

import (
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestTopOverdueAndOlderThan(t *testing.T) {
	items := []Item{
		item("A1", "A", "EUR", 10, "100"), item("B1", "B", "EUR", 40, "300"),
		item("C1", "C", "EUR", 5, "300"), item("D1", "D", "EUR", -1, "999"), item("U1", "U", "USD", 90, "5"),
	}
	r, err := AgeSlice(asOf, items, Options{})
	require.NoError(t, err)
	top, err := TopOverdue(r, "EUR", 2)
	require.NoError(t, err)
	require.Len(t, top, 2)
	// B and C tie at 300: by name.
	require.Equal(t, []string{"B", "C"}, []string{top[0].Customer, top[1].Customer})
	top, err = TopOverdue(r, "EUR", 10)
	require.NoError(t, err)
	require.Len(t, top, 3, "D has nothing overdue")
	top, err = TopOverdue(r, "EUR", -1)
	require.NoError(t, err)
	require.Empty(t, top)

	list, err := OlderThan(asOf, slices.Values(items), 10)
	require.NoError(t, err)
	require.Equal(t, []string{"U1", "B1", "A1"}, []string{list[0].Ref, list[1].Ref, list[2].Ref})
	require.Equal(t, 90, list[0].Days)
	_, err = OlderThan(time.Time{}, slices.Values(items), 10)
	require.ErrorIs(t, err, ErrInvalidOptions)
	bad := items[0]
	bad.Currency = ""
	_, err = OlderThan(asOf, slices.Values([]Item{bad}), 10)
	require.ErrorIs(t, err, ErrInvalidItem)
	list, err = OlderThan(asOf, nil, 0)
	require.NoError(t, err)
	require.Empty(t, list)
}
