package score

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func usual() Scaling { return Scaling{BaseScore: d("600"), BaseOdds: d("50"), PDO: d("20")} }

func TestScaling(t *testing.T) {
	// Siddiqi (2006) ch. 6: 600 points at 50:1 good:bad, 20 points to
	// double the odds. Score = 600 + 20 × log2(odds / 50):
	// 100:1 → 620; 25:1 → 580; 75:1 → 600 + 20 × 0.5849625… = 611.6993.
	s := usual()
	for odds, want := range map[string]string{"50": "600", "100": "620", "25": "580", "200": "640", "75": "611.6993"} {
		got, err := s.Score(d(odds))
		require.NoError(t, err)
		requireDecimal(t, want, got, "odds", odds)
	}
	for score, want := range map[string]string{"600": "50", "620": "100", "580": "25", "660": "400"} {
		got, err := s.Odds(d(score))
		require.NoError(t, err)
		requireDecimal(t, want, got, "score", score)
	}
	// PD 2% → odds 98:2 = 49 → 600 + 20 × log2(0.98) = 599.4171;
	// PD 10% → 9:1 → 600 + 20 × log2(0.18) = 550.5214. Higher PD, lower score.
	lo, err := s.ScoreFromPD(d("0.10"))
	require.NoError(t, err)
	requireDecimal(t, "550.5214", lo)
	hi, err := s.ScoreFromPD(d("0.02"))
	require.NoError(t, err)
	requireDecimal(t, "599.4171", hi)
	require.True(t, hi.GreaterThan(lo))

	for _, bad := range []Scaling{{BaseScore: d("600"), BaseOdds: d("50")}, {BaseScore: d("600"), BaseOdds: d("0"), PDO: d("20")},
		{BaseScore: d("600"), BaseOdds: d("50"), PDO: d("1e200")}} {
		_, err := bad.Score(d("10"))
		require.ErrorIs(t, err, ErrInvalidScaling)
		_, err = bad.Odds(d("10"))
		require.ErrorIs(t, err, ErrInvalidScaling)
	}
	_, err = s.Score(d("0"))
	require.ErrorIs(t, err, ErrInvalidScaling)
	_, err = s.Score(d("1e-500"))
	require.ErrorIs(t, err, ErrInvalidScaling)
	_, err = s.Odds(d("5000"))
	require.ErrorIs(t, err, ErrInvalidScaling)
	_, err = s.Odds(d("1e500"))
	require.ErrorIs(t, err, ErrInvalidScaling)
	_, err = s.ScoreFromPD(d("1"))
	require.ErrorIs(t, err, ErrInvalidScaling)
	_, err = s.ScoreFromPD(d("0"))
	require.ErrorIs(t, err, ErrInvalidScaling)
}
