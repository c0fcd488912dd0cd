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
// Rates are fractions (0.02 is 2%), returned rounded half-up to
// [RatePlaces]; money is rounded half-up to [MoneyPlaces] where it leaves
// the package. The year is 365 or 360 days by [terms.DayCount]. Bad input
// returns errors wrapping [ErrInvalidRate], [ErrInvalidDays],
// [ErrInvalidInput] or [ErrOutOfRange]; nothing panics.
//
// # Example
//
//	c, err := discount.CostOfForgoing(decimal.RequireFromString("0.02"), 10, 30, terms.Actual365Fixed)
//	// c.Nominal = 0.3724489796, c.Effective = 0.4458529273
package discount
