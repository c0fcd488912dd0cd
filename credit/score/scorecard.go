package score

import (
	"cmp"
	"fmt"
	"maps"
	"slices"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// Band scores a numeric factor: a value v earns Points when v ≥ From and v
// is below the next band's From (the last band has no upper end).
type Band struct {
	From   decimal.Decimal `json:"from"`
	Points decimal.Decimal `json:"points"`
}

// Factor is one scorecard characteristic: numeric bands or categories, a
// weight, and the points for a missing value (nil: a missing value is an
// error).
type Factor struct {
	Name       string                     `json:"name"`
	Weight     decimal.Decimal            `json:"weight"` // the weights of a card add up to 1 or to 100
	Bands      []Band                     `json:"bands,omitempty"`
	Categories map[string]decimal.Decimal `json:"categories,omitempty"`
	Missing    *decimal.Decimal           `json:"missing,omitempty"`
}

// Scorecard is a weighted scorecard: each factor's points (on whatever
// scale its bands use, commonly 0–100) times its weight, summed.
type Scorecard struct {
	Factors []Factor `json:"factors"`
	// MaxReasons caps the reason codes returned. 0 (or a negative value)
	// means 4, as adverse-action notices usually give at most four.
	MaxReasons int `json:"maxReasons,omitempty"`
}

// FactorScore is one factor's part of a result.
type FactorScore struct {
	Name     string          `json:"name"`
	Value    string          `json:"value"`
	Missing  bool            `json:"missing,omitempty"`
	Points   decimal.Decimal `json:"points"`
	Weighted decimal.Decimal `json:"weighted"` // points × normalised weight
	// Lost is the weighted points short of the factor's best band: what the
	// reason codes rank by.
	Lost decimal.Decimal `json:"lost"`
}

// ScoreResult is a scorecard evaluation with its reasons.
type ScoreResult struct {
	Score   decimal.Decimal `json:"score"`
	Factors []FactorScore   `json:"factors"`
	// Reasons names the factors that cost the most points, most first
	// (ties by name), only those that lost any — the way adverse-action
	// reasons are given.
	Reasons []string `json:"reasons"`
}

// Validate checks the weights add up to exactly 1 or 100, every factor has
// bands or categories, and bands rise strictly.
func (c Scorecard) Validate() error {
	if len(c.Factors) == 0 {
		return fmt.Errorf("%w: no factors", ErrInvalidScorecard)
	}
	total := decimal.Zero
	names := map[string]bool{}
	for i, f := range c.Factors {
		switch {
		case f.Name == "" || names[f.Name]:
			return fmt.Errorf("%w: factor %d name %q is empty or repeated", ErrInvalidScorecard, i, f.Name)
		case f.Weight.IsNegative():
			return fmt.Errorf("%w: factor %q weight %s is negative", ErrInvalidScorecard, f.Name, f.Weight)
		case len(f.Bands) == 0 && len(f.Categories) == 0:
			return fmt.Errorf("%w: factor %q has neither bands nor categories", ErrInvalidScorecard, f.Name)
		}
		names[f.Name] = true
		if err := f.checkDigits(); err != nil {
			return err
		}
		for k := 1; k < len(f.Bands); k++ {
			if !f.Bands[k].From.GreaterThan(f.Bands[k-1].From) {
				return fmt.Errorf("%w: factor %q band %d from %s overlaps band %d from %s", ErrInvalidScorecard,
					f.Name, k, f.Bands[k].From, k-1, f.Bands[k-1].From)
			}
		}
		total = total.Add(f.Weight)
	}
	if !total.Equal(one) && !total.Equal(decimal.NewFromInt(100)) {
		return fmt.Errorf("%w: weights add up to %s, not 1 or 100", ErrInvalidScorecard, total)
	}
	return nil
}

// Evaluate scores inputs (factor name → value as text: a number for banded
// factors, a category otherwise; absent or "" is missing). Weights summing
// to 100 are read as percentages. Points are exact; the score is not
// rounded.
func (c Scorecard) Evaluate(inputs map[string]string) (ScoreResult, error) {
	if err := c.Validate(); err != nil {
		return ScoreResult{}, err
	}
	scale := one
	if len(c.Factors) > 0 && !c.totalWeight().Equal(one) {
		scale = decimal.NewFromInt(100)
	}
	var r ScoreResult
	r.Score = decimal.Zero
	for _, f := range c.Factors {
		fs, err := f.score(inputs[f.Name])
		if err != nil {
			return ScoreResult{}, err
		}
		weight := f.Weight.DivRound(scale, mathPlaces)
		best := f.best()
		fs.Weighted = fs.Points.Mul(weight)
		fs.Lost = best.Sub(fs.Points).Mul(weight)
		r.Score = r.Score.Add(fs.Weighted)
		r.Factors = append(r.Factors, fs)
	}
	ranked := slices.Clone(r.Factors)
	slices.SortStableFunc(ranked, func(a, b FactorScore) int { return cmp.Or(b.Lost.Cmp(a.Lost), cmp.Compare(a.Name, b.Name)) })
	limit := c.MaxReasons
	if limit <= 0 {
		limit = 4
	}
	for _, fs := range ranked {
		if fs.Lost.IsPositive() && len(r.Reasons) < limit {
			r.Reasons = append(r.Reasons, fs.Name)
		}
	}
	return r, nil
}

func (c Scorecard) totalWeight() decimal.Decimal {
	t := decimal.Zero
	for _, f := range c.Factors {
		t = t.Add(f.Weight)
	}
	return t
}

// checkDigits reports a weight, band or points beyond the supported digits.
func (f Factor) checkDigits() error {
	fields := []namedAmount{{f.Name + " weight", f.Weight}}
	for k, b := range f.Bands {
		fields = append(fields, namedAmount{fmt.Sprintf("%s band %d from", f.Name, k), b.From}, namedAmount{fmt.Sprintf("%s band %d points", f.Name, k), b.Points})
	}
	for _, c := range slices.Sorted(maps.Keys(f.Categories)) { // sorted: the same input, the same message
		fields = append(fields, namedAmount{fmt.Sprintf("%s category %q points", f.Name, money.Bounded(c)), f.Categories[c]})
	}
	if f.Missing != nil {
		fields = append(fields, namedAmount{f.Name + " missing points", *f.Missing})
	}
	return checkDigits(ErrInvalidScorecard, fields...)
}

// best is the most points a factor can earn.
func (f Factor) best() decimal.Decimal {
	var best *decimal.Decimal
	for _, b := range f.Bands {
		if best == nil || b.Points.GreaterThan(*best) {
			best = &b.Points
		}
	}
	for _, p := range f.Categories {
		if best == nil || p.GreaterThan(*best) {
			best = &p
		}
	}
	return *best
}

// score finds the factor's points for a raw value.
func (f Factor) score(raw string) (FactorScore, error) {
	fs := FactorScore{Name: f.Name, Value: raw}
	if raw == "" {
		if f.Missing == nil {
			return fs, fmt.Errorf("%w: factor %q is missing and has no missing-value points", ErrInvalidScorecard, f.Name)
		}
		fs.Missing, fs.Points = true, *f.Missing
		return fs, nil
	}
	if len(f.Bands) == 0 {
		p, ok := f.Categories[raw]
		if !ok {
			return fs, fmt.Errorf("%w: factor %q has no category %q", ErrInvalidScorecard, f.Name, money.Bounded(raw))
		}
		fs.Points = p
		return fs, nil
	}
	v, err := decimal.NewFromString(raw)
	if err != nil || checkDigits(ErrInvalidScorecard, namedAmount{f.Name, v}) != nil {
		return fs, fmt.Errorf("%w: factor %q value %q is not a number", ErrInvalidScorecard, f.Name, money.Bounded(raw))
	}
	if v.LessThan(f.Bands[0].From) {
		return fs, fmt.Errorf("%w: factor %q value %s is below its first band (from %s)", ErrInvalidScorecard, f.Name, v, f.Bands[0].From)
	}
	for _, b := range f.Bands {
		if v.GreaterThanOrEqual(b.From) {
			fs.Points = b.Points
		}
	}
	return fs, nil
}
