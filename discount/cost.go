package discount

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// RatePlaces is the number of decimal places of every figure this package
// returns that is not money — annual rates and shares as fractions
// (0.3724489796 is 37.24…%), and days — rounded half-up. It is the
// package's one precision constant; money goes to the currency's minor
// unit instead (see the package doc, "Rounding").
const RatePlaces = 10

// internalPlaces is the precision of intermediate quotients.
const internalPlaces = 20

var one = decimal.NewFromInt(1)

// Cost is the annual cost of forgoing an early-payment discount, as
// fractions: 0.3724 is 37.24% a year.
type Cost struct {
	// Nominal is the simple annual rate d/(1−d) × Y/(N−D).
	Nominal decimal.Decimal `json:"nominal"`
	// Effective is the compounded annual rate (1 + d/(1−d))^(Y/(N−D)) − 1.
	Effective decimal.Decimal `json:"effective"`
}

// CostOfForgoing is what a buyer pays, as an annual rate, for keeping its
// money from the end of the discount period (discountDays) to the net due
// date (netDays) instead of taking a discount of rate:
//
//	nominal   = d / (1 − d) × Y / (N − D)
//	effective = (1 + d / (1 − d))^(Y / (N − D)) − 1
//
// with Y = 365 (terms.Actual365Fixed) or 360 (terms.Actual360). 2/10 net 30
// costs 37.24% nominal and 44.59% effective on 365 days (Brigham & Houston,
// Fundamentals of Financial Management, ch. "Managing current assets",
// cost of trade credit). Rates are rounded half-up to RatePlaces.
func CostOfForgoing(rate decimal.Decimal, discountDays, netDays int, dc terms.DayCount) (Cost, error) {
	year, err := yearDays(dc)
	if err != nil {
		return Cost{}, err
	}
	if err := checkTerms(rate, discountDays, netDays); err != nil {
		return Cost{}, err
	}
	periods := year.DivRound(decimal.NewFromInt(int64(netDays-discountDays)), internalPlaces)
	perPeriod := rate.DivRound(one.Sub(rate), internalPlaces) // d / (1 − d)
	lnGrowth, err := one.Add(perPeriod).Ln(internalPlaces)
	if err != nil {
		return Cost{}, fmt.Errorf("%w: rate %s: %v", ErrOutOfRange, rate, err)
	}
	exponent := lnGrowth.Mul(periods)
	if exponent.GreaterThan(decimal.NewFromInt(50)) {
		return Cost{}, fmt.Errorf("%w: forgoing rate %s for %d days costs more than e^50 a year", ErrOutOfRange, rate, netDays-discountDays)
	}
	growth, err := exponent.ExpTaylor(internalPlaces)
	if err != nil {
		return Cost{}, fmt.Errorf("%w: %v", ErrOutOfRange, err)
	}
	return Cost{
		Nominal:   perPeriod.Mul(periods).Round(RatePlaces),
		Effective: growth.Sub(one).Round(RatePlaces),
	}, nil
}

// TierCost is the cost of forgoing one discount tier of a Terms for one
// invoice.
type TierCost struct {
	Rate         decimal.Decimal `json:"rate"`         // the tier's discount, a fraction (0.02 for 2%)
	Deadline     time.Time       `json:"deadline"`     // the last day to earn it
	DiscountDays int             `json:"discountDays"` // civil days from the invoice date to Deadline
	NetDays      int             `json:"netDays"`      // civil days from the invoice date to the due date
	Cost         Cost            `json:"cost"`         // the annual cost of passing it up
}

// CostOfTerms is CostOfForgoing for every discount tier of t on an invoice
// dated invoice. Days are counted on the calendar from the invoice date to
// each deadline and to the due date, so month-end terms ("2/10 EOM") get
// their real day counts. Nil for terms without discount.
func CostOfTerms(t terms.Terms, invoice time.Time, dc terms.DayCount) ([]TierCost, error) {
	if invoice.IsZero() {
		return nil, fmt.Errorf("%w: invoice date is the zero time", ErrInvalidInput)
	}
	net := terms.DaysBetween(invoice, t.DueDate(invoice))
	var out []TierCost
	for _, d := range t.DiscountDeadlines(invoice) {
		days := terms.DaysBetween(invoice, d.Date)
		c, err := CostOfForgoing(d.Rate, days, net, dc)
		if err != nil {
			return nil, fmt.Errorf("terms %q: %w", t, err)
		}
		out = append(out, TierCost{Rate: d.Rate, Deadline: d.Date, DiscountDays: days, NetDays: net, Cost: c})
	}
	return out, nil
}

// BreakEvenRate is the largest discount a seller can offer for payment on
// discountDays instead of netDays before it costs more than waiting: the
// rate at which the present value of the discounted early payment equals
// that of full payment at term, discounting at the seller's annual cost of
// capital k with simple interest on the chosen day count:
//
//	1 − d = 1 / (1 + k (N − D) / Y)   ⇒   d = k (N − D) / (Y + k (N − D))
//
// Rounded half-up to RatePlaces. At k = 10% for 2/10 net 30 on 365 days,
// d = 0.1 × 20 / (365 + 2) = 0.54%: a 2% discount costs far more than it
// saves in financing alone (see Evaluate for bad debt and DSO effects).
func BreakEvenRate(costOfCapital decimal.Decimal, discountDays, netDays int, dc terms.DayCount) (decimal.Decimal, error) {
	year, err := yearDays(dc)
	if err != nil {
		return decimal.Zero, err
	}
	if err := inRange(ErrInvalidRate, field{"costOfCapital", costOfCapital}); err != nil {
		return decimal.Zero, err
	}
	if costOfCapital.IsNegative() {
		return decimal.Zero, fmt.Errorf("%w: costOfCapital %s is negative", ErrInvalidRate, costOfCapital)
	}
	if err := checkDays(discountDays, netDays); err != nil {
		return decimal.Zero, err
	}
	carry := costOfCapital.Mul(decimal.NewFromInt(int64(netDays - discountDays)))
	return carry.DivRound(year.Add(carry), RatePlaces), nil
}

// inRange is the package's one range guard (issue 25): it reports the
// first decimal of fields outside money.InRange's range (MaxDigits digits
// either side of the point), wrapping kind — the sentinel the field's other
// checks use (ErrInvalidRate for a rate, ErrInvalidDays for a DSO,
// ErrInvalidInput for an amount or share) — naming the field and printing
// a bounded form of the value. Every entry point calls it on every decimal
// input before any arithmetic or comparison: an exponent of 2³¹−1 panicked
// inside shopspring/decimal, one of −10⁸ stalled it for a minute.
func inRange(kind error, fields ...field) error {
	for _, f := range fields {
		if err := money.CheckRange(f.name, f.v); err != nil {
			return fmt.Errorf("%w: %v", kind, err)
		}
	}
	return nil
}

// field is one named decimal input, for inRange.
type field struct {
	name string
	v    decimal.Decimal
}

// placesFor resolves the places money in currency is rounded to: places
// when set, else the currency's ISO 4217 minor unit. A bad currency or
// places is ErrInvalidInput in every function of the package.
func placesFor(currency string, places int32) (int32, error) {
	p, err := money.PlacesFor(currency, places, "Places")
	if err != nil {
		return 0, fmt.Errorf("%w: %v", ErrInvalidInput, err)
	}
	return p, nil
}

// yearDays is the day count's year as a decimal.
func yearDays(dc terms.DayCount) (decimal.Decimal, error) {
	y, err := dc.YearDays()
	if err != nil {
		return decimal.Zero, fmt.Errorf("%w: %v", ErrInvalidInput, err)
	}
	return decimal.NewFromInt(y), nil
}

// checkTerms validates a discount rate and its days.
func checkTerms(rate decimal.Decimal, discountDays, netDays int) error {
	if err := inRange(ErrInvalidRate, field{"rate", rate}); err != nil {
		return err
	}
	if !rate.IsPositive() || rate.GreaterThanOrEqual(one) {
		return fmt.Errorf("%w: rate %s must be above 0 and below 1 (0.02 for 2%%)", ErrInvalidRate, rate)
	}
	return checkDays(discountDays, netDays)
}

// checkDays validates a discount and a net period: not negative, not
// beyond money.MaxDays (a span no calendar holds), discount first.
func checkDays(discountDays, netDays int) error {
	for _, d := range []struct {
		name string
		days int
	}{{"discountDays", discountDays}, {"netDays", netDays}} {
		if err := money.CheckDays(d.name, d.days); err != nil {
			return fmt.Errorf("%w: %v", ErrInvalidDays, err)
		}
	}
	if discountDays < 0 || netDays < 0 {
		return fmt.Errorf("%w: discountDays %d and netDays %d must not be negative", ErrInvalidDays, discountDays, netDays)
	}
	if discountDays >= netDays {
		return fmt.Errorf("%w: discountDays %d must be less than netDays %d", ErrInvalidDays, discountDays, netDays)
	}
	return nil
}
