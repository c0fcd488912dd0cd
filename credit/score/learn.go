package score

import (
	"fmt"
	"math"

	"github.com/shopspring/decimal"
)

// LearnOptions tune Learn. The zero value is the documented default of
// every field.
type LearnOptions struct {
	Bin    BinOptions
	Select SelectOptions
	Fit    FitOptions
	// Scaling turns log-odds into points; the zero value means 600
	// points at 50:1 good:bad with 20 points to double the odds.
	Scaling Scaling
	// MaxReasons is the learned card's MaxReasons: 0 means 4.
	MaxReasons int
}

// Characteristic is one characteristic of a learned card: its binning,
// its coefficient in the fit, and the points of each of its bins.
type Characteristic struct {
	Binning     *Binning
	Coefficient float64 // on the WOE column; negative, as a higher WOE is better
	StdError    float64
	// Unrounded is each bin's points before rounding:
	// −factor × Coefficient × WOE (factor = PDO / ln 2), the base points
	// apart.
	Unrounded []float64
	// Base is this characteristic's share of the model's BasePoints
	// (see Model.BasePoints for how it is chosen).
	Base float64
	// Points is each bin's whole points on the card: Unrounded + Base,
	// rounded half-up.
	Points []int64
}

// Model is a scorecard learned from data: every characteristic's binning
// and selection verdict, the fit on the selected ones, their points, and
// the card itself — a Scorecard like a hand-written one.
type Model struct {
	Binnings        []*Binning  // every characteristic of the sample, in its order
	Selection       []Selection // the verdict on each, in the same order
	Fit             LogisticFit // on the selected characteristics, in Characteristics order
	Characteristics []Characteristic
	Scaling         Scaling
	// BasePoints is offset − factor × intercept, the points every
	// applicant gets before any characteristic (offset and factor from
	// Scaling). It is spread over the characteristics before their points
	// are rounded, so that it is never rounded on its own: each
	// characteristic but the last takes BasePoints / k plus the shift in
	// [−0.5, 0.5), in steps of 0.01, that makes the rounding errors of
	// its bins smallest (their squares weighted by the bins' counts), and
	// the last takes what is left. With one characteristic every
	// applicant's card score is the rounded unrounded score exactly.
	BasePoints float64
	// RoundingMaxError is, over the development sample, the largest
	// difference in whole points between an applicant's card score (the
	// sum of rounded points) and the rounded sum of its unrounded points.
	// Each bin is off by at most half a point, so it is at most half the
	// number of characteristics; with the shifts above it is commonly 0
	// or 1.
	RoundingMaxError int64
	// Card is the learned scorecard: an Additive card, one factor per
	// characteristic (weight 1) with bands from the ranges (the first
	// open below), Specials from special values, Missing points when the
	// sample had missing values (nil otherwise: a missing value is then
	// an error) and categories matched exactly.
	Card Scorecard

	factor, offset float64
}

// Learn builds a scorecard from a development sample: it bins every
// characteristic (BinColumn), selects by IV and correlation (Select),
// fits the logistic regression of the outcome on the selected WOE
// columns (FitLogistic) — dropping, one at a time and refitting, a
// characteristic whose coefficient has the wrong sign (positive: more
// evidence of good, more bad), the one of largest z first — and scales
// the fit to points with opt.Scaling. Errors: those of the steps, and
// ErrInvalidData when no characteristic is left.
func Learn(s Sample, opt LearnOptions) (*Model, error) {
	m := &Model{Scaling: opt.Scaling}
	if m.Scaling == (Scaling{}) {
		m.Scaling = Scaling{BaseScore: decimal.NewFromInt(600), BaseOdds: decimal.NewFromInt(50), PDO: decimal.NewFromInt(20)}
	}
	factor, offset, err := m.Scaling.factorOffset()
	if err != nil {
		return nil, err
	}
	// Decimal to float: the scaling's factor and offset enter the float
	// model statistics here (24 significant places cut to float64's 16).
	m.factor, m.offset = factor.InexactFloat64(), offset.InexactFloat64()
	woe := make([][]float64, len(s.Columns))
	idx := make([][]int32, len(s.Columns))
	for j, c := range s.Columns {
		b, err := BinColumn(c, s.Bad, opt.Bin)
		if err != nil {
			return nil, err
		}
		if idx[j], err = b.binIndex(c); err != nil {
			return nil, err
		}
		woe[j] = make([]float64, len(idx[j]))
		for i, k := range idx[j] {
			woe[j][i] = b.Bins[k].WOE
		}
		m.Binnings = append(m.Binnings, b)
	}
	if m.Selection, err = Select(m.Binnings, woe, opt.Select); err != nil {
		return nil, err
	}
	chosen, err := m.fit(woe, s.Bad, opt.Fit)
	if err != nil {
		return nil, err
	}
	m.scale(chosen, idx)
	m.Card = m.card(opt.MaxReasons)
	return m, nil
}

// fit fits the selected characteristics, dropping wrong-signed ones.
func (m *Model) fit(woe [][]float64, bad []bool, opt FitOptions) ([]int, error) {
	for {
		var chosen []int
		var cols [][]float64
		for j, sel := range m.Selection {
			if sel.Selected {
				chosen, cols = append(chosen, j), append(cols, woe[j])
			}
		}
		if len(chosen) == 0 {
			return nil, fmt.Errorf("%w: no characteristic is left to fit (see Selection)", ErrInvalidData)
		}
		fit, err := FitLogistic(cols, bad, opt)
		if err != nil {
			return nil, err
		}
		worst, z := -1, 0.0
		for k, b := range fit.Coefficients[1:] {
			if zk := b / fit.StdErrors[k+1]; b > 0 && zk > z {
				worst, z = k, zk
			}
		}
		if worst < 0 {
			m.Fit = fit
			return chosen, nil
		}
		j := chosen[worst]
		m.Selection[j].Selected = false
		m.Selection[j].Reason = fmt.Sprintf("coefficient %.4f has the wrong sign", fit.Coefficients[worst+1])
	}
}

// scale computes each bin's points and the rounding error on the
// development sample.
func (m *Model) scale(chosen []int, idx [][]int32) {
	k := len(chosen)
	m.BasePoints = m.offset - m.factor*m.Fit.Coefficients[0]
	left := m.BasePoints
	for c, j := range chosen {
		b := m.Binnings[j]
		ch := Characteristic{Binning: b, Coefficient: m.Fit.Coefficients[c+1], StdError: m.Fit.StdErrors[c+1]}
		for _, bin := range b.Bins {
			ch.Unrounded = append(ch.Unrounded, -m.factor*ch.Coefficient*bin.WOE)
		}
		ch.Base = left
		if c+1 < k {
			ch.Base = bestShift(ch.Unrounded, b.Bins, m.BasePoints/float64(k))
		}
		left -= ch.Base
		for _, u := range ch.Unrounded {
			ch.Points = append(ch.Points, roundHalfUp(u+ch.Base))
		}
		m.Characteristics = append(m.Characteristics, ch)
	}
	for i := range idx[0] {
		exact, card := m.BasePoints, int64(0)
		for c, j := range chosen {
			ch := &m.Characteristics[c]
			bin := idx[j][i]
			exact += ch.Unrounded[bin]
			card += ch.Points[bin]
		}
		if e := absInt(card - int64(math.Floor(exact+0.5))); e > m.RoundingMaxError {
			m.RoundingMaxError = e
		}
	}
}

// roundHalfUp rounds to a whole number, halves up. Float to integer: a
// bin's points leave the float model statistics here.
func roundHalfUp(v float64) int64 { return int64(math.Floor(v + 0.5)) }

// bestShift is share plus the shift in [−0.5, 0.5), in steps of 0.01,
// that makes the count-weighted squared rounding error of the bins
// smallest (the first such shift).
func bestShift(unrounded []float64, bins []Bin, share float64) float64 {
	best, bestErr := share, math.Inf(1)
	for s := -50; s < 50; s++ {
		base := share + float64(s)/100
		e := 0.0
		for k, u := range unrounded {
			d := float64(roundHalfUp(u+base)) - (u + base)
			e += float64(bins[k].Count) * d * d
		}
		if e < bestErr-1e-12 {
			best, bestErr = base, e
		}
	}
	return best
}

func absInt(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// card builds the Scorecard from the characteristics' points.
func (m *Model) card(maxReasons int) Scorecard {
	c := Scorecard{Additive: true, MaxReasons: maxReasons}
	for _, ch := range m.Characteristics {
		f := Factor{Name: ch.Binning.Name, Weight: one, Match: MatchExact}
		for k, bin := range ch.Binning.Bins {
			// Points are whole numbers: int64 to decimal is exact. A
			// bound is the float of a value of the sample; NewFromFloat
			// gives the shortest decimal that reads back as that float,
			// so a decimal applicant value falls in the band its float
			// would.
			p := decimal.NewFromInt(ch.Points[k])
			switch bin.Kind {
			case BinRange:
				band := Band{Points: p}
				if !math.IsInf(bin.Lower, -1) {
					from := decimal.NewFromFloat(bin.Lower)
					band.From = &from
				}
				f.Bands = append(f.Bands, band)
			case BinSpecial:
				f.Specials = append(f.Specials, Special{Value: decimal.NewFromFloat(bin.Special), Points: p})
			case BinMissing:
				f.Missing = &p
			case BinCategories:
				if f.Categories == nil {
					f.Categories = map[string]decimal.Decimal{}
				}
				for _, l := range bin.Categories {
					f.Categories[l] = p
				}
			}
		}
		if len(f.Bands) == 0 && len(f.Categories) == 0 && len(f.Specials) > 0 {
			// Only special values (and missing) in the sample: one band
			// open on both sides takes any other number at the worst
			// points, so that the card stays valid.
			f.Bands = []Band{{Points: f.Specials[0].Points}}
		}
		c.Factors = append(c.Factors, f)
	}
	return c
}

// Row is one applicant for a Scorer: the values of the model's
// characteristics, by their position in Model.Characteristics — Numbers
// for numeric ones (NaN is missing), Categories for categorical ones; the
// other slice's entry at that position is ignored. Both may be as long as
// the characteristics or one of them nil when all are of one kind.
type Row struct {
	Numbers    []float64
	Categories []string
}

// Scorer scores applicants with a learned model's points quickly: no
// decimals, no allocation. Its totals equal Model.Card's Evaluate for the
// same values. Build it once with Model.Scorer; it is safe for concurrent
// use.
type Scorer struct {
	chars []compiled
}

type compiled struct {
	b      *Binning
	points []int64
}

// Scorer compiles the model's points for fast scoring.
func (m *Model) Scorer() *Scorer {
	s := &Scorer{}
	for _, ch := range m.Characteristics {
		s.chars = append(s.chars, compiled{b: ch.Binning, points: ch.Points})
	}
	return s
}

// Score is the applicant's total points. A value in no bin of the
// development sample (an unknown level, a missing value the sample did
// not have) or a row too short is ErrInvalidScorecard.
func (s *Scorer) Score(r Row) (int64, error) {
	var total int64
	for j := range s.chars {
		c := &s.chars[j]
		var k int
		var ok bool
		if c.b.Categorical {
			if j < len(r.Categories) {
				k, ok = c.b.BinOfCategory(r.Categories[j])
			}
		} else if j < len(r.Numbers) {
			k, ok = c.b.BinOf(r.Numbers[j])
		}
		if !ok {
			return 0, fmt.Errorf("%w: characteristic %d (%s): the value is in no bin of the development sample, or the row is too short", ErrInvalidScorecard, j, c.b.Name)
		}
		total += c.points[k]
	}
	return total, nil
}

// Scores scores every applicant of a sample (its columns found by the
// characteristics' names) with the card's points, as float64 for
// Measure and the drift indexes. Errors wrap ErrInvalidData: a
// characteristic missing from the sample or of the other kind, a value in
// no bin.
func (m *Model) Scores(s Sample) ([]float64, error) {
	out := make([]float64, s.Len())
	for _, ch := range m.Characteristics {
		col, ok := s.Column(ch.Binning.Name)
		if !ok {
			return nil, fmt.Errorf("%w: the sample has no characteristic %q", ErrInvalidData, ch.Binning.Name)
		}
		idx, err := ch.Binning.binIndex(col)
		if err != nil {
			return nil, err
		}
		if len(idx) != len(out) {
			return nil, fmt.Errorf("%w: characteristic %q has %d values for %d outcomes", ErrInvalidData, ch.Binning.Name, len(idx), len(out))
		}
		for i, k := range idx {
			out[i] += float64(ch.Points[k])
		}
	}
	return out, nil
}

// PD is the probability of bad the scaling reads into a score: odds
// (good:bad) of exp((score − offset) / factor), PD = 1 / (1 + odds). A
// float model statistic; Scaling.Odds gives the decimal odds.
func (m *Model) PD(score float64) float64 {
	return 1 / (1 + math.Exp((score-m.offset)/m.factor))
}
