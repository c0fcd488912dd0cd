package score

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// SelectOptions tune the choice of characteristics. The zero value is the
// documented default of every field.
type SelectOptions struct {
	// MinIV is the least information value a characteristic must carry:
	// 0 means 0.02 (below it a characteristic is commonly read as not
	// predictive); a negative value means no threshold.
	MinIV float64
	// MaxCorrelation is the largest absolute Pearson correlation allowed
	// between the WOE columns of two selected characteristics: 0 means
	// 0.7. Of a correlated pair the one with the lower IV is dropped.
	MaxCorrelation float64
}

// Selection is one characteristic's verdict.
type Selection struct {
	Name     string
	IV       float64
	Selected bool
	// Reason says why a characteristic was dropped ("" when selected):
	// "IV 0.0100 below 0.02", "correlation 0.82 with age", "one bin",
	// or, from Learn, "coefficient 0.31 has the wrong sign".
	Reason string
}

// Select chooses characteristics from their binnings and WOE columns
// (one per binning, in the same order): first every one whose IV reaches
// MinIV and that has more than one bin, then, in falling order of IV
// (ties by name), each one whose WOE column is not correlated beyond
// MaxCorrelation with one already chosen. The verdicts come in the order
// of the binnings. Columns of different lengths are ErrInvalidData.
func Select(binnings []*Binning, woe [][]float64, opt SelectOptions) ([]Selection, error) {
	if len(binnings) != len(woe) {
		return nil, fmt.Errorf("%w: %d binnings and %d WOE columns", ErrInvalidData, len(binnings), len(woe))
	}
	minIV, maxCorr := opt.MinIV, opt.MaxCorrelation
	if minIV == 0 {
		minIV = 0.02
	}
	if maxCorr <= 0 {
		maxCorr = 0.7
	}
	out := make([]Selection, len(binnings))
	var candidates []int
	for j, b := range binnings {
		if len(woe[j]) != len(woe[0]) {
			return nil, fmt.Errorf("%w: WOE column %d (%s) has %d values, column 0 has %d", ErrInvalidData, j, b.Name, len(woe[j]), len(woe[0]))
		}
		out[j] = Selection{Name: b.Name, IV: b.IV}
		switch {
		case len(b.Bins) < 2:
			out[j].Reason = "one bin"
		case b.IV < minIV:
			out[j].Reason = fmt.Sprintf("IV %.4f below %g", b.IV, minIV)
		default:
			candidates = append(candidates, j)
		}
	}
	slices.SortStableFunc(candidates, func(a, b int) int {
		return cmp.Or(cmp.Compare(binnings[b].IV, binnings[a].IV), cmp.Compare(binnings[a].Name, binnings[b].Name))
	})
	var kept []int
	for _, j := range candidates {
		out[j].Selected = true
		for _, k := range kept {
			if r := correlation(woe[j], woe[k]); math.Abs(r) > maxCorr {
				out[j].Selected = false
				out[j].Reason = fmt.Sprintf("correlation %.2f with %s", r, binnings[k].Name)
				break
			}
		}
		if out[j].Selected {
			kept = append(kept, j)
		}
	}
	return out, nil
}

// correlation is Pearson's r of two columns; 0 when one is constant.
func correlation(x, y []float64) float64 {
	n := float64(len(x))
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx, my = mx/n, my/n
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return 0
	}
	return sxy / math.Sqrt(sxx*syy)
}
