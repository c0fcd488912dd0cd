package collections

import (
	"testing"

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
