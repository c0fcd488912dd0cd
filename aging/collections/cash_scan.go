package collections

import (
	"bytes"
)

// scratch holds one goroutine's buffers for matching, reused across
// receipts so that matching allocates little per receipt.
type scratch struct {
	text, key, key2, rf, ref []byte
	segs, segs2              []segment
	groups                   []refGroup
	cands                    []int32
	notes                    []Evidence
}

// maxChain bounds the items one key is looked up in; maxGroupItems the
// candidates one reference keeps (more is ambiguous anyway).
const (
	maxChain      = 256
	maxGroupItems = 16
	maxSpan       = 5 // segments in one reference ("INV", "2019", "00", "01"…)
)

// refGroup is one reference read in the text and the items it names.
type refGroup struct {
	field string
	text  string
	kind  keyKind
	rf    bool
	from  int // sc.cands[from:to]
	to    int
}

var fieldNames = [...]string{"label", "reference", "note"}

// scanReferences reads the references in a receipt's text fields into
// sc.groups (items of any currency; the caller filters).
func (m *Matcher) scanReferences(sc *scratch, r *Receipt) {
	sc.groups, sc.cands, sc.notes = sc.groups[:0], sc.cands[:0], sc.notes[:0]
	for f, s := range [...]string{r.Label, r.Reference, r.Note} {
		if s != "" {
			m.scanField(sc, fieldNames[f], s)
		}
	}
}

func (m *Matcher) scanField(sc *scratch, field, s string) {
	sc.text = foldASCII(sc.text[:0], s)
	sc.segs = segments(sc.segs[:0], sc.text)
	segs := sc.segs
	for i := 0; i < len(segs); {
		if n, valid, compact := rfAt(sc.rf[:0], sc.text, segs, i); n > 0 {
			sc.rf = compact
			if !valid {
				sc.notes = append(sc.notes, Evidence{Field: field, Text: string(compact), Item: -1, How: "creditor reference fails its check digits"})
			} else if !m.lookup(sc, field, compact, compact, keyFull, nil, true) {
				sc.notes = append(sc.notes, Evidence{Field: field, Text: string(compact), Item: -1, How: "creditor reference of no open item"})
			}
			i += n
			continue
		}
		end := i + 1
		for end < len(segs) && segs[end].joined && end-i < maxSpan {
			end++
		}
		hit := false
		for j := end; j > i && !hit; j-- {
			if m.lookupSpan(sc, field, segs[i:j]) {
				i, hit = j, true
			}
		}
		if !hit {
			i++
		}
	}
}

// lookupSpan looks a span of segments up under each key, strongest first,
// and records the first key that names items.
func (m *Matcher) lookupSpan(sc *scratch, field string, span []segment) bool {
	if !span[len(span)-1].digits { // letters after a number start the next reference
		return false
	}
	text := sc.text[span[0].start:span[len(span)-1].end]
	for k := keyFull; k < numKeys; k++ {
		var letters []byte
		if k == keyLast {
			if len(span) != 2 || span[0].digits {
				return false
			}
			letters = sc.text[span[0].start:span[0].end]
		}
		var ok bool
		if sc.key, ok = spanKey(sc.key, sc.text, span, k); !ok {
			continue
		}
		if m.lookup(sc, field, text, sc.key, k, letters, false) {
			return true
		}
	}
	return false
}

// lookup walks the chain of key (kind k), confirms each item's own key,
// and records a group when any item is named. letters, for keyLast, must
// be an invoice word or the item's own leading letters.
func (m *Matcher) lookup(sc *scratch, field string, text, key []byte, k keyKind, letters []byte, rf bool) bool {
	slot := m.heads.head(kindHash(hashKey(key), k))
	if slot < 0 {
		return false
	}
	from := len(sc.cands)
	word := letters != nil && invoiceWords[string(letters)]
	for steps := 0; slot >= 0 && steps < maxChain; steps++ {
		item := slot / 2
		ref := m.items[item].Ref
		if slot%2 == 1 {
			ref = m.items[item].PaymentRef
		}
		if m.confirm(sc, ref, key, k, letters, word) && len(sc.cands)-from < maxGroupItems && !containsFrom(sc.cands, from, item) {
			sc.cands = append(sc.cands, item)
		}
		slot = m.next[k][slot]
	}
	if len(sc.cands) == from {
		return false
	}
	sortInt32(sc.cands[from:])
	sc.groups = append(sc.groups, refGroup{field: field, text: string(text), kind: k, rf: rf, from: from, to: len(sc.cands)})
	return true
}

// confirm recomputes an item reference's key: hashes may collide, keys
// may not.
func (m *Matcher) confirm(sc *scratch, ref string, key []byte, k keyKind, letters []byte, word bool) bool {
	sc.ref = foldASCII(sc.ref[:0], ref)
	sc.segs2 = segments(sc.segs2[:0], sc.ref)
	var ok bool
	if sc.key2, ok = spanKey(sc.key2, sc.ref, sc.segs2, k); !ok || !bytes.Equal(sc.key2, key) {
		return false
	}
	return k != keyLast || word || bytes.Equal(leadingLetters(sc.ref, sc.segs2), letters)
}

func containsFrom(s []int32, from int, v int32) bool {
	for _, x := range s[from:] {
		if x == v {
			return true
		}
	}
	return false
}

// sortInt32 sorts a short slice in place (insertion sort: no allocation).
func sortInt32(s []int32) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
