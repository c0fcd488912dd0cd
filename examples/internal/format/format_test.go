package format

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestFormat(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{Money(d("12345.6"), "EUR"), "EUR 12,345.60"},
		{Money(d("1234.5"), "JPY"), "JPY 1,235"},
		{Money(d("-40"), "EUR"), "EUR -40.00"},
		{Money(d("1.2345"), "KWD"), "KWD 1.235"},
		{Money(d("7"), "XYZ"), "XYZ 7.00"},
		{Number(d("1234567.891"), 2), "1,234,567.89"},
		{Number(d("-999999.995"), 2), "-1,000,000.00"},
		{Number(d("123"), 0), "123"},
		{Percent(d("0.37244"), 2), "37.24%"},
		{Days(d("1"), 1), "1 day"},
		{Days(d("12.50"), 2), "12.5 days"},
		{Days(d("-30"), 2), "30 days early"},
		{Days(d("0"), 0), "0 days"},
		{Days(d("10"), 0), "10 days"},
		{Days(d("3.00"), 2), "3 days"},
	} {
		assert.Equal(t, c.want, c.got)
	}
}
