package collections

import (
	"testing"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/stretchr/testify/require"
)

func TestDun(t *testing.T) {
	items := []aging.Item{
		item("A1", "Acme", "EUR", 0, "100"),  // due today → reminder
		item("B1", "Beta", "EUR", 8, "200"),  // 8 days → phone call
		item("B2", "Beta", "EUR", 2, "50"),   // counted in Beta's overdue
		item("C1", "Cora", "EUR", 35, "300"), // 35 days → legal
		item("D1", "Dino", "EUR", 40, "999"), // disputed: held
		item("E1", "Elia", "EUR", 40, "10"),  // stopped: payment plan
		item("F1", "Fina", "EUR", 10, "70"),  // already called: nothing new
		item("G1", "Gaia", "EUR", -3, "70"),  // not yet due
	}
	items[4].Disputed = true
	run, err := Dun(asOf, items, DunOptions{Taken: map[Account]string{{"Fina", "EUR"}: "phone call"}, Stopped: map[string]bool{"Elia": true}})
	require.NoError(t, err)
	require.Len(t, run.Actions, 3)
	require.Equal(t, "Acme", run.Actions[0].Customer)
	require.Equal(t, "due-date reminder", run.Actions[0].Step.Name)
	requireDecimal(t, "100", run.Actions[0].Due)
	requireDecimal(t, "0", run.Actions[0].Overdue, "due today is not overdue")
	require.Equal(t, "phone call", run.Actions[1].Step.Name)
	requireDecimal(t, "250", run.Actions[1].Overdue)
	requireDecimal(t, "250", run.Actions[1].Due)
	requireDecimal(t, "250", run.Actions[1].Total)
	require.Equal(t, []string{"B1", "B2"}, run.Actions[1].Refs)
	require.Equal(t, "agency", run.Actions[2].Step.Action)
	require.Equal(t, []string{"D1"}, run.Disputed)
	require.Equal(t, []string{"Elia"}, run.Stopped)

	// Fina taken the due-date reminder only: escalates to the call.
	run, err = Dun(asOf, items[6:7], DunOptions{Ladder: DefaultLadder(), Taken: map[Account]string{{"Fina", "EUR"}: "due-date reminder"}})
	require.NoError(t, err)
	require.Equal(t, "phone call", run.Actions[0].Step.Name)

	for _, bad := range []Ladder{{{Name: "a", Days: 5}, {Name: "b", Days: 5}}, {{Name: "a"}, {Name: "a", Days: 3}}, {{Name: ""}}} {
		_, err := Dun(asOf, items, DunOptions{Ladder: bad})
		require.ErrorIs(t, err, ErrInvalidLadder)
	}
	// The zero options (and an empty ladder) run the default ladder.
	def, err := Dun(asOf, items, DunOptions{Taken: map[Account]string{{"Fina", "EUR"}: "phone call"}, Stopped: map[string]bool{"Elia": true}})
	require.NoError(t, err)
	for _, o := range []DunOptions{{Ladder: Ladder{}, Taken: map[Account]string{{"Fina", "EUR"}: "phone call"}, Stopped: map[string]bool{"Elia": true}},
		{Ladder: DefaultLadder(), Taken: map[Account]string{{"Fina", "EUR"}: "phone call"}, Stopped: map[string]bool{"Elia": true}}} {
		again, err := Dun(asOf, items, o)
		require.NoError(t, err)
		require.Equal(t, def, again)
	}
	zero, err := Dun(asOf, items, DunOptions{})
	require.NoError(t, err)
	require.Len(t, zero.Actions, 5, "nobody stopped, nothing taken")
	_, err = Dun(time.Time{}, items, DunOptions{})
	require.ErrorIs(t, err, ErrInvalidOptions)
	badItem := items[0]
	badItem.Currency = ""
	_, err = Dun(asOf, []aging.Item{badItem}, DunOptions{})
	require.ErrorIs(t, err, aging.ErrInvalidItem)
}
