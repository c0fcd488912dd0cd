package credit_test

import (
	"errors"
	"testing"

	"github.com/receivables-go/receivables/credit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// TestBadInputCatalogue feeds every entry point of the package its bad
// inputs and checks the exported error and that the message names the
// field, customer or line at fault. README's "Errors" section lists the
// sentinels.
func TestBadInputCatalogue(t *testing.T) {
	d := decimal.RequireFromString
	one, zero, neg := d("1"), decimal.Zero, d("-1")
	huge := d("1e30")
	fin := credit.Financials{WorkingCapital: d("100"), RetainedEarnings: d("50"), EBIT: d("20"), MarketValueEquity: d("300"),
		BookValueEquity: d("200"), Sales: d("1000"), TotalAssets: d("500"), TotalLiabilities: d("300"),
		CurrentAssets: d("200"), CurrentLiabilities: d("100"), Inventory: d("50"), Cash: d("30"), InterestExpense: d("5"), NetIncome: d("10")}
	withFin := func(f func(*credit.Financials)) credit.Financials { g := fin; f(&g); return g }
	limit := credit.CreditLimit{Customer: "Acme", Currency: "EUR", Amount: d("1000")}
	exposure := credit.Exposure{Currency: "EUR", OpenReceivables: d("100")}
	order := credit.Order{Ref: "SO-1", Currency: "EUR", Amount: d("10")}
	scaling := credit.Scaling{BaseScore: d("600"), BaseOdds: d("50"), PDO: d("20")}
	grades := credit.GradeTable{{Name: "A", MinScore: d("700"), Limit: d("100000")}, {Name: "B", MinScore: d("600"), Limit: d("50000")}}
	cover := credit.Cover{Currency: "EUR", InsuredShare: d("0.9"), Deductible: zero, BuyerLimit: d("1000"), MaxLiability: d("100000")}
	card := credit.Scorecard{Factors: []credit.Factor{{Name: "years", Weight: one, Bands: []credit.Band{{From: zero, Points: d("10")}, {From: d("5"), Points: d("30")}}}}}
	e := func(_ any, err error) error { return err }

	for _, tc := range []struct {
		name string
		call func() error
		want error
		msg  string
	}{
		// Scaling: positive PDO and odds, probabilities inside (0, 1).
		{"zero PDO", func() error { return e(credit.Scaling{BaseScore: d("600"), BaseOdds: d("50")}.Score(one)) }, credit.ErrInvalidScaling, "PDO 0"},
		{"negative base odds", func() error { return e(credit.Scaling{BaseScore: d("600"), BaseOdds: neg, PDO: d("20")}.Score(one)) }, credit.ErrInvalidScaling, "BaseOdds -1"},
		{"zero odds", func() error { return e(scaling.Score(zero)) }, credit.ErrInvalidScaling, "odds 0"},
		{"score far from base", func() error { return e(scaling.Odds(huge)) }, credit.ErrInvalidScaling, "at most 60"},
		{"PD of 1", func() error { return e(scaling.ScoreFromPD(one)) }, credit.ErrInvalidScaling, "probability of default 1"},
		{"PD of 0", func() error { return e(scaling.ScoreFromPD(zero)) }, credit.ErrInvalidScaling, "probability of default 0"},
		{"huge digits", func() error {
			return e(credit.Scaling{BaseScore: d("1e200"), BaseOdds: d("50"), PDO: d("20")}.Score(one))
		}, credit.ErrInvalidScaling, "BaseScore has"},
		// Scorecards.
		{"no factors", func() error { return credit.Scorecard{}.Validate() }, credit.ErrInvalidScorecard, "no factors"},
		{"weights not 1", func() error {
			c := card
			c.Factors = []credit.Factor{{Name: "years", Weight: d("0.5"), Bands: card.Factors[0].Bands}}
			return c.Validate()
		}, credit.ErrInvalidScorecard, "weights add up to 0.5"},
		{"overlapping bands", func() error {
			c := credit.Scorecard{Factors: []credit.Factor{{Name: "years", Weight: one, Bands: []credit.Band{{From: d("5")}, {From: d("5")}}}}}
			return c.Validate()
		}, credit.ErrInvalidScorecard, `factor "years" band 1 from 5 overlaps`},
		{"repeated factor", func() error {
			f := card.Factors[0]
			f.Weight = d("0.5")
			return credit.Scorecard{Factors: []credit.Factor{f, f}}.Validate()
		}, credit.ErrInvalidScorecard, `factor 1 name "years"`},
		{"missing value", func() error { return e(card.Evaluate(map[string]string{})) }, credit.ErrInvalidScorecard, `factor "years" is missing`},
		{"not a number", func() error { return e(card.Evaluate(map[string]string{"years": "ten"})) }, credit.ErrInvalidScorecard, `value "ten" is not a number`},
		{"below first band", func() error { return e(card.Evaluate(map[string]string{"years": "-3"})) }, credit.ErrInvalidScorecard, "value -3 is below its first band"},
		// Grades and limits.
		{"score below every grade", func() error { return e(grades.Grade(d("100"))) }, credit.ErrUnknownGrade, "score 100"},
		{"unknown grade", func() error { return e(grades.Lookup("Z")) }, credit.ErrUnknownGrade, `"Z"`},
		{"empty table", func() error { return e(credit.GradeTable{}.Grade(one)) }, credit.ErrUnknownGrade, "empty grade table"},
		{"overlapping grades", func() error { return e(credit.GradeTable{grades[0], grades[0]}.Grade(one)) }, credit.ErrUnknownGrade, `grades "A" and "A" overlap`},
		{"net worth share above 1", func() error { return e(credit.NetWorthLimit(fin, d("1.5"))) }, credit.ErrInvalidPolicy, "share 1.5"},
		{"working capital negative share", func() error { return e(credit.WorkingCapitalLimit(fin, neg)) }, credit.ErrInvalidPolicy, "share -1"},
		{"sales limit negative days", func() error { return e(credit.SalesLimit(one, -30, 0)) }, credit.ErrInvalidPolicy, "terms -30 days"},
		{"insurance limit negative", func() error { return e(credit.InsuranceLimit(neg)) }, credit.ErrInvalidPolicy, "insurance cover -1"},
		{"no limit methods", func() error { return e(credit.Policy{}.Decide()) }, credit.ErrInvalidPolicy, "no limit methods"},
		{"negative method limit", func() error {
			return e(credit.Policy{}.Decide(credit.Limit{Method: credit.MethodSales, Amount: neg}))
		}, credit.ErrInvalidPolicy, "sales limit -1"},
		{"unknown combination", func() error {
			return e(credit.Policy{Combine: credit.Combination(9)}.Decide(credit.Limit{Method: credit.MethodSales, Amount: one}))
		}, credit.ErrInvalidPolicy, "unknown combination 9"},
		// Altman and ratios: denominators.
		{"unknown Z model", func() error { return e(credit.AltmanZ(fin, credit.ZModel(9))) }, credit.ErrInvalidPolicy, "unknown Z model 9"},
		{"zero total assets", func() error {
			return e(credit.AltmanZ(withFin(func(f *credit.Financials) { f.TotalAssets = zero }), credit.Public))
		}, credit.ErrZeroDenominator, "TotalAssets 0"},
		{"zero liabilities", func() error {
			return e(credit.AltmanZ(withFin(func(f *credit.Financials) { f.TotalLiabilities = zero }), credit.Public))
		}, credit.ErrZeroDenominator, "TotalLiabilities 0"},
		{"current ratio", func() error {
			return e(withFin(func(f *credit.Financials) { f.CurrentLiabilities = zero }).CurrentRatio())
		}, credit.ErrZeroDenominator, "0"},
		{"interest cover", func() error {
			return e(withFin(func(f *credit.Financials) { f.InterestExpense = neg }).InterestCover())
		}, credit.ErrZeroDenominator, "-1"},
		// Order check.
		{"negative order", func() error {
			return e(credit.Check(limit, exposure, credit.Order{Ref: "SO-9", Currency: "EUR", Amount: neg}))
		}, credit.ErrInvalidOrder, `order "SO-9" amount -1`},
		{"order in another currency", func() error {
			return e(credit.Check(limit, exposure, credit.Order{Ref: "SO-2", Currency: "USD", Amount: one}))
		}, credit.ErrCurrencyMismatch, `order "SO-2": limit in "EUR", exposure in "EUR", order in "USD"`},
		{"negative limit", func() error {
			return e(credit.Check(credit.CreditLimit{Customer: "Acme", Currency: "EUR", Amount: neg}, exposure, order))
		}, credit.ErrInvalidLimit, `customer "Acme" amount -1`},
		{"negative open orders", func() error {
			return e(credit.Check(limit, credit.Exposure{Currency: "EUR", OpenOrders: neg}, order))
		}, credit.ErrInvalidExposure, "openOrders -1"},
		{"unnamed other exposure", func() error {
			return credit.Exposure{Currency: "EUR", Others: []credit.ExposureComponent{{Amount: one}}}.Validate()
		}, credit.ErrInvalidExposure, "others[0] (amount 1) has no name"},
		{"rules warn above 1", func() error { return credit.CheckRules{WarnAt: d("1.5")}.Validate() }, credit.ErrInvalidProbability, "warnAt 1.5"},
		{"rules negative overdue days", func() error { return credit.CheckRules{MaxOverdueDays: -1}.Validate() }, credit.ErrInvalidRule, "maxOverdueDays -1"},
		{"outcome text", func() error { var o credit.Outcome; return o.UnmarshalText([]byte("maybe")) }, credit.ErrInvalidRule, `outcome "maybe"`},
		{"exposure kind text", func() error { var k credit.ExposureKind; return k.UnmarshalText([]byte("loan")) }, credit.ErrInvalidExposure, `exposure kind "loan"`},
		{"exposure line kind", func() error {
			return e(credit.Exposures([]credit.ExposureLine{{Ref: "L1", Currency: "EUR", Kind: credit.ExposureKind(9), Amount: one}}))
		}, credit.ErrInvalidExposure, `line 0 "L1" kind 9`},
		// Expected loss.
		{"PD above 1", func() error { return e(credit.LossExposureOf(limit, exposure, d("1.2"), d("0.45"), one)) }, credit.ErrInvalidProbability, `"Acme" pd 1.2 must be in [0, 1]`},
		{"loss currencies", func() error {
			return e(credit.LossExposureOf(limit, credit.Exposure{Currency: "USD"}, d("0.02"), d("0.45"), one))
		}, credit.ErrCurrencyMismatch, `limit in "EUR", exposure in "USD"`},
		{"negative drawn", func() error { return e(credit.ExposureAtDefault(neg, one, one)) }, credit.ErrInvalidExposure, "drawn -1"},
		{"loss LGD above 1", func() error {
			return e(credit.ExpectedLoss(credit.LossExposure{Ref: "X", Currency: "EUR", PD: d("0.1"), LGD: d("2"), Drawn: one}))
		}, credit.ErrInvalidProbability, `"X" lgd 2 must be in [0, 1]`},
		// Insurance.
		{"cover share above 1", func() error { c := cover; c.InsuredShare = d("1.1"); return c.Validate() }, credit.ErrInvalidProbability, "insuredShare 1.1"},
		{"claim in another currency", func() error {
			return e(cover.Claim(credit.DefaultedReceivable{Ref: "D1", Buyer: "B", Currency: "USD", Loss: one}, zero, zero))
		}, credit.ErrCurrencyMismatch, `receivable "D1" in "USD", cover in "EUR"`},
		{"negative loss", func() error {
			return e(cover.Claim(credit.DefaultedReceivable{Ref: "D2", Buyer: "B", Currency: "EUR", Loss: neg}, zero, zero))
		}, credit.ErrInvalidInsurance, `receivable "D2" loss -1`},
		{"negative turnover", func() error { return e(cover.Premium(neg)) }, credit.ErrInvalidInsurance, "insured turnover -1"},
		{"negative expected loss", func() error { return e(cover.Value(one, neg)) }, credit.ErrInvalidInsurance, "expected loss -1"},
		// Payment index and review.
		{"index above 100", func() error { return e(credit.DaysFromIndex(d("101"))) }, credit.ErrInvalidExperience, "index 101"},
		{"no positive experience", func() error { return e(credit.PaymentIndex(nil)) }, credit.ErrInvalidExperience, "among 0"},
		{"experience currencies", func() error {
			return e(credit.PaymentIndex([]credit.PaymentExperience{{Ref: "P0", Currency: "EUR", Amount: one}, {Ref: "P1", Currency: "USD", Amount: one}}))
		}, credit.ErrCurrencyMismatch, `experience 1 "P1" in "USD"`},
		{"behaviour overdue share", func() error { return credit.Behaviour{OverdueShare: d("2")}.Validate() }, credit.ErrInvalidBehaviour, "overdueShare 2"},
		{"behaviour growth below -1", func() error { return credit.Behaviour{PurchaseGrowth: d("-1.5")}.Validate() }, credit.ErrInvalidBehaviour, "purchaseGrowth -1.5"},
		{"review bad behaviour", func() error { return e(credit.Review(limit, credit.Behaviour{BouncedPayments: -1})) }, credit.ErrInvalidBehaviour, `customer "Acme"`},
		{"rules max decrease", func() error { return credit.ReviewRules{MaxDecrease: d("1.5")}.Validate() }, credit.ErrInvalidLimit, "maxDecrease 1.5"},
		{"rule without condition", func() error {
			return credit.ReviewRules{Rules: []credit.ReviewRule{{Name: "r"}}}.Validate()
		}, credit.ErrInvalidRule, `rule 0 "r" has no condition`},
		{"review action text", func() error { var a credit.ReviewAction; return a.UnmarshalText([]byte("double")) }, credit.ErrInvalidRule, `action "double"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			require.Error(t, err)
			require.True(t, errors.Is(err, tc.want), "%v is not %v", err, tc.want)
			require.Contains(t, err.Error(), tc.msg)
		})
	}
}
