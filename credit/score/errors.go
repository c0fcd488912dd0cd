package score

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
)

// Sentinel errors, one per kind of failure. Every error the package returns
// wraps exactly one of them with %w, and its message names the field and
// the bad value; test with errors.Is.
var (
	// ErrInvalidScaling reports a points-to-odds scaling with a
	// non-positive PDO or base odds, or odds, a score or a probability of
	// default out of range.
	ErrInvalidScaling = errors.New("score: invalid scaling")
	// ErrInvalidFinancials reports financial figures a ratio or Z-score
	// cannot use: a zero or negative denominator (total assets, total
	// liabilities, sales, current liabilities…) or a figure beyond 100
	// digits either side of the point.
	ErrInvalidFinancials = errors.New("score: invalid financials")
	// ErrUnknownZModel reports a ZModel that is not one of the constants.
	ErrUnknownZModel = errors.New("score: unknown Z-score model")
	// ErrInvalidScorecard reports a malformed scorecard or an input it
	// cannot score: weights that do not add up to 1 or 100, overlapping or
	// empty bands, a missing value without missing-value points, an
	// unknown category, a value that is not a number or is below the
	// first band.
	ErrInvalidScorecard = errors.New("score: invalid scorecard")
	// ErrUnknownGrade reports a grade name or score that no grade covers,
	// or a malformed grade table.
	ErrUnknownGrade = errors.New("score: unknown grade")
)

// maxDigits bounds the decimals the package accepts: at most 100 digits
// before the point (|v| < 1e100) and an exponent of at least −100. Decimals
// beyond it are rejected before any arithmetic, because a decimal with an
// exponent near ±2³¹ makes shopspring build a number of billions of digits
// (or panic on exponent overflow).
const maxDigits = 100

// namedAmount is a decimal input and the name of its field.
type namedAmount struct {
	name string
	v    decimal.Decimal
}

// withinDigits reports whether v is within maxDigits; it never rescales v.
func withinDigits(v decimal.Decimal) bool {
	exp := int64(v.Exponent())
	return exp >= -maxDigits && int64(v.NumDigits())+exp <= maxDigits
}

// checkDigits reports the first field out of range, wrapping sentinel. The
// value itself is not printed: it may have billions of digits.
func checkDigits(sentinel error, fields ...namedAmount) error {
	for _, f := range fields {
		if !withinDigits(f.v) {
			return fmt.Errorf("%w: %s has %d digits and exponent %d, beyond the supported %d digits either side of the point",
				sentinel, f.name, f.v.NumDigits(), f.v.Exponent(), maxDigits)
		}
	}
	return nil
}
