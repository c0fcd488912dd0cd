package credit

import (
	"fmt"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// ReviewAction is what a limit review proposes. Its zero value is not an
// action: rules must name one.
type ReviewAction uint8

// The review actions.
const (
	// ActionIncrease raises the limit by the rule's step, at most
	// ReviewRules.MaxIncrease.
	ActionIncrease ReviewAction = iota + 1
	// ActionHold keeps the limit.
	ActionHold
	// ActionDecrease lowers the limit by the rule's step, at most
	// ReviewRules.MaxDecrease.
	ActionDecrease
	// ActionFreeze keeps the limit but puts the customer on credit hold
	// (Proposal.OnHold; CreditLimit.OnHold), so every order is blocked
	// until a credit controller lifts it.
	ActionFreeze
)

var actionNames = []string{ActionIncrease: "increase", ActionHold: "hold", ActionDecrease: "decrease", ActionFreeze: "freeze"}

// String returns "increase", "hold", "decrease" or "freeze", and
// "ReviewAction(n)" otherwise.
func (a ReviewAction) String() string {
	if a >= ActionIncrease && a <= ActionFreeze {
		return actionNames[a]
	}
	return fmt.Sprintf("ReviewAction(%d)", uint8(a))
}

// MarshalText encodes the action as its String; an invalid action fails.
func (a ReviewAction) MarshalText() ([]byte, error) {
	if a < ActionIncrease || a > ActionFreeze {
		return nil, fmt.Errorf("%w: action %d is not increase, hold, decrease or freeze", ErrInvalidRule, uint8(a))
	}
	return []byte(actionNames[a]), nil
}

// UnmarshalText decodes "increase", "hold", "decrease" or "freeze".
func (a *ReviewAction) UnmarshalText(text []byte) error {
	for v := ActionIncrease; v <= ActionFreeze; v++ {
		if string(text) == actionNames[v] {
			*a = v
			return nil
		}
	}
	return fmt.Errorf("%w: action %q is not increase, hold, decrease or freeze", ErrInvalidRule, money.Bounded(string(text)))
}

// Behaviour is how a customer behaved since the last review.
type Behaviour struct {
	// AverageDaysLate is the amount-weighted average of days beyond terms
	// of the payments in the period (negative: paid early).
	AverageDaysLate decimal.Decimal `json:"averageDaysLate"`
	// OverdueShare is the share of open receivables past due, in [0, 1].
	OverdueShare decimal.Decimal `json:"overdueShare"`
	// Utilisation is exposure ÷ limit over the period (average or peak, as
	// the caller measures it), ≥ 0; above 1 the limit was exceeded.
	Utilisation decimal.Decimal `json:"utilisation"`
	// BouncedPayments counts returned cheques and direct debits (≥ 0).
	BouncedPayments int `json:"bouncedPayments"`
	// PurchaseGrowth is purchases in the period ÷ purchases in the previous
	// period − 1 (0.25 = 25% more), ≥ −1.
	PurchaseGrowth decimal.Decimal `json:"purchaseGrowth"`
	// Score is the customer's new score, for rules of the caller's own.
	Score decimal.Decimal `json:"score"`
	// ScoreChange is the new score minus the previous one in points; with
	// good:bad odds a higher score is better, so a fall is negative. Zero
	// when there is no new score.
	ScoreChange decimal.Decimal `json:"scoreChange"`
}

// validate reports behaviour that cannot occur (ErrInvalidBehaviour).
func (b Behaviour) validate() error {
	if err := checkRange(ErrInvalidBehaviour, "", namedAmount{"averageDaysLate", b.AverageDaysLate},
		namedAmount{"overdueShare", b.OverdueShare}, namedAmount{"utilisation", b.Utilisation},
		namedAmount{"purchaseGrowth", b.PurchaseGrowth}, namedAmount{"score", b.Score},
		namedAmount{"scoreChange", b.ScoreChange}); err != nil {
		return err
	}
	switch {
	case b.OverdueShare.IsNegative() || b.OverdueShare.GreaterThan(decimal.NewFromInt(1)):
		return fmt.Errorf("%w: overdueShare %s must be in [0, 1]", ErrInvalidBehaviour, b.OverdueShare)
	case b.Utilisation.IsNegative():
		return fmt.Errorf("%w: utilisation %s must not be negative", ErrInvalidBehaviour, b.Utilisation)
	case b.BouncedPayments < 0:
		return fmt.Errorf("%w: bouncedPayments %d must not be negative", ErrInvalidBehaviour, b.BouncedPayments)
	case b.PurchaseGrowth.LessThan(decimal.NewFromInt(-1)):
		return fmt.Errorf("%w: purchaseGrowth %s must not be below -1", ErrInvalidBehaviour, b.PurchaseGrowth)
	}
	return nil
}

// ReviewRule is one row of a review rule table: when When holds, the review
// proposes Action, moving the limit by Step (a fraction of the current
// limit; ignored for hold and freeze).
type ReviewRule struct {
	Name        string                 `json:"name"`        // unique, reported as Proposal.Rule
	Description string                 `json:"description"` // for people reading the rule table
	When        func(b Behaviour) bool `json:"-"`           // the condition; rules are tried in order
	Action      ReviewAction           `json:"action"`
	Step        decimal.Decimal        `json:"step"`
}

// ReviewRules is a rule table and the bounds of the steps it may take. The
// zero value is the default review: DefaultReviewTable, steps of at most
// +20% and −50%, limits rounded down to whole currency units.
type ReviewRules struct {
	// Rules are evaluated in order; the first whose When holds fires.
	// Empty means DefaultReviewTable(); to add a rule of one's own in
	// front of the defaults, prepend it to DefaultReviewTable(). When no
	// rule fires the limit is held (rule RuleNoMatch).
	Rules []ReviewRule `json:"rules"`
	// MaxIncrease caps an increase step (0.20: at most +20% per review).
	// 0 means 0.20; to allow no increase, leave increases out of Rules.
	MaxIncrease decimal.Decimal `json:"maxIncrease"`
	// MaxDecrease caps a decrease step, in [0, 1] (0.50: at most −50%).
	// 0 means 0.50; to allow no decrease, leave decreases out of Rules.
	MaxDecrease decimal.Decimal `json:"maxDecrease"`
	// Unit rounds a changed limit DOWN to a multiple of it (1000 gives
	// round thousands). 0 means 1, whole currency units; set 0.01 for
	// cents. Rounding down can take a decrease below its cap by less than
	// one unit, never an increase above its cap; an increase that rounds
	// below the current limit keeps the current limit.
	Unit decimal.Decimal `json:"unit"`
}

// RuleNoMatch is the rule named in a Proposal when no rule fired; the
// review then holds the limit.
const RuleNoMatch = "no-rule-matched"

// The defaults of ReviewRules' zero fields.
var (
	defaultMaxIncrease = decimal.New(2, -1)
	defaultMaxDecrease = decimal.New(5, -1)
)

// DefaultReviewTable is the default rule table of ReviewRules, evaluated
// in this order (first match fires); each call returns a fresh copy:
//
//	name                  when                                                  action
//	bounced-payments      BouncedPayments ≥ 2                                   freeze
//	seriously-late        AverageDaysLate > 60                                  freeze
//	late-payer            AverageDaysLate > 30 or OverdueShare > 0.40           decrease 30%
//	score-drop            ScoreChange ≤ −20 points                              decrease 20%
//	slipping              BouncedPayments = 1, AverageDaysLate > 10 or
//	                      OverdueShare > 0.15                                   hold
//	growing-good-payer    Utilisation ≥ 0.80, AverageDaysLate ≤ 5,
//	                      OverdueShare ≤ 0.05, PurchaseGrowth ≥ 0.10,
//	                      ScoreChange ≥ 0                                       increase 20%
//	well-used-good-payer  Utilisation ≥ 0.80, AverageDaysLate ≤ 5,
//	                      OverdueShare ≤ 0.05                                   increase 10%
//	unused-limit          Utilisation < 0.20                                    decrease 10%
//	steady                always                                                hold
//
// Risk rules come first so that a growing customer who bounces a payment
// is frozen, not raised. 20 points is one PDO on a common scale (GOOD:BAD
// odds halved). An unused limit is trimmed because it is exposure the
// seller carries (insurance cover, EAD under a CCF) for no sales.
func DefaultReviewTable() []ReviewRule {
	dec := func(s string) decimal.Decimal { return decimal.RequireFromString(s) }
	// Thresholds are parsed once here and captured by the conditions.
	days5, days10, days30, days60 := dec("5"), dec("10"), dec("30"), dec("60")
	share05, share15, share40 := dec("0.05"), dec("0.15"), dec("0.40")
	used20, used80, grew10, fell20 := dec("0.20"), dec("0.80"), dec("0.10"), dec("-20")
	goodPayer := func(b Behaviour) bool {
		return b.Utilisation.GreaterThanOrEqual(used80) &&
			b.AverageDaysLate.LessThanOrEqual(days5) && b.OverdueShare.LessThanOrEqual(share05)
	}
	return []ReviewRule{
		{Name: "bounced-payments", Description: "2 or more bounced payments", Action: ActionFreeze,
			When: func(b Behaviour) bool { return b.BouncedPayments >= 2 }},
		{Name: "seriously-late", Description: "pays more than 60 days late on average", Action: ActionFreeze,
			When: func(b Behaviour) bool { return b.AverageDaysLate.GreaterThan(days60) }},
		{Name: "late-payer", Description: "pays more than 30 days late or over 40% overdue", Action: ActionDecrease, Step: dec("0.30"),
			When: func(b Behaviour) bool {
				return b.AverageDaysLate.GreaterThan(days30) || b.OverdueShare.GreaterThan(share40)
			}},
		{Name: "score-drop", Description: "score fell by 20 points or more", Action: ActionDecrease, Step: dec("0.20"),
			When: func(b Behaviour) bool { return b.ScoreChange.LessThanOrEqual(fell20) }},
		{Name: "slipping", Description: "a bounced payment, over 10 days late or over 15% overdue", Action: ActionHold,
			When: func(b Behaviour) bool {
				return b.BouncedPayments == 1 || b.AverageDaysLate.GreaterThan(days10) || b.OverdueShare.GreaterThan(share15)
			}},
		{Name: "growing-good-payer", Description: "prompt payer using 80%+ of the limit, purchases up 10%+", Action: ActionIncrease, Step: dec("0.20"),
			When: func(b Behaviour) bool {
				return goodPayer(b) && b.PurchaseGrowth.GreaterThanOrEqual(grew10) && !b.ScoreChange.IsNegative()
			}},
		{Name: "well-used-good-payer", Description: "prompt payer using 80%+ of the limit", Action: ActionIncrease, Step: dec("0.10"),
			When: goodPayer},
		{Name: "unused-limit", Description: "uses less than 20% of the limit", Action: ActionDecrease, Step: dec("0.10"),
			When: func(b Behaviour) bool { return b.Utilisation.LessThan(used20) }},
		{Name: "steady", Description: "no rule for a change applies", Action: ActionHold,
			When: func(Behaviour) bool { return true }},
	}
}

// resolved returns r with its zero fields set to their defaults.
func (r ReviewRules) resolved() ReviewRules {
	if len(r.Rules) == 0 {
		r.Rules = DefaultReviewTable()
	}
	if r.MaxIncrease.IsZero() {
		r.MaxIncrease = defaultMaxIncrease
	}
	if r.MaxDecrease.IsZero() {
		r.MaxDecrease = defaultMaxDecrease
	}
	if r.Unit.IsZero() {
		r.Unit = one
	}
	return r
}

// Proposal is the outcome of a limit review: the action, the rule that
// fired and the limit it leads to. Proposed is rounded down to the rules'
// Unit and Change is exact; ChangeRate is Change ÷ Current rounded half-up
// to RatePlaces (0 for a zero current limit).
type Proposal struct {
	Customer   string          `json:"customer,omitempty"` // the reviewed limit's Customer
	Currency   string          `json:"currency"`
	Action     ReviewAction    `json:"action"`     // increase, hold, decrease or freeze
	Rule       string          `json:"rule"`       // the Name of the rule that fired
	Reason     string          `json:"reason"`     // a sentence with the figures that made it fire
	Current    decimal.Decimal `json:"current"`    // the limit before the review
	Proposed   decimal.Decimal `json:"proposed"`   // the limit after it, bounded and rounded down to the rules' Unit
	Change     decimal.Decimal `json:"change"`     // Proposed − Current
	ChangeRate decimal.Decimal `json:"changeRate"` // Change ÷ Current, a fraction
	// OnHold is whether the customer should be on credit hold after the
	// review: set by a freeze, kept if it was set (a review never lifts a
	// hold).
	OnHold bool `json:"onHold"`
}

// Limit returns the credit limit the proposal leads to.
func (p Proposal) Limit() CreditLimit {
	return CreditLimit{Customer: p.Customer, Currency: p.Currency, Amount: p.Proposed, OnHold: p.OnHold}
}

// Validate reports bounds or rules that cannot be applied: negative caps, a
// MaxDecrease above 1 or a negative Unit (ErrInvalidLimit); a rule without
// name or condition, with an unknown action or a negative step
// (ErrInvalidRule). Review validates its rules itself; call Validate to
// reject a bad table when it is loaded.
func (r ReviewRules) Validate() error {
	if err := checkRange(ErrInvalidLimit, "", namedAmount{"maxIncrease", r.MaxIncrease},
		namedAmount{"maxDecrease", r.MaxDecrease}, namedAmount{"unit", r.Unit}); err != nil {
		return err
	}
	switch {
	case r.MaxIncrease.IsNegative():
		return fmt.Errorf("%w: maxIncrease %s must not be negative", ErrInvalidLimit, r.MaxIncrease)
	case r.MaxDecrease.IsNegative() || r.MaxDecrease.GreaterThan(decimal.NewFromInt(1)):
		return fmt.Errorf("%w: maxDecrease %s must be in [0, 1]", ErrInvalidLimit, r.MaxDecrease)
	case r.Unit.IsNegative():
		return fmt.Errorf("%w: unit %s must not be negative", ErrInvalidLimit, r.Unit)
	}
	for i, rule := range r.Rules {
		switch {
		case rule.Name == "":
			return fmt.Errorf("%w: rule %d has no name", ErrInvalidRule, i)
		case rule.When == nil:
			return fmt.Errorf("%w: rule %d %q has no condition", ErrInvalidRule, i, money.Bounded(rule.Name))
		case rule.Action < ActionIncrease || rule.Action > ActionFreeze:
			return fmt.Errorf("%w: rule %d %q action %d is unknown", ErrInvalidRule, i, money.Bounded(rule.Name), uint8(rule.Action))
		case !money.InRange(rule.Step):
			return fmt.Errorf("%w: rule %d %q: %v", ErrInvalidRule, i, money.Bounded(rule.Name), money.CheckRange("step", rule.Step))
		case rule.Step.IsNegative():
			return fmt.Errorf("%w: rule %d %q step %s must not be negative", ErrInvalidRule, i, money.Bounded(rule.Name), rule.Step)
		}
	}
	return nil
}

// Review runs the rule table on the customer's behaviour: the first rule
// whose condition holds fires, and its action moves the current limit by its
// step, bounded by MaxIncrease or MaxDecrease and rounded down to Unit.
// When no rule fires the limit is held (rule RuleNoMatch). ReviewRules{}.Review
// applies the defaults.
func (r ReviewRules) Review(current CreditLimit, b Behaviour) (Proposal, error) {
	if err := r.Validate(); err != nil {
		return Proposal{}, err
	}
	r = r.resolved()
	if err := current.validate(); err != nil {
		return Proposal{}, err
	}
	if err := b.validate(); err != nil {
		return Proposal{}, fmt.Errorf("customer %q: %w", money.Bounded(current.Customer), err)
	}
	p := Proposal{
		Customer: current.Customer, Currency: current.Currency,
		Action: ActionHold, Rule: RuleNoMatch, Reason: "no rule fired",
		Current: current.Amount, Proposed: current.Amount, OnHold: current.OnHold,
	}
	for _, rule := range r.Rules {
		if !rule.When(b) {
			continue
		}
		p.Action, p.Rule, p.Reason = rule.Action, rule.Name, rule.Description
		switch rule.Action {
		case ActionIncrease:
			step := decimal.Min(rule.Step, r.MaxIncrease)
			p.Proposed = decimal.Max(r.roundDown(current.Amount.Add(current.Amount.Mul(step))), current.Amount)
		case ActionDecrease:
			step := decimal.Min(rule.Step, r.MaxDecrease)
			p.Proposed = r.roundDown(current.Amount.Sub(current.Amount.Mul(step)))
		case ActionFreeze:
			p.OnHold = true
		}
		break
	}
	p.Change = p.Proposed.Sub(p.Current)
	if !p.Current.IsZero() {
		p.ChangeRate = p.Change.DivRound(p.Current, RatePlaces)
	}
	return p, nil
}

// roundDown rounds a non-negative amount down to a multiple of Unit
// (resolved: positive).
func (r ReviewRules) roundDown(amount decimal.Decimal) decimal.Decimal {
	return amount.Sub(amount.Mod(r.Unit))
}
