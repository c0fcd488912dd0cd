package score_test

import (
	"fmt"
	"math"
	"os"
	"strings"

	"github.com/receivables-go/receivables/credit/score"
	"github.com/shopspring/decimal"
)

// Categories A (8 good, 2 bad), B (6, 4) and C (2, 0): C has no bads, so
// half an account is added to both its counts before its WOE is taken.
func ExampleBinColumn() {
	var levels []string
	var bad []bool
	for _, l := range []struct {
		name        string
		goods, bads int
	}{{"A", 8, 2}, {"B", 6, 4}, {"C", 2, 0}} {
		for i := range l.goods + l.bads {
			levels = append(levels, l.name)
			bad = append(bad, i >= l.goods)
		}
	}
	b, err := score.BinColumn(score.Column{Name: "level", Categories: levels}, bad, score.BinOptions{MinBinShare: -1})
	if err != nil {
		panic(err)
	}
	for _, bin := range b.Bins {
		fmt.Printf("%s: %d good, %d bad, WOE %.4f, IV %.4f\n", bin.Label(), bin.Goods, bin.Bads, bin.WOE, bin.IV)
	}
	fmt.Printf("IV %.4f\n", b.IV)
	// Output:
	// C: 2 good, 0 bad, WOE 0.6286, IV 0.0458
	// A: 8 good, 2 bad, WOE 0.4055, IV 0.0676
	// B: 6 good, 4 bad, WOE -0.5754, IV 0.1678
	// IV 0.2812
}

// Special values and missing values get bins of their own; the ranges
// follow the trend of the bad rate.
func ExampleBinColumn_numeric() {
	months := []float64{1, 2, 3, 4, 5, 6, 7, 8, -1, -1, math.NaN(), math.NaN()}
	bad := []bool{true, true, false, true, false, false, false, false, true, false, true, true}
	b, err := score.BinColumn(score.Column{Name: "months on book", Numbers: months, Special: []float64{-1}}, bad,
		score.BinOptions{MinBinShare: -1, FineClasses: 8})
	if err != nil {
		panic(err)
	}
	fmt.Println("trend of the bad rate:", b.Trend)
	for _, bin := range b.Bins {
		fmt.Printf("%-10s %d of %d bad\n", bin.Label(), bin.Bads, bin.Count)
	}
	// Output:
	// trend of the bad rate: descending
	// (-inf, 3)  2 of 2 bad
	// [3, 5)     1 of 2 bad
	// [5, inf)   0 of 4 bad
	// special -1 1 of 2 bad
	// missing    2 of 2 bad
}

func ExampleFitLogistic() {
	fit, err := score.FitLogistic([][]float64{{1, 2, 3, 4, 5, 6}}, []bool{false, true, false, true, true, false}, score.FitOptions{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("intercept %.6f (se %.6f), slope %.6f (se %.6f), %d iterations\n",
		fit.Coefficients[0], fit.StdErrors[0], fit.Coefficients[1], fit.StdErrors[1], fit.Iterations)
	// Output: intercept -0.402218 (se 1.876152), slope 0.114920 (se 0.482076), 3 iterations
}

// A card learned from the German credit data is a Scorecard like a
// hand-written one: Evaluate gives the score and the reasons; a Scorer
// gives the same total quickly.
func ExampleLearn() {
	f, err := os.Open("testdata/germancredit.csv")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	sample, err := score.ReadSample(f, "creditability", "bad")
	if err != nil {
		panic(err)
	}
	m, err := score.Learn(sample, score.LearnOptions{MaxReasons: 2})
	if err != nil {
		panic(err)
	}
	fmt.Println(len(m.Characteristics), "characteristics; first", m.Characteristics[0].Binning.Name)
	// The second applicant of the file, on the card's characteristics.
	a := score.Applicant{Numbers: map[string]decimal.Decimal{}, Categories: map[string]string{}}
	row := score.Row{}
	for _, ch := range m.Characteristics {
		col, _ := sample.Column(ch.Binning.Name)
		num, text := math.NaN(), ""
		if col.Categories != nil {
			text = col.Categories[1]
			a.Categories[col.Name] = text
		} else {
			num = col.Numbers[1]
			a.Numbers[col.Name] = decimal.NewFromFloat(num) // whole numbers: exact
		}
		row.Numbers, row.Categories = append(row.Numbers, num), append(row.Categories, text)
	}
	r, err := m.Card.Evaluate(a)
	if err != nil {
		panic(err)
	}
	fast, _ := m.Scorer().Score(row)
	fmt.Println("score", r.Score, "reasons", r.Reasons, "scorer", fast)
	// Output:
	// 12 characteristics; first status_of_existing_checking_account
	// score 487 reasons [duration_in_month status_of_existing_checking_account] scorer 487
}

func ExampleMeasure() {
	// Goods score 3, 5, 5, 7 and bads 1, 3, 5.
	p, err := score.Measure(score.Holdout{
		Scores: []float64{3, 5, 5, 7, 1, 3, 5},
		Bad:    []bool{false, false, false, false, true, true, true},
		Bands:  []float64{4},
	})
	if err != nil {
		panic(err)
	}
	fmt.Printf("AUC %.4f (9.5 of 12 pairs), Gini %.4f, KS %.4f at %v\n", p.AUC, p.Gini, p.KS, p.KSScore)
	for _, b := range p.Bands {
		fmt.Printf("[%v, %v): %d applicants, %d bad, %.0f%% of all so far\n", b.Lower, b.Upper, b.Count, b.Bads, 100*b.CumShare)
	}
	// Output:
	// AUC 0.7917 (9.5 of 12 pairs), Gini 0.5833, KS 0.4167 at 3
	// [-Inf, 4): 3 applicants, 2 bad, 43% of all so far
	// [4, +Inf): 4 applicants, 1 bad, 100% of all so far
}

func ExampleStabilityIndex() {
	d, err := score.StabilityIndex([]int{50, 30, 20}, []int{40, 40, 20}, []string{"low", "mid", "high"})
	if err != nil {
		panic(err)
	}
	fmt.Printf("PSI %.4f: %s\n", d.Index, d.Reading)
	d, _ = score.StabilityIndex([]int{10, 0}, []int{5, 5}, nil) // an empty band counts half an applicant
	fmt.Printf("PSI %.4f: %s\n", d.Index, d.Reading)
	// Output:
	// PSI 0.0511: stable
	// PSI 1.3827: act
}

func ExampleQuantileEdges() {
	fmt.Println(score.QuantileEdges([]float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5))
	// Output: [3 5 7 9]
}

// german reads the shipped German credit data.
func german() score.Sample {
	f, err := os.Open("testdata/germancredit.csv")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	s, err := score.ReadSample(f, "creditability", "bad")
	if err != nil {
		panic(err)
	}
	return s
}

// The drift of a sample of the longest loans against the development
// sample: the score and the loan duration shift.
func ExampleModel_Drift() {
	s := german()
	m, err := score.Learn(s, score.LearnOptions{})
	if err != nil {
		panic(err)
	}
	duration, _ := s.Column("duration_in_month")
	var long []int
	for i, v := range duration.Numbers {
		if v >= 30 {
			long = append(long, i)
		}
	}
	r, err := m.Drift(s, s.Subset(long))
	if err != nil {
		panic(err)
	}
	fmt.Printf("PSI %.2f (%s)\n", r.PSI.Index, r.PSI.Reading)
	for _, c := range r.CSI {
		if c.Reading == score.Act {
			fmt.Printf("CSI %s %.2f (%s)\n", c.Name, c.Index, c.Reading)
		}
	}
	// Output:
	// PSI 0.37 (act)
	// CSI duration_in_month 2.95 (act)
	// CSI credit_amount 0.87 (act)
}

// Selection by IV, then by correlation of the WOE columns, with the
// reason for each characteristic dropped.
func ExampleSelect() {
	s := german()
	var binnings []*score.Binning
	var woe [][]float64
	for _, c := range s.Columns[:5] {
		b, err := score.BinColumn(c, s.Bad, score.BinOptions{})
		if err != nil {
			panic(err)
		}
		w, _ := b.WOEColumn(c)
		binnings, woe = append(binnings, b), append(woe, w)
	}
	verdicts, err := score.Select(binnings, woe, score.SelectOptions{MinIV: 0.1, MaxCorrelation: 0.3})
	if err != nil {
		panic(err)
	}
	for _, v := range verdicts {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%-36s IV %.4f %v %s", v.Name, v.IV, v.Selected, v.Reason)))
	}
	// Output:
	// status_of_existing_checking_account  IV 0.6660 true
	// duration_in_month                    IV 0.2660 true
	// credit_history                       IV 0.2918 true
	// purpose                              IV 0.1676 true
	// credit_amount                        IV 0.1358 false correlation 0.49 with duration_in_month
}

func ExampleReadIndex() {
	fmt.Println(score.ReadIndex(0.05), score.ReadIndex(0.18), score.ReadIndex(0.4))
	// Output: stable watch act
}
