package score

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func grades() GradeTable {
	return GradeTable{
		{Name: "A", MinScore: d("80"), Limit: d("500000"), TermsDays: 60},
		{Name: "B", MinScore: d("60"), Limit: d("200000"), TermsDays: 45},
		{Name: "C", MinScore: d("40"), Limit: d("50000"), TermsDays: 30},
		{Name: "D", MinScore: d("0"), Limit: d("0")},
	}
}

func TestGrades(t *testing.T) {
	g, err := grades().Grade(d("49"))
	require.NoError(t, err)
	require.Equal(t, "C", g.Name)
	g, err = grades().Grade(d("80"))
	require.NoError(t, err)
	require.Equal(t, "A", g.Name)
	_, err = grades().Grade(d("-1"))
	require.ErrorIs(t, err, ErrUnknownGrade)
	_, err = grades().Lookup("Z")
	require.ErrorIs(t, err, ErrUnknownGrade)
	g, err = grades().Lookup("B")
	require.NoError(t, err)
	requireDecimal(t, "200000", g.Limit)
	_, err = GradeTable{{Name: "A", MinScore: d("1")}, {Name: "B", MinScore: d("1")}}.Grade(d("5"))
	require.ErrorIs(t, err, ErrUnknownGrade)
	_, err = GradeTable{}.Grade(d("5"))
	require.ErrorIs(t, err, ErrUnknownGrade)
}
