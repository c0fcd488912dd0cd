package credit_test

import (
	"fmt"

	"github.com/receivables-go/receivables/credit"
	"github.com/receivables-go/receivables/credit/score"
)

func ExampleWorkingCapitalLimit() {
	// 15% of working capital of 400,000.
	l, _ := credit.WorkingCapitalLimit(score.Financials{WorkingCapital: dec("400000")}, dec("0.15"))
	fmt.Println(l.Method, l.Amount, "—", l.Basis)
	// Output: working-capital 60000 — 15% of working capital 400000
}

func ExampleInsuranceLimit() {
	// The credit insurer covers this buyer up to 75,000: no limit above it
	// is insured.
	l, _ := credit.InsuranceLimit(dec("75000"))
	fmt.Println(l.Method, l.Amount)
	// Output: insurance-cover 75000
}

func ExampleGradeLimit() {
	grades := score.GradeTable{
		{Name: "A", MinScore: dec("700"), Limit: dec("100000")},
		{Name: "B", MinScore: dec("600"), Limit: dec("50000")},
	}
	g, _ := grades.Lookup("B")
	l := credit.GradeLimit(g)
	fmt.Println(l.Method, l.Amount, "—", l.Basis)
	_, err := grades.Lookup("Z")
	fmt.Println(err)
	// Output:
	// grade 50000 — grade B tier
	// score: unknown grade: "Z"
}
