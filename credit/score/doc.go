// Package score turns what is known about a customer into numbers a credit
// decision can use: weighted scorecards with reason codes, scorecards
// learned from data (binning, weight of evidence, logistic regression,
// validation and drift monitoring), points-to-odds scaling, grades, Altman
// Z-scores and financial ratios. It takes numbers
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
// 100. [Scorecard.Evaluate] scores an [Applicant] — numbers as decimals
// for banded factors, text for categorical ones, keyed by factor name —
// and lists every factor's points and the reason codes: the factors that
// cost the most points, first — as adverse-action reasons are given, at
// most [Scorecard].MaxReasons (0 means 4). The same Scorecard type serves
// a card written by hand and one learned from data.
//
// The rules are explicit:
//
//   - A band is [From, To). A nil From is no lower bound (first band
//     only), a nil To runs to the next band's From (the last band: no
//     upper bound). Writing each band's From, rising, with the first one
//     nil covers every number: a "days beyond terms" of −3, a customer
//     who pays early, scores in the first band. A value in no band is an
//     error.
//   - Categories match by the factor's [CategoryMatch]: [MatchFolded] (the
//     zero value) ignores case and spacing, [MatchExact] compares bytes.
//   - A key of the Applicant that names no factor, or a factor of the
//     other kind, is an error naming it; a misspelt factor is never scored
//     as missing. An absent factor (or blank text) is missing: it earns
//     the factor's Missing points, or is an error when it has none.
//
// # Scaling points to odds
//
// [Scaling] turns GOOD:BAD odds into points: BaseScore points at BaseOdds,
// and every PDO points double the odds. 600 points at 50:1 with 20 points
// to double the odds is the usual calibration (Siddiqi, Credit Risk
// Scorecards, 2006). [Scaling.ScoreFromPD] scores a probability of default.
//
// # Learning a scorecard from data
//
// [Learn] builds a card from a development [Sample] — characteristics as
// [Column]s (numbers, NaN missing, or text, empty missing) and the
// outcome, Bad[i] true when applicant i went bad; [ReadSample] reads one
// from a CSV. The steps are exported on their own:
//
//   - Binning ([BinColumn]): a numeric characteristic is cut into fine
//     classes at quantiles (BinOptions.FineClasses, 0 means 20; tied
//     values never split), pooled to a monotonic bad rate — the better of
//     rising and falling by information value, or the [Trend] the caller
//     fixes — by pool-adjacent-violators, then classes under
//     BinOptions.MinBinShare of the sample (0 means 5%) are pooled with
//     the neighbour of the closer bad rate, then the pair losing the
//     least IV until at most MaxBins (0 means 6) are left. A categorical
//     one's levels are sorted by bad rate and pooled the same way.
//     Missing values and each special value (Column.Special, e.g. −1 =
//     "no bureau file") get bins of their own.
//   - Evidence: per bin the counts, the bad rate, WOE = ln(%good / %bad)
//     — good:bad, as the rest of the package, so a positive WOE is
//     better than average — and IV = (%good − %bad) × WOE, summed to the
//     characteristic's IV. A bin with no goods or no bads has
//     BinOptions.Smoothing (0 means 0.5, half an account) added to both
//     its counts; the shares still divide by the sample's real totals.
//   - Selection ([Select]): IV at least SelectOptions.MinIV (0 means
//     0.02), more than one bin, then in falling order of IV no absolute
//     correlation of WOE columns above MaxCorrelation (0 means 0.7) with
//     one already chosen; each [Selection] says why it was dropped.
//   - Fit ([FitLogistic]): the logistic regression of bad on the WOE
//     columns by iteratively reweighted least squares from zero, each
//     step solved by Cholesky — deterministic; it stops when the deviance
//     changes by less than 1e-12 relative (R's glm rule) and reports the
//     iterations, coefficients and standard errors. It equals R's
//     glm(family = binomial) to 1e-6 on the German credit data
//     (testdata/fit_reference.txt). Perfect separation, a singular design
//     and non-convergence are [ErrSeparation], [ErrSingularDesign] and
//     [ErrNotConverged]. Learn drops a characteristic whose coefficient
//     has the wrong sign and refits.
//   - Scaling: with factor = PDO / ln 2 and offset from [Scaling] (zero
//     value: 600 at 50:1, PDO 20), a bin's points are −factor ×
//     coefficient × WOE plus a share of the base points offset − factor ×
//     intercept, rounded half-up to whole points (see [Model].BasePoints
//     for how the base is spread so that the rounding errors stay small;
//     [Model].RoundingMaxError reports the largest difference on the
//     development sample between an applicant's card score and the
//     rounded unrounded score).
//
// The result, [Model].Card, is a [Scorecard] like a hand-written one — an
// Additive card (points summed, every weight 1) with open-ended bands,
// [Special] values, Missing points when the sample had missing values and
// categories matched exactly — so its reason codes are the same: the
// factors that lost the most points against their best bin. A [Scorer]
// ([Model.Scorer]) gives the same totals without decimals or allocation.
//
// # Validation and monitoring
//
// [Measure] reads a hold-out's scores (higher is better) and outcomes:
// ROC AUC with ties counted half (the Mann–Whitney U over goods × bads),
// Gini = 2·AUC − 1, KS and the score where it is reached, and a
// score-band table with counts, bad rates, cumulative shares and the
// mean predicted bad rate per band ([Model.PD] of each score) for
// calibration. [StabilityIndex] is Σ (a − e) · ln(a / e) over bands: the
// PSI of a score's bands and the CSI of a characteristic's bins, read by
// [ReadIndex] as below 0.1 [Stable], 0.1 to 0.25 [Watch], above [Act]. A
// band with no applicant in one sample counts half an applicant there, so
// the index stays finite (a band that empties adds a large amount).
// [Model.Drift] gives the PSI over the development scores' deciles and
// the CSI of every characteristic of the card.
//
// Model statistics (WOE, IV, coefficients, AUC, PSI…) are float64: they
// are not money. A float crosses into decimal at two places, each
// commented: a bin's points (a whole number, exact) and its bounds
// (decimal.NewFromFloat, the shortest decimal that reads back as the
// float, so a decimal value falls in the band its float would).
//
// # Speed
//
// Learning 100,000 applicants × 20 characteristics (binning, selection,
// fit and scaling) takes about 0.6 s of CPU on one core
// (BenchmarkLearn100k); a [Scorer] scores an applicant in about 1 µs with
// no allocation (BenchmarkScorer, TestScorerAllocs).
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
// A card of years in business (weight 0.3; bands from 0, 2, 10 scoring
// 10, 50, 100), days beyond terms (0.4; a first band open below scoring
// 100, then from 5: 70, from 30: 20) and industry risk (0.3; low 100,
// medium 60, high 20) scores an applicant with 4 years, 12 days beyond
// terms and industry " High" (folded to "high") 0.3×50 + 0.4×70 + 0.3×20
// = 49, reasons industry risk, years in business, days beyond terms; one
// who pays 3 days early in a low-risk industry scores 15 + 40 + 30 = 85:
//
//	at := func(s string) *decimal.Decimal { v := decimal.RequireFromString(s); return &v }
//	card.Factors[1].Bands = []score.Band{{Points: p100}, {From: at("5"), Points: p70}, {From: at("30"), Points: p20}}
//	r, err := card.Evaluate(score.Applicant{
//		Numbers:    map[string]decimal.Decimal{"years in business": four, "days beyond terms": twelve},
//		Categories: map[string]string{"industry risk": " High"},
//	})
//
// # Rounding
//
// One convention: scores and odds from [Scaling], Z-score values and
// financial ratios are rounded half-up, once, at the edge, to [RatePlaces]
// (4) decimal places; everything inside a computation keeps 24 places. A
// scorecard's points and score are exact (products and sums of the card's
// own figures) and a grade's limit is returned as given. A learned card's
// points are whole numbers, each bin's rounded half-up once (see
// [Model].BasePoints); the model statistics are float64 and not rounded.
// The package rounds no money.
//
// # Errors
//
// Every error wraps one sentinel ([ErrInvalidScaling],
// [ErrInvalidFinancials], [ErrUnknownZModel], [ErrInvalidScorecard],
// [ErrUnknownGrade], and for learning [ErrInvalidData], [ErrSeparation],
// [ErrSingularDesign], [ErrNotConverged]) and names the field and value. No input panics or
// stalls: every decimal (a card's weights, bounds and points, an
// applicant's numbers, financial figures, scaling, scores) is checked
// against the library's one range — at most 40 digits either side of the
// point, internal/money's CheckRange — before any arithmetic or
// comparison, and printed in a bounded form when it is out of it; a
// grade's TermsDays is bounded by ±3,660,000 days. Every function is safe
// for concurrent use.
package score
