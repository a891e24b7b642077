package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// recordStore keeps one JSON file per indexed act under DIR/acts/, named
// by the digest of the act id. Each file is replaced atomically and
// durably, so a crash leaves either the old record or the new one.
type recordStore struct{ dir string }

func (s recordStore) path(actID string) string {
	sum := sha256.Sum256([]byte(actID))
	return filepath.Join(s.dir, hex.EncodeToString(sum[:12])+".json")
}

// recordFile is a record file as read, and the record read from it: a new
// generation links the files it did not change, so a file that is the same
// one (os.SameFile) holds the same record.
type recordFile struct {
	info os.FileInfo
	rec  *actRecord
}

// load reads every record, reusing those of reuse (by file name) whose
// file is the same one. A record that does not parse is dropped with its
// error in skipped: the act is then indexed again from the corpus. files
// are what was read, for the next load to reuse.
func (s recordStore) load(ctx context.Context, reuse map[string]recordFile) (recs map[string]*actRecord, files map[string]recordFile, skipped []error, err error) {
	entries, err := os.ReadDir(s.dir)
	if errors.Is(err, os.ErrNotExist) {
		return map[string]*actRecord{}, map[string]recordFile{}, nil, nil
	}
	if err != nil {
		return nil, nil, nil, fmt.Errorf("index records %s: %w", s.dir, err)
	}
	read := make([]recordRead, len(entries))
	var toParse []int
	for i, e := range entries {
		if !strings.HasSuffix(e.Name(), ".json") || isTempName(e.Name()) {
			continue // a temporary file left by a crash
		}
		r := &read[i]
		r.path = filepath.Join(s.dir, e.Name())
		if r.info, r.err = e.Info(); r.err != nil {
			continue
		}
		if old, ok := reuse[e.Name()]; ok && os.SameFile(old.info, r.info) {
			r.file = old
			continue
		}
		toParse = append(toParse, i)
	}
	if err := parseRecords(ctx, read, toParse); err != nil {
		return nil, nil, nil, err
	}
	// Assembled in the folder's order, as one reading after the other
	// would: the first error stops the load, a later file of the same act
	// wins.
	recs = make(map[string]*actRecord, len(entries))
	files = make(map[string]recordFile, len(entries))
	for i, e := range entries {
		r := &read[i]
		switch {
		case r.path == "":
		case r.err != nil:
			return nil, nil, nil, fmt.Errorf("index record %s: %w", r.path, r.err)
		case r.skip != nil:
			skipped = append(skipped, fmt.Errorf("index record %s: unreadable, will be rebuilt: %v", r.path, r.skip))
		default:
			recs[r.file.rec.Act.ID], files[e.Name()] = r.file.rec, r.file
		}
	}
	return recs, files, skipped, nil
}

// recordRead is what load found of one file of the folder: the record
// (reused or parsed), or why the file is skipped (it does not parse) or
// the load fails (it cannot be read). A path left empty is a file that is
// not a record.
type recordRead struct {
	path string
	info os.FileInfo
	file recordFile
	skip error
	err  error
}

// parseRecords reads and parses the files read[i] of indices, on every
// processor: the JSON decoding of the records of a million objectives took
// three to five seconds on one core, paid by every process opening the
// index.
func parseRecords(ctx context.Context, read []recordRead, indices []int) error {
	return onEveryProcessor(ctx, len(indices), func(k int) {
		r := &read[indices[k]]
		data, err := os.ReadFile(r.path)
		if err != nil {
			r.err = err
			return
		}
		rec := &actRecord{}
		if err := json.Unmarshal(data, rec); err != nil {
			r.skip = err
			return
		}
		if rec.Act.ID == "" {
			r.skip = errors.New("no act id")
			return
		}
		r.file = recordFile{r.info, rec}
	})
}

// save writes the record into a generation being built: a temporary file
// renamed over the old one, so that a record linked from the previous
// generation is replaced, never written in place. The generation is synced
// as a whole before it is used (syncGeneration).
func (s recordStore) save(rec *actRecord) error {
	data, err := json.Marshal(rec)
	if err != nil {
		return fmt.Errorf("index record %s: %w", rec.Act.ID, err)
	}
	p := s.path(rec.Act.ID)
	if err := os.MkdirAll(s.dir, 0o755); err != nil {
		return fmt.Errorf("index record %s: %w", p, err)
	}
	f, err := os.CreateTemp(s.dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("index record %s: %w", p, err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), p)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("index record %s: %w", p, err)
	}
	return nil
}

// remove deletes the act's record.
func (s recordStore) remove(actID string) error {
	p := s.path(actID)
	if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("index record %s: %w", p, err)
	}
	return nil
}

func writeFileDurably(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	defer os.Remove(tmp) // after a successful rename there is nothing to remove
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: sync: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return syncPath(dir)
}

// syncPath makes a file's data, or a folder's entries, durable.
func syncPath(path string) error {
	d, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("sync %s: %w", path, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", path, err)
	}
	return nil
}
