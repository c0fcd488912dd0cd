// Command scorecard-build learns a credit scorecard from the Statlog
// (German Credit Data) set shipped in credit/score/testdata (Hofmann,
// 1994, UCI Machine Learning Repository, CC BY 4.0): a seeded 70/30 split,
// binning and information values, the logistic fit on the WOE columns,
// the points table, AUC, Gini and KS on the hold-out, the drift against a
// deliberately shifted sample, and the reasons behind two applicants'
// scores. Run it from the module root with
//
//	go run ./examples/scorecard-build
package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"strings"

	"github.com/receivables-go/receivables/credit/score"
	"github.com/receivables-go/receivables/examples/internal/format"
	"github.com/shopspring/decimal"
)

func main() {
	data := flag.String("data", "credit/score/testdata/germancredit.csv", "the German credit CSV")
	flag.Parse()
	if err := run(os.Stdout, *data); err != nil {
		fmt.Fprintln(os.Stderr, "scorecard-build:", err)
		os.Exit(1)
	}
}

// num prints a float model statistic: it crosses into decimal here, for
// printing only (NewFromFloat: the shortest decimal that reads back as
// the float), rounded half-up to places.
func num(v float64, places int32) string {
	return format.Number(decimal.NewFromFloat(v), places)
}

func pct(v float64) string { return format.Percent(decimal.NewFromFloat(v), 1) }

func run(w io.Writer, path string) error {
	f, err := os.Open(path) // #nosec G304 -- the file the user names with -data
	if err != nil {
		return err
	}
	defer f.Close()
	all, err := score.ReadSample(f, "creditability", "bad")
	if err != nil {
		return err
	}
	// A seeded 70/30 split: the same development and hold-out samples on
	// every run.
	perm := rand.New(rand.NewPCG(2026, 22)).Perm(all.Len())
	cut := all.Len() * 7 / 10
	dev, hold := all.Subset(perm[:cut]), all.Subset(perm[cut:])
	m, err := score.Learn(dev, score.LearnOptions{MaxReasons: 3})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "German credit: %d applicants, %d for development (%s bad), %d held out (%s bad)\n\n",
		all.Len(), dev.Len(), pct(badRate(dev)), hold.Len(), pct(badRate(hold)))
	printIV(w, m)
	printFit(w, m)
	printPoints(w, m)
	if err := printHoldout(w, m, hold); err != nil {
		return err
	}
	if err := printDrift(w, m, dev, hold); err != nil {
		return err
	}
	return printReasons(w, m, hold)
}

func badRate(s score.Sample) float64 {
	n := 0
	for _, b := range s.Bad {
		if b {
			n++
		}
	}
	return float64(n) / float64(s.Len())
}

func printIV(w io.Writer, m *score.Model) {
	fmt.Fprintln(w, "Information value (selected: IV ≥ 0.02, WOE correlation ≤ 0.7, coefficient of the right sign)")
	fmt.Fprintf(w, "%-58s %5s %6s  %s\n", "characteristic", "bins", "IV", "verdict")
	for k, b := range m.Binnings {
		sel := m.Selection[k]
		verdict := "selected"
		if !sel.Selected {
			verdict = "dropped: " + sel.Reason
		}
		fmt.Fprintf(w, "%-58s %5d %6s  %s\n", b.Name, len(b.Bins), num(b.IV, 4), verdict)
	}
	fmt.Fprintln(w)
}

func printFit(w io.Writer, m *score.Model) {
	fmt.Fprintf(w, "Logistic regression of bad on the WOE columns (IRLS, %d iterations, deviance %s)\n", m.Fit.Iterations, num(m.Fit.Deviance, 2))
	fmt.Fprintf(w, "%-58s %9s %8s\n", "term", "estimate", "std err")
	fmt.Fprintf(w, "%-58s %9s %8s\n", "(intercept)", num(m.Fit.Coefficients[0], 4), num(m.Fit.StdErrors[0], 4))
	for _, ch := range m.Characteristics {
		fmt.Fprintf(w, "%-58s %9s %8s\n", ch.Binning.Name, num(ch.Coefficient, 4), num(ch.StdError, 4))
	}
	fmt.Fprintln(w)
}

func printPoints(w io.Writer, m *score.Model) {
	fmt.Fprintf(w, "Points (600 at 50:1 good:bad, 20 to double the odds; base points %s spread over the characteristics)\n", num(m.BasePoints, 2))
	for _, ch := range m.Characteristics {
		fmt.Fprintln(w, ch.Binning.Name)
		for k, bin := range ch.Binning.Bins {
			fmt.Fprintf(w, "  %-62s %5d  (%s bad, WOE %s)\n", short(bin.Label(), 62), ch.Points[k], pct(bin.EventRate), num(bin.WOE, 4))
		}
	}
	fmt.Fprintf(w, "largest rounding difference on the development sample: %d point(s)\n\n", m.RoundingMaxError)
}

// short cuts a long bin label for the table.
func short(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func printHoldout(w io.Writer, m *score.Model, hold score.Sample) error {
	scores, err := m.Scores(hold)
	if err != nil {
		return err
	}
	pd := make([]float64, len(scores))
	for i, v := range scores {
		pd[i] = m.PD(v)
	}
	p, err := score.Measure(score.Holdout{Scores: scores, Bad: hold.Bad, PD: pd, Bands: []float64{450, 475, 500, 525, 550}})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Hold-out (%d applicants): AUC %s, Gini %s, KS %s at score %s\n", hold.Len(), num(p.AUC, 4), num(p.Gini, 4), num(p.KS, 4), num(p.KSScore, 0))
	fmt.Fprintf(w, "%-12s %6s %9s %10s %10s %8s %8s\n", "score", "count", "bad rate", "predicted", "cum share", "cum bad", "cum good")
	for _, b := range p.Bands {
		rate, predicted := "-", "-"
		if b.Count > 0 {
			rate, predicted = pct(b.BadRate), pct(b.PredictedBadRate)
		}
		fmt.Fprintf(w, "%-12s %6d %9s %10s %10s %8s %8s\n", band(b.Lower, b.Upper), b.Count, rate, predicted, pct(b.CumShare), pct(b.CumBadShare), pct(b.CumGoodShare))
	}
	fmt.Fprintln(w)
	return nil
}

func band(lo, hi float64) string {
	switch {
	case math.IsInf(lo, -1):
		return "below " + num(hi, 0)
	case math.IsInf(hi, 1):
		return num(lo, 0) + " up"
	}
	return num(lo, 0) + "–" + num(hi, 0)
}

// printDrift compares the hold-out, shifted on purpose — every applicant
// with no checking account left out, every one overdrawn ("... < 0 DM")
// counted twice — with the development sample.
func printDrift(w io.Writer, m *score.Model, dev, hold score.Sample) error {
	status, _ := hold.Column("status_of_existing_checking_account")
	var rows []int
	for i, v := range status.Categories {
		switch v {
		case "no checking account":
		case "... < 0 DM":
			rows = append(rows, i, i)
		default:
			rows = append(rows, i)
		}
	}
	for _, s := range []struct {
		name   string
		sample score.Sample
	}{{"hold-out as drawn", hold}, {"hold-out shifted", hold.Subset(rows)}} {
		r, err := m.Drift(dev, s.sample)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "Drift, development against the %s (%d applicants): PSI %s (%s)\n", s.name, s.sample.Len(), num(r.PSI.Index, 4), r.PSI.Reading)
		for _, c := range r.CSI {
			if c.Reading != score.Stable {
				fmt.Fprintf(w, "  CSI %-54s %s (%s)\n", c.Name, num(c.Index, 4), c.Reading)
			}
		}
	}
	fmt.Fprintln(w, "(< 0.1 stable, 0.1–0.25 watch, > 0.25 act; characteristics not listed are stable;")
	fmt.Fprintf(w, " the hold-out as drawn is %s bad against %s, so its scores already run lower)\n", pct(badRate(hold)), pct(badRate(dev)))
	fmt.Fprintln(w)
	return nil
}

// printReasons scores the hold-out's lowest and highest scorers with the
// learned Scorecard, as a hand-written card is scored.
func printReasons(w io.Writer, m *score.Model, hold score.Sample) error {
	scores, err := m.Scores(hold)
	if err != nil {
		return err
	}
	lo, hi := 0, 0
	for i, v := range scores {
		if v < scores[lo] {
			lo = i
		}
		if v > scores[hi] {
			hi = i
		}
	}
	for _, i := range []int{lo, hi} {
		r, err := m.Card.Evaluate(applicant(m, hold, i))
		if err != nil {
			return err
		}
		odds, err := m.Scaling.Odds(r.Score)
		if err != nil {
			return err
		}
		outcome := "good"
		if hold.Bad[i] {
			outcome = "bad"
		}
		fmt.Fprintf(w, "Applicant %d of the hold-out (went %s): score %s, odds %s:1 good:bad\n", i, outcome, r.Score, format.Number(odds, 2))
		if len(r.Reasons) == 0 {
			fmt.Fprintln(w, "  no reasons: the best bin of every characteristic")
		}
		for _, name := range r.Reasons {
			for _, fs := range r.Factors {
				if fs.Name == name {
					fmt.Fprintf(w, "  %-40s %-44s -%s points\n", name, short(value(fs), 44), fs.Lost)
				}
			}
		}
	}
	return nil
}

func value(fs score.FactorScore) string {
	if fs.Missing {
		return "missing"
	}
	return strings.TrimSpace(fs.Value)
}

// applicant is hold-out row i as an Applicant of the card.
func applicant(m *score.Model, s score.Sample, i int) score.Applicant {
	a := score.Applicant{Numbers: map[string]decimal.Decimal{}, Categories: map[string]string{}}
	for _, ch := range m.Characteristics {
		col, _ := s.Column(ch.Binning.Name)
		switch {
		case col.Categories != nil:
			a.Categories[col.Name] = col.Categories[i]
		case !math.IsNaN(col.Numbers[i]):
			// The CSV's numbers are whole; NewFromFloat reads them back
			// exactly.
			a.Numbers[col.Name] = decimal.NewFromFloat(col.Numbers[i])
		}
	}
	return a
}
