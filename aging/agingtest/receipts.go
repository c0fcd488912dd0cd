package agingtest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// Kinds of generated receipts, as BankLine.Kind names them.
const (
	KindClean      = "clean"       // the invoice number as written by people and banks, the amount in full
	KindMistyped   = "mistyped"    // the invoice number with a digit changed, dropped or two swapped
	KindMissing    = "missing"     // no reference at all: the payer and the amount only
	KindSeveral    = "several"     // two to four invoices of the customer in one payment, mostly listed
	KindDiscount   = "discount"    // paid net of the customer's early-payment discount, within its days
	KindShort      = "short"       // short by bank charges or a deduction (0.50–15.00)
	KindOtherPayer = "other payer" // paid by a third party (a parent, a factor) not in the directory
	KindUnrelated  = "unrelated"   // a receipt for nothing on the ledger (a refund, interest, a deposit)
)

// Noise is the mix of receipts: the share of each kind; the rest are
// KindClean. Shares are probabilities for the generator's draws, not
// money (hence float64). The zero value means DefaultNoise.
type Noise struct {
	Mistyped, Missing, Several, Discount, Short, OtherPayer, Unrelated float64
}

// DefaultNoise is the mix of the quality measurement: 50% clean,
// 8% mistyped, 10% missing, 10% several, 7% discount, 5% short, 5% other
// payer, 5% unrelated.
func DefaultNoise() Noise {
	return Noise{Mistyped: 0.08, Missing: 0.10, Several: 0.10, Discount: 0.07, Short: 0.05, OtherPayer: 0.05, Unrelated: 0.05}
}

// ReceiptConfig describes the receipts generated from a ledger. The zero
// value is valid: 1,000 receipts, DefaultNoise, seed 0, value dates from
// the item's issue date to 60 days after it.
type ReceiptConfig struct {
	Seed     uint64
	Receipts int // default 1,000; at most one receipt pays an invoice
	Noise    Noise
}

// Customer is a generated customer's directory entry: its name (legal
// form included), an alias, one bank account, and its payment terms (the
// discount receipts rely on).
type Customer struct {
	ID      string      `json:"id"`
	Name    string      `json:"name"`
	Aliases []string    `json:"aliases"`
	Account string      `json:"account"`
	Terms   terms.Terms `json:"terms"`
}

// BankLine is a generated bank line with its true answer: the customer
// that paid and the refs of the items it pays (in full, net of discount
// or short); both empty for an unrelated receipt.
type BankLine struct {
	ID           string          `json:"id"`
	Amount       decimal.Decimal `json:"amount"`
	Currency     string          `json:"currency"`
	ValueDate    time.Time       `json:"valueDate"`
	PayerName    string          `json:"payerName"`
	PayerAccount string          `json:"payerAccount"`
	Label        string          `json:"label"`
	Reference    string          `json:"reference"`
	Note         string          `json:"note"`

	Kind     string   `json:"kind"`
	Customer string   `json:"customer"` // the truth
	Pays     []string `json:"pays"`     // the truth, sorted
}

var (
	nameWords = []string{"Acme", "Nordwind", "Beta", "Sonnen", "Alpen", "Hanse", "Rhein", "Delta", "Orion", "Atlas",
		"Vega", "Kappa", "Linde", "Birke", "Falken", "Adler", "Sigma", "Nova", "Polar", "Terra", "Astra", "Iris", "Merkur", "Titan"}
	tradeWords = []string{"Logistik", "Trading", "Foods", "Metall", "Systems", "Bau", "Textil", "Chemie", "Media", "Motors",
		"Pharma", "Druck", "Energie", "Holz", "Papier", "Glas", "Tools", "Services", "Elektro", "Optik"}
	legalForms = []string{"GmbH", "AG", "Ltd", "Inc.", "S.A.", "B.V.", "GmbH & Co. KG", "SARL", "LLC", "S.p.A."}
	fillers    = []string{"Payment", "SEPA CT", "Zahlung", "Überweisung", "Paiement", "Transfer", "Remittance", "Pago"}
	unrelated  = []string{"Refund ticket 88123", "Interest Q2", "Deposit", "Tax refund 2025", "Rent June", "Card settlement 2026-06"}
)

// Customers generates the directory of a ledger's customers (sorted by
// ID), deterministically from seed: unique names, an alias "<word>
// Group", an account "DE" + 20 digits, and terms "2/10 net 30" for about
// a quarter of them, else "net 30".
func Customers(items []aging.Item, seed uint64) []Customer {
	ids := map[string]bool{}
	for _, it := range items {
		ids[it.Customer] = true
	}
	sorted := make([]string, 0, len(ids))
	for id := range ids {
		sorted = append(sorted, id)
	}
	slices.Sort(sorted)
	rng := rand.New(rand.NewPCG(seed^0xC0FFEE, seed+1))
	discount, net := terms.MustParse("2/10 net 30"), terms.MustParse("net 30")
	out := make([]Customer, len(sorted))
	for i, id := range sorted {
		w := nameWords[i%len(nameWords)]
		t := tradeWords[(i/len(nameWords))%len(tradeWords)]
		base := w + " " + t
		if n := i / (len(nameWords) * len(tradeWords)); n > 0 {
			base += fmt.Sprintf(" %d", n+1)
		}
		c := Customer{ID: id, Name: base + " " + legalForms[rng.IntN(len(legalForms))],
			Aliases: []string{base + " Group"}, Account: fmt.Sprintf("DE%020d", rng.Uint64()%100_000_000_000_000_000), Terms: net}
		if rng.IntN(4) == 0 {
			c.Terms = discount
		}
		out[i] = c
	}
	return out
}

// Receipts generates bank lines paying items of the ledger with the
// noise of c, and their true answers. customers is the directory from
// [Customers]. Only open invoices (Open > 0) are paid; each at most once.
func Receipts(items []aging.Item, customers []Customer, c ReceiptConfig) []BankLine {
	if c.Receipts <= 0 {
		c.Receipts = 1000
	}
	if c.Noise == (Noise{}) {
		c.Noise = DefaultNoise()
	}
	g := &generator{rng: rand.New(rand.NewPCG(c.Seed, c.Seed^0xBADC0DE)), items: items, customers: map[string]*Customer{}, used: map[int]bool{}}
	for i := range customers {
		g.customers[customers[i].ID] = &customers[i]
	}
	g.byCustomer = map[string][]int{}
	for i, it := range items {
		if it.Open.IsPositive() {
			g.open = append(g.open, i)
			g.byCustomer[it.Customer+"\x00"+it.Currency] = append(g.byCustomer[it.Customer+"\x00"+it.Currency], i)
		}
	}
	out := make([]BankLine, 0, c.Receipts)
	for k := 0; k < c.Receipts && len(g.used) < len(g.open); k++ {
		r := g.receipt(g.kind(c.Noise))
		r.ID = fmt.Sprintf("BNK-%06d", k+1)
		slices.Sort(r.Pays)
		out = append(out, r)
	}
	return out
}

type generator struct {
	rng        *rand.Rand
	items      []aging.Item
	customers  map[string]*Customer
	open       []int
	byCustomer map[string][]int
	used       map[int]bool
}

func (g *generator) kind(n Noise) string {
	x := g.rng.Float64()
	for _, k := range []struct {
		p    float64 // a probability of the generator's draw, not money
		kind string
	}{{n.Mistyped, KindMistyped}, {n.Missing, KindMissing}, {n.Several, KindSeveral}, {n.Discount, KindDiscount},
		{n.Short, KindShort}, {n.OtherPayer, KindOtherPayer}, {n.Unrelated, KindUnrelated}} {
		if x < k.p {
			return k.kind
		}
		x -= k.p
	}
	return KindClean
}

// pick draws an unused open invoice; with discount, one of a customer
// whose terms have a discount (when one is found in 100 draws).
func (g *generator) pick(discount bool) int {
	for tries := 0; ; tries++ {
		i := g.open[g.rng.IntN(len(g.open))]
		if g.used[i] {
			continue
		}
		if discount && tries < 100 && len(g.customer(g.items[i].Customer).Terms.Tiers()) == 0 {
			continue
		}
		g.used[i] = true
		return i
	}
}

func (g *generator) receipt(kind string) BankLine {
	if kind == KindUnrelated {
		return g.unrelated()
	}
	i := g.pick(kind == KindDiscount)
	it := g.items[i]
	cu := g.customer(it.Customer)
	r := BankLine{Kind: kind, Customer: it.Customer, Currency: it.Currency, Amount: it.Open, Pays: []string{it.Ref},
		ValueDate: it.Issued.AddDate(0, 0, g.rng.IntN(60))}
	g.payer(&r, cu, kind == KindOtherPayer)
	ref := g.written(it.Ref)
	switch kind {
	case KindMistyped:
		ref = g.mistype(ref)
	case KindMissing:
		ref = ""
	case KindSeveral:
		ref = g.several(&r, i)
	case KindDiscount:
		g.discount(&r, it, cu)
		if g.rng.IntN(3) == 0 {
			ref = ""
		}
	case KindShort:
		cents := 50 + g.rng.Int64N(1451)
		if short := decimal.New(cents, -2); short.LessThan(it.Open) {
			r.Amount = it.Open.Sub(short)
		}
	}
	g.texts(&r, ref)
	return r
}

func (g *generator) customer(id string) *Customer {
	if cu, ok := g.customers[id]; ok {
		return cu
	}
	return &Customer{ID: id, Name: id}
}

// payer fills the payer fields: the account (60%), the name as banks
// print it (30%) or the alias (10%); a third party for KindOtherPayer.
func (g *generator) payer(r *BankLine, cu *Customer, other bool) {
	if other {
		r.PayerName = []string{"Factoring Partners AG", "Zentralregulierung eG", "Parent Holdings PLC", "Treasury Centre BV"}[g.rng.IntN(4)]
		return
	}
	switch x := g.rng.IntN(10); {
	case x < 6:
		r.PayerAccount, r.PayerName = spaced(cu.Account, g.rng.IntN(2) == 0), strings.ToUpper(cu.Name)
	case x < 9:
		r.PayerName = g.nameVariant(cu.Name)
	default:
		r.PayerName = cu.Aliases[0]
	}
}

// nameVariant writes a name as a bank line might: upper case, legal form
// dotted, dropped or changed, punctuation lost.
func (g *generator) nameVariant(name string) string {
	switch g.rng.IntN(4) {
	case 0:
		return strings.ToUpper(name)
	case 1:
		return strings.NewReplacer("GmbH", "G.m.b.H.", "Ltd", "Limited", "Inc.", "Inc", "S.A.", "SA", "B.V.", "BV").Replace(name)
	case 2:
		for _, f := range legalForms {
			if strings.HasSuffix(name, " "+f) {
				return strings.TrimSuffix(name, " "+f)
			}
		}
		return name
	default:
		return strings.ReplaceAll(strings.ToLower(name), ".", "")
	}
}

// spaced writes an account in groups of four, or compact.
func spaced(account string, groups bool) string {
	if !groups {
		return account
	}
	var b strings.Builder
	for i := 0; i < len(account); i += 4 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(account[i:min(i+4, len(account))])
	}
	return b.String()
}

// written writes an invoice number the way customers do.
func (g *generator) written(ref string) string {
	prefix, digits := splitRef(ref)
	trimmed := strings.TrimLeft(digits, "0")
	switch g.rng.IntN(8) {
	case 0:
		return ref
	case 1:
		return strings.ToLower(prefix) + " " + digits
	case 2:
		return prefix + digits
	case 3:
		return "Invoice " + trimmed
	case 4:
		return "inv " + trimmed
	case 5:
		return "Rechnung Nr. " + trimmed
	case 6:
		return fullWidth(ref)
	default:
		return prefix + "/" + digits
	}
}

func splitRef(ref string) (prefix, digits string) {
	i := strings.IndexAny(ref, "0123456789")
	if i < 0 {
		return ref, ""
	}
	return strings.TrimRight(ref[:i], "-/ "), ref[i:]
}

func fullWidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r > ' ' && r < 0x7F {
			r += 0xFEE0
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mistype changes one digit, drops one or swaps two.
func (g *generator) mistype(ref string) string {
	b := []rune(ref)
	var pos []int
	for i, r := range b {
		if r >= '0' && r <= '9' || r >= 0xFF10 && r <= 0xFF19 {
			pos = append(pos, i)
		}
	}
	if len(pos) == 0 {
		return ref
	}
	p := pos[g.rng.IntN(len(pos))]
	switch g.rng.IntN(3) {
	case 0:
		base := '0'
		if b[p] >= 0xFF10 {
			base = 0xFF10
		}
		b[p] = base + (b[p]-base+1+rune(g.rng.IntN(9)))%10
	case 1:
		b = append(b[:p], b[p+1:]...)
	default:
		if len(pos) > 1 {
			q := pos[(slices.Index(pos, p)+1)%len(pos)]
			b[p], b[q] = b[q], b[p]
		}
	}
	return string(b)
}

// several adds 1–3 more unused invoices of the customer to r and returns
// the reference text: all listed (80%) or none.
func (g *generator) several(r *BankLine, first int) string {
	it := g.items[first]
	mates := g.byCustomer[it.Customer+"\x00"+it.Currency]
	refs := []string{g.written(it.Ref)}
	want := 1 + g.rng.IntN(3)
	for _, j := range mates {
		if want == 0 {
			break
		}
		if !g.used[j] && g.rng.IntN(2) == 0 {
			g.used[j] = true
			r.Pays = append(r.Pays, g.items[j].Ref)
			r.Amount = r.Amount.Add(g.items[j].Open)
			refs = append(refs, g.written(g.items[j].Ref))
			want--
		}
	}
	if g.rng.IntN(5) == 0 {
		return ""
	}
	return strings.Join(refs, ", ")
}

// discount pays net of the customer's discount, within its days (when the
// customer has one; else the receipt stays a clean one).
func (g *generator) discount(r *BankLine, it aging.Item, cu *Customer) {
	tiers := cu.Terms.Tiers()
	if len(tiers) == 0 {
		r.Kind = KindClean
		return
	}
	r.ValueDate = it.Issued.AddDate(0, 0, g.rng.IntN(tiers[0].Days+1))
	rate := cu.Terms.DiscountRate(it.Issued, r.ValueDate)
	r.Amount = it.Open.Mul(decimal.NewFromInt(1).Sub(rate)).Round(2)
}

func (g *generator) texts(r *BankLine, ref string) {
	filler := fillers[g.rng.IntN(len(fillers))]
	switch g.rng.IntN(3) {
	case 0:
		r.Label = strings.TrimSpace(filler + " " + ref)
	case 1:
		r.Label, r.Reference = filler, ref
	default:
		r.Label, r.Note = ref, fmt.Sprintf("order %d", 1000+g.rng.IntN(9000))
	}
}

func (g *generator) unrelated() BankLine {
	it := g.items[g.open[g.rng.IntN(len(g.open))]]
	return BankLine{Kind: KindUnrelated, Currency: it.Currency, ValueDate: it.Issued,
		Amount:    decimal.New(100+g.rng.Int64N(500_000), -2),
		PayerName: fmt.Sprintf("%s %s", []string{"Mr", "Ms", "Dr"}[g.rng.IntN(3)], nameWords[g.rng.IntN(len(nameWords))]+"mann"),
		Label:     unrelated[g.rng.IntN(len(unrelated))]}
}
