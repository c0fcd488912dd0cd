package credit

import (
	"fmt"
	"sort"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// CreditLimit is the credit line granted to one customer in one currency,
// as in SAP's credit master record (FD32: credit limit, currency, "blocked").
//
// The zero value is a zero limit with no currency: every order that raises
// the exposure above zero is blocked. The name says "credit" because "the
// credit limit" is the term of art (SAP's credit master record), and a
// bare Limit is one limit method's figure.
type CreditLimit struct {
	// Customer identifies the account; it is carried into decisions.
	Customer string `json:"customer,omitempty"`
	// Currency is the currency of Amount and of every exposure checked
	// against it (an ISO 4217 code such as "EUR"; compared exactly). Its
	// minor unit rounds the money LossExposureOf's exposure computes.
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

// Total is the exposure: the sum of all its components, exact (no
// rounding). An exposure Check would reject (a component out of range, a
// negative order or shipment, an unnamed component, negative or
// impossible overdue days) wraps ErrInvalidExposure: the components are
// range-checked before they are added.
func (e Exposure) Total() (decimal.Decimal, error) {
	if err := e.validate(); err != nil {
		return decimal.Zero, err
	}
	return e.total(), nil
}

// total is Total of a validated exposure.
func (e Exposure) total() decimal.Decimal {
	total := e.OpenReceivables.Add(e.OpenOrders).Add(e.ShippedNotInvoiced)
	for _, o := range e.Others {
		total = total.Add(o.Amount)
	}
	return total
}

// validate reports the first component that cannot occur: negative open
// orders or shipped-not-invoiced, negative overdue days or an unnamed other
// component, an amount out of the library's range (money.CheckRange) or
// overdue days beyond money.MaxDays. The error wraps ErrInvalidExposure.
func (e Exposure) validate() error {
	fields := []namedAmount{{"openReceivables", e.OpenReceivables}, {"openOrders", e.OpenOrders}, {"shippedNotInvoiced", e.ShippedNotInvoiced}}
	for _, o := range e.Others {
		fields = append(fields, namedAmount{"others " + o.Name, o.Amount})
	}
	if err := checkRange(ErrInvalidExposure, "", fields...); err != nil {
		return err
	}
	if err := checkDays(ErrInvalidExposure, "", "overdueDays", e.OverdueDays); err != nil {
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
	if err := checkRange(ErrInvalidLimit, l.Customer, namedAmount{"amount", l.Amount}); err != nil {
		return err
	}
	if l.Amount.IsNegative() {
		return fmt.Errorf("%w: customer %q amount %s must not be negative", ErrInvalidLimit, money.Bounded(l.Customer), l.Amount)
	}
	return nil
}

// ExposureKind says which component of an Exposure a line adds to.
type ExposureKind uint8

// The exposure kinds; the zero value is an open receivable.
const (
	// KindReceivable is an open item: an invoice (positive) or a credit
	// note or unapplied payment (negative).
	KindReceivable ExposureKind = iota
	// KindOpenOrder is a confirmed order not yet shipped (≥ 0).
	KindOpenOrder
	// KindShippedNotInvoiced is a delivery not yet billed (≥ 0).
	KindShippedNotInvoiced
	// KindOther is a component the caller names in ExposureLine.Name.
	KindOther
)

var kindNames = []string{KindReceivable: "receivable", KindOpenOrder: "open-order",
	KindShippedNotInvoiced: "shipped-not-invoiced", KindOther: "other"}

// String returns "receivable", "open-order", "shipped-not-invoiced" or
// "other", and "ExposureKind(n)" otherwise.
func (k ExposureKind) String() string {
	if k <= KindOther {
		return kindNames[k]
	}
	return fmt.Sprintf("ExposureKind(%d)", uint8(k))
}

// MarshalText encodes the kind as its String; an unknown kind fails.
func (k ExposureKind) MarshalText() ([]byte, error) {
	if k > KindOther {
		return nil, fmt.Errorf("%w: exposure kind %d is unknown", ErrInvalidExposure, uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText decodes the names String returns.
func (k *ExposureKind) UnmarshalText(text []byte) error {
	for v, name := range kindNames {
		if string(text) == name {
			*k = ExposureKind(v)
			return nil
		}
	}
	return fmt.Errorf("%w: exposure kind %q is not receivable, open-order, shipped-not-invoiced or other", ErrInvalidExposure, money.Bounded(string(text)))
}

// ExposureLine is one open item, order or other commitment of a customer,
// as an ERP lists them.
type ExposureLine struct {
	Ref      string          `json:"ref,omitempty"`
	Currency string          `json:"currency"`
	Kind     ExposureKind    `json:"kind"`
	Name     string          `json:"name,omitempty"` // KindOther only: the component's name
	Amount   decimal.Decimal `json:"amount"`
	// DaysPastDue of an open receivable on the day of the check (0 when
	// not yet due); the oldest positive one becomes Exposure.OverdueDays.
	DaysPastDue int `json:"daysPastDue,omitempty"`
}

// Exposures sums one customer's lines into one Exposure per currency,
// sorted by currency, with the Others summed per name and sorted by name.
// Each Exposure's Total is the exact sum of its lines; currencies are never
// added together. OverdueDays is the largest DaysPastDue among receivables
// with a positive amount. A negative order or shipment, a negative
// DaysPastDue, an unnamed other line or an unknown kind wraps
// ErrInvalidExposure, naming the line's ref.
func Exposures(lines []ExposureLine) ([]Exposure, error) {
	byCurrency := map[string]*Exposure{}
	others := map[string]map[string]decimal.Decimal{}
	for i, l := range lines {
		if err := l.validate(i); err != nil {
			return nil, err
		}
		e := byCurrency[l.Currency]
		if e == nil {
			e = &Exposure{Currency: l.Currency}
			byCurrency[l.Currency] = e
		}
		switch l.Kind {
		case KindReceivable:
			e.OpenReceivables = e.OpenReceivables.Add(l.Amount)
			if l.Amount.IsPositive() {
				e.OverdueDays = max(e.OverdueDays, l.DaysPastDue)
			}
		case KindOpenOrder:
			e.OpenOrders = e.OpenOrders.Add(l.Amount)
		case KindShippedNotInvoiced:
			e.ShippedNotInvoiced = e.ShippedNotInvoiced.Add(l.Amount)
		default: // KindOther, checked by validate
			if others[l.Currency] == nil {
				others[l.Currency] = map[string]decimal.Decimal{}
			}
			others[l.Currency][l.Name] = others[l.Currency][l.Name].Add(l.Amount)
		}
	}
	out := make([]Exposure, 0, len(byCurrency))
	for cur, e := range byCurrency {
		for name, amount := range others[cur] {
			e.Others = append(e.Others, ExposureComponent{Name: name, Amount: amount})
		}
		sort.Slice(e.Others, func(i, j int) bool { return e.Others[i].Name < e.Others[j].Name })
		out = append(out, *e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Currency < out[j].Currency })
	return out, nil
}

// validate reports a line Exposures cannot add (ErrInvalidExposure).
func (l ExposureLine) validate(i int) error {
	if err := checkRange(ErrInvalidExposure, l.Ref, namedAmount{"amount", l.Amount}); err != nil {
		return fmt.Errorf("line %d: %w", i, err)
	}
	if err := checkDays(ErrInvalidExposure, l.Ref, "daysPastDue", l.DaysPastDue); err != nil {
		return fmt.Errorf("line %d: %w", i, err)
	}
	switch {
	case l.Kind > KindOther:
		return fmt.Errorf("%w: line %d %q kind %d is unknown", ErrInvalidExposure, i, money.Bounded(l.Ref), uint8(l.Kind))
	case (l.Kind == KindOpenOrder || l.Kind == KindShippedNotInvoiced) && l.Amount.IsNegative():
		return fmt.Errorf("%w: line %d %q amount %s of an order or shipment must not be negative", ErrInvalidExposure, i, money.Bounded(l.Ref), l.Amount)
	case l.Kind == KindOther && l.Name == "":
		return fmt.Errorf("%w: line %d %q of kind other has no name", ErrInvalidExposure, i, money.Bounded(l.Ref))
	case l.DaysPastDue < 0:
		return fmt.Errorf("%w: line %d %q daysPastDue %d must not be negative", ErrInvalidExposure, i, money.Bounded(l.Ref), l.DaysPastDue)
	}
	return nil
}
