package score

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// ratioOf divides num by den, rounded half-up to RatePlaces; an error names
// den when it is not positive.
func ratioOf(num decimal.Decimal, denName string, den decimal.Decimal) (decimal.Decimal, error) {
	if !den.IsPositive() {
		return decimal.Zero, fmt.Errorf("%w: %s %s must be positive", ErrInvalidFinancials, denName, den)
	}
	if err := checkDigits(ErrInvalidFinancials, namedAmount{"numerator", num}, namedAmount{denName, den}); err != nil {
		return decimal.Zero, err
	}
	return num.DivRound(den, RatePlaces), nil
}

// CurrentRatio is current assets / current liabilities.
func (f Financials) CurrentRatio() (decimal.Decimal, error) {
	return ratioOf(f.CurrentAssets, "CurrentLiabilities", f.CurrentLiabilities)
}

// QuickRatio is (current assets − inventory) / current liabilities, the
// acid test.
func (f Financials) QuickRatio() (decimal.Decimal, error) {
	return ratioOf(f.CurrentAssets.Sub(f.Inventory), "CurrentLiabilities", f.CurrentLiabilities)
}

// DebtToEquity is total liabilities / book equity.
func (f Financials) DebtToEquity() (decimal.Decimal, error) {
	return ratioOf(f.TotalLiabilities, "BookValueEquity", f.BookValueEquity)
}

// InterestCover is EBIT / interest expense, times covered.
func (f Financials) InterestCover() (decimal.Decimal, error) {
	return ratioOf(f.EBIT, "InterestExpense", f.InterestExpense)
}

// NetMargin is net income / sales, a fraction.
func (f Financials) NetMargin() (decimal.Decimal, error) {
	return ratioOf(f.NetIncome, "Sales", f.Sales)
}

// TangibleNetWorth is book equity − intangible assets, in money (not
// rounded).
func (f Financials) TangibleNetWorth() decimal.Decimal {
	return f.BookValueEquity.Sub(f.IntangibleAssets)
}
