package aging

import (
	"cmp"
	"fmt"
	"slices"

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
	// (see ProvisionMatrixSpecific); zero otherwise.
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

// ProvisionMatrix applies loss rates per bucket to a report — the provision
// matrix of IFRS 9's simplified approach (IFRS 9 §5.5.15 and B5.5.35,
// Illustrative Example 12) or a CECL pooled matrix. rates has one fraction
// per bucket (0.016 for 1.6%); adjustment scales every rate for the
// forward-looking outlook (1 for none; 1.1 for a 10% worse outlook; zero
// means 1). Money is rounded half-up to places where it leaves: each
// currency's bucket allowances and total from the exact amounts; each
// customer's total by the largest-remainder method so that customers add up
// exactly to their currency's total.
func ProvisionMatrix(r Report, rates []decimal.Decimal, adjustment decimal.Decimal, places int32) (Provisions, error) {
	return ProvisionMatrixSpecific(r, rates, adjustment, places, nil)
}

// ProvisionMatrixSpecific is ProvisionMatrix with specific provisions for
// named customers overriding the matrix: a customer in specific maps to a
// rate (1 for one in insolvency) of its positive balance in each currency,
// and the matrix is not applied to it. Its row has zero Buckets and the
// amount in Specific; its currency's Specific sums them.
func ProvisionMatrixSpecific(r Report, rates []decimal.Decimal, adjustment decimal.Decimal, places int32, specific map[string]decimal.Decimal) (Provisions, error) {
	for customer, rate := range specific {
		if rate.IsNegative() || rate.GreaterThan(decimal.NewFromInt(1)) {
			return Provisions{}, fmt.Errorf("%w: specific rate of %q (%s) is outside [0, 1]", ErrInvalidRates, customer, rate)
		}
	}
	if len(rates) != r.Buckets.Len() {
		return Provisions{}, fmt.Errorf("%w: %d rates for %d buckets", ErrInvalidRates, len(rates), r.Buckets.Len())
	}
	for i, rate := range rates {
		if rate.IsNegative() || rate.GreaterThan(decimal.NewFromInt(1)) {
			return Provisions{}, fmt.Errorf("%w: rate %d (%s) is outside [0, 1]", ErrInvalidRates, i, rate)
		}
	}
	if adjustment.IsNegative() {
		return Provisions{}, fmt.Errorf("%w: adjustment %s is negative", ErrInvalidRates, adjustment)
	}
	if adjustment.IsZero() {
		adjustment = decimal.NewFromInt(1)
	}
	if places < 0 || places > 18 {
		return Provisions{}, fmt.Errorf("%w: places %d must be between 0 and 18", ErrInvalidRates, places)
	}
	exact := func(row Totals) []decimal.Decimal {
		out := make([]decimal.Decimal, len(rates))
		for i, rate := range rates {
			out[i] = decimal.Max(row.Amounts[i], decimal.Zero).Mul(rate).Mul(adjustment)
		}
		return out
	}
	var p Provisions
	byCurrency := map[string][]int{} // customer rows per currency
	customerExact := make([]decimal.Decimal, len(r.Customers))
	currencyBuckets := map[string][]decimal.Decimal{}
	currencySpecific := map[string]decimal.Decimal{}
	for i, row := range r.Customers {
		buckets := exact(row)
		sum := decimal.Zero
		acc := currencyBuckets[row.Currency]
		if acc == nil {
			acc = make([]decimal.Decimal, len(rates))
		}
		rounded := make([]decimal.Decimal, len(buckets))
		prov := Provision{Customer: row.Customer, Currency: row.Currency, Buckets: rounded, Specific: decimal.Zero}
		if rate, ok := specific[row.Customer]; ok {
			sum = decimal.Max(row.Total, decimal.Zero).Mul(rate)
			prov.Specific = sum.Round(places)
			currencySpecific[row.Currency] = currencySpecific[row.Currency].Add(sum)
			for k := range rounded {
				rounded[k] = decimal.Zero
			}
		} else {
			for k, b := range buckets {
				sum = sum.Add(b)
				acc[k] = acc[k].Add(b)
				rounded[k] = b.Round(places)
			}
		}
		currencyBuckets[row.Currency] = acc
		customerExact[i] = sum
		byCurrency[row.Currency] = append(byCurrency[row.Currency], i)
		p.Customers = append(p.Customers, prov)
	}
	currencies := make([]string, 0, len(currencyBuckets))
	for c := range currencyBuckets {
		currencies = append(currencies, c)
	}
	slices.Sort(currencies)
	for _, c := range currencies {
		prov := Provision{Currency: c, Buckets: make([]decimal.Decimal, len(rates)), Specific: currencySpecific[c].Round(places)}
		exactTotal := currencySpecific[c]
		for k, b := range currencyBuckets[c] {
			prov.Buckets[k] = b.Round(places)
			exactTotal = exactTotal.Add(b)
		}
		prov.Total = exactTotal.Round(places)
		p.Currencies = append(p.Currencies, prov)
		allocate(p.Customers, byCurrency[c], customerExact, prov.Total, places)
	}
	return p, nil
}

// allocate sets the Total of the customer rows idx so that they add up to
// total: each rounded down, the missing minor units to the largest
// remainders (earlier row, i.e. by customer name, first on ties).
func allocate(rows []Provision, idx []int, exact []decimal.Decimal, total decimal.Decimal, places int32) {
	unit := decimal.New(1, -places)
	sum := decimal.Zero
	for _, i := range idx {
		rows[i].Total = exact[i].RoundFloor(places)
		sum = sum.Add(rows[i].Total)
	}
	order := slices.Clone(idx)
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(exact[b].Sub(rows[b].Total).Cmp(exact[a].Sub(rows[a].Total)), cmp.Compare(a, b))
	})
	for k := 0; sum.LessThan(total) && k < len(order); k++ {
		rows[order[k]].Total = rows[order[k]].Total.Add(unit)
		sum = sum.Add(unit)
	}
}
