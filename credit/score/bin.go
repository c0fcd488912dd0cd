package score

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/receivables-go/receivables/internal/money"
)

// Trend is the shape the bad rate of a numeric characteristic's bins must
// take, from its lowest values to its highest.
type Trend uint8

// The trends a binning can be held to.
const (
	// TrendAuto, the zero value, tries both monotonic trends and keeps
	// the one with the higher information value.
	TrendAuto Trend = iota
	// TrendAscending: the bad rate rises with the value (the WOE falls).
	TrendAscending
	// TrendDescending: the bad rate falls as the value rises (the WOE
	// rises).
	TrendDescending
	// TrendNone leaves the bins unordered: only the minimum share and the
	// maximum number of bins merge them.
	TrendNone
)

var trendNames = [...]string{TrendAuto: "auto", TrendAscending: "ascending", TrendDescending: "descending", TrendNone: "none"}

// String returns "auto", "ascending", "descending" or "none".
func (t Trend) String() string {
	if int(t) < len(trendNames) {
		return trendNames[t]
	}
	return fmt.Sprintf("Trend(%d)", uint8(t))
}

// BinKind says what a bin holds.
type BinKind uint8

// The kinds of bin.
const (
	BinRange      BinKind = iota // numeric values in [Lower, Upper)
	BinCategories                // the categorical levels in Categories
	BinMissing                   // missing values: NaN, or empty text
	BinSpecial                   // one special numeric value, Special
)

// Column is one characteristic of a development sample: Numbers for a
// numeric one (NaN is missing) or Categories for a categorical one (empty
// or white-space text is missing), one value per applicant, in the order
// of the outcome. Model statistics are float64; they are not money.
type Column struct {
	Name       string
	Numbers    []float64
	Categories []string
	// Special values of a numeric characteristic (e.g. −1 = "no bureau
	// file") get a bin each, apart from the ranges.
	Special []float64
	// Trend of the bad rate over the ranges; the zero value is TrendAuto.
	// Ignored for a categorical characteristic, whose levels are ordered
	// by bad rate.
	Trend Trend
}

// BinOptions tune binning. The zero value is the documented default of
// every field.
type BinOptions struct {
	// FineClasses is the number of quantile classes a numeric
	// characteristic is first cut into: 0 means 20.
	FineClasses int
	// MinBinShare is the least share of the sample a range or category
	// bin may hold (missing and special bins are kept whatever their
	// size): 0 means 0.05; a negative value means no minimum.
	MinBinShare float64
	// MaxBins caps the range or category bins (missing and special bins
	// come on top): 0 means 6.
	MaxBins int
	// Smoothing is added to both the good and the bad count of a bin
	// that has no goods or no bads, before its WOE is taken, so that the
	// WOE stays finite: 0 means 0.5 (half an account). The shares divide
	// by the sample's actual totals of goods and bads, so a bin with
	// counts (g, 0) has WOE ln(((g+s)/G) / (s/B)).
	Smoothing float64
}

func (o BinOptions) fine() int {
	if o.FineClasses <= 0 {
		return 20
	}
	return o.FineClasses
}

func (o BinOptions) minShare() float64 {
	switch {
	case o.MinBinShare == 0:
		return 0.05
	case o.MinBinShare < 0:
		return 0
	}
	return o.MinBinShare
}

func (o BinOptions) maxBins() int {
	if o.MaxBins <= 0 {
		return 6
	}
	return o.MaxBins
}

func (o BinOptions) smoothing() float64 {
	if o.Smoothing <= 0 {
		return 0.5
	}
	return o.Smoothing
}

// Bin is one bin of a characteristic with its counts and evidence. Goods
// and bads are as the rest of the package: WOE = ln(%good / %bad), so a
// positive WOE is better than average.
type Bin struct {
	Kind BinKind
	// Lower and Upper bound a BinRange, [Lower, Upper); the first range
	// has Lower −Inf and the last Upper +Inf.
	Lower, Upper float64
	Categories   []string // the levels of a BinCategories bin, sorted
	Special      float64  // the value of a BinSpecial bin
	Count        int
	Goods, Bads  int
	EventRate    float64 // Bads / Count: the bad rate
	WOE          float64 // ln(%good / %bad), smoothed when a count is zero
	IV           float64 // (%good − %bad) × WOE
}

// Label is the bin as text: "[2, 5)", "(-inf, 2)", "[5, inf)", "missing",
// "special -1", or the categories joined by " | ".
func (b Bin) Label() string {
	switch b.Kind {
	case BinMissing:
		return "missing"
	case BinSpecial:
		return "special " + formatFloat(b.Special)
	case BinCategories:
		return strings.Join(b.Categories, " | ")
	}
	if math.IsInf(b.Lower, -1) {
		return "(-inf, " + formatFloat(b.Upper) + ")"
	}
	return "[" + formatFloat(b.Lower) + ", " + formatFloat(b.Upper) + ")"
}

func formatFloat(v float64) string {
	if math.IsInf(v, 1) {
		return "inf"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// Binning is a characteristic cut into bins: ranges (or category groups)
// first, then special values, then missing, with the totals and the
// information value. It maps a value to its bin (BinOf, BinOfCategory).
type Binning struct {
	Name        string
	Categorical bool
	Trend       Trend // the trend held (TrendAuto resolved); TrendNone for a categorical characteristic
	Bins        []Bin
	Goods, Bads int
	IV          float64 // the sum of the bins' IV

	edges   []float64 // lower bounds of ranges 1…: range k holds values in [edges[k-1], edges[k])
	special map[float64]int
	cats    map[string]int
	missing int // index of the missing bin, or −1
}

// cell is a bin under construction: counts and, for categories, levels.
type cell struct {
	lower       float64 // lowest value of a range (its lower bound is the cell's first value)
	goods, bads int
	levels      []string
}

func (c cell) count() int { return c.goods + c.bads }

func (c cell) rate() float64 { return float64(c.bads) / float64(c.count()) }

// BinColumn bins one characteristic against the outcome bad (true: the
// applicant went bad). Errors wrap ErrInvalidData: a column with both or
// neither of Numbers and Categories, lengths that differ from the
// outcome's, a sample without goods or bads, an infinite value, an unknown
// trend.
func BinColumn(col Column, bad []bool, opt BinOptions) (*Binning, error) {
	if err := checkColumn(col, bad); err != nil {
		return nil, err
	}
	if math.IsNaN(opt.MinBinShare) || math.IsInf(opt.MinBinShare, 0) || math.IsNaN(opt.Smoothing) || math.IsInf(opt.Smoothing, 0) {
		return nil, fmt.Errorf("%w: characteristic %q: BinOptions MinBinShare %v and Smoothing %v must be finite numbers", ErrInvalidData, money.Bounded(col.Name), opt.MinBinShare, opt.Smoothing)
	}
	b := &Binning{Name: col.Name, Categorical: col.Categories != nil, missing: -1}
	for _, y := range bad {
		if y {
			b.Bads++
		} else {
			b.Goods++
		}
	}
	if b.Goods == 0 || b.Bads == 0 {
		return nil, fmt.Errorf("%w: characteristic %q: the sample has %d goods and %d bads; it needs both", ErrInvalidData, money.Bounded(col.Name), b.Goods, b.Bads)
	}
	minCount := opt.minShare() * float64(len(bad))
	var special map[float64]*cell
	var miss cell
	if b.Categorical {
		b.Trend = TrendNone
		b.binCategories(col, bad, &miss, minCount, opt)
	} else {
		special = b.binNumbers(col, bad, &miss, minCount, opt)
	}
	for _, v := range slices.Sorted(mapsKeys(special)) {
		c := special[v]
		b.special[v] = len(b.Bins)
		b.Bins = append(b.Bins, Bin{Kind: BinSpecial, Special: v, Goods: c.goods, Bads: c.bads})
	}
	if miss.count() > 0 {
		b.missing = len(b.Bins)
		b.Bins = append(b.Bins, Bin{Kind: BinMissing, Goods: miss.goods, Bads: miss.bads})
	}
	b.evidence(opt.smoothing())
	return b, nil
}

func mapsKeys[V any](m map[float64]V) func(func(float64) bool) {
	return func(yield func(float64) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func checkColumn(col Column, bad []bool) error {
	name := money.Bounded(col.Name)
	switch {
	case (col.Numbers == nil) == (col.Categories == nil):
		return fmt.Errorf("%w: characteristic %q needs Numbers or Categories, one of them", ErrInvalidData, name)
	case col.Numbers != nil && len(col.Numbers) != len(bad):
		return fmt.Errorf("%w: characteristic %q has %d values for %d outcomes", ErrInvalidData, name, len(col.Numbers), len(bad))
	case col.Categories != nil && len(col.Categories) != len(bad):
		return fmt.Errorf("%w: characteristic %q has %d values for %d outcomes", ErrInvalidData, name, len(col.Categories), len(bad))
	case col.Trend > TrendNone:
		return fmt.Errorf("%w: characteristic %q trend %d is not auto, ascending, descending or none", ErrInvalidData, name, uint8(col.Trend))
	}
	for i, v := range col.Numbers {
		if math.IsInf(v, 0) {
			return fmt.Errorf("%w: characteristic %q value %d is %v; use NaN for missing", ErrInvalidData, name, i, v)
		}
	}
	for _, v := range col.Special {
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return fmt.Errorf("%w: characteristic %q special value %v is not a number", ErrInvalidData, name, v)
		}
	}
	return nil
}

// binCategories groups the levels by bad rate: levels sorted by bad rate
// (ties by name) are the fine classes, merged like numeric ones.
func (b *Binning) binCategories(col Column, bad []bool, miss *cell, minCount float64, opt BinOptions) {
	levels := map[string]*cell{}
	for i, v := range col.Categories {
		if strings.TrimSpace(v) == "" {
			add(miss, bad[i])
			continue
		}
		c := levels[v]
		if c == nil {
			c = &cell{levels: []string{v}}
			levels[v] = c
		}
		add(c, bad[i])
	}
	cells := make([]cell, 0, len(levels))
	for _, c := range levels {
		cells = append(cells, *c)
	}
	slices.SortFunc(cells, func(x, y cell) int {
		return cmp.Or(cmp.Compare(x.rate(), y.rate()), cmp.Compare(x.levels[0], y.levels[0]))
	})
	cells = merge(cells, TrendNone, minCount, opt.maxBins(), b.Goods, b.Bads)
	b.cats = map[string]int{}
	for _, c := range cells {
		slices.Sort(c.levels)
		for _, l := range c.levels {
			b.cats[l] = len(b.Bins)
		}
		b.Bins = append(b.Bins, Bin{Kind: BinCategories, Categories: c.levels, Goods: c.goods, Bads: c.bads})
	}
}

func add(c *cell, bad bool) {
	if bad {
		c.bads++
	} else {
		c.goods++
	}
}

// obs is one regular value of a numeric characteristic and its outcome.
type obs struct {
	v   float64
	bad bool
}

// binNumbers cuts the regular values into quantile classes and merges them
// to the trend; it returns the special values' cells.
func (b *Binning) binNumbers(col Column, bad []bool, miss *cell, minCount float64, opt BinOptions) map[float64]*cell {
	b.special = map[float64]int{}
	regular, special := split(col, bad, miss)
	if len(regular) == 0 {
		return special
	}
	cells := fineClasses(regular, opt.fine())
	trend := col.Trend
	if trend == TrendAuto {
		up := merge(slices.Clone(cells), TrendAscending, minCount, opt.maxBins(), b.Goods, b.Bads)
		down := merge(slices.Clone(cells), TrendDescending, minCount, opt.maxBins(), b.Goods, b.Bads)
		trend, cells = TrendAscending, up
		if ivOf(down, b.Goods, b.Bads) > ivOf(up, b.Goods, b.Bads) {
			trend, cells = TrendDescending, down
		}
	} else {
		cells = merge(cells, trend, minCount, opt.maxBins(), b.Goods, b.Bads)
	}
	b.Trend = trend
	for k, c := range cells {
		lo, hi := math.Inf(-1), math.Inf(1)
		if k > 0 {
			lo = c.lower
			b.edges = append(b.edges, lo)
		}
		if k+1 < len(cells) {
			hi = cells[k+1].lower
		}
		b.Bins = append(b.Bins, Bin{Kind: BinRange, Lower: lo, Upper: hi, Goods: c.goods, Bads: c.bads})
	}
	return special
}

// split counts the missing values into miss and the special values into
// cells of their own (those the sample has), and returns the regular
// values sorted.
func split(col Column, bad []bool, miss *cell) ([]obs, map[float64]*cell) {
	special := map[float64]*cell{}
	for _, v := range col.Special {
		special[v] = &cell{}
	}
	regular := make([]obs, 0, len(bad))
	for i, v := range col.Numbers {
		switch c := special[v]; {
		case math.IsNaN(v):
			add(miss, bad[i])
		case c != nil:
			add(c, bad[i])
		default:
			regular = append(regular, obs{v, bad[i]})
		}
	}
	for v, c := range special {
		if c.count() == 0 {
			delete(special, v)
		}
	}
	slices.SortFunc(regular, func(x, y obs) int { // no NaN here: a plain comparison
		switch {
		case x.v < y.v:
			return -1
		case x.v > y.v:
			return 1
		}
		return 0
	})
	return regular, special
}

// fineClasses cuts sorted values into at most fine classes: a class starts
// at the value found at each quantile position k·n/fine, so tied values
// never straddle two classes.
func fineClasses(regular []obs, fine int) []cell {
	var cells []cell
	for i, o := range regular {
		if i == 0 || (o.v != regular[i-1].v && len(cells) < fine && i >= len(cells)*len(regular)/fine) {
			cells = append(cells, cell{lower: o.v})
		}
		add(&cells[len(cells)-1], o.bad)
	}
	return cells
}

// merge pools adjacent cells: first to the trend (pool-adjacent-
// violators on the bad rate; equal rates pool too, so the trend is
// strict), then every cell below minCount into the neighbour of the
// closer bad rate, then the adjacent pair whose pooling loses the least
// information value until at most maxBins are left. Pooling two adjacent
// cells of a monotonic run keeps it monotonic.
func merge(cells []cell, trend Trend, minCount float64, maxBins, goods, bads int) []cell {
	if trend == TrendAscending || trend == TrendDescending {
		var out []cell
		for _, c := range cells {
			out = append(out, c)
			for len(out) > 1 && violates(out[len(out)-2], out[len(out)-1], trend) {
				out = pool(out, len(out)-2)
			}
		}
		cells = out
	}
	cells = mergeSmall(cells, minCount)
	for len(cells) > maxBins {
		best, loss := 0, math.Inf(1)
		for k := 0; k+1 < len(cells); k++ {
			l := cellIV(cells[k], goods, bads) + cellIV(cells[k+1], goods, bads) - cellIV(joined(cells[k], cells[k+1]), goods, bads)
			if l < loss {
				best, loss = k, l
			}
		}
		cells = pool(cells, best)
	}
	return cells
}

// mergeSmall pools the smallest cell under minCount (the first of equal
// ones) with the neighbour of the closer bad rate (the lower one on a
// tie), until none is left under it or one cell remains.
func mergeSmall(cells []cell, minCount float64) []cell {
	for len(cells) > 1 {
		small := -1
		for k, c := range cells {
			if float64(c.count()) < minCount && (small < 0 || c.count() < cells[small].count()) {
				small = k
			}
		}
		if small < 0 {
			break
		}
		switch {
		case small == 0:
		case small == len(cells)-1:
			small--
		case math.Abs(cells[small-1].rate()-cells[small].rate()) <= math.Abs(cells[small+1].rate()-cells[small].rate()):
			small--
		}
		cells = pool(cells, small)
	}
	return cells
}

// violates reports whether cell b breaks the trend after cell a.
func violates(a, b cell, trend Trend) bool {
	if trend == TrendAscending {
		return b.rate() <= a.rate()
	}
	return b.rate() >= a.rate()
}

func joined(a, b cell) cell {
	return cell{lower: a.lower, goods: a.goods + b.goods, bads: a.bads + b.bads, levels: append(slices.Clone(a.levels), b.levels...)}
}

// pool joins cells k and k+1.
func pool(cells []cell, k int) []cell {
	cells[k] = joined(cells[k], cells[k+1])
	return slices.Delete(cells, k+1, k+2)
}

// cellIV is a cell's IV with the default smoothing, for choosing merges.
func cellIV(c cell, goods, bads int) float64 {
	_, iv := woe(c.goods, c.bads, goods, bads, 0.5)
	return iv
}

func ivOf(cells []cell, goods, bads int) float64 {
	t := 0.0
	for _, c := range cells {
		t += cellIV(c, goods, bads)
	}
	return t
}

// woe is the weight of evidence and IV contribution of a bin with g goods
// and b bads in a sample of G goods and B bads; a zero count has s added
// to both counts of the bin.
func woe(g, b, G, B int, s float64) (w, iv float64) {
	fg, fb := float64(g), float64(b)
	if g == 0 || b == 0 {
		fg, fb = fg+s, fb+s
	}
	pg, pb := fg/float64(G), fb/float64(B)
	w = math.Log(pg / pb)
	return w, (pg - pb) * w
}

// evidence fills each bin's count, bad rate, WOE and IV, and the total.
func (b *Binning) evidence(s float64) {
	b.IV = 0
	for k := range b.Bins {
		bin := &b.Bins[k]
		bin.Count = bin.Goods + bin.Bads
		bin.EventRate = float64(bin.Bads) / float64(bin.Count)
		bin.WOE, bin.IV = woe(bin.Goods, bin.Bads, b.Goods, b.Bads, s)
		b.IV += bin.IV
	}
}

// BinOf is the index in Bins of a number: its special bin, the missing
// bin for NaN, else its range. NaN with no missing bin in the sample, or
// a number given to a categorical binning, is ok = false.
func (b *Binning) BinOf(v float64) (k int, ok bool) {
	if b.Categorical {
		return 0, false
	}
	if math.IsNaN(v) {
		return b.missing, b.missing >= 0
	}
	if k, ok := b.special[v]; ok {
		return k, true
	}
	// The ranges come first: range k holds [edges[k-1], edges[k]).
	lo, hi := 0, len(b.edges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if b.edges[m] <= v {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if len(b.Bins) == 0 || b.Bins[0].Kind != BinRange {
		return 0, false // the sample had no regular values
	}
	return lo, true
}

// BinOfCategory is the index in Bins of a level, matched exactly; empty
// or white-space text is the missing bin. A level the sample did not have
// (or missing with no missing bin) is ok = false.
func (b *Binning) BinOfCategory(v string) (k int, ok bool) {
	if !b.Categorical {
		return 0, false
	}
	if k, ok := b.cats[v]; ok {
		return k, true
	}
	if strings.TrimSpace(v) == "" {
		return b.missing, b.missing >= 0
	}
	return 0, false
}

// Index is the bin of applicant i of col (a column of the binning's
// kind).
func (b *Binning) index(col Column, i int) (int, bool) {
	if b.Categorical {
		return b.BinOfCategory(col.Categories[i])
	}
	return b.BinOf(col.Numbers[i])
}

// WOEColumn is the WOE of each applicant's bin in col, a column of the
// binning's kind and name; a value with no bin (a level or missing value
// the development sample did not have) is ErrInvalidData.
func (b *Binning) WOEColumn(col Column) ([]float64, error) {
	idx, err := b.binIndex(col)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(idx))
	for i, k := range idx {
		out[i] = b.Bins[k].WOE
	}
	return out, nil
}

// binIndex is the bin of each applicant in col.
func (b *Binning) binIndex(col Column) ([]int32, error) {
	if col.Categories != nil != b.Categorical {
		return nil, fmt.Errorf("%w: characteristic %q is not of the binning's kind", ErrInvalidData, money.Bounded(col.Name))
	}
	n := len(col.Numbers) + len(col.Categories)
	out := make([]int32, n)
	for i := range n {
		k, ok := b.index(col, i)
		if !ok {
			return nil, fmt.Errorf("%w: characteristic %q value %d (%s) falls in no bin of the development sample", ErrInvalidData, money.Bounded(col.Name), i, valueText(col, i))
		}
		out[i] = int32(k)
	}
	return out, nil
}

func valueText(col Column, i int) string {
	if col.Categories != nil {
		return fmt.Sprintf("%q", money.Bounded(col.Categories[i]))
	}
	return formatFloat(col.Numbers[i])
}
