package score_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/receivables-go/receivables/credit/score"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// TestBadInputCatalogue feeds every entry point of the package its bad
// inputs and checks the exported error and that the message names the
// field or item at fault. README's "Errors" section lists the sentinels.
func TestBadInputCatalogue(t *testing.T) {
	d := decimal.RequireFromString
	one, zero, neg := d("1"), decimal.Zero, d("-1")
	huge := d("1e30")
	fin := score.Financials{WorkingCapital: d("100"), RetainedEarnings: d("50"), EBIT: d("20"), MarketValueEquity: d("300"),
		BookValueEquity: d("200"), Sales: d("1000"), TotalAssets: d("500"), TotalLiabilities: d("300"),
		CurrentAssets: d("200"), CurrentLiabilities: d("100"), Inventory: d("50"), Cash: d("30"), InterestExpense: d("5"), NetIncome: d("10")}
	withFin := func(f func(*score.Financials)) score.Financials { g := fin; f(&g); return g }
	scaling := score.Scaling{BaseScore: d("600"), BaseOdds: d("50"), PDO: d("20")}
	grades := score.GradeTable{{Name: "A", MinScore: d("700"), Limit: d("100000")}, {Name: "B", MinScore: d("600"), Limit: d("50000")}}
	at := func(v decimal.Decimal) *decimal.Decimal { return &v }
	card := score.Scorecard{Factors: []score.Factor{{Name: "years", Weight: one, Bands: []score.Band{{From: at(zero), Points: d("10")}, {From: at(d("5")), Points: d("30")}}}}}
	years := func(v decimal.Decimal) score.Applicant {
		return score.Applicant{Numbers: map[string]decimal.Decimal{"years": v}}
	}
	e := func(_ any, err error) error { return err }

	for _, tc := range []struct {
		name string
		call func() error
		want error
		msg  string
	}{
		// Scaling: positive PDO and odds, probabilities inside (0, 1).
		{"zero PDO", func() error { return e(score.Scaling{BaseScore: d("600"), BaseOdds: d("50")}.Score(one)) }, score.ErrInvalidScaling, "PDO 0"},
		{"negative base odds", func() error { return e(score.Scaling{BaseScore: d("600"), BaseOdds: neg, PDO: d("20")}.Score(one)) }, score.ErrInvalidScaling, "BaseOdds -1"},
		{"zero odds", func() error { return e(scaling.Score(zero)) }, score.ErrInvalidScaling, "odds 0"},
		{"score far from base", func() error { return e(scaling.Odds(huge)) }, score.ErrInvalidScaling, "at most 60"},
		{"PD of 1", func() error { return e(scaling.ScoreFromPD(one)) }, score.ErrInvalidScaling, "probability of default 1"},
		{"PD of 0", func() error { return e(scaling.ScoreFromPD(zero)) }, score.ErrInvalidScaling, "probability of default 0"},
		{"PD with extreme exponent", func() error { return e(scaling.ScoreFromPD(decimal.New(1, -2_000_000_000))) }, score.ErrInvalidScaling, "probability of default 1e-2000000000 is out of range"},
		{"huge digits", func() error {
			return e(score.Scaling{BaseScore: d("1e200"), BaseOdds: d("50"), PDO: d("20")}.Score(one))
		}, score.ErrInvalidScaling, "BaseScore 1e200 is out of range"},
		// Scorecards.
		{"no factors", func() error { return score.Scorecard{}.Validate() }, score.ErrInvalidScorecard, "no factors"},
		{"weights not 1", func() error {
			c := card
			c.Factors = []score.Factor{{Name: "years", Weight: d("0.5"), Bands: card.Factors[0].Bands}}
			return c.Validate()
		}, score.ErrInvalidScorecard, "weights add up to 0.5"},
		{"overlapping bands", func() error {
			c := score.Scorecard{Factors: []score.Factor{{Name: "years", Weight: one, Bands: []score.Band{{From: at(d("5"))}, {From: at(d("5"))}}}}}
			return c.Validate()
		}, score.ErrInvalidScorecard, `factor "years" band 1 from 5 overlaps`},
		{"band with extreme exponent", func() error {
			c := score.Scorecard{Factors: []score.Factor{{Name: "years", Weight: one, Bands: []score.Band{{From: at(decimal.New(1, 2_000_000_000))}}}}}
			return c.Validate()
		}, score.ErrInvalidScorecard, `factor "years" band 0 from 1e2000000000 is out of range`},
		{"repeated factor", func() error {
			f := card.Factors[0]
			f.Weight = d("0.5")
			return score.Scorecard{Factors: []score.Factor{f, f}}.Validate()
		}, score.ErrInvalidScorecard, `factor 1 name "years"`},
		{"missing value", func() error { return e(card.Evaluate(score.Applicant{})) }, score.ErrInvalidScorecard, `factor "years" is missing`},
		{"number out of range", func() error { return e(card.Evaluate(years(decimal.New(1, 41)))) }, score.ErrInvalidScorecard, `factor "years" value 1e41 is out of range`},
		{"below first band", func() error { return e(card.Evaluate(years(d("-3")))) }, score.ErrInvalidScorecard, "value -3 is below its first band"},
		{"unknown factor", func() error {
			return e(card.Evaluate(score.Applicant{Numbers: map[string]decimal.Decimal{"years": one, "yeras": one}}))
		}, score.ErrInvalidScorecard, `unknown factor "yeras"`},
		{"category of a banded factor", func() error {
			return e(card.Evaluate(score.Applicant{Categories: map[string]string{"years": "ten"}}))
		}, score.ErrInvalidScorecard, `factor "years" given as the wrong kind`},
		{"additive weight not 1", func() error {
			c := card
			c.Additive = true
			c.Factors = []score.Factor{{Name: "years", Weight: d("0.5"), Bands: card.Factors[0].Bands}}
			return c.Validate()
		}, score.ErrInvalidScorecard, `factor "years" weight 0.5 on an additive card`},
		{"specials without bands", func() error {
			c := score.Scorecard{Factors: []score.Factor{{Name: "kind", Weight: one, Categories: map[string]decimal.Decimal{"a": one},
				Specials: []score.Special{{Value: neg, Points: one}}}}}
			return c.Validate()
		}, score.ErrInvalidScorecard, `factor "kind" has specials but no bands`},
		{"repeated special", func() error {
			c := card
			c.Factors = []score.Factor{card.Factors[0]}
			c.Factors[0].Specials = []score.Special{{Value: neg, Points: one}, {Value: d("-1.0"), Points: zero}}
			return c.Validate()
		}, score.ErrInvalidScorecard, `factor "years" special value -1 is repeated`},
		{"special out of range", func() error {
			c := card
			c.Factors = []score.Factor{card.Factors[0]}
			c.Factors[0].Specials = []score.Special{{Value: huge.Shift(20), Points: one}}
			return c.Validate()
		}, score.ErrInvalidScorecard, `factor "years" special 0 value`},
		// Learning: data, the fit, validation and monitoring.
		{"column of another length", func() error {
			return e(score.BinColumn(score.Column{Name: "age", Numbers: []float64{1}}, []bool{true, false}, score.BinOptions{}))
		}, score.ErrInvalidData, `characteristic "age" has 1 values for 2 outcomes`},
		{"no bads", func() error {
			return e(score.BinColumn(score.Column{Name: "age", Numbers: []float64{1, 2}}, []bool{false, false}, score.BinOptions{}))
		}, score.ErrInvalidData, `characteristic "age": the sample has 2 goods and 0 bads`},
		{"learn without data", func() error { return e(score.Learn(score.Sample{}, score.LearnOptions{})) }, score.ErrInvalidData, "no characteristic is left"},
		{"fit: separation", func() error {
			return e(score.FitLogistic([][]float64{{1, 2, 3, 4}}, []bool{false, false, true, true}, score.FitOptions{}))
		}, score.ErrSeparation, "reaches 0 or 1"},
		{"fit: singular", func() error {
			return e(score.FitLogistic([][]float64{{1, 1, 1, 1}}, []bool{false, true, false, true}, score.FitOptions{}))
		}, score.ErrSingularDesign, "column 1 is a linear combination"},
		{"fit: not converged", func() error {
			return e(score.FitLogistic([][]float64{{1, 2, 3, 4, 5}}, []bool{false, true, false, true, true}, score.FitOptions{MaxIterations: 1}))
		}, score.ErrNotConverged, "after 1 steps"},
		{"fit: lengths", func() error {
			return e(score.FitLogistic([][]float64{{1}}, []bool{false, true}, score.FitOptions{}))
		}, score.ErrInvalidData, "column 0 has 1 values for 2 outcomes"},
		{"measure: lengths", func() error { return e(score.Measure(score.Holdout{Scores: []float64{1}})) }, score.ErrInvalidData, "1 scores for 0 outcomes"},
		{"stability: lengths", func() error { return e(score.StabilityIndex([]int{1}, []int{1, 2}, nil)) }, score.ErrInvalidData, "1 expected and 2 actual counts"},
		{"read sample: no outcome", func() error { return e(score.ReadSample(strings.NewReader("a,b\n1,2\n"), "y", "1")) }, score.ErrInvalidData, `no outcome column "y"`},
		// Grades.
		{"score below every grade", func() error { return e(grades.Grade(d("100"))) }, score.ErrUnknownGrade, "score 100"},
		{"unknown grade", func() error { return e(grades.Lookup("Z")) }, score.ErrUnknownGrade, `"Z"`},
		{"empty table", func() error { return e(score.GradeTable{}.Grade(one)) }, score.ErrUnknownGrade, "empty grade table"},
		{"overlapping grades", func() error { return e(score.GradeTable{grades[0], grades[0]}.Grade(one)) }, score.ErrUnknownGrade, `grades "A" and "A" overlap`},
		{"score with extreme exponent", func() error { return e(grades.Grade(decimal.New(1, -2_000_000_000))) }, score.ErrUnknownGrade, "score 1e-2000000000 is out of range"},
		// Altman and ratios: the model and the denominators.
		{"unknown Z model", func() error { return e(score.AltmanZ(fin, score.ZModel(9))) }, score.ErrUnknownZModel, "ZModel 9"},
		{"zero total assets", func() error {
			return e(score.AltmanZ(withFin(func(f *score.Financials) { f.TotalAssets = zero }), score.Public))
		}, score.ErrInvalidFinancials, "TotalAssets 0"},
		{"zero liabilities", func() error {
			return e(score.AltmanZ(withFin(func(f *score.Financials) { f.TotalLiabilities = zero }), score.Public))
		}, score.ErrInvalidFinancials, "TotalLiabilities 0"},
		{"current ratio", func() error {
			return e(withFin(func(f *score.Financials) { f.CurrentLiabilities = zero }).CurrentRatio())
		}, score.ErrInvalidFinancials, "CurrentLiabilities 0"},
		{"interest cover", func() error {
			return e(withFin(func(f *score.Financials) { f.InterestExpense = neg }).InterestCover())
		}, score.ErrInvalidFinancials, "InterestExpense -1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			require.Error(t, err)
			require.True(t, errors.Is(err, tc.want), "%v is not %v", err, tc.want)
			require.Contains(t, err.Error(), tc.msg)
		})
	}
}

// TestSentinelsDistinct: each sentinel is its own kind.
func TestSentinelsDistinct(t *testing.T) {
	all := []error{score.ErrInvalidScaling, score.ErrInvalidFinancials, score.ErrUnknownZModel, score.ErrInvalidScorecard, score.ErrUnknownGrade,
		score.ErrInvalidData, score.ErrSeparation, score.ErrSingularDesign, score.ErrNotConverged}
	for i, a := range all {
		for j, b := range all {
			require.Equal(t, i == j, errors.Is(a, b), "%v vs %v", a, b)
		}
	}
}
