package terms

import (
	"strconv"
	"strings"
)

// String is the canonical text of t: "2/10 net 30", "2/10, 1/20, net 45",
// "net 30 EOM", "net 30 then EOM", "10th prox", "due on receipt", "COD",
// "CIA", with " cutoff 25" appended where set. Parse(t.String()) == t.
func (t Terms) String() string {
	switch t.method {
	case CashOnDelivery:
		return "COD"
	case CashInAdvance:
		return "CIA"
	}
	if t.anchor == FromInvoice && t.net == 0 && t.n == 0 {
		return "due on receipt"
	}
	var b strings.Builder
	for i, tr := range t.tiers[:t.n] {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(tr.rate().Shift(2).String())
		b.WriteByte('/')
		b.WriteString(strconv.Itoa(int(tr.days)))
	}
	switch {
	case t.n > 1:
		b.WriteString(", ")
	case t.n == 1:
		b.WriteByte(' ')
	}
	switch t.anchor {
	case NextMonthDay:
		b.WriteString(ordinalText(int(t.net)) + " prox")
	default:
		b.WriteString("net " + strconv.Itoa(int(t.net)))
	}
	switch t.anchor {
	case AfterMonthEnd:
		b.WriteString(" EOM")
	case MonthEndAfter:
		b.WriteString(" then EOM")
	}
	if t.cutoff != 0 {
		b.WriteString(" cutoff " + strconv.Itoa(int(t.cutoff)))
	}
	return b.String()
}

// ordinalText writes 1st, 2nd, 3rd, 4th, 11th, 21st and so on.
func ordinalText(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

// MarshalText implements encoding.TextMarshaler with the canonical text.
func (t Terms) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with Parse.
func (t *Terms) UnmarshalText(text []byte) error {
	parsed, err := Parse(string(text))
	if err != nil {
		return err
	}
	*t = parsed
	return nil
}
