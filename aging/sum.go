package aging

import (
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// pow10 are the powers of ten that fit in an int64.
var pow10 = [19]int64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// The exact sums a row keeps. The debit sum is not kept: it is the total
// less the credit sum.
const (
	sumDebitDays = iota // Σ open × age over the positive items
	sumBucket           // + bucket index
	sumCredit    = sumBucket + MaxBuckets
	sumNotDue    = sumCredit + 1 // + not-yet-due band (Options.DueWithin)
	nSums        = sumNotDue + MaxDueWithin + 1
)

// row accumulates one (customer, currency) pair, or one currency, exactly
// and without allocating in the common case: all sums share one exponent
// (two decimal places, say) and are int64 coefficients added with overflow
// checks; whatever does not fit — a huge amount, an overflow, an exponent
// too far apart — spills into an exact decimal, allocated on first use.
// The zero value is an empty row: with every coefficient zero, adopting
// the first amount's exponent costs nothing. An ager's rows take most
// items through their hotRow first (rows.go).
type row struct {
	exp   int32
	coef  [nSums]int64
	spill *[nSums]decimal.Decimal
}

// add64 adds with signed-overflow detection.
func add64(x, y int64) (int64, bool) {
	s := x + y
	return s, (s^x)&(s^y) >= 0
}

// addExact adds an amount, aged days, to bucket b and to the debit days or
// the credit: for what the hot sums cannot take.
func (r *row) addExact(open decimal.Decimal, days int, b int) {
	r.addSpill(sumBucket+b, open)
	if open.IsPositive() {
		r.addSpill(sumDebitDays, open.Mul(decimal.NewFromInt(int64(days))))
	} else {
		r.addSpill(sumCredit, open)
	}
}

// addAged adds c × 10^e, aged days, to bucket b and to the debit days or
// the credit, exactly: for what the hot sums cannot take.
func (r *row) addAged(c int64, e int32, days int, b int) {
	r.add(sumBucket+b, c, e)
	if c < 0 {
		r.add(sumCredit, c, e)
		return
	}
	if w, ok := mulInt64(c, int64(days)); ok {
		r.add(sumDebitDays, w, e)
		return
	}
	r.addSpill(sumDebitDays, decimal.New(c, e).Mul(decimal.NewFromInt(int64(days))))
}

// addCoef adds c × 10^e, e already equal to r.exp, to sum i; an int64
// overflow spills.
func (r *row) addCoef(i int, c int64, e int32) {
	if s, ok := add64(r.coef[i], c); ok {
		r.coef[i] = s
		return
	}
	r.spillCoef(i, c, e)
}

// spillCoef adds c × 10^e to the exact overflow of sum i.
func (r *row) spillCoef(i int, c int64, e int32) { r.addSpill(i, decimal.New(c, e)) }

// add adds c × 10^e to sum i exactly, whatever e.
func (r *row) add(i int, c int64, e int32) {
	if c == 0 {
		return
	}
	if e != r.exp && !r.align(&c, &e) {
		r.addSpill(i, decimal.New(c, e))
		return
	}
	r.addCoef(i, c, e)
}

// align brings c × 10^e to the row's exponent, rescaling the row when e is
// smaller; false when that would overflow (the value then spills).
func (r *row) align(c *int64, e *int32) bool {
	if *e > r.exp { // scale the new value up
		if d := *e - r.exp; d < 19 {
			if v, ok := mulInt64(*c, pow10[d]); ok {
				*c, *e = v, r.exp
				return true
			}
		}
		return false
	}
	d := r.exp - *e
	if d >= 19 {
		return false
	}
	for i, v := range r.coef { // scale the row up: every sum to the new exponent
		scaled, ok := mulInt64(v, pow10[d])
		if !ok {
			r.addSpill(i, decimal.New(v, r.exp))
			scaled = 0
		}
		r.coef[i] = scaled
	}
	r.exp = *e
	return true
}

// addSpill adds d to the exact overflow of sum i.
func (r *row) addSpill(i int, d decimal.Decimal) {
	if r.spill == nil {
		r.spill = new([nSums]decimal.Decimal)
	}
	r.spill[i] = r.spill[i].Add(d)
}

// merge adds another row's sums and count.
func (r *row) merge(o *row) {
	if o.exp == r.exp { // the usual case: the same places on both sides
		for i, c := range o.coef {
			if s, ok := add64(r.coef[i], c); ok {
				r.coef[i] = s
			} else {
				r.spillCoef(i, c, o.exp)
			}
		}
	} else {
		for i, c := range o.coef {
			r.add(i, c, o.exp)
		}
	}
	if o.spill != nil {
		for i, d := range o.spill {
			if !d.IsZero() {
				r.addSpill(i, d)
			}
		}
	}
}

// value is sum i, exact; an empty sum is decimal.Zero, which costs no
// allocation.
func (r *row) value(i int) decimal.Decimal {
	v := decimal.Zero
	if r.coef[i] != 0 {
		v = decimal.New(r.coef[i], r.exp)
	}
	if r.spill != nil && !r.spill[i].IsZero() {
		v = v.Add(r.spill[i])
	}
	return v
}

// total is the sum of sums [from, to), exact: in int64 when it fits.
func (r *row) total(from, to int) decimal.Decimal {
	v := decimal.Zero
	if t, ok := r.sum64(from, to); !ok {
		for i := from; i < to; i++ {
			v = v.Add(decimal.New(r.coef[i], r.exp))
		}
	} else if t != 0 {
		v = decimal.New(t, r.exp)
	}
	if r.spill != nil {
		for _, d := range r.spill[from:to] {
			if !d.IsZero() {
				v = v.Add(d)
			}
		}
	}
	return v
}

// sum64 is the sum of the int64 coefficients [from, to); false on overflow.
func (r *row) sum64(from, to int) (int64, bool) {
	var t int64
	for _, c := range r.coef[from:to] {
		s, ok := add64(t, c)
		if !ok {
			return 0, false
		}
		t = s
	}
	return t, true
}

// debit is the sum of the positive amounts: the total of the first n
// buckets less the credit (the negative amounts), exact.
func (r *row) debit(n int) decimal.Decimal {
	if t, ok := r.sum64(sumBucket, sumBucket+n); ok && r.spill == nil && r.coef[sumCredit] != math.MinInt64 {
		if d, ok := add64(t, -r.coef[sumCredit]); ok {
			if d == 0 {
				return decimal.Zero
			}
			return decimal.New(d, r.exp)
		}
	}
	return r.total(sumBucket, sumBucket+n).Sub(r.value(sumCredit))
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
