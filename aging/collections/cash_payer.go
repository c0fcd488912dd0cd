package collections

import (
	"bytes"
)

// legalForms are the words a company name carries for its legal form (and
// a few filler words): they are dropped before names are compared, so
// "ACME GmbH", "Acme G.m.b.H." and "ACME" are one name. Dots and
// apostrophes are removed first, so "G.m.b.H." reads as GMBH.
var legalForms = map[string]bool{
	"GMBH": true, "MBH": true, "AG": true, "KG": true, "KGAA": true, "OHG": true, "GBR": true, "UG": true,
	"EV": true, "SE": true, "LTD": true, "LIMITED": true, "INC": true, "INCORPORATED": true, "LLC": true,
	"LLP": true, "LP": true, "PLC": true, "CORP": true, "CORPORATION": true, "CO": true, "COMPANY": true,
	"SA": true, "SAS": true, "SARL": true, "SRL": true, "SPA": true, "BV": true, "NV": true, "AB": true,
	"AS": true, "ASA": true, "OY": true, "OYJ": true, "APS": true, "KK": true, "PTY": true, "PTE": true,
	"THE": true, "AND": true, "UND": true, "ET": true,
}

// cjkForms are legal-form suffixes of Chinese and Japanese company names.
var cjkForms = [][]byte{[]byte("股份有限公司"), []byte("有限责任公司"), []byte("有限責任公司"),
	[]byte("有限公司"), []byte("株式会社"), []byte("公司")}

// nameKey appends the comparison key of a payer or customer name to dst:
// folded (full-width, upper case), dots and apostrophes removed, split
// into words at anything that is not a letter or digit, legal forms
// dropped, the rest glued. A name of legal forms only keeps them.
func nameKey(dst []byte, name string) []byte {
	var buf [128]byte
	f := foldASCII(buf[:0], name)
	for _, form := range cjkForms {
		f = bytes.ReplaceAll(f, form, nil)
	}
	start := len(dst)
	all := len(dst)
	var kept []byte
	word := func(w []byte) {
		if len(w) == 0 {
			return
		}
		kept = append(kept, w...)
		if !legalForms[string(w)] {
			dst = append(dst, w...)
		}
	}
	w := make([]byte, 0, 32)
	for i := 0; i < len(f); i++ {
		c := f[i]
		switch {
		case c == '.' || c == '\'':
			continue
		case isDigit(c) || isLetter(c) || c >= 0x80:
			w = append(w, c)
		default:
			word(w)
			w = w[:0]
		}
	}
	word(w)
	if len(dst) == start && len(kept) > 0 {
		dst = append(dst[:all], kept...)
	}
	return dst
}

// accountKey appends an account number's letters and digits, upper case,
// to dst: "DE89 3704 0044 0532 0130 00" and "de89370400440532013000" are
// one account.
func accountKey(dst []byte, account string) []byte {
	for i := 0; i < len(account); i++ {
		c := account[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		if isDigit(c) || isLetter(c) {
			dst = append(dst, c)
		}
	}
	return dst
}

// payerID is who paid, as far as it is known.
type payerID struct {
	cust  int32 // −1: unknown
	score int   // the confidence of the identification, for amount rules
	ev    Evidence
}

// identify finds the customer of a receipt's payer: by account, else by
// name or alias.
func (m *Matcher) identify(sc *scratch, r *Receipt) payerID {
	if r.PayerAccount != "" {
		sc.key = accountKey(sc.key[:0], r.PayerAccount)
		if c, ok := m.accounts[string(sc.key)]; ok {
			return payerID{cust: c, score: 97, ev: Evidence{Field: "payer account", Text: r.PayerAccount,
				Item: -1, Ref: m.customers[c], How: "account"}}
		}
	}
	if r.PayerName != "" {
		sc.key = nameKey(sc.key[:0], r.PayerName)
		if e, ok := m.names[string(sc.key)]; ok && e.cust >= 0 {
			score := 95
			if e.how == "alias" {
				score = 96
			}
			return payerID{cust: e.cust, score: score, ev: Evidence{Field: "payer name", Text: r.PayerName,
				Item: -1, Ref: m.customers[e.cust], How: e.how}}
		}
	}
	return payerID{cust: -1}
}
