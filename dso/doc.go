// Package dso computes collection-speed and working-capital metrics from
// balances and sales: days sales outstanding by several methods,
// best-possible DSO and average days delinquent, the collection
// effectiveness index, receivables turnover, average days to pay, DPO, DIO,
// the cash conversion cycle, the working-capital requirement and the cash
// released by a change in DSO.
//
// # Which DSO
//
// DSO says how many days of sales sit in receivables. The methods answer
// slightly different questions, and finance teams argue about them, so the
// package offers each under its own name:
//
//   - [Standard]: period-end receivables / the period's credit sales × days.
//     Simple and comparable with peers, but a sales spike at period end
//     inflates it.
//   - [AverageBalance]: the same on the average of opening and closing (or N)
//     balances; damps end-of-period spikes.
//   - [Countback] (exhaustion): walk back through monthly sales, newest
//     first, until the receivables are used up. It matches today's
//     receivables to the sales that created them, so seasonality does not
//     distort it. [Rolling] gives a monthly series of both.
//
// [BestPossible] (BPDSO) uses only current, not-yet-due receivables: the DSO
// the terms alone explain. The gap DSO − BPDSO is average days delinquent
// ([DelinquencyOf]). [CEI] is the share of collectible money actually
// collected, in percent. The definitions follow the Credit Research
// Foundation's; the sources of each formula are named on each function.
//
// # Conventions
//
// Days per period are always explicit: pass 30, 90, 365 or 360; nothing
// assumes a year length. Money and rates are [decimal.Decimal]. Figures
// leave the package rounded half-up at the edge: days to [DaysPlaces],
// ratios to [RatioPlaces], percentages to [PercentPlaces], money this
// package derives by division to [MoneyPlaces]; everything inside keeps 16
// decimal places. Zero or negative sales, negative balances, empty inputs,
// impossible dates return errors wrapping the sentinels below; nothing
// panics. Dates of paid invoices are civil dates: only their year, month and
// day in their own location count, so daylight-saving changes do not shift a
// day. Figures in different currencies are never summed.
//
// # Example
//
// DSO fell from 82 to 58 days on 36.5 million of annual credit sales: daily
// sales are 100,000, so 24 days × 100,000 = 2.4 million of cash is released,
// worth 192,000 a year at an 8% cost of capital:
//
//	r, err := dso.CashReleased(decimal.NewFromInt(36_500_000), 365,
//		decimal.NewFromInt(82), decimal.NewFromInt(58), decimal.RequireFromString("0.08"))
//	// r.Released = 2400000, r.FinancingSaved = 192000
package dso
