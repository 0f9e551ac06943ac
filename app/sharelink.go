package main

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"errors"
	"io"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// A share link carries a spec, a lesson and a moment in the URL fragment,
// so it never reaches a server and a static site can read it:
//
//	#l=init-containers&t=42&s=<spec: raw DEFLATE, then base64url without padding>
//
// Opening one can only ever fill the editor and move the player: the spec
// is simulated like any typed spec and every text is rendered as text.
const (
	// shareMaxSpec caps the decoded spec, which bounds the inflate
	// (a link is a compression bomb otherwise).
	shareMaxSpec = 64 << 10
	// shareMaxFragment caps the fragment before anything is decoded.
	shareMaxFragment = 128 << 10
	// shareMaxTime caps t: the simulator's horizons are minutes, a day is
	// far beyond any of them.
	shareMaxTime = 24 * time.Hour
)

// shareLink is what a share link holds.
type shareLink struct {
	Lesson string        // lesson slug; "" for the sandbox
	Spec   string        // the YAML
	At     time.Duration // the player's time
}

// shareErrorKind says what was wrong with a link, for the learner.
type shareErrorKind int

const (
	shareMalformed shareErrorKind = iota + 1
	shareTooLarge
)

// shareError is a link that cannot be opened. Detail is for developers
// (logs, tests); message is what the learner reads.
type shareError struct {
	Kind   shareErrorKind
	Detail string
}

func (e *shareError) Error() string { return "share link: " + e.Detail }

func malformed(detail string) error { return &shareError{Kind: shareMalformed, Detail: detail} }

// message is the learner's explanation of a bad link.
func (e *shareError) message(l lang) string {
	if e.Kind == shareTooLarge {
		return l.pick(shareTooLargeText)
	}
	return l.pick(shareMalformedText)
}

// The share link's strings. Read-only.
var (
	shareMalformedText = bilingual{
		"This share link is damaged (perhaps cut short when it was copied), so it was not opened. Your own work is unchanged.",
		"这个分享链接已损坏（可能复制时被截断），因此没有打开。你自己的内容没有改变。",
	}
	shareTooLargeText = bilingual{
		"This share link holds more than 64 KiB of YAML, more than any Pod needs, so it was not opened. Your own work is unchanged.",
		"这个分享链接包含超过 64 KiB 的 YAML，远超任何 Pod 所需，因此没有打开。你自己的内容没有改变。",
	}
)

// encodeShare returns the fragment (without "#") for s.
func encodeShare(s shareLink) string {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression) // the level is valid
	w.Write([]byte(s.Spec))
	w.Close()
	q := make([]string, 0, 3)
	if s.Lesson != "" {
		q = append(q, "l="+url.QueryEscape(s.Lesson))
	}
	q = append(q, "t="+formatSeconds(s.At))
	q = append(q, "s="+base64.RawURLEncoding.EncodeToString(buf.Bytes()))
	return strings.Join(q, "&")
}

// formatSeconds writes d as seconds with at most three decimals: "42", "12.5".
func formatSeconds(d time.Duration) string {
	ms := d.Milliseconds()
	return strconv.FormatFloat(float64(ms)/1000, 'f', -1, 64)
}

// isShareFragment reports whether a fragment is a share link at all (other
// fragments, like #main from the skip link, are left alone).
func isShareFragment(fragment string) bool {
	fragment = strings.TrimPrefix(fragment, "#")
	return strings.HasPrefix(fragment, "s=") || strings.Contains(fragment, "&s=")
}

// decodeShare parses a fragment made by encodeShare. Every failure is a
// *shareError; nothing in the fragment is trusted beyond being text.
func decodeShare(fragment string) (shareLink, error) {
	fragment = strings.TrimPrefix(fragment, "#")
	if len(fragment) > shareMaxFragment {
		return shareLink{}, &shareError{Kind: shareTooLarge, Detail: "fragment too long"}
	}
	q, err := url.ParseQuery(fragment)
	if err != nil {
		return shareLink{}, malformed("query: " + err.Error())
	}
	var s shareLink
	if s.Lesson, err = decodeSlug(q.Get("l")); err != nil {
		return shareLink{}, err
	}
	if s.At, err = decodeSeconds(q.Get("t")); err != nil {
		return shareLink{}, err
	}
	if s.Spec, err = decodeSpec(q.Get("s")); err != nil {
		return shareLink{}, err
	}
	return s, nil
}

func decodeSlug(v string) (string, error) {
	if v != "" && !validSlug(v) {
		return "", malformed("bad lesson slug")
	}
	return v, nil
}

// validSlug accepts lesson slugs: lower-case letters, digits and dashes,
// at most 64, not starting with a dash.
func validSlug(v string) bool {
	if len(v) > 64 || v[0] == '-' {
		return false
	}
	for _, r := range v {
		if !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// decodeSeconds reads t: absent is 0; negative, NaN or beyond a day is an error.
func decodeSeconds(v string) (time.Duration, error) {
	if v == "" {
		return 0, nil
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(f) || f < 0 || f > shareMaxTime.Seconds() {
		return 0, malformed("bad time " + strconv.Quote(v))
	}
	return time.Duration(math.Round(f*1000)) * time.Millisecond, nil
}

// decodeSpec inflates at most shareMaxSpec+1 bytes, so an oversized or
// bomb-like link stops early, and requires UTF-8 text.
func decodeSpec(v string) (string, error) {
	if v == "" {
		return "", malformed("no spec")
	}
	raw, err := base64.RawURLEncoding.DecodeString(v)
	if err != nil {
		return "", malformed("base64: " + err.Error())
	}
	r := flate.NewReader(bytes.NewReader(raw))
	defer r.Close()
	spec, err := io.ReadAll(io.LimitReader(r, shareMaxSpec+1))
	if len(spec) > shareMaxSpec {
		return "", &shareError{Kind: shareTooLarge, Detail: "spec over 64 KiB"}
	}
	if err != nil {
		return "", malformed("inflate: " + err.Error())
	}
	if !utf8.Valid(spec) || bytes.IndexByte(spec, 0) >= 0 {
		return "", malformed("spec is not text")
	}
	return string(spec), nil
}

// shareErrorOf returns the *shareError in err, if any.
func shareErrorOf(err error) (*shareError, bool) {
	var se *shareError
	return se, errors.As(err, &se)
}
