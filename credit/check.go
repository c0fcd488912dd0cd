package credit

import (
	"fmt"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// Outcome is the verdict on an order. Its zero value is not an outcome: a
// CheckResult returned without error always carries Approve, Warn or Block.
type Outcome uint8

// The outcomes, in increasing severity.
const (
	// Approve: the order fits; release it.
	Approve Outcome = iota + 1
	// Warn: release the order but tell the credit controller (SAP's
	// "warning" reaction).
	Warn
	// Block: hold the order for a credit decision (SAP's delivery block).
	Block
)

var outcomeNames = [...]string{Approve: "approve", Warn: "warn", Block: "block"}

// String returns "approve", "warn" or "block", and "Outcome(n)" otherwise.
func (o Outcome) String() string {
	if o >= Approve && o <= Block {
		return outcomeNames[o]
	}
	return fmt.Sprintf("Outcome(%d)", uint8(o))
}

// MarshalText encodes the outcome as its String; it fails on an invalid
// outcome so that an undecided order never reads as approved.
func (o Outcome) MarshalText() ([]byte, error) {
	if o < Approve || o > Block {
		return nil, fmt.Errorf("%w: outcome %d is not approve, warn or block", ErrInvalidRule, uint8(o))
	}
	return []byte(outcomeNames[o]), nil
}

// UnmarshalText decodes "approve", "warn" or "block".
func (o *Outcome) UnmarshalText(text []byte) error {
	for v := Approve; v <= Block; v++ {
		if string(text) == outcomeNames[v] {
			*o = v
			return nil
		}
	}
	return fmt.Errorf("%w: outcome %q is not approve, warn or block", ErrInvalidRule, money.Bounded(string(text)))
}

// CheckCode names why a check reached its outcome; stable for programs.
type CheckCode string

// The reason codes of CheckRules.Check, in the order the rules are evaluated.
const (
	// ReasonOnHold: the customer is on credit hold (Block).
	ReasonOnHold CheckCode = "on-hold"
	// ReasonOverdue: an open item is more days past due than
	// CheckRules.MaxOverdueDays allows (Block, or Warn if OverdueWarnOnly).
	ReasonOverdue CheckCode = "overdue"
	// ReasonNoLimit: the limit is zero and the order leaves a positive
	// exposure (Block).
	ReasonNoLimit CheckCode = "no-limit"
	// ReasonOverLimit: the exposure after the order exceeds the limit plus
	// the tolerance (Block).
	ReasonOverLimit CheckCode = "over-limit"
	// ReasonWithinTolerance: over the limit but within the tolerance (Warn).
	ReasonWithinTolerance CheckCode = "within-tolerance"
	// ReasonOverWarning: utilisation after the order exceeds the warning
	// threshold (Warn).
	ReasonOverWarning CheckCode = "over-warning-threshold"
	// ReasonWithinLimit: the exposure after the order fits the limit and the
	// warning threshold (Approve).
	ReasonWithinLimit CheckCode = "within-limit"
)

// CheckReason is one finding of a check: its code, the outcome it calls for and
// a sentence with the figures that triggered it.
type CheckReason struct {
	Code    CheckCode `json:"code"`    // stable, for programs
	Outcome Outcome   `json:"outcome"` // what this finding alone calls for
	Text    string    `json:"text"`    // for people, with the figures
}

// Order is the order to be checked: an amount (≥ 0) in the limit's currency.
type Order struct {
	Ref      string          `json:"ref,omitempty"` // the order number, named in reasons and errors
	Currency string          `json:"currency"`      // must be the limit's
	Amount   decimal.Decimal `json:"amount"`        // ≥ 0
}

// CheckRules are the settings of the order check, SAP's credit-check
// settings per risk category (transaction OVA8) in small. The zero value is
// the default check: warn above 90% utilisation, no tolerance above the
// limit, block when the oldest open item is more than 30 days past due.
type CheckRules struct {
	// WarnAt is the utilisation (a fraction of the limit, in [0, 1]) above
	// which an order that fits the limit is released with a warning. 0
	// means 0.90; 1 turns the warning off (above the limit the limit
	// findings speak instead).
	WarnAt decimal.Decimal `json:"warnAt"`
	// Tolerance is the fraction above the limit (≥ 0) still released, with a
	// warning: 0.05 lets the exposure reach 105% of the limit. 0 means none.
	Tolerance decimal.Decimal `json:"tolerance"`
	// MaxOverdueDays stops orders from customers whose oldest overdue item
	// is more than this many days past due, even under the limit. 0 means
	// 30; a negative value is an error (use IgnoreOverdue to turn the rule
	// off).
	MaxOverdueDays int `json:"maxOverdueDays"`
	// OverdueWarnOnly turns the overdue rule's Block into a Warn.
	OverdueWarnOnly bool `json:"overdueWarnOnly,omitempty"`
	// IgnoreOverdue turns the overdue rule off: with WarnAt 1 as well, the
	// check is SAP's pure static check (block above the limit, approve
	// otherwise).
	IgnoreOverdue bool `json:"ignoreOverdue,omitempty"`
}

// The defaults of CheckRules' zero fields.
var (
	defaultWarnAt         = decimal.New(9, -1)
	defaultMaxOverdueDays = 30
)

// CheckResult is the verdict on one order with everything needed to
// explain it. Money is exact (sums and differences of the inputs, which
// carry their own places; never rounded); utilisation is rounded half-up
// to RatePlaces. Headroom is the limit minus the exposure and is negative
// when the limit is exceeded.
//
// Utilisation is undefined for a zero limit; it is then reported as 0 and
// the reason ReasonNoLimit (or ReasonWithinLimit when the exposure after the
// order is not positive) says what happened.
type CheckResult struct {
	Customer          string          `json:"customer,omitempty"` // the limit's Customer
	Order             string          `json:"order,omitempty"`    // the order's Ref
	Currency          string          `json:"currency"`           // of the limit, exposure and order alike
	Outcome           Outcome         `json:"outcome"`            // approve, warn or block: the worst of the reasons
	Reasons           []CheckReason   `json:"reasons"`            // every rule that spoke, in the order checked: hold, overdue, limit
	Limit             decimal.Decimal `json:"limit"`              // the credit limit
	OrderAmount       decimal.Decimal `json:"orderAmount"`        // the order's amount
	ExposureBefore    decimal.Decimal `json:"exposureBefore"`     // the exposure's Total without the order
	ExposureAfter     decimal.Decimal `json:"exposureAfter"`      // ExposureBefore + OrderAmount
	HeadroomBefore    decimal.Decimal `json:"headroomBefore"`     // Limit − ExposureBefore
	HeadroomAfter     decimal.Decimal `json:"headroomAfter"`      // Limit − ExposureAfter
	UtilisationBefore decimal.Decimal `json:"utilisationBefore"`  // ExposureBefore ÷ Limit, a fraction
	UtilisationAfter  decimal.Decimal `json:"utilisationAfter"`   // ExposureAfter ÷ Limit, a fraction
}

// Validate reports settings that cannot be applied: WarnAt outside [0, 1]
// (ErrInvalidProbability), a negative Tolerance or MaxOverdueDays
// (ErrInvalidRule). Check validates its rules itself; call Validate to
// reject bad settings when they are loaded.
func (r CheckRules) Validate() error {
	if err := checkRange(ErrInvalidProbability, "", namedAmount{"warnAt", r.WarnAt}); err != nil {
		return err
	}
	if err := checkRange(ErrInvalidRule, "", namedAmount{"tolerance", r.Tolerance}); err != nil {
		return err
	}
	if err := checkDays(ErrInvalidRule, "", "maxOverdueDays", r.MaxOverdueDays); err != nil {
		return err
	}
	switch {
	case r.WarnAt.IsNegative() || r.WarnAt.GreaterThan(one):
		return fmt.Errorf("%w: warnAt %s must be in [0, 1]", ErrInvalidProbability, r.WarnAt)
	case r.Tolerance.IsNegative():
		return fmt.Errorf("%w: tolerance %s must not be negative", ErrInvalidRule, r.Tolerance)
	case r.MaxOverdueDays < 0:
		return fmt.Errorf("%w: maxOverdueDays %d must not be negative", ErrInvalidRule, r.MaxOverdueDays)
	}
	return nil
}

// resolved returns r with its zero fields set to their defaults.
func (r CheckRules) resolved() CheckRules {
	if r.WarnAt.IsZero() {
		r.WarnAt = defaultWarnAt
	}
	if r.MaxOverdueDays == 0 {
		r.MaxOverdueDays = defaultMaxOverdueDays
	}
	return r
}

// Check decides an order: the exposure after the order (exposure + order
// amount) is compared with the limit, like SAP's static credit check (open
// items + open orders + delivery and billing values against the limit).
// CheckRules{}.Check applies the defaults.
//
// The rules are evaluated in this order, and every one that applies adds a
// CheckReason; the Outcome is the most severe among them:
//
//  1. customer on hold → Block (ReasonOnHold);
//  2. oldest overdue item more than MaxOverdueDays past due → Block, or Warn
//     with OverdueWarnOnly (ReasonOverdue), unless IgnoreOverdue;
//  3. exactly one limit finding: exposure after > limit × (1 + Tolerance) →
//     Block (ReasonOverLimit, or ReasonNoLimit for a zero limit); exposure
//     after > limit → Warn (ReasonWithinTolerance); exposure after >
//     limit × WarnAt → Warn (ReasonOverWarning); otherwise Approve
//     (ReasonWithinLimit).
//
// "Over" is strict: an exposure exactly at the limit is not over it (it
// is still over a WarnAt below 1, so Check warns). Limit,
// exposure and order must share one currency (ErrCurrencyMismatch); a
// negative limit (ErrInvalidLimit), an invalid exposure
// (ErrInvalidExposure), a negative order (ErrInvalidOrder) or invalid rules
// are errors.
func (r CheckRules) Check(limit CreditLimit, exposure Exposure, order Order) (CheckResult, error) {
	if err := checkInputs(r, limit, exposure, order); err != nil {
		return CheckResult{}, err
	}
	r = r.resolved()
	before := exposure.total()
	after := before.Add(order.Amount)
	d := CheckResult{
		Customer:          limit.Customer,
		Order:             order.Ref,
		Currency:          limit.Currency,
		Limit:             limit.Amount,
		OrderAmount:       order.Amount,
		ExposureBefore:    before,
		ExposureAfter:     after,
		HeadroomBefore:    limit.Amount.Sub(before),
		HeadroomAfter:     limit.Amount.Sub(after),
		UtilisationBefore: utilisationOf(before, limit.Amount),
		UtilisationAfter:  utilisationOf(after, limit.Amount),
	}
	if limit.OnHold {
		d.add(ReasonOnHold, Block, "customer is on credit hold")
	}
	if !r.IgnoreOverdue && exposure.OverdueDays > r.MaxOverdueDays {
		o := Block
		if r.OverdueWarnOnly {
			o = Warn
		}
		d.add(ReasonOverdue, o, fmt.Sprintf("oldest open item is %d days past due, more than the %d allowed",
			exposure.OverdueDays, r.MaxOverdueDays))
	}
	d.add(r.limitFinding(d))
	return d, nil
}

// checkInputs validates everything Check reads.
func checkInputs(r CheckRules, limit CreditLimit, exposure Exposure, order Order) error {
	if err := r.Validate(); err != nil {
		return err
	}
	if err := limit.validate(); err != nil {
		return err
	}
	if err := exposure.validate(); err != nil {
		return fmt.Errorf("customer %q: %w", money.Bounded(limit.Customer), err)
	}
	if err := checkRange(ErrInvalidOrder, order.Ref, namedAmount{"order amount", order.Amount}); err != nil {
		return err
	}
	if order.Amount.IsNegative() {
		return fmt.Errorf("%w: order %q amount %s must not be negative", ErrInvalidOrder, money.Bounded(order.Ref), order.Amount)
	}
	if exposure.Currency != limit.Currency || order.Currency != limit.Currency {
		return fmt.Errorf("%w: customer %q order %q: limit in %q, exposure in %q, order in %q",
			ErrCurrencyMismatch, money.Bounded(limit.Customer), money.Bounded(order.Ref), money.Bounded(limit.Currency), money.Bounded(exposure.Currency), money.Bounded(order.Currency))
	}
	return nil
}

// add appends a finding and raises the outcome to it.
func (d *CheckResult) add(code CheckCode, o Outcome, text string) {
	d.Reasons = append(d.Reasons, CheckReason{Code: code, Outcome: o, Text: text})
	d.Outcome = max(d.Outcome, o)
}

// limitFinding is the one limit finding of a check: its code, outcome and
// text.
func (r CheckRules) limitFinding(d CheckResult) (CheckCode, Outcome, string) {
	limit, after, cur := d.Limit, d.ExposureAfter, d.Currency
	ceiling := limit.Add(limit.Mul(r.Tolerance))
	switch {
	case after.GreaterThan(ceiling) && limit.IsZero():
		return ReasonNoLimit, Block, fmt.Sprintf("no credit limit: exposure after order %s %s", after, cur)
	case after.GreaterThan(ceiling):
		return ReasonOverLimit, Block, fmt.Sprintf("exposure after order %s exceeds limit %s%s by %s %s",
			after, limit, toleranceText(r.Tolerance), after.Sub(ceiling), cur)
	case after.GreaterThan(limit):
		return ReasonWithinTolerance, Warn, fmt.Sprintf("exposure after order %s exceeds limit %s by %s %s, within tolerance %s%%",
			after, limit, after.Sub(limit), cur, percentText(r.Tolerance))
	case after.GreaterThan(limit.Mul(r.WarnAt)):
		return ReasonOverWarning, Warn, fmt.Sprintf("utilisation after order %s%% exceeds warning threshold %s%%",
			percentText(d.UtilisationAfter), percentText(r.WarnAt))
	}
	return ReasonWithinLimit, Approve, fmt.Sprintf("exposure after order %s within limit %s, headroom %s %s",
		after, limit, d.HeadroomAfter, cur)
}

// utilisationOf is exposure ÷ limit rounded half-up to RatePlaces, and 0
// for a zero limit (where it is undefined; see CheckResult).
func utilisationOf(exposure, limit decimal.Decimal) decimal.Decimal {
	if limit.IsZero() {
		return decimal.Zero
	}
	return exposure.DivRound(limit, RatePlaces)
}

// percentText renders a fraction as a percentage without trailing zeros
// (0.9 → "90", 0.9234 → "92.34").
func percentText(fraction decimal.Decimal) string {
	return fraction.Shift(2).String()
}

func toleranceText(tolerance decimal.Decimal) string {
	if tolerance.IsZero() {
		return ""
	}
	return " + " + percentText(tolerance) + "% tolerance"
}
