// Package format is the one way the example programs print figures, so
// that every program shows money alike: the currency code, thousands
// separators, the currency's own minor unit (JPY 0 places, EUR 2, KWD 3),
// half-up. Tables right-align amounts and left-align names with the
// helpers here.
package format

import (
	"strings"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// Money formats an amount with its currency code: "EUR 12,345.60",
// "JPY 1,235", "EUR -40.00". An unknown code prints with two places.
func Money(v decimal.Decimal, currency string) string {
	return currency + " " + Amount(v, currency)
}

// Amount formats an amount in currency's minor unit with thousands
// separators and no code, for a column whose header names the currency.
func Amount(v decimal.Decimal, currency string) string {
	places, err := money.MinorUnit(currency)
	if err != nil {
		places = 2
	}
	return Number(v, places)
}

// Number formats v rounded half-up to places with thousands separators:
// Number(1234567.891, 2) is "1,234,567.89".
func Number(v decimal.Decimal, places int32) string {
	s := v.StringFixed(places)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// Percent formats a fraction as a percentage with places decimals:
// Percent(0.37244, 2) is "37.24%".
func Percent(fraction decimal.Decimal, places int32) string {
	return Number(fraction.Shift(2), places) + "%"
}

// Days formats a number of days as a person would say it: "1 day",
// "12.5 days", "30 days early" for a negative figure.
func Days(v decimal.Decimal, places int32) string {
	suffix := ""
	if v.IsNegative() {
		v, suffix = v.Neg(), " early"
	}
	unit := " days"
	if v.Round(places).Equal(decimal.NewFromInt(1)) {
		unit = " day"
	}
	n := Number(v, places)
	if strings.Contains(n, ".") { // 12.50 → 12.5, 3.00 → 3
		n = strings.TrimSuffix(strings.TrimRight(n, "0"), ".")
	}
	return n + unit + suffix
}
