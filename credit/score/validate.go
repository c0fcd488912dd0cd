package score

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Holdout is what Measure reads: each applicant's score (higher is
// better) and outcome, optionally the predicted probability of bad for
// the calibration, and the score bands.
type Holdout struct {
	Scores []float64
	Bad    []bool
	// PD is each applicant's predicted probability of bad (Model.PD of
	// the score, say); nil leaves the calibration out (NaN).
	PD []float64
	// Bands are the lower bounds of the score bands after the first, in
	// rising order: band 0 is below Bands[0], band k is [Bands[k-1],
	// Bands[k]). nil means deciles: QuantileEdges(Scores, 10).
	Bands []float64
}

// Performance is how well a score ranks a hold-out sample.
type Performance struct {
	// AUC is the area under the ROC curve: the chance that a good
	// applicant scores above a bad one, a tie counting half — the
	// Mann–Whitney U of goods over bads divided by goods × bads.
	AUC float64
	// Gini is 2 × AUC − 1, the accuracy ratio.
	Gini float64
	// KS is the Kolmogorov–Smirnov statistic, the largest gap between the
	// shares of bads and of goods scoring at or below a score, and
	// KSScore the (lowest) score where it is reached.
	KS, KSScore float64
	Bands       []ScoreBand
}

// ScoreBand is one row of the score-band table, bands rising.
type ScoreBand struct {
	Lower, Upper float64 // [Lower, Upper); −Inf and +Inf at the ends
	Count, Bads  int
	BadRate      float64 // Bads / Count; NaN in an empty band
	// CumShare, CumBadShare and CumGoodShare are the shares of all
	// applicants, of the bads and of the goods in this band and the ones
	// below it.
	CumShare, CumBadShare, CumGoodShare float64
	// PredictedBadRate is the mean PD of the band (calibration: against
	// BadRate); NaN without PD or in an empty band.
	PredictedBadRate float64
}

// Measure computes AUC, Gini, KS and the score-band table of a hold-out
// sample. Errors wrap ErrInvalidData: lengths that differ, no goods or no
// bads, a score that is not a finite number, bands not rising.
func Measure(h Holdout) (Performance, error) {
	if err := checkHoldout(h); err != nil {
		return Performance{}, err
	}
	order := make([]int, len(h.Scores))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(h.Scores[a], h.Scores[b]) })
	goods, bads := 0, 0
	for _, y := range h.Bad {
		if y {
			bads++
		} else {
			goods++
		}
	}
	var p Performance
	// One pass up the scores, a group of tied scores at a time: every
	// good of the group beats the bads below it and ties the bads in it.
	u, badsBelow, goodsBelow := 0.0, 0, 0
	for i := 0; i < len(order); {
		v := h.Scores[order[i]]
		g, b := 0, 0
		for ; i < len(order) && h.Scores[order[i]] == v; i++ {
			if h.Bad[order[i]] {
				b++
			} else {
				g++
			}
		}
		u += float64(g) * (float64(badsBelow) + 0.5*float64(b))
		badsBelow, goodsBelow = badsBelow+b, goodsBelow+g
		if gap := math.Abs(float64(badsBelow)/float64(bads) - float64(goodsBelow)/float64(goods)); gap > p.KS {
			p.KS, p.KSScore = gap, v
		}
	}
	p.AUC = u / (float64(goods) * float64(bads))
	p.Gini = 2*p.AUC - 1
	edges := h.Bands
	if edges == nil {
		edges = QuantileEdges(h.Scores, 10)
	}
	p.Bands = bandTable(h, edges, goods, bads)
	return p, nil
}

func checkHoldout(h Holdout) error {
	n := len(h.Scores)
	switch {
	case len(h.Bad) != n:
		return fmt.Errorf("%w: %d scores for %d outcomes", ErrInvalidData, n, len(h.Bad))
	case h.PD != nil && len(h.PD) != n:
		return fmt.Errorf("%w: %d PDs for %d scores", ErrInvalidData, len(h.PD), n)
	case !slices.IsSorted(h.Bands) || len(slices.Compact(slices.Clone(h.Bands))) != len(h.Bands):
		return fmt.Errorf("%w: score bands %v do not rise", ErrInvalidData, h.Bands)
	}
	nb := 0
	for i, v := range h.Scores {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("%w: score %d is %v", ErrInvalidData, i, v)
		}
		if h.Bad[i] {
			nb++
		}
	}
	if nb == 0 || nb == n {
		return fmt.Errorf("%w: %d bads among %d applicants; measuring needs goods and bads", ErrInvalidData, nb, n)
	}
	return nil
}

// bandTable counts the hold-out per band.
func bandTable(h Holdout, edges []float64, goods, bads int) []ScoreBand {
	rows := make([]ScoreBand, len(edges)+1)
	pd := make([]float64, len(rows))
	for k := range rows {
		rows[k].Lower, rows[k].Upper = math.Inf(-1), math.Inf(1)
		if k > 0 {
			rows[k].Lower = edges[k-1]
		}
		if k < len(edges) {
			rows[k].Upper = edges[k]
		}
	}
	for i, v := range h.Scores {
		k := bandOf(edges, v)
		rows[k].Count++
		if h.Bad[i] {
			rows[k].Bads++
		}
		if h.PD != nil {
			pd[k] += h.PD[i]
		}
	}
	n, cum, cumBad := len(h.Scores), 0, 0
	for k := range rows {
		r := &rows[k]
		cum += r.Count
		cumBad += r.Bads
		r.CumShare = float64(cum) / float64(n)
		r.CumBadShare = float64(cumBad) / float64(bads)
		r.CumGoodShare = float64(cum-cumBad) / float64(goods)
		r.BadRate, r.PredictedBadRate = math.NaN(), math.NaN()
		if r.Count > 0 {
			r.BadRate = float64(r.Bads) / float64(r.Count)
			if h.PD != nil {
				r.PredictedBadRate = pd[k] / float64(r.Count)
			}
		}
	}
	return rows
}

// bandOf is the band of v: the number of edges at or below it.
func bandOf(edges []float64, v float64) int {
	k, found := slices.BinarySearch(edges, v)
	if found {
		k++
	}
	return k
}

// QuantileEdges are the lower bounds of up to n−1 bands after the first
// that cut values into n bands of about equal count: the value at each
// position k·len/n of the sorted values, repeats dropped (tied values
// stay in one band, so there may be fewer bands). NaNs are left out.
func QuantileEdges(values []float64, n int) []float64 {
	sorted := make([]float64, 0, len(values))
	for _, v := range values {
		if !math.IsNaN(v) {
			sorted = append(sorted, v)
		}
	}
	slices.Sort(sorted)
	var edges []float64
	for k := 1; k < n; k++ {
		pos := k * len(sorted) / n
		if pos == 0 || pos >= len(sorted) {
			continue
		}
		v := sorted[pos]
		if v != sorted[0] && (len(edges) == 0 || v > edges[len(edges)-1]) {
			edges = append(edges, v)
		}
	}
	return edges
}
