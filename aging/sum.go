package aging

import (
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// pow10 are the powers of ten that fit in an int64.
var pow10 = [19]int64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// The sums a row keeps: these three, then one per bucket (sumBucket + i),
// so that a report of a few buckets touches one or two cache lines.
const (
	sumDebit = iota
	sumCredit
	sumDebitDays
	sumBucket
	nSums = sumBucket + MaxBuckets
)

// sums adds decimals exactly without allocating in the common case: every
// sum of a row shares one exponent (two decimal places, say) and is an
// int64 coefficient added with overflow checks; whatever does not fit — a
// huge amount, an overflow, an exponent too far apart — spills into an
// exact decimal, allocated on first use. The zero value is all zeros.
type sums struct {
	exp   int32
	used  bool
	coef  [nSums]int64
	spill *[nSums]decimal.Decimal
}

// add adds c × 10^e to sum i exactly.
func (s *sums) add(i int, c int64, e int32) {
	if c == 0 {
		return
	}
	if !s.used {
		s.exp, s.used = e, true
	}
	if e != s.exp && !s.align(&c, &e) {
		s.addSpill(i, decimal.New(c, e))
		return
	}
	r := s.coef[i] + c
	if (s.coef[i] >= 0) == (c >= 0) && (r >= 0) != (c >= 0) { // overflow
		s.addSpill(i, decimal.New(c, e))
		return
	}
	s.coef[i] = r
}

// align brings c × 10^e to the row's exponent, rescaling the row when e is
// smaller; false when that would overflow.
func (s *sums) align(c *int64, e *int32) bool {
	if *e > s.exp { // scale the new value up
		if d := *e - s.exp; d < 19 {
			if v, ok := mulInt64(*c, pow10[d]); ok {
				*c, *e = v, s.exp
				return true
			}
		}
		return false
	}
	d := s.exp - *e
	if d >= 19 {
		return false
	}
	for i, v := range s.coef { // scale the row up: every sum to the new exponent
		scaled, ok := mulInt64(v, pow10[d])
		if !ok {
			s.addSpill(i, decimal.New(v, s.exp))
			scaled = 0
		}
		s.coef[i] = scaled
	}
	s.exp = *e
	return true
}

// addSpill adds d to the exact overflow of sum i.
func (s *sums) addSpill(i int, d decimal.Decimal) {
	if s.spill == nil {
		s.spill = new([nSums]decimal.Decimal)
	}
	s.spill[i] = s.spill[i].Add(d)
}

// merge adds another row's sums.
func (s *sums) merge(o *sums) {
	if o.used {
		for i, c := range o.coef {
			s.add(i, c, o.exp)
		}
	}
	if o.spill != nil {
		for i, d := range o.spill {
			if !d.IsZero() {
				s.addSpill(i, d)
			}
		}
	}
}

// value is sum i, exact.
func (s *sums) value(i int) decimal.Decimal {
	v := decimal.New(s.coef[i], s.exp)
	if s.spill != nil {
		v = v.Add(s.spill[i])
	}
	return v
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
