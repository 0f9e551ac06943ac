package main

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"strings"
	"testing"
	"time"
)

const sharePod = `apiVersion: v1
kind: Pod
metadata:
  name: "<img src=x onerror=alert(1)>"
spec:
  containers:
  - name: app
    image: busybox
    command: ["sh", "-c", "echo 你好; sleep 3600"]
`

func TestShareRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		in   shareLink
	}{
		{"lesson and time", shareLink{Lesson: "init-containers", Spec: sharePod, At: 42 * time.Second}},
		{"sandbox, fractional time", shareLink{Spec: sharePod, At: 12500 * time.Millisecond}},
		{"time zero", shareLink{Lesson: "probes", Spec: "kind: Pod\n"}},
		{"exactly 64 KiB", shareLink{Spec: strings.Repeat("a", shareMaxSpec)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			frag := encodeShare(tt.in)
			if !isShareFragment(frag) {
				t.Fatalf("isShareFragment(%.40q) = false", frag)
			}
			got, err := decodeShare("#" + frag)
			if err != nil {
				t.Fatalf("decodeShare: %v", err)
			}
			if got != tt.in {
				t.Errorf("got %+v, want %+v", got, tt.in)
			}
		})
	}
}

func TestShareFragmentIsURLSafe(t *testing.T) {
	frag := encodeShare(shareLink{Lesson: "a", Spec: sharePod, At: time.Second})
	if i := strings.IndexFunc(frag, func(r rune) bool {
		return !strings.ContainsRune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_=&.", r)
	}); i >= 0 {
		t.Errorf("fragment has %q at %d; want only URL-safe characters", frag[i], i)
	}
	if len(frag) >= len(sharePod)*2 {
		t.Errorf("fragment is %d bytes for a %d-byte spec; want it compressed", len(frag), len(sharePod))
	}
}

// deflated is s compressed and base64url-encoded, as a link carries it.
func deflated(s string) string {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	w.Write([]byte(s))
	w.Close()
	return base64.RawURLEncoding.EncodeToString(buf.Bytes())
}

func TestShareDecodeErrors(t *testing.T) {
	good := deflated(sharePod)
	tests := []struct {
		name     string
		fragment string
		want     shareErrorKind
	}{
		{"no spec", "l=probes&t=3", shareMalformed},
		{"not base64", "s=%%%", shareMalformed},
		{"base64 with padding chars", "s=" + good + "==", shareMalformed},
		{"not deflate", "s=" + base64.RawURLEncoding.EncodeToString([]byte("hello world")), shareMalformed},
		{"cut short", "s=" + good[:len(good)/2], shareMalformed},
		{"negative time", "t=-1&s=" + good, shareMalformed},
		{"NaN time", "t=NaN&s=" + good, shareMalformed},
		{"time beyond a day", "t=86401&s=" + good, shareMalformed},
		{"time not a number", "t=1m&s=" + good, shareMalformed},
		{"slug with markup", "l=%3Cscript%3E&s=" + good, shareMalformed},
		{"slug with a path", "l=..%2Fetc&s=" + good, shareMalformed},
		{"binary spec", "s=" + deflated("kind: Pod\x00\xff"), shareMalformed},
		{"spec one byte over 64 KiB", "s=" + deflated(strings.Repeat("a", shareMaxSpec+1)), shareTooLarge},
		{"compression bomb", "s=" + deflated(strings.Repeat("a", 50<<20)), shareTooLarge},
		{"fragment over 128 KiB", "s=" + strings.Repeat("A", shareMaxFragment), shareTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodeShare(tt.fragment)
			se, ok := shareErrorOf(err)
			if !ok {
				t.Fatalf("decodeShare(%.60q) error = %v; want a *shareError", tt.fragment, err)
			}
			if se.Kind != tt.want {
				t.Errorf("kind = %d (%v), want %d", se.Kind, se, tt.want)
			}
			for _, l := range langs() {
				if se.message(l) == "" {
					t.Errorf("no %s message for %v", l, se)
				}
			}
		})
	}
}

func TestIsShareFragment(t *testing.T) {
	tests := []struct {
		fragment string
		want     bool
	}{
		{"#main", false},
		{"", false},
		{"#s=abc", true},
		{"l=x&t=1&s=abc", true},
		{"#section=intro", false},
	}
	for _, tt := range tests {
		if got := isShareFragment(tt.fragment); got != tt.want {
			t.Errorf("isShareFragment(%q) = %v, want %v", tt.fragment, got, tt.want)
		}
	}
}

// FuzzDecodeShare: no input panics or yields more than 64 KiB or non-UTF-8
// text, and whatever decodes re-encodes to the same link.
func FuzzDecodeShare(f *testing.F) {
	f.Add(encodeShare(shareLink{Lesson: "init-containers", Spec: sharePod, At: 42 * time.Second}))
	f.Add("t=1.5&s=" + deflated("a: b"))
	f.Add("s=%%%")
	f.Add("l=-&t=1e300&s=")
	f.Fuzz(func(t *testing.T, fragment string) {
		s, err := decodeShare(fragment)
		if err != nil {
			if _, ok := shareErrorOf(err); !ok {
				t.Fatalf("error %v is not a *shareError", err)
			}
			return
		}
		if len(s.Spec) > shareMaxSpec {
			t.Fatalf("decoded %d bytes, over the cap", len(s.Spec))
		}
		again, err := decodeShare(encodeShare(s))
		if err != nil || again != s {
			t.Fatalf("re-encode: got %+v, %v; want %+v", again, err, s)
		}
	})
}
