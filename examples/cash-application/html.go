package main

import (
	"html/template"
	"io"
	"time"

	"github.com/receivables-go/receivables/aging/collections"
	"github.com/receivables-go/receivables/examples/internal/format"
	"github.com/shopspring/decimal"
)

// statementPage is the statement of account as an HTML page a customer
// can be sent: the same figures as the text, escaped by html/template.
var statementPage = template.Must(template.New("statement").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Statement of account {{.Customer}}</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}
td,th{padding:.2em .8em;border-bottom:1px solid #ddd}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}</style></head>
<body><h1>Statement of account</h1>
<p>{{.Customer}}, {{.From}} to {{.To}}, amounts in {{.Currency}}</p>
<table><thead><tr><th>date</th><th>kind</th><th>ref</th><th class="n">amount</th><th class="n">balance</th></tr></thead><tbody>
<tr><td></td><td>opening</td><td></td><td></td><td class="n">{{.Opening}}</td></tr>
{{range .Lines}}<tr><td>{{.Date}}</td><td>{{.Kind}}</td><td>{{.Ref}}</td><td class="n">{{.Amount}}</td><td class="n">{{.Balance}}</td></tr>
{{end}}<tr><td></td><td><b>closing</b></td><td></td><td></td><td class="n"><b>{{.Closing}}</b></td></tr>
</tbody></table>
<h2>Aging of the closing balance</h2>
<table><tr>{{range .Aging}}<th class="n">{{.Label}}</th>{{end}}<th class="n">not in the open items</th></tr>
<tr>{{range .Aging}}<td class="n">{{.Amount}}</td>{{end}}<td class="n">{{.Unaged}}</td></tr></table>
</body></html>
`))

type pageLine struct{ Date, Kind, Ref, Amount, Balance string }

type pageBucket struct{ Label, Amount string }

// writeStatementHTML renders st as a page, every amount in the shared
// money format.
func writeStatementHTML(w io.Writer, st collections.AccountStatement) error {
	money := func(v decimal.Decimal) string { return format.Amount(v, st.Currency) }
	page := struct {
		Customer, Currency, From, To, Opening, Closing, Unaged string
		Lines                                                  []pageLine
		Aging                                                  []pageBucket
	}{Customer: st.Customer, Currency: st.Currency, From: st.From.Format(time.DateOnly), To: st.To.Format(time.DateOnly),
		Opening: money(st.Opening), Closing: money(st.Closing), Unaged: money(st.Unaged)}
	for _, l := range st.Lines {
		page.Lines = append(page.Lines, pageLine{l.Date.Format(time.DateOnly), l.Kind.String(), l.Ref, money(l.Amount), money(l.Balance)})
	}
	for i, a := range st.Aging.Amounts {
		page.Aging = append(page.Aging, pageBucket{st.Buckets.Label(i), money(a)})
	}
	return statementPage.Execute(w, page)
}
