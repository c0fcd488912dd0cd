package aging

import (
	"fmt"
	"slices"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// Provision is the loss allowance held against one row of a report. It
// reconciles with the row on paper: for every bucket k,
//
//	Buckets[k] = (Amounts[k] − Excluded[k]) × Rates[k] × Adjustment, rounded
//
// where Amounts is the report row's and Excluded says what the matrix left
// out of it.
type Provision struct {
	Customer string `json:"customer,omitempty"` // "" on a currency row
	Currency string `json:"currency"`
	// Buckets[i] is the matrix allowance for bucket i: the bucket's amount
	// less Excluded[i], × its loss rate × the forward-looking adjustment.
	Buckets []decimal.Decimal `json:"buckets"`
	// Excluded[i] is the part of the row's Amounts[i] the matrix holds no
	// allowance against, exact: a customer's credit balance in the bucket
	// (negative — no allowance is held against what we owe, and a credit in
	// one bucket does not lower the allowance of another), and the whole
	// bucket amount of a customer under Matrix.Specific (provided in
	// Specific instead). A currency row's is the sum of its customers'.
	Excluded []decimal.Decimal `json:"excluded"`
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
	Customers  []Provision `json:"customers"`  // one per (customer, currency), in the report's order
}

// Matrix is a provision matrix: the loss rates per bucket, the
// forward-looking adjustment, specific provisions and the rounding. The
// same matrix gives a report's allowance (ProvisionMatrix) and one item's
// (ItemProvision, which collections.WriteOffCandidates uses): one rule.
type Matrix struct {
	// Rates has one loss rate per bucket of the report, each a fraction
	// within [0, 1] (0.016 for 1.6%), and at most 1 once adjusted.
	Rates []decimal.Decimal `json:"rates"`
	// Adjustment scales every rate for the forward-looking outlook: 1.1
	// for a 10% worse outlook. Zero means 1 (no adjustment); negative, or
	// so large that an adjusted rate exceeds 1, is an error.
	Adjustment decimal.Decimal `json:"adjustment"`
	// Specific maps named customers to a specific rate within [0, 1] of
	// their positive balance in each currency (1 for a customer in
	// insolvency), replacing the matrix (and its adjustment) for them:
	// their rows have zero Buckets, their amounts in Excluded and the
	// allowance in Specific. Nil: none.
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
// A customer's credit balance in a bucket holds no allowance; it is
// reported in Provision.Excluded so that every row reconciles with the
// report's. Money is rounded half-up where it leaves, per currency
// (Matrix.Places): each currency's bucket allowances and total from the
// exact amounts; each customer's total by the largest-remainder method so
// that customers add up exactly to their currency's total. The currency
// rows are built from the report's customer rows. Errors: a matrix that
// does not fit (Matrix.Check), a report that does not hold together
// (ErrInvalidReport).
func ProvisionMatrix(r Report, m Matrix) (Provisions, error) {
	if err := r.check(); err != nil {
		return Provisions{}, err
	}
	adjustment, err := m.check(r.Buckets)
	if err != nil {
		return Provisions{}, err
	}
	var p Provisions
	byCurrency := map[string][]int{} // customer rows per currency
	customerExact := make([]decimal.Decimal, len(r.Customers))
	currencies := map[string]*currencyProvision{}
	for i, row := range r.Customers {
		c := currencies[row.Currency]
		if c == nil {
			places, err := m.places(row.Currency)
			if err != nil {
				return Provisions{}, err
			}
			c = &currencyProvision{buckets: zeros(len(m.Rates)), excluded: zeros(len(m.Rates)), specific: decimal.Zero, places: places}
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
	excluded []decimal.Decimal
	specific decimal.Decimal
	places   int32
}

// provision rounds the currency's allowances.
func (c *currencyProvision) provision(currency string) Provision {
	prov := Provision{Currency: currency, Buckets: make([]decimal.Decimal, len(c.buckets)), Excluded: c.excluded,
		Specific: c.specific.Round(c.places)}
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
	prov := Provision{Customer: row.Customer, Currency: row.Currency, Buckets: zeros(len(m.Rates)), Excluded: zeros(len(m.Rates)),
		Specific: decimal.Zero}
	if rate, ok := m.Specific[row.Customer]; ok {
		sum := allowance(row.Total, rate, decimal.NewFromInt(1))
		prov.Specific = sum.Round(c.places)
		c.specific = c.specific.Add(sum)
		for k, a := range row.Amounts {
			prov.Excluded[k] = a
			c.excluded[k] = c.excluded[k].Add(a)
		}
		return prov, sum
	}
	sum := decimal.Zero
	for k, rate := range m.Rates {
		a := row.Amounts[k]
		if a.IsNegative() {
			prov.Excluded[k] = a
			c.excluded[k] = c.excluded[k].Add(a)
		}
		b := allowance(a, rate, adjustment)
		sum = sum.Add(b)
		c.buckets[k] = c.buckets[k].Add(b)
		prov.Buckets[k] = b.Round(c.places)
	}
	return prov, sum
}

// allowance is the one provision rule, exact: a positive amount × rate ×
// adjustment; nothing against a credit.
func allowance(amount, rate, adjustment decimal.Decimal) decimal.Decimal {
	if !amount.IsPositive() {
		return decimal.Zero
	}
	return amount.Mul(rate).Mul(adjustment)
}

// Check validates the matrix for a report's buckets: one rate per bucket,
// each in range (money.CheckRange) and within [0, 1], and at most 1 once
// multiplied by the adjustment; a non-negative adjustment; specific rates
// within [0, 1] (ErrInvalidRates, naming the rate); places that resolve
// (ErrInvalidOptions). ProvisionMatrix checks the same.
func (m Matrix) Check(b Buckets) error {
	_, err := m.check(b)
	return err
}

// check is Check, returning the adjustment to apply (zero meaning 1).
func (m Matrix) check(b Buckets) (decimal.Decimal, error) {
	adjustment, err := m.adjustment()
	if err != nil {
		return decimal.Zero, err
	}
	if len(m.Rates) != b.Len() {
		return decimal.Zero, fmt.Errorf("%w: %d rates for %d buckets", ErrInvalidRates, len(m.Rates), b.Len())
	}
	for i := range m.Rates {
		if err := m.rate(i, adjustment); err != nil {
			return decimal.Zero, err
		}
	}
	for customer := range m.Specific {
		if err := m.specific(customer); err != nil {
			return decimal.Zero, err
		}
	}
	return adjustment, checkPlaces(m.Places)
}

// ItemProvision is the allowance the matrix holds against one open item
// in bucket (an index into the buckets Rates are for, e.g.
// Buckets.Index(days)): the rule of ProvisionMatrix for one amount —
// Open × Rates[bucket] × Adjustment, or Open × the customer's Specific rate
// — nothing against a credit, rounded half-up to Places (0: the item's
// currency's minor unit). It checks the item (Item.Validate), the bucket
// index and only the parts of the matrix it uses, the same way Check does
// (ErrInvalidRates, ErrInvalidOptions), so that it costs O(1) per item
// after one Check of the whole matrix.
func (m Matrix) ItemProvision(it Item, bucket int) (decimal.Decimal, error) {
	if err := it.Validate(); err != nil {
		return decimal.Zero, err
	}
	places, err := m.places(it.Currency)
	if err != nil {
		return decimal.Zero, err
	}
	if _, ok := m.Specific[it.Customer]; ok {
		if err := m.specific(it.Customer); err != nil {
			return decimal.Zero, err
		}
		return allowance(it.Open, m.Specific[it.Customer], decimal.NewFromInt(1)).Round(places), nil
	}
	if bucket < 0 || bucket >= len(m.Rates) {
		return decimal.Zero, fmt.Errorf("%w: bucket %d of item %q: the matrix has %d rates", ErrInvalidRates, bucket, money.Bounded(it.Ref), len(m.Rates))
	}
	adjustment, err := m.adjustment()
	if err != nil {
		return decimal.Zero, err
	}
	if err := m.rate(bucket, adjustment); err != nil {
		return decimal.Zero, err
	}
	return allowance(it.Open, m.Rates[bucket], adjustment).Round(places), nil
}

// adjustment checks Adjustment and returns it, zero meaning 1.
func (m Matrix) adjustment() (decimal.Decimal, error) {
	if err := money.CheckRange("Adjustment", m.Adjustment); err != nil {
		return decimal.Zero, fmt.Errorf("%w: %w", ErrInvalidRates, err)
	}
	if m.Adjustment.IsNegative() {
		return decimal.Zero, fmt.Errorf("%w: Adjustment %s is negative", ErrInvalidRates, m.Adjustment)
	}
	if m.Adjustment.IsZero() {
		return decimal.NewFromInt(1), nil
	}
	return m.Adjustment, nil
}

// rate checks rate i: in range, within [0, 1], at most 1 once adjusted.
func (m Matrix) rate(i int, adjustment decimal.Decimal) error {
	rate := m.Rates[i]
	field := fmt.Sprintf("Rates[%d]", i)
	if err := checkFraction(field, rate); err != nil {
		return err
	}
	if adjusted := rate.Mul(adjustment); adjusted.GreaterThan(decimal.NewFromInt(1)) {
		return fmt.Errorf("%w: %s (%s) × Adjustment (%s) = %s is above 1", ErrInvalidRates, field, rate, adjustment, adjusted)
	}
	return nil
}

// specific checks the Specific rate of customer.
func (m Matrix) specific(customer string) error {
	return checkFraction(fmt.Sprintf("Specific rate of %q", money.Bounded(customer)), m.Specific[customer])
}

// checkFraction checks a rate: in range, then within [0, 1]
// (ErrInvalidRates naming field).
func checkFraction(field string, rate decimal.Decimal) error {
	if err := money.CheckRange(field, rate); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidRates, err)
	}
	if rate.IsNegative() || rate.GreaterThan(decimal.NewFromInt(1)) {
		return fmt.Errorf("%w: %s (%s) is outside [0, 1]", ErrInvalidRates, field, rate)
	}
	return nil
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
