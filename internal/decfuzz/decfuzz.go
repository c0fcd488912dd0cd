// Package decfuzz builds the decimals that fuzz targets feed the library:
// any coefficient from raw bytes and an exponent over the whole int32
// range — the values a JSON decoder or a hostile caller can produce, which
// fuzz targets that build decimals from small integers never reach (an
// exponent of 2³¹−1 panicked inside shopspring/decimal, one of −10⁸
// stalled a division for a minute) — and runs the range-guard tests of
// issue 25 over a package's table of entries (Suite): every package's
// hostile_test.go keeps only its table, its seeds and its reproductions.
// Test code only, like net/http/httptest: it imports testing and testify.
package decfuzz

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/shopspring/decimal"
)

// Decimal makes a decimal from b: the first four bytes (little-endian) are
// the exponent, full int32 range; the rest, up to 64 bytes, the magnitude
// of the coefficient; neg makes it negative. An input of one to three
// bytes gives an exponent of −128…127 from its first byte, so a corpus of
// short byte strings stays near everyday values.
func Decimal(b []byte, neg bool) decimal.Decimal {
	var exp int32
	switch {
	case len(b) >= 4:
		exp = int32(binary.LittleEndian.Uint32(b))
		b = b[4:]
	case len(b) > 0:
		exp = int32(int8(b[0])) // −128…127
		b = b[1:]
	}
	if len(b) > 64 {
		b = b[:64]
	}
	c := new(big.Int).SetBytes(b)
	if neg {
		c.Neg(c)
	}
	return decimal.NewFromBigInt(c, exp)
}

// Extremes are the decimals every entry point must answer with an error
// (or a result) quickly, never a panic or a stall: the int32 exponent
// edges, exponents of ±10⁸ and 41 digits either side of the point.
func Extremes() []decimal.Decimal {
	return []decimal.Decimal{
		decimal.New(1, math.MaxInt32), decimal.New(1, math.MinInt32),
		decimal.New(-7, math.MaxInt32), decimal.New(3, math.MinInt32+1),
		decimal.New(1, 100_000_000), decimal.New(1, -100_000_000),
		decimal.New(1, 41), decimal.New(1, -41),
		decimal.RequireFromString("12345678901234567890123456789012345678901"), // 41 digits
	}
}
