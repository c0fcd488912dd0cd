package credit

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExposures(t *testing.T) {
	got, err := Exposures([]ExposureLine{
		{Ref: "INV-1", Currency: "EUR", Amount: ctlDec("12500.00"), DaysPastDue: 40},
		{Ref: "INV-2", Currency: "EUR", Amount: ctlDec("8400.50"), DaysPastDue: 5},
		{Ref: "CN-1", Currency: "EUR", Amount: ctlDec("-420.00"), DaysPastDue: 90}, // a credit note is not overdue
		{Ref: "SO-1", Currency: "EUR", Kind: KindOpenOrder, Amount: ctlDec("3000")},
		{Ref: "DN-1", Currency: "EUR", Kind: KindShippedNotInvoiced, Amount: ctlDec("1200")},
		{Ref: "BX-1", Currency: "EUR", Kind: KindOther, Name: "bills of exchange", Amount: ctlDec("500")},
		{Ref: "BX-2", Currency: "EUR", Kind: KindOther, Name: "bills of exchange", Amount: ctlDec("250")},
		{Ref: "DEP", Currency: "EUR", Kind: KindOther, Name: "deposit held", Amount: ctlDec("-1000")},
		{Ref: "INV-3", Currency: "CNY", Amount: ctlDec("96000")},
	})
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "CNY", got[0].Currency)
	requireDecimal(t, "96000", total(t, got[0]))
	assert.Equal(t, 0, got[0].OverdueDays)

	eur := got[1]
	// Receivables 12,500.00 + 8,400.50 − 420.00 = 20,480.50.
	requireDecimal(t, "20480.50", eur.OpenReceivables)
	requireDecimal(t, "3000", eur.OpenOrders)
	requireDecimal(t, "1200", eur.ShippedNotInvoiced)
	assert.Equal(t, []string{"bills of exchange", "deposit held"}, []string{eur.Others[0].Name, eur.Others[1].Name})
	requireDecimal(t, "750", eur.Others[0].Amount)
	// Total 20,480.50 + 3,000 + 1,200 + 750 − 1,000 = 24,430.50.
	requireDecimal(t, "24430.50", total(t, eur))
	assert.Equal(t, 40, eur.OverdueDays)

	none, err := Exposures(nil)
	require.NoError(t, err)
	assert.Empty(t, none)
}

func TestExposuresErrors(t *testing.T) {
	for name, l := range map[string]ExposureLine{
		"negative order":    {Ref: "SO-9", Kind: KindOpenOrder, Amount: ctlDec("-1")},
		"negative shipment": {Ref: "DN-9", Kind: KindShippedNotInvoiced, Amount: ctlDec("-1")},
		"unnamed other":     {Ref: "X", Kind: KindOther, Amount: ctlDec("1")},
		"unknown kind":      {Ref: "X", Kind: 9, Amount: ctlDec("1")},
		"negative days":     {Ref: "INV-9", Amount: ctlDec("1"), DaysPastDue: -1},
		"extreme amount":    {Ref: "INV-9", Amount: decimal.New(1, 1_000_000)},
	} {
		_, err := Exposures([]ExposureLine{{Amount: ctlDec("1")}, l})
		require.ErrorIs(t, err, ErrInvalidExposure, name)
		assert.Contains(t, err.Error(), "line 1", name)
	}
}

func TestExposureKindText(t *testing.T) {
	for k := KindReceivable; k <= KindOther; k++ {
		text, err := k.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, k.String(), string(text))
		var back ExposureKind
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, k, back)
	}
	assert.Equal(t, "ExposureKind(7)", ExposureKind(7).String())
	_, err := ExposureKind(7).MarshalText()
	require.ErrorIs(t, err, ErrInvalidExposure)
	var k ExposureKind
	require.ErrorIs(t, k.UnmarshalText([]byte("invoice")), ErrInvalidExposure)

	var l ExposureLine
	require.NoError(t, json.Unmarshal([]byte(`{"ref":"SO-1","currency":"EUR","kind":"open-order","amount":"3000"}`), &l))
	assert.Equal(t, KindOpenOrder, l.Kind)
	requireDecimal(t, "3000", l.Amount)
}

func FuzzExposures(f *testing.F) {
	f.Add("100", uint8(0), 10, "EUR", "50", uint8(1), "USD", "-20", uint8(3), "x")
	f.Add("0", uint8(2), 0, "", "1e-30", uint8(9), "", "1e30", uint8(3), "")
	f.Add("-1", uint8(1), -1, "EUR", "1e2000000000", uint8(0), "EUR", "0", uint8(0), "a")
	f.Fuzz(func(t *testing.T, a1 string, k1 uint8, days int, c1, a2 string, k2 uint8, c2, a3 string, k3 uint8, name string) {
		var lines []ExposureLine
		for i, p := range []struct {
			a string
			k uint8
			c string
		}{{a1, k1, c1}, {a2, k2, c2}, {a3, k3, c1}} {
			v, ok := ctlFuzzDec(p.a)
			if !ok {
				return
			}
			lines = append(lines, ExposureLine{Ref: string(rune('A' + i)), Currency: p.c, Kind: ExposureKind(p.k), Name: name, Amount: v, DaysPastDue: days})
		}
		got, err := Exposures(lines)
		if err != nil {
			requireSentinel(t, err)
			return
		}
		// Per currency, the exposure's total is the exact sum of its lines;
		// currencies are sorted and unique; every exposure validates.
		for i, e := range got {
			sum := decimal.Zero
			for _, l := range lines {
				if l.Currency == e.Currency {
					sum = sum.Add(l.Amount)
				}
			}
			require.True(t, sum.Equal(total(t, e)), "%s: lines %s, total %s", e.Currency, sum, total(t, e))
			require.NoError(t, e.validate())
			if i > 0 {
				require.Less(t, got[i-1].Currency, e.Currency)
			}
		}
	})
}

func BenchmarkExposures1000(b *testing.B) {
	lines := make([]ExposureLine, 1000)
	for i := range lines {
		lines[i] = ExposureLine{Currency: []string{"CNY", "EUR"}[i%2], Kind: ExposureKind(i % 3),
			Amount: decimal.NewFromInt(int64(100 + i)), DaysPastDue: i % 90}
	}
	b.ReportAllocs()
	for range b.N {
		if _, err := Exposures(lines); err != nil {
			b.Fatal(err)
		}
	}
}
