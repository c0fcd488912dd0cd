package terms

import (
	"time"

	"github.com/shopspring/decimal"
)

// Method says how an invoice is settled: on credit with a due date, cash on
// delivery or cash in advance.
type Method uint8

const (
	// Credit terms have a due date (net N, EOM, prox…); the zero value.
	Credit Method = iota
	// CashOnDelivery (COD, 货到付款): payment when the goods arrive. The
	// invoice date is taken as the delivery date, so it is also the due date.
	CashOnDelivery
	// CashInAdvance (CIA, CWO): payment before the goods ship; due on the
	// invoice (pro-forma) date.
	CashInAdvance
)

// Anchor says what the days of credit terms count from.
type Anchor uint8

const (
	// FromInvoice counts days from the invoice date: "net 30". The zero value.
	FromInvoice Anchor = iota
	// AfterMonthEnd counts days from the last day of the invoice month:
	// "net 30 EOM", 月结30天. Invoice of Jan 17 → Jan 31 + 30 = Mar 2.
	AfterMonthEnd
	// MonthEndAfter counts the days from the invoice date and then moves to
	// the end of that month: "net 30 then EOM". Invoice of Jan 17 → Feb 16
	// → Feb 28. Not the same as AfterMonthEnd: the order matters.
	MonthEndAfter
	// NextMonthDay is a day of the month after the invoice month: "10th
	// prox". A day beyond the month's length is clamped to its last day
	// ("31st prox" in a 30-day month is the 30th; "MFI" is "31st prox").
	NextMonthDay
)

// MaxTiers is the largest number of discount tiers a Terms holds.
const MaxTiers = 4

// maxDays bounds every count of days in terms (about 27 years), far beyond
// any trade terms, so that dates stay within time.Time's comfortable range.
const maxDays = 9999

// tier is one discount: rate in millionths of the amount (so a rate has at
// most 4 decimal places as a percentage), until days after the anchor.
type tier struct {
	micros int32
	days   int32
}

// Terms are parsed payment terms. A Terms is a small comparable value: two
// Terms that mean the same are == (Parse(t.String()) == t), it can be a map
// key, and it is safe to share between goroutines. The zero value is "due
// on receipt" (net 0 from the invoice date).
//
// Build one with Parse or MustParse; it marshals to and from its canonical
// text (String) as JSON or any encoding.TextMarshaler user.
type Terms struct {
	method Method
	anchor Anchor
	net    int32 // days after the anchor, or the day of month for NextMonthDay
	cutoff uint8 // for month anchors: invoices dated after this day count as next month's; 0 = none
	n      uint8 // tiers used
	tiers  [MaxTiers]tier
}

// Method reports how the invoice is settled.
func (t Terms) Method() Method { return t.method }

// Anchor reports what the net and discount days count from.
func (t Terms) Anchor() Anchor { return t.anchor }

// NetDays reports the net days after the anchor (for NextMonthDay, the day
// of the month). 0 for due on receipt, COD and CIA.
func (t Terms) NetDays() int { return int(t.net) }

// CutoffDay reports the cut-off day of month-end terms (0 if none):
// invoices dated after it are treated as dated in the following month.
func (t Terms) CutoffDay() int { return int(t.cutoff) }

// Immediate reports whether payment is due on the invoice date: due on
// receipt, net 0, COD or CIA.
func (t Terms) Immediate() bool {
	return t.method != Credit || (t.anchor == FromInvoice && t.net == 0)
}

// Tier is one early-payment discount as stated in the terms: Rate (a
// fraction, 0.02 for 2%) if paid within Days after the anchor.
type Tier struct {
	Rate decimal.Decimal `json:"rate"` // a fraction: 0.02 for 2%
	Days int             `json:"days"` // days after the anchor (invoice date, or month end for EOM)
}

// Tiers lists the discount tiers, earliest first; nil when there is none.
func (t Terms) Tiers() []Tier {
	if t.n == 0 {
		return nil
	}
	out := make([]Tier, t.n)
	for i, tr := range t.tiers[:t.n] {
		out[i] = Tier{Rate: tr.rate(), Days: int(tr.days)}
	}
	return out
}

// rate is the tier's rate as a decimal fraction.
func (tr tier) rate() decimal.Decimal { return decimal.New(int64(tr.micros), -6) }

// Equal reports whether t and u are the same terms; the same as t == u.
func (t Terms) Equal(u Terms) bool { return t == u }

// Deadline is one discount tier resolved for an invoice: paying on or
// before Date earns Rate.
type Deadline struct {
	Rate decimal.Decimal `json:"rate"` // a fraction: 0.02 for 2%
	Date time.Time       `json:"date"` // the last day to earn it, at midnight in the invoice date's location
}

// DueDate is the date the invoice must be paid by: a civil date at midnight
// in invoice's location. It is never before the invoice date. COD and CIA
// are due on the invoice date.
func (t Terms) DueDate(invoice time.Time) time.Time {
	return t.dueCivil(invoice).in(invoice.Location())
}

// DiscountDeadlines lists every discount tier of t for an invoice dated
// invoice, earliest date first (nil for terms without discount). Dates are
// civil dates at midnight in invoice's location.
func (t Terms) DiscountDeadlines(invoice time.Time) []Deadline {
	if t.n == 0 {
		return nil
	}
	base := t.anchorCivil(invoice)
	out := make([]Deadline, t.n)
	for i, tr := range t.tiers[:t.n] {
		out[i] = Deadline{Rate: tr.rate(), Date: (base + civil(tr.days)).in(invoice.Location())}
	}
	return out
}

// DiscountRate is the best discount still open when an invoice dated
// invoice is paid on paid: the rate of the earliest tier whose deadline is
// on or after paid's date, or zero once every deadline has passed. Dates
// compare as civil dates, each in its own location.
func (t Terms) DiscountRate(invoice, paid time.Time) decimal.Decimal {
	if t.n == 0 {
		return decimal.Zero
	}
	base, p := t.anchorCivil(invoice), civilOf(paid)
	for _, tr := range t.tiers[:t.n] { // rates fall as deadlines rise (Parse checks)
		if p <= base+civil(tr.days) {
			return tr.rate()
		}
	}
	return decimal.Zero
}

// anchorCivil is the day the discount days count from: the invoice date, or
// the last day of the (cut-off adjusted) invoice month.
func (t Terms) anchorCivil(invoice time.Time) civil {
	if t.anchor != AfterMonthEnd {
		return civilOf(invoice)
	}
	y, m := t.invoiceMonth(invoice)
	return civilFromDate(y, m+1, 0) // day 0 of next month = last day of m
}

// invoiceMonth is the month an invoice counts in: its own, or the next one
// when it is dated after the cut-off day.
func (t Terms) invoiceMonth(invoice time.Time) (int, time.Month) {
	y, m, d := invoice.Date()
	if t.cutoff != 0 && d > int(t.cutoff) {
		m++
		if m > time.December {
			y, m = y+1, time.January
		}
	}
	return y, m
}

// dueCivil computes the due date as a day number.
func (t Terms) dueCivil(invoice time.Time) civil {
	if t.method != Credit {
		return civilOf(invoice)
	}
	switch t.anchor {
	case AfterMonthEnd:
		return t.anchorCivil(invoice) + civil(t.net)
	case MonthEndAfter:
		y, m, d := invoice.Date()
		end := time.Date(y, m, d+int(t.net), 0, 0, 0, 0, time.UTC)
		return civilFromDate(end.Year(), end.Month()+1, 0)
	case NextMonthDay:
		y, m := t.invoiceMonth(invoice)
		last := civilFromDate(y, m+2, 0) // last day of the month after m
		first := civilFromDate(y, m+1, 1)
		return min(first+civil(t.net)-1, last)
	}
	return civilOf(invoice) + civil(t.net)
}
