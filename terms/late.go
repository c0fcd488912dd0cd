package terms

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// LateDays counts the civil days a payment is late: from the due date to
// the payment date, or 0 when paid within graceDays of the due date. Grace
// only forgives; once it is exceeded the days count from the due date, as
// statutory interest does. A negative graceDays is no grace.
func LateDays(due, paid time.Time, graceDays int) int {
	days := DaysBetween(due, paid)
	if days <= max(graceDays, 0) {
		return 0
	}
	return days
}

// Interest is what LateInterest charges for: an overdue amount, its annual
// rate, and how long it was late — given either as the dates (Due and
// Paid) or as a day count (Days), never both and never neither, so that a
// forgotten date is an error rather than interest since year 1.
type Interest struct {
	// Amount is the overdue principal; zero or more.
	Amount decimal.Decimal `json:"amount"`
	// AnnualRate is the yearly rate as a fraction (0.085 is 8.5%); zero or
	// more.
	AnnualRate decimal.Decimal `json:"annualRate"`
	// Due and Paid are the due date and the payment date: interest runs
	// for the civil days from Due to Paid (none when Paid is on or before
	// Due). Set both, or neither and Days.
	Due  time.Time `json:"due"`
	Paid time.Time `json:"paid"`
	// Days is the number of days late, for a caller that counts them
	// itself (business days, a contract's own rule): positive, with Due and
	// Paid left zero. 0 means the period is given by Due and Paid.
	Days int `json:"days"`
	// DayCount is the year the annual rate is divided by: Actual365Fixed
	// (the zero value) or Actual360.
	DayCount DayCount `json:"dayCount"`
	// Currency is the ISO 4217 code of Amount ("EUR", "JPY", "KWD"); the
	// result is rounded to its minor unit. It may be empty when Places is
	// set.
	Currency string `json:"currency"`
	// Places, when positive (1–18), rounds the result to that many decimal
	// places instead of the currency's minor unit. 0 means the currency's
	// minor unit.
	Places int32 `json:"places"`
}

// LateInterest is simple interest on an overdue amount:
//
//	interest = Amount × AnnualRate × days late / year days
//
// with year days 365 (Actual365Fixed) or 360 (Actual360) and the days late
// from Due to Paid (LateDays with no grace) or given as Days. Zero when paid
// on or before the due date. Rounded half-up, once, to the currency's minor
// unit (whole yen for JPY, fils for KWD) or to Places.
//
// Every bad input is an error wrapping ErrInvalidInput that names the
// field: a negative Amount or AnnualRate, a zero Due or Paid when the other
// is set, both dates and Days or neither, a negative Days, an unknown
// DayCount, an unknown Currency without Places, Places above 18.
func LateInterest(in Interest) (decimal.Decimal, error) {
	days, err := in.days()
	if err != nil {
		return decimal.Zero, err
	}
	places, err := placesFor(in.Currency, in.Places)
	if err != nil {
		return decimal.Zero, err
	}
	if err := nonNegative("Amount", in.Amount); err != nil {
		return decimal.Zero, err
	}
	if err := nonNegative("AnnualRate", in.AnnualRate); err != nil {
		return decimal.Zero, err
	}
	return simpleInterest(in.Amount, in.AnnualRate, days, in.DayCount, places)
}

// days resolves the period of an Interest: the dates or the day count.
func (in Interest) days() (int, error) {
	dates := !in.Due.IsZero() || !in.Paid.IsZero()
	switch {
	case dates && in.Days != 0:
		return 0, fmt.Errorf("%w: Days %d and the dates (Due %s, Paid %s) are both set; give one period",
			ErrInvalidInput, in.Days, in.Due.Format(time.DateOnly), in.Paid.Format(time.DateOnly))
	case dates:
		if err := bothDates(in.Due, in.Paid); err != nil {
			return 0, err
		}
		return LateDays(in.Due, in.Paid, 0), nil
	case in.Days < 0:
		return 0, fmt.Errorf("%w: Days %d is negative", ErrInvalidInput, in.Days)
	case in.Days > money.MaxDays:
		return 0, fmt.Errorf("%w: %w", ErrInvalidInput, money.CheckDays("Days", in.Days))
	case in.Days == 0:
		return 0, fmt.Errorf("%w: no period: set Due and Paid, or Days", ErrInvalidInput)
	}
	return in.Days, nil
}

// simpleInterest is amount × rate × days / year days, rounded half-up to
// places; the inputs are already checked except the day count.
func simpleInterest(amount, rate decimal.Decimal, days int, dc DayCount, places int32) (decimal.Decimal, error) {
	year, err := dc.YearDays()
	if err != nil {
		return decimal.Zero, err
	}
	return amount.Mul(rate).Mul(decimal.NewFromInt(int64(days))).
		DivRound(decimal.NewFromInt(year), places), nil
}

// placesFor resolves the decimal places money is rounded to: Places when
// positive, else the currency's ISO 4217 minor unit. Bad places and
// unknown currencies are ErrInvalidInput, in every function of the
// package.
func placesFor(currency string, places int32) (int32, error) {
	p, err := money.PlacesFor(currency, places, "Places")
	if err != nil {
		return 0, fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	return p, nil
}

// bothDates rejects a zero due or payment date, naming both.
func bothDates(due, paid time.Time) error {
	if due.IsZero() || paid.IsZero() {
		return fmt.Errorf("%w: zero date (Due %s, Paid %s)", ErrInvalidInput, due.Format(time.DateOnly), paid.Format(time.DateOnly))
	}
	return nil
}

// nonNegative rejects an amount or rate that is negative or beyond the
// library's range (money.CheckRange: 40 digits either side of the point),
// naming the field; checked before any arithmetic, so that a hostile
// exponent neither panics nor stalls.
func nonNegative(field string, v decimal.Decimal) error {
	if err := money.CheckRange(field, v); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidInput, err)
	}
	if v.IsNegative() {
		return fmt.Errorf("%w: %s %s is negative", ErrInvalidInput, field, v)
	}
	return nil
}

// Penalty is what DailyPenalty charges for: a contractual penalty per day
// late on an overdue amount (违约金), with grace days and a cap.
type Penalty struct {
	// Amount is the overdue principal; zero or more.
	Amount decimal.Decimal `json:"amount"`
	// DailyRate is the penalty per day as a fraction of Amount (0.0005 is
	// 0.05% a day, the usual figure in Chinese sales contracts); zero or
	// more.
	DailyRate decimal.Decimal `json:"dailyRate"`
	// Due and Paid are the due date and the payment date; both required.
	Due  time.Time `json:"due"`
	Paid time.Time `json:"paid"`
	// GraceDays forgive a payment that late (LateDays); once exceeded, the
	// days count from Due. 0 means no grace; negative is an error.
	GraceDays int `json:"graceDays"`
	// CapShare caps the penalty at CapShare × Amount (0.2 is 20% of the
	// principal). 0 means no cap; negative is an error.
	CapShare decimal.Decimal `json:"capShare"`
	// Currency is the ISO 4217 code of Amount; the result is rounded to its
	// minor unit. It may be empty when Places is set.
	Currency string `json:"currency"`
	// Places, when positive (1–18), rounds the result to that many decimal
	// places instead of the currency's minor unit. 0 means the currency's
	// minor unit.
	Places int32 `json:"places"`
}

// DailyPenalty is a contractual late-payment penalty charged per day on the
// overdue amount:
//
//	penalty = Amount × DailyRate × days late
//
// capped at CapShare × Amount when CapShare is positive. Days late are
// counted from Due once GraceDays have passed (LateDays). Rounded half-up,
// once, to the currency's minor unit or to Places. A zero date, negative
// grace days, a negative amount, rate or cap, an unknown Currency without
// Places or Places above 18 is an ErrInvalidInput naming the field.
func DailyPenalty(p Penalty) (decimal.Decimal, error) {
	if err := bothDates(p.Due, p.Paid); err != nil {
		return decimal.Zero, err
	}
	if p.GraceDays < 0 {
		return decimal.Zero, fmt.Errorf("%w: GraceDays %d is negative", ErrInvalidInput, p.GraceDays)
	}
	places, err := placesFor(p.Currency, p.Places)
	if err != nil {
		return decimal.Zero, err
	}
	for _, f := range []struct {
		name string
		v    decimal.Decimal
	}{{"Amount", p.Amount}, {"DailyRate", p.DailyRate}, {"CapShare", p.CapShare}} {
		if err := nonNegative(f.name, f.v); err != nil {
			return decimal.Zero, err
		}
	}
	penalty := p.Amount.Mul(p.DailyRate).Mul(decimal.NewFromInt(int64(LateDays(p.Due, p.Paid, p.GraceDays))))
	if p.CapShare.IsPositive() {
		penalty = decimal.Min(penalty, p.Amount.Mul(p.CapShare))
	}
	return penalty.Round(places), nil
}
