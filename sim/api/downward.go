package api

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ConvertResourceToString is the text a downward API resourceFieldRef
// shows for value (a container's limit or request of resource, e.g.
// "limits.cpu") in units of divisor, as pkg/api/v1/resource/helpers.go
// ExtractContainerResourceValue does: an empty divisor means 1; cpu is
// compared in millicores and rounded up (125m with divisor 1 is "1"),
// memory, ephemeral-storage and hugepages in bytes, rounded up.
func ConvertResourceToString(resource string, value, divisor Quantity) (string, error) {
	if divisor.IsZero() {
		divisor = "1"
	}
	name := resource[strings.IndexByte(resource, '.')+1:]
	switch {
	case name == "cpu":
		// convertResourceCPUToString
		return ceilDiv(value.MilliValue(), divisor.MilliValue()), nil
	case name == "memory", name == "ephemeral-storage", strings.HasPrefix(name, "hugepages-"):
		// convertResourceMemoryToString, ...EphemeralStorageToString, ...HugePagesToString
		return ceilDiv(value.Value(), divisor.Value()), nil
	}
	return "", fmt.Errorf("unsupported container resource : %v", resource)
}

// ceilDiv divides as helpers.go does, in float64 with math.Ceil.
func ceilDiv(v, d int64) string {
	return strconv.FormatInt(int64(math.Ceil(float64(v)/float64(d))), 10)
}
