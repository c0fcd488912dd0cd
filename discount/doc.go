// Package discount evaluates early-payment discounts from both sides of the
// invoice: the buyer's cost of forgoing a discount and whether to take it,
// the seller's break-even rate against its cost of capital, the economics of
// a discount program, and dynamic (sliding-scale) discounting.
package discount
