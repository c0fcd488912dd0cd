package dso

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Turnover is receivables turnover: how many times the receivables book is
// collected in the period.
//
//	turnover = credit sales / average receivables
//
// Rounded half-up to RatePlaces. Source: Brealey, Myers & Allen,
// Principles of Corporate Finance, ch. 28 (receivables turnover).
func Turnover(creditSales, averageReceivables decimal.Decimal) (decimal.Decimal, error) {
	if err := nonNegative("creditSales", creditSales); err != nil {
		return decimal.Zero, err
	}
	if err := inRange(field{"averageReceivables", averageReceivables}); err != nil {
		return decimal.Zero, err
	}
	if !averageReceivables.IsPositive() {
		return decimal.Zero, fmt.Errorf("%w: averageReceivables is %s; turnover needs a positive balance", ErrInvalidInput, averageReceivables)
	}
	return quo(creditSales, averageReceivables).Round(RatePlaces), nil
}

// DaysFromTurnover converts a turnover into days: days / turnover, the DSO
// on the average balance. Rounded half-up to RatePlaces.
func DaysFromTurnover(turnover decimal.Decimal, days int) (decimal.Decimal, error) {
	if err := inRange(field{"turnover", turnover}); err != nil {
		return decimal.Zero, err
	}
	if !turnover.IsPositive() {
		return decimal.Zero, fmt.Errorf("%w: turnover is %s; it must be positive", ErrInvalidInput, turnover)
	}
	if err := positiveDays("days", days); err != nil {
		return decimal.Zero, err
	}
	return quo(decimal.NewFromInt(int64(days)), turnover).Round(RatePlaces), nil
}

// DPO is days payables outstanding: payables / cost of goods sold × days,
// how long the business takes to pay its suppliers. Rounded half-up to
// RatePlaces. Source: Brealey, Myers & Allen, ch. 28; Hutchison, Farris &
// Anders (2007), "Cash-to-cash analysis".
func DPO(payables, costOfGoodsSold decimal.Decimal, days int) (decimal.Decimal, error) {
	return balanceDays("payables", payables, "costOfGoodsSold", costOfGoodsSold, days)
}

// DIO is days inventory outstanding: inventory / cost of goods sold × days.
// Rounded half-up to RatePlaces. Source as DPO.
func DIO(inventory, costOfGoodsSold decimal.Decimal, days int) (decimal.Decimal, error) {
	return balanceDays("inventory", inventory, "costOfGoodsSold", costOfGoodsSold, days)
}

// balanceDays validates and computes balance / flow × days.
func balanceDays(balanceName string, balance decimal.Decimal, flowName string, flow decimal.Decimal, days int) (decimal.Decimal, error) {
	if err := nonNegative(balanceName, balance); err != nil {
		return decimal.Zero, err
	}
	if err := positiveSales(flowName, flow); err != nil {
		return decimal.Zero, err
	}
	if err := positiveDays("days", days); err != nil {
		return decimal.Zero, err
	}
	return daysOf(balance, flow, days), nil
}

// Cycle is the three figures of the cash conversion cycle, in days, as
// returned by Standard, DIO and DPO. Named fields, because a DIO and a DPO
// swapped in a row of three give a cycle that looks right.
type Cycle struct {
	DSO decimal.Decimal `json:"dso"` // days sales outstanding (≥ 0)
	DIO decimal.Decimal `json:"dio"` // days inventory outstanding (≥ 0)
	DPO decimal.Decimal `json:"dpo"` // days payables outstanding (≥ 0)
}

// CashConversionCycle is DSO + DIO − DPO, in days: how long cash is tied up
// between paying suppliers and being paid by customers. Negative figures
// are rejected; a negative cycle is a legitimate answer (suppliers finance
// the business). Rounded half-up to RatePlaces. Source: Richards &
// Laughlin (1980), "A cash conversion cycle approach to liquidity
// analysis", Financial Management 9(1).
func CashConversionCycle(c Cycle) (decimal.Decimal, error) {
	fields := []field{{"DSO", c.DSO}, {"DIO", c.DIO}, {"DPO", c.DPO}}
	if err := inRange(fields...); err != nil {
		return decimal.Zero, err
	}
	for _, f := range fields {
		if f.v.IsNegative() {
			return decimal.Zero, fmt.Errorf("%w: %s is %s days", ErrInvalidInput, f.name, f.v)
		}
	}
	return c.DSO.Add(c.DIO).Sub(c.DPO).Round(RatePlaces), nil
}
