package score

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func card() Scorecard {
	missing := d("20")
	return Scorecard{Factors: []Factor{
		{Name: "years in business", Weight: d("30"), Bands: []Band{{d("0"), d("10")}, {d("2"), d("50")}, {d("10"), d("100")}}, Missing: &missing},
		{Name: "days beyond terms", Weight: d("40"), Bands: []Band{{d("-999"), d("100")}, {d("5"), d("70")}, {d("30"), d("20")}}},
		{Name: "industry", Weight: d("30"), Categories: map[string]decimal.Decimal{"low": d("100"), "medium": d("60"), "high": d("20")}},
	}}
}

func TestScorecard(t *testing.T) {
	// 4 years → 50 points × .3 = 15 (lost 50 × .3 = 15);
	// 12 days beyond terms → 70 × .4 = 28 (lost 12);
	// industry high → 20 × .3 = 6 (lost 24). Score 15 + 28 + 6 = 49.
	// Reasons by points lost: industry (24), years (15), days (12).
	r, err := card().Evaluate(map[string]string{"years in business": "4", "days beyond terms": "12", "industry": "high"})
	require.NoError(t, err)
	requireDecimal(t, "49", r.Score)
	require.Equal(t, []string{"industry", "years in business", "days beyond terms"}, r.Reasons)
	requireDecimal(t, "24", r.Factors[2].Lost)

	// Missing years: 20 points; the best card loses nothing and gives no reason.
	r, err = card().Evaluate(map[string]string{"days beyond terms": "0", "industry": "low"})
	require.NoError(t, err)
	require.True(t, r.Factors[0].Missing)
	requireDecimal(t, "76", r.Score) // 20×.3 + 100×.4 + 100×.3 = 6 + 40 + 30
	require.Equal(t, []string{"years in business"}, r.Reasons)

	for _, tt := range []struct {
		name   string
		card   Scorecard
		inputs map[string]string
		text   string
	}{
		{"weights", Scorecard{Factors: []Factor{{Name: "a", Weight: d("0.5"), Categories: map[string]decimal.Decimal{"x": d("1")}}}}, nil, "not 1 or 100"},
		{"overlap", Scorecard{Factors: []Factor{{Name: "a", Weight: d("1"), Bands: []Band{{d("5"), d("1")}, {d("5"), d("2")}}}}}, nil, "overlaps"},
		{"no bands", Scorecard{Factors: []Factor{{Name: "a", Weight: d("1")}}}, nil, "neither"},
		{"repeated", Scorecard{Factors: []Factor{{Name: "a", Weight: d("0.5"), Categories: map[string]decimal.Decimal{"x": d("1")}}, {Name: "a", Weight: d("0.5"), Categories: map[string]decimal.Decimal{"x": d("1")}}}}, nil, "repeated"},
		{"negative weight", Scorecard{Factors: []Factor{{Name: "a", Weight: d("-1"), Categories: map[string]decimal.Decimal{"x": d("1")}}}}, nil, "negative"},
		{"empty", Scorecard{}, nil, "no factors"},
		{"missing", card(), map[string]string{"years in business": "4", "industry": "high"}, `"days beyond terms" is missing`},
		{"category", card(), map[string]string{"days beyond terms": "1", "industry": "huge"}, `no category "huge"`},
		{"number", card(), map[string]string{"days beyond terms": "soon", "industry": "low"}, "not a number"},
		{"below", card(), map[string]string{"days beyond terms": "-5000", "industry": "low"}, "below its first band"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.card.Evaluate(tt.inputs)
			require.ErrorIs(t, err, ErrInvalidScorecard)
			require.ErrorContains(t, err, tt.text)
		})
	}
}
