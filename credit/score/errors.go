package score

import (
	"errors"
	"fmt"

	"github.com/receivables-go/receivables/internal/money"
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
	// liabilities, sales, current liabilities…) or a figure out of the
	// library's range (more than 40 digits either side of the point).
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
	// ErrInvalidData reports development, hold-out or monitoring data a
	// learning or validation function cannot use: columns of different
	// lengths, a sample without goods or without bads, an infinite value,
	// bad options.
	ErrInvalidData = errors.New("score: invalid data")
	// ErrSeparation reports a logistic regression whose outcome one
	// combination of the characteristics separates perfectly (or nearly):
	// the likelihood has no maximum and the coefficients run off to
	// infinity. Drop or coarsen the characteristic that separates.
	ErrSeparation = errors.New("score: perfect separation")
	// ErrSingularDesign reports a logistic regression whose columns are
	// linearly dependent (a constant column, two characteristics with the
	// same WOE column): the coefficients are not identified.
	ErrSingularDesign = errors.New("score: singular design")
	// ErrNotConverged reports a logistic regression that did not converge
	// within the iteration limit.
	ErrNotConverged = errors.New("score: fit did not converge")
)

// namedAmount is a decimal input and the name of its field.
type namedAmount struct {
	name string
	v    decimal.Decimal
}

// checkRange reports the first field outside the library's one range of
// decimals (money.CheckRange: at most 40 digits either side of the point),
// wrapping sentinel, naming the field and printing the value in a bounded
// form. Every entry point calls it before any arithmetic or comparison,
// because a decimal with an exponent near ±2³¹ panics inside shopspring or
// makes it build a number of billions of digits.
func checkRange(sentinel error, fields ...namedAmount) error {
	for _, f := range fields {
		if err := money.CheckRange(f.name, f.v); err != nil {
			return fmt.Errorf("%w: %v", sentinel, err)
		}
	}
	return nil
}
