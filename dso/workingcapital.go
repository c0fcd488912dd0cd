package dso

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// WorkingCapital is the operating working capital tied up in the cycle.
type WorkingCapital struct {
	// Requirement is receivables + inventory − payables, in money; not
	// rounded (a sum of the caller's amounts).
	Requirement decimal.Decimal `json:"requirement"`
	// DaysOfSales is Requirement / sales × days, rounded half-up to
	// DaysPlaces; negative when payables exceed the other two.
	DaysOfSales decimal.Decimal `json:"daysOfSales"`
}

// WorkingCapitalRequirement is receivables + inventory − payables and the
// same in days of sales (requirement / sales × days). Source: Vernimmen,
// Corporate Finance, ch. on working capital ("working capital in days of
// sales").
func WorkingCapitalRequirement(receivables, inventory, payables, sales decimal.Decimal, days int) (WorkingCapital, error) {
	for _, f := range []struct {
		name string
		v    decimal.Decimal
	}{{"receivables", receivables}, {"inventory", inventory}, {"payables", payables}} {
		if err := nonNegative(f.name, f.v); err != nil {
			return WorkingCapital{}, err
		}
	}
	if err := positiveSales("sales", sales); err != nil {
		return WorkingCapital{}, err
	}
	if err := positiveDays("days", days); err != nil {
		return WorkingCapital{}, err
	}
	wcr := receivables.Add(inventory).Sub(payables)
	return WorkingCapital{Requirement: wcr, DaysOfSales: daysOf(wcr, sales, days)}, nil
}

// CashRatio is cash and cash equivalents / current liabilities, the
// strictest liquidity ratio. Rounded half-up to RatioPlaces.
func CashRatio(cash, currentLiabilities decimal.Decimal) (decimal.Decimal, error) {
	if err := nonNegative("cash", cash); err != nil {
		return decimal.Zero, err
	}
	if !currentLiabilities.IsPositive() {
		return decimal.Zero, fmt.Errorf("%w: currentLiabilities is %s; the ratio needs a positive denominator", ErrInvalidInput, currentLiabilities)
	}
	return quo(cash, currentLiabilities).Round(RatioPlaces), nil
}

// Release is the cash a change in DSO frees (or ties up, when negative).
type Release struct {
	// DailySales is credit sales / days, rounded half-up to MoneyPlaces.
	DailySales decimal.Decimal `json:"dailySales"`
	// Released is daily sales × (old DSO − new DSO), rounded half-up to
	// MoneyPlaces from the unrounded daily sales.
	Released decimal.Decimal `json:"released"`
	// FinancingSaved is Released × cost of capital: the annual interest no
	// longer paid on the released cash, rounded half-up to MoneyPlaces.
	FinancingSaved decimal.Decimal `json:"financingSaved"`
}

// CashReleased is the cash released by bringing DSO from oldDSO to newDSO:
//
//	released = credit sales / days × (old DSO − new DSO)
//	financing saved = released × annual cost of capital
//
// creditSales are the sales of a period of days (annual sales and 365, say).
// A rise in DSO gives negative figures: cash tied up. Source: Brealey, Myers
// & Allen, ch. 28; the DOMAIN example of an insured manufacturer whose DSO
// went from 82 to 58 days.
func CashReleased(creditSales decimal.Decimal, days int, oldDSO, newDSO, costOfCapital decimal.Decimal) (Release, error) {
	if err := positiveSales("creditSales", creditSales); err != nil {
		return Release{}, err
	}
	if err := positiveDays("days", days); err != nil {
		return Release{}, err
	}
	for _, f := range []struct {
		name string
		v    decimal.Decimal
	}{{"oldDSO", oldDSO}, {"newDSO", newDSO}, {"costOfCapital", costOfCapital}} {
		if f.v.IsNegative() {
			return Release{}, fmt.Errorf("%w: %s is %s", ErrInvalidInput, f.name, f.v)
		}
	}
	daily := quo(creditSales, decimal.NewFromInt(int64(days)))
	released := daily.Mul(oldDSO.Sub(newDSO))
	return Release{
		DailySales:     daily.Round(MoneyPlaces),
		Released:       released.Round(MoneyPlaces),
		FinancingSaved: released.Mul(costOfCapital).Round(MoneyPlaces),
	}, nil
}

// CarryingCost is the annual cost of financing a receivables book:
// receivables × annual cost of capital, rounded half-up to MoneyPlaces.
func CarryingCost(receivables, costOfCapital decimal.Decimal) (decimal.Decimal, error) {
	if err := nonNegative("receivables", receivables); err != nil {
		return decimal.Zero, err
	}
	if costOfCapital.IsNegative() {
		return decimal.Zero, fmt.Errorf("%w: costOfCapital is %s", ErrInvalidInput, costOfCapital)
	}
	return receivables.Mul(costOfCapital).Round(MoneyPlaces), nil
}
