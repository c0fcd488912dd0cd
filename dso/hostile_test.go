package dso

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/receivables-go/receivables/internal/decfuzz"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// decimalEntries lists every decimal input of every exported entry point
// of the package (issue 25: each one is checked against money's range
// before any arithmetic or comparison).
func decimalEntries() []decfuzz.Entry {
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
	return []decfuzz.Entry{
		{Field: "receivables", Call: func(v decimal.Decimal) error { return e(Standard(v, one, 30)) }},
		{Field: "creditSales", Call: func(v decimal.Decimal) error { return e(Standard(one, v, 30)) }},
		{Field: "balances[1]", Call: func(v decimal.Decimal) error { return e(AverageBalance([]decimal.Decimal{one, v}, one, 30)) }},
		{Field: "creditSales", Call: func(v decimal.Decimal) error { return e(AverageBalance([]decimal.Decimal{one}, v, 30)) }},
		{Field: "receivables", Call: func(v decimal.Decimal) error { return e(Countback(v, []Period{{Sales: one, Days: 30}})) }},
		{Field: "periods[1].Sales", Call: func(v decimal.Decimal) error {
			return e(Countback(one, []Period{{Sales: rate, Days: 30}, {Sales: v, Days: 31}}))
		}},
		{Field: "currentReceivables", Call: func(v decimal.Decimal) error { return e(BestPossible(v, one, 30)) }},
		{Field: "creditSales", Call: func(v decimal.Decimal) error { return e(BestPossible(one, v, 30)) }},
		{Field: "ClosingAR", Call: delinquency(func(l *Ledger, v decimal.Decimal) { l.ClosingAR = v })},
		{Field: "ClosingCurrentAR", Call: delinquency(func(l *Ledger, v decimal.Decimal) { l.ClosingCurrentAR = v })},
		{Field: "CreditSales", Call: delinquency(func(l *Ledger, v decimal.Decimal) { l.CreditSales = v })},
		{Field: "OpeningAR", Call: cei(func(l *Ledger, v decimal.Decimal) { l.OpeningAR = v })},
		{Field: "CreditSales", Call: cei(func(l *Ledger, v decimal.Decimal) { l.CreditSales = v })},
		{Field: "ClosingAR", Call: cei(func(l *Ledger, v decimal.Decimal) { l.ClosingAR = v })},
		{Field: "ClosingCurrentAR", Call: cei(func(l *Ledger, v decimal.Decimal) { l.ClosingCurrentAR = v })},
		{Field: "creditSales", Call: func(v decimal.Decimal) error { return e(Turnover(v, one)) }},
		{Field: "averageReceivables", Call: func(v decimal.Decimal) error { return e(Turnover(one, v)) }},
		{Field: "turnover", Call: func(v decimal.Decimal) error { return e(DaysFromTurnover(v, 365)) }},
		{Field: "payables", Call: func(v decimal.Decimal) error { return e(DPO(v, one, 30)) }},
		{Field: "costOfGoodsSold", Call: func(v decimal.Decimal) error { return e(DPO(one, v, 30)) }},
		{Field: "inventory", Call: func(v decimal.Decimal) error { return e(DIO(v, one, 30)) }},
		{Field: "costOfGoodsSold", Call: func(v decimal.Decimal) error { return e(DIO(one, v, 30)) }},
		{Field: "DSO", Call: cycle(func(c *Cycle, v decimal.Decimal) { c.DSO = v })},
		{Field: "DIO", Call: cycle(func(c *Cycle, v decimal.Decimal) { c.DIO = v })},
		{Field: "DPO", Call: cycle(func(c *Cycle, v decimal.Decimal) { c.DPO = v })},
		{Field: "Receivables", Call: wcr(func(b *Balances, v decimal.Decimal) { b.Receivables = v })},
		{Field: "Inventory", Call: wcr(func(b *Balances, v decimal.Decimal) { b.Inventory = v })},
		{Field: "Payables", Call: wcr(func(b *Balances, v decimal.Decimal) { b.Payables = v })},
		{Field: "Sales", Call: wcr(func(b *Balances, v decimal.Decimal) { b.Sales = v })},
		{Field: "cash", Call: func(v decimal.Decimal) error { return e(CashRatio(v, one)) }},
		{Field: "currentLiabilities", Call: func(v decimal.Decimal) error { return e(CashRatio(one, v)) }},
		{Field: "CreditSales", Call: released(func(c *Change, v decimal.Decimal) { c.CreditSales = v })},
		{Field: "OldDSO", Call: released(func(c *Change, v decimal.Decimal) { c.OldDSO = v })},
		{Field: "NewDSO", Call: released(func(c *Change, v decimal.Decimal) { c.NewDSO = v })},
		{Field: "CostOfCapital", Call: released(func(c *Change, v decimal.Decimal) { c.CostOfCapital = v })},
		{Field: "Receivables", Call: carrying(func(c *Carrying, v decimal.Decimal) { c.Receivables = v })},
		{Field: "CostOfCapital", Call: carrying(func(c *Carrying, v decimal.Decimal) { c.CostOfCapital = v })},
		{Field: "months[1].Receivables", Call: rolling(func(m *Month, v decimal.Decimal) { m.Receivables = v })},
		{Field: "months[1].Sales", Call: rolling(func(m *Month, v decimal.Decimal) { m.Sales = v })},
		{Field: "Amount", Call: func(v decimal.Decimal) error { _, err := AverageDaysToPay(paid(v)); return err }},
		{Field: "Amount", Call: func(v decimal.Decimal) error { _, err := ByCustomer(paid(v)); return err }},
	}
}

// dayEntries lists every day count of every exported entry point.
func dayEntries() []decfuzz.DayEntry {
	one := decimal.NewFromInt(1000)
	e := func(_ decimal.Decimal, err error) error { return err }
	months := func(d int) []Month {
		return []Month{{Label: "Jan", Receivables: one, Sales: one, Days: 31}, {Label: "Feb", Receivables: one, Sales: one, Days: d}}
	}
	return []decfuzz.DayEntry{
		{Field: "days", Call: func(d int) error { return e(Standard(one, one, d)) }},
		{Field: "days", Call: func(d int) error { return e(AverageBalance([]decimal.Decimal{one}, one, d)) }},
		{Field: "periods[1].Days", Call: func(d int) error { return e(Countback(one, []Period{{Sales: one, Days: 30}, {Sales: one, Days: d}})) }},
		{Field: "days", Call: func(d int) error { return e(BestPossible(one, one, d)) }},
		{Field: "Days", Call: func(d int) error {
			_, err := DelinquencyOf(Ledger{ClosingAR: one, CreditSales: one, Days: d})
			return err
		}},
		{Field: "days", Call: func(d int) error { return e(DaysFromTurnover(one, d)) }},
		{Field: "days", Call: func(d int) error { return e(DPO(one, one, d)) }},
		{Field: "days", Call: func(d int) error { return e(DIO(one, one, d)) }},
		{Field: "Days", Call: func(d int) error {
			_, err := WorkingCapitalRequirement(Balances{Receivables: one, Sales: one, Days: d})
			return err
		}},
		{Field: "Days", Call: func(d int) error {
			_, err := CashReleased(Change{CreditSales: one, Days: d, OldDSO: one, NewDSO: one, Currency: "EUR"})
			return err
		}},
		{Field: "months[1].Days", Call: func(d int) error { _, err := Rolling(months(d), 3); return err }},
		{Field: "window", Call: func(d int) error { _, err := Rolling(months(30), d); return err }},
	}
}

// suite is the package's range-guard tests (issue 25): an extreme value
// answers ErrInvalidInput saying "out of range", a bad day count (zero
// too: no period is empty) ErrInvalidDays; every error names the field,
// but ErrInsufficientHistory names the periods (the receivables outlast
// them all, no one period is at fault).
func suite() decfuzz.Suite {
	return decfuzz.Suite{Entries: decimalEntries(), Days: dayEntries(),
		Accept: decfuzz.OneOf(ErrZeroSales, ErrNegativeBalance, ErrInvalidDays, ErrEmpty, ErrInsufficientHistory,
			ErrInvalidInput, ErrCurrencyMismatch),
		Kind: ErrInvalidInput, DayKind: ErrInvalidDays, Phrase: "out of range", RetrySlow: true, MinDays: 1,
		Want: func(field string, err error) string {
			if errors.Is(err, ErrInsufficientHistory) {
				return "periods"
			}
			return field
		}}
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
func TestExtremeDecimalsNamed(t *testing.T) { suite().CheckExtremes(t) }

// Every day count answers math.MaxInt, math.MinInt, a negative count,
// zero, one beyond money.MaxDays and 2³¹−1 with ErrInvalidDays naming the
// field: never a wrapped sum, nor a panic.
func TestExtremeDaysNamed(t *testing.T) { suite().CheckDays(t) }

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
	s := suite()
	f.Fuzz(func(t *testing.T, b []byte, neg bool, which uint8) { s.FuzzDecimal(t, b, neg, which) })
}

// FuzzDayInputs feeds every day count any int: no panic, and an error
// beyond money.MaxDays or at zero and below.
func FuzzDayInputs(f *testing.F) {
	f.Add(math.MaxInt, uint8(10)) // Rolling months[1].Days: two MaxInt months wrapped negative
	f.Add(math.MinInt, uint8(11))
	f.Add(30, uint8(0))
	s := suite()
	f.Fuzz(func(t *testing.T, days int, which uint8) { s.FuzzDays(t, days, which) })
}
