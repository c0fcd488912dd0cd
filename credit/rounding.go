package credit

import "github.com/shopspring/decimal"

// RatePlaces is the package's one precision for fractions and indices:
// utilisation, a review's change rate, a portfolio's expected loss rate and
// the payment index and its days are rounded half-up to 4 decimal places
// (0.9234 is 92.34%). Rules compare exact amounts, never a rounded
// fraction. See the package doc, "Rounding".
const RatePlaces = 4

// mathPlaces is the precision of divisions inside a computation (a sales
// limit's / 30, a weighted average); results are rounded at the edge.
const mathPlaces = 24

// one is the decimal 1.
var one = decimal.NewFromInt(1)
