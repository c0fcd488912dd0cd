package dso

import (
	"fmt"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// Month is one month of history for a rolling DSO series: the receivables
// balance at month end, the month's credit sales and its length in days.
type Month struct {
	Label       string          `json:"label,omitempty"` // e.g. "2026-10"; carried through to the result
	Receivables decimal.Decimal `json:"receivables"`     // the balance at month end (≥ 0)
	Sales       decimal.Decimal `json:"sales"`           // the month's credit sales (≥ 0)
	Days        int             `json:"days"`            // the month's length, 28–31
}

// Point is one month of a rolling DSO series.
type Point struct {
	Label string `json:"label,omitempty"` // the Month's Label
	// Standard is month-end receivables over the credit sales of the
	// trailing window (up to window months, fewer at the start of the
	// series) times the window's days.
	Standard decimal.Decimal `json:"standard"`
	// Countback is the countback DSO of the month-end receivables against
	// the months up to and including this one, newest first; zero with
	// CountbackValid false while that history is too short to exhaust them.
	Countback decimal.Decimal `json:"countback"`
	// CountbackValid reports whether Countback could be computed.
	CountbackValid bool `json:"countbackValid"`
	// Months is the number of months in Standard's window.
	Months int `json:"months"`
}

// Rolling computes a monthly DSO series from months given oldest first:
// for each month, the standard DSO over a trailing window of up to window
// months (window 3 gives the common "rolling quarter" DSO) and the countback
// DSO over all history so far. A month whose trailing window has no sales
// is an error, as in Standard.
func Rolling(months []Month, window int) ([]Point, error) {
	if len(months) == 0 {
		return nil, fmt.Errorf("%w: months is empty", ErrEmpty)
	}
	if window <= 0 {
		return nil, fmt.Errorf("%w: window is %d months", ErrInvalidDays, window)
	}
	if err := money.CheckDays("window", window); err != nil { // months, bounded like days: beyond every calendar
		return nil, fmt.Errorf("%w: %v", ErrInvalidDays, err)
	}
	history := make([]Period, 0, len(months)) // newest first, rebuilt per month
	points := make([]Point, 0, len(months))
	for i, m := range months {
		if err := nonNegative(fmt.Sprintf("months[%d].Receivables", i), m.Receivables); err != nil {
			return nil, err
		}
		if err := nonNegative(fmt.Sprintf("months[%d].Sales", i), m.Sales); err != nil {
			return nil, err
		}
		if err := positiveDays(fmt.Sprintf("months[%d].Days", i), m.Days); err != nil {
			return nil, err
		}
		first := max(0, i-window+1)
		sales, days := decimal.Zero, 0
		for _, w := range months[first : i+1] {
			sales = sales.Add(w.Sales)
			days += w.Days
		}
		// The window's sums come from checked months and are not checked
		// again: 12 months of 40-digit sales may have 41 digits.
		if !sales.IsPositive() {
			return nil, fmt.Errorf("month %d (%q): %w: the window's creditSales is %s", i, money.Bounded(m.Label), ErrZeroSales, sales)
		}
		standard := daysOf(m.Receivables, sales, days)
		history = history[:0]
		for j := i; j >= 0; j-- {
			history = append(history, Period{Sales: months[j].Sales, Days: months[j].Days})
		}
		p := Point{Label: m.Label, Standard: standard, Months: i - first + 1}
		if cb, err := Countback(m.Receivables, history); err == nil {
			p.Countback, p.CountbackValid = cb, true
		}
		points = append(points, p)
	}
	return points, nil
}
