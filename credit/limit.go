package credit

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Grade is one row of a grade table: scores from MinScore up (to the next
// grade's MinScore) get this grade, with a tiered credit limit (Limit) or
// a multiplier applied to a base limit, and terms days.
type Grade struct {
	Name       string          `json:"name"`                 // e.g. "A"; unique in the table
	MinScore   decimal.Decimal `json:"minScore"`             // the lowest score of the grade
	Limit      decimal.Decimal `json:"limit"`                // the tier's credit limit (≥ 0)
	Multiplier decimal.Decimal `json:"multiplier,omitempty"` // optional factor on a base limit (≥ 0)
	TermsDays  int             `json:"termsDays,omitempty"`  // optional payment terms granted, in days
}

// GradeTable maps scores to grades, any order; the highest MinScore not
// above the score wins.
type GradeTable []Grade

// Grade finds the grade of score; ErrUnknownGrade when the table is
// malformed (repeated names or MinScores, negative limits) or the score is
// below every grade.
func (t GradeTable) Grade(score decimal.Decimal) (Grade, error) {
	if err := t.validate(); err != nil {
		return Grade{}, err
	}
	var found *Grade
	for i := range t {
		if score.GreaterThanOrEqual(t[i].MinScore) && (found == nil || t[i].MinScore.GreaterThan(found.MinScore)) {
			found = &t[i]
		}
	}
	if found == nil {
		return Grade{}, fmt.Errorf("%w: score %s is below every grade", ErrUnknownGrade, score)
	}
	return *found, nil
}

// Lookup finds a grade by name.
func (t GradeTable) Lookup(name string) (Grade, error) {
	for _, g := range t {
		if g.Name == name {
			return g, nil
		}
	}
	return Grade{}, fmt.Errorf("%w: %q", ErrUnknownGrade, name)
}

func (t GradeTable) validate() error {
	if len(t) == 0 {
		return fmt.Errorf("%w: empty grade table", ErrUnknownGrade)
	}
	for i, g := range t {
		if g.Name == "" || g.Limit.IsNegative() || g.Multiplier.IsNegative() {
			return fmt.Errorf("%w: grade %d %q has no name or a negative limit or multiplier", ErrUnknownGrade, i, g.Name)
		}
		for _, h := range t[:i] {
			if h.Name == g.Name || h.MinScore.Equal(g.MinScore) {
				return fmt.Errorf("%w: grades %q and %q overlap", ErrUnknownGrade, h.Name, g.Name)
			}
		}
	}
	return nil
}

// Method names a way of setting a credit limit.
type Method string

// The limit methods.
const (
	MethodNetWorth       Method = "tangible-net-worth"
	MethodWorkingCapital Method = "working-capital"
	MethodSales          Method = "sales"
	MethodGrade          Method = "grade"
	MethodInsurance      Method = "insurance-cover"
)

// Limit is one method's figure and how it was derived.
type Limit struct {
	Method Method          `json:"method"`
	Amount decimal.Decimal `json:"amount"` // exact; the policy rounds the combined limit
	Basis  string          `json:"basis"`  // the figures it came from, e.g. "10% of tangible net worth 500000"
}

// NetWorthLimit is share × tangible net worth (book equity − intangibles);
// zero when net worth is negative. A common rule is 10%.
func NetWorthLimit(f Financials, share decimal.Decimal) (Limit, error) {
	return shareLimit(MethodNetWorth, "tangible net worth", f.TangibleNetWorth(), share)
}

// WorkingCapitalLimit is share × working capital; zero when working
// capital is negative. A common rule is 10–20%.
func WorkingCapitalLimit(f Financials, share decimal.Decimal) (Limit, error) {
	return shareLimit(MethodWorkingCapital, "working capital", f.WorkingCapital, share)
}

func shareLimit(m Method, what string, base, share decimal.Decimal) (Limit, error) {
	if share.IsNegative() || share.GreaterThan(one) {
		return Limit{}, fmt.Errorf("%w: %s share %s must be within [0, 1]", ErrInvalidPolicy, m, share)
	}
	amount := decimal.Max(base, decimal.Zero).Mul(share)
	return Limit{Method: m, Amount: amount, Basis: fmt.Sprintf("%s%% of %s %s", share.Shift(2), what, base)}, nil
}

// SalesLimit covers expected purchases on the terms plus a tolerance:
// monthly purchases × (terms days + tolerance days) / 30.
func SalesLimit(monthlyPurchases decimal.Decimal, termsDays, toleranceDays int) (Limit, error) {
	if monthlyPurchases.IsNegative() || termsDays < 0 || toleranceDays < 0 {
		return Limit{}, fmt.Errorf("%w: monthly purchases %s, terms %d days and tolerance %d days must not be negative",
			ErrInvalidPolicy, monthlyPurchases, termsDays, toleranceDays)
	}
	days := decimal.NewFromInt(int64(termsDays + toleranceDays))
	return Limit{Method: MethodSales, Amount: monthlyPurchases.Mul(days).DivRound(decimal.NewFromInt(30), mathPlaces),
		Basis: fmt.Sprintf("monthly purchases %s × (%d + %d days) / 30", monthlyPurchases, termsDays, toleranceDays)}, nil
}

// GradeLimit is the grade's tier amount.
func GradeLimit(g Grade) Limit {
	return Limit{Method: MethodGrade, Amount: g.Limit, Basis: fmt.Sprintf("grade %s tier", g.Name)}
}

// InsuranceLimit caps the limit at the credit insurer's cover for the buyer.
func InsuranceLimit(cover decimal.Decimal) (Limit, error) {
	if cover.IsNegative() {
		return Limit{}, fmt.Errorf("%w: insurance cover %s is negative", ErrInvalidPolicy, cover)
	}
	return Limit{Method: MethodInsurance, Amount: cover, Basis: "insurer's cover for the buyer"}, nil
}

// Combination says how a Policy combines the methods' figures.
type Combination int

const (
	// Minimum takes the lowest figure: every method must support the limit.
	Minimum Combination = iota
	// Weighted takes Σ weight × figure / Σ weight over the methods with a
	// weight.
	Weighted
	// GradeCapped takes the weighted figure of the other methods, capped at
	// the grade's tier (and at the insurance cover, if given).
	GradeCapped
)

// Policy combines limit methods into one decision.
type Policy struct {
	Combine Combination                `json:"combine"`
	Weights map[Method]decimal.Decimal `json:"weights,omitempty"`
	// Unit rounds the limit DOWN to a multiple (e.g. 1000): a limit is a
	// ceiling, so rounding must never grant credit no method supports.
	Unit    decimal.Decimal `json:"unit"`
	Floor   decimal.Decimal `json:"floor"`   // the lowest limit granted (0: none)
	Ceiling decimal.Decimal `json:"ceiling"` // the highest (0: none)
}

// LimitDecision is a limit with every method's figure behind it.
type LimitDecision struct {
	Amount  decimal.Decimal `json:"amount"`  // the limit granted: combined, rounded down to Unit, within Floor and Ceiling
	Methods []Limit         `json:"methods"` // every method's figure, as given
	Reason  string          `json:"reason"`  // how the figures were combined, in a sentence
}

// Decide combines the methods' figures, rounds down to Unit and applies
// the floor and ceiling.
func (p Policy) Decide(limits ...Limit) (LimitDecision, error) {
	if len(limits) == 0 {
		return LimitDecision{}, fmt.Errorf("%w: no limit methods", ErrInvalidPolicy)
	}
	if p.Unit.IsNegative() || p.Floor.IsNegative() || p.Ceiling.IsNegative() ||
		(p.Ceiling.IsPositive() && p.Floor.GreaterThan(p.Ceiling)) {
		return LimitDecision{}, fmt.Errorf("%w: unit %s, floor %s, ceiling %s", ErrInvalidPolicy, p.Unit, p.Floor, p.Ceiling)
	}
	for _, l := range limits {
		if l.Amount.IsNegative() {
			return LimitDecision{}, fmt.Errorf("%w: %s limit %s is negative", ErrInvalidPolicy, l.Method, l.Amount)
		}
	}
	var amount decimal.Decimal
	var reason string
	var err error
	switch p.Combine {
	case Minimum:
		amount = limits[0].Amount
		reason = "lowest of the methods"
		for _, l := range limits[1:] {
			amount = decimal.Min(amount, l.Amount)
		}
	case Weighted:
		amount, err = p.weighted(limits, false)
		reason = "weighted average of the methods"
	case GradeCapped:
		amount, err = p.weighted(limits, true)
		reason = "weighted average capped at the grade tier and insurance cover"
		capped := false
		for _, l := range limits {
			if l.Method == MethodGrade || l.Method == MethodInsurance {
				amount, capped = decimal.Min(amount, l.Amount), true
			}
		}
		if err == nil && !capped {
			err = fmt.Errorf("%w: GradeCapped needs a grade limit", ErrInvalidPolicy)
		}
	default:
		err = fmt.Errorf("%w: unknown combination %d", ErrInvalidPolicy, p.Combine)
	}
	if err != nil {
		return LimitDecision{}, err
	}
	if p.Unit.IsPositive() {
		units, _ := amount.QuoRem(p.Unit, 0) // truncates; amount ≥ 0 here, so floors
		amount = units.Mul(p.Unit)
	}
	if amount.LessThan(p.Floor) {
		amount, reason = p.Floor, reason+", raised to the floor"
	}
	if p.Ceiling.IsPositive() && amount.GreaterThan(p.Ceiling) {
		amount, reason = p.Ceiling, reason+", cut to the ceiling"
	}
	return LimitDecision{Amount: amount, Methods: limits, Reason: reason}, nil
}

// weighted is the weighted average of the methods with a weight, leaving
// out the caps when capsApart.
func (p Policy) weighted(limits []Limit, capsApart bool) (decimal.Decimal, error) {
	sum, weights := decimal.Zero, decimal.Zero
	for _, l := range limits {
		if capsApart && (l.Method == MethodGrade || l.Method == MethodInsurance) {
			continue
		}
		w := p.Weights[l.Method]
		if w.IsNegative() {
			return decimal.Zero, fmt.Errorf("%w: weight of %s is negative", ErrInvalidPolicy, l.Method)
		}
		sum, weights = sum.Add(w.Mul(l.Amount)), weights.Add(w)
	}
	if !weights.IsPositive() {
		return decimal.Zero, fmt.Errorf("%w: no method has a positive weight", ErrInvalidPolicy)
	}
	return sum.DivRound(weights, mathPlaces), nil
}
