package aging

import (
	"errors"
	"fmt"

	"github.com/receivables-go/receivables/internal/money"
)

// Sentinel errors, one per kind of failure. Every error the package
// returns wraps one of them; test with errors.Is.
var (
	// ErrInvalidItem reports an item that fails [Item.Validate]: no
	// customer or currency, a zero issue or due date, a due date before
	// the issue date, an amount beyond the supported range. The error is
	// an [ItemError] naming the item's Ref and the field.
	ErrInvalidItem = errors.New("aging: invalid item")
	// ErrInvalidBuckets reports bucket edges that are not strictly
	// increasing positive days, too many buckets or bad labels.
	ErrInvalidBuckets = errors.New("aging: invalid buckets")
	// ErrReportMismatch reports reports that cannot merge: different as-of
	// dates, buckets, bases or DueWithin splits.
	ErrReportMismatch = errors.New("aging: reports do not match")
	// ErrInvalidOptions reports an unknown basis, a zero as-of date,
	// DueWithin edges that are not increasing positive days, or places
	// that cannot be resolved: outside 0–18, or 0 (the currency's minor
	// unit) for a currency that is not an ISO 4217 code. Bad places give
	// this error in every function of the package.
	ErrInvalidOptions = errors.New("aging: invalid options")
	// ErrInvalidRates reports loss rates that do not fit a report: one per
	// bucket, each within [0, 1], a non-negative adjustment, specific
	// rates within [0, 1].
	ErrInvalidRates = errors.New("aging: invalid loss rates")
	// ErrSnapshotMismatch reports aging snapshots that do not line up for
	// roll rates: other buckets or basis, a gap in the months, a missing
	// currency.
	ErrSnapshotMismatch = errors.New("aging: snapshots do not line up")
	// ErrInvalidSettlement reports a settlement given to OpenAsOf that
	// names no item, has a zero date or a negative amount.
	ErrInvalidSettlement = errors.New("aging: invalid settlement")
	// ErrInvalidConversion reports a converted summary that cannot be
	// made: no target currency, a currency without a rate, a rate ≤ 0.
	ErrInvalidConversion = errors.New("aging: invalid conversion")
)

// ItemError is an item that fails [Item.Validate]: its Ref, the field at
// fault and why. It wraps ErrInvalidItem. It is a value: Report.Rejected
// holds ItemErrors, each an error, and errors.As takes a *ItemError
// target:
//
//	var ie aging.ItemError
//	if errors.As(err, &ie) { fmt.Println(ie.Ref, ie.Field) }
type ItemError struct {
	Ref    string `json:"ref"`    // the item's Ref, as given
	Field  string `json:"field"`  // the Item field at fault: "Customer", "Due", "Open"…
	Reason string `json:"reason"` // what is wrong with it, e.g. "is the zero time"
}

// Error names the item, the field and the reason.
func (e ItemError) Error() string {
	return fmt.Sprintf("aging: invalid item %q: %s %s", money.Bounded(e.Ref), e.Field, e.Reason)
}

// Unwrap makes errors.Is(err, ErrInvalidItem) true.
func (e ItemError) Unwrap() error { return ErrInvalidItem }
