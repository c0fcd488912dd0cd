package main

import (
	"testing"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func TestItemCoderRoundTrip(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	berlin, err := time.LoadLocation("Europe/Berlin")
	require.NoError(t, err)
	for name, it := range map[string]aging.Item{
		"zero item, zero decimal and times": {},
		"plain": {Ref: "INV-1", Customer: "ACME", Currency: "EUR",
			Issued: time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC), Due: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
			Open: decimal.RequireFromString("1234.56")},
		// Around the DST changes the civil date must survive: 23:30 on the
		// day clocks change is still that day after a round trip.
		"DST days, local zones": {Ref: "INV-2", Customer: "Zoë, \"quoted\"\nname", Currency: "USD",
			Issued: time.Date(2026, 3, 8, 23, 30, 0, 0, ny), Due: time.Date(2026, 10, 25, 0, 30, 0, 0, berlin),
			Open: decimal.RequireFromString("-0.01"), Disputed: true},
		"30 decimal places and 1e30": {Ref: "R", Open: decimal.RequireFromString("0.123456789012345678901234567890"),
			Issued: time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), Due: time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)},
		"huge": {Ref: "H", Open: decimal.RequireFromString("1e30")},
	} {
		t.Run(name, func(t *testing.T) {
			b, err := encodeItem(it)
			require.NoError(t, err)
			got, err := decodeItem(b)
			require.NoError(t, err)
			require.Equal(t, it.Ref, got.Ref)
			require.Equal(t, it.Customer, got.Customer)
			require.Equal(t, it.Currency, got.Currency)
			require.Equal(t, it.Disputed, got.Disputed)
			requireDecimal(t, it.Open.String(), got.Open)
			for _, d := range [][2]time.Time{{it.Issued, got.Issued}, {it.Due, got.Due}} {
				require.True(t, d[0].Equal(d[1]), "%v != %v", d[0], d[1])
				require.Equal(t, d[0].Format(time.RFC3339Nano), d[1].Format(time.RFC3339Nano), "wall clock and offset")
			}
		})
	}
}

func TestReportCoderRoundTrip(t *testing.T) {
	c := testConfig()
	c.Items = 500
	items := GenerateLedger(c.Seed, c.Items, c.Parts, c.AsOf)
	rep, err := aging.AgeSlice(c.AsOf, items, mustOptions(t, c))
	require.NoError(t, err)
	for name, r := range map[string]aging.Report{"empty": {}, "aged": rep} {
		t.Run(name, func(t *testing.T) {
			b, err := encodeReport(r)
			require.NoError(t, err)
			got, err := decodeReport(b)
			require.NoError(t, err)
			require.True(t, r.AsOf.Equal(got.AsOf))
			require.Equal(t, r.Currencies == nil, got.Currencies == nil, "nil stays nil")
			if name == "aged" {
				requireSameReport(t, r, got)
			}
		})
	}
}

// A truncated or corrupted element is an error, never a panic or a huge
// allocation.
func TestCodersRejectCorruptInput(t *testing.T) {
	c := testConfig()
	c.Items = 50
	items := GenerateLedger(c.Seed, c.Items, c.Parts, c.AsOf)
	rep, err := aging.AgeSlice(c.AsOf, items, mustOptions(t, c))
	require.NoError(t, err)
	ib, err := encodeItem(items[0])
	require.NoError(t, err)
	rb, err := encodeReport(rep)
	require.NoError(t, err)

	for i := 0; i < len(ib); i++ {
		_, err := decodeItem(ib[:i])
		require.ErrorIs(t, err, errCorrupt, "item cut at %d", i)
	}
	for i := 0; i < len(rb); i++ {
		_, err := decodeReport(rb[:i])
		require.ErrorIs(t, err, errCorrupt, "report cut at %d", i)
	}
	_, err = decodeItem(append(ib, 0))
	require.ErrorIs(t, err, errCorrupt, "trailing byte")
	bad := append([]byte(nil), ib...)
	bad[len(bad)-1] = 7 // Disputed is 0 or 1
	_, err = decodeItem(bad)
	require.ErrorIs(t, err, errCorrupt)
	// A length prefix claiming more bytes than there are.
	_, err = decodeReport([]byte{0xff, 0xff, 0xff, 0xff, 0x0f})
	require.ErrorIs(t, err, errCorrupt)
}
