package main

import (
	"github.com/receivables-go/receivables/aging"
	rmoney "github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// Chart geometry in SVG user units (pixels).
const (
	stackHeight = 300 // the height of each currency's positive stack
	axisY       = 330 // the zero line; credits hang below it
	barWidth    = 140
	barGap      = 220 // room for the amount labels right of a bar
	barLeft     = 40
	pxPlaces    = 1 // heights are drawn to a tenth of a pixel
)

// bar is one currency's aging drawn as a stack. Each currency has its own
// scale — amounts in different currencies are never compared without an
// exchange rate — so the bars show each ledger's mix of ages, and the
// labels its amounts.
type bar struct {
	Currency  string
	X, TextX  int
	Total     decimal.Decimal
	TotalText string
	// Scale is pixels per unit of the currency: stackHeight over the sum
	// of the positive buckets.
	Scale    decimal.Decimal
	Segments []segment
}

// segment is one bucket of a bar. A bucket that credit notes make
// negative hangs below the axis, so that nothing is hidden by netting and
// the stacks above minus the stacks below are the currency's total.
type segment struct {
	Bucket   int
	Label    string
	Color    string
	Amount   decimal.Decimal
	Text     string          // the amount, formatted
	Height   decimal.Decimal // pixels, ≥ 0, to pxPlaces
	Y        decimal.Decimal // top edge
	Negative bool
}

// bars lays out one bar per currency of the report.
func bars(r aging.Report) ([]bar, error) {
	var out []bar
	for i, c := range r.Currencies {
		b := bar{Currency: c.Currency, X: barLeft + i*(barWidth+barGap), Total: c.Total,
			TotalText: money(c.Total) + " " + c.Currency}
		b.TextX = b.X + barWidth + 8
		positive, negative := decimal.Zero, decimal.Zero
		for k, a := range c.Amounts {
			if a.IsZero() {
				continue
			}
			b.Segments = append(b.Segments, segment{Bucket: k, Label: r.Buckets.Label(k), Color: palette[k],
				Amount: a, Text: money(a) + " " + c.Currency, Negative: a.IsNegative()})
			if a.IsNegative() {
				negative = negative.Sub(a)
			} else {
				positive = positive.Add(a)
			}
		}
		base := positive
		if base.IsZero() {
			base = negative // only credits: they fill the height below the axis
		}
		if base.IsZero() {
			out = append(out, b)
			continue
		}
		b.Scale = decimal.NewFromInt(stackHeight).DivRound(base, 12)
		b.place()
		out = append(out, b)
	}
	return out, nil
}

// place gives each segment its height and position: heights are rounded
// to pxPlaces by the largest-remainder method within each stack (the
// library's money.Allocate, which splits amounts the same way), so that
// the drawn heights add up exactly to the rounded height of the stack's
// amount (a bar never looks taller than its total).
func (b *bar) place() {
	for _, negative := range []bool{false, true} {
		var idx []int
		sum := decimal.Zero
		for i, s := range b.Segments {
			if s.Negative == negative {
				idx = append(idx, i)
				sum = sum.Add(s.Amount.Abs())
			}
		}
		target := sum.Mul(b.Scale).Round(pxPlaces)
		exact := make([]decimal.Decimal, len(idx))
		for j, i := range idx {
			exact[j] = b.Segments[i].Amount.Abs().Mul(b.Scale)
		}
		heights := rmoney.Allocate(exact, target, pxPlaces)
		y := decimal.NewFromInt(axisY)
		for j, i := range idx {
			s := &b.Segments[i]
			s.Height = heights[j]
			if negative {
				s.Y, y = y, y.Add(s.Height) // downward from the axis
			} else {
				y = y.Sub(s.Height) // upward: Current at the bottom
				s.Y = y
			}
		}
	}
}
