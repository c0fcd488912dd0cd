package terms

import "errors"

// Sentinel errors. Every error the package returns wraps one of them with
// %w; test with errors.Is.
var (
	// ErrInvalidTerms reports terms text that cannot be parsed or terms
	// that cannot hold (a discount period not shorter than the net period,
	// a rate of 100% or more…). The message quotes the input and the
	// offending token.
	ErrInvalidTerms = errors.New("terms: invalid terms")
	// ErrInvalidInput reports an impossible argument to a calculation, in
	// every function of the package: a negative amount, total or rate, an
	// unknown day count or roll, a zero date, a missing or contradictory
	// period, a nil calendar, Places outside 0–18, a currency that is not
	// an ISO 4217 code (or none and no Places). The message names the
	// field and the bad value.
	ErrInvalidInput = errors.New("terms: invalid input")
	// ErrInvalidSchedule reports an installment schedule that cannot split
	// an amount — percentages not adding to 100% without a balance line, a
	// negative line, fixed amounts above the total — or installment text
	// ParseSchedule cannot read. The message names the line or quotes the
	// offending token.
	ErrInvalidSchedule = errors.New("terms: invalid installment schedule")
	// ErrNoBusinessDay reports a calendar on which no business day could
	// be found within a year of the date, e.g. every weekday a weekend.
	ErrNoBusinessDay = errors.New("terms: no business day within a year")
)
