package dso

import (
	"errors"
	"math"
	"testing"
	"time"

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

// decimalEntries lists every decimal input of every exported entry point
// of the package (issue 25: each one is checked against money's range
// before any arithmetic or comparison).
func decimalEntries() []decimalEntry {
	one, rate := decimal.NewFromInt(1000), decimal.RequireFromString("0.08")
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	e := func(_ decimal.Decimal, err error) error { return err }
	ledger := func(f func(*Ledger, decimal.Decimal)) func(decimal.Decimal) (Ledger, Ledger) {
		return func(v decimal.Decimal) (Ledger, Ledger) {
			l := Ledger{OpeningAR: one, CreditSales: one, ClosingAR: one, ClosingCurrentAR: decimal.Zero, Days: 30}
			f(&l, v)
			return l, l
		}
	}
	delinquency := func(f func(*Ledger, decimal.Decimal)) func(decimal.Decimal) error {
		return func(v decimal.Decimal) error { l, _ := ledger(f)(v); _, err := DelinquencyOf(l); return err }
	}
	cei := func(f func(*Ledger, decimal.Decimal)) func(decimal.Decimal) error {
		return func(v decimal.Decimal) error { l, _ := ledger(f)(v); return e(CEI(l)) }
	}
	cycle := func(f func(*Cycle, decimal.Decimal)) func(decimal.Decimal) error {
		return func(v decimal.Decimal) error {
			c := Cycle{DSO: one, DIO: one, DPO: one}
			f(&c, v)
			return e(CashConversionCycle(c))
		}
	}
	wcr := func(f func(*Balances, decimal.Decimal)) func(decimal.Decimal) error {
		return func(v decimal.Decimal) error {
			b := Balances{Receivables: one, Inventory: one, Payables: one, Sales: one, Days: 30}
			f(&b, v)
			_, err := WorkingCapitalRequirement(b)
			return err
		}
	}
	released := func(f func(*Change, decimal.Decimal)) func(decimal.Decimal) error {
		return func(v decimal.Decimal) error {
			c := Change{CreditSales: one, Days: 365, OldDSO: one, NewDSO: rate, CostOfCapital: rate, Currency: "EUR"}
			f(&c, v)
			_, err := CashReleased(c)
			return err
		}
	}
	carrying := func(f func(*Carrying, decimal.Decimal)) func(decimal.Decimal) error {
		return func(v decimal.Decimal) error {
			c := Carrying{Receivables: one, CostOfCapital: rate, Currency: "EUR"}
			f(&c, v)
			return e(CarryingCost(c))
		}
	}
	rolling := func(f func(*Month, decimal.Decimal)) func(decimal.Decimal) error {
		return func(v decimal.Decimal) error {
			ms := []Month{{Label: "Jan", Receivables: one, Sales: one, Days: 31}, {Label: "Feb", Receivables: one, Sales: one, Days: 28}}
			f(&ms[1], v)
			_, err := Rolling(ms, 3)
			return err
		}
	}
	paid := func(v decimal.Decimal) []PaidInvoice {
		good := PaidInvoice{Ref: "INV-1", Customer: "A", Currency: "EUR", Invoiced: day, Due: day.AddDate(0, 0, 30),
			Paid: day.AddDate(0, 0, 40), Amount: one}
		bad := good
		bad.Ref, bad.Amount = "INV-2", v
		return []PaidInvoice{good, bad}
	}
	return []decimalEntry{
		{"receivables", func(v decimal.Decimal) error { return e(Standard(v, one, 30)) }},
		{"creditSales", func(v decimal.Decimal) error { return e(Standard(one, v, 30)) }},
		{"balances[1]", func(v decimal.Decimal) error { return e(AverageBalance([]decimal.Decimal{one, v}, one, 30)) }},
		{"creditSales", func(v decimal.Decimal) error { return e(AverageBalance([]decimal.Decimal{one}, v, 30)) }},
		{"receivables", func(v decimal.Decimal) error { return e(Countback(v, []Period{{Sales: one, Days: 30}})) }},
		{"periods[1].Sales", func(v decimal.Decimal) error {
			return e(Countback(one, []Period{{Sales: rate, Days: 30}, {Sales: v, Days: 31}}))
		}},
		{"currentReceivables", func(v decimal.Decimal) error { return e(BestPossible(v, one, 30)) }},
		{"creditSales", func(v decimal.Decimal) error { return e(BestPossible(one, v, 30)) }},
		{"ClosingAR", delinquency(func(l *Ledger, v decimal.Decimal) { l.ClosingAR = v })},
		{"ClosingCurrentAR", delinquency(func(l *Ledger, v decimal.Decimal) { l.ClosingCurrentAR = v })},
		{"CreditSales", delinquency(func(l *Ledger, v decimal.Decimal) { l.CreditSales = v })},
		{"OpeningAR", cei(func(l *Ledger, v decimal.Decimal) { l.OpeningAR = v })},
		{"CreditSales", cei(func(l *Ledger, v decimal.Decimal) { l.CreditSales = v })},
		{"ClosingAR", cei(func(l *Ledger, v decimal.Decimal) { l.ClosingAR = v })},
		{"ClosingCurrentAR", cei(func(l *Ledger, v decimal.Decimal) { l.ClosingCurrentAR = v })},
		{"creditSales", func(v decimal.Decimal) error { return e(Turnover(v, one)) }},
		{"averageReceivables", func(v decimal.Decimal) error { return e(Turnover(one, v)) }},
		{"turnover", func(v decimal.Decimal) error { return e(DaysFromTurnover(v, 365)) }},
		{"payables", func(v decimal.Decimal) error { return e(DPO(v, one, 30)) }},
		{"costOfGoodsSold", func(v decimal.Decimal) error { return e(DPO(one, v, 30)) }},
		{"inventory", func(v decimal.Decimal) error { return e(DIO(v, one, 30)) }},
		{"costOfGoodsSold", func(v decimal.Decimal) error { return e(DIO(one, v, 30)) }},
		{"DSO", cycle(func(c *Cycle, v decimal.Decimal) { c.DSO = v })},
		{"DIO", cycle(func(c *Cycle, v decimal.Decimal) { c.DIO = v })},
		{"DPO", cycle(func(c *Cycle, v decimal.Decimal) { c.DPO = v })},
		{"Receivables", wcr(func(b *Balances, v decimal.Decimal) { b.Receivables = v })},
		{"Inventory", wcr(func(b *Balances, v decimal.Decimal) { b.Inventory = v })},
		{"Payables", wcr(func(b *Balances, v decimal.Decimal) { b.Payables = v })},
		{"Sales", wcr(func(b *Balances, v decimal.Decimal) { b.Sales = v })},
		{"cash", func(v decimal.Decimal) error { return e(CashRatio(v, one)) }},
		{"currentLiabilities", func(v decimal.Decimal) error { return e(CashRatio(one, v)) }},
		{"CreditSales", released(func(c *Change, v decimal.Decimal) { c.CreditSales = v })},
		{"OldDSO", released(func(c *Change, v decimal.Decimal) { c.OldDSO = v })},
		{"NewDSO", released(func(c *Change, v decimal.Decimal) { c.NewDSO = v })},
		{"CostOfCapital", released(func(c *Change, v decimal.Decimal) { c.CostOfCapital = v })},
		{"Receivables", carrying(func(c *Carrying, v decimal.Decimal) { c.Receivables = v })},
		{"CostOfCapital", carrying(func(c *Carrying, v decimal.Decimal) { c.CostOfCapital = v })},
		{"months[1].Receivables", rolling(func(m *Month, v decimal.Decimal) { m.Receivables = v })},
		{"months[1].Sales", rolling(func(m *Month, v decimal.Decimal) { m.Sales = v })},
		{"Amount", func(v decimal.Decimal) error { _, err := AverageDaysToPay(paid(v)); return err }},
		{"Amount", func(v decimal.Decimal) error { _, err := ByCustomer(paid(v)); return err }},
	}
}

// dayEntry is one count of days (or months) of one entry point.
type dayEntry struct {
	field string
	call  func(days int) error
}

// dayEntries lists every day count of every exported entry point.
func dayEntries() []dayEntry {
	one := decimal.NewFromInt(1000)
	e := func(_ decimal.Decimal, err error) error { return err }
	months := func(d int) []Month {
		return []Month{{Label: "Jan", Receivables: one, Sales: one, Days: 31}, {Label: "Feb", Receivables: one, Sales: one, Days: d}}
	}
	return []dayEntry{
		{"days", func(d int) error { return e(Standard(one, one, d)) }},
		{"days", func(d int) error { return e(AverageBalance([]decimal.Decimal{one}, one, d)) }},
		{"periods[1].Days", func(d int) error { return e(Countback(one, []Period{{Sales: one, Days: 30}, {Sales: one, Days: d}})) }},
		{"days", func(d int) error { return e(BestPossible(one, one, d)) }},
		{"Days", func(d int) error {
			_, err := DelinquencyOf(Ledger{ClosingAR: one, CreditSales: one, Days: d})
			return err
		}},
		{"days", func(d int) error { return e(DaysFromTurnover(one, d)) }},
		{"days", func(d int) error { return e(DPO(one, one, d)) }},
		{"days", func(d int) error { return e(DIO(one, one, d)) }},
		{"Days", func(d int) error {
			_, err := WorkingCapitalRequirement(Balances{Receivables: one, Sales: one, Days: d})
			return err
		}},
		{"Days", func(d int) error {
			_, err := CashReleased(Change{CreditSales: one, Days: d, OldDSO: one, NewDSO: one, Currency: "EUR"})
			return err
		}},
		{"months[1].Days", func(d int) error { _, err := Rolling(months(d), 3); return err }},
		{"window", func(d int) error { _, err := Rolling(months(30), d); return err }},
	}
}

// sentinels are every error kind the package returns.
var sentinels = []error{ErrZeroSales, ErrNegativeBalance, ErrInvalidDays, ErrEmpty, ErrInsufficientHistory,
	ErrInvalidInput, ErrCurrencyMismatch}

// isSentinel reports whether err wraps one of the package's sentinels.
func isSentinel(err error) bool {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

// Issue 25's reproductions, each of which panicked or stalled before the
// range guard: an exponent of 2³¹−1 panicked inside shopspring ("overflow
// in decimal QuoRem"), −10⁸ took 56 s and 351 MB in Standard.
func TestIssue25Reproductions(t *testing.T) {
	one := decimal.NewFromInt(1)
	huge, tiny, far := decimal.New(1, math.MaxInt32), decimal.New(1, math.MinInt32), decimal.New(1, -100_000_000)
	e := func(_ decimal.Decimal, err error) error { return err }
	for name, call := range map[string]func() error{
		"Standard 2³¹−1":  func() error { return e(Standard(huge, one, 30)) },
		"Standard −10⁸":   func() error { return e(Standard(far, one, 30)) },
		"Standard −2³¹":   func() error { return e(Standard(tiny, one, 30)) },
		"CashRatio 2³¹−1": func() error { return e(CashRatio(huge, one)) },
		"CashRatio −2³¹":  func() error { return e(CashRatio(one, tiny)) },
		"Turnover 2³¹−1":  func() error { return e(Turnover(huge, one)) },
		"Turnover −2³¹":   func() error { return e(Turnover(one, tiny)) },
		"CashReleased 2³¹−1": func() error {
			_, err := CashReleased(Change{CreditSales: huge, Days: 365, Currency: "EUR"})
			return err
		},
		"CashReleased −2³¹": func() error {
			_, err := CashReleased(Change{CreditSales: one, Days: 365, OldDSO: tiny, Currency: "EUR"})
			return err
		},
		"Rolling 2³¹−1": func() error { _, err := Rolling([]Month{{Receivables: huge, Sales: one, Days: 30}}, 1); return err },
		"Rolling −2³¹":  func() error { _, err := Rolling([]Month{{Receivables: one, Sales: tiny, Days: 30}}, 1); return err },
	} {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			var err error
			require.NotPanics(t, func() { err = call() })
			require.Less(t, time.Since(start), time.Second)
			require.ErrorIs(t, err, ErrInvalidInput)
			require.Less(t, len(err.Error()), 300)
		})
	}
}

// Every decimal input answers an extreme value with ErrInvalidInput naming
// the field, within a second, and a short message.
func TestExtremeDecimalsNamed(t *testing.T) {
	for i, en := range decimalEntries() {
		for _, v := range decfuzz.Extremes() {
			start := time.Now()
			err := en.call(v)
			require.Error(t, err, "entry %d %s = %s", i, en.field, money.Show(v))
			require.ErrorIs(t, err, ErrInvalidInput, "entry %d", i)
			require.Contains(t, err.Error(), en.field, "entry %d", i)
			require.Contains(t, err.Error(), "out of range", "entry %d", i)
			require.Less(t, len(err.Error()), 300, "entry %d", i)
			require.Less(t, time.Since(start), time.Second, "entry %d", i)
		}
	}
}

// Every day count answers math.MaxInt, math.MinInt and a negative count
// with ErrInvalidDays naming the field: never a wrapped sum, nor a panic.
func TestExtremeDaysNamed(t *testing.T) {
	for i, en := range dayEntries() {
		for _, d := range []int{math.MaxInt, math.MinInt, -1, 0, money.MaxDays + 1, math.MaxInt32} {
			var err error
			require.NotPanics(t, func() { err = en.call(d) })
			require.Error(t, err, "entry %d %s = %d", i, en.field, d)
			require.ErrorIs(t, err, ErrInvalidDays, "entry %d", i)
			require.Contains(t, err.Error(), en.field, "entry %d", i)
			require.Less(t, len(err.Error()), 300, "entry %d", i)
		}
	}
}

// FuzzDecimalInputs feeds every decimal input of the package any decimal
// (raw coefficient bytes, full-range exponent): no panic, an answer within
// a second, and an error that is one of the package's, short, and names
// the field.
func FuzzDecimalInputs(f *testing.F) {
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 1}, false, uint8(0)) // Standard receivables, exponent 2³¹−1
	f.Add([]byte{0x00, 0x1F, 0x0A, 0xFA, 1}, false, uint8(0)) // Standard receivables, −10⁸
	f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, false, uint8(1)) // Standard creditSales, −2³¹
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 1}, false, uint8(16))
	f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, false, uint8(17)) // Turnover
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 1}, false, uint8(30))
	f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, false, uint8(31)) // CashRatio
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 1}, false, uint8(32))
	f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, false, uint8(33)) // CashReleased
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 1}, false, uint8(38))
	f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, false, uint8(39)) // Rolling
	f.Add([]byte{0xFE, 0x10}, false, uint8(2))
	f.Add([]byte{0xD8, 0xFF}, true, uint8(14))
	entries := decimalEntries()
	f.Fuzz(func(t *testing.T, b []byte, neg bool, which uint8) {
		en := entries[int(which)%len(entries)]
		v := decfuzz.Decimal(b, neg)
		took, err := timed(en.call, v)
		if took >= time.Second { // once more, in case the machine, not the call, was slow
			took, err = timed(en.call, v)
		}
		require.Less(t, took, time.Second, "%s = %s", en.field, money.Show(v))
		if err != nil {
			require.True(t, isSentinel(err), "%v", err)
			require.Less(t, len(err.Error()), 300)
			if errors.Is(err, ErrInsufficientHistory) { // names no one period: the receivables outlast them all
				require.Contains(t, err.Error(), "periods")
			} else {
				require.Contains(t, err.Error(), en.field)
			}
		}
		if !money.InRange(v) {
			require.ErrorIs(t, err, ErrInvalidInput)
		}
	})
}

// FuzzDayInputs feeds every day count any int: no panic, and an error
// beyond money.MaxDays or at zero and below.
func FuzzDayInputs(f *testing.F) {
	f.Add(math.MaxInt, uint8(10)) // Rolling months[1].Days: two MaxInt months wrapped negative
	f.Add(math.MinInt, uint8(11))
	f.Add(30, uint8(0))
	entries := dayEntries()
	f.Fuzz(func(t *testing.T, days int, which uint8) {
		en := entries[int(which)%len(entries)]
		err := en.call(days)
		if days <= 0 || days > money.MaxDays {
			require.ErrorIs(t, err, ErrInvalidDays)
			require.Contains(t, err.Error(), en.field)
		}
		if err != nil {
			require.True(t, isSentinel(err), "%v", err)
		}
	})
}

// timed calls call(v) and reports how long it took.
func timed(call func(decimal.Decimal) error, v decimal.Decimal) (time.Duration, error) {
	start := time.Now()
	err := call(v)
	return time.Since(start), err
}
