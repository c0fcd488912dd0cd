package terms

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"
)

// MoneyPlaces is the number of decimal places late charges are rounded to,
// half-up, where they leave the package: the minor unit of EUR, GBP, USD,
// CNY. For other minor units round the result of the *In variants.
const MoneyPlaces = 2

// LateDays counts the civil days a payment is late: from the due date to
// the payment date, or 0 when paid within graceDays of the due date. Grace
// only forgives; once it is exceeded the days count from the due date, as
// statutory interest does.
func LateDays(due, paid time.Time, graceDays int) int {
	days := DaysBetween(due, paid)
	if days <= max(graceDays, 0) {
		return 0
	}
	return days
}

// LateInterest is simple interest on an overdue amount from the due date to
// the payment date:
//
//	interest = amount × annualRate × days late / year days
//
// with year days 365 (Actual365Fixed) or 360 (Actual360). Zero when paid on
// or before the due date, for a zero or negative amount or rate, or for an
// unknown day count (use LateInterestIn to see those errors). Rounded
// half-up to MoneyPlaces.
func LateInterest(amount, annualRate decimal.Decimal, due, paid time.Time, dc DayCount) decimal.Decimal {
	v, err := LateInterestIn(amount, annualRate, LateDays(due, paid, 0), dc, MoneyPlaces)
	if err != nil {
		return decimal.Zero
	}
	return v
}

// LateInterestIn is LateInterest on a given number of late days, rounded
// half-up to places (0 for JPY, 3 for KWD; 0–18), with errors for a
// negative amount or rate, negative days, places out of range or an
// unknown day count.
func LateInterestIn(amount, annualRate decimal.Decimal, days int, dc DayCount, places int32) (decimal.Decimal, error) {
	year, err := dc.YearDays()
	if err != nil {
		return decimal.Zero, err
	}
	if err := nonNegative("amount", amount); err != nil {
		return decimal.Zero, err
	}
	if err := nonNegative("annualRate", annualRate); err != nil {
		return decimal.Zero, err
	}
	if days < 0 {
		return decimal.Zero, fmt.Errorf("%w: days late %d is negative", ErrInvalidInput, days)
	}
	if err := validPlaces(places); err != nil {
		return decimal.Zero, err
	}
	return amount.Mul(annualRate).Mul(decimal.NewFromInt(int64(days))).
		DivRound(decimal.NewFromInt(year), places), nil
}

// maxPlaces bounds the decimal places a caller may round money to.
const maxPlaces = 18

// validPlaces rejects rounding places outside 0–maxPlaces.
func validPlaces(places int32) error {
	if places < 0 || places > maxPlaces {
		return fmt.Errorf("%w: places %d must be between 0 and %d", ErrInvalidInput, places, maxPlaces)
	}
	return nil
}

// nonNegative rejects a negative amount or rate.
func nonNegative(field string, v decimal.Decimal) error {
	if v.IsNegative() {
		return fmt.Errorf("%w: %s %s is negative", ErrInvalidInput, field, v)
	}
	return nil
}

// DailyPenalty is a contractual late-payment penalty charged per day on the
// overdue amount (违约金, e.g. 0.05% a day in Chinese sales contracts):
//
//	penalty = amount × dailyRate × days late
//
// capped, when capShare is positive, at capShare × amount (a cap of 0.2 is
// 20% of the principal; 0 means no cap). Days late are counted from the due
// date once graceDays have passed (LateDays). Rounded half-up to places
// (0–18). A zero date, negative grace days or a negative amount, rate or
// cap is an ErrInvalidInput naming it.
func DailyPenalty(amount, dailyRate decimal.Decimal, due, paid time.Time, graceDays int, capShare decimal.Decimal, places int32) (decimal.Decimal, error) {
	switch {
	case due.IsZero() || paid.IsZero():
		return decimal.Zero, fmt.Errorf("%w: zero date (due %s, paid %s)", ErrInvalidInput, due.Format(time.DateOnly), paid.Format(time.DateOnly))
	case graceDays < 0:
		return decimal.Zero, fmt.Errorf("%w: graceDays %d is negative", ErrInvalidInput, graceDays)
	}
	if err := validPlaces(places); err != nil {
		return decimal.Zero, err
	}
	for _, f := range []struct {
		name string
		v    decimal.Decimal
	}{{"amount", amount}, {"dailyRate", dailyRate}, {"capShare", capShare}} {
		if err := nonNegative(f.name, f.v); err != nil {
			return decimal.Zero, err
		}
	}
	penalty := amount.Mul(dailyRate).Mul(decimal.NewFromInt(int64(LateDays(due, paid, graceDays))))
	if capShare.IsPositive() {
		penalty = decimal.Min(penalty, amount.Mul(capShare))
	}
	return penalty.Round(places), nil
}

// Claim is a statutory late-payment claim on one invoice.
type Claim struct {
	// Rate is the statutory annual rate: the reference or base rate plus 8
	// percentage points.
	Rate decimal.Decimal `json:"rate"`
	// DaysLate are the civil days from the due date to the payment (or
	// claim) date.
	DaysLate int `json:"daysLate"`
	// Interest is simple interest at Rate on the debt, Actual/365, rounded
	// half-up to MoneyPlaces.
	Interest decimal.Decimal `json:"interest"`
	// Compensation is the fixed sum for recovery costs (EUR 40 under the
	// EU Directive; GBP 40/70/100 under the UK Act); zero when not late.
	Compensation decimal.Decimal `json:"compensation"`
	// Total is Interest + Compensation.
	Total decimal.Decimal `json:"total"`
}

// statutoryMargin is the 8 percentage points both regimes add.
var statutoryMargin = decimal.New(8, -2)

// EUClaim is the claim under Directive 2011/7/EU on combating late payment
// in commercial transactions: interest at the ECB reference rate plus 8
// percentage points (Art. 2(6)–(7), Art. 3(1)) from the day after the due
// date, and a fixed EUR 40 for recovery costs per invoice (Art. 6(1)). The
// caller supplies the reference rate in force (no rate table here goes
// stale). Interest is Actual/365, the usual national transposition.
func EUClaim(debt, referenceRate decimal.Decimal, due, paid time.Time) (Claim, error) {
	return statutoryClaim(debt, referenceRate, due, paid, func(decimal.Decimal) decimal.Decimal { return decimal.NewFromInt(40) })
}

// UKClaim is the claim under the Late Payment of Commercial Debts
// (Interest) Act 1998: statutory interest at the Bank of England base rate
// plus 8% (the Late Payment of Commercial Debts (Rate of Interest) (No. 3)
// Order 2002), simple, a daily 1/365 of the annual rate; and the fixed sum
// of s.5A (as inserted by SI 2002/1674): GBP 40 for a debt under 1,000,
// GBP 70 for 1,000 up to under 10,000, GBP 100 for 10,000 or more. The
// caller supplies the base rate in force on the reference date (31 December
// or 30 June before the debt fell due).
func UKClaim(debt, baseRate decimal.Decimal, due, paid time.Time) (Claim, error) {
	return statutoryClaim(debt, baseRate, due, paid, ukFixedSum)
}

// ukFixedSum is s.5A(2) of the 1998 Act.
func ukFixedSum(debt decimal.Decimal) decimal.Decimal {
	switch {
	case debt.LessThan(decimal.NewFromInt(1000)):
		return decimal.NewFromInt(40)
	case debt.LessThan(decimal.NewFromInt(10000)):
		return decimal.NewFromInt(70)
	}
	return decimal.NewFromInt(100)
}

// statutoryClaim applies reference rate + 8 points and a fixed sum.
func statutoryClaim(debt, reference decimal.Decimal, due, paid time.Time, fixed func(decimal.Decimal) decimal.Decimal) (Claim, error) {
	if due.IsZero() || paid.IsZero() {
		return Claim{}, fmt.Errorf("%w: zero date (due %s, paid %s)", ErrInvalidInput, due.Format(time.DateOnly), paid.Format(time.DateOnly))
	}
	if !debt.IsPositive() {
		return Claim{}, fmt.Errorf("%w: debt %s must be positive", ErrInvalidInput, debt)
	}
	if err := nonNegative("referenceRate", reference); err != nil {
		return Claim{}, err
	}
	rate := reference.Add(statutoryMargin)
	days := LateDays(due, paid, 0)
	interest, err := LateInterestIn(debt, rate, days, Actual365Fixed, MoneyPlaces)
	if err != nil {
		return Claim{}, err
	}
	c := Claim{Rate: rate, DaysLate: days, Interest: interest, Compensation: decimal.Zero}
	if days > 0 {
		c.Compensation = fixed(debt)
	}
	c.Total = c.Interest.Add(c.Compensation)
	return c, nil
}
