package score

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/receivables-go/receivables/internal/decfuzz"
	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// decimalEntry is one decimal input of one entry point: the field its
// error must name, and a call with v in that field and every other input
// good.
type decimalEntry struct {
	field string
	call  func(v decimal.Decimal) error
}

// errOf drops a result and keeps the error.
func errOf[T any](_ T, err error) error { return err }

// sentinels are the errors the package's entry points may return.
var sentinels = []error{ErrInvalidScaling, ErrInvalidFinancials, ErrUnknownZModel, ErrInvalidScorecard, ErrUnknownGrade}

func isSentinel(err error) bool {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

// decimalEntries lists every decimal input of every exported entry point
// of the package (issue 25: each one is range-checked with
// money.CheckRange before any arithmetic or comparison).
func decimalEntries() []decimalEntry {
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

	return []decimalEntry{
		// Scaling.Score, Odds and ScoreFromPD: the scaling and the input.
		{"BaseScore", scaling(setBaseScore, score)}, {"BaseOdds", scaling(setBaseOdds, score)}, {"PDO", scaling(setPDO, score)},
		{"odds", func(v decimal.Decimal) error { return errOf(base.Score(v)) }},
		{"BaseScore", scaling(setBaseScore, odds)}, {"BaseOdds", scaling(setBaseOdds, odds)}, {"PDO", scaling(setPDO, odds)},
		{"score", func(v decimal.Decimal) error { return errOf(base.Odds(v)) }},
		{"BaseScore", scaling(setBaseScore, fromPD)}, {"BaseOdds", scaling(setBaseOdds, fromPD)}, {"PDO", scaling(setPDO, fromPD)},
		{"probability of default", func(v decimal.Decimal) error { return errOf(base.ScoreFromPD(v)) }},
		// Financial ratios.
		{"CurrentAssets", financials(func(f *Financials, v decimal.Decimal) { f.CurrentAssets = v }, func(f Financials) error { return errOf(f.CurrentRatio()) })},
		{"CurrentLiabilities", financials(func(f *Financials, v decimal.Decimal) { f.CurrentLiabilities = v }, func(f Financials) error { return errOf(f.CurrentRatio()) })},
		{"CurrentAssets", financials(func(f *Financials, v decimal.Decimal) { f.CurrentAssets = v }, func(f Financials) error { return errOf(f.QuickRatio()) })},
		{"Inventory", financials(func(f *Financials, v decimal.Decimal) { f.Inventory = v }, func(f Financials) error { return errOf(f.QuickRatio()) })},
		{"CurrentLiabilities", financials(func(f *Financials, v decimal.Decimal) { f.CurrentLiabilities = v }, func(f Financials) error { return errOf(f.QuickRatio()) })},
		{"TotalLiabilities", financials(func(f *Financials, v decimal.Decimal) { f.TotalLiabilities = v }, func(f Financials) error { return errOf(f.DebtToEquity()) })},
		{"BookValueEquity", financials(func(f *Financials, v decimal.Decimal) { f.BookValueEquity = v }, func(f Financials) error { return errOf(f.DebtToEquity()) })},
		{"EBIT", financials(func(f *Financials, v decimal.Decimal) { f.EBIT = v }, func(f Financials) error { return errOf(f.InterestCover()) })},
		{"InterestExpense", financials(func(f *Financials, v decimal.Decimal) { f.InterestExpense = v }, func(f Financials) error { return errOf(f.InterestCover()) })},
		{"NetIncome", financials(func(f *Financials, v decimal.Decimal) { f.NetIncome = v }, func(f Financials) error { return errOf(f.NetMargin()) })},
		{"Sales", financials(func(f *Financials, v decimal.Decimal) { f.Sales = v }, func(f Financials) error { return errOf(f.NetMargin()) })},
		{"BookValueEquity", financials(func(f *Financials, v decimal.Decimal) { f.BookValueEquity = v }, func(f Financials) error { return errOf(f.TangibleNetWorth()) })},
		{"IntangibleAssets", financials(func(f *Financials, v decimal.Decimal) { f.IntangibleAssets = v }, func(f Financials) error { return errOf(f.TangibleNetWorth()) })},
		// AltmanZ: every figure it reads (public and private models).
		{"WorkingCapital", financials(func(f *Financials, v decimal.Decimal) { f.WorkingCapital = v }, altman(Public))},
		{"RetainedEarnings", financials(func(f *Financials, v decimal.Decimal) { f.RetainedEarnings = v }, altman(Public))},
		{"EBIT", financials(func(f *Financials, v decimal.Decimal) { f.EBIT = v }, altman(Public))},
		{"MarketValueEquity", financials(func(f *Financials, v decimal.Decimal) { f.MarketValueEquity = v }, altman(Public))},
		{"BookValueEquity", financials(func(f *Financials, v decimal.Decimal) { f.BookValueEquity = v }, altman(Private))},
		{"Sales", financials(func(f *Financials, v decimal.Decimal) { f.Sales = v }, altman(Public))},
		{"TotalAssets", financials(func(f *Financials, v decimal.Decimal) { f.TotalAssets = v }, altman(NonManufacturing))},
		{"TotalLiabilities", financials(func(f *Financials, v decimal.Decimal) { f.TotalLiabilities = v }, altman(EmergingMarkets))},
		// GradeTable.Grade: the table and the score.
		{"MinScore", grades(func(g *Grade, v decimal.Decimal) { g.MinScore = v })},
		{"Limit", grades(func(g *Grade, v decimal.Decimal) { g.Limit = v })},
		{"Multiplier", grades(func(g *Grade, v decimal.Decimal) { g.Multiplier = v })},
		{"score", func(v decimal.Decimal) error { return errOf(GradeTable{{Name: "A", MinScore: d("600")}}.Grade(v)) }},
		// Scorecard.Evaluate (and Validate): the card and the applicant.
		{`factor "industry" weight`, scorecard(func(c *Scorecard, v decimal.Decimal) { c.Factors[2].Weight = v })},
		{`factor "days beyond terms" band 1 from`, scorecard(func(c *Scorecard, v decimal.Decimal) { c.Factors[1].Bands[1].From = &v })},
		{`factor "days beyond terms" band 2 to`, scorecard(func(c *Scorecard, v decimal.Decimal) { c.Factors[1].Bands[2].To = &v })},
		{`factor "days beyond terms" band 0 points`, scorecard(func(c *Scorecard, v decimal.Decimal) { c.Factors[1].Bands[0].Points = v })},
		{`factor "industry" category "low" points`, scorecard(func(c *Scorecard, v decimal.Decimal) {
			c.Factors[2].Categories = map[string]decimal.Decimal{"low": v, "high": d("20")}
		})},
		{`factor "years in business" missing points`, scorecard(func(c *Scorecard, v decimal.Decimal) { c.Factors[0].Missing = &v })},
		{`factor "days beyond terms" value`, func(v decimal.Decimal) error {
			return errOf(card().Evaluate(Applicant{Numbers: map[string]decimal.Decimal{"days beyond terms": v}, Categories: cats("industry", "low")}))
		}},
		{`factor "x" value`, func(v decimal.Decimal) error {
			open := Scorecard{Factors: []Factor{{Name: "x", Weight: d("1"), Bands: []Band{{Points: d("1")}}}}}
			return errOf(open.Evaluate(Applicant{Numbers: map[string]decimal.Decimal{"x": v}}))
		}},
	}
}

// Every decimal input answers an extreme value with one of the package's
// sentinels, an error naming the field, quickly, and a short message
// (issue 25). On the old code the 41-digit values and 1e±41 were accepted
// (its own guard allowed 100 digits), and a negative weight, odds or
// denominator of −7e(2³¹−1) was printed in full: billions of digits.
func TestExtremeDecimalsNamed(t *testing.T) {
	for i, e := range decimalEntries() {
		for _, v := range decfuzz.Extremes() {
			start := time.Now()
			err := e.call(v)
			require.Error(t, err, "entry %d %s = …e%d", i, e.field, v.Exponent())
			require.True(t, isSentinel(err), "%v", err)
			require.Contains(t, err.Error(), e.field, "entry %d", i)
			require.Contains(t, err.Error(), "out of range", "entry %d", i)
			require.Less(t, len(err.Error()), 300)
			require.Less(t, time.Since(start), time.Second)
		}
	}
}

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
	entries := decimalEntries()
	index := func(field string) uint8 {
		for i, e := range entries {
			if e.field == field {
				return uint8(i)
			}
		}
		panic(field)
	}
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 7}, true, index(`factor "industry" weight`)) // −7e(2³¹−1): printed in full before
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 7}, true, index("odds"))
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 7}, true, index("CurrentLiabilities"))
	f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, false, index("probability of default")) // 1e−2³¹
	f.Add([]byte{0x00, 0x1F, 0x0A, 0xFA, 1}, true, index(`factor "x" value`))        // −1e−10⁸
	f.Add([]byte{0xFD}, true, index(`factor "x" value`))                             // −0.00… small
	f.Add([]byte{0x29, 0, 0, 0, 1}, false, index("score"))                           // 1e41
	f.Fuzz(func(t *testing.T, b []byte, neg bool, which uint8) {
		e := entries[int(which)%len(entries)]
		v := decfuzz.Decimal(b, neg)
		start := time.Now()
		err := e.call(v)
		require.Less(t, time.Since(start), time.Second, "%s = …e%d", e.field, v.Exponent())
		if err != nil {
			require.True(t, isSentinel(err), "%v", err)
			require.Less(t, len(err.Error()), 300)
			if !money.InRange(v) {
				require.Contains(t, err.Error(), e.field)
			}
		}
	})
}
