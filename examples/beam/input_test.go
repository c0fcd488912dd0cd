package main

import (
	"bytes"
	"testing"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func TestParseItemLine(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	ok := []struct {
		line string
		want aging.Item
	}{
		{"INV-1,ACME,EUR,2026-01-31,2026-03-02,1234.56",
			aging.Item{Ref: "INV-1", Customer: "ACME", Currency: "EUR", Issued: day(2026, 1, 31), Due: day(2026, 3, 2), Open: decimal.RequireFromString("1234.56")}},
		{"INV-2,\"Smith, J\",USD,2024-02-29,2024-03-30,-10.5,true\r",
			aging.Item{Ref: "INV-2", Customer: "Smith, J", Currency: "USD", Issued: day(2024, 2, 29), Due: day(2024, 3, 30), Open: decimal.RequireFromString("-10.5"), Disputed: true}},
		{"INV-3,C,GBP,2026-12-31,2027-01-30,0.000000000000000000000000000001,",
			aging.Item{Ref: "INV-3", Customer: "C", Currency: "GBP", Issued: day(2026, 12, 31), Due: day(2027, 1, 30), Open: decimal.RequireFromString("1e-30")}},
	}
	for _, tc := range ok {
		got, isItem, err := parseItemLine(tc.line)
		require.NoError(t, err, tc.line)
		require.True(t, isItem, tc.line)
		require.Equal(t, tc.want.Ref, got.Ref)
		require.Equal(t, tc.want.Customer, got.Customer)
		require.Equal(t, tc.want.Currency, got.Currency)
		require.True(t, tc.want.Issued.Equal(got.Issued))
		require.True(t, tc.want.Due.Equal(got.Due))
		require.Equal(t, tc.want.Disputed, got.Disputed)
		requireDecimal(t, tc.want.Open.String(), got.Open, tc.line)
	}
	for _, skip := range []string{"", "  ", "\r", "ref,customer,currency,issued,due,open,disputed", "ref,customer,currency,issued,due,open"} {
		_, isItem, err := parseItemLine(skip)
		require.NoError(t, err, "%q", skip)
		require.False(t, isItem, "%q", skip)
	}
	for _, bad := range []string{
		"INV-1,ACME,EUR,2026-01-31,2026-03-02",              // too few fields
		"INV-1,ACME,EUR,2026-01-31,2026-03-02,1,true,extra", // too many
		"INV-1,ACME,EUR,31/01/2026,2026-03-02,1",            // not a civil date
		"INV-1,ACME,EUR,2026-01-31,2026-02-30,1",            // no such day
		"INV-1,ACME,EUR,2026-01-31,2026-03-02,1.2.3",        // not a decimal
		"INV-1,ACME,EUR,2026-01-31,2026-03-02,NaN",          // not a decimal
		"INV-1,ACME,EUR,2026-01-31,2026-03-02,1,maybe",      // not a bool
		"INV-1,\"ACME,EUR,2026-01-31,2026-03-02,1",          // unterminated quote
	} {
		_, _, err := parseItemLine(bad)
		require.ErrorIs(t, err, ErrBadLine, bad)
	}
}

func TestItemsCSVRoundTrip(t *testing.T) {
	c := testConfig()
	items := GenerateLedger(c.Seed, 200, c.Parts, c.AsOf)
	var buf bytes.Buffer
	require.NoError(t, WriteItemsCSV(&buf, items))
	var got []aging.Item
	for _, line := range bytes.Split(buf.Bytes(), []byte("\n")) {
		it, isItem, err := parseItemLine(string(line))
		require.NoError(t, err)
		if isItem {
			got = append(got, it)
		}
	}
	require.Len(t, got, len(items))
	for i := range items {
		require.Equal(t, items[i].Ref, got[i].Ref)
		require.Equal(t, items[i].Customer, got[i].Customer)
		require.Equal(t, items[i].Due.Format(dateLayout), got[i].Due.Format(dateLayout))
		require.True(t, items[i].Open.Equal(got[i].Open), items[i].Ref)
	}
}

// The generator splits the ledger into parts exactly: no item lost or added
// whatever the split, and the same seed gives the same ledger.
func TestGenerateLedgerParts(t *testing.T) {
	for _, tc := range []struct{ items, parts int }{{0, 1}, {1, 4}, {10, 3}, {1000, 16}} {
		got := GenerateLedger(7, tc.items, tc.parts, testAsOf)
		require.Len(t, got, tc.items, "%+v", tc)
		again := GenerateLedger(7, tc.items, tc.parts, testAsOf)
		for i := range got {
			require.Equal(t, got[i].Ref, again[i].Ref)
			require.True(t, got[i].Open.Equal(again[i].Open))
		}
	}
}

func TestWriteItemsCSVRefusesLineBreaks(t *testing.T) {
	err := WriteItemsCSV(&bytes.Buffer{}, []aging.Item{{Ref: "INV-1", Customer: "two\nlines"}})
	require.ErrorIs(t, err, ErrBadLine)
}
