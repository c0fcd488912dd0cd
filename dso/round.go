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

// inRange is the package's one range guard (issue 25): it reports the
// first decimal of fields outside money.InRange's range (MaxDigits digits
// either side of the point) as ErrInvalidInput, naming the field and
// printing a bounded form of the value. Every entry point calls it on
// every decimal input before any arithmetic or comparison: an exponent of
// 2³¹−1 panicked inside shopspring/decimal, one of −10⁸ stalled a division
// for a minute.
func inRange(fields ...field) error {
	for _, f := range fields {
		if err := money.CheckRange(f.name, f.v); err != nil {
			return fmt.Errorf("%w: %v", ErrInvalidInput, err)
		}
	}
	return nil
}

// field is one named decimal input, for inRange.
type field struct {
	name string
	v    decimal.Decimal
}

// positiveSales rejects sales that cannot divide, or out of range.
func positiveSales(name string, v decimal.Decimal) error {
	if err := inRange(field{name, v}); err != nil {
		return err
	}
	if !v.IsPositive() {
		return fmt.Errorf("%w: %s is %s", ErrZeroSales, name, v)
	}
	return nil
}

// nonNegative rejects a balance below zero, or out of range.
func nonNegative(name string, v decimal.Decimal) error {
	if err := inRange(field{name, v}); err != nil {
		return err
	}
	if v.IsNegative() {
		return fmt.Errorf("%w: %s is %s", ErrNegativeBalance, name, v)
	}
	return nil
}

// positiveDays rejects a period of no days, or of more days than any
// calendar holds (money.CheckDays), so that sums of periods cannot wrap.
func positiveDays(name string, days int) error {
	if days <= 0 {
		return fmt.Errorf("%w: %s is %d", ErrInvalidDays, name, days)
	}
	if err := money.CheckDays(name, days); err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidDays, err)
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
