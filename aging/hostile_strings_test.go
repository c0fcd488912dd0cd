package aging

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"
)

// Items decoded zero-copy: a database driver's sql.RawBytes, or a parser's
// buffer, is reused for the next row, and a caller who wraps it with
// unsafe.String hands Age strings whose bytes change under it while their
// address stays the same. The aging loop finds rows by the address of the
// customer and currency strings; these tests hold it to the bytes.

// reusedBuffer yields one item per (ref, customer, currency, days, open)
// row, every string of it over the same buffer, rewritten for each row, as
// a driver's reused buffer is.
func reusedBuffer(buf []byte, rows [][5]string) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for _, r := range rows {
			n := copy(buf, r[0]+r[1]+r[2])
			clear(buf[n:])
			ref := unsafe.String(&buf[0], len(r[0]))
			customer := unsafe.String(&buf[len(r[0])], len(r[1]))
			currency := unsafe.String(&buf[len(r[0])+len(r[1])], len(r[2]))
			var past int
			fmt.Sscan(r[3], &past)
			it := item(ref, customer, currency, past, r[4])
			if !yield(it) {
				return
			}
		}
	}
}

// owned is the rows' items with strings of their own.
func owned(rows [][5]string) []Item {
	var items []Item
	for _, r := range rows {
		var past int
		fmt.Sscan(r[3], &past)
		items = append(items, item(r[0], r[1], r[2], past, r[4]))
	}
	return items
}

func TestReusedBufferNeverMixesCustomersOrCurrencies(t *testing.T) {
	// Same lengths at the same address: today's address hint would take
	// BOBBY's USD item for ALICE's EUR row.
	rows := [][5]string{
		{"R1", "ALICE", "EUR", "10", "100"},
		{"R2", "BOBBY", "USD", "40", "20"},
		{"R3", "ALICE", "EUR", "5", "1"},
		{"R4", "CAROL", "EUR", "70", "7"},
		{"R5", "BOBBY", "USD", "3", "2"},
		{"R6", "ALICE", "GBP", "100", "9"},
	}
	buf := make([]byte, 16)
	for _, opt := range []Options{{}, {DueWithin: []int{7}}, {Basis: DaysSinceInvoice}} {
		r, err := Age(asOf, reusedBuffer(buf, rows), opt)
		require.NoError(t, err)
		// The report must not alias the caller's buffer either.
		copy(buf, "XXXXXXXXXXXXXXXX")
		want, err := AgeSlice(asOf, owned(rows), opt)
		require.NoError(t, err)
		require.Equal(t, want, r)
		require.Len(t, r.Currencies, 3) // EUR, GBP, USD: never mixed
		requireDecimal(t, "101", r.Customers[0].Total)
		require.Equal(t, "ALICE", r.Customers[0].Customer)
		require.Equal(t, "R1", r.Customers[0].Oldest.Ref)
	}
}

func TestReusedBufferManyCustomers(t *testing.T) {
	// Thousands of customers of one length over one address: correct, and
	// no longer than by value (the index does not collect a chain of rows
	// under the one address).
	var rows [][5]string
	for i := range 20_000 {
		c := fmt.Sprintf("C%05d", i%5000)
		cur := []string{"EUR", "USD", "JPY"}[i%3]
		rows = append(rows, [5]string{fmt.Sprintf("R%06d", i), c, cur, fmt.Sprint(i % 200), fmt.Sprint(i%97 + 1)})
	}
	r, err := Age(asOf, reusedBuffer(make([]byte, 32), rows), Options{})
	require.NoError(t, err)
	want, err := AgeSlice(asOf, owned(rows), Options{})
	require.NoError(t, err)
	require.Equal(t, want, r)
}

func TestReportDoesNotAliasItemStrings(t *testing.T) {
	// A slice whose strings share one buffer, rewritten after AgeSlice:
	// the report keeps its own copies.
	buf := []byte("R1ACMEEURR2GLOBUSD")
	s := func(i, n int) string { return unsafe.String(&buf[i], n) }
	items := []Item{item(s(0, 2), s(2, 4), s(6, 3), 10, "5"), item(s(9, 2), s(11, 4), s(15, 3), 50, "7")}
	want, err := AgeSlice(asOf, owned([][5]string{{"R1", "ACME", "EUR", "10", "5"}, {"R2", "GLOB", "USD", "50", "7"}}), Options{})
	require.NoError(t, err)
	for _, age := range []func() (Report, error){
		func() (Report, error) { return AgeSlice(asOf, items, Options{}) },
		func() (Report, error) { return AgeParallel(asOf, items, Options{}, 2) },
		func() (Report, error) { return Age(asOf, slices.Values(items), Options{}) },
	} {
		copy(buf, "R1ACMEEURR2GLOBUSD")
		r, err := age()
		require.NoError(t, err)
		copy(buf, strings.Repeat("Z", len(buf)))
		require.Equal(t, want, r)
	}
}
