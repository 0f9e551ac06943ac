package shell

import (
	"fmt"
	"path"
	"strings"
	"time"

	"github.com/hack-pad/hackpadfs"

	"github.com/podlab/podlab/sim"
)

// atomicKinds are the volume plugins that write through the kubelet's
// AtomicWriter (configmap.go, secret.go, downwardapi.go, projected.go
// SetUpAt: writer.Write(payload, setPerms)).
func (v *volume) atomic() bool {
	switch v.cfg.Kind {
	case "configMap", "secret", "downwardAPI", "projected":
		return true
	}
	return false
}

// dataDir is AtomicWriter's "..data" link.
const dataDir = "..data"

// setFiles writes the files the engine projects into the volume. For the
// AtomicWriter kinds it does what pkg/volume/util/atomic_writer.go Write
// does: unchanged content writes nothing (shouldWritePayload); otherwise
// the files go into a fresh "..2006_01_02_15_04_05.NNNNNNNNN" directory
// (newTimestampDir), "..data" is pointed at it (a ..data_tmp link renamed
// over the old one), each top-level name gets a link "NAME ->
// ..data/NAME" (createUserVisibleFiles), names no longer projected lose
// theirs (removeUserVisiblePaths) and the old directory is removed.
func (v *volume) setFiles(files []sim.VolumeFile, at time.Time, links linkTables) {
	if !v.atomic() {
		for _, f := range files {
			writeProjected(v.fs, rel(f.Path), f, at)
		}
		return
	}
	old, hasOld := links.target(v.fs, dataDir)
	if hasOld && samePayload(v.fs, old, files) {
		return
	}
	v.writes++
	stamp := at.UTC().Format("..2006_01_02_15_04_05.") + fmt.Sprintf("%09d", 123456789+v.writes)
	_ = mkdirAllAt(v.fs, stamp, at)
	for _, f := range files {
		writeProjected(v.fs, path.Join(stamp, rel(f.Path)), f, at)
	}
	_ = hackpadfs.Chtimes(v.fs, stamp, at, at)
	_ = placeLink(v.fs, dataDir, at)
	links.set(v.fs, dataDir, stamp)
	v.linkVisible(files, at, links)
	if hasOld {
		_ = hackpadfs.RemoveAll(v.fs, old)
	}
	_ = hackpadfs.Chtimes(v.fs, ".", at, at)
}

// linkVisible makes the links of the top-level names and drops those of
// names no longer there; a link that exists is kept (with its time).
func (v *volume) linkVisible(files []sim.VolumeFile, at time.Time, links linkTables) {
	want := map[string]bool{}
	for _, f := range files {
		want[strings.Split(rel(f.Path), "/")[0]] = true
	}
	for _, name := range sortedKeys(want) {
		if _, ok := links.target(v.fs, name); !ok {
			_ = placeLink(v.fs, name, at)
			links.set(v.fs, name, path.Join(dataDir, name))
		}
	}
	es, _ := hackpadfs.ReadDir(v.fs, ".")
	for _, e := range es {
		if n := e.Name(); !strings.HasPrefix(n, "..") && !want[n] {
			_ = hackpadfs.Remove(v.fs, n)
			links.drop(v.fs, n, false)
		}
	}
}

// samePayload reports whether dir holds exactly files (content and mode).
func samePayload(fsys hackpadfs.FS, dir string, files []sim.VolumeFile) bool {
	var have []string
	_ = hackpadfs.WalkDir(fsys, dir, func(p string, d hackpadfs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			have = append(have, strings.TrimPrefix(p, dir+"/"))
		}
		return nil
	})
	if len(have) != len(files) {
		return false
	}
	for _, f := range files {
		r := path.Join(dir, rel(f.Path))
		data, err := hackpadfs.ReadFile(fsys, r)
		fi, serr := hackpadfs.Stat(fsys, r)
		if err != nil || serr != nil || string(data) != f.Content || fi.Mode().Perm() != projectedMode(f) {
			return false
		}
	}
	return true
}

func projectedMode(f sim.VolumeFile) hackpadfs.FileMode {
	if f.Mode == 0 {
		return 0o644
	}
	return hackpadfs.FileMode(f.Mode).Perm()
}

func writeProjected(fsys hackpadfs.FS, r string, f sim.VolumeFile, at time.Time) {
	_ = mkdirAllAt(fsys, path.Dir(r), at)
	_ = hackpadfs.WriteFullFile(fsys, r, []byte(f.Content), projectedMode(f))
	_ = hackpadfs.Chtimes(fsys, r, at, at)
}

// subPath is what a volumeMount's subPath mounts: the path with the
// volume's links resolved inside the volume (pkg/volume/util/subpath
// subpath_linux.go doSafeMakeDir and prepareSubpathTarget bind-mount the
// resolved file), made when missing (a directory, as the kubelet makes
// one). The bind mount holds on to that very file: when the AtomicWriter
// later writes a new timestamped directory and removes the old one, the
// container keeps seeing the old content, so for those volumes the mount
// shows a copy taken now, in a filesystem of its own.
func (rt *world) subPath(v *volume, sub string, now time.Time) (string, hackpadfs.FS) {
	real, err := followLinks("/"+sub, true, func(p string) (string, bool) { return rt.links.target(v.fs, rel(p)) })
	if err != nil {
		return sub, nil
	}
	sub = rel(real)
	if _, err := hackpadfs.Stat(v.fs, sub); err != nil {
		_ = mkdirAllAt(v.fs, sub, now)
	}
	if !v.atomic() {
		return sub, nil
	}
	cp, err := newStampedFS(now)
	if err != nil {
		return sub, nil
	}
	_ = hackpadfs.WalkDir(v.fs, sub, func(p string, d hackpadfs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		fi, ierr := d.Info()
		if ierr != nil {
			return nil
		}
		if d.IsDir() {
			_ = mkdirAllAt(cp, p, fi.ModTime())
			return hackpadfs.Chmod(cp, p, fi.Mode())
		}
		data, _ := hackpadfs.ReadFile(v.fs, p)
		_ = mkdirAllAt(cp, path.Dir(p), fi.ModTime())
		_ = hackpadfs.WriteFullFile(cp, p, data, fi.Mode().Perm())
		return hackpadfs.Chtimes(cp, p, fi.ModTime(), fi.ModTime())
	})
	return sub, cp
}
