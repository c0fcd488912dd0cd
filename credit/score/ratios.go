package score

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// ratioOf divides num by den, rounded half-up to RatePlaces; an error names
// den when it is not positive. Both are range-checked first.
func ratioOf(num namedAmount, den namedAmount) (decimal.Decimal, error) {
	if err := checkRange(ErrInvalidFinancials, num, den); err != nil {
		return decimal.Zero, err
	}
	if !den.v.IsPositive() {
		return decimal.Zero, fmt.Errorf("%w: %s %s must be positive", ErrInvalidFinancials, den.name, den.v)
	}
	return num.v.DivRound(den.v, RatePlaces), nil
}

// CurrentRatio is current assets / current liabilities.
func (f Financials) CurrentRatio() (decimal.Decimal, error) {
	return ratioOf(namedAmount{"CurrentAssets", f.CurrentAssets}, namedAmount{"CurrentLiabilities", f.CurrentLiabilities})
}

// QuickRatio is (current assets − inventory) / current liabilities, the
// acid test.
func (f Financials) QuickRatio() (decimal.Decimal, error) {
	if err := checkRange(ErrInvalidFinancials, namedAmount{"CurrentAssets", f.CurrentAssets}, namedAmount{"Inventory", f.Inventory}); err != nil {
		return decimal.Zero, err
	}
	return ratioOf(namedAmount{"CurrentAssets − Inventory", f.CurrentAssets.Sub(f.Inventory)}, namedAmount{"CurrentLiabilities", f.CurrentLiabilities})
}

// DebtToEquity is total liabilities / book equity.
func (f Financials) DebtToEquity() (decimal.Decimal, error) {
	return ratioOf(namedAmount{"TotalLiabilities", f.TotalLiabilities}, namedAmount{"BookValueEquity", f.BookValueEquity})
}

// InterestCover is EBIT / interest expense, times covered.
func (f Financials) InterestCover() (decimal.Decimal, error) {
	return ratioOf(namedAmount{"EBIT", f.EBIT}, namedAmount{"InterestExpense", f.InterestExpense})
}

// NetMargin is net income / sales, a fraction.
func (f Financials) NetMargin() (decimal.Decimal, error) {
	return ratioOf(namedAmount{"NetIncome", f.NetIncome}, namedAmount{"Sales", f.Sales})
}

// TangibleNetWorth is book equity − intangible assets, in money (not
// rounded). Either figure out of the library's range wraps
// ErrInvalidFinancials: they are checked before they are subtracted.
func (f Financials) TangibleNetWorth() (decimal.Decimal, error) {
	if err := checkRange(ErrInvalidFinancials, namedAmount{"BookValueEquity", f.BookValueEquity}, namedAmount{"IntangibleAssets", f.IntangibleAssets}); err != nil {
		return decimal.Zero, err
	}
	return f.BookValueEquity.Sub(f.IntangibleAssets), nil
}
