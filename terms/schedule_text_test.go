package terms

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/stretchr/testify/require"
)

func TestParseScheduleLines(t *testing.T) {
	s, err := ParseSchedule("30% upfront, 40% net 30, balance net 60 EOM")
	require.NoError(t, err)
	require.Len(t, s, 3)
	require.Equal(t, Percent, s[0].Kind)
	requireDecimal(t, "0.3", s[0].Value)
	require.True(t, s[0].Terms == Terms{})
	require.Equal(t, "net 30", s[1].Terms.String())
	require.Equal(t, Balance, s[2].Kind)
	require.Equal(t, "net 60 EOM", s[2].Terms.String())

	eq := MustParseSchedule("three equal installments at 30/60/90 days")
	require.Len(t, eq, 3)
	requireDecimal(t, "0.3333333333", eq[0].Value)
	require.Equal(t, Balance, eq[2].Kind)
	require.Equal(t, 90, eq[2].Terms.NetDays())
	require.Panics(t, func() { MustParseSchedule("分三期") })
}

func TestParseScheduleErrors(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"", "empty schedule"},
		{"50% upfront", "add up to 50%"},
		{"50% upfront, 60% net 30", "add up to 110%"},
		{"balance net 30, balance net 60", "2 balance lines"},
		{"fixed 500 upfront", "need a balance line"},
		{"50% upfront, , balance net 30", `unexpected "upfront"`},
		{"50%", "expected when the line is due"},
		{"balance", "expected when the line is due"},
		{"net 30", `expected a line's share`},
		{"50% upfront, 50% nte 30", `did you mean "50% upfront, 50% net 30"?`},
		{"50% upfront, 50% net thirty", `"thirty": unknown word`},
		{"-50% upfront, balance net 30", "not negative"},
		{"fixed x upfront, balance net 30", "expected a number"},
		{"分三期", "分三期 gives 3 installments but not when"},
		{"three equal installments", "gives 3 installments but not when"},
		{"分三期 30/60天", "3 equal installments need 3 days, not 2"},
		{"three equal installments at 30/60/90", `expected "days"`},
		{"three equal installments at 30/60/90 days net", "unexpected text after"},
		{"three equal installments at 60/30/90 days", "must rise: 30 after 60"},
		{"three equal installments at 30/x/90 days", "expected a whole number of days"},
		{"three equal installments at 30/60/99999 days", "exceed the maximum"},
		{"40 equal installments at 1/2 days", "equal installments number 2 to 36, not 37"},
		{"30/60 days", `expected a line's share`},
		{"预付30% net 30, balance net 30", "nothing may follow it"},
		{"1e5% upfront", `at token 1 "1": expected a line's share`},
		{strings.Repeat("1% upfront, ", 30), "longer than 39 tokens"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParseSchedule(tt.in)
			require.ErrorIs(t, err, ErrInvalidSchedule)
			require.ErrorContains(t, err, tt.msg)
			require.ErrorContains(t, err, fmt.Sprintf("%q", money.Bounded(tt.in)), "the message quotes the input")
		})
	}
	_, err := ParseSchedule("50% upfront, 50% nte 30")
	require.ErrorIs(t, err, ErrInvalidTerms, "an error in a line's terms is also a terms error")
}

func TestScheduleStringAndText(t *testing.T) {
	s := Schedule{
		{Kind: Fixed, Value: dec("500.5"), Terms: MustParse("COD")},
		{Kind: Percent, Value: dec("0.125"), Terms: MustParse("2/10 net 30")},
		{Kind: Balance, Value: dec("7"), Terms: MustParse("10th prox")}, // a balance's value is unused
	}
	require.Equal(t, "fixed 500.5 COD, 12.5% 2/10 net 30, balance 10th prox", s.String())
	back := MustParseSchedule(s.String())
	require.True(t, back.Equal(s))
	require.False(t, back.Equal(s[:2]))
	require.False(t, back.Equal(Schedule{s[0], s[1], {Kind: Percent, Terms: s[2].Terms}}))
	require.Equal(t, "LineKind(9) 1 upfront", Line{Kind: 9, Value: dec("1")}.String())

	_, err := Schedule{{Kind: Percent, Value: dec("0.5")}}.MarshalText()
	require.ErrorIs(t, err, ErrInvalidSchedule, "MarshalText refuses a schedule Split would reject")

	// Equal installments print as such only when they are exactly the shares
	// ParseSchedule builds and their days rise from day 1.
	eq := MustParseSchedule("2 equal installments at 0/30 days")
	require.Equal(t, "50% upfront, balance net 30", eq.String())
	eq = MustParseSchedule("4 equal installments at 30/60/90/120 days")
	eq[1].Terms = MustParse("net 60 EOM")
	require.Equal(t, "25% net 30, 25% net 60 EOM, 25% net 90, balance net 120", eq.String())

	type order struct {
		Plan Schedule `json:"plan"`
	}
	b, err := json.Marshal(order{MustParseSchedule("30% now, balance 60 days")})
	require.NoError(t, err)
	require.JSONEq(t, `{"plan":"30% upfront, balance net 60"}`, string(b))
	var o order
	require.NoError(t, json.Unmarshal([]byte(`{"plan":"分三期 30/60/90天"}`), &o))
	require.Equal(t, "3 equal installments at 30/60/90 days", o.Plan.String())
	require.ErrorIs(t, json.Unmarshal([]byte(`{"plan":"分三期"}`), &o), ErrInvalidSchedule)
}

func TestSuggestions(t *testing.T) {
	for in, want := range map[string]string{
		"2/10 nte 30":     "2/10 net 30",
		"net 30 eomm":     "net 30 eom",
		"10th porx":       "10th prox",
		"due on reciept":  "due on receipt", // two letters swapped
		"net 30 dzzs":     "",               // two edits away: no suggestion
		"2/10 net 30 ezz": "",
		"immediatly":      "immediately",
		"cash on delivry": "cash on delivery",
		"net 30 dyas":     "net 30 days",
	} {
		_, err := Parse(in)
		require.ErrorIs(t, err, ErrInvalidTerms)
		if want == "" {
			require.NotContains(t, err.Error(), "did you mean", in)
			continue
		}
		require.ErrorContains(t, err, fmt.Sprintf("did you mean %q?", want), in)
	}
	require.True(t, oneEdit("net", "nte"))
	require.True(t, oneEdit("net", "ne"))
	require.True(t, oneEdit("ne", "net"))
	require.True(t, oneEdit("net", "nat"))
	require.False(t, oneEdit("net", "net"))
	require.False(t, oneEdit("net", "tne"))
	require.False(t, oneEdit("net", "nettt"))
}

// TestParseAllocations: the benchmark's text parses without allocating, and
// so does every accepted text of the corpus in the common forms.
func TestParseAllocations(t *testing.T) {
	for _, s := range []string{"2/10, 1/20, net 45", "net 30", "月结30天", "２/１０ net ３０", "Within 14 days 2 % cash discount, within 30 days due net"} {
		allocs := testing.AllocsPerRun(100, func() { _, _ = Parse(s) })
		require.Zero(t, allocs, s)
	}
}

func BenchmarkParseSchedule(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		if _, err := ParseSchedule("30% upfront, balance net 60"); err != nil {
			b.Fatal(err)
		}
	}
}
