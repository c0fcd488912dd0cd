package score

import (
	"math"
	"testing"

	"github.com/receivables-go/receivables/internal/decfuzz"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// errOf drops a result and keeps the error.
func errOf[T any](_ T, err error) error { return err }

// decimalEntries lists every decimal input of every exported entry point
// of the package (issue 25: each one is range-checked with
// money.CheckRange before any arithmetic or comparison).
func decimalEntries() []decfuzz.Entry {
	base := Scaling{BaseScore: d("600"), BaseOdds: d("50"), PDO: d("20")}
	scaling := func(mod func(*Scaling, decimal.Decimal), call func(Scaling) error) func(decimal.Decimal) error {
		return func(v decimal.Decimal) error {
			s := base
			mod(&s, v)
			return call(s)
		}
	}
	score := func(s Scaling) error { return errOf(s.Score(d("25"))) }
	odds := func(s Scaling) error { return errOf(s.Odds(d("620"))) }
	fromPD := func(s Scaling) error { return errOf(s.ScoreFromPD(d("0.02"))) }
	setBaseScore := func(s *Scaling, v decimal.Decimal) { s.BaseScore = v }
	setBaseOdds := func(s *Scaling, v decimal.Decimal) { s.BaseOdds = v }
	setPDO := func(s *Scaling, v decimal.Decimal) { s.PDO = v }

	fin := Financials{WorkingCapital: d("200"), RetainedEarnings: d("300"), EBIT: d("150"), MarketValueEquity: d("800"),
		BookValueEquity: d("500"), Sales: d("1200"), TotalAssets: d("1000"), TotalLiabilities: d("400"),
		CurrentAssets: d("450"), CurrentLiabilities: d("250"), Inventory: d("150"), InterestExpense: d("30"),
		NetIncome: d("90"), IntangibleAssets: d("100")}
	financials := func(mod func(*Financials, decimal.Decimal), call func(Financials) error) func(decimal.Decimal) error {
		return func(v decimal.Decimal) error {
			f := fin
			mod(&f, v)
			return call(f)
		}
	}
	altman := func(m ZModel) func(Financials) error { return func(f Financials) error { return errOf(AltmanZ(f, m)) } }

	grades := func(mod func(*Grade, decimal.Decimal)) func(decimal.Decimal) error {
		return func(v decimal.Decimal) error {
			t := GradeTable{{Name: "A", MinScore: d("700"), Limit: d("100000")}, {Name: "B", MinScore: d("600"), Limit: d("50000")}}
			mod(&t[1], v)
			return errOf(t.Grade(d("650")))
		}
	}
	scorecard := func(mod func(*Scorecard, decimal.Decimal)) func(decimal.Decimal) error {
		return func(v decimal.Decimal) error {
			c := card()
			c.Factors[1].Bands[2].To = at("1000")
			mod(&c, v)
			return errOf(c.Evaluate(Applicant{Numbers: nums("years in business", "4", "days beyond terms", "12"), Categories: cats("industry", "high")}))
		}
	}

	return []decfuzz.Entry{
		// Scaling.Score, Odds and ScoreFromPD: the scaling and the input.
		{Field: "BaseScore", Call: scaling(setBaseScore, score)}, {Field: "BaseOdds", Call: scaling(setBaseOdds, score)}, {Field: "PDO", Call: scaling(setPDO, score)},
		{Field: "odds", Call: func(v decimal.Decimal) error { return errOf(base.Score(v)) }},
		{Field: "BaseScore", Call: scaling(setBaseScore, odds)}, {Field: "BaseOdds", Call: scaling(setBaseOdds, odds)}, {Field: "PDO", Call: scaling(setPDO, odds)},
		{Field: "score", Call: func(v decimal.Decimal) error { return errOf(base.Odds(v)) }},
		{Field: "BaseScore", Call: scaling(setBaseScore, fromPD)}, {Field: "BaseOdds", Call: scaling(setBaseOdds, fromPD)}, {Field: "PDO", Call: scaling(setPDO, fromPD)},
		{Field: "probability of default", Call: func(v decimal.Decimal) error { return errOf(base.ScoreFromPD(v)) }},
		// Financial ratios.
		{Field: "CurrentAssets", Call: financials(func(f *Financials, v decimal.Decimal) { f.CurrentAssets = v }, func(f Financials) error { return errOf(f.CurrentRatio()) })},
		{Field: "CurrentLiabilities", Call: financials(func(f *Financials, v decimal.Decimal) { f.CurrentLiabilities = v }, func(f Financials) error { return errOf(f.CurrentRatio()) })},
		{Field: "CurrentAssets", Call: financials(func(f *Financials, v decimal.Decimal) { f.CurrentAssets = v }, func(f Financials) error { return errOf(f.QuickRatio()) })},
		{Field: "Inventory", Call: financials(func(f *Financials, v decimal.Decimal) { f.Inventory = v }, func(f Financials) error { return errOf(f.QuickRatio()) })},
		{Field: "CurrentLiabilities", Call: financials(func(f *Financials, v decimal.Decimal) { f.CurrentLiabilities = v }, func(f Financials) error { return errOf(f.QuickRatio()) })},
		{Field: "TotalLiabilities", Call: financials(func(f *Financials, v decimal.Decimal) { f.TotalLiabilities = v }, func(f Financials) error { return errOf(f.DebtToEquity()) })},
		{Field: "BookValueEquity", Call: financials(func(f *Financials, v decimal.Decimal) { f.BookValueEquity = v }, func(f Financials) error { return errOf(f.DebtToEquity()) })},
		{Field: "EBIT", Call: financials(func(f *Financials, v decimal.Decimal) { f.EBIT = v }, func(f Financials) error { return errOf(f.InterestCover()) })},
		{Field: "InterestExpense", Call: financials(func(f *Financials, v decimal.Decimal) { f.InterestExpense = v }, func(f Financials) error { return errOf(f.InterestCover()) })},
		{Field: "NetIncome", Call: financials(func(f *Financials, v decimal.Decimal) { f.NetIncome = v }, func(f Financials) error { return errOf(f.NetMargin()) })},
		{Field: "Sales", Call: financials(func(f *Financials, v decimal.Decimal) { f.Sales = v }, func(f Financials) error { return errOf(f.NetMargin()) })},
		{Field: "BookValueEquity", Call: financials(func(f *Financials, v decimal.Decimal) { f.BookValueEquity = v }, func(f Financials) error { return errOf(f.TangibleNetWorth()) })},
		{Field: "IntangibleAssets", Call: financials(func(f *Financials, v decimal.Decimal) { f.IntangibleAssets = v }, func(f Financials) error { return errOf(f.TangibleNetWorth()) })},
		// AltmanZ: every figure it reads (public and private models).
		{Field: "WorkingCapital", Call: financials(func(f *Financials, v decimal.Decimal) { f.WorkingCapital = v }, altman(Public))},
		{Field: "RetainedEarnings", Call: financials(func(f *Financials, v decimal.Decimal) { f.RetainedEarnings = v }, altman(Public))},
		{Field: "EBIT", Call: financials(func(f *Financials, v decimal.Decimal) { f.EBIT = v }, altman(Public))},
		{Field: "MarketValueEquity", Call: financials(func(f *Financials, v decimal.Decimal) { f.MarketValueEquity = v }, altman(Public))},
		{Field: "BookValueEquity", Call: financials(func(f *Financials, v decimal.Decimal) { f.BookValueEquity = v }, altman(Private))},
		{Field: "Sales", Call: financials(func(f *Financials, v decimal.Decimal) { f.Sales = v }, altman(Public))},
		{Field: "TotalAssets", Call: financials(func(f *Financials, v decimal.Decimal) { f.TotalAssets = v }, altman(NonManufacturing))},
		{Field: "TotalLiabilities", Call: financials(func(f *Financials, v decimal.Decimal) { f.TotalLiabilities = v }, altman(EmergingMarkets))},
		// GradeTable.Grade: the table and the score.
		{Field: "MinScore", Call: grades(func(g *Grade, v decimal.Decimal) { g.MinScore = v })},
		{Field: "Limit", Call: grades(func(g *Grade, v decimal.Decimal) { g.Limit = v })},
		{Field: "Multiplier", Call: grades(func(g *Grade, v decimal.Decimal) { g.Multiplier = v })},
		{Field: "score", Call: func(v decimal.Decimal) error { return errOf(GradeTable{{Name: "A", MinScore: d("600")}}.Grade(v)) }},
		// Scorecard.Evaluate (and Validate): the card and the applicant.
		{Field: `factor "industry" weight`, Call: scorecard(func(c *Scorecard, v decimal.Decimal) { c.Factors[2].Weight = v })},
		{Field: `factor "days beyond terms" band 1 from`, Call: scorecard(func(c *Scorecard, v decimal.Decimal) { c.Factors[1].Bands[1].From = &v })},
		{Field: `factor "days beyond terms" band 2 to`, Call: scorecard(func(c *Scorecard, v decimal.Decimal) { c.Factors[1].Bands[2].To = &v })},
		{Field: `factor "days beyond terms" band 0 points`, Call: scorecard(func(c *Scorecard, v decimal.Decimal) { c.Factors[1].Bands[0].Points = v })},
		{Field: `factor "industry" category "low" points`, Call: scorecard(func(c *Scorecard, v decimal.Decimal) {
			c.Factors[2].Categories = map[string]decimal.Decimal{"low": v, "high": d("20")}
		})},
		{Field: `factor "years in business" missing points`, Call: scorecard(func(c *Scorecard, v decimal.Decimal) { c.Factors[0].Missing = &v })},
		{Field: `factor "days beyond terms" value`, Call: func(v decimal.Decimal) error {
			return errOf(card().Evaluate(Applicant{Numbers: map[string]decimal.Decimal{"days beyond terms": v}, Categories: cats("industry", "low")}))
		}},
		{Field: `factor "x" value`, Call: func(v decimal.Decimal) error {
			open := Scorecard{Factors: []Factor{{Name: "x", Weight: d("1"), Bands: []Band{{Points: d("1")}}}}}
			return errOf(open.Evaluate(Applicant{Numbers: map[string]decimal.Decimal{"x": v}}))
		}},
		// Special values (a learned card's "no bureau file" bins): appended
		// last so that the fuzz seeds' entry indices stay where they are.
		{Field: `factor "days beyond terms" special 0 value`, Call: scorecard(func(c *Scorecard, v decimal.Decimal) {
			c.Factors[1].Specials = []Special{{Value: v, Points: d("1")}}
		})},
		{Field: `factor "days beyond terms" special 0 points`, Call: scorecard(func(c *Scorecard, v decimal.Decimal) {
			c.Factors[1].Specials = []Special{{Value: d("-1"), Points: v}}
		})},
	}
}

// suite is the package's range-guard tests (issue 25): an extreme value
// answers one of the package's sentinels saying "out of range" and naming
// the field; an error of an in-range value need not name it (a scorecard
// or grade table fails as a whole).
func suite() decfuzz.Suite {
	return decfuzz.Suite{Entries: decimalEntries(), Phrase: "out of range", Want: decfuzz.Unnamed,
		Accept: decfuzz.OneOf(ErrInvalidScaling, ErrInvalidFinancials, ErrUnknownZModel, ErrInvalidScorecard, ErrUnknownGrade)}
}

// Every decimal input answers an extreme value with one of the package's
// sentinels, an error naming the field, quickly, and a short message
// (issue 25). On the old code the 41-digit values and 1e±41 were accepted
// (its own guard allowed 100 digits), and a negative weight, odds or
// denominator of −7e(2³¹−1) was printed in full: billions of digits.
func TestExtremeDecimalsNamed(t *testing.T) { suite().CheckExtremes(t) }

// Grades' terms are bounded like every day count of the library.
func TestGradeTermsDaysBounded(t *testing.T) {
	for _, days := range []int{math.MaxInt, -1} {
		_, err := GradeTable{{Name: "A", MinScore: d("0"), TermsDays: days}}.Grade(d("1"))
		require.ErrorIs(t, err, ErrUnknownGrade)
		require.ErrorContains(t, err, "grade")
	}
}

// FuzzDecimalInputs feeds every decimal input of the package any decimal
// (raw coefficient bytes, full-range exponent; decfuzz.Decimal): no panic,
// an answer within a second, and an error is one of the package's, short,
// and names the field when the value is out of range.
func FuzzDecimalInputs(f *testing.F) {
	s := suite()
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 7}, true, s.MustIndex(`factor "industry" weight`)) // −7e(2³¹−1): printed in full before
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 7}, true, s.MustIndex("odds"))
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 7}, true, s.MustIndex("CurrentLiabilities"))
	f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, false, s.MustIndex("probability of default")) // 1e−2³¹
	f.Add([]byte{0x00, 0x1F, 0x0A, 0xFA, 1}, true, s.MustIndex(`factor "x" value`))        // −1e−10⁸
	f.Add([]byte{0xFD}, true, s.MustIndex(`factor "x" value`))                             // −0.00… small
	f.Add([]byte{0x29, 0, 0, 0, 1}, false, s.MustIndex("score"))                           // 1e41
	f.Fuzz(func(t *testing.T, b []byte, neg bool, which uint8) { s.FuzzDecimal(t, b, neg, which) })
}
