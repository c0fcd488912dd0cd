// Package score turns what is known about a customer into numbers a credit
// decision can use: weighted scorecards with reason codes, points-to-odds
// scaling, grades, Altman Z-scores and financial ratios. It takes numbers
// and returns numbers; the credit package turns grades and financials into
// limits.
//
// # Odds are GOOD:BAD
//
// Everywhere in this package odds are GOOD:BAD — the number of good
// accounts per bad one — so higher odds give a higher score, and a higher
// probability of default gives a lower score. (Scorecard libraries
// disagree on the direction; users of the other convention get scores
// upside down.)
//
// # Scorecards and reason codes
//
// A [Scorecard] weighs factors (years in business, days beyond terms,
// financial ratios, industry risk…) scored by numeric [Band]s or
// categories, with points for missing values; weights must add up to 1 or
// 100. [Scorecard.Evaluate] lists every factor's points and the reason
// codes: the factors that cost the most points, first — as adverse-action
// reasons are given, at most [Scorecard].MaxReasons (0 means 4). The same
// Scorecard type serves a card written by hand and one learned from data.
//
// # Scaling points to odds
//
// [Scaling] turns GOOD:BAD odds into points: BaseScore points at BaseOdds,
// and every PDO points double the odds. 600 points at 50:1 with 20 points
// to double the odds is the usual calibration (Siddiqi, Credit Risk
// Scorecards, 2006). [Scaling.ScoreFromPD] scores a probability of default.
//
// # Grades
//
// A [GradeTable] maps a score to a [Grade] with a tiered limit and terms —
// a strong customer gets more credit and longer terms. [GradeTable.Lookup]
// finds a grade by name.
//
// # Altman Z-scores and financial ratios
//
// [AltmanZ] computes the Z (1968), Z' (private firms), Z” (non-manufacturers)
// and emerging-market scores with their published coefficients and zones
// ([Safe], [Grey], [Distress]); [Financials] also gives the current and
// quick ratios, debt to equity, interest cover, net margin and tangible net
// worth.
//
// # Worked example
//
// With 600 points at 50:1 and PDO 20, odds of 100:1 (twice the base) score
// 620 and 25:1 score 580; a probability of default of 2% is odds of 98:2 =
// 49:1, a score of 600 + 20 × log2(49/50) = 599.4171, and 10% scores
// 550.5214. A firm with total assets 1,000, working capital 200, retained
// earnings 300, EBIT 150, market equity 800, total liabilities 400 and sales
// 1,200 has Z = 1.2×0.2 + 1.4×0.3 + 3.3×0.15 + 0.6×2 + 1.0×1.2 = 3.555:
// safe (above 2.99).
//
// # Rounding
//
// One convention: scores and odds from [Scaling], Z-score values and
// financial ratios are rounded half-up, once, at the edge, to [RatePlaces]
// (4) decimal places; everything inside a computation keeps 24 places. A
// scorecard's points and score are exact (products and sums of the card's
// own figures) and a grade's limit is returned as given. The package
// rounds no money.
//
// # Errors
//
// Every error wraps one sentinel ([ErrInvalidScaling],
// [ErrInvalidFinancials], [ErrUnknownZModel], [ErrInvalidScorecard],
// [ErrUnknownGrade]) and names the field and value. No input panics:
// decimals beyond 100 digits either side of the point are rejected before
// any arithmetic. Every function is safe for concurrent use.
package score
