package aging

import (
	"cmp"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Merge adds other into r, as if the items behind both had been aged
// together: reports form a monoid, so shards aged anywhere — goroutines,
// processes, a Beam or Spark cluster — merge to exactly the report of the
// whole ledger, in any grouping. The empty Report{} is the identity. Both
// reports must hold together (ErrInvalidReport: one decoded from JSON or
// built by hand is checked) and have the same as-of date, buckets, basis
// and DueWithin split (ErrReportMismatch otherwise); r is left unchanged
// on error.
func (r *Report) Merge(other Report) error {
	if err := r.check(); err != nil {
		return err
	}
	if err := other.check(); err != nil {
		return err
	}
	if other.isEmpty() {
		return nil
	}
	if r.isEmpty() {
		*r = other.clone()
		return nil
	}
	switch {
	case !r.AsOf.Equal(other.AsOf) && r.AsOf.Format(time.DateOnly) != other.AsOf.Format(time.DateOnly):
		return fmt.Errorf("%w: as of %s and %s", ErrReportMismatch, r.AsOf.Format(time.DateOnly), other.AsOf.Format(time.DateOnly))
	case r.Buckets != other.Buckets:
		return fmt.Errorf("%w: buckets %s and %s", ErrReportMismatch, r.Buckets, other.Buckets)
	case r.Basis != other.Basis:
		return fmt.Errorf("%w: basis %s and %s", ErrReportMismatch, r.Basis, other.Basis)
	case !sameDueWithin(r.DueWithin, other.DueWithin):
		return fmt.Errorf("%w: DueWithin %s and %s", ErrReportMismatch, dueWithinText(r.DueWithin), dueWithinText(other.DueWithin))
	}
	r.Customers = mergeRows(r.Customers, other.Customers)
	r.Currencies = mergeRows(r.Currencies, other.Currencies)
	r.Rejected = append(append([]ItemError(nil), r.Rejected...), other.Rejected...)
	slices.SortFunc(r.Rejected, compareRejected)
	if len(r.Rejected) == 0 {
		r.Rejected = nil
	}
	return nil
}

// isEmpty reports whether r is the identity: no as-of date and no rows.
func (r *Report) isEmpty() bool {
	return r.AsOf.IsZero() && len(r.Customers) == 0 && len(r.Currencies) == 0 && len(r.Rejected) == 0
}

// clone copies the rows so that merging into the copy never writes into
// the caller's slices.
func (r Report) clone() Report {
	r.Customers = mergeRows(nil, r.Customers)
	r.Currencies = mergeRows(nil, r.Currencies)
	r.Rejected = slices.Clone(r.Rejected)
	r.DueWithin = slices.Clone(r.DueWithin)
	return r
}

// mergeRows merge-joins two row lists sorted by (customer, currency) into a
// new list.
func mergeRows(a, b []Totals) []Totals {
	out := make([]Totals, 0, max(len(a), len(b)))
	key := func(t Totals) [2]string { return [2]string{t.Customer, t.Currency} }
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		var c int
		switch {
		case i == len(a):
			c = 1
		case j == len(b):
			c = -1
		default:
			ka, kb := key(a[i]), key(b[j])
			c = cmp.Or(cmp.Compare(ka[0], kb[0]), cmp.Compare(ka[1], kb[1]))
		}
		switch {
		case c < 0:
			out = append(out, a[i].clone())
			i++
		case c > 0:
			out = append(out, b[j].clone())
			j++
		default:
			out = append(out, a[i].plus(b[j]))
			i, j = i+1, j+1
		}
	}
	return out
}

// clone copies the Amounts and NotDue slices.
func (t Totals) clone() Totals {
	t.Amounts = slices.Clone(t.Amounts)
	t.NotDue = slices.Clone(t.NotDue)
	return t
}

// plus adds two rows of the same key, of one shape (Report.check: the
// same number of Amounts and NotDue bands).
func (t Totals) plus(o Totals) Totals {
	out := t.clone()
	for i, v := range o.Amounts {
		out.Amounts[i] = out.Amounts[i].Add(v)
	}
	for i, v := range o.NotDue {
		out.NotDue[i] = out.NotDue[i].Add(v)
	}
	out.Total = t.Total.Add(o.Total)
	out.Items = t.Items + o.Items
	out.Debit = t.Debit.Add(o.Debit)
	out.Credit = t.Credit.Add(o.Credit)
	out.DebitDays = t.DebitDays.Add(o.DebitDays)
	if older(o.Oldest.Days, o.Oldest.Ref, t.Oldest.Days, t.Oldest.Ref) {
		out.Oldest = o.Oldest
	}
	out.OldestDebit = oldestDebit(t, o)
	return out
}

// oldestDebit is the older OldestDebit of two rows, counting only a row
// with a positive item (Debit > 0).
func oldestDebit(t, o Totals) Oldest {
	switch {
	case !o.Debit.IsPositive():
		return t.OldestDebit
	case !t.Debit.IsPositive() || older(o.OldestDebit.Days, o.OldestDebit.Ref, t.OldestDebit.Days, t.OldestDebit.Ref):
		return o.OldestDebit
	}
	return t.OldestDebit
}

// AgeParallel ages items on goroutines and merges their work: the same
// report as AgeSlice, faster on several cores. shards is the number of
// goroutines; ≤ 0 means one per CPU (runtime.GOMAXPROCS), and it is
// capped by the work: no more goroutines than chunks of at least 4,096
// items (each builds an ager of some 20 KB). Each takes the next chunk of
// the slice as it finishes one, so that a core slowed by other work does
// not hold up the rest; each keeps its own running sums,
// which are merged before any decimal is built, so the merge costs one pass
// over the customers. With CollectErrors off, the error is that of the first
// bad item in the slice, as from AgeSlice.
func AgeParallel(asOf time.Time, items []Item, opt Options, shards int) (Report, error) {
	if shards <= 0 {
		shards = runtime.GOMAXPROCS(0)
	}
	shards = max(1, min(shards, len(items)))
	size := max(minChunk, len(items)/(shards*chunksPerShard))
	chunks := (len(items) + size - 1) / size
	// No more goroutines than chunks: each builds an ager (some 20 KB)
	// whether or not there is work left for it.
	shards = max(1, min(shards, chunks))
	errs := make([]error, chunks) // the error of each chunk that has one
	var next atomic.Int64         // the next chunk to take
	var failed atomic.Int64       // the first chunk with a bad item: none after it can hold the first
	failed.Store(math.MaxInt64)
	agers := make([]*ager, shards)
	var wg sync.WaitGroup
	for s := range shards {
		a, err := newAger(asOf, opt)
		if err != nil {
			return Report{}, err
		}
		agers[s] = a
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := next.Add(1) - 1; c < int64(chunks) && c < failed.Load(); c = next.Add(1) - 1 {
				if errs[c] = a.addSlice(items[c*int64(size) : min(int64(len(items)), (c+1)*int64(size))]); errs[c] != nil {
					lowerTo(&failed, c)
				}
			}
			a.finish() // here, on all cores, rather than in the merge
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return Report{}, err
		}
	}
	first := agers[0]
	for _, a := range agers[1:] {
		first.mergeAger(a)
	}
	return first.report(shards), nil
}

// lowerTo lowers v to x if x is smaller.
func lowerTo(v *atomic.Int64, x int64) {
	for {
		f := v.Load()
		if x >= f || v.CompareAndSwap(f, x) {
			return
		}
	}
}

// The chunks AgeParallel hands out: about chunksPerShard a goroutine, so
// that they finish within a chunk of one another, and no fewer than
// minChunk items, so that taking one costs nothing next to aging it.
const (
	chunksPerShard = 32
	minChunk       = 4096
)
