package terms

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/receivables-go/receivables/internal/money"

	"github.com/stretchr/testify/require"
)

func TestParseCanonical(t *testing.T) {
	tests := []struct{ in, want string }{
		{"net 30", "net 30"},
		{"n/30", "net 30"},
		{"n30", "net 30"},
		{"Net 30 days", "net 30"},
		{"NET30", "net 30"},
		{"net 0", "due on receipt"},
		{"due on receipt", "due on receipt"},
		{"Due upon receipt", "due on receipt"},
		{"见票即付", "due on receipt"},
		{"COD", "COD"},
		{"cash on delivery", "COD"},
		{"货到付款", "COD"},
		{"CIA", "CIA"},
		{"CWO", "CIA"},
		{"cash with order", "CIA"},
		{"2/10 net 30", "2/10 net 30"},
		{"2/10, n/30", "2/10 net 30"},
		{"2/10，n/30", "2/10 net 30"}, // full-width comma
		{"2%/10 net 30 days", "2/10 net 30"},
		{"1.5/10 net 30", "1.5/10 net 30"},
		{"0.25/5 net 15", "0.25/5 net 15"},
		{"2/10, 1/20, net 45", "2/10, 1/20, net 45"},
		{"3/5, 2/10, 1/20, net 60", "3/5, 2/10, 1/20, net 60"},
		{"net 30 EOM", "net 30 EOM"},
		{"net 30 end of month", "net 30 EOM"},
		{"月结30天", "net 30 EOM"},
		{"月结30", "net 30 EOM"},
		{"月結 60 天", "net 60 EOM"},
		{"2/10 EOM", "2/10 net 30 EOM"}, // net 20 days after the discount date
		{"2/10 net 30 EOM", "2/10 net 30 EOM"},
		{"net 30 then EOM", "net 30 then EOM"},
		{"10th prox", "10th prox"},
		{"10 prox", "10th prox"},
		{"1st prox", "1st prox"},
		{"22nd prox", "22nd prox"},
		{"23 PROX", "23rd prox"},
		{"20th MFI", "20th prox"},
		{"MFI", "31st prox"},
		{"month following invoice", "31st prox"},
		{"月结30天 cutoff 25", "net 30 EOM cutoff 25"},
		{"15th prox cutoff 20", "15th prox cutoff 20"},
		{"EOM", "net 0 EOM"}, // the end of the invoice month
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in)
			require.NoError(t, err)
			require.Equal(t, tt.want, got.String())
			again, err := Parse(got.String())
			require.NoError(t, err)
			require.True(t, again == got, "Parse(String()) must be == the original")
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ in, token string }{
		{"", "empty terms"},
		{"   ", "empty terms"},
		{"2/10", "needs a net clause"},
		{"net -5", `"-5"`},
		{"net", "expected a number of days"},
		{"100/10 net 30", "below 100"},
		{"0/10 net 30", "above 0"},
		{"-2/10 net 30", `"-2" is negative`},
		{"2/30 net 30", "not shorter than the net period"},
		{"2/40 net 30", "not shorter than the net period"},
		{"net 30 net 45", "duplicate net clause"},
		{"net 30 foo", `token 3 "foo": unknown word`},
		{"2/10 then eom net 30", "discounts are only supported"},
		{"2/10 10th prox", "discounts are only supported"},
		{"1/20, 2/10, net 45", "must be after the previous tier"},
		{"2/10, 2/20, net 45", "must be below the earlier tier"},
		{"2/10, 1/20, 0.5/25, 0.25/28, 0.1/29 net 45", "more than 4 discount tiers"},
		{"net 30 2/10", "discount after the net clause"},
		{"1.23456/10 net 30", "at most 4 decimal places"},
		{"2e1/10 net 30", `"e": unknown word`},
		{"1000/10 net 30", "not a percentage"},
		{".5/10 net 30", `".": unexpected character`},
		{"x/10 net 30", `"x": unknown word`},
		{"2/x net 30", `"x": unknown word; expected discount days`},
		{"net 99999", "exceed the maximum"},
		{"net 30 cutoff 25", "needs month-end terms"},
		{"net 30 EOM cutoff 31", "between 1 and 30"},
		{"net 30 EOM cutoff 5 cutoff 6", "duplicate cut-off"},
		{"32nd prox", "between 1 and 31"},
		{"prox", "needs a day of the month"},
		{"net 30 then", `expected "EOM" after "then"`},
		{"10th prox EOM", "conflicting anchors"},
		{"from invoice date", "no net clause"},
		{"net 30 COD", `"COD" stands alone`},
		{"CND", "cash next delivery"},
		{"50% upfront, 50% net 30", "ParseSchedule"},
		{"30/60/90", "ParseSchedule"},
		{"11st prox", `the ordinal of 11 is "11th"`},
		{"net 30 days 45", "after a number"},
		{"net 30 then 30", `token 4 "30": unexpected number; expected "EOM"`},
		{"2/10 nte 30", `did you mean "2/10 net 30"?`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := Parse(tt.in)
			require.ErrorIs(t, err, ErrInvalidTerms)
			require.ErrorContains(t, err, tt.token)
			require.ErrorContains(t, err, fmt.Sprintf("%q", money.Bounded(tt.in)), "the message quotes the input")
		})
	}
}

func TestMustParsePanicsOnBadTerms(t *testing.T) {
	require.Panics(t, func() { MustParse("net thirty") })
	require.Equal(t, "net 30", MustParse("n/30").String())
}

func TestZeroValueIsDueOnReceipt(t *testing.T) {
	var zero Terms
	require.Equal(t, "due on receipt", zero.String())
	require.True(t, zero.Immediate())
	require.True(t, MustParse("net 0") == zero)
}

func TestAccessors(t *testing.T) {
	tm := MustParse("2/10, 1/20, net 45 EOM cutoff 25")
	require.Equal(t, Credit, tm.Method())
	require.Equal(t, AfterMonthEnd, tm.Anchor())
	require.Equal(t, 45, tm.NetDays())
	require.Equal(t, 25, tm.CutoffDay())
	require.False(t, tm.Immediate())
	tiers := tm.Tiers()
	require.Len(t, tiers, 2)
	requireDecimal(t, "0.02", tiers[0].Rate)
	require.Equal(t, 10, tiers[0].Days)
	requireDecimal(t, "0.01", tiers[1].Rate)
	require.Nil(t, MustParse("net 30").Tiers())
	require.True(t, MustParse("COD").Immediate())
	require.Equal(t, CashInAdvance, MustParse("CIA").Method())
	require.True(t, tm.Equal(MustParse(tm.String())))
}

func TestTermsJSON(t *testing.T) {
	type invoice struct {
		Terms Terms `json:"terms"`
	}
	b, err := json.Marshal(invoice{MustParse("2/10, n/30")})
	require.NoError(t, err)
	require.JSONEq(t, `{"terms":"2/10 net 30"}`, string(b))
	var back invoice
	require.NoError(t, json.Unmarshal([]byte(`{"terms":"月结30天"}`), &back))
	require.Equal(t, "net 30 EOM", back.Terms.String())
	err = json.Unmarshal([]byte(`{"terms":"net soon"}`), &back)
	require.ErrorIs(t, err, ErrInvalidTerms)
}
