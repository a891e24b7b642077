package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// tmpPrefix marks files being written; readers skip them and Open and Verify
// remove the ones a crash left behind.
const tmpPrefix = ".tmp-"

// isTemp says whether a directory entry is an unfinished write.
func isTemp(name string) bool { return strings.HasPrefix(name, tmpPrefix) }

// writeFileAtomic replaces path with data so that a crash at any instant
// leaves either the old file or the whole new one (litestream's recipe).
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := mkdirDurable(dir); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, tmpPrefix+"*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		abandon(tmp)
		return err
	}
	return commitTemp(tmp, path)
}

// commitTemp syncs and closes a fully written temporary file and renames it
// to path, then syncs the folders involved so the rename survives a crash.
// On failure the temporary file is removed.
func commitTemp(tmp *os.File, path string) error {
	if err := tmp.Sync(); err != nil {
		abandon(tmp)
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := syncDir(filepath.Dir(path)); err != nil {
		return err
	}
	if src := filepath.Dir(tmp.Name()); src != filepath.Dir(path) {
		return syncDir(src)
	}
	return nil
}

// abandon closes and removes a temporary file after a failed write; the
// write's own error is the one worth reporting.
func abandon(tmp *os.File) {
	tmp.Close()
	os.Remove(tmp.Name())
}

// syncDir makes the entries of a folder (a rename, a new subfolder) durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}

// mkdirDurable creates dir and any missing parents, syncing each parent that
// gained an entry, so a file later renamed into dir cannot be lost with a
// folder that never reached the disk.
func mkdirDurable(dir string) error {
	if fi, err := os.Stat(dir); err == nil {
		if !fi.IsDir() {
			return fmt.Errorf("%s: not a folder", dir)
		}
		return nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	parent := filepath.Dir(dir)
	if parent != dir {
		if err := mkdirDurable(parent); err != nil {
			return err
		}
	}
	if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	return syncDir(parent)
}

// removeTemps deletes the unfinished writes a crash left under root.
func removeTemps(root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		if !d.IsDir() && isTemp(d.Name()) {
			if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
		return nil
	})
}
