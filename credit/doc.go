// Package credit supports credit decisions: weighted scorecards with reason
// codes, points-to-odds scaling, grades with tiered limits, Altman Z-scores,
// credit-limit methods, the exposure check on every order, dynamic limit
// review, the payment index, expected loss and credit insurance.
package credit
