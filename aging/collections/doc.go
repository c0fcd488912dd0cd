// Package collections is what a receivables team does with the open-item
// ledger of package aging: apply payments, run the dunning ladder, propose
// write-offs and forecast the cash to come. It takes [aging.Item] values
// and checks each with [aging.Item.Validate], so a bad item is the same
// [aging.ItemError] here as in an aging report.
//
// # Payment application
//
// [ApplyFIFO] applies a customer's credit notes and then a payment to open
// items oldest first, leaving partial balances open and any over-payment
// unapplied; a credit note not used up stays open with its own Ref and
// dates (with payment 0, ApplyFIFO nets credit notes against invoices and
// leaves each customer's total unchanged). [ApplyToRefs] follows a
// remittance advice, [ApplyProportional] spreads a payment pro rata, and
// [ApplyCostsInterestPrincipal] allocates a payment costs → interest →
// principal (§ 367 BGB) so late charges survive. One application is one
// customer in one currency.
//
// Items are identified by position, never merged by Ref: each
// [Application] names its item's position (Item) and Ref, and its Applied
// has the item's sign (positive for an invoice paid, negative for the part
// of a credit note used), so Σ Applied = payment − Unapplied and every
// item's Open after = Open before − its Applied — fuzzed with repeated and
// empty Refs and with credit notes. Where a Ref is looked up (ApplyToRefs;
// aging.OpenAsOf's settlements) it must name one item: a Ref shared by two
// items is an error naming it.
//
// # Cash application
//
// [Match] proposes, for each receipt (a bank line or remittance advice:
// amount, currency, value date, payer name and account, label, reference,
// note), the open items of a [Book] it pays: by reference in the text —
// invoice numbers as people and banks write them (case, separators,
// spacing, leading zeros, a prefix dropped: "INV/2019/0001" paid as
// "invoice 2019-0001" or "inv 1"), several in one line, ISO 11649
// creditor references checked mod 97 ([ValidCreditorReference]),
// full-width characters; by payer (account, alias, a name without legal
// form or punctuation: "ACME GmbH" = "Acme G.m.b.H."), never across
// currencies; by amount among the payer's open invoices (one of exactly
// the amount, one net of an early-payment discount still open on the
// value date under the item's terms, a combination of up to MaxItems of
// its MaxCandidates oldest invoices — 2,516 subsets at the defaults — or
// one short within the tolerance). Each [Proposal] carries the rule, the
// evidence (which text matched which item), a confidence in percent and
// whether it clears the auto-apply threshold (DefaultAutoApply, 90); two
// equally good answers are reported as ambiguous, never guessed. A
// receipt never allocates more than its amount; over-payments are
// unapplied cash. [NewMatcher] indexes a book once for many receipts
// (100k receipts against 1M items in under a second). [ApplyProposals]
// applies accepted proposals through [ApplyFIFO], item by item, and
// returns the ledger after, the discounts and write-offs granted and the
// cash left on account.
//
// # Statements and confirmations
//
// [Statement] is a customer's statement of account for a period: opening
// balance, every invoice, credit note, payment and adjustment with its
// running balance, the closing balance and the aging of the items open at
// its end. [Reconcile] reconciles a customer's balance confirmation with
// our open items: matched, ours only, theirs only, amount differences and
// payments in transit (ours after their cut-off), with totals that
// explain the whole difference between the two balances.
//
// # Dunning
//
// [Dun] runs a [Ladder] for a day ([DefaultLadder], the zero
// [DunOptions]: a due-date reminder on the due date, a call at 7 days, a
// legal or agency step at 30), escalating each [Account] — a customer in
// one currency — to the highest step reached and never repeating a step
// already taken with that account (DunOptions.Taken; a step name not in
// the ladder is an error, not a step sent again). A [Step] may carry, per
// currency, a minimum amount due below which it is not sent, a fee, and an
// annual interest rate: the action reports the amount Due (everything it
// covers, items due today included), the part Overdue (a day or more past
// due), the Fee, the Interest to date (terms.LateInterest on each overdue
// item) and the Total to demand. Disputed items are held out and listed,
// and customers with a stop (a payment plan) are skipped.
//
// # Write-offs and the forecast
//
// [WriteOffCandidates] proposes items for write-off by age, small balance
// or insolvency, with the allowance already held against each. [Forecast]
// expects each item on its due date shifted by its customer's habitual
// lateness (at most 3,660,000 days either way), spreads the collectible
// share of overdue items over the weeks,
// and adds up per currency to the cent.
//
// # Rounding
//
// One convention. Money is rounded half-up to the currency's ISO 4217
// minor unit (EUR 2, JPY 0, KWD 3), each currency to its own, unless a
// places setting (ApplyProportional's places, ForecastOptions.Places,
// WriteOffPolicy.Places) of 1–18 overrides it — which a currency that is
// not an ISO 4217 code needs. Dunning interest is rounded per item to the
// minor unit or DunOptions.Places; fees and minimums are taken as given.
// Splits of a rounded total (a payment pro
// rata, a forecast's weeks) use largest-remainder allocation, so the parts
// add up exactly. Payment application by FIFO, by reference and under §
// 367 BGB rounds nothing: it moves the amounts as given. The package
// returns no rates. Bad places are ErrInvalidOptions everywhere.
//
// Cash application compares amounts at the currency's minor unit (or
// MatchOptions.Places) and rounds an amount net of discount half-up to
// it; its confidences are whole percents. Statements and reconciliations
// round nothing.
//
// # Example
//
//	items := []aging.Item{
//		{Ref: "INV-1", Customer: "Acme", Currency: "EUR", Issued: apr1, Due: may1, Open: d("100.00")},
//		{Ref: "INV-2", Customer: "Acme", Currency: "EUR", Issued: may1, Due: may31, Open: d("200.00")},
//	}
//	paid, err := collections.ApplyFIFO(items, d("250.00"))
//	// paid.Applications: INV-1 100, INV-2 150; paid.Open: INV-2 50.
//	run, err := collections.Dun(asOf, paid.Open, collections.DunOptions{})
//	for _, a := range run.Actions {
//		fmt.Println(a.Customer, a.Step.Name, a.Due, a.Overdue, a.Total, a.Currency)
//	}
package collections
