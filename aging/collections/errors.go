package collections

import "errors"

// Sentinel errors, one per kind of failure. Every error the package
// returns wraps one of them, or is an aging.ItemError (wrapping
// aging.ErrInvalidItem) for an item that fails aging.Item.Validate; test
// with errors.Is.
var (
	// ErrInvalidPayment reports a negative payment or amount due, items of
	// several customers or currencies in one application, or a reference
	// to no open item.
	ErrInvalidPayment = errors.New("collections: invalid payment")
	// ErrInvalidLadder reports a dunning ladder with repeated or empty
	// step names or with days that do not rise.
	ErrInvalidLadder = errors.New("collections: invalid dunning ladder")
	// ErrInvalidOptions reports a zero as-of or start date, forecast and
	// write-off settings out of range, or places that cannot be resolved:
	// outside 0–18, or 0 (the currency's minor unit) for a currency that
	// is not an ISO 4217 code. Bad places give this error in every
	// function of the package.
	ErrInvalidOptions = errors.New("collections: invalid options")
)
