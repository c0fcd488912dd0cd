package collections

import (
	"slices"
	"testing"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/aging/agingtest"
	"github.com/stretchr/testify/require"
)

// cashBookOf turns a generated ledger and directory into a Book: each
// item carries its customer's terms, each customer its name, alias and
// account.
func cashBookOf(items []aging.Item, customers []agingtest.Customer) Book {
	byID := map[string]*agingtest.Customer{}
	book := Book{Items: make([]OpenItem, len(items))}
	for i := range customers {
		c := &customers[i]
		byID[c.ID] = c
		book.Payers = append(book.Payers, Payer{Customer: c.ID, Name: c.Name, Aliases: c.Aliases, Accounts: []string{c.Account}})
	}
	for i, it := range items {
		book.Items[i] = OpenItem{Item: it}
		if c := byID[it.Customer]; c != nil {
			book.Items[i].Terms = c.Terms
		}
	}
	return book
}

func cashReceiptsOf(gen []agingtest.BankLine) []Receipt {
	out := make([]Receipt, len(gen))
	for i, g := range gen {
		out[i] = Receipt{ID: g.ID, Amount: g.Amount, Currency: g.Currency, ValueDate: g.ValueDate, PayerName: g.PayerName,
			PayerAccount: g.PayerAccount, Label: g.Label, Reference: g.Reference, Note: g.Note}
	}
	return out
}

type cashQuality struct {
	receipts, payable, auto, correct, review int
	wrongByKind, missedByKind                map[string]int
}

func measureCash(t testing.TB, seed uint64, n int, opt MatchOptions) cashQuality {
	items := agingtest.Ledger(agingtest.Config{Seed: seed, Items: 60_000, Customers: 600, Currencies: []string{"EUR", "USD"}, CreditNotes: 0.03})
	customers := agingtest.Customers(items, seed)
	gen := agingtest.Receipts(items, customers, agingtest.ReceiptConfig{Seed: seed, Receipts: n})
	ps, err := Match(cashReceiptsOf(gen), cashBookOf(items, customers), opt)
	require.NoError(t, err)
	q := cashQuality{receipts: len(gen), wrongByKind: map[string]int{}, missedByKind: map[string]int{}}
	for i, p := range ps {
		g := gen[i]
		if len(g.Pays) > 0 {
			q.payable++
		}
		if !p.Auto {
			q.review++
			if len(g.Pays) > 0 {
				q.missedByKind[g.Kind]++
			}
			continue
		}
		q.auto++
		refs := cashRefs(p)
		slices.Sort(refs)
		if slices.Equal(refs, g.Pays) {
			q.correct++
		} else {
			q.wrongByKind[g.Kind]++
			t.Logf("wrong %s %s: %+v\n  -> %v conf %d %s", g.ID, g.Kind, g, refs, p.Confidence, p.Rule)
		}
	}
	return q
}

// TestCashApplicationQuality measures cash application on generated bank
// lines with the default noise (agingtest.DefaultNoise: 50% clean, 8%
// mistyped, 10% missing, 10% several, 7% discount, 5% short, 5% other
// payer, 5% unrelated) at the default threshold. Target (issue 21):
// precision ≥ 99.5%, recall ≥ 90%.
func TestCashApplicationQuality(t *testing.T) {
	n := 20_000
	if testing.Short() {
		n = 4_000
	}
	for _, seed := range []uint64{1, 2} {
		q := measureCash(t, seed, n, MatchOptions{})
		precision := float64(q.correct) / float64(q.auto)
		recall := float64(q.correct) / float64(q.payable)
		t.Logf("seed %d: %d receipts, %d payable: auto %d, correct %d; precision %.2f%%, recall %.2f%%, review %.2f%%; wrong %v; missed %v",
			seed, q.receipts, q.payable, q.auto, q.correct, 100*precision, 100*recall, 100*float64(q.review)/float64(q.receipts),
			q.wrongByKind, q.missedByKind)
		require.GreaterOrEqual(t, precision, 0.995)
		require.GreaterOrEqual(t, recall, 0.90)
	}
}
