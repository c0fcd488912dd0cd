package aging

import (
	"cmp"
	"fmt"
	"iter"
	"math"
	"slices"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/shopspring/decimal"
)

// Age ages a stream of open items as of asOf — a database cursor, a file
// reader, a channel — without holding them: memory grows with the number
// of (customer, currency) pairs, not items. It stops at the first bad item
// with [Item.Validate]'s [ItemError] (wrapping ErrInvalidItem) unless
// opt.CollectErrors is set. Ages are civil days ([terms.DaysBetween]) from
// each item's due date (or issue date) to asOf's calendar date.
//
// An item need only hold until Age has read it: the stream may reuse its
// strings' memory for the next item (a driver's sql.RawBytes wrapped with
// unsafe.String), as rows are found by the strings' bytes — their address
// is only a hint, confirmed by the bytes — and the report holds copies of
// its own. Customers and currencies are compared byte for byte (see
// [Item]): normalising their spelling is the caller's.
func Age(asOf time.Time, items iter.Seq[Item], opt Options) (Report, error) {
	a, err := newAger(asOf, opt)
	if err != nil {
		return Report{}, err
	}
	if items != nil {
		for it := range items {
			if err := a.add(&it); err != nil {
				return Report{}, err
			}
		}
	}
	return a.report(1), nil
}

// AgeSlice is Age over a slice.
func AgeSlice(asOf time.Time, items []Item, opt Options) (Report, error) {
	a, err := newAger(asOf, opt)
	if err != nil {
		return Report{}, err
	}
	if err := a.addSlice(items); err != nil {
		return Report{}, err
	}
	return a.report(1), nil
}

// ager is the state of one aging run. Rows are split by access (rows.go):
// the hot line every item touches (identity and the common sums), the meta
// row beside it (count, oldest age, exponent), the exact sums for all else
// (allocated when first needed), and the cold keys only the report reads.
type ager struct {
	asOf          time.Time
	buckets       Buckets
	basis         Basis
	bucketTable   []uint8 // bucket of each age 0…last edge + 1
	dueWithin     []int
	collect       bool
	hot           []hotRow
	meta          []rowMeta
	rows          []row
	keys          []rowKey
	values        valueTable
	index         []uint32 // len a power of two, at most a quarter full
	shift         uint8    // 64 − log2(len(index))
	indexed       int      // rows in the index
	currencies    [16]currencyEntry
	currencySlots map[string]uint8 // by the ager's own copy of the text
	currencyNames []string         // the text of each slot; "" for 0
	arena         []byte           // room for own's copies
	asOfDay       int64            // asOf's civil date, in days since 1970-01-01
	zones         *[zoneSets][2]zoneSpan
	rejected      []ItemError
	misses        int // rows looked up by value, for tests of the index
	spanLookups   int // zone spans looked up, for tests of the span cache
}

func newAger(asOf time.Time, opt Options) (*ager, error) {
	if asOf.IsZero() {
		return nil, fmt.Errorf("%w: asOf is the zero time", ErrInvalidOptions)
	}
	if opt.Basis > DaysSinceInvoice {
		return nil, fmt.Errorf("%w: unknown basis %d", ErrInvalidOptions, opt.Basis)
	}
	if err := validDueWithin(opt.DueWithin); err != nil {
		return nil, err
	}
	y, m, d := asOf.Date()
	buckets := opt.Buckets
	return &ager{
		bucketTable:   newBucketTable(&buckets),
		asOf:          time.Date(y, m, d, 0, 0, 0, 0, asOf.Location()),
		buckets:       buckets,
		basis:         opt.Basis,
		dueWithin:     slices.Clone(opt.DueWithin),
		collect:       opt.CollectErrors,
		values:        newValueTable(),
		index:         make([]uint32, 1<<minIndexBits),
		shift:         64 - minIndexBits,
		currencySlots: map[string]uint8{},
		currencyNames: []string{""},
		asOfDay:       time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400, // a midnight: exact
		zones:         new([zoneSets][2]zoneSpan),
	}, nil
}

// addSlice ages items.
func (a *ager) addSlice(items []Item) error {
	for i := range items {
		if err := a.add(&items[i]); err != nil {
			return err
		}
	}
	return nil
}

// add ages one item: the loop every report runs a million times, so the
// checks of a good item and the sums it feeds are inline here, and only
// the rare cases (a bad item, an unseen date or row, a huge amount) call
// out. The inline checks are Item.Validate's rules, written so that a good
// item costs a few compares; an item they doubt is judged by Validate
// itself, whose verdict (and error) is final.
func (a *ager) add(it *Item) error {
	// The Unix seconds are read once: they decide IsZero in the common
	// case, pick the zone span and compare the dates.
	du, iu := it.Due.Unix(), it.Issued.Unix()
	if e := it.Open.Exponent(); it.Customer == "" || it.Currency == "" || iu == zeroUnix && it.Issued.IsZero() ||
		du == zeroUnix && it.Due.IsZero() || e < -maxDigits || e > maxDigits {
		if bad, err := a.judge(it); bad {
			return err
		}
	}
	pastDue, ok := a.cachedAge(it.Due, du)
	if !ok {
		pastDue = a.ageMiss(it.Due, du)
	}
	// Due before Issued is a matter of civil dates, each in its own zone.
	// An item whose due instant is two days or more after its issue
	// instant, both in one location and on offsets that cannot outweigh
	// the two days (sameSpan), cannot be due before it is issued; every
	// other item has its issue date's age compared — whatever the zones'
	// offsets.
	if (du < iu+2*86400 || !a.sameSpan(it, iu, du)) && pastDue > a.ageAt(it.Issued, iu) {
		if bad, err := a.judge(it); bad {
			return err
		}
	}
	days := pastDue
	if a.basis == DaysSinceInvoice {
		days = a.ageAt(it.Issued, iu)
	}
	digits := it.Open.NumDigits()
	if digits > 2*maxDigits {
		if bad, err := a.judge(it); bad {
			return err
		}
	}
	// The row's common case is inline: the currency string seen before at
	// this address, the key in its home entry of the index, both confirmed
	// by their bytes (the address is a hint: rows.go). row does the rest.
	ce := a.currencyEntry(it.Currency)
	id := rowID(it.Customer, ce.slot)
	h := hashID(id)
	x := a.index[h>>a.shift]
	g := int32(x&indexRowMask) - 1
	if g < 0 || x>>indexRowBits != uint32(h)>>indexRowBits || a.hot[g].id != id ||
		ce.ptr != unsafe.Pointer(unsafe.StringData(it.Currency)) || len(ce.text) != len(it.Currency) ||
		printOf(it.Currency) != ce.print || printOf(it.Customer) != a.meta[g].print ||
		(len(it.Currency) > 16 || len(it.Customer) > 16) && !a.sameLong(g, ce, it) {
		if g = a.row(it.Customer, it.Currency); g < 0 { // a blank name: no row is made for it
			_, err := a.judge(it)
			return err
		}
	}
	m := &a.meta[g]
	if m.items == 0 && a.keys[g].items == 0 || days >= int(m.oldest) {
		a.noteOldest(g, days, it.Ref)
	}
	if days >= int(m.oldestDebit) && it.Open.Sign() > 0 { // noDebit is below every age
		a.noteOldestDebit(g, days, it.Ref)
	}
	if m.items++; m.items == math.MaxInt32 {
		a.keys[g].items += int64(m.items)
		m.items = 0
	}
	b := a.bucketOf(days)
	if digits <= 18 {
		c, e := it.Open.CoefficientInt64(), it.Open.Exponent()
		if i, v, ok := hotAdd(c, days); !ok || b >= hotBuckets || e != int32(m.exp) || !a.hot[g].add(c, v, i, b) {
			a.addAligned(g, c, e, days, b)
		}
		if a.dueWithin != nil && pastDue <= 0 {
			a.exact(g).add(sumNotDue+dueBand(a.dueWithin, -pastDue), c, e)
		}
		return nil
	}
	a.exact(g).addExact(it.Open, days, b)
	if a.dueWithin != nil && pastDue <= 0 {
		a.exact(g).addSpill(sumNotDue+dueBand(a.dueWithin, -pastDue), it.Open)
	}
	return nil
}

// sameLong confirms, by their bytes, that an item found by address whose
// customer or currency is longer than a print (16 bytes) is of row g and
// currency entry ce.
func (a *ager) sameLong(g int32, ce *currencyEntry, it *Item) bool {
	return it.Currency == ce.text && it.Customer == a.keys[g].customer
}

// bucketOf is buckets.index by table lookup: the loop over the edges
// mispredicts a branch on most items, the table (for edges up to
// maxBucketTable days) does not.
func (a *ager) bucketOf(days int) int {
	if a.bucketTable != nil {
		return int(a.bucketTable[min(max(days, 0), len(a.bucketTable)-1)])
	}
	return a.buckets.index(days)
}

// maxBucketTable bounds the days the bucket table covers.
const maxBucketTable = 1 << 12

// newBucketTable maps every age from 0 to one past the last edge to its
// bucket; nil when the last edge is beyond maxBucketTable.
func newBucketTable(b *Buckets) []uint8 {
	last := int(b.edge(b.count() - 1))
	if last >= maxBucketTable {
		return nil
	}
	t := make([]uint8, last+2)
	for d := range t {
		t[d] = uint8(b.index(d))
	}
	return t
}

// noteOldest makes (days, ref) row g's oldest item if it is older than
// the one held (ties: the smaller Ref), or the row's first; the Ref is the
// ager's own copy (a caller's string may be a view of a buffer it reuses).
//
// The age is held in an int32, saturated at ±(2³¹−1) days (5.8 million
// years): between dates of years 1 to 9999 it cannot saturate (at most
// 3,652,058 days), beyond them it is the one figure of a report that is
// not exact (Item.Validate says so).
func (a *ager) noteOldest(g int32, days int, ref string) {
	k := &a.keys[g]
	days = max(min(days, math.MaxInt32), -math.MaxInt32)
	if first := a.meta[g].items == 0 && k.items == 0; first || older(days, ref, int(a.meta[g].oldest), k.oldestRef) {
		a.meta[g].oldest = int32(days)
		k.setOldestRef(ref)
	}
}

// noteOldestDebit is noteOldest for the row's oldest item with a
// positive amount (Totals.OldestDebit): a credit note can be the oldest
// item of a row, and a credit check must see the oldest invoice.
func (a *ager) noteOldestDebit(g int32, days int, ref string) {
	k, m := &a.keys[g], &a.meta[g]
	days = max(min(days, math.MaxInt32), -math.MaxInt32)
	if m.oldestDebit == noDebit || older(days, ref, int(m.oldestDebit), k.debitRef) {
		m.oldestDebit = int32(days)
		k.setDebitRef(ref)
	}
}

// judge is Item.Validate's verdict on an item the inline checks of add
// doubt: bad and the error to return (nil when collecting), or not bad. It
// is kept out of add so that the copy of the item Validate takes does not
// weigh on the loop.
//
//go:noinline
func (a *ager) judge(it *Item) (bad bool, err error) {
	if err := it.Validate(); err != nil {
		return true, a.reject(err)
	}
	return false, nil
}

// reject stops at err, Item.Validate's verdict on a bad item, or records
// it when collecting.
func (a *ager) reject(err error) error {
	e, ok := err.(ItemError)
	if !a.collect || !ok {
		return err
	}
	a.rejected = append(a.rejected, e)
	return nil
}

// report turns the rows into sorted Totals and adds the per-currency rows.
func (a *ager) report(workers int) Report {
	a.finish()
	r := Report{AsOf: a.asOf, Buckets: a.buckets, Basis: a.basis, DueWithin: a.dueWithin,
		Customers: make([]Totals, len(a.hot))}
	var order []int32
	if workers > 1 { // the sort and the currency rows at once
		done := make(chan struct{})
		go func() {
			defer close(done)
			order = a.sorted()
		}()
		r.Currencies = a.currencyTotals()
		<-done
	} else {
		order = a.sorted()
		r.Currencies = a.currencyTotals()
	}
	a.fill(r.Customers, order, workers)
	slices.SortFunc(a.rejected, compareRejected)
	r.Rejected = a.rejected
	return r
}

// currencyTotals adds up the rows of each currency, sorted by currency.
func (a *ager) currencyTotals() []Totals {
	currencies := map[string]*currencyRow{}
	var names []string
	for g := range a.hot {
		k := &a.keys[g]
		c := currencies[k.currency]
		if c == nil {
			c = &currencyRow{key: rowKey{currency: k.currency}, oldestDebit: noDebit}
			currencies[k.currency] = c
			names = append(names, k.currency)
		}
		r := a.sums(int32(g))
		c.add(&r, k, &a.meta[g])
	}
	slices.Sort(names)
	var out []Totals
	for _, name := range names {
		c := currencies[name]
		out = append(out, a.totals(&c.row, &c.key, c.oldest, c.oldestDebit))
	}
	return out
}

// sortKey is a row's place in the report's order.
type sortKey struct {
	customer, currency string
	row                int32
}

// compareKeys orders rows by customer, then currency (strings.Compare
// reads each pair once; cmp.Compare twice).
func compareKeys(x, y sortKey) int {
	if c := strings.Compare(x.customer, y.customer); c != 0 {
		return c
	}
	return strings.Compare(x.currency, y.currency)
}

// sorted is the row indices in report order: the keys copied side by side
// so that sorting reads no other memory.
func (a *ager) sorted() []int32 {
	keys := make([]sortKey, len(a.hot))
	for g := range keys {
		keys[g] = sortKey{a.keys[g].customer, a.keys[g].currency, int32(g)}
	}
	slices.SortFunc(keys, compareKeys)
	order := make([]int32, len(keys))
	for i, k := range keys {
		order[i] = k.row
	}
	return order
}

// fill builds the Totals of the rows in order, split between workers
// goroutines (the Totals allocate their decimals; AgeParallel shares that
// work too).
func (a *ager) fill(out []Totals, order []int32, workers int) {
	part := func(lo, hi int) {
		for i := lo; i < hi; i++ {
			g := order[i]
			r := a.sums(g)
			out[i] = a.totals(&r, &a.keys[g], a.meta[g].oldest, a.meta[g].oldestDebit)
		}
	}
	if workers <= 1 {
		part(0, len(order))
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			part(w*len(order)/workers, (w+1)*len(order)/workers)
		}()
	}
	wg.Wait()
}

// mergeAger adds another ager's rows, as if its items had been added here.
func (a *ager) mergeAger(o *ager) {
	a.finish()
	o.finish()
	for g := range o.hot {
		k := &o.keys[g]
		into := a.row(k.customer, k.currency)
		ik := &a.keys[into]
		first := ik.items == 0
		if !a.mergeHot(into, o, int32(g)) {
			a.flushHot(into)
			r := o.sums(int32(g))
			a.exact(into).merge(&r)
		}
		if first || older(int(o.meta[g].oldest), k.oldestRef, int(a.meta[into].oldest), ik.oldestRef) {
			a.meta[into].oldest = o.meta[g].oldest
			ik.setOldestRef(k.oldestRef)
		}
		if d := o.meta[g].oldestDebit; d != noDebit &&
			(a.meta[into].oldestDebit == noDebit || older(int(d), k.debitRef, int(a.meta[into].oldestDebit), ik.debitRef)) {
			a.meta[into].oldestDebit = d
			ik.setDebitRef(k.debitRef)
		}
		ik.items += k.items
	}
	a.rejected = append(a.rejected, o.rejected...)
}

// currencyRow sums the rows of one currency.
type currencyRow struct {
	row         row
	key         rowKey
	oldest      int32
	oldestDebit int32 // noDebit while no customer row has a debit
}

// add adds a customer row (its sums r, key k and meta m).
func (c *currencyRow) add(r *row, k *rowKey, m *rowMeta) {
	first := c.key.items == 0
	c.row.merge(r)
	if first || older(int(m.oldest), k.oldestRef, int(c.oldest), c.key.oldestRef) {
		c.oldest, c.key.oldestRef = m.oldest, k.oldestRef
	}
	if m.oldestDebit != noDebit && (c.oldestDebit == noDebit || older(int(m.oldestDebit), k.debitRef, int(c.oldestDebit), c.key.debitRef)) {
		c.oldestDebit, c.key.debitRef = m.oldestDebit, k.debitRef
	}
	c.key.items += k.items
}

// compareRejected orders rejected items by Ref, then field.
func compareRejected(x, y ItemError) int {
	return cmp.Or(cmp.Compare(x.Ref, y.Ref), cmp.Compare(x.Field, y.Field), cmp.Compare(x.Reason, y.Reason))
}

// older reports whether (days, ref) is older than (days2, ref2).
func older(days int, ref string, days2 int, ref2 string) bool {
	return days > days2 || days == days2 && ref < ref2
}

// totals converts a row to its Totals.
func (a *ager) totals(r *row, k *rowKey, oldest, oldestDebit int32) Totals {
	n := a.buckets.Len()
	t := Totals{
		Customer:  k.customer,
		Currency:  k.currency,
		Amounts:   make([]decimal.Decimal, n),
		Total:     r.total(sumBucket, sumBucket+n),
		Items:     int(k.items),
		Debit:     r.debit(n),
		Credit:    r.value(sumCredit),
		DebitDays: r.value(sumDebitDays),
		Oldest:    Oldest{Ref: k.oldestRef, Days: int(oldest)},
	}
	if oldestDebit != noDebit {
		t.OldestDebit = Oldest{Ref: k.debitRef, Days: int(oldestDebit)}
	}
	for i := range t.Amounts {
		t.Amounts[i] = r.value(sumBucket + i)
	}
	if a.dueWithin != nil {
		t.NotDue = make([]decimal.Decimal, len(a.dueWithin)+1)
		for i := range t.NotDue {
			t.NotDue[i] = r.value(sumNotDue + i)
		}
	}
	return t
}
