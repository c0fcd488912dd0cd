package score

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// card is a hand-written card; "days beyond terms" keeps a bounded first
// band (from −999) so that the below-the-first-band error stays tested.
func card() Scorecard {
	missing := d("20")
	return Scorecard{Factors: []Factor{
		{Name: "years in business", Weight: d("30"), Bands: []Band{{From: at("0"), Points: d("10")}, {From: at("2"), Points: d("50")}, {From: at("10"), Points: d("100")}}, Missing: &missing},
		{Name: "days beyond terms", Weight: d("40"), Bands: []Band{{From: at("-999"), Points: d("100")}, {From: at("5"), Points: d("70")}, {From: at("30"), Points: d("20")}}},
		{Name: "industry", Weight: d("30"), Categories: map[string]decimal.Decimal{"low": d("100"), "medium": d("60"), "high": d("20")}},
	}}
}

func TestScorecard(t *testing.T) {
	// 4 years → 50 points × .3 = 15 (lost 50 × .3 = 15);
	// 12 days beyond terms → 70 × .4 = 28 (lost 12);
	// industry high → 20 × .3 = 6 (lost 24). Score 15 + 28 + 6 = 49.
	// Reasons by points lost: industry (24), years (15), days (12).
	r, err := card().Evaluate(Applicant{Numbers: nums("years in business", "4", "days beyond terms", "12"), Categories: cats("industry", "high")})
	require.NoError(t, err)
	requireDecimal(t, "49", r.Score)
	require.Equal(t, []string{"industry", "years in business", "days beyond terms"}, r.Reasons)
	requireDecimal(t, "24", r.Factors[2].Lost)
	require.Equal(t, "4", r.Factors[0].Value)
	require.Equal(t, "high", r.Factors[2].Category)

	// Missing years: 20 points; the best card loses nothing and gives no reason.
	r, err = card().Evaluate(Applicant{Numbers: nums("days beyond terms", "0"), Categories: cats("industry", "low")})
	require.NoError(t, err)
	require.True(t, r.Factors[0].Missing)
	requireDecimal(t, "76", r.Score) // 20×.3 + 100×.4 + 100×.3 = 6 + 40 + 30
	require.Equal(t, []string{"years in business"}, r.Reasons)

	for _, tt := range []struct {
		name string
		card Scorecard
		in   Applicant
		text string
	}{
		{"weights", Scorecard{Factors: []Factor{{Name: "a", Weight: d("0.5"), Categories: map[string]decimal.Decimal{"x": d("1")}}}}, Applicant{}, "not 1 or 100"},
		{"overlap", Scorecard{Factors: []Factor{{Name: "a", Weight: d("1"), Bands: []Band{{From: at("5"), Points: d("1")}, {From: at("5"), Points: d("2")}}}}}, Applicant{}, "overlaps"},
		{"no bands", Scorecard{Factors: []Factor{{Name: "a", Weight: d("1")}}}, Applicant{}, "neither"},
		{"both", Scorecard{Factors: []Factor{{Name: "a", Weight: d("1"), Bands: []Band{{Points: d("1")}}, Categories: map[string]decimal.Decimal{"x": d("1")}}}}, Applicant{}, "both bands and categories"},
		{"repeated", Scorecard{Factors: []Factor{{Name: "a", Weight: d("0.5"), Categories: map[string]decimal.Decimal{"x": d("1")}}, {Name: "a", Weight: d("0.5"), Categories: map[string]decimal.Decimal{"x": d("1")}}}}, Applicant{}, "repeated"},
		{"negative weight", Scorecard{Factors: []Factor{{Name: "a", Weight: d("-1"), Categories: map[string]decimal.Decimal{"x": d("1")}}}}, Applicant{}, "negative"},
		{"empty", Scorecard{}, Applicant{}, "no factors"},
		{"unknown match", Scorecard{Factors: []Factor{{Name: "a", Weight: d("1"), Match: 7, Categories: map[string]decimal.Decimal{"x": d("1")}}}}, Applicant{}, "match 7"},
		{"missing", card(), Applicant{Numbers: nums("years in business", "4"), Categories: cats("industry", "high")}, `"days beyond terms" is missing`},
		{"blank category is missing", card(), Applicant{Numbers: nums("days beyond terms", "1"), Categories: cats("industry", "  ")}, `"industry" is missing`},
		{"category", card(), Applicant{Numbers: nums("days beyond terms", "1"), Categories: cats("industry", "huge")}, `no category "huge" (matching folded)`},
		{"below", card(), Applicant{Numbers: nums("days beyond terms", "-5000"), Categories: cats("industry", "low")}, "below its first band"},
		{"number for a category", card(), Applicant{Numbers: nums("days beyond terms", "1", "industry", "3")}, `factor "industry" given as the wrong kind`},
		{"text for a number", card(), Applicant{Numbers: nums("days beyond terms", "1"), Categories: cats("industry", "low", "years in business", "4")}, `factor "years in business" given as the wrong kind`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.card.Evaluate(tt.in)
			require.ErrorIs(t, err, ErrInvalidScorecard)
			require.ErrorContains(t, err, tt.text)
		})
	}
}

// Issue 19: a "days beyond terms" of −3 — a customer who pays early — was
// rejected as below the first band (the old Band could not be open
// below). A first band without From takes every lower value. Fails on the
// old code: "dbt" "-3" with bands from 0 returned "below its first band".
func TestScorecardOpenBands(t *testing.T) {
	c := Scorecard{Factors: []Factor{{Name: "dbt", Weight: d("1"),
		Bands: []Band{{Points: d("100")}, {From: at("5"), Points: d("70")}, {From: at("30"), Points: d("20")}}}}}
	for _, tt := range []struct{ v, points string }{
		{"-3", "100"}, {"-1e30", "100"}, {"4.99", "100"}, {"5", "70"}, {"29", "70"}, {"30", "20"}, {"1e30", "20"},
	} {
		r, err := c.Evaluate(Applicant{Numbers: nums("dbt", tt.v)})
		require.NoError(t, err, tt.v)
		requireDecimal(t, tt.points, r.Score, tt.v)
	}

	// In JSON an absent "from" is no lower bound; old cards' JSON (every
	// band with a "from") reads as before.
	b, err := json.Marshal(c)
	require.NoError(t, err)
	require.Contains(t, string(b), `"bands":[{"points":"100"},{"from":"5","points":"70"}`)
	var back Scorecard
	require.NoError(t, json.Unmarshal(b, &back))
	r, err := back.Evaluate(Applicant{Numbers: nums("dbt", "-3")})
	require.NoError(t, err)
	requireDecimal(t, "100", r.Score)
	require.NoError(t, json.Unmarshal([]byte(`{"factors":[{"name":"dbt","weight":"1","bands":[{"from":"0","points":"100"}]}]}`), &back))
	require.True(t, back.Factors[0].Bands[0].From.Equal(decimal.Zero))

	// One band with no bound either side covers every number.
	all := Scorecard{Factors: []Factor{{Name: "x", Weight: d("1"), Bands: []Band{{Points: d("7")}}}}}
	r, err = all.Evaluate(Applicant{Numbers: nums("x", "-12345")})
	require.NoError(t, err)
	requireDecimal(t, "7", r.Score)

	// A To bounds the last band above, and a To below the next From
	// leaves a gap: values outside every band are errors naming the factor.
	bounded := Scorecard{Factors: []Factor{{Name: "ratio", Weight: d("1"),
		Bands: []Band{{From: at("0"), To: at("1"), Points: d("10")}, {From: at("2"), To: at("3"), Points: d("30")}}}}}
	for _, tt := range []struct{ v, points, err string }{
		{"0", "10", ""}, {"0.999", "10", ""}, {"2", "30", ""}, {"2.5", "30", ""},
		{"-0.1", "", "below its first band (from 0)"},
		{"1.5", "", "falls in the gap between band 0 (to 1) and band 1 (from 2)"},
		{"3", "", "not below its last band's upper end 3"},
	} {
		r, err := bounded.Evaluate(Applicant{Numbers: nums("ratio", tt.v)})
		if tt.err != "" {
			require.ErrorIs(t, err, ErrInvalidScorecard, tt.v)
			require.ErrorContains(t, err, `factor "ratio" value `+tt.v)
			require.ErrorContains(t, err, tt.err)
			continue
		}
		require.NoError(t, err, tt.v)
		requireDecimal(t, tt.points, r.Score, tt.v)
	}

	for _, tt := range []struct {
		name  string
		bands []Band
		text  string
	}{
		{"open inside", []Band{{From: at("0")}, {}}, "band 1 has no lower bound"},
		{"empty band", []Band{{From: at("1"), To: at("1")}}, "band 0 is empty (from 1 to 1)"},
		{"to past next", []Band{{From: at("0"), To: at("5")}, {From: at("3")}}, "band 0 to 5 overlaps band 1 from 3"},
		{"falling", []Band{{From: at("3")}, {From: at("1")}}, "band 1 from 1 overlaps band 0 from 3"},
	} {
		c := Scorecard{Factors: []Factor{{Name: "f", Weight: d("1"), Bands: tt.bands}}}
		err := c.Validate()
		require.ErrorIs(t, err, ErrInvalidScorecard, tt.name)
		require.ErrorContains(t, err, tt.text, tt.name)
	}
}

// Issue 19: categories were matched case-sensitively with no say. Now the
// rule is per factor: MatchFolded (the zero value) ignores case and
// spacing, MatchExact does not. Fails on the old code: "High" for "high"
// was `no category "High"`.
func TestScorecardCategoryMatching(t *testing.T) {
	folded := card()
	for _, v := range []string{"High", " high ", "HIGH", "hIgH\t"} {
		r, err := folded.Evaluate(Applicant{Numbers: nums("days beyond terms", "1"), Categories: cats("industry", v)})
		require.NoError(t, err, "%q", v)
		require.Equal(t, "high", r.Factors[2].Category)
		require.Equal(t, v, r.Factors[2].Value)
		requireDecimal(t, "20", r.Factors[2].Points)
	}
	// Inner runs of white space read as one space.
	multi := Scorecard{Factors: []Factor{{Name: "sector", Weight: d("1"), Categories: map[string]decimal.Decimal{"Retail Trade": d("40")}}}}
	r, err := multi.Evaluate(Applicant{Categories: cats("sector", "retail   trade")})
	require.NoError(t, err)
	requireDecimal(t, "40", r.Score)

	exact := card()
	exact.Factors[2].Match = MatchExact
	_, err = exact.Evaluate(Applicant{Numbers: nums("days beyond terms", "1"), Categories: cats("industry", "High")})
	require.ErrorIs(t, err, ErrInvalidScorecard)
	require.ErrorContains(t, err, `factor "industry" has no category "High" (matching exact)`)
	_, err = exact.Evaluate(Applicant{Numbers: nums("days beyond terms", "1"), Categories: cats("industry", "high")})
	require.NoError(t, err)

	// Two categories that fold together are one category: a folded
	// factor cannot have both; an exact one can.
	clash := Scorecard{Factors: []Factor{{Name: "code", Weight: d("1"), Categories: map[string]decimal.Decimal{"A": d("1"), "a ": d("2")}}}}
	require.ErrorContains(t, clash.Validate(), `factor "code" categories "A" and "a " are one category under folded matching`)
	clash.Factors[0].Match = MatchExact
	require.NoError(t, clash.Validate())

	// The rule travels as text in JSON.
	b, err := json.Marshal(exact.Factors[2])
	require.NoError(t, err)
	require.Contains(t, string(b), `"match":"exact"`)
	var back Factor
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, MatchExact, back.Match)
	require.ErrorIs(t, json.Unmarshal([]byte(`{"match":"fuzzy"}`), &back), ErrInvalidScorecard)
	_, err = CategoryMatch(9).MarshalText()
	require.ErrorIs(t, err, ErrInvalidScorecard)
	require.Equal(t, "CategoryMatch(9)", CategoryMatch(9).String())
	require.Equal(t, "folded", MatchFolded.String())
}

// Issue 19: a key naming no factor was ignored, so a misspelt factor
// silently got its missing-value points. Now every unknown key is an
// error naming it. Fails on the old code: {"year in business": "12"}
// scored years as missing (20 points) without an error.
func TestScorecardUnknownFactors(t *testing.T) {
	_, err := card().Evaluate(Applicant{Numbers: nums("year in business", "12", "days beyond terms", "1"), Categories: cats("industry", "low")})
	require.ErrorIs(t, err, ErrInvalidScorecard)
	require.EqualError(t, err, `score: invalid scorecard: unknown factor "year in business": the card has no factor of that name`)

	// All of them, sorted, at most three by name.
	_, err = card().Evaluate(Applicant{Numbers: nums("b", "1", "a", "2", "days beyond terms", "1"), Categories: cats("industry", "low", "d", "x", "c", "y")})
	require.EqualError(t, err, `score: invalid scorecard: unknown factor "a", "b", "c", and 1 more: the card has no factor of that name`)

	// Factor names are matched exactly, whatever the categories' rule.
	_, err = card().Evaluate(Applicant{Numbers: nums("Days beyond terms", "1"), Categories: cats("industry", "low")})
	require.ErrorContains(t, err, `unknown factor "Days beyond terms"`)
}

// Issue 19: numbers were text ("12"), parsed inside Evaluate. They are
// decimals now, range-checked like every decimal of the library. Fails on
// the old code, whose Evaluate took map[string]string.
func TestScorecardDecimalInputs(t *testing.T) {
	r, err := card().Evaluate(Applicant{
		Numbers:    map[string]decimal.Decimal{"years in business": decimal.New(45, -1), "days beyond terms": decimal.NewFromInt(12)},
		Categories: cats("industry", "high"),
	})
	require.NoError(t, err)
	require.Equal(t, "4.5", r.Factors[0].Value)
	requireDecimal(t, "49", r.Score)

	_, err = card().Evaluate(Applicant{Numbers: map[string]decimal.Decimal{"days beyond terms": decimal.New(1, 41)}, Categories: cats("industry", "low")})
	require.ErrorIs(t, err, ErrInvalidScorecard)
	require.ErrorContains(t, err, `factor "days beyond terms" value 1e41 is out of range`)
}
