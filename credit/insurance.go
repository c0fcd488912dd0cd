package credit

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Cover is a trade-credit insurance policy in one currency, as whole-turnover
// policies of the large insurers (Allianz Trade, Atradius, Coface) set it
// out: the insured percentage of a loss, a deductible per claim, the most
// the insurer pays for one buyer, the most it pays in the policy period,
// and a premium rate on insured turnover.
//
// The zero value insures nothing: a zero InsuredShare pays no claim.
type Cover struct {
	Currency string `json:"currency"`
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

// Claim is the insurer's settlement of one defaulted receivable.
// Claim + Retained = Loss exactly.
type Claim struct {
	Ref      string          `json:"ref"`
	Buyer    string          `json:"buyer"`
	Currency string          `json:"currency"`
	Loss     decimal.Decimal `json:"loss"`
	// Indemnity is InsuredShare × (Loss − Deductible)⁺, before the caps.
	Indemnity decimal.Decimal `json:"indemnity"`
	// Claim is what the insurer pays: Indemnity capped by what remains of
	// the buyer's limit and of the aggregate maximum liability.
	Claim decimal.Decimal `json:"claim"`
	// Retained is the insured's net loss: Loss − Claim.
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
	Claims   []Claim         `json:"claims"`
	Loss     decimal.Decimal `json:"loss"`     // Σ Claims' Loss
	Claimed  decimal.Decimal `json:"claimed"`  // Σ Claims' Claim
	Retained decimal.Decimal `json:"retained"` // Loss − Claimed
}

// Validate reports an insured share outside [0, 1] (ErrInvalidProbability)
// or a negative deductible, limit or premium rate (ErrInvalidInsurance).
func (c Cover) Validate() error {
	if err := checkUnitInterval("insuredShare", "", c.InsuredShare); err != nil {
		return err
	}
	fields := []namedAmount{{"deductible", c.Deductible}, {"buyerLimit", c.BuyerLimit}, {"maxLiability", c.MaxLiability}, {"premiumRate", c.PremiumRate}}
	if err := checkDigits(ErrInvalidInsurance, "", fields...); err != nil {
		return err
	}
	for _, f := range fields {
		if f.v.IsNegative() {
			return fmt.Errorf("%w: %s %s must not be negative", ErrInvalidInsurance, f.name, f.v)
		}
	}
	return nil
}

// Claim settles one defaulted receivable, given what the insurer has
// already paid for the same buyer (buyerPaid) and in total (aggregatePaid)
// in the period:
//
//	indemnity = InsuredShare × max(Loss − Deductible, 0)
//	claim     = min(indemnity, BuyerLimit − buyerPaid, MaxLiability − aggregatePaid)
//	retained  = Loss − claim
//
// where a zero BuyerLimit or MaxLiability is no cap and a used-up cap pays
// nothing. With 90% cover, a deductible of 5,000 and a loss of 105,000 the
// claim is 0.9 × 100,000 = 90,000 and the insured keeps 15,000.
func (c Cover) Claim(d DefaultedReceivable, buyerPaid, aggregatePaid decimal.Decimal) (Claim, error) {
	if err := c.Validate(); err != nil {
		return Claim{}, err
	}
	if err := checkDigits(ErrInvalidInsurance, d.Ref, namedAmount{"loss", d.Loss},
		namedAmount{"buyerPaid", buyerPaid}, namedAmount{"aggregatePaid", aggregatePaid}); err != nil {
		return Claim{}, err
	}
	switch {
	case d.Currency != c.Currency:
		return Claim{}, fmt.Errorf("%w: receivable %q in %q, cover in %q", ErrCurrencyMismatch, d.Ref, d.Currency, c.Currency)
	case d.Loss.IsNegative():
		return Claim{}, fmt.Errorf("%w: receivable %q loss %s must not be negative", ErrInvalidInsurance, d.Ref, d.Loss)
	case buyerPaid.IsNegative() || aggregatePaid.IsNegative():
		return Claim{}, fmt.Errorf("%w: receivable %q: buyerPaid %s and aggregatePaid %s must not be negative",
			ErrInvalidInsurance, d.Ref, buyerPaid, aggregatePaid)
	}
	indemnity := c.InsuredShare.Mul(decimal.Max(d.Loss.Sub(c.Deductible), decimal.Zero))
	cl := Claim{Ref: d.Ref, Buyer: d.Buyer, Currency: d.Currency, Loss: d.Loss, Indemnity: indemnity, Claim: indemnity}
	capAt := func(limit, paid decimal.Decimal, name string) {
		if limit.IsZero() {
			return
		}
		if remaining := decimal.Max(limit.Sub(paid), decimal.Zero); cl.Claim.GreaterThan(remaining) {
			cl.Claim, cl.CappedBy = remaining, name
		}
	}
	capAt(c.BuyerLimit, buyerPaid, "buyer-limit")
	capAt(c.MaxLiability, aggregatePaid, "max-liability")
	cl.Retained = d.Loss.Sub(cl.Claim)
	return cl, nil
}

// Claims settles defaults in the order given, tracking what has been paid
// per buyer and in total so that the per-buyer limit and the aggregate
// maximum liability bind across claims. Totals are exact sums; Claimed +
// Retained = Loss.
func (c Cover) Claims(defaults []DefaultedReceivable) (ClaimsReport, error) {
	rep := ClaimsReport{Currency: c.Currency, Claims: make([]Claim, 0, len(defaults))}
	paid := map[string]decimal.Decimal{}
	for _, d := range defaults {
		cl, err := c.Claim(d, paid[d.Buyer], rep.Claimed)
		if err != nil {
			return ClaimsReport{}, err
		}
		paid[d.Buyer] = paid[d.Buyer].Add(cl.Claim)
		rep.Claims = append(rep.Claims, cl)
		rep.Loss = rep.Loss.Add(cl.Loss)
		rep.Claimed = rep.Claimed.Add(cl.Claim)
		rep.Retained = rep.Retained.Add(cl.Retained)
	}
	return rep, nil
}

// Premium is PremiumRate × insured turnover (exact), the price to compare
// with the expected loss the cover would take off the insured's books. A
// negative turnover wraps ErrInvalidInsurance.
func (c Cover) Premium(insuredTurnover decimal.Decimal) (decimal.Decimal, error) {
	if err := c.Validate(); err != nil {
		return decimal.Zero, err
	}
	if err := checkDigits(ErrInvalidInsurance, "", namedAmount{"insured turnover", insuredTurnover}); err != nil {
		return decimal.Zero, err
	}
	if insuredTurnover.IsNegative() {
		return decimal.Zero, fmt.Errorf("%w: insured turnover %s must not be negative", ErrInvalidInsurance, insuredTurnover)
	}
	return c.PremiumRate.Mul(insuredTurnover), nil
}

// CoverValue sets the premium of a cover against the expected loss it takes
// over, for one period.
type CoverValue struct {
	Currency string `json:"currency"`
	// Premium is PremiumRate × insured turnover.
	Premium decimal.Decimal `json:"premium"`
	// ExpectedLoss is the expected loss without insurance.
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

// Value compares the premium on insuredTurnover with the expected loss
// (for example a PortfolioLoss total in the cover's currency). Negative
// inputs wrap ErrInvalidInsurance.
func (c Cover) Value(insuredTurnover, expectedLoss decimal.Decimal) (CoverValue, error) {
	premium, err := c.Premium(insuredTurnover)
	if err != nil {
		return CoverValue{}, err
	}
	if err := checkDigits(ErrInvalidInsurance, "", namedAmount{"expected loss", expectedLoss}); err != nil {
		return CoverValue{}, err
	}
	if expectedLoss.IsNegative() {
		return CoverValue{}, fmt.Errorf("%w: expected loss %s must not be negative", ErrInvalidInsurance, expectedLoss)
	}
	recovery := c.InsuredShare.Mul(expectedLoss)
	return CoverValue{
		Currency: c.Currency, Premium: premium, ExpectedLoss: expectedLoss,
		ExpectedRecovery: recovery, RetainedExpectedLoss: expectedLoss.Sub(recovery),
		NetCost: premium.Sub(recovery),
	}, nil
}
