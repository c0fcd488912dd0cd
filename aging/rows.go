package aging

import (
	"math"
	"unsafe"
)

// rowKey is the cold part of a row: what identifies it and what only the
// report reads.
type rowKey struct {
	customer, currency string
	oldestRef          string
	moreItems          int64 // items beyond row.items' int32
}

// Finding an item's row is the cost to beat in aging: a map keyed by two
// strings hashes both for every item. A ledger in memory shares one string
// per customer and currency, so the ager first asks a small cache keyed by
// the strings' addresses. The cache holds the pointers, which keeps the
// strings alive: an address cannot be reused by another string while the
// cache holds it, and Go strings never change, so the same address and
// length is the same text. Fresh strings for every item (rows read from a
// database one by one) only miss the cache and fall back to the map.

// rowRef is one way of the cache: a customer string by address and
// length, and its row (whose currency rowCurs holds). 16 bytes.
type rowRef struct {
	customer    unsafe.Pointer
	customerLen uint32
	row         int32
}

// rowCurrency is a row's currency string by address and length.
type rowCurrency struct {
	ptr unsafe.Pointer
	len int
}

// row finds the row of (customer, currency), creating it on first sight.
func (a *ager) row(customer, currency string) int32 {
	pc, pk := unsafe.Pointer(unsafe.StringData(customer)), unsafe.Pointer(unsafe.StringData(currency))
	set := &a.cache[(uint64(uintptr(pc))+uint64(uintptr(pk))*31)*0x9E3779B97F4A7C15>>a.shift]
	for w := range set {
		if r := &set[w]; r.customer == pc && int(r.customerLen) == len(customer) {
			if c := &a.rowCurs[r.row]; c.ptr == pk && c.len == len(currency) {
				return r.row
			}
		}
	}
	return a.rowMiss(customer, currency, set)
}

// cacheWays is the associativity of the cache: four 16-byte ways make a
// set one 64-byte cache line.
const cacheWays = 4

// rowMiss finds or creates the row the cache did not have, and caches it
// in the set's first way (the last way drops out).
func (a *ager) rowMiss(customer, currency string, set *[cacheWays]rowRef) int32 {
	a.misses++
	key := [2]string{customer, currency}
	g, ok := a.index[key]
	if !ok {
		g = int32(len(a.rows))
		a.rows = append(a.rows, row{})
		a.oldest = append(a.oldest, 0)
		a.keys = append(a.keys, rowKey{customer: customer, currency: currency})
		a.rowCurs = append(a.rowCurs, rowCurrency{unsafe.Pointer(unsafe.StringData(currency)), len(currency)})
		a.index[key] = g
		if len(a.rows) > 2*len(a.cache) { // half the ways in use: grow
			a.growCache()
			return g
		}
	}
	// The cache checks the row's currency by address: only a row whose
	// currency string is this one can be cached for it.
	if c := a.rowCurs[g]; c.ptr == unsafe.Pointer(unsafe.StringData(currency)) && c.len == len(currency) {
		a.cacheRow(set, customer, g)
	}
	return g
}

// setOf is the cache set of a (customer, currency) pair of strings.
func (a *ager) setOf(customer, currency string) *[cacheWays]rowRef {
	pc, pk := unsafe.Pointer(unsafe.StringData(customer)), unsafe.Pointer(unsafe.StringData(currency))
	return &a.cache[(uint64(uintptr(pc))+uint64(uintptr(pk))*31)*0x9E3779B97F4A7C15>>a.shift]
}

// cacheRow puts row g, whose customer string this is, in the first way of
// its set.
func (a *ager) cacheRow(set *[cacheWays]rowRef, customer string, g int32) {
	if len(customer) > math.MaxUint32 {
		return
	}
	copy(set[1:], set[:cacheWays-1])
	set[0] = rowRef{customer: unsafe.Pointer(unsafe.StringData(customer)), customerLen: uint32(len(customer)), row: g}
}

// growCache doubles the cache and refills it with every row's first-seen
// strings, so that growing costs no misses.
func (a *ager) growCache() {
	a.cache = make([][cacheWays]rowRef, 2*len(a.cache))
	a.shift--
	for g := range a.keys {
		k := &a.keys[g]
		a.cacheRow(a.setOf(k.customer, k.currency), k.customer, int32(g))
	}
}
