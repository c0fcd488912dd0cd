package credit_test

import (
	"errors"
	"testing"

	"github.com/receivables-go/receivables/credit"
	"github.com/receivables-go/receivables/credit/score"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// TestBadInputCatalogue feeds every entry point of the package its bad
// inputs and checks the exported error and that the message names the
// field, customer or line at fault. README's "Errors" section lists the
// sentinels. The scoring cases are in credit/score's catalogue.
func TestBadInputCatalogue(t *testing.T) {
	d := decimal.RequireFromString
	one, zero, neg := d("1"), decimal.Zero, d("-1")
	fin := score.Financials{WorkingCapital: d("100"), RetainedEarnings: d("50"), EBIT: d("20"), MarketValueEquity: d("300"),
		BookValueEquity: d("200"), Sales: d("1000"), TotalAssets: d("500"), TotalLiabilities: d("300"),
		CurrentAssets: d("200"), CurrentLiabilities: d("100"), Inventory: d("50"), Cash: d("30"), InterestExpense: d("5"), NetIncome: d("10")}
	limit := credit.CreditLimit{Customer: "Acme", Currency: "EUR", Amount: d("1000")}
	exposure := credit.Exposure{Currency: "EUR", OpenReceivables: d("100")}
	order := credit.Order{Ref: "SO-1", Currency: "EUR", Amount: d("10")}
	cover := credit.Cover{Currency: "EUR", InsuredShare: d("0.9"), Deductible: zero, BuyerLimit: d("1000"), MaxLiability: d("100000")}
	e := func(_ any, err error) error { return err }

	for _, tc := range []struct {
		name string
		call func() error
		want error
		msg  string
	}{
		// Limits and policy.
		{"net worth share above 1", func() error { return e(credit.NetWorthLimit(fin, d("1.5"))) }, credit.ErrInvalidPolicy, "share 1.5"},
		{"working capital negative share", func() error { return e(credit.WorkingCapitalLimit(fin, neg)) }, credit.ErrInvalidPolicy, "share -1"},
		{"sales limit negative days", func() error { return e(credit.SalesLimit(one, -30, 0)) }, credit.ErrInvalidPolicy, "terms -30 days"},
		{"insurance limit negative", func() error { return e(credit.InsuranceLimit(neg)) }, credit.ErrInvalidPolicy, "insurance cover -1"},
		{"no limit methods", func() error { return e(credit.Policy{}.Decide()) }, credit.ErrInvalidPolicy, "no limit methods"},
		{"negative method limit", func() error {
			return e(credit.Policy{}.Decide(credit.Limit{Method: credit.MethodSales, Amount: neg}))
		}, credit.ErrInvalidPolicy, "sales limit -1"},
		{"negative policy unit", func() error {
			return e(credit.Policy{Unit: neg}.Decide(credit.Limit{Method: credit.MethodSales, Amount: one}))
		}, credit.ErrInvalidPolicy, "unit -1"},
		{"unknown combination", func() error {
			return e(credit.Policy{Combine: credit.Combination(9)}.Decide(credit.Limit{Method: credit.MethodSales, Amount: one}))
		}, credit.ErrInvalidPolicy, "unknown combination 9"},
		// Order check.
		{"negative order", func() error {
			return e(credit.CheckRules{}.Check(limit, exposure, credit.Order{Ref: "SO-9", Currency: "EUR", Amount: neg}))
		}, credit.ErrInvalidOrder, `order "SO-9" amount -1`},
		{"order in another currency", func() error {
			return e(credit.CheckRules{}.Check(limit, exposure, credit.Order{Ref: "SO-2", Currency: "USD", Amount: one}))
		}, credit.ErrCurrencyMismatch, `order "SO-2": limit in "EUR", exposure in "EUR", order in "USD"`},
		{"negative limit", func() error {
			return e(credit.CheckRules{}.Check(credit.CreditLimit{Customer: "Acme", Currency: "EUR", Amount: neg}, exposure, order))
		}, credit.ErrInvalidLimit, `customer "Acme" amount -1`},
		{"negative open orders", func() error {
			return e(credit.CheckRules{}.Check(limit, credit.Exposure{Currency: "EUR", OpenOrders: neg}, order))
		}, credit.ErrInvalidExposure, "openOrders -1"},
		{"unnamed other exposure", func() error {
			return e(credit.CheckRules{}.Check(limit, credit.Exposure{Currency: "EUR", Others: []credit.ExposureComponent{{Amount: one}}}, order))
		}, credit.ErrInvalidExposure, "others[0] (amount 1) has no name"},
		{"rules warn above 1", func() error { return credit.CheckRules{WarnAt: d("1.5")}.Validate() }, credit.ErrInvalidProbability, "warnAt 1.5"},
		{"rules negative overdue days", func() error { return credit.CheckRules{MaxOverdueDays: -1}.Validate() }, credit.ErrInvalidRule, "maxOverdueDays -1"},
		{"outcome text", func() error { var o credit.Outcome; return o.UnmarshalText([]byte("maybe")) }, credit.ErrInvalidRule, `outcome "maybe"`},
		{"exposure kind text", func() error { var k credit.ExposureKind; return k.UnmarshalText([]byte("loan")) }, credit.ErrInvalidExposure, `exposure kind "loan"`},
		{"exposure line kind", func() error {
			return e(credit.Exposures([]credit.ExposureLine{{Ref: "L1", Currency: "EUR", Kind: credit.ExposureKind(9), Amount: one}}))
		}, credit.ErrInvalidExposure, `line 0 "L1" kind 9`},
		// Expected loss.
		{"PD above 1", func() error {
			return e(credit.LossExposureOf(limit, exposure, credit.Risk{PD: d("1.2"), LGD: d("0.45"), CCF: one}))
		}, credit.ErrInvalidProbability, `"Acme" pd 1.2 must be in [0, 1]`},
		{"loss currencies", func() error {
			return e(credit.LossExposureOf(limit, credit.Exposure{Currency: "USD"}, credit.Risk{PD: d("0.02"), LGD: d("0.45"), CCF: one}))
		}, credit.ErrCurrencyMismatch, `limit in "EUR", exposure in "USD"`},
		{"negative drawn", func() error {
			return e(credit.LossExposure{Currency: "EUR", Drawn: neg, Undrawn: one, CCF: one}.EAD())
		}, credit.ErrInvalidExposure, "drawn -1"},
		{"loss without currency", func() error {
			return e(credit.ExpectedLoss(credit.LossExposure{Ref: "X", PD: d("0.1"), LGD: d("0.5"), Drawn: one}))
		}, credit.ErrInvalidPlaces, `"X" currency "" is not a three-letter ISO 4217 code in capitals (set Places to round without a currency)`},
		{"loss places above 18", func() error {
			return e(credit.ExpectedLoss(credit.LossExposure{Ref: "X", Currency: "EUR", PD: d("0.1"), LGD: d("0.5"), Drawn: one, Places: 19}))
		}, credit.ErrInvalidPlaces, "Places 19 must be between 0 and 18"},
		{"loss LGD above 1", func() error {
			return e(credit.ExpectedLoss(credit.LossExposure{Ref: "X", Currency: "EUR", PD: d("0.1"), LGD: d("2"), Drawn: one}))
		}, credit.ErrInvalidProbability, `"X" lgd 2 must be in [0, 1]`},
		// Insurance.
		{"cover share above 1", func() error { c := cover; c.InsuredShare = d("1.1"); return c.Validate() }, credit.ErrInvalidProbability, "insuredShare 1.1"},
		{"claim in another currency", func() error {
			return e(cover.Claim(credit.DefaultedReceivable{Ref: "D1", Buyer: "B", Currency: "USD", Loss: one}, credit.ClaimsPaid{}))
		}, credit.ErrCurrencyMismatch, `receivable "D1" in "USD", cover in "EUR"`},
		{"negative loss", func() error {
			return e(cover.Claim(credit.DefaultedReceivable{Ref: "D2", Buyer: "B", Currency: "EUR", Loss: neg}, credit.ClaimsPaid{}))
		}, credit.ErrInvalidInsurance, `receivable "D2" loss -1`},
		{"negative paid so far", func() error {
			return e(cover.Claim(credit.DefaultedReceivable{Ref: "D3", Buyer: "B", Currency: "EUR", Loss: one}, credit.ClaimsPaid{Total: neg}))
		}, credit.ErrInvalidInsurance, `receivable "D3": paid.Buyer 0 and paid.Total -1`},
		{"cover without currency", func() error { c := cover; c.Currency = ""; return c.Validate() }, credit.ErrInvalidPlaces, `currency ""`},
		{"cover in a made-up currency", func() error { c := cover; c.Currency = "ZZZ"; return e(c.Premium(one)) }, credit.ErrInvalidPlaces, `currency "ZZZ" is not an ISO 4217 code`},
		{"negative turnover", func() error { return e(cover.Premium(neg)) }, credit.ErrInvalidInsurance, "insured turnover -1"},
		{"negative expected loss", func() error {
			return e(cover.Value(credit.CoverPeriod{InsuredTurnover: one, ExpectedLoss: neg}))
		}, credit.ErrInvalidInsurance, "expected loss -1"},
		// Payment index and review.
		{"no positive experience", func() error { return e(credit.PaymentIndex(nil)) }, credit.ErrInvalidExperience, "among 0"},
		{"experience currencies", func() error {
			return e(credit.PaymentIndex([]credit.PaymentExperience{{Ref: "P0", Currency: "EUR", Amount: one}, {Ref: "P1", Currency: "USD", Amount: one}}))
		}, credit.ErrCurrencyMismatch, `experience 1 "P1" in "USD"`},
		{"behaviour overdue share", func() error {
			return e(credit.ReviewRules{}.Review(limit, credit.Behaviour{OverdueShare: d("2")}))
		}, credit.ErrInvalidBehaviour, "overdueShare 2"},
		{"behaviour growth below -1", func() error {
			return e(credit.ReviewRules{}.Review(limit, credit.Behaviour{PurchaseGrowth: d("-1.5")}))
		}, credit.ErrInvalidBehaviour, "purchaseGrowth -1.5"},
		{"review bad behaviour", func() error {
			return e(credit.ReviewRules{}.Review(limit, credit.Behaviour{BouncedPayments: -1}))
		}, credit.ErrInvalidBehaviour, `customer "Acme"`},
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
