package aging

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func TestApplyCostsInterestPrincipal(t *testing.T) {
	// § 367(1) BGB: 1,000 paid on 40 costs, 66.25 interest, 2,500 principal:
	// costs 40, interest 66.25, principal 893.75; 1,606.25 principal owed.
	d := Dues{Costs: dec("40"), Interest: dec("66.25"), Principal: dec("2500")}
	applied, owed, excess, err := ApplyCostsInterestPrincipal(d, dec("1000"))
	require.NoError(t, err)
	requireDecimal(t, "40", applied.Costs)
	requireDecimal(t, "66.25", applied.Interest)
	requireDecimal(t, "893.75", applied.Principal)
	requireDecimal(t, "1606.25", owed.Principal)
	requireDecimal(t, "0", owed.Costs)
	requireDecimal(t, "0", excess)
	// Paying exactly the invoice amount pays the charges first, so the
	// principal stays short by them: 2,500 − (2,500 − 106.25) = 106.25 owed.
	_, owed, _, err = ApplyCostsInterestPrincipal(d, dec("2500"))
	require.NoError(t, err)
	requireDecimal(t, "106.25", owed.Principal)
	// Over-payment.
	_, _, excess, err = ApplyCostsInterestPrincipal(d, dec("3000"))
	require.NoError(t, err)
	requireDecimal(t, "393.75", excess)
	_, _, _, err = ApplyCostsInterestPrincipal(Dues{Costs: dec("-1")}, dec("1"))
	require.ErrorIs(t, err, ErrInvalidPayment)
}

func TestProvisionMatrixSpecific(t *testing.T) {
	items := []Item{item("A1", "A", "EUR", 10, "1000.00"), item("B1", "B", "EUR", 100, "400.00"), item("B2", "B", "EUR", 5, "100.00")}
	r, err := AgeSlice(asOf, items, Options{})
	require.NoError(t, err)
	rates := []decimal.Decimal{dec("0.003"), dec("0.016"), dec("0.036"), dec("0.066"), dec("0.106")}
	// B is insolvent: 100% of its 500. A by matrix: 1,000 × 1.6% = 16.
	p, err := ProvisionMatrixSpecific(r, rates, decimal.Zero, 2, map[string]decimal.Decimal{"B": dec("1")})
	require.NoError(t, err)
	requireDecimal(t, "16", p.Customers[0].Total)
	requireDecimal(t, "500", p.Customers[1].Total)
	requireDecimal(t, "500", p.Customers[1].Specific)
	requireDecimal(t, "0", p.Customers[1].Buckets[4])
	requireDecimal(t, "516", p.Currencies[0].Total)
	requireDecimal(t, "500", p.Currencies[0].Specific)
	requireDecimal(t, "16", p.Currencies[0].Buckets[1])
	_, err = ProvisionMatrixSpecific(r, rates, decimal.Zero, 2, map[string]decimal.Decimal{"B": dec("1.5")})
	require.ErrorIs(t, err, ErrInvalidRates)
}
