package aging

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// RollRates derives, from monthly aging snapshots of one currency (oldest
// first, consecutive month ends, the same buckets and basis), the share of
// each bucket that rolls into the next bucket a month later:
//
//	roll[i] = Σ amount in bucket i+1 at month t+1 / Σ amount in bucket i at month t
//
// summed over the last window transitions (window ≤ 0: all), an
// amount-weighted average. There is one rate per bucket but the last.
// Errors (ErrSnapshotMismatch) name the snapshot: different buckets or
// basis, a gap or repeat in the months, a missing currency. A snapshot
// that does not hold together is an ErrInvalidReport naming it.
func RollRates(snapshots []Report, currency string, window int) ([]decimal.Decimal, error) {
	if len(snapshots) < 2 {
		return nil, fmt.Errorf("%w: %d snapshots; at least 2", ErrSnapshotMismatch, len(snapshots))
	}
	rows := make([]Totals, len(snapshots))
	for s := range snapshots {
		row, err := snapshotRow(snapshots, s, currency)
		if err != nil {
			return nil, err
		}
		rows[s] = row
	}
	first := 1
	if window > 0 && window < len(rows)-1 {
		first = len(rows) - window
	}
	n := snapshots[0].Buckets.Len()
	rates := make([]decimal.Decimal, n-1)
	for i := range rates {
		from, to := decimal.Zero, decimal.Zero
		for t := first; t < len(rows); t++ {
			from = from.Add(rows[t-1].Amounts[i])
			to = to.Add(rows[t].Amounts[i+1])
		}
		if from.IsPositive() {
			rates[i] = to.DivRound(from, RatePlaces)
		}
	}
	return rates, nil
}

// snapshotRow checks snapshot s against snapshot 0 and the one before it
// and returns its row of currency.
func snapshotRow(snapshots []Report, s int, currency string) (Totals, error) {
	r := snapshots[s]
	if err := r.check(); err != nil {
		return Totals{}, fmt.Errorf("snapshot %d: %w", s, err)
	}
	if r.Buckets != snapshots[0].Buckets || r.Basis != snapshots[0].Basis {
		return Totals{}, fmt.Errorf("%w: snapshot %d (%s) has other buckets or basis than snapshot 0", ErrSnapshotMismatch, s, r.AsOf.Format(time.DateOnly))
	}
	if s > 0 && !nextMonth(snapshots[s-1].AsOf, r.AsOf) {
		return Totals{}, fmt.Errorf("%w: snapshot %d is %s, not the month after %s", ErrSnapshotMismatch, s,
			r.AsOf.Format(time.DateOnly), snapshots[s-1].AsOf.Format(time.DateOnly))
	}
	for _, row := range r.Currencies {
		if row.Currency == currency {
			return row, nil
		}
	}
	return Totals{}, fmt.Errorf("%w: snapshot %d (%s) has no %s", ErrSnapshotMismatch, s, r.AsOf.Format(time.DateOnly), money.Bounded(currency))
}

// nextMonth reports whether b is a month end one month after a's (or the
// same day of the next month).
func nextMonth(a, b time.Time) bool {
	ay, am, _ := a.Date()
	by, bm, _ := b.Date()
	return by*12+int(bm) == ay*12+int(am)+1
}

// LossRates turns roll rates into the cumulative loss rate of each bucket:
// the chance that an amount now in bucket i rolls through every later
// bucket and is finally written off,
//
//	loss[i] = roll[i] × roll[i+1] × … × roll[n−2] × finalLoss
//
// where finalLoss is the share of the last bucket that is written off
// (from write-off history). The result is one rate per bucket, ready for
// ProvisionMatrix, rounded half-up to RatePlaces. Every rate must be in
// range (money.CheckRange) and within [0, 1] (ErrInvalidRates naming the
// roll rate's index): a roll rate above 1 — more rolled into a bucket than
// was in the one before, which RollRates can report when items are booked
// late or buckets are not a month wide — is rejected rather than capped
// silently; cap it yourself if 1 is what you mean.
func LossRates(roll []decimal.Decimal, finalLoss decimal.Decimal) ([]decimal.Decimal, error) {
	if err := checkFraction("finalLoss", finalLoss); err != nil {
		return nil, err
	}
	for i, r := range roll {
		if err := checkFraction(fmt.Sprintf("roll rate %d", i), r); err != nil {
			return nil, err
		}
	}
	out := make([]decimal.Decimal, len(roll)+1)
	acc := finalLoss
	out[len(roll)] = acc.Round(RatePlaces)
	for i := len(roll) - 1; i >= 0; i-- {
		acc = acc.Mul(roll[i])
		out[i] = acc.Round(RatePlaces)
	}
	return out, nil
}
