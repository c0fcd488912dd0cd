package credit

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// requireDecimal fails unless got equals want (a decimal literal) by value.
func requireDecimal(t testing.TB, want string, got decimal.Decimal, msgAndArgs ...any) {
	t.Helper()
	require.Truef(t, decimal.RequireFromString(want).Equal(got), "want %s, got %s %v", want, got, msgAndArgs)
}

// total is e.Total(), failing the test on an error.
func total(t testing.TB, e Exposure) decimal.Decimal {
	t.Helper()
	v, err := e.Total()
	require.NoError(t, err)
	return v
}
