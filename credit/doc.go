// Package credit is credit control: credit-limit methods and the policy
// that combines them, the exposure check on every order, dynamic limit
// review, the payment index, expected loss and credit insurance. Scoring —
// scorecards, points-to-odds scaling, grades, Altman Z-scores and
// financial ratios — is package credit/score, whose Financials and Grade
// the limit methods take.
//
// # Limits
//
// Limit methods each return an amount and how it was derived
// ([NetWorthLimit], [WorkingCapitalLimit], [SalesLimit], [GradeLimit],
// [InsuranceLimit]); a [Policy] combines them (the minimum, a weighted
// average, or capped at the grade tier), rounds DOWN to its Unit — a limit
// is a ceiling, so rounding never grants credit no method supports — and
// applies a floor and a ceiling. The [LimitResult] keeps every method's
// figure, so the limit is explainable. The customer's granted line is a
// [CreditLimit]: an amount in one currency, possibly on hold.
//
// # Exposure and the order check
//
// Exposure is SAP SD's static credit check: open receivables + open orders
// + shipped-not-invoiced (deliveries and billing documents not yet posted),
// plus any components the caller names (bills of exchange, a deposit held
// as security with a negative sign). [Exposures] sums an ERP's open items
// and orders into one Exposure per currency. [CheckRules.Check] adds the
// order and applies the rules in a fixed order, every rule that applies
// adding a [CheckReason], the Outcome being the most severe: on hold →
// Block; oldest item more than MaxOverdueDays (30 by default) past due →
// Block (or Warn) even under the limit; exposure after the order above the
// limit plus Tolerance → Block, above the limit but within the tolerance →
// Warn, above WarnAt (90% by default) → Warn; otherwise Approve. The zero
// CheckRules are the defaults. Exactly one limit finding is always
// present, so a [CheckResult] explains itself from its fields: limit,
// exposure and headroom before and after, utilisation before and after.
// Headroom is negative when the limit is exceeded; with a zero limit
// utilisation is undefined and reported as 0 (reason [ReasonNoLimit]
// blocks any positive exposure).
//
// # Limit review
//
// [ReviewRules.Review] runs a rule table over [Behaviour] (average days
// late, share overdue, utilisation, bounced payments, purchase growth,
// score change): the first rule whose condition holds fires and its name
// is carried in the [Proposal]. Steps are bounded (+20% and −50% per review
// by default) and a changed limit is rounded down to the rules' Unit
// (whole currency units by default). Freeze keeps the limit and puts the
// customer on hold; a review never lifts a hold. The zero ReviewRules run
// the default table, risk rules first, printed at [DefaultReviewTable];
// prepend rules of one's own to it, or replace it.
//
// # Payment index
//
// [PaymentIndex] scores paid invoices 0–100 on the Dun & Bradstreet
// PAYDEX scale: 100 pays 30 days early, 90 20 days early, 80 on terms, 70
// 15 days beyond terms, 60 22, 50 30, 40 60, 30 90, 20 120, falling to 0 at
// 180 days (our extension of the last slope). Between anchors the index is
// linear, which reproduces the intermediate rows of D&B's value chart.
// Like PAYDEX it is amount-weighted: each experience is scored, and the
// scores are averaged with the amounts as weights; the result also reads
// the scale backwards, as days beyond terms.
//
// # Expected loss
//
// [ExpectedLoss] follows Basel II (BCBS 128, June 2006): EL = PD × LGD ×
// EAD, with EAD = drawn + CCF × undrawn limit ([LossExposure.EAD]). PD 2%,
// LGD 45% (the foundation approach's LGD for senior unsecured claims) and
// EAD 100,000 give 900. The zero CCF suits limits the seller may cancel at
// any time; use a positive CCF for committed lines. [LossExposureOf]
// builds the exposure from a CreditLimit, an Exposure and the [Risk]
// parameters; [PortfolioExpectedLoss] totals per currency.
//
// # Credit insurance
//
// A [Cover] pays InsuredShare (typically 90%) of a loss above the
// Deductible, capped by what remains of the per-buyer limit and of the
// aggregate maximum liability: paid = min(share × (loss − deductible)⁺,
// buyer limit left, aggregate left); the insured retains loss − paid.
// [Cover.Claim] settles one default given what was paid so far
// ([ClaimsPaid]); [Cover.Claims] settles defaults in order so the caps bind
// across claims. The premium is a rate on insured turnover; [Cover.Value]
// sets it against the expected loss the cover takes over.
//
// # Worked example
//
// A limit of 100,000 EUR; open items 60,000, open orders 15,000, shipped
// not invoiced 5,000: exposure 80,000, headroom 20,000. An order of 12,000
// takes the exposure to 92,000 (utilisation 0.92): Warn, over the 90%
// threshold, headroom 8,000. One of 25,000 would take it to 105,000: Block,
// over the limit by 5,000. If this customer defaulted on 105,000 under a
// 90% cover with a 5,000 deductible, the insurer would pay 0.9 × 100,000 =
// 90,000 and the retained loss would be 15,000.
//
// # Rounding
//
// One convention. Money the package computes by multiplying — EAD and
// expected loss, an insurance indemnity, premium and expected recovery —
// is rounded half-up, once, at the edge, to the currency's ISO 4217 minor
// unit (EUR 2, JPY 0, KWD 3), or to the Places of the LossExposure or
// Cover when set; with neither a valid currency nor Places it is
// [ErrInvalidPlaces]. Sums and differences of the caller's amounts
// (exposure, headroom, retained loss, totals) are exact: they carry the
// inputs' own places. Limits are rounded DOWN to the Unit of the Policy
// or ReviewRules (whole currency units by default), never half-up; a
// limit method's figure (Limit.Amount) is an intermediate the Policy
// rounds, so it is left unrounded (the sales method's / 30 keeps 24
// places).
// Fractions and indices — utilisation, change and loss rates, the payment
// index and its days — are rounded half-up to [RatePlaces] (4); rules
// compare exact amounts, never a rounded fraction. Inside a computation
// divisions keep 24 places.
//
// # Errors and currencies
//
// Every error wraps exactly one sentinel ([ErrInvalidPolicy],
// [ErrInvalidLimit], [ErrInvalidProbability], [ErrCurrencyMismatch],
// [ErrInvalidPlaces], [ErrInvalidExposure], [ErrInvalidRule],
// [ErrInvalidOrder], [ErrInvalidInsurance], [ErrInvalidExperience],
// [ErrInvalidBehaviour]) and names the field, the item and the bad value.
// Money is never summed across currencies: a CreditLimit, an Exposure, a
// Cover carry one currency, and mixing them is ErrCurrencyMismatch.
//
// # Ranges
//
// No input panics or stalls. Every decimal input is checked, before any
// arithmetic or comparison, against the library's one range (at most 40
// digits either side of the point, internal/money's CheckRange): a value
// beyond it wraps the sentinel of the input's kind, names the field and
// prints the value in a bounded form ("1e2147483647", not two billion
// digits). Day counts (terms and tolerance days of [SalesLimit], overdue
// days, days past due, days beyond terms, MaxOverdueDays) are bounded by
// ±3,660,000 days, the span of civil years 1 to 9999: a terms count near
// MaxInt used to overflow into a negative limit. Every function is safe
// for concurrent use.
package credit
