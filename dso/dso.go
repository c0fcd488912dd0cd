package dso

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Standard is days sales outstanding by the standard (period-end) method:
//
//	DSO = receivables / credit sales × days
//
// where receivables is the balance at the end of the period, credit sales
// are the period's sales on credit and days is the period's length (say 30,
// 90, 365: the caller chooses; there is no hidden 360 or 365). The result is
// in days, rounded half-up to RatePlaces. Source: Credit Research
// Foundation, "DSO" definitions; Brealey, Myers & Allen, Principles of
// Corporate Finance, ch. 28 (average collection period).
func Standard(receivables, creditSales decimal.Decimal, days int) (decimal.Decimal, error) {
	if err := nonNegative("receivables", receivables); err != nil {
		return decimal.Zero, err
	}
	if err := positiveSales("creditSales", creditSales); err != nil {
		return decimal.Zero, err
	}
	if err := positiveDays("days", days); err != nil {
		return decimal.Zero, err
	}
	return daysOf(receivables, creditSales, days), nil
}

// AverageBalance is DSO on the average receivables balance instead of the
// period-end one, which damps a spike on the last day:
//
//	DSO = mean(balances) / credit sales × days
//
// Pass the opening and closing balances for the two-point average, or every
// month-end balance of the period for an N-point average. The result is
// rounded half-up to RatePlaces.
func AverageBalance(balances []decimal.Decimal, creditSales decimal.Decimal, days int) (decimal.Decimal, error) {
	avg, err := mean("balances", balances)
	if err != nil {
		return decimal.Zero, err
	}
	return Standard(avg, creditSales, days)
}

// mean is the average of non-negative balances at internal precision.
func mean(field string, balances []decimal.Decimal) (decimal.Decimal, error) {
	if len(balances) == 0 {
		return decimal.Zero, fmt.Errorf("%w: %s is empty", ErrEmpty, field)
	}
	sum := decimal.Zero
	for i, b := range balances {
		if err := nonNegative(fmt.Sprintf("%s[%d]", field, i), b); err != nil {
			return decimal.Zero, err
		}
		sum = sum.Add(b)
	}
	return quo(sum, decimal.NewFromInt(int64(len(balances)))), nil
}

// Period is one period of credit sales for the countback method: its sales
// and its length in days (28–31 for calendar months).
type Period struct {
	Sales decimal.Decimal `json:"sales"` // credit sales of the period (≥ 0)
	Days  int             `json:"days"`  // its length in days (> 0)
}

// Countback is DSO by the countback (exhaustion) method: starting with the
// newest period, subtract each period's credit sales from the receivables
// and count its days while receivables remain; in the period where they run
// out, count the fraction remaining / sales of its days. periods are newest
// first. Unlike the standard method it is not distorted by seasonal sales,
// because today's receivables are matched to the sales that created them.
//
// A period with zero sales is counted in full (nothing from it can be
// outstanding, but time passed). Receivables larger than the sales of every
// period given return ErrInsufficientHistory: pass more history rather than
// let the library extrapolate. The result is rounded half-up to RatePlaces.
// Source: Credit Research Foundation, "Calculating DSO: the countback
// method"; Cole, Mishler, Credit Management ch. on DSO.
func Countback(receivables decimal.Decimal, periods []Period) (decimal.Decimal, error) {
	if err := nonNegative("receivables", receivables); err != nil {
		return decimal.Zero, err
	}
	if len(periods) == 0 {
		return decimal.Zero, fmt.Errorf("%w: periods is empty", ErrEmpty)
	}
	for i, p := range periods {
		if err := positiveDays(fmt.Sprintf("periods[%d].Days", i), p.Days); err != nil {
			return decimal.Zero, err
		}
		if err := nonNegative(fmt.Sprintf("periods[%d].Sales", i), p.Sales); err != nil {
			return decimal.Zero, err
		}
	}
	remaining, days := receivables, decimal.Zero
	for _, p := range periods {
		if !remaining.IsPositive() {
			break
		}
		length := decimal.NewFromInt(int64(p.Days))
		if remaining.GreaterThanOrEqual(p.Sales) {
			remaining = remaining.Sub(p.Sales)
			days = days.Add(length)
			continue
		}
		days = days.Add(quo(remaining.Mul(length), p.Sales))
		remaining = decimal.Zero
	}
	if remaining.IsPositive() {
		return decimal.Zero, fmt.Errorf("%w: %s of receivables left after %d periods", ErrInsufficientHistory, remaining, len(periods))
	}
	return days.Round(RatePlaces), nil
}
