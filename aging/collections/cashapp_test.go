package collections

import (
	"errors"
	"testing"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/terms"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cashItem is an open invoice issued on issued, due 30 days later.
func cashItem(ref, customer, currency string, issued time.Time, open string) OpenItem {
	return OpenItem{Item: aging.Item{Ref: ref, Customer: customer, Currency: currency, Issued: issued,
		Due: issued.AddDate(0, 0, 30), Open: dec(open)}}
}

var cashDay = day(2026, 6, 15)

func cashBook() Book {
	return Book{
		Items: []OpenItem{
			cashItem("INV/2019/0001", "ACME", "EUR", day(2026, 3, 1), "100.00"),   // 0
			cashItem("INV/2019/0002", "ACME", "EUR", day(2026, 3, 15), "250.00"),  // 1
			cashItem("INV/2020/0001", "BETA", "EUR", day(2026, 4, 1), "300.00"),   // 2
			cashItem("INV/2019/0003", "ACME", "USD", day(2026, 4, 1), "400.00"),   // 3
			cashItem("CN/2019/0004", "ACME", "EUR", day(2026, 4, 2), "-50.00"),    // 4
			cashItem("INV/2020/0002", "BETA", "EUR", day(2026, 5, 1), "120.00"),   // 5
			cashItem("INV/2020/0003", "BETA", "EUR", day(2026, 5, 10), "80.00"),   // 6
			cashItem("INV/2020/0004", "BETA", "EUR", day(2026, 5, 20), "999.99"),  // 7
			cashItem("INV/2021/0009", "GAMMA", "EUR", day(2026, 5, 20), "500.00"), // 8
		},
		Payers: []Payer{
			{Customer: "ACME", Name: "ACME GmbH", Aliases: []string{"Acme Holding"}, Accounts: []string{"DE89 3704 0044 0532 0130 00"}},
			{Customer: "BETA", Name: "Beta Trading Ltd.", Accounts: []string{"GB29NWBK60161331926819"}},
		},
	}
}

func cashMatchOne(t *testing.T, book Book, opt MatchOptions, r Receipt) Proposal {
	t.Helper()
	if r.Currency == "" {
		r.Currency = "EUR"
	}
	if r.ValueDate.IsZero() {
		r.ValueDate = cashDay
	}
	ps, err := Match([]Receipt{r}, book, opt)
	require.NoError(t, err)
	require.Len(t, ps, 1)
	requireCashConserved(t, book, r, ps[0])
	return ps[0]
}

// requireCashConserved checks the proposal invariants: Σ Applied + Unapplied
// = amount, no line beyond its item, each line adds up.
func requireCashConserved(t *testing.T, book Book, r Receipt, p Proposal) {
	t.Helper()
	sum := p.Unapplied
	require.False(t, p.Unapplied.IsNegative(), "unapplied %s", p.Unapplied)
	for _, l := range p.Lines {
		require.True(t, l.Applied.IsPositive(), "line %+v", l)
		require.True(t, l.Open.Equal(book.Items[l.Item].Open))
		require.True(t, l.Applied.Add(l.Discount).Add(l.WriteOff).Add(l.Residual).Equal(l.Open), "line %+v", l)
		require.Equal(t, r.Currency, book.Items[l.Item].Currency)
		sum = sum.Add(l.Applied)
	}
	require.True(t, sum.Equal(r.Amount), "Σ applied + unapplied %s ≠ amount %s", sum, r.Amount)
	if p.Ambiguous {
		require.Empty(t, p.Lines)
		require.False(t, p.Auto)
	}
}

func cashRefs(p Proposal) []string {
	var out []string
	for _, l := range p.Lines {
		out = append(out, l.Ref)
	}
	return out
}

func TestMatchReferencesAsWritten(t *testing.T) {
	book := cashBook()
	for _, tc := range []struct {
		text, amount string
		want         []string
		how          string
	}{
		{"INV/2019/0001", "100.00", []string{"INV/2019/0001"}, "reference"},
		{"inv/2019/0001", "100.00", []string{"INV/2019/0001"}, "reference"},
		{"INV 2019 0001", "100.00", []string{"INV/2019/0001"}, "reference"},
		{"INV20190001", "100.00", []string{"INV/2019/0001"}, "reference"},
		{"invoice 2019-0001", "100.00", []string{"INV/2019/0001"}, "reference digits"},
		{"payment 20190001 thanks", "100.00", []string{"INV/2019/0001"}, "reference digits"},
		{"Rechnung 2019/1", "100.00", []string{"INV/2019/0001"}, "reference numbers"},
		{"inv 2", "250.00", []string{"INV/2019/0002"}, "invoice number"},
		{"ＩＮＶ／２０１９／０００１", "100.00", []string{"INV/2019/0001"}, "reference"},            // full-width
		{"ｉｎｖｏｉｃｅ　２０１９－０００２", "250.00", []string{"INV/2019/0002"}, "reference digits"}, // full-width, ideographic space
		{"INV/2019/0001, INV/2019/0002", "350.00", []string{"INV/2019/0001", "INV/2019/0002"}, "reference"},
		{"INV 20190002 INV 20190001", "350.00", []string{"INV/2019/0002", "INV/2019/0001"}, "reference"},
	} {
		p := cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec(tc.amount), Label: tc.text})
		assert.Equal(t, tc.want, cashRefs(p), tc.text)
		assert.Equal(t, RuleReference, p.Rule, tc.text)
		assert.Equal(t, FitExact, p.Fit, tc.text)
		assert.True(t, p.Auto, "%s: confidence %d", tc.text, p.Confidence)
		found := false
		for _, e := range p.Evidence {
			found = found || e.How == tc.how && e.Field == "label"
		}
		assert.True(t, found, "%s: evidence %+v", tc.text, p.Evidence)
	}
}

func TestMatchReferenceNarrowedOrAmbiguous(t *testing.T) {
	book := cashBook()
	// "inv 1" names INV/2019/0001 (ACME) and INV/2020/0001 (BETA): the
	// amount picks one; the payer's account picks the other.
	p := cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("300.00"), Label: "inv 1"})
	assert.Equal(t, []string{"INV/2020/0001"}, cashRefs(p))
	p = cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("40.00"), Label: "inv 1", PayerAccount: "de89370400440532013000"})
	assert.Equal(t, []string{"INV/2019/0001"}, cashRefs(p))
	assert.Equal(t, FitPartial, p.Fit)
	assert.Equal(t, 93-6+1, p.Confidence)
	assert.False(t, p.Auto)
	// neither: two equally good answers, never guessed
	p = cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("40.00"), Label: "inv 1"})
	assert.True(t, p.Ambiguous)
	require.Len(t, p.Candidates, 2)
	assert.Equal(t, "INV/2019/0001", p.Candidates[0].Refs[0])
	assert.Equal(t, "INV/2020/0001", p.Candidates[1].Refs[0])
	// a bare number is no reference
	p = cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("40.00"), Label: "1"})
	assert.Equal(t, RuleNone, p.Rule)
}

func TestMatchNeverAcrossCurrencies(t *testing.T) {
	book := cashBook()
	p := cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("400.00"), Label: "INV/2019/0003"})
	assert.Empty(t, p.Lines)
	assert.Equal(t, "item in USD, not proposed", p.Evidence[len(p.Evidence)-1].How)
	p = cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("400.00"), Currency: "USD", Label: "INV/2019/0003"})
	assert.Equal(t, []string{"INV/2019/0003"}, cashRefs(p))
	// the credit note is not paid
	p = cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("50.00"), Label: "CN/2019/0004"})
	assert.Empty(t, p.Lines)
}

func TestCreditorReference(t *testing.T) {
	// ISO 11649:2009, the example of its annex: RF18 5390 0754 7034.
	for _, s := range []string{"RF18539007547034", "RF18 5390 0754 7034", "rf18 5390 0754 7034", "RF18000000000539007547034"} {
		assert.True(t, ValidCreditorReference(s), s)
	}
	for _, s := range []string{"RF71539007547034", "RF19539007547034", "RF18", "XX18539007547034", "RF18-5390", "RF1853900754703412345678901", ""} {
		assert.False(t, ValidCreditorReference(s), s)
	}
	book := cashBook()
	book.Items[8].PaymentRef = "RF18 5390 0754 7034"
	p := cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("500.00"), Reference: "RF18539007547034"})
	assert.Equal(t, []string{"INV/2021/0009"}, cashRefs(p))
	assert.Equal(t, RuleCreditorReference, p.Rule)
	assert.Equal(t, 99, p.Confidence)
	p = cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("500.00"), Note: "ＲＦ１８ ５３９０ ０７５４ ７０３４"})
	assert.Equal(t, RuleCreditorReference, p.Rule)
	// wrong check digits: reported, not used (its digits are not read as an invoice number)
	p = cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("500.00"), Reference: "RF71 5390 0754 7034"})
	assert.Equal(t, RuleNone, p.Rule)
	require.NotEmpty(t, p.Evidence)
	assert.Equal(t, "creditor reference fails its check digits", p.Evidence[0].How)
}

func TestMatchByPayer(t *testing.T) {
	book := cashBook()
	for _, tc := range []struct {
		r     Receipt
		how   string
		score int
	}{
		{Receipt{PayerAccount: "DE89370400440532013000"}, "account", 97},
		{Receipt{PayerName: "Acme G.m.b.H."}, "name", 95},
		{Receipt{PayerName: "ACME"}, "name", 95},
		{Receipt{PayerName: "ACME HOLDING"}, "alias", 96},
		{Receipt{PayerName: "acme"}, "name", 95},
	} {
		r := tc.r
		r.Amount = dec("250.00")
		p := cashMatchOne(t, book, MatchOptions{}, r)
		assert.Equal(t, "ACME", p.Customer)
		assert.Equal(t, []string{"INV/2019/0002"}, cashRefs(p), tc.how)
		assert.Equal(t, RulePayerAmount, p.Rule)
		assert.Equal(t, tc.score, p.Confidence)
		assert.Equal(t, tc.how, p.Evidence[0].How)
	}
	// an unknown payer with an amount alone finds nothing
	p := cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("250.00"), PayerName: "Someone Else"})
	assert.Equal(t, RuleNone, p.Rule)
	// the payer's items of another currency are not looked at
	p = cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("400.00"), PayerName: "ACME GmbH"})
	assert.Equal(t, RulePayerOnAccount, p.Rule)
	assert.False(t, p.Auto)
	assert.True(t, p.Unapplied.Equal(dec("400.00")))
}

func TestMatchByAmount(t *testing.T) {
	book := cashBook()
	beta := "Beta Trading Limited"
	// a combination of BETA's items: 120 + 80 (the oldest: not 300 − … )
	p := cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("200.00"), PayerName: beta})
	assert.Equal(t, RulePayerCombination, p.Rule)
	assert.Equal(t, []string{"INV/2020/0002", "INV/2020/0003"}, cashRefs(p))
	assert.Equal(t, 95-8, p.Confidence)
	assert.False(t, p.Auto)
	// 420 = 300 + 120 is the oldest of two combinations (also 300+120 only… add another)
	p = cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("1499.99"), PayerName: beta})
	assert.Equal(t, []string{"INV/2020/0001", "INV/2020/0002", "INV/2020/0003", "INV/2020/0004"}, cashRefs(p))
	// beyond MaxItems
	p = cashMatchOne(t, book, MatchOptions{MaxItems: 3}, Receipt{Amount: dec("1499.99"), PayerName: beta})
	assert.Equal(t, RulePayerOnAccount, p.Rule)
	// two items of the same amount: ambiguous
	book2 := cashBook()
	book2.Items[6].Open = dec("120.00")
	p = cashMatchOne(t, book2, MatchOptions{}, Receipt{Amount: dec("120.00"), PayerName: beta})
	assert.True(t, p.Ambiguous)
	assert.Len(t, p.Candidates, 2)
}

func TestMatchOldestCombinationPreferred(t *testing.T) {
	book := Book{Items: []OpenItem{
		cashItem("A", "X", "EUR", day(2026, 1, 1), "10.00"),
		cashItem("B", "X", "EUR", day(2026, 2, 1), "20.00"),
		cashItem("C", "X", "EUR", day(2026, 3, 1), "25.00"),
		cashItem("D", "X", "EUR", day(2026, 4, 1), "5.00"),
	}}
	p := cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("30.00"), PayerName: "X"})
	assert.Equal(t, []string{"A", "B"}, cashRefs(p)) // not C + D
	assert.Equal(t, 95-13, p.Confidence)
}

func TestMatchDiscount(t *testing.T) {
	net := terms.MustParse("2/10 net 30")
	book := Book{Items: []OpenItem{
		{Item: aging.Item{Ref: "INV-7", Customer: "X", Currency: "EUR", Issued: day(2026, 6, 1), Due: day(2026, 7, 1), Open: dec("1000.00")}, Terms: net},
		{Item: aging.Item{Ref: "INV-8", Customer: "X", Currency: "EUR", Issued: day(2026, 6, 2), Due: day(2026, 7, 2), Open: dec("333.33")}, Terms: net},
	}}
	// 2% off 1,000.00 open on June 11 (10 days after June 1)
	p := cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("980.00"), PayerName: "X", ValueDate: day(2026, 6, 11)})
	assert.Equal(t, RulePayerDiscount, p.Rule)
	require.Len(t, p.Lines, 1)
	requireDecimal(t, "20.00", p.Lines[0].Discount)
	requireDecimal(t, "0.02", p.Lines[0].Rate)
	assert.True(t, p.Auto)
	// June 12: the discount is over, 980 is a partial payment: nothing proposed by amount
	p = cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("980.00"), PayerName: "X", ValueDate: day(2026, 6, 12)})
	assert.Equal(t, RulePayerOnAccount, p.Rule)
	// by reference, both net: 980.00 + 326.66 (333.33 × 0.98 = 326.6634, half-up)
	p = cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("1306.66"), Label: "INV-7 INV-8", ValueDate: day(2026, 6, 5)})
	assert.Equal(t, FitDiscount, p.Fit)
	requireDecimal(t, "6.67", p.Lines[1].Discount)
}

func TestMatchToleranceAndOverpayment(t *testing.T) {
	book := cashBook()
	r := Receipt{Amount: dec("248.00"), Label: "INV/2019/0002"}
	p := cashMatchOne(t, book, MatchOptions{}, r)
	assert.Equal(t, FitPartial, p.Fit)
	requireDecimal(t, "2.00", p.Lines[0].Residual)
	p = cashMatchOne(t, book, MatchOptions{TolerancePercent: dec("1")}, r)
	assert.Equal(t, FitShort, p.Fit)
	requireDecimal(t, "2.00", p.Lines[0].Residual)
	p = cashMatchOne(t, book, MatchOptions{ToleranceFixed: dec("2.00"), WriteOffShort: true}, r)
	assert.Equal(t, FitShort, p.Fit)
	requireDecimal(t, "2.00", p.Lines[0].WriteOff)
	requireDecimal(t, "0", p.Lines[0].Residual)
	p = cashMatchOne(t, book, MatchOptions{ToleranceFixed: dec("1.99")}, r)
	assert.Equal(t, FitPartial, p.Fit)
	// by payer alone within tolerance: proposed for review
	p = cashMatchOne(t, book, MatchOptions{TolerancePercent: dec("1")}, Receipt{Amount: dec("248.00"), PayerName: "ACME GmbH"})
	assert.Equal(t, RulePayerTolerance, p.Rule)
	assert.Equal(t, 85, p.Confidence)
	// over-payment: the excess is unapplied cash
	p = cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("260.00"), Label: "INV/2019/0002", PayerName: "Acme Holding"})
	assert.Equal(t, FitOver, p.Fit)
	requireDecimal(t, "10.00", p.Unapplied)
	assert.True(t, p.Auto)
	p = cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("260.00"), Label: "INV/2019/0002"})
	assert.False(t, p.Auto, "an unknown payer over-paying goes to review")
}

func TestMatchReferenceAgainstPayer(t *testing.T) {
	book := cashBook()
	// BETA's account quoting ACME's invoice: a mistyped reference is likely
	p := cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("100.00"), Label: "INV/2019/0001", PayerAccount: "GB29 NWBK 6016 1331 9268 19"})
	assert.False(t, p.Auto)
	// the payer's item of the amount wins over a reference of another's item of another amount
	p = cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("300.00"), Label: "INV/2019/0002", PayerAccount: "GB29NWBK60161331926819"})
	assert.Equal(t, []string{"INV/2020/0001"}, cashRefs(p))
	assert.Equal(t, RulePayerAmount, p.Rule)
}

func TestMatchDeterministic(t *testing.T) {
	book := cashBook()
	rs := []Receipt{{Amount: dec("350.00"), Currency: "EUR", ValueDate: cashDay, Label: "INV/2019/0001 INV/2019/0002"},
		{Amount: dec("200.00"), Currency: "EUR", ValueDate: cashDay, PayerName: "Beta Trading"}}
	a, err := Match(rs, book, MatchOptions{})
	require.NoError(t, err)
	for range 5 {
		b, err := Match(rs, book, MatchOptions{})
		require.NoError(t, err)
		require.Equal(t, a, b)
	}
}

func TestApplyProposals(t *testing.T) {
	book := cashBook()
	rs := []Receipt{
		{ID: "B1", Amount: dec("360.00"), Currency: "EUR", ValueDate: cashDay, Label: "INV/2019/0001, INV/2019/0002", PayerName: "ACME GmbH"},
		{ID: "B2", Amount: dec("100.00"), Currency: "EUR", ValueDate: cashDay, Label: "INV/2019/0001", PayerName: "ACME GmbH"},
		{ID: "B3", Amount: dec("300.00"), Currency: "EUR", ValueDate: cashDay, Label: "2020/1"},
	}
	ps, err := Match(rs, book, MatchOptions{})
	require.NoError(t, err)
	post, err := ApplyProposals(book, ps)
	require.NoError(t, err)
	require.Len(t, post.Receipts, 3)
	requireDecimal(t, "350.00", post.Receipts[0].Cash)
	requireDecimal(t, "0", post.Receipts[1].Cash) // INV/2019/0001 was paid by B1
	requireDecimal(t, "300.00", post.Receipts[2].Cash)
	require.Len(t, post.Unapplied, 2)
	requireDecimal(t, "10.00", post.Unapplied[0].Amount)
	requireDecimal(t, "100.00", post.Unapplied[1].Amount)
	assert.Equal(t, "ACME", post.Unapplied[1].Customer)
	credit := post.Unapplied[1].Item()
	require.NoError(t, credit.Validate())
	requireDecimal(t, "-100.00", credit.Open)
	// money is conserved: open before − open after = cash applied
	before, after := dec("0"), dec("0")
	for _, it := range book.Items {
		if it.Currency == "EUR" {
			before = before.Add(it.Open)
		}
	}
	for _, it := range post.Open {
		if it.Currency == "EUR" {
			after = after.Add(it.Open)
		}
	}
	requireDecimal(t, "650.00", before.Sub(after))
	assert.Len(t, post.Open, len(book.Items)-3)

	ps[0].Ambiguous = true
	_, err = ApplyProposals(book, ps)
	require.ErrorIs(t, err, ErrInvalidPayment)
	_, err = ApplyProposals(book, []Proposal{{Currency: "EUR", Lines: []ProposalLine{{Item: 99}}}})
	require.ErrorIs(t, err, ErrInvalidPayment)
	_, err = ApplyProposals(book, []Proposal{{Currency: "EUR", Lines: []ProposalLine{{Item: 3}}}})
	require.ErrorIs(t, err, ErrInvalidPayment)
	_, err = ApplyProposals(book, []Proposal{{Currency: "EUR", Lines: []ProposalLine{{Item: 0, Applied: dec("-1")}}}})
	require.ErrorIs(t, err, ErrInvalidPayment)
}

func TestApplyProposalsDiscountAndWriteOff(t *testing.T) {
	book := Book{Items: []OpenItem{
		{Item: aging.Item{Ref: "INV-7", Customer: "X", Currency: "EUR", Issued: day(2026, 6, 1), Due: day(2026, 7, 1), Open: dec("1000.00")}, Terms: terms.MustParse("2/10 net 30")},
		cashItem("INV-9", "X", "EUR", day(2026, 6, 1), "500.00"),
	}}
	rs := []Receipt{{Amount: dec("980.00"), Currency: "EUR", ValueDate: day(2026, 6, 5), Label: "INV-7"},
		{Amount: dec("499.00"), Currency: "EUR", ValueDate: day(2026, 6, 5), Label: "INV-9"}}
	ps, err := Match(rs, book, MatchOptions{ToleranceFixed: dec("1"), WriteOffShort: true})
	require.NoError(t, err)
	post, err := ApplyProposals(book, ps)
	require.NoError(t, err)
	assert.Empty(t, post.Open)
	requireDecimal(t, "20.00", post.Receipts[0].Discount)
	requireDecimal(t, "1.00", post.Receipts[1].WriteOff)
	assert.Empty(t, post.Unapplied)
}

func TestMatchErrors(t *testing.T) {
	book := cashBook()
	ok := Receipt{Amount: dec("1"), Currency: "EUR", ValueDate: cashDay}
	for _, r := range []Receipt{
		{Amount: dec("0"), Currency: "EUR", ValueDate: cashDay},
		{Amount: dec("-5"), Currency: "EUR", ValueDate: cashDay},
		{Amount: dec("1e100"), Currency: "EUR", ValueDate: cashDay},
		{Amount: dec("1"), ValueDate: cashDay},
		{Amount: dec("1"), Currency: "EUR"},
		{Amount: dec("1.001"), Currency: "EUR", ValueDate: cashDay},
	} {
		_, err := Match([]Receipt{ok, r}, book, MatchOptions{})
		require.ErrorIs(t, err, ErrInvalidReceipt, "%+v", r)
		if r.Amount.Equal(dec("1.001")) {
			require.Contains(t, err.Error(), "receipt 1")
		}
	}
	_, err := Match([]Receipt{{Amount: dec("1"), Currency: "XXX1", ValueDate: cashDay}}, book, MatchOptions{})
	require.ErrorIs(t, err, ErrInvalidOptions)
	for _, o := range []MatchOptions{{AutoApply: -1}, {AutoApply: 101}, {MaxItems: 9}, {MaxCandidates: 65},
		{TolerancePercent: dec("-1")}, {TolerancePercent: dec("101")}, {ToleranceFixed: dec("-0.01")}, {Places: 19}} {
		_, err := Match(nil, book, o)
		require.ErrorIs(t, err, ErrInvalidOptions, "%+v", o)
	}
	bad := cashBook()
	bad.Items[0].Customer = ""
	_, err = Match(nil, bad, MatchOptions{})
	require.ErrorIs(t, err, aging.ErrInvalidItem)
	bad = cashBook()
	bad.Payers = append(bad.Payers, Payer{Customer: ""})
	_, err = Match(nil, bad, MatchOptions{})
	require.ErrorIs(t, err, ErrInvalidPayers)
	bad = cashBook()
	bad.Payers = append(bad.Payers, Payer{Customer: "GAMMA", Accounts: []string{"de89 3704 0044 0532 0130 00"}})
	_, err = Match(nil, bad, MatchOptions{})
	require.ErrorIs(t, err, ErrInvalidPayers)
	bad = cashBook()
	bad.Payers = append(bad.Payers, Payer{Customer: "GAMMA", Accounts: []string{" - "}})
	_, err = Match(nil, bad, MatchOptions{})
	require.ErrorIs(t, err, ErrInvalidPayers)
	require.False(t, errors.Is(err, ErrInvalidReceipt))
}

func TestNameKey(t *testing.T) {
	for _, tc := range [][2]string{
		{"ACME GmbH", "ACME"}, {"Acme G.m.b.H.", "ACME"}, {"acme gmbh & co. kg", "ACME"},
		{"O'Brien Ltd", "OBRIEN"}, {"The Beta Trading Company Ltd.", "BETATRADING"},
		{"ＡＣＭＥ　ＧｍｂＨ", "ACME"}, {"GmbH", "GMBH"}, {"上海宝钢股份有限公司", "上海宝钢"}, {"", ""},
	} {
		assert.Equal(t, tc[1], string(nameKey(nil, tc[0])), tc[0])
	}
}

func TestSharedNameIdentifiesNeither(t *testing.T) {
	book := cashBook()
	book.Payers = append(book.Payers, Payer{Customer: "GAMMA", Aliases: []string{"Acme Holding"}})
	p := cashMatchOne(t, book, MatchOptions{}, Receipt{Amount: dec("250.00"), PayerName: "ACME HOLDING"})
	assert.Equal(t, RuleNone, p.Rule)
}

func TestRuleAndFitNames(t *testing.T) {
	b, err := RulePayerCombination.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "payer and combination", string(b))
	assert.Equal(t, "Rule(99)", Rule(99).String())
	b, err = FitOver.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "over-payment", string(b))
	assert.Equal(t, "Fit(99)", Fit(99).String())
}

func TestMatcherMatchOne(t *testing.T) {
	m, err := NewMatcher(cashBook(), MatchOptions{})
	require.NoError(t, err)
	p, err := m.Match(Receipt{Amount: dec("100.00"), Currency: "EUR", ValueDate: cashDay, Label: "INV/2019/0001"})
	require.NoError(t, err)
	assert.True(t, p.Auto)
	_, err = m.Match(Receipt{})
	require.ErrorIs(t, err, ErrInvalidReceipt)
}
