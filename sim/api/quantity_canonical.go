package api

import (
	"math/big"
	"strconv"
	"strings"
)

// Canonical is the quantity as the API server prints it
// (resource.Quantity.String, CanonicalizeBytes): in the format of the
// suffix it was written with, with the largest suffix that keeps the
// number whole, and at most nano precision (rounded up). "0.5" is
// "500m", "1000m" is "1", "1.5Gi" is "1536Mi", "1e3" stays "1e3". An
// unparsable quantity is returned as written.
func (q Quantity) Canonical() string {
	r := q.Rat()
	if r == nil {
		return string(q)
	}
	switch quantityFormat(string(q)) {
	case "binary":
		if s, ok := canonicalBinary(r); ok {
			return s
		}
	case "exponent":
		n, exp := decimalMantissa(r)
		if exp == 0 {
			return n.String()
		}
		return n.String() + "e" + strconv.Itoa(exp)
	}
	n, exp := decimalMantissa(r)
	return n.String() + decimalSuffix(exp)
}

// quantityFormat is the format a suffix selects (resource.Format):
// binary SI (Ki..Ei), decimal exponent (e3) or decimal SI.
func quantityFormat(s string) string {
	switch {
	case strings.HasSuffix(s, "i"):
		return "binary"
	case strings.ContainsAny(strings.TrimLeft(s, "+-0123456789."), "eE"):
		return "exponent"
	}
	return "decimal"
}

// decimalMantissa writes r, rounded up to nanos, as n×10^exp with exp a
// multiple of 3 from -9 to 18 and n as small as stays whole.
func decimalMantissa(r *big.Rat) (*big.Int, int) {
	n := big.NewInt(roundUp(r, 1_000_000_000))
	exp := -9
	thousand, m := big.NewInt(1000), new(big.Int)
	for exp < 18 && n.Sign() != 0 {
		q, rem := new(big.Int).QuoRem(n, thousand, m)
		if rem.Sign() != 0 {
			break
		}
		n, exp = q, exp+3
	}
	if n.Sign() == 0 {
		exp = 0
	}
	return n, exp
}

func decimalSuffix(exp int) string {
	return map[int]string{-9: "n", -6: "u", -3: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P", 18: "E"}[exp]
}

// canonicalBinary: a whole number of bytes from 1024 up is written with
// the largest power of 1024 that divides it; smaller or fractional
// values fall back to decimal SI, as CanonicalizeBytes does.
func canonicalBinary(r *big.Rat) (string, bool) {
	if !r.IsInt() || new(big.Int).Abs(r.Num()).Cmp(big.NewInt(1024)) < 0 {
		return "", false
	}
	n := new(big.Int).Set(r.Num())
	suffixes := []string{"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"}
	k, kib, m := 0, big.NewInt(1024), new(big.Int)
	for k < len(suffixes)-1 {
		q, rem := new(big.Int).QuoRem(n, kib, m)
		if rem.Sign() != 0 {
			break
		}
		n, k = q, k+1
	}
	return n.String() + suffixes[k], true
}
