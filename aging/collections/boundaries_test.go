package collections

import (
	"testing"

	"github.com/receivables-go/receivables/aging"
	"github.com/stretchr/testify/require"
)

// TestBoundariesFromMutation pins the limits that mutation testing
// (.ci/mutation) found no test deciding: each value on the edge is
// accepted, one past it is not.
func TestBoundariesFromMutation(t *testing.T) {
	// Pro-rata places run from 0 (the currency's minor unit) to 18.
	items := []aging.Item{item("I1", "A", "EUR", 1, "1"), item("I2", "A", "EUR", 1, "2")}
	for _, places := range []int32{0, 18} {
		_, err := ApplyProportional(items, dec("1"), places)
		require.NoError(t, err, places)
	}
	for _, places := range []int32{-1, 19} {
		_, err := ApplyProportional(items, dec("1"), places)
		require.ErrorIs(t, err, ErrInvalidOptions, places)
	}
	// Forecast horizons run from 1 to MaxWeeks.
	for _, weeks := range []int{1, MaxWeeks} {
		_, err := Forecast(items, ForecastOptions{Start: asOf, Weeks: weeks})
		require.NoError(t, err, weeks)
	}
}
