// Command credit-review runs the credit-control half of package credit over
// a small portfolio it embeds (seven customers, two currencies): for each
// customer it checks a pending order against the limit, proposes a limit
// review, scores the payment index, computes the expected loss and settles
// an insurance claim on a default scenario. Run it with
//
//	go run ./examples/credit-review
//
// Currencies are never summed together: totals are per currency.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/receivables-go/receivables/credit"
	"github.com/receivables-go/receivables/examples/internal/format"
	"github.com/shopspring/decimal"
)

// d parses a decimal literal of the embedded data.
func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// customer is one account of the embedded portfolio.
type customer struct {
	limit       credit.CreditLimit
	exposure    credit.Exposure
	order       credit.Order
	behaviour   credit.Behaviour
	experiences []credit.PaymentExperience
	// pd and lgd are the risk parameters; ccf converts the unused limit.
	pd, lgd, ccf decimal.Decimal
}

// paid builds a payment experience.
func paid(currency, amount string, daysBeyondTerms int) credit.PaymentExperience {
	return credit.PaymentExperience{Currency: currency, Amount: d(amount), DaysBeyondTerms: daysBeyondTerms}
}

// portfolio is the embedded sample, four EUR and three CNY customers with
// behaviour from exemplary to frozen.
var portfolio = []customer{
	{
		limit:       credit.CreditLimit{Customer: "Acme GmbH", Currency: "EUR", Amount: d("100000")},
		exposure:    credit.Exposure{Currency: "EUR", OpenReceivables: d("60000"), OpenOrders: d("15000"), ShippedNotInvoiced: d("5000")},
		order:       credit.Order{Ref: "SO-1001", Currency: "EUR", Amount: d("12000")},
		behaviour:   credit.Behaviour{AverageDaysLate: d("2"), OverdueShare: d("0.03"), Utilisation: d("0.88"), PurchaseGrowth: d("0.25")},
		experiences: []credit.PaymentExperience{paid("EUR", "10000", 0), paid("EUR", "5000", 30), paid("EUR", "5000", -20)},
		pd:          d("0.02"), lgd: d("0.45"), ccf: d("0.5"),
	},
	{
		limit:       credit.CreditLimit{Customer: "Carter & Sons", Currency: "EUR", Amount: d("50000")},
		exposure:    credit.Exposure{Currency: "EUR", OpenReceivables: d("38000"), OpenOrders: d("6000"), OverdueDays: 45},
		order:       credit.Order{Ref: "SO-1002", Currency: "EUR", Amount: d("3000")},
		behaviour:   credit.Behaviour{AverageDaysLate: d("35"), OverdueShare: d("0.45"), Utilisation: d("0.9")},
		experiences: []credit.PaymentExperience{paid("EUR", "20000", 35), paid("EUR", "10000", 60)},
		pd:          d("0.08"), lgd: d("0.45"), ccf: d("0.5"),
	},
	{
		limit:       credit.CreditLimit{Customer: "Delta Logistics", Currency: "EUR", Amount: d("200000")},
		exposure:    credit.Exposure{Currency: "EUR", OpenReceivables: d("180000"), OpenOrders: d("20000")},
		order:       credit.Order{Ref: "SO-1003", Currency: "EUR", Amount: d("15000")},
		behaviour:   credit.Behaviour{AverageDaysLate: d("10"), OverdueShare: d("0.2"), Utilisation: d("0.97"), BouncedPayments: 2},
		experiences: []credit.PaymentExperience{paid("EUR", "50000", 10)},
		pd:          d("0.15"), lgd: d("0.6"), ccf: d("0.5"),
	},
	{
		limit:       credit.CreditLimit{Customer: "Elbe Maschinenbau", Currency: "EUR", Amount: d("80000"), OnHold: true},
		exposure:    credit.Exposure{Currency: "EUR", OpenReceivables: d("10000")},
		order:       credit.Order{Ref: "SO-1004", Currency: "EUR", Amount: d("5000")},
		behaviour:   credit.Behaviour{AverageDaysLate: d("-30"), Utilisation: d("0.1875")},
		experiences: []credit.PaymentExperience{paid("EUR", "10000", -30)},
		pd:          d("0.01"), lgd: d("0.45"), ccf: d("0.5"),
	},
	{
		limit: credit.CreditLimit{Customer: "Beijing Trading Co", Currency: "CNY", Amount: d("500000")},
		exposure: credit.Exposure{Currency: "CNY", OpenReceivables: d("300000"), OpenOrders: d("80000"), ShippedNotInvoiced: d("40000"),
			Others: []credit.ExposureComponent{{Name: "bank acceptance bills", Amount: d("0")}}},
		order:       credit.Order{Ref: "SO-2001", Currency: "CNY", Amount: d("30000")},
		behaviour:   credit.Behaviour{AverageDaysLate: d("8"), OverdueShare: d("0.1"), Utilisation: d("0.84")},
		experiences: []credit.PaymentExperience{paid("CNY", "200000", 5), paid("CNY", "100000", -5)},
		pd:          d("0.03"), lgd: d("0.5"), ccf: d("0.5"),
	},
	{
		limit:       credit.CreditLimit{Customer: "Shenzhen Electronics", Currency: "CNY", Amount: d("1000000")},
		exposure:    credit.Exposure{Currency: "CNY", OpenReceivables: d("700000"), OpenOrders: d("150000"), ShippedNotInvoiced: d("100000")},
		order:       credit.Order{Ref: "SO-2002", Currency: "CNY", Amount: d("80000")},
		behaviour:   credit.Behaviour{AverageDaysLate: d("1"), OverdueShare: d("0.02"), Utilisation: d("0.95"), PurchaseGrowth: d("0.3")},
		experiences: []credit.PaymentExperience{paid("CNY", "500000", 0), paid("CNY", "300000", -10)},
		pd:          d("0.01"), lgd: d("0.45"), ccf: d("0.5"),
	},
	{
		limit:       credit.CreditLimit{Customer: "Guangzhou Textiles", Currency: "CNY", Amount: d("300000")},
		exposure:    credit.Exposure{Currency: "CNY", OpenReceivables: d("150000"), OverdueDays: 95},
		order:       credit.Order{Ref: "SO-2003", Currency: "CNY", Amount: d("20000")},
		behaviour:   credit.Behaviour{AverageDaysLate: d("65"), OverdueShare: d("0.6"), Utilisation: d("0.5")},
		experiences: []credit.PaymentExperience{paid("CNY", "100000", 90), paid("CNY", "50000", 120)},
		pd:          d("0.25"), lgd: d("0.6"), ccf: d("0.5"),
	},
}

// covers are the credit-insurance policies, one per currency, and the
// insured turnover each premium is charged on.
var covers = map[string]struct {
	cover    credit.Cover
	turnover decimal.Decimal
}{
	"EUR": {credit.Cover{Currency: "EUR", InsuredShare: d("0.9"), Deductible: d("5000"),
		BuyerLimit: d("150000"), MaxLiability: d("230000"), PremiumRate: d("0.003")}, d("6000000")},
	"CNY": {credit.Cover{Currency: "CNY", InsuredShare: d("0.9"), Deductible: d("20000"),
		BuyerLimit: d("600000"), MaxLiability: d("900000"), PremiumRate: d("0.0025")}, d("30000000")},
}

// reviewUnits rounds proposed limits down per currency.
var reviewUnits = map[string]decimal.Decimal{"EUR": d("1000"), "CNY": d("10000")}

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "credit-review:", err)
		os.Exit(1)
	}
}

// pct formats a fraction as a percentage with two decimals.
func pct(v decimal.Decimal) string { return format.Percent(v, 2) }

func run(w io.Writer) error {
	reports, err := settleDefaults()
	if err != nil {
		return err
	}
	claims := map[string]credit.InsuranceClaim{}
	for _, rep := range reports {
		for _, cl := range rep.Claims {
			claims[cl.Buyer] = cl
		}
	}
	fmt.Fprintln(w, "credit review — embedded portfolio")
	var losses []credit.LossExposure
	for _, c := range portfolio {
		loss, err := reviewCustomer(w, c, claims[c.limit.Customer])
		if err != nil {
			return err
		}
		losses = append(losses, loss)
	}
	return summarise(w, losses, reports)
}

// reviewCustomer prints one customer's order decision, limit review,
// payment index, expected loss and default claim, and returns its loss
// exposure for the portfolio total.
func reviewCustomer(w io.Writer, c customer, claim credit.InsuranceClaim) (credit.LossExposure, error) {
	name, cur := c.limit.Customer, c.limit.Currency
	money := func(v decimal.Decimal) string { return format.Amount(v, cur) }
	fmt.Fprintf(w, "\n%s (%s), limit %s%s\n", name, cur, money(c.limit.Amount), map[bool]string{true: ", on hold"}[c.limit.OnHold])

	dec, err := credit.CheckRules{}.Check(c.limit, c.exposure, c.order)
	if err != nil {
		return credit.LossExposure{}, fmt.Errorf("check %s: %w", name, err)
	}
	fmt.Fprintf(w, "  order %s %s: %s\n", dec.Order, money(dec.OrderAmount), strings.ToUpper(dec.Outcome.String()))
	fmt.Fprintf(w, "    exposure %s -> %s, headroom %s -> %s, utilisation %s -> %s\n",
		money(dec.ExposureBefore), money(dec.ExposureAfter), money(dec.HeadroomBefore), money(dec.HeadroomAfter),
		pct(dec.UtilisationBefore), pct(dec.UtilisationAfter))
	for _, r := range dec.Reasons {
		// A reason that only approves does not explain a warning or a
		// block: show the ones that led to the outcome.
		if r.Outcome != dec.Outcome && r.Outcome == credit.Approve {
			continue
		}
		fmt.Fprintf(w, "    - %s [%s]: %s\n", r.Code, r.Outcome, r.Text)
	}

	rules := credit.ReviewRules{Unit: reviewUnits[cur]}
	p, err := rules.Review(c.limit, c.behaviour)
	if err != nil {
		return credit.LossExposure{}, fmt.Errorf("review %s: %w", name, err)
	}
	fmt.Fprintf(w, "  review: %s by rule %q (%s): %s -> %s (%s)%s\n", p.Action, p.Rule, p.Reason,
		money(p.Current), money(p.Proposed), pct(p.ChangeRate), map[bool]string{true: ", on hold"}[p.OnHold])

	idx, err := credit.PaymentIndex(c.experiences)
	if err != nil {
		return credit.LossExposure{}, fmt.Errorf("payment index %s: %w", name, err)
	}
	fmt.Fprintf(w, "  payment index %s (pays %s; invoices paid: %d)\n",
		idx.Index.StringFixed(2), beyondTerms(idx.DaysBeyondTerms), idx.Experiences)

	lx, err := credit.LossExposureOf(c.limit, c.exposure, credit.Risk{PD: c.pd, LGD: c.lgd, CCF: c.ccf})
	if err != nil {
		return credit.LossExposure{}, fmt.Errorf("loss exposure %s: %w", name, err)
	}
	el, err := credit.ExpectedLoss(lx)
	if err != nil {
		return credit.LossExposure{}, fmt.Errorf("expected loss %s: %w", name, err)
	}
	fmt.Fprintf(w, "  expected loss: PD %s x LGD %s x EAD %s = %s\n", pct(el.PD), pct(el.LGD), money(el.EAD), money(el.EL))

	capped := ""
	if claim.CappedBy != "" {
		capped = ", capped by " + claim.CappedBy
	}
	fmt.Fprintf(w, "  default on open receivables %s: claim %s%s, retained %s\n",
		money(claim.Loss), money(claim.Paid), capped, money(claim.Retained))
	return lx, nil
}

// settleDefaults is the stress scenario: every customer defaults on its open
// receivables at once, claims settled in portfolio order per currency so the
// per-buyer and aggregate caps bind.
func settleDefaults() (map[string]credit.ClaimsReport, error) {
	byCurrency := map[string][]credit.DefaultedReceivable{}
	for _, c := range portfolio {
		cur := c.limit.Currency
		byCurrency[cur] = append(byCurrency[cur], credit.DefaultedReceivable{
			Ref: c.limit.Customer, Buyer: c.limit.Customer, Currency: cur, Loss: c.exposure.OpenReceivables,
		})
	}
	reports := map[string]credit.ClaimsReport{}
	for cur, defaults := range byCurrency {
		cv, ok := covers[cur]
		if !ok {
			return nil, fmt.Errorf("no insurance cover for %s", cur)
		}
		rep, err := cv.cover.Claims(defaults)
		if err != nil {
			return nil, fmt.Errorf("claims in %s: %w", cur, err)
		}
		reports[cur] = rep
	}
	return reports, nil
}

// summarise prints expected loss, the default scenario and the premium per
// currency (sorted by currency, as PortfolioExpectedLoss sorts its totals).
func summarise(w io.Writer, losses []credit.LossExposure, reports map[string]credit.ClaimsReport) error {
	pl, err := credit.PortfolioExpectedLoss(losses)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\nportfolio per currency")
	for _, t := range pl.Totals {
		cv, rep := covers[t.Currency], reports[t.Currency]
		v, err := cv.cover.Value(credit.CoverPeriod{InsuredTurnover: cv.turnover, ExpectedLoss: t.EL})
		if err != nil {
			return err
		}
		money := func(v decimal.Decimal) string { return format.Amount(v, t.Currency) }
		fmt.Fprintf(w, "  %s: %d customers, EAD %s, expected loss %s (%s of EAD)\n",
			t.Currency, t.Exposures, money(t.EAD), money(t.EL), pct(t.Rate))
		fmt.Fprintf(w, "    all default: loss %s, claims %s, retained %s\n", money(rep.Loss), money(rep.Claimed), money(rep.Retained))
		fmt.Fprintf(w, "    premium %s on turnover %s vs expected recovery %s: net cost %s, retained EL %s\n",
			money(v.Premium), money(cv.turnover), money(v.ExpectedRecovery), money(v.NetCost), money(v.RetainedExpectedLoss))
	}
	return nil
}

// beyondTerms says how a customer pays against its terms as a person
// would: "2.5 days late", "on time", "30 days early".
func beyondTerms(days decimal.Decimal) string {
	switch {
	case days.IsZero():
		return "on time"
	case days.IsNegative():
		return format.Days(days, 2) // "30 days early"
	}
	return format.Days(days, 2) + " late"
}
