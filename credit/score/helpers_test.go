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

// at is a band bound: a pointer to the decimal literal s.
func at(s string) *decimal.Decimal { v := d(s); return &v }

// nums and cats build an Applicant's values.
func nums(kv ...string) map[string]decimal.Decimal {
	m := map[string]decimal.Decimal{}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i]] = d(kv[i+1])
	}
	return m
}

func cats(kv ...string) map[string]string {
	m := map[string]string{}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return m
}
