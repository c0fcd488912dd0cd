package credit_test

import (
	"fmt"

	"github.com/receivables-go/receivables/credit"
	"github.com/receivables-go/receivables/credit/score"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func ExampleSalesLimit() {
	l, _ := credit.SalesLimit(dec("30000"), 30, 15)
	fmt.Println(l.Amount, "=", l.Basis)
	// Output: 45000 = monthly purchases 30000 × (30 + 15 days) / 30
}

func ExampleNetWorthLimit() {
	l, _ := credit.NetWorthLimit(score.Financials{BookValueEquity: dec("500000"), IntangibleAssets: dec("100000")}, dec("0.1"))
	fmt.Println(l.Amount, "=", l.Basis)
	// Output: 40000 = 10% of tangible net worth 400000
}

// A whole new-customer decision: financials → Z-score and ratios (package
// score) →
// (Z' = .717×.2 + .847×.25 + 3.107×.12 + .420×.8182 + .998×1.5 = 2.5686)
// scorecard → grade → limit methods → policy, every figure explained.
func ExamplePolicy_Decide() {
	f := score.Financials{TotalAssets: dec("2000000"), WorkingCapital: dec("400000"), RetainedEarnings: dec("500000"),
		EBIT: dec("240000"), BookValueEquity: dec("900000"), Sales: dec("3000000"), TotalLiabilities: dec("1100000"),
		CurrentAssets: dec("900000"), CurrentLiabilities: dec("500000"), IntangibleAssets: dec("100000")}
	z, _ := score.AltmanZ(f, score.Private)
	current, _ := f.CurrentRatio()
	at := func(s string) *decimal.Decimal { v := dec(s); return &v } // a band bound
	// Z' below 1.23 (a first band with no lower bound) is distress: 0 points.
	card := score.Scorecard{Factors: []score.Factor{
		{Name: "altman z'", Weight: dec("50"), Bands: []score.Band{{Points: dec("0")}, {From: at("1.23"), Points: dec("50")}, {From: at("2.9"), Points: dec("100")}}},
		{Name: "current ratio", Weight: dec("50"), Bands: []score.Band{{From: at("0"), Points: dec("20")}, {From: at("1.2"), Points: dec("60")}, {From: at("2"), Points: dec("100")}}},
	}}
	r, _ := card.Evaluate(score.Applicant{Numbers: map[string]decimal.Decimal{"altman z'": z.Value, "current ratio": current}})
	grades := score.GradeTable{{Name: "A", MinScore: dec("80"), Limit: dec("250000")},
		{Name: "B", MinScore: dec("50"), Limit: dec("120000")}, {Name: "C", MinScore: dec("0"), Limit: dec("20000")}}
	g, _ := grades.Grade(r.Score)
	nw, _ := credit.NetWorthLimit(f, dec("0.1"))
	sales, _ := credit.SalesLimit(dec("40000"), 45, 15)
	decision, _ := credit.Policy{Combine: credit.Minimum, Unit: dec("5000")}.Decide(nw, sales, credit.GradeLimit(g))
	fmt.Printf("Z' %s (%s), current ratio %s, score %s, grade %s, reasons %v\n", z.Value, z.Zone, current, r.Score, g.Name, r.Reasons)
	for _, m := range decision.Methods {
		fmt.Printf("  %-18s %9s  %s\n", m.Method, m.Amount.StringFixed(0), m.Basis)
	}
	fmt.Println("limit", decision.Amount, "—", decision.Reason) // a LimitResult
	// Output:
	// Z' 2.5686 (grey), current ratio 1.8, score 55, grade B, reasons [altman z' current ratio]
	//   tangible-net-worth     80000  10% of tangible net worth 800000
	//   sales                  80000  monthly purchases 40000 × (45 + 15 days) / 30
	//   grade                 120000  grade B tier
	// limit 80000 — lowest of the methods
}
