package score

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func sampleFinancials() Financials {
	return Financials{
		TotalAssets: d("1000"), WorkingCapital: d("200"), RetainedEarnings: d("300"), EBIT: d("150"),
		MarketValueEquity: d("800"), BookValueEquity: d("500"), Sales: d("1200"), TotalLiabilities: d("400"),
		CurrentAssets: d("450"), CurrentLiabilities: d("250"), Inventory: d("150"), InterestExpense: d("30"),
		NetIncome: d("90"), IntangibleAssets: d("100"),
	}
}

func TestAltmanZ(t *testing.T) {
	// X1 = 200/1000 = .2, X2 = .3, X3 = .15, X4 market 800/400 = 2, X4 book
	// 500/400 = 1.25, X5 = 1200/1000 = 1.2.
	// Z (Altman 1968) = 1.2×.2 + 1.4×.3 + 3.3×.15 + 0.6×2 + 1.0×1.2
	//   = .24 + .42 + .495 + 1.2 + 1.2 = 3.555 > 2.99: safe.
	// Z' (1983) = .717×.2 + .847×.3 + 3.107×.15 + .420×1.25 + .998×1.2
	//   = .1434 + .2541 + .46605 + .525 + 1.1976 = 2.58615: grey (1.23–2.9).
	// Z'' (2000) = 6.56×.2 + 3.26×.3 + 6.72×.15 + 1.05×1.25
	//   = 1.312 + .978 + 1.008 + 1.3125 = 4.6105 > 2.6: safe.
	// EM = 4.6105 + 3.25 = 7.8605 > 5.85: safe.
	f := sampleFinancials()
	for _, tt := range []struct {
		m    ZModel
		want string
		zone Zone
	}{{Public, "3.555", Safe}, {Private, "2.5862", Grey}, {NonManufacturing, "4.6105", Safe}, {EmergingMarkets, "7.8605", Safe}} {
		z, err := AltmanZ(f, tt.m)
		require.NoError(t, err)
		requireDecimal(t, tt.want, z.Value, tt.m)
		require.Equal(t, tt.zone, z.Zone)
	}
	// A distressed firm: losses and thin equity. X1 = −.1, X2 = −.2,
	// X3 = −.05, X4 = 100/900 = .1111…, X5 = .8 → Z = −.12 − .28 − .165 +
	// .0667 + .8 = .3017 < 1.81.
	bad := Financials{TotalAssets: d("1000"), WorkingCapital: d("-100"), RetainedEarnings: d("-200"), EBIT: d("-50"),
		MarketValueEquity: d("100"), TotalLiabilities: d("900"), Sales: d("800")}
	z, err := AltmanZ(bad, Public)
	require.NoError(t, err)
	requireDecimal(t, "0.3017", z.Value)
	require.Equal(t, Distress, z.Zone)
	require.Equal(t, "distress", z.Zone.String())
	// On the cut-off: grey.
	edge := Financials{TotalAssets: d("1"), TotalLiabilities: d("1"), Sales: d("2.99")}
	z, err = AltmanZ(edge, Public)
	require.NoError(t, err)
	require.Equal(t, Grey, z.Zone)

	_, err = AltmanZ(Financials{TotalLiabilities: d("1")}, Public)
	require.ErrorIs(t, err, ErrInvalidFinancials)
	require.ErrorContains(t, err, "TotalAssets")
	_, err = AltmanZ(Financials{TotalAssets: d("1")}, Private)
	require.ErrorIs(t, err, ErrInvalidFinancials)
	_, err = AltmanZ(f, ZModel(9))
	require.ErrorIs(t, err, ErrUnknownZModel)
	_, err = AltmanZ(Financials{TotalAssets: d("1e300"), TotalLiabilities: d("1")}, Public)
	require.ErrorIs(t, err, ErrInvalidFinancials)
}

func TestRatios(t *testing.T) {
	f := sampleFinancials()
	check := func(want string, got decimal.Decimal, err error) {
		t.Helper()
		require.NoError(t, err)
		requireDecimal(t, want, got)
	}
	v, err := f.CurrentRatio() // 450 / 250
	check("1.8", v, err)
	v, err = f.QuickRatio() // (450 − 150) / 250
	check("1.2", v, err)
	v, err = f.DebtToEquity() // 400 / 500
	check("0.8", v, err)
	v, err = f.InterestCover() // 150 / 30
	check("5", v, err)
	v, err = f.NetMargin() // 90 / 1200
	check("0.075", v, err)
	v, err = f.TangibleNetWorth() // 500 − 100
	check("400", v, err)
	_, err = Financials{BookValueEquity: decimal.New(1, 41)}.TangibleNetWorth()
	require.ErrorIs(t, err, ErrInvalidFinancials)
	require.ErrorContains(t, err, "BookValueEquity 1e41 is out of range")
	_, err = Financials{}.CurrentRatio()
	require.ErrorIs(t, err, ErrInvalidFinancials)
	require.ErrorContains(t, err, "CurrentLiabilities")
}
