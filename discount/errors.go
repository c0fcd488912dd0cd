package discount

import "errors"

// Sentinel errors; every error the package returns wraps one of them and
// names the field and its value.
var (
	// ErrInvalidRate reports a discount rate outside (0, 1), or a negative
	// cost of capital or of funds, or any rate beyond 40 digits either side
	// of the point (see "Range" in the package doc).
	ErrInvalidRate = errors.New("discount: invalid rate")
	// ErrInvalidDays reports negative days, more than 3,660,000, a discount
	// period not shorter than the net period, or a DSO out of range.
	ErrInvalidDays = errors.New("discount: invalid days")
	// ErrInvalidInput reports any other impossible input: zero sales, a
	// take-up share outside [0, 1], a negative amount or budget, an unknown
	// day count, a currency that is not an ISO 4217 code (or none, with no
	// Places), Places outside 0–18, an amount or share out of range.
	ErrInvalidInput = errors.New("discount: invalid input")
	// ErrOutOfRange reports an effective annual cost too large to compute
	// (above e^50, far beyond any real terms), or a sliding discount that
	// would take the whole amount.
	ErrOutOfRange = errors.New("discount: result out of range")
	// ErrCurrencyMismatch reports payables in different currencies given to
	// one budget; amounts in different currencies are never summed.
	ErrCurrencyMismatch = errors.New("discount: currency mismatch")
)
