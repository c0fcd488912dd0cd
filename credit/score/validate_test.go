package score

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A hold-out small enough to check by hand: goods score 3, 5, 5, 7 and
// bads 1, 3, 5. Mann–Whitney, good over bad, a tie counting half: the
// good 3 beats bad 1 and ties bad 3 (1.5), each good 5 beats 1 and 3 and
// ties 5 (2.5 each), the good 7 beats all three (3): U = 9.5 of 4 × 3 =
// 12 pairs, AUC = 9.5/12, Gini = 7/12. KS: at or below 1, 3, 5, 7 the
// bads' shares are 1/3, 2/3, 1, 1 and the goods' 0, 1/4, 3/4, 1; the
// largest gap is 2/3 − 1/4 = 5/12, at 3.
func TestMeasureByHand(t *testing.T) {
	h := Holdout{
		Scores: []float64{3, 5, 5, 7, 1, 3, 5},
		Bad:    []bool{false, false, false, false, true, true, true},
		PD:     []float64{0.2, 0.1, 0.1, 0.05, 0.5, 0.3, 0.15},
		Bands:  []float64{4},
	}
	p, err := Measure(h)
	require.NoError(t, err)
	assert.InDelta(t, 9.5/12, p.AUC, 1e-15)
	assert.InDelta(t, 7.0/12, p.Gini, 1e-15)
	assert.InDelta(t, 5.0/12, p.KS, 1e-15)
	assert.Equal(t, 3.0, p.KSScore)
	// Band (−inf, 4): scores 3 (good), 1 and 3 (bad); [4, inf): 5, 5, 7
	// (good), 5 (bad).
	require.Len(t, p.Bands, 2)
	b0, b1 := p.Bands[0], p.Bands[1]
	assert.Equal(t, []int{3, 2, 4, 1}, []int{b0.Count, b0.Bads, b1.Count, b1.Bads})
	assert.InDelta(t, 2.0/3, b0.BadRate, 1e-15)
	assert.InDelta(t, 3.0/7, b0.CumShare, 1e-15)
	assert.InDelta(t, 2.0/3, b0.CumBadShare, 1e-15)
	assert.InDelta(t, 1.0/4, b0.CumGoodShare, 1e-15)
	assert.InDelta(t, (0.2+0.5+0.3)/3, b0.PredictedBadRate, 1e-15)
	assert.InDelta(t, (0.1+0.1+0.05+0.15)/4, b1.PredictedBadRate, 1e-15)
	assert.Equal(t, 1.0, b1.CumShare)
	assert.True(t, math.IsInf(b0.Lower, -1) && b0.Upper == 4 && b1.Lower == 4 && math.IsInf(b1.Upper, 1))

	// A perfect ranking and its reverse.
	p, err = Measure(Holdout{Scores: []float64{1, 2, 3, 4}, Bad: []bool{true, true, false, false}})
	require.NoError(t, err)
	assert.Equal(t, 1.0, p.AUC)
	assert.Equal(t, 1.0, p.KS)
	assert.Equal(t, 2.0, p.KSScore)
	p, err = Measure(Holdout{Scores: []float64{1, 2, 3, 4}, Bad: []bool{false, false, true, true}})
	require.NoError(t, err)
	assert.Equal(t, 0.0, p.AUC)
	assert.Equal(t, -1.0, p.Gini)
	// All tied: AUC one half, no gap.
	p, err = Measure(Holdout{Scores: []float64{5, 5, 5}, Bad: []bool{false, true, false}})
	require.NoError(t, err)
	assert.Equal(t, 0.5, p.AUC)
	assert.Equal(t, 0.0, p.KS)
	assert.True(t, math.IsNaN(p.Bands[0].PredictedBadRate))
}

// AUC equals the Mann–Whitney count over every pair, on scores with many
// ties.
func TestAUCIsMannWhitney(t *testing.T) {
	var scores []float64
	var bad []bool
	for i := range 300 {
		scores = append(scores, float64((i*37)%23))
		bad = append(bad, (i*11)%7 < 2)
	}
	p, err := Measure(Holdout{Scores: scores, Bad: bad})
	require.NoError(t, err)
	u, pairs := 0.0, 0.0
	for i := range scores {
		for j := range scores {
			if bad[i] || !bad[j] {
				continue
			}
			pairs++
			switch {
			case scores[i] > scores[j]:
				u++
			case scores[i] == scores[j]:
				u += 0.5
			}
		}
	}
	assert.InDelta(t, u/pairs, p.AUC, 1e-12)
	assert.Len(t, p.Bands, len(QuantileEdges(scores, 10))+1)
}

func TestMeasureErrors(t *testing.T) {
	for name, h := range map[string]Holdout{
		"length": {Scores: []float64{1}, Bad: []bool{true, false}},
		"pd":     {Scores: []float64{1, 2}, Bad: []bool{true, false}, PD: []float64{0.1}},
		"bands":  {Scores: []float64{1, 2}, Bad: []bool{true, false}, Bands: []float64{3, 2}},
		"repeat": {Scores: []float64{1, 2}, Bad: []bool{true, false}, Bands: []float64{2, 2}},
		"nan":    {Scores: []float64{1, math.NaN()}, Bad: []bool{true, false}},
		"kind":   {Scores: []float64{1, 2}, Bad: []bool{true, true}},
	} {
		_, err := Measure(h)
		assert.ErrorIs(t, err, ErrInvalidData, name)
	}
}

func TestQuantileEdges(t *testing.T) {
	assert.Equal(t, []float64{3, 5, 7, 9}, QuantileEdges([]float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5))
	assert.Equal(t, []float64{2}, QuantileEdges([]float64{1, 1, 2, 2, math.NaN()}, 4))
	assert.Empty(t, QuantileEdges([]float64{1, 1, 1}, 10))
}

// PSI by hand: development shares 0.5, 0.3, 0.2 and current 0.4, 0.4,
// 0.2 give (−0.1)·ln 0.8 + 0.1·ln(4/3) + 0 = 0.051082562377; a band empty
// in the development sample (10, 0 against 5, 5) counts half an
// applicant there, 0.05: (−0.5)·ln 0.5 + 0.45·ln 10 = 1.382736882127.
// From
//
//	awk 'BEGIN{printf "%.12f\n", -0.1*log(0.8)+0.1*log(4/3); printf "%.12f\n", -0.5*log(0.5)+0.45*log(10)}'
func TestStabilityIndexByHand(t *testing.T) {
	d, err := StabilityIndex([]int{50, 30, 20}, []int{40, 40, 20}, []string{"low", "mid", "high"})
	require.NoError(t, err)
	assert.InDelta(t, 0.051082562377, d.Index, 1e-12)
	assert.Equal(t, Stable, d.Reading)
	assert.InDelta(t, 0.022314355131, d.Rows[0].Contribution, 1e-12)
	assert.InDelta(t, 0.028768207245, d.Rows[1].Contribution, 1e-12)
	assert.Equal(t, "mid", d.Rows[1].Label)
	d, err = StabilityIndex([]int{10, 0}, []int{5, 5}, nil)
	require.NoError(t, err)
	assert.InDelta(t, 1.382736882127, d.Index, 1e-12)
	assert.Equal(t, Act, d.Reading)
	assert.Equal(t, 0.05, d.Rows[1].ExpectedShare)
	assert.Equal(t, "1", d.Rows[1].Label)
	// Same distribution: zero.
	d, err = StabilityIndex([]int{10, 20}, []int{20, 40}, nil)
	require.NoError(t, err)
	assert.InDelta(t, 0, d.Index, 1e-15)

	assert.Equal(t, Stable, ReadIndex(0.0999))
	assert.Equal(t, Watch, ReadIndex(0.1))
	assert.Equal(t, Watch, ReadIndex(0.25))
	assert.Equal(t, Act, ReadIndex(0.2501))
	assert.Equal(t, "watch", Watch.String())
	assert.Equal(t, "Reading(7)", Reading(7).String())

	for name, c := range map[string][2][]int{
		"length": {{1, 2}, {1}}, "empty": {{}, {}}, "negative": {{1, -1}, {1, 1}}, "zero": {{0, 0}, {1, 1}},
	} {
		_, err := StabilityIndex(c[0], c[1], nil)
		assert.ErrorIs(t, err, ErrInvalidData, name)
	}
	_, err = StabilityIndex([]int{1}, []int{1}, []string{"a", "b"})
	assert.ErrorIs(t, err, ErrInvalidData)
}

// The learned card on German credit: the development sample is stable
// against itself, and a sample of the longest loans (30 months and more)
// drifts beyond 0.25.
func TestModelDrift(t *testing.T) {
	s := loadGerman(t)
	m, err := Learn(s, LearnOptions{})
	require.NoError(t, err)
	r, err := m.Drift(s, s)
	require.NoError(t, err)
	assert.InDelta(t, 0, r.PSI.Index, 1e-15)
	assert.Equal(t, "score", r.PSI.Name)
	require.Len(t, r.CSI, len(m.Characteristics))
	for _, d := range r.CSI {
		assert.InDelta(t, 0, d.Index, 1e-15, d.Name)
	}
	dur, _ := s.Column("duration_in_month")
	var rows []int
	for i, v := range dur.Numbers {
		if v >= 30 {
			rows = append(rows, i)
		}
	}
	r, err = m.Drift(s, s.Subset(rows))
	require.NoError(t, err)
	assert.Equal(t, Act, r.PSI.Reading, r.PSI.Index)
	for _, d := range r.CSI {
		if d.Name == "duration_in_month" {
			assert.Equal(t, Act, d.Reading)
		}
	}
	// Measure on the development sample: a card that ranks.
	scores, err := m.Scores(s)
	require.NoError(t, err)
	pd := make([]float64, len(scores))
	for i, v := range scores {
		pd[i] = m.PD(v)
	}
	p, err := Measure(Holdout{Scores: scores, Bad: s.Bad, PD: pd})
	require.NoError(t, err)
	assert.Greater(t, p.AUC, 0.75)
	assert.InDelta(t, 2*p.AUC-1, p.Gini, 1e-15)
}
