package score

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/receivables-go/receivables/internal/money"
)

// Sample is development (or hold-out, or current) data: characteristics
// as columns, one value per applicant, and the outcome, Bad[i] true when
// applicant i went bad.
type Sample struct {
	Columns []Column
	Bad     []bool
}

// Len is the number of applicants.
func (s Sample) Len() int { return len(s.Bad) }

// Subset is the sample of the given rows, in their order (a row may
// repeat); Special and Trend are kept. Rows out of range panic, as a
// slice index does.
func (s Sample) Subset(rows []int) Sample {
	out := Sample{Columns: make([]Column, len(s.Columns)), Bad: make([]bool, len(rows))}
	for k, r := range rows {
		out.Bad[k] = s.Bad[r]
	}
	for j, c := range s.Columns {
		o := Column{Name: c.Name, Special: c.Special, Trend: c.Trend}
		if c.Numbers != nil {
			o.Numbers = make([]float64, len(rows))
			for k, r := range rows {
				o.Numbers[k] = c.Numbers[r]
			}
		} else {
			o.Categories = make([]string, len(rows))
			for k, r := range rows {
				o.Categories[k] = c.Categories[r]
			}
		}
		out.Columns[j] = o
	}
	return out
}

// Column finds a characteristic by name.
func (s Sample) Column(name string) (Column, bool) {
	for _, c := range s.Columns {
		if c.Name == name {
			return c, true
		}
	}
	return Column{}, false
}

// ReadSample reads a CSV with a header row: the column named outcome is
// the outcome (a row is bad when its value equals badLabel, after
// trimming white space; any other value is good), every other column a
// characteristic — numeric when each of its non-empty values parses as a
// number (an empty cell is then NaN, missing), categorical otherwise.
// Errors wrap ErrInvalidData.
func ReadSample(r io.Reader, outcome, badLabel string) (Sample, error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return Sample{}, fmt.Errorf("%w: reading the header: %v", ErrInvalidData, err)
	}
	y := -1
	for j, h := range header {
		if strings.TrimSpace(h) == outcome {
			y = j
		}
	}
	if y < 0 {
		return Sample{}, fmt.Errorf("%w: no outcome column %q in the header", ErrInvalidData, money.Bounded(outcome))
	}
	var text [][]string
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return Sample{}, fmt.Errorf("%w: %v", ErrInvalidData, err)
		}
		text = append(text, rec)
	}
	s := Sample{Bad: make([]bool, len(text))}
	for i, rec := range text {
		s.Bad[i] = strings.TrimSpace(rec[y]) == badLabel
	}
	for j, h := range header {
		if j != y {
			s.Columns = append(s.Columns, readColumn(strings.TrimSpace(h), text, j))
		}
	}
	return s, nil
}

// readColumn makes column j numeric if every non-empty cell is a number.
func readColumn(name string, text [][]string, j int) Column {
	nums := make([]float64, len(text))
	for i, rec := range text {
		v := strings.TrimSpace(rec[j])
		if v == "" {
			nums[i] = math.NaN()
			continue
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			cats := make([]string, len(text))
			for i, rec := range text {
				cats[i] = strings.TrimSpace(rec[j])
			}
			return Column{Name: name, Categories: cats}
		}
		nums[i] = f
	}
	return Column{Name: name, Numbers: nums}
}
