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
// assumes a year length. Money and rates are [decimal.Decimal]. Ratios of
// two figures take them in the order of their formula, numerator first
// ([Standard]: receivables, then credit sales; [Turnover]: credit sales,
// then receivables); inputs of three or more figures of one type come in
// structs with named fields ([Ledger], [Cycle], [Balances], [Change],
// [Carrying]), because a swap there gives an answer that looks right.
// Zero or negative sales, negative balances, empty inputs, impossible dates
// return errors wrapping the sentinels below; nothing panics. Dates of paid
// invoices are civil dates: only their year, month and day in their own
// location count, so daylight-saving changes do not shift a day. Figures
// in different currencies are never summed.
//
// # Range
//
// Every decimal input — balances, sales, DSOs, rates, turnovers — must lie
// within 40 digits either side of the point (the library's one range,
// money.MaxDigits), and day counts (and a [Rolling] window) within
// 1–3,660,000 (money.MaxDays, the span of years 1 to 9999). A decimal
// beyond is [ErrInvalidInput] and a day count beyond [ErrInvalidDays],
// rejected before any arithmetic, the message naming the field and
// printing a bounded form of the value. A decimal with an exponent of
// 2³¹−1 used to panic inside shopspring/decimal, and one of −10⁸ to stall
// Standard for a minute; two months of math.MaxInt days summed to a
// negative period.
//
// # Rounding
//
// One convention for the whole package, applied once where a figure leaves
// it (inside, quotients keep 16 decimal places):
//
//   - Every figure that is not money — days (DSO, BPDSO, ADD, DPO, DIO,
//     CCC, days to pay), ratios (turnover, cash ratio) and percentages
//     (CEI) — is rounded half-up to [RatePlaces] (2) decimal places.
//   - Money this package derives by division or multiplication (daily
//     sales, cash released, financing saved, carrying cost) is rounded
//     half-up to the ISO 4217 minor unit of the input's Currency: JPY 0
//     places, EUR 2, KWD 3. A Places field of 1–18 overrides it; with
//     Places 0 the Currency is required ([ErrInvalidInput] otherwise).
//   - Sums of the caller's amounts (the working-capital requirement, the
//     amount of paid invoices) are exact: they are already in the
//     caller's minor unit.
//
// # Example
//
// DSO fell from 82 to 58 days on 36.5 million of annual credit sales: daily
// sales are 100,000, so 24 days × 100,000 = 2.4 million of cash is released,
// worth 192,000 a year at an 8% cost of capital:
//
//	r, err := dso.CashReleased(dso.Change{CreditSales: decimal.NewFromInt(36_500_000), Days: 365,
//		OldDSO: decimal.NewFromInt(82), NewDSO: decimal.NewFromInt(58),
//		CostOfCapital: decimal.RequireFromString("0.08"), Currency: "EUR"})
//	// r.Released = 2400000, r.FinancingSaved = 192000
package dso
