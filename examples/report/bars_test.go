package main

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// place rounds each stack's heights by the largest-remainder method: they
// add up to the stack's rounded height, the largest remainder gets the
// missing tenth, and on ties the earlier bucket (the younger one) does.
func TestPlaceLargestRemainder(t *testing.T) {
	seg := func(amount string) segment {
		a := decimal.RequireFromString(amount)
		return segment{Amount: a, Negative: a.IsNegative()}
	}
	for _, tt := range []struct {
		name    string
		amounts []string
		heights []string
	}{
		// 300/7 px a unit: 85.714…, 128.571…, 85.714… floor to 299.9; the
		// largest remainder (128.571…) takes the last tenth.
		{"largest remainder", []string{"2", "3", "2"}, []string{"85.7", "128.6", "85.7"}},
		// Seven equal parts of 42.857…: four tenths are missing, the
		// first four buckets take them.
		{"ties go to the earlier", []string{"1", "1", "1", "1", "1", "1", "1"},
			[]string{"42.9", "42.9", "42.9", "42.9", "42.8", "42.8", "42.8"}},
		// Credits stack below the axis on the same scale, rounded alone.
		{"credits on their own", []string{"2", "3", "2", "-1", "-1", "-1"},
			[]string{"85.7", "128.6", "85.7", "42.9", "42.9", "42.8"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := bar{}
			positive := decimal.Zero
			for _, a := range tt.amounts {
				s := seg(a)
				b.Segments = append(b.Segments, s)
				if !s.Negative {
					positive = positive.Add(s.Amount)
				}
			}
			b.Scale = decimal.NewFromInt(stackHeight).DivRound(positive, 12)
			b.place()
			up, down := decimal.Zero, decimal.Zero
			for i, s := range b.Segments {
				require.Equal(t, tt.heights[i], s.Height.StringFixed(pxPlaces), "segment %d", i)
				if s.Negative {
					down = down.Add(s.Height)
				} else {
					up = up.Add(s.Height)
				}
			}
			require.True(t, up.Equal(decimal.NewFromInt(stackHeight)), "the positive stack is %s px", up)
			// The lowest credit ends where the stack below the axis ends.
			if last := b.Segments[len(b.Segments)-1]; last.Negative {
				require.True(t, last.Y.Add(last.Height).Equal(decimal.NewFromInt(axisY).Add(down)))
			}
		})
	}
}
