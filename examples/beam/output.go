package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths in tests and on the prism runner
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/receivables-go/receivables/aging"
)

func init() {
	register.DoFn2x1[context.Context, aging.Report, error](&writeReportFn{})
}

// Output names the three files the pipeline writes from an output prefix.
type Output struct{ JSON, Currencies, Customers string }

// OutputFiles returns the files written for prefix: the whole report as
// JSON (the library's own json tags), and one CSV per table.
func OutputFiles(prefix string) Output {
	return Output{JSON: prefix + ".json", Currencies: prefix + "-currencies.csv", Customers: prefix + "-customers.csv"}
}

// WriteReport writes the single report of reports to the files of prefix.
func WriteReport(s beam.Scope, prefix string, reports beam.PCollection) {
	beam.ParDo0(s.Scope("Write"), &writeReportFn{Prefix: prefix}, reports)
}

// writeReportFn writes one report through Beam's file systems, so prefix may
// be a local path or a bucket (gs://…) that the workers can reach.
type writeReportFn struct {
	Prefix string `json:"prefix"`
}

func (f *writeReportFn) ProcessElement(ctx context.Context, rep aging.Report) error {
	out := OutputFiles(f.Prefix)
	js, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	for _, file := range []struct {
		name string
		data []byte
	}{
		{out.JSON, append(js, '\n')},
		{out.Currencies, totalsCSV(rep, rep.Currencies, false)},
		{out.Customers, totalsCSV(rep, rep.Customers, true)},
	} {
		if err := writeFile(ctx, file.name, file.data); err != nil {
			return fmt.Errorf("write %s: %w", file.name, err)
		}
	}
	return nil
}

func writeFile(ctx context.Context, name string, data []byte) error {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

// totalsCSV formats one table of the report: a column per bucket, then the
// total and the item count. Amounts are written exactly as the library
// summed them (no rounding: the sum of the inputs' own precision).
func totalsCSV(rep aging.Report, rows []aging.Totals, withCustomer bool) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	head := []string{"currency"}
	if withCustomer {
		head = []string{"customer", "currency"}
	}
	head = append(head, bucketLabels(rep)...)
	w.Write(append(head, "total", "items"))
	for _, t := range rows {
		rec := []string{t.Currency}
		if withCustomer {
			rec = []string{t.Customer, t.Currency}
		}
		for _, a := range t.Amounts {
			rec = append(rec, a.String())
		}
		w.Write(append(rec, t.Total.String(), strconv.Itoa(t.Items)))
	}
	w.Flush() // a bytes.Buffer does not fail
	return buf.Bytes()
}

// bucketLabels names the report's bucket columns ("Current", "1-30"…).
func bucketLabels(rep aging.Report) []string {
	labels := make([]string, rep.Buckets.Len())
	for i := range labels {
		labels[i] = rep.Buckets.Label(i)
	}
	return labels
}
