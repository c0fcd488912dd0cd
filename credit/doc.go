// Package credit supports credit decisions: weighted scorecards with reason
// codes, points-to-odds scaling, grades with tiered limits, Altman Z-scores,
// credit-limit methods, the exposure check on every order, dynamic limit
// review, the payment index, expected loss and credit insurance.
//
// # Scoring a new customer
//
// A [Scorecard] weighs factors (years in business, days beyond terms,
// financial ratios, industry risk…) scored by numeric [Band]s or
// categories, with points for missing values; weights must add up to 1 or
// 100. The result lists every factor's points and the reason codes: the
// factors that cost the most points, first — as adverse-action reasons are
// given. [Scaling] turns GOOD:BAD odds into points (higher odds, higher
// score; a higher probability of default, a lower score): 600 points at
// 50:1 with 20 points to double the odds is the usual calibration
// (Siddiqi, Credit Risk Scorecards, 2006). [AltmanZ] computes the Z (1968),
// Z' (private firms), Z” (non-manufacturers) and emerging-market scores
// with their published coefficients and zones; [Financials] also gives the
// current and quick ratios, debt to equity, interest cover, net margin and
// tangible net worth.
//
// # Grades and limits
//
// A [GradeTable] maps a score to a grade with a tiered limit — a strong
// customer gets more credit and longer terms. Limit methods each return an
// amount and how it was derived ([NetWorthLimit], [WorkingCapitalLimit],
// [SalesLimit], [GradeLimit], [InsuranceLimit]); a [Policy] combines them
// (the minimum, a weighted average, or capped at the grade tier), rounds
// DOWN to a unit — a limit is a ceiling, so rounding never grants credit
// no method supports — and applies a floor and a ceiling. The
// [LimitDecision] keeps every method's figure, so the limit is explainable.
//
// # Credit control
//
// Once a customer has a limit, every order is checked against it and the
// limit moves with the customer's behaviour. The control half of the
// package answers four questions: may this order ship ([Check]), should the
// limit change ([Review]), how does the customer pay ([PaymentIndex]), and what
// do we stand to lose and what does insurance take off it ([ExpectedLoss],
// Cover). Money is never summed across currencies: a CreditLimit, an
// Exposure, a Cover carry one currency, and mixing them is
// [ErrCurrencyMismatch]. Amounts in results are exact (sums and products of
// the inputs); fractions that need a division are rounded half-up once, at
// the edge ([UtilisationPlaces], [IndexPlaces]).
//
// # Credit control: exposure and the order check
//
// Exposure is SAP SD's static credit check: open receivables + open orders
// + shipped-not-invoiced (deliveries and billing documents not yet posted),
// plus any components the caller names (bills of exchange, a deposit held
// as security with a negative sign). [Exposures] sums an ERP's open items
// and orders into one Exposure per currency. Check adds the order and applies
// [CheckRules] in a fixed order, every rule that applies adding a [CheckReason],
// the Outcome being the most severe: on hold → Block; oldest item more
// than MaxOverdueDays past due → Block (or Warn) even under the limit;
// exposure after the order above the limit plus Tolerance → Block, above
// the limit but within the tolerance → Warn, above WarnAt (90% by
// default) → Warn; otherwise Approve. Exactly one limit finding is always
// present, so a decision explains itself from its fields: limit, exposure
// and headroom before and after, utilisation before and after. Headroom is
// negative when the limit is exceeded; with a zero limit utilisation is
// undefined and reported as 0 (reason [ReasonNoLimit] blocks any positive
// exposure).
//
// # Credit control: dynamic limit review
//
// Review runs a rule table over Behaviour (average days late, share
// overdue, utilisation, bounced payments, purchase growth, score change):
// the first rule whose condition holds fires and its name is carried in the
// Proposal. Steps are bounded (+20% and −50% per review by default) and a
// changed limit is rounded down to ReviewRules.Unit. Freeze keeps the limit
// and puts the customer on hold; a review never lifts a hold. The default
// table, risk rules first, is printed in [DefaultReviewRules]; copy it,
// prepend or replace rules, and change the bounds.
//
// # Credit control: payment index
//
// PaymentIndex scores paid invoices 0–100 on the Dun & Bradstreet PAYDEX
// scale: 100 pays 30 days early, 90 20 days early, 80 on terms, 70 15 days
// beyond terms, 60 22, 50 30, 40 60, 30 90, 20 120, falling to 0 at 180 days
// (our extension of the last slope). Between anchors the index is linear,
// which reproduces the intermediate rows of D&B's value chart. Like
// PAYDEX it is amount-weighted: each experience is scored, and the scores
// are averaged with the amounts as weights. [DaysFromIndex] is the inverse.
//
// # Credit control: expected loss
//
// ExpectedLoss follows Basel II (BCBS 128, June 2006): EL = PD × LGD × EAD,
// with EAD = drawn + CCF × undrawn limit. PD 2%, LGD 45% (the foundation
// approach's LGD for senior unsecured claims) and EAD 100,000 give 900.
// The zero CCF suits limits the seller may cancel at any time; use a
// positive CCF for committed lines. [PortfolioExpectedLoss] totals per
// currency.
//
// # Credit control: credit insurance
//
// A Cover pays InsuredShare (typically 90%) of a loss above the Deductible,
// capped by what remains of the per-buyer limit and of the aggregate
// maximum liability: claim = min(share × (loss − deductible)⁺, buyer limit
// left, aggregate left); the insured retains loss − claim. [Cover.Claims] settles
// defaults in order so the caps bind across claims. The premium is a rate
// on insured turnover; [Cover.Value] sets it against the expected loss the
// cover takes over.
//
// # Credit control: worked example
//
// A limit of 100,000 EUR; open items 60,000, open orders 15,000, shipped
// not invoiced 5,000: exposure 80,000, headroom 20,000. An order of 12,000
// takes the exposure to 92,000 (utilisation 0.92): Warn, over the 90%
// threshold, headroom 8,000. One of 25,000 would take it to 105,000: Block,
// over the limit by 5,000. If this customer defaulted on 105,000 under a
// 90% cover with a 5,000 deductible, the claim would be 0.9 × 100,000 =
// 90,000 and the retained loss 15,000.
package credit
