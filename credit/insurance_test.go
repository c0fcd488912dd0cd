package credit

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testCover is a whole-turnover policy: 90% indemnity (the usual share
// insurers quote, e.g. Allianz Trade's and Atradius's standard policies),
// 5,000 deductible per claim, 200,000 most per buyer, 300,000 aggregate
// maximum liability, premium 0.25% of insured turnover.
func testCover() Cover {
	return Cover{
		Currency: "EUR", InsuredShare: ctlDec("0.9"), Deductible: ctlDec("5000"),
		BuyerLimit: ctlDec("200000"), MaxLiability: ctlDec("300000"), PremiumRate: ctlDec("0.0025"),
	}
}

func TestCoverClaim(t *testing.T) {
	tests := []struct {
		name                       string
		loss, buyerPaid, aggPaid   string
		indemnity, claim, retained string
		cappedBy                   string
	}{
		// 0.9 × (105,000 − 5,000) = 90,000; kept 105,000 − 90,000 = 15,000.
		{"plain", "105000", "0", "0", "90000", "90000", "15000", ""},
		// Under the deductible: nothing paid.
		{"under deductible", "3000", "0", "0", "0", "0", "3000", ""},
		// 0.9 × 245,000 = 220,500 > 200,000 buyer limit.
		{"buyer limit", "250000", "0", "0", "220500", "200000", "50000", "buyer-limit"},
		// 150,000 already paid for the buyer leaves 50,000.
		{"buyer limit partly used", "105000", "150000", "150000", "90000", "50000", "55000", "buyer-limit"},
		// 280,000 paid in total leaves 20,000 of the aggregate.
		{"aggregate", "105000", "0", "280000", "90000", "20000", "85000", "max-liability"},
		// Both used up: nothing.
		{"exhausted", "105000", "250000", "300000", "90000", "0", "105000", "buyer-limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := testCover().Claim(DefaultedReceivable{Ref: "INV-1", Buyer: "B", Currency: "EUR", Loss: ctlDec(tt.loss)}, ClaimsPaid{Buyer: ctlDec(tt.buyerPaid), Total: ctlDec(tt.aggPaid)})
			require.NoError(t, err)
			requireDecimal(t, tt.indemnity, got.Indemnity)
			requireDecimal(t, tt.claim, got.Paid)
			requireDecimal(t, tt.retained, got.Retained)
			assert.Equal(t, tt.cappedBy, got.CappedBy)
			requireDecimal(t, tt.loss, got.Paid.Add(got.Retained))
		})
	}
	// Zero caps mean no cap: 0.9 × (1,000,000 − 0) = 900,000.
	got, err := Cover{Currency: "USD", InsuredShare: ctlDec("0.9")}.Claim(
		DefaultedReceivable{Currency: "USD", Loss: ctlDec("1000000")}, ClaimsPaid{})
	require.NoError(t, err)
	requireDecimal(t, "900000", got.Paid)
	requireDecimal(t, "100000", got.Retained)
}

func TestCoverClaims(t *testing.T) {
	rep, err := testCover().Claims([]DefaultedReceivable{
		// A: 0.9 × 245,000 = 220,500, capped at the 200,000 buyer limit.
		{Ref: "INV-A1", Buyer: "A", Currency: "EUR", Loss: ctlDec("250000")},
		// B: 0.9 × 150,000 = 135,000, but only 300,000 − 200,000 = 100,000
		// of the aggregate is left.
		{Ref: "INV-B1", Buyer: "B", Currency: "EUR", Loss: ctlDec("155000")},
		// A again: 0.9 × 5,000 = 4,500 but A's limit is used up.
		{Ref: "INV-A2", Buyer: "A", Currency: "EUR", Loss: ctlDec("10000")},
	})
	require.NoError(t, err)
	require.Len(t, rep.Claims, 3)
	requireDecimal(t, "200000", rep.Claims[0].Paid)
	requireDecimal(t, "100000", rep.Claims[1].Paid)
	assert.Equal(t, "max-liability", rep.Claims[1].CappedBy)
	requireDecimal(t, "0", rep.Claims[2].Paid)
	assert.Equal(t, "buyer-limit", rep.Claims[2].CappedBy)
	// 250,000 + 155,000 + 10,000 = 415,000 = 300,000 claimed + 115,000 kept.
	requireDecimal(t, "415000", rep.Loss)
	requireDecimal(t, "300000", rep.Claimed)
	requireDecimal(t, "115000", rep.Retained)
	assert.Equal(t, "EUR", rep.Currency)
}

func TestCoverPremiumAndValue(t *testing.T) {
	// 0.25% of 4,000,000 insured turnover = 10,000.
	p, err := testCover().Premium(ctlDec("4000000"))
	require.NoError(t, err)
	requireDecimal(t, "10000", p)

	// Expected loss 12,000: the insurer takes 0.9 × 12,000 = 10,800, the
	// insured keeps 1,200; premium 10,000 − 10,800 = −800 net cost.
	v, err := testCover().Value(CoverPeriod{InsuredTurnover: ctlDec("4000000"), ExpectedLoss: ctlDec("12000")})
	require.NoError(t, err)
	requireDecimal(t, "10000", v.Premium)
	requireDecimal(t, "10800", v.ExpectedRecovery)
	requireDecimal(t, "1200", v.RetainedExpectedLoss)
	requireDecimal(t, "-800", v.NetCost)
	requireDecimal(t, "12000", v.ExpectedLoss)
}

func TestCoverErrors(t *testing.T) {
	def := DefaultedReceivable{Ref: "INV-1", Currency: "EUR", Loss: ctlDec("1")}
	bad := []struct {
		name string
		mod  func(*Cover)
		want error
	}{
		{"share above 1", func(c *Cover) { c.InsuredShare = ctlDec("1.1") }, ErrInvalidProbability},
		{"deductible", func(c *Cover) { c.Deductible = ctlDec("-1") }, ErrInvalidInsurance},
		{"buyer limit", func(c *Cover) { c.BuyerLimit = ctlDec("-1") }, ErrInvalidInsurance},
		{"max liability", func(c *Cover) { c.MaxLiability = ctlDec("-1") }, ErrInvalidInsurance},
		{"premium rate", func(c *Cover) { c.PremiumRate = ctlDec("-0.01") }, ErrInvalidInsurance},
	}
	for _, tt := range bad {
		c := testCover()
		tt.mod(&c)
		_, err := c.Claim(def, ClaimsPaid{})
		require.ErrorIs(t, err, tt.want, tt.name)
		_, err = c.Premium(ctlDec("1"))
		require.ErrorIs(t, err, tt.want, tt.name)
		_, err = c.Value(CoverPeriod{InsuredTurnover: ctlDec("1"), ExpectedLoss: ctlDec("1")})
		require.ErrorIs(t, err, tt.want, tt.name)
		_, err = c.Claims([]DefaultedReceivable{def})
		require.ErrorIs(t, err, tt.want, tt.name)
	}
	c := testCover()
	_, err := c.Claim(DefaultedReceivable{Ref: "INV-2", Currency: "USD", Loss: ctlDec("1")}, ClaimsPaid{})
	require.ErrorIs(t, err, ErrCurrencyMismatch)
	_, err = c.Claim(DefaultedReceivable{Ref: "INV-3", Currency: "EUR", Loss: ctlDec("-1")}, ClaimsPaid{})
	require.ErrorIs(t, err, ErrInvalidInsurance)
	_, err = c.Claim(def, ClaimsPaid{Buyer: ctlDec("-1"), Total: decimal.Zero})
	require.ErrorIs(t, err, ErrInvalidInsurance)
	_, err = c.Premium(ctlDec("-1"))
	require.ErrorIs(t, err, ErrInvalidInsurance)
	_, err = c.Value(CoverPeriod{InsuredTurnover: ctlDec("1"), ExpectedLoss: ctlDec("-1")})
	require.ErrorIs(t, err, ErrInvalidInsurance)
}

func FuzzClaims(f *testing.F) {
	f.Add("0.9", "5000", "200000", "300000", "250000", "155000")
	f.Add("0", "0", "0", "0", "0", "0")
	f.Add("1.1", "-1", "1e-30", "1e30", "-5", "1e30")
	f.Add("1", "0.000000000000000000000000000001", "1e30", "1", "1e30", "3")
	f.Add("0.9", "0e-2000000000", "0", "0", "1e2000000000", "1")
	f.Fuzz(func(t *testing.T, shareS, dedS, buyerS, maxS, loss1S, loss2S string) {
		var v [6]decimal.Decimal
		for i, s := range []string{shareS, dedS, buyerS, maxS, loss1S, loss2S} {
			x, ok := ctlFuzzDec(s)
			if !ok {
				return
			}
			v[i] = x
		}
		c := Cover{Currency: "EUR", InsuredShare: v[0], Deductible: v[1], BuyerLimit: v[2], MaxLiability: v[3]}
		rep, err := c.Claims([]DefaultedReceivable{
			{Ref: "1", Buyer: "X", Currency: "EUR", Loss: v[4]},
			{Ref: "2", Buyer: "X", Currency: "EUR", Loss: v[5]},
			{Ref: "3", Buyer: "Y", Currency: "EUR", Loss: v[5]},
		})
		if err != nil {
			requireSentinel(t, err)
			return
		}
		require.True(t, rep.Claimed.Add(rep.Retained).Equal(rep.Loss))
		if !c.MaxLiability.IsZero() {
			require.True(t, rep.Claimed.LessThanOrEqual(c.MaxLiability))
		}
		if !c.BuyerLimit.IsZero() {
			require.True(t, rep.Claims[0].Paid.Add(rep.Claims[1].Paid).LessThanOrEqual(c.BuyerLimit))
		}
		for _, cl := range rep.Claims {
			require.False(t, cl.Paid.IsNegative())
			require.True(t, cl.Paid.LessThanOrEqual(cl.Indemnity))
		}
	})
}
