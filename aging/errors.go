package aging

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error the package returns wraps one of them; test
// with errors.Is.
var (
	// ErrInvalidItem reports an item that cannot be aged: no customer or
	// currency, a zero issue or due date, a due date before the issue
	// date, an amount beyond the supported range. The error is an
	// *ItemError naming the item's Ref.
	ErrInvalidItem = errors.New("aging: invalid item")
	// ErrInvalidBuckets reports bucket edges that are not strictly
	// increasing positive days, too many buckets or bad labels.
	ErrInvalidBuckets = errors.New("aging: invalid buckets")
	// ErrReportMismatch reports reports that cannot merge: different as-of
	// dates, buckets, bases or DueWithin splits.
	ErrReportMismatch = errors.New("aging: reports do not match")
	// ErrInvalidOptions reports an unknown basis, a zero as-of or start
	// date, DueWithin edges that are not increasing positive days, or
	// forecast and write-off options out of range.
	ErrInvalidOptions = errors.New("aging: invalid options")
	// ErrInvalidRates reports loss rates that do not fit a report: one per
	// bucket, each within [0, 1], a non-negative adjustment.
	ErrInvalidRates = errors.New("aging: invalid loss rates")
	// ErrInvalidLadder reports a dunning ladder without steps, with
	// repeated names or with days that do not rise.
	ErrInvalidLadder = errors.New("aging: invalid dunning ladder")
	// ErrSnapshotMismatch reports aging snapshots that do not line up for
	// roll rates: other buckets or basis, a gap in the months, a missing
	// currency.
	ErrSnapshotMismatch = errors.New("aging: snapshots do not line up")
	// ErrInvalidPayment reports a negative payment or due, items of several
	// customers or currencies in one application, a reference to no open
	// item, or a settlement with a zero date or a negative amount.
	ErrInvalidPayment = errors.New("aging: invalid payment")
	// ErrInvalidConversion reports a converted summary that cannot be
	// made: no target currency, a currency without a rate, a rate ≤ 0,
	// places out of range.
	ErrInvalidConversion = errors.New("aging: invalid conversion")
)

// ItemError is an item that could not be aged: its Ref, the field at fault
// and why. It wraps ErrInvalidItem.
type ItemError struct {
	Ref    string `json:"ref"`    // the item's Ref, as given
	Field  string `json:"field"`  // the Item field at fault: "Customer", "Due", "Open"…
	Reason string `json:"reason"` // what is wrong with it, e.g. "is the zero time"
}

// Error names the item, the field and the reason.
func (e *ItemError) Error() string {
	return fmt.Sprintf("aging: invalid item %q: %s %s", e.Ref, e.Field, e.Reason)
}

// Unwrap makes errors.Is(err, ErrInvalidItem) true.
func (e *ItemError) Unwrap() error { return ErrInvalidItem }
