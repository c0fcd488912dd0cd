package aging

import (
	"math"
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
// customer and currency, so a row is known by its customer string's
// address and length plus a small number for its currency. The hot row
// holds the customer pointer, which keeps the string alive: the address
// cannot be reused by another string while the row exists, and Go strings
// never change, so the same address and length is the same text. Strings
// that are not shared (rows read from a database one by one) miss the
// index and find their row by value in a map, as do customer names longer
// than 65,535 bytes and currencies beyond the 255th; so does a second
// address of a customer whose row already has one.

// hotRow is the part of a row that most items touch, in one 64-byte cache
// line: the identity the index checks, the item count and the int64 sums of
// the debit days and the first hotBuckets buckets, all at one exponent.
// Anything else an item adds — a credit, a not-yet-due band, a later
// bucket, an amount that does not fit — goes to the row's exact sums (row),
// and the hot sums are flushed there before a report is built.
type hotRow struct {
	customer unsafe.Pointer // the customer string's bytes; nil: not indexed
	custLen  uint16         // its length
	currency uint8          // its currency's slot (ager.currencySlot)
	exp      int8           // the exponent of every hot sum (items have |exponent| ≤ 40)
	items    int32          // items added since the count was last moved to rowKey.items
	sums     [hotSums]int64 // hotDebitDays, then hotBucket + bucket index
}

// The hot sums.
const (
	hotBuckets   = 5
	hotDebitDays = 0
	hotBucket    = 1
	hotSums      = hotBucket + hotBuckets
)

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
	items              int64 // the count, once finish has moved hotRow.items here
}

// currencyEntry remembers the slot of one currency string, by address.
type currencyEntry struct {
	ptr  unsafe.Pointer
	len  int
	slot uint8
}

// currencySlot is the small number that stands for a currency in the
// index: one compare for a currency string already seen at this address, 0
// when the currency cannot be indexed.
func (a *ager) currencySlot(currency string) uint8 {
	p := unsafe.Pointer(unsafe.StringData(currency))
	e := &a.currencies[uint64(uintptr(p))*0x9E3779B97F4A7C15>>(64-4)]
	if e.ptr == p && e.len == len(currency) {
		return e.slot
	}
	return a.currencyMiss(currency, e)
}

// currencyMiss gives the currency its slot by value (the next free one on
// first sight; 0 once 255 are taken) and remembers it at this address.
func (a *ager) currencyMiss(currency string, e *currencyEntry) uint8 {
	slot, ok := a.currencySlots[currency]
	if !ok && len(a.currencySlots) < math.MaxUint8 {
		slot = uint8(len(a.currencySlots) + 1)
		a.currencySlots[currency] = slot
	}
	*e = currencyEntry{ptr: unsafe.Pointer(unsafe.StringData(currency)), len: len(currency), slot: slot}
	return slot
}

// hashKey mixes a customer address and a currency slot; the top bits pick
// the index entry, bits 22–31 are the tag.
func hashKey(customer unsafe.Pointer, slot uint8) uint64 {
	return (uint64(uintptr(customer)) ^ uint64(slot)<<56) * 0x9E3779B97F4A7C15
}

// row finds the row of (customer, currency), creating it on first sight.
func (a *ager) row(customer, currency string) int32 {
	slot := a.currencySlot(currency)
	pc := unsafe.Pointer(unsafe.StringData(customer))
	h := hashKey(pc, slot)
	tag := uint32(h) >> indexRowBits
	mask := uint64(len(a.index) - 1)
	for i := h >> a.shift; ; i = (i + 1) & mask {
		e := a.index[i]
		if e == 0 {
			break
		}
		if e>>indexRowBits == tag {
			g := int32(e&indexRowMask) - 1
			if r := &a.hot[g]; r.customer == pc && int(r.custLen) == len(customer) && r.currency == slot {
				return g
			}
		}
	}
	return a.rowMiss(customer, currency, slot)
}

// rowMiss finds or creates by value the row the index did not have, and
// indexes it under this customer address if the row has none yet.
func (a *ager) rowMiss(customer, currency string, slot uint8) int32 {
	a.misses++
	key := [2]string{customer, currency}
	g, ok := a.byName[key]
	if !ok {
		g = int32(len(a.hot))
		a.hot = append(a.hot, hotRow{})
		a.rows = append(a.rows, row{})
		a.oldest = append(a.oldest, 0)
		a.keys = append(a.keys, rowKey{customer: customer, currency: currency})
		a.byName[key] = g
	}
	if r := &a.hot[g]; r.customer == nil && slot != 0 && len(customer) <= math.MaxUint16 && g < maxIndexedRows {
		r.customer, r.custLen, r.currency = unsafe.Pointer(unsafe.StringData(customer)), uint16(len(customer)), slot
		if a.indexed++; a.indexed > len(a.index)/4 { // keep the index at most a quarter full
			a.growIndex()
		} else {
			a.indexRow(g)
		}
	}
	return g
}

// indexRow enters row g, which has an identity, in the index.
func (a *ager) indexRow(g int32) {
	r := &a.hot[g]
	h := hashKey(r.customer, r.currency)
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
		if a.hot[g].customer != nil {
			a.indexRow(int32(g))
		}
	}
}

// addHot adds an item's amount c × 10^e, aged days, to bucket b < hotBuckets
// of row g's hot sums; false (and nothing added) when it does not fit them
// — another exponent that cannot be aligned, an int64 overflow — so that the
// caller adds it exactly instead. The common case is two int64 adds.
func (a *ager) addHot(g int32, c int64, e int32, days, b int) bool {
	h := &a.hot[g]
	if e != int32(h.exp) && !a.alignHot(g, &c, e) {
		return false
	}
	s, ok := add64(h.sums[hotBucket+b], c)
	if !ok {
		return false
	}
	if c <= 0 {
		h.sums[hotBucket+b] = s
		return true
	}
	// |days| < 2^22 (years 1–9999) and 0 < c < 2^40 keep the product < 2^62.
	if c >= 1<<40 || days >= 1<<22 || days <= -1<<22 {
		return false
	}
	d, ok := add64(h.sums[hotDebitDays], c*int64(days))
	if !ok {
		return false
	}
	h.sums[hotBucket+b], h.sums[hotDebitDays] = s, d
	return true
}

// alignHot brings c × 10^e to the exponent of row g's hot sums: a larger
// exponent scales c up; a smaller one flushes the hot sums into the exact
// ones and adopts e. False when scaling c would overflow.
func (a *ager) alignHot(g int32, c *int64, e int32) bool {
	h := &a.hot[g]
	if d := e - int32(h.exp); d > 0 && h.sums != [hotSums]int64{} {
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
	h.exp = int8(e)
	return true
}

// flushHot moves row g's hot sums into its exact sums.
func (a *ager) flushHot(g int32) {
	h, r := &a.hot[g], &a.rows[g]
	for i, v := range h.sums {
		j := sumBucket + i - hotBucket
		if i == hotDebitDays {
			j = sumDebitDays
		}
		r.add(j, v, int32(h.exp))
	}
	h.sums = [hotSums]int64{}
}

// finish flushes every row's hot sums and count, so that the exact sums
// and rowKey.items hold everything: before a report or a merge.
func (a *ager) finish() {
	for g := range a.hot {
		a.flushHot(int32(g))
		a.keys[g].items += int64(a.hot[g].items)
		a.hot[g].items = 0
	}
}
