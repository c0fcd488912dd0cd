package aging

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// examplesLedger is the EUR ledger of examples/collections after Acme's
// payment: Carter & Sons holds a credit note of −120.00 in 1–30 next to
// its invoices.
func examplesLedger() []Item {
	return []Item{
		item("INV-202", "Acme GmbH", "EUR", 12, "1000.00"), // after Acme's payment of 5,000.00 (oldest first)
		item("INV-203", "Acme GmbH", "EUR", -10, "2600.00"),
		item("INV-401", "Carter & Sons", "EUR", 95, "730.00"),
		item("INV-402", "Carter & Sons", "EUR", 400, "3.40"),
		item("CN-040", "Carter & Sons", "EUR", 30, "-120.00"),
		item("INV-501", "Delta Logistics", "EUR", 0, "990.00"),
		item("INV-502", "Delta Logistics", "EUR", 33, "1500.00"),
		item("INV-601", "Eastwind Ltd", "EUR", 70, "6100.00"),
	}
}

// Issue 19: a customer's credit balance in a bucket holds no allowance, so
// the allowance was not rates × the printed aging row (examples/collections
// printed 561.11 against a row whose rates × amounts give 559.19; the
// difference is Carter's −120.00 in 1–30 × 1.6% = 1.92). Provision.Excluded
// now shows what was left out, and every row adds up on paper. Failed on
// the old code: Provision had no Excluded (the reconciliation below is
// off by 1.92 with Excluded taken as zero).
func TestProvisionReconcilesWithTheReport(t *testing.T) {
	r, err := AgeSlice(asOf, examplesLedger(), Options{})
	require.NoError(t, err)
	rates := []decimal.Decimal{dec("0.003"), dec("0.016"), dec("0.036"), dec("0.066"), dec("0.106")}
	for _, adj := range []decimal.Decimal{decimal.Zero, dec("1.1")} {
		m := Matrix{Rates: rates, Adjustment: adj}
		p, err := ProvisionMatrix(r, m)
		require.NoError(t, err)
		adjustment, err := m.check(r.Buckets)
		require.NoError(t, err)
		// The printed report row and the printed allowance, bucket by
		// bucket: (amount − excluded) × rate × adjustment, rounded to cents.
		cur, prov := r.Currencies[0], p.Currencies[0]
		sum := decimal.Zero
		for k := range rates {
			base := cur.Amounts[k].Sub(prov.Excluded[k])
			requireDecimal(t, base.Mul(rates[k]).Mul(adjustment).Round(2).String(), prov.Buckets[k], "bucket %d", k)
			sum = sum.Add(prov.Buckets[k])
		}
		requireDecimal(t, sum.String(), prov.Total)
		requireAmounts(t, []string{"0", "-120", "0", "0", "0"}, prov.Excluded)
		for i, c := range p.Customers {
			for k := range rates {
				base := r.Customers[i].Amounts[k].Sub(c.Excluded[k])
				require.False(t, base.IsNegative(), "%s bucket %d", c.Customer, k)
				requireDecimal(t, base.Mul(rates[k]).Mul(adjustment).Round(2).String(), c.Buckets[k], "%s bucket %d", c.Customer, k)
			}
		}
	}
	// The figures of examples/collections: 561.11 held; rates × the printed
	// row (with −120.00 in 1–30) would be 559.19; the 1.92 is −120.00 ×
	// 1.6%, the excluded credit.
	p, err := ProvisionMatrix(r, Matrix{Rates: rates})
	require.NoError(t, err)
	printed := decimal.Zero
	for k, a := range r.Currencies[0].Amounts {
		printed = printed.Add(a.Mul(rates[k]))
	}
	requireDecimal(t, "559.19", printed.Round(2))
	requireDecimal(t, "561.11", p.Currencies[0].Total)
	requireDecimal(t, "1.92", p.Currencies[0].Total.Sub(printed.Round(2)))

	// A customer under Specific: its whole row is excluded from the matrix.
	p, err = ProvisionMatrix(r, Matrix{Rates: rates, Specific: map[string]decimal.Decimal{"Carter & Sons": dec("1")}})
	require.NoError(t, err)
	carter := p.Customers[1]
	require.Equal(t, "Carter & Sons", carter.Customer)
	requireAmounts(t, []string{"0", "-120", "0", "0", "733.4"}, carter.Excluded)
	requireDecimal(t, "613.4", carter.Specific) // 733.40 − 120.00
	requireAmounts(t, []string{"0", "-120", "0", "0", "733.4"}, p.Currencies[0].Excluded)
}

// Issue 19: one rule for a report's allowance and an item's.
func TestMatrixItemProvision(t *testing.T) {
	rates := []decimal.Decimal{dec("0.003"), dec("0.016"), dec("0.036"), dec("0.066"), dec("0.5")}
	m := Matrix{Rates: rates, Adjustment: dec("1.1"), Specific: map[string]decimal.Decimal{"Insolvent": dec("1")}}
	require.NoError(t, m.Check(Standard()))
	it := item("OLD", "A", "EUR", 400, "100.5")
	got, err := m.ItemProvision(it, 4)
	require.NoError(t, err)
	requireDecimal(t, "55.28", got) // 100.5 × 0.5 × 1.1 = 55.275 → 55.28
	it.Open = dec("100.50")
	again, err := m.ItemProvision(it, 4)
	require.NoError(t, err)
	requireDecimal(t, "55.28", again, "the amount's own exponent does not matter")
	// The same figure as the matrix on a report of that one item.
	r, err := AgeSlice(asOf, []Item{it}, Options{})
	require.NoError(t, err)
	p, err := ProvisionMatrix(r, m)
	require.NoError(t, err)
	requireDecimal(t, got.String(), p.Customers[0].Total)
	// Specific, credit, JPY.
	ins := item("I", "Insolvent", "EUR", 5, "250.00")
	got, err = m.ItemProvision(ins, 1)
	require.NoError(t, err)
	requireDecimal(t, "250", got)
	credit := item("C", "A", "EUR", 5, "-250.00")
	got, err = m.ItemProvision(credit, 1)
	require.NoError(t, err)
	requireDecimal(t, "0", got)
	yen := item("Y", "A", "JPY", 5, "1001")
	got, err = m.ItemProvision(yen, 1)
	require.NoError(t, err)
	requireDecimal(t, "18", got) // 1001 × 0.016 × 1.1 = 17.6176 → 18 yen

	// Errors: the ones Check gives.
	for _, tc := range []struct {
		m      Matrix
		bucket int
		want   error
		msg    string
	}{
		{Matrix{Rates: []decimal.Decimal{dec("-5")}}, 0, ErrInvalidRates, "Rates[0] (-5) is outside [0, 1]"},
		{Matrix{Rates: []decimal.Decimal{dec("0.6")}, Adjustment: dec("2")}, 0, ErrInvalidRates, "above 1"},
		{Matrix{Rates: []decimal.Decimal{dec("0.5")}, Adjustment: dec("-1")}, 0, ErrInvalidRates, "Adjustment -1 is negative"},
		{Matrix{Rates: []decimal.Decimal{dec("0.5")}, Adjustment: decimal.New(1, math.MinInt32)}, 0, ErrInvalidRates, "Adjustment"},
		{Matrix{Rates: []decimal.Decimal{decimal.New(1, math.MaxInt32)}}, 0, ErrInvalidRates, "Rates[0]"},
		{Matrix{Rates: []decimal.Decimal{dec("0.5")}}, 3, ErrInvalidRates, "bucket 3"},
		{Matrix{Rates: []decimal.Decimal{dec("0.5")}}, -1, ErrInvalidRates, "bucket -1"},
		{Matrix{Rates: []decimal.Decimal{dec("0.5")}, Places: 19}, 0, ErrInvalidOptions, "Places 19"},
		{Matrix{Specific: map[string]decimal.Decimal{"A": dec("2")}}, 0, ErrInvalidRates, `Specific rate of "A" (2)`},
	} {
		_, err := tc.m.ItemProvision(item("X", "A", "EUR", 5, "10"), tc.bucket)
		require.ErrorIs(t, err, tc.want, tc.msg)
		require.ErrorContains(t, err, tc.msg)
	}
	_, err = m.ItemProvision(Item{Ref: "bad"}, 0)
	require.ErrorIs(t, err, ErrInvalidItem)
	require.ErrorIs(t, Matrix{Rates: rates[:2]}.Check(Standard()), ErrInvalidRates)
}

// Issue 19: LossRates([1.2, 0.5], 0.5) gave 0.25 for bucket 0 — the 1.2
// silently capped at 1 — instead of 0.30 or an error. Failed on the old
// code (no error, [0.25 0.25 0.5]).
func TestLossRatesRejectsRollAboveOne(t *testing.T) {
	_, err := LossRates([]decimal.Decimal{dec("1.2"), dec("0.5")}, dec("0.5"))
	require.ErrorIs(t, err, ErrInvalidRates)
	require.ErrorContains(t, err, "roll rate 0 (1.2) is outside [0, 1]")
	got, err := LossRates([]decimal.Decimal{dec("1"), dec("0.5")}, dec("0.5"))
	require.NoError(t, err)
	requireAmounts(t, []string{"0.25", "0.25", "0.5"}, got)
	_, err = LossRates([]decimal.Decimal{decimal.New(1, math.MinInt32)}, dec("0.5"))
	require.ErrorIs(t, err, ErrInvalidRates)
	require.ErrorContains(t, err, "roll rate 0")
}

// Issue 19: Totals.Oldest may be a credit note; OldestDebit is the oldest
// positive item, kept exact through Merge and Converted. (The aging loop
// feeds it on Age's rows: TestAgeFeedsOldestDebit.)
func TestOldestDebitMergesAndConverts(t *testing.T) {
	row := func(customer, currency string, debit string, oldest, oldestDebit Oldest) Totals {
		return Totals{Customer: customer, Currency: currency, Amounts: zeros(5), Total: decimal.Zero, Debit: dec(debit),
			Credit: decimal.Zero, DebitDays: decimal.Zero, Items: 1, Oldest: oldest, OldestDebit: oldestDebit}
	}
	acmeCredit := row("ACME", "EUR", "0", Oldest{"CN-1", 176}, Oldest{})
	acmeInvoice := row("ACME", "EUR", "100", Oldest{"INV-9", 24}, Oldest{"INV-9", 24})
	acmeOlder := row("ACME", "EUR", "50", Oldest{"INV-2", 30}, Oldest{"INV-2", 30})
	a := Report{AsOf: asOf, Customers: []Totals{acmeCredit}, Currencies: []Totals{row("", "EUR", "0", Oldest{"CN-1", 176}, Oldest{})}}
	b := Report{AsOf: asOf, Customers: []Totals{acmeInvoice}, Currencies: []Totals{row("", "EUR", "100", Oldest{"INV-9", 24}, Oldest{"INV-9", 24})}}
	c := Report{AsOf: asOf, Customers: []Totals{acmeOlder}, Currencies: []Totals{row("", "EUR", "50", Oldest{"INV-2", 30}, Oldest{"INV-2", 30})}}
	m := a
	require.NoError(t, m.Merge(b))
	assert.Equal(t, Oldest{"CN-1", 176}, m.Customers[0].Oldest)
	assert.Equal(t, Oldest{"INV-9", 24}, m.Customers[0].OldestDebit, "a credit never is the oldest debit")
	require.NoError(t, m.Merge(c))
	assert.Equal(t, Oldest{"INV-2", 30}, m.Customers[0].OldestDebit)
	assert.Equal(t, Oldest{"INV-2", 30}, m.Currencies[0].OldestDebit)
	// Merging in the other order gives the same.
	n := c
	require.NoError(t, n.Merge(a))
	require.NoError(t, n.Merge(b))
	assert.Equal(t, m.Customers[0].OldestDebit, n.Customers[0].OldestDebit)

	usd := row("", "USD", "10", Oldest{"U-1", 3}, Oldest{"U-1", 3})
	both := Report{AsOf: asOf, Currencies: []Totals{row("", "EUR", "0", Oldest{"CN-1", 176}, Oldest{}), usd}}
	conv, err := both.Converted(Conversion{To: "EUR", Rates: map[string]decimal.Decimal{"USD": dec("0.9")}})
	require.NoError(t, err)
	assert.Equal(t, Oldest{"CN-1", 176}, conv.Oldest)
	assert.Equal(t, Oldest{"U-1", 3}, conv.OldestDebit)
	// A debit that converts to less than a cent still counts.
	both.Currencies[1].Debit = dec("0.001")
	conv, err = both.Converted(Conversion{To: "EUR", Rates: map[string]decimal.Decimal{"USD": dec("0.9")}})
	require.NoError(t, err)
	assert.Equal(t, Oldest{"U-1", 3}, conv.OldestDebit)
}

// TestAgeFeedsOldestDebit is the loop's side of OldestDebit (age.go and
// rows.go). ACME: a credit note 176 days past due, invoices 24 and 5 days
// past due — issue 19's case, where Oldest (the credit note) wrongly
// blocked the customer in a credit check.
func TestAgeFeedsOldestDebit(t *testing.T) {
	items := []Item{item("CN-7", "ACME", "EUR", 176, "-2000.00"), item("INV-3", "ACME", "EUR", 24, "1500.00"),
		item("INV-4", "ACME", "EUR", 5, "700.00"), item("Z", "Zeta", "EUR", 90, "-5.00")}
	r, err := AgeSlice(asOf, items, Options{})
	require.NoError(t, err)
	require.Equal(t, Oldest{"CN-7", 176}, r.Customers[0].Oldest)
	require.Equal(t, Oldest{"INV-3", 24}, r.Customers[0].OldestDebit)
	require.Equal(t, Oldest{}, r.Customers[1].OldestDebit, "Zeta has no positive item")
	require.Equal(t, Oldest{"INV-3", 24}, r.Currencies[0].OldestDebit)
	par, err := AgeParallel(asOf, append(items, items...), Options{}, 3)
	require.NoError(t, err)
	require.Equal(t, Oldest{"INV-3", 24}, par.Customers[0].OldestDebit)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	require.Contains(t, string(b), `"oldestDebit":{"ref":"INV-3","days":24}`)
}
