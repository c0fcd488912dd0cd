package dso

import (
	"fmt"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// RatePlaces is the number of decimal places of every figure the package
// returns that is not money: days (DSO, BPDSO, ADD, DPO, DIO, CCC, average
// days to pay), ratios (turnover, cash ratio) and percentages (CEI),
// rounded half-up where the figure leaves the package. It is the package's
// one precision constant; money goes to its currency's minor unit (see the
// package doc, "Rounding").
const RatePlaces = 2

// internalPlaces is the precision of intermediate quotients, far below any
// reported figure.
const internalPlaces = 16

var hundred = decimal.NewFromInt(100)

// quo divides a by b at internal precision; b must be checked non-zero by
// the caller.
func quo(a, b decimal.Decimal) decimal.Decimal {
	return a.DivRound(b, internalPlaces)
}

// positiveSales rejects sales that cannot divide.
func positiveSales(field string, v decimal.Decimal) error {
	if !v.IsPositive() {
		return fmt.Errorf("%w: %s is %s", ErrZeroSales, field, v)
	}
	return nil
}

// nonNegative rejects a balance below zero.
func nonNegative(field string, v decimal.Decimal) error {
	if v.IsNegative() {
		return fmt.Errorf("%w: %s is %s", ErrNegativeBalance, field, v)
	}
	return nil
}

// positiveDays rejects a period of no days.
func positiveDays(field string, days int) error {
	if days <= 0 {
		return fmt.Errorf("%w: %s is %d", ErrInvalidDays, field, days)
	}
	return nil
}

// daysOf is balance / flow × days, rounded to RatePlaces: the shape of DSO,
// BPDSO, DPO and DIO alike.
func daysOf(balance, flow decimal.Decimal, days int) decimal.Decimal {
	return quo(balance.Mul(decimal.NewFromInt(int64(days))), flow).Round(RatePlaces)
}

// placesFor resolves the places a money result in currency is rounded to:
// places when set, else the currency's ISO 4217 minor unit. A missing or
// bad currency, or places outside 0–18, is ErrInvalidInput in every
// function of the package.
func placesFor(currency string, places int32) (int32, error) {
	p, err := money.PlacesFor(currency, places, "Places")
	if err != nil {
		return 0, fmt.Errorf("%w: %v", ErrInvalidInput, err)
	}
	return p, nil
}
