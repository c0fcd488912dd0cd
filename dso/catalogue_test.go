package dso_test

import (
	"errors"
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
		{"delinquency current above total", func() error { _, err := dso.DelinquencyOf(one, d("2"), one, 30); return err }, dso.ErrInvalidInput, "currentReceivables 2 exceed receivables 1"},
		{"CEI current above closing", func() error { return v(dso.CEI(one, one, one, d("2"))) }, dso.ErrInvalidInput, "closingCurrentAR 2 exceeds closingAR 1"},
		{"CEI nothing collectible", func() error { return v(dso.CEI(zero, zero, zero, zero)) }, dso.ErrInvalidInput, "nothing was collectible"},
		{"CEI 30 places negative", func() error { return v(dso.CEI(tiny.Neg(), one, one, zero)) }, dso.ErrNegativeBalance, "-0.000000000000000000000000000001"},
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
		{"CCC negative DSO", func() error { return v(dso.CashConversionCycle(neg, one, one)) }, dso.ErrInvalidInput, "dso is -1 days"},
		// Working capital.
		{"WCR zero sales", func() error { _, err := dso.WorkingCapitalRequirement(one, one, one, zero, 365); return err }, dso.ErrZeroSales, "sales is 0"},
		{"cash ratio zero liabilities", func() error { return v(dso.CashRatio(one, zero)) }, dso.ErrInvalidInput, "currentLiabilities is 0"},
		{"cash released negative DSO", func() error { _, err := dso.CashReleased(one, 365, neg, one, one); return err }, dso.ErrInvalidInput, "oldDSO is -1"},
		{"cash released zero days", func() error { _, err := dso.CashReleased(one, 0, one, one, one); return err }, dso.ErrInvalidDays, "days is 0"},
		{"carrying cost negative rate", func() error { return v(dso.CarryingCost(one, neg)) }, dso.ErrInvalidInput, "costOfCapital is -1"},
		// Paid invoices: each bad one named by index and Ref.
		{"no invoices", stats(nil), dso.ErrEmpty, "invoices is empty"},
		{"no currency", stats(with(func(p *dso.PaidInvoice) { p.Currency = "" })), dso.ErrCurrencyMismatch, `invoice 1 ("INV-1") has no currency`},
		{"mixed currencies", stats(with(func(p *dso.PaidInvoice) { p.Currency = "USD"; p.Ref = "INV-2" })), dso.ErrCurrencyMismatch, `invoice "INV-2" is in "USD", invoice "INV-1" in "EUR"`},
		{"zero paid date", stats(with(func(p *dso.PaidInvoice) { p.Paid = time.Time{} })), dso.ErrInvalidInput, "zero date"},
		{"due before invoiced", stats(with(func(p *dso.PaidInvoice) { p.Due = day.AddDate(0, 0, -1) })), dso.ErrInvalidInput, "due 2026-03-01, before it was invoiced 2026-03-02"},
		{"zero amount", stats(with(func(p *dso.PaidInvoice) { p.Amount = zero })), dso.ErrInvalidInput, "has amount 0"},
		{"by customer empty", func() error { _, err := dso.ByCustomer(nil); return err }, dso.ErrEmpty, "invoices is empty"},
		{"by customer bad invoice", func() error { _, err := dso.ByCustomer(with(func(p *dso.PaidInvoice) { p.Amount = neg })); return err }, dso.ErrInvalidInput, "amount -1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			require.Error(t, err)
			require.True(t, errors.Is(err, tc.want), "%v is not %v", err, tc.want)
			require.Contains(t, err.Error(), tc.msg)
		})
	}
}
