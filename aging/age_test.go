package aging

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
func dec(s string) decimal.Decimal             { return decimal.RequireFromString(s) }

var asOf = day(2026, 6, 30)

// item is due `past` days before asOf.
func item(ref, customer, currency string, past int, open string) Item {
	due := asOf.AddDate(0, 0, -past)
	return Item{Ref: ref, Customer: customer, Currency: currency, Issued: due.AddDate(0, 0, -30), Due: due, Open: dec(open)}
}

func requireAmounts(t *testing.T, want []string, got []decimal.Decimal) {
	t.Helper()
	require.Len(t, got, len(want))
	for i := range want {
		requireDecimal(t, want[i], got[i], "bucket", i)
	}
}

func TestAgeBoundaries(t *testing.T) {
	// Standard buckets: Current (≤ 0), 1–30, 31–60, 61–90, 90+.
	items := []Item{
		item("NOTDUE", "A", "EUR", -5, "1"),   // due in 5 days → Current
		item("ZERO", "A", "EUR", 0, "2"),      // due today → Current
		item("ONE", "A", "EUR", 1, "4"),       // → 1–30
		item("THIRTY", "A", "EUR", 30, "8"),   // → 1–30
		item("THIRTY1", "A", "EUR", 31, "16"), // → 31–60
		item("SIXTY", "A", "EUR", 60, "32"),   // → 31–60
		item("NINETY", "A", "EUR", 90, "64"),  // → 61–90
		item("NINETY1", "A", "EUR", 91, "128"),
	}
	r, err := AgeSlice(asOf, items, Options{})
	require.NoError(t, err)
	require.Len(t, r.Customers, 1)
	c := r.Customers[0]
	// Current 1 + 2 = 3; 1–30: 4 + 8 = 12; 31–60: 16 + 32 = 48; 61–90: 64; 90+: 128.
	requireAmounts(t, []string{"3", "12", "48", "64", "128"}, c.Amounts)
	requireDecimal(t, "255", c.Total)
	require.Equal(t, 8, c.Items)
	require.Equal(t, Oldest{Ref: "NINETY1", Days: 91}, c.Oldest)
	requireDecimal(t, "252", c.Overdue())
	// Weighted days: (1×−5 + 2×0 + 4×1 + 8×30 + 16×31 + 32×60 + 64×90 + 128×91) / 255
	// = (−5 + 0 + 4 + 240 + 496 + 1,920 + 5,760 + 11,648) / 255 = 20,063 / 255 = 78.6784313…
	// → 78.678431 (RatePlaces, the package's one precision; 78.7 when it
	// had a place of its own).
	requireDecimal(t, "20063", c.DebitDays)
	requireDecimal(t, "78.678431", c.AverageDays())
	require.Equal(t, r.Currencies[0].Amounts, c.Amounts)
}

func TestAgeCreditNotesAndCurrencies(t *testing.T) {
	items := []Item{
		item("I1", "Acme", "EUR", 10, "1000.00"),
		item("CN1", "Acme", "EUR", 10, "-250.00"), // credit note in the same bucket
		item("I2", "Acme", "USD", 45, "300.50"),
		item("I3", "Beta", "EUR", -3, "99.99"),
		item("CASH", "Beta", "EUR", 0, "-20"), // unapplied cash, dated today
	}
	r, err := AgeSlice(asOf, items, Options{})
	require.NoError(t, err)
	require.Len(t, r.Currencies, 2)
	eur, usd := r.Currencies[0], r.Currencies[1]
	require.Equal(t, "EUR", eur.Currency)
	require.Equal(t, "", eur.Customer)
	// EUR: Current 99.99 − 20 = 79.99; 1–30: 1,000 − 250 = 750.
	requireAmounts(t, []string{"79.99", "750", "0", "0", "0"}, eur.Amounts)
	requireDecimal(t, "829.99", eur.Total)
	requireDecimal(t, "1099.99", eur.Debit)
	requireDecimal(t, "-270", eur.Credit)
	require.Equal(t, 4, eur.Items)
	requireAmounts(t, []string{"0", "0", "300.5", "0", "0"}, usd.Amounts)
	// Customers sorted by customer then currency.
	require.Equal(t, [][2]string{{"Acme", "EUR"}, {"Acme", "USD"}, {"Beta", "EUR"}},
		[][2]string{{r.Customers[0].Customer, r.Customers[0].Currency}, {r.Customers[1].Customer, r.Customers[1].Currency}, {r.Customers[2].Customer, r.Customers[2].Currency}})
	// Shares of EUR, as fractions to RatePlaces (they were percent to two
	// places: 9.64 and 90.36): 79.99 / 829.99 = 0.09637465…, 750 / 829.99
	// = 0.90362534…: floors 0.096374 + 0.903625 = 0.999999; the last
	// millionth to the larger remainder (.65… vs .34… millionths):
	// 0.096375 + 0.903625 = 1.
	shares := eur.Shares()
	requireDecimal(t, "0.096375", shares[0])
	requireDecimal(t, "0.903625", shares[1])
	requireDecimal(t, "0", shares[2])
	// Beta alone: Current 99.99 − 20 → shares with a negative amount round
	// on their own; total row is nil-safe.
	require.Nil(t, Totals{}.Shares())
}

func TestAgeLeapDayAndDST(t *testing.T) {
	// As of 2028-03-01, an item due 2028-02-29 is 1 day past due; one due
	// 2028-01-31 is 30 days (Feb has 29 days in 2028).
	r, err := AgeSlice(day(2028, 3, 1), []Item{
		{Ref: "L1", Customer: "A", Currency: "EUR", Issued: day(2028, 1, 1), Due: day(2028, 2, 29), Open: dec("10")},
		{Ref: "L2", Customer: "A", Currency: "EUR", Issued: day(2028, 1, 1), Due: day(2028, 1, 31), Open: dec("20")},
		{Ref: "L3", Customer: "A", Currency: "EUR", Issued: day(2028, 1, 1), Due: day(2028, 1, 30), Open: dec("40")},
	}, Options{})
	require.NoError(t, err)
	requireAmounts(t, []string{"0", "30", "40", "0", "0"}, r.Customers[0].Amounts)

	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	// As of Mar 31 in New York, an item due Mar 1 (before the Mar 8 change)
	// is 30 civil days past due, though only 719 hours have passed.
	r, err = AgeSlice(time.Date(2026, 3, 31, 9, 0, 0, 0, ny), []Item{
		{Ref: "D1", Customer: "A", Currency: "USD", Issued: time.Date(2026, 2, 1, 0, 0, 0, 0, ny), Due: time.Date(2026, 3, 1, 0, 0, 0, 0, ny), Open: dec("5")},
	}, Options{})
	require.NoError(t, err)
	require.Equal(t, 30, r.Customers[0].Oldest.Days)
	requireAmounts(t, []string{"0", "5", "0", "0", "0"}, r.Customers[0].Amounts)
	require.Equal(t, time.Date(2026, 3, 31, 0, 0, 0, 0, ny), r.AsOf)
}

func TestAgeInvoiceBasisAndCustomBuckets(t *testing.T) {
	b, err := NewBuckets(7, 30)
	require.NoError(t, err)
	// By invoice date: issued 30 days before due.
	items := []Item{item("A", "X", "EUR", -25, "1"), item("B", "X", "EUR", 0, "2"), item("C", "X", "EUR", 5, "4")}
	r, err := AgeSlice(asOf, items, Options{Buckets: b, Basis: DaysSinceInvoice})
	require.NoError(t, err)
	// Ages since invoice: 5 → 1–7; 30 → 8–30; 35 → 30+.
	requireAmounts(t, []string{"0", "1", "2", "4"}, r.Customers[0].Amounts)
	require.Equal(t, DaysSinceInvoice, r.Basis)
}

func TestAgeBadItems(t *testing.T) {
	good := item("OK", "A", "EUR", 1, "1")
	for _, tt := range []struct {
		name   string
		mutate func(*Item)
		field  string
	}{
		{"no customer", func(it *Item) { it.Customer = "" }, "Customer"},
		{"no currency", func(it *Item) { it.Currency = "" }, "Currency"},
		{"zero issued", func(it *Item) { it.Issued = time.Time{} }, "Issued"},
		{"zero due", func(it *Item) { it.Due = time.Time{} }, "Due"},
		{"due before issue", func(it *Item) { it.Due = it.Issued.AddDate(0, 0, -1) }, "Due"},
		{"huge exponent", func(it *Item) { it.Open = decimal.New(1, 1_000_000) }, "Open"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bad := good
			bad.Ref = "BAD-1"
			tt.mutate(&bad)
			_, err := AgeSlice(asOf, []Item{good, bad}, Options{})
			require.ErrorIs(t, err, ErrInvalidItem)
			var ie ItemError
			require.True(t, errors.As(err, &ie))
			require.Equal(t, "BAD-1", ie.Ref)
			require.Equal(t, tt.field, ie.Field)
			require.ErrorContains(t, err, `"BAD-1"`)

			r, err := AgeSlice(asOf, []Item{good, bad}, Options{CollectErrors: true})
			require.NoError(t, err)
			require.Len(t, r.Rejected, 1)
			require.Equal(t, 1, r.Customers[0].Items)
		})
	}
	_, err := AgeSlice(time.Time{}, nil, Options{})
	require.ErrorIs(t, err, ErrInvalidOptions)
	_, err = Age(asOf, nil, Options{Basis: 7})
	require.ErrorIs(t, err, ErrInvalidOptions)
	r, err := Age(asOf, nil, Options{})
	require.NoError(t, err)
	require.Empty(t, r.Customers)
}

func TestAgeIteratorStopsEarly(t *testing.T) {
	yielded := 0
	seq := func(yield func(Item) bool) {
		for i := 0; i < 100; i++ {
			yielded++
			it := item("X", "A", "EUR", 1, "1")
			if i == 3 {
				it.Currency = ""
			}
			if !yield(it) {
				return
			}
		}
	}
	_, err := Age(asOf, seq, Options{})
	require.ErrorIs(t, err, ErrInvalidItem)
	require.Equal(t, 4, yielded, "Age stops pulling after the bad item")
}

func TestHugeAmountsStayExact(t *testing.T) {
	// Amounts beyond int64 minor units, and sums that overflow int64, are
	// still exact: 9e18 × 2 in cents overflows int64.
	items := []Item{
		item("H1", "A", "EUR", 1, "90000000000000000.00"),
		item("H2", "A", "EUR", 1, "90000000000000000.00"),
		item("H3", "A", "EUR", 1, "123456789012345678901234567890.12"),
		item("J1", "A", "JPY", 1, "5"),                                // 0 decimal places
		item("K1", "A", "KWD", 1, "1.125"),                            // 3 decimal places
		item("K2", "A", "KWD", 1, "2.5"),                              // mixed exponents in one currency
		item("K3", "A", "KWD", 1, "0.000000000000000000000000000001"), // 30 decimal places
	}
	r, err := AgeSlice(asOf, items, Options{})
	require.NoError(t, err)
	requireDecimal(t, "123456789012525678901234567890.12", r.Currencies[0].Total)
	requireDecimal(t, "5", r.Currencies[1].Total)
	requireDecimal(t, "3.625000000000000000000000000001", r.Currencies[2].Total)
}

func TestAgeDueWithin(t *testing.T) {
	// item(past): due `past` days before asOf, so −7 is due in 7 days.
	items := []Item{
		item("TODAY", "A", "EUR", 0, "1"),     // due in 0 days → band 0 (0–7)
		item("IN7", "A", "EUR", -7, "2"),      // due in 7 → band 0
		item("IN8", "A", "EUR", -8, "4"),      // due in 8 → band 1 (8–30)
		item("IN30", "A", "EUR", -30, "8"),    // due in 30 → band 1
		item("IN31", "A", "EUR", -31, "16"),   // due in 31 → band 2 (31+)
		item("CN", "A", "EUR", -10, "-3"),     // a credit note due in 10 → band 1
		item("LATE", "A", "EUR", 1, "100"),    // overdue: not in any band
		item("OTHER", "B", "USD", -400, "50"), // due in 400 → band 2 of USD
	}
	r, err := AgeSlice(asOf, items, Options{DueWithin: []int{7, 30}})
	require.NoError(t, err)
	require.Equal(t, []int{7, 30}, r.DueWithin)
	a := r.Customers[0]
	// Bands: 1 + 2 = 3; 4 + 8 − 3 = 9; 16. Their sum 28 is Current (bucket 0).
	requireAmounts(t, []string{"3", "9", "16"}, a.NotDue)
	requireDecimal(t, "28", a.Amounts[0])
	requireAmounts(t, []string{"0", "0", "50"}, r.Customers[1].NotDue)
	requireAmounts(t, []string{"3", "9", "16"}, r.Currencies[0].NotDue)

	// By days since invoice the split still counts days until due: the
	// items issued 30 days before their due date are all past Current.
	r, err = AgeSlice(asOf, items, Options{Basis: DaysSinceInvoice, DueWithin: []int{7, 30}})
	require.NoError(t, err)
	requireAmounts(t, []string{"3", "9", "16"}, r.Customers[0].NotDue)

	// Without the option there is no split.
	r, err = AgeSlice(asOf, items, Options{})
	require.NoError(t, err)
	require.Nil(t, r.Customers[0].NotDue)
	require.Nil(t, r.DueWithin)
}

func TestAgeDueWithinInvalid(t *testing.T) {
	for _, tc := range []struct {
		edges []int
		msg   string
	}{
		{[]int{0}, "DueWithin[0] = 0"},
		{[]int{7, -1}, "DueWithin[1] = -1"},
		{[]int{30, 7}, "DueWithin[1] = 7 is not after 30"},
		{[]int{7, 7}, "DueWithin[1] = 7 is not after 7"},
		{[]int{1, 2, 3, 4, 5}, "DueWithin has 5 edges; at most 4"},
	} {
		_, err := AgeSlice(asOf, nil, Options{DueWithin: tc.edges})
		require.ErrorIs(t, err, ErrInvalidOptions, tc.edges)
		require.ErrorContains(t, err, tc.msg)
	}
}

func TestMergeDueWithinMismatch(t *testing.T) {
	items := []Item{item("X", "A", "EUR", -3, "1")}
	a, err := AgeSlice(asOf, items, Options{DueWithin: []int{7}})
	require.NoError(t, err)
	b, err := AgeSlice(asOf, items, Options{DueWithin: []int{14}})
	require.NoError(t, err)
	require.ErrorIs(t, a.Merge(b), ErrReportMismatch)
	c, err := AgeSlice(asOf, items, Options{DueWithin: []int{7}})
	require.NoError(t, err)
	require.NoError(t, a.Merge(c))
	requireAmounts(t, []string{"2", "0"}, a.Customers[0].NotDue)
}

func TestAgeDueBeforeIssueAcrossZones(t *testing.T) {
	// The same instant, 2026-05-31 22:00 UTC, is 31 May in UTC and 1 June
	// at UTC+2: an item issued on 1 June (its own zone) and due 31 May
	// (its own zone) is due before it is issued, though the instants are
	// equal.
	instant := time.Date(2026, 5, 31, 22, 0, 0, 0, time.UTC)
	east := time.FixedZone("UTC+2", 2*3600)
	it := Item{Ref: "X", Customer: "A", Currency: "EUR", Issued: instant.In(east), Due: instant, Open: dec("1")}
	_, err := AgeSlice(asOf, []Item{it}, Options{})
	var ie ItemError
	require.ErrorAs(t, err, &ie)
	require.Equal(t, "Due", ie.Field)
	require.ErrorContains(t, err, "2026-05-31 is before Issued 2026-06-01")
	// A day later in UTC it is fine.
	it.Due = instant.AddDate(0, 0, 1)
	_, err = AgeSlice(asOf, []Item{it}, Options{})
	require.NoError(t, err)
}

func TestSumsOverflowIntoExactSpill(t *testing.T) {
	// Ten amounts of 9.9e15 with two places are coefficients of 9.9e17:
	// each fits an int64, their sum (9.9e18) does not (max ≈ 9.22e18), and
	// amount × 100 days overflows on its own. Everything must stay exact.
	var items []Item
	for i := range 10 {
		items = append(items, item(fmt.Sprintf("BIG%d", i), "A", "EUR", 100, "9900000000000000.00"))
	}
	// Exponents 19 or more apart cannot share an int64 scale: 5e20 and
	// 1e-25 spill too.
	items = append(items,
		Item{Ref: "E20", Customer: "A", Currency: "EUR", Issued: asOf, Due: asOf, Open: decimal.New(5, 20)},
		Item{Ref: "E-25", Customer: "A", Currency: "EUR", Issued: asOf, Due: asOf, Open: decimal.New(1, -25)},
		Item{Ref: "CN", Customer: "A", Currency: "EUR", Issued: asOf, Due: asOf, Open: dec("-0.01")},
	)
	r, err := AgeSlice(asOf, items, Options{})
	require.NoError(t, err)
	a := r.Customers[0]
	// 90+: 10 × 9.9e15 = 9.9e16. Current: 5e20 + 1e-25 − 0.01.
	requireDecimal(t, "99000000000000000", a.Amounts[4])
	requireDecimal(t, "499999999999999999999.9900000000000000000000001", a.Amounts[0])
	requireDecimal(t, "500000000000000000000.0000000000000000000000001", a.Debit.Sub(dec("99000000000000000")))
	requireDecimal(t, "-0.01", a.Credit)
	// Debit days: 9.9e16 × 100 = 9.9e18 (the current items are 0 days).
	requireDecimal(t, "9900000000000000000", a.DebitDays)
	requireDecimal(t, a.Debit.Add(a.Credit).String(), a.Total)
	// Sharded and merged, the same to the last digit.
	p, err := AgeParallel(asOf, items, Options{}, 4)
	require.NoError(t, err)
	requireAmounts(t, []string{a.Amounts[0].String(), "0", "0", "0", a.Amounts[4].String()}, p.Customers[0].Amounts)
	requireDecimal(t, a.DebitDays.String(), p.Customers[0].DebitDays)
}

func TestBucketsBeyondTheTable(t *testing.T) {
	// Edges past maxBucketTable days are classified by the edge loop.
	b, err := NewBuckets(5000, 10000)
	require.NoError(t, err)
	items := []Item{item("A", "X", "EUR", 4999, "1"), item("B", "X", "EUR", 5000, "2"), item("C", "X", "EUR", 5001, "4"),
		item("D", "X", "EUR", 10001, "8"), item("E", "X", "EUR", 0, "16")}
	r, err := AgeSlice(asOf, items, Options{Buckets: b})
	require.NoError(t, err)
	// Current 16; 1–5000: 1 + 2; 5001–10000: 4; 10000+: 8.
	requireAmounts(t, []string{"16", "3", "4", "8"}, r.Customers[0].Amounts)
}

func TestSharesWithACreditBucketAndAverageOfCredits(t *testing.T) {
	// A credit note larger than its bucket makes that bucket negative: the
	// shares are then rounded one by one. 1–30: −50; 31–60: 150; total 100:
	// shares −0.5 and 1.5 (fractions; −50 and 150 percent).
	r, err := AgeSlice(asOf, []Item{item("I", "A", "EUR", 40, "150"), item("CN", "A", "EUR", 10, "-50")}, Options{})
	require.NoError(t, err)
	requireAmounts(t, []string{"0", "-0.5", "1.5", "0", "0"}, r.Customers[0].Shares())
	// Thirds: 1/3 each to six places, the last millionth to the first.
	r, err = AgeSlice(asOf, []Item{item("A", "A", "EUR", 0, "1"), item("B", "A", "EUR", 10, "1"), item("C", "A", "EUR", 40, "1")}, Options{})
	require.NoError(t, err)
	requireAmounts(t, []string{"0.333334", "0.333333", "0.333333", "0", "0"}, r.Customers[0].Shares())
	// Only credits: no positive item, so no average age.
	r, err = AgeSlice(asOf, []Item{item("CN", "A", "EUR", 10, "-50")}, Options{})
	require.NoError(t, err)
	requireDecimal(t, "0", r.Customers[0].AverageDays())
}

func TestCollectErrorsSortsTheRejected(t *testing.T) {
	good := item("OK", "A", "EUR", 1, "1")
	bad := func(ref string, f func(*Item)) Item { it := item(ref, "A", "EUR", 1, "1"); f(&it); return it }
	r, err := AgeSlice(asOf, []Item{
		bad("Z", func(it *Item) { it.Currency = "" }),
		good,
		bad("M", func(it *Item) { it.Issued = time.Time{} }),
		bad("M", func(it *Item) { it.Customer = "" }),
		bad("B", func(it *Item) { it.Open = dec("1e50") }),
	}, Options{CollectErrors: true})
	require.NoError(t, err)
	require.Equal(t, 1, r.Customers[0].Items)
	var got [][2]string
	for _, e := range r.Rejected {
		got = append(got, [2]string{e.Ref, e.Field})
	}
	// By Ref, then field.
	require.Equal(t, [][2]string{{"B", "Open"}, {"M", "Customer"}, {"M", "Issued"}, {"Z", "Currency"}}, got)
}
