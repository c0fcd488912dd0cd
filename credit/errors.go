package credit

import (
	"errors"
	"fmt"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// Sentinel errors, one per kind of failure. Every error the package returns
// wraps exactly one of them with %w, and its message names the field, the
// item reference where there is one, and the bad value; test with
// errors.Is. (Scoring errors are the score package's.)
var (
	// ErrInvalidPolicy reports a limit method or policy that cannot apply:
	// a negative share or amount, no methods, a bad rounding unit, floor
	// or ceiling, an unknown combination or a missing or negative weight.
	ErrInvalidPolicy = errors.New("credit: invalid limit policy")
	// ErrInvalidLimit reports a negative credit limit, a limit review
	// bounded by negative caps or a rounding unit below zero.
	ErrInvalidLimit = errors.New("credit: invalid credit limit")
	// ErrInvalidProbability reports a probability or fraction outside [0, 1]:
	// PD, LGD, CCF, an insured share or a warning threshold.
	ErrInvalidProbability = errors.New("credit: probability outside [0, 1]")
	// ErrCurrencyMismatch reports amounts in different currencies that would
	// have to be added or compared; currencies are never summed together.
	ErrCurrencyMismatch = errors.New("credit: currency mismatch")
	// ErrInvalidPlaces reports money that cannot be rounded: Places outside
	// 0–18, or Places 0 (the currency's minor unit) with a currency that is
	// not an ISO 4217 code, so there is no minor unit to round to.
	ErrInvalidPlaces = errors.New("credit: invalid places")
	// ErrInvalidExposure reports a negative exposure component that cannot
	// be negative (open orders, shipped-not-invoiced, drawn or undrawn
	// amounts, days overdue) or an unnamed other component.
	ErrInvalidExposure = errors.New("credit: invalid exposure")
	// ErrInvalidRule reports a malformed check or review rule: an empty
	// name, a missing condition, an unknown action or a negative step.
	ErrInvalidRule = errors.New("credit: invalid rule")
	// ErrInvalidOrder reports an order with a negative amount.
	ErrInvalidOrder = errors.New("credit: invalid order")
	// ErrInvalidInsurance reports a malformed credit-insurance cover or
	// defaulted receivable: negative deductible, limits, rate or loss.
	ErrInvalidInsurance = errors.New("credit: invalid insurance cover")
	// ErrInvalidExperience reports a payment experience with a negative
	// amount, or a set of experiences with no positive amount.
	ErrInvalidExperience = errors.New("credit: invalid payment experience")
	// ErrInvalidBehaviour reports customer behaviour for a limit review that
	// cannot occur: a share outside [0, 1], negative utilisation or a
	// negative count of bounced payments.
	ErrInvalidBehaviour = errors.New("credit: invalid behaviour")
)

// namedAmount is a decimal input and the name of its field.
type namedAmount struct {
	name string
	v    decimal.Decimal
}

// checkRange reports the first field outside the library's one range of
// decimals (money.CheckRange: at most 40 digits either side of the point),
// wrapping sentinel and naming ref's item and the field; the value is
// printed in a bounded form. Every entry point calls it before any
// arithmetic or comparison, because a decimal with an exponent near ±2³¹
// panics inside shopspring or makes it build a number of billions of
// digits.
func checkRange(sentinel error, ref string, fields ...namedAmount) error {
	for _, f := range fields {
		if err := money.CheckRange(refPrefix(ref)+f.name, f.v); err != nil {
			return fmt.Errorf("%w: %v", sentinel, err)
		}
	}
	return nil
}

// checkDays reports a count of days beyond money.MaxDays (about 10,000
// years), wrapping sentinel and naming ref's item and the field: larger
// counts are no calendar's and overflow day arithmetic.
func checkDays(sentinel error, ref, field string, days int) error {
	if err := money.CheckDays(refPrefix(ref)+field, days); err != nil {
		return fmt.Errorf("%w: %v", sentinel, err)
	}
	return nil
}

// refPrefix renders an item reference for an error message.
func refPrefix(ref string) string {
	if ref == "" {
		return ""
	}
	return fmt.Sprintf("%q ", money.Bounded(ref))
}

// placesFor resolves the places money in currency is rounded to (places 0:
// the currency's minor unit), wrapping ErrInvalidPlaces; ref names the item.
func placesFor(currency string, places int32, ref string) (int32, error) {
	p, err := money.PlacesFor(currency, places, "Places")
	if err != nil {
		return 0, fmt.Errorf("%w: %s%v", ErrInvalidPlaces, refPrefix(ref), err)
	}
	return p, nil
}
