package credit_test

import (
	"fmt"

	"github.com/receivables-go/receivables/credit"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func ExampleScaling_Score() {
	s := credit.Scaling{BaseScore: dec("600"), BaseOdds: dec("50"), PDO: dec("20")} // odds are good:bad
	for _, odds := range []string{"25", "50", "100"} {
		score, _ := s.Score(dec(odds))
		fmt.Printf("%s:1 → %s\n", odds, score)
	}
	// Output:
	// 25:1 → 580
	// 50:1 → 600
	// 100:1 → 620
}

func ExampleScaling_Odds() {
	s := credit.Scaling{BaseScore: dec("600"), BaseOdds: dec("50"), PDO: dec("20")}
	odds, _ := s.Odds(dec("640"))
	fmt.Println(odds, "good per bad")
	// Output: 200 good per bad
}

func ExampleScaling_ScoreFromPD() {
	s := credit.Scaling{BaseScore: dec("600"), BaseOdds: dec("50"), PDO: dec("20")}
	for _, pd := range []string{"0.02", "0.10"} {
		score, _ := s.ScoreFromPD(dec(pd))
		fmt.Printf("PD %s → %s\n", pd, score)
	}
	// Output:
	// PD 0.02 → 599.4171
	// PD 0.10 → 550.5214
}

func ExampleAltmanZ() {
	f := credit.Financials{TotalAssets: dec("1000"), WorkingCapital: dec("200"), RetainedEarnings: dec("300"),
		EBIT: dec("150"), MarketValueEquity: dec("800"), BookValueEquity: dec("500"), Sales: dec("1200"), TotalLiabilities: dec("400")}
	for _, m := range []credit.ZModel{credit.Public, credit.Private, credit.NonManufacturing} {
		z, _ := credit.AltmanZ(f, m)
		fmt.Println(z.Value, z.Zone)
	}
	// Output:
	// 3.555 safe
	// 2.5862 grey
	// 4.6105 safe
}

func ExampleScorecard_Evaluate() {
	card := credit.Scorecard{Factors: []credit.Factor{
		{Name: "years in business", Weight: dec("0.3"), Bands: []credit.Band{{From: dec("0"), Points: dec("10")}, {From: dec("2"), Points: dec("50")}, {From: dec("10"), Points: dec("100")}}},
		{Name: "days beyond terms", Weight: dec("0.4"), Bands: []credit.Band{{From: dec("-999"), Points: dec("100")}, {From: dec("5"), Points: dec("70")}, {From: dec("30"), Points: dec("20")}}},
		{Name: "industry risk", Weight: dec("0.3"), Categories: map[string]decimal.Decimal{"low": dec("100"), "medium": dec("60"), "high": dec("20")}},
	}}
	r, _ := card.Evaluate(map[string]string{"years in business": "4", "days beyond terms": "12", "industry risk": "high"})
	fmt.Println("score", r.Score, "reasons:", r.Reasons)
	// Output: score 49 reasons: [industry risk years in business days beyond terms]
}

func ExampleGradeTable_Grade() {
	table := credit.GradeTable{
		{Name: "A", MinScore: dec("80"), Limit: dec("500000")},
		{Name: "B", MinScore: dec("60"), Limit: dec("200000")},
		{Name: "C", MinScore: dec("40"), Limit: dec("50000")},
		{Name: "D", MinScore: dec("0"), Limit: dec("0")},
	}
	g, _ := table.Grade(dec("49"))
	fmt.Println(g.Name, g.Limit)
	// Output: C 50000
}

func ExampleSalesLimit() {
	l, _ := credit.SalesLimit(dec("30000"), 30, 15)
	fmt.Println(l.Amount, "=", l.Basis)
	// Output: 45000 = monthly purchases 30000 × (30 + 15 days) / 30
}

func ExampleNetWorthLimit() {
	l, _ := credit.NetWorthLimit(credit.Financials{BookValueEquity: dec("500000"), IntangibleAssets: dec("100000")}, dec("0.1"))
	fmt.Println(l.Amount, "=", l.Basis)
	// Output: 40000 = 10% of tangible net worth 400000
}

// A whole new-customer decision: financials → Z-score and ratios →
// (Z' = .717×.2 + .847×.25 + 3.107×.12 + .420×.8182 + .998×1.5 = 2.5686)
// scorecard → grade → limit methods → policy, every figure explained.
func ExamplePolicy_Decide() {
	f := credit.Financials{TotalAssets: dec("2000000"), WorkingCapital: dec("400000"), RetainedEarnings: dec("500000"),
		EBIT: dec("240000"), BookValueEquity: dec("900000"), Sales: dec("3000000"), TotalLiabilities: dec("1100000"),
		CurrentAssets: dec("900000"), CurrentLiabilities: dec("500000"), IntangibleAssets: dec("100000")}
	z, _ := credit.AltmanZ(f, credit.Private)
	current, _ := f.CurrentRatio()
	card := credit.Scorecard{Factors: []credit.Factor{
		{Name: "altman z'", Weight: dec("50"), Bands: []credit.Band{{From: dec("-99"), Points: dec("0")}, {From: dec("1.23"), Points: dec("50")}, {From: dec("2.9"), Points: dec("100")}}},
		{Name: "current ratio", Weight: dec("50"), Bands: []credit.Band{{From: dec("0"), Points: dec("20")}, {From: dec("1.2"), Points: dec("60")}, {From: dec("2"), Points: dec("100")}}},
	}}
	r, _ := card.Evaluate(map[string]string{"altman z'": z.Value.String(), "current ratio": current.String()})
	grades := credit.GradeTable{{Name: "A", MinScore: dec("80"), Limit: dec("250000")},
		{Name: "B", MinScore: dec("50"), Limit: dec("120000")}, {Name: "C", MinScore: dec("0"), Limit: dec("20000")}}
	g, _ := grades.Grade(r.Score)
	nw, _ := credit.NetWorthLimit(f, dec("0.1"))
	sales, _ := credit.SalesLimit(dec("40000"), 45, 15)
	decision, _ := credit.Policy{Combine: credit.Minimum, Unit: dec("5000")}.Decide(nw, sales, credit.GradeLimit(g))
	fmt.Printf("Z' %s (%s), current ratio %s, score %s, grade %s, reasons %v\n", z.Value, z.Zone, current, r.Score, g.Name, r.Reasons)
	for _, m := range decision.Methods {
		fmt.Printf("  %-18s %9s  %s\n", m.Method, m.Amount.StringFixed(0), m.Basis)
	}
	fmt.Println("limit", decision.Amount, "—", decision.Reason)
	// Output:
	// Z' 2.5686 (grey), current ratio 1.8, score 55, grade B, reasons [altman z' current ratio]
	//   tangible-net-worth     80000  10% of tangible net worth 800000
	//   sales                  80000  monthly purchases 40000 × (45 + 15 days) / 30
	//   grade                 120000  grade B tier
	// limit 80000 — lowest of the methods
}
