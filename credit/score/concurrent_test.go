package score

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestScoreConcurrent calls every entry point from many goroutines on
// shared inputs; run with -race. Results must equal the sequential ones.
func TestScoreConcurrent(t *testing.T) {
	s, f, c, g := usual(), sampleFinancials(), card(), grades()
	inputs := Applicant{Numbers: nums("years in business", "4", "days beyond terms", "12"), Categories: cats("industry", "high")}
	type result struct {
		points, odds, pdScore, ratio, grade any
		z                                   ZScore
		card                                ScoreResult
	}
	run := func() result {
		var r result
		var err error
		r.points, err = s.Score(d("75"))
		require.NoError(t, err)
		r.odds, err = s.Odds(d("611"))
		require.NoError(t, err)
		r.pdScore, err = s.ScoreFromPD(d("0.03"))
		require.NoError(t, err)
		r.z, err = AltmanZ(f, Private)
		require.NoError(t, err)
		r.ratio, err = f.QuickRatio()
		require.NoError(t, err)
		r.card, err = c.Evaluate(inputs)
		require.NoError(t, err)
		r.grade, err = g.Grade(r.card.Score)
		require.NoError(t, err)
		return r
	}
	want := run()
	results := make([]result, 16)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = run()
		}()
	}
	wg.Wait()
	for _, got := range results {
		assert.Equal(t, want, got)
	}
}
