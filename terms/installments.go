package terms

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/internal/money"
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
	Amount decimal.Decimal `json:"amount"` // rounded to the currency's minor unit or to Places; the lines add up to the total
}

// SplitOptions says how Split rounds: to the currency's minor unit, or to
// Places.
type SplitOptions struct {
	// Currency is the ISO 4217 code of the total ("EUR", "JPY", "KWD");
	// the installments are rounded to its minor unit. It may be empty when
	// Places is set.
	Currency string `json:"currency"`
	// Places, when positive (1–18), rounds to that many decimal places
	// instead of the currency's minor unit. 0 means the currency's minor
	// unit.
	Places int32 `json:"places"`
}

// Split divides total into the schedule's installments, each due by its
// line's terms from invoice, amounts rounded to the currency's minor unit
// (or to opt.Places). The installments always add up exactly to total
// rounded the same way:
//
//   - with a Balance line, Percent and Fixed lines are rounded half-up and
//     the Balance line takes the exact remainder;
//   - without one, the Percent lines must add up to exactly 100%; each is
//     rounded down and the leftover minor units go one each to the lines
//     with the largest remainders (earlier line first on ties) — the
//     largest-remainder method, so no cent is lost or invented.
//
// A negative total, an unknown currency without Places or Places above 18
// is an ErrInvalidInput. A schedule that cannot split the total wraps
// ErrInvalidSchedule: no lines, a negative value, a percentage above 100%,
// two Balance lines, Fixed lines without a Balance line, percentages not
// adding to 100% without a Balance line, or fixed and percentage lines
// exceeding the total.
func (s Schedule) Split(invoice time.Time, total decimal.Decimal, opt SplitOptions) ([]Installment, error) {
	places, err := placesFor(opt.Currency, opt.Places)
	if err != nil {
		return nil, err
	}
	if err := nonNegative("total", total); err != nil {
		return nil, err
	}
	if err := s.validate(); err != nil {
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
		exact := make([]decimal.Decimal, len(s))
		for i, l := range s {
			exact[i] = total.Mul(l.Value)
		}
		for i, a := range money.Allocate(exact, total, places) {
			out[i].Amount = a
		}
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
func (s Schedule) validate() error {
	if len(s) == 0 {
		return fmt.Errorf("%w: no lines", ErrInvalidSchedule)
	}
	var balances, fixed int
	percent := decimal.Zero
	for i, l := range s {
		if err := l.check(i); err != nil {
			return err
		}
		switch l.Kind {
		case Percent:
			percent = percent.Add(l.Value)
		case Fixed:
			fixed++
		case Balance:
			balances++
		}
	}
	one := decimal.NewFromInt(1)
	switch {
	case balances > 1:
		return fmt.Errorf("%w: %d balance lines; at most one", ErrInvalidSchedule, balances)
	case balances == 0 && fixed > 0:
		return fmt.Errorf("%w: fixed-amount lines need a balance line to take the rest", ErrInvalidSchedule)
	case balances == 0 && !percent.Equal(one):
		return fmt.Errorf("%w: percentages add up to %s%%, not 100%%, and there is no balance line", ErrInvalidSchedule, percent.Shift(2))
	case percent.GreaterThan(one):
		return fmt.Errorf("%w: percentages add up to %s%%, above 100%%", ErrInvalidSchedule, percent.Shift(2))
	}
	return nil
}

// check rejects a line that no schedule could use: a negative value, a
// percentage above 100% (30 for 30%), an unknown kind. i is its index.
func (l Line) check(i int) error {
	if err := money.CheckRange(fmt.Sprintf("line %d value", i), l.Value); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidSchedule, err)
	}
	if l.Value.IsNegative() {
		return fmt.Errorf("%w: line %d value %s is negative", ErrInvalidSchedule, i, l.Value)
	}
	switch l.Kind {
	case Percent:
		if l.Value.GreaterThan(decimal.NewFromInt(1)) {
			return fmt.Errorf("%w: line %d percentage %s is above 100%% (write 0.3 for 30%%)", ErrInvalidSchedule, i, l.Value)
		}
	case Fixed, Balance:
	default:
		return fmt.Errorf("%w: line %d has unknown kind %d", ErrInvalidSchedule, i, l.Kind)
	}
	return nil
}
