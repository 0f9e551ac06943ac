package main

import (
	"path"
	"sort"

	"github.com/podlab/podlab/sim"
)

// filesSeenBy replays changes (already cut at the player's time) and
// returns the files key ("pod/container") sees: those it wrote into its own
// root filesystem, and those any container wrote into a volume it mounts,
// at the path where it mounts that volume. Sorted by path.
func filesSeenBy(changes []sim.FileChange, layouts []podLayout, key string) []fileView {
	pod, ctr, ok := findContainer(layouts, key)
	if !ok {
		return nil
	}
	seen := map[string]*fileView{}
	for _, f := range changes {
		p, visible := visiblePath(f, pod, ctr)
		if !visible || f.Op == sim.FileMkdir {
			continue
		}
		if f.Op == sim.FileRemove {
			delete(seen, p)
			continue
		}
		seen[p] = &fileView{Path: p, At: f.At, Size: f.Size, Content: f.Content}
	}
	out := make([]fileView, 0, len(seen))
	for _, v := range seen {
		out = append(out, *v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// visiblePath is where container ctr of pod sees the change f, if at all.
func visiblePath(f sim.FileChange, pod string, ctr containerLayout) (string, bool) {
	if f.Pod != pod {
		return "", false
	}
	if f.Volume == "" {
		return f.Path, f.Container == ctr.Name
	}
	m, ok := mountOf(ctr, f.Volume)
	if !ok {
		return "", false
	}
	return path.Join(m.Path, f.VolPath), true
}

// findContainer resolves "pod/container" against the layouts.
func findContainer(layouts []podLayout, key string) (string, containerLayout, bool) {
	for _, l := range layouts {
		for _, c := range l.Containers {
			if l.Name+"/"+c.Name == key {
				return l.Name, c, true
			}
		}
	}
	return "", containerLayout{}, false
}
