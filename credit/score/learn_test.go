package score

import (
	"math"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// applicant is row i of a sample as an Applicant of the learned card.
func applicant(m *Model, s Sample, i int) (Applicant, Row) {
	a := Applicant{Numbers: map[string]decimal.Decimal{}, Categories: map[string]string{}}
	var r Row
	for _, ch := range m.Characteristics {
		col, _ := s.Column(ch.Binning.Name)
		if col.Categories != nil {
			a.Categories[col.Name] = col.Categories[i]
			r.Categories = append(r.Categories, col.Categories[i])
			r.Numbers = append(r.Numbers, 0)
		} else {
			if !math.IsNaN(col.Numbers[i]) {
				a.Numbers[col.Name] = decimal.NewFromFloat(col.Numbers[i])
			}
			r.Numbers = append(r.Numbers, col.Numbers[i])
			r.Categories = append(r.Categories, "")
		}
	}
	return a, r
}

func TestLearnGerman(t *testing.T) {
	s := loadGerman(t)
	m, err := Learn(s, LearnOptions{})
	require.NoError(t, err)
	require.NoError(t, m.Card.Validate())
	require.NotEmpty(t, m.Characteristics)
	for _, sel := range m.Selection {
		if !sel.Selected {
			assert.NotEmpty(t, sel.Reason, sel.Name)
		}
	}
	for _, ch := range m.Characteristics {
		assert.Negative(t, ch.Coefficient, ch.Binning.Name)
	}
	// The rounding error is at most half a point per characteristic.
	assert.LessOrEqual(t, m.RoundingMaxError, int64(len(m.Characteristics)/2))
	t.Logf("%d characteristics, rounding error at most %d", len(m.Characteristics), m.RoundingMaxError)
	// Card, Scorer and Scores agree on every applicant.
	scorer := m.Scorer()
	scores, err := m.Scores(s)
	require.NoError(t, err)
	for i := range s.Len() {
		a, row := applicant(m, s, i)
		r, err := m.Card.Evaluate(a)
		require.NoError(t, err, i)
		fast, err := scorer.Score(row)
		require.NoError(t, err)
		require.Equal(t, strconv.FormatInt(fast, 10), r.Score.String(), i)
		require.Equal(t, float64(fast), scores[i])
	}
	// The card's points follow the fit: a higher score, a lower PD, and
	// the mean PD over the sample near its bad rate (0.3).
	pd := 0.0
	for _, v := range scores {
		pd += m.PD(v)
	}
	assert.InDelta(t, 0.3, pd/float64(len(scores)), 0.01)
	assert.Greater(t, m.PD(500), m.PD(600))
	assert.InDelta(t, 1.0/51, m.PD(600), 1e-9, "600 points is 50:1")
}

// Reason codes of a learned card are ranked by points lost against the
// best bin, as on a hand-written one.
func TestLearnedReasons(t *testing.T) {
	s := loadGerman(t)
	m, err := Learn(s, LearnOptions{MaxReasons: 2})
	require.NoError(t, err)
	a, _ := applicant(m, s, 1)
	r, err := m.Card.Evaluate(a)
	require.NoError(t, err)
	require.Len(t, r.Reasons, 2)
	var lost []decimal.Decimal
	for _, name := range r.Reasons {
		for _, fs := range r.Factors {
			if fs.Name == name {
				lost = append(lost, fs.Lost)
			}
		}
	}
	assert.True(t, lost[0].GreaterThanOrEqual(lost[1]))
	for _, fs := range r.Factors {
		assert.True(t, fs.Lost.LessThanOrEqual(lost[0]), fs.Name)
	}
}

// With one characteristic the fit is saturated: each bin's fitted odds
// are its own good:bad odds (intercept ln(B/G), coefficient −1), so the
// unrounded score of a bin is 600 + 20 × log2(odds / 50). Bins A (8 good,
// 2 bad: odds 4), B (6, 4: 1.5) and C (3, 3: 1) score 527.1229,
// 498.8221 and 487.1229 (600 + 20·log2(4/50) and so on), and on the card
// 527, 499, 487.
func TestLearnScalingByHand(t *testing.T) {
	var vals []string
	var bad []bool
	repeat("A", 8, 2, &vals, &bad)
	repeat("B", 6, 4, &vals, &bad)
	repeat("C", 3, 3, &vals, &bad)
	s := Sample{Columns: []Column{{Name: "level", Categories: vals}}, Bad: bad}
	m, err := Learn(s, LearnOptions{Bin: BinOptions{MinBinShare: -1}, Select: SelectOptions{MinIV: -1}})
	require.NoError(t, err)
	require.Len(t, m.Characteristics, 1)
	assert.InDelta(t, math.Log(9.0/17), m.Fit.Coefficients[0], 1e-9)
	assert.InDelta(t, -1, m.Fit.Coefficients[1], 1e-9)
	ch := m.Characteristics[0]
	want := map[string]float64{"A": 600 + 20*math.Log2(4.0/50), "B": 600 + 20*math.Log2(1.5/50), "C": 600 + 20*math.Log2(1.0/50)}
	card := map[string]int64{"A": 527, "B": 499, "C": 487}
	for k, bin := range ch.Binning.Bins {
		l := bin.Categories[0]
		assert.InDelta(t, want[l], m.BasePoints+ch.Unrounded[k], 1e-9, l)
		assert.Equal(t, card[l], ch.Points[k], l)
		r, err := m.Card.Evaluate(Applicant{Categories: map[string]string{"level": l}})
		require.NoError(t, err)
		requireDecimal(t, strconv.FormatInt(card[l], 10), r.Score)
	}
	assert.InDelta(t, 527.1229, want["A"], 1e-4)
	assert.InDelta(t, 498.8221, want["B"], 1e-4)
	assert.Equal(t, int64(0), m.RoundingMaxError)
	// Categories are matched exactly on a learned card.
	_, err = m.Card.Evaluate(Applicant{Categories: map[string]string{"level": "a"}})
	assert.ErrorIs(t, err, ErrInvalidScorecard)
}

// Special values and missing values get points of their own on the card.
func TestLearnSpecialAndMissing(t *testing.T) {
	var x []float64
	var bad []bool
	for i := range 400 {
		v := float64(i % 40)
		switch {
		case i%10 == 3:
			v = -1 // no bureau file
		case i%10 == 7:
			v = math.NaN()
		}
		x = append(x, v)
		bad = append(bad, (i%40 < 15 && i%3 == 0) || i%10 == 3 && i%20 == 3 || i%11 == 0)
	}
	s := Sample{Columns: []Column{{Name: "months on book", Numbers: x, Special: []float64{-1}}}, Bad: bad}
	m, err := Learn(s, LearnOptions{Select: SelectOptions{MinIV: -1}})
	require.NoError(t, err)
	f := m.Card.Factors[0]
	require.Len(t, f.Specials, 1)
	requireDecimal(t, "-1", f.Specials[0].Value)
	require.NotNil(t, f.Missing)
	assert.Nil(t, f.Bands[0].From)
	scorer := m.Scorer()
	for _, v := range []float64{-1, 0, 5, 20, 39, 100} {
		r, err := m.Card.Evaluate(Applicant{Numbers: map[string]decimal.Decimal{"months on book": decimal.NewFromFloat(v)}})
		require.NoError(t, err)
		fast, err := scorer.Score(Row{Numbers: []float64{v}})
		require.NoError(t, err)
		requireDecimal(t, strconv.FormatInt(fast, 10), r.Score, v)
	}
	r, err := m.Card.Evaluate(Applicant{})
	require.NoError(t, err)
	assert.True(t, r.Factors[0].Missing)
	fast, err := scorer.Score(Row{Numbers: []float64{math.NaN()}})
	require.NoError(t, err)
	requireDecimal(t, strconv.FormatInt(fast, 10), r.Score)
	_, err = scorer.Score(Row{})
	assert.ErrorIs(t, err, ErrInvalidScorecard)
}

func TestLearnErrors(t *testing.T) {
	s := loadGerman(t)
	// Nothing reaches an IV of 10.
	_, err := Learn(s, LearnOptions{Select: SelectOptions{MinIV: 10}})
	assert.ErrorIs(t, err, ErrInvalidData)
	_, err = Learn(s, LearnOptions{Scaling: Scaling{BaseScore: d("600"), BaseOdds: d("50")}})
	assert.ErrorIs(t, err, ErrInvalidScaling)
	_, err = Learn(Sample{Columns: []Column{{Name: "x"}}, Bad: []bool{true}}, LearnOptions{})
	assert.ErrorIs(t, err, ErrInvalidData)
	_, err = Learn(s, LearnOptions{Fit: FitOptions{MaxIterations: 1}})
	assert.ErrorIs(t, err, ErrNotConverged)

	m, err := Learn(s, LearnOptions{})
	require.NoError(t, err)
	_, err = m.Scores(Sample{Bad: s.Bad})
	assert.ErrorIs(t, err, ErrInvalidData)
	short := s.Subset([]int{0, 1})
	short.Bad = s.Bad[:3]
	_, err = m.Scores(short)
	assert.ErrorIs(t, err, ErrInvalidData)
	other := s.Subset([]int{0})
	for j := range other.Columns {
		if other.Columns[j].Categories != nil {
			other.Columns[j].Categories[0] = "unheard of"
		}
	}
	_, err = m.Scores(other)
	assert.ErrorIs(t, err, ErrInvalidData)
	assert.Contains(t, err.Error(), `"unheard of"`)
	_, err = m.Drift(s, other)
	assert.ErrorIs(t, err, ErrInvalidData)
	_, err = m.Drift(other, s)
	assert.ErrorIs(t, err, ErrInvalidData)
	_, err = Select(m.Binnings, nil, SelectOptions{})
	assert.ErrorIs(t, err, ErrInvalidData)
}

func TestSelect(t *testing.T) {
	s := loadGerman(t)
	m, err := Learn(s, LearnOptions{Select: SelectOptions{MaxCorrelation: 0.3}})
	require.NoError(t, err)
	reasons := map[string]string{}
	for _, sel := range m.Selection {
		reasons[sel.Name] = sel.Reason
	}
	assert.Equal(t, "one bin", reasons["foreign_worker"])
	assert.Contains(t, reasons["job"], "below 0.02")
	assert.Contains(t, reasons["credit_amount"], "correlation")
	assert.Contains(t, reasons["credit_amount"], "with duration_in_month")
	assert.Empty(t, reasons["status_of_existing_checking_account"])
}
