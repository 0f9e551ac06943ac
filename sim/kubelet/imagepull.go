package kubelet

import (
	"fmt"
	"strings"

	"github.com/podlab/podlab/sim"
	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/images"
)

// pullPolicy is the container's imagePullPolicy, defaulted as
// SetDefaults_Container does when the API defaulting did not run: Always
// for :latest or no tag, else IfNotPresent.
func pullPolicy(c *api.Container) api.PullPolicy {
	if c.ImagePullPolicy != "" {
		return c.ImagePullPolicy
	}
	if _, tag, digest := splitRef(c.Image); digest == "" && (tag == "" || tag == "latest") {
		return api.PullAlways
	}
	return api.PullIfNotPresent
}

// splitRef splits an image reference into name, tag and digest
// (parsers.ParseImageName without the defaults).
func splitRef(ref string) (name, tag, digest string) {
	if i := strings.Index(ref, "@"); i >= 0 {
		ref, digest = ref[:i], ref[i+1:]
	}
	if i := strings.LastIndex(ref, ":"); i >= 0 && !strings.Contains(ref[i:], "/") {
		ref, tag = ref[:i], ref[i+1:]
	}
	return ref, tag, digest
}

// canonicalRef is the fully qualified name a runtime resolves: docker.io,
// library/ and :latest filled in.
func canonicalRef(ref string) string {
	name, tag, digest := splitRef(ref)
	first, _, found := strings.Cut(name, "/")
	switch {
	case !found:
		name = "docker.io/library/" + name
	case !strings.ContainsAny(first, ".:") && first != "localhost":
		name = "docker.io/" + name
	}
	switch {
	case digest != "":
		return name + "@" + digest
	case tag == "":
		tag = "latest"
	}
	return name + ":" + tag
}

// ensureImageExists is image_manager.go EnsureImageExists: the pull
// policy, the image back-off and the pull itself, with their events.
func (pw *podWorker) ensureImageExists(c *ctr, done func(*reasonEntry)) {
	k, ref := pw.k, c.spec.Image
	policy := pullPolicy(c.spec)
	if policy != api.PullAlways {
		if k.images[ref] {
			k.event(sim.EventNormal, "Pulled", pw.object(), c.spec.Name,
				fmt.Sprintf("Container image %q already present on machine", ref))
			done(nil)
			return
		}
		if policy == api.PullNever {
			msg := fmt.Sprintf("Container image %q is not present with pull policy of Never", ref)
			k.event(sim.EventWarning, reasonErrImageNeverPull, pw.object(), c.spec.Name, msg)
			done(&reasonEntry{reasonErrImageNeverPull, msg})
			return
		}
	}
	key := pw.uid + "_" + ref
	if pw.imageBackOff.IsInBackOffSinceUpdate(key, k.now) {
		k.event(sim.EventNormal, "BackOff", pw.object(), c.spec.Name, fmt.Sprintf("Back-off pulling image %q", ref))
		done(&reasonEntry{reasonImagePullBackOff, fmt.Sprintf("Back-off pulling image %q: %s: %s", ref, reasonErrImagePull, pw.pullErrors[key])})
		return
	}
	k.event(sim.EventNormal, "Pulling", pw.object(), c.spec.Name, fmt.Sprintf("Pulling image %q", ref))
	pw.pull(c, key, done)
}

// pull takes the catalogue's pull time, or fails for an image that is not
// in the catalogue (as a registry answers "not found").
func (pw *podWorker) pull(c *ctr, key string, done func(*reasonEntry)) {
	k, ref := pw.k, c.spec.Image
	img, ok := pw.k.opts.Images(ref)
	if !ok {
		k.after(failedPullTime, func() {
			canon := canonicalRef(ref)
			msg := fmt.Sprintf("rpc error: code = NotFound desc = failed to pull and unpack image %q: failed to resolve reference %q: %s: not found", canon, canon, canon)
			pw.pullErrors[key] = msg
			k.event(sim.EventWarning, "Failed", pw.object(), c.spec.Name, fmt.Sprintf("Failed to pull image %q: %s", ref, msg))
			pw.imageBackOff.Next(key, k.now, k.now)
			done(&reasonEntry{reasonErrImagePull, msg})
		})
		return
	}
	d := img.Pull
	if d <= 0 {
		d = defaultPullTime
	}
	if k.images[ref] {
		// imagePullPolicy Always on an image the node has: the registry
		// is asked for the manifest, no layer is downloaded
		d = min(d, repullTime)
	}
	k.after(d, func() {
		if !k.images[ref] && img.MovedFrom != "" {
			pw.noteMoved(img)
		}
		k.images[ref] = true
		k.event(sim.EventNormal, "Pulled", pw.object(), c.spec.Name,
			fmt.Sprintf("Successfully pulled image %q in %v (%v including waiting). Image size: %d bytes.", ref, d, d, img.Size))
		done(nil)
	})
}

// noteMoved tells the learner that an image of the frozen k8s.gcr.io came
// from registry.k8s.io. The registry redirects and the kubelet says nothing
// (its events name the image as written), so it is a note, not an event.
func (pw *podWorker) noteMoved(img images.Image) {
	pw.k.tl.Notes = append(pw.k.tl.Notes, sim.Note{At: pw.k.now, Pod: pw.name, Message: fmt.Sprintf(
		"%s: k8s.gcr.io was frozen in April 2023 and redirects to registry.k8s.io; the node pulled %s", img.MovedFrom, img.Canonical)})
}
