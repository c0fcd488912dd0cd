package credit

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExpectedLossBasel(t *testing.T) {
	// Basel II (BCBS 128, June 2006): EL = PD × LGD, times EAD for the amount (¶¶ 374–375), with the
	// foundation-IRB supervisory LGD of 45% for senior unsecured claims
	// (¶ 287). PD 2%, LGD 45%, EAD 100,000: 0.02 × 0.45 × 100,000 = 900.
	got, err := ExpectedLoss(LossExposure{Ref: "C-1", Currency: "EUR", PD: ctlDec("0.02"), LGD: ctlDec("0.45"), Drawn: ctlDec("100000")})
	require.NoError(t, err)
	requireDecimal(t, "100000", got.EAD)
	requireDecimal(t, "900", got.EL)
	assert.Equal(t, "C-1", got.Ref)

	// Undrawn limit converted at the foundation-IRB CCF of 75% for
	// committed lines (BCBS 128 ¶¶ 311–312): EAD = 60,000 + 0.75 × 40,000 =
	// 90,000; EL = 0.02 × 0.45 × 90,000 = 810.
	got, err = ExpectedLoss(LossExposure{Currency: "EUR", PD: ctlDec("0.02"), LGD: ctlDec("0.45"), Drawn: ctlDec("60000"), Undrawn: ctlDec("40000"), CCF: ctlDec("0.75")})
	require.NoError(t, err)
	requireDecimal(t, "90000", got.EAD)
	requireDecimal(t, "810", got.EL)

	// 0.0123 × 0.45 × 123,456.78 = 0.005535 × 123,456.78 = 683.3332773
	// exactly: Places 7 keeps every digit. (Before issue 18 EL was never
	// rounded; it is now money, rounded half-up to the currency's minor
	// unit by default: 683.33 EUR, 683 JPY, 683.333 KWD.)
	got, err = ExpectedLoss(LossExposure{Currency: "EUR", Places: 7, PD: ctlDec("0.0123"), LGD: ctlDec("0.45"), Drawn: ctlDec("123456.78")})
	require.NoError(t, err)
	requireDecimal(t, "683.3332773", got.EL)
	for cur, want := range map[string][2]string{"EUR": {"123456.78", "683.33"}, "JPY": {"123457", "683"}, "KWD": {"123456.78", "683.333"}} {
		got, err = ExpectedLoss(LossExposure{Currency: cur, PD: ctlDec("0.0123"), LGD: ctlDec("0.45"), Drawn: ctlDec("123456.78")})
		require.NoError(t, err)
		requireDecimal(t, want[0], got.EAD, cur) // EAD is money too; EL is from the unrounded EAD
		requireDecimal(t, want[1], got.EL, cur)
	}

	ead, err := LossExposure{Currency: "EUR", Drawn: ctlDec("60000"), Undrawn: ctlDec("40000"), CCF: ctlDec("0.5")}.EAD()
	require.NoError(t, err)
	requireDecimal(t, "80000", ead) // 60,000 + 0.5 × 40,000
}

func TestPortfolioExpectedLoss(t *testing.T) {
	got, err := PortfolioExpectedLoss([]LossExposure{
		{Ref: "B", Currency: "EUR", PD: ctlDec("0.05"), LGD: ctlDec("0.5"), Drawn: ctlDec("20000")},  // 500
		{Ref: "Z", Currency: "CNY", PD: ctlDec("0.01"), LGD: ctlDec("0.4"), Drawn: ctlDec("500000")}, // 2,000
		{Ref: "A", Currency: "EUR", PD: ctlDec("0.02"), LGD: ctlDec("0.45"), Drawn: ctlDec("100000")},
	})
	require.NoError(t, err)
	require.Len(t, got.Lines, 3)
	assert.Equal(t, []string{"Z", "A", "B"}, []string{got.Lines[0].Ref, got.Lines[1].Ref, got.Lines[2].Ref})
	require.Len(t, got.Totals, 2)
	assert.Equal(t, "CNY", got.Totals[0].Currency)
	requireDecimal(t, "2000", got.Totals[0].EL)
	requireDecimal(t, "0.004", got.Totals[0].Rate) // 2,000 ÷ 500,000
	assert.Equal(t, "EUR", got.Totals[1].Currency)
	// EUR: 900 + 500 = 1,400 on 120,000; rate 0.011666… → 0.0117.
	requireDecimal(t, "1400", got.Totals[1].EL)
	requireDecimal(t, "120000", got.Totals[1].EAD)
	requireDecimal(t, "0.0117", got.Totals[1].Rate)
	assert.Equal(t, 2, got.Totals[1].Exposures)

	empty, err := PortfolioExpectedLoss(nil)
	require.NoError(t, err)
	assert.Empty(t, empty.Lines)
	assert.Empty(t, empty.Totals)

	// A zero EAD leaves the rate at 0 rather than dividing by zero.
	zero, err := PortfolioExpectedLoss([]LossExposure{{Ref: "N", Currency: "USD", PD: ctlDec("0.1"), LGD: ctlDec("1")}})
	require.NoError(t, err)
	requireDecimal(t, "0", zero.Totals[0].Rate)
}

func TestExpectedLossErrors(t *testing.T) {
	ok := LossExposure{Ref: "C", Currency: "EUR", PD: ctlDec("0.1"), LGD: ctlDec("0.5"), Drawn: ctlDec("1")}
	for name, tc := range map[string]struct {
		mod  func(*LossExposure)
		want error
	}{
		"pd above 1":       {func(x *LossExposure) { x.PD = ctlDec("1.01") }, ErrInvalidProbability},
		"pd negative":      {func(x *LossExposure) { x.PD = ctlDec("-0.01") }, ErrInvalidProbability},
		"lgd above 1":      {func(x *LossExposure) { x.LGD = ctlDec("2") }, ErrInvalidProbability},
		"ccf negative":     {func(x *LossExposure) { x.CCF = ctlDec("-1") }, ErrInvalidProbability},
		"drawn negative":   {func(x *LossExposure) { x.Drawn = ctlDec("-1") }, ErrInvalidExposure},
		"undrawn negative": {func(x *LossExposure) { x.Undrawn = ctlDec("-1") }, ErrInvalidExposure},
	} {
		x := ok
		tc.mod(&x)
		_, err := ExpectedLoss(x)
		require.ErrorIs(t, err, tc.want, name)
		_, err = PortfolioExpectedLoss([]LossExposure{ok, x})
		require.ErrorIs(t, err, tc.want, name)
	}
	_, err := ExpectedLoss(LossExposure{Ref: "C-9", PD: ctlDec("1.5")})
	assert.EqualError(t, err, `credit: probability outside [0, 1]: "C-9" pd 1.5 must be in [0, 1]`)
}

func FuzzPortfolioExpectedLoss(f *testing.F) {
	f.Add("0.02", "0.45", "100000", "50000", "0.75")
	f.Add("1", "1", "0", "0", "0")
	f.Add("1.5", "-1", "1e30", "-1", "2")
	f.Add("0.000000000000000000000000000001", "1", "1e30", "1e30", "1")
	f.Add("0e-2000000000", "0e-2000000000", "1", "1", "0")
	f.Fuzz(func(t *testing.T, pdS, lgdS, drawnS, undrawnS, ccfS string) {
		var v [5]decimal.Decimal
		for i, s := range []string{pdS, lgdS, drawnS, undrawnS, ccfS} {
			x, ok := ctlFuzzDec(s)
			if !ok {
				return
			}
			v[i] = x
		}
		pl, err := PortfolioExpectedLoss([]LossExposure{
			{Ref: "B", Currency: "EUR", PD: v[0], LGD: v[1], Drawn: v[2], Undrawn: v[3], CCF: v[4]},
			{Ref: "A", Currency: "EUR", PD: v[1], LGD: v[0], Drawn: v[3], Undrawn: v[2], CCF: v[4]},
		})
		if err != nil {
			requireSentinel(t, err)
			return
		}
		// Sorted by ref, totals are the exact sum, EL never exceeds EAD.
		require.Equal(t, "A", pl.Lines[0].Ref)
		require.True(t, pl.Totals[0].EL.Equal(pl.Lines[0].EL.Add(pl.Lines[1].EL)))
		require.True(t, pl.Totals[0].EL.LessThanOrEqual(pl.Totals[0].EAD))
	})
}

func BenchmarkPortfolioExpectedLoss1000(b *testing.B) {
	xs := make([]LossExposure, 1000)
	for i := range xs {
		xs[i] = LossExposure{Ref: fmt.Sprintf("C%04d", i), Currency: []string{"EUR", "USD"}[i%2],
			PD: ctlDec("0.02"), LGD: ctlDec("0.45"), Drawn: decimal.NewFromInt(int64(1000 * i)),
			Undrawn: ctlDec("5000"), CCF: ctlDec("0.5")}
	}
	b.ReportAllocs()
	for range b.N {
		if _, err := PortfolioExpectedLoss(xs); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLossExposureOf(t *testing.T) {
	// Exposure 82,000 on a 100,000 limit: drawn 82,000, undrawn 18,000;
	// EAD at CCF 0.5 = 82,000 + 9,000 = 91,000; EL 0.02 × 0.45 × 91,000 = 819.
	x, err := LossExposureOf(acmeLimit(), acmeExposure(), Risk{PD: ctlDec("0.02"), LGD: ctlDec("0.45"), CCF: ctlDec("0.5")})
	require.NoError(t, err)
	assert.Equal(t, "Acme", x.Ref)
	requireDecimal(t, "82000", x.Drawn)
	requireDecimal(t, "18000", x.Undrawn)
	l, err := ExpectedLoss(x)
	require.NoError(t, err)
	requireDecimal(t, "91000", l.EAD)
	requireDecimal(t, "819", l.EL)

	// Over the limit: nothing undrawn. In credit: nothing drawn.
	x, err = LossExposureOf(CreditLimit{Currency: "EUR", Amount: ctlDec("50000")}, acmeExposure(), Risk{})
	require.NoError(t, err)
	requireDecimal(t, "0", x.Undrawn)
	x, err = LossExposureOf(CreditLimit{Currency: "EUR", Amount: ctlDec("1000")}, Exposure{Currency: "EUR", OpenReceivables: ctlDec("-500")}, Risk{})
	require.NoError(t, err)
	requireDecimal(t, "0", x.Drawn)
	requireDecimal(t, "1000", x.Undrawn)

	_, err = LossExposureOf(acmeLimit(), Exposure{Currency: "USD"}, Risk{PD: ctlDec("0"), LGD: ctlDec("0"), CCF: ctlDec("0")})
	require.ErrorIs(t, err, ErrCurrencyMismatch)
	_, err = LossExposureOf(CreditLimit{Amount: ctlDec("-1")}, Exposure{}, Risk{PD: ctlDec("0"), LGD: ctlDec("0"), CCF: ctlDec("0")})
	require.ErrorIs(t, err, ErrInvalidLimit)
	_, err = LossExposureOf(CreditLimit{}, Exposure{OpenOrders: ctlDec("-1")}, Risk{PD: ctlDec("0"), LGD: ctlDec("0"), CCF: ctlDec("0")})
	require.ErrorIs(t, err, ErrInvalidExposure)
}
