package corpus

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/openalbo/albo/internal/smalldisk"
)

// TestPutActOnAFullDisk fills a real small file system at each of an act
// record's two writes, the manifest's line and the record, and wants the
// write refused with ENOSPC, the corpus verifying whole, and the same
// write done once room is made.
func TestPutActOnAFullDisk(t *testing.T) {
	tests := []struct {
		name string
		// ready says, from the manifest's size, the room the file system
		// gave it and the length of the line to come, when to fill the
		// disk: then the write fails where named.
		ready func(size, allocated, line int64) bool
		fails string
	}{
		{"at the manifest's line", func(size, allocated, line int64) bool { return size+line > allocated }, manifestName},
		{"at the record", func(size, allocated, line int64) bool { return size+line+int64(len(manifestDone)) < allocated }, "put act"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			disk := smalldisk.Mount(t, 1<<20)
			s, err := Open(disk + "/corpus")
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			id := func(i int) string { return fmt.Sprintf("milano/giunta/2019/%d", i) }
			// The line of the write to come, a new record's: its digest, no
			// previous one, the id, separators.
			lineOf := func(i int) int64 { return int64(64 + len(" - ") + len(id(i)) + 1) }
			i := 0
			for ; i < 200; i++ {
				var st syscall.Stat_t
				if err := syscall.Stat(s.manifestPath(), &st); err != nil {
					t.Fatal(err)
				}
				if i > 0 && tt.ready(st.Size, st.Blocks*512, lineOf(i)) {
					break
				}
				if err := s.PutAct(t.Context(), sampleAct(t, s, id(i))); err != nil {
					t.Fatal(err)
				}
			}
			a := sampleAct(t, s, id(i)) // its blobs stored before the disk fills
			filler := smalldisk.Fill(t, disk, 0)
			err = s.PutAct(t.Context(), a)
			if !errors.Is(err, syscall.ENOSPC) || !containsAll(err.Error(), tt.fails, "no space left on device") {
				t.Fatalf("PutAct on a full disk = %v, want ENOSPC at %s", err, tt.fails)
			}
			if p := problems(t, s); len(p) != 0 {
				t.Errorf("on the full disk: Verify found %v", p)
			}
			if err := os.Remove(filler); err != nil {
				t.Fatal(err)
			}
			if err := s.PutAct(t.Context(), a); err != nil {
				t.Fatalf("PutAct with room made: %v", err)
			}
			if p := problems(t, s); len(p) != 0 {
				t.Errorf("after making room: Verify found %v", p)
			}
		})
	}
}

func containsAll(s string, words ...string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}
