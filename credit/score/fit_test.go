package score

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var writeFitInputs = flag.Bool("write-fit-inputs", false, "write testdata/fit_reference.csv, the WOE design R fits for fit_reference.txt")

// germanWOE bins every characteristic of the German credit data with the
// default options and returns the WOE columns, their names and the
// outcome, leaving out a characteristic that bins into one bin (its WOE
// column is constant: foreign_worker, whose level "no" is 3.7% of the
// sample, under the 5% minimum share).
func germanWOE(t testing.TB) ([][]float64, []string, []bool) {
	s := loadGerman(t)
	var cols [][]float64
	var names []string
	for _, c := range s.Columns {
		b, err := BinColumn(c, s.Bad, BinOptions{})
		require.NoError(t, err)
		if len(b.Bins) == 1 {
			continue
		}
		w, err := b.WOEColumn(c)
		require.NoError(t, err)
		cols = append(cols, w)
		names = append(names, c.Name)
	}
	return cols, names, s.Bad
}

// TestWriteFitInputs writes the WOE design of the German credit data
// (every characteristic, default binning) with the outcome bad = 1, for
// R to fit. Run with -write-fit-inputs; the test fails if the committed
// file differs from what the package computes, so the reference always
// fits the same inputs.
func TestWriteFitInputs(t *testing.T) {
	cols, names, bad := germanWOE(t)
	var b strings.Builder
	b.WriteString("bad," + strings.Join(names, ",") + "\n")
	for i, y := range bad {
		if y {
			b.WriteString("1")
		} else {
			b.WriteString("0")
		}
		for _, c := range cols {
			b.WriteString("," + strconv.FormatFloat(c[i], 'g', 17, 64))
		}
		b.WriteString("\n")
	}
	path := "testdata/fit_reference.csv"
	if *writeFitInputs {
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, string(want), b.String(), "the committed WOE inputs differ from the package's binning")
}

// readReference reads fit_reference.txt: lines "name estimate stderr"
// after the comment lines (#).
func readReference(t *testing.T) (est, se []float64) {
	f, err := os.Open("testdata/fit_reference.txt")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		require.Len(t, fields, 3, line)
		e, err := strconv.ParseFloat(fields[1], 64)
		require.NoError(t, err)
		s, err := strconv.ParseFloat(fields[2], 64)
		require.NoError(t, err)
		est, se = append(est, e), append(se, s)
	}
	return est, se
}

// TestFitEqualsR checks the IRLS fit against R's glm(family = binomial)
// on the same WOE inputs, to 1e-6 in every coefficient and standard
// error. The reference figures (testdata/fit_reference.txt) are R's, with
// the command that produced them at the top of the file.
func TestFitEqualsR(t *testing.T) {
	cols, _, bad := germanWOE(t)
	fit, err := FitLogistic(cols, bad, FitOptions{})
	require.NoError(t, err)
	est, se := readReference(t)
	require.Len(t, est, len(cols)+1)
	for j := range est {
		assert.InDelta(t, est[j], fit.Coefficients[j], 1e-6, fmt.Sprint("coefficient ", j))
		assert.InDelta(t, se[j], fit.StdErrors[j], 1e-6, fmt.Sprint("standard error ", j))
	}
	assert.True(t, fit.Converged)
	assert.Greater(t, fit.Iterations, 2)
	again, err := FitLogistic(cols, bad, FitOptions{})
	require.NoError(t, err)
	assert.Equal(t, fit, again, "deterministic")
}

func TestFitErrors(t *testing.T) {
	// A constant column is the intercept again: singular.
	x := []float64{0.1, 0.2, 0.3, 0.4, 0.5, 0.6}
	y := []bool{false, true, false, true, true, false}
	_, err := FitLogistic([][]float64{x, {1, 1, 1, 1, 1, 1}}, y, FitOptions{})
	assert.ErrorIs(t, err, ErrSingularDesign)
	// Two equal columns.
	_, err = FitLogistic([][]float64{x, x}, y, FitOptions{})
	assert.ErrorIs(t, err, ErrSingularDesign)
	// x separates the outcome perfectly.
	_, err = FitLogistic([][]float64{x}, []bool{false, false, false, true, true, true}, FitOptions{})
	assert.ErrorIs(t, err, ErrSeparation)
	// German credit with foreign_worker, which bins into one bin: its
	// WOE column is constant, the intercept again (R's glm gives it NA).
	g := loadGerman(t)
	var all [][]float64
	for _, c := range g.Columns {
		b, err := BinColumn(c, g.Bad, BinOptions{})
		require.NoError(t, err)
		w, err := b.WOEColumn(c)
		require.NoError(t, err)
		all = append(all, w)
	}
	_, err = FitLogistic(all, g.Bad, FitOptions{})
	assert.ErrorIs(t, err, ErrSingularDesign)
	assert.Contains(t, err.Error(), "column 20 is a linear combination")
	// One step is not enough.
	cols, _, bad := germanWOE(t)
	_, err = FitLogistic(cols, bad, FitOptions{MaxIterations: 1})
	assert.ErrorIs(t, err, ErrNotConverged)
	assert.Contains(t, err.Error(), "after 1 steps")
	// Bad inputs.
	for name, tc := range map[string]struct {
		cols [][]float64
		y    []bool
	}{
		"no columns": {nil, y},
		"no rows":    {[][]float64{{}}, nil},
		"length":     {[][]float64{{1}}, y},
		"nan":        {[][]float64{{0, 1, 2, 3, 4, math.NaN()}}, y},
		"one kind":   {[][]float64{x}, make([]bool, 6)},
	} {
		_, err := FitLogistic(tc.cols, tc.y, FitOptions{})
		assert.ErrorIs(t, err, ErrInvalidData, name)
	}
}

// A fit small enough to follow: one column, six rows. The reference is
// R's, from
//
//	Rscript -e 'x <- c(1,2,3,4,5,6); y <- c(0,1,0,1,1,0); m <- glm(y ~ x, family = binomial,
//	  control = glm.control(epsilon = 1e-14)); s <- summary(m)$coefficients;
//	  cat(sprintf("%.15g %.15g\n", s[,1], s[,2]), sep="")'
func TestFitSmall(t *testing.T) {
	fit, err := FitLogistic([][]float64{{1, 2, 3, 4, 5, 6}}, []bool{false, true, false, true, true, false}, FitOptions{})
	require.NoError(t, err)
	want := [][2]float64{{-0.402218489178489, 1.87615190818014}, {0.114919568336711, 0.482076209649849}}
	for j, w := range want {
		assert.InDelta(t, w[0], fit.Coefficients[j], 1e-9)
		assert.InDelta(t, w[1], fit.StdErrors[j], 1e-9)
	}
}
