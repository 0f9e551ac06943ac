package shell

import (
	"fmt"
	"strings"
)

// gnuDf is coreutils df (src/df.c): one line per filesystem unless
// paths were given (filter_mount_list), columns as wide as their widest
// cell (Filesystem at least 14, numbers 5, Use% 4), Use% rounded up, and
// -h in powers of 1024 rounded up (human_ceiling).
func (e *cmdEnv) gnuDf(rows []dfRow, human, dedup bool) {
	if dedup {
		rows = filterMountList(rows)
	}
	head := []string{"Filesystem", "1K-blocks", "Used", "Available", "Use%", "Mounted on"}
	if human {
		head[1], head[3] = "Size", "Avail"
	}
	table := [][]string{head}
	for _, r := range rows {
		table = append(table, []string{r.src, dfCell(r.total, human), dfCell(r.used, human), dfCell(r.avail, human), gnuPercent(r), r.dir})
	}
	widths := []int{14, 5, 5, 5, 4, 0}
	for _, row := range table {
		for i, c := range row {
			widths[i] = max(widths[i], len(c))
		}
	}
	for _, row := range table {
		var b strings.Builder
		fmt.Fprintf(&b, "%-*s", widths[0], row[0])
		for i := 1; i < 5; i++ {
			fmt.Fprintf(&b, " %*s", widths[i], row[i])
		}
		e.outf("%s %s\n", b.String(), row[5])
	}
}

// filterMountList keeps one mount per filesystem: a later mount of the
// same filesystem replaces the kept one when its source is a real path
// and the kept one's is not, when it is nearer the root without showing
// a deeper directory of the filesystem, or when it is mounted over the
// same point from another source.
func filterMountList(rows []dfRow) []dfRow {
	var out []dfRow
	seen := map[string]int{}
	for _, me := range rows {
		i, ok := seen[me.dev]
		if !ok {
			seen[me.dev] = len(out)
			out = append(out, me)
			continue
		}
		old := out[i]
		nearer := len(old.dir) > len(me.dir)
		below := len(old.root) < len(me.root)
		if (strings.Contains(me.src, "/") && !strings.Contains(old.src, "/")) || (nearer && !below) || (old.src != me.src && old.dir == me.dir) {
			out[i] = me
		}
	}
	return out
}

func dfCell(kib int64, human bool) string {
	if !human {
		return fmt.Sprint(kib)
	}
	return humanCeil(kib << 10)
}

// humanCeil is human_readable with human_ceiling|human_autoscale|
// human_base_1024: one decimal below 10, rounded up.
func humanCeil(n int64) string {
	units := "KMGTPE"
	if n < 1024 {
		return fmt.Sprint(n)
	}
	v, u := float64(n)/1024, 0
	for v >= 1024 && u < len(units)-1 {
		v, u = v/1024, u+1
	}
	if t := ceilTenth(v); t < 10 {
		return fmt.Sprintf("%.1f%c", t, units[u])
	}
	return fmt.Sprintf("%d%c", int64(ceilUnit(v)), units[u])
}

func ceilTenth(v float64) float64 { return ceilUnit(v*10) / 10 }

func ceilUnit(v float64) float64 {
	i := float64(int64(v))
	if v > i {
		return i + 1
	}
	return i
}

// gnuPercent is df's Use%: used over used+available, rounded up.
func gnuPercent(r dfRow) string {
	d := r.used + r.avail
	if d == 0 {
		return "-"
	}
	p := r.used * 100 / d
	if r.used*100%d != 0 {
		p++
	}
	return fmt.Sprintf("%d%%", p)
}
