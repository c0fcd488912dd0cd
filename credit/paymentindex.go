package credit

import (
	"fmt"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// indexPrecision is the internal precision of the interpolation divisions;
// results are rounded to RatePlaces once, at the edge.
const indexPrecision = 16

// indexAnchor is one point of the payment-index scale: paying Days beyond
// terms (negative: before the due date) scores Index.
type indexAnchor struct{ days, index int64 }

// indexScale is the Dun & Bradstreet PAYDEX scale as D&B's PAYDEX value
// chart sets it out (dandb.com glossary, "PAYDEX"): 100 pays 30 days
// sooner than terms (anticipates), 90 pays 20 days sooner (within a
// discount period), 80 pays promptly on terms, 70 is 15 days beyond terms,
// 60 is 22, 50 is 30, 40 is 60, 30 is 90, 20 is 120. Between anchors the
// index is linear, which reproduces the chart's intermediate rows (88 = 16
// days sooner, 55 = 26 beyond, 45 = 45 beyond). Past 120 days we continue
// the last slope (10 points per 30 days) to 0 at 180 days; outside the
// anchors the index is clamped to 100 and 0.
var indexScale = [...]indexAnchor{
	{-30, 100}, {-20, 90}, {0, 80}, {15, 70}, {22, 60}, {30, 50}, {60, 40}, {90, 30}, {120, 20}, {180, 0},
}

// PaymentExperience is one paid invoice: its amount and how many days
// beyond its terms it was paid (negative when paid early).
type PaymentExperience struct {
	Ref             string          `json:"ref,omitempty"`
	Currency        string          `json:"currency"`        // all experiences of one index share it
	Amount          decimal.Decimal `json:"amount"`          // the weight of the experience (≥ 0)
	DaysBeyondTerms int             `json:"daysBeyondTerms"` // days paid after the terms; negative if early
}

// PaymentIndexResult is the amount-weighted payment index of a set of
// experiences.
type PaymentIndexResult struct {
	Currency string `json:"currency"`
	// Index is 0–100 on the PAYDEX scale (80 = pays on terms), rounded
	// half-up to RatePlaces. (D&B publishes whole numbers; round further
	// for that display.)
	Index decimal.Decimal `json:"index"`
	// DaysBeyondTerms is the single payment delay the unrounded index
	// stands for on the scale (see PaymentIndex), rounded half-up to
	// RatePlaces.
	DaysBeyondTerms decimal.Decimal `json:"daysBeyondTerms"`
	// Amount is the total amount of the experiences weighed.
	Amount decimal.Decimal `json:"amount"`
	// Experiences counts the experiences with a positive amount.
	Experiences int `json:"experiences"`
}

// indexFromDays maps days beyond terms (negative: paid early) to the 0–100
// payment index by linear interpolation between the anchors of the scale
// (see PaymentIndex), at the internal precision (16 places).
func indexFromDays(daysBeyondTerms decimal.Decimal) decimal.Decimal {
	first, last := indexScale[0], indexScale[len(indexScale)-1]
	daysBeyondTerms = tameDays(daysBeyondTerms)
	if daysBeyondTerms.LessThanOrEqual(decimal.NewFromInt(first.days)) {
		return decimal.NewFromInt(first.index)
	}
	if daysBeyondTerms.GreaterThanOrEqual(decimal.NewFromInt(last.days)) {
		return decimal.NewFromInt(last.index)
	}
	i := 1 // the segment (indexScale[i-1], indexScale[i]] holding the days
	for i < len(indexScale)-1 && daysBeyondTerms.GreaterThan(decimal.NewFromInt(indexScale[i].days)) {
		i++
	}
	lo, hi := indexScale[i-1], indexScale[i]
	return interpolateScale(daysBeyondTerms, lo.days, lo.index, hi.days, hi.index)
}

// daysFromIndex is the inverse of indexFromDays: the days beyond terms that
// score index. Index 100 returns -30 (30 or more days early) and 0 returns
// 180 (180 or more days late); at the anchors it returns the anchor's days
// exactly. An index outside [0, 100] wraps ErrInvalidExperience.
func daysFromIndex(index decimal.Decimal) (decimal.Decimal, error) {
	if err := checkRange(ErrInvalidExperience, "", namedAmount{"index", index}); err != nil {
		return decimal.Zero, err
	}
	first, last := indexScale[0], indexScale[len(indexScale)-1]
	if index.GreaterThan(decimal.NewFromInt(first.index)) || index.LessThan(decimal.NewFromInt(last.index)) {
		return decimal.Zero, fmt.Errorf("%w: index %s must be in [0, 100]", ErrInvalidExperience, index)
	}
	i := 1 // the segment [indexScale[i], indexScale[i-1]) holding the index
	for i < len(indexScale)-1 && index.LessThan(decimal.NewFromInt(indexScale[i].index)) {
		i++
	}
	lo, hi := indexScale[i-1], indexScale[i]
	return interpolateScale(index, lo.index, lo.days, hi.index, hi.days), nil
}

// interpolateScale is y on the line through (x0, y0) and (x1, y1) at x; x0 ≠ x1.
func interpolateScale(x decimal.Decimal, x0, y0, x1, y1 int64) decimal.Decimal {
	rise := x.Sub(decimal.NewFromInt(x0)).Mul(decimal.NewFromInt(y1 - y0))
	return decimal.NewFromInt(y0).Add(rise.DivRound(decimal.NewFromInt(x1-x0), indexPrecision))
}

// PaymentIndex is the amount-weighted payment index of a customer's paid
// invoices, the way Dun & Bradstreet's PAYDEX is "dollar-weighted": each
// experience is scored on the 0–100 scale, by linear interpolation between
// the anchors of the PAYDEX scale,
//
//	days beyond terms  -30 -20  0  15  22  30  60  90  120  180
//	index              100  90 80  70  60  50  40  30   20    0
//
// (paying 30 or more days early scores 100; 180 or more days late scores
// 0), and the scores are averaged with the amounts as weights. The
// result's DaysBeyondTerms reads the scale backwards: the delay that
// scores the index.
//
// We average indices rather than index the average delay because the scale
// is the measure users read (two invoices, one on terms and one 120 days
// late, of equal amount score (80 + 20) ÷ 2 = 50, "about 30 days late"),
// and each experience's weight on the result stays bounded however late it
// was.
//
// Experiences with a zero amount are skipped; a negative amount, mixed
// currencies (ErrCurrencyMismatch) or no positive amount at all are errors.
func PaymentIndex(experiences []PaymentExperience) (PaymentIndexResult, error) {
	var res PaymentIndexResult
	weighted := decimal.Zero
	for i, x := range experiences {
		if err := checkRange(ErrInvalidExperience, x.Ref, namedAmount{"amount", x.Amount}); err != nil {
			return PaymentIndexResult{}, err
		}
		if err := checkDays(ErrInvalidExperience, x.Ref, "daysBeyondTerms", x.DaysBeyondTerms); err != nil {
			return PaymentIndexResult{}, fmt.Errorf("experience %d: %w", i, err)
		}
		if x.Amount.IsNegative() {
			return PaymentIndexResult{}, fmt.Errorf("%w: experience %d %q amount %s must not be negative",
				ErrInvalidExperience, i, money.Bounded(x.Ref), x.Amount)
		}
		if i > 0 && x.Currency != experiences[0].Currency {
			return PaymentIndexResult{}, fmt.Errorf("%w: experience %d %q in %q, experience 0 in %q",
				ErrCurrencyMismatch, i, money.Bounded(x.Ref), money.Bounded(x.Currency), money.Bounded(experiences[0].Currency))
		}
		if x.Amount.IsZero() {
			continue
		}
		res.Experiences++
		res.Amount = res.Amount.Add(x.Amount)
		weighted = weighted.Add(x.Amount.Mul(indexFromDays(decimal.NewFromInt(int64(x.DaysBeyondTerms)))))
	}
	if res.Experiences == 0 {
		return PaymentIndexResult{}, fmt.Errorf("%w: no experience with a positive amount among %d",
			ErrInvalidExperience, len(experiences))
	}
	res.Currency = experiences[0].Currency
	index := weighted.DivRound(res.Amount, indexPrecision)
	days, err := daysFromIndex(index)
	if err != nil { // cannot happen: a weighted mean of indices in [0, 100]
		return PaymentIndexResult{}, err
	}
	res.Index = index.Round(RatePlaces)
	res.DaysBeyondTerms = days.Round(RatePlaces)
	return res, nil
}

// tameDays bounds days for indexFromDays without rescaling an extreme decimal:
// beyond a billion days either way the sign is all that matters, and
// digits past indexPrecision places cannot move the index.
func tameDays(days decimal.Decimal) decimal.Decimal {
	exp, digits := int64(days.Exponent()), int64(days.NumDigits())
	switch {
	case digits+exp > 10:
		return decimal.NewFromInt(int64(days.Sign()) * 1_000_000_000)
	case exp >= -indexPrecision:
		return days
	case digits+exp < -indexPrecision-1:
		return decimal.Zero
	}
	return days.Round(indexPrecision)
}
