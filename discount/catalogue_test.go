package discount_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/receivables-go/receivables/discount"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// TestBadInputCatalogue feeds every entry point of the package its bad
// inputs and checks the exported error and that the message names the
// field at fault. README's "Errors" section lists the sentinels.
func TestBadInputCatalogue(t *testing.T) {
	d := decimal.RequireFromString
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	twoTen := terms.MustParse("2/10 net 30")
	rate, one, zero, neg := d("0.02"), d("1"), decimal.Zero, d("-1")
	huge, tiny := d("1e30"), d("0.000000000000000000000000000001") // tiny: 30 decimal places
	badDC := terms.DayCount(9)
	cost := func(r decimal.Decimal, dd, nd int, dc terms.DayCount) func() error {
		return func() error { _, err := discount.CostOfForgoing(r, dd, nd, dc); return err }
	}
	program := func(f func(*discount.Program)) func() error {
		p := discount.Program{Currency: "EUR", AnnualSales: d("1000000"), Rate: rate, TakeUp: d("0.5"), CurrentDSO: d("45"),
			TakersDSO: d("10"), CostOfCapital: d("0.1")}
		f(&p)
		return func() error { _, err := discount.Evaluate(p); return err }
	}
	payable := discount.Payable{Ref: "P1", Amount: d("100"), Currency: "EUR", Due: day.AddDate(0, 0, 30)}
	at := discount.Pricing{APR: rate}
	decide := func(f func(*discount.Invoice, *discount.Funding)) func() error {
		inv := discount.Invoice{Terms: twoTen, Issued: day, Amount: one, Currency: "EUR"}
		fund := discount.Funding{CostOfFunds: rate}
		f(&inv, &fund)
		return func() error { _, err := discount.Decide(inv, fund); return err }
	}

	for _, tc := range []struct {
		name string
		call func() error
		want error
		msg  string
	}{
		// Cost of forgoing: rate in (0, 1), days ordered, day count known.
		{"zero rate", cost(zero, 10, 30, terms.Actual365Fixed), discount.ErrInvalidRate, "rate 0 must be above 0"},
		{"rate of 1", cost(one, 10, 30, terms.Actual365Fixed), discount.ErrInvalidRate, "rate 1 must be above 0"},
		{"percent for a fraction", cost(d("2"), 10, 30, terms.Actual365Fixed), discount.ErrInvalidRate, "0.02 for 2%"},
		{"huge rate", cost(huge, 10, 30, terms.Actual365Fixed), discount.ErrInvalidRate, "rate 1000000000000000000000000000000"},
		{"negative days", cost(rate, -1, 30, terms.Actual365Fixed), discount.ErrInvalidDays, "discountDays -1 and netDays 30 must not be negative"},
		{"days out of order", cost(rate, 30, 10, terms.Actual365Fixed), discount.ErrInvalidDays, "discountDays 30 must be less than netDays 10"},
		{"equal days", cost(rate, 10, 10, terms.Actual365Fixed), discount.ErrInvalidDays, "discountDays 10 must be less than netDays 10"},
		{"unknown day count", cost(rate, 10, 30, badDC), discount.ErrInvalidInput, "unknown day count 9"},
		{"cost beyond e^50", cost(d("0.99"), 10, 11, terms.Actual365Fixed), discount.ErrOutOfRange, "more than e^50"},
		{"terms zero invoice date", func() error { _, err := discount.CostOfTerms(twoTen, time.Time{}, terms.Actual365Fixed); return err }, discount.ErrInvalidInput, "invoice date is the zero time"},
		{"terms day count", func() error { _, err := discount.CostOfTerms(twoTen, day, badDC); return err }, discount.ErrInvalidInput, `terms "2/10 net 30"`},
		// Break-even.
		{"break-even negative capital cost", func() error { _, err := discount.BreakEvenRate(neg, 10, 30, terms.Actual365Fixed); return err }, discount.ErrInvalidRate, "costOfCapital -1"},
		{"break-even days", func() error { _, err := discount.BreakEvenRate(rate, 30, 30, terms.Actual365Fixed); return err }, discount.ErrInvalidDays, "netDays 30"},
		{"break-even day count", func() error { _, err := discount.BreakEvenRate(rate, 10, 30, badDC); return err }, discount.ErrInvalidInput, "day count 9"},
		// Decide.
		{"decide zero invoice", decide(func(i *discount.Invoice, _ *discount.Funding) { i.Issued = time.Time{} }), discount.ErrInvalidInput, "Issued is the zero time"},
		{"decide zero amount", decide(func(i *discount.Invoice, _ *discount.Funding) { i.Amount = zero }), discount.ErrInvalidInput, "Amount 0 must be positive"},
		{"decide negative funds", decide(func(_ *discount.Invoice, f *discount.Funding) { f.CostOfFunds = neg }), discount.ErrInvalidRate, "CostOfFunds -1"},
		{"decide day count", decide(func(_ *discount.Invoice, f *discount.Funding) { f.DayCount = badDC }), discount.ErrInvalidInput, "day count 9"},
		{"decide no currency", decide(func(i *discount.Invoice, _ *discount.Funding) { i.Currency = "" }), discount.ErrInvalidInput, "set Places"},
		{"decide unknown currency", decide(func(i *discount.Invoice, _ *discount.Funding) { i.Currency = "XYZ" }), discount.ErrInvalidInput, `currency "XYZ"`},
		{"decide lower-case currency", decide(func(i *discount.Invoice, _ *discount.Funding) { i.Currency = "eur" }), discount.ErrInvalidInput, `currency "eur"`},
		{"decide huge currency", decide(func(i *discount.Invoice, _ *discount.Funding) { i.Currency = strings.Repeat("E", 1000) }), discount.ErrInvalidInput, "bytes more"},
		{"decide places 19", decide(func(_ *discount.Invoice, f *discount.Funding) { f.Places = 19 }), discount.ErrInvalidInput, "Places 19 must be between 0 and 18"},
		{"decide negative places", decide(func(_ *discount.Invoice, f *discount.Funding) { f.Places = -1 }), discount.ErrInvalidInput, "Places -1"},
		// Dynamic discounting.
		{"sliding zero amount", func() error {
			_, err := discount.SlidingDiscount(day, discount.Payable{Ref: "P0", Currency: "EUR", Due: day}, at)
			return err
		}, discount.ErrInvalidInput, `payable "P0" Amount 0`},
		{"sliding zero date", func() error {
			_, err := discount.SlidingDiscount(time.Time{}, payable, at)
			return err
		}, discount.ErrInvalidInput, `payable "P1" has a zero`},
		{"sliding APR of 100%", func() error { _, err := discount.SlidingDiscount(day, payable, discount.Pricing{APR: one}); return err }, discount.ErrInvalidRate, "APR 1 must be within [0, 1)"},
		{"sliding day count", func() error {
			_, err := discount.SlidingDiscount(day, payable, discount.Pricing{APR: rate, DayCount: badDC})
			return err
		}, discount.ErrInvalidInput, "day count 9"},
		{"sliding no currency", func() error {
			_, err := discount.SlidingDiscount(day, discount.Payable{Ref: "P3", Amount: one, Due: day}, at)
			return err
		}, discount.ErrInvalidInput, `payable "P3": discount: invalid input: currency ""`},
		{"sliding places 19", func() error {
			_, err := discount.SlidingDiscount(day, payable, discount.Pricing{APR: rate, Places: 19})
			return err
		}, discount.ErrInvalidInput, "Places 19 must be between 0 and 18"},
		{"sliding discount beyond the amount", func() error {
			_, err := discount.SlidingDiscount(day, discount.Payable{Ref: "P4", Amount: one, Currency: "EUR", Due: day.AddDate(3, 0, 0)}, discount.Pricing{APR: d("0.5")})
			return err
		}, discount.ErrOutOfRange, "not less than its Amount 1"},
		{"batch negative budget", func() error { _, _, err := discount.Batch(day, nil, at, neg); return err }, discount.ErrInvalidInput, "budget -1"},
		{"batch bad payable", func() error {
			_, _, err := discount.Batch(day, []discount.Payable{payable, {Ref: "P2", Amount: neg, Currency: "EUR", Due: day}}, at, one)
			return err
		}, discount.ErrInvalidInput, `payable "P2" Amount -1`},
		{"batch mixed currencies", func() error {
			_, _, err := discount.Batch(day, []discount.Payable{payable, {Ref: "P2", Amount: one, Currency: "JPY", Due: day}}, at, one)
			return err
		}, discount.ErrCurrencyMismatch, `payable "P2" is in "JPY", payable "P1" in "EUR"`},
		// Programme evaluation.
		{"no sales", program(func(p *discount.Program) { p.AnnualSales = zero }), discount.ErrInvalidInput, "AnnualSales 0"},
		{"programme rate", program(func(p *discount.Program) { p.Rate = one }), discount.ErrInvalidRate, "Rate 1"},
		{"take-up above 1", program(func(p *discount.Program) { p.TakeUp = d("1.5") }), discount.ErrInvalidInput, "TakeUp 1.5"},
		{"negative DSO", program(func(p *discount.Program) { p.TakersDSO = neg }), discount.ErrInvalidDays, "TakersDSO -1"},
		{"negative capital cost", program(func(p *discount.Program) { p.CostOfCapital = neg }), discount.ErrInvalidRate, "CostOfCapital -1"},
		{"negative admin cost", program(func(p *discount.Program) { p.AdminCostPerInvoice = neg }), discount.ErrInvalidInput, "AdminCostPerInvoice -1"},
		{"programme day count", program(func(p *discount.Program) { p.DayCount = badDC }), discount.ErrInvalidInput, "day count 9"},
		{"programme no currency", program(func(p *discount.Program) { p.Currency = "" }), discount.ErrInvalidInput, "set Places"},
		{"programme places 19", program(func(p *discount.Program) { p.Places = 19 }), discount.ErrInvalidInput, "Places 19 must be between 0 and 18"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			require.Error(t, err)
			require.True(t, errors.Is(err, tc.want), "%v is not %v", err, tc.want)
			require.Contains(t, err.Error(), tc.msg)
		})
	}
	// A rate with 30 decimal places is tiny, not bad: it computes, and
	// 1e-30 / (1 − 1e-30) × 365 / 20 ≈ 1.8e-29 is 0 at RatePlaces (10).
	c, err := discount.CostOfForgoing(tiny, 10, 30, terms.Actual365Fixed)
	require.NoError(t, err)
	require.True(t, c.Nominal.IsZero(), c.Nominal.String())
}
