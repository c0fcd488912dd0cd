package terms

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpus reads a testdata TSV: one record per line, '#' comments.
func corpus(t *testing.T, name string, fields int) [][]string {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	require.NoError(t, err)
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		rec := strings.Split(sc.Text(), "\t")
		require.Len(t, rec, fields, "%s:%d", name, line)
		out = append(out, rec)
	}
	require.NoError(t, sc.Err())
	return out
}

// TestTermsCorpus: the terms texts that systems and contracts use parse to
// what they mean, and their canonical text parses back to the same value.
func TestTermsCorpus(t *testing.T) {
	recs := corpus(t, "terms_corpus.tsv", 3)
	require.GreaterOrEqual(t, len(recs), 150)
	for _, r := range recs {
		got, err := Parse(r[0])
		if !assert.NoError(t, err, "%q (%s)", r[0], r[2]) || !assert.Equal(t, r[1], got.String(), "%q (%s)", r[0], r[2]) {
			continue
		}
		again, err := Parse(got.String())
		require.NoError(t, err)
		require.True(t, again == got, "%q", r[0])
	}
}

// TestTermsRejected: near-misses are rejected with ErrInvalidTerms, quoting
// the input; none is read as something else.
func TestTermsRejected(t *testing.T) {
	recs := corpus(t, "terms_reject.tsv", 2)
	require.GreaterOrEqual(t, len(recs), 50)
	for _, r := range recs {
		got, err := Parse(r[0])
		assert.ErrorIs(t, err, ErrInvalidTerms, "%q (%s) parsed as %q", r[0], r[1], got)
	}
}

// TestScheduleCorpus: installment texts parse to a Schedule whose canonical
// text parses back to an equal one.
func TestScheduleCorpus(t *testing.T) {
	for _, r := range corpus(t, "schedule_corpus.tsv", 3) {
		got, err := ParseSchedule(r[0])
		if !assert.NoError(t, err, "%q (%s)", r[0], r[2]) || !assert.Equal(t, r[1], got.String(), "%q (%s)", r[0], r[2]) {
			continue
		}
		again, err := ParseSchedule(got.String())
		require.NoError(t, err)
		require.True(t, again.Equal(got), "%q", r[0])
	}
}

// TestFormsDueDates pins what the new forms mean in dates, for an invoice
// of 17 January 2026.
func TestFormsDueDates(t *testing.T) {
	inv := date(2026, 1, 17)
	for in, want := range map[string]string{
		"EOM":                       "2026-01-31", // the end of the invoice month
		"End of Following Month":    "2026-02-28", // Odoo: the last day of the next month
		"30 days end of month":      "2026-03-02", // Jan 31 + 30
		"EOM net 30":                "2026-03-02",
		"net 30 then EOM":           "2026-02-28", // Feb 16 → end of February
		"21 MFI":                    "2026-02-21",
		"次月10日":                     "2026-02-10",
		"票到30天":                     "2026-02-16",
		"20 of the following month": "2026-02-20",
		"Within 30 days due net":    "2026-02-16",
		"款到发货":                      "2026-01-17",
		"due end of next month":     "2026-02-28",
		"10 days after the end of the bill month": "2026-02-10",
	} {
		got := MustParse(in).DueDate(inv).Format("2006-01-02")
		assert.Equal(t, want, got, in)
	}
}
