package main

import (
	"html/template"

	"github.com/shopspring/decimal"
)

// pageTemplate is the whole page: inline CSS and SVG, nothing fetched.
var pageTemplate = template.Must(template.New("page").Funcs(template.FuncMap{
	"px":  func(d decimal.Decimal) string { return d.StringFixed(pxPlaces) },
	"add": func(a, b int) int { return a + b },
	"mid": func(y, h decimal.Decimal) string {
		// Half the height is exact (× 0.5), no division and its global precision.
		return y.Add(h.Mul(decimal.New(5, -1))).Add(decimal.NewFromInt(4)).StringFixed(pxPlaces)
	},
	"tall":  func(h decimal.Decimal) bool { return h.GreaterThanOrEqual(decimal.NewFromInt(14)) },
	"width": func(n int) int { return barLeft + n*(barWidth+barGap) },
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Receivables as of {{.AsOf}}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 2em; }
table { border-collapse: collapse; margin: 0.5em 2em 1em 0; display: inline-table; vertical-align: top; }
th, td { padding: 2px 10px; border-bottom: 1px solid #ddd; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.legend span { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 12px; vertical-align: middle; }
svg text { font: 12px system-ui, sans-serif; }
</style>
</head>
<body>
<h1>Receivables as of {{.AsOf}}</h1>

<h2>Aging by currency</h2>
<p>One bar per currency, each on its own scale: currencies are never added without an exchange rate.
Credit balances that make a bucket negative hang below the line.</p>
<p class="legend">{{range $i, $l := .Labels}}<span style="background:{{index $.Colors $i}}"></span>{{$l}}{{end}}</p>
<svg xmlns="http://www.w3.org/2000/svg" width="{{width (len .Bars)}}" height="400" role="img" aria-label="aging by currency">
<line x1="0" y1="330" x2="{{width (len .Bars)}}" y2="330" stroke="#888"/>
{{range .Bars}}<g>
<text x="{{.X}}" y="20">{{.Currency}}: {{.TotalText}}</text>
{{$b := .}}{{range .Segments}}<rect x="{{$b.X}}" y="{{px .Y}}" width="140" height="{{px .Height}}" fill="{{.Color}}"{{if .Negative}} fill-opacity="0.5" stroke="#000" stroke-dasharray="3,2"{{end}}><title>{{.Label}}: {{.Text}}</title></rect>
{{if tall .Height}}<text x="{{$b.TextX}}" y="{{mid .Y .Height}}">{{.Label}}: {{.Text}}</text>
{{end}}{{end}}</g>
{{end}}</svg>

<h2>Most overdue customers</h2>
{{range .Top}}<table>
<caption>{{.Currency}}</caption>
<tr><th>customer</th><th>overdue</th><th>total open</th><th>oldest item</th><th>days</th></tr>
{{range .Rows}}<tr><td>{{.Customer}}</td><td class="n">{{.Overdue}}</td><td class="n">{{.Total}}</td><td>{{.Oldest}}</td><td class="n">{{.Days}}</td></tr>
{{end}}</table>
{{end}}
<h2>DSO, month by month (EUR)</h2>
<p>Standard method on each month's credit sales; lowest {{.Trend.Min}}, highest {{.Trend.Max}} days.</p>
<svg xmlns="http://www.w3.org/2000/svg" width="760" height="270" role="img" aria-label="DSO trend">
<line x1="30" y1="240" x2="740" y2="240" stroke="#888"/>
<polyline points="{{.Trend.Polyline}}" fill="none" stroke="#1565c0" stroke-width="2"/>
{{range .Trend.Points}}<circle cx="{{.X}}" cy="{{px .Y}}" r="3" fill="#1565c0"/>
<text x="{{.X}}" y="{{px .Y}}" dx="-12" dy="-8">{{.DSO}}</text>
<text x="{{.X}}" y="258" dx="-18">{{.Label}}</text>
{{end}}</svg>
</body>
</html>
`))
