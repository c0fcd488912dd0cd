package credit_test

import (
	"fmt"

	"github.com/receivables-go/receivables/credit"
	"github.com/shopspring/decimal"
)

// ctlDec parses a decimal literal; the examples use it for brevity.
func ctlDec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// An order is checked against the limit like SAP's static credit check:
// open items + open orders + shipped-not-invoiced, plus the order. The zero
// CheckRules are the defaults: warn above 90%, block beyond 30 days overdue.
func ExampleCheckRules_Check() {
	limit := credit.CreditLimit{Customer: "Acme GmbH", Currency: "EUR", Amount: ctlDec("100000")}
	exposure := credit.Exposure{
		Currency:           "EUR",
		OpenReceivables:    ctlDec("60000"),
		OpenOrders:         ctlDec("15000"),
		ShippedNotInvoiced: ctlDec("5000"),
	}
	d, err := credit.CheckRules{}.Check(limit, exposure, credit.Order{Ref: "SO-4711", Currency: "EUR", Amount: ctlDec("12000")})
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Outcome, d.ExposureBefore, "→", d.ExposureAfter, "headroom", d.HeadroomAfter, "utilisation", d.UtilisationAfter)
	for _, r := range d.Reasons {
		fmt.Printf("%s: %s\n", r.Code, r.Text)
	}
	// Output:
	// warn 80000 → 92000 headroom 8000 utilisation 0.92
	// over-warning-threshold: utilisation after order 92% exceeds warning threshold 90%
}

// Rules of one's own: a 10% tolerance above the limit, overdue items only
// warned about.
func ExampleCheckRules_Check_tolerance() {
	rules := credit.CheckRules{WarnAt: ctlDec("0.95"), Tolerance: ctlDec("0.10"), MaxOverdueDays: 60, OverdueWarnOnly: true}
	limit := credit.CreditLimit{Customer: "Beijing Trading", Currency: "CNY", Amount: ctlDec("500000")}
	exposure := credit.Exposure{Currency: "CNY", OpenReceivables: ctlDec("480000"), OverdueDays: 75}
	d, err := rules.Check(limit, exposure, credit.Order{Ref: "SO-88", Currency: "CNY", Amount: ctlDec("40000")})
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Outcome, "utilisation", d.UtilisationAfter)
	for _, r := range d.Reasons {
		fmt.Printf("%s (%s): %s\n", r.Code, r.Outcome, r.Text)
	}
	// Output:
	// warn utilisation 1.04
	// overdue (warn): oldest open item is 75 days past due, more than the 60 allowed
	// within-tolerance (warn): exposure after order 520000 exceeds limit 500000 by 20000 CNY, within tolerance 10%
}

func ExampleExposure_Total() {
	e := credit.Exposure{
		Currency:        "EUR",
		OpenReceivables: ctlDec("12500.00"),
		OpenOrders:      ctlDec("4000.00"),
		Others: []credit.ExposureComponent{
			{Name: "bills of exchange", Amount: ctlDec("1500.00")},
			{Name: "cash deposit held", Amount: ctlDec("-2000.00")},
		},
	}
	total, err := e.Total()
	if err != nil {
		panic(err)
	}
	fmt.Println(total.StringFixed(2))
	// A negative open order cannot occur: Total says so rather than add it.
	e.OpenOrders = ctlDec("-1")
	_, err = e.Total()
	fmt.Println(err)
	// Output:
	// 16000.00
	// credit: invalid exposure: openOrders -1 must not be negative
}

// The default rules (the zero ReviewRules) raise a prompt payer who uses
// most of the limit and buys more, by at most 20%.
func ExampleReviewRules_Review() {
	current := credit.CreditLimit{Customer: "Acme GmbH", Currency: "EUR", Amount: ctlDec("100000")}
	p, err := credit.ReviewRules{}.Review(current, credit.Behaviour{
		AverageDaysLate: ctlDec("2"),
		OverdueShare:    ctlDec("0.03"),
		Utilisation:     ctlDec("0.88"),
		PurchaseGrowth:  ctlDec("0.25"),
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Action, p.Rule, p.Current, "→", p.Proposed, "change", p.ChangeRate)
	fmt.Println(p.Reason)
	// Output:
	// increase growing-good-payer 100000 → 120000 change 0.2
	// prompt payer using 80%+ of the limit, purchases up 10%+
}

// Override the defaults: prepend a rule of one's own to the default table
// and round limits down to thousands.
func ExampleReviewRules_Review_ownRule() {
	lowScore := credit.ReviewRule{
		Name:        "score-below-500",
		Description: "score under 500",
		Action:      credit.ActionDecrease,
		Step:        ctlDec("0.25"),
		When:        func(b credit.Behaviour) bool { return b.Score.LessThan(ctlDec("500")) },
	}
	rules := credit.ReviewRules{Unit: ctlDec("1000"), Rules: append([]credit.ReviewRule{lowScore}, credit.DefaultReviewTable()...)}

	p, err := rules.Review(credit.CreditLimit{Currency: "USD", Amount: ctlDec("75500")}, credit.Behaviour{Score: ctlDec("480")})
	if err != nil {
		panic(err)
	}
	// 75,500 × 0.75 = 56,625 → 56,000.
	fmt.Println(p.Action, p.Rule, p.Proposed)
	// Output: decrease score-below-500 56000
}

func ExamplePaymentIndex() {
	res, err := credit.PaymentIndex([]credit.PaymentExperience{
		{Ref: "INV-1", Currency: "EUR", Amount: ctlDec("10000"), DaysBeyondTerms: 0},  // 80
		{Ref: "INV-2", Currency: "EUR", Amount: ctlDec("5000"), DaysBeyondTerms: 30},  // 50
		{Ref: "INV-3", Currency: "EUR", Amount: ctlDec("5000"), DaysBeyondTerms: -20}, // 90
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("index", res.Index, "≈", res.DaysBeyondTerms, "days beyond terms")
	// Output: index 75 ≈ 7.5 days beyond terms
}

// The scale: one experience per delay scores the delay's index (the
// anchors of D&B's PAYDEX scale, and 45 days between two of them).
func ExamplePaymentIndex_scale() {
	for _, days := range []int{-30, -20, 0, 15, 30, 60, 90, 120, 45} {
		res, err := credit.PaymentIndex([]credit.PaymentExperience{{Currency: "EUR", Amount: ctlDec("1"), DaysBeyondTerms: days}})
		if err != nil {
			panic(err)
		}
		fmt.Println(days, res.Index)
	}
	// Output:
	// -30 100
	// -20 90
	// 0 80
	// 15 70
	// 30 50
	// 60 40
	// 90 30
	// 120 20
	// 45 45
}

// The scale read backwards: equal amounts paid 15 days late (70) and 22
// days late (60) average 65, which stands for 18.5 days beyond terms.
func ExamplePaymentIndex_daysBeyondTerms() {
	res, err := credit.PaymentIndex([]credit.PaymentExperience{
		{Currency: "EUR", Amount: ctlDec("500"), DaysBeyondTerms: 15},
		{Currency: "EUR", Amount: ctlDec("500"), DaysBeyondTerms: 22},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Index, res.DaysBeyondTerms)
	// Output: 65 18.5
}

// Basel II: PD 2%, LGD 45%, EAD 100,000 → EL 900.
func ExampleExpectedLoss() {
	l, err := credit.ExpectedLoss(credit.LossExposure{
		Ref: "Acme GmbH", Currency: "EUR", PD: ctlDec("0.02"), LGD: ctlDec("0.45"), Drawn: ctlDec("100000"),
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("EAD", l.EAD, "EL", l.EL)
	// Output: EAD 100000 EL 900
}

func ExampleLossExposure_EAD() {
	// 60,000 drawn, 40,000 of the limit unused, 75% expected to be drawn
	// by default: 60,000 + 0.75 × 40,000.
	x := credit.LossExposure{Currency: "EUR", Drawn: ctlDec("60000"), Undrawn: ctlDec("40000"), CCF: ctlDec("0.75")}
	ead, err := x.EAD()
	if err != nil {
		panic(err)
	}
	fmt.Println(ead)
	// Output: 90000
}

func ExamplePortfolioExpectedLoss() {
	p, err := credit.PortfolioExpectedLoss([]credit.LossExposure{
		{Ref: "Acme", Currency: "EUR", PD: ctlDec("0.02"), LGD: ctlDec("0.45"), Drawn: ctlDec("100000")},
		{Ref: "Carter", Currency: "EUR", PD: ctlDec("0.05"), LGD: ctlDec("0.5"), Drawn: ctlDec("20000")},
		{Ref: "Beijing", Currency: "CNY", PD: ctlDec("0.01"), LGD: ctlDec("0.4"), Drawn: ctlDec("400000"), Undrawn: ctlDec("100000"), CCF: ctlDec("1")},
	})
	if err != nil {
		panic(err)
	}
	for _, t := range p.Totals {
		fmt.Println(t.Currency, "EAD", t.EAD, "EL", t.EL, "rate", t.Rate)
	}
	// Output:
	// CNY EAD 500000 EL 2000 rate 0.004
	// EUR EAD 120000 EL 1400 rate 0.0117
}

func ExampleCover_Claim() {
	cover := credit.Cover{Currency: "EUR", InsuredShare: ctlDec("0.9"), Deductible: ctlDec("5000"), BuyerLimit: ctlDec("200000")}
	defaulted := credit.DefaultedReceivable{Ref: "INV-1", Buyer: "Delta", Currency: "EUR", Loss: ctlDec("105000")}
	c, err := cover.Claim(defaulted, credit.ClaimsPaid{}) // nothing paid yet this period
	if err != nil {
		panic(err)
	}
	fmt.Println("paid", c.Paid, "retained", c.Retained)
	// 150,000 already paid for Delta leaves 50,000 of its buyer limit.
	c, err = cover.Claim(defaulted, credit.ClaimsPaid{Buyer: ctlDec("150000"), Total: ctlDec("150000")})
	if err != nil {
		panic(err)
	}
	fmt.Println("paid", c.Paid, "retained", c.Retained, "capped by", c.CappedBy)
	// Output:
	// paid 90000 retained 15000
	// paid 50000 retained 55000 capped by buyer-limit
}

func ExampleCover_Claims() {
	cover := credit.Cover{Currency: "EUR", InsuredShare: ctlDec("0.9"), Deductible: ctlDec("5000"),
		BuyerLimit: ctlDec("200000"), MaxLiability: ctlDec("300000")}
	rep, err := cover.Claims([]credit.DefaultedReceivable{
		{Ref: "INV-A1", Buyer: "A", Currency: "EUR", Loss: ctlDec("250000")},
		{Ref: "INV-B1", Buyer: "B", Currency: "EUR", Loss: ctlDec("155000")},
	})
	if err != nil {
		panic(err)
	}
	for _, c := range rep.Claims {
		fmt.Println(c.Ref, "indemnity", c.Indemnity, "paid", c.Paid, "capped by", c.CappedBy)
	}
	fmt.Println("claimed", rep.Claimed, "retained", rep.Retained)
	// Output:
	// INV-A1 indemnity 220500 paid 200000 capped by buyer-limit
	// INV-B1 indemnity 135000 paid 100000 capped by max-liability
	// claimed 300000 retained 105000
}

func ExampleCover_Premium() {
	cover := credit.Cover{Currency: "EUR", InsuredShare: ctlDec("0.9"), PremiumRate: ctlDec("0.0025")}
	p, err := cover.Premium(ctlDec("4000000"))
	if err != nil {
		panic(err)
	}
	fmt.Println(p.StringFixed(2))
	// Output: 10000.00
}

// Is the cover worth its premium? Compare it with the expected loss it
// takes over.
func ExampleCover_Value() {
	cover := credit.Cover{Currency: "EUR", InsuredShare: ctlDec("0.9"), PremiumRate: ctlDec("0.0025")}
	v, err := cover.Value(credit.CoverPeriod{InsuredTurnover: ctlDec("4000000"), ExpectedLoss: ctlDec("8000")})
	if err != nil {
		panic(err)
	}
	fmt.Println("premium", v.Premium, "expected recovery", v.ExpectedRecovery,
		"retained EL", v.RetainedExpectedLoss, "net cost", v.NetCost)
	// Output: premium 10000 expected recovery 7200 retained EL 800 net cost 2800
}

// EAD from the order-check inputs: the exposure is drawn, the rest of the
// limit undrawn.
func ExampleLossExposureOf() {
	limit := credit.CreditLimit{Customer: "Acme GmbH", Currency: "EUR", Amount: ctlDec("100000")}
	exposure := credit.Exposure{Currency: "EUR", OpenReceivables: ctlDec("60000"), OpenOrders: ctlDec("20000")}
	x, err := credit.LossExposureOf(limit, exposure, credit.Risk{PD: ctlDec("0.02"), LGD: ctlDec("0.45"), CCF: ctlDec("0.5")})
	if err != nil {
		panic(err)
	}
	l, err := credit.ExpectedLoss(x)
	if err != nil {
		panic(err)
	}
	// EAD 80,000 + 0.5 × 20,000 = 90,000; EL 0.009 × 90,000 = 810.
	fmt.Println("drawn", x.Drawn, "undrawn", x.Undrawn, "EAD", l.EAD, "EL", l.EL)
	// Output: drawn 80000 undrawn 20000 EAD 90000 EL 810
}

// An ERP's open items and orders, summed into one exposure per currency.
func ExampleExposures() {
	exposures, err := credit.Exposures([]credit.ExposureLine{
		{Ref: "INV-1001", Currency: "EUR", Amount: ctlDec("12500.00"), DaysPastDue: 12},
		{Ref: "CN-0042", Currency: "EUR", Amount: ctlDec("-420.00")},
		{Ref: "SO-1", Currency: "EUR", Kind: credit.KindOpenOrder, Amount: ctlDec("3000.00")},
		{Ref: "DN-7", Currency: "EUR", Kind: credit.KindShippedNotInvoiced, Amount: ctlDec("1200.00")},
		{Ref: "INV-1003", Currency: "CNY", Amount: ctlDec("96000.00"), DaysPastDue: 41},
	})
	if err != nil {
		panic(err)
	}
	for _, e := range exposures {
		total, err := e.Total()
		if err != nil {
			panic(err)
		}
		fmt.Println(e.Currency, total.StringFixed(2), "oldest overdue", e.OverdueDays, "days")
	}
	// Output:
	// CNY 96000.00 oldest overdue 41 days
	// EUR 16280.00 oldest overdue 12 days
}

// A review's proposal becomes the limit the next order is checked against:
// a frozen customer is on hold, so even a small order is blocked.
func ExampleProposal_Limit() {
	current := credit.CreditLimit{Customer: "Delta Logistics", Currency: "EUR", Amount: ctlDec("200000")}
	p, err := credit.ReviewRules{}.Review(current, credit.Behaviour{BouncedPayments: 2})
	if err != nil {
		panic(err)
	}
	d, err := credit.CheckRules{}.Check(p.Limit(), credit.Exposure{Currency: "EUR", OpenReceivables: ctlDec("50000")},
		credit.Order{Ref: "SO-9", Currency: "EUR", Amount: ctlDec("100")})
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Action, p.Rule, "→", d.Outcome, d.Reasons[0].Code)
	// Output: freeze bounced-payments → block on-hold
}

// The default review table, to read or to extend.
func ExampleDefaultReviewTable() {
	for _, r := range credit.DefaultReviewTable() {
		fmt.Printf("%-21s %-8s %s\n", r.Name, r.Action, r.Description)
	}
	// Output:
	// bounced-payments      freeze   2 or more bounced payments
	// seriously-late        freeze   pays more than 60 days late on average
	// late-payer            decrease pays more than 30 days late or over 40% overdue
	// score-drop            decrease score fell by 20 points or more
	// slipping              hold     a bounced payment, over 10 days late or over 15% overdue
	// growing-good-payer    increase prompt payer using 80%+ of the limit, purchases up 10%+
	// well-used-good-payer  increase prompt payer using 80%+ of the limit
	// unused-limit          decrease uses less than 20% of the limit
	// steady                hold     no rule for a change applies
}

// Money the cover computes is rounded to the currency's minor unit: a
// premium of 0.27% on ¥12,345,678 is ¥33,333 (JPY has no minor unit), on
// 12,345.678 KWD it is 33.333 KWD (three places).
func ExampleCover_Premium_minorUnit() {
	for _, c := range []struct{ currency, turnover string }{{"JPY", "12345678"}, {"KWD", "12345.678"}, {"EUR", "12345.67"}} {
		cover := credit.Cover{Currency: c.currency, InsuredShare: ctlDec("0.9"), PremiumRate: ctlDec("0.0027")}
		p, err := cover.Premium(ctlDec(c.turnover))
		if err != nil {
			panic(err)
		}
		fmt.Println(c.currency, p)
	}
	// Output:
	// JPY 33333
	// KWD 33.333
	// EUR 33.33
}
