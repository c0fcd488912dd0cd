package score

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// requireDecimal fails unless got equals want (a decimal literal) by value.
func requireDecimal(t testing.TB, want string, got decimal.Decimal, msgAndArgs ...any) {
	t.Helper()
	require.Truef(t, decimal.RequireFromString(want).Equal(got), "want %s, got %s %v", want, got, msgAndArgs)
}
