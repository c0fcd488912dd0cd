package terms

import (
	"fmt"

	"github.com/receivables-go/receivables/internal/money"
)

// Parse reads payment terms as printed on invoices, in accounting systems
// and in contracts. Case, spacing, full-width digits, letters and
// punctuation do not matter; one comma, semicolon, colon or full stop may
// separate clauses and end the text. Every token must be part of a form
// below: no word is skipped and no word matches by its prefix.
//
//	net 30, n/30, n30, Net 30 days, 30 days, 30 days net, net 0   net days from the invoice date
//	Net 30 from invoice date, 30 day(s) after bill date           (Xero) the same
//	within 30 days, payable within 30 days, due in 30 days        the same
//	due on receipt, upon receipt, immediate, payable immediately   due on the invoice date
//	2/10 net 30, 2/10 n/30, 2% 10 Net 30, 2 10 net 30             2% within 10 days, else net 30
//	within 14 days 2 % cash discount, within 30 days due net       (SAP) 2/14 net 30
//	innerhalb 14 Tagen 2 % Skonto, innerhalb 30 Tagen netto        (SAP, German) 2/14 net 30
//	2% discount if paid within 10 days, net 30                     2/10 net 30
//	2/10, 1/20, net 45                                             up to MaxTiers discount tiers
//	net 30 EOM, EOM net 30, 30 days end of month, 月结30天         30 days after the end of the invoice month
//	30 days after the end of the invoice month                     (Xero) the same
//	EOM, due end of month                                          the end of the invoice month (net 0 EOM)
//	2/10 EOM                                                       2% to the 10th of next month, net 20 days later
//	net 30 then EOM                                                the end of the month 30 days after the invoice
//	10th prox, 10 prox, 21 MFI, 20th of the following month, 次月10日   day 10 (21, 20) of the next month
//	MFI, end of following month, due end of next month             the last day of the next month (31st prox)
//	COD, cash on delivery, 货到付款                                cash on delivery
//	CIA, CWO, PIA, CBS, cash in advance, prepaid, 款到发货, 预付   cash in advance
//	票到30天, 货到30天付款, 开票后30天, 30天内付款, 净30天         net 30 (the invoice date stands for the receipt of the invoice or goods)
//	… cutoff 25                                                    month-end terms: invoices after the 25th roll a month
//
// "2/10 EOM" without a net clause follows the usual US convention that the
// net amount is due 20 days after the discount date (Cole & Mishler,
// Consumer and Business Credit Management; the NACM's Credit Management
// manual on EOM terms), so it equals "2/10 net 30 EOM". "EOM" alone is due
// at the end of the invoice month. "net 30 EOM" and "EOM net 30" are the
// same terms: EOM names what the days count from, wherever it stands; the
// other order, month end after the days, is written "net 30 then EOM".
// CND (cash next delivery) is rejected: its due date is the next delivery,
// which an invoice date does not give.
//
// Errors wrap ErrInvalidTerms, quote the input and the offending token, say
// what was expected there and, when replacing one misspelt word gives terms
// that parse, suggest them: "2/10 nte 30" → did you mean "2/10 net 30"?
func Parse(s string) (Terms, error) {
	var lx lexed
	lx.lex(s)
	p := parser{lx: &lx, end: lx.n}
	t, err := p.parse()
	if err != nil {
		return Terms{}, suggest(err, &lx, p.failAt)
	}
	return t, nil
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

// parseQuiet is Parse without suggestions, for trying them.
func parseQuiet(s string) bool {
	var lx lexed
	lx.lex(s)
	p := parser{lx: &lx, end: lx.n}
	_, err := p.parse()
	return err == nil
}

// parser is the state of one terms text, or of one schedule line's terms:
// tokens lx.toks[pos:end].
type parser struct {
	lx       *lexed
	pos, end int
	t        Terms
	hasNet   bool
	sole     int // token of a clause that must stand alone (COD, due on receipt…), +1; 0 if none
	clauses  int
	from     bool // an explicit "from invoice date" was read
	failAt   int  // the token an error points at
}

// tok is token i of the range (kEnd outside it).
func (p *parser) tok(i int) *token {
	if i >= p.end {
		return &endToken
	}
	return p.lx.tok(i)
}

// is reports whether token i is the keyword k.
func (p *parser) is(i int, k kw) bool {
	t := p.tok(i)
	return t.kind == kWord && t.kw == k
}

// isPunct reports whether token i is the punctuation c.
func (p *parser) isPunct(i int, c byte) bool {
	t := p.tok(i)
	return t.kind == kPunct && t.punct == c
}

// accept consumes the keyword k at the current token, if it is there.
func (p *parser) accept(k kw) bool {
	if p.is(p.pos, k) {
		p.pos++
		return true
	}
	return false
}

// acceptAll consumes the keywords ks in order, or nothing.
func (p *parser) acceptAll(ks ...kw) bool {
	for j, k := range ks {
		if !p.is(p.pos+j, k) {
			return false
		}
	}
	p.pos += len(ks)
	return true
}

// fail builds an error pointing at token i.
func (p *parser) fail(i int, format string, args ...any) error {
	p.failAt = i
	where := "at the end"
	if i < p.end {
		where = fmt.Sprintf("at token %d %q", i+1, money.Bounded(p.lx.text(i)))
	}
	return fmt.Errorf("%w: %q %s: %s", ErrInvalidTerms, money.Bounded(p.lx.input), where, fmt.Sprintf(format, args...))
}

// unexpected reports token i as out of place, naming what it is (a number
// is never an "unknown word") and what was expected.
func (p *parser) unexpected(i int, expected string) error {
	t := p.tok(i)
	switch {
	case t.kind == kEnd:
		return p.fail(i, "the text ends; expected %s", expected)
	case t.kind == kNum:
		return p.fail(i, "unexpected number; expected %s", expected)
	case t.kind == kWord && t.kw == kwNone:
		return p.fail(i, "unknown word; expected %s", expected)
	case t.kind == kBad:
		return p.fail(i, "unexpected character; expected %s", expected)
	}
	return p.fail(i, "unexpected %q; expected %s", p.lx.text(i), expected)
}

// expectClause describes what may start a clause.
const expectClause = `a clause such as "net 30", "2/10", "EOM", "10th prox", "COD" or "due on receipt"`

func (p *parser) parse() (Terms, error) {
	if p.lx.over {
		return Terms{}, p.fail(maxTokens-1, "the text is longer than %d tokens", maxTokens-1)
	}
	if p.pos >= p.end {
		p.failAt = p.end
		return Terms{}, fmt.Errorf("%w: %q: empty terms", ErrInvalidTerms, money.Bounded(p.lx.input))
	}
	for p.pos < p.end {
		if p.clauses > 0 {
			if p.tok(p.pos).kind == kPunct && isSeparator(p.tok(p.pos).punct) {
				p.pos++
				if p.pos == p.end {
					break
				}
			}
		}
		start := p.pos
		if err := p.clause(); err != nil {
			return Terms{}, err
		}
		p.clauses++
		if p.sole > 0 && p.clauses > 1 {
			return Terms{}, p.fail(start, "%q stands alone: it cannot be combined with other clauses", p.lx.text(p.sole-1))
		}
	}
	return p.finish()
}

// isSeparator reports the marks that may separate clauses.
func isSeparator(c byte) bool { return c == ',' || c == ';' || c == '.' || c == ':' }

// clause reads one clause.
func (p *parser) clause() error {
	t := p.tok(p.pos)
	switch t.kind {
	case kNum:
		return p.numClause()
	case kWord:
		if t.cjk {
			return p.cjkClause()
		}
		return p.wordClause()
	}
	return p.unexpected(p.pos, expectClause)
}

// wholeDays reads token i as a whole number of days in 0..maxDays.
func (p *parser) wholeDays(i int, what string) (int, error) {
	t := p.tok(i)
	switch {
	case t.kind != kNum:
		return 0, p.unexpected(i, what)
	case t.neg:
		return 0, p.fail(i, "%s cannot be negative", what)
	case t.hasFrac:
		return 0, p.fail(i, "%s must be a whole number", what)
	case t.num > maxDays:
		return 0, p.fail(i, "%s %s exceed the maximum of %d", what, p.lx.text(i), maxDays)
	}
	return int(t.num), nil
}

// days reads a number of days at the current token and an optional "days".
func (p *parser) days(what string) (int, error) {
	n, err := p.wholeDays(p.pos, what)
	if err != nil {
		return 0, err
	}
	p.pos++
	p.accept(kwDays)
	return n, nil
}

// numClause reads a clause that starts with a number.
func (p *parser) numClause() error {
	i := p.pos
	if p.tok(i).neg {
		return p.fail(i, "%q is negative: days and rates are never negative", p.lx.text(i))
	}
	next := p.tok(i + 1)
	switch {
	case p.isPunct(i+1, '/'):
		return p.slashClause(i)
	case p.isPunct(i+1, '%'):
		return p.percentClause(i)
	case next.kind == kNum && !next.neg:
		return p.discount(i, i+1) // "2 10 net 30"
	case next.kind == kWord:
		return p.numWordClause(i, next.kw)
	}
	return p.unexpected(i+1, expectAfterNumber)
}

// expectAfterNumber describes what may follow a number.
const expectAfterNumber = `"days", "/" and discount days ("2/10"), "%" ("2% 10") or "prox" after a number`

// numWordClause reads a clause of a number and the keyword k after it:
// "10th prox", "21 MFI", "20 of the following month", "30 days", "30 EOM".
func (p *parser) numWordClause(i int, k kw) error {
	switch k {
	case kwSuffix, kwProx, kwMFI, kwOf:
		return p.dayOfMonth()
	case kwDays, kwRi:
		return p.daysClause()
	case kwEOM: // "30 EOM": the EOM is the next clause
		n, err := p.wholeDays(i, "a number of days")
		if err != nil {
			return err
		}
		p.pos++
		return p.setNet(i, n)
	}
	return p.unexpected(i+1, expectAfterNumber)
}

// slashClause reads "R/D", a discount; "30/60/90" is installment text.
func (p *parser) slashClause(i int) error {
	if p.tok(i+2).kind == kNum && p.isPunct(i+3, '/') {
		return p.fail(i, "%q is an installment schedule (30/60/90 days): read it with ParseSchedule", money.Bounded(p.lx.input[p.tok(i).start:p.tok(i+3).end]+p.lx.text(i+4)))
	}
	return p.discount(i, i+2)
}

// percentClause reads a clause that starts "R%": "2%/10", "2% 10", "2%
// discount if paid within 10 days".
func (p *parser) percentClause(i int) error {
	switch {
	case p.isPunct(i+2, '/'):
		return p.discount(i, i+3)
	case p.tok(i+2).kind == kNum:
		return p.discount(i, i+2)
	case p.is(i+2, kwDiscount) || p.is(i+2, kwCash) && p.is(i+3, kwDiscount):
		j := i + 3
		if p.is(i+2, kwCash) {
			j++
		}
		p.pos = j
		p.acceptAll(kwIf, kwPaid)
		if !p.accept(kwWithin) {
			return p.unexpected(p.pos, `"within" and the discount days, as in "2% discount if paid within 10 days"`)
		}
		return p.discount(i, p.pos)
	case p.is(i+2, kwNow), p.is(i+2, kwBalance), p.is(i+2, kwNet), p.is(i+2, kwCIA):
		return p.fail(i, "a percentage of the amount is installment text (\"50%% upfront, 50%% net 30\"): read it with ParseSchedule")
	}
	return p.unexpected(i+2, `the discount days, as in "2% 10 net 30" or "2%/10"`)
}

// discount reads a discount tier: the rate at token ri (with an optional
// "%" after it), the days at token di, then an optional "days".
func (p *parser) discount(ri, di int) error {
	micros, err := p.rate(ri)
	if err != nil {
		return err
	}
	days, err := p.wholeDays(di, "discount days")
	if err != nil {
		return err
	}
	p.pos = di + 1
	p.accept(kwDays)
	return p.addTier(ri, di, micros, days)
}

// addTier records a discount tier read from the rate at token ri and the
// days at token di, after the earlier ones.
func (p *parser) addTier(ri, di int, micros int32, days int) error {
	if p.hasNet {
		return p.fail(ri, "discount after the net clause")
	}
	if int(p.t.n) == MaxTiers {
		return p.fail(ri, "more than %d discount tiers", MaxTiers)
	}
	if p.t.n > 0 {
		prev := p.t.tiers[p.t.n-1]
		if int32(days) <= prev.days {
			return p.fail(di, "discount days %d must be after the previous tier's %d", days, prev.days)
		}
		if micros >= prev.micros {
			return p.fail(ri, "discount rate %s%% must be below the earlier tier's", p.lx.text(ri))
		}
	}
	p.t.tiers[p.t.n] = tier{micros: micros, days: int32(days)}
	p.t.n++
	return nil
}

// rate reads token i as a discount percentage in millionths of the amount
// (2% = 20,000): at most 3 integer digits and 4 decimal places.
func (p *parser) rate(i int) (int32, error) {
	t := p.tok(i)
	switch {
	case t.kind != kNum:
		return 0, p.unexpected(i, "a discount rate")
	case t.neg:
		return 0, p.fail(i, "a discount rate cannot be negative")
	case t.wholeLen > 3 || t.fracLen > 4:
		return 0, p.fail(i, "discount rate %s%% is not a percentage with at most 4 decimal places and 3 digits before the point", p.lx.text(i))
	}
	v := t.num * 10_000
	if t.hasFrac {
		f := int64(t.frac)
		for k := t.fracLen; k < 4; k++ {
			f *= 10
		}
		v += f
	}
	if v <= 0 || v >= 100*10_000 {
		return 0, p.fail(i, "discount rate %s%% must be above 0 and below 100", p.lx.text(i))
	}
	return int32(v), nil
}

// daysClause reads "N days" and what may follow: "net" (SAP's and
// German-style "30 days net"), "without deduction"; an anchor ("after the
// end of the invoice month", "EOM") is a clause of its own.
func (p *parser) daysClause() error {
	i := p.pos
	n, err := p.wholeDays(i, "a number of days")
	if err != nil {
		return err
	}
	p.pos += 2
	if p.is(p.pos, kwNet) && p.tok(p.pos+1).kind != kNum {
		p.pos++
	}
	p.accept(kwInside)
	p.accept(kwPay)
	return p.setNet(i, n)
}

// dayOfMonth reads "10th prox", "10 prox", "21 MFI", "20th of the following
// month", "10th of next month", "10th of the month following".
func (p *parser) dayOfMonth() error {
	i := p.pos
	day, err := p.wholeDays(i, "a day of the month")
	if err != nil {
		return err
	}
	p.pos++
	if p.is(p.pos, kwSuffix) {
		if !p.tok(p.pos).glued || !equalFoldASCII(p.lx.text(p.pos), ordinalSuffix(day)) {
			return p.fail(p.pos, "the ordinal of %d is %q", day, ordinalText(day))
		}
		p.pos++
	}
	switch {
	case p.accept(kwProx), p.accept(kwMFI):
	case p.acceptAll(kwOf, kwThe, kwFollowing, kwMonth), p.acceptAll(kwOf, kwFollowing, kwMonth),
		p.acceptAll(kwOf, kwNext, kwMonth), p.acceptAll(kwOf, kwThe, kwNext, kwMonth):
	case p.acceptAll(kwOf, kwThe, kwMonth, kwFollowing):
		p.accept(kwInvoice)
	default:
		return p.unexpected(p.pos, `"prox", "MFI" or "of the following month" after a day of the month`)
	}
	return p.setDay(i, day)
}

// setDay records a day of the next month.
func (p *parser) setDay(i, day int) error {
	if day < 1 || day > 31 {
		return p.fail(i, "day of month %d must be between 1 and 31", day)
	}
	if err := p.setAnchor(i, NextMonthDay); err != nil {
		return err
	}
	return p.setNet(i, day)
}

// ordinalSuffix is "st", "nd", "rd" or "th" for n.
func ordinalSuffix(n int) string {
	s := ordinalText(n)
	return s[len(s)-2:]
}

// equalFoldASCII compares a written suffix (maybe full-width or upper
// case) with an ASCII one.
func equalFoldASCII(written, want string) bool {
	j := 0
	for i := 0; i < len(written); {
		r, size := at(written, i)
		if j >= len(want) || byte(r) != want[j] {
			return false
		}
		i += size
		j++
	}
	return j == len(want)
}

// wordClause reads a clause that starts with an ASCII word.
func (p *parser) wordClause() error {
	i := p.pos
	k := p.tok(i).kw
	p.pos++
	switch k {
	case kwNet, kwN:
		return p.netClause(i, k)
	case kwEOM:
		return p.setAnchor(i, AfterMonthEnd)
	case kwEnd:
		return p.endClause(i)
	case kwThen:
		if p.accept(kwEOM) || p.acceptAll(kwEnd, kwOf, kwMonth) || p.acceptAll(kwEnd, kwOf, kwThe, kwMonth) {
			return p.setAnchor(i, MonthEndAfter)
		}
		return p.unexpected(p.pos, `"EOM" after "then"`)
	case kwMFI:
		return p.setDay(i, 31)
	case kwMonth:
		if p.acceptAll(kwFollowing, kwInvoice) {
			return p.setDay(i, 31)
		}
		return p.unexpected(p.pos, `"following invoice" after "month"`)
	case kwProx:
		return p.fail(i, "%q needs a day of the month before it, as in \"10th %s\"", p.lx.text(i), p.lx.text(i))
	}
	return p.phraseClause(i, k)
}

// phraseClause reads the clauses of words that start a phrase: methods
// (COD, cash in advance…), due on receipt, "within", "the 10th of…",
// "cutoff", "from invoice date", "without deduction".
func (p *parser) phraseClause(i int, k kw) error {
	switch k {
	case kwCOD:
		return p.setMethod(i, CashOnDelivery)
	case kwCIA:
		return p.setMethod(i, CashInAdvance)
	case kwCND:
		return p.fail(i, "CND (cash next delivery) is due at the next delivery, which the invoice date does not give; write the terms of the delivery (\"COD\") or days")
	case kwCash, kwCollect, kwPayment, kwAdvance:
		return p.cashClause(i, k)
	case kwDue, kwPayable:
		return p.dueClause(i)
	case kwUpon, kwOn:
		return p.onClause(i, k)
	case kwReceipt:
		return p.setReceipt(i)
	case kwImmediate:
		return p.immediate(i)
	case kwWithin:
		return p.within(i)
	case kwThe:
		if p.tok(p.pos).kind == kNum {
			return p.dayOfMonth()
		}
		return p.unexpected(p.pos, `a day of the month, as in "the 10th of the following month"`)
	case kwCutoff:
		return p.cutoff(i)
	case kwFrom, kwAfter:
		return p.anchorPhrase(i)
	case kwWithout:
		return p.withoutDeduction(i)
	}
	return p.unexpected(i, expectClause)
}

// onClause reads "on/upon receipt (of invoice)" and "on the 10th of…".
func (p *parser) onClause(i int, k kw) error {
	if p.accept(kwReceipt) {
		p.acceptAll(kwOf, kwInvoice)
		return p.setReceipt(i)
	}
	if k == kwOn && p.is(p.pos, kwThe) {
		return p.clause()
	}
	return p.unexpected(p.pos, `"receipt"`)
}

// withoutDeduction reads "without deduction" (SAP's "ohne Abzug") after a
// net clause: it says the net amount is due in full, which net terms mean.
func (p *parser) withoutDeduction(i int) error {
	if !p.accept(kwDeduction) {
		return p.unexpected(p.pos, `"deduction" after "without"`)
	}
	if !p.hasNet {
		return p.fail(i, `"without deduction" needs a net clause before it`)
	}
	return nil
}

// netClause reads "net 30", "net30", "n/30", "n30", "net 30 days".
func (p *parser) netClause(i int, k kw) error {
	if k == kwN {
		if p.isPunct(p.pos, '/') {
			p.pos++
		} else if t := p.tok(p.pos); t.kind != kNum || !t.glued {
			return p.unexpected(p.pos, `"/" and the net days, as in "n/30"`)
		}
	}
	if p.tok(p.pos).kind != kNum {
		return p.unexpected(p.pos, "a number of days")
	}
	n, err := p.days("net days")
	if err != nil {
		return err
	}
	return p.setNet(i, n)
}

// endClause reads "end of month", "end of the month" (EOM) and "end of
// (the) following/next month" (the last day of the next month).
func (p *parser) endClause(i int) error {
	if !p.accept(kwOf) {
		return p.unexpected(p.pos, `"of" after "end"`)
	}
	p.accept(kwThe)
	p.accept(kwInvoice)
	if p.accept(kwMonth) {
		return p.setAnchor(i, AfterMonthEnd)
	}
	if (p.accept(kwFollowing) || p.accept(kwNext)) && p.accept(kwMonth) {
		return p.setDay(i, 31)
	}
	return p.unexpected(p.pos, `"month" or "following month"`)
}

// cashClause reads "cash on delivery", "collect on delivery", "cash in
// advance", "cash with order", "cash before shipment", "payment in
// advance", "advance payment".
func (p *parser) cashClause(i int, k kw) error {
	switch {
	case k != kwAdvance && p.acceptAll(kwOn, kwDelivery):
		if k == kwPayment {
			break
		}
		return p.setMethod(i, CashOnDelivery)
	case k == kwCash && p.acceptAll(kwNext, kwDelivery):
		return p.fail(i, "cash next delivery (CND) is due at the next delivery, which the invoice date does not give")
	case (k == kwCash || k == kwPayment) && p.acceptAll(kwIn, kwAdvance),
		k == kwCash && (p.acceptAll(kwWith, kwOrder) || p.acceptAll(kwBefore, kwShipment)),
		k == kwAdvance && p.accept(kwPayment):
		return p.setMethod(i, CashInAdvance)
	}
	return p.unexpected(p.pos, `"on delivery", "in advance", "with order" or "before shipment"`)
}

// dueClause reads what follows "due" or "payable": "on receipt",
// "immediately", "in 30 days", "within 30 days", "net 30", "end of month",
// "on the 10th of the following month".
func (p *parser) dueClause(i int) error {
	switch {
	case p.acceptAll(kwOn, kwReceipt), p.acceptAll(kwUpon, kwReceipt):
		p.acceptAll(kwOf, kwInvoice)
		return p.setReceipt(i)
	case p.accept(kwImmediate):
		return p.immediate(i)
	case p.accept(kwIn):
		n, err := p.days("a number of days")
		if err != nil {
			return err
		}
		return p.setNet(i, n)
	case p.is(p.pos, kwWithin), p.is(p.pos, kwNet), p.is(p.pos, kwEnd):
		return p.clause()
	case p.is(p.pos, kwOn) && p.is(p.pos+1, kwThe):
		p.pos++
		return p.clause()
	}
	return p.unexpected(p.pos, `"on receipt", "immediately", "in 30 days", "within 30 days" or "net 30"`)
}

// immediate reads what may follow "immediate(ly)": "payment", SAP's "due
// net", "without deduction".
func (p *parser) immediate(i int) error {
	p.accept(kwPayment)
	p.acceptAll(kwDue, kwNet)
	p.acceptAll(kwWithout, kwDeduction)
	return p.setReceipt(i)
}

// within reads SAP-style clauses: "within 14 days 2 % cash discount",
// "within 30 days due net", "within 30 days net", or "within 30 days"
// alone (net 30).
func (p *parser) within(i int) error {
	n, err := p.days("a number of days")
	if err != nil {
		return err
	}
	if p.tok(p.pos).kind == kNum && p.isPunct(p.pos+1, '%') {
		ri := p.pos
		p.pos += 2
		p.accept(kwCash)
		if !p.accept(kwDiscount) {
			return p.unexpected(p.pos, `"discount" after the rate, as in "within 14 days 2% cash discount"`)
		}
		micros, err := p.rate(ri)
		if err != nil {
			return err
		}
		return p.addTier(ri, i+1, micros, n)
	}
	if !p.acceptAll(kwDue, kwNet) {
		p.accept(kwNet)
	}
	p.acceptAll(kwWithout, kwDeduction)
	return p.setNet(i, n)
}

// anchorPhrase reads "from/after (the) invoice (date)", "… bill date",
// "after the end of the invoice month", "after EOM".
func (p *parser) anchorPhrase(i int) error {
	p.accept(kwThe)
	switch {
	case p.accept(kwInvoice), p.accept(kwReceipt):
		p.accept(kwDate)
		p.acceptAll(kwOf, kwInvoice)
		if p.from {
			return p.fail(i, "the days are already counted from the invoice date")
		}
		p.from = true
		return nil
	case p.acceptAll(kwDate, kwOf, kwInvoice):
		p.from = true
		return nil
	case p.accept(kwEOM):
		return p.setAnchor(i, AfterMonthEnd)
	case p.accept(kwEnd):
		if p.accept(kwOf) {
			p.accept(kwThe)
			p.accept(kwInvoice)
			if p.accept(kwMonth) {
				return p.setAnchor(i, AfterMonthEnd)
			}
		}
	}
	return p.unexpected(p.pos, `"invoice date", "bill date" or "the end of the invoice month"`)
}

// cutoff reads "cutoff 25".
func (p *parser) cutoff(i int) error {
	day, err := p.days("a cut-off day")
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
}

// cjkClause reads the Chinese forms: 月结30天, 票到30天, 货到30天付款,
// 开票后30天, 净30天, 次月10日, 款到发货, 预付, 货到付款, 见票即付.
func (p *parser) cjkClause() error {
	i := p.pos
	k := p.tok(i).kw
	p.pos++
	switch k {
	case kwMonthly, kwTicketArrive, kwGoodsArrive, kwAfterInvoice, kwNet:
		n, err := p.wholeDays(p.pos, "a number of days")
		if err != nil {
			return err
		}
		p.pos++
		if !p.accept(kwDays) && !p.accept(kwRi) && k != kwMonthly && k != kwNet {
			return p.unexpected(p.pos, `"天" after the days`)
		}
		p.accept(kwInside)
		p.accept(kwPay)
		if k == kwMonthly {
			if err := p.setAnchor(i, AfterMonthEnd); err != nil {
				return err
			}
		}
		return p.setNet(i, n)
	case kwNextMonthCJK:
		return p.nextMonthDay(i)
	case kwCIA:
		return p.setMethod(i, CashInAdvance)
	case kwCOD:
		return p.setMethod(i, CashOnDelivery)
	case kwReceipt:
		return p.setReceipt(i)
	}
	return p.unexpected(i, expectClause)
}

// nextMonthDay reads the day of 次月10日 (次月 read at token i).
func (p *parser) nextMonthDay(i int) error {
	day, err := p.wholeDays(p.pos, "a day of the month")
	if err != nil {
		return err
	}
	p.pos++
	if !p.accept(kwRi) && !p.accept(kwHao) {
		return p.unexpected(p.pos, `"日" or "号" after the day`)
	}
	p.accept(kwPay)
	return p.setDay(i, day)
}

// setMethod records COD or CIA, which stand alone.
func (p *parser) setMethod(i int, m Method) error {
	p.sole = i + 1
	p.t.method = m
	return nil
}

// setReceipt records due on receipt, which stands alone.
func (p *parser) setReceipt(i int) error {
	p.sole = i + 1
	return p.setNet(i, 0)
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
	if a != FromInvoice && p.from {
		return p.fail(i, "the days are counted from the invoice date and from a month end")
	}
	p.t.anchor = a
	return nil
}

// impliedNet sets the net days of terms without a net clause, where
// month-end terms imply them, or reports the missing clause.
func (p *parser) impliedNet() error {
	t := &p.t
	switch {
	case t.anchor == AfterMonthEnd && t.n == 0:
		// "EOM": the end of the invoice month.
	case t.anchor == AfterMonthEnd:
		// "2/10 EOM": net 20 days after the last discount date, within
		// the bound a written net period has (so that String parses back).
		if t.net = t.tiers[t.n-1].days + 20; t.net > maxDays {
			return p.fail(p.end, "the implied net period %d days (discount days + 20) exceeds the maximum of %d", t.net, maxDays)
		}
	case t.n > 0:
		return p.fail(p.end, "a discount needs a net clause, as in \"2/10 net 30\"")
	default:
		return p.fail(p.end, "no net clause: expected the net days, as in \"net 30\"")
	}
	return nil
}

// finish applies defaults and the checks that need the whole terms.
func (p *parser) finish() (Terms, error) {
	t := &p.t
	end := p.end
	if t.method != Credit {
		return *t, nil // COD and CIA stand alone (parse checks)
	}
	if p.from && t.anchor != FromInvoice {
		return Terms{}, p.fail(end, "the days are counted from the invoice date and from a month end")
	}
	if !p.hasNet {
		if err := p.impliedNet(); err != nil {
			return Terms{}, err
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
