package score

import (
	"fmt"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// Grade is one row of a grade table: scores from MinScore up (to the next
// grade's MinScore) get this grade, with a tiered credit limit (Limit) or
// a multiplier applied to a base limit, and terms days. A higher score is a
// better grade: scores rise with the GOOD:BAD odds.
type Grade struct {
	Name       string          `json:"name"`                 // e.g. "A"; unique in the table
	MinScore   decimal.Decimal `json:"minScore"`             // the lowest score of the grade; unique in the table
	Limit      decimal.Decimal `json:"limit"`                // the tier's credit limit (≥ 0), as given (the credit package's Policy rounds limits)
	Multiplier decimal.Decimal `json:"multiplier,omitempty"` // optional factor on a base limit (≥ 0)
	TermsDays  int             `json:"termsDays,omitempty"`  // optional payment terms granted, in days
}

// GradeTable maps scores to grades, any order; the highest MinScore not
// above the score wins.
type GradeTable []Grade

// Grade finds the grade of score; ErrUnknownGrade when the table is
// malformed (empty, repeated names or MinScores, negative limits) or the
// score is below every grade.
func (t GradeTable) Grade(score decimal.Decimal) (Grade, error) {
	if err := t.validate(); err != nil {
		return Grade{}, err
	}
	if err := checkRange(ErrUnknownGrade, namedAmount{"score", score}); err != nil {
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

// Lookup finds a grade by name; ErrUnknownGrade when no grade has it.
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
		if err := checkRange(ErrUnknownGrade, namedAmount{"grade " + g.Name + " MinScore", g.MinScore},
			namedAmount{"grade " + g.Name + " Limit", g.Limit}, namedAmount{"grade " + g.Name + " Multiplier", g.Multiplier}); err != nil {
			return err
		}
		if err := money.CheckDays("grade "+money.Bounded(g.Name)+" TermsDays", g.TermsDays); err != nil {
			return fmt.Errorf("%w: %v", ErrUnknownGrade, err)
		}
		if g.Name == "" || g.Limit.IsNegative() || g.Multiplier.IsNegative() || g.TermsDays < 0 {
			return fmt.Errorf("%w: grade %d %q has no name or a negative limit, multiplier or terms", ErrUnknownGrade, i, g.Name)
		}
		for _, h := range t[:i] {
			if h.Name == g.Name || h.MinScore.Equal(g.MinScore) {
				return fmt.Errorf("%w: grades %q and %q overlap", ErrUnknownGrade, h.Name, g.Name)
			}
		}
	}
	return nil
}
