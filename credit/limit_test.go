package credit

import (
	"testing"

	"github.com/receivables-go/receivables/credit/score"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// sampleFinancials are score's test financials: book equity 500,
// intangibles 100, working capital 200.
func sampleFinancials() score.Financials {
	return score.Financials{
		TotalAssets: d("1000"), WorkingCapital: d("200"), RetainedEarnings: d("300"), EBIT: d("150"),
		MarketValueEquity: d("800"), BookValueEquity: d("500"), Sales: d("1200"), TotalLiabilities: d("400"),
		CurrentAssets: d("450"), CurrentLiabilities: d("250"), Inventory: d("150"), InterestExpense: d("30"),
		NetIncome: d("90"), IntangibleAssets: d("100"),
	}
}

func grades() score.GradeTable {
	return score.GradeTable{
		{Name: "A", MinScore: d("80"), Limit: d("500000"), TermsDays: 60},
		{Name: "B", MinScore: d("60"), Limit: d("200000"), TermsDays: 45},
		{Name: "C", MinScore: d("40"), Limit: d("50000"), TermsDays: 30},
		{Name: "D", MinScore: d("0"), Limit: d("0")},
	}
}

func TestLimitsAndPolicy(t *testing.T) {
	f := sampleFinancials()
	nw, err := NetWorthLimit(f, d("0.1")) // 10% × (500 − 100) = 40
	require.NoError(t, err)
	requireDecimal(t, "40", nw.Amount)
	wc, err := WorkingCapitalLimit(f, d("0.2")) // 20% × 200 = 40
	require.NoError(t, err)
	requireDecimal(t, "40", wc.Amount)
	neg, err := WorkingCapitalLimit(score.Financials{WorkingCapital: d("-5")}, d("0.2"))
	require.NoError(t, err)
	requireDecimal(t, "0", neg.Amount)
	_, err = NetWorthLimit(f, d("1.5"))
	require.ErrorIs(t, err, ErrInvalidPolicy)
	// 30,000 a month on 30-day terms + 15 days tolerance: 30,000 × 45 / 30 = 45,000.
	sales, err := SalesLimit(d("30000"), 30, 15)
	require.NoError(t, err)
	requireDecimal(t, "45000", sales.Amount)
	_, err = SalesLimit(d("30000"), -1, 15)
	require.ErrorIs(t, err, ErrInvalidPolicy)
	ins, err := InsuranceLimit(d("40000"))
	require.NoError(t, err)
	_, err = InsuranceLimit(d("-1"))
	require.ErrorIs(t, err, ErrInvalidPolicy)

	grade := GradeLimit(grades()[2])                                                    // C: 50,000
	big1, _ := NetWorthLimit(score.Financials{BookValueEquity: d("1000000")}, d("0.1")) // 100,000
	// Minimum: min(45,000, 100,000, 50,000, 40,000) = 40,000.
	dec, err := Policy{Combine: Minimum, Unit: d("1000")}.Decide(sales, big1, grade, ins)
	require.NoError(t, err)
	requireDecimal(t, "40000", dec.Amount)
	require.Len(t, dec.Methods, 4)
	// Weighted 1:1 of sales and net worth: (45,000 + 100,000) / 2 = 72,500;
	// rounded down to 5,000: 70,000.
	w := map[LimitMethod]decimal.Decimal{MethodSales: d("1"), MethodNetWorth: d("1")}
	dec, err = Policy{Combine: Weighted, Weights: w, Unit: d("5000")}.Decide(sales, big1)
	require.NoError(t, err)
	requireDecimal(t, "70000", dec.Amount)
	// GradeCapped: 72,500 capped at the grade's 50,000, then at the insurer's 40,000.
	dec, err = Policy{Combine: GradeCapped, Weights: w}.Decide(sales, big1, grade, ins)
	require.NoError(t, err)
	requireDecimal(t, "40000", dec.Amount)
	// Floor and ceiling.
	dec, err = Policy{Combine: Minimum, Floor: d("1000")}.Decide(neg)
	require.NoError(t, err)
	requireDecimal(t, "1000", dec.Amount)
	require.Contains(t, dec.Reason, "floor")
	dec, err = Policy{Combine: Minimum, Ceiling: d("30000")}.Decide(sales)
	require.NoError(t, err)
	requireDecimal(t, "30000", dec.Amount)

	for _, bad := range []struct {
		p      Policy
		limits []Limit
	}{
		{Policy{}, nil},
		{Policy{Unit: d("-1")}, []Limit{sales}},
		{Policy{Floor: d("10"), Ceiling: d("5")}, []Limit{sales}},
		{Policy{Combine: Weighted}, []Limit{sales}},
		{Policy{Combine: Weighted, Weights: map[LimitMethod]decimal.Decimal{MethodSales: d("-1")}}, []Limit{sales}},
		{Policy{Combine: GradeCapped, Weights: w}, []Limit{sales}},
		{Policy{Combine: Combination(9)}, []Limit{sales}},
		{Policy{}, []Limit{{Method: MethodSales, Amount: d("-1")}}},
	} {
		_, err := bad.p.Decide(bad.limits...)
		require.ErrorIs(t, err, ErrInvalidPolicy, "%+v", bad.p)
	}
}

func TestPolicyDefaultUnit(t *testing.T) {
	// 1,000 a month on 31-day terms: 1,000 × 31 / 30 = 1,033.333…; the
	// zero Policy rounds DOWN to whole units (1,033), Unit 0.01 to cents
	// (1,033.33), never up.
	sales, err := SalesLimit(d("1000"), 31, 0)
	require.NoError(t, err)
	got, err := Policy{}.Decide(sales)
	require.NoError(t, err)
	requireDecimal(t, "1033", got.Amount)
	got, err = Policy{Unit: d("0.01")}.Decide(sales)
	require.NoError(t, err)
	requireDecimal(t, "1033.33", got.Amount)
	// Figures beyond the supported digits are rejected, not computed.
	huge := decimal.New(1, 2_000_000_000)
	_, err = SalesLimit(huge, 30, 0)
	require.ErrorIs(t, err, ErrInvalidPolicy)
	_, err = NetWorthLimit(score.Financials{BookValueEquity: huge}, d("0.1"))
	require.ErrorIs(t, err, ErrInvalidPolicy)
	_, err = WorkingCapitalLimit(score.Financials{WorkingCapital: d("1")}, huge)
	require.ErrorIs(t, err, ErrInvalidPolicy)
	_, err = InsuranceLimit(huge)
	require.ErrorIs(t, err, ErrInvalidPolicy)
	for _, p := range []Policy{{Unit: huge}, {Weights: map[LimitMethod]decimal.Decimal{MethodSales: huge}}} {
		_, err = p.Decide(sales)
		require.ErrorIs(t, err, ErrInvalidPolicy)
	}
	_, err = Policy{}.Decide(Limit{Method: MethodSales, Amount: huge})
	require.ErrorIs(t, err, ErrInvalidPolicy)
}
