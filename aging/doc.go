// Package aging works on the open-item ledger: classifying items into age
// buckets, aging reports by customer and currency (streaming and
// mergeable), the dunning ladder, bad-debt provisions, write-off candidates
// and the collections forecast.
package aging
