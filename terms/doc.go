// Package terms models payment terms: reading and printing the terms text
// found on invoices and contracts, due and discount dates, business-day
// calendars and roll conventions, installment schedules, and the charges
// for paying late.
//
// # Terms
//
// [Parse] reads the terms text that accounting systems ship and contracts
// use: QuickBooks' and NetSuite's "Net 30", "Due on receipt", "2% 10 Net
// 30"; Xero's "30 days after the invoice date", "… after the end of the
// invoice month", "20 of the following month"; SAP's "Within 14 days 2 %
// cash discount, within 30 days due net"; Odoo's "Immediate Payment", "2/7
// Net 30", "End of Following Month"; the trade forms "2/10 net 30", "2/10,
// 1/20, net 45", "net 30 EOM", "2/10 EOM", "10th prox", "21 MFI", COD,
// CIA, CWO, PIA, CBS; and the Chinese ones (月结30天, 票到30天, 货到30天付款,
// 次月10日, 款到发货, 预付, 货到付款, 见票即付), in any case, with full-width
// digits and punctuation. Every token must be part of a form: no word is
// skipped and none matches by its prefix, so "n/n30" and "10thst prox" are
// errors, not net 30 and the 10th. An error says what was expected at the
// offending token and, when one misspelt word is one edit from terms that
// parse, suggests them ("2/10 nte 30": did you mean "2/10 net 30"?). A
// [Terms] is a small comparable value: its [Terms.String] is canonical and
// Parse(t.String()) == t, it can be a map key and it marshals as text in
// JSON. Parse allocates nothing for terms it accepts.
//
// Month-end terms come in two orders and the difference is money:
// "net 30 EOM" ([AfterMonthEnd], "EOM net 30", "30 days end of month",
// 月结30天) is 30 days after the end of the invoice month, while "net 30 then
// EOM" ([MonthEndAfter]) is the end of the month in which invoice + 30 days
// falls. "EOM" alone is the end of the invoice month. "10th prox"
// ([NextMonthDay]) is a day of the next month, clamped to the month's
// length; "MFI" and "end of following month" are its last day. A cut-off
// day ("月结30天 cutoff 25") treats invoices dated after it as next month's,
// as in 月结 and 締め日 practice. "2/10 EOM" follows the common US
// convention: discount to the 10th of the next month, net 20 days later.
// 票到N天 and 货到N天 count from the receipt of the invoice or goods, which
// the invoice date stands for (as for COD); CND (cash next delivery) has no
// due date an invoice date gives and is rejected.
//
// Installment text parses too: [ParseSchedule] reads "50% upfront, 50% net
// 30", Odoo's "30% Now, Balance 60 Days", "three equal installments at
// 30/60/90 days" and 分三期 30/60/90天 into a [Schedule], whose
// [Schedule.String] parses back and which marshals as text.
//
// # Dates
//
// Dates are civil dates: only a time's year, month and day in its own
// location count, days are counted on the calendar ([DaysBetween]), and
// results are at midnight in the invoice's location, so a daylight-saving
// change never moves a due date. [Terms.DueDate], [Terms.DiscountDeadlines]
// and [Terms.DiscountRate] compute with integers only; DueDate allocates
// nothing.
//
// Business days: [Weekend] (Saturday–Sunday by default, any other set
// with [Weekends]), [Holidays] (a hand-typed set of dates), and
// [RuleCalendar], built by [NewRuleCalendar] from [HolidayRule]s — fixed
// dates, nth or last weekday of a month, days from Western or Orthodox
// Easter, one-off days and spans — with weekend observance
// ([ObserveFridayOrMonday], [ObserveSundayToMonday], [ObserveNextBusinessDay]
// for substitute days) and make-up working days (China's 调休). Built-in
// sets: [FederalReserveHolidays], [USFederalHolidays],
// [EnglandWalesBankHolidays], [GermanyHolidays], [TARGET2Holidays]; a
// country that announces its holidays each year (China) is given as data.
// A RuleCalendar answers IsBusinessDay without allocating and is safe for
// concurrent use. [Combine] joins calendars. [Adjust]
// moves a date by an ISDA roll convention ([Following], [ModifiedFollowing],
// [Preceding], [ModifiedPreceding]); [AddBusinessDays] and
// [BusinessDaysBetween] count.
//
// # Installments
//
// A [Schedule] splits an amount into percentage, fixed and balance lines,
// each with its own terms for its due date; [Schedule.Split] takes the
// invoice date, the total and [SplitOptions] (the currency, or Places);
// [ParseSchedule] builds one from text. The
// installments always add up exactly to the total (a balance line takes the
// remainder, or the largest-remainder method distributes the last minor
// units).
//
// # Charges for late payment
//
// Each calculation takes one struct with named fields, so that amounts,
// rates and dates cannot be swapped. [LateInterest] is simple interest on
// an [Interest] (Actual/365 Fixed or Actual/360): the period is the dates
// (Due and Paid) or a day count (Days), one of the two — a missing due date
// is an error, never interest since year 1. [DailyPenalty] is a per-day
// contractual [Penalty] (违约金) with grace days and a cap as a share of
// the amount; [LateDays] applies grace days. [EUClaim] and [UKClaim]
// compute statutory claims on a [Debt] under Directive 2011/7/EU (reference
// rate + 8 points and EUR 40) and the UK Late Payment of Commercial Debts
// (Interest) Act 1998 (base rate + 8% and GBP 40/70/100); the caller
// supplies the rate in force, beside the debt.
//
// # Rounding
//
// One convention for every money result of the package (late interest,
// penalties, claims, installments): rounded half-up (half away from zero),
// once, where it leaves the package, to the ISO 4217 minor unit of the
// input's Currency — whole yen for JPY, cents for EUR, fils (3 places) for
// KWD. A positive Places (1–18) overrides the minor unit; with neither a
// currency nor Places the call is an [ErrInvalidInput], never a guess.
// Statutory claims are in their regime's currency (EUR, GBP). Rates
// (discount tiers, statutory rates) are exact, and days are whole days;
// nothing else is rounded.
//
// # Errors
//
// Every error wraps one sentinel per kind of failure, for errors.Is:
// [ErrInvalidTerms] (terms text), [ErrInvalidInput] (an impossible
// argument, bad places or currency included, in every function),
// [ErrInvalidSchedule] (a schedule that cannot split its total) and
// [ErrNoBusinessDay]. Messages name the field and the bad value.
//
// # Example
//
//	t, err := terms.Parse("2/10, n/30")        // 2% if paid within 10 days, else net 30
//	invoice := time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC)
//	t.DueDate(invoice)                         // 2026-03-02
//	t.DiscountRate(invoice, invoice.AddDate(0, 0, 10)) // 0.02
//
//	// ¥1,000,000 paid 45 days late at 10.15%: 12,513.69… → ¥12,514.
//	interest, err := terms.LateInterest(terms.Interest{
//		Amount:     decimal.NewFromInt(1_000_000),
//		AnnualRate: decimal.RequireFromString("0.1015"),
//		Due:        t.DueDate(invoice),
//		Paid:       time.Date(2026, 4, 16, 0, 0, 0, 0, time.UTC),
//		Currency:   "JPY",
//	})
package terms
