package money

import (
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
)

// MaxPlaces is the most decimal places a money figure may be rounded to.
// Eighteen places is far finer than any currency's minor unit and keeps
// every rounded amount within the range the library's arithmetic is
// tested on.
const MaxPlaces = 18

// CheckPlaces reports places outside [0, MaxPlaces], naming field.
func CheckPlaces(field string, places int32) error {
	if places < 0 || places > MaxPlaces {
		return fmt.Errorf("%s %d must be between 0 and %d", field, places, MaxPlaces)
	}
	return nil
}

// MinorUnit returns the number of decimal places of a currency's minor
// unit in standard (non-cash) use: EUR 2, JPY 0, KWD 3. The code must be
// a three-letter ISO 4217 code in capitals. The figures are CLDR's, as
// golang.org/x/text/currency ships them; where CLDR departs from ISO 4217
// (IQD is 0 there, 3 in ISO 4217) CLDR's figure is what is used, because
// it is what payment systems display.
func MinorUnit(code string) (int32, error) {
	u, err := unit(code)
	if err != nil {
		return 0, err
	}
	places, _ := currency.Standard.Rounding(u)
	return int32(places), nil
}

// CashIncrement returns the smallest amount of a currency that can be
// paid in cash: CHF 0.05, JPY 1, EUR 0.01. It is for callers that round
// to what a till can pay, not to the book-keeping minor unit.
func CashIncrement(code string) (decimal.Decimal, error) {
	u, err := unit(code)
	if err != nil {
		return decimal.Zero, err
	}
	places, increment := currency.Cash.Rounding(u)
	return decimal.New(int64(increment), -int32(places)), nil
}

// unit parses an ISO 4217 code, accepting only three capital letters (so
// "eur", which x/text would accept, is refused: ledgers compare currency
// codes as strings, and "eur" and "EUR" would be two currencies there).
func unit(code string) (currency.Unit, error) {
	if len(code) != 3 || !isUpper(code) {
		return currency.Unit{}, fmt.Errorf("currency %q is not a three-letter ISO 4217 code in capitals", Bounded(code))
	}
	u, err := currency.ParseISO(code)
	if err != nil {
		return currency.Unit{}, fmt.Errorf("currency %q is not an ISO 4217 code", code)
	}
	return u, nil
}

func isUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// PlacesFor resolves the places a money figure in code is rounded to:
// places when it is positive (the caller's explicit choice), else the
// currency's minor unit. field names the places setting in errors.
func PlacesFor(code string, places int32, field string) (int32, error) {
	if places != 0 {
		if err := CheckPlaces(field, places); err != nil {
			return 0, err
		}
		return places, nil
	}
	p, err := MinorUnit(code)
	if err != nil {
		return 0, fmt.Errorf("%w (set %s to round without a currency)", err, field)
	}
	return p, nil
}

// Bounded returns s, or its first 40 bytes and a count of the rest, so
// that an error message never repeats a huge input in full.
func Bounded(s string) string {
	const keep = 40
	if len(s) <= keep {
		return s
	}
	cut := keep
	for cut > 0 && s[cut]&0xC0 == 0x80 { // do not split a UTF-8 sequence
		cut--
	}
	return fmt.Sprintf("%s… (%d bytes more)", s[:cut], len(s)-cut)
}
