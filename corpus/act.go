package corpus

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"slices"
	"strings"
	"time"
)

// Act is the metadata record of one published act: where and when it was
// seen and the files it was published with. The JSON names are those of
// `albo corpus ls --json` (contract/CLI.md).
type Act struct {
	// ID is source/category/year/number, e.g. "milano/giunta/2019/2187"
	// (see ActID); it names the record's file.
	ID       string `json:"id"`
	Source   string `json:"source"`
	Category string `json:"category"`
	Number   int    `json:"number"`
	Year     int    `json:"year,omitempty"`
	Date     string `json:"date"` // YYYY-MM-DD, the act's own date
	Subject  string `json:"subject"`
	Office   string `json:"office"`
	// PublishedFrom and PublishedTo bound the publication period on the
	// Albo (YYYY-MM-DD).
	PublishedFrom string    `json:"published_from,omitempty"`
	PublishedTo   string    `json:"published_to,omitempty"`
	ListingURL    string    `json:"listing_url,omitempty"`
	DetailURL     string    `json:"detail_url,omitempty"`
	FirstSeen     time.Time `json:"first_seen"`
	LastSeen      time.Time `json:"last_seen"`
	Files         []File    `json:"files"`
	Signers       []string  `json:"signers,omitempty"`
}

// File is one document of an act as it was fetched or imported.
type File struct {
	Name string `json:"name"`
	// SHA256 names the blob holding the file exactly as served.
	SHA256 string `json:"sha256"`
	// PDFSHA256 names the blob of the PDF the file carries: the file itself
	// for a plain PDF, the innermost content of a signed envelope; empty
	// when the file holds no PDF. Extractions are keyed by it.
	PDFSHA256   string `json:"pdf_sha256"`
	URL         string `json:"url,omitempty"`
	ContentType string `json:"content_type,omitempty"`
	Size        int64  `json:"size,omitempty"`
	// ETag and LastModified are the HTTP validators of the download, for
	// conditional requests on the next crawl.
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	FetchedAt    time.Time `json:"fetched_at,omitzero"`
	Signers      []Signer  `json:"signers,omitempty"`
	// Role is what the file is to its act, as the page that published it
	// says: RoleMain for the act itself, RoleAttachment for an annex (the
	// plans are published as attachments, "Allegato 2"). Empty in records
	// written before roles were kept.
	Role string `json:"role,omitempty"`
	// Label is the file's title as the page gives it ("Allegato 2 - Piano
	// degli Obiettivi"), where the page gives one.
	Label string `json:"label,omitempty"`
}

// Roles of a File.
const (
	RoleMain       = "main"
	RoleAttachment = "attachment"
)

// Signer is one signature of a signed envelope. Level 1 is the outermost
// envelope.
type Signer struct {
	Level       int    `json:"level"`
	Subject     string `json:"subject"`
	CommonName  string `json:"common_name,omitempty"`
	Issuer      string `json:"issuer,omitempty"`
	Serial      string `json:"serial,omitempty"`
	SigningTime string `json:"signing_time,omitempty"` // RFC 3339
}

// maxIDLen keeps an id (and so its path) well inside file-system limits.
const maxIDLen = 200

// ValidateID reports why id cannot name an act record: ids are
// slash-separated segments of letters, digits, '.', '_' and '-', none empty
// and none starting with a dot, so an id never escapes the store's folder.
func ValidateID(id string) error {
	if id == "" {
		return errors.New("empty act id")
	}
	if len(id) > maxIDLen {
		return fmt.Errorf("act id %.40q…: longer than %d bytes", id, maxIDLen)
	}
	for seg := range strings.SplitSeq(id, "/") {
		if seg == "" {
			return fmt.Errorf("act id %q: empty segment", id)
		}
		if seg[0] == '.' {
			return fmt.Errorf("act id %q: segment %q starts with a dot", id, seg)
		}
		for _, c := range []byte(seg) {
			if !isIDByte(c) {
				return fmt.Errorf("act id %q: character %q not allowed", id, c)
			}
		}
	}
	return nil
}

func isIDByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-'
}

// actKey is the key of the record of a valid id.
func actKey(id string) string { return actsDir + "/" + id + ".json" }

// actPath is where the record of a valid id lives: a file, or a URL.
func (s *Store) actPath(id string) string { return s.files.location(actKey(id)) }

// PutAct stores a's record, replacing the previous one with the same ID
// atomically and durably, and logs its digest in the act manifest (see
// AdoptActs). Writing an identical record touches nothing.
// The files the record names should be stored (PutBlob) first, so that a
// crash never leaves a record pointing at a missing blob.
func (s *Store) PutAct(ctx context.Context, a *Act) error {
	if err := s.writable(); err != nil {
		return fmt.Errorf("corpus %s: put act %s: %w", s.dir, a.ID, err)
	}
	if err := ValidateID(a.ID); err != nil {
		return fmt.Errorf("corpus %s: put act: %w", s.dir, err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("corpus %s: put act %s: %w", s.dir, a.ID, err)
	}
	rec := *a
	if rec.Files == nil {
		rec.Files = []File{} // "files": [] for consumers of the JSON, never null
	}
	data, err := marshalRecord(&rec)
	if err != nil {
		return fmt.Errorf("corpus %s: put act %s: %w", s.dir, a.ID, err)
	}
	key := actKey(a.ID)
	s.acts.mu.Lock()
	defer s.acts.mu.Unlock()
	if err := s.manifestReady(); err != nil {
		return fmt.Errorf("corpus %s: put act %s: open the act manifest: %w", s.dir, a.ID, err)
	}
	prev := noRecord
	old, err := s.files.read(ctx, key)
	switch {
	case err == nil && bytes.Equal(old, data):
		return nil
	case err == nil:
		prev = digestOf(old)
	case !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("corpus %s: put act %s: %w", s.dir, a.ID, err)
	}
	// The manifest's line first: a crash before the rename leaves a line
	// the next Open takes back.
	undo, err := s.acts.logActWrite(a.ID, digestOf(data), prev)
	if err != nil {
		return fmt.Errorf("corpus %s: put act %s: %w", s.dir, a.ID, err)
	}
	if err := s.files.write(ctx, key, data); err != nil {
		undo()
		return fmt.Errorf("corpus %s: put act %s: %w", s.dir, a.ID, err)
	}
	s.acts.logDone()
	return nil
}

// marshalRecord is the on-disk form of every JSON record: indented, for
// people reading the corpus with a text editor and diffing it.
func marshalRecord(v any) ([]byte, error) {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// Act reads the record of the act id; ErrNotFound when there is none.
func (s *Store) Act(id string) (*Act, error) {
	if err := ValidateID(id); err != nil {
		return nil, fmt.Errorf("corpus %s: %w: %w", s.dir, err, ErrNotFound)
	}
	a, err := s.readAct(context.Background(), id)
	if err != nil {
		return nil, fmt.Errorf("corpus %s: act %s: %w", s.dir, id, err)
	}
	return a, nil
}

// readAct decodes the record of id and checks it is the record of id.
func (s *Store) readAct(ctx context.Context, id string) (*Act, error) {
	data, err := s.files.read(ctx, actKey(id))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	a, err := decodeAct(data, id)
	if err != nil {
		return nil, &corruptError{path: s.actPath(id), err: err}
	}
	return a, nil
}

// corruptError is a record file that does not decode as its kind of record.
type corruptError struct {
	path string
	err  error
}

func (e *corruptError) Error() string { return "corrupt record " + e.path + ": " + e.err.Error() }
func (e *corruptError) Unwrap() error { return e.err }

// decodeAct parses the bytes of the record of id.
func decodeAct(data []byte, id string) (*Act, error) {
	var a Act
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, err
	}
	if a.ID != id {
		return nil, fmt.Errorf("names act %q", a.ID)
	}
	return &a, nil
}

// ActIDs lists the ids of every stored act, sorted.
func (s *Store) ActIDs(ctx context.Context) ([]string, error) {
	var ids []string
	err := s.files.walk(ctx, actsDir, func(key string, err error) error {
		if err != nil {
			return err
		}
		if id, ok := strings.CutSuffix(strings.TrimPrefix(key, actsDir+"/"), ".json"); ok {
			ids = append(ids, id)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("corpus %s: list acts: %w", s.dir, err)
	}
	slices.Sort(ids)
	return ids, nil
}

// Acts streams every stored act sorted by id. A record that cannot be read
// yields its error and the stream goes on; the stream ends early when ctx
// ends (yielding ctx's error) or the consumer stops.
func (s *Store) Acts(ctx context.Context) iter.Seq2[*Act, error] {
	return func(yield func(*Act, error) bool) {
		ids, err := s.ActIDs(ctx)
		if err != nil {
			yield(nil, err)
			return
		}
		for _, id := range ids {
			if err := ctx.Err(); err != nil {
				yield(nil, fmt.Errorf("corpus %s: list acts: %w", s.dir, err))
				return
			}
			if !yield(s.Act(id)) {
				return
			}
		}
	}
}
