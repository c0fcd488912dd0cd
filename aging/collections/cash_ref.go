package collections

import (
	"unicode/utf8"
)

// Reference reading. Bank lines carry invoice numbers the way people and
// banks type them: "INV/2019/0001" arrives as "invoice 2019-0001",
// "INV20190001", "inv 1" or in full-width characters. Both sides — the
// items' references and the receipt's text — are cut into segments (runs
// of ASCII letters or of digits, after folding full-width forms and
// upper-casing) and compared through four keys of falling strength:
//
//   - keyFull: every segment glued ("INV20190001") — separators, spacing
//     and case do not matter;
//   - keyDigits: the digit segments glued as written ("20190001"), at
//     least 4 digits — the prefix dropped;
//   - keyGroups: the digit segments without leading zeros, joined
//     ("2019-1"), when there are at least two — zeros dropped or added;
//   - keyLast: the last digit segment without leading zeros ("1"), only
//     after an invoice word ("inv", "invoice", "rechnung", "nr"…) or the
//     item's own letters — the number as a customer quotes it.

// keyKind is one of the four reference keys, strongest first.
type keyKind uint8

const (
	keyFull keyKind = iota
	keyDigits
	keyGroups
	keyLast
	numKeys
)

// segment is a run of letters or digits in a folded text, as offsets into
// it; joined when at most two joining separators stand between it and the
// previous segment ("INV/2019", "Nr. 17"): a reference may span joined
// segments only.
type segment struct {
	start, end int32
	digits     bool
	joined     bool // follows the previous segment with at most one joining separator
}

// foldASCII appends s to dst with full-width ASCII variants (U+FF01–FF5E)
// and the ideographic space folded to ASCII and ASCII letters upper-cased;
// other runes are kept as they are (they act as separators for references,
// as letters for names).
func foldASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			c := byte(r - 0xFEE0)
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			dst = append(dst, c)
		case r == 0x3000:
			dst = append(dst, ' ')
		default:
			dst = append(dst, s[i:i+n]...)
		}
		i += n
	}
	return dst
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'A' <= c && c <= 'Z' }

// joining separators keep two segments in one phrase ("INV/2019/0001",
// "RF18 5390", "Nr. 17"); anything else — a comma, a semicolon, a
// bracket, three separators in a row — ends the phrase.
func isJoiner(c byte) bool {
	switch c {
	case ' ', '/', '-', '.', '_', ':', '#':
		return true
	}
	return false
}

// segments cuts a folded text into letter and digit segments, appending
// to dst.
func segments(dst []segment, s []byte) []segment {
	gap, joinable := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		if !isDigit(c) && !isLetter(c) {
			if isJoiner(c) {
				gap++
			} else {
				gap = 2
			}
			i++
			continue
		}
		j, dig := i+1, isDigit(c)
		for j < len(s) && isDigit(s[j]) == dig && (isDigit(s[j]) || isLetter(s[j])) {
			j++
		}
		dst = append(dst, segment{start: int32(i), end: int32(j), digits: dig, joined: joinable && gap <= 2})
		gap, joinable, i = 0, true, j
	}
	return dst
}

// fnv-1a, 64 bits: keys are hashed without building strings; a hit is
// confirmed against the item's own key (no collision goes unnoticed).
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvByte(h uint64, c byte) uint64 { return (h ^ uint64(c)) * fnvPrime }

// spanKey builds key kind k of the segments seg in s into buf, returning
// it and whether the kind applies (keyDigits needs 4 digits, keyGroups two
// digit segments, keyLast a digit segment).
func spanKey(buf []byte, s []byte, seg []segment, k keyKind) ([]byte, bool) {
	buf = buf[:0]
	switch k {
	case keyFull:
		for _, g := range seg {
			buf = append(buf, s[g.start:g.end]...)
		}
		return buf, len(buf) > 0
	case keyDigits:
		for _, g := range seg {
			if g.digits {
				buf = append(buf, s[g.start:g.end]...)
			}
		}
		return buf, len(buf) >= 4
	case keyGroups:
		n := 0
		for _, g := range seg {
			if g.digits {
				if n > 0 {
					buf = append(buf, '-')
				}
				buf = appendStripped(buf, s[g.start:g.end])
				n++
			}
		}
		return buf, n >= 2
	default:
		for i := len(seg) - 1; i >= 0; i-- {
			if seg[i].digits {
				return appendStripped(buf, s[seg[i].start:seg[i].end]), true
			}
		}
		return buf, false
	}
}

// appendStripped appends digits without their leading zeros ("0" stays).
func appendStripped(buf, d []byte) []byte {
	for len(d) > 1 && d[0] == '0' {
		d = d[1:]
	}
	return append(buf, d...)
}

func hashKey(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h = fnvByte(h, c)
	}
	return h
}

// invoiceWords are the words before a number that make it an invoice
// number ("inv 1", "Rechnung Nr. 17", "facture 12") — the keyLast rule
// needs one of them, or the item's own letters, so that a bare "1" in a
// text matches nothing.
var invoiceWords = map[string]bool{
	"INV": true, "INVOICE": true, "INVOICES": true, "INVNO": true, "BILL": true, "NO": true, "NR": true,
	"NUMBER": true, "RE": true, "RG": true, "RECHNUNG": true, "RECHNUNGSNR": true, "FACTURE": true,
	"FACT": true, "FACTURA": true, "FAKTURA": true, "FT": true, "REF": true, "DOC": true,
}

// leadingLetters is the first letter segment of a folded reference, or nil.
func leadingLetters(s []byte, seg []segment) []byte {
	if len(seg) > 0 && !seg[0].digits {
		return s[seg[0].start:seg[0].end]
	}
	return nil
}

// Creditor references (ISO 11649): "RF", two check digits, then up to 21
// letters or digits; printed in groups of four ("RF18 5390 0754 7034").
// The check: move the first four characters to the end, replace letters
// by numbers (A = 10 … Z = 35) and the number mod 97 must be 1.

// ValidCreditorReference reports whether s is a valid ISO 11649 creditor
// reference, spaces and case ignored: "RF18539007547034" and
// "rf18 5390 0754 7034" are; "RF71539007547034" (wrong check digits) is
// not.
func ValidCreditorReference(s string) bool {
	var buf [64]byte
	b := buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			continue
		}
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		if !isDigit(c) && !isLetter(c) || len(b) == 25 {
			return false
		}
		b = append(b, c)
	}
	return rfValid(b)
}

// rfValid checks compact upper-case b ("RF18539007547034").
func rfValid(b []byte) bool {
	if len(b) < 5 || len(b) > 25 || b[0] != 'R' || b[1] != 'F' || !isDigit(b[2]) || !isDigit(b[3]) {
		return false
	}
	rem := 0
	add := func(c byte) {
		if isDigit(c) {
			rem = (rem*10 + int(c-'0')) % 97
			return
		}
		v := int(c-'A') + 10
		rem = (rem*100 + v) % 97
	}
	for _, c := range b[4:] {
		if !isDigit(c) && !isLetter(c) {
			return false
		}
		add(c)
	}
	for _, c := range b[:4] {
		add(c)
	}
	return rem == 1
}

// rfAt reads a creditor reference starting at segment i of s (a letter
// segment "RF" followed by the check digits). It returns the number of
// segments the longest plausible reference spans, whether it is valid, and
// the compact form in buf. A reference that fails its check digits is
// still reported (valid false) so that its digits are not read as invoice
// numbers.
func rfAt(buf []byte, s []byte, seg []segment, i int) (n int, valid bool, compact []byte) {
	if seg[i].digits || string(s[seg[i].start:seg[i].end]) != "RF" || i+1 >= len(seg) ||
		!seg[i+1].digits || !seg[i+1].joined || seg[i+1].end-seg[i+1].start < 2 {
		return 0, false, nil
	}
	last := rfRun(seg, i)
	// the whole run, or the run up to a word that follows it ("RF18 5390
	// 0754 7034 INV 12"): never a shorter prefix, which would pass the
	// check by chance one time in 97
	for end := last; end > i; end-- {
		if end != last && (seg[end+1].digits || seg[end+1].end-seg[end+1].start < 2) {
			continue
		}
		if b := glue(buf, s, seg[i:end+1]); rfValid(b) {
			return end - i + 1, true, b
		}
	}
	return last - i + 1, false, glue(buf, s, seg[i:last+1])
}

// rfRun is the last segment of the joined run from segment i that holds
// at most 25 characters.
func rfRun(seg []segment, i int) int {
	total, last := 0, i
	for j := i; j < len(seg) && (j == i || seg[j].joined); j++ {
		l := int(seg[j].end - seg[j].start)
		if total+l > 25 {
			break
		}
		total += l
		last = j
	}
	return last
}

// glue appends the segments' text to buf[:0].
func glue(buf, s []byte, seg []segment) []byte {
	b := buf[:0]
	for _, g := range seg {
		b = append(b, s[g.start:g.end]...)
	}
	return b
}
