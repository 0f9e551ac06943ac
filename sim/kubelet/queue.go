package kubelet

import (
	"container/heap"
	"time"
)

// timer is one piece of scheduled work. Ties on at are broken by seq, the
// order in which the work was scheduled, never by heap internals.
type timer struct {
	at  time.Duration
	seq uint64
	fn  func()
}

// timers is a min-heap of timers ordered by (at, seq).
type timers []timer

func (q timers) Len() int { return len(q) }
func (q timers) Less(i, j int) bool {
	if q[i].at != q[j].at {
		return q[i].at < q[j].at
	}
	return q[i].seq < q[j].seq
}
func (q timers) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *timers) Push(x any)   { *q = append(*q, x.(timer)) }
func (q *timers) Pop() any {
	old := *q
	t := old[len(old)-1]
	old[len(old)-1] = timer{}
	*q = old[:len(old)-1]
	return t
}

// schedule queues fn to run at at (never before now).
func (k *Kubelet) schedule(at time.Duration, fn func()) {
	if at < k.now {
		at = k.now
	}
	k.seq++
	heap.Push(&k.queue, timer{at: at, seq: k.seq, fn: fn})
}

// after queues fn to run d from now.
func (k *Kubelet) after(d time.Duration, fn func()) {
	if d < 0 {
		d = 0
	}
	k.schedule(k.now+d, fn)
}
