package credit

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// CreditLimit is the credit line granted to one customer in one currency,
// as in SAP's credit master record (FD32: credit limit, currency, "blocked").
//
// The zero value is a zero limit with no currency: every order that raises
// the exposure above zero is blocked.
type CreditLimit struct {
	// Customer identifies the account; it is carried into decisions.
	Customer string `json:"customer,omitempty"`
	// Currency is the currency of Amount and of every exposure checked
	// against it (an ISO 4217 code such as "EUR"; compared exactly).
	Currency string `json:"currency"`
	// Amount is the limit; it must not be negative.
	Amount decimal.Decimal `json:"amount"`
	// OnHold blocks every order whatever the headroom (credit hold,
	// SAP's "blocked" flag; see ActionFreeze of the limit review).
	OnHold bool `json:"onHold,omitempty"`
}

// Exposure is what a customer owes or is committed to in one currency: the
// static credit check of SAP SD (open items + open orders + open deliveries
// and billing documents) with room for other components the caller names.
//
// Exposure = OpenReceivables + OpenOrders + ShippedNotInvoiced + Σ Others.
// Amounts are never converted: an exposure has one currency.
type Exposure struct {
	// Currency of every amount in the exposure.
	Currency string `json:"currency"`
	// OpenReceivables is the open balance of invoices net of credit notes
	// and unapplied cash; it may be negative when the customer is in credit.
	OpenReceivables decimal.Decimal `json:"openReceivables"`
	// OpenOrders is the value of confirmed orders not yet shipped (≥ 0).
	OpenOrders decimal.Decimal `json:"openOrders"`
	// ShippedNotInvoiced is the value delivered but not yet billed (≥ 0).
	ShippedNotInvoiced decimal.Decimal `json:"shippedNotInvoiced"`
	// Others are further components the caller counts, for example bills
	// of exchange not yet due or a guarantee given (positive), or a cash
	// deposit held as security (negative). Each needs a name.
	Others []ExposureComponent `json:"others,omitempty"`
	// OverdueDays is how many days past due the oldest overdue open item
	// is on the day of the check (0 when nothing is overdue); it drives
	// the overdue rule of CheckRules.
	OverdueDays int `json:"overdueDays,omitempty"`
}

// ExposureComponent is a named extra part of an Exposure.
type ExposureComponent struct {
	Name   string          `json:"name"`
	Amount decimal.Decimal `json:"amount"`
}

// Total is the exposure: the sum of all its components, exact (no rounding).
func (e Exposure) Total() decimal.Decimal {
	total := e.OpenReceivables.Add(e.OpenOrders).Add(e.ShippedNotInvoiced)
	for _, o := range e.Others {
		total = total.Add(o.Amount)
	}
	return total
}

// Validate reports the first component that cannot occur: negative open
// orders or shipped-not-invoiced, negative overdue days or an unnamed other
// component, or an amount beyond 100 digits either side of the point. The
// error wraps ErrInvalidExposure.
func (e Exposure) Validate() error {
	fields := []namedAmount{{"openReceivables", e.OpenReceivables}, {"openOrders", e.OpenOrders}, {"shippedNotInvoiced", e.ShippedNotInvoiced}}
	for _, o := range e.Others {
		fields = append(fields, namedAmount{"others " + o.Name, o.Amount})
	}
	if err := checkDigits(ErrInvalidExposure, "", fields...); err != nil {
		return err
	}
	switch {
	case e.OpenOrders.IsNegative():
		return fmt.Errorf("%w: openOrders %s must not be negative", ErrInvalidExposure, e.OpenOrders)
	case e.ShippedNotInvoiced.IsNegative():
		return fmt.Errorf("%w: shippedNotInvoiced %s must not be negative", ErrInvalidExposure, e.ShippedNotInvoiced)
	case e.OverdueDays < 0:
		return fmt.Errorf("%w: overdueDays %d must not be negative", ErrInvalidExposure, e.OverdueDays)
	}
	for i, o := range e.Others {
		if o.Name == "" {
			return fmt.Errorf("%w: others[%d] (amount %s) has no name", ErrInvalidExposure, i, o.Amount)
		}
	}
	return nil
}

// validate reports a negative limit (ErrInvalidLimit).
func (l CreditLimit) validate() error {
	if err := checkDigits(ErrInvalidLimit, l.Customer, namedAmount{"amount", l.Amount}); err != nil {
		return err
	}
	if l.Amount.IsNegative() {
		return fmt.Errorf("%w: customer %q amount %s must not be negative", ErrInvalidLimit, l.Customer, l.Amount)
	}
	return nil
}
