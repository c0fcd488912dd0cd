package aging

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/receivables-go/receivables/internal/money"
)

// MaxBuckets is the largest number of buckets a Buckets holds.
const MaxBuckets = 12

// Buckets are the age bands of a report, built from edges in days: edges
// 30, 60, 90 give Current (0 days or less), 1–30, 31–60, 61–90 and 90+.
// Bucket 0 is always "0 days or less" (not yet due, or due today); bucket
// k ≥ 1 holds days in (edge[k−2], edge[k−1]] with edge[−1] = 0; the last
// holds everything beyond the last edge. N edges make N+2 buckets.
//
// Buckets is a small comparable value whose zero value is Standard():
// Buckets{} == Standard() == NewBuckets(30, 60, 90), so reports, options
// and snapshots compare with ==. Its text form is the edges, "30,60,90",
// optionally with labels ("30,60,90;Current,1-30,31-60,61-90,90+").
type Buckets struct {
	// The edges are held as differences from Standard's, so that the zero
	// value is Standard and == compares buckets by value.
	n      uint8                 // the number of edges XOR standardCount
	edges  [MaxBuckets - 2]int32 // edge i − standardEdges[i] for i below the count; 0 beyond
	labels [MaxBuckets]string    // "" = default label
}

// Standard's edges, the origin of Buckets' fields.
var standardEdges = [MaxBuckets - 2]int32{30, 60, 90}

const standardCount = 3

// count is the number of edges.
func (b *Buckets) count() int { return int(b.n ^ standardCount) }

// edge is edge i.
func (b *Buckets) edge(i int) int32 { return b.edges[i] + standardEdges[i] }

// Standard is Current, 1–30, 31–60, 61–90, 90+ days past due: the zero
// Buckets.
func Standard() Buckets { return Buckets{} }

// NewBuckets builds buckets from strictly increasing positive day edges.
func NewBuckets(edges ...int) (Buckets, error) {
	var b Buckets
	if len(edges) == 0 {
		return b, fmt.Errorf("%w: no edges", ErrInvalidBuckets)
	}
	if len(edges) > MaxBuckets-2 {
		return b, fmt.Errorf("%w: %d edges; at most %d", ErrInvalidBuckets, len(edges), MaxBuckets-2)
	}
	for i, e := range edges {
		switch {
		case e <= 0:
			return Buckets{}, fmt.Errorf("%w: edge %d is %d days; edges must be positive", ErrInvalidBuckets, i, e)
		case e > 100_000:
			return Buckets{}, fmt.Errorf("%w: edge %d is %d days; at most 100000", ErrInvalidBuckets, i, e)
		case i > 0 && e <= edges[i-1]:
			return Buckets{}, fmt.Errorf("%w: edge %d (%d) is not after edge %d (%d)", ErrInvalidBuckets, i, e, i-1, edges[i-1])
		}
		b.edges[i] = int32(e) - standardEdges[i]
	}
	b.n = uint8(len(edges)) ^ standardCount
	return b, nil
}

// WithLabels returns b with one label per bucket, e.g. "not due", "1-30"….
// A label must survive the text form (String, MarshalText, JSON) exactly,
// so that a decoded report still merges with its original: it is not
// empty, holds no ',' or ';', no space or other white space at either
// end (ParseBuckets trims it) and is valid UTF-8 (JSON would replace the
// bad bytes).
func (b Buckets) WithLabels(labels ...string) (Buckets, error) {
	if len(labels) != b.Len() {
		return b, fmt.Errorf("%w: %d labels for %d buckets", ErrInvalidBuckets, len(labels), b.Len())
	}
	for i, l := range labels {
		switch {
		case l == "" || strings.ContainsAny(l, ",;"):
			return b, fmt.Errorf("%w: label %d %q is empty or contains ',' or ';'", ErrInvalidBuckets, i, money.Bounded(l))
		case strings.TrimSpace(l) != l:
			return b, fmt.Errorf("%w: label %d %q starts or ends with white space", ErrInvalidBuckets, i, money.Bounded(l))
		case !utf8.ValidString(l):
			return b, fmt.Errorf("%w: label %d %q is not valid UTF-8", ErrInvalidBuckets, i, money.Bounded(l))
		}
		b.labels[i] = l
	}
	return b, nil
}

// Len is the number of buckets (edges + 2).
func (b Buckets) Len() int { return b.count() + 2 }

// Edges returns the day edges.
func (b Buckets) Edges() []int {
	out := make([]int, b.count())
	for i := range out {
		out[i] = int(b.edge(i))
	}
	return out
}

// Label names bucket i: its label if set, else "Current", "1-30", "31-60",
// "90+"… ("" for an index out of range).
func (b Buckets) Label(i int) string {
	n := b.count()
	switch {
	case i < 0 || i > n+1:
		return ""
	case b.labels[i] != "":
		return b.labels[i]
	case i == 0:
		return "Current"
	case i == n+1:
		return strconv.Itoa(int(b.edge(i-2))) + "+"
	}
	lo := int32(1)
	if i > 1 {
		lo = b.edge(i-2) + 1
	}
	return strconv.Itoa(int(lo)) + "-" + strconv.Itoa(int(b.edge(i-1)))
}

// Index is the bucket of an age in days.
func (b Buckets) Index(days int) int { return b.index(days) }

// index is Index without the copy.
func (b *Buckets) index(days int) int {
	if days <= 0 {
		return 0
	}
	n := b.count()
	for i := 0; i < n; i++ {
		if days <= int(b.edge(i)) {
			return i + 1
		}
	}
	return n + 1
}

// String is the text form: "30,60,90", with ";label,label…" when labelled.
func (b Buckets) String() string {
	var s strings.Builder
	for i := range b.count() {
		if i > 0 {
			s.WriteByte(',')
		}
		s.WriteString(strconv.Itoa(int(b.edge(i))))
	}
	if b.labels != ([MaxBuckets]string{}) {
		s.WriteByte(';')
		for i := 0; i < b.Len(); i++ {
			if i > 0 {
				s.WriteByte(',')
			}
			s.WriteString(b.Label(i))
		}
	}
	return s.String()
}

// ParseBuckets reads the text form written by String.
func ParseBuckets(s string) (Buckets, error) {
	edgeText, labelText, labelled := strings.Cut(s, ";")
	var edges []int
	for _, f := range strings.Split(edgeText, ",") {
		e, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return Buckets{}, fmt.Errorf("%w: %q: edge %q is not a whole number of days", ErrInvalidBuckets, s, f)
		}
		edges = append(edges, e)
	}
	b, err := NewBuckets(edges...)
	if err != nil || !labelled {
		return b, err
	}
	labels := strings.Split(labelText, ",")
	for i := range labels {
		labels[i] = strings.TrimSpace(labels[i])
	}
	return b.WithLabels(labels...)
}

// MarshalText implements encoding.TextMarshaler.
func (b Buckets) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (b *Buckets) UnmarshalText(text []byte) error {
	parsed, err := ParseBuckets(string(text))
	if err != nil {
		return err
	}
	*b = parsed
	return nil
}
