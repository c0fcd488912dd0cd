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
// Unapplied. Items not named stay open untouched. A Ref names one item:
// two items with the same (non-empty) Ref in one application are an error
// naming the Ref, never merged, since money would move between them. An
// item with an empty Ref cannot be named and stays open untouched. Errors
// (ErrInvalidPayment): a negative payment, a repeated Ref among the items,
// an empty ref in refs, a ref that is not among the items or not an open
// invoice, items of several customers or currencies; and an item that
// fails aging.Item.Validate.
func ApplyToRefs(items []aging.Item, payment decimal.Decimal, refs []string) (Applied, error) {
	if err := checkApplication(items, payment); err != nil {
		return Applied{}, err
	}
	index, err := refIndex(items)
	if err != nil {
		return Applied{}, err
	}
	open := make([]decimal.Decimal, len(items))
	for i, it := range items {
		open[i] = it.Open
	}
	out := Applied{Unapplied: payment}
	for k, ref := range refs {
		if ref == "" {
			return Applied{}, fmt.Errorf("%w: refs[%d] is empty: name an invoice", ErrInvalidPayment, k)
		}
		i, ok := index[ref]
		if !ok || !open[i].IsPositive() {
			return Applied{}, fmt.Errorf("%w: %q is not an open invoice of the items", ErrInvalidPayment, money.Bounded(ref))
		}
		take := decimal.Min(out.Unapplied, open[i])
		if take.IsPositive() {
			out.Applications = append(out.Applications, Application{Ref: ref, Item: i, Applied: take})
			out.Unapplied = out.Unapplied.Sub(take)
			open[i] = open[i].Sub(take)
		}
	}
	for i, it := range items {
		if it.Open = open[i]; !it.Open.IsZero() {
			out.Open = append(out.Open, it)
		}
	}
	return out, nil
}

// refIndex maps each non-empty Ref to its item's position; a Ref held by
// two items is an ErrInvalidPayment error naming it and both positions.
func refIndex(items []aging.Item) (map[string]int, error) {
	index := make(map[string]int, len(items))
	for i, it := range items {
		if it.Ref == "" {
			continue
		}
		if j, dup := index[it.Ref]; dup {
			return nil, fmt.Errorf("%w: Ref %q is held by items %d and %d: one application needs one item per Ref",
				ErrInvalidPayment, money.Bounded(it.Ref), j, i)
		}
		index[it.Ref] = i
	}
	return index, nil
}

// ApplyProportional spreads a payment over the open invoices in proportion
// to their open amounts — for a remittance that names no invoice under a
// pro-rata policy — rounded with the largest-remainder method so the
// applications add up to the payment exactly (at most the total open; any
// excess is Unapplied). places: 0 rounds to the items' currency's ISO 4217
// minor unit (JPY 0, EUR 2, KWD 3); a positive value, at most 18, sets the
// places. Credit notes are left open. Refs are not looked up (they may
// repeat); Application.Item names the item. Errors as ApplyFIFO; places out of
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
			out.Applications = append(out.Applications, Application{Ref: items[i].Ref, Item: i, Applied: applied[i]})
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
