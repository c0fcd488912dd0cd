package aging

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func TestProvisionMatrixIFRS9Example(t *testing.T) {
	// IFRS 9 Illustrative Example 12 (IE74–IE77), provision matrix:
	// gross carrying amounts 15,000,000 current; 7,500,000 1–30 days past
	// due; 4,000,000 31–60; 2,500,000 61–90; 1,000,000 more than 90; loss
	// rates 0.3%, 1.6%, 3.6%, 6.6%, 10.6%. By hand:
	// 15,000,000 × 0.003 = 45,000; 7,500,000 × 0.016 = 120,000;
	// 4,000,000 × 0.036 = 144,000; 2,500,000 × 0.066 = 165,000;
	// 1,000,000 × 0.106 = 106,000; total 580,000.
	items := []Item{
		item("C1", "Entity", "CU", -10, "15000000"),
		item("B1", "Entity", "CU", 15, "7500000"),
		item("B2", "Entity", "CU", 45, "4000000"),
		item("B3", "Entity", "CU", 75, "2500000"),
		item("B4", "Entity", "CU", 120, "1000000"),
	}
	r, err := AgeSlice(asOf, items, Options{})
	require.NoError(t, err)
	rates := []decimal.Decimal{dec("0.003"), dec("0.016"), dec("0.036"), dec("0.066"), dec("0.106")}
	// "CU" is no ISO 4217 code: places set (cents; the figures are whole).
	p, err := ProvisionMatrix(r, Matrix{Rates: rates, Places: 2})
	require.NoError(t, err)
	requireAmounts(t, []string{"45000", "120000", "144000", "165000", "106000"}, p.Currencies[0].Buckets)
	requireDecimal(t, "580000", p.Currencies[0].Total)
	requireDecimal(t, "580000", p.Customers[0].Total)

	// A 10% worse outlook: 638,000.
	p, err = ProvisionMatrix(r, Matrix{Rates: rates, Adjustment: dec("1.1"), Places: 2})
	require.NoError(t, err)
	requireDecimal(t, "638000", p.Currencies[0].Total)
}

func TestProvisionAllocationAddsUp(t *testing.T) {
	// Three customers with 1.00 each in 1–30 at 1/3 %: exact 0.00333… each,
	// currency total 0.01 (0.01 rounded); floors 0.00 × 3, the cent to the
	// first customer (equal remainders: by name).
	items := []Item{item("a", "A", "EUR", 5, "1.00"), item("b", "B", "EUR", 5, "1.00"), item("c", "C", "EUR", 5, "1.00"),
		item("x", "C", "EUR", 5, "-5.00")} // C is in credit: no allowance
	r, err := AgeSlice(asOf, items[:3], Options{})
	require.NoError(t, err)
	third := dec("0.0033333333")
	rates := []decimal.Decimal{decimal.Zero, third, third, third, third}
	p, err := ProvisionMatrix(r, Matrix{Rates: rates})
	require.NoError(t, err)
	requireDecimal(t, "0.01", p.Currencies[0].Total)
	sum := decimal.Zero
	for _, c := range p.Customers {
		sum = sum.Add(c.Total)
	}
	requireDecimal(t, "0.01", sum)
	requireDecimal(t, "0.01", p.Customers[0].Total)

	r, err = AgeSlice(asOf, items, Options{})
	require.NoError(t, err)
	p, err = ProvisionMatrix(r, Matrix{Rates: rates, Places: 2})
	require.NoError(t, err)
	requireDecimal(t, "0", p.Customers[2].Total, "a credit balance holds no allowance")

	_, err = ProvisionMatrix(r, Matrix{Rates: rates[:2]})
	require.ErrorIs(t, err, ErrInvalidRates)
	_, err = ProvisionMatrix(r, Matrix{Rates: []decimal.Decimal{dec("2"), third, third, third, third}})
	require.ErrorIs(t, err, ErrInvalidRates)
	_, err = ProvisionMatrix(r, Matrix{Rates: rates, Adjustment: dec("-1")})
	require.ErrorIs(t, err, ErrInvalidRates)
	_, err = ProvisionMatrix(r, Matrix{Rates: rates, Places: 40})
	require.ErrorIs(t, err, ErrInvalidOptions)
	_, err = ProvisionMatrix(r, Matrix{Rates: rates, Places: -1})
	require.ErrorIs(t, err, ErrInvalidOptions)
}

func TestProvisionMatrixSpecific(t *testing.T) {
	items := []Item{item("A1", "A", "EUR", 10, "1000.00"), item("B1", "B", "EUR", 100, "400.00"), item("B2", "B", "EUR", 5, "100.00")}
	r, err := AgeSlice(asOf, items, Options{})
	require.NoError(t, err)
	rates := []decimal.Decimal{dec("0.003"), dec("0.016"), dec("0.036"), dec("0.066"), dec("0.106")}
	// B is insolvent: 100% of its 500. A by matrix: 1,000 × 1.6% = 16.
	p, err := ProvisionMatrix(r, Matrix{Rates: rates, Specific: map[string]decimal.Decimal{"B": dec("1")}})
	require.NoError(t, err)
	requireDecimal(t, "16", p.Customers[0].Total)
	requireDecimal(t, "500", p.Customers[1].Total)
	requireDecimal(t, "500", p.Customers[1].Specific)
	requireDecimal(t, "0", p.Customers[1].Buckets[4])
	requireDecimal(t, "516", p.Currencies[0].Total)
	requireDecimal(t, "500", p.Currencies[0].Specific)
	requireDecimal(t, "16", p.Currencies[0].Buckets[1])
	_, err = ProvisionMatrix(r, Matrix{Rates: rates, Specific: map[string]decimal.Decimal{"B": dec("1.5")}})
	require.ErrorIs(t, err, ErrInvalidRates)
}

func TestProvisionMatrixRoundsEachCurrencyToItsMinorUnit(t *testing.T) {
	// 1.6% of EUR 1,000.00 is 16.00; of JPY 138,889 twice is 2,222.224
	// each, 4,444.448 in all: yen have no minor unit, so JPY rounds to
	// 4,444 (not 4,444.45, as with one places setting for every currency),
	// and its customers to 2,222 each.
	items := []Item{item("E1", "Acme", "EUR", 10, "1000.00"), item("J1", "Acme", "JPY", 10, "138889"), item("J2", "Beta", "JPY", 10, "138889"),
		item("K1", "Acme", "KWD", 10, "10.555")}
	r, err := AgeSlice(asOf, items, Options{})
	require.NoError(t, err)
	rates := []decimal.Decimal{dec("0.003"), dec("0.016"), dec("0.036"), dec("0.066"), dec("0.106")}
	p, err := ProvisionMatrix(r, Matrix{Rates: rates})
	require.NoError(t, err)
	require.Equal(t, []string{"EUR", "JPY", "KWD"}, []string{p.Currencies[0].Currency, p.Currencies[1].Currency, p.Currencies[2].Currency})
	requireDecimal(t, "16", p.Currencies[0].Total)
	requireDecimal(t, "4444", p.Currencies[1].Total)
	requireDecimal(t, "4444", p.Currencies[1].Buckets[1])
	requireDecimal(t, "0.169", p.Currencies[2].Total) // 10.555 × 1.6% = 0.16888 → 0.169 (fils)
	for _, c := range p.Customers {
		if c.Currency == "JPY" {
			requireDecimal(t, "2222", c.Total, c.Customer)
		}
	}
	// Places set: every currency to that many places.
	p, err = ProvisionMatrix(r, Matrix{Rates: rates, Places: 2})
	require.NoError(t, err)
	requireDecimal(t, "4444.45", p.Currencies[1].Total)
	requireDecimal(t, "0.17", p.Currencies[2].Total)
	var jpy []string
	for _, c := range p.Customers {
		if c.Currency == "JPY" {
			jpy = append(jpy, c.Total.String())
		}
	}
	require.Equal(t, []string{"2222.23", "2222.22"}, jpy)
}
