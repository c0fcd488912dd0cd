package collections

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Dues are what a debtor owes on one debt, by kind.
type Dues struct {
	Costs     decimal.Decimal `json:"costs"`     // collection costs, fees, the fixed compensation
	Interest  decimal.Decimal `json:"interest"`  // late-payment interest
	Principal decimal.Decimal `json:"principal"` // the invoice amount still open
}

// ApplyCostsInterestPrincipal applies a payment in the order of § 367(1)
// BGB (German Civil Code): first to costs, then to interest, then to the
// principal — so late charges survive a payment that only covers the
// invoice amount. It returns what each kind received, what stays owed and
// any excess. Money is conserved exactly (nothing is rounded); negative
// amounts are ErrInvalidPayment errors.
func ApplyCostsInterestPrincipal(d Dues, payment decimal.Decimal) (applied, owed Dues, excess decimal.Decimal, err error) {
	for _, f := range []struct {
		name string
		v    decimal.Decimal
	}{{"payment", payment}, {"Costs", d.Costs}, {"Interest", d.Interest}, {"Principal", d.Principal}} {
		if f.v.IsNegative() {
			return Dues{}, Dues{}, decimal.Zero, fmt.Errorf("%w: %s %s is negative", ErrInvalidPayment, f.name, f.v)
		}
	}
	left := payment
	take := func(due decimal.Decimal) (decimal.Decimal, decimal.Decimal) {
		t := decimal.Min(left, due)
		left = left.Sub(t)
		return t, due.Sub(t)
	}
	applied.Costs, owed.Costs = take(d.Costs)
	applied.Interest, owed.Interest = take(d.Interest)
	applied.Principal, owed.Principal = take(d.Principal)
	return applied, owed, left, nil
}
