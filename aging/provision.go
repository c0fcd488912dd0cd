package aging

import (
	"fmt"
	"slices"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// Provision is the loss allowance held against one row of a report.
type Provision struct {
	Customer string `json:"customer,omitempty"` // "" on a currency row
	Currency string `json:"currency"`
	// Buckets[i] is the allowance for bucket i: the bucket's amount (credit
	// balances count as zero: no allowance is held against what we owe)
	// × its loss rate × the forward-looking adjustment.
	Buckets []decimal.Decimal `json:"buckets"`
	// Specific is the part provided specifically rather than by the matrix
	// (see Matrix.Specific); zero otherwise.
	Specific decimal.Decimal `json:"specific"`
	// Total is rounded once from the exact sum of the matrix and specific
	// parts; customers add up to their currency's Total exactly.
	Total decimal.Decimal `json:"total"`
}

// Provisions is an allowance for doubtful accounts by currency and by
// customer; the customers of a currency add up exactly to its total.
type Provisions struct {
	Currencies []Provision `json:"currencies"` // one per currency, sorted
	Customers  []Provision `json:"customers"`  // one per (customer, currency), sorted
}

// Matrix is a provision matrix: the loss rates per bucket, the
// forward-looking adjustment, specific provisions and the rounding.
type Matrix struct {
	// Rates has one loss rate per bucket of the report, each a fraction
	// within [0, 1] (0.016 for 1.6%).
	Rates []decimal.Decimal `json:"rates"`
	// Adjustment scales every rate for the forward-looking outlook: 1.1
	// for a 10% worse outlook. Zero means 1 (no adjustment); negative is
	// an error.
	Adjustment decimal.Decimal `json:"adjustment"`
	// Specific maps named customers to a specific rate within [0, 1] of
	// their positive balance in each currency (1 for a customer in
	// insolvency), replacing the matrix for them: their rows have zero
	// Buckets and the amount in Specific. Nil: none.
	Specific map[string]decimal.Decimal `json:"specific,omitempty"`
	// Places: 0 rounds each currency's money to its own ISO 4217 minor
	// unit (EUR 2, JPY 0, KWD 3); a positive value (at most 18) rounds
	// every currency to that many places.
	Places int32 `json:"places,omitempty"`
}

// ProvisionMatrix applies a provision matrix to a report — the matrix of
// IFRS 9's simplified approach (IFRS 9 §5.5.15 and B5.5.35, Illustrative
// Example 12), a CECL pooled matrix, or the PRC aging method (账龄分析法)
// on invoice-date buckets — with specific provisions for named customers.
// Money is rounded half-up where it leaves, per currency (Matrix.Places):
// each currency's bucket allowances and total from the exact amounts; each
// customer's total by the largest-remainder method so that customers add up
// exactly to their currency's total.
func ProvisionMatrix(r Report, m Matrix) (Provisions, error) {
	adjustment, err := m.check(r)
	if err != nil {
		return Provisions{}, err
	}
	var p Provisions
	byCurrency := map[string][]int{} // customer rows per currency
	customerExact := make([]decimal.Decimal, len(r.Customers))
	currencies := map[string]*currencyProvision{}
	for i, row := range r.Customers {
		places, err := m.places(row.Currency)
		if err != nil {
			return Provisions{}, err
		}
		c := currencies[row.Currency]
		if c == nil {
			c = &currencyProvision{buckets: zeros(len(m.Rates)), specific: decimal.Zero, places: places}
			currencies[row.Currency] = c
		}
		var prov Provision
		prov, customerExact[i] = m.customer(row, adjustment, c)
		byCurrency[row.Currency] = append(byCurrency[row.Currency], i)
		p.Customers = append(p.Customers, prov)
	}
	names := make([]string, 0, len(currencies))
	for c := range currencies {
		names = append(names, c)
	}
	slices.Sort(names)
	for _, name := range names {
		prov := currencies[name].provision(name)
		p.Currencies = append(p.Currencies, prov)
		idx := byCurrency[name]
		exact := make([]decimal.Decimal, len(idx))
		for k, i := range idx {
			exact[k] = customerExact[i]
		}
		for k, total := range money.Allocate(exact, prov.Total, currencies[name].places) {
			p.Customers[idx[k]].Total = total
		}
	}
	return p, nil
}

// currencyProvision gathers the exact allowances of one currency.
type currencyProvision struct {
	buckets  []decimal.Decimal
	specific decimal.Decimal
	places   int32
}

// provision rounds the currency's allowances.
func (c *currencyProvision) provision(currency string) Provision {
	prov := Provision{Currency: currency, Buckets: make([]decimal.Decimal, len(c.buckets)), Specific: c.specific.Round(c.places)}
	exactTotal := c.specific
	for k, b := range c.buckets {
		prov.Buckets[k] = b.Round(c.places)
		exactTotal = exactTotal.Add(b)
	}
	prov.Total = exactTotal.Round(c.places)
	return prov
}

// customer is the provision of one customer row (its Total still to be
// allocated) and its exact allowance, added to its currency's.
func (m Matrix) customer(row Totals, adjustment decimal.Decimal, c *currencyProvision) (Provision, decimal.Decimal) {
	prov := Provision{Customer: row.Customer, Currency: row.Currency, Buckets: zeros(len(m.Rates)), Specific: decimal.Zero}
	if rate, ok := m.Specific[row.Customer]; ok {
		sum := decimal.Max(row.Total, decimal.Zero).Mul(rate)
		prov.Specific = sum.Round(c.places)
		c.specific = c.specific.Add(sum)
		return prov, sum
	}
	sum := decimal.Zero
	for k, rate := range m.Rates {
		b := decimal.Max(row.Amounts[k], decimal.Zero).Mul(rate).Mul(adjustment)
		sum = sum.Add(b)
		c.buckets[k] = c.buckets[k].Add(b)
		prov.Buckets[k] = b.Round(c.places)
	}
	return prov, sum
}

// check validates the matrix against the report and returns the
// adjustment to apply (zero meaning 1).
func (m Matrix) check(r Report) (decimal.Decimal, error) {
	one := decimal.NewFromInt(1)
	for customer, rate := range m.Specific {
		if rate.IsNegative() || rate.GreaterThan(one) {
			return decimal.Zero, fmt.Errorf("%w: Specific rate of %q (%s) is outside [0, 1]", ErrInvalidRates, money.Bounded(customer), rate)
		}
	}
	if len(m.Rates) != r.Buckets.Len() {
		return decimal.Zero, fmt.Errorf("%w: %d rates for %d buckets", ErrInvalidRates, len(m.Rates), r.Buckets.Len())
	}
	for i, rate := range m.Rates {
		if rate.IsNegative() || rate.GreaterThan(one) {
			return decimal.Zero, fmt.Errorf("%w: rate %d (%s) is outside [0, 1]", ErrInvalidRates, i, rate)
		}
	}
	if m.Adjustment.IsNegative() {
		return decimal.Zero, fmt.Errorf("%w: Adjustment %s is negative", ErrInvalidRates, m.Adjustment)
	}
	if err := checkPlaces(m.Places); err != nil {
		return decimal.Zero, err
	}
	if m.Adjustment.IsZero() {
		return one, nil
	}
	return m.Adjustment, nil
}

// places resolves the places money in currency is rounded to.
func (m Matrix) places(currency string) (int32, error) { return placesFor(currency, m.Places) }

// checkPlaces checks an explicit Places setting, the same way in every
// function of the package.
func checkPlaces(places int32) error {
	if err := money.CheckPlaces("Places", places); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidOptions, err)
	}
	return nil
}

// placesFor resolves Places for a currency: places when positive, else
// the currency's ISO 4217 minor unit.
func placesFor(currency string, places int32) (int32, error) {
	p, err := money.PlacesFor(currency, places, "Places")
	if err != nil {
		return 0, fmt.Errorf("%w: %w", ErrInvalidOptions, err)
	}
	return p, nil
}
