package api

import (
	"errors"
	"regexp"
)

// The reference grammar of github.com/distribution/reference
// (regexp.go), which pkg/util/parsers.ParseImageName uses through
// ParseNormalizedNamed.
const (
	refAlnum     = `[a-z0-9]+`
	refSeparator = `(?:[._]|__|[-]+)`
	refPathComp  = refAlnum + `(?:` + refSeparator + refAlnum + `)*`
	refDomainCmp = `(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])`
	refDomain    = `(?:` + refDomainCmp + `(?:\.` + refDomainCmp + `)*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?`
	refName      = `(?:` + refDomain + `/)?` + refPathComp + `(?:/` + refPathComp + `)*`
	refTag       = `[\w][\w.-]{0,127}`
	refDigest    = `[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}`
)

var imageReference = regexp.MustCompile(`^(` + refName + `)(?::(` + refTag + `))?(?:@(` + refDigest + `))?$`)

// ErrInvalidImageName is what the kubelet reports (InvalidImageName) for
// an image that is not a valid reference.
var ErrInvalidImageName = errors.New("invalid reference format")

// ParseImageName splits an image reference into repository, tag and
// digest as pkg/util/parsers/parsers.go ParseImageName does: with neither
// a tag nor a digest the tag is "latest" (DefaultImageTag). An invalid
// reference ("<your-private-image>", "Nginx") is an error; the API server
// accepts it anyway and the kubelet fails it with InvalidImageName.
func ParseImageName(image string) (repo, tag, digest string, err error) {
	m := imageReference.FindStringSubmatch(image)
	if m == nil || len(m[1]) > 255 {
		return "", "", "", ErrInvalidImageName
	}
	repo, tag, digest = m[1], m[2], m[3]
	if tag == "" && digest == "" {
		tag = "latest"
	}
	return repo, tag, digest, nil
}
