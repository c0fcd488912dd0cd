package credit

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// ctlDec parses a decimal literal in the control tests.
func ctlDec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// acmeExposure is SAP's static-check exposure (SAP Help, "Static Credit
// Check": open items + open orders + open deliveries and billing
// documents), plus a caller-named component:
// 60,000 + 15,000 + 5,000 + 2,000 = 82,000 EUR.
func acmeExposure() Exposure {
	return Exposure{
		Currency: "EUR", OpenReceivables: ctlDec("60000"), OpenOrders: ctlDec("15000"), ShippedNotInvoiced: ctlDec("5000"),
		Others: []ExposureComponent{{Name: "bills of exchange", Amount: ctlDec("2000")}},
	}
}

// controlSentinels are the errors the control entry points may return.
var controlSentinels = []error{
	ErrInvalidLimit, ErrInvalidProbability, ErrCurrencyMismatch, ErrInvalidExposure,
	ErrInvalidRule, ErrInvalidOrder, ErrInvalidInsurance, ErrInvalidExperience, ErrInvalidBehaviour,
}

func requireSentinel(t *testing.T, err error) {
	t.Helper()
	for _, s := range controlSentinels {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("error %v wraps no sentinel", err)
}

// fuzzDec parses a fuzzed decimal, or reports false for text that is not one.
func fuzzDec(s string) (decimal.Decimal, bool) {
	if len(s) > 60 {
		return decimal.Zero, false
	}
	v, err := decimal.NewFromString(s)
	return v, err == nil
}

func TestControlErrorsDistinct(t *testing.T) {
	for i, a := range controlSentinels {
		require.NotEmpty(t, a.Error())
		for j, b := range controlSentinels {
			require.Equal(t, i == j, errors.Is(a, b), "%v vs %v", a, b)
		}
	}
}
