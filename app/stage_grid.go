package main

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/sim"
)

// podGrid lays a Pod's containers out in one row of columns (the sandbox
// first) with its volumes below as disks; each disk spans the columns of
// the containers that mount it, and a wire labelled with the mountPath
// drops from each of those containers onto it.
type podGrid struct {
	app.Compo

	Lang  lang
	Frame podFrame
}

// Render draws the grid.
func (g *podGrid) Render() app.UI {
	f := g.Frame
	cols := len(f.Layout.Containers) + 1
	return app.Div().Class("pod-grid").
		Style("grid-template-columns", fmt.Sprintf("repeat(%d, minmax(7.5rem, 1fr))", cols)).
		Body(
			&infraCard{Lang: g.Lang, State: infraState(f.Status)},
			app.Range(f.Layout.Containers).Slice(func(i int) app.UI { return g.card(i) }),
			app.Range(f.Layout.Volumes).Slice(func(v int) app.UI { return g.volumeRows(v) }),
		)
}

func (g *podGrid) card(i int) app.UI {
	f := g.Frame
	cl := f.Layout.Containers[i]
	st := containerStatus(f.Status, cl.Name)
	var probes []probeFrame
	for _, p := range f.Probes {
		if p.Container == cl.Name {
			probes = append(probes, p)
		}
	}
	var backOff = st.BackOffUntil - f.Now
	if st.BackOffUntil <= 0 || backOff < 0 {
		backOff = 0
	}
	return &containerCard{Lang: g.Lang, Layout: cl, Status: st, Order: g.order(i),
		BackOff: backOff, Probes: probes, Column: i + 2}
}

// order is the card's kind label; init containers are numbered because
// they run one at a time, in that order.
func (g *podGrid) order(i int) string {
	cs := g.Frame.Layout.Containers
	switch cs[i].Kind {
	case sim.InitKind:
		n, k := 0, 0
		for j, c := range cs {
			if c.Kind == sim.InitKind {
				n++
				if j <= i {
					k++
				}
			}
		}
		return g.Lang.T(msgKindInit, k, n)
	case sim.SidecarKind:
		return g.Lang.T(msgKindSidecar)
	}
	return g.Lang.T(msgKindApp)
}

// volumeRows draws volume v: a row of wires, then the disk.
func (g *podGrid) volumeRows(v int) app.UI {
	f := g.Frame
	vol := f.Layout.Volumes[v]
	first, last := 0, 0
	var cells []app.UI
	for i, c := range f.Layout.Containers {
		col := i + 2
		if m, ok := mountOf(c, vol.Name); ok {
			if first == 0 {
				first = col
			}
			last = col
			cells = append(cells, g.wire(c.Name, vol.Name, m, col, 2+2*v))
		} else if mountsLater(c, f.Layout.Volumes[v+1:]) {
			cells = append(cells, app.Div().Class("wire-pass").Aria("hidden", "true").
				Style("grid-column", strconv.Itoa(col)).Style("grid-row", strconv.Itoa(2+2*v)))
		}
	}
	if first == 0 {
		first, last = 2, len(f.Layout.Containers)+1
	}
	var files []string
	if v < len(f.Volumes) {
		files = f.Volumes[v].Files
	}
	disk := &volumeDisk{Lang: g.Lang, Volume: vol, Files: files,
		Columns: fmt.Sprintf("%d / %d", first, last+1), Row: 3 + 2*v}
	return app.Div().Class("volume-rows").Body(append(cells, disk)...)
}

func (g *podGrid) wire(ctr, vol string, m mountLayout, col, row int) app.UI {
	label := m.Path
	if m.ReadOnly {
		label += " (" + g.Lang.T(msgReadOnly) + ")"
	}
	return app.Div().Class("wire").
		Title(g.Lang.T(msgMountedAt, ctr, vol, m.Path)).
		Style("grid-column", strconv.Itoa(col)).Style("grid-row", strconv.Itoa(row)).
		Body(app.Span().Class("wire-label").Text(label))
}

// mountOf returns c's mount of volume vol.
func mountOf(c containerLayout, vol string) (mountLayout, bool) {
	for _, m := range c.Mounts {
		if m.Volume == vol {
			return m, true
		}
	}
	return mountLayout{}, false
}

// mountsLater reports whether c mounts one of vols, so that its wire has to
// pass the disks drawn above.
func mountsLater(c containerLayout, vols []volumeLayout) bool {
	for _, v := range vols {
		if _, ok := mountOf(c, v.Name); ok {
			return true
		}
	}
	return false
}

// containerStatus finds name's status line in s; zero when the kubelet has
// not reported it yet.
func containerStatus(s sim.PodStatus, name string) sim.ContainerStatus {
	for _, c := range s.Containers {
		if c.Name == name {
			return c
		}
	}
	return sim.ContainerStatus{}
}

// infraState reads the sandbox's state off the status: the kubelet sets
// PodReadyToStartContainers once the sandbox and its network are up, and
// back to False when it has torn them down.
func infraState(s sim.PodStatus) sim.ContainerState {
	for _, c := range s.Conditions {
		if c.Type != "PodReadyToStartContainers" {
			continue
		}
		if c.Status == "True" {
			return sim.Running
		}
		if s.Phase == sim.PodSucceeded || s.Phase == sim.PodFailed || s.Deleting {
			return sim.Terminated
		}
		return sim.Waiting
	}
	if s.IP != "" {
		return sim.Running
	}
	return sim.Waiting
}

// volumeDisk draws one volume and the files in it.
type volumeDisk struct {
	app.Compo

	Lang    lang
	Volume  volumeLayout
	Files   []string
	Columns string // grid-column span
	Row     int
}

// Render draws the disk; files fade in as they appear.
func (d *volumeDisk) Render() app.UI {
	return app.Div().Class("disk").DataSet("volume", d.Volume.Name).
		Style("grid-column", d.Columns).Style("grid-row", strconv.Itoa(d.Row)).
		Body(
			app.Div().Class("disk-head").Body(
				app.Span().Class("icon").Aria("hidden", "true").Text("⛁"),
				app.Span().Class("disk-name").Text(d.Volume.Name),
				app.Span().Class("disk-source").Text(d.Volume.Source),
			),
			app.If(len(d.Files) == 0, app.Div().Class("disk-empty").Text(d.Lang.T(msgVolumeEmpty))).
				Else(app.Ul().Class("disk-files").Body(
					app.Range(d.Files).Slice(func(i int) app.UI {
						return app.Li().Class("file").Text(d.Files[i])
					}),
				)),
		)
}
