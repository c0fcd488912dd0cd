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

// controlSentinels are the errors the package's entry points may return.
var controlSentinels = []error{
	ErrInvalidPolicy, ErrInvalidPlaces, ErrInvalidLimit, ErrInvalidProbability, ErrCurrencyMismatch, ErrInvalidExposure,
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

// ctlFuzzDec parses a fuzzed decimal, or reports false for text that is not one.
func ctlFuzzDec(s string) (decimal.Decimal, bool) {
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

// TestControlExtremeExponents feeds every entry point decimals whose
// exponents would make shopspring build billions of digits (or panic on
// exponent overflow): each must fail fast with its sentinel.
func TestControlExtremeExponents(t *testing.T) {
	for _, bad := range []decimal.Decimal{
		decimal.New(1, 2_000_000_000), decimal.New(1, -2_000_000_000), decimal.New(0, -2_000_000_000),
		decimal.New(0, 101), decimal.New(1, -101), decimal.New(-7, 100),
	} {
		lim, exp, order := acmeLimit(), acmeExposure(), Order{Currency: "EUR", Amount: ctlDec("1")}
		check := func(want error, l CreditLimit, e Exposure, o Order, r CheckRules) {
			t.Helper()
			_, err := r.Check(l, e, o)
			require.ErrorIs(t, err, want, "exponent %d", bad.Exponent())
		}
		check(ErrInvalidLimit, CreditLimit{Currency: "EUR", Amount: bad}, exp, order, CheckRules{})
		for _, mod := range []func(*Exposure){
			func(e *Exposure) { e.OpenReceivables = bad }, func(e *Exposure) { e.OpenOrders = bad },
			func(e *Exposure) { e.ShippedNotInvoiced = bad }, func(e *Exposure) { e.Others[0].Amount = bad },
		} {
			e := acmeExposure()
			mod(&e)
			check(ErrInvalidExposure, lim, e, order, CheckRules{})
		}
		check(ErrInvalidOrder, lim, exp, Order{Currency: "EUR", Amount: bad}, CheckRules{})
		check(ErrInvalidProbability, lim, exp, order, CheckRules{WarnAt: bad})
		check(ErrInvalidRule, lim, exp, order, CheckRules{Tolerance: bad})

		for _, mod := range []func(*Behaviour){
			func(b *Behaviour) { b.AverageDaysLate = bad }, func(b *Behaviour) { b.OverdueShare = bad },
			func(b *Behaviour) { b.Utilisation = bad }, func(b *Behaviour) { b.PurchaseGrowth = bad },
			func(b *Behaviour) { b.Score = bad }, func(b *Behaviour) { b.ScoreChange = bad },
		} {
			var b Behaviour
			mod(&b)
			_, err := ReviewRules{}.Review(lim, b)
			require.ErrorIs(t, err, ErrInvalidBehaviour)
		}
		_, err := ReviewRules{}.Review(CreditLimit{Amount: bad}, Behaviour{})
		require.ErrorIs(t, err, ErrInvalidLimit)
		for _, r := range []ReviewRules{{MaxIncrease: bad}, {MaxDecrease: bad}, {Unit: bad}} {
			_, err = r.Review(lim, Behaviour{})
			require.ErrorIs(t, err, ErrInvalidLimit)
		}
		rules := ReviewRules{Rules: []ReviewRule{{Name: "x", When: func(Behaviour) bool { return true }, Action: ActionIncrease, Step: bad}}}
		_, err = rules.Review(lim, Behaviour{})
		require.ErrorIs(t, err, ErrInvalidRule)

		_, err = PaymentIndex([]PaymentExperience{{Amount: bad}})
		require.ErrorIs(t, err, ErrInvalidExperience)
		_, err = daysFromIndex(bad)
		require.ErrorIs(t, err, ErrInvalidExperience)
		idx := indexFromDays(bad)
		require.True(t, idx.GreaterThanOrEqual(decimal.Zero) && idx.LessThanOrEqual(decimal.NewFromInt(100)))

		_, err = ExpectedLoss(LossExposure{PD: bad})
		require.ErrorIs(t, err, ErrInvalidProbability)
		_, err = ExpectedLoss(LossExposure{Drawn: bad})
		require.ErrorIs(t, err, ErrInvalidExposure)

		for _, mod := range []func(*Cover){
			func(c *Cover) { c.InsuredShare = bad }, func(c *Cover) { c.Deductible = bad },
			func(c *Cover) { c.BuyerLimit = bad }, func(c *Cover) { c.MaxLiability = bad }, func(c *Cover) { c.PremiumRate = bad },
		} {
			c := testCover()
			mod(&c)
			require.Error(t, c.Validate())
		}
		c := testCover()
		_, err = c.Claim(DefaultedReceivable{Currency: "EUR", Loss: bad}, ClaimsPaid{})
		require.ErrorIs(t, err, ErrInvalidInsurance)
		_, err = c.Claim(DefaultedReceivable{Currency: "EUR", Loss: ctlDec("1")}, ClaimsPaid{Buyer: bad, Total: decimal.Zero})
		require.ErrorIs(t, err, ErrInvalidInsurance)
		_, err = c.Premium(bad)
		require.ErrorIs(t, err, ErrInvalidInsurance)
		_, err = c.Value(CoverPeriod{InsuredTurnover: ctlDec("1"), ExpectedLoss: bad})
		require.ErrorIs(t, err, ErrInvalidInsurance)
	}
}

func TestIndexFromDaysTamesPrecision(t *testing.T) {
	// Far beyond either end: clamped without building the number.
	requireDecimal(t, "0", indexFromDays(decimal.New(1, 2_000_000_000)))
	requireDecimal(t, "100", indexFromDays(decimal.New(-1, 2_000_000_000)))
	// Below 1e-17 days: the same as paying on the due date.
	requireDecimal(t, "80", indexFromDays(decimal.New(1, -2_000_000_000)))
	// 7.5 written with 30 places is still 75.
	requireDecimal(t, "75", indexFromDays(ctlDec("7.500000000000000000000000000000")))
	// 1e-17 days rounds to 0 at 16 places: 80.
	requireDecimal(t, "80", indexFromDays(ctlDec("0.00000000000000001")))
}

func TestRangeErrorMessage(t *testing.T) {
	_, err := PaymentIndex([]PaymentExperience{{Ref: "INV-1", Amount: decimal.New(1, 2_000_000_000)}})
	require.EqualError(t, err, `credit: invalid payment experience: "INV-1" amount 1e2000000000 is out of range (at most 40 digits either side of the point)`)
	// 41 digits: within the old 100-digit guard, beyond the library's one
	// range (money.CheckRange, issue 25); printed in a bounded form.
	_, err = PaymentIndex([]PaymentExperience{{Ref: "INV-2", Amount: ctlDec("12345678901234567890123456789012345678901")}})
	require.EqualError(t, err, `credit: invalid payment experience: "INV-2" amount 123456789012…(41 digits)e0 is out of range (at most 40 digits either side of the point)`)
}
