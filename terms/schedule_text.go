package terms

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// maxEqual bounds the installments of an equal-installment text.
const maxEqual = 36

// equalPlaces is the precision of one equal share (1/3 = 0.3333333333):
// the last installment is a Balance line, so the shares add up exactly.
const equalPlaces = 10

// ParseSchedule reads installment text, as written in quotes, contracts and
// the payment terms of Odoo and ERPNext, into a Schedule. Lines are
// separated by a comma, semicolon, "+" or "and" before the next line's
// share; each line's due date is "upfront" (also "now", "down", "deposit",
// 预付: due on the invoice date) or terms text that Parse reads:
//
//	50% upfront, 50% net 30                    two percentage lines
//	30% now, balance 60 days                   (Odoo's default) 30% on the invoice date, the rest net 60
//	30% upfront, 40% net 30, balance net 60 EOM
//	fixed 500 upfront, balance net 30          a fixed amount, then the rest
//	预付30%，余款月结30天                        30% in advance, the rest net 30 EOM
//	three equal installments at 30/60/90 days  1/3 each at net 30, 60 and 90
//	3 equal installments at 30, 60 and 90 days
//	30/60/90 days                              the same (three or more days)
//	分三期 30/60/90天                            the same: 分N期 is N equal installments
//
// Equal installments are N−1 Percent lines of 1/N (to 10 decimal places)
// and a last Balance line, so that Split's amounts add up exactly and
// differ by at most the rounding (100.00 → 33.33, 33.33, 33.34). 分三期
// alone says how many installments but not when: it is rejected and the
// error asks for the days. The days of equal installments must rise.
//
// The schedule must be one Split accepts (percentages adding up to 100%
// without a balance line, at most one balance line…). Errors wrap
// ErrInvalidSchedule and quote the text and the offending token; an error
// in a line's terms also wraps ErrInvalidTerms.
func ParseSchedule(s string) (Schedule, error) { return parseSchedule(s, true) }

// MustParseSchedule is ParseSchedule for schedules known at compile time;
// it panics on an error.
func MustParseSchedule(s string) Schedule {
	out, err := ParseSchedule(s)
	if err != nil {
		panic(err)
	}
	return out
}

// parseSchedule is ParseSchedule, with suggestions or without (when trying one).
func parseSchedule(s string, suggest bool) (Schedule, error) {
	var lx lexed
	lx.lex(s)
	sp := scheduleParser{lx: &lx, suggest: suggest}
	out, err := sp.parse()
	if err != nil {
		return nil, err
	}
	if err := out.validate(); err != nil {
		return nil, fmt.Errorf("%w (in %q)", err, money.Bounded(s))
	}
	return out, nil
}

// scheduleParser is the state of one ParseSchedule call.
type scheduleParser struct {
	lx      *lexed
	suggest bool // add a "did you mean" to an error in a line's terms
}

// fail builds an ErrInvalidSchedule error at token i.
func (sp *scheduleParser) fail(i int, format string, args ...any) error {
	where := "at the end"
	if i < sp.lx.n {
		where = fmt.Sprintf("at token %d %q", i+1, money.Bounded(sp.lx.text(i)))
	}
	return fmt.Errorf("%w: %q %s: %s", ErrInvalidSchedule, money.Bounded(sp.lx.input), where, fmt.Sprintf(format, args...))
}

// is reports whether token i is the keyword k.
func (sp *scheduleParser) is(i int, k kw) bool {
	t := sp.lx.tok(i)
	return t.kind == kWord && t.kw == k
}

// isPunct reports whether token i is the mark c.
func (sp *scheduleParser) isPunct(i int, c byte) bool {
	t := sp.lx.tok(i)
	return t.kind == kPunct && t.punct == c
}

func (sp *scheduleParser) parse() (Schedule, error) {
	lx := sp.lx
	switch {
	case lx.over:
		return nil, sp.fail(maxTokens-1, "the text is longer than %d tokens", maxTokens-1)
	case lx.n == 0:
		return nil, fmt.Errorf("%w: %q: empty schedule", ErrInvalidSchedule, money.Bounded(lx.input))
	}
	if n, i, ok := sp.equalCount(); ok {
		return sp.equal(n, i)
	}
	if lx.tok(0).kind == kNum && sp.isPunct(1, '/') && sp.lx.tok(2).kind == kNum && sp.isPunct(3, '/') {
		return sp.equal(0, 0) // "30/60/90 days"
	}
	var out Schedule
	for lo := 0; lo < lx.n; {
		hi := sp.lineEnd(lo)
		l, err := sp.line(lo, hi)
		if err != nil {
			return nil, err
		}
		out = append(out, l)
		lo = hi + 1 // past the separator
	}
	return out, nil
}

// equalCount recognises "N equal installments" and 分N期: the count and
// the token after the phrase.
func (sp *scheduleParser) equalCount() (int, int, bool) {
	lx := sp.lx
	if sp.is(0, kwFen) {
		n, ok := sp.count(1)
		if !ok || !sp.is(2, kwQi) {
			return 0, 0, false
		}
		i := 3
		if sp.is(i, kwPay) {
			i++
		}
		if lx.tok(i).kind == kPunct && isSeparator(lx.tok(i).punct) {
			i++
		}
		return n, i, true
	}
	n, ok := sp.count(0)
	if !ok || !sp.is(1, kwEqual) || !sp.is(2, kwInstallments) {
		return 0, 0, false
	}
	i := 3
	if sp.is(i, kwAt) || sp.is(i, kwAfter) || sp.is(i, kwOf) || sp.is(i, kwIn) {
		i++
	}
	return n, i, true
}

// count reads token i as a count of installments: digits or a number word.
func (sp *scheduleParser) count(i int) (int, bool) {
	t := sp.lx.tok(i)
	switch {
	case t.kind == kNum && !t.neg && !t.hasFrac:
		return int(min(t.num, maxEqual+1)), true
	case t.kind == kWord && t.kw == kwCount:
		n, ok := countWords[sp.lx.text(i)]
		if !ok {
			n, ok = countWords[lowerASCII(sp.lx.text(i))]
		}
		return n, ok
	}
	return 0, false
}

// equal reads the days list of n equal installments from token i (n 0:
// as many as the list has) and builds the schedule.
func (sp *scheduleParser) equal(n, i int) (Schedule, error) {
	var days []int
	for {
		first := 0
		if len(days) == 0 {
			first = n
		}
		d, err := sp.listDay(i, first)
		if err != nil {
			return nil, err
		}
		if len(days) > 0 && d <= days[len(days)-1] {
			return nil, sp.fail(i, "the days of equal installments must rise: %d after %d", d, days[len(days)-1])
		}
		days = append(days, d)
		i++
		switch {
		case sp.isPunct(i, '/'), sp.isPunct(i, ','), sp.is(i, kwAnd):
			i++
			continue
		}
		break
	}
	if err := sp.equalEnd(i); err != nil {
		return nil, err
	}
	if n == 0 {
		n = len(days)
	}
	switch {
	case n < 2 || n > maxEqual:
		return nil, sp.fail(0, "equal installments number 2 to %d, not %d", maxEqual, n)
	case len(days) != n:
		return nil, sp.fail(i-1, "%d equal installments need %d days, not %d", n, n, len(days))
	}
	return equalSchedule(days), nil
}

// equalEnd checks what follows a days list at token i: "days" (天), an
// optional 付款 and one final separator.
func (sp *scheduleParser) equalEnd(i int) error {
	if !sp.is(i, kwDays) && !sp.is(i, kwRi) {
		return sp.fail(i, `expected "days" after the list of days`)
	}
	i++
	if sp.is(i, kwPay) {
		i++
	}
	if t := sp.lx.tok(i); t.kind == kPunct && isSeparator(t.punct) && i == sp.lx.n-1 {
		i++
	}
	if i < sp.lx.n {
		return sp.fail(i, "unexpected text after the installments' days")
	}
	return nil
}

// listDay reads token i of a days list; first is the installments' count
// when token i is the first day (for the message when the days are missing).
func (sp *scheduleParser) listDay(i, first int) (int, error) {
	t := sp.lx.tok(i)
	if t.kind != kNum || t.neg || t.hasFrac {
		if i >= sp.lx.n && first > 0 {
			return 0, sp.fail(i, `%s gives %d installments but not when: expected each installment's days, as in "three equal installments at 30/60/90 days" or "分三期 30/60/90天"`, money.Bounded(sp.lx.input), first)
		}
		return 0, sp.fail(i, "expected a whole number of days")
	}
	if t.num > maxDays {
		return 0, sp.fail(i, "days %s exceed the maximum of %d", sp.lx.text(i), maxDays)
	}
	return int(t.num), nil
}

// equalSchedule is len(days) equal installments due net days[k].
func equalSchedule(days []int) Schedule {
	share := equalShare(len(days))
	out := make(Schedule, len(days))
	for k, d := range days {
		out[k] = Line{Kind: Percent, Value: share, Terms: Terms{net: int32(d)}}
	}
	out[len(out)-1].Kind, out[len(out)-1].Value = Balance, decimal.Zero
	return out
}

// equalShare is 1/n to equalPlaces places.
func equalShare(n int) decimal.Decimal {
	return decimal.NewFromInt(1).DivRound(decimal.NewFromInt(int64(n)), equalPlaces)
}

// lineEnd is the index of the separator that ends the line starting at lo
// (lx.n at the end): a separator followed by a line's share.
func (sp *scheduleParser) lineEnd(lo int) int {
	for i := lo + 1; i < sp.lx.n; i++ {
		t := sp.lx.tok(i)
		sep := t.kind == kPunct && (t.punct == ',' || t.punct == ';' || t.punct == '+') || t.kind == kWord && t.kw == kwAnd
		if sep && sp.lineStart(i+1) {
			return i
		}
	}
	return sp.lx.n
}

// lineStart reports whether a line's share starts at token i: "30%",
// "balance", "fixed", 余款, 预付30%.
func (sp *scheduleParser) lineStart(i int) bool {
	t := sp.lx.tok(i)
	switch {
	case t.kind == kNum:
		return sp.isPunct(i+1, '%')
	case sp.is(i, kwBalance), sp.is(i, kwFixed):
		return true
	case sp.is(i, kwCIA) && t.cjk:
		return sp.lx.tok(i+1).kind == kNum && sp.isPunct(i+2, '%')
	}
	return false
}

// line reads one line, tokens lo..hi-1.
func (sp *scheduleParser) line(lo, hi int) (Line, error) {
	t := sp.lx.tok(lo)
	var l Line
	when := lo
	switch {
	case t.kind == kNum && sp.isPunct(lo+1, '%'):
		v, err := sp.decimal(lo)
		if err != nil {
			return Line{}, err
		}
		l, when = Line{Kind: Percent, Value: v.Shift(-2)}, lo+2
	case sp.is(lo, kwCIA) && t.cjk && sp.lineStart(lo): // 预付30%
		v, err := sp.decimal(lo + 1)
		if err != nil {
			return Line{}, err
		}
		if lo+3 != hi {
			return Line{}, sp.fail(lo+3, "预付 N%% is due upfront: nothing may follow it")
		}
		return Line{Kind: Percent, Value: v.Shift(-2)}, nil
	case sp.is(lo, kwBalance):
		l, when = Line{Kind: Balance}, lo+1
		if sp.is(when, kwOf) || sp.is(when, kwDue) {
			when++
		}
	case sp.is(lo, kwFixed):
		v, err := sp.decimal(lo + 1)
		if err != nil {
			return Line{}, err
		}
		l, when = Line{Kind: Fixed, Value: v}, lo+2
	default:
		return Line{}, sp.fail(lo, `expected a line's share: "30%%", "balance" or "fixed 500"`)
	}
	terms, err := sp.when(when, hi)
	if err != nil {
		return Line{}, err
	}
	l.Terms = terms
	return l, nil
}

// when reads a line's due date, tokens lo..hi-1: "upfront" and its
// synonyms, "on delivery", or terms text.
func (sp *scheduleParser) when(lo, hi int) (Terms, error) {
	if lo >= hi {
		return Terms{}, sp.fail(lo, `expected when the line is due: "upfront" or terms such as "net 30"`)
	}
	if t, ok := sp.upfront(lo, hi); ok {
		return t, nil
	}
	p := parser{lx: sp.lx, pos: lo, end: hi}
	t, err := p.parse()
	if err != nil {
		if fix, ok := sp.suggestion(p.failAt); ok {
			err = fmt.Errorf("%w; did you mean %q?", err, fix)
		}
		return Terms{}, fmt.Errorf("%w: %w", ErrInvalidSchedule, err)
	}
	return t, nil
}

// upfront reads the due dates that only installment text has: "upfront",
// "now", "down", "deposit", 预付, "in advance", "on/with order" (due on the
// invoice date) and "on delivery" (COD).
func (sp *scheduleParser) upfront(lo, hi int) (Terms, bool) {
	switch {
	case hi == lo+1 && (sp.is(lo, kwNow) || sp.is(lo, kwCIA) && sp.lx.tok(lo).cjk):
		return Terms{}, true
	case hi == lo+2 && sp.is(lo, kwIn) && sp.is(lo+1, kwAdvance):
		return Terms{}, true
	case hi == lo+2 && (sp.is(lo, kwOn) || sp.is(lo, kwWith)) && sp.is(lo+1, kwOrder):
		return Terms{}, true
	case hi == lo+2 && sp.is(lo, kwOn) && sp.is(lo+1, kwDelivery):
		return Terms{method: CashOnDelivery}, true
	}
	return Terms{}, false
}

// scheduleOK reports whether s parses as a schedule (no suggestions).
func scheduleOK(s string) bool {
	_, err := parseSchedule(s, false)
	return err == nil
}

// decimal reads token i as a non-negative decimal number.
func (sp *scheduleParser) decimal(i int) (decimal.Decimal, error) {
	t := sp.lx.tok(i)
	if t.kind != kNum || t.neg {
		return decimal.Zero, sp.fail(i, "expected a number that is not negative")
	}
	v, err := decimal.NewFromString(lowerASCII(sp.lx.text(i)))
	if err != nil {
		return decimal.Zero, sp.fail(i, "expected a number")
	}
	if err := money.CheckRange("the number", v); err != nil {
		return decimal.Zero, sp.fail(i, "%v", err)
	}
	return v, nil
}

// String is the canonical text of s: "30% upfront, balance net 60", "3 equal
// installments at 30/60/90 days", "fixed 500 upfront, balance net 30".
// ParseSchedule(s.String()) equals s (Schedule.Equal) for every schedule
// Split accepts.
func (s Schedule) String() string {
	if days, ok := s.equalDays(); ok {
		parts := make([]string, len(days))
		for k, d := range days {
			parts[k] = strconv.Itoa(d)
		}
		return strconv.Itoa(len(days)) + " equal installments at " + strings.Join(parts, "/") + " days"
	}
	parts := make([]string, len(s))
	for k, l := range s {
		parts[k] = l.String()
	}
	return strings.Join(parts, ", ")
}

// String is the text of one line: "30% upfront", "balance net 60", "fixed
// 500 net 30".
func (l Line) String() string {
	when := "upfront"
	if l.Terms != (Terms{}) {
		when = l.Terms.String()
	}
	switch l.Kind {
	case Percent:
		return l.Value.Shift(2).String() + "% " + when
	case Fixed:
		return "fixed " + l.Value.String() + " " + when
	case Balance:
		return "balance " + when
	}
	return fmt.Sprintf("LineKind(%d) %s %s", l.Kind, l.Value, when)
}

// equalDays recognises a schedule of equal installments (as ParseSchedule
// builds them) and returns their days. A first installment due upfront is
// printed as lines ("50% upfront, balance net 30"), which read better.
func (s Schedule) equalDays() ([]int, bool) {
	if len(s) < 2 || len(s) > maxEqual || s[len(s)-1].Kind != Balance {
		return nil, false
	}
	share := equalShare(len(s))
	days := make([]int, len(s))
	for k, l := range s {
		plain := Terms{net: l.Terms.net}
		if l.Terms != plain || l.Terms.net == 0 || k > 0 && days[k-1] >= int(l.Terms.net) ||
			k < len(s)-1 && (l.Kind != Percent || !l.Value.Equal(share)) {
			return nil, false
		}
		days[k] = int(l.Terms.net)
	}
	return days, true
}

// Equal reports whether s and u have the same lines: kinds, values (a
// Balance line's unused value aside) and terms.
func (s Schedule) Equal(u Schedule) bool {
	if len(s) != len(u) {
		return false
	}
	for k := range s {
		a, b := s[k], u[k]
		if a.Kind != b.Kind || a.Terms != b.Terms || a.Kind != Balance && !a.Value.Equal(b.Value) {
			return false
		}
	}
	return true
}

// MarshalText implements encoding.TextMarshaler with the canonical text; a
// schedule Split would reject is an error wrapping ErrInvalidSchedule.
func (s Schedule) MarshalText() ([]byte, error) {
	if err := s.validate(); err != nil {
		return nil, err
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseSchedule.
func (s *Schedule) UnmarshalText(text []byte) error {
	parsed, err := ParseSchedule(string(text))
	if err != nil {
		return err
	}
	*s = parsed
	return nil
}

// suggestion is a corrected schedule text for the misspelt word at token i,
// when suggestions are on.
func (sp *scheduleParser) suggestion(i int) (string, bool) {
	if !sp.suggest {
		return "", false
	}
	return suggestion(sp.lx, i, scheduleOK)
}
