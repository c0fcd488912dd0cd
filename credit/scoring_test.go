package credit

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func usual() Scaling { return Scaling{BaseScore: d("600"), BaseOdds: d("50"), PDO: d("20")} }

func TestScaling(t *testing.T) {
	// Siddiqi (2006) ch. 6: 600 points at 50:1 good:bad, 20 points to
	// double the odds. Score = 600 + 20 × log2(odds / 50):
	// 100:1 → 620; 25:1 → 580; 75:1 → 600 + 20 × 0.5849625… = 611.6993.
	s := usual()
	for odds, want := range map[string]string{"50": "600", "100": "620", "25": "580", "200": "640", "75": "611.6993"} {
		got, err := s.Score(d(odds))
		require.NoError(t, err)
		requireDecimal(t, want, got, "odds", odds)
	}
	for score, want := range map[string]string{"600": "50", "620": "100", "580": "25", "660": "400"} {
		got, err := s.Odds(d(score))
		require.NoError(t, err)
		requireDecimal(t, want, got, "score", score)
	}
	// PD 2% → odds 98:2 = 49 → 600 + 20 × log2(0.98) = 599.4171;
	// PD 10% → 9:1 → 600 + 20 × log2(0.18) = 550.5214. Higher PD, lower score.
	lo, err := s.ScoreFromPD(d("0.10"))
	require.NoError(t, err)
	requireDecimal(t, "550.5214", lo)
	hi, err := s.ScoreFromPD(d("0.02"))
	require.NoError(t, err)
	requireDecimal(t, "599.4171", hi)
	require.True(t, hi.GreaterThan(lo))

	for _, bad := range []Scaling{{BaseScore: d("600"), BaseOdds: d("50")}, {BaseScore: d("600"), BaseOdds: d("0"), PDO: d("20")},
		{BaseScore: d("600"), BaseOdds: d("50"), PDO: d("1e200")}} {
		_, err := bad.Score(d("10"))
		require.ErrorIs(t, err, ErrInvalidScaling)
		_, err = bad.Odds(d("10"))
		require.ErrorIs(t, err, ErrInvalidScaling)
	}
	_, err = s.Score(d("0"))
	require.ErrorIs(t, err, ErrInvalidScaling)
	_, err = s.Score(d("1e-500"))
	require.ErrorIs(t, err, ErrInvalidScaling)
	_, err = s.Odds(d("5000"))
	require.ErrorIs(t, err, ErrInvalidScaling)
	_, err = s.Odds(d("1e500"))
	require.ErrorIs(t, err, ErrInvalidScaling)
	_, err = s.ScoreFromPD(d("1"))
	require.ErrorIs(t, err, ErrInvalidScaling)
	_, err = s.ScoreFromPD(d("0"))
	require.ErrorIs(t, err, ErrInvalidScaling)
}

func sampleFinancials() Financials {
	return Financials{
		TotalAssets: d("1000"), WorkingCapital: d("200"), RetainedEarnings: d("300"), EBIT: d("150"),
		MarketValueEquity: d("800"), BookValueEquity: d("500"), Sales: d("1200"), TotalLiabilities: d("400"),
		CurrentAssets: d("450"), CurrentLiabilities: d("250"), Inventory: d("150"), InterestExpense: d("30"),
		NetIncome: d("90"), IntangibleAssets: d("100"),
	}
}

func TestAltmanZ(t *testing.T) {
	// X1 = 200/1000 = .2, X2 = .3, X3 = .15, X4 market 800/400 = 2, X4 book
	// 500/400 = 1.25, X5 = 1200/1000 = 1.2.
	// Z (Altman 1968) = 1.2×.2 + 1.4×.3 + 3.3×.15 + 0.6×2 + 1.0×1.2
	//   = .24 + .42 + .495 + 1.2 + 1.2 = 3.555 > 2.99: safe.
	// Z' (1983) = .717×.2 + .847×.3 + 3.107×.15 + .420×1.25 + .998×1.2
	//   = .1434 + .2541 + .46605 + .525 + 1.1976 = 2.58615: grey (1.23–2.9).
	// Z'' (2000) = 6.56×.2 + 3.26×.3 + 6.72×.15 + 1.05×1.25
	//   = 1.312 + .978 + 1.008 + 1.3125 = 4.6105 > 2.6: safe.
	// EM = 4.6105 + 3.25 = 7.8605 > 5.85: safe.
	f := sampleFinancials()
	for _, tt := range []struct {
		m    ZModel
		want string
		zone Zone
	}{{Public, "3.555", Safe}, {Private, "2.5862", Grey}, {NonManufacturing, "4.6105", Safe}, {EmergingMarkets, "7.8605", Safe}} {
		z, err := AltmanZ(f, tt.m)
		require.NoError(t, err)
		requireDecimal(t, tt.want, z.Value, tt.m)
		require.Equal(t, tt.zone, z.Zone)
	}
	// A distressed firm: losses and thin equity. X1 = −.1, X2 = −.2,
	// X3 = −.05, X4 = 100/900 = .1111…, X5 = .8 → Z = −.12 − .28 − .165 +
	// .0667 + .8 = .3017 < 1.81.
	bad := Financials{TotalAssets: d("1000"), WorkingCapital: d("-100"), RetainedEarnings: d("-200"), EBIT: d("-50"),
		MarketValueEquity: d("100"), TotalLiabilities: d("900"), Sales: d("800")}
	z, err := AltmanZ(bad, Public)
	require.NoError(t, err)
	requireDecimal(t, "0.3017", z.Value)
	require.Equal(t, Distress, z.Zone)
	require.Equal(t, "distress", z.Zone.String())
	// On the cut-off: grey.
	edge := Financials{TotalAssets: d("1"), TotalLiabilities: d("1"), Sales: d("2.99")}
	z, err = AltmanZ(edge, Public)
	require.NoError(t, err)
	require.Equal(t, Grey, z.Zone)

	_, err = AltmanZ(Financials{TotalLiabilities: d("1")}, Public)
	require.ErrorIs(t, err, ErrZeroDenominator)
	require.ErrorContains(t, err, "TotalAssets")
	_, err = AltmanZ(Financials{TotalAssets: d("1")}, Private)
	require.ErrorIs(t, err, ErrZeroDenominator)
	_, err = AltmanZ(f, ZModel(9))
	require.Error(t, err)
	_, err = AltmanZ(Financials{TotalAssets: d("1e300"), TotalLiabilities: d("1")}, Public)
	require.ErrorIs(t, err, ErrZeroDenominator)
}

func TestRatios(t *testing.T) {
	f := sampleFinancials()
	check := func(want string, got decimal.Decimal, err error) {
		t.Helper()
		require.NoError(t, err)
		requireDecimal(t, want, got)
	}
	v, err := f.CurrentRatio() // 450 / 250
	check("1.8", v, err)
	v, err = f.QuickRatio() // (450 − 150) / 250
	check("1.2", v, err)
	v, err = f.DebtToEquity() // 400 / 500
	check("0.8", v, err)
	v, err = f.InterestCover() // 150 / 30
	check("5", v, err)
	v, err = f.NetMargin() // 90 / 1200
	check("0.075", v, err)
	requireDecimal(t, "400", f.TangibleNetWorth()) // 500 − 100
	_, err = Financials{}.CurrentRatio()
	require.ErrorIs(t, err, ErrZeroDenominator)
	require.ErrorContains(t, err, "CurrentLiabilities")
}

func card() Scorecard {
	missing := d("20")
	return Scorecard{Factors: []Factor{
		{Name: "years in business", Weight: d("30"), Bands: []Band{{d("0"), d("10")}, {d("2"), d("50")}, {d("10"), d("100")}}, Missing: &missing},
		{Name: "days beyond terms", Weight: d("40"), Bands: []Band{{d("-999"), d("100")}, {d("5"), d("70")}, {d("30"), d("20")}}},
		{Name: "industry", Weight: d("30"), Categories: map[string]decimal.Decimal{"low": d("100"), "medium": d("60"), "high": d("20")}},
	}}
}

func TestScorecard(t *testing.T) {
	// 4 years → 50 points × .3 = 15 (lost 50 × .3 = 15);
	// 12 days beyond terms → 70 × .4 = 28 (lost 12);
	// industry high → 20 × .3 = 6 (lost 24). Score 15 + 28 + 6 = 49.
	// Reasons by points lost: industry (24), years (15), days (12).
	r, err := card().Evaluate(map[string]string{"years in business": "4", "days beyond terms": "12", "industry": "high"})
	require.NoError(t, err)
	requireDecimal(t, "49", r.Score)
	require.Equal(t, []string{"industry", "years in business", "days beyond terms"}, r.Reasons)
	requireDecimal(t, "24", r.Factors[2].Lost)

	// Missing years: 20 points; the best card loses nothing and gives no reason.
	r, err = card().Evaluate(map[string]string{"days beyond terms": "0", "industry": "low"})
	require.NoError(t, err)
	require.True(t, r.Factors[0].Missing)
	requireDecimal(t, "76", r.Score) // 20×.3 + 100×.4 + 100×.3 = 6 + 40 + 30
	require.Equal(t, []string{"years in business"}, r.Reasons)

	for _, tt := range []struct {
		name   string
		card   Scorecard
		inputs map[string]string
		text   string
	}{
		{"weights", Scorecard{Factors: []Factor{{Name: "a", Weight: d("0.5"), Categories: map[string]decimal.Decimal{"x": d("1")}}}}, nil, "not 1 or 100"},
		{"overlap", Scorecard{Factors: []Factor{{Name: "a", Weight: d("1"), Bands: []Band{{d("5"), d("1")}, {d("5"), d("2")}}}}}, nil, "overlaps"},
		{"no bands", Scorecard{Factors: []Factor{{Name: "a", Weight: d("1")}}}, nil, "neither"},
		{"repeated", Scorecard{Factors: []Factor{{Name: "a", Weight: d("0.5"), Categories: map[string]decimal.Decimal{"x": d("1")}}, {Name: "a", Weight: d("0.5"), Categories: map[string]decimal.Decimal{"x": d("1")}}}}, nil, "repeated"},
		{"negative weight", Scorecard{Factors: []Factor{{Name: "a", Weight: d("-1"), Categories: map[string]decimal.Decimal{"x": d("1")}}}}, nil, "negative"},
		{"empty", Scorecard{}, nil, "no factors"},
		{"missing", card(), map[string]string{"years in business": "4", "industry": "high"}, `"days beyond terms" is missing`},
		{"category", card(), map[string]string{"days beyond terms": "1", "industry": "huge"}, `no category "huge"`},
		{"number", card(), map[string]string{"days beyond terms": "soon", "industry": "low"}, "not a number"},
		{"below", card(), map[string]string{"days beyond terms": "-5000", "industry": "low"}, "below its first band"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.card.Evaluate(tt.inputs)
			require.ErrorIs(t, err, ErrInvalidScorecard)
			require.ErrorContains(t, err, tt.text)
		})
	}
}

func grades() GradeTable {
	return GradeTable{
		{Name: "A", MinScore: d("80"), Limit: d("500000"), TermsDays: 60},
		{Name: "B", MinScore: d("60"), Limit: d("200000"), TermsDays: 45},
		{Name: "C", MinScore: d("40"), Limit: d("50000"), TermsDays: 30},
		{Name: "D", MinScore: d("0"), Limit: d("0")},
	}
}

func TestGradesAndLimits(t *testing.T) {
	g, err := grades().Grade(d("49"))
	require.NoError(t, err)
	require.Equal(t, "C", g.Name)
	g, err = grades().Grade(d("80"))
	require.NoError(t, err)
	require.Equal(t, "A", g.Name)
	_, err = grades().Grade(d("-1"))
	require.ErrorIs(t, err, ErrUnknownGrade)
	_, err = grades().Lookup("Z")
	require.ErrorIs(t, err, ErrUnknownGrade)
	g, err = grades().Lookup("B")
	require.NoError(t, err)
	requireDecimal(t, "200000", g.Limit)
	_, err = GradeTable{{Name: "A", MinScore: d("1")}, {Name: "B", MinScore: d("1")}}.Grade(d("5"))
	require.ErrorIs(t, err, ErrUnknownGrade)
	_, err = GradeTable{}.Grade(d("5"))
	require.ErrorIs(t, err, ErrUnknownGrade)

	f := sampleFinancials()
	nw, err := NetWorthLimit(f, d("0.1")) // 10% × (500 − 100) = 40
	require.NoError(t, err)
	requireDecimal(t, "40", nw.Amount)
	wc, err := WorkingCapitalLimit(f, d("0.2")) // 20% × 200 = 40
	require.NoError(t, err)
	requireDecimal(t, "40", wc.Amount)
	neg, err := WorkingCapitalLimit(Financials{WorkingCapital: d("-5")}, d("0.2"))
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

	grade := GradeLimit(grades()[2])                                              // C: 50,000
	big1, _ := NetWorthLimit(Financials{BookValueEquity: d("1000000")}, d("0.1")) // 100,000
	// Minimum: min(45,000, 100,000, 50,000, 40,000) = 40,000.
	dec, err := Policy{Combine: Minimum, Unit: d("1000")}.Decide(sales, big1, grade, ins)
	require.NoError(t, err)
	requireDecimal(t, "40000", dec.Amount)
	require.Len(t, dec.Methods, 4)
	// Weighted 1:1 of sales and net worth: (45,000 + 100,000) / 2 = 72,500;
	// rounded down to 5,000: 70,000.
	w := map[Method]decimal.Decimal{MethodSales: d("1"), MethodNetWorth: d("1")}
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
		{Policy{Combine: Weighted, Weights: map[Method]decimal.Decimal{MethodSales: d("-1")}}, []Limit{sales}},
		{Policy{Combine: GradeCapped, Weights: w}, []Limit{sales}},
		{Policy{Combine: Combination(9)}, []Limit{sales}},
		{Policy{}, []Limit{{Method: MethodSales, Amount: d("-1")}}},
	} {
		_, err := bad.p.Decide(bad.limits...)
		require.ErrorIs(t, err, ErrInvalidPolicy, "%+v", bad.p)
	}
}
