package dso

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// BestPossible is best-possible DSO (BPDSO): the DSO the terms alone would
// give if every customer paid on time, using only current (not yet due)
// receivables:
//
//	BPDSO = current receivables / credit sales × days
//
// Rounded half-up to DaysPlaces. Source: Credit Research Foundation, "Best
// Possible DSO".
func BestPossible(currentReceivables, creditSales decimal.Decimal, days int) (decimal.Decimal, error) {
	if err := nonNegative("currentReceivables", currentReceivables); err != nil {
		return decimal.Zero, err
	}
	return Standard(currentReceivables, creditSales, days)
}

// Delinquency splits DSO into what the terms explain and what lateness adds.
type Delinquency struct {
	DSO decimal.Decimal `json:"dso"` // standard DSO on total receivables
	// BestPossible is BPDSO on current (not yet due) receivables.
	BestPossible decimal.Decimal `json:"bestPossible"`
	// AverageDaysDelinquent is ADD = DSO − BPDSO: the days lateness adds.
	AverageDaysDelinquent decimal.Decimal `json:"averageDaysDelinquent"`
}

// DelinquencyOf computes DSO, BPDSO and average days delinquent
// (ADD = DSO − BPDSO) for one period. currentReceivables is the part of
// receivables not yet due and cannot exceed it. All three figures are
// rounded half-up to DaysPlaces; ADD is computed from the unrounded figures
// and then rounded, so it can differ by 0.01 from the difference of the
// two rounded ones. Source: Credit Research Foundation (ADD = DSO − BPDSO).
func DelinquencyOf(receivables, currentReceivables, creditSales decimal.Decimal, days int) (Delinquency, error) {
	if err := nonNegative("receivables", receivables); err != nil {
		return Delinquency{}, err
	}
	if err := nonNegative("currentReceivables", currentReceivables); err != nil {
		return Delinquency{}, err
	}
	if currentReceivables.GreaterThan(receivables) {
		return Delinquency{}, fmt.Errorf("%w: currentReceivables %s exceed receivables %s", ErrInvalidInput, currentReceivables, receivables)
	}
	if err := positiveSales("creditSales", creditSales); err != nil {
		return Delinquency{}, err
	}
	if err := positiveDays("days", days); err != nil {
		return Delinquency{}, err
	}
	length := decimal.NewFromInt(int64(days))
	dso := quo(receivables.Mul(length), creditSales)
	bp := quo(currentReceivables.Mul(length), creditSales)
	return Delinquency{
		DSO:                   dso.Round(DaysPlaces),
		BestPossible:          bp.Round(DaysPlaces),
		AverageDaysDelinquent: dso.Sub(bp).Round(DaysPlaces),
	}, nil
}

// CEI is the collection effectiveness index, in percent: the share of the
// money that could have been collected in the period that was collected.
//
//	CEI = (opening AR + credit sales − closing AR)
//	    / (opening AR + credit sales − closing current AR) × 100
//
// 100 means everything collectible was collected. Rounded half-up to
// PercentPlaces. A denominator of zero or less (nothing was collectible) is
// ErrInvalidInput. Source: Credit Research Foundation; Salek, Cash Management
// ch. on collection metrics.
func CEI(openingAR, creditSales, closingAR, closingCurrentAR decimal.Decimal) (decimal.Decimal, error) {
	for _, f := range []struct {
		name string
		v    decimal.Decimal
	}{{"openingAR", openingAR}, {"creditSales", creditSales}, {"closingAR", closingAR}, {"closingCurrentAR", closingCurrentAR}} {
		if err := nonNegative(f.name, f.v); err != nil {
			return decimal.Zero, err
		}
	}
	if closingCurrentAR.GreaterThan(closingAR) {
		return decimal.Zero, fmt.Errorf("%w: closingCurrentAR %s exceeds closingAR %s", ErrInvalidInput, closingCurrentAR, closingAR)
	}
	available := openingAR.Add(creditSales)
	collectible := available.Sub(closingCurrentAR)
	if !collectible.IsPositive() {
		return decimal.Zero, fmt.Errorf("%w: nothing was collectible (openingAR + creditSales − closingCurrentAR = %s)", ErrInvalidInput, collectible)
	}
	return quo(available.Sub(closingAR).Mul(hundred), collectible).Round(PercentPlaces), nil
}
