package score

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// FuzzScorecard feeds arbitrary values to a scorecard: no panic, and an
// accepted evaluation's score lies between the worst and best weighted
// points, with reasons only for factors that lost points. The numbers
// come as text so that the seed corpus (testdata/fuzz/FuzzScorecard) kept
// its shape when Evaluate moved to decimals (issue 19): text that is not a
// decimal leaves the factor out (missing). FuzzDecimalInputs drives the
// full decimal range.
func FuzzScorecard(f *testing.F) {
	f.Add("4", "12", "high")
	f.Add("", "-999", "low")
	f.Add("1e99999", "NaN", "")
	f.Add("4", "-3", " HIGH ")
	f.Fuzz(func(t *testing.T, years, late, industry string) {
		in := Applicant{Numbers: map[string]decimal.Decimal{}, Categories: map[string]string{"industry": industry}}
		for name, text := range map[string]string{"years in business": years, "days beyond terms": late} {
			if v, err := decimal.NewFromString(text); err == nil && len(text) < 100 {
				in.Numbers[name] = v
			}
		}
		r, err := card().Evaluate(in)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidScorecard)
			require.Less(t, len(err.Error()), 300)
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
