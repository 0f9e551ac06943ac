package shell

import (
	"sync"
	"time"

	"github.com/hack-pad/hackpadfs/mem"
)

// Layers keeps images' lower layers for the runtimes that come after the
// one that built them, as a node keeps pulled images: the course page
// starts a new runtime on every edit, and building the busybox, nginx
// and tomcat file trees again each time is a third of a short run. A
// lower layer is never written (the overlay copies a file up before it
// changes), so runtimes may share it, one after another or at once.
type Layers struct {
	mu sync.Mutex
	m  map[layerKey]*mem.FS
}

// layerKey names a built layer: its files' times come from the epoch.
type layerKey struct {
	family string
	epoch  time.Time
}

// NewLayers returns an empty store of layers.
func NewLayers() *Layers { return &Layers{m: map[layerKey]*mem.FS{}} }

// get returns the layer for key, building it with build the first time.
func (ls *Layers) get(key layerKey, build func() (*mem.FS, error)) (*mem.FS, error) {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	if l, ok := ls.m[key]; ok {
		return l, nil
	}
	l, err := build()
	if err == nil {
		ls.m[key] = l
	}
	return l, err
}
