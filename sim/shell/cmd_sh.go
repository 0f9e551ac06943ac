package shell

import (
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/podlab/podlab/sim"
)

// shCmd is sh/bash: -c SCRIPT [NAME [ARGS...]], a script file, or the
// standard input (a container's `sh` without a TTY reads nothing and
// exits at once; with stdin open it waits).
func shCmd(e *cmdEnv, args []string) int {
	d := *e
	d.shell = shellName(args[0])
	e = &d
	i := 1
	for i < len(args) && strings.HasPrefix(args[i], "-") && args[i] != "-c" && args[i] != "-" {
		i++ // -e, -x, -l, -i: accepted
	}
	if i < len(args) && args[i] == "-c" {
		if i+1 >= len(args) {
			e.errf("sh: -c requires an argument\n")
			return 2
		}
		name := "sh"
		if i+2 < len(args) {
			name = args[i+2]
		}
		var params []string
		if i+3 < len(args) {
			params = args[i+3:]
		}
		return e.runScript(args[i+1], name, params)
	}
	if i < len(args) && args[i] != "-" {
		data, err := e.c.fs.readFile(e.abs(args[i]))
		if err != nil {
			e.errf("sh: can't open '%s': %s\n", args[i], errText(err))
			return 2
		}
		return e.runScript(string(data), args[i], args[i+1:])
	}
	if e.stdin != nil {
		src, _ := io.ReadAll(e.stdin)
		return e.runScript(string(src), "sh", nil)
	}
	if e.image && e.c.cfg.Stdin {
		_ = e.t.block() // an interactive shell waiting for input (stdin: true)
		return 128 + int(sim.SIGKILL)
	}
	return 0
}

// sleepCmd is busybox sleep: several durations are added; s/m/h/d
// suffixes; fractions; inf/infinity. It waits on the virtual clock.
func sleepCmd(e *cmdEnv, args []string) int {
	if len(args) < 2 {
		e.errf("BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n")
		return 1
	}
	var total time.Duration
	for _, a := range args[1:] {
		d, ok := parseSleep(a)
		if !ok {
			e.errf("sleep: invalid number '%s'\n", a)
			return 1
		}
		if d >= sim.Forever-total {
			total = sim.Forever
			break
		}
		total += d
	}
	if err := e.t.sleep(total); err != nil {
		return 128 + int(sim.SIGKILL)
	}
	return 0
}

func parseSleep(s string) (time.Duration, bool) {
	switch strings.ToLower(s) {
	case "inf", "infinity":
		return sim.Forever, true
	}
	unit := time.Second
	if n := len(s); n > 0 {
		switch s[n-1] {
		case 's':
			s = s[:n-1]
		case 'm':
			unit, s = time.Minute, s[:n-1]
		case 'h':
			unit, s = time.Hour, s[:n-1]
		case 'd':
			unit, s = 24*time.Hour, s[:n-1]
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < 0 || math.IsNaN(f) || strings.ContainsAny(s, "xXpP") {
		return 0, false
	}
	if f*float64(unit) >= float64(sim.Forever) {
		return sim.Forever, true
	}
	return time.Duration(f * float64(unit)), true
}
