package main

import (
	"encoding"
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
)

// Beam must be able to encode every element and accumulator that crosses a
// stage boundary or a worker. aging.Item and aging.Report hold time.Time and
// decimal.Decimal, whose fields are unexported, so Beam's schema coder cannot
// see into them. These coders write each field with its own exact binary form:
// a decimal as its exponent and big-integer coefficient (MarshalBinary, which,
// unlike JSON, reads none of shopspring's package globals), a time with its
// wall clock and zone offset (so the civil date aging reads is unchanged).
func init() {
	beam.RegisterCoder(reflect.TypeOf(aging.Item{}), encodeItem, decodeItem)
	beam.RegisterCoder(reflect.TypeOf(aging.Report{}), encodeReport, decodeReport)
}

// errCorrupt reports an encoded element that does not decode; it means a coder
// mismatch between the launcher and the workers, never bad user input.
var errCorrupt = errors.New("beam example: corrupt encoded element")

func encodeItem(it aging.Item) ([]byte, error) {
	var w writer
	w.string(it.Ref)
	w.string(it.Customer)
	w.string(it.Currency)
	w.time(it.Issued)
	w.time(it.Due)
	w.decimal(it.Open)
	w.bool(it.Disputed)
	return w.buf, w.err
}

func decodeItem(b []byte) (aging.Item, error) {
	r := reader{buf: b}
	it := aging.Item{
		Ref:      r.string(),
		Customer: r.string(),
		Currency: r.string(),
		Issued:   r.time(),
		Due:      r.time(),
		Open:     r.decimal(),
		Disputed: r.bool(),
	}
	return it, r.done("item")
}

func encodeReport(rep aging.Report) ([]byte, error) {
	var w writer
	w.time(rep.AsOf)
	w.text(rep.Buckets)
	w.totals(rep.Currencies)
	w.totals(rep.Customers)
	return w.buf, w.err
}

func decodeReport(b []byte) (aging.Report, error) {
	r := reader{buf: b}
	var rep aging.Report
	rep.AsOf = r.time()
	r.text(&rep.Buckets)
	rep.Currencies = r.totals()
	rep.Customers = r.totals()
	return rep, r.done("report")
}

// writer appends length-prefixed fields; the first error sticks.
type writer struct {
	buf []byte
	err error
}

func (w *writer) bytes(b []byte) {
	w.buf = binary.AppendUvarint(w.buf, uint64(len(b)))
	w.buf = append(w.buf, b...)
}

func (w *writer) string(s string) {
	w.buf = binary.AppendUvarint(w.buf, uint64(len(s)))
	w.buf = append(w.buf, s...)
}

func (w *writer) int(n int) { w.buf = binary.AppendVarint(w.buf, int64(n)) }

func (w *writer) bool(b bool) {
	if b {
		w.buf = append(w.buf, 1)
	} else {
		w.buf = append(w.buf, 0)
	}
}

func (w *writer) marshal(m encoding.BinaryMarshaler) {
	b, err := m.MarshalBinary()
	if err != nil && w.err == nil {
		w.err = err
	}
	w.bytes(b)
}

func (w *writer) text(m encoding.TextMarshaler) {
	b, err := m.MarshalText()
	if err != nil && w.err == nil {
		w.err = err
	}
	w.bytes(b)
}

func (w *writer) time(t time.Time)          { w.marshal(t) }
func (w *writer) decimal(d decimal.Decimal) { w.marshal(d) }

func (w *writer) totals(ts []aging.Totals) {
	// -1 keeps a nil slice nil, so a decoded report is indistinguishable
	// from the one encoded.
	if ts == nil {
		w.int(-1)
		return
	}
	w.int(len(ts))
	for _, t := range ts {
		w.string(t.Customer)
		w.string(t.Currency)
		w.int(len(t.Amounts))
		for _, a := range t.Amounts {
			w.decimal(a)
		}
		w.decimal(t.Total)
		w.int(t.Items)
	}
}

// reader consumes what writer wrote; the first error sticks and later reads
// return zero values.
type reader struct {
	buf []byte
	err error
}

func (r *reader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: bad %s", errCorrupt, what)
	}
}

func (r *reader) bytes(what string) []byte {
	n, k := binary.Uvarint(r.buf)
	if k <= 0 || n > uint64(len(r.buf)-k) {
		r.fail(what)
		return nil
	}
	b := r.buf[k : k+int(n)]
	r.buf = r.buf[k+int(n):]
	return b
}

func (r *reader) string() string { return string(r.bytes("string")) }

func (r *reader) int() int {
	n, k := binary.Varint(r.buf)
	if k <= 0 {
		r.fail("integer")
		return 0
	}
	r.buf = r.buf[k:]
	return int(n)
}

func (r *reader) bool() bool {
	if len(r.buf) == 0 || r.buf[0] > 1 {
		r.fail("bool")
		return false
	}
	b := r.buf[0] == 1
	r.buf = r.buf[1:]
	return b
}

func (r *reader) unmarshal(what string, u encoding.BinaryUnmarshaler) {
	b := r.bytes(what)
	if r.err != nil {
		return
	}
	if err := u.UnmarshalBinary(b); err != nil {
		r.err = fmt.Errorf("%w: %s: %w", errCorrupt, what, err)
	}
}

func (r *reader) text(u encoding.TextUnmarshaler) {
	b := r.bytes("text")
	// Empty text is the zero value (an empty report's buckets), which a
	// type's UnmarshalText need not accept.
	if r.err != nil || len(b) == 0 {
		return
	}
	if err := u.UnmarshalText(b); err != nil {
		r.err = fmt.Errorf("%w: buckets: %w", errCorrupt, err)
	}
}

func (r *reader) time() (t time.Time) {
	r.unmarshal("time", &t)
	return t
}

func (r *reader) decimal() (d decimal.Decimal) {
	r.unmarshal("decimal", &d)
	return d
}

func (r *reader) totals() []aging.Totals {
	n := r.int()
	if n < 0 || r.err != nil {
		return nil
	}
	// Every total takes at least a few bytes, so a count larger than the
	// rest of the buffer is corrupt, not a reason to allocate.
	if n > len(r.buf) {
		r.fail("totals count")
		return nil
	}
	ts := make([]aging.Totals, n)
	for i := range ts {
		t := &ts[i]
		t.Customer = r.string()
		t.Currency = r.string()
		m := r.int()
		if m < 0 || m > len(r.buf) {
			r.fail("amounts count")
			return nil
		}
		t.Amounts = make([]decimal.Decimal, m)
		for j := range t.Amounts {
			t.Amounts[j] = r.decimal()
		}
		t.Total = r.decimal()
		t.Items = r.int()
		if r.err != nil {
			return nil
		}
	}
	return ts
}

func (r *reader) done(what string) error {
	if r.err == nil && len(r.buf) != 0 {
		r.fail(what + ": trailing bytes")
	}
	return r.err
}
