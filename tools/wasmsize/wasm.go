package main

import (
	"errors"
	"fmt"
	"strings"
)

// module is what wasmsize needs of a wasm binary.
type module struct {
	imported int            // imported functions come first in the index space
	bodies   [][]byte       // each defined function's body
	names    map[int]string // function index → name (name section)
	data     int            // bytes of the data section
}

// reader reads the wasm binary encoding.
type reader struct {
	b   []byte
	err error
}

func (r *reader) byte() byte {
	if r.err != nil || len(r.b) == 0 {
		r.fail()
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

// uint reads an unsigned LEB128 number.
func (r *reader) uint() int {
	n, shift := 0, 0
	for r.err == nil {
		c := r.byte()
		n |= int(c&0x7f) << shift
		if c < 0x80 {
			break
		}
		shift += 7
	}
	return n
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil || n > len(r.b) {
		r.fail()
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = errors.New("truncated wasm")
	}
}

// parse reads the import, code, data and name sections of b.
func parse(b []byte) (*module, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, fmt.Errorf("not a wasm binary")
	}
	m := &module{names: map[int]string{}}
	r := &reader{b: b[8:]}
	for len(r.b) > 0 && r.err == nil {
		id := r.byte()
		sec := &reader{b: r.bytes(r.uint())}
		switch id {
		case 0:
			if string(sec.bytes(sec.uint())) == "name" {
				m.readNames(sec)
			}
		case 2:
			m.readImports(sec)
		case 10:
			for n := sec.uint(); n > 0 && sec.err == nil; n-- {
				m.bodies = append(m.bodies, sec.bytes(sec.uint()))
			}
		case 11:
			m.data = len(sec.b)
		}
		if sec.err != nil {
			return nil, fmt.Errorf("section %d: %w", id, sec.err)
		}
	}
	return m, r.err
}

// readImports counts the imported functions and skips the rest.
func (m *module) readImports(r *reader) {
	for n := r.uint(); n > 0 && r.err == nil; n-- {
		r.bytes(r.uint()) // module
		r.bytes(r.uint()) // field
		switch r.byte() {
		case 0: // function: type index
			r.uint()
			m.imported++
		case 1: // table: reftype, limits
			r.byte()
			r.limits()
		case 2: // memory: limits
			r.limits()
		case 3: // global: valtype, mutability
			r.byte()
			r.byte()
		}
	}
}

func (r *reader) limits() {
	if r.byte() == 1 {
		r.uint()
	}
	r.uint()
}

// readNames reads the function names subsection (id 1).
func (m *module) readNames(r *reader) {
	for len(r.b) > 0 && r.err == nil {
		id := r.byte()
		sub := &reader{b: r.bytes(r.uint())}
		if id != 1 {
			continue
		}
		for n := sub.uint(); n > 0 && sub.err == nil; n-- {
			idx := sub.uint()
			m.names[idx] = string(sub.bytes(sub.uint()))
		}
	}
}

// domains are module path prefixes whose dots are not the package/symbol
// separator.
var domains = []string{"github.com_", "golang.org_", "go.yaml.in_", "gopkg.in_", "mvdan.cc_", "sigs.k8s.io_", "k8s.io_", "google.golang.org_"}

// packageOf is the Go package of a symbol in the wasm name section, where
// the linker writes "/" as "_": "github.com_a_b.__T_.M" is
// "github.com_a_b"; names without a package are "(other)".
func packageOf(sym string) string {
	skip := 0
	for _, d := range domains {
		if strings.HasPrefix(sym, d) {
			skip = len(d)
			break
		}
	}
	dot := strings.Index(sym[skip:], ".")
	if dot < 0 {
		return "(other)"
	}
	return sym[:skip+dot]
}
