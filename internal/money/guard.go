package money

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// MaxDigits bounds every decimal the library accepts — amounts, rates,
// ratios, shares: at most MaxDigits digits before the point (a magnitude
// below 10^40) and at most MaxDigits after it (an exponent of −40 or
// more, trailing zeros included). That is far beyond any ledger or rate,
// and it keeps a hostile exponent (2³¹−1, or −10⁸) from panicking inside
// shopspring/decimal or stalling it for minutes building a number of
// millions of digits.
const MaxDigits = 40

// maxBits is a cheap upper bound of MaxDigits·2 digits in bits: a
// coefficient longer than this cannot be in range whatever its exponent,
// so the exact digit count (which costs as much as the number is long) is
// only computed for plausible values.
const maxBits = 2*MaxDigits*3322/1000 + 2

// InRange reports whether v is within MaxDigits digits either side of the
// point.
func InRange(v decimal.Decimal) bool {
	e := int64(v.Exponent())
	if e < -MaxDigits || e > MaxDigits {
		return false
	}
	if v.Coefficient().BitLen() > maxBits {
		return false
	}
	return int64(v.NumDigits())+e <= MaxDigits
}

// CheckRange reports a decimal out of InRange's range, naming field and
// printing a bounded form of the value.
func CheckRange(field string, v decimal.Decimal) error {
	if InRange(v) {
		return nil
	}
	return fmt.Errorf("%s %s is out of range (at most %d digits either side of the point)", field, Show(v), MaxDigits)
}

// Show prints v in full when it is in range, else in a bounded form — its
// leading digits, the number of digits and the exponent — so that an
// error message never spells out a value of a billion digits.
func Show(v decimal.Decimal) string {
	if InRange(v) {
		return v.String()
	}
	c := v.Coefficient()
	if c.BitLen() > 1<<16 { // do not print (or even count) a huge coefficient's digits
		return fmt.Sprintf("(a coefficient of %d bits)e%d", c.BitLen(), v.Exponent())
	}
	s := c.String()
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	if len(s) > 12 {
		return fmt.Sprintf("%s%s…(%d digits)e%d", sign, s[:12], len(s), v.Exponent())
	}
	return fmt.Sprintf("%s%se%d", sign, s, v.Exponent())
}

// CheckDays reports a count of days outside ±MaxDays, naming field: a
// larger count is beyond every calendar the library computes on (years 1
// to 9999) and would overflow date arithmetic.
func CheckDays(field string, days int) error {
	if days < -MaxDays || days > MaxDays {
		return fmt.Errorf("%s %d is beyond %d days", field, days, MaxDays)
	}
	return nil
}

// MaxDays is the longest span of civil days between two dates of years 1
// to 9999 (3,652,059 days), rounded up.
const MaxDays = 3_660_000
