package score

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Financials are the balance-sheet and income figures the ratios, Altman
// Z-scores and limit methods read, in one currency. Fields a calculation
// does not need may be zero.
type Financials struct {
	WorkingCapital    decimal.Decimal `json:"workingCapital"`    // current assets − current liabilities
	RetainedEarnings  decimal.Decimal `json:"retainedEarnings"`  // accumulated profits kept in the business
	EBIT              decimal.Decimal `json:"ebit"`              // earnings before interest and taxes
	MarketValueEquity decimal.Decimal `json:"marketValueEquity"` // market capitalisation (public firms)
	BookValueEquity   decimal.Decimal `json:"bookValueEquity"`   // equity on the balance sheet (private firms)
	Sales             decimal.Decimal `json:"sales"`             // annual revenue
	TotalAssets       decimal.Decimal `json:"totalAssets"`       // > 0 for the Z-scores
	TotalLiabilities  decimal.Decimal `json:"totalLiabilities"`  // > 0 for the Z-scores
	// For the ratios and limit methods:
	CurrentAssets      decimal.Decimal `json:"currentAssets"`
	CurrentLiabilities decimal.Decimal `json:"currentLiabilities"`
	Inventory          decimal.Decimal `json:"inventory"`
	Cash               decimal.Decimal `json:"cash"`
	InterestExpense    decimal.Decimal `json:"interestExpense"`
	NetIncome          decimal.Decimal `json:"netIncome"`
	IntangibleAssets   decimal.Decimal `json:"intangibleAssets"` // goodwill and other intangibles, left out of tangible net worth
}

// ZModel is an Altman Z-score model.
type ZModel int

const (
	// Public is the original Z (Altman 1968) for publicly traded
	// manufacturers: market value of equity.
	Public ZModel = iota
	// Private is Z' (Altman 1983) for private manufacturers: book equity.
	Private
	// NonManufacturing is Z'' (Altman 1995/2000), four ratios without
	// sales/assets, for non-manufacturers and private firms.
	NonManufacturing
	// EmergingMarkets is Z'' plus the constant 3.25 (Altman, Hartzell &
	// Peck 1995), scaled so that 0 matches a D bond rating.
	EmergingMarkets
)

// Zone is where a Z-score falls.
type Zone int

const (
	// Distress is a high probability of failure within two years.
	Distress Zone = iota
	// Grey is the zone of ignorance between the two cut-offs.
	Grey
	// Safe is a low probability of failure.
	Safe
)

// String names the zone.
func (z Zone) String() string {
	return [...]string{"distress", "grey", "safe"}[max(0, min(int(z), 2))]
}

// ZScore is an Altman Z-score and its zone. Value is rounded half-up to
// RatePlaces; the zone is decided on the unrounded value.
type ZScore struct {
	Value decimal.Decimal `json:"value"` // the score, rounded half-up to RatePlaces
	Zone  Zone            `json:"zone"`  // safe, grey or distress by the model's cut-offs
}

// zModel holds one model's published coefficients and cut-offs.
type zModel struct {
	x1, x2, x3, x4, x5 string // coefficients; x5 "" when unused
	constant           string
	distress, safe     string // below distress → Distress; above safe → Safe
	bookEquity         bool   // X4 on book rather than market equity
}

// modelOf gives the coefficients of Altman (1968), (1983) and (2000),
// "Predicting financial distress of companies: revisiting the Z-score and
// ZETA models", NYU Stern working paper, tables for Z, Z' and Z”.
func modelOf(m ZModel) (zModel, bool) {
	switch m {
	case Public:
		return zModel{"1.2", "1.4", "3.3", "0.6", "1.0", "0", "1.81", "2.99", false}, true
	case Private:
		return zModel{"0.717", "0.847", "3.107", "0.420", "0.998", "0", "1.23", "2.9", true}, true
	case NonManufacturing:
		return zModel{"6.56", "3.26", "6.72", "1.05", "", "0", "1.1", "2.6", true}, true
	case EmergingMarkets:
		return zModel{"6.56", "3.26", "6.72", "1.05", "", "3.25", "4.35", "5.85", true}, true
	}
	return zModel{}, false
}

// AltmanZ computes the Z-score of model m from f:
//
//	X1 = working capital / total assets
//	X2 = retained earnings / total assets
//	X3 = EBIT / total assets
//	X4 = equity (market for Public, book otherwise) / total liabilities
//	X5 = sales / total assets (Public and Private only)
//
//	Z   = 1.2 X1 + 1.4 X2 + 3.3 X3 + 0.6 X4 + 1.0 X5     safe > 2.99, distress < 1.81
//	Z'  = 0.717 X1 + 0.847 X2 + 3.107 X3 + 0.420 X4 + 0.998 X5   safe > 2.9, distress < 1.23
//	Z'' = 6.56 X1 + 3.26 X2 + 6.72 X3 + 1.05 X4          safe > 2.6, distress < 1.1
//	EM  = Z'' + 3.25                                     safe > 5.85, distress < 4.35
//
// Scores on a cut-off are Grey. Zero or negative total assets or total
// liabilities are ErrInvalidFinancials; an m that is none of the constants
// is ErrUnknownZModel.
func AltmanZ(f Financials, m ZModel) (ZScore, error) {
	model, ok := modelOf(m)
	if !ok {
		return ZScore{}, fmt.Errorf("%w: ZModel %d is not Public, Private, NonManufacturing or EmergingMarkets", ErrUnknownZModel, int(m))
	}
	if err := checkRange(ErrInvalidFinancials, namedAmount{"TotalAssets", f.TotalAssets}, namedAmount{"TotalLiabilities", f.TotalLiabilities},
		namedAmount{"WorkingCapital", f.WorkingCapital}, namedAmount{"RetainedEarnings", f.RetainedEarnings}, namedAmount{"EBIT", f.EBIT},
		namedAmount{"MarketValueEquity", f.MarketValueEquity}, namedAmount{"BookValueEquity", f.BookValueEquity}, namedAmount{"Sales", f.Sales}); err != nil {
		return ZScore{}, err
	}
	if !f.TotalAssets.IsPositive() {
		return ZScore{}, fmt.Errorf("%w: TotalAssets %s must be positive", ErrInvalidFinancials, f.TotalAssets)
	}
	if !f.TotalLiabilities.IsPositive() {
		return ZScore{}, fmt.Errorf("%w: TotalLiabilities %s must be positive", ErrInvalidFinancials, f.TotalLiabilities)
	}
	ratio := func(num, den decimal.Decimal) decimal.Decimal { return num.DivRound(den, mathPlaces) }
	equity := f.MarketValueEquity
	if model.bookEquity {
		equity = f.BookValueEquity
	}
	c := decimal.RequireFromString
	z := c(model.constant).
		Add(c(model.x1).Mul(ratio(f.WorkingCapital, f.TotalAssets))).
		Add(c(model.x2).Mul(ratio(f.RetainedEarnings, f.TotalAssets))).
		Add(c(model.x3).Mul(ratio(f.EBIT, f.TotalAssets))).
		Add(c(model.x4).Mul(ratio(equity, f.TotalLiabilities)))
	if model.x5 != "" {
		z = z.Add(c(model.x5).Mul(ratio(f.Sales, f.TotalAssets)))
	}
	zone := Grey
	switch {
	case z.LessThan(c(model.distress)):
		zone = Distress
	case z.GreaterThan(c(model.safe)):
		zone = Safe
	}
	return ZScore{Value: z.Round(RatePlaces), Zone: zone}, nil
}
