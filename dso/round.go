package dso

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Rounding at the edges. Divisions inside a computation keep
// internalPlaces decimal places (far below any reported figure); results
// leave the package rounded half-up to the places documented here.
const (
	// DaysPlaces is the number of decimal places of every figure in days
	// (DSO, BPDSO, ADD, DPO, DIO, CCC, average days to pay).
	DaysPlaces = 2
	// RatioPlaces is the number of decimal places of ratios (turnover,
	// cash ratio).
	RatioPlaces = 4
	// PercentPlaces is the number of decimal places of percentages (CEI).
	PercentPlaces = 2
	// MoneyPlaces is the number of decimal places of money figures this
	// package derives by division (daily sales, cash released): two, the
	// minor unit of most currencies. Sums and products of the caller's
	// amounts are not rounded.
	MoneyPlaces = 2
	// internalPlaces is the precision of intermediate quotients.
	internalPlaces = 16
)

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

// daysOf is balance / flow × days, rounded to DaysPlaces: the shape of DSO,
// BPDSO, DPO and DIO alike.
func daysOf(balance, flow decimal.Decimal, days int) decimal.Decimal {
	return quo(balance.Mul(decimal.NewFromInt(int64(days))), flow).Round(DaysPlaces)
}
