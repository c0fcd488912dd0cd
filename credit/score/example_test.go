package score_test

import (
	"fmt"

	"github.com/receivables-go/receivables/credit/score"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func ExampleScaling_Score() {
	s := score.Scaling{BaseScore: dec("600"), BaseOdds: dec("50"), PDO: dec("20")} // odds are good:bad
	for _, odds := range []string{"25", "50", "100"} {
		points, _ := s.Score(dec(odds))
		fmt.Printf("%s:1 → %s\n", odds, points)
	}
	// Output:
	// 25:1 → 580
	// 50:1 → 600
	// 100:1 → 620
}

func ExampleScaling_Odds() {
	s := score.Scaling{BaseScore: dec("600"), BaseOdds: dec("50"), PDO: dec("20")}
	odds, _ := s.Odds(dec("640")) // good:bad
	fmt.Println(odds, "good per bad")
	// Output: 200 good per bad
}

func ExampleScaling_ScoreFromPD() {
	s := score.Scaling{BaseScore: dec("600"), BaseOdds: dec("50"), PDO: dec("20")}
	for _, pd := range []string{"0.02", "0.10"} {
		points, _ := s.ScoreFromPD(dec(pd))
		fmt.Printf("PD %s → %s\n", pd, points)
	}
	// Output:
	// PD 0.02 → 599.4171
	// PD 0.10 → 550.5214
}

func ExampleAltmanZ() {
	f := score.Financials{TotalAssets: dec("1000"), WorkingCapital: dec("200"), RetainedEarnings: dec("300"),
		EBIT: dec("150"), MarketValueEquity: dec("800"), BookValueEquity: dec("500"), Sales: dec("1200"), TotalLiabilities: dec("400")}
	for _, m := range []score.ZModel{score.Public, score.Private, score.NonManufacturing} {
		z, _ := score.AltmanZ(f, m)
		fmt.Println(z.Value, z.Zone)
	}
	// Output:
	// 3.555 safe
	// 2.5862 grey
	// 4.6105 safe
}

// A hand-written card: numbers are decimals, the first band of "days
// beyond terms" is open below (a customer who pays 3 days early scores as
// well as one on time), and the industry is matched ignoring case and
// spacing (the default, MatchFolded).
func ExampleScorecard_Evaluate() {
	at := func(s string) *decimal.Decimal { v := dec(s); return &v } // a band bound
	card := score.Scorecard{Factors: []score.Factor{
		{Name: "years in business", Weight: dec("0.3"), Bands: []score.Band{{From: at("0"), Points: dec("10")}, {From: at("2"), Points: dec("50")}, {From: at("10"), Points: dec("100")}}},
		{Name: "days beyond terms", Weight: dec("0.4"), Bands: []score.Band{{Points: dec("100")}, {From: at("5"), Points: dec("70")}, {From: at("30"), Points: dec("20")}}},
		{Name: "industry risk", Weight: dec("0.3"), Categories: map[string]decimal.Decimal{"low": dec("100"), "medium": dec("60"), "high": dec("20")}},
	}}
	r, err := card.Evaluate(score.Applicant{
		Numbers:    map[string]decimal.Decimal{"years in business": dec("4"), "days beyond terms": dec("12")},
		Categories: map[string]string{"industry risk": " High"},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("score", r.Score, "reasons:", r.Reasons)
	fmt.Printf("industry %q matched %q\n", r.Factors[2].Value, r.Factors[2].Category)

	r, _ = card.Evaluate(score.Applicant{
		Numbers:    map[string]decimal.Decimal{"years in business": dec("4"), "days beyond terms": dec("-3")},
		Categories: map[string]string{"industry risk": "low"},
	})
	fmt.Println("pays 3 days early: score", r.Score)

	// A misspelt factor is an error, not a missing value.
	_, err = card.Evaluate(score.Applicant{
		Numbers:    map[string]decimal.Decimal{"years in business": dec("4"), "days beyond term": dec("12")},
		Categories: map[string]string{"industry risk": "low"},
	})
	fmt.Println(err)
	// Output:
	// score 49 reasons: [industry risk years in business days beyond terms]
	// industry " High" matched "high"
	// pays 3 days early: score 85
	// score: invalid scorecard: unknown factor "days beyond term": the card has no factor of that name
}

func ExampleGradeTable_Grade() {
	table := score.GradeTable{
		{Name: "A", MinScore: dec("80"), Limit: dec("500000")},
		{Name: "B", MinScore: dec("60"), Limit: dec("200000")},
		{Name: "C", MinScore: dec("40"), Limit: dec("50000")},
		{Name: "D", MinScore: dec("0"), Limit: dec("0")},
	}
	g, _ := table.Grade(dec("49"))
	fmt.Println(g.Name, g.Limit)
	// Output: C 50000
}

func ExampleGradeTable_Lookup() {
	grades := score.GradeTable{
		{Name: "A", MinScore: dec("700"), Limit: dec("100000")},
		{Name: "B", MinScore: dec("600"), Limit: dec("50000"), TermsDays: 30},
	}
	g, _ := grades.Lookup("B")
	fmt.Println(g.Name, g.Limit, g.TermsDays, "days")
	_, err := grades.Lookup("Z")
	fmt.Println(err)
	// Output:
	// B 50000 30 days
	// score: unknown grade: "Z"
}

func ExampleFinancials_CurrentRatio() {
	f := score.Financials{CurrentAssets: dec("250000"), CurrentLiabilities: dec("200000"), Inventory: dec("80000")}
	current, _ := f.CurrentRatio() // 250,000 / 200,000
	quick, _ := f.QuickRatio()     // (250,000 − 80,000) / 200,000
	fmt.Println(current, quick)
	// Output: 1.25 0.85
}
