package main

import (
	"fmt"
	"strings"

	"github.com/receivables-go/receivables/dso"
	"github.com/shopspring/decimal"
)

// month is one month-end of the embedded history, in EUR.
type month struct {
	label       string
	days        int
	receivables int64 // open at month-end
	sales       int64 // credit sales of the month
}

// history is a year of month-ends: receivables swell before the year end.
var history = []month{
	{"Jul 25", 31, 1_240_000, 690_000}, {"Aug 25", 31, 1_310_000, 640_000}, {"Sep 25", 30, 1_280_000, 700_000},
	{"Oct 25", 31, 1_330_000, 720_000}, {"Nov 25", 30, 1_420_000, 760_000}, {"Dec 25", 31, 1_560_000, 800_000},
	{"Jan 26", 31, 1_380_000, 610_000}, {"Feb 26", 28, 1_300_000, 580_000}, {"Mar 26", 31, 1_350_000, 660_000},
	{"Apr 26", 30, 1_290_000, 620_000}, {"May 26", 31, 1_330_000, 690_000}, {"Jun 26", 30, 1_300_000, 700_000},
}

// Trend chart geometry.
const (
	trendLeft, trendStep    = 50, 60
	trendTop, trendBottom   = 30, 230
	trendWidth, trendHeight = trendLeft*2 + trendStep*11, 270
)

// trend is the DSO line: one point per month.
type trend struct {
	Points   []point
	Polyline string // "x,y x,y …" for the SVG polyline
	Min, Max string
}

// point is one month's DSO and where it is drawn.
type point struct {
	Label, DSO string
	X          int
	Y          decimal.Decimal
}

// dsoTrend computes each month's DSO (standard method, the month's own
// sales and days; dso rounds it half-up to dso.RatePlaces, and it is shown
// as is, not rounded twice) and places the points between the lowest
// (bottom) and highest (top) value.
func dsoTrend(months []month) (trend, error) {
	values := make([]decimal.Decimal, len(months))
	var lo, hi decimal.Decimal
	for i, m := range months {
		d, err := dso.Standard(decimal.NewFromInt(m.receivables), decimal.NewFromInt(m.sales), m.days)
		if err != nil {
			return trend{}, fmt.Errorf("month %s: %w", m.label, err)
		}
		values[i] = d
		if i == 0 || values[i].LessThan(lo) {
			lo = values[i]
		}
		if i == 0 || values[i].GreaterThan(hi) {
			hi = values[i]
		}
	}
	t := trend{Min: lo.StringFixed(dso.RatePlaces), Max: hi.StringFixed(dso.RatePlaces)}
	span := hi.Sub(lo)
	var coords []string
	for i, v := range values {
		y := decimal.NewFromInt((trendTop + trendBottom) / 2)
		if span.IsPositive() {
			// Linear: lo at trendBottom, hi at trendTop.
			y = decimal.NewFromInt(trendBottom).Sub(v.Sub(lo).Mul(decimal.NewFromInt(trendBottom-trendTop)).DivRound(span, pxPlaces))
		}
		p := point{Label: months[i].label, DSO: v.StringFixed(dso.RatePlaces), X: trendLeft + i*trendStep, Y: y}
		t.Points = append(t.Points, p)
		coords = append(coords, fmt.Sprintf("%d,%s", p.X, y.StringFixed(pxPlaces)))
	}
	t.Polyline = strings.Join(coords, " ")
	return t, nil
}
