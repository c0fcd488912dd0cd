package money

import (
	"cmp"
	"slices"

	"github.com/shopspring/decimal"
)

// Allocate rounds exact parts to places so that they add up to total
// (which must itself have at most places decimals and be the sum of the
// parts, rounded): every part is rounded down, then the units still
// missing go one each to the parts with the largest remainders, the
// earlier part first on ties — the largest-remainder (Hamilton) method.
// No unit is lost or invented, and no part moves by a unit or more from
// its exact value. The result is a new slice.
//
// If total is more than one unit per part above the floors (a total that
// is not the sum of the parts), the remaining units go round the parts
// again in the same order, so the parts still add up to total.
func Allocate(exact []decimal.Decimal, total decimal.Decimal, places int32) []decimal.Decimal {
	out := make([]decimal.Decimal, len(exact))
	if len(exact) == 0 {
		return out
	}
	unit := decimal.New(1, -places)
	order := make([]int, len(exact))
	allocated := decimal.Zero
	for i, e := range exact {
		out[i] = e.RoundFloor(places)
		allocated = allocated.Add(out[i])
		order[i] = i
	}
	remainder := func(i int) decimal.Decimal { return exact[i].Sub(out[i]) }
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Or(remainder(b).Cmp(remainder(a)), cmp.Compare(a, b)) })
	missing := total.Sub(allocated).Shift(places).IntPart() // whole units: both have at most places decimals
	if missing <= 0 {
		return out
	}
	rounds, rest := missing/int64(len(out)), int(missing%int64(len(out)))
	for k, i := range order {
		n := rounds
		if k < rest {
			n++
		}
		if n > 0 {
			out[i] = out[i].Add(unit.Mul(decimal.NewFromInt(n)))
		}
	}
	return out
}
