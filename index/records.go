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

// load reads every record. A record that does not parse is dropped with
// its error in skipped: the act is then indexed again from the corpus.
func (s recordStore) load(ctx context.Context) (recs map[string]*actRecord, skipped []error, err error) {
	entries, err := os.ReadDir(s.dir)
	if errors.Is(err, os.ErrNotExist) {
		return map[string]*actRecord{}, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("index records %s: %w", s.dir, err)
	}
	recs = make(map[string]*actRecord, len(entries))
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		if !strings.HasSuffix(e.Name(), ".json") {
			continue // a temporary file left by a crash
		}
		p := filepath.Join(s.dir, e.Name())
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, fmt.Errorf("index record %s: %w", p, err)
		}
		var rec actRecord
		if err := json.Unmarshal(data, &rec); err != nil || rec.Act.ID == "" {
			skipped = append(skipped, fmt.Errorf("index record %s: unreadable, will be rebuilt: %v", p, err))
			continue
		}
		recs[rec.Act.ID] = &rec
	}
	return recs, skipped, nil
}

// save writes the record durably: temporary file, fsync, rename, fsync of
// the folder.
func (s recordStore) save(rec *actRecord) error {
	data, err := json.Marshal(rec)
	if err != nil {
		return fmt.Errorf("index record %s: %w", rec.Act.ID, err)
	}
	return writeFileDurably(s.path(rec.Act.ID), data)
}

// remove deletes the act's record.
func (s recordStore) remove(actID string) error {
	p := s.path(actID)
	if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("index record %s: %w", p, err)
	}
	return syncDir(s.dir)
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
	return syncDir(dir)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}
