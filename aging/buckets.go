package aging

import (
	"fmt"
	"strconv"
	"strings"
)

// MaxBuckets is the largest number of buckets a Buckets holds.
const MaxBuckets = 12

// Buckets are the age bands of a report, built from edges in days: edges
// 30, 60, 90 give Current (0 days or less), 1–30, 31–60, 61–90 and 90+.
// Bucket 0 is always "0 days or less" (not yet due, or due today); bucket
// k ≥ 1 holds days in (edge[k−2], edge[k−1]] with edge[−1] = 0; the last
// holds everything beyond the last edge. N edges make N+2 buckets.
//
// Buckets is a small comparable value: NewBuckets(30, 60, 90) == Standard(),
// and the zero value means Standard() wherever Options take it. Its text
// form is the edges, "30,60,90", optionally with labels
// ("30,60,90;Current,1-30,31-60,61-90,90+").
type Buckets struct {
	n      uint8 // number of edges; buckets = n+2
	edges  [MaxBuckets - 2]int32
	labels [MaxBuckets]string // "" = default label
}

// Standard is Current, 1–30, 31–60, 61–90, 90+ days past due.
func Standard() Buckets {
	b, _ := NewBuckets(30, 60, 90)
	return b
}

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
			return b, fmt.Errorf("%w: edge %d is %d days; edges must be positive", ErrInvalidBuckets, i, e)
		case e > 100_000:
			return b, fmt.Errorf("%w: edge %d is %d days; at most 100000", ErrInvalidBuckets, i, e)
		case i > 0 && e <= edges[i-1]:
			return b, fmt.Errorf("%w: edge %d (%d) is not after edge %d (%d)", ErrInvalidBuckets, i, e, i-1, edges[i-1])
		}
		b.edges[i] = int32(e)
	}
	b.n = uint8(len(edges))
	return b, nil
}

// WithLabels returns b with one label per bucket, e.g. "not due", "1-30"….
func (b Buckets) WithLabels(labels ...string) (Buckets, error) {
	b = b.orStandard()
	if len(labels) != b.Len() {
		return b, fmt.Errorf("%w: %d labels for %d buckets", ErrInvalidBuckets, len(labels), b.Len())
	}
	for i, l := range labels {
		if l == "" || strings.ContainsAny(l, ",;") {
			return b, fmt.Errorf("%w: label %d %q is empty or contains ',' or ';'", ErrInvalidBuckets, i, l)
		}
		b.labels[i] = l
	}
	return b, nil
}

// orStandard maps the zero value to Standard().
func (b Buckets) orStandard() Buckets {
	if b.n == 0 {
		return Standard()
	}
	return b
}

// Len is the number of buckets (edges + 2).
func (b Buckets) Len() int { return int(b.orStandard().n) + 2 }

// Edges returns the day edges.
func (b Buckets) Edges() []int {
	b = b.orStandard()
	out := make([]int, b.n)
	for i := range out {
		out[i] = int(b.edges[i])
	}
	return out
}

// Label names bucket i: its label if set, else "Current", "1-30", "31-60",
// "90+"… ("" for an index out of range).
func (b Buckets) Label(i int) string {
	b = b.orStandard()
	switch {
	case i < 0 || i > int(b.n)+1:
		return ""
	case b.labels[i] != "":
		return b.labels[i]
	case i == 0:
		return "Current"
	case i == int(b.n)+1:
		return strconv.Itoa(int(b.edges[i-2])) + "+"
	}
	lo := int32(1)
	if i > 1 {
		lo = b.edges[i-2] + 1
	}
	return strconv.Itoa(int(lo)) + "-" + strconv.Itoa(int(b.edges[i-1]))
}

// Index is the bucket of an age in days.
func (b Buckets) Index(days int) int {
	b = b.orStandard()
	return b.index(days)
}

// index is Index on buckets already mapped from the zero value.
func (b *Buckets) index(days int) int {
	if days <= 0 {
		return 0
	}
	for i := 0; i < int(b.n); i++ {
		if days <= int(b.edges[i]) {
			return i + 1
		}
	}
	return int(b.n) + 1
}

// String is the text form: "30,60,90", with ";label,label…" when labelled.
func (b Buckets) String() string {
	b = b.orStandard()
	var s strings.Builder
	for i := 0; i < int(b.n); i++ {
		if i > 0 {
			s.WriteByte(',')
		}
		s.WriteString(strconv.Itoa(int(b.edges[i])))
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
