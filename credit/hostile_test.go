package credit

import (
	"math"
	"testing"

	"github.com/receivables-go/receivables/credit/score"
	"github.com/receivables-go/receivables/internal/decfuzz"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// errOf drops a result and keeps the error.
func errOf[T any](_ T, err error) error { return err }

// decimalEntries lists every decimal input of every exported entry point
// of the package (issue 25: each one is range-checked with
// money.CheckRange before any arithmetic or comparison). Exposure.Total,
// CreditLimit and Exposure are read by several entry points; each is
// listed where it is read.
func decimalEntries() []decfuzz.Entry {
	limit, order := acmeLimit(), Order{Ref: "SO-1", Currency: "EUR", Amount: ctlDec("1000")}
	check := func(r CheckRules, l CreditLimit, x Exposure, o Order) error { return errOf(r.Check(l, x, o)) }
	exposure := func(mod func(*Exposure, decimal.Decimal)) func(decimal.Decimal) error {
		return func(v decimal.Decimal) error {
			x := acmeExposure()
			mod(&x, v)
			return check(CheckRules{}, limit, x, order)
		}
	}
	review := func(r ReviewRules, l CreditLimit, b Behaviour) error { return errOf(r.Review(l, b)) }
	behaviour := func(mod func(*Behaviour, decimal.Decimal)) func(decimal.Decimal) error {
		return func(v decimal.Decimal) error {
			var b Behaviour
			mod(&b, v)
			return review(ReviewRules{}, limit, b)
		}
	}
	fin := score.Financials{BookValueEquity: ctlDec("500000"), IntangibleAssets: ctlDec("100000"), WorkingCapital: ctlDec("200000")}
	sales := Limit{Method: MethodSales, Amount: ctlDec("90000")}
	decide := func(p Policy, limits ...Limit) error { return errOf(p.Decide(limits...)) }
	risk := Risk{PD: ctlDec("0.02"), LGD: ctlDec("0.45"), CCF: ctlDec("0.5")}
	loss := LossExposure{Ref: "C-1", Currency: "EUR", PD: ctlDec("0.02"), LGD: ctlDec("0.45"), Drawn: ctlDec("1000"), Undrawn: ctlDec("500"), CCF: ctlDec("0.5")}
	lossWith := func(mod func(*LossExposure, decimal.Decimal)) func(decimal.Decimal) error {
		return func(v decimal.Decimal) error {
			x := loss
			mod(&x, v)
			return errOf(ExpectedLoss(x))
		}
	}
	cover := func(mod func(*Cover, decimal.Decimal)) func(decimal.Decimal) error {
		return func(v decimal.Decimal) error {
			c := testCover()
			mod(&c, v)
			return errOf(c.Value(CoverPeriod{InsuredTurnover: ctlDec("1000000"), ExpectedLoss: ctlDec("1000")}))
		}
	}
	bad := DefaultedReceivable{Ref: "INV-9", Buyer: "B", Currency: "EUR", Loss: ctlDec("105000")}
	return []decfuzz.Entry{
		// CheckRules.Check (and Validate): the rules, the limit, the exposure, the order.
		{Field: "warnAt", Call: func(v decimal.Decimal) error { return check(CheckRules{WarnAt: v}, limit, acmeExposure(), order) }},
		{Field: "tolerance", Call: func(v decimal.Decimal) error { return check(CheckRules{Tolerance: v}, limit, acmeExposure(), order) }},
		{Field: "amount", Call: func(v decimal.Decimal) error {
			return check(CheckRules{}, CreditLimit{Customer: "Acme", Currency: "EUR", Amount: v}, acmeExposure(), order)
		}},
		{Field: "openReceivables", Call: exposure(func(x *Exposure, v decimal.Decimal) { x.OpenReceivables = v })},
		{Field: "openOrders", Call: exposure(func(x *Exposure, v decimal.Decimal) { x.OpenOrders = v })},
		{Field: "shippedNotInvoiced", Call: exposure(func(x *Exposure, v decimal.Decimal) { x.ShippedNotInvoiced = v })},
		{Field: "others bills of exchange", Call: exposure(func(x *Exposure, v decimal.Decimal) { x.Others[0].Amount = v })},
		{Field: "order amount", Call: func(v decimal.Decimal) error {
			return check(CheckRules{}, limit, acmeExposure(), Order{Ref: "SO-1", Currency: "EUR", Amount: v})
		}},
		// Exposure.Total and Exposures.
		{Field: "openReceivables", Call: func(v decimal.Decimal) error { return errOf(Exposure{Currency: "EUR", OpenReceivables: v}.Total()) }},
		{Field: "amount", Call: func(v decimal.Decimal) error {
			return errOf(Exposures([]ExposureLine{{Ref: "INV-1", Currency: "EUR", Amount: ctlDec("1")}, {Ref: "INV-2", Currency: "EUR", Amount: v}}))
		}},
		// ReviewRules.Review (and Validate): the bounds, a rule's step, the limit, the behaviour.
		{Field: "maxIncrease", Call: func(v decimal.Decimal) error { return review(ReviewRules{MaxIncrease: v}, limit, Behaviour{}) }},
		{Field: "maxDecrease", Call: func(v decimal.Decimal) error { return review(ReviewRules{MaxDecrease: v}, limit, Behaviour{}) }},
		{Field: "unit", Call: func(v decimal.Decimal) error { return review(ReviewRules{Unit: v}, limit, Behaviour{}) }},
		{Field: "step", Call: func(v decimal.Decimal) error {
			r := ReviewRules{Rules: []ReviewRule{{Name: "up", When: func(Behaviour) bool { return true }, Action: ActionIncrease, Step: v}}}
			return review(r, limit, Behaviour{})
		}},
		{Field: "amount", Call: func(v decimal.Decimal) error {
			return review(ReviewRules{}, CreditLimit{Customer: "Acme", Currency: "EUR", Amount: v}, Behaviour{})
		}},
		{Field: "averageDaysLate", Call: behaviour(func(b *Behaviour, v decimal.Decimal) { b.AverageDaysLate = v })},
		{Field: "overdueShare", Call: behaviour(func(b *Behaviour, v decimal.Decimal) { b.OverdueShare = v })},
		{Field: "utilisation", Call: behaviour(func(b *Behaviour, v decimal.Decimal) { b.Utilisation = v })},
		{Field: "purchaseGrowth", Call: behaviour(func(b *Behaviour, v decimal.Decimal) { b.PurchaseGrowth = v })},
		{Field: "score", Call: behaviour(func(b *Behaviour, v decimal.Decimal) { b.Score = v })},
		{Field: "scoreChange", Call: behaviour(func(b *Behaviour, v decimal.Decimal) { b.ScoreChange = v })},
		// Limit methods and Policy.Decide.
		{Field: "BookValueEquity", Call: func(v decimal.Decimal) error {
			f := fin
			f.BookValueEquity = v
			return errOf(NetWorthLimit(f, ctlDec("0.1")))
		}},
		{Field: "IntangibleAssets", Call: func(v decimal.Decimal) error {
			f := fin
			f.IntangibleAssets = v
			return errOf(NetWorthLimit(f, ctlDec("0.1")))
		}},
		{Field: "tangible-net-worth share", Call: func(v decimal.Decimal) error { return errOf(NetWorthLimit(fin, v)) }},
		{Field: "working capital", Call: func(v decimal.Decimal) error {
			f := fin
			f.WorkingCapital = v
			return errOf(WorkingCapitalLimit(f, ctlDec("0.1")))
		}},
		{Field: "working-capital share", Call: func(v decimal.Decimal) error { return errOf(WorkingCapitalLimit(fin, v)) }},
		{Field: "monthly purchases", Call: func(v decimal.Decimal) error { return errOf(SalesLimit(v, 30, 15)) }},
		{Field: "insurance cover", Call: func(v decimal.Decimal) error { return errOf(InsuranceLimit(v)) }},
		{Field: "unit", Call: func(v decimal.Decimal) error { return decide(Policy{Unit: v}, sales) }},
		{Field: "floor", Call: func(v decimal.Decimal) error { return decide(Policy{Floor: v}, sales) }},
		{Field: "ceiling", Call: func(v decimal.Decimal) error { return decide(Policy{Ceiling: v}, sales) }},
		{Field: "weight of sales", Call: func(v decimal.Decimal) error {
			return decide(Policy{Combine: Weighted, Weights: map[LimitMethod]decimal.Decimal{MethodSales: v}}, sales)
		}},
		{Field: "sales limit", Call: func(v decimal.Decimal) error { return decide(Policy{}, Limit{Method: MethodSales, Amount: v}) }},
		{Field: "grade limit", Call: func(v decimal.Decimal) error { return decide(Policy{}, GradeLimit(score.Grade{Name: "A", Limit: v})) }},
		// Expected loss.
		{Field: "amount", Call: func(v decimal.Decimal) error {
			return errOf(LossExposureOf(CreditLimit{Customer: "Acme", Currency: "EUR", Amount: v}, acmeExposure(), risk))
		}},
		{Field: "openReceivables", Call: func(v decimal.Decimal) error {
			x := acmeExposure()
			x.OpenReceivables = v
			return errOf(LossExposureOf(limit, x, risk))
		}},
		{Field: "pd", Call: func(v decimal.Decimal) error {
			r := risk
			r.PD = v
			return errOf(LossExposureOf(limit, acmeExposure(), r))
		}},
		{Field: "lgd", Call: func(v decimal.Decimal) error {
			r := risk
			r.LGD = v
			return errOf(LossExposureOf(limit, acmeExposure(), r))
		}},
		{Field: "ccf", Call: func(v decimal.Decimal) error {
			r := risk
			r.CCF = v
			return errOf(LossExposureOf(limit, acmeExposure(), r))
		}},
		{Field: "ccf", Call: func(v decimal.Decimal) error { x := loss; x.CCF = v; return errOf(x.EAD()) }},
		{Field: "drawn", Call: func(v decimal.Decimal) error { x := loss; x.Drawn = v; return errOf(x.EAD()) }},
		{Field: "undrawn", Call: func(v decimal.Decimal) error { x := loss; x.Undrawn = v; return errOf(x.EAD()) }},
		{Field: "pd", Call: lossWith(func(x *LossExposure, v decimal.Decimal) { x.PD = v })},
		{Field: "lgd", Call: lossWith(func(x *LossExposure, v decimal.Decimal) { x.LGD = v })},
		{Field: "ccf", Call: lossWith(func(x *LossExposure, v decimal.Decimal) { x.CCF = v })},
		{Field: "drawn", Call: lossWith(func(x *LossExposure, v decimal.Decimal) { x.Drawn = v })},
		{Field: "undrawn", Call: lossWith(func(x *LossExposure, v decimal.Decimal) { x.Undrawn = v })},
		{Field: "drawn", Call: func(v decimal.Decimal) error {
			x := loss
			x.Drawn = v
			return errOf(PortfolioExpectedLoss([]LossExposure{loss, x}))
		}},
		// Credit insurance: the cover (Validate, Claim, Claims, Premium,
		// Value all read it), the loss, what was paid, the period.
		{Field: "insuredShare", Call: cover(func(c *Cover, v decimal.Decimal) { c.InsuredShare = v })},
		{Field: "deductible", Call: cover(func(c *Cover, v decimal.Decimal) { c.Deductible = v })},
		{Field: "buyerLimit", Call: cover(func(c *Cover, v decimal.Decimal) { c.BuyerLimit = v })},
		{Field: "maxLiability", Call: cover(func(c *Cover, v decimal.Decimal) { c.MaxLiability = v })},
		{Field: "premiumRate", Call: cover(func(c *Cover, v decimal.Decimal) { c.PremiumRate = v })},
		{Field: "loss", Call: func(v decimal.Decimal) error { d := bad; d.Loss = v; return errOf(testCover().Claim(d, ClaimsPaid{})) }},
		{Field: "paid.Buyer", Call: func(v decimal.Decimal) error { return errOf(testCover().Claim(bad, ClaimsPaid{Buyer: v})) }},
		{Field: "paid.Total", Call: func(v decimal.Decimal) error { return errOf(testCover().Claim(bad, ClaimsPaid{Total: v})) }},
		{Field: "loss", Call: func(v decimal.Decimal) error {
			d := bad
			d.Loss = v
			return errOf(testCover().Claims([]DefaultedReceivable{bad, d}))
		}},
		{Field: "deductible", Call: func(v decimal.Decimal) error { c := testCover(); c.Deductible = v; return c.Validate() }},
		{Field: "insured turnover", Call: func(v decimal.Decimal) error { return errOf(testCover().Premium(v)) }},
		{Field: "insured turnover", Call: func(v decimal.Decimal) error {
			return errOf(testCover().Value(CoverPeriod{InsuredTurnover: v, ExpectedLoss: ctlDec("1000")}))
		}},
		{Field: "expected loss", Call: func(v decimal.Decimal) error {
			return errOf(testCover().Value(CoverPeriod{InsuredTurnover: ctlDec("1000000"), ExpectedLoss: v}))
		}},
		// Payment index.
		{Field: "amount", Call: func(v decimal.Decimal) error {
			return errOf(PaymentIndex([]PaymentExperience{{Ref: "INV-1", Currency: "EUR", Amount: ctlDec("100")}, {Ref: "INV-2", Currency: "EUR", Amount: v}}))
		}},
	}
}

// suite is the package's range-guard tests (issue 25): an extreme value
// answers one of the package's sentinels saying "out of range" and naming
// the field; an error of an in-range value need not name it (a limit
// exceeded is about the order, not one field).
func suite() decfuzz.Suite {
	return decfuzz.Suite{Entries: decimalEntries(), Accept: decfuzz.OneOf(controlSentinels...), Phrase: "out of range",
		Want: decfuzz.Unnamed}
}

// Every decimal input answers an extreme value with one of the package's
// sentinels, an error naming the field, quickly, and a short message
// (issue 25). On the old code the 41-digit values and 1e±41 were accepted
// (its own guard allowed 100 digits), so this test failed for every entry.
func TestExtremeDecimalsNamed(t *testing.T) { suite().CheckExtremes(t) }

// The reproductions of issue 25 for credit: a policy unit of 1e−2³¹
// (reported to panic with "exponent overflows an int32"; already an
// error before this change, now the library's one range error naming
// the field) and SalesLimit with an extreme decimal or a day count near
// MaxInt, which returned a negative limit without an error. The day
// counts failed on the old code (no error, limit −922337203685477580800).
func TestIssue25Reproductions(t *testing.T) {
	_, err := Policy{Unit: decimal.New(1, math.MinInt32)}.Decide(Limit{Method: MethodSales, Amount: ctlDec("90000")})
	require.ErrorIs(t, err, ErrInvalidPolicy)
	require.EqualError(t, err, "credit: invalid limit policy: unit 1e-2147483648 is out of range (at most 40 digits either side of the point)")

	for _, v := range []decimal.Decimal{decimal.New(1, math.MaxInt32), decimal.New(1, math.MinInt32), decimal.New(-7, math.MaxInt32)} {
		_, err = SalesLimit(v, 30, 15)
		require.ErrorIs(t, err, ErrInvalidPolicy)
		require.ErrorContains(t, err, "monthly purchases")
	}

	for _, tt := range []struct {
		terms, tolerance int
		field            string
	}{
		{math.MaxInt, 1, "terms days"}, {30, math.MaxInt, "tolerance days"}, {math.MinInt, 0, "terms days"},
		{3_660_001, 0, "terms days"},
	} {
		l, err := SalesLimit(ctlDec("3000"), tt.terms, tt.tolerance)
		require.ErrorIs(t, err, ErrInvalidPolicy, "%d %d gave %s", tt.terms, tt.tolerance, l.Amount)
		require.ErrorContains(t, err, tt.field)
		require.ErrorContains(t, err, "beyond 3660000 days")
	}
	// The largest day counts still compute: 3000 × 7,320,000 / 30.
	l, err := SalesLimit(ctlDec("3000"), 3_660_000, 3_660_000)
	require.NoError(t, err)
	requireDecimal(t, "732000000", l.Amount)
}

// Every other day count of the package is bounded by money.MaxDays too,
// naming the field (issue 25, "Dates and integers").
func TestDayCountsBounded(t *testing.T) {
	x := acmeExposure()
	x.OverdueDays = math.MaxInt
	_, err := CheckRules{}.Check(acmeLimit(), x, Order{Currency: "EUR"})
	require.ErrorIs(t, err, ErrInvalidExposure)
	require.ErrorContains(t, err, "overdueDays")

	_, err = CheckRules{MaxOverdueDays: math.MaxInt}.Check(acmeLimit(), acmeExposure(), Order{Currency: "EUR"})
	require.ErrorIs(t, err, ErrInvalidRule)
	require.ErrorContains(t, err, "maxOverdueDays")

	_, err = Exposures([]ExposureLine{{Ref: "INV-1", Currency: "EUR", Amount: ctlDec("1"), DaysPastDue: math.MaxInt}})
	require.ErrorIs(t, err, ErrInvalidExposure)
	require.ErrorContains(t, err, `"INV-1" daysPastDue`)

	_, err = PaymentIndex([]PaymentExperience{{Ref: "INV-2", Currency: "EUR", Amount: ctlDec("1"), DaysBeyondTerms: math.MinInt}})
	require.ErrorIs(t, err, ErrInvalidExperience)
	require.ErrorContains(t, err, `"INV-2" daysBeyondTerms`)
}

// FuzzDecimalInputs feeds every decimal input of the package any decimal
// (raw coefficient bytes, full-range exponent; decfuzz.Decimal): no panic,
// an answer within a second, and an error is one of the package's, short,
// and names the field when the value is out of range.
func FuzzDecimalInputs(f *testing.F) {
	s := suite()
	f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, false, s.MustIndex("unit"))              // Policy{Unit: 1e−2³¹}.Decide, issue 25
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 1}, false, s.MustIndex("monthly purchases")) // SalesLimit(1e(2³¹−1), …)
	f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, true, s.MustIndex("monthly purchases"))  // SalesLimit(−1e−2³¹, …)
	f.Add([]byte{0x00, 0x1F, 0x0A, 0xFA, 1}, true, uint8(0))                          // −1e−10⁸
	f.Add([]byte{0x29, 0, 0, 0, 1}, false, uint8(5))                                  // 1e41
	f.Add([]byte{0xFE, 0x10}, false, uint8(2))                                        // 0.16
	f.Fuzz(func(t *testing.T, b []byte, neg bool, which uint8) { s.FuzzDecimal(t, b, neg, which) })
}
