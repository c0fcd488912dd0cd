package aging

import (
	"fmt"
	"maps"
	"slices"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// Conversion is the caller's exchange for a converted summary. The
// library holds no rates and never converts on its own: the rates, their
// date and their source are the caller's, stated here.
type Conversion struct {
	// To is the currency of the summary.
	To string
	// Rates[c] is the price of one unit of currency c in To (USD→EUR
	// 0.92). To itself converts at 1 and may be left out.
	Rates map[string]decimal.Decimal
	// Places: 0 rounds the converted amounts to To's ISO 4217 minor unit
	// (EUR 2, JPY 0); a positive value, at most 18, sets the places.
	Places int32
}

// Converted sums the report's currency rows into one row in c.To, for a
// dashboard that must show one figure: each currency's buckets, debit,
// credit and not-yet-due bands are multiplied by its rate and rounded
// half-up to c.Places (To's minor unit by default), then added. Total is the sum of the converted
// buckets, so the buckets add up to it exactly; Debit and Credit are
// rounded on their own and may differ from Total by up to one unit of
// Places per currency. DebitDays is converted exactly (it is the
// numerator of AverageDays, not an amount). Items add up; Oldest is the
// oldest item of any currency, OldestDebit the oldest positive one. A
// currency of the report without a rate, a rate ≤ 0 or out of range
// (money.CheckRange) or a rate for To other than 1 is an
// ErrInvalidConversion naming the currency; a report that does not hold
// together, ErrInvalidReport.
func (r Report) Converted(c Conversion) (Totals, error) {
	if err := r.check(); err != nil {
		return Totals{}, err
	}
	places, err := c.validate(r)
	if err != nil {
		return Totals{}, err
	}
	n := r.Buckets.Len()
	out := Totals{Currency: c.To, Amounts: zeros(n), Total: decimal.Zero, Debit: decimal.Zero, Credit: decimal.Zero,
		DebitDays: decimal.Zero}
	if r.DueWithin != nil {
		out.NotDue = zeros(len(r.DueWithin) + 1)
	}
	debit := false // a row with a positive item seen
	for i, row := range r.Currencies {
		rate := c.rate(row.Currency)
		conv := func(v decimal.Decimal) decimal.Decimal { return v.Mul(rate).Round(places) }
		for k, a := range row.Amounts {
			v := conv(a)
			out.Amounts[k] = out.Amounts[k].Add(v)
			out.Total = out.Total.Add(v)
		}
		for k, a := range row.NotDue {
			out.NotDue[k] = out.NotDue[k].Add(conv(a))
		}
		out.Credit = out.Credit.Add(conv(row.Credit))
		out.DebitDays = out.DebitDays.Add(row.DebitDays.Mul(rate))
		out.Items += row.Items
		if i == 0 || older(row.Oldest.Days, row.Oldest.Ref, out.Oldest.Days, out.Oldest.Ref) {
			out.Oldest = row.Oldest
		}
		if row.Debit.IsPositive() && (!debit || older(row.OldestDebit.Days, row.OldestDebit.Ref, out.OldestDebit.Days, out.OldestDebit.Ref)) {
			out.OldestDebit, debit = row.OldestDebit, true
		}
		out.Debit = out.Debit.Add(conv(row.Debit))
	}
	return out, nil
}

// validate checks the conversion against the currencies of r and
// resolves the places of its amounts.
func (c Conversion) validate(r Report) (int32, error) {
	if c.To == "" {
		return 0, fmt.Errorf("%w: To is empty", ErrInvalidConversion)
	}
	if err := checkPlaces(c.Places); err != nil {
		return 0, err
	}
	places, err := placesFor(c.To, c.Places)
	if err != nil {
		return 0, err
	}
	for _, currency := range slices.Sorted(maps.Keys(c.Rates)) {
		if err := money.CheckRange(fmt.Sprintf("Rates[%q]", money.Bounded(currency)), c.Rates[currency]); err != nil {
			return 0, fmt.Errorf("%w: %w", ErrInvalidConversion, err)
		}
	}
	if rate, ok := c.Rates[c.To]; ok && !rate.Equal(decimal.NewFromInt(1)) {
		return 0, fmt.Errorf("%w: Rates[%q] (%s), the rate of %s to itself, is not 1", ErrInvalidConversion, money.Bounded(c.To), rate, money.Bounded(c.To))
	}
	for _, row := range r.Currencies {
		if row.Currency == c.To {
			continue
		}
		rate, ok := c.Rates[row.Currency]
		switch {
		case !ok:
			return 0, fmt.Errorf("%w: no rate for %s to %s", ErrInvalidConversion, money.Bounded(row.Currency), money.Bounded(c.To))
		case !rate.IsPositive():
			return 0, fmt.Errorf("%w: Rates[%q] (%s) for %s to %s is not > 0", ErrInvalidConversion, money.Bounded(row.Currency), rate,
				money.Bounded(row.Currency), money.Bounded(c.To))
		}
	}
	return places, nil
}

// rate is the price of one unit of currency in c.To.
func (c Conversion) rate(currency string) decimal.Decimal {
	if currency == c.To {
		return decimal.NewFromInt(1)
	}
	return c.Rates[currency]
}

// zeros is n decimal zeros.
func zeros(n int) []decimal.Decimal {
	return slices.Repeat([]decimal.Decimal{decimal.Zero}, n)
}
