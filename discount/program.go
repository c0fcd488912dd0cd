package discount

import (
	"fmt"

	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// Program is a seller's proposed early-payment discount and what it
// expects of it. Rates and shares are fractions.
type Program struct {
	AnnualSales decimal.Decimal `json:"annualSales"` // annual credit sales
	Rate        decimal.Decimal `json:"rate"`        // the discount offered, e.g. 0.01
	// TakeUp is the share of sales whose buyers take the discount, in [0, 1].
	TakeUp decimal.Decimal `json:"takeUp"`
	// CurrentDSO is the DSO today; TakersDSO the DSO of the sales paid
	// early (about the discount period). Non-takers keep CurrentDSO.
	CurrentDSO decimal.Decimal `json:"currentDSO"`
	TakersDSO  decimal.Decimal `json:"takersDSO"`
	// CostOfCapital is the seller's annual cost of funds.
	CostOfCapital decimal.Decimal `json:"costOfCapital"`
	// BadDebtWithout and BadDebtWith are bad-debt losses as shares of
	// sales without and with the program (early payers default less).
	BadDebtWithout decimal.Decimal `json:"badDebtWithout"`
	BadDebtWith    decimal.Decimal `json:"badDebtWith"`
	// Invoices is the number of invoices a year; AdminCostPerInvoice the
	// cost of processing one discounted invoice (optional).
	Invoices            int             `json:"invoices"`
	AdminCostPerInvoice decimal.Decimal `json:"adminCostPerInvoice"`
	DayCount            terms.DayCount  `json:"dayCount"` // the year of Released: Actual365Fixed (the zero value) or Actual360
	// Currency is the ISO 4217 code of AnnualSales and AdminCostPerInvoice
	// ("EUR"); money results are rounded to its minor unit. It may be empty
	// only when Places is set.
	Currency string `json:"currency"`
	// Places: 0 means Currency's ISO 4217 minor unit; 1–18 rounds money to
	// that many places instead.
	Places int32 `json:"places,omitempty"`
}

// Evaluation is the annual economics of a Program. Money is rounded
// half-up to the program currency's minor unit (or Program.Places), days
// and rates half-up to RatePlaces.
type Evaluation struct {
	// NewDSO = TakeUp × TakersDSO + (1 − TakeUp) × CurrentDSO, in days.
	NewDSO decimal.Decimal `json:"newDSO"`
	// Released is the receivables freed: AnnualSales / Y × (CurrentDSO − NewDSO).
	Released decimal.Decimal `json:"released"`
	// FinancingSaved is Released × CostOfCapital, a year.
	FinancingSaved decimal.Decimal `json:"financingSaved"`
	// BadDebtSaved is AnnualSales × (BadDebtWithout − BadDebtWith).
	BadDebtSaved decimal.Decimal `json:"badDebtSaved"`
	// DiscountCost is AnnualSales × TakeUp × Rate.
	DiscountCost decimal.Decimal `json:"discountCost"`
	// AdminCost is Invoices × TakeUp × AdminCostPerInvoice.
	AdminCost decimal.Decimal `json:"adminCost"`
	// NetBenefit is FinancingSaved + BadDebtSaved − DiscountCost − AdminCost,
	// computed from the unrounded lines and rounded once, so it can differ
	// by a minor unit from the sum of the rounded ones.
	NetBenefit decimal.Decimal `json:"netBenefit"`
	// BreakEvenRate is the discount rate at which NetBenefit would be zero,
	// all effects included: (FinancingSaved + BadDebtSaved − AdminCost) /
	// (AnnualSales × TakeUp), to RatePlaces; zero when nobody takes it.
	BreakEvenRate decimal.Decimal `json:"breakEvenRate"`
}

// Evaluate computes the annual economics of a discount program: what it
// does to DSO, the cash it releases and the financing that saves, the bad
// debt it avoids, and what the discount and its handling cost. Sources:
// the receivables-investment approach of Brigham & Houston, ch. "Managing
// current assets" (cost of carrying receivables = daily sales × DSO ×
// cost of capital), and Hill & Sartoris, Short-Term Financial Management,
// on cash-discount policy.
func Evaluate(p Program) (Evaluation, error) {
	year, err := yearDays(p.DayCount)
	if err != nil {
		return Evaluation{}, err
	}
	if err := p.checkRange(); err != nil {
		return Evaluation{}, err
	}
	if err := p.validate(); err != nil {
		return Evaluation{}, err
	}
	places, err := placesFor(p.Currency, p.Places)
	if err != nil {
		return Evaluation{}, err
	}
	notTaking := one.Sub(p.TakeUp)
	newDSO := p.TakeUp.Mul(p.TakersDSO).Add(notTaking.Mul(p.CurrentDSO))
	released := p.AnnualSales.Mul(p.CurrentDSO.Sub(newDSO)).DivRound(year, internalPlaces)
	financing := released.Mul(p.CostOfCapital)
	badDebt := p.AnnualSales.Mul(p.BadDebtWithout.Sub(p.BadDebtWith))
	discountCost := p.AnnualSales.Mul(p.TakeUp).Mul(p.Rate)
	admin := decimal.NewFromInt(int64(p.Invoices)).Mul(p.TakeUp).Mul(p.AdminCostPerInvoice)
	e := Evaluation{
		NewDSO:         newDSO.Round(RatePlaces),
		Released:       released.Round(places),
		FinancingSaved: financing.Round(places),
		BadDebtSaved:   badDebt.Round(places),
		DiscountCost:   discountCost.Round(places),
		AdminCost:      admin.Round(places),
		NetBenefit:     financing.Add(badDebt).Sub(discountCost).Sub(admin).Round(places),
		BreakEvenRate:  decimal.Zero,
	}
	if taking := p.AnnualSales.Mul(p.TakeUp); taking.IsPositive() {
		e.BreakEvenRate = financing.Add(badDebt).Sub(admin).DivRound(taking, RatePlaces)
	}
	return e, nil
}

// checkRange runs the range guard on every decimal of p, each wrapping
// the sentinel of its kind.
func (p Program) checkRange() error {
	if err := inRange(ErrInvalidInput, field{"AnnualSales", p.AnnualSales}, field{"TakeUp", p.TakeUp},
		field{"BadDebtWithout", p.BadDebtWithout}, field{"BadDebtWith", p.BadDebtWith},
		field{"AdminCostPerInvoice", p.AdminCostPerInvoice}); err != nil {
		return err
	}
	if err := inRange(ErrInvalidRate, field{"Rate", p.Rate}, field{"CostOfCapital", p.CostOfCapital}); err != nil {
		return err
	}
	return inRange(ErrInvalidDays, field{"CurrentDSO", p.CurrentDSO}, field{"TakersDSO", p.TakersDSO})
}

// validate names the first impossible field.
func (p Program) validate() error {
	fraction := func(name string, v decimal.Decimal) error {
		if v.IsNegative() || v.GreaterThan(one) {
			return fmt.Errorf("%w: %s %s must be within [0, 1]", ErrInvalidInput, name, v)
		}
		return nil
	}
	switch {
	case !p.AnnualSales.IsPositive():
		return fmt.Errorf("%w: AnnualSales %s must be positive", ErrInvalidInput, p.AnnualSales)
	case !p.Rate.IsPositive() || p.Rate.GreaterThanOrEqual(one):
		return fmt.Errorf("%w: Rate %s must be above 0 and below 1", ErrInvalidRate, p.Rate)
	case p.CostOfCapital.IsNegative():
		return fmt.Errorf("%w: CostOfCapital %s is negative", ErrInvalidRate, p.CostOfCapital)
	case p.CurrentDSO.IsNegative() || p.TakersDSO.IsNegative():
		return fmt.Errorf("%w: CurrentDSO %s and TakersDSO %s must not be negative", ErrInvalidDays, p.CurrentDSO, p.TakersDSO)
	case p.Invoices < 0 || p.AdminCostPerInvoice.IsNegative():
		return fmt.Errorf("%w: Invoices %d and AdminCostPerInvoice %s must not be negative", ErrInvalidInput, p.Invoices, p.AdminCostPerInvoice)
	}
	for _, f := range []struct {
		name string
		v    decimal.Decimal
	}{{"TakeUp", p.TakeUp}, {"BadDebtWithout", p.BadDebtWithout}, {"BadDebtWith", p.BadDebtWith}} {
		if err := fraction(f.name, f.v); err != nil {
			return err
		}
	}
	return nil
}
