package index

// An index folder holds generations: complete states of the index, each in
// its own folder and never changed once complete, and a pointer naming the
// one to read.
//
//	DIR/CURRENT       "gen-000007": the generation readers open, replaced atomically
//	DIR/gen-000007/   bleve/ (the scorch index), acts/ (the act records),
//	                  lineage/ (the saved comparisons of revisions, a file per source), lease
//	DIR/writer.lock   locked by the one process updating the index
//
// An update builds generation N+1 beside N: hard links to N's segment
// files, act records and lineage files (files that are replaced, never
// written in place), a copy of bleve's small root.bolt and meta file, then
// the changes. It syncs what it wrote, then renames a new CURRENT into place.
// Readers open CURRENT's generation read-only and hold a shared lock on its
// lease file while they use it; an updater removes a generation other than
// CURRENT only when it can lock that lease exclusively. A crash leaves
// CURRENT naming the last complete generation; the next update removes
// the half-built one.

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
)

const (
	currentFile = "CURRENT"
	writerLock  = "writer.lock"
	leaseFile   = "lease"
	genPrefix   = "gen-"
	bleveFolder = "bleve"
	actsFolder  = "acts"
)

// errGenerationGone is a generation removed between reading CURRENT and
// locking its lease: the reader reads CURRENT again.
var errGenerationGone = errors.New("generation removed meanwhile")

// ErrBusy says that another process is updating the index.
var ErrBusy = errors.New("another albo process is updating it")

func genName(n uint64) string { return fmt.Sprintf("%s%06d", genPrefix, n) }

func genDir(dir string, n uint64) string { return filepath.Join(dir, genName(n)) }

func parseGenName(name string) (uint64, bool) {
	digits, ok := strings.CutPrefix(name, genPrefix)
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseUint(digits, 10, 64)
	return n, err == nil && n > 0
}

// readCurrent is the generation CURRENT names; 0 when there is none yet.
func readCurrent(dir string) (uint64, error) {
	data, err := os.ReadFile(filepath.Join(dir, currentFile))
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("index %s: %w", dir, err)
	}
	n, ok := parseGenName(strings.TrimSpace(string(data)))
	if !ok {
		return 0, fmt.Errorf("index %s: %s names no generation (%q)", dir, currentFile, extractLine(data))
	}
	return n, nil
}

// extractLine is the start of a damaged pointer, for the message.
func extractLine(data []byte) string {
	s, _, _ := strings.Cut(string(data), "\n")
	if len(s) > 40 {
		s = s[:40]
	}
	return s
}

// writeCurrent points readers at generation n, atomically and durably.
func writeCurrent(dir string, n uint64) error {
	return writeFileDurably(filepath.Join(dir, currentFile), []byte(genName(n)+"\n"))
}

// generations lists the numbers of the generation folders in dir.
func generations(dir string) ([]uint64, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", dir, err)
	}
	var out []uint64
	for _, e := range entries {
		if n, ok := parseGenName(e.Name()); ok && e.IsDir() {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out, nil
}

// lockLease takes a shared lock on generation n's lease, which keeps it
// from removal until the file is closed. errGenerationGone when it was
// removed before the lock was had.
func lockLease(dir string, n uint64) (*os.File, error) {
	p := filepath.Join(genDir(dir, n), leaseFile)
	f, err := os.Open(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, errGenerationGone
	}
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", dir, err)
	}
	if err := flock(f, syscall.LOCK_SH); err != nil {
		f.Close()
		return nil, fmt.Errorf("index %s: lease of %s: %w", dir, genName(n), err)
	}
	// A remover that held the lock first has removed the file by now.
	held, err1 := f.Stat()
	now, err2 := os.Stat(p)
	if err1 != nil || err2 != nil || !os.SameFile(held, now) {
		f.Close()
		return nil, errGenerationGone
	}
	return f, nil
}

// flock locks f, retrying when a signal interrupts the wait.
func flock(f *os.File, how int) error {
	for {
		err := syscall.Flock(int(f.Fd()), how)
		if !errors.Is(err, syscall.EINTR) {
			return err
		}
	}
}

// removeUnused removes the generations other than keep that no reader
// holds: the old ones, and the half-built one of a crashed update; and the
// temporary file of a CURRENT a crash did not rename. Only an updater
// calls it, holding the writer's lock, so nothing is being built.
func removeUnused(dir string, keep uint64) error {
	gens, err := generations(dir)
	if err != nil {
		return err
	}
	var errs []error
	if temps, err := filepath.Glob(filepath.Join(dir, ".tmp-*")); err == nil {
		for _, p := range temps {
			if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
				errs = append(errs, err)
			}
		}
	}
	for _, n := range gens {
		if n == keep {
			continue
		}
		if err := removeIfUnused(genDir(dir, n)); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func removeIfUnused(gen string) error {
	f, err := os.Open(filepath.Join(gen, leaseFile))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// Half-built before its lease was made: nobody can hold it.
	case err != nil:
		return fmt.Errorf("index %s: %w", gen, err)
	default:
		defer f.Close()
		if err := flock(f, syscall.LOCK_EX|syscall.LOCK_NB); errors.Is(err, syscall.EWOULDBLOCK) {
			return nil // a reader holds it; a later update removes it
		} else if err != nil {
			return fmt.Errorf("index %s: %w", gen, err)
		}
		// Readers blocked on the lease find the file gone once it is
		// released, and read CURRENT again.
	}
	if err := os.RemoveAll(gen); err != nil {
		return fmt.Errorf("index %s: remove unused generation: %w", gen, err)
	}
	return nil
}

// lockWriter takes the index's writer lock, without waiting: ErrBusy names
// the process holding it. unlock releases it.
func lockWriter(dir string) (unlock func(), err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("index %s: %w", dir, err)
	}
	p := filepath.Join(dir, writerLock)
	f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", dir, err)
	}
	if err := flock(f, syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder, _ := io.ReadAll(io.LimitReader(f, 32))
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("index %s: %w (pid %s); try again when it ends", dir, ErrBusy, strings.TrimSpace(string(holder)))
		}
		return nil, fmt.Errorf("index %s: lock: %w", dir, err)
	}
	// Who holds it, for the message of the next one; not durable.
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return func() { f.Close() }, nil
}

// cloneGeneration makes the folder to of a new generation from the
// complete generation from: hard links to the files that are only ever
// replaced (scorch's segments, the act records), copies of the files
// written in place (scorch's root.bolt, bleve's meta file). The new
// generation's lease is made by commit.
func cloneGeneration(from, to string) error {
	return filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, path)
		if err != nil {
			return err
		}
		target := filepath.Join(to, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case rel == leaseFile || rel == lineageFile || isTempName(d.Name()):
			return nil // made anew by commit
		case inPlaceFile(d.Name()):
			return copyFile(path, target)
		default:
			if err := os.Link(path, target); err != nil {
				// A file system without hard links: a copy is slower,
				// as safe.
				return copyFile(path, target)
			}
			return nil
		}
	})
}

// inPlaceFile says whether a file of a generation may be written in place
// by the backend, so that a new generation needs its own copy.
func inPlaceFile(name string) bool {
	return strings.HasSuffix(name, ".bolt") || name == "index_meta.json"
}

func isTempName(name string) bool { return strings.HasPrefix(name, ".tmp-") }

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// syncGeneration makes a built generation durable before CURRENT names
// it: every folder, and every file not linked from the previous
// generation (a file linked is as durable as it was there).
func syncGeneration(gen string) error {
	return filepath.WalkDir(gen, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			if st, ok := info.Sys().(*syscall.Stat_t); ok && st.Nlink > 1 {
				return nil
			}
		}
		return syncPath(path)
	})
}
