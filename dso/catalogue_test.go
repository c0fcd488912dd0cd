package dso_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/receivables-go/receivables/dso"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// TestBadInputCatalogue feeds every entry point of the package its bad
// inputs and checks the exported error and that the message names the
// field or item at fault. README's "Errors" section lists the sentinels.
func TestBadInputCatalogue(t *testing.T) {
	d := decimal.RequireFromString
	one, zero, neg := d("1"), decimal.Zero, d("-1")
	tiny := d("0.000000000000000000000000000001") // 30 decimal places
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	paid := dso.PaidInvoice{Ref: "INV-1", Customer: "A", Currency: "EUR", Invoiced: day, Due: day.AddDate(0, 0, 30),
		Paid: day.AddDate(0, 0, 40), Amount: d("100")}
	with := func(f func(*dso.PaidInvoice)) []dso.PaidInvoice { p := paid; f(&p); return []dso.PaidInvoice{paid, p} }
	stats := func(ps []dso.PaidInvoice) func() error {
		return func() error { _, err := dso.AverageDaysToPay(ps); return err }
	}
	v := func(_ decimal.Decimal, err error) error { return err }
	delinquency := func(l dso.Ledger) func() error {
		return func() error { _, err := dso.DelinquencyOf(l); return err }
	}
	cei := func(l dso.Ledger) func() error { return func() error { return v(dso.CEI(l)) } }
	wcr := func(b dso.Balances) func() error {
		return func() error { _, err := dso.WorkingCapitalRequirement(b); return err }
	}
	released := func(f func(*dso.Change)) func() error {
		c := dso.Change{CreditSales: one, Days: 365, OldDSO: one, NewDSO: one, CostOfCapital: one, Currency: "EUR"}
		f(&c)
		return func() error { _, err := dso.CashReleased(c); return err }
	}
	carrying := func(f func(*dso.Carrying)) func() error {
		c := dso.Carrying{Receivables: one, CostOfCapital: one, Currency: "EUR"}
		f(&c)
		return func() error { return v(dso.CarryingCost(c)) }
	}

	for _, tc := range []struct {
		name string
		call func() error
		want error
		msg  string
	}{
		// DSO methods: sales divide, balances are not negative, days positive.
		{"standard zero sales", func() error { return v(dso.Standard(one, zero, 30)) }, dso.ErrZeroSales, "creditSales is 0"},
		{"standard negative sales", func() error { return v(dso.Standard(one, neg, 30)) }, dso.ErrZeroSales, "creditSales is -1"},
		{"standard negative receivables", func() error { return v(dso.Standard(neg, one, 30)) }, dso.ErrNegativeBalance, "receivables is -1"},
		{"standard zero days", func() error { return v(dso.Standard(one, one, 0)) }, dso.ErrInvalidDays, "days is 0"},
		{"standard negative days", func() error { return v(dso.Standard(one, one, -30)) }, dso.ErrInvalidDays, "days is -30"},
		{"average no balances", func() error { return v(dso.AverageBalance(nil, one, 30)) }, dso.ErrEmpty, "balances is empty"},
		{"average negative balance", func() error { return v(dso.AverageBalance([]decimal.Decimal{one, neg}, one, 30)) }, dso.ErrNegativeBalance, "-1"},
		{"countback no periods", func() error { return v(dso.Countback(one, nil)) }, dso.ErrEmpty, "periods is empty"},
		{"countback history too short", func() error {
			return v(dso.Countback(d("1e30"), []dso.Period{{Sales: d("100"), Days: 30}}))
		}, dso.ErrInsufficientHistory, "after 1 periods"},
		{"countback zero-day period", func() error { return v(dso.Countback(one, []dso.Period{{Sales: d("100"), Days: 0}})) }, dso.ErrInvalidDays, "0"},
		{"best possible zero sales", func() error { return v(dso.BestPossible(one, zero, 30)) }, dso.ErrZeroSales, "creditSales is 0"},
		{"delinquency current above total", delinquency(dso.Ledger{ClosingAR: one, ClosingCurrentAR: d("2"), CreditSales: one, Days: 30}), dso.ErrInvalidInput, "ClosingCurrentAR 2 exceeds ClosingAR 1"},
		{"delinquency negative current", delinquency(dso.Ledger{ClosingAR: one, ClosingCurrentAR: neg, CreditSales: one, Days: 30}), dso.ErrNegativeBalance, "ClosingCurrentAR is -1"},
		{"delinquency zero sales", delinquency(dso.Ledger{ClosingAR: one, Days: 30}), dso.ErrZeroSales, "CreditSales is 0"},
		{"delinquency zero days", delinquency(dso.Ledger{ClosingAR: one, CreditSales: one}), dso.ErrInvalidDays, "Days is 0"},
		{"CEI current above closing", cei(dso.Ledger{OpeningAR: one, CreditSales: one, ClosingAR: one, ClosingCurrentAR: d("2")}), dso.ErrInvalidInput, "ClosingCurrentAR 2 exceeds ClosingAR 1"},
		{"CEI nothing collectible", cei(dso.Ledger{}), dso.ErrInvalidInput, "nothing was collectible"},
		{"CEI 30 places negative", cei(dso.Ledger{OpeningAR: tiny.Neg(), CreditSales: one, ClosingAR: one}), dso.ErrNegativeBalance, "OpeningAR is -0.000000000000000000000000000001"},
		{"CEI negative sales", cei(dso.Ledger{CreditSales: neg, ClosingAR: one}), dso.ErrNegativeBalance, "CreditSales is -1"},
		{"CEI negative closing", cei(dso.Ledger{CreditSales: one, ClosingAR: neg}), dso.ErrNegativeBalance, "ClosingAR is -1"},
		{"rolling no months", func() error { _, err := dso.Rolling(nil, 3); return err }, dso.ErrEmpty, "months is empty"},
		{"rolling zero window", func() error {
			_, err := dso.Rolling([]dso.Month{{Label: "Jan", Receivables: one, Sales: one, Days: 31}}, 0)
			return err
		}, dso.ErrInvalidDays, "window is 0"},
		{"rolling bad month", func() error {
			_, err := dso.Rolling([]dso.Month{{Label: "Jan", Receivables: one, Sales: zero, Days: 31}}, 1)
			return err
		}, dso.ErrZeroSales, `month 0 ("Jan")`},
		// Turnover and the cash cycle.
		{"turnover zero balance", func() error { return v(dso.Turnover(one, zero)) }, dso.ErrInvalidInput, "averageReceivables is 0"},
		{"days from zero turnover", func() error { return v(dso.DaysFromTurnover(zero, 365)) }, dso.ErrInvalidInput, "turnover is 0"},
		{"DPO zero cost of goods", func() error { return v(dso.DPO(one, zero, 365)) }, dso.ErrZeroSales, "0"},
		{"DIO negative inventory", func() error { return v(dso.DIO(neg, one, 365)) }, dso.ErrNegativeBalance, "inventory is -1"},
		{"CCC negative DSO", func() error { return v(dso.CashConversionCycle(dso.Cycle{DSO: neg, DIO: one, DPO: one})) }, dso.ErrInvalidInput, "DSO is -1 days"},
		{"CCC negative DPO", func() error { return v(dso.CashConversionCycle(dso.Cycle{DSO: one, DIO: one, DPO: neg})) }, dso.ErrInvalidInput, "DPO is -1 days"},
		// Working capital.
		{"WCR zero sales", wcr(dso.Balances{Receivables: one, Inventory: one, Payables: one, Days: 365}), dso.ErrZeroSales, "Sales is 0"},
		{"WCR negative payables", wcr(dso.Balances{Payables: neg, Sales: one, Days: 365}), dso.ErrNegativeBalance, "Payables is -1"},
		{"WCR zero days", wcr(dso.Balances{Sales: one}), dso.ErrInvalidDays, "Days is 0"},
		{"cash ratio zero liabilities", func() error { return v(dso.CashRatio(one, zero)) }, dso.ErrInvalidInput, "currentLiabilities is 0"},
		{"cash released negative DSO", released(func(c *dso.Change) { c.OldDSO = neg }), dso.ErrInvalidInput, "OldDSO is -1"},
		{"cash released negative cost of capital", released(func(c *dso.Change) { c.CostOfCapital = neg }), dso.ErrInvalidInput, "CostOfCapital is -1"},
		{"cash released zero days", released(func(c *dso.Change) { c.Days = 0 }), dso.ErrInvalidDays, "Days is 0"},
		{"cash released zero sales", released(func(c *dso.Change) { c.CreditSales = zero }), dso.ErrZeroSales, "CreditSales is 0"},
		{"cash released no currency", released(func(c *dso.Change) { c.Currency = "" }), dso.ErrInvalidInput, `currency "" is not a three-letter ISO 4217 code in capitals (set Places`},
		{"cash released unknown currency", released(func(c *dso.Change) { c.Currency = "XYZ" }), dso.ErrInvalidInput, `currency "XYZ"`},
		{"cash released huge currency", released(func(c *dso.Change) { c.Currency = strings.Repeat("E", 1000) }), dso.ErrInvalidInput, "bytes more"},
		{"cash released places 19", released(func(c *dso.Change) { c.Places = 19 }), dso.ErrInvalidInput, "Places 19 must be between 0 and 18"},
		{"carrying cost negative rate", carrying(func(c *dso.Carrying) { c.CostOfCapital = neg }), dso.ErrInvalidInput, "CostOfCapital is -1"},
		{"carrying cost negative book", carrying(func(c *dso.Carrying) { c.Receivables = neg }), dso.ErrNegativeBalance, "Receivables is -1"},
		{"carrying cost no currency", carrying(func(c *dso.Carrying) { c.Currency = "" }), dso.ErrInvalidInput, "set Places"},
		{"carrying cost lower-case currency", carrying(func(c *dso.Carrying) { c.Currency = "eur" }), dso.ErrInvalidInput, `currency "eur"`},
		{"carrying cost negative places", carrying(func(c *dso.Carrying) { c.Places = -1 }), dso.ErrInvalidInput, "Places -1 must be between 0 and 18"},
		// Paid invoices: each bad one named by index and Ref.
		{"no invoices", stats(nil), dso.ErrEmpty, "invoices is empty"},
		// A missing currency is bad input, not a mismatch: there is nothing to mix.
		{"no currency", stats(with(func(p *dso.PaidInvoice) { p.Currency = "" })), dso.ErrInvalidInput, `invoice 1 ("INV-1"): Currency is empty`},
		{"by customer no currency", func() error { _, err := dso.ByCustomer(with(func(p *dso.PaidInvoice) { p.Currency = "" })); return err }, dso.ErrInvalidInput, "Currency is empty"},
		{"mixed currencies", stats(with(func(p *dso.PaidInvoice) { p.Currency = "USD"; p.Ref = "INV-2" })), dso.ErrCurrencyMismatch, `invoice "INV-2" is in "USD", invoice "INV-1" in "EUR"`},
		{"zero paid date", stats(with(func(p *dso.PaidInvoice) { p.Paid = time.Time{} })), dso.ErrInvalidInput, "zero date"},
		{"due before invoiced", stats(with(func(p *dso.PaidInvoice) { p.Due = day.AddDate(0, 0, -1) })), dso.ErrInvalidInput, "due 2026-03-01, before it was invoiced 2026-03-02"},
		{"zero amount", stats(with(func(p *dso.PaidInvoice) { p.Amount = zero })), dso.ErrInvalidInput, "has Amount 0"},
		{"by customer empty", func() error { _, err := dso.ByCustomer(nil); return err }, dso.ErrEmpty, "invoices is empty"},
		{"by customer bad invoice", func() error { _, err := dso.ByCustomer(with(func(p *dso.PaidInvoice) { p.Amount = neg })); return err }, dso.ErrInvalidInput, "Amount -1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			require.Error(t, err)
			require.True(t, errors.Is(err, tc.want), "%v is not %v", err, tc.want)
			require.Contains(t, err.Error(), tc.msg)
		})
	}
}
