package terms

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// corpusTexts reads the first column of a testdata TSV, for fuzz seeds.
func corpusTexts(f *testing.F, name string) []string {
	b, err := os.ReadFile("testdata/" + name)
	require.NoError(f, err)
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, strings.Split(line, "\t")[0])
		}
	}
	return out
}

// mutate applies one edit to s at rune position pos: 0 deletes the rune, 1
// inserts r before it, 2 replaces it with r, 3 swaps it with the next one,
// 4 duplicates the word it is in, 5 upper-cases it, 6 inserts a space.
func mutate(s string, op uint8, pos uint16, r rune) string {
	runes := []rune(s)
	if !utf8.ValidRune(r) {
		r = '?'
	}
	if len(runes) == 0 {
		return string(r)
	}
	i := int(pos) % len(runes)
	switch op % 7 {
	case 0:
		runes = append(runes[:i], runes[i+1:]...)
	case 1:
		runes = append(runes[:i], append([]rune{r}, runes[i:]...)...)
	case 2:
		runes[i] = r
	case 3:
		if i+1 < len(runes) {
			runes[i], runes[i+1] = runes[i+1], runes[i]
		}
	case 4:
		fields := strings.Fields(s)
		if len(fields) == 0 {
			return s
		}
		k := i % len(fields)
		fields = append(fields[:k+1], fields[k:]...)
		return strings.Join(fields, " ")
	case 5:
		return strings.ToUpper(s)
	case 6:
		runes = append(runes[:i], append([]rune{' '}, runes[i:]...)...)
	}
	return string(runes)
}

// FuzzParseMutated mutates the accepted texts of the corpus: whatever still
// parses prints to a canonical text that parses to the same value and
// prints the same; whatever does not is an ErrInvalidTerms.
func FuzzParseMutated(f *testing.F) {
	texts := corpusTexts(f, "terms_corpus.tsv")
	for k := range texts {
		f.Add(uint16(k), uint8(k), uint16(k*7), rune('0'+k%10))
	}
	f.Fuzz(func(t *testing.T, which uint16, op uint8, pos uint16, r rune) {
		s := mutate(texts[int(which)%len(texts)], op, pos, r)
		tm, err := Parse(s)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidTerms)
			return
		}
		again, err := Parse(tm.String())
		require.NoError(t, err, "canonical %q of %q", tm.String(), s)
		require.True(t, again == tm, "%q → %q → %q", s, tm.String(), again.String())
		require.Equal(t, tm.String(), again.String())
	})
}

// FuzzParseSchedule: any text, and mutations of the schedule corpus, either
// fail with ErrInvalidSchedule or give a schedule that Split accepts and
// whose canonical text parses back to an equal schedule.
func FuzzParseSchedule(f *testing.F) {
	texts := corpusTexts(f, "schedule_corpus.tsv")
	for k, s := range texts {
		f.Add(s, uint8(255), uint16(0), rune(0))
		f.Add(s, uint8(k), uint16(k*5), rune('0'+k%10))
	}
	f.Fuzz(func(t *testing.T, s string, op uint8, pos uint16, r rune) {
		if op != 255 {
			s = mutate(s, op, pos, r)
		}
		sc, err := ParseSchedule(s)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidSchedule)
			return
		}
		require.NoError(t, sc.validate())
		text, err := sc.MarshalText()
		require.NoError(t, err)
		var again Schedule
		require.NoError(t, again.UnmarshalText(text), "canonical %q of %q", text, s)
		require.True(t, again.Equal(sc), "%q → %q → %q", s, text, again)
		require.Equal(t, string(text), again.String())
	})
}
