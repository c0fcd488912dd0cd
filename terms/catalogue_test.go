package terms_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// TestBadInputCatalogue feeds every entry point of the package its bad
// inputs and checks the exported error and that the message names the
// field or the input at fault. README's "Errors" section lists the
// sentinels.
func TestBadInputCatalogue(t *testing.T) {
	d := decimal.RequireFromString
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	weekend := terms.Weekends(time.Saturday, time.Sunday)
	allWeekend := terms.Weekends(time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday)
	net30 := terms.MustParse("net 30")
	huge := d("1e30")
	tiny := d("0.000000000000000000000000000001") // 30 decimal places
	parse := func(s string) func() error { return func() error { _, err := terms.Parse(s); return err } }
	split := func(s terms.Schedule, total decimal.Decimal, places int32) func() error {
		return func() error {
			_, err := s.Split(day, total, terms.SplitOptions{Currency: "EUR", Places: places})
			return err
		}
	}
	lateInterest := func(in terms.Interest) func() error {
		return func() error { _, err := terms.LateInterest(in); return err }
	}
	penalty := func(p terms.Penalty) func() error {
		return func() error { _, err := terms.DailyPenalty(p); return err }
	}
	claim := func(f func(terms.Debt, decimal.Decimal) (terms.Claim, error), debt terms.Debt, rate decimal.Decimal) func() error {
		return func() error { _, err := f(debt, rate); return err }
	}

	for _, tc := range []struct {
		name string
		call func() error
		want error
		msg  string
	}{
		// Terms text: the message quotes the input.
		{"empty", parse(""), terms.ErrInvalidTerms, `"": empty terms`},
		{"blank", parse("   "), terms.ErrInvalidTerms, "empty terms"},
		{"garbage", parse("pay whenever"), terms.ErrInvalidTerms, `"pay whenever"`},
		{"discount not before net", parse("2/30 net 30"), terms.ErrInvalidTerms, `"2/30 net 30"`},
		{"discount of 100%", parse("100/10 net 30"), terms.ErrInvalidTerms, `"100/10 net 30"`},
		{"negative days", parse("net -5"), terms.ErrInvalidTerms, `"net -5"`},
		{"huge days", parse("net 99999999999999999999"), terms.ErrInvalidTerms, "net 99999999999999999999"},
		{"unicode junk", parse("净30天☃"), terms.ErrInvalidTerms, "☃"},
		{"overlong", parse(strings.Repeat("2/10 ", 1000) + "net 30"), terms.ErrInvalidTerms, "2/10"},
		{"30 decimal places", parse("0.000000000000000000000000000001/10 net 30"), terms.ErrInvalidTerms, "0.000000000000000000000000000001"},
		{"unmarshal", func() error { var x terms.Terms; return x.UnmarshalText([]byte("net thirty")) }, terms.ErrInvalidTerms, `"net thirty"`},
		// Calendars.
		{"adjust nil calendar", func() error { _, err := terms.Adjust(day, nil, terms.Following); return err }, terms.ErrInvalidInput, "nil calendar"},
		{"adjust unknown roll", func() error { _, err := terms.Adjust(day.AddDate(0, 0, 5), weekend, terms.Roll(9)); return err }, terms.ErrInvalidInput, "unknown roll 9"},
		{"no business day", func() error { _, err := terms.Adjust(day, allWeekend, terms.Following); return err }, terms.ErrNoBusinessDay, "from 2026-03-02"},
		{"add nil calendar", func() error { _, err := terms.AddBusinessDays(day, 3, nil); return err }, terms.ErrInvalidInput, "nil calendar"},
		{"add huge count", func() error { _, err := terms.AddBusinessDays(day, 1<<40, weekend); return err }, terms.ErrInvalidInput, "1099511627776 business days"},
		{"add on no business days", func() error { _, err := terms.AddBusinessDays(day, 1, allWeekend); return err }, terms.ErrNoBusinessDay, ""},
		{"between nil calendar", func() error { _, err := terms.BusinessDaysBetween(day, day, nil); return err }, terms.ErrInvalidInput, "nil calendar"},
		{"between year 1 and 9999", func() error {
			_, err := terms.BusinessDaysBetween(time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC), time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC), weekend)
			return err
		}, terms.ErrInvalidInput, "beyond a century"},
		{"adjusted due nil calendar", func() error { _, err := net30.AdjustedDueDate(day, nil, terms.Following); return err }, terms.ErrInvalidInput, "nil calendar"},
		{"adjusted deadlines nil calendar", func() error {
			_, err := terms.MustParse("2/10 net 30").AdjustedDiscountDeadlines(day, nil, terms.Following)
			return err
		}, terms.ErrInvalidInput, "nil calendar"},
		// Day counts and late payment.
		{"unknown day count", func() error { _, err := terms.DayCount(7).YearDays(); return err }, terms.ErrInvalidInput, "unknown day count 7"},
		{"late interest negative amount", lateInterest(terms.Interest{Amount: d("-1"), AnnualRate: d("0.1"), Days: 5, Currency: "EUR"}), terms.ErrInvalidInput, "Amount -1"},
		{"late interest negative rate", lateInterest(terms.Interest{Amount: d("1"), AnnualRate: d("-0.1"), Days: 5, Currency: "EUR"}), terms.ErrInvalidInput, "AnnualRate -0.1"},
		{"late interest negative days", lateInterest(terms.Interest{Amount: d("1"), AnnualRate: d("0.1"), Days: -5, Currency: "EUR"}), terms.ErrInvalidInput, "Days -5"},
		{"late interest day count", lateInterest(terms.Interest{Amount: d("1"), AnnualRate: d("0.1"), Days: 5, DayCount: terms.DayCount(3), Currency: "EUR"}), terms.ErrInvalidInput, "unknown day count 3"},
		{"late interest places", lateInterest(terms.Interest{Amount: d("1"), AnnualRate: d("0.1"), Days: 5, Places: -1}), terms.ErrInvalidInput, "Places -1"},
		{"late interest places 19", lateInterest(terms.Interest{Amount: d("1"), AnnualRate: d("0.1"), Days: 5, Currency: "EUR", Places: 19}), terms.ErrInvalidInput, "Places 19"},
		{"late interest no currency", lateInterest(terms.Interest{Amount: d("1"), AnnualRate: d("0.1"), Days: 5}), terms.ErrInvalidInput, "set Places"},
		{"late interest bad currency", lateInterest(terms.Interest{Amount: d("1"), AnnualRate: d("0.1"), Days: 5, Currency: "euro"}), terms.ErrInvalidInput, `"euro"`},
		{"late interest overlong currency", lateInterest(terms.Interest{Amount: d("1"), AnnualRate: d("0.1"), Days: 5, Currency: strings.Repeat("E", 1000)}), terms.ErrInvalidInput, "bytes more"},
		{"late interest zero due", lateInterest(terms.Interest{Amount: d("1000"), AnnualRate: d("0.1"), Paid: day, Currency: "EUR"}), terms.ErrInvalidInput, "zero date (Due 0001-01-01"},
		{"late interest zero paid", lateInterest(terms.Interest{Amount: d("1000"), AnnualRate: d("0.1"), Due: day, Currency: "EUR"}), terms.ErrInvalidInput, "Paid 0001-01-01"},
		{"late interest dates and days", lateInterest(terms.Interest{Amount: d("1"), AnnualRate: d("0.1"), Due: day, Paid: day, Days: 5, Currency: "EUR"}), terms.ErrInvalidInput, "Days 5 and the dates"},
		{"late interest no period", lateInterest(terms.Interest{Amount: d("1"), AnnualRate: d("0.1"), Currency: "EUR"}), terms.ErrInvalidInput, "no period"},
		{"penalty zero due", penalty(terms.Penalty{Amount: d("1"), DailyRate: d("0.0005"), Paid: day, Currency: "CNY"}), terms.ErrInvalidInput, "zero date"},
		{"penalty zero paid", penalty(terms.Penalty{Amount: d("1"), DailyRate: d("0.0005"), Due: day, Currency: "CNY"}), terms.ErrInvalidInput, "zero date"},
		{"penalty negative grace", penalty(terms.Penalty{Amount: d("1"), DailyRate: d("0.0005"), Due: day, Paid: day, GraceDays: -1, Currency: "CNY"}), terms.ErrInvalidInput, "GraceDays -1"},
		{"penalty negative cap", penalty(terms.Penalty{Amount: d("1"), DailyRate: d("0.0005"), Due: day, Paid: day, CapShare: d("-0.2"), Currency: "CNY"}), terms.ErrInvalidInput, "CapShare -0.2"},
		{"penalty negative rate", penalty(terms.Penalty{Amount: d("1"), DailyRate: d("-0.0005"), Due: day, Paid: day, Currency: "CNY"}), terms.ErrInvalidInput, "DailyRate -0.0005"},
		{"penalty negative amount", penalty(terms.Penalty{Amount: d("-1"), DailyRate: d("0.0005"), Due: day, Paid: day, Currency: "CNY"}), terms.ErrInvalidInput, "Amount -1"},
		{"penalty places", penalty(terms.Penalty{Amount: d("1"), DailyRate: d("0.0005"), Due: day, Paid: day, Currency: "CNY", Places: 19}), terms.ErrInvalidInput, "Places 19"},
		{"penalty no currency", penalty(terms.Penalty{Amount: d("1"), DailyRate: d("0.0005"), Due: day, Paid: day}), terms.ErrInvalidInput, "set Places"},
		{"EU claim zero date", claim(terms.EUClaim, terms.Debt{Amount: d("100"), Paid: day}, d("0.04")), terms.ErrInvalidInput, "zero date"},
		{"EU claim no debt", claim(terms.EUClaim, terms.Debt{Amount: decimal.Zero, Due: day, Paid: day}, d("0.04")), terms.ErrInvalidInput, "Amount 0"},
		{"EU claim currency", claim(terms.EUClaim, terms.Debt{Amount: d("100"), Currency: "PLN", Due: day, Paid: day}, d("0.04")), terms.ErrInvalidInput, `Currency "PLN"`},
		{"EU claim negative rate", claim(terms.EUClaim, terms.Debt{Amount: d("100"), Due: day, Paid: day}, d("-0.04")), terms.ErrInvalidInput, "referenceRate -0.04"},
		{"UK claim negative base rate", claim(terms.UKClaim, terms.Debt{Amount: d("100"), Due: day, Paid: day}, d("-0.01")), terms.ErrInvalidInput, "baseRate -0.01"},
		{"UK claim currency", claim(terms.UKClaim, terms.Debt{Amount: d("100"), Currency: strings.Repeat("G", 500), Due: day, Paid: day}, d("0.01")), terms.ErrInvalidInput, "bytes more"},
		// Installments.
		{"no lines", split(nil, d("100"), 2), terms.ErrInvalidSchedule, "no lines"},
		// A bad argument is ErrInvalidInput here as in every function of the package.
		{"negative total", split(terms.Schedule{{Kind: terms.Balance}}, d("-1"), 2), terms.ErrInvalidInput, "total -1"},
		{"places", split(terms.Schedule{{Kind: terms.Balance}}, d("1"), 40), terms.ErrInvalidInput, "Places 40"},
		{"split currency", func() error {
			_, err := terms.Schedule{{Kind: terms.Balance}}.Split(day, d("1"), terms.SplitOptions{Currency: "EURO"})
			return err
		}, terms.ErrInvalidInput, `"EURO"`},
		{"split no currency", func() error {
			_, err := terms.Schedule{{Kind: terms.Balance}}.Split(day, d("1"), terms.SplitOptions{})
			return err
		}, terms.ErrInvalidInput, "set Places"},
		{"negative line", split(terms.Schedule{{Kind: terms.Fixed, Value: d("-5")}, {Kind: terms.Balance}}, d("100"), 2), terms.ErrInvalidSchedule, "line 0 value -5"},
		{"percent above 100%", split(terms.Schedule{{Kind: terms.Percent, Value: d("30")}}, d("100"), 2), terms.ErrInvalidSchedule, "line 0 percentage 30"},
		{"percents short", split(terms.Schedule{{Kind: terms.Percent, Value: d("0.3")}, {Kind: terms.Percent, Value: d("0.3")}}, d("100"), 2), terms.ErrInvalidSchedule, "add up to 60%"},
		{"percents over", split(terms.Schedule{{Kind: terms.Percent, Value: d("0.7")}, {Kind: terms.Percent, Value: d("0.7")}}, d("100"), 2), terms.ErrInvalidSchedule, "add up to 140%"},
		{"fixed without balance", split(terms.Schedule{{Kind: terms.Fixed, Value: d("10")}}, d("100"), 2), terms.ErrInvalidSchedule, "need a balance line"},
		{"two balances", split(terms.Schedule{{Kind: terms.Balance}, {Kind: terms.Balance}}, d("100"), 2), terms.ErrInvalidSchedule, "2 balance lines"},
		{"fixed above total", split(terms.Schedule{{Kind: terms.Fixed, Value: huge}, {Kind: terms.Balance}}, d("100"), 2), terms.ErrInvalidSchedule, "more than the total 100"},
		{"unknown kind", split(terms.Schedule{{Kind: terms.LineKind(9)}}, d("100"), 2), terms.ErrInvalidSchedule, "unknown kind 9"},
		{"30 places of percent", split(terms.Schedule{{Kind: terms.Percent, Value: tiny}}, d("100"), 2), terms.ErrInvalidSchedule, "0.0000000000000000000000000001%"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			require.Error(t, err)
			require.True(t, errors.Is(err, tc.want), "%v is not %v", err, tc.want)
			require.Contains(t, err.Error(), tc.msg)
		})
	}
}
