package credit

import (
	"fmt"
	"sort"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// LossExposure is one customer's exposure for expected loss, with the risk
// parameters of the Basel II internal-ratings-based approach.
type LossExposure struct {
	Ref      string `json:"ref"`
	Currency string `json:"currency"`
	// PD is the probability of default over the horizon (one year in
	// Basel II), a fraction in [0, 1].
	PD decimal.Decimal `json:"pd"`
	// LGD is the loss given default, a fraction of EAD in [0, 1] (Basel
	// II's foundation approach uses 0.45 for senior unsecured claims).
	LGD decimal.Decimal `json:"lgd"`
	// Drawn is the amount already owed (≥ 0): the exposure's Total.
	Drawn decimal.Decimal `json:"drawn"`
	// Undrawn is the committed limit not yet used (≥ 0).
	Undrawn decimal.Decimal `json:"undrawn"`
	// CCF is the credit-conversion factor in [0, 1]: the share of Undrawn
	// expected to be drawn by the time of default. The zero value counts
	// no undrawn limit, right for limits the seller can cancel at any time.
	CCF decimal.Decimal `json:"ccf"`
	// Places rounds EAD and EL: 0 means Currency's ISO 4217 minor unit
	// (EUR 2, JPY 0, KWD 3); 1–18 overrides it. With Places 0 Currency
	// must be an ISO 4217 code (ErrInvalidPlaces).
	Places int32 `json:"places,omitempty"`
}

// Risk is the Basel II risk parameters of one customer, each a fraction in
// [0, 1]; LossExposureOf attaches them to the customer's limit and
// exposure.
type Risk struct {
	PD  decimal.Decimal `json:"pd"`  // probability of default over the horizon (one year in Basel II)
	LGD decimal.Decimal `json:"lgd"` // loss given default, a fraction of EAD (0.45: foundation IRB, senior unsecured)
	CCF decimal.Decimal `json:"ccf"` // credit-conversion factor of the undrawn limit (0: a limit the seller may cancel)
}

// Loss is the expected loss of one LossExposure. EAD and EL are rounded
// half-up, each from the unrounded figures, to the exposure's Places (the
// currency's minor unit by default).
type Loss struct {
	Ref      string          `json:"ref"`
	Currency string          `json:"currency"`
	PD       decimal.Decimal `json:"pd"`  // probability of default, as given
	LGD      decimal.Decimal `json:"lgd"` // loss given default, as given
	EAD      decimal.Decimal `json:"ead"` // exposure at default: Drawn + CCF × Undrawn
	EL       decimal.Decimal `json:"el"`  // expected loss: PD × LGD × EAD
}

// LossTotal is the expected loss of a portfolio in one currency.
type LossTotal struct {
	Currency string          `json:"currency"`
	EAD      decimal.Decimal `json:"ead"`
	EL       decimal.Decimal `json:"el"`
	// Rate is EL ÷ EAD rounded half-up to RatePlaces (0 when EAD is
	// zero): the portfolio's expected loss rate.
	Rate      decimal.Decimal `json:"rate"`
	Exposures int             `json:"exposures"` // how many exposures the totals cover
}

// PortfolioLoss is the expected loss of a portfolio: one line per exposure
// sorted by currency then ref, and totals per currency sorted by currency.
// Each total is the exact sum of its (rounded) lines.
type PortfolioLoss struct {
	Lines  []Loss      `json:"lines"`
	Totals []LossTotal `json:"totals"`
}

// LossExposureOf builds the LossExposure of a customer from its credit
// limit, current exposure and risk parameters: Drawn is the exposure's
// Total (0 when the customer is in credit) and Undrawn the unused limit,
// max(limit − drawn, 0); the Ref is the limit's Customer, and EAD and EL
// will be rounded to the currency's minor unit. Limit and exposure must
// share one currency (ErrCurrencyMismatch); PD, LGD and CCF outside [0, 1]
// wrap ErrInvalidProbability, named with the customer, here rather than
// later in ExpectedLoss.
func LossExposureOf(limit CreditLimit, exposure Exposure, risk Risk) (LossExposure, error) {
	if err := limit.validate(); err != nil {
		return LossExposure{}, err
	}
	for _, p := range []namedAmount{{"pd", risk.PD}, {"lgd", risk.LGD}, {"ccf", risk.CCF}} {
		if err := checkUnitInterval(p.name, limit.Customer, p.v); err != nil {
			return LossExposure{}, err
		}
	}
	if err := exposure.validate(); err != nil {
		return LossExposure{}, fmt.Errorf("customer %q: %w", money.Bounded(limit.Customer), err)
	}
	if exposure.Currency != limit.Currency {
		return LossExposure{}, fmt.Errorf("%w: customer %q: limit in %q, exposure in %q",
			ErrCurrencyMismatch, money.Bounded(limit.Customer), money.Bounded(limit.Currency), money.Bounded(exposure.Currency))
	}
	drawn := decimal.Max(exposure.total(), decimal.Zero)
	return LossExposure{
		Ref: limit.Customer, Currency: limit.Currency, PD: risk.PD, LGD: risk.LGD, CCF: risk.CCF,
		Drawn: drawn, Undrawn: decimal.Max(limit.Amount.Sub(drawn), decimal.Zero),
	}, nil
}

// EAD is the exposure at default, Drawn + CCF × Undrawn (Basel II, BCBS
// 128, June 2006, ¶¶ 308–316 on EAD and the conversion of undrawn
// commitments), rounded half-up to Places (the currency's minor unit by
// default). A CCF outside [0, 1] wraps ErrInvalidProbability, a negative
// Drawn or Undrawn ErrInvalidExposure, no places to round to
// ErrInvalidPlaces.
func (x LossExposure) EAD() (decimal.Decimal, error) {
	ead, places, err := x.ead()
	if err != nil {
		return decimal.Zero, err
	}
	return ead.Round(places), nil
}

// ead is the unrounded EAD and the places results are rounded to.
func (x LossExposure) ead() (decimal.Decimal, int32, error) {
	if err := checkUnitInterval("ccf", x.Ref, x.CCF); err != nil {
		return decimal.Zero, 0, err
	}
	if err := checkRange(ErrInvalidExposure, x.Ref, namedAmount{"drawn", x.Drawn}, namedAmount{"undrawn", x.Undrawn}); err != nil {
		return decimal.Zero, 0, err
	}
	if x.Drawn.IsNegative() || x.Undrawn.IsNegative() {
		return decimal.Zero, 0, fmt.Errorf("%w: %sdrawn %s and undrawn %s must not be negative", ErrInvalidExposure, refPrefix(x.Ref), x.Drawn, x.Undrawn)
	}
	places, err := placesFor(x.Currency, x.Places, x.Ref)
	if err != nil {
		return decimal.Zero, 0, err
	}
	return x.Drawn.Add(x.CCF.Mul(x.Undrawn)), places, nil
}

// ExpectedLoss is EL = PD × LGD × EAD for one exposure, with EAD = Drawn +
// CCF × Undrawn: the Basel II definition (BCBS 128, June 2006, ¶¶ 374–375: EL =
// PD × LGD, and the EL amount is EL × EAD). PD 2%, LGD 45% and EAD 100,000
// give 0.02 × 0.45 × 100,000 = 900. EAD and EL are each rounded half-up,
// once, from the unrounded figures, to the exposure's Places (the
// currency's minor unit by default).
//
// PD, LGD or CCF outside [0, 1] wraps ErrInvalidProbability; a negative
// Drawn or Undrawn wraps ErrInvalidExposure; a currency with no minor unit
// and no Places wraps ErrInvalidPlaces.
func ExpectedLoss(x LossExposure) (Loss, error) {
	if err := checkUnitInterval("pd", x.Ref, x.PD); err != nil {
		return Loss{}, err
	}
	if err := checkUnitInterval("lgd", x.Ref, x.LGD); err != nil {
		return Loss{}, err
	}
	ead, places, err := x.ead() // its errors name x.Ref
	if err != nil {
		return Loss{}, err
	}
	return Loss{
		Ref: x.Ref, Currency: x.Currency, PD: x.PD, LGD: x.LGD,
		EAD: ead.Round(places), EL: x.PD.Mul(x.LGD).Mul(ead).Round(places),
	}, nil
}

// PortfolioExpectedLoss is ExpectedLoss for each exposure, with totals per
// currency (currencies are never summed together). The first invalid
// exposure's error is returned. An empty portfolio has no lines and no
// totals.
func PortfolioExpectedLoss(exposures []LossExposure) (PortfolioLoss, error) {
	lines := make([]Loss, 0, len(exposures))
	for _, x := range exposures {
		l, err := ExpectedLoss(x)
		if err != nil {
			return PortfolioLoss{}, err
		}
		lines = append(lines, l)
	}
	sort.SliceStable(lines, func(i, j int) bool {
		if lines[i].Currency != lines[j].Currency {
			return lines[i].Currency < lines[j].Currency
		}
		return lines[i].Ref < lines[j].Ref
	})
	var totals []LossTotal
	for _, l := range lines {
		if len(totals) == 0 || totals[len(totals)-1].Currency != l.Currency {
			totals = append(totals, LossTotal{Currency: l.Currency})
		}
		t := &totals[len(totals)-1]
		t.EAD = t.EAD.Add(l.EAD)
		t.EL = t.EL.Add(l.EL)
		t.Exposures++
	}
	for i := range totals {
		if !totals[i].EAD.IsZero() {
			totals[i].Rate = totals[i].EL.DivRound(totals[i].EAD, RatePlaces)
		}
	}
	return PortfolioLoss{Lines: lines, Totals: totals}, nil
}

// checkUnitInterval reports a value outside [0, 1] as ErrInvalidProbability.
func checkUnitInterval(field, ref string, v decimal.Decimal) error {
	if err := checkRange(ErrInvalidProbability, ref, namedAmount{field, v}); err != nil {
		return err
	}
	if v.IsNegative() || v.GreaterThan(one) {
		if ref == "" {
			return fmt.Errorf("%w: %s %s must be in [0, 1]", ErrInvalidProbability, field, v)
		}
		return fmt.Errorf("%w: %q %s %s must be in [0, 1]", ErrInvalidProbability, money.Bounded(ref), field, v)
	}
	return nil
}
