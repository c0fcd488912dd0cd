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
// Rounded half-up to RatePlaces. Source: Credit Research Foundation, "Best
// Possible DSO".
func BestPossible(currentReceivables, creditSales decimal.Decimal, days int) (decimal.Decimal, error) {
	if err := nonNegative("currentReceivables", currentReceivables); err != nil {
		return decimal.Zero, err
	}
	return Standard(currentReceivables, creditSales, days)
}

// Ledger is one period of the receivables ledger: the balances at its
// start and end and the credit sales in between. DelinquencyOf and CEI
// read it; each says which fields it uses. Named fields, because four
// amounts of one type in a row are too easy to swap for an answer that
// looks right.
type Ledger struct {
	// OpeningAR is the receivables balance at the start of the period.
	OpeningAR decimal.Decimal `json:"openingAR"`
	// CreditSales are the period's sales on credit.
	CreditSales decimal.Decimal `json:"creditSales"`
	// ClosingAR is the receivables balance at the end of the period.
	ClosingAR decimal.Decimal `json:"closingAR"`
	// ClosingCurrentAR is the part of ClosingAR not yet due; it cannot
	// exceed ClosingAR.
	ClosingCurrentAR decimal.Decimal `json:"closingCurrentAR"`
	// Days is the period's length in days (30, 90, 365…; nothing is
	// assumed).
	Days int `json:"days"`
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
// (ADD = DSO − BPDSO) for one period from l.ClosingAR, l.ClosingCurrentAR
// (the part not yet due, which cannot exceed it), l.CreditSales and
// l.Days; OpeningAR is not used. All three figures are rounded half-up to
// RatePlaces; ADD is computed from the unrounded figures and then rounded,
// so it can differ by 0.01 from the difference of the two rounded ones.
// Source: Credit Research Foundation (ADD = DSO − BPDSO).
func DelinquencyOf(l Ledger) (Delinquency, error) {
	if err := l.checkClosing(); err != nil {
		return Delinquency{}, err
	}
	if err := positiveSales("CreditSales", l.CreditSales); err != nil {
		return Delinquency{}, err
	}
	if err := positiveDays("Days", l.Days); err != nil {
		return Delinquency{}, err
	}
	length := decimal.NewFromInt(int64(l.Days))
	dso := quo(l.ClosingAR.Mul(length), l.CreditSales)
	bp := quo(l.ClosingCurrentAR.Mul(length), l.CreditSales)
	return Delinquency{
		DSO:                   dso.Round(RatePlaces),
		BestPossible:          bp.Round(RatePlaces),
		AverageDaysDelinquent: dso.Sub(bp).Round(RatePlaces),
	}, nil
}

// checkClosing validates the closing balances: not negative, current not
// above the total.
func (l Ledger) checkClosing() error {
	if err := nonNegative("ClosingAR", l.ClosingAR); err != nil {
		return err
	}
	if err := nonNegative("ClosingCurrentAR", l.ClosingCurrentAR); err != nil {
		return err
	}
	if l.ClosingCurrentAR.GreaterThan(l.ClosingAR) {
		return fmt.Errorf("%w: ClosingCurrentAR %s exceeds ClosingAR %s", ErrInvalidInput, l.ClosingCurrentAR, l.ClosingAR)
	}
	return nil
}

// CEI is the collection effectiveness index, in percent: the share of the
// money that could have been collected in the period that was collected,
// from l.OpeningAR, l.CreditSales, l.ClosingAR and l.ClosingCurrentAR
// (Days is not used):
//
//	CEI = (opening AR + credit sales − closing AR)
//	    / (opening AR + credit sales − closing current AR) × 100
//
// 100 means everything collectible was collected. Rounded half-up to
// RatePlaces. A denominator of zero or less (nothing was collectible) is
// ErrInvalidInput. Source: Credit Research Foundation; Salek, Cash Management
// ch. on collection metrics.
func CEI(l Ledger) (decimal.Decimal, error) {
	if err := nonNegative("OpeningAR", l.OpeningAR); err != nil {
		return decimal.Zero, err
	}
	if err := nonNegative("CreditSales", l.CreditSales); err != nil {
		return decimal.Zero, err
	}
	if err := l.checkClosing(); err != nil {
		return decimal.Zero, err
	}
	available := l.OpeningAR.Add(l.CreditSales)
	collectible := available.Sub(l.ClosingCurrentAR)
	if !collectible.IsPositive() {
		return decimal.Zero, fmt.Errorf("%w: nothing was collectible (OpeningAR + CreditSales − ClosingCurrentAR = %s)", ErrInvalidInput, collectible)
	}
	return quo(available.Sub(l.ClosingAR).Mul(hundred), collectible).Round(RatePlaces), nil
}
