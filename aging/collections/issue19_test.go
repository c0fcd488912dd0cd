package collections

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// Issue 19: the reproductions below each failed on the code before the fix
// (checked); the old wrong value is in each comment.

// TestApplyToRefsSharedRef: a credit note 1001 of −100, an invoice 1001 of
// 500 and an invoice 1002 of 300, paying 200 to ["1001"], left 300 + 300 +
// 300 = 900 open (the open amounts were kept in a map keyed by Ref and
// written back to both 1001s); it must not create money. A Ref shared by
// two items of one application is now an error naming it.
func TestApplyToRefsSharedRef(t *testing.T) {
	items := []aging.Item{item("1001", "A", "EUR", 10, "-100"), item("1001", "A", "EUR", 9, "500"), item("1002", "A", "EUR", 8, "300")}
	_, err := ApplyToRefs(items, dec("200"), []string{"1001"})
	require.ErrorIs(t, err, ErrInvalidPayment)
	require.ErrorContains(t, err, `Ref "1001" is held by items 0 and 1`)
	// Numbered apart, the same payment leaves 500 open: −100 + 300 + 300.
	items[0].Ref = "CN-1001"
	got, err := ApplyToRefs(items, dec("200"), []string{"1001"})
	require.NoError(t, err)
	requireConserved(t, items, dec("200"), got)
	require.Equal(t, []Application{{Ref: "1001", Item: 1, Applied: dec("200")}}, got.Applications)
	requireAmounts(t, []string{"-100", "300", "300"}, []decimal.Decimal{got.Open[0].Open, got.Open[1].Open, got.Open[2].Open})
	// Empty refs: items without a Ref cannot be named and stay untouched
	// (two of them are not a duplicate); naming "" is an error.
	blank := []aging.Item{item("", "A", "EUR", 3, "10"), item("", "A", "EUR", 2, "20"), item("I", "A", "EUR", 1, "30")}
	got, err = ApplyToRefs(blank, dec("40"), []string{"I"})
	require.NoError(t, err)
	requireConserved(t, blank, dec("40"), got)
	requireDecimal(t, "10", got.Unapplied)
	requireAmounts(t, []string{"10", "20"}, []decimal.Decimal{got.Open[0].Open, got.Open[1].Open})
	_, err = ApplyToRefs(blank, dec("40"), []string{"I", ""})
	require.ErrorIs(t, err, ErrInvalidPayment)
	require.ErrorContains(t, err, "refs[1] is empty")
}

// TestApplyFIFOKeepsUnusedCreditNotes: applying 0 to an invoice of 60 and
// a credit note of −100 returned Open [] and Unapplied 40 (the unused
// credit turned into cash); the credit note's Applied was −100 under a
// documented "(> 0)". Now 60 of the credit is used (Applied −60, the sign
// of the item), 40 stays open as the credit note, and nothing is
// unapplied.
func TestApplyFIFOKeepsUnusedCreditNotes(t *testing.T) {
	items := []aging.Item{item("INV", "A", "EUR", 5, "60"), item("CN", "A", "EUR", 3, "-100")}
	got, err := ApplyFIFO(items, decimal.Zero)
	require.NoError(t, err)
	requireConserved(t, items, decimal.Zero, got)
	requireDecimal(t, "0", got.Unapplied)
	require.Equal(t, []Application{{Ref: "CN", Item: 1, Applied: dec("-60")}, {Ref: "INV", Item: 0, Applied: dec("60")}}, got.Applications)
	require.Len(t, got.Open, 1)
	require.Equal(t, "CN", got.Open[0].Ref)
	require.Equal(t, items[1].Due, got.Open[0].Due, "the credit note keeps its dates")
	requireDecimal(t, "-40", got.Open[0].Open)
	// With a payment the credit is used first: 10 paid against 60 − 100
	// leaves the whole 10 unapplied and the credit note at −40.
	got, err = ApplyFIFO(items, dec("10"))
	require.NoError(t, err)
	requireConserved(t, items, dec("10"), got)
	requireDecimal(t, "10", got.Unapplied)
	requireDecimal(t, "-40", got.Open[0].Open)
	// Two credit notes, one invoice of 120: the older credit note is used
	// in full, the younger one for 20; its 30 stays open.
	two := []aging.Item{item("INV", "A", "EUR", 5, "120"), item("CN1", "A", "EUR", 40, "-100"), item("CN2", "A", "EUR", 1, "-50")}
	got, err = ApplyFIFO(two, decimal.Zero)
	require.NoError(t, err)
	requireConserved(t, two, decimal.Zero, got)
	require.Len(t, got.Open, 1)
	require.Equal(t, "CN2", got.Open[0].Ref)
	requireDecimal(t, "-30", got.Open[0].Open)
}

// TestNettingThenAgeingKeepsCustomerTotals: netting each customer's credit
// notes against its invoices (ApplyFIFO with payment 0) and ageing the
// result gives every customer the total of ageing the original items. On
// the old code a customer whose credit exceeded its invoices lost the
// difference to Unapplied (ACME −40 became 0 here).
func TestNettingThenAgeingKeepsCustomerTotals(t *testing.T) {
	items := []aging.Item{
		item("I1", "Acme", "EUR", 45, "60"), item("C1", "Acme", "EUR", 10, "-100"),
		item("I2", "Beta", "EUR", 95, "500"), item("I3", "Beta", "EUR", 3, "250"), item("C2", "Beta", "EUR", 20, "-300"),
		item("I4", "Beta", "USD", 12, "80"), item("C3", "Cora", "JPY", 2, "-7000"),
	}
	before, err := aging.AgeSlice(asOf, items, aging.Options{})
	require.NoError(t, err)
	var netted []aging.Item
	for _, acct := range []Account{{"Acme", "EUR"}, {"Beta", "EUR"}, {"Beta", "USD"}, {"Cora", "JPY"}} {
		var mine []aging.Item
		for _, it := range items {
			if it.Customer == acct.Customer && it.Currency == acct.Currency {
				mine = append(mine, it)
			}
		}
		got, err := ApplyFIFO(mine, decimal.Zero)
		require.NoError(t, err)
		requireDecimal(t, "0", got.Unapplied)
		netted = append(netted, got.Open...)
	}
	after, err := aging.AgeSlice(asOf, netted, aging.Options{})
	require.NoError(t, err)
	require.Len(t, after.Customers, len(before.Customers))
	for i, b := range before.Customers {
		a := after.Customers[i]
		require.Equal(t, b.Customer+b.Currency, a.Customer+a.Currency)
		require.True(t, b.Total.Equal(a.Total), "%s %s: %s before netting, %s after", b.Customer, b.Currency, b.Total, a.Total)
	}
	requireDecimal(t, "-40", after.Customers[0].Total)
}

// TestDunPerAccount: the last step taken was keyed by customer only, so a
// legal step in EUR suppressed the USD reminder (0 actions on the old
// code); and a misspelt step ("legl") was ignored, re-sending the step.
func TestDunPerAccount(t *testing.T) {
	items := []aging.Item{item("E", "A", "EUR", 35, "100"), item("U", "A", "USD", 2, "50")}
	run, err := Dun(asOf, items, DunOptions{Taken: map[Account]string{{"A", "EUR"}: "legal"}})
	require.NoError(t, err)
	require.Len(t, run.Actions, 1)
	require.Equal(t, Account{"A", "USD"}, run.Actions[0].Account)
	require.Equal(t, "due-date reminder", run.Actions[0].Step.Name)
	_, err = Dun(asOf, items, DunOptions{Taken: map[Account]string{{"A", "EUR"}: "legl"}})
	require.ErrorIs(t, err, ErrInvalidOptions)
	require.ErrorContains(t, err, `Taken[A/EUR] step "legl" is not a step of the ladder`)
	// A step taken for an account with nothing to dun is checked too.
	_, err = Dun(asOf, nil, DunOptions{Taken: map[Account]string{{"Z", "EUR"}: "reminder"}})
	require.ErrorIs(t, err, ErrInvalidOptions)

	// Taken is a JSON object keyed "currency/customer".
	o := DunOptions{Taken: map[Account]string{{"Acme/Sub", "EUR"}: "legal"}}
	b, err := json.Marshal(o)
	require.NoError(t, err)
	require.JSONEq(t, `{"taken":{"EUR/Acme/Sub":"legal"}}`, string(b))
	var back DunOptions
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, o, back)
	require.ErrorIs(t, json.Unmarshal([]byte(`{"taken":{"EUR":"legal"}}`), &back), ErrInvalidOptions)
	_, err = json.Marshal(DunOptions{Taken: map[Account]string{{"A", "E/R"}: "legal"}})
	require.ErrorContains(t, err, "Account currency") // encoding/json does not wrap it
	_, err = Account{"A", "E/R"}.MarshalText()
	require.ErrorIs(t, err, ErrInvalidOptions)
}

// TestDunDueAndOverdue: items due today were counted in Overdue (100 on
// the old code) though 0 days past due. Due is what the action covers,
// Overdue only what is at least a day past due.
func TestDunDueAndOverdue(t *testing.T) {
	run, err := Dun(asOf, []aging.Item{item("T", "A", "EUR", 0, "100"), item("Y", "A", "EUR", 1, "30")}, DunOptions{})
	require.NoError(t, err)
	a := run.Actions[0]
	requireDecimal(t, "130", a.Due)
	requireDecimal(t, "30", a.Overdue)
	run, err = Dun(asOf, []aging.Item{item("T", "A", "EUR", 0, "100")}, DunOptions{})
	require.NoError(t, err)
	requireDecimal(t, "100", run.Actions[0].Due)
	requireDecimal(t, "0", run.Actions[0].Overdue)
	require.Equal(t, "due-date reminder", run.Actions[0].Step.Name)
	require.Equal(t, 0, DefaultLadder()[0].Days)
}

// TestDunFeeInterestAndMinimum: a step carries a minimum amount due, a fee
// and interest to date, per currency, as ERP dunning levels do.
func TestDunFeeInterestAndMinimum(t *testing.T) {
	eur := func(s string) map[string]decimal.Decimal { return map[string]decimal.Decimal{"EUR": dec(s)} }
	ladder := Ladder{
		{Name: "reminder", Action: "email"},
		{Name: "final notice", Action: "letter", Days: 14, MinDue: eur("50"), Fee: eur("5"), InterestRate: dec("0.1")},
		{Name: "legal", Action: "agency", Days: 60, MinDue: eur("500"), Fee: eur("40"), InterestRate: dec("0.1")},
	}
	items := []aging.Item{
		item("A1", "Acme", "EUR", 73, "1000.00"), // legal: 1000 × 10% × 73/365 = 20.00
		item("A2", "Acme", "EUR", 0, "99.99"),    // due today: in Due, no interest
		item("B1", "Beta", "EUR", 73, "200.00"),  // below legal's 500: final notice, 200 × 10% × 73/365 = 4.00
		item("B2", "Beta", "USD", 20, "30.00"),   // no USD minimum or fee: 30 × 10% × 20/365 = 0.164… → 0.16
		item("C1", "Cora", "EUR", 20, "40.00"),   // below final notice's 50: the reminder, no fee
		item("J1", "Jin", "JPY", 73, "100001"),   // 100001 × 10% × 73/365 = 2000.02 → 2000 yen
	}
	run, err := Dun(asOf, items, DunOptions{Ladder: ladder})
	require.NoError(t, err)
	require.Len(t, run.Actions, 5)
	want := []struct{ account, step, due, fee, interest, total string }{
		{"Acme/EUR", "legal", "1099.99", "40", "20", "1159.99"},
		{"Beta/EUR", "final notice", "200", "5", "4", "209"},
		{"Beta/USD", "final notice", "30", "0", "0.16", "30.16"},
		{"Cora/EUR", "reminder", "40", "0", "0", "40"},
		{"Jin/JPY", "legal", "100001", "0", "2000", "102001"},
	}
	for i, w := range want {
		a := run.Actions[i]
		require.Equal(t, w.account, a.Customer+"/"+a.Currency)
		require.Equal(t, w.step, a.Step.Name, w.account)
		requireDecimal(t, w.due, a.Due, w.account)
		requireDecimal(t, w.fee, a.Fee, w.account)
		requireDecimal(t, w.interest, a.Interest, w.account)
		requireDecimal(t, w.total, a.Total, w.account)
	}
	// Places overrides the minor unit: 0.164… to 3 places.
	run, err = Dun(asOf, items[3:4], DunOptions{Ladder: ladder, Places: 3})
	require.NoError(t, err)
	requireDecimal(t, "0.164", run.Actions[0].Interest)
	// Nothing reaches a minimum: no action at all.
	high := Ladder{{Name: "only", MinDue: eur("1000")}}
	run, err = Dun(asOf, items[4:5], DunOptions{Ladder: high})
	require.NoError(t, err)
	require.Empty(t, run.Actions)
	// Interest needs the currency's minor unit.
	_, err = Dun(asOf, []aging.Item{item("P", "A", "POINTS", 20, "10")}, DunOptions{Ladder: ladder})
	require.ErrorIs(t, err, ErrInvalidOptions)
	for _, bad := range []Ladder{
		{{Name: "a", Fee: eur("-1")}},
		{{Name: "a", MinDue: eur("-1")}},
		{{Name: "a", InterestRate: dec("-0.01")}},
	} {
		_, err := Dun(asOf, items, DunOptions{Ladder: bad})
		require.ErrorIs(t, err, ErrInvalidLadder)
	}
	_, err = Dun(asOf, items, DunOptions{Places: 19})
	require.ErrorIs(t, err, ErrInvalidOptions)
}

// TestForecastDaysLateBounded: DaysLate math.MaxInt wrapped the expected
// date negative, so an item due in 3 days counted as overdue (on the old
// code: 100 doubtful, no error). Now an error names the customer.
func TestForecastDaysLateBounded(t *testing.T) {
	items := []aging.Item{item("X", "Zeta", "EUR", -3, "100")}
	for _, late := range []int{math.MaxInt, math.MinInt, money.MaxDays + 1, -money.MaxDays - 1} {
		_, err := Forecast(items, ForecastOptions{Start: asOf, Weeks: 4, DaysLate: map[string]int{"Zeta": late}})
		require.ErrorIs(t, err, ErrInvalidOptions)
		require.ErrorContains(t, err, "DaysLate[Zeta]")
	}
	got, err := Forecast(items, ForecastOptions{Start: asOf, Weeks: 4, DaysLate: map[string]int{"Zeta": money.MaxDays}})
	require.NoError(t, err)
	requireDecimal(t, "100", got[0].Beyond)
}
