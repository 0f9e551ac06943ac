package kubelet

import "github.com/podlab/podlab/sim/api"

// milliValue is Quantity.MilliValue (the value ×1000, rounded up); 0 for
// an empty or malformed quantity.
func milliValue(q api.Quantity) int64 { return q.MilliValue() }

// value is Quantity.Value: the value rounded up to an integer.
func value(q api.Quantity) int64 { return q.Value() }
