package collections

import (
	"fmt"

	"github.com/receivables-go/receivables/internal/money"
)

// checkPlaces checks an explicit places setting named field, the same way
// in every function of the package.
func checkPlaces(field string, places int32) error {
	if err := money.CheckPlaces(field, places); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidOptions, err)
	}
	return nil
}

// placesFor resolves a places setting for a currency: places when
// positive, else the currency's ISO 4217 minor unit.
func placesFor(currency string, places int32, field string) (int32, error) {
	p, err := money.PlacesFor(currency, places, field)
	if err != nil {
		return 0, fmt.Errorf("%w: %w", ErrInvalidOptions, err)
	}
	return p, nil
}
