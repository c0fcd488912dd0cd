package dso

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func TestCEI(t *testing.T) {
	tests := []struct {
		name                          string
		opening, sales, closing, curr string
		want                          string
	}{
		// Published (creditguru.com, "Collection Effectiveness Index",
		// sample ATB Jan–Mar, worked with credit sales for the period):
		// (6,200 + 10,890 − 6,340) / (6,200 + 10,890 − 3,590) × 100
		// = 10,750 / 13,500 × 100 = 79.6296… → 79.63.
		{"creditguru sample", "6200", "10890", "6340", "3590", "79.63"},
		// Published (Gaviti, "What is the Collection Effectiveness Index"):
		// (100,000 + 1,000,000 − 120,000) / (100,000 + 1,000,000 − 100,000)
		// = 980,000 / 1,000,000 = 98%.
		{"gaviti annual", "100000", "1000000", "120000", "100000", "98"},
		// Everything collectible collected: closing AR all current → 100.
		{"perfect", "500", "1000", "300", "300", "100"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := CEI(Ledger{OpeningAR: d(tt.opening), CreditSales: d(tt.sales), ClosingAR: d(tt.closing), ClosingCurrentAR: d(tt.curr)})
			require.NoError(t, err)
			requireDecimal(t, tt.want, got)
		})
	}
	_, err := CEI(Ledger{})
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = CEI(Ledger{OpeningAR: d("10"), CreditSales: d("10"), ClosingAR: d("5"), ClosingCurrentAR: d("6")})
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "ClosingCurrentAR")
	_, err = CEI(Ledger{OpeningAR: d("10"), CreditSales: d("-10"), ClosingAR: d("5"), ClosingCurrentAR: d("1")})
	require.ErrorIs(t, err, ErrNegativeBalance)
	require.ErrorContains(t, err, "CreditSales")
	// The swap the struct guards against: closing AR and closing current AR
	// given the other way round (3,590 total, 6,340 current) is refused,
	// not turned into a plausible percentage.
	_, err = CEI(Ledger{OpeningAR: d("6200"), CreditSales: d("10890"), ClosingAR: d("3590"), ClosingCurrentAR: d("6340")})
	require.ErrorIs(t, err, ErrInvalidInput)
	// Days is not used by CEI: the creditguru figure whatever it says.
	got, err := CEI(Ledger{OpeningAR: d("6200"), CreditSales: d("10890"), ClosingAR: d("6340"), ClosingCurrentAR: d("3590"), Days: 90})
	require.NoError(t, err)
	requireDecimal(t, "79.63", got)
	_, err = CEI(Ledger{OpeningAR: d("-1"), CreditSales: d("10"), ClosingAR: d("5"), ClosingCurrentAR: d("1")})
	require.ErrorIs(t, err, ErrNegativeBalance)
	require.ErrorContains(t, err, "OpeningAR")
}

func TestDelinquency(t *testing.T) {
	// CRF definitions: DSO = 1,200,000 × 90 / 1,800,000 = 60;
	// BPDSO = 750,000 × 90 / 1,800,000 = 37.5; ADD = 60 − 37.5 = 22.5.
	got, err := DelinquencyOf(Ledger{ClosingAR: d("1200000"), ClosingCurrentAR: d("750000"), CreditSales: d("1800000"), Days: 90})
	require.NoError(t, err)
	requireDecimal(t, "60", got.DSO)
	requireDecimal(t, "37.5", got.BestPossible)
	requireDecimal(t, "22.5", got.AverageDaysDelinquent)

	bp, err := BestPossible(d("750000"), d("1800000"), 90)
	require.NoError(t, err)
	requireDecimal(t, "37.5", bp)
	_, err = BestPossible(d("-1"), d("1"), 90)
	require.ErrorIs(t, err, ErrNegativeBalance)

	// ADD from unrounded figures: DSO = 1 × 1/3 = 0.333…, BPDSO = 0; both
	// round to 0.33 and so does ADD.
	got, err = DelinquencyOf(Ledger{ClosingAR: d("1"), ClosingCurrentAR: d("0"), CreditSales: d("3"), Days: 1})
	require.NoError(t, err)
	requireDecimal(t, "0.33", got.AverageDaysDelinquent)

	for _, tt := range []struct {
		ar, cur, sales string
		days           int
		want           error
	}{
		{"10", "11", "100", 30, ErrInvalidInput},
		{"-1", "0", "100", 30, ErrNegativeBalance},
		{"1", "-1", "100", 30, ErrNegativeBalance},
		{"1", "0", "0", 30, ErrZeroSales},
		{"1", "0", "10", 0, ErrInvalidDays},
	} {
		_, err := DelinquencyOf(Ledger{ClosingAR: d(tt.ar), ClosingCurrentAR: d(tt.cur), CreditSales: d(tt.sales), Days: tt.days})
		require.ErrorIs(t, err, tt.want)
	}
}

func TestTurnover(t *testing.T) {
	// Credit sales 1,800,000 over average receivables 150,000 → 12 times a
	// year; 365 / 12 = 30.4166… → 30.42 days, matching Standard on the same
	// figures (the trymesha.com published example above).
	turn, err := Turnover(d("1800000"), d("150000"))
	require.NoError(t, err)
	requireDecimal(t, "12", turn)
	days, err := DaysFromTurnover(turn, 365)
	require.NoError(t, err)
	requireDecimal(t, "30.42", days)
	// 1,000 / 300 = 3.3333… → 3.33: ratios are rounded to RatePlaces (2),
	// the package's one precision (it was 3.3333 when ratios had 4 places).
	turn, err = Turnover(d("1000"), d("300"))
	require.NoError(t, err)
	requireDecimal(t, "3.33", turn)

	_, err = Turnover(d("1"), d("0"))
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = Turnover(d("-1"), d("10"))
	require.ErrorIs(t, err, ErrNegativeBalance)
	_, err = DaysFromTurnover(d("0"), 365)
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = DaysFromTurnover(d("2"), 0)
	require.ErrorIs(t, err, ErrInvalidDays)
}

func TestWorkingCapitalCycle(t *testing.T) {
	// Richards & Laughlin's cycle on hand-made figures: DSO 45, inventory
	// 500,000 on COGS 3,650,000 → DIO = 500,000 × 365 / 3,650,000 = 50;
	// payables 300,000 → DPO = 30; CCC = 45 + 50 − 30 = 65.
	dio, err := DIO(d("500000"), d("3650000"), 365)
	require.NoError(t, err)
	requireDecimal(t, "50", dio)
	dpo, err := DPO(d("300000"), d("3650000"), 365)
	require.NoError(t, err)
	requireDecimal(t, "30", dpo)
	ccc, err := CashConversionCycle(Cycle{DSO: d("45"), DIO: dio, DPO: dpo})
	require.NoError(t, err)
	requireDecimal(t, "65", ccc)
	// Suppliers finance the business: 10 + 5 − 40 = −25 is an answer.
	ccc, err = CashConversionCycle(Cycle{DSO: d("10"), DIO: d("5"), DPO: d("40")})
	require.NoError(t, err)
	requireDecimal(t, "-25", ccc)
	_, err = CashConversionCycle(Cycle{DSO: d("10"), DIO: d("-5"), DPO: d("40")})
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "DIO")
	_, err = DPO(d("1"), d("0"), 365)
	require.ErrorIs(t, err, ErrZeroSales)
	require.ErrorContains(t, err, "costOfGoodsSold")
	_, err = DIO(d("-1"), d("10"), 365)
	require.ErrorIs(t, err, ErrNegativeBalance)
	_, err = DIO(d("1"), d("10"), 0)
	require.ErrorIs(t, err, ErrInvalidDays)

	// WCR = 600,000 + 500,000 − 300,000 = 800,000; on sales 7,300,000 over
	// 365 days: 800,000 × 365 / 7,300,000 = 40 days of sales.
	wc, err := WorkingCapitalRequirement(Balances{Receivables: d("600000"), Inventory: d("500000"), Payables: d("300000"), Sales: d("7300000"), Days: 365})
	require.NoError(t, err)
	requireDecimal(t, "800000", wc.Requirement)
	requireDecimal(t, "40", wc.DaysOfSales)
	// Payables above the rest: a negative requirement, exact, in days too:
	// 100 + 0.005 − 300 = −199.995; × 365 / 7,300 = −9.99975 → −10.
	wc, err = WorkingCapitalRequirement(Balances{Receivables: d("100"), Inventory: d("0.005"), Payables: d("300"), Sales: d("7300"), Days: 365})
	require.NoError(t, err)
	requireDecimal(t, "-199.995", wc.Requirement)
	requireDecimal(t, "-10", wc.DaysOfSales)
	_, err = WorkingCapitalRequirement(Balances{Receivables: d("1"), Inventory: d("-1"), Sales: d("10"), Days: 365})
	require.ErrorIs(t, err, ErrNegativeBalance)
	require.ErrorContains(t, err, "Inventory")
	_, err = WorkingCapitalRequirement(Balances{Receivables: d("1"), Inventory: d("1"), Days: 365})
	require.ErrorIs(t, err, ErrZeroSales)
	_, err = WorkingCapitalRequirement(Balances{Receivables: d("1"), Inventory: d("1"), Sales: d("1")})
	require.ErrorIs(t, err, ErrInvalidDays)

	// Cash 50,000 over current liabilities 200,000 = 0.25.
	cr, err := CashRatio(d("50000"), d("200000"))
	require.NoError(t, err)
	requireDecimal(t, "0.25", cr)
	_, err = CashRatio(d("1"), d("0"))
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = CashRatio(d("-1"), d("10"))
	require.ErrorIs(t, err, ErrNegativeBalance)
}

func TestCashReleased(t *testing.T) {
	change := func(sales string, days int, oldDSO, newDSO, k, currency string) Change {
		return Change{CreditSales: d(sales), Days: days, OldDSO: d(oldDSO), NewDSO: d(newDSO), CostOfCapital: d(k), Currency: currency}
	}
	// The DOMAIN example: DSO from 82 to 58 days. On annual credit sales of
	// 36,500,000 over 365 days, daily sales are 100,000 and the release is
	// 100,000 × 24 = 2,400,000; at 8% cost of capital that saves
	// 2,400,000 × 0.08 = 192,000 a year.
	r, err := CashReleased(change("36500000", 365, "82", "58", "0.08", "EUR"))
	require.NoError(t, err)
	requireDecimal(t, "100000", r.DailySales)
	requireDecimal(t, "2400000", r.Released)
	requireDecimal(t, "192000", r.FinancingSaved)

	// Full precision until the edge: 1,000 / 3 per day × 3 days = 1,000.00
	// exactly, not 333.33 × 3 = 999.99.
	r, err = CashReleased(change("1000", 3, "3", "0", "0.1", "EUR"))
	require.NoError(t, err)
	requireDecimal(t, "333.33", r.DailySales)
	requireDecimal(t, "1000", r.Released)
	requireDecimal(t, "100", r.FinancingSaved)
	// Money goes to the currency's minor unit: 1,000 / 3 = 333.333… is
	// ¥333 in JPY (0 places) and 333.333 in KWD (3); 2 days released are
	// 666.666… → ¥667, KWD 666.667; saved at 10%: 66.666… → ¥67, 66.667.
	r, err = CashReleased(change("1000", 3, "2", "0", "0.1", "JPY"))
	require.NoError(t, err)
	requireDecimal(t, "333", r.DailySales)
	requireDecimal(t, "667", r.Released)
	requireDecimal(t, "67", r.FinancingSaved)
	r, err = CashReleased(change("1000", 3, "2", "0", "0.1", "KWD"))
	require.NoError(t, err)
	requireDecimal(t, "333.333", r.DailySales)
	requireDecimal(t, "666.667", r.Released)
	requireDecimal(t, "66.667", r.FinancingSaved)
	// Places overrides the currency and stands in for a missing one.
	c := change("1000", 3, "2", "0", "0.1", "")
	c.Places = 4
	r, err = CashReleased(c)
	require.NoError(t, err)
	requireDecimal(t, "333.3333", r.DailySales)

	// DSO rising ties cash up: negative release.
	r, err = CashReleased(change("36500", 365, "30", "40", "0", "EUR"))
	require.NoError(t, err)
	requireDecimal(t, "-1000", r.Released)

	_, err = CashReleased(change("0", 365, "1", "1", "0", "EUR"))
	require.ErrorIs(t, err, ErrZeroSales)
	_, err = CashReleased(change("1", 0, "1", "1", "0", "EUR"))
	require.ErrorIs(t, err, ErrInvalidDays)
	_, err = CashReleased(change("1", 365, "1", "-1", "0", "EUR"))
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "NewDSO")
	_, err = CashReleased(change("1", 365, "1", "1", "0", ""))
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "set Places")

	// Carrying 2,400,000 at 8% costs 192,000 a year; 1,000.5 at 7% is
	// 70.035: 70.04 in EUR, ¥70 in JPY, 70.035 in KWD.
	cc, err := CarryingCost(Carrying{Receivables: d("2400000"), CostOfCapital: d("0.08"), Currency: "EUR"})
	require.NoError(t, err)
	requireDecimal(t, "192000", cc)
	for currency, want := range map[string]string{"EUR": "70.04", "JPY": "70", "KWD": "70.035"} {
		cc, err = CarryingCost(Carrying{Receivables: d("1000.5"), CostOfCapital: d("0.07"), Currency: currency})
		require.NoError(t, err)
		requireDecimal(t, want, cc, currency)
	}
	cc, err = CarryingCost(Carrying{Receivables: d("1000.5"), CostOfCapital: d("0.07"), Places: 1})
	require.NoError(t, err)
	requireDecimal(t, "70", cc)
	_, err = CarryingCost(Carrying{Receivables: d("-1"), CostOfCapital: d("0.08"), Currency: "EUR"})
	require.ErrorIs(t, err, ErrNegativeBalance)
	_, err = CarryingCost(Carrying{Receivables: d("1"), CostOfCapital: d("-0.08"), Currency: "EUR"})
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = CarryingCost(Carrying{Receivables: d("1"), CostOfCapital: d("0.08")})
	require.ErrorIs(t, err, ErrInvalidInput)
}

func TestRolling(t *testing.T) {
	months := []Month{
		{Label: "2026-01", Receivables: d("300"), Sales: d("310"), Days: 31},
		{Label: "2026-02", Receivables: d("400"), Sales: d("280"), Days: 28},
		{Label: "2026-03", Receivables: d("450"), Sales: d("310"), Days: 31},
		{Label: "2026-04", Receivables: d("300"), Sales: d("300"), Days: 30},
	}
	got, err := Rolling(months, 3)
	require.NoError(t, err)
	require.Len(t, got, 4)
	// Jan: 300 × 31 / 310 = 30; countback 300 / 310 × 31 = 30.
	requireDecimal(t, "30", got[0].Standard)
	require.Equal(t, 1, got[0].Months)
	require.True(t, got[0].CountbackValid)
	requireDecimal(t, "30", got[0].Countback)
	// Feb: window Jan–Feb, sales 590 over 59 days: 400 × 59 / 590 = 40.
	// Countback: 400 − 280 = 120 (28 days); 120 / 310 × 31 = 12 → 40.
	requireDecimal(t, "40", got[1].Standard)
	requireDecimal(t, "40", got[1].Countback)
	// Mar: window Jan–Mar, sales 900 over 90 days: 450 × 90 / 900 = 45.
	// Countback: 450 − 310 = 140 (31); 140 / 280 × 28 = 14 → 45.
	requireDecimal(t, "45", got[2].Standard)
	requireDecimal(t, "45", got[2].Countback)
	require.Equal(t, "2026-03", got[2].Label)
	// Apr: window Feb–Apr, sales 890 over 89 days: 300 × 89 / 890 = 30.
	// Countback: exactly April's sales → 30.
	requireDecimal(t, "30", got[3].Standard)
	require.Equal(t, 3, got[3].Months)
	requireDecimal(t, "30", got[3].Countback)

	// Receivables beyond the history so far: countback not valid yet.
	got, err = Rolling([]Month{{Receivables: d("1000"), Sales: d("310"), Days: 31}}, 3)
	require.NoError(t, err)
	require.False(t, got[0].CountbackValid)
	requireDecimal(t, "100", got[0].Standard)

	_, err = Rolling(nil, 3)
	require.ErrorIs(t, err, ErrEmpty)
	_, err = Rolling(months, 0)
	require.ErrorIs(t, err, ErrInvalidDays)
	for i, bad := range []Month{
		{Receivables: d("-1"), Sales: d("1"), Days: 30},
		{Receivables: d("1"), Sales: d("-1"), Days: 30},
		{Receivables: d("1"), Sales: d("1"), Days: 0},
		{Label: "empty", Receivables: d("1"), Sales: d("0"), Days: 30},
	} {
		_, err := Rolling([]Month{bad}, 1)
		require.Error(t, err, "case %d", i)
	}
	_, err = Rolling([]Month{{Label: "empty", Receivables: d("1"), Sales: d("0"), Days: 30}}, 1)
	require.ErrorIs(t, err, ErrZeroSales)
	require.ErrorContains(t, err, `"empty"`)
}

func TestPaymentStats(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	day := func(y int, m time.Month, dd int) time.Time { return time.Date(y, m, dd, 0, 0, 0, 0, ny) }
	// Across the US DST change of 2026-03-08 a 24h-based count would lose
	// an hour and floor to one day less.
	invoices := []PaidInvoice{
		// 1,000: invoiced Mar 1, due Mar 31, paid Apr 10 → 40 days to pay, 10 late.
		{Ref: "A1", Customer: "Acme", Currency: "USD", Invoiced: day(2026, 3, 1), Due: day(2026, 3, 31), Paid: day(2026, 4, 10), Amount: d("1000")},
		// 3,000: invoiced Mar 5, due Apr 4, paid Mar 30 (early) → 25 days, 0 late.
		{Ref: "A2", Customer: "Acme", Currency: "USD", Invoiced: day(2026, 3, 5), Due: day(2026, 4, 4), Paid: day(2026, 3, 30), Amount: d("3000")},
	}
	// ADP = (1,000 × 40 + 3,000 × 25) / 4,000 = 115,000 / 4,000 = 28.75.
	// Days late = (1,000 × 10 + 3,000 × 0) / 4,000 = 2.5.
	st, err := AverageDaysToPay(invoices)
	require.NoError(t, err)
	requireDecimal(t, "28.75", st.AverageDaysToPay)
	requireDecimal(t, "2.5", st.AverageDaysLate)
	requireDecimal(t, "4000", st.Amount)
	require.Equal(t, 2, st.Invoices)
	require.Equal(t, "USD", st.Currency)

	more := append(invoices,
		// Beta pays 10 days late on a leap-year invoice: Feb 29 2028 +30 = Mar 30, paid Apr 9.
		PaidInvoice{Ref: "B1", Customer: "Beta", Currency: "USD", Invoiced: time.Date(2028, 2, 29, 0, 0, 0, 0, time.UTC),
			Due: time.Date(2028, 3, 30, 0, 0, 0, 0, time.UTC), Paid: time.Date(2028, 4, 9, 0, 0, 0, 0, time.UTC), Amount: d("10")},
		// Acme in EUR is its own row; paid on time across the year end: Dec 15 → Jan 14 (30 days).
		PaidInvoice{Ref: "E1", Customer: "Acme", Currency: "EUR", Invoiced: time.Date(2026, 12, 15, 0, 0, 0, 0, time.UTC),
			Due: time.Date(2027, 1, 14, 0, 0, 0, 0, time.UTC), Paid: time.Date(2027, 1, 14, 0, 0, 0, 0, time.UTC), Amount: d("500")},
	)
	rows, err := ByCustomer(more)
	require.NoError(t, err)
	require.Len(t, rows, 3)
	// Slowest first: Beta (10 late), Acme USD (2.5), Acme EUR (0).
	require.Equal(t, "Beta", rows[0].Customer)
	requireDecimal(t, "40", rows[0].AverageDaysToPay) // Feb 29 → Apr 9 = 40 days
	requireDecimal(t, "10", rows[0].AverageDaysLate)
	require.Equal(t, []string{"Acme", "USD"}, []string{rows[1].Customer, rows[1].Currency})
	require.Equal(t, []string{"Acme", "EUR"}, []string{rows[2].Customer, rows[2].Currency})
	requireDecimal(t, "30", rows[2].AverageDaysToPay)

	_, err = AverageDaysToPay(more)
	require.ErrorIs(t, err, ErrCurrencyMismatch)
	require.ErrorContains(t, err, `"E1"`)
}

func TestPaymentErrors(t *testing.T) {
	ok := PaidInvoice{Ref: "X", Customer: "C", Currency: "EUR", Invoiced: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
		Due: time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC), Paid: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), Amount: decimal.NewFromInt(1)}
	for _, tt := range []struct {
		name   string
		mutate func(*PaidInvoice)
		want   error
		text   string
	}{
		{"no currency", func(p *PaidInvoice) { p.Currency = "" }, ErrInvalidInput, "Currency is empty"},
		{"zero paid", func(p *PaidInvoice) { p.Paid = time.Time{} }, ErrInvalidInput, "zero date"},
		{"due before invoice", func(p *PaidInvoice) { p.Due = time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC) }, ErrInvalidInput, "before it was invoiced"},
		{"zero amount", func(p *PaidInvoice) { p.Amount = decimal.Zero }, ErrInvalidInput, "Amount 0"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bad := ok
			tt.mutate(&bad)
			_, err := AverageDaysToPay([]PaidInvoice{ok, bad})
			require.ErrorIs(t, err, tt.want)
			require.ErrorContains(t, err, tt.text)
			require.ErrorContains(t, err, `invoice 1 ("X")`)
			_, err = ByCustomer([]PaidInvoice{bad})
			require.ErrorIs(t, err, tt.want)
		})
	}
	_, err := AverageDaysToPay(nil)
	require.ErrorIs(t, err, ErrEmpty)
	_, err = ByCustomer(nil)
	require.ErrorIs(t, err, ErrEmpty)
}

func TestCivilDaysBeforeEpoch(t *testing.T) {
	// Year 1 and year 9999 count without overflow; 1969-12-31 is day −1.
	require.Equal(t, int64(-1), civilDays(time.Date(1969, 12, 31, 23, 0, 0, 0, time.UTC)))
	require.Equal(t, int64(365), civilDays(time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC))-civilDays(time.Date(9998, 12, 31, 0, 0, 0, 0, time.UTC)))
	require.Equal(t, int64(-719162), civilDays(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)))
}
