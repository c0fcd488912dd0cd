// Package dso computes collection-speed and working-capital metrics: days
// sales outstanding by the standard, average-balance and countback methods,
// best-possible DSO, average days delinquent, the collection effectiveness
// index, turnover, DPO, DIO, the cash conversion cycle and the cash
// released by a change in DSO.
package dso
