package collections

import (
	"testing"

	"github.com/receivables-go/receivables/aging"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStatement(t *testing.T) {
	entries := []Entry{
		{Date: day(2026, 4, 20), Kind: EntryInvoice, Ref: "INV-1", Amount: dec("1000.00")},
		{Date: day(2026, 5, 2), Kind: EntryPayment, Ref: "INV-1", Amount: dec("-600.00")},
		{Date: day(2026, 6, 3), Kind: EntryInvoice, Ref: "INV-3", Amount: dec("250.00")},
		{Date: day(2026, 5, 10), Kind: EntryInvoice, Ref: "INV-2", Amount: dec("500.00")},
		{Date: day(2026, 5, 10), Kind: EntryCreditNote, Ref: "CN-1", Amount: dec("-50.00")},
		{Date: day(2026, 5, 31), Kind: EntryAdjustment, Ref: "FEE", Text: "reminder fee", Amount: dec("5.00")},
		{Date: day(2026, 5, 20), Kind: EntryPayment, Ref: "INV-2", Amount: dec("-200.00")},
	}
	open := []aging.Item{
		{Ref: "INV-1", Customer: "ACME", Currency: "EUR", Issued: day(2026, 4, 20), Due: day(2026, 5, 20), Open: dec("400.00")},
		{Ref: "INV-2", Customer: "ACME", Currency: "EUR", Issued: day(2026, 5, 10), Due: day(2026, 6, 9), Open: dec("250.00")},
		{Ref: "FEE", Customer: "ACME", Currency: "EUR", Issued: day(2026, 5, 31), Due: day(2026, 5, 31), Open: dec("5.00")},
	}
	st, err := Statement(StatementRequest{Customer: "ACME", Currency: "EUR", From: day(2026, 5, 1), To: day(2026, 5, 31), Entries: entries, Open: open})
	require.NoError(t, err)
	requireDecimal(t, "1000.00", st.Opening)
	require.Len(t, st.Lines, 5)
	var refs, bals []string
	for _, l := range st.Lines {
		refs, bals = append(refs, l.Ref), append(bals, l.Balance.StringFixed(2))
	}
	assert.Equal(t, []string{"INV-1", "INV-2", "CN-1", "INV-2", "FEE"}, refs)
	assert.Equal(t, []string{"400.00", "900.00", "850.00", "650.00", "655.00"}, bals)
	requireDecimal(t, "655.00", st.Closing)
	requireDecimal(t, "500.00", st.Invoiced)
	requireDecimal(t, "-50.00", st.Credited)
	requireDecimal(t, "-800.00", st.Paid)
	requireDecimal(t, "5.00", st.Adjusted)
	requireDecimal(t, "655.00", st.Aging.Total)
	requireAmounts(t, []string{"255.00", "400.00", "0", "0", "0"}, st.Aging.Amounts)
	requireDecimal(t, "0", st.Unaged)
	// without open items the whole closing balance is unaged
	st, err = Statement(StatementRequest{Customer: "ACME", Currency: "EUR", From: day(2026, 5, 1), To: day(2026, 5, 31), Entries: entries})
	require.NoError(t, err)
	requireDecimal(t, "655.00", st.Unaged)
	require.Len(t, st.Aging.Amounts, 5)
}

func TestStatementErrors(t *testing.T) {
	ok := StatementRequest{Customer: "ACME", Currency: "EUR", From: day(2026, 5, 1), To: day(2026, 5, 31)}
	for _, mut := range []func(*StatementRequest){
		func(r *StatementRequest) { r.Customer = "" },
		func(r *StatementRequest) { r.From = aging.Item{}.Issued },
		func(r *StatementRequest) { r.To = day(2026, 4, 30) },
		func(r *StatementRequest) { r.Entries = []Entry{{Kind: EntryInvoice, Amount: dec("1")}} },
		func(r *StatementRequest) { r.Entries = []Entry{{Date: day(2026, 5, 1), Kind: 9, Amount: dec("1")}} },
		func(r *StatementRequest) {
			r.Entries = []Entry{{Date: day(2026, 5, 1), Kind: EntryInvoice, Amount: dec("-1")}}
		},
		func(r *StatementRequest) {
			r.Entries = []Entry{{Date: day(2026, 5, 1), Kind: EntryPayment, Amount: dec("1")}}
		},
		func(r *StatementRequest) {
			r.Entries = []Entry{{Date: day(2026, 5, 1), Kind: EntryAdjustment, Amount: dec("1e99")}}
		},
		func(r *StatementRequest) { r.Open = []aging.Item{item("X", "BETA", "EUR", 1, "1")} },
	} {
		r := ok
		mut(&r)
		_, err := Statement(r)
		require.ErrorIs(t, err, ErrInvalidStatement, "%+v", r)
	}
	r := ok
	r.Open = []aging.Item{{Ref: "X", Customer: "ACME", Currency: "EUR"}}
	_, err := Statement(r)
	require.ErrorIs(t, err, aging.ErrInvalidItem)
	assert.Equal(t, "credit note", EntryCreditNote.String())
	assert.Equal(t, "EntryKind(0)", EntryKind(0).String())
	b, _ := EntryPayment.MarshalText()
	assert.Equal(t, "payment", string(b))
}

func TestReconcile(t *testing.T) {
	ours := []aging.Item{
		item("INV/2026/0012", "ACME", "EUR", 10, "100.00"), // matched as "inv 2026 12"
		item("INV/2026/0013", "ACME", "EUR", 5, "250.00"),  // they paid 250 on June 29, we received it July 2
		item("INV/2026/0014", "ACME", "EUR", 0, "300.00"),  // they record 280
		item("INV/2026/0015", "ACME", "EUR", 0, "75.00"),   // not on theirs (not received yet?)
		item("CN/2026/0003", "ACME", "EUR", 0, "-40.00"),   // matched
		item("INV/2026/0016", "ACME", "EUR", 0, "60.00"),   // they paid 20 in transit, list 40
	}
	theirs := []Confirmed{
		{Ref: "inv 2026 12", Amount: dec("100.00")},
		{Ref: "INV-2026-0014", Amount: dec("280.00")},
		{Ref: "CN 2026/3", Amount: dec("-40.00")},
		{Ref: "INV/2026/0016", Amount: dec("40.00")},
		{Ref: "INV/2026/0099", Amount: dec("90.00")}, // ours has no such invoice
	}
	payments := []Entry{
		{Date: day(2026, 7, 2), Kind: EntryPayment, Ref: "INV/2026/0013", Amount: dec("-250.00")},
		{Date: day(2026, 7, 3), Kind: EntryPayment, Ref: "INV/2026/0016", Amount: dec("-20.00")},
		{Date: day(2026, 6, 20), Kind: EntryPayment, Ref: "INV/2026/0015", Amount: dec("-75.00")}, // before the cut-off: not in transit
	}
	rec, err := Reconcile(ConfirmationRequest{Customer: "ACME", Currency: "EUR", CutOff: asOf, Ours: ours, Theirs: theirs, Payments: payments})
	require.NoError(t, err)
	var status []string
	for _, l := range rec.Lines {
		status = append(status, l.Status.String())
	}
	assert.Equal(t, []string{"matched", "in transit", "amount differs", "ours only", "matched", "in transit", "theirs only"}, status)
	requireDecimal(t, "745.00", rec.OurBalance)
	requireDecimal(t, "470.00", rec.TheirBalance)
	requireDecimal(t, "275.00", rec.Difference)
	requireDecimal(t, "270.00", rec.InTransit)
	requireDecimal(t, "20.00", rec.AmountDifferences)
	requireDecimal(t, "75.00", rec.OursOnly)
	requireDecimal(t, "-90.00", rec.TheirsOnly)
	requireDecimal(t, rec.Difference.String(), rec.InTransit.Add(rec.AmountDifferences).Add(rec.OursOnly).Add(rec.TheirsOnly))
	assert.Equal(t, "CN 2026/3", rec.Lines[4].TheirRef)
	assert.Equal(t, -1, rec.Lines[6].Item)

	for _, r := range []ConfirmationRequest{
		{Currency: "EUR", CutOff: asOf},
		{Customer: "ACME", Currency: "EUR"},
		{Customer: "ACME", Currency: "EUR", CutOff: asOf, Ours: []aging.Item{item("X", "BETA", "EUR", 0, "1")}},
		{Customer: "ACME", Currency: "EUR", CutOff: asOf, Theirs: []Confirmed{{Ref: "X", Amount: dec("1e99")}}},
		{Customer: "ACME", Currency: "EUR", CutOff: asOf, Payments: []Entry{{Ref: "X", Amount: dec("1e99")}}},
	} {
		_, err := Reconcile(r)
		require.ErrorIs(t, err, ErrInvalidStatement)
	}
	_, err = Reconcile(ConfirmationRequest{Customer: "ACME", Currency: "EUR", CutOff: asOf, Ours: []aging.Item{{Customer: "ACME"}}})
	require.ErrorIs(t, err, aging.ErrInvalidItem)
	assert.Equal(t, "ConfirmStatus(0)", ConfirmStatus(0).String())
	b, _ := ConfirmTheirsOnly.MarshalText()
	assert.Equal(t, "theirs only", string(b))
}
