// Package terms models payment terms: parsing and printing the terms text
// found on invoices ("2/10 net 30", "net 30 EOM", "10th prox", "月结30天"),
// due and discount dates, business-day calendars and roll conventions,
// installment schedules, and charges for late payment (simple interest,
// daily penalties, statutory claims).
package terms
