package credit

import (
	"encoding/json"
	"errors"
	"sync"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func acmeLimit() CreditLimit {
	return CreditLimit{Customer: "Acme", Currency: "EUR", Amount: ctlDec("100000")}
}

func reasonCodes(rs []CheckReason) []CheckCode {
	out := make([]CheckCode, len(rs))
	for i, r := range rs {
		out[i] = r.Code
	}
	return out
}

func TestExposureTotal(t *testing.T) {
	requireDecimal(t, "82000", total(t, acmeExposure()))
	// A customer in credit: −5,000 receivables + 1,000 orders = −4,000.
	requireDecimal(t, "-4000", total(t, Exposure{OpenReceivables: ctlDec("-5000"), OpenOrders: ctlDec("1000")}))
	requireDecimal(t, "0", total(t, Exposure{}))
}

func TestCheckDefaultRules(t *testing.T) {
	tests := []struct {
		name                     string
		order                    string
		outcome                  Outcome
		codes                    []CheckCode
		after, hrAfter, utilAfer string
	}{
		// 82,000 + 5,000 = 87,000 ≤ 90% × 100,000 = 90,000: approve;
		// headroom 13,000; utilisation 87,000 ÷ 100,000 = 0.87.
		{"fits", "5000", Approve, []CheckCode{ReasonWithinLimit}, "87000", "13000", "0.87"},
		// 82,000 + 10,000 = 92,000 > 90,000: warn at 0.92.
		{"over 90%", "10000", Warn, []CheckCode{ReasonOverWarning}, "92000", "8000", "0.92"},
		// 82,000 + 18,000 = 100,000: exactly at the limit is not over it,
		// but over the warning threshold.
		{"at limit", "18000", Warn, []CheckCode{ReasonOverWarning}, "100000", "0", "1"},
		// 82,000 + 20,000 = 102,000 > 100,000: block, headroom −2,000.
		{"over limit", "20000", Block, []CheckCode{ReasonOverLimit}, "102000", "-2000", "1.02"},
		// A zero order checks the account as it stands.
		{"zero order", "0", Approve, []CheckCode{ReasonWithinLimit}, "82000", "18000", "0.82"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := CheckRules{}.Check(acmeLimit(), acmeExposure(), Order{Ref: "SO-1", Currency: "EUR", Amount: ctlDec(tt.order)})
			require.NoError(t, err)
			assert.Equal(t, tt.outcome, got.Outcome)
			assert.Equal(t, tt.codes, reasonCodes(got.Reasons))
			requireDecimal(t, "82000", got.ExposureBefore)
			requireDecimal(t, "18000", got.HeadroomBefore)
			requireDecimal(t, "0.82", got.UtilisationBefore)
			requireDecimal(t, tt.after, got.ExposureAfter)
			requireDecimal(t, tt.hrAfter, got.HeadroomAfter)
			requireDecimal(t, tt.utilAfer, got.UtilisationAfter)
			requireDecimal(t, "100000", got.Limit)
			requireDecimal(t, tt.order, got.OrderAmount)
			assert.Equal(t, "Acme", got.Customer)
			assert.Equal(t, "SO-1", got.Order)
			assert.Equal(t, "EUR", got.Currency)
		})
	}
}

func TestCheckRulesVariants(t *testing.T) {
	order := func(a string) Order { return Order{Ref: "SO-2", Currency: "EUR", Amount: ctlDec(a)} }
	tol := CheckRules{}
	tol.Tolerance = ctlDec("0.05") // ceiling 100,000 × 1.05 = 105,000

	// 102,000 is over the limit but under the 105,000 ceiling: warn.
	got, err := tol.Check(acmeLimit(), acmeExposure(), order("20000"))
	require.NoError(t, err)
	assert.Equal(t, Warn, got.Outcome)
	assert.Equal(t, []CheckCode{ReasonWithinTolerance}, reasonCodes(got.Reasons))
	assert.Equal(t, "exposure after order 102000 exceeds limit 100000 by 2000 EUR, within tolerance 5%", got.Reasons[0].Text)

	// 82,000 + 24,000 = 106,000 exceeds the ceiling by 1,000: block.
	got, err = tol.Check(acmeLimit(), acmeExposure(), order("24000"))
	require.NoError(t, err)
	assert.Equal(t, Block, got.Outcome)
	assert.Equal(t, "exposure after order 106000 exceeds limit 100000 + 5% tolerance by 1000 EUR", got.Reasons[0].Text)

	// WarnAt 1 and IgnoreOverdue make the pure static check: no warning at
	// 100%. (Before issue 18 this was the zero CheckRules; the zero value
	// is now the defaults, tested in TestCheckDefaultRules.)
	got, err = CheckRules{WarnAt: ctlDec("1"), IgnoreOverdue: true}.Check(acmeLimit(), acmeExposure(), order("18000"))
	require.NoError(t, err)
	assert.Equal(t, Approve, got.Outcome)
	assert.Equal(t, "exposure after order 100000 within limit 100000, headroom 0 EUR", got.Reasons[0].Text)

	// On hold: blocked even though the order fits; both findings reported.
	held := acmeLimit()
	held.OnHold = true
	got, err = CheckRules{}.Check(held, acmeExposure(), order("1000"))
	require.NoError(t, err)
	assert.Equal(t, Block, got.Outcome)
	assert.Equal(t, []CheckCode{ReasonOnHold, ReasonWithinLimit}, reasonCodes(got.Reasons))
	assert.Equal(t, Block, got.Reasons[0].Outcome)
	assert.Equal(t, Approve, got.Reasons[1].Outcome)

	// Overdue 45 days against 30 allowed: blocked under the limit.
	late := acmeExposure()
	late.OverdueDays = 45
	got, err = CheckRules{}.Check(acmeLimit(), late, order("1000"))
	require.NoError(t, err)
	assert.Equal(t, Block, got.Outcome)
	assert.Equal(t, []CheckCode{ReasonOverdue, ReasonWithinLimit}, reasonCodes(got.Reasons))
	assert.Equal(t, "oldest open item is 45 days past due, more than the 30 allowed", got.Reasons[0].Text)

	// … or warned with OverdueWarnOnly.
	warnOnly := CheckRules{}
	warnOnly.OverdueWarnOnly = true
	got, err = warnOnly.Check(acmeLimit(), late, order("1000"))
	require.NoError(t, err)
	assert.Equal(t, Warn, got.Outcome)

	// IgnoreOverdue turns the rule off: 45 days late, under the limit, approved.
	got, err = CheckRules{IgnoreOverdue: true}.Check(acmeLimit(), late, order("1000"))
	require.NoError(t, err)
	assert.Equal(t, Approve, got.Outcome)
	assert.Equal(t, []CheckCode{ReasonWithinLimit}, reasonCodes(got.Reasons))

	// Exactly 30 days is not beyond 30.
	late.OverdueDays = 30
	got, err = CheckRules{}.Check(acmeLimit(), late, order("1000"))
	require.NoError(t, err)
	assert.Equal(t, Approve, got.Outcome)

	// Everything at once, reasons in rule order, the worst outcome wins.
	late.OverdueDays = 90
	got, err = warnOnly.Check(held, late, order("30000"))
	require.NoError(t, err)
	assert.Equal(t, Block, got.Outcome)
	assert.Equal(t, []CheckCode{ReasonOnHold, ReasonOverdue, ReasonOverLimit}, reasonCodes(got.Reasons))
}

func TestCheckZeroLimitAndCredit(t *testing.T) {
	none := CreditLimit{Customer: "New", Currency: "USD"}
	// No limit: any positive exposure is blocked; utilisation reported 0.
	got, err := CheckRules{}.Check(none, Exposure{Currency: "USD"}, Order{Currency: "USD", Amount: ctlDec("0.01")})
	require.NoError(t, err)
	assert.Equal(t, Block, got.Outcome)
	assert.Equal(t, []CheckCode{ReasonNoLimit}, reasonCodes(got.Reasons))
	requireDecimal(t, "0", got.UtilisationAfter)
	requireDecimal(t, "-0.01", got.HeadroomAfter)

	// No limit, nothing owed, a zero order: nothing to block.
	got, err = CheckRules{}.Check(none, Exposure{Currency: "USD"}, Order{Currency: "USD"})
	require.NoError(t, err)
	assert.Equal(t, Approve, got.Outcome)

	// A customer in credit (−5,000) ordering 10,000 on a 10,000 limit:
	// exposure after 5,000, utilisation 0.5, headroom 5,000.
	lim := CreditLimit{Currency: "USD", Amount: ctlDec("10000")}
	got, err = CheckRules{}.Check(lim, Exposure{Currency: "USD", OpenReceivables: ctlDec("-5000")}, Order{Currency: "USD", Amount: ctlDec("10000")})
	require.NoError(t, err)
	assert.Equal(t, Approve, got.Outcome)
	requireDecimal(t, "-0.5", got.UtilisationBefore)
	requireDecimal(t, "0.5", got.UtilisationAfter)
	requireDecimal(t, "15000", got.HeadroomBefore)
	requireDecimal(t, "5000", got.HeadroomAfter)
}

func TestCheckUtilisationRounding(t *testing.T) {
	// 10,000 ÷ 30,000 = 0.33333… → 0.3333; 20,000 ÷ 30,000 = 0.66666… →
	// 0.6667 (half-up at RatePlaces = 4).
	lim := CreditLimit{Currency: "EUR", Amount: ctlDec("30000")}
	got, err := CheckRules{}.Check(lim, Exposure{Currency: "EUR", OpenReceivables: ctlDec("10000")},
		Order{Currency: "EUR", Amount: ctlDec("10000")})
	require.NoError(t, err)
	requireDecimal(t, "0.3333", got.UtilisationBefore)
	requireDecimal(t, "0.6667", got.UtilisationAfter)
	// The warning compares exact amounts: 27,000.01 > 0.9 × 30,000 warns
	// though its utilisation rounds to 0.9000.
	got, err = CheckRules{}.Check(lim, Exposure{Currency: "EUR", OpenReceivables: ctlDec("27000")}, Order{Currency: "EUR", Amount: ctlDec("0.01")})
	require.NoError(t, err)
	requireDecimal(t, "0.9", got.UtilisationAfter)
	assert.Equal(t, Warn, got.Outcome)
}

func TestCheckErrors(t *testing.T) {
	ok := Order{Currency: "EUR", Amount: ctlDec("1")}
	tests := []struct {
		name  string
		rules CheckRules
		limit CreditLimit
		exp   Exposure
		order Order
		want  error
	}{
		{"negative limit", CheckRules{}, CreditLimit{Currency: "EUR", Amount: ctlDec("-1")}, Exposure{Currency: "EUR"}, ok, ErrInvalidLimit},
		{"exposure currency", CheckRules{}, acmeLimit(), Exposure{Currency: "USD"}, ok, ErrCurrencyMismatch},
		{"order currency", CheckRules{}, acmeLimit(), acmeExposure(), Order{Currency: "CNY", Amount: ctlDec("1")}, ErrCurrencyMismatch},
		{"negative order", CheckRules{}, acmeLimit(), acmeExposure(), Order{Ref: "SO-9", Currency: "EUR", Amount: ctlDec("-1")}, ErrInvalidOrder},
		{"negative open orders", CheckRules{}, acmeLimit(), Exposure{Currency: "EUR", OpenOrders: ctlDec("-1")}, ok, ErrInvalidExposure},
		{"negative shipped", CheckRules{}, acmeLimit(), Exposure{Currency: "EUR", ShippedNotInvoiced: ctlDec("-1")}, ok, ErrInvalidExposure},
		{"negative overdue days", CheckRules{}, acmeLimit(), Exposure{Currency: "EUR", OverdueDays: -1}, ok, ErrInvalidExposure},
		{"unnamed other", CheckRules{}, acmeLimit(), Exposure{Currency: "EUR", Others: []ExposureComponent{{Amount: ctlDec("1")}}}, ok, ErrInvalidExposure},
		{"warnAt above 1", CheckRules{WarnAt: ctlDec("1.5")}, acmeLimit(), acmeExposure(), ok, ErrInvalidProbability},
		{"warnAt negative", CheckRules{WarnAt: ctlDec("-0.1")}, acmeLimit(), acmeExposure(), ok, ErrInvalidProbability},
		{"negative tolerance", CheckRules{Tolerance: ctlDec("-0.1")}, acmeLimit(), acmeExposure(), ok, ErrInvalidRule},
		{"negative max overdue", CheckRules{MaxOverdueDays: -1}, acmeLimit(), acmeExposure(), ok, ErrInvalidRule},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.rules.Check(tt.limit, tt.exp, tt.order)
			require.ErrorIs(t, err, tt.want)
		})
	}
	_, err := CheckRules{}.Check(acmeLimit(), Exposure{Currency: "USD"}, Order{Ref: "SO-7", Currency: "EUR", Amount: ctlDec("1")})
	assert.EqualError(t, err, `credit: currency mismatch: customer "Acme" order "SO-7": limit in "EUR", exposure in "USD", order in "EUR"`)
}

func TestOutcomeText(t *testing.T) {
	for _, o := range []Outcome{Approve, Warn, Block} {
		text, err := o.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, o.String(), string(text))
		var back Outcome
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, o, back)
	}
	assert.Equal(t, "Outcome(0)", Outcome(0).String())
	_, err := Outcome(0).MarshalText()
	require.ErrorIs(t, err, ErrInvalidRule)
	var o Outcome
	require.ErrorIs(t, o.UnmarshalText([]byte("maybe")), ErrInvalidRule)

	got, err := CheckRules{}.Check(acmeLimit(), acmeExposure(), Order{Currency: "EUR", Amount: ctlDec("10000")})
	require.NoError(t, err)
	js, err := json.Marshal(got)
	require.NoError(t, err)
	assert.Contains(t, string(js), `"outcome":"warn"`)
	assert.Contains(t, string(js), `"code":"over-warning-threshold"`)
	var back CheckResult
	require.NoError(t, json.Unmarshal(js, &back))
	assert.Equal(t, Warn, back.Outcome)
	requireDecimal(t, "92000", back.ExposureAfter)
	_, err = json.Marshal(CheckResult{})
	require.True(t, errors.Is(err, ErrInvalidRule), "an undecided CheckResult must not marshal: %v", err)
}

func FuzzCheck(f *testing.F) {
	f.Add("100000", "60000", "15000", "5000", "2000", "10000", 0, "0.9", "0", 30, false, false, "EUR", "EUR")
	f.Add("0", "0", "0", "0", "0", "0", 0, "0", "0", 0, true, true, "", "")
	f.Add("1e30", "-1e30", "0.000000000000000000000000000001", "1", "-5", "1e-30", 400, "1", "0.05", 1, true, false, "EUR", "USD")
	f.Add("30000", "27000", "0", "0", "0", "0.01", 31, "0.9", "0.1", 30, false, true, "CNY", "CNY")
	f.Add("1e2000000000", "0e-2000000000", "0", "0", "0", "1", 0, "0e-2000000000", "0", 0, false, false, "EUR", "EUR")
	f.Fuzz(func(t *testing.T, limS, recS, ordS, shipS, otherS, orderS string, overdue int,
		warnS, tolS string, maxOverdue int, onHold, warnOnly bool, cur, orderCur string) {
		var vals [8]decimal.Decimal
		for i, s := range []string{limS, recS, ordS, shipS, otherS, orderS, warnS, tolS} {
			v, ok := ctlFuzzDec(s)
			if !ok {
				return
			}
			vals[i] = v
		}
		limit := CreditLimit{Customer: "F", Currency: cur, Amount: vals[0], OnHold: onHold}
		exp := Exposure{Currency: cur, OpenReceivables: vals[1], OpenOrders: vals[2], ShippedNotInvoiced: vals[3],
			Others: []ExposureComponent{{Name: "other", Amount: vals[4]}}, OverdueDays: overdue}
		order := Order{Ref: "SO", Currency: orderCur, Amount: vals[5]}
		rules := CheckRules{WarnAt: vals[6], Tolerance: vals[7], MaxOverdueDays: maxOverdue, OverdueWarnOnly: warnOnly}

		dec, err := rules.Check(limit, exp, order)
		if err != nil {
			requireSentinel(t, err)
			require.Equal(t, CheckResult{}, dec)
			return
		}
		// Every order is decided, and the decision follows from its fields.
		require.NotEmpty(t, dec.Reasons)
		worst := Outcome(0)
		limitFindings := 0
		for _, r := range dec.Reasons {
			worst = max(worst, r.Outcome)
			require.NotEmpty(t, r.Text)
			switch r.Code {
			case ReasonNoLimit, ReasonOverLimit, ReasonWithinTolerance, ReasonOverWarning, ReasonWithinLimit:
				limitFindings++
			}
		}
		require.Equal(t, 1, limitFindings)
		require.Equal(t, worst, dec.Outcome)
		require.True(t, dec.ExposureAfter.Equal(dec.ExposureBefore.Add(order.Amount)))
		require.True(t, dec.HeadroomAfter.Equal(limit.Amount.Sub(dec.ExposureAfter)))
		require.True(t, dec.ExposureBefore.Equal(total(t, exp)))
		ceiling := limit.Amount.Add(limit.Amount.Mul(rules.Tolerance))
		if dec.ExposureAfter.GreaterThan(ceiling) || onHold {
			require.Equal(t, Block, dec.Outcome)
		}
		if dec.Outcome == Approve {
			require.True(t, dec.ExposureAfter.LessThanOrEqual(limit.Amount))
			require.False(t, onHold)
		}
		// Deterministic.
		again, err := rules.Check(limit, exp, order)
		require.NoError(t, err)
		require.Equal(t, dec.Reasons, again.Reasons)
	})
}

// TestControlConcurrent calls every control entry point from many
// goroutines on shared inputs; run with -race. Results must equal the
// sequential ones.
func TestControlConcurrent(t *testing.T) {
	limit, exp := acmeLimit(), acmeExposure()
	order := Order{Ref: "SO-1", Currency: "EUR", Amount: ctlDec("10000")}
	rules := ReviewRules{}
	b := Behaviour{AverageDaysLate: ctlDec("2"), Utilisation: ctlDec("0.9"), PurchaseGrowth: ctlDec("0.2")}
	xs := []PaymentExperience{{Amount: ctlDec("10"), DaysBeyondTerms: 3}, {Amount: ctlDec("5"), DaysBeyondTerms: 40}}
	losses := []LossExposure{{Ref: "A", Currency: "EUR", PD: ctlDec("0.02"), LGD: ctlDec("0.45"), Drawn: ctlDec("1000")}}
	cover := testCover()
	defaults := []DefaultedReceivable{{Ref: "1", Buyer: "A", Currency: "EUR", Loss: ctlDec("250000")}}
	lines := []ExposureLine{{Currency: "EUR", Amount: ctlDec("1")}, {Currency: "USD", Kind: KindOther, Name: "x", Amount: ctlDec("2")}}

	type result struct {
		d  CheckResult
		p  Proposal
		pi PaymentIndexResult
		el PortfolioLoss
		cl ClaimsReport
		ex []Exposure
		lr LimitResult
	}
	run := func() result {
		var r result
		var err error
		r.d, err = CheckRules{}.Check(limit, exp, order)
		require.NoError(t, err)
		r.p, err = rules.Review(limit, b)
		require.NoError(t, err)
		r.pi, err = PaymentIndex(xs)
		require.NoError(t, err)
		r.el, err = PortfolioExpectedLoss(losses)
		require.NoError(t, err)
		r.cl, err = cover.Claims(defaults)
		require.NoError(t, err)
		r.ex, err = Exposures(lines)
		require.NoError(t, err)
		sales, err := SalesLimit(ctlDec("30000"), 30, 15)
		require.NoError(t, err)
		r.lr, err = Policy{Unit: ctlDec("1000")}.Decide(sales, insuranceLimit40k(t))
		require.NoError(t, err)
		return r
	}
	want := run()
	var wg sync.WaitGroup
	results := make([]result, 16)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = run()
		}()
	}
	wg.Wait()
	for _, got := range results {
		assert.Equal(t, want, got)
	}
}

// insuranceLimit40k is an insurer's cover of 40,000 as a limit method.
func insuranceLimit40k(t *testing.T) Limit {
	l, err := InsuranceLimit(ctlDec("40000"))
	require.NoError(t, err)
	return l
}

func BenchmarkCheck(b *testing.B) {
	limit, exp := acmeLimit(), acmeExposure()
	order := Order{Ref: "SO-1", Currency: "EUR", Amount: ctlDec("10000")}
	var rules CheckRules
	b.ReportAllocs()
	for range b.N {
		if _, err := rules.Check(limit, exp, order); err != nil {
			b.Fatal(err)
		}
	}
}
