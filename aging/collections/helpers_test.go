package collections

import (
	"testing"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
func dec(s string) decimal.Decimal             { return decimal.RequireFromString(s) }

var asOf = day(2026, 6, 30)

// item is due `past` days before asOf, issued 30 days before it is due.
func item(ref, customer, currency string, past int, open string) aging.Item {
	due := asOf.AddDate(0, 0, -past)
	return aging.Item{Ref: ref, Customer: customer, Currency: currency, Issued: due.AddDate(0, 0, -30), Due: due, Open: dec(open)}
}

// requireDecimal fails unless got equals want (a decimal literal) by value.
func requireDecimal(t testing.TB, want string, got decimal.Decimal, msgAndArgs ...any) {
	t.Helper()
	require.Truef(t, decimal.RequireFromString(want).Equal(got), "want %s, got %s %v", want, got, msgAndArgs)
}

func requireAmounts(t *testing.T, want []string, got []decimal.Decimal) {
	t.Helper()
	require.Len(t, got, len(want))
	for i := range want {
		requireDecimal(t, want[i], got[i], "part", i)
	}
}
