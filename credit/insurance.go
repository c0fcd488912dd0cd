package credit

import (
	"fmt"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// Cover is a trade-credit insurance policy in one currency, as whole-turnover
// policies of the large insurers (Allianz Trade, Atradius, Coface) set it
// out: the insured percentage of a loss, a deductible per claim, the most
// the insurer pays for one buyer, the most it pays in the policy period,
// and a premium rate on insured turnover.
//
// A zero InsuredShare pays no claim. Money the cover computes (indemnity,
// premium, expected recovery) is rounded half-up to Places, the currency's
// minor unit by default; amounts that are differences of the inputs are
// exact.
type Cover struct {
	// Currency is the ISO 4217 code of every amount of the cover.
	Currency string `json:"currency"`
	// Places rounds the money the cover computes: 0 means Currency's minor
	// unit (EUR 2, JPY 0, KWD 3); 1–18 overrides it.
	Places int32 `json:"places,omitempty"`
	// InsuredShare is the percentage of cover as a fraction in [0, 1];
	// 0.90 is the common 90% indemnity, the insured keeping 10%.
	InsuredShare decimal.Decimal `json:"insuredShare"`
	// Deductible is the first loss per claim borne by the insured before
	// the insured share applies (≥ 0).
	Deductible decimal.Decimal `json:"deductible"`
	// BuyerLimit is the most the insurer pays for one buyer over the
	// period (≥ 0); zero means no per-buyer cap.
	BuyerLimit decimal.Decimal `json:"buyerLimit"`
	// MaxLiability is the aggregate most the insurer pays over the period
	// for all buyers (≥ 0); zero means no aggregate cap.
	MaxLiability decimal.Decimal `json:"maxLiability"`
	// PremiumRate is the premium as a fraction of insured turnover (≥ 0):
	// 0.002 is 0.20%.
	PremiumRate decimal.Decimal `json:"premiumRate"`
}

// DefaultedReceivable is an insured receivable that went bad: the loss is
// the unpaid amount after recoveries.
type DefaultedReceivable struct {
	Ref      string          `json:"ref"`      // the receivable, named in errors
	Buyer    string          `json:"buyer"`    // the per-buyer limit applies by it
	Currency string          `json:"currency"` // the cover's currency
	Loss     decimal.Decimal `json:"loss"`     // unpaid after recoveries (≥ 0)
}

// InsuranceClaim is the insurer's settlement of one defaulted receivable.
// Paid + Retained = Loss exactly.
type InsuranceClaim struct {
	Ref      string          `json:"ref"`
	Buyer    string          `json:"buyer"`
	Currency string          `json:"currency"`
	Loss     decimal.Decimal `json:"loss"`
	// Indemnity is InsuredShare × (Loss − Deductible)⁺, before the caps,
	// rounded half-up to the cover's Places.
	Indemnity decimal.Decimal `json:"indemnity"`
	// Paid is what the insurer pays: Indemnity capped by what remains of
	// the buyer's limit and of the aggregate maximum liability.
	Paid decimal.Decimal `json:"paid"`
	// Retained is the insured's net loss: Loss − Paid.
	Retained decimal.Decimal `json:"retained"`
	// CappedBy names the cap that cut the claim: "", "buyer-limit" or
	// "max-liability".
	CappedBy string `json:"cappedBy,omitempty"`
}

// ClaimsReport is the settlement of several defaults against one policy.
type ClaimsReport struct {
	Currency string `json:"currency"`
	// Claims are in the order given, which is the order they are settled
	// against the per-buyer and aggregate caps.
	Claims   []InsuranceClaim `json:"claims"`
	Loss     decimal.Decimal  `json:"loss"`     // Σ Claims' Loss
	Claimed  decimal.Decimal  `json:"claimed"`  // Σ Claims' Paid
	Retained decimal.Decimal  `json:"retained"` // Loss − Claimed
}

// Validate reports an insured share outside [0, 1] (ErrInvalidProbability),
// a negative deductible, limit or premium rate (ErrInvalidInsurance), or a
// currency and Places that give no places to round to (ErrInvalidPlaces).
// Every method validates the cover itself; call Validate to reject a bad
// cover when it is loaded.
func (c Cover) Validate() error {
	_, err := c.places()
	return err
}

// places validates c and returns the places its money is rounded to.
func (c Cover) places() (int32, error) {
	if err := checkUnitInterval("insuredShare", "", c.InsuredShare); err != nil {
		return 0, err
	}
	fields := []namedAmount{{"deductible", c.Deductible}, {"buyerLimit", c.BuyerLimit}, {"maxLiability", c.MaxLiability}, {"premiumRate", c.PremiumRate}}
	if err := checkRange(ErrInvalidInsurance, "", fields...); err != nil {
		return 0, err
	}
	for _, f := range fields {
		if f.v.IsNegative() {
			return 0, fmt.Errorf("%w: %s %s must not be negative", ErrInvalidInsurance, f.name, f.v)
		}
	}
	return placesFor(c.Currency, c.Places, "")
}

// ClaimsPaid is what the insurer has already paid in the policy period,
// for the defaulted receivable's buyer and for all buyers; the zero value
// is nothing paid yet.
type ClaimsPaid struct {
	Buyer decimal.Decimal `json:"buyer"` // paid so far for the same buyer (≥ 0), against BuyerLimit
	Total decimal.Decimal `json:"total"` // paid so far for all buyers (≥ 0), against MaxLiability
}

// Claim settles one defaulted receivable, given what the insurer has
// already paid in the period:
//
//	indemnity = InsuredShare × max(Loss − Deductible, 0)
//	paid      = min(indemnity, BuyerLimit − paid.Buyer, MaxLiability − paid.Total)
//	retained  = Loss − paid
//
// where a zero BuyerLimit or MaxLiability is no cap and a used-up cap pays
// nothing; the indemnity is rounded half-up to the cover's Places. With
// 90% cover, a deductible of 5,000 and a loss of 105,000 the insurer pays
// 0.9 × 100,000 = 90,000 and the insured keeps 15,000.
func (c Cover) Claim(d DefaultedReceivable, paid ClaimsPaid) (InsuranceClaim, error) {
	places, err := c.places()
	if err != nil {
		return InsuranceClaim{}, err
	}
	if err := checkRange(ErrInvalidInsurance, d.Ref, namedAmount{"loss", d.Loss},
		namedAmount{"paid.Buyer", paid.Buyer}, namedAmount{"paid.Total", paid.Total}); err != nil {
		return InsuranceClaim{}, err
	}
	switch {
	case d.Currency != c.Currency:
		return InsuranceClaim{}, fmt.Errorf("%w: receivable %q in %q, cover in %q", ErrCurrencyMismatch, money.Bounded(d.Ref), money.Bounded(d.Currency), money.Bounded(c.Currency))
	case d.Loss.IsNegative():
		return InsuranceClaim{}, fmt.Errorf("%w: receivable %q loss %s must not be negative", ErrInvalidInsurance, money.Bounded(d.Ref), d.Loss)
	case paid.Buyer.IsNegative() || paid.Total.IsNegative():
		return InsuranceClaim{}, fmt.Errorf("%w: receivable %q: paid.Buyer %s and paid.Total %s must not be negative",
			ErrInvalidInsurance, money.Bounded(d.Ref), paid.Buyer, paid.Total)
	}
	indemnity := c.InsuredShare.Mul(decimal.Max(d.Loss.Sub(c.Deductible), decimal.Zero)).Round(places)
	cl := InsuranceClaim{Ref: d.Ref, Buyer: d.Buyer, Currency: d.Currency, Loss: d.Loss, Indemnity: indemnity, Paid: indemnity}
	capAt := func(limit, already decimal.Decimal, name string) {
		if limit.IsZero() {
			return
		}
		if remaining := decimal.Max(limit.Sub(already), decimal.Zero); cl.Paid.GreaterThan(remaining) {
			cl.Paid, cl.CappedBy = remaining, name
		}
	}
	capAt(c.BuyerLimit, paid.Buyer, "buyer-limit")
	capAt(c.MaxLiability, paid.Total, "max-liability")
	cl.Retained = d.Loss.Sub(cl.Paid)
	return cl, nil
}

// Claims settles defaults in the order given, tracking what has been paid
// per buyer and in total so that the per-buyer limit and the aggregate
// maximum liability bind across claims. Totals are exact sums; Claimed +
// Retained = Loss.
func (c Cover) Claims(defaults []DefaultedReceivable) (ClaimsReport, error) {
	if err := c.Validate(); err != nil {
		return ClaimsReport{}, err
	}
	rep := ClaimsReport{Currency: c.Currency, Claims: make([]InsuranceClaim, 0, len(defaults))}
	paid := map[string]decimal.Decimal{}
	for _, d := range defaults {
		cl, err := c.Claim(d, ClaimsPaid{Buyer: paid[d.Buyer], Total: rep.Claimed})
		if err != nil {
			return ClaimsReport{}, err
		}
		paid[d.Buyer] = paid[d.Buyer].Add(cl.Paid)
		rep.Claims = append(rep.Claims, cl)
		rep.Loss = rep.Loss.Add(cl.Loss)
		rep.Claimed = rep.Claimed.Add(cl.Paid)
		rep.Retained = rep.Retained.Add(cl.Retained)
	}
	return rep, nil
}

// Premium is PremiumRate × insured turnover, rounded half-up to the
// cover's Places: the price to compare with the expected loss the cover
// would take off the insured's books. A negative turnover wraps
// ErrInvalidInsurance.
func (c Cover) Premium(insuredTurnover decimal.Decimal) (decimal.Decimal, error) {
	places, err := c.places()
	if err != nil {
		return decimal.Zero, err
	}
	return c.premium(insuredTurnover, places)
}

// premium is Premium for a validated cover.
func (c Cover) premium(insuredTurnover decimal.Decimal, places int32) (decimal.Decimal, error) {
	if err := checkRange(ErrInvalidInsurance, "", namedAmount{"insured turnover", insuredTurnover}); err != nil {
		return decimal.Zero, err
	}
	if insuredTurnover.IsNegative() {
		return decimal.Zero, fmt.Errorf("%w: insured turnover %s must not be negative", ErrInvalidInsurance, insuredTurnover)
	}
	return c.PremiumRate.Mul(insuredTurnover).Round(places), nil
}

// CoverPeriod is what one policy period of a cover is valued on: the
// turnover insured and the expected loss without insurance, in the
// cover's currency.
type CoverPeriod struct {
	// InsuredTurnover is the sales the premium is charged on (≥ 0).
	InsuredTurnover decimal.Decimal `json:"insuredTurnover"`
	// ExpectedLoss is the expected loss without insurance (≥ 0), for
	// example a PortfolioLoss total in the cover's currency.
	ExpectedLoss decimal.Decimal `json:"expectedLoss"`
}

// CoverValue sets the premium of a cover against the expected loss it takes
// over, for one period. Premium and ExpectedRecovery are rounded half-up to
// the cover's Places; the other amounts are their exact differences.
type CoverValue struct {
	Currency string `json:"currency"`
	// Premium is PremiumRate × insured turnover.
	Premium decimal.Decimal `json:"premium"`
	// ExpectedLoss is the expected loss without insurance, as given.
	ExpectedLoss decimal.Decimal `json:"expectedLoss"`
	// ExpectedRecovery is InsuredShare × ExpectedLoss: what the insurer is
	// expected to pay, to first order (deductibles and caps are not
	// applied to an expected value; they bite on the actual losses).
	ExpectedRecovery decimal.Decimal `json:"expectedRecovery"`
	// RetainedExpectedLoss is ExpectedLoss − ExpectedRecovery.
	RetainedExpectedLoss decimal.Decimal `json:"retainedExpectedLoss"`
	// NetCost is Premium − ExpectedRecovery: what the cover costs beyond the
	// expected loss it removes (positive is the usual case: the price of
	// protection against the unexpected loss).
	NetCost decimal.Decimal `json:"netCost"`
}

// Value compares the premium on the period's insured turnover with the
// expected loss the cover takes over. Negative inputs wrap
// ErrInvalidInsurance.
func (c Cover) Value(p CoverPeriod) (CoverValue, error) {
	places, err := c.places()
	if err != nil {
		return CoverValue{}, err
	}
	premium, err := c.premium(p.InsuredTurnover, places)
	if err != nil {
		return CoverValue{}, err
	}
	if err := checkRange(ErrInvalidInsurance, "", namedAmount{"expected loss", p.ExpectedLoss}); err != nil {
		return CoverValue{}, err
	}
	if p.ExpectedLoss.IsNegative() {
		return CoverValue{}, fmt.Errorf("%w: expected loss %s must not be negative", ErrInvalidInsurance, p.ExpectedLoss)
	}
	recovery := c.InsuredShare.Mul(p.ExpectedLoss).Round(places)
	return CoverValue{
		Currency: c.Currency, Premium: premium, ExpectedLoss: p.ExpectedLoss,
		ExpectedRecovery: recovery, RetainedExpectedLoss: p.ExpectedLoss.Sub(recovery),
		NetCost: premium.Sub(recovery),
	}, nil
}
