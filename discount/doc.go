// Package discount evaluates early-payment discounts from both sides of the
// invoice.
//
// # Buyer
//
// Not taking "2/10 net 30" means paying 2% to keep the money 20 more days:
// borrowing at d/(1−d) × 365/20 = 37.24% a year nominal, 44.59% compounded
// ([CostOfForgoing], [CostOfTerms] for every tier of a [terms.Terms]).
// [Decide] compares every option — each discount deadline and the due date
// — at the buyer's cost of funds and says whether to take the discount, on
// which day to pay and what it saves.
//
// # Seller
//
// [BreakEvenRate] is the largest discount worth offering for being paid
// sooner, at the seller's cost of capital with simple-interest discounting:
// d = k(N−D) / (Y + k(N−D)). [Evaluate] takes a whole program — sales,
// take-up, DSO of takers and non-takers, bad-debt rates, handling cost —
// and reports the new DSO, the cash released, the financing and bad debt
// saved, the discount cost, the net annual benefit and the break-even rate
// with every effect included. Dynamic discounting ([SlidingDiscount],
// [Batch]) prices early payment at an APR per day early and picks the
// invoices that earn the most per unit of cash within a budget.
//
// # Conventions
//
// Rates are fractions (0.02 is 2%). The year is 365 or 360 days by
// [terms.DayCount]. Inputs of more than a few values come in structs with
// named fields ([Invoice] and [Funding], [Payable] and [Pricing],
// [Program]); a date the calculation is as of (the payment date of
// [SlidingDiscount] and [Batch]) comes first. Bad input returns errors
// wrapping [ErrInvalidRate], [ErrInvalidDays], [ErrInvalidInput],
// [ErrOutOfRange] or [ErrCurrencyMismatch], naming the field and its value;
// nothing panics.
//
// # Range
//
// Every decimal input — amounts, rates, shares, DSOs — must lie within 40
// digits either side of the point (the library's one range,
// money.MaxDigits), and day counts within ±3,660,000 (money.MaxDays, the
// span of years 1 to 9999). Anything beyond is rejected before any
// arithmetic with the sentinel the field's other checks use (a rate:
// [ErrInvalidRate]; a DSO or day count: [ErrInvalidDays]; an amount or a
// share: [ErrInvalidInput]); the message names the field and prints a
// bounded form of the value. A decimal with an exponent of 2³¹−1 used to
// panic inside shopspring/decimal, and one of −10⁸ to stall it for a
// minute.
//
// # Rounding
//
// One convention for the whole package, applied once where a figure leaves
// it (inside, quotients keep 20 decimal places):
//
//   - Money (Pay, CostAtDue, Saving, Discount, Released, NetBenefit…) is
//     rounded half-up to the ISO 4217 minor unit of the input's Currency:
//     JPY 0 places, EUR 2, KWD 3. A Places field (on [Funding], [Pricing],
//     [Program]) of 1–18 overrides it; with Places 0 the Currency is
//     required. A discount is taken on the invoice total, not line by line,
//     so no stray minor unit is left open.
//   - Everything else — annual rates, shares, break-even rates, days — is
//     rounded half-up to [RatePlaces] (10) decimal places.
//
// # Example
//
//	c, err := discount.CostOfForgoing(decimal.RequireFromString("0.02"), 10, 30, terms.Actual365Fixed)
//	// c.Nominal = 0.3724489796, c.Effective = 0.4458529273
//
//	d, err := discount.Decide(discount.Invoice{Terms: terms.MustParse("2/10 net 30"),
//		Issued: issued, Amount: decimal.NewFromInt(10000), Currency: "EUR"},
//		discount.Funding{CostOfFunds: decimal.RequireFromString("0.10")})
//	// d.Take = true, d.Best.Pay = 9800 on day 10, d.Saving = 146.3 (EUR, measured at the due date)
package discount
