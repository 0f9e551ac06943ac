package main

import (
	"fmt"
	"strings"
	"time"
)

// options are the parsed command line.
type options struct {
	cmd        string
	at, until  time.Duration
	atSet      bool
	deleteAt   *time.Duration
	nodeLostAt *time.Duration
	json       bool
	previous   bool
	wide       bool
	positional []string
	argv       []string // after "--" (exec)
}

const defaultHorizon = 10 * time.Minute

const usage = `usage:
  podsim get      [--at DUR] [-o wide] FILE
  podsim watch    [--until DUR] FILE
  podsim events   [--until DUR] FILE
  podsim describe [--at DUR] FILE
  podsim run --json [--until DUR] FILE
  podsim logs [--at DUR] [-p|--previous] FILE [POD/]CONTAINER
  podsim exec [--at DUR] FILE [POD/]CONTAINER -- CMD...
timeline commands also take --delete-at DUR and --node-lost-at DUR;
FILE may be - for standard input; DUR is a Go duration (90s, 10m)
`

// parseArgs reads the subcommand and its flags; flags may come before or
// after the positional arguments, as kubectl allows, up to "--".
func parseArgs(args []string) (options, error) {
	o := options{at: defaultHorizon, until: defaultHorizon}
	if len(args) == 0 {
		return o, fmt.Errorf("missing command")
	}
	o.cmd = args[0]
	for i := 1; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			o.argv = args[i+1:]
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			o.positional = append(o.positional, a)
			continue
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if needsValue(name) && !hasVal {
			if i+1 >= len(args) {
				return o, fmt.Errorf("flag %s needs a value", a)
			}
			i++
			val = args[i]
		}
		if err := o.set(name, val); err != nil {
			return o, err
		}
	}
	return o, nil
}

func needsValue(name string) bool {
	switch name {
	case "at", "until", "delete-at", "node-lost-at", "o", "output":
		return true
	}
	return false
}

func (o *options) set(name, val string) error {
	switch name {
	case "json":
		o.json = true
		return nil
	case "p", "previous":
		o.previous = true
		return nil
	case "o", "output":
		if val != "wide" {
			return fmt.Errorf("unsupported output format %q (only wide)", val)
		}
		o.wide = true
		return nil
	}
	d, err := parseDuration(name, val)
	if err != nil {
		return err
	}
	switch name {
	case "at":
		o.at, o.atSet = d, true
	case "until":
		o.until = d
	case "delete-at":
		o.deleteAt = &d
	case "node-lost-at":
		o.nodeLostAt = &d
	}
	return nil
}

func parseDuration(name, val string) (time.Duration, error) {
	if !needsValue(name) {
		return 0, fmt.Errorf("unknown flag --%s", name)
	}
	d, err := time.ParseDuration(val)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("--%s: %q is not a duration such as 90s or 10m", name, val)
	}
	return d, nil
}

// horizon is how far the simulation must run for the command.
func (o options) horizon() time.Duration {
	switch o.cmd {
	case "get", "describe", "logs", "exec":
		return o.at
	}
	return o.until
}
