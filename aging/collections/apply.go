package collections

import (
	"fmt"
	"slices"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// ApplyToRefs applies a payment to the named invoices, in the order named
// (the remittance advice), each up to its open amount; what is left is
// Unapplied. Items not named stay open untouched. Errors: a negative
// payment, a Ref that is not among the items or not an open invoice,
// items of several customers or currencies (ErrInvalidPayment), an item
// that fails aging.Item.Validate.
func ApplyToRefs(items []aging.Item, payment decimal.Decimal, refs []string) (Applied, error) {
	if err := checkApplication(items, payment); err != nil {
		return Applied{}, err
	}
	open := make(map[string]decimal.Decimal, len(items))
	for _, it := range items {
		open[it.Ref] = it.Open
	}
	out := Applied{Unapplied: payment}
	for _, ref := range refs {
		amount, ok := open[ref]
		if !ok || !amount.IsPositive() {
			return Applied{}, fmt.Errorf("%w: %q is not an open invoice of the items", ErrInvalidPayment, money.Bounded(ref))
		}
		take := decimal.Min(out.Unapplied, amount)
		if take.IsPositive() {
			out.Applications = append(out.Applications, Application{Ref: ref, Applied: take})
			out.Unapplied = out.Unapplied.Sub(take)
			open[ref] = amount.Sub(take)
		}
	}
	for _, it := range items {
		if it.Open = open[it.Ref]; !it.Open.IsZero() {
			out.Open = append(out.Open, it)
		}
	}
	return out, nil
}

// ApplyProportional spreads a payment over the open invoices in proportion
// to their open amounts — for a remittance that names no invoice under a
// pro-rata policy — rounded with the largest-remainder method so the
// applications add up to the payment exactly (at most the total open; any
// excess is Unapplied). places: 0 rounds to the items' currency's ISO 4217
// minor unit (JPY 0, EUR 2, KWD 3); a positive value, at most 18, sets the
// places. Credit notes are left open. Errors as ApplyToRefs; places out of
// range, or 0 for a currency that is not an ISO 4217 code, are
// ErrInvalidOptions.
func ApplyProportional(items []aging.Item, payment decimal.Decimal, places int32) (Applied, error) {
	if err := checkApplication(items, payment); err != nil {
		return Applied{}, err
	}
	if err := checkPlaces("places", places); err != nil {
		return Applied{}, err
	}
	var invoices []int
	total := decimal.Zero
	for i, it := range items {
		if it.Open.IsPositive() {
			invoices = append(invoices, i)
			total = total.Add(it.Open)
		}
	}
	out := Applied{Unapplied: payment}
	if total.IsZero() {
		out.Open = slices.Clone(items)
		return out, nil
	}
	places, err := placesFor(items[0].Currency, places, "places")
	if err != nil {
		return Applied{}, err
	}
	pay := decimal.Min(payment, total).RoundFloor(places)
	exact := make([]decimal.Decimal, len(invoices))
	for k, i := range invoices {
		exact[k] = items[i].Open.Mul(pay).DivRound(total, 24)
	}
	shares := money.Allocate(exact, pay, places)
	applied := make(map[int]decimal.Decimal, len(invoices))
	for k, i := range invoices {
		applied[i] = decimal.Min(shares[k], items[i].Open)
		if applied[i].IsPositive() {
			out.Applications = append(out.Applications, Application{Ref: items[i].Ref, Applied: applied[i]})
			out.Unapplied = out.Unapplied.Sub(applied[i])
		}
	}
	for i, it := range items {
		if it.Open = it.Open.Sub(applied[i]); !it.Open.IsZero() {
			out.Open = append(out.Open, it)
		}
	}
	return out, nil
}

// checkApplication validates a payment and the items it is applied to.
func checkApplication(items []aging.Item, payment decimal.Decimal) error {
	if payment.IsNegative() {
		return fmt.Errorf("%w: payment %s is negative", ErrInvalidPayment, payment)
	}
	for i := range items {
		if err := items[i].Validate(); err != nil {
			return err
		}
		if items[i].Customer != items[0].Customer || items[i].Currency != items[0].Currency {
			return fmt.Errorf("%w: item %q is %s/%s, item %q %s/%s: apply per customer and currency", ErrInvalidPayment,
				money.Bounded(items[i].Ref), money.Bounded(items[i].Customer), money.Bounded(items[i].Currency),
				money.Bounded(items[0].Ref), money.Bounded(items[0].Customer), money.Bounded(items[0].Currency))
		}
	}
	return nil
}
