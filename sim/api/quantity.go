package api

import (
	"errors"
	"math/big"
	"regexp"
	"strconv"
	"strings"
)

// The errors of k8s.io/apimachinery/pkg/api/resource/quantity.go, with its
// wording, so the learner sees what the API server would say.
var (
	ErrQuantityFormat  = errors.New("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
	ErrQuantitySuffix  = errors.New("unable to parse quantity's suffix")
	ErrQuantityNumeric = errors.New("unable to parse numeric value")
)

// quantityPattern is resource.splitREString.
var quantityPattern = regexp.MustCompile(`^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$`)

// quantitySuffixes are resource/suffix.go's binary (2^10k) and decimal
// (10^k) suffixes as exact rationals.
var quantitySuffixes = map[string]*big.Rat{
	"Ki": pow(2, 10), "Mi": pow(2, 20), "Gi": pow(2, 30), "Ti": pow(2, 40), "Pi": pow(2, 50), "Ei": pow(2, 60),
	"n": invPow(10, 9), "u": invPow(10, 6), "m": invPow(10, 3), "": pow(10, 0),
	"k": pow(10, 3), "M": pow(10, 6), "G": pow(10, 9), "T": pow(10, 12), "P": pow(10, 15), "E": pow(10, 18),
}

func pow(base, exp int64) *big.Rat {
	return new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(base), big.NewInt(exp), nil))
}

func invPow(base, exp int64) *big.Rat { return new(big.Rat).Inv(pow(base, exp)) }

// ParseQuantity reads a quantity as resource.ParseQuantity does: "250m",
// "0.5", "64Mi", "1G", "1e3". The result is exact.
func ParseQuantity(s string) (*big.Rat, error) {
	parts := quantityPattern.FindStringSubmatch(strings.TrimSpace(s))
	if parts == nil || s == "" {
		return nil, ErrQuantityFormat
	}
	num, ok := new(big.Rat).SetString(parts[1])
	if !ok || strings.Count(parts[1], ".") > 1 || strings.Trim(parts[1], "+-.") == "" {
		return nil, ErrQuantityNumeric
	}
	mult, err := quantityMultiplier(parts[2])
	if err != nil {
		return nil, err
	}
	return num.Mul(num, mult), nil
}

// quantityMultiplier is the value of a suffix: a binary or decimal SI
// suffix, or a decimal exponent ("e3", "E-2").
func quantityMultiplier(suffix string) (*big.Rat, error) {
	if m, ok := quantitySuffixes[suffix]; ok {
		return m, nil
	}
	if len(suffix) > 1 && (suffix[0] == 'e' || suffix[0] == 'E') {
		exp, err := strconv.ParseInt(suffix[1:], 10, 32)
		if err == nil && exp >= -18 && exp <= 18 {
			if exp < 0 {
				return invPow(10, -exp), nil
			}
			return pow(10, exp), nil
		}
	}
	return nil, ErrQuantitySuffix
}

// Rat is the quantity's exact value; nil when it does not parse (Parse
// has already reported that at its line and column).
func (q Quantity) Rat() *big.Rat {
	r, err := ParseQuantity(string(q))
	if err != nil {
		return nil
	}
	return r
}

// Value is the quantity rounded up to an integer, as Quantity.Value does
// ("250m" is 1; "64Mi" is 67108864).
func (q Quantity) Value() int64 { return roundUp(q.Rat(), 1) }

// MilliValue is the quantity in thousandths, rounded up, as
// Quantity.MilliValue does ("0.5" is 500).
func (q Quantity) MilliValue() int64 { return roundUp(q.Rat(), 1000) }

// Cmp compares two quantities by value (-1, 0, +1); unparsable ones count
// as zero.
func (q Quantity) Cmp(o Quantity) int { return orZero(q.Rat()).Cmp(orZero(o.Rat())) }

// IsZero reports whether the quantity is unset or zero.
func (q Quantity) IsZero() bool { return q == "" || orZero(q.Rat()).Sign() == 0 }

func orZero(r *big.Rat) *big.Rat {
	if r == nil {
		return new(big.Rat)
	}
	return r
}

// roundUp is r×scale rounded away from zero, as inf.Dec's RoundUp that
// Quantity.ScaledValue uses; it saturates at the int64 limits.
func roundUp(r *big.Rat, scale int64) int64 {
	if r == nil {
		return 0
	}
	x := new(big.Rat).Mul(r, big.NewRat(scale, 1))
	q, m := new(big.Int).QuoRem(x.Num(), x.Denom(), new(big.Int))
	if m.Sign() != 0 {
		q.Add(q, big.NewInt(int64(m.Sign())))
	}
	if !q.IsInt64() {
		if q.Sign() < 0 {
			return -1 << 63
		}
		return 1<<63 - 1
	}
	return q.Int64()
}

func newRat(a, b int64) *big.Rat { return big.NewRat(a, b) }

// formatMilli spells n thousandths as the API server does: "1" for 1000,
// "500m" for 500.
func formatMilli(n int64) string {
	if n%1000 == 0 {
		return strconv.FormatInt(n/1000, 10)
	}
	return strconv.FormatInt(n, 10) + "m"
}
