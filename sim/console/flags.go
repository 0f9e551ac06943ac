package console

import (
	"fmt"
	"strings"
)

// flagSpec declares one flag the way pflag does: a long name, an optional
// one-letter short name and whether it takes a value.
type flagSpec struct {
	long, short string
	value       bool
}

// parsed is a command line after flag parsing: positional arguments, flag
// values (repeatable flags keep every value) and what followed "--".
type parsed struct {
	args  []string
	flags map[string][]string
	dash  []string
}

func (p parsed) has(long string) bool { _, ok := p.flags[long]; return ok }

// get returns the last value of a flag, or def.
func (p parsed) get(long, def string) string {
	if v := p.flags[long]; len(v) > 0 {
		return v[len(v)-1]
	}
	return def
}

// parseFlags mirrors pflag's parsing: --name=value, --name value, -x value,
// -xvalue, grouped boolean shorts (-it), and "--" ending the flags. An
// unknown flag is an error worded as kubectl words it.
func parseFlags(words []string, specs []flagSpec) (parsed, error) {
	p := parsed{flags: map[string][]string{}}
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case w == "--":
			p.dash = append(p.dash, words[i+1:]...)
			return p, nil
		case strings.HasPrefix(w, "--"):
			n, err := p.long(w[2:], words[i+1:], specs)
			if err != nil {
				return p, err
			}
			i += n
		case strings.HasPrefix(w, "-") && len(w) > 1:
			n, err := p.shorts(w[1:], words[i+1:], specs)
			if err != nil {
				return p, err
			}
			i += n
		default:
			p.args = append(p.args, w)
		}
	}
	return p, nil
}

// long parses --name[=value]; it returns how many following words it took.
func (p *parsed) long(w string, rest []string, specs []flagSpec) (int, error) {
	name, val, hasVal := strings.Cut(w, "=")
	s, ok := lookupFlag(specs, func(s flagSpec) bool { return s.long == name })
	if !ok {
		return 0, fmt.Errorf("unknown flag: --%s", name)
	}
	return p.set(s, "--"+name, val, hasVal, rest)
}

// shorts parses -x, -xVALUE, -x VALUE and groups of boolean shorts (-it).
func (p *parsed) shorts(w string, rest []string, specs []flagSpec) (int, error) {
	for j := 0; j < len(w); j++ {
		c := w[j : j+1]
		s, ok := lookupFlag(specs, func(s flagSpec) bool { return s.short == c })
		if !ok {
			return 0, fmt.Errorf("unknown shorthand flag: '%s' in -%s", c, w)
		}
		if s.value {
			val := strings.TrimPrefix(w[j+1:], "=")
			return p.set(s, "-"+c, val, val != "", rest)
		}
		p.flags[s.long] = append(p.flags[s.long], "true")
	}
	return 0, nil
}

func (p *parsed) set(s flagSpec, shown, val string, hasVal bool, rest []string) (int, error) {
	if !s.value {
		if !hasVal {
			val = "true"
		}
		p.flags[s.long] = append(p.flags[s.long], val)
		return 0, nil
	}
	if hasVal {
		p.flags[s.long] = append(p.flags[s.long], val)
		return 0, nil
	}
	if len(rest) == 0 {
		return 0, fmt.Errorf("flag needs an argument: %s", shown)
	}
	p.flags[s.long] = append(p.flags[s.long], rest[0])
	return 1, nil
}

func lookupFlag(specs []flagSpec, match func(flagSpec) bool) (flagSpec, bool) {
	for _, s := range append(specs, commonFlags...) {
		if match(s) {
			return s, true
		}
	}
	return flagSpec{}, false
}

// commonFlags are accepted by every command, as kubectl's global flags.
var commonFlags = []flagSpec{
	{long: "namespace", short: "n", value: true},
	{long: "help", short: "h"},
}
