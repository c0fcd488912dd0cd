package terms_test

import (
	"encoding/json"
	"fmt"

	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

func ExampleParseSchedule() {
	for _, s := range []string{"50% upfront, 50% net 30", "30% Now, Balance 60 Days", "three equal installments at 30/60/90 days", "预付30%，余款月结30天", "分三期 30/60/90天"} {
		plan, err := terms.ParseSchedule(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q → %s\n", s, plan)
	}
	plan := terms.MustParseSchedule("three equal installments at 30/60/90 days")
	parts, _ := plan.Split(day(2026, 1, 15), decimal.RequireFromString("100"), terms.SplitOptions{Currency: "EUR"})
	for _, p := range parts {
		fmt.Println(p.Due.Format("2006-01-02"), p.Amount)
	}
	_, err := terms.ParseSchedule("分三期")
	fmt.Println(err)
	// Output:
	// "50% upfront, 50% net 30" → 50% upfront, 50% net 30
	// "30% Now, Balance 60 Days" → 30% upfront, balance net 60
	// "three equal installments at 30/60/90 days" → 3 equal installments at 30/60/90 days
	// "预付30%，余款月结30天" → 30% upfront, balance net 30 EOM
	// "分三期 30/60/90天" → 3 equal installments at 30/60/90 days
	// 2026-02-14 33.33
	// 2026-03-16 33.33
	// 2026-04-15 33.34
	// terms: invalid installment schedule: "分三期" at the end: 分三期 gives 3 installments but not when: expected each installment's days, as in "three equal installments at 30/60/90 days" or "分三期 30/60/90天"
}

func ExampleSchedule_MarshalText() {
	type order struct {
		Plan terms.Schedule `json:"plan"`
	}
	b, _ := json.Marshal(order{terms.MustParseSchedule("30% now, balance 60 days")})
	fmt.Println(string(b))
	var back order
	err := json.Unmarshal([]byte(`{"plan":"50% upfront, 50% nte 30"}`), &back)
	fmt.Println(err)
	// Output:
	// {"plan":"30% upfront, balance net 60"}
	// terms: invalid installment schedule: terms: invalid terms: "50% upfront, 50% nte 30" at token 7 "nte": unknown word; expected a clause such as "net 30", "2/10", "EOM", "10th prox", "COD" or "due on receipt"; did you mean "50% upfront, 50% net 30"?
}

func ExampleMustParseSchedule() {
	plan := terms.MustParseSchedule("30% now, balance 60 days")
	fmt.Println(len(plan), plan[0].Value, plan[1].Kind == terms.Balance, plan[1].Terms)
	// Output: 2 0.3 true net 60
}

func ExampleSchedule_String() {
	plan := terms.Schedule{
		{Kind: terms.Fixed, Value: decimal.RequireFromString("500"), Terms: terms.MustParse("due on receipt")},
		{Kind: terms.Percent, Value: decimal.RequireFromString("0.25"), Terms: terms.MustParse("月结30天")},
		{Kind: terms.Balance, Terms: terms.MustParse("10th prox")},
	}
	fmt.Println(plan)
	fmt.Println(terms.MustParseSchedule(plan.String()).Equal(plan))
	// Output:
	// fixed 500 upfront, 25% net 30 EOM, balance 10th prox
	// true
}
