package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/podlab/podlab/sim"
)

// containerCard draws one init, sidecar or app container: its name and
// image, its state as a glyph and in words, restarts, the back-off
// countdown, ports, mounts and probe pulses.
type containerCard struct {
	app.Compo

	Lang   lang
	Layout containerLayout
	Status sim.ContainerStatus // zero until the kubelet reports the container
	Order  string              // "init 1/2", "sidecar", "app"
	// BackOff is how long until the kubelet restarts the container, 0
	// when it is not waiting in back-off.
	BackOff time.Duration
	Probes  []probeFrame
	Column  int // the grid column, so that wires line up below the card
}

// Render draws the card. The generation class flips with every restart so
// that the CSS "created" animation plays again when the kubelet re-creates
// the container.
func (c *containerCard) Render() app.UI {
	st := stateOf(c.Status)
	return app.Div().
		Class("ctr", "kind-"+string(c.Layout.Kind), stateClass(c.Status), generation(c.Status.RestartCount)).
		DataSet("container", c.Layout.Name).
		DataSet("kind", string(c.Layout.Kind)).
		DataSet("state", string(st)).
		Style("grid-column", strconv.Itoa(c.Column)).
		Body(
			app.Div().Class("ctr-kind").Text(c.Order),
			app.Div().Class("ctr-name").Text(c.Layout.Name),
			app.Div().Class("ctr-image").Title(c.Lang.T(msgImage)).Text(c.Layout.Image),
			c.renderState(),
			c.renderCounters(),
			c.renderMemory(),
			app.If(len(c.Probes) > 0, c.renderProbes()),
		)
}

func (c *containerCard) renderState() app.UI {
	detail := c.Status.Reason
	if c.Status.State == sim.Terminated && c.Status.ExitCode != nil {
		detail = strings.TrimSpace(detail + " · " + c.Lang.T(msgExitCode, *c.Status.ExitCode))
	}
	return app.Div().Class("ctr-state").Body(
		app.Span().Class("icon").Aria("hidden", "true").Text(stateIcon(c.Status)),
		app.Span().Class("state-word").Text(stateText(c.Lang, stateOf(c.Status))),
		app.If(detail != "", app.Span().Class("state-reason").Text(detail)),
	)
}

func (c *containerCard) renderCounters() app.UI {
	ready := c.Lang.T(msgNotReady)
	readyIcon := "◇"
	if c.Status.Ready {
		ready, readyIcon = c.Lang.T(msgReady), "◆"
	}
	return app.Div().Class("ctr-counters").Body(
		app.If(c.Layout.Kind != sim.InitKind,
			app.Span().Class("ready", "ready-"+strconv.FormatBool(c.Status.Ready)).Body(
				app.Span().Aria("hidden", "true").Text(readyIcon+" "),
				app.Text(ready),
			)),
		app.Span().Class("restarts").Body(
			app.Span().Aria("hidden", "true").Text("↻ "),
			app.Text(c.Lang.T(msgRestarts, c.Status.RestartCount)),
		),
		app.If(c.BackOff > 0, app.Span().Class("backoff").Body(
			app.Span().Aria("hidden", "true").Text("⟲ "),
			app.Text(c.Lang.T(msgBackOff, fmtSeconds(c.BackOff))),
		)),
		c.renderPorts(),
	)
}

// renderPorts lists the ports the spec declares and the ones a process
// listens on now. containerPort is informational (a server listens
// wherever it likes), so the two can differ, and the card says which is
// which in words and shape, not colour alone.
func (c *containerCard) renderPorts() app.UI {
	ports := portsShown(c.Layout.Ports, c.Status.Ports)
	if len(ports) == 0 {
		return app.Text("")
	}
	return app.Span().Class("ports").Title(c.Lang.T(msgPorts)).Body(
		app.Range(ports).Slice(func(i int) app.UI {
			p := ports[i]
			label, icon, cls := c.Lang.T(msgPortDeclared, p.port), "○", "port-declared"
			if p.listening {
				label, icon, cls = c.Lang.T(msgPortListening, p.port), "●", "port-listening"
			}
			return app.Span().Class("port", cls).Title(label).Body(
				app.Span().Aria("hidden", "true").Text(icon+":"+strconv.Itoa(p.port)),
				app.Span().Class("visually-hidden").Text(label),
			)
		}),
	)
}

type portShown struct {
	port      int
	listening bool
}

// portsShown is the declared ports in spec order, then the ones listened
// on without being declared, in order.
func portsShown(declared []int32, listening []int) []portShown {
	var out []portShown
	seen := map[int]bool{}
	for _, p := range declared {
		if !seen[int(p)] {
			seen[int(p)] = true
			out = append(out, portShown{int(p), slices.Contains(listening, int(p))})
		}
	}
	for _, p := range listening {
		if !seen[p] {
			seen[p] = true
			out = append(out, portShown{p, true})
		}
	}
	return out
}

func (c *containerCard) renderProbes() app.UI {
	return app.Ul().Class("probes").Body(
		app.Range(c.Probes).Slice(func(i int) app.UI {
			p := c.Probes[i]
			text, icon, cls := c.Lang.T(msgProbeFail, probeName(c.Lang, p.Kind)), "✗", "probe-fail"
			if p.OK {
				text, icon, cls = c.Lang.T(msgProbeOK, probeName(c.Lang, p.Kind)), "✓", "probe-ok"
			}
			return app.Li().Class("probe", cls, pulse(p)).Body(
				app.Span().Class("icon").Aria("hidden", "true").Text(icon),
				app.Text(text),
			)
		}),
	)
}

// pulse names the animation class of a probe result: a fresh one pulses,
// alternating names so that consecutive results restart the animation.
func pulse(p probeFrame) string {
	if !p.Fresh {
		return ""
	}
	return "pulse-" + strconv.Itoa(int(p.At/time.Second)%2)
}

// generation alternates with each restart; see containerCard.Render.
func generation(restarts int) string { return "gen-" + strconv.Itoa(restarts%2) }

// fmtSeconds prints a countdown rounded up to the second: "9s", "1m20s".
func fmtSeconds(d time.Duration) string {
	s := (d + time.Second - 1) / time.Second
	if s < 60 {
		return fmt.Sprintf("%ds", s)
	}
	return fmt.Sprintf("%dm%02ds", s/60, s%60)
}

// infraCard draws the Pod's sandbox: the pause container, which the
// kubelet starts before any other and which holds the network namespace.
type infraCard struct {
	app.Compo

	Lang  lang
	State sim.ContainerState
}

// infraImage is the sandbox image kubelets of this era pull by default.
const infraImage = "registry.k8s.io/pause:3.10"

// infraName is what the stage calls the sandbox container.
const infraName = "pause"

// Render draws the card.
func (c *infraCard) Render() app.UI {
	st := sim.ContainerStatus{State: c.State}
	return app.Div().Class("ctr", "kind-infra", stateClass(st)).
		DataSet("container", infraName).
		DataSet("kind", string(sim.InfraKind)).
		DataSet("state", string(stateOf(st))).
		Style("grid-column", "1").
		Body(
			app.Div().Class("ctr-kind").Text(c.Lang.T(msgKindInfra)),
			app.Div().Class("ctr-name").Text(infraName),
			app.Div().Class("ctr-image").Title(c.Lang.T(msgImage)).Text(infraImage),
			app.Div().Class("ctr-state").Body(
				app.Span().Class("icon").Aria("hidden", "true").Text(stateIcon(st)),
				app.Span().Class("state-word").Text(stateText(c.Lang, stateOf(st))),
			),
			app.Div().Class("ctr-role").Text(c.Lang.T(msgInfraRole)),
		)
}

// renderMemory shows the memory a running container uses, against its
// limit when it has one: the cgroup the OOM killer watches.
func (c *containerCard) renderMemory() app.UI {
	used, limit := c.Status.Memory, c.Layout.MemoryLimit
	if c.Status.State != sim.Running || used <= 0 {
		return app.Text("")
	}
	text := c.Lang.T(msgMemoryUse, mebibytes(used))
	if limit <= 0 {
		return app.P().Class("memory").Text(text)
	}
	text = c.Lang.T(msgMemoryOfLimit, mebibytes(used), mebibytes(limit))
	return app.P().Class("memory").Body(
		app.Meter().Min(0).Max(float64(limit)).High(0.9*float64(limit)).Value(float64(min(used, limit))).
			Aria("label", text),
		app.Span().Text(" "+text),
	)
}

// mebibytes prints bytes as kubectl top does: whole Mi, rounded down.
func mebibytes(b int64) string { return strconv.FormatInt(b>>20, 10) + "Mi" }
