package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/openalbo/albo/internal/faultfs"
)

// TestWritesOnIOErrors makes each kind of write of a store (a blob, an
// extraction, an act record with its manifest line) on a real disk that
// fails with EIO at each moment: the write returns the error naming the
// file, the store reopened on the real folder behind the disk verifies
// whole with what was there before, and the same write succeeds once the
// disk is healed.
func TestWritesOnIOErrors(t *testing.T) {
	// Each write is readied (what it needs stored first) before the disk
	// fails, then made.
	writes := []struct {
		name  string
		ready func(t *testing.T, s *Store) func() error
	}{
		{"blob", func(t *testing.T, s *Store) func() error {
			return func() error {
				_, _, err := s.PutBlob(t.Context(), bytes.NewReader(bytes.Repeat([]byte("blob"), 24<<10)))
				return err
			}
		}},
		{"extraction", func(t *testing.T, s *Store) func() error {
			pdf, _, err := s.PutBlob(t.Context(), strings.NewReader("%PDF-1.4 the extracted"))
			if err != nil {
				t.Fatal(err)
			}
			return func() error {
				return s.PutExtraction(t.Context(), pdf, "test-1", []byte(fmt.Sprintf(`{"act":{"subject":%q}}`, strings.Repeat("x", 40<<10))))
			}
		}},
		{"act", func(t *testing.T, s *Store) func() error {
			a := sampleAct(t, s, "milano/giunta/2019/100")
			return func() error { return s.PutAct(t.Context(), a) }
		}},
	}
	faults := []struct {
		name string
		rule faultfs.Rule
	}{
		{"writes at once", faultfs.Rule{Write: true}},
		{"writes after 64 bytes", faultfs.Rule{Write: true, After: 64}},
		{"writes after 32 KiB", faultfs.Rule{Write: true, After: 32 << 10}},
		{"fsync", faultfs.Rule{Fsync: true}},
		{"close", faultfs.Rule{Close: true}},
		{"the manifest only", faultfs.Rule{Write: true, Fsync: true, Match: func(p string) bool { return strings.HasSuffix(p, manifestName) }}},
	}
	tried, failed, lost := 0, 0, 0
	for _, w := range writes {
		for _, f := range faults {
			t.Run(w.name+"/"+f.name, func(t *testing.T) {
				fsys := faultfs.Mount(t)
				s, err := Open(filepath.Join(fsys.Dir, "corpus"))
				if err != nil {
					t.Fatal(err)
				}
				defer func() { s.Close() }()
				for i := range 3 {
					if err := s.PutAct(t.Context(), sampleAct(t, s, fmt.Sprintf("milano/giunta/2019/%d", i))); err != nil {
						t.Fatal(err)
					}
				}
				write := w.ready(t, s)
				fsys.Fail(f.rule)
				tried++
				err = write()
				fsys.Heal()
				switch {
				case err == nil:
				case errors.Is(err, syscall.EIO) && strings.Contains(err.Error(), fsys.Dir):
					failed++
				default:
					t.Errorf("%s: %v, want EIO naming the file", w.name, err)
				}
				if err := s.Close(); err != nil {
					t.Errorf("close after the failure: %v", err)
				}
				behind, err := Open(filepath.Join(fsys.Backing, "corpus"))
				if err != nil {
					t.Fatal(err)
				}
				if p := problems(t, behind); len(p) != 0 {
					lost++
					t.Errorf("after the failure, verify found %v", p)
				}
				acts := 0
				for _, err := range behind.Acts(t.Context()) {
					if err == nil {
						acts++
					}
				}
				if acts < 3 {
					lost++
					t.Errorf("%d acts left of the 3 stored before", acts)
				}
				behind.Close()
				if s, err = Open(filepath.Join(fsys.Dir, "corpus")); err != nil {
					t.Fatal(err)
				}
				if err := w.ready(t, s)(); err != nil {
					t.Errorf("the same write on the healed disk: %v", err)
				}
				if p := problems(t, s); len(p) != 0 {
					t.Errorf("after the write on the healed disk, verify found %v", p)
				}
			})
		}
	}
	t.Logf("store writes on a disk failing with EIO: tried %d, failed %d, lost %d", tried, failed, lost)
	if tried > 0 && failed == 0 {
		t.Error("no write met the I/O error")
	}
}
