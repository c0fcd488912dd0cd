package credit

import "errors"

// Sentinel errors of the credit-control half of the package (exposure check,
// limit review, payment index, expected loss, credit insurance). Every error
// returned wraps exactly one of them with %w, and its message names the
// field, the item reference where there is one, and the bad value; test with
// errors.Is.
var (
	// ErrInvalidLimit reports a negative credit limit, a limit review
	// bounded by negative caps or a rounding unit below zero.
	ErrInvalidLimit = errors.New("credit: invalid credit limit")
	// ErrInvalidProbability reports a probability or fraction outside [0, 1]:
	// PD, LGD, CCF, an insured share or a warning threshold.
	ErrInvalidProbability = errors.New("credit: probability outside [0, 1]")
	// ErrCurrencyMismatch reports amounts in different currencies that would
	// have to be added or compared; currencies are never summed together.
	ErrCurrencyMismatch = errors.New("credit: currency mismatch")
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
	// amount, a set of experiences with no positive amount, or an index
	// outside 0–100.
	ErrInvalidExperience = errors.New("credit: invalid payment experience")
	// ErrInvalidBehaviour reports customer behaviour for a limit review that
	// cannot occur: a share outside [0, 1], negative utilisation or a
	// negative count of bounced payments.
	ErrInvalidBehaviour = errors.New("credit: invalid behaviour")
)
