package terms

import (
	"fmt"
	"strconv"
	"strings"
)

// Parse reads payment terms as printed on invoices and contracts. Case,
// spacing, commas and full-width punctuation do not matter. It accepts:
//
//	net 30, n/30, n30, Net 30 days, net 0      net days from the invoice date
//	due on receipt, upon receipt, 见票即付       due on the invoice date
//	COD, cash on delivery, 货到付款              cash on delivery
//	CIA, CWO, cash in advance, cash with order  cash in advance
//	2/10 net 30, 2/10, n/30, 1.5/10 net 30      a discount: 2% within 10 days
//	2/10, 1/20, net 45                          up to MaxTiers discount tiers
//	net 30 EOM, 月结30天, 月结30                 30 days after the end of the invoice month
//	2/10 EOM                                    2% to the 10th of next month, net 20 days later
//	net 30 then EOM                             the end of the month 30 days after the invoice
//	10th prox, 10 prox, 20th MFI, MFI           day 10 (20, last) of the next month
//	… cutoff 25                                 month-end terms: invoices after the 25th roll a month
//
// "2/10 EOM" without a net clause follows the usual US convention that the
// net amount is due 20 days after the discount date (Cole & Mishler,
// Consumer and Business Credit Management; the NACM's Credit Management
// manual on EOM terms), so it equals "2/10 net 30 EOM".
//
// Errors wrap ErrInvalidTerms and quote the input and the offending token.
func Parse(s string) (Terms, error) {
	p := parser{input: s, tokens: tokenize(s)}
	return p.parse()
}

// MustParse is Parse for terms known at compile time; it panics on an
// error. Use Parse for text from users or data.
func MustParse(s string) Terms {
	t, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return t
}

// phrases maps multi-word and CJK forms to one token each before the text is
// split, so the grammar below sees single words.
var phrases = strings.NewReplacer(
	"，", " ", "、", " ", "；", " ", ";", " ", ",", " ", "／", "/", "　", " ", "％", "%",
	"due on receipt", " receipt ", "due upon receipt", " receipt ", "upon receipt", " receipt ", "on receipt", " receipt ",
	"cash on delivery", " cod ", "cash in advance", " cia ", "cash with order", " cia ",
	"month following invoice", " mfi ", "end of month", " eom ", "e.o.m.", " eom ",
	"货到付款", " cod ", "貨到付款", " cod ", "见票即付", " receipt ", "見票即付", " receipt ",
	"月结", " monthly ", "月結", " monthly ", "天", " days ", "日", " days ",
)

// tokenize lower-cases s, maps phrases and splits on spaces.
func tokenize(s string) []string {
	return strings.Fields(phrases.Replace(strings.ToLower(s)))
}

// parser is the state of one Parse call.
type parser struct {
	input  string
	tokens []string
	pos    int
	t      Terms
	hasNet bool
}

// fail builds an error pointing at token i (1-based in the message).
func (p *parser) fail(i int, format string, args ...any) error {
	where := "at the end"
	if i < len(p.tokens) {
		where = fmt.Sprintf("at token %d %q", i+1, p.tokens[i])
	}
	return fmt.Errorf("%w: %q %s: %s", ErrInvalidTerms, p.input, where, fmt.Sprintf(format, args...))
}

// next returns the current token and advances; "" at the end.
func (p *parser) next() string {
	if p.pos >= len(p.tokens) {
		return ""
	}
	p.pos++
	return p.tokens[p.pos-1]
}

// peek returns the current token without advancing; "" at the end.
func (p *parser) peek() string {
	if p.pos >= len(p.tokens) {
		return ""
	}
	return p.tokens[p.pos]
}

func (p *parser) parse() (Terms, error) {
	if len(p.tokens) == 0 {
		return Terms{}, fmt.Errorf("%w: %q: empty terms", ErrInvalidTerms, p.input)
	}
	if len(p.tokens) == 1 {
		switch p.tokens[0] {
		case "cod":
			return Terms{method: CashOnDelivery}, nil
		case "cia", "cwo":
			return Terms{method: CashInAdvance}, nil
		case "receipt":
			return Terms{}, nil
		case "mfi":
			return Terms{anchor: NextMonthDay, net: 31}, nil
		}
	}
	for p.pos < len(p.tokens) {
		if err := p.clause(); err != nil {
			return Terms{}, err
		}
	}
	return p.finish()
}

// clause reads one clause: a discount, a net clause, an anchor, a cut-off.
func (p *parser) clause() error {
	i := p.pos
	tok := p.next()
	switch {
	case tok == "net" || tok == "n" || tok == "monthly":
		days, err := p.days(p.pos)
		if err != nil {
			return err
		}
		if tok == "monthly" {
			if err := p.setAnchor(i, AfterMonthEnd); err != nil {
				return err
			}
		}
		return p.setNet(i, days)
	case strings.HasPrefix(tok, "n/") || strings.HasPrefix(tok, "net") || (strings.HasPrefix(tok, "n") && isDigits(tok[1:])):
		num := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(tok, "n/"), "net"), "n")
		days, err := p.number(i, num)
		if err != nil {
			return err
		}
		p.skipDays()
		return p.setNet(i, days)
	case strings.Contains(tok, "/"):
		return p.discount(i, tok)
	case tok == "eom":
		return p.setAnchor(i, AfterMonthEnd)
	case tok == "then":
		if p.next() != "eom" {
			return p.fail(i+1, `expected "EOM" after "then"`)
		}
		return p.setAnchor(i, MonthEndAfter)
	case tok == "cutoff":
		day, err := p.days(p.pos)
		if err != nil {
			return err
		}
		if day < 1 || day > 30 {
			return p.fail(i+1, "cut-off day %d must be between 1 and 30", day)
		}
		if p.t.cutoff != 0 {
			return p.fail(i, "duplicate cut-off")
		}
		p.t.cutoff = uint8(day)
		return nil
	case tok == "mfi" || tok == "prox":
		return p.fail(i, "%q needs a day of the month before it, as in \"10th %s\"", tok, tok)
	}
	if day, ok := ordinal(tok); ok && (p.peek() == "prox" || p.peek() == "mfi") {
		p.next()
		if day < 1 || day > 31 {
			return p.fail(i, "day of month %d must be between 1 and 31", day)
		}
		if err := p.setAnchor(i, NextMonthDay); err != nil {
			return err
		}
		return p.setNet(i, day)
	}
	return p.fail(i, "unknown word")
}

// days reads a number of days at token i, then an optional "days".
func (p *parser) days(i int) (int, error) {
	tok := p.next()
	if tok == "" {
		return 0, p.fail(i, "expected a number of days")
	}
	n, err := p.number(i, tok)
	if err != nil {
		return 0, err
	}
	p.skipDays()
	return n, nil
}

// skipDays consumes an optional "day"/"days" word.
func (p *parser) skipDays() {
	if t := p.peek(); t == "days" || t == "day" {
		p.pos++
	}
}

// number parses a whole number of days in 0..maxDays.
func (p *parser) number(i int, s string) (int, error) {
	if !isDigits(s) {
		return 0, p.fail(i, "expected a whole number of days, not %q", s)
	}
	n, err := strconv.Atoi(s)
	if err != nil || n > maxDays {
		return 0, p.fail(i, "days %s exceed the maximum of %d", s, maxDays)
	}
	return n, nil
}

// isDigits reports whether s is a non-empty run of ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// ordinal reads "10", "10th", "1st", "2nd", "3rd".
func ordinal(tok string) (int, bool) {
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		tok = strings.TrimSuffix(tok, suffix)
	}
	if !isDigits(tok) || len(tok) > 2 {
		return 0, false
	}
	n, _ := strconv.Atoi(tok)
	return n, true
}

// discount reads "R/D" (R a percentage, D days).
func (p *parser) discount(i int, tok string) error {
	rateText, daysText, _ := strings.Cut(tok, "/")
	rateText = strings.TrimSuffix(rateText, "%")
	micros, ok := percentMicros(rateText)
	if !ok {
		return p.fail(i, "discount rate %q is not a percentage with at most 4 decimal places", rateText)
	}
	if micros <= 0 || micros >= 100*10_000 {
		return p.fail(i, "discount rate %s%% must be above 0 and below 100", rateText)
	}
	days, err := p.number(i, daysText)
	if err != nil {
		return err
	}
	p.skipDays()
	if p.hasNet {
		return p.fail(i, "discount after the net clause")
	}
	if int(p.t.n) == MaxTiers {
		return p.fail(i, "more than %d discount tiers", MaxTiers)
	}
	if p.t.n > 0 {
		prev := p.t.tiers[p.t.n-1]
		if int32(days) <= prev.days {
			return p.fail(i, "discount days %d must be after the previous tier's %d", days, prev.days)
		}
		if micros >= prev.micros {
			return p.fail(i, "discount rate %s%% must be below the earlier tier's", rateText)
		}
	}
	p.t.tiers[p.t.n] = tier{micros: micros, days: int32(days)}
	p.t.n++
	return nil
}

// percentMicros reads a percentage such as "2", "1.5" or "0.0125" as
// millionths of the amount (2% = 20,000): at most 3 integer digits and 4
// decimal places, no sign or exponent.
func percentMicros(s string) (int32, bool) {
	whole, frac, _ := strings.Cut(s, ".")
	if !isDigits(whole) || len(whole) > 3 || len(frac) > 4 || (frac != "" && !isDigits(frac)) {
		return 0, false
	}
	var v int32
	for _, c := range whole + frac + "0000"[len(frac):] {
		v = v*10 + c - '0'
	}
	return v, true
}

// setNet records the net clause once.
func (p *parser) setNet(i, days int) error {
	if p.hasNet {
		return p.fail(i, "duplicate net clause")
	}
	p.hasNet, p.t.net = true, int32(days)
	return nil
}

// setAnchor records the anchor once.
func (p *parser) setAnchor(i int, a Anchor) error {
	if p.t.anchor != FromInvoice && p.t.anchor != a {
		return p.fail(i, "conflicting anchors")
	}
	p.t.anchor = a
	return nil
}

// finish applies defaults and the checks that need the whole terms.
func (p *parser) finish() (Terms, error) {
	t := &p.t
	end := len(p.tokens)
	if !p.hasNet {
		if t.n == 0 || t.anchor != AfterMonthEnd {
			if t.n > 0 {
				return Terms{}, p.fail(end, "a discount needs a net clause, as in \"2/10 net 30\"")
			}
			return Terms{}, p.fail(end, "no net clause")
		}
		// "2/10 EOM": net 20 days after the last discount date, within the
		// bound a written net period has (so that String parses back).
		if t.net = t.tiers[t.n-1].days + 20; t.net > maxDays {
			return Terms{}, p.fail(end, "the implied net period %d days (discount days + 20) exceeds the maximum of %d", t.net, maxDays)
		}
	}
	if t.n > 0 {
		switch {
		case t.anchor == MonthEndAfter || t.anchor == NextMonthDay:
			return Terms{}, p.fail(end, "discounts are only supported with days after the invoice date or after EOM")
		case t.tiers[t.n-1].days >= t.net:
			return Terms{}, p.fail(end, "discount period %d days is not shorter than the net period %d days", t.tiers[t.n-1].days, t.net)
		}
	}
	if t.cutoff != 0 && t.anchor != AfterMonthEnd && t.anchor != NextMonthDay {
		return Terms{}, p.fail(end, "a cut-off day needs month-end terms (EOM, 月结 or prox)")
	}
	return *t, nil
}
