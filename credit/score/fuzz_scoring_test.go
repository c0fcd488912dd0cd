package score

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// FuzzScorecard feeds arbitrary values to a scorecard: no panic, and an
// accepted evaluation's score lies between the worst and best weighted
// points, with reasons only for factors that lost points.
func FuzzScorecard(f *testing.F) {
	f.Add("4", "12", "high")
	f.Add("", "-999", "low")
	f.Add("1e99999", "NaN", "")
	f.Fuzz(func(t *testing.T, years, late, industry string) {
		r, err := card().Evaluate(map[string]string{"years in business": years, "days beyond terms": late, "industry": industry})
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidScorecard)
			return
		}
		require.True(t, r.Score.GreaterThanOrEqual(decimal.NewFromInt(6)) && r.Score.LessThanOrEqual(decimal.NewFromInt(100)), r.Score.String())
		for _, fs := range r.Factors {
			if !fs.Lost.IsPositive() {
				require.NotContains(t, r.Reasons, fs.Name)
			}
		}
	})
}
