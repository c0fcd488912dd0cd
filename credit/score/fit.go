package score

import (
	"fmt"
	"math"
)

// FitOptions tune the logistic regression. The zero value is the
// documented default of every field.
type FitOptions struct {
	// MaxIterations caps the IRLS steps: 0 means 50.
	MaxIterations int
	// Tolerance ends the iterations when the deviance changes by less
	// than Tolerance × (|deviance| + 0.1), R's glm rule: 0 means 1e-12.
	Tolerance float64
}

// LogisticFit is a logistic regression of the bad outcome on columns:
// log(p / (1 − p)) = Coefficients[0] + Σ Coefficients[j+1] × x_j, with p
// the probability of bad. On WOE columns (where a higher WOE is better)
// the coefficients are negative.
type LogisticFit struct {
	Coefficients []float64 // the intercept first, then one per column
	StdErrors    []float64 // from the inverse of the information matrix at the optimum
	Iterations   int       // IRLS steps taken
	Converged    bool      // always true in a fit returned without error
	Deviance     float64   // −2 × log-likelihood
}

// separationEta is the linear predictor beyond which a fitted probability
// counts as 0 or 1 (p < 1e-15): a fit that reaches it separates.
const separationEta = 34.5

// FitLogistic fits the logistic regression of bad on the columns (each
// one value per applicant) by iteratively reweighted least squares, from
// zero coefficients, solving each step by Cholesky decomposition — the
// same inputs give the same figures, bit for bit. Errors: ErrInvalidData
// (no columns or rows, columns of another length, a value that is not a
// finite number, an outcome of one kind only), ErrSingularDesign (columns
// linearly dependent), ErrSeparation (a fitted probability reaches 0 or 1,
// or the coefficients run off), ErrNotConverged.
func FitLogistic(columns [][]float64, bad []bool, opt FitOptions) (LogisticFit, error) {
	if err := checkDesign(columns, bad); err != nil {
		return LogisticFit{}, err
	}
	maxIter, tol := opt.MaxIterations, opt.Tolerance
	if maxIter <= 0 {
		maxIter = 50
	}
	if tol <= 0 {
		tol = 1e-12
	}
	p := len(columns) + 1
	n := len(bad)
	beta := make([]float64, p)
	eta := make([]float64, n)
	xtwx := make([]float64, p*p)
	xtwz := make([]float64, p)
	row := make([]float64, p)
	dev := deviance(eta, bad)
	for it := 1; it <= maxIter; it++ {
		clear(xtwx)
		clear(xtwz)
		for i := range n {
			mu := 1 / (1 + math.Exp(-eta[i]))
			w := mu * (1 - mu)
			y := 0.0
			if bad[i] {
				y = 1
			}
			z := eta[i] + (y-mu)/w // the working response
			row[0] = 1
			for j, c := range columns {
				row[j+1] = c[i]
			}
			for a := range p {
				wa := w * row[a]
				xtwz[a] += wa * z
				for b := 0; b <= a; b++ {
					xtwx[a*p+b] += wa * row[b]
				}
			}
		}
		chol, err := cholesky(xtwx, p)
		if err != nil {
			return LogisticFit{}, err
		}
		next := cholSolve(chol, p, xtwz)
		for i := range n {
			e := next[0]
			for j, c := range columns {
				e += next[j+1] * c[i]
			}
			if math.Abs(e) > separationEta {
				return LogisticFit{}, fmt.Errorf("%w: at step %d a fitted probability reaches 0 or 1 (linear predictor %.1f for applicant %d)", ErrSeparation, it, e, i)
			}
			eta[i] = e
		}
		copy(beta, next)
		d := deviance(eta, bad)
		if math.Abs(d-dev) < tol*(math.Abs(d)+0.1) {
			return finish(beta, xtwx, p, it, d, columns, bad)
		}
		dev = d
	}
	return LogisticFit{}, fmt.Errorf("%w: deviance still changing after %d steps (MaxIterations)", ErrNotConverged, maxIter)
}

// finish computes the standard errors at the optimum beta (the
// information matrix of the last step was built at the previous beta, so
// it is rebuilt).
func finish(beta, xtwx []float64, p, it int, dev float64, columns [][]float64, bad []bool) (LogisticFit, error) {
	clear(xtwx)
	row := make([]float64, p)
	for i := range bad {
		e := beta[0]
		row[0] = 1
		for j, c := range columns {
			e += beta[j+1] * c[i]
			row[j+1] = c[i]
		}
		mu := 1 / (1 + math.Exp(-e))
		w := mu * (1 - mu)
		for a := range p {
			for b := 0; b <= a; b++ {
				xtwx[a*p+b] += w * row[a] * row[b]
			}
		}
	}
	chol, err := cholesky(xtwx, p)
	if err != nil {
		return LogisticFit{}, err
	}
	se := make([]float64, p)
	unit := make([]float64, p)
	for j := range p {
		clear(unit)
		unit[j] = 1
		se[j] = math.Sqrt(cholSolve(chol, p, unit)[j])
	}
	for j, b := range beta {
		if math.Abs(b) > 1e3*(1+se[j]) || se[j] > 1e4 {
			return LogisticFit{}, fmt.Errorf("%w: coefficient %d is %g with standard error %g", ErrSeparation, j, b, se[j])
		}
	}
	return LogisticFit{Coefficients: beta, StdErrors: se, Iterations: it, Converged: true, Deviance: dev}, nil
}

func checkDesign(columns [][]float64, bad []bool) error {
	if len(columns) == 0 || len(bad) == 0 {
		return fmt.Errorf("%w: %d columns and %d rows; a fit needs at least one of each", ErrInvalidData, len(columns), len(bad))
	}
	nb := 0
	for _, y := range bad {
		if y {
			nb++
		}
	}
	if nb == 0 || nb == len(bad) {
		return fmt.Errorf("%w: %d bads in %d rows; a fit needs goods and bads", ErrInvalidData, nb, len(bad))
	}
	for j, c := range columns {
		if len(c) != len(bad) {
			return fmt.Errorf("%w: column %d has %d values for %d outcomes", ErrInvalidData, j, len(c), len(bad))
		}
		for i, v := range c {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("%w: column %d value %d is %v", ErrInvalidData, j, i, v)
			}
		}
	}
	return nil
}

// deviance is −2 × the log-likelihood at the linear predictor eta.
func deviance(eta []float64, bad []bool) float64 {
	d := 0.0
	for i, e := range eta {
		// log(1 + exp(−|e|)) form: stable for large |e|.
		l := math.Log1p(math.Exp(-math.Abs(e))) + math.Max(e, 0) // log(1 + e^e)
		if bad[i] {
			d += l - e // −log p
		} else {
			d += l // −log(1 − p)
		}
	}
	return 2 * d
}

// cholesky factors the symmetric matrix a (lower triangle, row-major p×p)
// as L·Lᵀ. A pivot that is not positive, or tiny against its diagonal
// entry, is a singular design.
func cholesky(a []float64, p int) ([]float64, error) {
	l := make([]float64, p*p)
	for i := range p {
		for j := 0; j <= i; j++ {
			s := a[i*p+j]
			for k := range j {
				s -= l[i*p+k] * l[j*p+k]
			}
			if i == j {
				if s <= 1e-10*a[i*p+i] || s <= 0 {
					return nil, fmt.Errorf("%w: column %d is a linear combination of the ones before it (with the intercept as column 0)", ErrSingularDesign, i)
				}
				l[i*p+i] = math.Sqrt(s)
			} else {
				l[i*p+j] = s / l[j*p+j]
			}
		}
	}
	return l, nil
}

// cholSolve solves L·Lᵀ·x = b.
func cholSolve(l []float64, p int, b []float64) []float64 {
	y := make([]float64, p)
	for i := range p {
		s := b[i]
		for k := range i {
			s -= l[i*p+k] * y[k]
		}
		y[i] = s / l[i*p+i]
	}
	x := make([]float64, p)
	for i := p - 1; i >= 0; i-- {
		s := y[i]
		for k := i + 1; k < p; k++ {
			s -= l[k*p+i] * x[k]
		}
		x[i] = s / l[i*p+i]
	}
	return x
}
