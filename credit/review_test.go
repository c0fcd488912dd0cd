package credit

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReviewDefaultRules(t *testing.T) {
	// A prompt payer: 2 days late, 2% overdue, 85% used.
	good := Behaviour{AverageDaysLate: ctlDec("2"), OverdueShare: ctlDec("0.02"), Utilisation: ctlDec("0.85")}
	with := func(f func(*Behaviour)) Behaviour { b := good; f(&b); return b }
	tests := []struct {
		name     string
		b        Behaviour
		action   ReviewAction
		rule     string
		proposed string
		onHold   bool
	}{
		{"two bounces", with(func(b *Behaviour) { b.BouncedPayments = 2 }), ActionFreeze, "bounced-payments", "100000", true},
		// First match fires: a growing customer who bounced twice is frozen.
		{"bounces beat growth", with(func(b *Behaviour) { b.BouncedPayments = 2; b.PurchaseGrowth = ctlDec("0.5") }), ActionFreeze, "bounced-payments", "100000", true},
		{"65 days late", with(func(b *Behaviour) { b.AverageDaysLate = ctlDec("65") }), ActionFreeze, "seriously-late", "100000", true},
		// 100,000 × (1 − 0.30) = 70,000.
		{"35 days late", with(func(b *Behaviour) { b.AverageDaysLate = ctlDec("35") }), ActionDecrease, "late-payer", "70000", false},
		{"half overdue", with(func(b *Behaviour) { b.OverdueShare = ctlDec("0.5") }), ActionDecrease, "late-payer", "70000", false},
		// 100,000 × (1 − 0.20) = 80,000.
		{"score fell 25", with(func(b *Behaviour) { b.ScoreChange = ctlDec("-25") }), ActionDecrease, "score-drop", "80000", false},
		{"one bounce", with(func(b *Behaviour) { b.BouncedPayments = 1 }), ActionHold, "slipping", "100000", false},
		{"12 days late", with(func(b *Behaviour) { b.AverageDaysLate = ctlDec("12") }), ActionHold, "slipping", "100000", false},
		// 100,000 × 1.20 = 120,000.
		{"growing", with(func(b *Behaviour) { b.PurchaseGrowth = ctlDec("0.15") }), ActionIncrease, "growing-good-payer", "120000", false},
		// Growth with a falling score is only "well used": × 1.10.
		{"growing, score down", with(func(b *Behaviour) { b.PurchaseGrowth = ctlDec("0.15"); b.ScoreChange = ctlDec("-5") }), ActionIncrease, "well-used-good-payer", "110000", false},
		{"well used", good, ActionIncrease, "well-used-good-payer", "110000", false},
		// 100,000 × 0.90 = 90,000.
		{"unused", with(func(b *Behaviour) { b.Utilisation = ctlDec("0.1") }), ActionDecrease, "unused-limit", "90000", false},
		{"steady", with(func(b *Behaviour) { b.Utilisation = ctlDec("0.5") }), ActionHold, "steady", "100000", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ReviewRules{}.Review(CreditLimit{Customer: "Acme", Currency: "EUR", Amount: ctlDec("100000")}, tt.b)
			require.NoError(t, err)
			assert.Equal(t, tt.action, p.Action)
			assert.Equal(t, tt.rule, p.Rule)
			assert.NotEmpty(t, p.Reason)
			requireDecimal(t, "100000", p.Current)
			requireDecimal(t, tt.proposed, p.Proposed)
			requireDecimal(t, tt.proposed, p.Current.Add(p.Change))
			assert.Equal(t, tt.onHold, p.OnHold)
			assert.Equal(t, "Acme", p.Customer)
			assert.Equal(t, CreditLimit{Customer: "Acme", Currency: "EUR", Amount: p.Proposed, OnHold: tt.onHold}, p.Limit())
		})
	}
}

func TestReviewBoundsAndRounding(t *testing.T) {
	always := func(Behaviour) bool { return true }
	rules := func(a ReviewAction, step string) ReviewRules {
		return ReviewRules{MaxIncrease: ctlDec("0.2"), MaxDecrease: ctlDec("0.5"), Unit: ctlDec("1000"),
			Rules: []ReviewRule{{Name: "r", When: always, Action: a, Step: ctlDec(step)}}}
	}
	lim := func(a string) CreditLimit { return CreditLimit{Currency: "EUR", Amount: ctlDec(a)} }
	tests := []struct {
		name              string
		r                 ReviewRules
		current, proposed string
		rate              string
	}{
		// A +50% step is capped at +20%: 100,000 → 120,000.
		{"increase capped", rules(ActionIncrease, "0.5"), "100000", "120000", "0.2"},
		// A −90% step is capped at −50%: 100,000 → 50,000.
		{"decrease capped", rules(ActionDecrease, "0.9"), "100000", "50000", "-0.5"},
		// 12,345 × 1.2 = 14,814 → 14,000 (round down to 1,000);
		// change 1,655 ÷ 12,345 = 0.13406… → 0.1341.
		{"increase rounded down", rules(ActionIncrease, "0.2"), "12345", "14000", "0.1341"},
		// 12,345 × 0.9 = 11,110.5 → 11,000; −1,345 ÷ 12,345 = −0.10895… → −0.1090.
		{"decrease rounded down", rules(ActionDecrease, "0.1"), "12345", "11000", "-0.109"},
		// 10,500 × 1.01 = 10,605 → 10,000 would fall: keep 10,500.
		{"increase never falls", rules(ActionIncrease, "0.01"), "10500", "10500", "0"},
		// Rounding down may take a decrease past its cap by under one unit:
		// 10,500 × 0.5 = 5,250 → 5,000.
		{"decrease past cap by rounding", rules(ActionDecrease, "0.5"), "10500", "5000", "-0.5238"},
		// A zero limit stays zero; the rate is 0, not a division by zero.
		{"zero limit", rules(ActionIncrease, "0.2"), "0", "0", "0"},
		// A Unit of 0.001 keeps the limit to the tenth of a cent: 12,345.67 ×
		// 1.2 = 14,814.804; change 2,469.134 ÷ 12,345.67 = 0.2. (Before issue
		// 18 a zero Unit left the limit unrounded; 0 now means 1.)
		{"fine unit", func() ReviewRules { r := rules(ActionIncrease, "0.2"); r.Unit = ctlDec("0.001"); return r }(), "12345.67", "14814.804", "0.2"},
		// A zero Unit means whole units: 12,345.67 × 1.2 = 14,814.804 → 14,814;
		// change 2,468.33 ÷ 12,345.67 = 0.19993… → 0.1999.
		{"zero unit", func() ReviewRules { r := rules(ActionIncrease, "0.2"); r.Unit = decimal.Zero; return r }(), "12345.67", "14814", "0.1999"},
		// Hold keeps an unrounded limit as it is.
		{"hold unrounded", rules(ActionHold, "0"), "12345.67", "12345.67", "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := tt.r.Review(lim(tt.current), Behaviour{})
			require.NoError(t, err)
			requireDecimal(t, tt.proposed, p.Proposed)
			requireDecimal(t, tt.rate, p.ChangeRate)
		})
	}

	// No rule fires: hold, rule RuleNoMatch; a hold on the account stays.
	// (Before issue 18 the zero ReviewRules had no rules; it now means the
	// default table, so the table here has one rule that never fires.)
	never := ReviewRules{Rules: []ReviewRule{{Name: "never", When: func(Behaviour) bool { return false }, Action: ActionIncrease, Step: ctlDec("0.5")}}}
	p, err := never.Review(CreditLimit{Currency: "EUR", Amount: ctlDec("500"), OnHold: true}, Behaviour{})
	require.NoError(t, err)
	assert.Equal(t, ActionHold, p.Action)
	assert.Equal(t, RuleNoMatch, p.Rule)
	assert.True(t, p.OnHold)
	requireDecimal(t, "500", p.Proposed)
}

func TestReviewErrors(t *testing.T) {
	always := func(Behaviour) bool { return true }
	okLimit := CreditLimit{Customer: "C", Currency: "EUR", Amount: ctlDec("1000")}
	tests := []struct {
		name  string
		r     ReviewRules
		limit CreditLimit
		b     Behaviour
		want  error
	}{
		{"negative limit", ReviewRules{}, CreditLimit{Amount: ctlDec("-1")}, Behaviour{}, ErrInvalidLimit},
		{"negative max increase", ReviewRules{MaxIncrease: ctlDec("-0.1")}, okLimit, Behaviour{}, ErrInvalidLimit},
		{"max decrease above 1", ReviewRules{MaxDecrease: ctlDec("1.5")}, okLimit, Behaviour{}, ErrInvalidLimit},
		{"negative unit", ReviewRules{Unit: ctlDec("-1")}, okLimit, Behaviour{}, ErrInvalidLimit},
		{"unnamed rule", ReviewRules{Rules: []ReviewRule{{When: always, Action: ActionHold}}}, okLimit, Behaviour{}, ErrInvalidRule},
		{"no condition", ReviewRules{Rules: []ReviewRule{{Name: "x", Action: ActionHold}}}, okLimit, Behaviour{}, ErrInvalidRule},
		{"no action", ReviewRules{Rules: []ReviewRule{{Name: "x", When: always}}}, okLimit, Behaviour{}, ErrInvalidRule},
		{"negative step", ReviewRules{Rules: []ReviewRule{{Name: "x", When: always, Action: ActionIncrease, Step: ctlDec("-0.1")}}}, okLimit, Behaviour{}, ErrInvalidRule},
		{"overdue share", ReviewRules{}, okLimit, Behaviour{OverdueShare: ctlDec("1.2")}, ErrInvalidBehaviour},
		{"utilisation", ReviewRules{}, okLimit, Behaviour{Utilisation: ctlDec("-0.1")}, ErrInvalidBehaviour},
		{"bounced", ReviewRules{}, okLimit, Behaviour{BouncedPayments: -1}, ErrInvalidBehaviour},
		{"growth", ReviewRules{}, okLimit, Behaviour{PurchaseGrowth: ctlDec("-1.5")}, ErrInvalidBehaviour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.r.Review(tt.limit, tt.b)
			require.ErrorIs(t, err, tt.want)
		})
	}
}

func TestReviewActionText(t *testing.T) {
	for _, a := range []ReviewAction{ActionIncrease, ActionHold, ActionDecrease, ActionFreeze} {
		text, err := a.MarshalText()
		require.NoError(t, err)
		var back ReviewAction
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, a, back)
		assert.Equal(t, a.String(), string(text))
	}
	assert.Equal(t, "ReviewAction(9)", ReviewAction(9).String())
	_, err := ReviewAction(0).MarshalText()
	require.ErrorIs(t, err, ErrInvalidRule)
	var a ReviewAction
	require.ErrorIs(t, a.UnmarshalText([]byte("double")), ErrInvalidRule)

	p, err := ReviewRules{}.Review(CreditLimit{Currency: "EUR", Amount: ctlDec("1000")}, Behaviour{BouncedPayments: 3})
	require.NoError(t, err)
	js, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(js), `"action":"freeze"`)
	assert.Contains(t, string(js), `"rule":"bounced-payments"`)
}

func FuzzReview(f *testing.F) {
	f.Add("100000", "2", "0.02", "0.85", 0, "0.15", "0", "1000")
	f.Add("12345", "35", "0.5", "0.1", 3, "-1", "-30", "0")
	f.Add("1e30", "-1e30", "1", "1e30", 1, "1e30", "1e30", "0.000000000000000000000000000001")
	f.Add("100", "1e-2000000000", "0", "0", 0, "0", "0", "1e2000000000")
	f.Fuzz(func(t *testing.T, limS, lateS, overdueS, utilS string, bounced int, growthS, scoreS, unitS string) {
		var vals [7]decimal.Decimal
		for i, s := range []string{limS, lateS, overdueS, utilS, growthS, scoreS, unitS} {
			v, ok := ctlFuzzDec(s)
			if !ok {
				return
			}
			vals[i] = v
		}
		rules := ReviewRules{Unit: vals[6]}
		unit := vals[6]
		if unit.IsZero() {
			unit = decimal.NewFromInt(1) // 0 means whole units
		}
		b := Behaviour{AverageDaysLate: vals[1], OverdueShare: vals[2], Utilisation: vals[3],
			BouncedPayments: bounced, PurchaseGrowth: vals[4], ScoreChange: vals[5]}
		p, err := rules.Review(CreditLimit{Currency: "EUR", Amount: vals[0]}, b)
		if err != nil {
			requireSentinel(t, err)
			return
		}
		// Bounded steps: never above +20%, never below −50% by more than a unit.
		require.True(t, p.Proposed.LessThanOrEqual(vals[0].Mul(ctlDec("1.2"))))
		require.True(t, p.Proposed.GreaterThanOrEqual(vals[0].Mul(ctlDec("0.5")).Sub(unit)))
		require.False(t, p.Proposed.IsNegative())
		require.NotEmpty(t, p.Rule)
		switch p.Action {
		case ActionIncrease:
			require.True(t, p.Proposed.GreaterThanOrEqual(p.Current))
		case ActionDecrease:
			require.True(t, p.Proposed.LessThanOrEqual(p.Current))
		default:
			require.True(t, p.Proposed.Equal(p.Current))
		}
	})
}

func BenchmarkReview(b *testing.B) {
	var rules ReviewRules // the defaults
	limit := CreditLimit{Currency: "EUR", Amount: ctlDec("100000")}
	beh := Behaviour{AverageDaysLate: ctlDec("3"), Utilisation: ctlDec("0.5")} // falls through to "steady"
	b.ReportAllocs()
	for range b.N {
		if _, err := rules.Review(limit, beh); err != nil {
			b.Fatal(err)
		}
	}
}
