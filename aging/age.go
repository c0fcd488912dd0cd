package aging

import (
	"cmp"
	"fmt"
	"iter"
	"math"
	"slices"
	"time"
	"unsafe"

	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// Age ages a stream of open items as of asOf — a database cursor, a file
// reader, a channel — without holding them: memory grows with the number
// of (customer, currency) pairs, not items. It stops at the first bad item
// with an *ItemError (wrapping ErrInvalidItem) unless opt.CollectErrors is
// set. Ages are civil days ([terms.DaysBetween]) from each item's due date
// (or issue date) to asOf's calendar date.
func Age(asOf time.Time, items iter.Seq[Item], opt Options) (Report, error) {
	a, err := newAger(asOf, opt)
	if err != nil {
		return Report{}, err
	}
	if items != nil {
		for it := range items {
			if err = a.add(&it); err != nil {
				return Report{}, err
			}
		}
	}
	return a.report(), nil
}

// AgeSlice is Age over a slice.
func AgeSlice(asOf time.Time, items []Item, opt Options) (Report, error) {
	a, err := newAger(asOf, opt)
	if err != nil {
		return Report{}, err
	}
	for i := range items {
		if err := a.add(&items[i]); err != nil {
			return Report{}, err
		}
	}
	return a.report(), nil
}

// group accumulates one (customer, currency) row.
type group struct {
	items              int32 // hot fields first: they share a cache line
	oldestDays         int32 // with the sums of a standard report
	sums               sums
	oldestRef          string
	customer, currency string
}

// groupSlot caches a group by the identity of its customer string: the
// pointer keeps the string alive, so the address cannot be reused by
// another string while the cache holds it. 16 bytes, so that the cache of a
// few thousand customers stays in the CPU's cache.
type groupSlot struct {
	customer unsafe.Pointer
	length   int32
	g        int32
}

// daySlot caches the age of one instant in one location.
type daySlot struct {
	unix int64
	loc  *time.Location
	days int
	ok   bool
}

// dayCacheSize is the number of distinct dates remembered (a few years of
// due dates).
const dayCacheSize = 1 << 11

// ager is the state of one aging run.
type ager struct {
	asOf     time.Time
	buckets  Buckets
	basis    Basis
	collect  bool
	groups   []group
	index    map[[2]string]int32
	slots    []groupSlot // power-of-two sized, ≥ 4 × groups
	days     *[dayCacheSize]daySlot
	rejected []ItemError
}

func newAger(asOf time.Time, opt Options) (*ager, error) {
	if asOf.IsZero() {
		return nil, fmt.Errorf("%w: asOf is the zero time", ErrInvalidOptions)
	}
	if opt.Basis > DaysSinceInvoice {
		return nil, fmt.Errorf("%w: unknown basis %d", ErrInvalidOptions, opt.Basis)
	}
	y, m, d := asOf.Date()
	return &ager{
		asOf:    time.Date(y, m, d, 0, 0, 0, 0, asOf.Location()),
		buckets: opt.Buckets.orStandard(),
		basis:   opt.Basis,
		collect: opt.CollectErrors,
		index:   map[[2]string]int32{},
		slots:   make([]groupSlot, 64),
		days:    new([dayCacheSize]daySlot),
	}, nil
}

// age is the civil days from t to the as-of date, cached per instant and
// location: ledgers repeat the same few hundred dates millions of times.
func (a *ager) age(t time.Time) int {
	u, loc := t.Unix(), t.Location()
	s := &a.days[uint64(u/3600)*0x9E3779B97F4A7C15>>(64-11)]
	if s.ok && s.unix == u && s.loc == loc {
		return s.days
	}
	days := terms.DaysBetween(t, a.asOf)
	*s = daySlot{unix: u, loc: loc, days: days, ok: true}
	return days
}

// group finds the row of (customer, currency): first by the identity of
// the customer string (ledgers share one string per customer) and of the
// row's currency string, then by value.
func (a *ager) group(customer, currency string) int32 {
	p := unsafe.Pointer(unsafe.StringData(customer))
	s := &a.slots[(uintptr(p)>>3)*0x9E3779B97F4A7C15>>32&uintptr(len(a.slots)-1)]
	if s.customer == p && int(s.length) == len(customer) {
		if g := &a.groups[s.g]; unsafe.StringData(g.currency) == unsafe.StringData(currency) && len(g.currency) == len(currency) {
			return s.g
		}
	}
	key := [2]string{customer, currency}
	g, ok := a.index[key]
	if !ok {
		g = int32(len(a.groups))
		a.groups = append(a.groups, group{customer: customer, currency: currency})
		a.index[key] = g
		if len(a.groups)*2 > len(a.slots) {
			a.slots = make([]groupSlot, len(a.slots)*4) // refilled as items come
			return g
		}
	}
	if len(customer) <= math.MaxInt32 {
		*s = groupSlot{customer: p, length: int32(len(customer)), g: g}
	}
	return g
}

// add ages one item.
func (a *ager) add(it *Item) error {
	if bad := it.validate(); bad != nil {
		return a.reject(bad)
	}
	days := a.age(it.Due)
	// Due before Issued is impossible on a calendar date; compare civil
	// dates only when the instants suggest it (saves a lookup per item).
	if it.Due.Before(it.Issued) && days > a.age(it.Issued) {
		return a.reject(&ItemError{Ref: it.Ref, Field: "Due", Reason: fmt.Sprintf("%s is before Issued %s",
			it.Due.Format(time.DateOnly), it.Issued.Format(time.DateOnly))})
	}
	if a.basis == DaysSinceInvoice {
		days = a.age(it.Issued)
	}
	g := &a.groups[a.group(it.Customer, it.Currency)]
	g.items++
	if g.items == 1 || days > int(g.oldestDays) || days == int(g.oldestDays) && it.Ref < g.oldestRef {
		g.oldestRef, g.oldestDays = it.Ref, int32(max(min(days, math.MaxInt32), math.MinInt32))
	}
	if it.Open.NumDigits() > 18 {
		if it.Open.NumDigits() > 2*maxDigits {
			return a.reject(&ItemError{Ref: it.Ref, Field: "Open", Reason: "is beyond 40 digits either side of the point"})
		}
		a.addBig(g, it.Open, days)
		return nil
	}
	c, e := it.Open.CoefficientInt64(), it.Open.Exponent()
	g.sums.add(sumBucket+a.buckets.index(days), c, e)
	switch {
	case c > 0:
		g.sums.add(sumDebit, c, e)
		if w, ok := mulInt64(c, int64(days)); ok {
			g.sums.add(sumDebitDays, w, e)
		} else {
			g.sums.addSpill(sumDebitDays, decimal.New(c, e).Mul(decimal.NewFromInt(int64(days))))
		}
	case c < 0:
		g.sums.add(sumCredit, c, e)
	}
	return nil
}

// addBig adds an amount whose coefficient does not fit an int64.
func (a *ager) addBig(g *group, open decimal.Decimal, days int) {
	g.sums.addSpill(sumBucket+a.buckets.index(days), open)
	if open.IsPositive() {
		g.sums.addSpill(sumDebit, open)
		g.sums.addSpill(sumDebitDays, open.Mul(decimal.NewFromInt(int64(days))))
	} else {
		g.sums.addSpill(sumCredit, open)
	}
}

// reject stops, or records the bad item when collecting.
func (a *ager) reject(e *ItemError) error {
	if !a.collect {
		return e
	}
	a.rejected = append(a.rejected, *e)
	return nil
}

// report turns the groups into sorted rows and adds the per-currency rows.
func (a *ager) report() Report {
	n := a.buckets.Len()
	slices.SortFunc(a.groups, func(x, y group) int {
		return cmp.Or(cmp.Compare(x.customer, y.customer), cmp.Compare(x.currency, y.currency))
	})
	r := Report{AsOf: a.asOf, Buckets: a.buckets, Basis: a.basis, Customers: make([]Totals, len(a.groups))}
	byCurrency := map[string]*group{}
	for i := range a.groups {
		g := &a.groups[i]
		r.Customers[i] = g.totals(n)
		c := byCurrency[g.currency]
		if c == nil {
			c = &group{currency: g.currency, oldestRef: g.oldestRef, oldestDays: g.oldestDays}
			byCurrency[g.currency] = c
		}
		c.mergeFrom(g)
	}
	for _, c := range byCurrency {
		r.Currencies = append(r.Currencies, c.totals(n))
	}
	slices.SortFunc(r.Currencies, func(x, y Totals) int { return cmp.Compare(x.Currency, y.Currency) })
	slices.SortFunc(a.rejected, compareRejected)
	r.Rejected = a.rejected
	return r
}

// compareRejected orders rejected items by Ref, then field.
func compareRejected(x, y ItemError) int {
	return cmp.Or(cmp.Compare(x.Ref, y.Ref), cmp.Compare(x.Field, y.Field), cmp.Compare(x.Reason, y.Reason))
}

// mergeFrom adds g's sums into c.
func (c *group) mergeFrom(g *group) {
	c.sums.merge(&g.sums)
	if c.items == 0 || older(int(g.oldestDays), g.oldestRef, int(c.oldestDays), c.oldestRef) {
		c.oldestRef, c.oldestDays = g.oldestRef, g.oldestDays
	}
	c.items += g.items
}

// older reports whether (days, ref) is older than (days2, ref2).
func older(days int, ref string, days2 int, ref2 string) bool {
	return days > days2 || days == days2 && ref < ref2
}

// totals converts a group to its row.
func (g *group) totals(n int) Totals {
	t := Totals{
		Customer:  g.customer,
		Currency:  g.currency,
		Amounts:   make([]decimal.Decimal, n),
		Items:     int(g.items),
		Debit:     g.sums.value(sumDebit),
		Credit:    g.sums.value(sumCredit),
		DebitDays: g.sums.value(sumDebitDays),
		Oldest:    Oldest{Ref: g.oldestRef, Days: int(g.oldestDays)},
	}
	t.Total = decimal.Zero
	for i := range t.Amounts {
		t.Amounts[i] = g.sums.value(sumBucket + i)
		t.Total = t.Total.Add(t.Amounts[i])
	}
	return t
}
