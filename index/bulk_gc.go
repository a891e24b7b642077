package index

import (
	"math"
	"os"
	"runtime/debug"
	"sync"
)

// Garbage-collector settings of a bulk load. Analysing and building
// segments allocates briefly and much over a live heap that stays about
// the same whatever the index's size (the batches in flight), so with the
// default GOGC=100 the collector took a fifth of the indexing time.
// Measured on 100,000 objectives: 6.6 CPU-s and 300 MB peak RSS with the
// defaults, 5.2 CPU-s and 380 MB with these.
//
// The memory limit guards the machine, not the heap: half its memory.
// A limit set a fixed headroom above the live heap when the load started
// was overtaken by the heap a whole index layer keeps growing while it
// loads (its lineage model), and the collector then ran without pause: a
// million objectives took 266 CPU-s and 4.7 GB instead of 138 CPU-s and
// 4.2 GB.
const (
	bulkGCPercent = 400
	// bulkMemoryShare is the share of the machine's memory past which
	// the collector works harder during a bulk load.
	bulkMemoryShare = 2
)

// ServingGC applies the collector settings of a bulk load to a process
// serving the index, and returns what restores them. A server's heap is
// mostly the index's model of its generation (1.5 GB at a million
// objectives), live as long as the generation, while each request
// allocates briefly: with GOGC=100 the collector kept marking the whole
// model under load (a tenth of a loaded server's CPU profile, beside the
// allocations' assists), and the slowest hundredth of the bench's mixed
// load at a million objectives took 44–122 ms over runs, 41–45 ms with
// these settings. The price is memory: the heap grows to
// five times the live one before a collection, bounded by half the
// machine's memory; GOGC and GOMEMLIMIT set by the user win.
func ServingGC() (end func()) { return startBulkLoad() }

// bulkGC counts the bulk loads (and servers) running, so that the first
// applies the settings and the last restores them.
var bulkGC struct {
	sync.Mutex
	running   int
	gcPercent int   // to restore; -2 when not changed
	memLimit  int64 // to restore; -1 when not changed
}

// startBulkLoad applies the bulk settings, unless the user set GOGC or
// GOMEMLIMIT, which then win (and so does a memory limit set by the
// program, as a batch does), and returns what ends the load.
func startBulkLoad() (end func()) {
	bulkGC.Lock()
	defer bulkGC.Unlock()
	if bulkGC.running++; bulkGC.running == 1 {
		bulkGC.gcPercent, bulkGC.memLimit = -2, -1
		if os.Getenv("GOGC") == "" {
			bulkGC.gcPercent = debug.SetGCPercent(bulkGCPercent)
		}
		if total := machineMemory(); total > 0 && os.Getenv("GOMEMLIMIT") == "" && debug.SetMemoryLimit(-1) == math.MaxInt64 {
			bulkGC.memLimit = debug.SetMemoryLimit(total / bulkMemoryShare)
		}
	}
	return func() {
		bulkGC.Lock()
		defer bulkGC.Unlock()
		if bulkGC.running--; bulkGC.running > 0 {
			return
		}
		if bulkGC.gcPercent != -2 {
			debug.SetGCPercent(bulkGC.gcPercent)
		}
		if bulkGC.memLimit >= 0 {
			debug.SetMemoryLimit(bulkGC.memLimit)
		}
	}
}
