package aging

import (
	"hash/maphash"
	"math"
	"slices"
	"strings"
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
// Identity is by address, confirmed by bytes. A ledger in memory shares
// one string per customer and currency, so a row is found by one word: its
// customer string's address and length and a small number for its
// currency. The address is only a hint: the same address can hold other
// bytes — a database driver's reused buffer wrapped with unsafe.String, or
// a freed string's memory given to another — so the item's customer and
// currency are compared with the row's key before the item is added there
// (a few bytes, in memory the row's lookup has just brought in). The row's
// key is the ager's own copy (own), so that nothing the caller rewrites
// can change it, or the report. Strings not seen at their address before
// (rows read from a database one by one), customer names longer than 255
// bytes and currencies beyond the 255th find their row by value
// (valueTable); an address seen with other bytes is given to the row of
// its latest bytes.

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
	slot   uint8 // the currency's slot; 0: none (not indexed)
	// oldestDebit is the age of the oldest item with a positive amount,
	// noDebit while there is none (ages saturate at ±(2³¹−1), so the
	// value is free); it fills the padding before print.
	oldestDebit int32
	// print is the customer's bytes, for names up to 16 bytes (see
	// printOf): what confirms an item found by address is of this row.
	print [2]uint64
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
// report reads. Its strings are the ager's own copies (own).
type rowKey struct {
	customer, currency string
	oldestRef          string // a view of refBuf (setOldestRef)
	refBuf             []byte
	debitRef           string // the oldest debit's Ref, a view of debitBuf (setDebitRef)
	debitBuf           []byte
	items              int64 // the count, once finish has moved rowMeta.items here
}

// setOldestRef makes the row's oldest Ref a copy of ref, in the row's own
// buffer: a row's oldest item changes a few times in a run (more in a
// ledger sorted by age), and copying each Ref anew would allocate each
// time. The buffer is rewritten only here, and a report is built after the
// last item, so the Ref a report holds never changes.
func (k *rowKey) setOldestRef(ref string) {
	k.refBuf = append(k.refBuf[:0], ref...)
	k.oldestRef = ""
	if len(k.refBuf) > 0 {
		k.oldestRef = unsafe.String(&k.refBuf[0], len(k.refBuf))
	}
}

// setDebitRef is setOldestRef for the oldest debit's Ref.
func (k *rowKey) setDebitRef(ref string) {
	k.debitBuf = append(k.debitBuf[:0], ref...)
	k.debitRef = ""
	if len(k.debitBuf) > 0 {
		k.debitRef = unsafe.String(&k.debitBuf[0], len(k.debitBuf))
	}
}

// noDebit marks a row without a positive item in rowMeta.oldestDebit.
const noDebit = math.MinInt32

// currencyEntry remembers the slot of one currency string, by address, and
// the currency's text (the ager's own copy), which confirms it.
type currencyEntry struct {
	ptr   unsafe.Pointer
	text  string
	print [2]uint64 // printOf(text)
	slot  uint8
}

// holds reports whether the entry is that of this currency string: its
// address, confirmed by its bytes.
func (e *currencyEntry) holds(currency string) bool {
	return e.ptr == unsafe.Pointer(unsafe.StringData(currency)) && len(currency) == len(e.text) &&
		samePrint(currency, e.print, e.text)
}

// printOf is every byte of a string of up to 16 bytes, in two words, read
// with at most four loads (overlapping, within the string): two strings of
// one length up to 16 are equal if and only if their prints are. Longer
// strings are compared as strings (samePrint); their print is 0.
func printOf(s string) [2]uint64 {
	p, n := unsafe.Pointer(unsafe.StringData(s)), len(s)
	switch {
	case n == 0 || n > 16:
		return [2]uint64{}
	case n < 4: // an ISO currency code
		return [2]uint64{uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16}
	case n <= 8:
		return [2]uint64{uint64(*(*uint32)(p)) | uint64(*(*uint32)(unsafe.Add(p, n-4)))<<32}
	}
	return [2]uint64{*(*uint64)(p), *(*uint64)(unsafe.Add(p, n-8))}
}

// samePrint reports whether s, of the same length as key, is key: by its
// print for up to 16 bytes, else by its bytes.
func samePrint(s string, print [2]uint64, key string) bool {
	if len(s) > 16 {
		return s == key
	}
	return printOf(s) == print
}

// currencyEntry is the entry of the currency table for this string's
// address: the currency's slot, the small number that stands for it in the
// index, if it holds this string.
func (a *ager) currencyEntry(currency string) *currencyEntry {
	return &a.currencies[uint64(uintptr(unsafe.Pointer(unsafe.StringData(currency))))*0x9E3779B97F4A7C15>>(64-4)]
}

// currencyMiss remembers the currency at this address: its slot by value
// (the next free one on first sight; 0 once 255 are taken: not indexed)
// and the ager's own copy of its text. Only a new row needs it.
func (a *ager) currencyMiss(currency string, e *currencyEntry) {
	slot, ok := a.currencySlots[currency]
	text := a.currencyNames[slot]
	if !ok {
		text = a.own(currency)
		if len(a.currencySlots) < math.MaxUint8 {
			slot = uint8(len(a.currencySlots) + 1)
			a.currencySlots[text] = slot
			a.currencyNames = append(a.currencyNames, text)
		}
	}
	*e = currencyEntry{ptr: unsafe.Pointer(unsafe.StringData(currency)), text: text, print: printOf(text), slot: slot}
}

// hashID spreads an identity word; the top bits pick the index entry,
// bits 22–31 are the tag.
func hashID(id uint64) uint64 { return id * 0x9E3779B97F4A7C15 }

// row finds the row of (customer, currency), creating it on first sight:
// the index's other entries, for a currency string seen at this address;
// else by value. It is −1 for a blank customer or currency, the one rule
// of Item.Validate checked here rather than in add: only a new row needs
// it, as no row has a blank name.
func (a *ager) row(customer, currency string) int32 {
	if e := a.currencyEntry(currency); e.holds(currency) {
		if id := rowID(customer, e.slot); id != 0 {
			if i, ok := a.find(id); ok {
				if g := int32(a.index[i]&indexRowMask) - 1; a.keys[g].customer == customer {
					return g
				}
			}
		}
	}
	return a.rowByValue(customer, currency)
}

// find is the index entry of the row with identity id; false if none. At
// most one row has an identity (rowByValue moves it to the latest row).
func (a *ager) find(id uint64) (uint64, bool) {
	h := hashID(id)
	tag := uint32(h) >> indexRowBits
	mask := uint64(len(a.index) - 1)
	for i := h >> a.shift; a.index[i] != 0; i = (i + 1) & mask {
		if x := a.index[i]; x>>indexRowBits == tag && a.hot[int32(x&indexRowMask)-1].id == id {
			return i, true
		}
	}
	return 0, false
}

// rowByValue finds the row of (customer, currency) by their text, or
// creates it with its own copy of the key, and indexes it under its
// strings' identity — taking the identity from the row that had it, if
// the address held other bytes then.
func (a *ager) rowByValue(customer, currency string) int32 {
	a.misses++
	h := a.values.hash(customer, currency)
	g, ok := a.values.find(h, customer, currency, a.keys)
	if !ok {
		if blank(customer) || blank(currency) {
			return -1 // Item.Validate rejects it; add asks
		}
		g = a.newRow(h, customer, currency)
	}
	// Remember the currency's slot at this address, so that the next item
	// with this currency string may find its row by identity.
	slot := a.meta[g].slot
	if e := a.currencyEntry(currency); slot != 0 && !e.holds(currency) {
		text := a.keys[g].currency
		*e = currencyEntry{ptr: unsafe.Pointer(unsafe.StringData(currency)), text: text, print: printOf(text), slot: slot}
	}
	id := rowID(customer, slot)
	if id == 0 || a.hot[g].id != 0 || g >= maxIndexedRows {
		return g // not indexed, or indexed under its first address
	}
	if i, ok := a.find(id); ok { // the address held another customer's bytes
		a.hot[int32(a.index[i]&indexRowMask)-1].id = 0
		a.index[i] = a.index[i]&^indexRowMask | uint32(g+1)
		a.hot[g].id = id
		return g
	}
	a.hot[g].id = id
	if a.indexed++; a.indexed > len(a.index)/4 { // keep the index at most a quarter full
		a.growIndex()
	} else {
		a.indexRow(g)
	}
	return g
}

// newRow creates the row of (customer, currency), whose hash is h, with
// the ager's own copies of the strings.
func (a *ager) newRow(h uint64, customer, currency string) int32 {
	g := int32(len(a.hot))
	e := a.currencyEntry(currency)
	if !e.holds(currency) {
		a.currencyMiss(currency, e)
	}
	a.hot = append(doubled(a.hot), hotRow{})
	own := a.own(customer)
	a.meta = append(doubled(a.meta), rowMeta{slot: e.slot, print: printOf(own), oldestDebit: noDebit})
	a.keys = append(doubled(a.keys), rowKey{customer: own, currency: e.text})
	a.values.insert(h, g, a.keys)
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

// arenaChunk is the size of the blocks own copies short strings into.
const arenaChunk = 4096

// own is the ager's own copy of s, which nothing else can rewrite: row
// keys are kept for the report, and a caller's string may be a view of a
// buffer it reuses. Short strings are copied side by side into shared
// blocks (one allocation for many rows), long ones on their own.
func (a *ager) own(s string) string {
	if len(s) == 0 || len(s) > arenaChunk/8 {
		return strings.Clone(s)
	}
	if len(s) > cap(a.arena)-len(a.arena) {
		a.arena = make([]byte, 0, arenaChunk)
	}
	n := len(a.arena)
	a.arena = append(a.arena, s...)
	return unsafe.String(&a.arena[n], len(s))
}
