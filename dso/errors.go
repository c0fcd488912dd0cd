package dso

import "errors"

// Sentinel errors. Every error the package returns wraps exactly one of them
// with %w and names the field and the bad value; test with errors.Is.
var (
	// ErrZeroSales reports credit sales (or cost of goods sold) that are zero
	// or negative where they divide: no DSO exists without sales.
	ErrZeroSales = errors.New("dso: sales must be positive")
	// ErrNegativeBalance reports a balance that cannot be negative
	// (receivables, inventory, payables, cash).
	ErrNegativeBalance = errors.New("dso: negative balance")
	// ErrInvalidDays reports a period length of zero or fewer days, or of
	// more than 3,660,000 (beyond every calendar; see "Range" in the
	// package doc).
	ErrInvalidDays = errors.New("dso: invalid period days")
	// ErrEmpty reports an empty list where at least one entry is needed.
	ErrEmpty = errors.New("dso: no input")
	// ErrInsufficientHistory reports receivables larger than all the sales of
	// the periods given to the countback method: the receivables cannot be
	// exhausted, so the DSO is unknown rather than guessed.
	ErrInsufficientHistory = errors.New("dso: receivables exceed the sales of every period given")
	// ErrInvalidInput reports any other impossible input: current
	// receivables above total receivables, a zero or out-of-order date, a
	// non-positive invoice amount, a CEI denominator that is not positive,
	// a paid invoice with an empty Currency, a money result asked for
	// without a valid ISO 4217 currency or Places, Places outside 0–18, a
	// decimal beyond 40 digits either side of the point (see "Range").
	ErrInvalidInput = errors.New("dso: invalid input")
	// ErrCurrencyMismatch reports paid invoices in different currencies
	// averaged together: amounts in different currencies are not
	// comparable weights, and figures are never summed across currencies.
	ErrCurrencyMismatch = errors.New("dso: currency mismatch")
)
