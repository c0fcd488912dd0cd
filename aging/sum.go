package aging

import (
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// pow10 are the powers of ten that fit in an int64.
var pow10 = [19]int64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// sum adds decimals exactly without allocating in the common case: the
// coefficients of amounts that share an exponent (two decimal places, say)
// are added as int64 with overflow checks; whatever does not fit — a huge
// amount, an overflow, an exponent too far apart — spills into an exact
// decimal. The zero value is an empty sum.
type sum struct {
	coef  int64
	exp   int32
	used  bool // coef/exp hold a value
	spill decimal.Decimal
	big   bool // spill holds a value
}

// add adds d exactly.
func (s *sum) add(d decimal.Decimal) {
	if d.NumDigits() > 18 {
		s.addSpill(d)
		return
	}
	s.addCoef(d.CoefficientInt64(), d.Exponent())
}

// addCoef adds c × 10^e exactly.
func (s *sum) addCoef(c int64, e int32) {
	if c == 0 {
		return
	}
	if !s.used {
		s.coef, s.exp, s.used = c, e, true
		return
	}
	if e != s.exp {
		var ok bool
		if c, e, ok = s.align(c, e); !ok {
			s.addSpill(decimal.New(c, e))
			return
		}
	}
	r, ok := addInt64(s.coef, c)
	if !ok {
		s.addSpill(decimal.New(c, e))
		return
	}
	s.coef = r
}

// align brings c × 10^e and the running sum to one exponent, the smaller of
// the two; false if either would overflow.
func (s *sum) align(c int64, e int32) (int64, int32, bool) {
	if e > s.exp { // scale the new value up
		if d := e - s.exp; d < 19 {
			if v, ok := mulInt64(c, pow10[d]); ok {
				return v, s.exp, true
			}
		}
		return c, e, false
	}
	if d := s.exp - e; d < 19 { // scale the running sum up
		if v, ok := mulInt64(s.coef, pow10[d]); ok {
			s.coef, s.exp = v, e
			return c, e, true
		}
	}
	return c, e, false
}

// addSpill adds d to the exact overflow sum.
func (s *sum) addSpill(d decimal.Decimal) {
	if s.big {
		s.spill = s.spill.Add(d)
	} else {
		s.spill, s.big = d, true
	}
}

// merge adds another sum.
func (s *sum) merge(o sum) {
	if o.used {
		s.addCoef(o.coef, o.exp)
	}
	if o.big {
		s.addSpill(o.spill)
	}
}

// value is the exact total.
func (s *sum) value() decimal.Decimal {
	v := decimal.Zero
	if s.used {
		v = decimal.New(s.coef, s.exp)
	}
	if s.big {
		v = v.Add(s.spill)
	}
	return v
}

// addInt64 adds with overflow detection.
func addInt64(a, b int64) (int64, bool) {
	r := a + b
	return r, (a >= 0) != (b >= 0) || (r >= 0) == (a >= 0)
}

// mulInt64 multiplies with overflow detection.
func mulInt64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	if a == math.MinInt64 || b == math.MinInt64 {
		return 0, false
	}
	hi, lo := bits.Mul64(uint64(abs(a)), uint64(abs(b)))
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	if (a < 0) != (b < 0) {
		return -int64(lo), true
	}
	return int64(lo), true
}

func abs(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}
