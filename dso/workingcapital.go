package dso

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Balances are the operating balances at the end of a period and the
// period's sales, for the working-capital requirement. Named fields,
// because four amounts of one type in a row are too easy to swap.
type Balances struct {
	Receivables decimal.Decimal `json:"receivables"` // trade receivables (≥ 0)
	Inventory   decimal.Decimal `json:"inventory"`   // inventory (≥ 0)
	Payables    decimal.Decimal `json:"payables"`    // trade payables (≥ 0)
	Sales       decimal.Decimal `json:"sales"`       // the period's sales (> 0)
	Days        int             `json:"days"`        // the period's length in days (> 0)
}

// WorkingCapital is the operating working capital tied up in the cycle.
type WorkingCapital struct {
	// Requirement is Receivables + Inventory − Payables, in money; exact
	// (a sum of the caller's amounts, so already in their minor unit).
	Requirement decimal.Decimal `json:"requirement"`
	// DaysOfSales is Requirement / Sales × Days, rounded half-up to
	// RatePlaces; negative when payables exceed the other two.
	DaysOfSales decimal.Decimal `json:"daysOfSales"`
}

// WorkingCapitalRequirement is receivables + inventory − payables and the
// same in days of sales (requirement / sales × days). Source: Vernimmen,
// Corporate Finance, ch. on working capital ("working capital in days of
// sales").
func WorkingCapitalRequirement(b Balances) (WorkingCapital, error) {
	for _, f := range []field{{"Receivables", b.Receivables}, {"Inventory", b.Inventory}, {"Payables", b.Payables}} {
		if err := nonNegative(f.name, f.v); err != nil {
			return WorkingCapital{}, err
		}
	}
	if err := positiveSales("Sales", b.Sales); err != nil {
		return WorkingCapital{}, err
	}
	if err := positiveDays("Days", b.Days); err != nil {
		return WorkingCapital{}, err
	}
	wcr := b.Receivables.Add(b.Inventory).Sub(b.Payables)
	return WorkingCapital{Requirement: wcr, DaysOfSales: daysOf(wcr, b.Sales, b.Days)}, nil
}

// CashRatio is cash and cash equivalents / current liabilities, the
// strictest liquidity ratio. Rounded half-up to RatePlaces.
func CashRatio(cash, currentLiabilities decimal.Decimal) (decimal.Decimal, error) {
	if err := nonNegative("cash", cash); err != nil {
		return decimal.Zero, err
	}
	if err := inRange(field{"currentLiabilities", currentLiabilities}); err != nil {
		return decimal.Zero, err
	}
	if !currentLiabilities.IsPositive() {
		return decimal.Zero, fmt.Errorf("%w: currentLiabilities is %s; the ratio needs a positive denominator", ErrInvalidInput, currentLiabilities)
	}
	return quo(cash, currentLiabilities).Round(RatePlaces), nil
}

// Change is a change in DSO and what it applies to, for CashReleased.
// Named fields: OldDSO, NewDSO and CostOfCapital are numbers of one type
// whose swap gives an answer that looks right.
type Change struct {
	// CreditSales are the credit sales of a period of Days (annual sales
	// and 365, say), in Currency.
	CreditSales decimal.Decimal `json:"creditSales"`
	Days        int             `json:"days"` // the period's length in days (> 0)
	// OldDSO and NewDSO are the DSO before and after, in days (≥ 0).
	OldDSO decimal.Decimal `json:"oldDSO"`
	NewDSO decimal.Decimal `json:"newDSO"`
	// CostOfCapital is the annual cost of capital, a fraction (≥ 0).
	CostOfCapital decimal.Decimal `json:"costOfCapital"`
	// Currency is the ISO 4217 code of CreditSales ("EUR"); the results
	// are rounded to its minor unit. It may be empty only when Places is
	// set.
	Currency string `json:"currency"`
	// Places: 0 means Currency's ISO 4217 minor unit; 1–18 rounds the
	// results to that many places instead.
	Places int32 `json:"places,omitempty"`
}

// Release is the cash a change in DSO frees (or ties up, when negative).
// Each figure is rounded half-up to the currency's minor unit (or Places)
// from unrounded intermediates.
type Release struct {
	// DailySales is credit sales / days.
	DailySales decimal.Decimal `json:"dailySales"`
	// Released is daily sales × (old DSO − new DSO), from the unrounded
	// daily sales.
	Released decimal.Decimal `json:"released"`
	// FinancingSaved is Released × cost of capital: the annual interest no
	// longer paid on the released cash.
	FinancingSaved decimal.Decimal `json:"financingSaved"`
}

// CashReleased is the cash released by bringing DSO from c.OldDSO to
// c.NewDSO:
//
//	released = credit sales / days × (old DSO − new DSO)
//	financing saved = released × annual cost of capital
//
// A rise in DSO gives negative figures: cash tied up. Source: Brealey, Myers
// & Allen, ch. 28; the DOMAIN example of an insured manufacturer whose DSO
// went from 82 to 58 days.
func CashReleased(c Change) (Release, error) {
	if err := positiveSales("CreditSales", c.CreditSales); err != nil {
		return Release{}, err
	}
	if err := positiveDays("Days", c.Days); err != nil {
		return Release{}, err
	}
	fields := []field{{"OldDSO", c.OldDSO}, {"NewDSO", c.NewDSO}, {"CostOfCapital", c.CostOfCapital}}
	if err := inRange(fields...); err != nil {
		return Release{}, err
	}
	for _, f := range fields {
		if f.v.IsNegative() {
			return Release{}, fmt.Errorf("%w: %s is %s", ErrInvalidInput, f.name, f.v)
		}
	}
	places, err := placesFor(c.Currency, c.Places)
	if err != nil {
		return Release{}, err
	}
	daily := quo(c.CreditSales, decimal.NewFromInt(int64(c.Days)))
	released := daily.Mul(c.OldDSO.Sub(c.NewDSO))
	return Release{
		DailySales:     daily.Round(places),
		Released:       released.Round(places),
		FinancingSaved: released.Mul(c.CostOfCapital).Round(places),
	}, nil
}

// Carrying is a receivables book and what financing it costs, for
// CarryingCost.
type Carrying struct {
	Receivables   decimal.Decimal `json:"receivables"`   // the book, in Currency (≥ 0)
	CostOfCapital decimal.Decimal `json:"costOfCapital"` // annual, a fraction (≥ 0)
	// Currency is the ISO 4217 code of Receivables; the cost is rounded to
	// its minor unit. It may be empty only when Places is set.
	Currency string `json:"currency"`
	// Places: 0 means Currency's ISO 4217 minor unit; 1–18 rounds the cost
	// to that many places instead.
	Places int32 `json:"places,omitempty"`
}

// CarryingCost is the annual cost of financing a receivables book:
// receivables × annual cost of capital, rounded half-up to the currency's
// minor unit (or Places).
func CarryingCost(c Carrying) (decimal.Decimal, error) {
	if err := nonNegative("Receivables", c.Receivables); err != nil {
		return decimal.Zero, err
	}
	if err := inRange(field{"CostOfCapital", c.CostOfCapital}); err != nil {
		return decimal.Zero, err
	}
	if c.CostOfCapital.IsNegative() {
		return decimal.Zero, fmt.Errorf("%w: CostOfCapital is %s", ErrInvalidInput, c.CostOfCapital)
	}
	places, err := placesFor(c.Currency, c.Places)
	if err != nil {
		return decimal.Zero, err
	}
	return c.Receivables.Mul(c.CostOfCapital).Round(places), nil
}
