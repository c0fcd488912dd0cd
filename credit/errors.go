package credit

import "errors"

// Sentinel errors of the scoring half of the package (scaling, Altman
// Z-scores, ratios, scorecards, grades, limits). Every error returned wraps
// one of them and names the field and value; test with errors.Is.
var (
	// ErrInvalidScaling reports a points-to-odds scaling with a
	// non-positive PDO or base odds, or odds or a probability out of range.
	ErrInvalidScaling = errors.New("credit: invalid scaling")
	// ErrZeroDenominator reports a ratio whose denominator is zero or
	// negative (total assets, total liabilities, sales, current
	// liabilities…).
	ErrZeroDenominator = errors.New("credit: zero denominator")
	// ErrInvalidScorecard reports a malformed scorecard: weights that do
	// not add up to 1 or 100, overlapping or empty bands, a missing value
	// without a treatment, an unknown category.
	ErrInvalidScorecard = errors.New("credit: invalid scorecard")
	// ErrUnknownGrade reports a grade name or score that no grade covers,
	// or a malformed grade table.
	ErrUnknownGrade = errors.New("credit: unknown grade")
	// ErrInvalidPolicy reports a limit method or policy that cannot apply:
	// a negative share or amount, no methods, a bad rounding unit.
	ErrInvalidPolicy = errors.New("credit: invalid limit policy")
)
