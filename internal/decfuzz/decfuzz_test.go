package decfuzz

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDecimal(t *testing.T) {
	assert.True(t, Decimal(nil, false).IsZero())
	d := Decimal([]byte{0xFE, 0x01, 0x02}, true) // exponent −2, coefficient 0x0102 = 258
	assert.Equal(t, "-2.58", d.String())
	d = Decimal([]byte{0xFF, 0xFF, 0xFF, 0x7F, 1}, false)
	assert.Equal(t, int32(math.MaxInt32), d.Exponent())
	assert.Len(t, Extremes(), 9)
}
