package score

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// RatePlaces is the package's one precision: scores and odds from Scaling,
// Z-scores and financial ratios are rounded half-up to 4 decimal places
// (see the package doc, "Rounding").
const RatePlaces = 4

// mathPlaces is the precision of the logarithms, exponentials and
// divisions inside a computation; results are rounded once, to RatePlaces.
const mathPlaces = 24

var one = decimal.NewFromInt(1)

// Scaling maps good:bad odds to scorecard points: BaseScore points at
// BaseOdds, and every PDO points doubles the odds. Odds are GOOD:BAD — the
// number of good accounts per bad one — so higher odds give a higher score
// and a higher probability of default a lower one. The usual calibration is
// 600 points at 50:1 with PDO 20.
//
//	score = offset + factor × ln(odds), factor = PDO / ln 2,
//	offset = BaseScore − factor × ln(BaseOdds)
//
// (Siddiqi, Credit Risk Scorecards, 2006, ch. 6 "Scaling"; Refaat, Credit
// Risk Scorecards, 2011.)
type Scaling struct {
	BaseScore decimal.Decimal `json:"baseScore"`
	BaseOdds  decimal.Decimal `json:"baseOdds"` // good:bad
	PDO       decimal.Decimal `json:"pdo"`      // points to double the odds
}

// factorOffset validates s and returns factor and offset.
func (s Scaling) factorOffset() (factor, offset decimal.Decimal, err error) {
	if err := checkRange(ErrInvalidScaling, namedAmount{"BaseScore", s.BaseScore}, namedAmount{"BaseOdds", s.BaseOdds}, namedAmount{"PDO", s.PDO}); err != nil {
		return factor, offset, err
	}
	if !s.PDO.IsPositive() {
		return factor, offset, fmt.Errorf("%w: PDO %s must be positive", ErrInvalidScaling, s.PDO)
	}
	if !s.BaseOdds.IsPositive() {
		return factor, offset, fmt.Errorf("%w: BaseOdds %s must be positive (good:bad)", ErrInvalidScaling, s.BaseOdds)
	}
	ln2, _ := decimal.NewFromInt(2).Ln(mathPlaces)
	factor = s.PDO.DivRound(ln2, mathPlaces)
	lnBase, err := s.BaseOdds.Ln(mathPlaces)
	if err != nil {
		return factor, offset, fmt.Errorf("%w: BaseOdds %s: %v", ErrInvalidScaling, s.BaseOdds, err)
	}
	return factor, s.BaseScore.Sub(factor.Mul(lnBase)), nil
}

// Score is the score of odds, which are GOOD:BAD (good accounts per bad
// one): higher odds, higher score. The score is rounded half-up to
// RatePlaces. Odds must be positive.
func (s Scaling) Score(odds decimal.Decimal) (decimal.Decimal, error) {
	factor, offset, err := s.factorOffset()
	if err != nil {
		return decimal.Zero, err
	}
	if err := checkRange(ErrInvalidScaling, namedAmount{"odds", odds}); err != nil {
		return decimal.Zero, err
	}
	if !odds.IsPositive() {
		return decimal.Zero, fmt.Errorf("%w: odds %s must be positive (good:bad)", ErrInvalidScaling, odds)
	}
	ln, err := odds.Ln(mathPlaces)
	if err != nil {
		return decimal.Zero, fmt.Errorf("%w: odds %s: %v", ErrInvalidScaling, odds, err)
	}
	return offset.Add(factor.Mul(ln)).Round(RatePlaces), nil
}

// Odds is the odds of a score, GOOD:BAD (good accounts per bad one), the
// inverse of Score: BaseOdds × 2^((score − BaseScore) / PDO), rounded
// half-up to RatePlaces. Scores more than 60 doublings from the base (odds
// beyond about 10^18 either way) are ErrInvalidScaling.
func (s Scaling) Odds(score decimal.Decimal) (decimal.Decimal, error) {
	if _, _, err := s.factorOffset(); err != nil {
		return decimal.Zero, err
	}
	if err := checkRange(ErrInvalidScaling, namedAmount{"score", score}); err != nil {
		return decimal.Zero, err
	}
	doublings := score.Sub(s.BaseScore).DivRound(s.PDO, mathPlaces)
	if doublings.Abs().GreaterThan(decimal.NewFromInt(60)) {
		return decimal.Zero, fmt.Errorf("%w: score %s is %s doublings from the base score; at most 60", ErrInvalidScaling, score, doublings.Round(2))
	}
	ln2, _ := decimal.NewFromInt(2).Ln(mathPlaces)
	growth, err := doublings.Mul(ln2).ExpTaylor(mathPlaces)
	if err != nil {
		return decimal.Zero, fmt.Errorf("%w: %v", ErrInvalidScaling, err)
	}
	return s.BaseOdds.Mul(growth).Round(RatePlaces), nil
}

// ScoreFromPD is the score of a probability of default: the GOOD:BAD odds
// (1 − PD) / PD go through Score, so a higher PD gives a lower score. PD
// must be in (0, 1).
func (s Scaling) ScoreFromPD(pd decimal.Decimal) (decimal.Decimal, error) {
	if err := checkRange(ErrInvalidScaling, namedAmount{"probability of default", pd}); err != nil {
		return decimal.Zero, err
	}
	if !pd.IsPositive() || pd.GreaterThanOrEqual(one) {
		return decimal.Zero, fmt.Errorf("%w: probability of default %s must be above 0 and below 1", ErrInvalidScaling, pd)
	}
	return s.Score(one.Sub(pd).DivRound(pd, mathPlaces))
}
