package credit

import (
	"fmt"
	"maps"
	"slices"

	"github.com/receivables-go/receivables/credit/score"
	"github.com/shopspring/decimal"
)

// LimitMethod names a way of setting a credit limit.
type LimitMethod string

// The limit methods.
const (
	MethodNetWorth       LimitMethod = "tangible-net-worth"
	MethodWorkingCapital LimitMethod = "working-capital"
	MethodSales          LimitMethod = "sales"
	MethodGrade          LimitMethod = "grade"
	MethodInsurance      LimitMethod = "insurance-cover"
)

// Limit is one method's figure and how it was derived; a Policy combines
// figures into the limit granted.
type Limit struct {
	Method LimitMethod     `json:"method"`
	Amount decimal.Decimal `json:"amount"` // not rounded; the policy rounds the combined limit down to its Unit
	Basis  string          `json:"basis"`  // the figures it came from, e.g. "10% of tangible net worth 500000"
}

// NetWorthLimit is share × tangible net worth (book equity − intangibles);
// zero when net worth is negative. A common rule is 10%.
func NetWorthLimit(f score.Financials, share decimal.Decimal) (Limit, error) {
	if err := checkRange(ErrInvalidPolicy, "", namedAmount{"BookValueEquity", f.BookValueEquity}, namedAmount{"IntangibleAssets", f.IntangibleAssets}); err != nil {
		return Limit{}, err
	}
	tnw, err := f.TangibleNetWorth()
	if err != nil { // cannot happen: both figures are checked above
		return Limit{}, fmt.Errorf("%w: %v", ErrInvalidPolicy, err)
	}
	return shareLimit(MethodNetWorth, "tangible net worth", tnw, share)
}

// WorkingCapitalLimit is share × working capital; zero when working
// capital is negative. A common rule is 10–20%.
func WorkingCapitalLimit(f score.Financials, share decimal.Decimal) (Limit, error) {
	return shareLimit(MethodWorkingCapital, "working capital", f.WorkingCapital, share)
}

func shareLimit(m LimitMethod, what string, base, share decimal.Decimal) (Limit, error) {
	if err := checkRange(ErrInvalidPolicy, "", namedAmount{string(m) + " share", share}, namedAmount{what, base}); err != nil {
		return Limit{}, err
	}
	if share.IsNegative() || share.GreaterThan(one) {
		return Limit{}, fmt.Errorf("%w: %s share %s must be within [0, 1]", ErrInvalidPolicy, m, share)
	}
	amount := decimal.Max(base, decimal.Zero).Mul(share)
	return Limit{Method: m, Amount: amount, Basis: fmt.Sprintf("%s%% of %s %s", share.Shift(2), what, base)}, nil
}

// SalesLimit covers expected purchases on the terms plus a tolerance:
// monthly purchases × (terms days + tolerance days) / 30. Negative inputs,
// monthly purchases out of the library's range (money.CheckRange) or days
// beyond money.MaxDays (about 10,000 years; an int near MaxInt overflowed
// into a negative limit) wrap ErrInvalidPolicy.
func SalesLimit(monthlyPurchases decimal.Decimal, termsDays, toleranceDays int) (Limit, error) {
	if err := checkRange(ErrInvalidPolicy, "", namedAmount{"monthly purchases", monthlyPurchases}); err != nil {
		return Limit{}, err
	}
	if err := checkDays(ErrInvalidPolicy, "", "terms days", termsDays); err != nil {
		return Limit{}, err
	}
	if err := checkDays(ErrInvalidPolicy, "", "tolerance days", toleranceDays); err != nil {
		return Limit{}, err
	}
	if monthlyPurchases.IsNegative() || termsDays < 0 || toleranceDays < 0 {
		return Limit{}, fmt.Errorf("%w: monthly purchases %s, terms %d days and tolerance %d days must not be negative",
			ErrInvalidPolicy, monthlyPurchases, termsDays, toleranceDays)
	}
	days := decimal.NewFromInt(int64(termsDays) + int64(toleranceDays))
	return Limit{Method: MethodSales, Amount: monthlyPurchases.Mul(days).DivRound(decimal.NewFromInt(30), mathPlaces),
		Basis: fmt.Sprintf("monthly purchases %s × (%d + %d days) / 30", monthlyPurchases, termsDays, toleranceDays)}, nil
}

// GradeLimit is the grade's tier amount (score.Grade.Limit). It computes
// nothing, so it returns no error: Policy.Decide range-checks the amount
// (a grade from GradeTable.Grade was checked there already).
func GradeLimit(g score.Grade) Limit {
	return Limit{Method: MethodGrade, Amount: g.Limit, Basis: fmt.Sprintf("grade %s tier", g.Name)}
}

// InsuranceLimit caps the limit at the credit insurer's cover for the buyer.
func InsuranceLimit(cover decimal.Decimal) (Limit, error) {
	if err := checkRange(ErrInvalidPolicy, "", namedAmount{"insurance cover", cover}); err != nil {
		return Limit{}, err
	}
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

// Policy combines limit methods into one limit. The zero value takes the
// lowest figure and rounds it down to whole currency units, with no floor
// and no ceiling.
type Policy struct {
	// Combine is how the figures are combined; the zero value is Minimum.
	Combine Combination `json:"combine"`
	// Weights are the methods' weights for Weighted and GradeCapped
	// (unused by Minimum); a method without a weight counts for nothing.
	Weights map[LimitMethod]decimal.Decimal `json:"weights,omitempty"`
	// Unit rounds the limit DOWN to a multiple of it (e.g. 1000): a limit
	// is a ceiling, so rounding must never grant credit no method
	// supports. 0 means 1, whole currency units; set 0.01 for cents.
	Unit    decimal.Decimal `json:"unit"`
	Floor   decimal.Decimal `json:"floor"`   // the lowest limit granted; 0 means none
	Ceiling decimal.Decimal `json:"ceiling"` // the highest; 0 means none
}

// LimitResult is a limit with every method's figure behind it.
type LimitResult struct {
	Amount  decimal.Decimal `json:"amount"`  // the limit granted: combined, rounded down to Unit, within Floor and Ceiling
	Methods []Limit         `json:"methods"` // every method's figure, as given
	Reason  string          `json:"reason"`  // how the figures were combined, in a sentence
}

// Decide combines the methods' figures, rounds down to Unit and applies
// the floor and ceiling.
func (p Policy) Decide(limits ...Limit) (LimitResult, error) {
	if err := p.validate(limits); err != nil {
		return LimitResult{}, err
	}
	amount, reason, err := p.combine(limits)
	if err != nil {
		return LimitResult{}, err
	}
	unit := p.Unit
	if unit.IsZero() {
		unit = one
	}
	units, _ := amount.QuoRem(unit, 0) // truncates; amount ≥ 0 here, so floors
	amount = units.Mul(unit)
	if amount.LessThan(p.Floor) {
		amount, reason = p.Floor, reason+", raised to the floor"
	}
	if p.Ceiling.IsPositive() && amount.GreaterThan(p.Ceiling) {
		amount, reason = p.Ceiling, reason+", cut to the ceiling"
	}
	return LimitResult{Amount: amount, Methods: limits, Reason: reason}, nil
}

// validate reports a policy or figures Decide cannot combine.
func (p Policy) validate(limits []Limit) error {
	if len(limits) == 0 {
		return fmt.Errorf("%w: no limit methods", ErrInvalidPolicy)
	}
	if err := checkRange(ErrInvalidPolicy, "", namedAmount{"unit", p.Unit}, namedAmount{"floor", p.Floor}, namedAmount{"ceiling", p.Ceiling}); err != nil {
		return err
	}
	if p.Unit.IsNegative() || p.Floor.IsNegative() || p.Ceiling.IsNegative() ||
		(p.Ceiling.IsPositive() && p.Floor.GreaterThan(p.Ceiling)) {
		return fmt.Errorf("%w: unit %s, floor %s, ceiling %s", ErrInvalidPolicy, p.Unit, p.Floor, p.Ceiling)
	}
	for _, l := range limits {
		if err := checkRange(ErrInvalidPolicy, "", namedAmount{string(l.Method) + " limit", l.Amount}); err != nil {
			return err
		}
		if l.Amount.IsNegative() {
			return fmt.Errorf("%w: %s limit %s is negative", ErrInvalidPolicy, l.Method, l.Amount)
		}
	}
	for _, m := range slices.Sorted(maps.Keys(p.Weights)) { // sorted: the same input, the same message
		if err := checkRange(ErrInvalidPolicy, "", namedAmount{"weight of " + string(m), p.Weights[m]}); err != nil {
			return err
		}
	}
	return nil
}

// combine applies the policy's Combination, unrounded.
func (p Policy) combine(limits []Limit) (decimal.Decimal, string, error) {
	switch p.Combine {
	case Minimum:
		amount := limits[0].Amount
		for _, l := range limits[1:] {
			amount = decimal.Min(amount, l.Amount)
		}
		return amount, "lowest of the methods", nil
	case Weighted:
		amount, err := p.weighted(limits, false)
		return amount, "weighted average of the methods", err
	case GradeCapped:
		return p.gradeCapped(limits)
	}
	return decimal.Zero, "", fmt.Errorf("%w: unknown combination %d", ErrInvalidPolicy, p.Combine)
}

// gradeCapped is the weighted average of the other methods capped at the
// grade tier and the insurance cover.
func (p Policy) gradeCapped(limits []Limit) (decimal.Decimal, string, error) {
	amount, err := p.weighted(limits, true)
	if err != nil {
		return decimal.Zero, "", err
	}
	capped := false
	for _, l := range limits {
		if l.Method == MethodGrade || l.Method == MethodInsurance {
			amount, capped = decimal.Min(amount, l.Amount), true
		}
	}
	if !capped {
		return decimal.Zero, "", fmt.Errorf("%w: GradeCapped needs a grade limit", ErrInvalidPolicy)
	}
	return amount, "weighted average capped at the grade tier and insurance cover", nil
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
