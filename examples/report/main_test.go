package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/report.golden from the program's output")

// TestReportGolden runs the program and compares the page with the
// reviewed golden copy. After a deliberate change, run
// `go test ./examples/report -update` and review the diff (and the page).
func TestReportGolden(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	golden := filepath.Join("testdata", "report.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	require.Equal(t, string(want), out.String())
}

// TestSVGIsWellFormedXML parses every inline <svg> element of the page as
// XML: a browser forgives broken markup, an SVG tool does not.
func TestSVGIsWellFormedXML(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	page := out.String()
	n := 0
	for {
		start := strings.Index(page, "<svg")
		if start < 0 {
			break
		}
		end := strings.Index(page[start:], "</svg>")
		require.Positive(t, end, "an <svg> without </svg>")
		svg := page[start : start+end+len("</svg>")]
		d := xml.NewDecoder(strings.NewReader(svg))
		for {
			_, err := d.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			require.NoError(t, err, "svg %d", n)
		}
		page = page[start+end:]
		n++
	}
	require.Equal(t, 2, n, "the aging bars and the DSO trend")
}

// TestBarHeightsAddUpToTotals checks the drawing against the report: the
// segments of each bar hold every bucket's amount, so the stack above the
// axis minus the stack below is the currency's total exactly, and the
// drawn heights add up to the stacks' heights at the bar's scale.
func TestBarHeightsAddUpToTotals(t *testing.T) {
	r, err := aging.AgeSlice(asOf, ledger(), aging.Options{})
	require.NoError(t, err)
	bs, err := bars(r)
	require.NoError(t, err)
	require.Len(t, bs, len(r.Currencies))
	for i, b := range bs {
		requireStacksAddUp(t, b, r.Currencies[i].Total)
		// The positive stack is drawn exactly stackHeight tall.
		up, _ := heights(b)
		require.True(t, up.Equal(decimal.NewFromInt(stackHeight)), "%s: %s px", b.Currency, up)
	}
}

// TestNegativeBucketHangsBelowTheAxis draws a ledger whose credit notes
// make a bucket negative.
func TestNegativeBucketHangsBelowTheAxis(t *testing.T) {
	d := decimal.RequireFromString
	items := []aging.Item{
		{Ref: "I1", Customer: "A", Currency: "EUR", Issued: asOf.AddDate(0, 0, -5), Due: asOf.AddDate(0, 0, 25), Open: d("300.00")},
		{Ref: "I2", Customer: "A", Currency: "EUR", Issued: asOf.AddDate(0, 0, -100), Due: asOf.AddDate(0, 0, -70), Open: d("100.00")},
		{Ref: "CN", Customer: "A", Currency: "EUR", Issued: asOf.AddDate(0, 0, -10), Due: asOf.AddDate(0, 0, -10), Open: d("-150.00")},
	}
	r, err := aging.AgeSlice(asOf, items, aging.Options{})
	require.NoError(t, err)
	bs, err := bars(r)
	require.NoError(t, err)
	b := bs[0]
	// Positive stack 300 + 100 = 400 drawn 300 px tall: 0.75 px per euro.
	require.True(t, b.Scale.Equal(d("0.75")), b.Scale.String())
	requireStacksAddUp(t, b, d("250.00"))
	// Current 300 × 0.75 = 225 px from the axis up; 61–90 100 × 0.75 = 75 px
	// above it; 1–30 −150 × 0.75 = 112.5 px hanging from the axis.
	want := map[string][2]string{"Current": {"225", "105"}, "61-90": {"75", "30"}, "1-30": {"112.5", "330"}}
	for _, s := range b.Segments {
		w := want[s.Label]
		require.True(t, s.Height.Equal(d(w[0])) && s.Y.Equal(d(w[1])), "%s: height %s y %s", s.Label, s.Height, s.Y)
		require.Equal(t, s.Label == "1-30", s.Negative)
	}
}

// TestDSOTrendByHand checks points of the DSO line against hand-computed
// values (DSO = receivables / credit sales × days, rounded half-up to two
// places).
func TestDSOTrendByHand(t *testing.T) {
	tr, err := dsoTrend(history)
	require.NoError(t, err)
	byMonth := map[string]string{}
	for _, p := range tr.Points {
		byMonth[p.Label] = p.DSO
	}
	// Jul 25: 1,240,000 / 690,000 × 31 = 55.710… → 55.71.
	require.Equal(t, "55.71", byMonth["Jul 25"])
	// Dec 25: 1,560,000 / 800,000 × 31 = 1.95 × 31 = 60.45.
	require.Equal(t, "60.45", byMonth["Dec 25"])
	// Feb 26: 1,300,000 / 580,000 × 28 = 62.758… → 62.76.
	require.Equal(t, "62.76", byMonth["Feb 26"])
	// Extremes: Sep 25, 1,280,000 / 700,000 × 30 = 54.857… → 54.86 at the
	// bottom; Jan 26, 1,380,000 / 610,000 × 31 = 70.131… → 70.13 at the top.
	require.Equal(t, "54.86", tr.Min)
	require.Equal(t, "70.13", tr.Max)
	require.True(t, tr.Points[2].Y.Equal(decimal.NewFromInt(trendBottom)))
	require.True(t, tr.Points[6].Y.Equal(decimal.NewFromInt(trendTop)))
}

// requireStacksAddUp checks a bar's segments against its total.
func requireStacksAddUp(t *testing.T, b bar, total decimal.Decimal) {
	t.Helper()
	up, down := heights(b)
	sum, pos, neg := decimal.Zero, decimal.Zero, decimal.Zero
	for _, s := range b.Segments {
		sum = sum.Add(s.Amount)
		if s.Negative {
			neg = neg.Sub(s.Amount)
		} else {
			pos = pos.Add(s.Amount)
		}
	}
	require.True(t, sum.Equal(total), "%s: segments %s, total %s", b.Currency, sum, total)
	require.True(t, up.Equal(pos.Mul(b.Scale).Round(pxPlaces)), "%s up: %s px for %s", b.Currency, up, pos)
	require.True(t, down.Equal(neg.Mul(b.Scale).Round(pxPlaces)), "%s down: %s px for %s", b.Currency, down, neg)
}

// heights sums a bar's drawn heights above and below the axis.
func heights(b bar) (up, down decimal.Decimal) {
	for _, s := range b.Segments {
		if s.Negative {
			down = down.Add(s.Height)
		} else {
			up = up.Add(s.Height)
		}
	}
	return up, down
}
