package corpus

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"
)

// The act manifest proves the act records: an append-only log, kept apart
// from the records, of the digest of every record albo wrote. An act record
// cannot be rebuilt once the Albo drops the act, and an edit that keeps it
// valid JSON (another subject, another number) would pass every other
// check, so Verify compares each record with the digest its last write
// logged.
//
// Each line after the header is "<new> <previous> <id>": the SHA-256 of
// the record written and of the record it replaced ("-" for none). Writes
// are one at a time, and the line is appended and synced before the record
// is renamed into place, then followed by a "done" line, so only a last
// line not yet done can name a write that did not happen: a write that
// fails takes its line back, and the next writer's Open takes back the
// line of a write a crash interrupted (and cuts off a line the crash tore).
// The "done" line tells a record deleted after its first write from a
// first write a crash interrupted.
const (
	manifestName   = "acts.manifest"
	manifestHeader = "albo act manifest 1\n"
	manifestDone   = "done\n"
	noRecord       = "-"
)

// actManifest is the writer's end of the manifest.
type actManifest struct {
	mu sync.Mutex // one record write at a time: its line, then its rename
	f  appendLog  // opened for appending; nil when the corpus has none
	// deferred: not opened yet; a bucket's manifest is opened by its
	// first act write, so the extraction workers sharing a bucket, which
	// write no act record, never rewrite it.
	deferred bool
}

// manifestReady opens a deferred manifest; the caller holds s.acts.mu.
func (s *Store) manifestReady() error {
	if !s.acts.deferred {
		return nil
	}
	if err := s.openManifest(); err != nil {
		return err
	}
	s.acts.deferred = false
	return nil
}

// manifestPath is where the manifest of the store lives: a file, or a URL.
func (s *Store) manifestPath() string { return s.files.location(manifestName) }

// openManifest opens the manifest for appending, cutting off a line a
// crash tore. A corpus without one gets a new one when it holds no act
// record yet; an older corpus with records stays without until AdoptActs,
// since a manifest started now could not vouch for what came before.
func (s *Store) openManifest() error {
	ctx := context.Background()
	f, err := s.files.openLog(ctx, manifestName)
	if errors.Is(err, fs.ErrNotExist) {
		empty, err := s.noActRecords()
		if err != nil || !empty {
			return err
		}
		if err := s.files.write(ctx, manifestName, []byte(manifestHeader)); err != nil {
			return err
		}
		f, err = s.files.openLog(ctx, manifestName)
		if err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	if err := cutTornLine(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", manifestName, err)
	}
	if err := s.takeBackUnfinishedWrite(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", manifestName, err)
	}
	s.acts.f = f
	return nil
}

// takeBackUnfinishedWrite removes the manifest's last line when its record
// was never renamed into place (the record on disk is still the one the
// line says it replaced): a crash came between the two.
func (s *Store) takeBackUnfinishedWrite(f appendLog) error {
	tail, size, err := readTail(f)
	if err != nil {
		return err
	}
	line := tail[bytes.LastIndexByte(tail[:max(len(tail)-1, 0)], '\n')+1:]
	e, id, ok := parseManifestLine(string(line)) // false for a done line
	if !ok {
		return nil
	}
	onDisk := noRecord
	if data, err := s.files.read(context.Background(), actKey(id)); err == nil {
		onDisk = digestOf(data)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if onDisk == e.sha || onDisk != e.prev {
		return nil // done, or edited since: Verify reports it
	}
	if err := f.Truncate(size - int64(len(line))); err != nil {
		return err
	}
	return f.Sync()
}

// readTail reads the end of f, long enough to hold its last line whole,
// and f's size.
func readTail(f appendLog) (tail []byte, size int64, err error) {
	size, err = f.Size()
	if err != nil {
		return nil, 0, err
	}
	tail = make([]byte, min(size, int64(maxManifestLine+1)))
	if _, err := f.ReadAt(tail, size-int64(len(tail))); err != nil && !errors.Is(err, io.EOF) {
		return nil, 0, err
	}
	return tail, size, nil
}

// parseManifestLine reads one entry line, with its line break.
func parseManifestLine(line string) (e manifestEntry, id string, ok bool) {
	fields := strings.SplitN(strings.TrimSuffix(line, "\n"), " ", 3)
	if len(fields) != 3 || !strings.HasSuffix(line, "\n") || !validSHA(fields[0]) ||
		(fields[1] != noRecord && !validSHA(fields[1])) || ValidateID(fields[2]) != nil {
		return manifestEntry{}, "", false
	}
	return manifestEntry{sha: fields[0], prev: fields[1]}, fields[2], true
}

// noActRecords says whether the store holds no act record at all.
func (s *Store) noActRecords() (bool, error) {
	found := false
	err := s.files.walk(context.Background(), actsDir, func(key string, err error) error {
		if err != nil {
			return err
		}
		found = true
		return fs.SkipAll
	})
	return !found, err
}

// maxManifestLine bounds a line: two digests, an id and separators.
const maxManifestLine = 2*sha256.Size*2 + maxIDLen + 3

// cutTornLine truncates f after its last line break, removing the part of
// a line a crash left unfinished. An unfinished end longer than any line
// albo writes is no line of albo's but damage: it is kept, ended with a
// line break so that the lines written after it stay whole, and Verify
// reports it as a corrupt line.
func cutTornLine(f appendLog) error {
	tail, size, err := readTail(f)
	if err != nil {
		return err
	}
	if len(tail) == 0 || tail[len(tail)-1] == '\n' {
		return nil
	}
	lastBreak := bytes.LastIndexByte(tail, '\n')
	if lastBreak < 0 && len(tail) > maxManifestLine {
		if _, err := f.Write([]byte{'\n'}); err != nil {
			return err
		}
		return f.Sync()
	}
	if err := f.Truncate(size - int64(len(tail)) + int64(lastBreak+1)); err != nil {
		return err
	}
	return f.Sync()
}

// logActWrite appends and syncs the line of a record write, and returns
// what takes it back should the record's own write fail. On failure the
// manifest is cut back to what it was, so that a full disk never leaves
// half a line before the next one.
func (m *actManifest) logActWrite(id, newSHA, prevSHA string) (undo func(), err error) {
	if m.f == nil {
		return func() {}, nil
	}
	size, err := m.f.Size()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", manifestName, err)
	}
	undo = func() {
		if m.f.Truncate(size) == nil {
			m.f.Sync()
		}
	}
	_, err = fmt.Fprintf(m.f, "%s %s %s\n", newSHA, prevSHA, id)
	if err == nil {
		err = m.f.Sync()
	}
	if err != nil {
		undo()
		return nil, fmt.Errorf("%s: %w", manifestName, err)
	}
	return undo, nil
}

// logDone follows the line of a write whose record is in place. It is not
// synced: lost in a crash, the record itself shows the write was done.
func (m *actManifest) logDone() {
	if m.f == nil {
		return
	}
	size, err := m.f.Size()
	if err != nil {
		return
	}
	if _, err := io.WriteString(m.f, manifestDone); err != nil {
		m.f.Truncate(size)
	}
}

// close releases the manifest.
func (m *actManifest) close() error {
	if m.f == nil {
		return nil
	}
	err := m.f.Close()
	m.f = nil
	return err
}

// digestOf is the hex SHA-256 of data.
func digestOf(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// manifestEntry is the last write the manifest logged for one act.
type manifestEntry struct{ sha, prev string }

// manifestState is the manifest as read back: the last entry of each act.
type manifestState struct {
	entries map[string]manifestEntry
	// lastID is the act of the last line when that write is not done: it
	// may not have happened (its writer is between the line and the
	// rename, or crashed there and no writer opened the corpus since).
	lastID string
	size   int64 // bytes read, to tell whether it grew since
	// problems are lines that do not parse.
	problems []Problem
}

// readManifest reads the manifest; ok is false when the corpus has none.
func (s *Store) readManifest() (st *manifestState, ok bool, err error) {
	f, _, err := s.files.open(context.Background(), manifestName)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	st = &manifestState{entries: map[string]manifestEntry{}}
	r := bufio.NewReader(f)
	for n := 1; ; n++ {
		line, err := r.ReadString('\n')
		if errors.Is(err, io.EOF) {
			// A last line without its line break is a write a crash cut
			// short: its record was never renamed into place.
			break
		}
		if err != nil {
			return nil, false, err
		}
		st.size += int64(len(line))
		if n == 1 {
			if line != manifestHeader {
				return nil, false, fmt.Errorf("%s: not an act manifest (first line %.40q)", manifestName, line)
			}
			continue
		}
		if line == manifestDone {
			st.lastID = ""
			continue
		}
		e, id, ok := parseManifestLine(line)
		if !ok {
			st.problems = append(st.problems, Problem{ProblemCorrupt, manifestName, fmt.Sprintf("line %d: %.80q", n, line)})
			continue
		}
		st.entries[id] = e
		st.lastID = id
	}
	return st, true, nil
}

// AdoptActs records the current state of every act record in a new
// manifest, replacing any there was: for a corpus written before manifests
// existed, or after edits a person made on purpose and vouches for. Records
// that do not parse as their act are left out (Verify goes on reporting
// them); the ids adopted are counted.
func (s *Store) AdoptActs(ctx context.Context) (int, error) {
	if err := s.writable(); err != nil {
		return 0, fmt.Errorf("corpus %s: adopt act records: %w", s.dir, err)
	}
	s.acts.mu.Lock()
	defer s.acts.mu.Unlock()
	s.acts.deferred = false // replaced whole, whatever it held
	ids, err := s.ActIDs(ctx)
	if err != nil {
		return 0, err
	}
	var buf bytes.Buffer
	buf.WriteString(manifestHeader)
	n := 0
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return 0, fmt.Errorf("corpus %s: adopt act records: %w", s.dir, err)
		}
		if ValidateID(id) != nil {
			continue
		}
		data, err := s.files.read(ctx, actKey(id))
		if err != nil {
			return 0, fmt.Errorf("corpus %s: adopt act records: %w", s.dir, err)
		}
		if _, err := decodeAct(data, id); err != nil {
			continue
		}
		fmt.Fprintf(&buf, "%s %s %s\n", digestOf(data), noRecord, id)
		n++
	}
	// The new manifest replaces the old one whole or not at all; the old
	// one stays open for the writes that follow until then.
	if err := s.files.write(ctx, manifestName, buf.Bytes()); err != nil {
		return 0, fmt.Errorf("corpus %s: adopt act records: %w", s.dir, err)
	}
	s.acts.close()
	if err := s.openManifest(); err != nil {
		return 0, fmt.Errorf("corpus %s: adopt act records: %w", s.dir, err)
	}
	return n, nil
}
