package terms

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// Debt is the invoice a statutory claim is made on. The rate in force is
// passed beside it, so the debt and the rate — two decimals — cannot be
// swapped.
type Debt struct {
	// Amount is the principal owed; positive.
	Amount decimal.Decimal `json:"amount"`
	// Currency is the debt's ISO 4217 code. Each regime fixes its own
	// currency — its fixed sums are in it — so "" means that currency
	// (EUR for EUClaim, GBP for UKClaim) and any other is an error.
	Currency string `json:"currency"`
	// Due is the date the debt fell due; Paid is the payment date, or the
	// date the claim is made for a debt still unpaid. Both required.
	Due  time.Time `json:"due"`
	Paid time.Time `json:"paid"`
}

// Claim is a statutory late-payment claim on one invoice.
type Claim struct {
	// Rate is the statutory annual rate: the reference or base rate plus 8
	// percentage points, exact.
	Rate decimal.Decimal `json:"rate"`
	// DaysLate are the civil days from the due date to the payment (or
	// claim) date.
	DaysLate int `json:"daysLate"`
	// Interest is simple interest at Rate on the debt, Actual/365, rounded
	// half-up to the currency's minor unit (2 places for EUR and GBP).
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
// stale). Interest is Actual/365, the usual national transposition. The
// debt is in EUR: for a member state's own currency compute LateInterest
// and add its transposed fixed sum.
func EUClaim(debt Debt, referenceRate decimal.Decimal) (Claim, error) {
	return statutoryClaim(debt, "EUR", "referenceRate", referenceRate, func(decimal.Decimal) decimal.Decimal { return decimal.NewFromInt(40) })
}

// UKClaim is the claim under the Late Payment of Commercial Debts
// (Interest) Act 1998: statutory interest at the Bank of England base rate
// plus 8% (the Late Payment of Commercial Debts (Rate of Interest) (No. 3)
// Order 2002), simple, a daily 1/365 of the annual rate; and the fixed sum
// of s.5A (as inserted by SI 2002/1674): GBP 40 for a debt under 1,000,
// GBP 70 for 1,000 up to under 10,000, GBP 100 for 10,000 or more. The
// caller supplies the Bank of England rate in force on the reference date,
// which UKReferenceDate gives for the due date. The debt is in GBP.
func UKClaim(debt Debt, baseRate decimal.Decimal) (Claim, error) {
	return statutoryClaim(debt, "GBP", "baseRate", baseRate, ukFixedSum)
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

// statutoryClaim applies reference rate + 8 points and a fixed sum in the
// regime's currency.
func statutoryClaim(debt Debt, currency, rateName string, reference decimal.Decimal, fixed func(decimal.Decimal) decimal.Decimal) (Claim, error) {
	if err := bothDates(debt.Due, debt.Paid); err != nil {
		return Claim{}, err
	}
	if debt.Currency != "" && debt.Currency != currency {
		return Claim{}, fmt.Errorf("%w: Currency %q: the claim's fixed sums are in %s", ErrInvalidInput, money.Bounded(debt.Currency), currency)
	}
	if err := nonNegative("Amount", debt.Amount); err != nil {
		return Claim{}, err
	}
	if !debt.Amount.IsPositive() {
		return Claim{}, fmt.Errorf("%w: Amount %s must be positive", ErrInvalidInput, debt.Amount)
	}
	if err := nonNegative(rateName, reference); err != nil {
		return Claim{}, err
	}
	rate := reference.Add(statutoryMargin)
	days := LateDays(debt.Due, debt.Paid, 0)
	interest, err := LateInterest(Interest{Amount: debt.Amount, AnnualRate: rate, Due: debt.Due, Paid: debt.Paid,
		DayCount: Actual365Fixed, Currency: currency})
	if err != nil {
		return Claim{}, err // unreachable: the debt and the rate are checked above
	}
	c := Claim{Rate: rate, DaysLate: days, Interest: interest, Compensation: decimal.Zero}
	if days > 0 {
		c.Compensation = fixed(debt.Amount)
	}
	c.Total = c.Interest.Add(c.Compensation)
	return c, nil
}

// UKReferenceDate is the date whose Bank of England rate sets the UK
// statutory rate for a debt due on due. The Late Payment of Commercial
// Debts (Rate of Interest) (No. 3) Order 2002, art. 4, takes the official
// dealing rate in force on 30 June (for interest that starts to run
// between 1 July and 31 December) or on 31 December (for interest that
// starts to run between 1 January and 30 June) immediately before the day
// statutory interest starts to run — the day after the due date. So a
// debt due on 30 June 2023 (interest from 1 July) takes 30 June 2023's
// rate, one due on 29 June 2023 takes 31 December 2022's. The result is
// at midnight in due's location; ErrInvalidInput for a zero date.
func UKReferenceDate(due time.Time) (time.Time, error) {
	if due.IsZero() {
		return time.Time{}, fmt.Errorf("%w: due is the zero time", ErrInvalidInput)
	}
	y, m, _ := (civilOf(due) + 1).in(time.UTC).Date() // the day interest starts to run
	if m >= time.July {
		return time.Date(y, time.June, 30, 0, 0, 0, 0, due.Location()), nil
	}
	return time.Date(y-1, time.December, 31, 0, 0, 0, 0, due.Location()), nil
}
