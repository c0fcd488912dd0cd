package terms

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/shopspring/decimal"
)

// LineKind says how an installment line takes its share of the total.
type LineKind uint8

const (
	// Percent takes Value (a fraction: 0.3 is 30%) of the total.
	Percent LineKind = iota
	// Fixed takes Value as an amount.
	Fixed
	// Balance takes what the other lines leave; at most one per schedule.
	Balance
)

// Line is one installment of a schedule: its share and its date rule, the
// terms that give its due date from the invoice date ("net 0" for a deposit,
// "net 30 EOM" for the rest) — as in ERPNext's payment terms templates and
// Odoo's payment terms.
type Line struct {
	Kind  LineKind        `json:"kind"`  // Percent, Fixed or Balance
	Value decimal.Decimal `json:"value"` // a fraction for Percent (0.3 = 30%), an amount for Fixed, unused for Balance
	Terms Terms           `json:"terms"` // when this line falls due, from the invoice date
}

// Schedule is an installment plan: lines in the order they are listed.
type Schedule []Line

// Installment is one line resolved for an invoice.
type Installment struct {
	Line   int             `json:"line"`   // index in the schedule
	Due    time.Time       `json:"due"`    // the line's due date, at midnight in the invoice date's location
	Amount decimal.Decimal `json:"amount"` // rounded to the places asked; the lines add up to the total
}

// Split divides total into the schedule's installments, each due by its
// line's terms from invoice, amounts rounded to places decimal places. The
// installments always add up exactly to total (rounded to places):
//
//   - with a Balance line, Percent lines are rounded half-up and the
//     Balance line takes the exact remainder;
//   - without one, the Percent lines must add up to exactly 100%; each is
//     rounded down and the leftover minor units go one each to the lines
//     with the largest remainders (earlier line first on ties) — the
//     largest-remainder method, so no cent is lost or invented.
//
// Errors wrap ErrInvalidSchedule: no lines, a negative total or value, a
// percentage above 100%, two Balance lines, Fixed lines without a Balance
// line, percentages not adding to 100% without a Balance line, or fixed and
// percentage lines exceeding the total.
func (s Schedule) Split(total decimal.Decimal, invoice time.Time, places int32) ([]Installment, error) {
	if err := s.validate(total, places); err != nil {
		return nil, err
	}
	total = total.Round(places)
	out := make([]Installment, len(s))
	balance := -1
	for i, l := range s {
		out[i] = Installment{Line: i, Due: l.Terms.DueDate(invoice)}
		if l.Kind == Balance {
			balance = i
		}
	}
	if balance < 0 {
		allocatePercents(s, total, places, out)
		return out, nil
	}
	rest := total
	for i, l := range s {
		switch l.Kind {
		case Fixed:
			out[i].Amount = l.Value.Round(places)
		case Percent:
			out[i].Amount = total.Mul(l.Value).Round(places)
		default:
			continue
		}
		rest = rest.Sub(out[i].Amount)
	}
	if rest.IsNegative() {
		return nil, fmt.Errorf("%w: the lines take %s more than the total %s", ErrInvalidSchedule, rest.Neg(), total)
	}
	out[balance].Amount = rest
	return out, nil
}

// validate checks the schedule's shape before any arithmetic.
func (s Schedule) validate(total decimal.Decimal, places int32) error {
	if len(s) == 0 {
		return fmt.Errorf("%w: no lines", ErrInvalidSchedule)
	}
	if total.IsNegative() {
		return fmt.Errorf("%w: total %s is negative", ErrInvalidSchedule, total)
	}
	if places < 0 || places > 18 {
		return fmt.Errorf("%w: places %d must be between 0 and 18", ErrInvalidSchedule, places)
	}
	balances, fixed, percent := 0, 0, decimal.Zero
	for i, l := range s {
		if l.Value.IsNegative() {
			return fmt.Errorf("%w: line %d value %s is negative", ErrInvalidSchedule, i, l.Value)
		}
		switch l.Kind {
		case Percent:
			if l.Value.GreaterThan(decimal.NewFromInt(1)) {
				return fmt.Errorf("%w: line %d percentage %s is above 100%% (write 0.3 for 30%%)", ErrInvalidSchedule, i, l.Value)
			}
			percent = percent.Add(l.Value)
		case Fixed:
			fixed++
		case Balance:
			balances++
		default:
			return fmt.Errorf("%w: line %d has unknown kind %d", ErrInvalidSchedule, i, l.Kind)
		}
	}
	switch {
	case balances > 1:
		return fmt.Errorf("%w: %d balance lines; at most one", ErrInvalidSchedule, balances)
	case balances == 0 && fixed > 0:
		return fmt.Errorf("%w: fixed-amount lines need a balance line to take the rest", ErrInvalidSchedule)
	case balances == 0 && !percent.Equal(decimal.NewFromInt(1)):
		return fmt.Errorf("%w: percentages add up to %s%%, not 100%%, and there is no balance line", ErrInvalidSchedule, percent.Shift(2))
	case percent.GreaterThan(decimal.NewFromInt(1)):
		return fmt.Errorf("%w: percentages add up to %s%%, above 100%%", ErrInvalidSchedule, percent.Shift(2))
	}
	return nil
}

// allocatePercents splits total by percentages summing to 1 with the
// largest-remainder method.
func allocatePercents(s Schedule, total decimal.Decimal, places int32, out []Installment) {
	unit := decimal.New(1, -places)
	remainders := make([]int, len(s))
	allocated := decimal.Zero
	for i, l := range s {
		exact := total.Mul(l.Value)
		out[i].Amount = exact.RoundFloor(places)
		allocated = allocated.Add(out[i].Amount)
		remainders[i] = i
	}
	slices.SortStableFunc(remainders, func(a, b int) int {
		ra := total.Mul(s[a].Value).Sub(out[a].Amount)
		rb := total.Mul(s[b].Value).Sub(out[b].Amount)
		return cmp.Or(rb.Cmp(ra), cmp.Compare(a, b))
	})
	for k := 0; allocated.LessThan(total); k++ {
		i := remainders[k%len(remainders)]
		out[i].Amount = out[i].Amount.Add(unit)
		allocated = allocated.Add(unit)
	}
}
