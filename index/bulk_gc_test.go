package index

import (
	"math"
	"runtime/debug"
	"testing"
)

// gcSettings are the collector's current percent and memory limit.
func gcSettings() (percent int, limit int64) {
	percent = debug.SetGCPercent(100)
	debug.SetGCPercent(percent)
	return percent, debug.SetMemoryLimit(-1)
}

// TestBulkLoadGC checks that bulk loads raise the collector's settings
// while any runs, restore them after the last, and leave alone what the
// user set.
func TestBulkLoadGC(t *testing.T) {
	for _, tc := range []struct {
		name, gogc, gomemlimit string
		wantPercent            int
		wantLimited            bool
	}{
		// A machine whose memory is unknown (not Linux) gets no limit.
		{"defaults", "", "", bulkGCPercent, machineMemory() > 0},
		{"GOGC set", "150", "", 100, machineMemory() > 0},
		{"GOMEMLIMIT set", "", "1GiB", bulkGCPercent, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("GOGC", tc.gogc)
			t.Setenv("GOMEMLIMIT", tc.gomemlimit)
			defer debug.SetGCPercent(debug.SetGCPercent(100))
			defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
			end := startBulkLoad()
			endNested := startBulkLoad()
			endNested()
			percent, limit := gcSettings()
			if percent != tc.wantPercent {
				t.Errorf("GOGC during the load: %d, want %d", percent, tc.wantPercent)
			}
			if limited := limit != math.MaxInt64; limited != tc.wantLimited {
				t.Errorf("memory limit during the load: %d, want limited %v", limit, tc.wantLimited)
			}
			if want := machineMemory() / bulkMemoryShare; tc.wantLimited && limit != want {
				t.Errorf("memory limit during the load: %d, want half the machine's %d", limit, want)
			}
			end()
			if percent, limit := gcSettings(); percent != 100 || limit != math.MaxInt64 {
				t.Errorf("after the load: GOGC %d, memory limit %d; want 100 and none", percent, limit)
			}
		})
	}
}
