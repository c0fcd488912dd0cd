package score

import (
	"fmt"
	"math"
)

// Reading is the common reading of a stability index.
type Reading uint8

// The readings of a PSI or CSI.
const (
	Stable Reading = iota // below 0.1: no real change
	Watch                 // 0.1 to 0.25: some change, watch it
	Act                   // above 0.25: a shift; review the card
)

var readingNames = [...]string{Stable: "stable", Watch: "watch", Act: "act"}

// String returns "stable", "watch" or "act".
func (r Reading) String() string {
	if int(r) < len(readingNames) {
		return readingNames[r]
	}
	return fmt.Sprintf("Reading(%d)", uint8(r))
}

// ReadIndex reads a PSI or CSI: below 0.1 Stable, up to 0.25 Watch,
// above it Act.
func ReadIndex(index float64) Reading {
	switch {
	case index < 0.1:
		return Stable
	case index <= 0.25:
		return Watch
	}
	return Act
}

// Drift is a population (PSI) or characteristic (CSI) stability index
// between a development and a current sample, over the same bands or bins.
type Drift struct {
	Name    string // the characteristic; "score" for the PSI of the score
	Index   float64
	Reading Reading
	Rows    []DriftRow
}

// DriftRow is one band's part of an index.
type DriftRow struct {
	Label                      string
	Expected, Actual           int     // counts in the development and current samples
	ExpectedShare, ActualShare float64 // the shares the index uses (see StabilityIndex)
	Contribution               float64 // (actual − expected) × ln(actual / expected)
}

// StabilityIndex is Σ (a − e) × ln(a / e) over the bands, e and a the
// development (expected) and current (actual) shares of each band — the
// PSI of a score's bands, the CSI of a characteristic's bins. A band with
// no applicant in one sample would make the logarithm infinite: its count
// there is taken as 0.5 (half an applicant) before the shares are taken,
// so a band that empties or appears adds a large but finite amount; the
// other shares divide by the actual totals. labels names the bands (nil:
// "0", "1", …). Errors wrap ErrInvalidData: counts of different lengths,
// a negative count, a sample with no applicant.
func StabilityIndex(expected, actual []int, labels []string) (Drift, error) {
	if len(expected) != len(actual) || len(expected) == 0 || (labels != nil && len(labels) != len(expected)) {
		return Drift{}, fmt.Errorf("%w: %d expected and %d actual counts (%d labels)", ErrInvalidData, len(expected), len(actual), len(labels))
	}
	te, ta := 0, 0
	for k := range expected {
		if expected[k] < 0 || actual[k] < 0 {
			return Drift{}, fmt.Errorf("%w: band %d has a negative count", ErrInvalidData, k)
		}
		te, ta = te+expected[k], ta+actual[k]
	}
	if te == 0 || ta == 0 {
		return Drift{}, fmt.Errorf("%w: %d expected and %d actual applicants; both samples need some", ErrInvalidData, te, ta)
	}
	d := Drift{}
	for k := range expected {
		r := DriftRow{Label: fmt.Sprint(k), Expected: expected[k], Actual: actual[k]}
		if labels != nil {
			r.Label = labels[k]
		}
		r.ExpectedShare = halfIfZero(expected[k]) / float64(te)
		r.ActualShare = halfIfZero(actual[k]) / float64(ta)
		r.Contribution = (r.ActualShare - r.ExpectedShare) * math.Log(r.ActualShare/r.ExpectedShare)
		d.Index += r.Contribution
		d.Rows = append(d.Rows, r)
	}
	d.Reading = ReadIndex(d.Index)
	return d, nil
}

func halfIfZero(n int) float64 {
	if n == 0 {
		return 0.5
	}
	return float64(n)
}

// DriftReport is the stability of a learned card's score and of each of
// its characteristics.
type DriftReport struct {
	PSI Drift
	// CSI is one index per characteristic of the card, in
	// Model.Characteristics order, over its bins.
	CSI []Drift
}

// Drift compares a current sample with the development one: the PSI of
// the card's scores over ten bands cut at the development scores'
// deciles (QuantileEdges), and the CSI of each characteristic over its
// bins. The samples' outcomes
// are not used. Errors are those of Scores.
func (m *Model) Drift(development, current Sample) (DriftReport, error) {
	dev, err := m.Scores(development)
	if err != nil {
		return DriftReport{}, err
	}
	cur, err := m.Scores(current)
	if err != nil {
		return DriftReport{}, err
	}
	edges := QuantileEdges(dev, 10)
	e, a := make([]int, len(edges)+1), make([]int, len(edges)+1)
	labels := make([]string, len(edges)+1)
	for _, v := range dev {
		e[bandOf(edges, v)]++
	}
	for _, v := range cur {
		a[bandOf(edges, v)]++
	}
	for k := range labels {
		b := Bin{Lower: math.Inf(-1), Upper: math.Inf(1)}
		if k > 0 {
			b.Lower = edges[k-1]
		}
		if k < len(edges) {
			b.Upper = edges[k]
		}
		labels[k] = b.Label()
	}
	var r DriftReport
	if r.PSI, err = StabilityIndex(e, a, labels); err != nil {
		return DriftReport{}, err
	}
	r.PSI.Name = "score"
	for _, ch := range m.Characteristics {
		e, a, labels := make([]int, len(ch.Binning.Bins)), make([]int, len(ch.Binning.Bins)), make([]string, len(ch.Binning.Bins))
		for k, bin := range ch.Binning.Bins {
			labels[k] = bin.Label()
		}
		// Scores binned both samples already, so neither fails here.
		col, _ := development.Column(ch.Binning.Name)
		idx, _ := ch.Binning.binIndex(col)
		for _, k := range idx {
			e[k]++
		}
		col, _ = current.Column(ch.Binning.Name)
		idx, _ = ch.Binning.binIndex(col)
		for _, k := range idx {
			a[k]++
		}
		d, err := StabilityIndex(e, a, labels)
		if err != nil {
			return DriftReport{}, err
		}
		d.Name = ch.Binning.Name
		r.CSI = append(r.CSI, d)
	}
	return r, nil
}
