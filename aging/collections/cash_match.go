package collections

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/receivables-go/receivables/terms"
)

// Matcher holds a Book indexed for cash application: build it once with
// [NewMatcher] and match any number of receipts against it, from any
// number of goroutines (it is read-only after NewMatcher).
//
// For each receipt it looks, in this order, for:
//
//  1. References in Label, Reference and Note: creditor references (ISO
//     11649, checked with mod 97; one that fails its check digits is
//     reported in the evidence and not used), then invoice numbers and
//     payment references however they are written (see the four keys
//     below), several in one line. An item of another currency is never
//     proposed. A number that names several items is narrowed to the
//     payer's, then to the one of exactly the amount; if that leaves more
//     than one, it is ambiguous.
//  2. The payer: the customer of PayerAccount (spaces and case ignored),
//     else of PayerName by the alias table and the customers' names,
//     compared without legal forms, punctuation, spacing or case ("ACME
//     GmbH" = "Acme G.m.b.H." = "ACME"). A name two customers share
//     identifies neither.
//  3. Among the payer's open invoices in the receipt's currency: the one
//     item of exactly the amount; the one item whose amount net of an
//     early-payment discount still open on the value date (under the
//     item's Terms, rounded half-up to the places) is the amount; a
//     combination of up to MaxItems of its MaxCandidates oldest invoices
//     adding up exactly (the oldest combination preferred); one item short
//     by at most the tolerance. This search is skipped when a reference
//     already fits the amount exactly and names the payer's items.
//
// References are compared through four keys: all letters and digits
// glued ("INV/2019/0001" = "inv 20190001"), the digits glued ("invoice
// 20190001"), the digit groups without leading zeros ("invoice
// 2019-0001" = "2019/1"), and the last number without leading zeros after
// an invoice word or the item's own letters ("inv 1").
//
// Confidence, in percent. By reference: 99 for a full match or a valid
// creditor reference, 96 for the digits or the digit groups, 93 for the
// last number; −2 for a short payment within tolerance, −6 for an
// over-payment or a partial payment; +1 when the payer is the items'
// customer, −30 when it is another customer or the items belong to
// several, −10 when the payer is unknown and the amount is not exact. By
// payer and amount: 97 by account, 96 by alias, 95 by name; −1 net of a
// discount, −8 for a combination (−13 when several combinations fit), −10
// within tolerance; a known payer with nothing that fits is cash on
// account at 50. When the reference answer and the payer's answer name
// different items, the better one is taken less 3 for the disagreement,
// and if they score the same, the receipt is ambiguous. At the default threshold
// (90) a combination found by amount alone, a short payment found by
// amount alone, and a partial or over-payment whose payer is unknown go
// to review.
type Matcher struct {
	cfg       matchConfig
	items     []OpenItem
	customers []string
	cust      []int32             // customer of each item
	cents     []int64             // Open in minor units (at the currency's places)
	centsOK   []bool              // Open is a whole number of minor units within int64
	discUntil []int32             // the last day (days since 1970-01-01) a discount is open on the item, noDiscount if none
	heads     refTable            // (key, kind) → the first slot of its chain
	next      [numKeys][]int32    // slot 2i: item i's Ref, 2i+1: its PaymentRef; −1 ends a chain
	lists     map[listKey][]entry // open invoices per customer and currency, oldest due first
	byAmount  map[listKey][]entry // the same, by amount in minor units (then oldest first)
	places    map[string]int32
	accounts  map[string]int32
	names     map[string]nameEntry
}

// noDiscount marks an item without an early-payment discount.
const noDiscount = math.MinInt32

// entry is an open invoice in a customer's list, with what the amount
// search reads, kept together so that a scan stays in the cache.
type entry struct {
	cents int64 // Open in minor units
	until int32 // discUntil
	item  int32
	off   int32 // the highest discount rate of the item's terms, in millionths
}

type listKey struct {
	cust     int32
	currency string
}

// nameEntry is the customer a normalised name identifies (−1: several)
// and how ("alias", "name").
type nameEntry struct {
	cust int32
	how  string
}

// NewMatcher validates and indexes a book. Errors: an item that fails
// aging.Item.Validate (an aging.ItemError), bad options or places
// (ErrInvalidOptions), a payer with an empty Customer or an account given
// to two customers (ErrInvalidPayers).
func NewMatcher(book Book, opt MatchOptions) (*Matcher, error) {
	cfg, err := opt.resolve()
	if err != nil {
		return nil, err
	}
	n := len(book.Items)
	m := &Matcher{cfg: cfg, items: book.Items, cust: make([]int32, n), cents: make([]int64, n),
		centsOK: make([]bool, n), discUntil: make([]int32, n), lists: map[listKey][]entry{}, byAmount: map[listKey][]entry{},
		places: map[string]int32{}, accounts: map[string]int32{}, names: map[string]nameEntry{}}
	custIndex := map[string]int32{}
	m.heads.init(3 * n)
	for k := range m.next {
		m.next[k] = make([]int32, 2*n)
	}
	if err := m.indexItems(custIndex); err != nil {
		return nil, err
	}
	if err := m.indexPayers(book.Payers, custIndex); err != nil {
		return nil, err
	}
	for k, l := range m.lists {
		slices.SortStableFunc(l, func(a, b entry) int {
			return cmp.Or(m.items[a.item].Due.Compare(m.items[b.item].Due), cmp.Compare(m.items[a.item].Ref, m.items[b.item].Ref))
		})
		byAmount := slices.Clone(l)
		slices.SortStableFunc(byAmount, func(a, b entry) int { return cmp.Compare(a.cents, b.cents) })
		m.byAmount[k] = byAmount
	}
	return m, nil
}

// customer returns the index of a customer, adding it when new.
func (m *Matcher) customer(index map[string]int32, name string) int32 {
	c, ok := index[name]
	if !ok {
		c = int32(len(m.customers))
		index[name] = c
		m.customers = append(m.customers, name)
		key := string(nameKey(nil, name))
		if e, taken := m.names[key]; !taken && key != "" {
			m.names[key] = nameEntry{cust: c, how: "customer"}
		} else if taken && e.cust != c {
			m.names[key] = nameEntry{cust: -1, how: "customer"}
		}
	}
	return c
}

func (m *Matcher) indexItems(custIndex map[string]int32) error {
	var sc scratch
	hasDiscount := map[terms.Terms]int32{} // the highest rate in millionths, 0: none
	for i := range m.items {
		it := &m.items[i]
		if err := it.Validate(); err != nil {
			return err
		}
		places, err := m.placesOf(it.Currency)
		if err != nil {
			return err
		}
		m.cust[i] = m.customer(custIndex, it.Customer)
		m.cents[i], m.centsOK[i] = toMinor(it, places)
		off, seen := hasDiscount[it.Terms]
		if !seen {
			off = maxRateMicros(it.Terms)
			hasDiscount[it.Terms] = off
		}
		m.discUntil[i] = noDiscount
		if off > 0 {
			dl := it.Terms.DiscountDeadlines(it.Issued)
			m.discUntil[i] = int32(max(min(terms.DaysBetween(epoch1970, dl[len(dl)-1].Date), math.MaxInt32), math.MinInt32+1))
		}
		if it.Open.IsPositive() && m.centsOK[i] {
			k := listKey{m.cust[i], it.Currency}
			m.lists[k] = append(m.lists[k], entry{cents: m.cents[i], until: m.discUntil[i], item: int32(i), off: off})
		}
		m.indexRef(&sc, int32(2*i), it.Ref)
		m.indexRef(&sc, int32(2*i+1), it.PaymentRef)
	}
	return nil
}

// maxRateMicros is the highest discount rate of t in millionths (0 for
// none; rates are fractions below 1).
func maxRateMicros(t terms.Terms) int32 {
	var best int64
	for _, tr := range t.Tiers() {
		if v := tr.Rate.Shift(6).Ceil().IntPart(); v > best {
			best = v
		}
	}
	return int32(min(best, 1_000_000))
}

// placesOf resolves (and caches) the places of a currency.
func (m *Matcher) placesOf(currency string) (int32, error) {
	if p, ok := m.places[currency]; ok {
		return p, nil
	}
	p, err := placesFor(currency, m.cfg.places, "Places")
	if err != nil {
		return 0, err
	}
	m.places[currency] = p
	return p, nil
}

// toMinor is an item's Open in minor units, when it is a whole number of
// them within int64 (else the item is found by reference only).
func toMinor(it *OpenItem, places int32) (int64, bool) {
	o := it.Open
	if o.Exponent() == -places && o.Coefficient().IsInt64() {
		return o.Coefficient().Int64(), true
	}
	s := o.Shift(places)
	if !s.IsInteger() {
		return 0, false
	}
	b := s.BigInt()
	return b.Int64(), b.IsInt64()
}

// indexRef adds the keys of one reference of an item under slot.
func (m *Matcher) indexRef(sc *scratch, slot int32, ref string) {
	for k := range m.next {
		m.next[k][slot] = -1
	}
	if ref == "" {
		return
	}
	sc.text = foldASCII(sc.text[:0], ref)
	sc.segs = segments(sc.segs[:0], sc.text)
	if !hasDigits(sc.segs) {
		return
	}
	for k := keyFull; k < numKeys; k++ {
		var ok bool
		if sc.key, ok = spanKey(sc.key, sc.text, sc.segs, k); !ok {
			continue
		}
		m.next[k][slot] = m.heads.push(kindHash(hashKey(sc.key), k), slot)
	}
}

func hasDigits(seg []segment) bool {
	for _, g := range seg {
		if g.digits {
			return true
		}
	}
	return false
}

// indexPayers reads the payer directory.
func (m *Matcher) indexPayers(payers []Payer, custIndex map[string]int32) error {
	for i, p := range payers {
		if p.Customer == "" {
			return fmt.Errorf("%w: Payers[%d].Customer is empty", ErrInvalidPayers, i)
		}
		c := m.customer(custIndex, p.Customer)
		for _, a := range p.Accounts {
			key := string(accountKey(nil, a))
			if key == "" {
				return fmt.Errorf("%w: Payers[%d] (%q) has an empty account", ErrInvalidPayers, i, money.Bounded(p.Customer))
			}
			if other, dup := m.accounts[key]; dup && other != c {
				return fmt.Errorf("%w: account %q is given to %q and %q", ErrInvalidPayers, money.Bounded(a),
					money.Bounded(m.customers[other]), money.Bounded(p.Customer))
			}
			m.accounts[key] = c
		}
		m.addName(p.Name, c, "name")
		for _, a := range p.Aliases {
			m.addName(a, c, "alias")
		}
	}
	return nil
}

// addName maps a name to a customer; a name two customers share maps to
// neither. A directory entry outranks a customer id read as a name.
func (m *Matcher) addName(name string, c int32, how string) {
	key := string(nameKey(nil, name))
	if key == "" {
		return
	}
	e, ok := m.names[key]
	switch {
	case !ok || e.how == "customer":
		m.names[key] = nameEntry{cust: c, how: how}
	case e.cust != c:
		m.names[key] = nameEntry{cust: -1, how: how}
	}
}

// MatchAll matches receipts in order; Proposal.Receipt is each one's
// position. It reuses its buffers across receipts. An item that an
// earlier receipt auto-applies to does not auto-apply again: the later
// proposal goes to review (holdRepeatClaims).
func (m *Matcher) MatchAll(receipts []Receipt) ([]Proposal, error) {
	out := make([]Proposal, len(receipts))
	var sc scratch
	for i := range receipts {
		p, err := m.match(&sc, i, receipts[i])
		if err != nil {
			return nil, err
		}
		out[i] = p
	}
	holdRepeatClaims(out)
	return out, nil
}

// holdRepeatClaims sends to review a proposal that would auto-apply to an
// item an earlier proposal of the batch already auto-applies to (a
// customer paying one invoice twice, a mistyped reference that lands on a
// paid one): the first receipt keeps the item, the later one says which
// receipt took it. Otherwise ApplyProposals would leave the later money
// unapplied although it had been reported as matched.
func holdRepeatClaims(ps []Proposal) {
	var taken map[int]int // item → the receipt whose proposal auto-applies to it
	for i := range ps {
		p := &ps[i]
		if !p.Auto {
			continue
		}
		for _, l := range p.Lines {
			if j, ok := taken[l.Item]; ok {
				p.Auto = false
				p.Evidence = append(p.Evidence, Evidence{Field: "batch", Item: l.Item, Ref: l.Ref,
					How: fmt.Sprintf("already taken by receipt %d", j)})
				break
			}
		}
		if !p.Auto {
			continue
		}
		if taken == nil {
			taken = map[int]int{}
		}
		for _, l := range p.Lines {
			taken[l.Item] = p.Receipt
		}
	}
}

// Match matches one receipt (Proposal.Receipt is 0). Errors: a bad receipt
// (ErrInvalidReceipt), a currency whose places cannot be resolved
// (ErrInvalidOptions).
func (m *Matcher) Match(r Receipt) (Proposal, error) {
	var sc scratch
	return m.match(&sc, 0, r)
}

// refTable is an open-addressing hash table from a key's hash (never 0)
// to the head of its chain: one probe sequence in two flat arrays, which
// for a million items is several times faster than a map.
type refTable struct {
	keys  []uint64
	slots []int32
	n     int
}

func (t *refTable) init(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	t.keys, t.slots, t.n = make([]uint64, size), make([]int32, size), 0
}

// kindHash mixes the kind into a key's hash; 0 marks an empty cell.
func kindHash(h uint64, k keyKind) uint64 {
	h ^= uint64(k+1) * 0x9E3779B97F4A7C15
	h ^= h >> 31
	if h == 0 {
		h = 1
	}
	return h
}

func (t *refTable) find(h uint64) int {
	mask := len(t.keys) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		if k := t.keys[i]; k == h || k == 0 {
			return i
		}
	}
}

// head is the first slot of h's chain, or −1.
func (t *refTable) head(h uint64) int32 {
	if i := t.find(h); t.keys[i] == h {
		return t.slots[i]
	}
	return -1
}

// push makes slot the head of h's chain and returns the previous head (−1
// if none).
func (t *refTable) push(h uint64, slot int32) int32 {
	if 2*(t.n+1) > len(t.keys) {
		old, oldSlots := t.keys, t.slots
		t.keys, t.slots = make([]uint64, 2*len(old)), make([]int32, 2*len(old))
		for j, k := range old {
			if k != 0 {
				i := t.find(k)
				t.keys[i], t.slots[i] = k, oldSlots[j]
			}
		}
	}
	i := t.find(h)
	prev := int32(-1)
	if t.keys[i] == h {
		prev = t.slots[i]
	} else {
		t.keys[i] = h
		t.n++
	}
	t.slots[i] = slot
	return prev
}
