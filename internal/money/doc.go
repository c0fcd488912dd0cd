// Package money holds the rules about money that every package of the
// library shares, written once: the places a money figure may be rounded
// to, the minor unit of a currency (from ISO 4217 through
// golang.org/x/text/currency, never a hand-written table) and the
// largest-remainder allocation that makes rounded parts add up to their
// rounded total.
//
// Errors returned here are plain descriptions without a sentinel; each
// calling package wraps them in its own (aging.ErrInvalidOptions,
// terms.ErrInvalidInput…), so the caller of a public function always gets
// that package's sentinel for the kind of failure.
package money
