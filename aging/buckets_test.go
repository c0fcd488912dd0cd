package aging

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestBuckets(t *testing.T) {
	b, err := NewBuckets(30, 60, 90)
	require.NoError(t, err)
	require.True(t, b == Standard())
	// The zero value is Standard under ==, and compares as its edges do.
	require.True(t, Buckets{} == Standard())
	var zero Buckets
	require.Equal(t, "30,60,90", zero.String())
	require.Equal(t, []int{30, 60, 90}, zero.Edges())
	parsed, err := ParseBuckets("30,60,90")
	require.NoError(t, err)
	require.True(t, parsed == Buckets{})
	other, err := NewBuckets(30, 60)
	require.NoError(t, err)
	require.False(t, other == Standard())
	longer, err := NewBuckets(30, 60, 90, 120)
	require.NoError(t, err)
	require.False(t, longer == Standard())
	require.Equal(t, []int{30, 60, 90, 120}, longer.Edges())
	r, err := AgeSlice(asOf, nil, Options{Buckets: Buckets{}})
	require.NoError(t, err)
	require.True(t, r.Buckets == Standard())
	require.Equal(t, 5, b.Len())
	require.Equal(t, []int{30, 60, 90}, b.Edges())
	labels := []string{}
	for i := range b.Len() {
		labels = append(labels, b.Label(i))
	}
	require.Equal(t, []string{"Current", "1-30", "31-60", "61-90", "90+"}, labels)
	require.Equal(t, "", b.Label(9))
	for days, want := range map[int]int{-10: 0, 0: 0, 1: 1, 30: 1, 31: 2, 60: 2, 61: 3, 90: 3, 91: 4, 1 << 40: 4} {
		require.Equal(t, want, b.Index(days), "days %d", days)
	}
	require.Equal(t, "30,60,90", b.String())

	for _, bad := range [][]int{nil, {0}, {-1}, {30, 30}, {60, 30}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, {200_000}} {
		_, err := NewBuckets(bad...)
		require.ErrorIs(t, err, ErrInvalidBuckets, "%v", bad)
	}
}

func TestBucketsText(t *testing.T) {
	b, err := ParseBuckets("7, 30")
	require.NoError(t, err)
	require.Equal(t, "7,30", b.String())
	l, err := b.WithLabels("not due", "week", "month", "older")
	require.NoError(t, err)
	require.Equal(t, "7,30;not due,week,month,older", l.String())
	back, err := ParseBuckets(l.String())
	require.NoError(t, err)
	require.True(t, back == l)

	type cfg struct {
		Buckets Buckets `json:"buckets"`
	}
	out, err := json.Marshal(cfg{Standard()})
	require.NoError(t, err)
	require.JSONEq(t, `{"buckets":"30,60,90"}`, string(out))
	var in cfg
	require.NoError(t, json.Unmarshal([]byte(`{"buckets":"15,45"}`), &in))
	require.Equal(t, []int{15, 45}, in.Buckets.Edges())
	require.ErrorIs(t, json.Unmarshal([]byte(`{"buckets":"15,x"}`), &in), ErrInvalidBuckets)
	_, err = b.WithLabels("one")
	require.ErrorIs(t, err, ErrInvalidBuckets)
	_, err = b.WithLabels("a", "b,c", "d", "e")
	require.ErrorIs(t, err, ErrInvalidBuckets)
	_, err = ParseBuckets("7,30;a,b")
	require.ErrorIs(t, err, ErrInvalidBuckets)
	require.Equal(t, "days past due", DaysPastDue.String())
	require.Equal(t, "days since invoice", DaysSinceInvoice.String())
	require.Equal(t, "unknown basis", Basis(9).String())
}
