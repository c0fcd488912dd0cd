// Package agingtest generates deterministic synthetic ledgers from a seed
// for benchmarks, examples and users' own test harnesses, as
// net/http/httptest serves net/http.
package agingtest
