package aging

import (
	"testing"
	"time"

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
	p, err := ProvisionMatrix(r, rates, decimal.Zero, 0)
	require.NoError(t, err)
	requireAmounts(t, []string{"45000", "120000", "144000", "165000", "106000"}, p.Currencies[0].Buckets)
	requireDecimal(t, "580000", p.Currencies[0].Total)
	requireDecimal(t, "580000", p.Customers[0].Total)

	// A 10% worse outlook: 638,000.
	p, err = ProvisionMatrix(r, rates, dec("1.1"), 0)
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
	p, err := ProvisionMatrix(r, rates, decimal.Zero, 2)
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
	p, err = ProvisionMatrix(r, rates, decimal.Zero, 2)
	require.NoError(t, err)
	requireDecimal(t, "0", p.Customers[2].Total, "a credit balance holds no allowance")

	_, err = ProvisionMatrix(r, rates[:2], decimal.Zero, 2)
	require.ErrorIs(t, err, ErrInvalidRates)
	_, err = ProvisionMatrix(r, []decimal.Decimal{dec("2"), third, third, third, third}, decimal.Zero, 2)
	require.ErrorIs(t, err, ErrInvalidRates)
	_, err = ProvisionMatrix(r, rates, dec("-1"), 2)
	require.ErrorIs(t, err, ErrInvalidRates)
	_, err = ProvisionMatrix(r, rates, decimal.Zero, 40)
	require.ErrorIs(t, err, ErrInvalidRates)
}

func TestDun(t *testing.T) {
	items := []Item{
		item("A1", "Acme", "EUR", 0, "100"),  // due today → reminder
		item("B1", "Beta", "EUR", 8, "200"),  // 8 days → phone call
		item("B2", "Beta", "EUR", 2, "50"),   // counted in Beta's overdue
		item("C1", "Cora", "EUR", 35, "300"), // 35 days → legal
		item("D1", "Dino", "EUR", 40, "999"), // disputed: held
		item("E1", "Elia", "EUR", 40, "10"),  // stopped: payment plan
		item("F1", "Fina", "EUR", 10, "70"),  // already called: nothing new
		item("G1", "Gaia", "EUR", -3, "70"),  // not yet due
	}
	items[4].Disputed = true
	run, err := Dun(asOf, items, DefaultLadder(), map[string]string{"Fina": "phone call"}, map[string]bool{"Elia": true})
	require.NoError(t, err)
	require.Len(t, run.Actions, 3)
	require.Equal(t, "Acme", run.Actions[0].Customer)
	require.Equal(t, "reminder", run.Actions[0].Step.Name)
	require.Equal(t, "phone call", run.Actions[1].Step.Name)
	requireDecimal(t, "250", run.Actions[1].Overdue)
	require.Equal(t, []string{"B1", "B2"}, run.Actions[1].Refs)
	require.Equal(t, "agency", run.Actions[2].Step.Action)
	require.Equal(t, []string{"D1"}, run.Disputed)
	require.Equal(t, []string{"Elia"}, run.Stopped)

	// Fina taken "reminder" only: escalates to the call.
	run, err = Dun(asOf, items[6:7], DefaultLadder(), map[string]string{"Fina": "reminder"}, nil)
	require.NoError(t, err)
	require.Equal(t, "phone call", run.Actions[0].Step.Name)

	for _, bad := range []Ladder{nil, {{Name: "a", Days: 5}, {Name: "b", Days: 5}}, {{Name: "a"}, {Name: "a", Days: 3}}, {{Name: ""}}} {
		_, err := Dun(asOf, items, bad, nil, nil)
		require.ErrorIs(t, err, ErrInvalidLadder)
	}
	_, err = Dun(time.Time{}, items, DefaultLadder(), nil, nil)
	require.ErrorIs(t, err, ErrInvalidOptions)
	badItem := items[0]
	badItem.Currency = ""
	_, err = Dun(asOf, []Item{badItem}, DefaultLadder(), nil, nil)
	require.ErrorIs(t, err, ErrInvalidItem)
}

func TestApplyFIFO(t *testing.T) {
	items := []Item{
		item("I3", "A", "EUR", 5, "300.00"),
		item("I1", "A", "EUR", 60, "100.00"),
		item("I2", "A", "EUR", 30, "200.00"),
		item("CN", "A", "EUR", 10, "-50.00"),
	}
	// Payment 200 + credit note 50 = 250: I1 (oldest) 100, I2 150 of 200;
	// I2 keeps 50 open, I3 300. Before 550 − 200 = 350 = after 350 − 0.
	got, err := ApplyFIFO(items, dec("200"))
	require.NoError(t, err)
	require.Equal(t, []string{"CN", "I1", "I2"}, []string{got.Applications[0].Ref, got.Applications[1].Ref, got.Applications[2].Ref})
	requireDecimal(t, "150", got.Applications[2].Applied)
	require.Len(t, got.Open, 2)
	requireDecimal(t, "50", got.Open[0].Open)
	requireDecimal(t, "0", got.Unapplied)
	// Over-payment: 1,000 + 50 against 600 leaves 450 unapplied.
	got, err = ApplyFIFO(items, dec("1000"))
	require.NoError(t, err)
	require.Empty(t, got.Open)
	requireDecimal(t, "450", got.Unapplied)

	_, err = ApplyFIFO(items, dec("-1"))
	require.ErrorIs(t, err, ErrInvalidPayment)
	mixed := append([]Item{}, items...)
	mixed[1].Currency = "USD"
	_, err = ApplyFIFO(mixed, dec("1"))
	require.ErrorIs(t, err, ErrInvalidPayment)
	bad := append([]Item{}, items...)
	bad[0].Issued = time.Time{}
	_, err = ApplyFIFO(bad, dec("1"))
	require.ErrorIs(t, err, ErrInvalidItem)
}

// FuzzApplyFIFO checks money is conserved: Σ open before − payment =
// Σ open after − unapplied, and nothing ends negative.
func FuzzApplyFIFO(f *testing.F) {
	f.Add(int64(20000), int64(10000), int64(-5000), int64(30000), uint8(3))
	f.Add(int64(0), int64(0), int64(0), int64(0), uint8(0))
	f.Fuzz(func(t *testing.T, a, b, c, pay int64, ages uint8) {
		items := []Item{
			item("A", "X", "EUR", int(ages%90), decimal.New(a, -2).String()),
			item("B", "X", "EUR", int(ages%30), decimal.New(b, -2).String()),
			item("C", "X", "EUR", int(ages%7), decimal.New(c, -2).String()),
		}
		payment := decimal.New(pay, -2)
		got, err := ApplyFIFO(items, payment)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidPayment)
			return
		}
		before, after := decimal.Zero, decimal.Zero
		for _, it := range items {
			before = before.Add(it.Open)
		}
		for _, it := range got.Open {
			require.True(t, it.Open.IsPositive())
			after = after.Add(it.Open)
		}
		require.False(t, got.Unapplied.IsNegative())
		require.True(t, before.Sub(payment).Equal(after.Sub(got.Unapplied)), "before %s pay %s after %s unapplied %s", before, payment, after, got.Unapplied)
	})
}
