package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/aging/agingtest"
	"github.com/shopspring/decimal"
)

// ErrBadLine reports a CSV line that is not an open item. The pipeline fails
// on it rather than skipping it: a report that silently leaves out an
// invoice does not match the ledger it claims to age.
var ErrBadLine = errors.New("beam example: bad open-item line")

// csvHeader is the first line of an open-item file (the header line is
// skipped wherever it appears, so files may be concatenated or split).
// disputed is optional.
var csvHeader = []string{"ref", "customer", "currency", "issued", "due", "open", "disputed"}

// parseCSVFn turns one CSV line into an aging.Item.
type parseCSVFn struct{}

func (parseCSVFn) ProcessElement(line string, emit func(aging.Item)) error {
	it, ok, err := parseItemLine(line)
	if err != nil || !ok {
		return err
	}
	emit(it)
	return nil
}

// parseItemLine parses one line of ref,customer,currency,issued,due,open[,disputed]
// with dates as YYYY-MM-DD civil dates. It reports ok=false for the header and
// blank lines. Fields are CSV-quoted where needed but must not span lines
// (Beam splits files on newlines to read them in parallel).
func parseItemLine(line string) (it aging.Item, ok bool, err error) {
	line = strings.TrimSuffix(line, "\r")
	if strings.TrimSpace(line) == "" {
		return it, false, nil
	}
	r := csv.NewReader(strings.NewReader(line))
	r.FieldsPerRecord = -1
	f, err := r.Read()
	if err != nil {
		return it, false, fmt.Errorf("%w: %q: %w", ErrBadLine, line, err)
	}
	if len(f) > 0 && f[0] == csvHeader[0] {
		return it, false, nil
	}
	if len(f) != 6 && len(f) != 7 {
		return it, false, fmt.Errorf("%w: %q: %d fields, want 6 or 7 (%s)", ErrBadLine, line, len(f), strings.Join(csvHeader, ","))
	}
	it = aging.Item{Ref: f[0], Customer: f[1], Currency: f[2]}
	if it.Issued, err = time.Parse(dateLayout, f[3]); err != nil {
		return it, false, fmt.Errorf("%w: ref %q: issued %q: %w", ErrBadLine, it.Ref, f[3], err)
	}
	if it.Due, err = time.Parse(dateLayout, f[4]); err != nil {
		return it, false, fmt.Errorf("%w: ref %q: due %q: %w", ErrBadLine, it.Ref, f[4], err)
	}
	if it.Open, err = decimal.NewFromString(f[5]); err != nil {
		return it, false, fmt.Errorf("%w: ref %q: open %q: %w", ErrBadLine, it.Ref, f[5], err)
	}
	if len(f) == 7 && f[6] != "" {
		if it.Disputed, err = strconv.ParseBool(f[6]); err != nil {
			return it, false, fmt.Errorf("%w: ref %q: disputed %q: %w", ErrBadLine, it.Ref, f[6], err)
		}
	}
	return it, true, nil
}

// WriteItemsCSV writes items in the form parseItemLine reads, header first.
// It refuses a field with a line break, which the pipeline could not read back.
func WriteItemsCSV(w io.Writer, items []aging.Item) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, it := range items {
		for _, f := range []string{it.Ref, it.Customer, it.Currency} {
			if strings.ContainsAny(f, "\r\n") {
				return fmt.Errorf("%w: ref %q: field %q spans lines, which a line-split read cannot parse", ErrBadLine, it.Ref, f)
			}
		}
		rec := []string{it.Ref, it.Customer, it.Currency, it.Issued.Format(dateLayout), it.Due.Format(dateLayout),
			it.Open.String(), strconv.FormatBool(it.Disputed)}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// generateFn generates one part of a synthetic ledger on a worker, so a
// ledger of any size costs the launcher nothing and travels nowhere.
type generateFn struct {
	Seed  uint64 `json:"seed"`
	Items int    `json:"items"`
	Parts int    `json:"parts"`
	AsOf  string `json:"asOf"`
}

func (f *generateFn) ProcessElement(part int, emit func(aging.Item)) error {
	asOf, err := time.Parse(dateLayout, f.AsOf)
	if err != nil {
		return fmt.Errorf("%w: as-of %q: %w", ErrConfig, f.AsOf, err)
	}
	for _, it := range generatePart(f.Seed, f.Items, f.Parts, part, asOf) {
		emit(it)
	}
	return nil
}

// GenerateLedger returns the whole ledger the pipeline generates from these
// settings: its parts in order. Tests age it with the library alone.
func GenerateLedger(seed uint64, items, parts int, asOf time.Time) []aging.Item {
	var all []aging.Item
	for p := 0; p < parts; p++ {
		all = append(all, generatePart(seed, items, parts, p, asOf)...)
	}
	return all
}

// generatePart is part p of parts of a ledger of items items: the first
// items%parts parts take one item more, and each part has its own seed.
func generatePart(seed uint64, items, parts, p int, asOf time.Time) []aging.Item {
	n := items / parts
	if p < items%parts {
		n++
	}
	if n == 0 {
		return nil
	}
	return agingtest.Ledger(agingtest.Config{Seed: seed*1_000_003 + uint64(p), Items: n, Customers: 300,
		Currencies: []string{"EUR", "USD"}, CreditNotes: 0.05, AsOf: asOf})
}
