package score

import (
	"math"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// outcome builds a column's values and outcomes from (value, goods, bads)
// counts.
func repeat[T any](v T, goods, bads int, vals *[]T, bad *[]bool) {
	for range goods {
		*vals = append(*vals, v)
		*bad = append(*bad, false)
	}
	for range bads {
		*vals = append(*vals, v)
		*bad = append(*bad, true)
	}
}

// loadGerman reads the shipped Statlog German credit data.
func loadGerman(t testing.TB) Sample {
	t.Helper()
	f, err := os.Open("testdata/germancredit.csv")
	require.NoError(t, err)
	defer f.Close()
	s, err := ReadSample(f, "creditability", "bad")
	require.NoError(t, err)
	return s
}

// A categorical table small enough to check by hand: levels A (8 good,
// 2 bad), B (6, 4), C (2, 0); 16 goods and 6 bads in all. C has no bads,
// so 0.5 is added to both its counts. The figures are from
//
//	awk 'BEGIN{G=16;B=6; split("8 6 2.5",g," "); split("2 4 0.5",b," ");
//	  for(i=1;i<=3;i++){w=log((g[i]/G)/(b[i]/B)); iv=(g[i]/G-b[i]/B)*w; t+=iv;
//	  printf "%.12f %.12f\n",w,iv}; printf "IV %.12f\n",t}'
func TestBinCategoricalByHand(t *testing.T) {
	var vals []string
	var bad []bool
	repeat("A", 8, 2, &vals, &bad)
	repeat("B", 6, 4, &vals, &bad)
	repeat("C", 2, 0, &vals, &bad)
	b, err := BinColumn(Column{Name: "level", Categories: vals}, bad, BinOptions{MinBinShare: -1, MaxBins: 10})
	require.NoError(t, err)
	require.Len(t, b.Bins, 3)
	// Sorted by bad rate: C (0), A (0.2), B (0.4).
	want := []struct {
		label   string
		g, bd   int
		rate    float64
		woe, iv float64
	}{
		{"C", 2, 0, 0, 0.628608659422, 0.045836048083},
		{"A", 8, 2, 0.2, 0.405465108108, 0.067577518018},
		{"B", 6, 4, 0.4, -0.575364144904, 0.167814542264},
	}
	for k, w := range want {
		got := b.Bins[k]
		assert.Equal(t, w.label, got.Label())
		assert.Equal(t, w.g, got.Goods)
		assert.Equal(t, w.bd, got.Bads)
		assert.Equal(t, w.g+w.bd, got.Count)
		assert.InDelta(t, w.rate, got.EventRate, 1e-12)
		assert.InDelta(t, w.woe, got.WOE, 1e-11, w.label)
		assert.InDelta(t, w.iv, got.IV, 1e-11, w.label)
	}
	assert.InDelta(t, 0.281228108364, b.IV, 1e-11)
	k, ok := b.BinOfCategory("B")
	assert.True(t, ok)
	assert.Equal(t, 2, k)
	_, ok = b.BinOfCategory("Z")
	assert.False(t, ok)
	_, ok = b.BinOfCategory(" ")
	assert.False(t, ok, "no missing bin in the sample")

	// A larger smoothing constant changes only the smoothed bin:
	// ln(((2+1)/16) / (1/6)) = ln(1.125).
	b, err = BinColumn(Column{Name: "level", Categories: vals}, bad, BinOptions{MinBinShare: -1, MaxBins: 10, Smoothing: 1})
	require.NoError(t, err)
	assert.InDelta(t, math.Log(1.125), b.Bins[0].WOE, 1e-12)
	assert.InDelta(t, 0.405465108108, b.Bins[1].WOE, 1e-11)

	// Two bins at most: the pair whose pooling loses the least IV is C+A
	// (10 good, 2 bad).
	b, err = BinColumn(Column{Name: "level", Categories: vals}, bad, BinOptions{MinBinShare: -1, MaxBins: 2})
	require.NoError(t, err)
	require.Len(t, b.Bins, 2)
	assert.Equal(t, "A | C", b.Bins[0].Label())
	assert.Equal(t, []int{10, 2}, []int{b.Bins[0].Goods, b.Bins[0].Bads})
}

// IV of "status of existing checking account" with its four levels as
// bins, the classic figure of the German credit data (0.666). Reference:
//
//	awk -F, 'NR>1{sub(/\r$/,""); n[$1]++; if($NF=="bad"){b[$1]++;B++} else {g[$1]++;G++}}
//	  END{for(k in n){w=log((g[k]/G)/(b[k]/B)); iv+=(g[k]/G-b[k]/B)*w;
//	  printf "%s g=%d b=%d woe=%.10f\n",k,g[k],b[k],w} printf "IV=%.10f\n",iv}' testdata/germancredit.csv
//
// which prints IV=0.6660115034 and the WOEs below.
func TestBinGermanCheckingAccount(t *testing.T) {
	s := loadGerman(t)
	col, ok := s.Column("status_of_existing_checking_account")
	require.True(t, ok)
	b, err := BinColumn(col, s.Bad, BinOptions{MinBinShare: -1})
	require.NoError(t, err)
	require.Len(t, b.Bins, 4)
	assert.InDelta(t, 0.6660115034, b.IV, 1e-10)
	woes := map[string]float64{
		"... < 0 DM":          -0.8180987057,
		"0 <= ... < 200 DM":   -0.4013917827,
		"no checking account": 1.1762632229,
		"... >= 200 DM / salary assignments for at least 1 year": 0.4054651081,
	}
	for _, bin := range b.Bins {
		require.Len(t, bin.Categories, 1)
		assert.InDelta(t, woes[bin.Categories[0]], bin.WOE, 1e-10, bin.Categories[0])
	}
	assert.Equal(t, 700, b.Goods)
	assert.Equal(t, 300, b.Bads)
}

// Numeric binning: ten values, bad rates that rise but for one dip, a
// special value and missing values in bins of their own.
func TestBinNumericMonotonic(t *testing.T) {
	var vals []float64
	var bad []bool
	// value: goods, bads — bad rates 0.1, 0.2, 0.15 (a dip), 0.4, 0.5.
	repeat(1.0, 9, 1, &vals, &bad)
	repeat(2.0, 8, 2, &vals, &bad)
	repeat(3.0, 17, 3, &vals, &bad)
	repeat(4.0, 6, 4, &vals, &bad)
	repeat(5.0, 5, 5, &vals, &bad)
	repeat(-1.0, 3, 3, &vals, &bad)
	repeat(math.NaN(), 4, 1, &vals, &bad)
	col := Column{Name: "x", Numbers: vals, Special: []float64{-1, 99}}
	b, err := BinColumn(col, bad, BinOptions{MinBinShare: -1, FineClasses: 10})
	require.NoError(t, err)
	assert.Equal(t, TrendAscending, b.Trend)
	// The dip pools 2 and 3 (25 good, 5 bad: rate 1/6).
	var labels []string
	for _, bin := range b.Bins {
		labels = append(labels, bin.Label())
	}
	assert.Equal(t, []string{"(-inf, 2)", "[2, 4)", "[4, 5)", "[5, inf)", "special -1", "missing"}, labels)
	assert.Equal(t, 25, b.Bins[1].Goods)
	assert.Equal(t, 5, b.Bins[1].Bads)
	for k := 1; k < 4; k++ {
		assert.Greater(t, b.Bins[k].EventRate, b.Bins[k-1].EventRate)
		assert.Less(t, b.Bins[k].WOE, b.Bins[k-1].WOE)
	}
	for v, want := range map[float64]int{-5: 0, 1.5: 0, 2: 1, 3.9: 1, 4: 2, 5: 3, 1e9: 3, -1: 4} {
		k, ok := b.BinOf(v)
		assert.True(t, ok)
		assert.Equal(t, want, k, v)
	}
	k, ok := b.BinOf(math.NaN())
	assert.True(t, ok)
	assert.Equal(t, 5, k)

	// Fixed descending trend: everything pools into one range.
	col.Trend = TrendDescending
	b, err = BinColumn(col, bad, BinOptions{MinBinShare: -1, FineClasses: 10})
	require.NoError(t, err)
	assert.Equal(t, "(-inf, inf)", b.Bins[0].Label())
	assert.Equal(t, BinSpecial, b.Bins[1].Kind)

	// A minimum share of 25% of the 86 applicants (21.5): [4, 5) (10)
	// and [5, inf) (10) pool; (-inf, 2) (10) pools with [2, 4) (30),
	// the neighbour it has to.
	col.Trend = TrendAscending
	b, err = BinColumn(col, bad, BinOptions{MinBinShare: 0.25, FineClasses: 10})
	require.NoError(t, err)
	labels = labels[:0]
	for _, bin := range b.Bins {
		labels = append(labels, bin.Label())
	}
	assert.Equal(t, []string{"(-inf, 4)", "[4, inf)", "special -1", "missing"}, labels)

	// No trend, at most two ranges.
	col.Trend = TrendNone
	b, err = BinColumn(col, bad, BinOptions{MinBinShare: -1, FineClasses: 10, MaxBins: 2})
	require.NoError(t, err)
	assert.Len(t, b.Bins, 4)
}

func TestBinQuantileClasses(t *testing.T) {
	// 100 distinct values, 20 fine classes of 5, no merging (no trend, no
	// minimum, 20 bins allowed): each class starts at a multiple of 5.
	var vals []float64
	var bad []bool
	for i := range 100 {
		vals = append(vals, float64(i))
		bad = append(bad, i%3 == 0)
	}
	b, err := BinColumn(Column{Name: "q", Numbers: vals, Trend: TrendNone}, bad, BinOptions{MinBinShare: -1, MaxBins: 20})
	require.NoError(t, err)
	require.Len(t, b.Bins, 20)
	for k, bin := range b.Bins {
		assert.Equal(t, 5, bin.Count)
		if k > 0 {
			assert.Equal(t, float64(5*k), bin.Lower)
		}
	}
}

func TestBinErrors(t *testing.T) {
	bad := []bool{true, false}
	for name, col := range map[string]Column{
		"neither":   {Name: "x"},
		"both":      {Name: "x", Numbers: []float64{1, 2}, Categories: []string{"a", "b"}},
		"length":    {Name: "x", Numbers: []float64{1}},
		"catlength": {Name: "x", Categories: []string{"a"}},
		"inf":       {Name: "x", Numbers: []float64{1, math.Inf(1)}},
		"special":   {Name: "x", Numbers: []float64{1, 2}, Special: []float64{math.NaN()}},
		"trend":     {Name: "x", Numbers: []float64{1, 2}, Trend: 9},
	} {
		_, err := BinColumn(col, bad, BinOptions{})
		assert.ErrorIs(t, err, ErrInvalidData, name)
		assert.Contains(t, err.Error(), `"x"`, name)
	}
	_, err := BinColumn(Column{Name: "x", Numbers: []float64{1, 2}}, bad, BinOptions{Smoothing: math.NaN()})
	assert.ErrorIs(t, err, ErrInvalidData)
	assert.Contains(t, err.Error(), "Smoothing NaN")
	_, err = BinColumn(Column{Name: "x", Numbers: []float64{1, 2}}, []bool{false, false}, BinOptions{})
	assert.ErrorIs(t, err, ErrInvalidData)
	assert.Contains(t, err.Error(), "2 goods and 0 bads")
	// All missing: one bin.
	b, err := BinColumn(Column{Name: "x", Numbers: []float64{math.NaN(), math.NaN()}}, bad, BinOptions{})
	require.NoError(t, err)
	require.Len(t, b.Bins, 1)
	_, ok := b.BinOf(3)
	assert.False(t, ok)
	_, ok = b.BinOfCategory("a")
	assert.False(t, ok)
	assert.Equal(t, "auto", TrendAuto.String())
	assert.Equal(t, "Trend(9)", Trend(9).String())
}
