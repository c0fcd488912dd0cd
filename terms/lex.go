package terms

import (
	"strings"
	"unicode/utf8"
)

// maxTokens bounds the tokens of one text: the longest real terms text has
// about twenty, and a fixed array keeps Parse free of allocations.
const maxTokens = 40

// numCap saturates a number's value: anything above it is too large for
// any field of the grammar, and the parser says so.
const numCap = 1 << 40

// kind is a token's class.
type kind uint8

const (
	kEnd   kind = iota // past the last token
	kNum               // digits (ASCII or full-width), with an optional fraction
	kWord              // a run of letters, or a CJK word from cjkWords
	kPunct             // one punctuation mark, normalised to ASCII
	kBad               // a character the grammar has no use for
)

// token is one lexeme: a span of the input and what it is.
type token struct {
	num        int64 // kNum: the whole part, saturated at numCap
	start, end int32 // byte offsets of the lexeme in the input
	frac       int32 // kNum: the fraction's digits as a number (saturated at fracCap)
	kind       kind
	kw         kw    // kWord: the keyword (kwNone for an unknown word)
	punct      byte  // kPunct: the ASCII mark
	glued      bool  // no space before it
	hasFrac    bool  // kNum: written with a decimal point
	neg        bool  // kNum: written with a leading minus
	cjk        bool  // kWord: a CJK word
	wholeLen   uint8 // kNum: digits before the point (saturated at 255)
	fracLen    uint8 // kNum: digits after the point (saturated at 255)
}

// fracCap saturates a fraction's digits; a rate has at most 4 of them.
const fracCap = 1 << 28

// endToken stands for every position past the last token.
var endToken = token{kind: kEnd}

// lexed is a text split into tokens.
type lexed struct {
	input string
	toks  [maxTokens]token
	n     int
	over  bool // more than maxTokens tokens: toks[maxTokens-1] is the first dropped one
}

// tok returns token i, or a kEnd token past the end. The token must not
// be modified.
func (lx *lexed) tok(i int) *token {
	if uint(i) >= uint(lx.n) {
		return &endToken
	}
	return &lx.toks[i]
}

// text is the source of token i as written ("" past the end).
func (lx *lexed) text(i int) string {
	if uint(i) >= uint(lx.n) {
		return ""
	}
	t := &lx.toks[i]
	return lx.input[t.start:t.end]
}

// norm maps full-width forms (U+FF01–FF5E) and the CJK comma, full stop and
// ideographic space to ASCII, and upper-case letters to lower case.
func norm(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		r -= 0xFEE0
	case r == 0x3000:
		return ' '
	case r == '、':
		return ','
	case r == '。':
		return '.'
	}
	if r >= 'A' && r <= 'Z' {
		r += 'a' - 'A'
	}
	return r
}

// at decodes and normalises the rune at byte i of s, with its size; 0 at the end.
func at(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return norm(rune(c)), 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return norm(r), size
}

func isDigit(r rune) bool  { return r >= '0' && r <= '9' }
func isLetter(r rune) bool { return r >= 'a' && r <= 'z' }
func isSpace(r rune) bool  { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// isCJK reports a character of the CJK blocks the Chinese forms use.
func isCJK(r rune) bool { return r >= 0x2E80 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF }

// punctuation the grammar knows; anything else is a kBad token.
const punctuation = "/%,;.:+()&-"

// lex splits s into tokens; it never fails: unknown characters become kBad
// tokens and the parser reports them.
func (lx *lexed) lex(s string) {
	lx.input, lx.n = s, 0
	glued := false
	for i := 0; i < len(s); {
		r, size := at(s, i)
		if isSpace(r) {
			i += size
			glued = false
			continue
		}
		if lx.n == maxTokens {
			lx.over = true
			lx.n--
		}
		t := &lx.toks[lx.n]
		*t = token{start: int32(i), glued: glued}
		next, _ := at(s, i+size)
		switch {
		case isDigit(r) || r == '-' && isDigit(next):
			i = lexNumber(s, i, t)
		case isLetter(r):
			i = lexWord(s, i, t)
		case isCJK(r):
			i = lexCJK(s, i, size, t)
		case r < utf8.RuneSelf && strings.IndexByte(punctuation, byte(r)) >= 0 && !(r == '.' && isDigit(next)):
			t.kind, t.punct = kPunct, byte(r)
			i += size
		default:
			t.kind = kBad
			i += size
		}
		t.end = int32(i)
		lx.n++
		glued = true
		if lx.over {
			return
		}
	}
}

// lexNumber reads [-]digits[.digits] from byte i into t; it returns the
// byte after it.
func lexNumber(s string, i int, t *token) int {
	t.kind = kNum
	if s[i] == '-' {
		t.neg = true
		i++
	}
	i = digits(s, i, &t.num, &t.wholeLen, numCap)
	r, size := at(s, i)
	if r == '.' {
		if d, _ := at(s, i+size); isDigit(d) {
			var frac int64
			t.hasFrac = true
			i = digits(s, i+size, &frac, &t.fracLen, fracCap)
			t.frac = int32(frac)
		}
	}
	return i
}

// digits accumulates the run of digits at byte i into v (saturating) and
// counts them in n (saturating at 255); it returns the byte after the run.
func digits(s string, i int, v *int64, n *uint8, limit int64) int {
	for {
		if i < len(s) && s[i] >= '0' && s[i] <= '9' { // the ASCII fast path
			if *v < limit {
				*v = *v*10 + int64(s[i]-'0')
			}
			if *n < 255 {
				*n++
			}
			i++
			continue
		}
		r, size := at(s, i)
		if !isDigit(r) {
			return i
		}
		if *v < limit {
			*v = *v*10 + int64(r-'0')
		}
		if *n < 255 {
			*n++
		}
		i += size
	}
}

// lexWord reads a run of letters from byte i into t, with the dots of
// abbreviations written with them ("e.o.m.", "c.o.d."), and looks it up.
func lexWord(s string, i int, t *token) int {
	var buf [24]byte
	n, dotted := 0, false
	for {
		r, size := at(s, i)
		if r == '.' {
			if !abbreviationDot(s, i+size, buf[:min(n, len(buf))], n, dotted) {
				break
			}
			dotted = true
		} else if !isLetter(r) {
			break
		}
		if n < len(buf) {
			buf[n] = byte(r)
		}
		n++
		i += size
		if r == '.' && !isLetter(peekRune(s, i)) {
			break
		}
	}
	t.kind = kWord
	if n > len(buf) {
		return i // too long for any keyword
	}
	t.kw = lookup(buf[:n])
	if t.kw == kwDays && n == 3 && strings.HasPrefix(s[i:], "(s)") { // Xero's "day(s)"
		i += 3
	}
	return i
}

// lookup is the keyword a lower-case word spells, kwNone if none.
func lookup(w []byte) kw {
	if len(w) == 3 && w[0] == 'n' && w[1] == 'e' && w[2] == 't' { // the commonest word, without a map look-up
		return kwNet
	}
	return words[string(w)]
}

// abbreviationDot reports whether a dot belongs to the word read so far
// (word, n letters and dots): it follows a single letter ("e." of "e.o.m.")
// and comes before a letter or ends an already dotted word.
func abbreviationDot(s string, after int, word []byte, n int, dotted bool) bool {
	single := n == 1 || n >= 2 && n == len(word) && word[n-2] == '.'
	return single && (isLetter(peekRune(s, after)) || dotted)
}

// peekRune is the normalised rune at byte i.
func peekRune(s string, i int) rune {
	r, _ := at(s, i)
	return r
}

// lexCJK reads the longest CJK word of cjkWords at byte i, or one unknown
// character as a kBad token.
func lexCJK(s string, i, size int, t *token) int {
	for _, w := range cjkWords {
		if strings.HasPrefix(s[i:], w.text) {
			t.kind, t.kw, t.cjk = kWord, w.kw, true
			return i + len(w.text)
		}
	}
	t.kind = kBad
	return i + size
}
