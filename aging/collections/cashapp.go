package collections

import (
	"errors"
	"fmt"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/internal/money"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// Cash application: proposing, for each receipt on a bank statement or
// remittance advice, the open items it pays.

var (
	// ErrInvalidReceipt reports a receipt that cannot be matched: an amount
	// that is not positive, out of range or finer than its currency's
	// places, an empty currency, a zero value date.
	ErrInvalidReceipt = errors.New("collections: invalid receipt")
	// ErrInvalidPayers reports a payer directory with an empty customer or
	// an empty account, or one bank account given to two customers.
	ErrInvalidPayers = errors.New("collections: invalid payer directory")
)

// Receipt is one incoming payment: a bank statement line or a remittance
// advice. The three text fields are searched for references alike; they
// are kept apart so that the evidence can say where a reference was read.
type Receipt struct {
	ID           string          `json:"id,omitempty"` // the caller's id of the line, echoed in the proposal
	Amount       decimal.Decimal `json:"amount"`       // > 0, at most the currency's places
	Currency     string          `json:"currency"`     // ISO 4217; items of other currencies are never proposed
	ValueDate    time.Time       `json:"valueDate"`    // the day the money arrived; early-payment discounts are judged on it
	PayerName    string          `json:"payerName,omitempty"`
	PayerAccount string          `json:"payerAccount,omitempty"` // IBAN or account number; spaces and case ignored
	Label        string          `json:"label,omitempty"`        // the payment reference / purpose line
	Reference    string          `json:"reference,omitempty"`    // the end-to-end or customer reference
	Note         string          `json:"note,omitempty"`         // any further free text
}

// OpenItem is an open item as cash application sees it: the ledger item,
// the payment reference printed on it (a creditor reference "RF18 5390
// 0754 7034" or any other text the customer was asked to quote; optional)
// and its payment terms, so that a receipt net of an early-payment
// discount still open on its value date is recognised. The zero Terms
// carry no discount.
type OpenItem struct {
	aging.Item
	PaymentRef string      `json:"paymentRef,omitempty"`
	Terms      terms.Terms `json:"terms"`
}

// Payer is what is known about who pays for a customer: the customer's
// name, the other names its payments arrive under (a parent company, a
// trading name, a factor) and the bank accounts it pays from.
type Payer struct {
	Customer string   `json:"customer"`
	Name     string   `json:"name,omitempty"`
	Aliases  []string `json:"aliases,omitempty"`
	Accounts []string `json:"accounts,omitempty"`
}

// Book is the ledger side of cash application: the open items and the
// payer directory. A customer with no Payer entry is still found through
// its references, and by name when the payer's name is its Customer.
type Book struct {
	Items  []OpenItem `json:"items"`
	Payers []Payer    `json:"payers,omitempty"`
}

// MatchOptions tune cash application. The zero value is the default.
type MatchOptions struct {
	// AutoApply is the confidence (in percent, 1–100) a proposal needs to
	// be applied without review. 0 means DefaultAutoApply (90).
	AutoApply int `json:"autoApply,omitempty"`
	// TolerancePercent and ToleranceFixed bound a short payment that is
	// still taken as paying its items in full (bank charges, a rounding,
	// a small deduction): the shortfall must be at most TolerancePercent
	// percent of the items' open amount, or at most ToleranceFixed in the
	// receipt's currency. Zero means no tolerance: a short payment is a
	// partial payment. Over-payments need no tolerance: the excess is
	// unapplied cash.
	TolerancePercent decimal.Decimal `json:"tolerancePercent"`
	ToleranceFixed   decimal.Decimal `json:"toleranceFixed"`
	// WriteOffShort proposes the shortfall of a payment within tolerance
	// as a write-off (ProposalLine.WriteOff); false leaves it open on the item as
	// a residual.
	WriteOffShort bool `json:"writeOffShort,omitempty"`
	// MaxItems bounds a combination of a customer's open items matched by
	// amount alone: 0 means 4, at most 8.
	MaxItems int `json:"maxItems,omitempty"`
	// MaxCandidates is how many of the customer's oldest open invoices in
	// the currency the combination search looks at: 0 means 16, at most
	// 64. The search visits at most Σ C(MaxCandidates, k) for k ≤
	// MaxItems subsets (2,516 at the defaults) per receipt, oldest first,
	// and prefers the combination of the oldest items.
	MaxCandidates int `json:"maxCandidates,omitempty"`
	// Places: 0 means each currency's ISO 4217 minor unit; 1–18 overrides
	// it (needed for a currency that is not an ISO 4217 code). Amounts
	// are compared at these places; a discounted amount is rounded
	// half-up to them.
	Places int32 `json:"places,omitempty"`
}

// DefaultAutoApply is the confidence (percent) at or above which a
// proposal is applied without review when MatchOptions.AutoApply is 0.
const DefaultAutoApply = 90

// Rule names what found a proposal's items.
type Rule uint8

const (
	RuleNone              Rule = iota // nothing found: the receipt is left for review
	RuleReference                     // an invoice number or payment reference in the text
	RuleCreditorReference             // a valid ISO 11649 creditor reference in the text
	RulePayerAmount                   // the payer's open item of exactly the amount
	RulePayerDiscount                 // the payer's open item, net of an early-payment discount
	RulePayerCombination              // several of the payer's open items adding up to the amount
	RulePayerTolerance                // the payer's open item, short by at most the tolerance
	RulePayerOnAccount                // the payer is known, no item fits: cash on account
)

var ruleNames = [...]string{"none", "reference", "creditor reference", "payer and amount",
	"payer and discounted amount", "payer and combination", "payer and amount within tolerance", "payer on account"}

// String names the rule as in the evidence: "reference", "payer and amount".
func (r Rule) String() string {
	if int(r) < len(ruleNames) {
		return ruleNames[r]
	}
	return fmt.Sprintf("Rule(%d)", r)
}

// MarshalText writes the rule's name.
func (r Rule) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// Fit says how a receipt's amount fits the items proposed.
type Fit uint8

const (
	FitNone     Fit = iota // no items
	FitExact               // the amount is the items' open total
	FitDiscount            // the amount is the open total net of early-payment discounts
	FitShort               // short by at most the tolerance: paid in full, a residual or write-off
	FitOver                // more than the items: the excess is unapplied cash
	FitPartial             // short beyond the tolerance: a partial payment
)

var fitNames = [...]string{"none", "exact", "discount", "short within tolerance", "over-payment", "partial"}

// String names the fit: "exact", "over-payment".
func (f Fit) String() string {
	if int(f) < len(fitNames) {
		return fitNames[f]
	}
	return fmt.Sprintf("Fit(%d)", f)
}

// MarshalText writes the fit's name.
func (f Fit) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// ProposalLine is one item a proposal pays. Applied + Discount + WriteOff +
// Residual = Open.
type ProposalLine struct {
	Item     int             `json:"item"` // position in Book.Items
	Ref      string          `json:"ref"`
	Open     decimal.Decimal `json:"open"`               // the item's open amount before
	Applied  decimal.Decimal `json:"applied"`            // receipt money applied (> 0)
	Discount decimal.Decimal `json:"discount"`           // early-payment discount taken
	WriteOff decimal.Decimal `json:"writeOff"`           // shortfall within tolerance proposed for write-off
	Residual decimal.Decimal `json:"residual"`           // left open on the item
	Rate     decimal.Decimal `json:"discountRate"`       // the discount rate used (a fraction), 0 if none
	Customer string          `json:"customer,omitempty"` // the item's customer
}

// Evidence is one piece of what a proposal rests on: which text matched
// which item or customer, and how.
type Evidence struct {
	Field string `json:"field"` // "label", "reference", "note", "payer account", "payer name", "amount"
	Text  string `json:"text"`  // the text read (folded: upper case, full-width folded)
	Item  int    `json:"item"`  // the item's position, −1 when it concerns a customer or nothing found
	Ref   string `json:"ref"`   // the item's ref, or the customer
	How   string `json:"how"`   // "invoice number", "reference digits", "account", "alias", "check digits fail"…
}

// Candidate is one of several equally good answers of an ambiguous
// receipt.
type Candidate struct {
	Items []int    `json:"items"`
	Refs  []string `json:"refs"`
}

// Proposal is what cash application proposes for one receipt. Σ Applied of
// the Lines + Unapplied = the receipt's amount: a receipt never allocates
// more than it brings.
type Proposal struct {
	Receipt    int             `json:"receipt"` // position among the receipts
	ID         string          `json:"id,omitempty"`
	Customer   string          `json:"customer,omitempty"` // the customer paying, "" when unknown
	Currency   string          `json:"currency"`
	ValueDate  time.Time       `json:"valueDate"`
	Rule       Rule            `json:"rule"`
	Fit        Fit             `json:"fit"`
	Confidence int             `json:"confidence"` // percent, 0–100
	Auto       bool            `json:"auto"`       // Confidence ≥ the auto-apply threshold and not ambiguous
	Ambiguous  bool            `json:"ambiguous"`  // two equally good answers: no lines, see Candidates
	Lines      []ProposalLine  `json:"lines"`
	Unapplied  decimal.Decimal `json:"unapplied"` // receipt money not applied to any item
	Evidence   []Evidence      `json:"evidence"`
	Candidates []Candidate     `json:"candidates,omitempty"`
}

// Match proposes, for each receipt, the open items of book it pays, with
// the rule, the evidence and a confidence; see [Matcher] for the rules.
// Proposals are in receipt order; each receipt is matched against the
// items as given. Two receipts may propose the same item; only the first
// auto-applies to it, a later one goes to review with evidence naming the
// receipt that took it ([Matcher.MatchAll]; [Matcher.Match] of one
// receipt knows no batch).
// Errors: an item that fails aging.Item.Validate, a bad payer directory
// (ErrInvalidPayers), bad options (ErrInvalidOptions), a bad receipt
// (ErrInvalidReceipt, naming its position).
func Match(receipts []Receipt, book Book, opt MatchOptions) ([]Proposal, error) {
	m, err := NewMatcher(book, opt)
	if err != nil {
		return nil, err
	}
	return m.MatchAll(receipts)
}

// resolved options
type matchConfig struct {
	auto          int
	tolPct, tolFx decimal.Decimal
	writeOff      bool
	maxItems      int
	maxCands      int
	places        int32
}

func (o MatchOptions) resolve() (matchConfig, error) {
	c := matchConfig{auto: o.AutoApply, tolPct: o.TolerancePercent, tolFx: o.ToleranceFixed,
		writeOff: o.WriteOffShort, maxItems: o.MaxItems, maxCands: o.MaxCandidates, places: o.Places}
	bad := func(field string, v any) error {
		return fmt.Errorf("%w: MatchOptions.%s %v is out of range", ErrInvalidOptions, field, v)
	}
	switch {
	case c.auto < 0 || c.auto > 100:
		return c, bad("AutoApply", c.auto)
	case c.maxItems < 0 || c.maxItems > 8:
		return c, bad("MaxItems", c.maxItems)
	case c.maxCands < 0 || c.maxCands > 64:
		return c, bad("MaxCandidates", c.maxCands)
	case !money.InRange(c.tolPct) || c.tolPct.IsNegative() || c.tolPct.GreaterThan(decimal.NewFromInt(100)):
		return c, bad("TolerancePercent", money.Show(c.tolPct))
	case !money.InRange(c.tolFx) || c.tolFx.IsNegative():
		return c, bad("ToleranceFixed", money.Show(c.tolFx))
	}
	if err := checkPlaces("Places", c.places); err != nil {
		return c, err
	}
	return c.withDefaults(), nil
}

// withDefaults fills in the zero fields.
func (c matchConfig) withDefaults() matchConfig {
	if c.auto == 0 {
		c.auto = DefaultAutoApply
	}
	if c.maxItems == 0 {
		c.maxItems = 4
	}
	if c.maxCands == 0 {
		c.maxCands = 16
	}
	return c
}

// checkReceipt validates receipt i.
func checkReceipt(i int, r Receipt) error {
	bad := func(field, why string) error {
		return fmt.Errorf("%w: receipt %d (%q): %s %s", ErrInvalidReceipt, i, money.Bounded(r.ID), field, why)
	}
	switch {
	case !money.InRange(r.Amount):
		return bad("Amount", money.Show(r.Amount)+" is out of range")
	case !r.Amount.IsPositive():
		return bad("Amount", r.Amount.String()+" is not positive")
	case r.Currency == "":
		return bad("Currency", "is empty")
	case r.ValueDate.IsZero():
		return bad("ValueDate", "is the zero time")
	}
	return nil
}
