package index

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// Garbage-collector settings of a bulk load. Analysing and building
// segments allocates briefly and much over a live heap that stays about
// the same whatever the index's size (the batches in flight), so with the
// default GOGC=100 the collector took a fifth of the indexing time.
// Measured on 100,000 objectives: 6.6 CPU-s and 300 MB peak RSS with the
// defaults, 5.2 CPU-s and 380 MB with these. The memory limit, on top of
// the live heap when the load starts, keeps the higher GOGC from growing
// the heap more than that.
const (
	bulkGCPercent      = 400
	bulkMemoryHeadroom = 384 << 20
)

// bulkGC counts the bulk loads running, so that the first applies the
// settings and the last restores them.
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
		if os.Getenv("GOMEMLIMIT") == "" && debug.SetMemoryLimit(-1) == math.MaxInt64 {
			bulkGC.memLimit = debug.SetMemoryLimit(liveHeap() + bulkMemoryHeadroom)
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

// liveHeap is the heap the last collection found live.
func liveHeap() int64 {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(sample[0].Value.Uint64())
}
