package aging

import (
	"hash/maphash"
	"math"
	"slices"
	"unsafe"
)

// Finding an item's row, and adding it there, is the cost to beat in
// aging: a map keyed by two strings hashes both for every item, and a
// million items touch a few thousand rows at random, so every structure an
// item touches competes for the core's cache with the items streaming
// past. An item therefore touches two small things: an index of 4-byte
// entries, and its row's 64-byte hot line, which holds both the row's
// identity and the sums a typical item feeds.
//
// Identity is by address. A ledger in memory shares one string per
// customer and currency, so a row is known by one word: its customer
// string's address and length and a small number for its currency. The
// row's key (rowKey.customer) is that same string and keeps it alive: the
// address cannot be reused by another string while the ager exists, and Go
// strings never change, so the same address and length is the same text.
// Strings that are not shared (rows read from a database one by one) miss
// the index and find their row by value (valueTable), as do customer names
// longer than 255 bytes and currencies beyond the 255th, and a second
// address of a customer whose row has its first.

// hotRow is the part of a row that most items touch, in one 64-byte cache
// line: the identity the index checks and the int64 sums of the debit days,
// the first hotBuckets buckets and the credit, at the exponent in rowMeta.
// Anything else an item adds — a not-yet-due band, a later bucket, an
// amount that does not fit — goes to the row's exact sums (row), and the
// hot sums are flushed there once a row has any; the report reads the
// others straight from the hot sums.
type hotRow struct {
	id   uint64         // rowID of the row's key; 0: not indexed
	sums [hotSums]int64 // hotDebitDays, hotBucket + bucket index, hotCredit
}

// The hot sums.
const (
	hotBuckets   = 5
	hotDebitDays = 0
	hotBucket    = 1
	hotCredit    = hotBucket + hotBuckets
	hotSums      = hotCredit + 1
)

// rowMeta is what every item reads and writes besides its hot line: 12
// bytes a row, so that all of them stay in the core's nearest caches.
type rowMeta struct {
	items  int32 // items added since the count was last moved to rowKey.items
	oldest int32 // the age of the oldest item
	exp    int8  // the exponent of the hot sums (items have |exponent| ≤ 40)
}

// rowID is the identity word of a customer string and currency slot:
// address (48 bits), length (8) and slot (8); 0 when they do not fit.
func rowID(customer string, slot uint8) uint64 {
	p := uint64(uintptr(unsafe.Pointer(unsafe.StringData(customer))))
	if slot == 0 || len(customer) > math.MaxUint8 || p>>48 != 0 {
		return 0
	}
	return p | uint64(len(customer))<<48 | uint64(slot)<<56
}

// The index is open-addressed with linear probing. An entry holds a row
// number + 1 (0 is an empty entry) below a tag of the key's hash, so a probe
// reads another row's line only when 10 bits of the hash agree.
const (
	indexRowBits   = 22
	indexRowMask   = 1<<indexRowBits - 1
	maxIndexedRows = indexRowMask - 1 // rows beyond are found by value
	minIndexBits   = 6
)

// rowKey is the cold part of a row: what identifies it and what only the
// report reads.
type rowKey struct {
	customer, currency string
	oldestRef          string
	items              int64 // the count, once finish has moved rowMeta.items here
}

// currencyEntry remembers the slot of one currency string, by address.
type currencyEntry struct {
	ptr  unsafe.Pointer
	len  int
	slot uint8
}

// holds reports whether the entry is that of this very currency string.
func (e *currencyEntry) holds(currency string) bool {
	return e.ptr == unsafe.Pointer(unsafe.StringData(currency)) && e.len == len(currency)
}

// currencyEntry is the entry of the currency table for this string's
// address: the currency's slot, the small number that stands for it in the
// index, if it holds this string.
func (a *ager) currencyEntry(currency string) *currencyEntry {
	return &a.currencies[uint64(uintptr(unsafe.Pointer(unsafe.StringData(currency))))*0x9E3779B97F4A7C15>>(64-4)]
}

// currencyMiss gives the currency its slot by value (the next free one on
// first sight; 0 once 255 are taken: not indexed) and remembers it at this
// address. Only a new row needs it.
func (a *ager) currencyMiss(currency string, e *currencyEntry) uint8 {
	slot, ok := a.currencySlots[currency]
	if !ok && len(a.currencySlots) < math.MaxUint8 {
		slot = uint8(len(a.currencySlots) + 1)
		a.currencySlots[currency] = slot
	}
	*e = currencyEntry{ptr: unsafe.Pointer(unsafe.StringData(currency)), len: len(currency), slot: slot}
	return slot
}

// hashID spreads an identity word; the top bits pick the index entry,
// bits 22–31 are the tag.
func hashID(id uint64) uint64 { return id * 0x9E3779B97F4A7C15 }

// row finds the row of (customer, currency), creating it on first sight:
// the index's other entries, for a currency string seen at this address;
// else by value.
func (a *ager) row(customer, currency string) int32 {
	if e := a.currencyEntry(currency); e.holds(currency) {
		if id := rowID(customer, e.slot); id != 0 {
			h := hashID(id)
			tag := uint32(h) >> indexRowBits
			mask := uint64(len(a.index) - 1)
			for i := h >> a.shift; a.index[i] != 0; i = (i + 1) & mask {
				if x := a.index[i]; x>>indexRowBits == tag && a.hot[int32(x&indexRowMask)-1].id == id {
					return int32(x&indexRowMask) - 1
				}
			}
		}
	}
	return a.rowByValue(customer, currency)
}

// rowByValue finds the row of (customer, currency) by their text, or
// creates it and indexes it under its strings' identity.
func (a *ager) rowByValue(customer, currency string) int32 {
	a.misses++
	h := a.values.hash(customer, currency)
	if g, ok := a.values.find(h, customer, currency, a.keys); ok {
		// Remember the currency's slot at this address, so that the next
		// item with this currency string may find its row by identity.
		if id := a.hot[g].id; id != 0 {
			*a.currencyEntry(currency) = currencyEntry{ptr: unsafe.Pointer(unsafe.StringData(currency)), len: len(currency), slot: uint8(id >> 56)}
		}
		return g
	}
	g := int32(len(a.hot))
	a.hot = append(doubled(a.hot), hotRow{})
	a.meta = append(doubled(a.meta), rowMeta{})
	a.keys = append(doubled(a.keys), rowKey{customer: customer, currency: currency})
	a.values.insert(h, g, a.keys)
	e := a.currencyEntry(currency)
	slot := e.slot
	if !e.holds(currency) {
		slot = a.currencyMiss(currency, e)
	}
	if id := rowID(customer, slot); id != 0 && g < maxIndexedRows {
		a.hot[g].id = id
		if a.indexed++; a.indexed > len(a.index)/4 { // keep the index at most a quarter full
			a.growIndex()
		} else {
			a.indexRow(g)
		}
	}
	return g
}

// doubled is s with room for one more, doubling its capacity when full.
// (append grows large slices by a quarter at a time, which makes a few
// thousand rows allocate and copy their rows some three times over.)
func doubled[S ~[]E, E any](s S) S {
	if len(s) < cap(s) {
		return s
	}
	return slices.Grow(s, max(len(s), 64))
}

// indexRow enters row g, which has an identity, in the index.
func (a *ager) indexRow(g int32) {
	h := hashID(a.hot[g].id)
	mask := uint64(len(a.index) - 1)
	i := h >> a.shift
	for a.index[i] != 0 {
		i = (i + 1) & mask
	}
	a.index[i] = uint32(h)>>indexRowBits<<indexRowBits | uint32(g+1)
}

// growIndex doubles the index and enters every row with an identity again.
func (a *ager) growIndex() {
	a.index = make([]uint32, 2*len(a.index))
	a.shift--
	for g := range a.hot {
		if a.hot[g].id != 0 {
			a.indexRow(int32(g))
		}
	}
}

// hotAdd is what an item adds to the hot sums: amount c (at the hot sums'
// exponent) to bucket b, and v to sum i — c × days to the debit days, or c
// to the credit; ok false when the product could overflow.
func hotAdd(c int64, days int) (i int, v int64, ok bool) {
	if c <= 0 {
		return hotCredit, c, true
	}
	// 0 < c < 2^40 and |days| < 2^22 (years 1–9999) keep c × days < 2^62.
	return hotDebitDays, c * int64(days), c < 1<<40 && days < 1<<22 && days > -1<<22
}

// add adds amount c to bucket b < hotBuckets and v to sum i; false, and
// nothing added, on an int64 overflow. It inlines into the aging loop.
func (h *hotRow) add(c, v int64, i, b int) bool {
	p, q := &h.sums[hotBucket+b], &h.sums[i]
	s, t := *p+c, *q+v
	// add64's overflow checks, written out: with two calls to it this
	// function is over the inliner's budget.
	if (s^*p)&(s^c) < 0 || (t^*q)&(t^v) < 0 {
		return false
	}
	*p, *q = s, t
	return true
}

// addAligned adds an item the hot sums did not take at once — another
// exponent, a later bucket, an overflow: to the hot sums if its exponent
// can be aligned with theirs, else exactly.
func (a *ager) addAligned(g int32, c int64, e int32, days, b int) {
	if x := c; b < hotBuckets && a.alignHot(g, &x, e) {
		if i, v, ok := hotAdd(x, days); ok && a.hot[g].add(x, v, i, b) {
			return
		}
	}
	a.exact(g).addAged(c, e, days, b)
}

// alignHot brings c × 10^e to the exponent of row g's hot sums: a larger
// exponent scales c up; a smaller one flushes the hot sums into the exact
// ones and adopts e. False when scaling c would overflow.
func (a *ager) alignHot(g int32, c *int64, e int32) bool {
	m := &a.meta[g]
	if d := e - int32(m.exp); d > 0 && a.hot[g].sums != [hotSums]int64{} {
		if d >= 19 {
			return false
		}
		v, ok := mulInt64(*c, pow10[d])
		if ok {
			*c = v
		}
		return ok
	}
	a.flushHot(g)
	m.exp = int8(e)
	return true
}

// hotToExact maps each hot sum to its exact sum.
var hotToExact = [hotSums]int{hotDebitDays: sumDebitDays, hotBucket: sumBucket, hotBucket + 1: sumBucket + 1,
	hotBucket + 2: sumBucket + 2, hotBucket + 3: sumBucket + 3, hotBucket + 4: sumBucket + 4, hotCredit: sumCredit}

// exact is row g's exact sums. They are allocated on first use, for all
// the rows so far: most runs need them only for the report.
func (a *ager) exact(g int32) *row {
	if int(g) >= len(a.rows) {
		a.rows = append(a.rows, make([]row, len(a.hot)-len(a.rows))...)
	}
	return &a.rows[g]
}

// flushHot moves row g's hot sums into its exact sums.
func (a *ager) flushHot(g int32) {
	h := &a.hot[g]
	if h.sums == [hotSums]int64{} {
		return
	}
	r := a.exact(g)
	for i, v := range h.sums {
		r.add(hotToExact[i], v, int32(a.meta[g].exp))
	}
	h.sums = [hotSums]int64{}
}

// hasExact reports whether row g's exact sums are in use.
func (a *ager) hasExact(g int32) bool { return int(g) < len(a.rows) && a.rows[g] != (row{}) }

// finish moves every row's count to rowKey.items and flushes the hot sums
// of the rows whose exact sums are in use: after it, sums gives each row's
// whole. Before a report or a merge; the rows that never needed exact sums
// (most) are left as they are, without allocating any.
func (a *ager) finish() {
	for g := range a.hot {
		if a.hasExact(int32(g)) {
			a.flushHot(int32(g))
		}
		a.keys[g].items += int64(a.meta[g].items)
		a.meta[g].items = 0
	}
}

// sums is row g's sums as one exact row, once finish has run: its exact
// sums, or else its hot sums.
func (a *ager) sums(g int32) row {
	if a.hasExact(g) {
		return a.rows[g]
	}
	r := row{exp: int32(a.meta[g].exp)}
	for i, v := range a.hot[g].sums {
		r.coef[hotToExact[i]] = v
	}
	return r
}

// mergeHot adds row g of o's hot sums to row into's, when neither has
// exact sums in use and the exponents agree; false, and nothing added,
// otherwise or on an int64 overflow.
func (a *ager) mergeHot(into int32, o *ager, g int32) bool {
	h, oh := &a.hot[into], &o.hot[g]
	if oh.sums == [hotSums]int64{} && !o.hasExact(g) {
		return true // nothing to add
	}
	if a.hasExact(into) || o.hasExact(g) || h.sums != [hotSums]int64{} && a.meta[into].exp != o.meta[g].exp {
		return false
	}
	var sum [hotSums]int64
	for i := range sum {
		s, ok := add64(h.sums[i], oh.sums[i])
		if !ok {
			return false
		}
		sum[i] = s
	}
	h.sums, a.meta[into].exp = sum, o.meta[g].exp
	return true
}

// valueTable finds rows by the text of their key: an open-addressed table
// (linear probing) of row numbers tagged with 32 bits of a seeded hash of
// the key. Every row is entered on creation, so it is what makes a key one
// row, and the index's fallback for strings not seen at their address
// before. The seed is random per ager, as Go's maps' are, so that no
// ledger's names can be chosen to collide; it changes where rows sit in the
// table, never a result.
type valueTable struct {
	seed  maphash.Seed
	slots []uint64 // tag << 32 | row + 1; 0 is an empty slot
	shift uint8    // 64 − log2(len(slots))
}

// newValueTable is an empty table.
func newValueTable() valueTable {
	return valueTable{seed: maphash.MakeSeed(), slots: make([]uint64, 1<<minIndexBits), shift: 64 - minIndexBits}
}

// hash is the key's hash.
func (t *valueTable) hash(customer, currency string) uint64 {
	return maphash.String(t.seed, customer) ^ maphash.String(t.seed, currency)*0x9E3779B97F4A7C15
}

// find is the row of the key with hash h, checked against keys.
func (t *valueTable) find(h uint64, customer, currency string, keys []rowKey) (int32, bool) {
	mask := uint64(len(t.slots) - 1)
	for i := h >> t.shift; t.slots[i] != 0; i = (i + 1) & mask {
		if x := t.slots[i]; uint32(x>>32) == uint32(h) {
			if g := int32(uint32(x)) - 1; keys[g].customer == customer && keys[g].currency == currency {
				return g, true
			}
		}
	}
	return 0, false
}

// insert enters row g, whose key has hash h and is keys[g]; the table
// doubles when over half full.
func (t *valueTable) insert(h uint64, g int32, keys []rowKey) {
	if len(keys) > len(t.slots)/2 {
		t.slots = make([]uint64, 2*len(t.slots))
		t.shift--
		for r := range keys[:len(keys)-1] {
			t.put(t.hash(keys[r].customer, keys[r].currency), int32(r))
		}
	}
	t.put(h, g)
}

// put enters row g under hash h in a table with room.
func (t *valueTable) put(h uint64, g int32) {
	mask := uint64(len(t.slots) - 1)
	i := h >> t.shift
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = uint64(uint32(h))<<32 | uint64(uint32(g)+1)
}
