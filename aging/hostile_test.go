package aging_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/internal/decfuzz"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// hostileReport is a small two-currency report every entry gets.
func hostileReport(t testing.TB) aging.Report {
	d := decimal.RequireFromString
	items := []aging.Item{
		{Ref: "E1", Customer: "Acme", Currency: "EUR", Issued: asOf.AddDate(0, 0, -60), Due: asOf.AddDate(0, 0, -30), Open: d("1000.00")},
		{Ref: "E2", Customer: "Acme", Currency: "EUR", Issued: asOf.AddDate(0, 0, -60), Due: asOf.AddDate(0, 0, -5), Open: d("-50.00")},
		{Ref: "U1", Customer: "Beta", Currency: "USD", Issued: asOf.AddDate(0, 0, -200), Due: asOf.AddDate(0, 0, -100), Open: d("300.00")},
	}
	r, err := aging.AgeSlice(asOf, items, aging.Options{DueWithin: []int{7, 30}})
	require.NoError(t, err)
	return r
}

// decimalEntries lists every decimal input of the package's entry points
// (issue 25: each one is range-checked before any arithmetic).
func decimalEntries(t testing.TB) []decfuzz.Entry {
	r := hostileReport(t)
	d := decimal.RequireFromString
	rates := func(k int, v decimal.Decimal) []decimal.Decimal {
		out := []decimal.Decimal{d("0.003"), d("0.016"), d("0.036"), d("0.066"), d("0.106")}
		out[k] = v
		return out
	}
	matrix := func(m aging.Matrix) error { _, err := aging.ProvisionMatrix(r, m); return err }
	item := aging.Item{Ref: "X", Customer: "Acme", Currency: "EUR", Issued: asOf.AddDate(0, 0, -60), Due: asOf.AddDate(0, 0, -30), Open: d("10")}
	itemProv := func(m aging.Matrix) error { _, err := m.ItemProvision(item, 1); return err }
	return []decfuzz.Entry{
		{Field: "Rates[0]", Call: func(v decimal.Decimal) error { return matrix(aging.Matrix{Rates: rates(0, v)}) }},
		{Field: "Rates[4]", Call: func(v decimal.Decimal) error { return matrix(aging.Matrix{Rates: rates(4, v)}) }},
		{Field: "Adjustment", Call: func(v decimal.Decimal) error { return matrix(aging.Matrix{Rates: rates(0, d("0")), Adjustment: v}) }},
		{Field: `Specific rate of "Acme"`, Call: func(v decimal.Decimal) error {
			return matrix(aging.Matrix{Rates: rates(0, d("0")), Specific: map[string]decimal.Decimal{"Acme": v}})
		}},
		{Field: "Rates[1]", Call: func(v decimal.Decimal) error { return itemProv(aging.Matrix{Rates: rates(1, v)}) }},
		{Field: "Adjustment", Call: func(v decimal.Decimal) error { return itemProv(aging.Matrix{Rates: rates(0, d("0")), Adjustment: v}) }},
		{Field: `Specific rate of "Acme"`, Call: func(v decimal.Decimal) error {
			return itemProv(aging.Matrix{Rates: rates(0, d("0")), Specific: map[string]decimal.Decimal{"Acme": v}})
		}},
		{Field: "Rates[2]", Call: func(v decimal.Decimal) error { return aging.Matrix{Rates: rates(2, v)}.Check(aging.Standard()) }},
		{Field: "Adjustment", Call: func(v decimal.Decimal) error {
			return aging.Matrix{Rates: rates(2, d("0")), Adjustment: v}.Check(aging.Standard())
		}},
		{Field: "roll rate 1", Call: func(v decimal.Decimal) error {
			_, err := aging.LossRates([]decimal.Decimal{d("0.5"), v}, d("0.5"))
			return err
		}},
		{Field: "finalLoss", Call: func(v decimal.Decimal) error { _, err := aging.LossRates([]decimal.Decimal{d("0.5")}, v); return err }},
		{Field: `Rates["USD"]`, Call: func(v decimal.Decimal) error {
			_, err := r.Converted(aging.Conversion{To: "EUR", Rates: map[string]decimal.Decimal{"USD": v}})
			return err
		}},
		{Field: `Rates["GBP"]`, Call: func(v decimal.Decimal) error { // a rate for a currency the report does not hold
			_, err := r.Converted(aging.Conversion{To: "EUR", Rates: map[string]decimal.Decimal{"USD": d("0.9"), "GBP": v}})
			return err
		}},
	}
}

// suite is the package's range-guard tests (issue 25): every error is one
// of the package's, an extreme value's names the field; an in-range
// error names it too, but for the product of two good inputs (a rate ×
// the adjustment above 1), which names both.
func suite(t testing.TB) decfuzz.Suite {
	return decfuzz.Suite{Entries: decimalEntries(t), Want: productOfGoodInputs,
		Accept: decfuzz.OneOf(aging.ErrInvalidRates, aging.ErrInvalidConversion, aging.ErrInvalidOptions, aging.ErrInvalidReport,
			aging.ErrReportMismatch, aging.ErrSnapshotMismatch, aging.ErrInvalidItem, aging.ErrInvalidBuckets)}
}

// productOfGoodInputs is the text an in-range error must hold: the field,
// or nothing for a rate × adjustment above 1.
func productOfGoodInputs(field string, err error) string {
	if strings.Contains(err.Error(), "× Adjustment") {
		return ""
	}
	return field
}

// Every decimal input answers an extreme value with an error naming the
// field, quickly, in a short message: exponents 2³¹−1 and −2³¹ panicked
// in ProvisionMatrix ("exponent overflows an int32") or stalled for more
// than ten minutes (a rate of exponent −2³¹) before.
func TestExtremeDecimalsNamed(t *testing.T) { suite(t).CheckExtremes(t) }

// FuzzDecimalInputs feeds every decimal input of the package any decimal
// (raw coefficient bytes, full-range exponent): no panic, an answer within
// a second, and an error is one of the package's, naming the field.
func FuzzDecimalInputs(f *testing.F) {
	f.Add([]byte{0xFF, 0xFF, 0xFF, 0x7F, 1}, false, uint8(0)) // exponent 2³¹−1
	f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, false, uint8(2)) // −2³¹: the adjustment that panicked
	f.Add([]byte{0x00, 0x00, 0x00, 0x80, 1}, false, uint8(1)) // −2³¹: the rate that stalled
	f.Add([]byte{0x00, 0x1F, 0x0A, 0xFA, 1}, true, uint8(4))  // −10⁸
	f.Add([]byte{0xFE, 0x05}, false, uint8(9))
	f.Add([]byte{0x01, 0x0C}, false, uint8(10)) // 1.2: a roll rate above 1
	s := suite(f)
	f.Fuzz(func(t *testing.T, b []byte, neg bool, which uint8) { s.FuzzDecimal(t, b, neg, which) })
}

// reportSeeds are the JSON texts FuzzReportJSON starts from: a real
// report and the reproductions of issue 25.
func reportSeeds(t testing.TB) []string {
	r := hostileReport(t)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	real := string(b)
	empty, err := aging.AgeSlice(asOf, []aging.Item{{Ref: "A", Customer: "A", Currency: "EUR", Issued: asOf, Due: asOf.AddDate(0, 0, 3),
		Open: decimal.NewFromInt(5)}}, aging.Options{DueWithin: []int{}})
	require.NoError(t, err)
	be, err := json.Marshal(empty)
	require.NoError(t, err)
	return []string{
		real,
		string(be),
		strings.Replace(string(be), `"dueWithin":[]`, `"dueWithin":null`, 1), // the old omitempty form
		strings.Replace(real, `"amounts":["0","950","0","0","0"]`, `"amounts":["0","950"]`, 1),
		strings.Replace(real, `"amounts":["0","950","0","0","0"]`, `"amounts":["0","950","0","0","0","7"]`, 1),
		strings.Replace(real, `"950"`, `"1e2147483647"`, -1),
		strings.Replace(real, `"950"`, `"1e-2147483648"`, -1),
		strings.Replace(real, `"buckets":"30,60,90"`, `"buckets":"30,60,90; now,b,c,d,e"`, 1),
		`{"asOf":"2026-06-30T00:00:00Z","currencies":[{"currency":"EUR","amounts":[]}],"customers":null}`,
		`{}`, `null`, `[]`,
	}
}

// FuzzReportJSON decodes arbitrary bytes into a Report and feeds it to
// Merge (both ways and into the identity), Converted, ProvisionMatrix,
// RollRates and TopOverdue: errors of the package, never a panic. The
// seeds hold the reports that panicked before (issue 25).
func FuzzReportJSON(f *testing.F) {
	for _, s := range reportSeeds(f) {
		f.Add([]byte(s))
	}
	good := hostileReport(f)
	rates := func(n int) []decimal.Decimal {
		out := make([]decimal.Decimal, n)
		for i := range out {
			out[i] = decimal.New(int64(i+1), -2)
		}
		return out
	}
	accept := suite(f).Accept
	f.Fuzz(func(t *testing.T, b []byte) {
		var r aging.Report
		if json.Unmarshal(b, &r) != nil {
			return
		}
		check := func(err error) {
			if err != nil {
				require.True(t, accept(err), "%v", err)
			}
		}
		into := good
		check(into.Merge(r))
		again := r
		check(again.Merge(good))
		var id aging.Report
		check(id.Merge(r))
		conv := aging.Conversion{To: "EUR", Rates: map[string]decimal.Decimal{}, Places: 2}
		for _, row := range r.Currencies {
			if row.Currency != "EUR" {
				conv.Rates[row.Currency] = decimal.RequireFromString("0.5")
			}
		}
		_, err := r.Converted(conv)
		check(err)
		_, err = aging.ProvisionMatrix(r, aging.Matrix{Rates: rates(r.Buckets.Len()), Adjustment: decimal.RequireFromString("1.1"), Places: 2})
		check(err)
		next := r
		next.AsOf = r.AsOf.AddDate(0, 1, 0)
		currency := "EUR"
		if len(r.Currencies) > 0 {
			currency = r.Currencies[0].Currency
		}
		_, err = aging.RollRates([]aging.Report{r, next}, currency, 0)
		check(err)
		_, err = aging.TopOverdue(r, currency, 3)
		check(err)
	})
}
