package terms

import "fmt"

// suggest adds a "did you mean" to err when replacing the word at token i
// with a keyword one edit away (a letter added, dropped, changed or two
// swapped) gives terms that parse. Only failed parses pay for this.
func suggest(err error, lx *lexed, i int) error {
	if fix, ok := suggestion(lx, i, parseQuiet); ok {
		return fmt.Errorf("%w; did you mean %q?", err, fix)
	}
	return err
}

// suggestion is the first text, in vocabulary order, that replaces an
// unknown word at token i or one of the two after it (a phrase that went
// wrong a word later, "cash on delivry") by a keyword one edit away and is
// accepted by ok.
func suggestion(lx *lexed, i int, ok func(string) bool) (string, bool) {
	if i < 0 || lx.over {
		return "", false
	}
	for j := i; j < i+3 && j < lx.n; j++ {
		if fix, found := replaceWord(lx, j, ok); found {
			return fix, true
		}
	}
	return "", false
}

// replaceWord tries the keywords one edit away from the unknown word at
// token j.
func replaceWord(lx *lexed, j int, ok func(string) bool) (string, bool) {
	t := lx.toks[j]
	if t.kind != kWord || t.kw != kwNone {
		return "", false
	}
	word := lowerASCII(lx.text(j))
	for _, v := range vocabulary {
		if !oneEdit(word, v) {
			continue
		}
		fix := lx.input[:t.start] + v + lx.input[t.end:]
		if ok(fix) {
			return fix, true
		}
	}
	return "", false
}

// lowerASCII lower-cases s's normalised letters.
func lowerASCII(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, size := at(s, i)
		if r < 0x80 {
			b = append(b, byte(r))
		}
		i += size
	}
	return string(b)
}

// oneEdit reports whether a and b differ by exactly one insertion,
// deletion, substitution or swap of adjacent letters.
func oneEdit(a, b string) bool {
	if a == b || len(a)-len(b) > 1 || len(b)-len(a) > 1 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	switch {
	case len(a) < len(b): // one insertion into a
		return a[i:] == b[i+1:]
	case i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i]: // a swap
		return a[i+2:] == b[i+2:]
	}
	return a[i+1:] == b[i+1:] // a substitution
}
