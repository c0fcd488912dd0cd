package credit

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/receivables-go/receivables/credit/score"
	"github.com/receivables-go/receivables/internal/decfuzz"
	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// decimalEntry is one decimal input of one entry point: the field its
// error must name, and a call with v in that field and every other input
// good.
type decimalEntry struct {
	field string
	call  func(v decimal.Decimal) error
}

// errOf drops a result and keeps the error.
func errOf[T any](_ T, err error) error { return err }

// decimalEntries lists every decimal input of every exported entry point
// of the package (issue 25: each one is range-checked with
// money.CheckRange before any arithmetic or comparison). Exposure.Total,
// CreditLimit and Exposure are read by several entry points; each is
// listed where it is read.
func decimalEntries() []decimalEntry {
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
	return []decimalEntry{
		// CheckRules.Check (and Validate): the rules, the limit, the exposure, the order.
		{"warnAt", func(v decimal.Decimal) error { return check(CheckRules{WarnAt: v}, limit, acmeExposure(), order) }},
		{"tolerance", func(v decimal.Decimal) error { return check(CheckRules{Tolerance: v}, limit, acmeExposure(), order) }},
		{"amount", func(v decimal.Decimal) error {
			return check(CheckRules{}, CreditLimit{Customer: "Acme", Currency: "EUR", Amount: v}, acmeExposure(), order)
		}},
		{"openReceivables", exposure(func(x *Exposure, v decimal.Decimal) { x.OpenReceivables = v })},
		{"openOrders", exposure(func(x *Exposure, v decimal.Decimal) { x.OpenOrders = v })},
		{"shippedNotInvoiced", exposure(func(x *Exposure, v decimal.Decimal) { x.ShippedNotInvoiced = v })},
		{"others bills of exchange", exposure(func(x *Exposure, v decimal.Decimal) { x.Others[0].Amount = v })},
		{"order amount", func(v decimal.Decimal) error {
			return check(CheckRules{}, limit, acmeExposure(), Order{Ref: "SO-1", Currency: "EUR", Amount: v})
		}},
		// Exposure.Total and Exposures.
		{"openReceivables", func(v decimal.Decimal) error { return errOf(Exposure{Currency: "EUR", OpenReceivables: v}.Total()) }},
		{"amount", func(v decimal.Decimal) error {
			return errOf(Exposures([]ExposureLine{{Ref: "INV-1", Currency: "EUR", Amount: ctlDec("1")}, {Ref: "INV-2", Currency: "EUR", Amount: v}}))
		}},
		// ReviewRules.Review (and Validate): the bounds, a rule's step, the limit, the behaviour.
		{"maxIncrease", func(v decimal.Decimal) error { return review(ReviewRules{MaxIncrease: v}, limit, Behaviour{}) }},
		{"maxDecrease", func(v decimal.Decimal) error { return review(ReviewRules{MaxDecrease: v}, limit, Behaviour{}) }},
		{"unit", func(v decimal.Decimal) error { return review(ReviewRules{Unit: v}, limit, Behaviour{}) }},
		{"step", func(v decimal.Decimal) error {
			r := ReviewRules{Rules: []ReviewRule{{Name: "up", When: func(Behaviour) bool { return true }, Action: ActionIncrease, Step: v}}}
			return review(r, limit, Behaviour{})
		}},
		{"amount", func(v decimal.Decimal) error {
			return review(ReviewRules{}, CreditLimit{Customer: "Acme", Currency: "EUR", Amount: v}, Behaviour{})
		}},
		{"averageDaysLate", behaviour(func(b *Behaviour, v decimal.Decimal) { b.AverageDaysLate = v })},
		{"overdueShare", behaviour(func(b *Behaviour, v decimal.Decimal) { b.OverdueShare = v })},
		{"utilisation", behaviour(func(b *Behaviour, v decimal.Decimal) { b.Utilisation = v })},
		{"purchaseGrowth", behaviour(func(b *Behaviour, v decimal.Decimal) { b.PurchaseGrowth = v })},
		{"score", behaviour(func(b *Behaviour, v decimal.Decimal) { b.Score = v })},
		{"scoreChange", behaviour(func(b *Behaviour, v decimal.Decimal) { b.ScoreChange = v })},
		// Limit methods and Policy.Decide.
		{"BookValueEquity", func(v decimal.Decimal) error {
			f := fin
			f.BookValueEquity = v
			return errOf(NetWorthLimit(f, ctlDec("0.1")))
		}},
		{"IntangibleAssets", func(v decimal.Decimal) error {
			f := fin
			f.IntangibleAssets = v
			return errOf(NetWorthLimit(f, ctlDec("0.1")))
		}},
		{"tangible-net-worth share", func(v decimal.Decimal) error { return errOf(NetWorthLimit(fin, v)) }},
		{"working capital", func(v decimal.Decimal) error {
			f := fin
			f.WorkingCapital = v
			return errOf(WorkingCapitalLimit(f, ctlDec("0.1")))
		}},
		{"working-capital share", func(v decimal.Decimal) error { return errOf(WorkingCapitalLimit(fin, v)) }},
		{"monthly purchases", func(v decimal.Decimal) error { return errOf(SalesLimit(v, 30, 15)) }},
		{"insurance cover", func(v decimal.Decimal) error { return errOf(InsuranceLimit(v)) }},
		{"unit", func(v decimal.Decimal) error { return decide(Policy{Unit: v}, sales) }},
		{"floor", func(v decimal.Decimal) error { return decide(Policy{Floor: v}, sales) }},
		{"ceiling", func(v decimal.Decimal) error { return decide(Policy{Ceiling: v}, sales) }},
		{"weight of sales", func(v decimal.Decimal) error {
			return decide(Policy{Combine: Weighted, Weights: map[LimitMethod]decimal.Decimal{MethodSales: v}}, sales)
		}},
		{"sales limit", func(v decimal.Decimal) error { return decide(Policy{}, Limit{Method: MethodSales, Amount: v}) }},
		{"grade limit", func(v decimal.Decimal) error { return decide(Policy{}, GradeLimit(score.Grade{Name: "A", Limit: v})) }},
		// Expected loss.
		{"amount", func(v decimal.Decimal) error {
			return errOf(LossExposureOf(CreditLimit{Customer: "Acme", Currency: "EUR", Amount: v}, acmeExposure(), risk))
		}},
		{"openReceivables", func(v decimal.Decimal) error {
			x := acmeExposure()
			x.OpenReceivables = v
			return errOf(LossExposureOf(limit, x, risk))
		}},
		{"pd", func(v decimal.Decimal) error {
			r := risk
			r.PD = v
			return errOf(LossExposureOf(limit, acmeExposure(), r))
		}},
		{"lgd", func(v decimal.Decimal) error {
			r := risk
			r.LGD = v
			return errOf(LossExposureOf(limit, acmeExposure(), r))
		}},
		{"ccf", func(v decimal.Decimal) error {
			r := risk
			r.CCF = v
			return errOf(LossExposureOf(limit, acmeExposure(), r))
		}},
		{"ccf", func(v decimal.Decimal) error { x := loss; x.CCF = v; return errOf(x.EAD()) }},
		{"drawn", func(v decimal.Decimal) error { x := loss; x.Drawn = v; return errOf(x.EAD()) }},
		{"undrawn", func(v decimal.Decimal) error { x := loss; x.Undrawn = v; return errOf(x.EAD()) }},
		{"pd", lossWith(func(x *LossExposure, v decimal.Decimal) { x.PD = v })},
		{"lgd", lossWith(func(x *LossExposure, v decimal.Decimal) { x.LGD = v })},
		{"ccf", lossWith(func(x *LossExposure, v decimal.Decimal) { x.CCF = v })},
		{"drawn", lossWith(func(x *LossExposure, v decimal.Decimal) { x.Drawn = v })},
		{"undrawn", lossWith(func(x *LossExposure, v decimal.Decimal) { x.Undrawn = v })},
		{"drawn", func(v decimal.Decimal) error {
			x := loss
			x.Drawn = v
			return errOf(PortfolioExpectedLoss([]LossExposure{loss, x}))
		}},
		// Credit insurance: the cover (Validate, Claim, Claims, Premium,
		// Value all read it), the loss, what was paid, the period.
		{"insuredShare", cover(func(c *Cover, v decimal.Decimal) { c.InsuredShare = v })},
		{"deductible", cover(func(c *Cover, v decimal.Decimal) { c.Deductible = v })},
		{"buyerLimit", cover(func(c *Cover, v decimal.Decimal) { c.BuyerLimit = v })},
		{"maxLiability", cover(func(c *Cover, v decimal.Decimal) { c.MaxLiability = v })},
		{"premiumRate", cover(func(c *Cover, v decimal.Decimal) { c.PremiumRate = v })},
		{"loss", func(v decimal.Decimal) error { d := bad; d.Loss = v; return errOf(testCover().Claim(d, ClaimsPaid{})) }},
		{"paid.Buyer", func(v decimal.Decimal) error { return errOf(testCover().Claim(bad, ClaimsPaid{Buyer: v})) }},
		{"paid.Total", func(v decimal.Decimal) error { return errOf(testCover().Claim(bad, ClaimsPaid{Total: v})) }},
		{"loss", func(v decimal.Decimal) error {
			d := bad
			d.Loss = v
			return errOf(testCover().Claims([]DefaultedReceivable{bad, d}))
		}},
		{"deductible", func(v decimal.Decimal) error { c := testCover(); c.Deductible = v; return c.Validate() }},
		{"insured turnover", func(v decimal.Decimal) error { return errOf(testCover().Premium(v)) }},
		{"insured turnover", func(v decimal.Decimal) error {
			return errOf(testCover().Value(CoverPeriod{InsuredTurnover: v, ExpectedLoss: ctlDec("1000")}))
		}},
		{"expected loss", func(v decimal.Decimal) error {
			return errOf(testCover().Value(CoverPeriod{InsuredTurnover: ctlDec("1000000"), ExpectedLoss: v}))
		}},
		// Payment index.
		{"amount", func(v decimal.Decimal) error {
			return errOf(PaymentIndex([]PaymentExperience{{Ref: "INV-1", Currency: "EUR", Amount: ctlDec("100")}, {Ref: "INV-2", Currency: "EUR", Amount: v}}))
		}},
	}
}

// isSentinel reports whether err wraps one of the package's sentinels.
func isSentinel(err error) bool {
	for _, s := range controlSentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

// Every decimal input answers an extreme value with one of the package's
// sentinels, an error naming the field, quickly, and a short message
// (issue 25). On the old code the 41-digit values and 1e±41 were accepted
// (its own guard allowed 100 digits), so this test failed for every entry.
func TestExtremeDecimalsNamed(t *testing.T) {
	for i, e := range decimalEntries() {
		for _, v := range decfuzz.Extremes() {
			start := time.Now()
			err := e.call(v)
			require.Error(t, err, "entry %d %s = …e%d", i, e.field, v.Exponent())
			require.True(t, isSentinel(err), "%v", err)
			require.Contains(t, err.Error(), e.field, "entry %d", i)
			require.Contains(t, err.Error(), "out of range", "entry %d", i)
			require.Less(t, len(err.Error()), 300)
			require.Less(t, time.Since(start), time.Second)
		}
	}
}

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
	entries := decimalEntries()
	index := func(field string) uint8 {
		for i, e := range entries {
			if e.field == field {
				return uint8(i)
			}
		}
		panic(field)
	}
	f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, false, index("unit"))              // Policy{Unit: 1e−2³¹}.Decide, issue 25
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 1}, false, index("monthly purchases")) // SalesLimit(1e(2³¹−1), …)
	f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, true, index("monthly purchases"))  // SalesLimit(−1e−2³¹, …)
	f.Add([]byte{0x00, 0x1F, 0x0A, 0xFA, 1}, true, uint8(0))                    // −1e−10⁸
	f.Add([]byte{0x29, 0, 0, 0, 1}, false, uint8(5))                            // 1e41
	f.Add([]byte{0xFE, 0x10}, false, uint8(2))                                  // 0.16
	f.Fuzz(func(t *testing.T, b []byte, neg bool, which uint8) {
		e := entries[int(which)%len(entries)]
		v := decfuzz.Decimal(b, neg)
		start := time.Now()
		err := e.call(v)
		require.Less(t, time.Since(start), time.Second, "%s = …e%d", e.field, v.Exponent())
		if err != nil {
			require.True(t, isSentinel(err), "%v", err)
			require.Less(t, len(err.Error()), 300)
			if !money.InRange(v) {
				require.Contains(t, err.Error(), e.field)
			}
		}
	})
}
