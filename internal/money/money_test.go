package money

import (
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// ISO 4217 (the maintenance agency's list, "Minor unit" column): EUR 2,
// JPY 0, KWD 3, BHD 3, CLF 4, KRW 0, CHF 2. Cash: CHF is paid in 0.05
// (Swiss National Bank: the smallest coin is 5 centimes).
func TestMinorUnit(t *testing.T) {
	for code, want := range map[string]int32{"EUR": 2, "USD": 2, "JPY": 0, "KWD": 3, "BHD": 3, "CLF": 4, "KRW": 0, "CHF": 2, "CNY": 2} {
		got, err := MinorUnit(code)
		require.NoError(t, err, code)
		assert.Equal(t, want, got, code)
	}
	for _, bad := range []string{"", "eur", "EU", "EURO", "ZZZ", "12€", strings.Repeat("X", 1000)} {
		_, err := MinorUnit(bad)
		require.Error(t, err, bad)
		assert.Less(t, len(err.Error()), 200, "bounded message")
	}
	chf, err := CashIncrement("CHF")
	require.NoError(t, err)
	assert.True(t, chf.Equal(d("0.05")), chf.String())
	jpy, err := CashIncrement("JPY")
	require.NoError(t, err)
	assert.True(t, jpy.Equal(d("1")), jpy.String())
	_, err = CashIncrement("eur")
	require.Error(t, err)
}

func TestPlacesFor(t *testing.T) {
	p, err := PlacesFor("JPY", 0, "Places")
	require.NoError(t, err)
	assert.Equal(t, int32(0), p)
	p, err = PlacesFor("JPY", 4, "Places")
	require.NoError(t, err)
	assert.Equal(t, int32(4), p)
	p, err = PlacesFor("", 2, "Places")
	require.NoError(t, err)
	assert.Equal(t, int32(2), p)
	_, err = PlacesFor("", 0, "Places")
	require.ErrorContains(t, err, "set Places")
	_, err = PlacesFor("EUR", 19, "Places")
	require.ErrorContains(t, err, "Places 19 must be between 0 and 18")
	_, err = PlacesFor("EUR", -1, "Places")
	require.Error(t, err)
	require.NoError(t, CheckPlaces("places", 0))
	require.NoError(t, CheckPlaces("places", 18))
}

// The largest-remainder method, checked by hand: 100 split in thirds to
// cents is 33.34 + 33.33 + 33.33 (the first on the tie); 10 split by 0.4,
// 0.35, 0.25 to whole units is 4 + 3.5 + 2.5 → floors 4, 3, 2 and the
// missing unit to the larger remainder (0.5, the earlier one): 4, 4, 2.
func TestAllocate(t *testing.T) {
	third := d("33.333333333333")
	got := Allocate([]decimal.Decimal{third, third, third}, d("100"), 2)
	assertDecimals(t, []string{"33.34", "33.33", "33.33"}, got)
	got = Allocate([]decimal.Decimal{d("4"), d("3.5"), d("2.5")}, d("10"), 0)
	assertDecimals(t, []string{"4", "4", "2"}, got)
	// Negative parts (credit notes): floors go down (−0.01, 10.00), the
	// missing cent goes to the earlier of two equal remainders (0.005).
	got = Allocate([]decimal.Decimal{d("-0.005"), d("10.005")}, d("10"), 2)
	assertDecimals(t, []string{"0", "10"}, got)
	// A total more than one unit per part above the floors goes round again.
	got = Allocate([]decimal.Decimal{d("1"), d("1")}, d("5"), 0)
	assertDecimals(t, []string{"3", "2"}, got)
	assert.Empty(t, Allocate(nil, d("1"), 2))
}

func assertDecimals(t *testing.T, want []string, got []decimal.Decimal) {
	t.Helper()
	require.Len(t, got, len(want))
	for i := range want {
		assert.True(t, got[i].Equal(d(want[i])), "part %d: got %s, want %s", i, got[i], want[i])
	}
}

func TestBounded(t *testing.T) {
	assert.Equal(t, "abc", Bounded("abc"))
	long := strings.Repeat("é", 100) // 200 bytes
	b := Bounded(long)
	assert.Contains(t, b, "bytes more")
	assert.Less(t, len(b), 80)
	assert.True(t, strings.HasPrefix(long, strings.SplitN(b, "…", 2)[0]))
}

func TestRange(t *testing.T) {
	in := []decimal.Decimal{d("0"), d("1"), d("-1"), d("9999999999999999999999999999999999999999"), // 40 nines
		d("0.0000000000000000000000000000000000000001"), decimal.New(1, 39), decimal.New(-5, -40)}
	for _, v := range in {
		assert.True(t, InRange(v), v.String())
		require.NoError(t, CheckRange("Amount", v))
	}
	out := []decimal.Decimal{decimal.New(1, 40), decimal.New(1, -41), decimal.New(1, math.MaxInt32), decimal.New(1, math.MinInt32),
		d("10000000000000000000000000000000000000000"), decimal.New(1, -100_000_000)}
	for _, v := range out {
		assert.False(t, InRange(v), Show(v))
		err := CheckRange("Amount", v)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "Amount")
		assert.Less(t, len(err.Error()), 200)
	}
	// A coefficient of a million digits is shown by its size, fast.
	huge := decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(1_000_000), nil), 0)
	assert.Contains(t, Show(huge), "bits")
	assert.Equal(t, "123456789012…(41 digits)e0", Show(d("12345678901234567890123456789012345678901")))
	require.NoError(t, CheckDays("Days", MaxDays))
	require.Error(t, CheckDays("Days", math.MaxInt))
	require.Error(t, CheckDays("Days", -MaxDays-1))
}
