package score

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// Band scores a numeric factor: a value v is in the band when v ≥ From and
// v < To. A nil From is no lower bound (the first band only: it takes
// every value below the next band, a customer who pays 3 days early as
// well as one on time); a nil To is the next band's From, and on the last
// band no upper bound. So the short form — each band's From, rising, the
// first one nil — covers every number; a To on the last band bounds the
// card above, and a To below the next band's From leaves a gap. A value in
// no band is an error, not a silent zero.
//
// Bounds are pointers, like Factor.Missing, because every decimal is a
// bound someone may want (0 days beyond terms is one): nil is the only
// value that can mean "none". In JSON an absent "from" or "to" is nil.
type Band struct {
	From   *decimal.Decimal `json:"from,omitempty"` // lowest value in the band (inclusive); nil: no lower bound
	To     *decimal.Decimal `json:"to,omitempty"`   // first value above the band (exclusive); nil: the next band's From, or no upper bound
	Points decimal.Decimal  `json:"points"`
}

// CategoryMatch says how an applicant's text is matched to a factor's
// categories.
type CategoryMatch uint8

// The matching rules of a categorical factor.
const (
	// MatchFolded, the zero value, matches ignoring case (Unicode case
	// folding, as strings.EqualFold) and spacing: leading and trailing
	// white space is dropped and inner runs of it read as one space, so
	// "Retail", " retail " and "RETAIL" are one category, as a person
	// typing them means. Two categories of one factor that match each
	// other this way are an error (Validate).
	MatchFolded CategoryMatch = iota
	// MatchExact matches byte for byte: for codes whose case carries
	// meaning, or a learned card whose categories came from data as is.
	MatchExact
)

var matchNames = [...]string{MatchFolded: "folded", MatchExact: "exact"}

// String returns "folded" or "exact", and "CategoryMatch(n)" otherwise.
func (m CategoryMatch) String() string {
	if m <= MatchExact {
		return matchNames[m]
	}
	return fmt.Sprintf("CategoryMatch(%d)", uint8(m))
}

// MarshalText encodes the rule as its String; an unknown rule fails.
func (m CategoryMatch) MarshalText() ([]byte, error) {
	if m > MatchExact {
		return nil, fmt.Errorf("%w: category match %d is not folded or exact", ErrInvalidScorecard, uint8(m))
	}
	return []byte(matchNames[m]), nil
}

// UnmarshalText decodes "folded" or "exact".
func (m *CategoryMatch) UnmarshalText(text []byte) error {
	for v, name := range matchNames {
		if string(text) == name {
			*m = CategoryMatch(v)
			return nil
		}
	}
	return fmt.Errorf("%w: category match %q is not folded or exact", ErrInvalidScorecard, money.Bounded(string(text)))
}

// Factor is one scorecard characteristic: numeric bands or categories (one
// or the other), a weight, and the points for a missing value (nil: a
// missing value is an error).
type Factor struct {
	Name   string          `json:"name"`   // the key of the factor's value in an Applicant, matched exactly
	Weight decimal.Decimal `json:"weight"` // the weights of a card add up to 1 or to 100
	// Bands score a numeric factor, in rising order (see Band).
	Bands []Band `json:"bands,omitempty"`
	// Categories score a categorical factor: category → points.
	Categories map[string]decimal.Decimal `json:"categories,omitempty"`
	// Match is how a value is matched to Categories: the zero value
	// MatchFolded ignores case and spacing, MatchExact does not.
	Match   CategoryMatch    `json:"match,omitempty"`
	Missing *decimal.Decimal `json:"missing,omitempty"` // points for a missing value; nil: missing is an error
	// Specials score single values of a banded factor apart from the
	// bands (e.g. −1 = "no bureau file"): a value equal to a Special's
	// Value earns its Points whatever band it lies in.
	Specials []Special `json:"specials,omitempty"`
}

// Special is the points of one special value of a banded factor.
type Special struct {
	Value  decimal.Decimal `json:"value"`
	Points decimal.Decimal `json:"points"`
}

// Scorecard is a weighted scorecard: each factor's points (on whatever
// scale its bands use, commonly 0–100) times its weight, summed. It is
// the one type of a card written by hand and of one learned from data.
type Scorecard struct {
	Factors []Factor `json:"factors"`
	// MaxReasons caps the reason codes returned. 0 (or a negative value)
	// means 4, as adverse-action notices usually give at most four.
	MaxReasons int `json:"maxReasons,omitempty"`
	// Additive cards add the factors' points up unweighted — the form of
	// a points-scaled card (Learn makes them): every Weight must then be
	// 1. A card that is not Additive weighs its factors (weights adding
	// up to 1 or 100).
	Additive bool `json:"additive,omitempty"`
}

// Applicant is what a Scorecard scores: one customer's values keyed by
// factor name (Factor.Name, matched exactly) — numbers, as decimals, for
// banded factors and text for categorical ones. A factor with no entry is
// missing, and so is a category that is empty or only white space. A key
// that names no factor of the card, or a factor of the other kind (a
// number for a categorical factor), is an error naming it: a misspelt
// factor must not silently score as missing.
type Applicant struct {
	Numbers    map[string]decimal.Decimal `json:"numbers,omitempty"`
	Categories map[string]string          `json:"categories,omitempty"`
}

// FactorScore is one factor's part of a result.
type FactorScore struct {
	Name string `json:"name"`
	// Value is the applicant's value as text: the number, or the category
	// as given ("" when missing).
	Value string `json:"value"`
	// Category is the card's category Value matched (with MatchFolded it
	// may differ from Value in case and spacing); "" for a banded factor.
	Category string          `json:"category,omitempty"`
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

// Validate checks the card: at least one factor, unique non-empty names,
// weights that are not negative and add up to exactly 1 or 100 (each
// exactly 1 on an Additive card), every
// factor with bands or categories (not both), bands in rising order that
// neither overlap nor are empty, only the first band open below, no two
// categories of a MatchFolded factor that match each other, a known Match,
// specials only on banded factors and none repeated, and every decimal
// within the library's range.
func (c Scorecard) Validate() error {
	if len(c.Factors) == 0 {
		return fmt.Errorf("%w: no factors", ErrInvalidScorecard)
	}
	total := decimal.Zero
	names := map[string]bool{}
	for i, f := range c.Factors {
		if f.Name == "" || names[f.Name] {
			return fmt.Errorf("%w: factor %d name %q is empty or repeated", ErrInvalidScorecard, i, money.Bounded(f.Name))
		}
		names[f.Name] = true
		if err := f.validate(); err != nil {
			return err
		}
		if c.Additive && !f.Weight.Equal(one) {
			return fmt.Errorf("%w: factor %q weight %s on an additive card; every weight must be 1", ErrInvalidScorecard, money.Bounded(f.Name), f.Weight)
		}
		total = total.Add(f.Weight)
	}
	if c.Additive {
		return nil
	}
	if !total.Equal(one) && !total.Equal(decimal.NewFromInt(100)) {
		return fmt.Errorf("%w: weights add up to %s, not 1 or 100", ErrInvalidScorecard, total)
	}
	return nil
}

// validate checks one factor (its name is known to be good).
func (f Factor) validate() error {
	if err := f.checkRange(); err != nil {
		return err
	}
	name := money.Bounded(f.Name)
	switch {
	case f.Weight.IsNegative():
		return fmt.Errorf("%w: factor %q weight %s is negative", ErrInvalidScorecard, name, f.Weight)
	case len(f.Bands) == 0 && len(f.Categories) == 0:
		return fmt.Errorf("%w: factor %q has neither bands nor categories", ErrInvalidScorecard, name)
	case len(f.Bands) > 0 && len(f.Categories) > 0:
		return fmt.Errorf("%w: factor %q has both bands and categories", ErrInvalidScorecard, name)
	case f.Match > MatchExact:
		return fmt.Errorf("%w: factor %q match %d is not folded or exact", ErrInvalidScorecard, name, uint8(f.Match))
	}
	if err := f.validateBands(); err != nil {
		return err
	}
	if err := f.validateSpecials(); err != nil {
		return err
	}
	if f.Match == MatchFolded {
		cats := slices.Sorted(maps.Keys(f.Categories))
		for i, a := range cats {
			for _, b := range cats[:i] {
				if strings.EqualFold(spaced(a), spaced(b)) {
					return fmt.Errorf("%w: factor %q categories %q and %q are one category under folded matching (set Match to MatchExact to keep both)",
						ErrInvalidScorecard, name, money.Bounded(b), money.Bounded(a))
				}
			}
		}
	}
	return nil
}

// validateBands checks that the bands rise without overlapping and that
// none is empty.
func (f Factor) validateBands() error {
	name := money.Bounded(f.Name)
	for k, b := range f.Bands {
		if k > 0 && b.From == nil {
			return fmt.Errorf("%w: factor %q band %d has no lower bound; only the first band may be open below", ErrInvalidScorecard, name, k)
		}
	}
	for k, b := range f.Bands {
		if k+1 < len(f.Bands) && b.To != nil && b.To.GreaterThan(*f.Bands[k+1].From) {
			return fmt.Errorf("%w: factor %q band %d to %s overlaps band %d from %s", ErrInvalidScorecard,
				name, k, b.To, k+1, f.Bands[k+1].From)
		}
		lo, hi := b.From, f.upper(k)
		switch {
		case lo == nil || hi == nil || lo.LessThan(*hi):
		case b.To == nil:
			return fmt.Errorf("%w: factor %q band %d from %s overlaps band %d from %s", ErrInvalidScorecard,
				name, k+1, hi, k, lo)
		default:
			return fmt.Errorf("%w: factor %q band %d is empty (from %s to %s)", ErrInvalidScorecard, name, k, lo, hi)
		}
	}
	return nil
}

// validateSpecials checks that specials sit on a banded factor and that
// no value repeats.
func (f Factor) validateSpecials() error {
	name := money.Bounded(f.Name)
	if len(f.Specials) > 0 && len(f.Bands) == 0 {
		return fmt.Errorf("%w: factor %q has specials but no bands; specials score numbers", ErrInvalidScorecard, name)
	}
	for k, sp := range f.Specials {
		for _, prev := range f.Specials[:k] {
			if prev.Value.Equal(sp.Value) {
				return fmt.Errorf("%w: factor %q special value %s is repeated", ErrInvalidScorecard, name, sp.Value)
			}
		}
	}
	return nil
}

// upper is band k's upper end (exclusive): its To, else the next band's
// From, else nil (no upper bound).
func (f Factor) upper(k int) *decimal.Decimal {
	if to := f.Bands[k].To; to != nil || k+1 == len(f.Bands) {
		return to
	}
	return f.Bands[k+1].From
}

// checkRange reports a weight, bound or points out of the library's range.
func (f Factor) checkRange() error {
	name := money.Bounded(f.Name)
	fields := []namedAmount{{fmt.Sprintf("factor %q weight", name), f.Weight}}
	for k, b := range f.Bands {
		if b.From != nil {
			fields = append(fields, namedAmount{fmt.Sprintf("factor %q band %d from", name, k), *b.From})
		}
		if b.To != nil {
			fields = append(fields, namedAmount{fmt.Sprintf("factor %q band %d to", name, k), *b.To})
		}
		fields = append(fields, namedAmount{fmt.Sprintf("factor %q band %d points", name, k), b.Points})
	}
	for _, c := range slices.Sorted(maps.Keys(f.Categories)) { // sorted: the same input, the same message
		fields = append(fields, namedAmount{fmt.Sprintf("factor %q category %q points", name, money.Bounded(c)), f.Categories[c]})
	}
	if f.Missing != nil {
		fields = append(fields, namedAmount{fmt.Sprintf("factor %q missing points", name), *f.Missing})
	}
	for k, sp := range f.Specials {
		fields = append(fields, namedAmount{fmt.Sprintf("factor %q special %d value", name, k), sp.Value},
			namedAmount{fmt.Sprintf("factor %q special %d points", name, k), sp.Points})
	}
	return checkRange(ErrInvalidScorecard, fields...)
}

// Evaluate scores an applicant. Weights summing to 100 are read as
// percentages. Points are exact; the score is not rounded. Besides an
// invalid card (Validate), errors wrap ErrInvalidScorecard and name the
// factor: a key of the applicant that names no factor or one of the other
// kind, a missing value without missing-value points, a number out of the
// library's range or in no band, a category the factor does not have.
func (c Scorecard) Evaluate(a Applicant) (ScoreResult, error) {
	if err := c.Validate(); err != nil {
		return ScoreResult{}, err
	}
	if err := c.checkKeys(a); err != nil {
		return ScoreResult{}, err
	}
	scale := one
	if !c.Additive && !c.totalWeight().Equal(one) {
		scale = decimal.NewFromInt(100)
	}
	r := ScoreResult{Score: decimal.Zero}
	for _, f := range c.Factors {
		fs, err := f.score(a)
		if err != nil {
			return ScoreResult{}, err
		}
		weight := f.Weight.DivRound(scale, mathPlaces)
		fs.Weighted = fs.Points.Mul(weight)
		fs.Lost = f.best().Sub(fs.Points).Mul(weight)
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

// checkKeys reports the applicant's keys that name no factor of the card,
// or a factor of the other kind, all of them, sorted.
func (c Scorecard) checkKeys(a Applicant) error {
	banded := map[string]bool{}
	for _, f := range c.Factors {
		banded[f.Name] = len(f.Bands) > 0
	}
	var unknown, wrong []string
	for _, k := range slices.Sorted(maps.Keys(a.Numbers)) {
		if b, ok := banded[k]; !ok {
			unknown = append(unknown, k)
		} else if !b {
			wrong = append(wrong, k)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(a.Categories)) {
		if b, ok := banded[k]; !ok {
			unknown = append(unknown, k)
		} else if b {
			wrong = append(wrong, k)
		}
	}
	switch {
	case len(unknown) > 0:
		slices.Sort(unknown)
		return fmt.Errorf("%w: unknown factor %s: the card has no factor of that name", ErrInvalidScorecard, quoted(unknown))
	case len(wrong) > 0:
		return fmt.Errorf("%w: factor %s given as the wrong kind (a number for a categorical factor, or text for a banded one)", ErrInvalidScorecard, quoted(wrong))
	}
	return nil
}

// quoted lists names for an error message: at most three, bounded, and
// how many more.
func quoted(names []string) string {
	parts := make([]string, 0, 4)
	for i, n := range names {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("and %d more", len(names)-3))
			break
		}
		parts = append(parts, fmt.Sprintf("%q", money.Bounded(n)))
	}
	return strings.Join(parts, ", ")
}

func (c Scorecard) totalWeight() decimal.Decimal {
	t := decimal.Zero
	for _, f := range c.Factors {
		t = t.Add(f.Weight)
	}
	return t
}

// best is the most points a factor can earn in its bands, specials or
// categories (missing-value points aside).
func (f Factor) best() decimal.Decimal {
	var best *decimal.Decimal
	for _, b := range f.Bands {
		if best == nil || b.Points.GreaterThan(*best) {
			best = &b.Points
		}
	}
	for _, sp := range f.Specials {
		if sp.Points.GreaterThan(*best) {
			best = &sp.Points
		}
	}
	for _, p := range f.Categories {
		if best == nil || p.GreaterThan(*best) {
			best = &p
		}
	}
	return *best
}

// score finds the factor's points for the applicant's value.
func (f Factor) score(a Applicant) (FactorScore, error) {
	fs := FactorScore{Name: f.Name}
	var present bool
	if len(f.Bands) > 0 {
		var v decimal.Decimal
		v, present = a.Numbers[f.Name]
		if present {
			return f.scoreNumber(fs, v)
		}
	} else {
		fs.Value, present = a.Categories[f.Name]
		if present && strings.TrimSpace(fs.Value) != "" {
			return f.scoreCategory(fs)
		}
	}
	if f.Missing == nil {
		return fs, fmt.Errorf("%w: factor %q is missing and has no missing-value points", ErrInvalidScorecard, money.Bounded(f.Name))
	}
	fs.Missing, fs.Points = true, *f.Missing
	return fs, nil
}

// scoreNumber finds the band of v.
func (f Factor) scoreNumber(fs FactorScore, v decimal.Decimal) (FactorScore, error) {
	name := money.Bounded(f.Name)
	if err := checkRange(ErrInvalidScorecard, namedAmount{fmt.Sprintf("factor %q value", name), v}); err != nil {
		return fs, err
	}
	fs.Value = v.String()
	for _, sp := range f.Specials {
		if v.Equal(sp.Value) {
			fs.Points = sp.Points
			return fs, nil
		}
	}
	for k, b := range f.Bands {
		if b.From != nil && v.LessThan(*b.From) {
			if k == 0 {
				return fs, fmt.Errorf("%w: factor %q value %s is below its first band (from %s); leave the first band's From nil to take every lower value",
					ErrInvalidScorecard, name, v, b.From)
			}
			return fs, fmt.Errorf("%w: factor %q value %s falls in the gap between band %d (to %s) and band %d (from %s)",
				ErrInvalidScorecard, name, v, k-1, f.upper(k-1), k, b.From)
		}
		if hi := f.upper(k); hi == nil || v.LessThan(*hi) {
			fs.Points = b.Points
			return fs, nil
		}
	}
	last := len(f.Bands) - 1
	return fs, fmt.Errorf("%w: factor %q value %s is not below its last band's upper end %s", ErrInvalidScorecard, name, v, f.Bands[last].To)
}

// scoreCategory finds the category of fs.Value by the factor's Match.
func (f Factor) scoreCategory(fs FactorScore) (FactorScore, error) {
	if p, ok := f.Categories[fs.Value]; ok {
		fs.Category, fs.Points = fs.Value, p
		return fs, nil
	}
	if f.Match == MatchFolded {
		want := spaced(fs.Value)
		for _, c := range slices.Sorted(maps.Keys(f.Categories)) {
			if strings.EqualFold(spaced(c), want) {
				fs.Category, fs.Points = c, f.Categories[c]
				return fs, nil
			}
		}
	}
	return fs, fmt.Errorf("%w: factor %q has no category %q (matching %s)", ErrInvalidScorecard, money.Bounded(f.Name), money.Bounded(fs.Value), f.Match)
}

// spaced drops leading and trailing white space and reads inner runs of it
// as one space.
func spaced(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
