package corpus

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"
)

// Failure is a quarantined document: the extractor of that version could
// not read the PDF, and batch runs skip it until the extractor changes.
type Failure struct {
	PDFSHA256        string    `json:"pdf_sha256"`
	ExtractorVersion string    `json:"extractor_version"`
	Reason           string    `json:"reason"`
	At               time.Time `json:"at"`
	// DamagedBlob names the stored file that was found damaged when the
	// extractor came to read it: no fault of the document, so the
	// quarantine ends once the file is stored whole again.
	DamagedBlob string `json:"damaged_blob,omitempty"`
}

// versionFile names the record of one extractor version. Versions such as
// "albo 0.1.0" are escaped so any string is a safe file name.
func versionFile(version string) string {
	return url.PathEscape(version) + ".json"
}

// versionOf is versionFile's inverse; ok is false for other files.
func versionOf(name string) (string, bool) {
	if isTemp(name) || !strings.HasSuffix(name, ".json") {
		return "", false
	}
	v, err := url.PathUnescape(strings.TrimSuffix(name, ".json"))
	return v, err == nil && v != ""
}

// recordKey is the key of the record of (sha, version) under kindDir.
func recordKey(kindDir, sha, version string) (string, error) {
	if !validSHA(sha) {
		return "", fmt.Errorf("%q: not a sha256 digest", sha)
	}
	if version == "" {
		return "", errors.New("empty extractor version")
	}
	return shardedKey(kindDir, sha) + "/" + versionFile(version), nil
}

// recordPath is where the record of (sha, version) lives under kindDir:
// a file, or a URL.
func (s *Store) recordPath(kindDir, sha, version string) (string, error) {
	key, err := recordKey(kindDir, sha, version)
	if err != nil {
		return "", err
	}
	return s.files.location(key), nil
}

// PutExtraction stores data, the JSON of an extract.Result, as the
// extraction of the PDF pdfSHA by extractorVersion, atomically and durably.
func (s *Store) PutExtraction(ctx context.Context, pdfSHA, extractorVersion string, data []byte) error {
	if err := s.putRecord(ctx, extractionsDir, pdfSHA, extractorVersion, data); err != nil {
		return fmt.Errorf("corpus %s: put extraction of %s: %w", s.dir, pdfSHA, err)
	}
	return nil
}

// putRecord writes one per-version JSON record after checking it parses, so
// nothing unreadable is ever stored.
func (s *Store) putRecord(ctx context.Context, kindDir, sha, version string, data []byte) error {
	if err := s.writable(); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	key, err := recordKey(kindDir, sha, version)
	if err != nil {
		return err
	}
	if !json.Valid(data) {
		return errors.New("not valid JSON")
	}
	return s.files.write(ctx, key, data)
}

// Extraction returns the stored extraction of the PDF pdfSHA by
// extractorVersion; ErrNotFound when there is none.
func (s *Store) Extraction(pdfSHA, extractorVersion string) ([]byte, error) {
	key, err := recordKey(extractionsDir, pdfSHA, extractorVersion)
	if err != nil {
		return nil, fmt.Errorf("corpus %s: extraction: %w", s.dir, err)
	}
	data, err := s.files.read(context.Background(), key)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			err = ErrNotFound
		}
		return nil, fmt.Errorf("corpus %s: extraction of %s by %q: %w", s.dir, pdfSHA, extractorVersion, err)
	}
	return data, nil
}

// ExtractionDigest is the SHA-256 of the stored extraction of the PDF
// pdfSHA by extractorVersion: it changes whenever the extraction is
// written with other content, such as a re-extraction under the same
// version, so a consumer (the index) can tell what to read again.
func (s *Store) ExtractionDigest(pdfSHA, extractorVersion string) (string, error) {
	data, err := s.Extraction(pdfSHA, extractorVersion)
	if err != nil {
		return "", err
	}
	return digestOf(data), nil
}

// ExtractionVersions lists the extractor versions that have an extraction
// of the PDF pdfSHA, oldest first (see CompareVersions).
func (s *Store) ExtractionVersions(pdfSHA string) ([]string, error) {
	if !validSHA(pdfSHA) {
		return nil, fmt.Errorf("corpus %s: extraction versions: %q: not a sha256 digest", s.dir, pdfSHA)
	}
	var versions []string
	dir := shardedKey(extractionsDir, pdfSHA)
	err := s.files.walk(context.Background(), dir, func(key string, err error) error {
		if err != nil {
			return err
		}
		if v, ok := versionOf(strings.TrimPrefix(key, dir+"/")); ok {
			versions = append(versions, v)
		}
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("corpus %s: extraction versions of %s: %w", s.dir, pdfSHA, err)
	}
	slices.SortFunc(versions, CompareVersions)
	return versions, nil
}

// LatestExtraction returns the extraction of the PDF pdfSHA by the highest
// extractor version stored; ErrNotFound when there is none.
func (s *Store) LatestExtraction(pdfSHA string) (version string, data []byte, err error) {
	versions, err := s.ExtractionVersions(pdfSHA)
	if err != nil {
		return "", nil, err
	}
	if len(versions) == 0 {
		return "", nil, fmt.Errorf("corpus %s: extraction of %s: %w", s.dir, pdfSHA, ErrNotFound)
	}
	version = versions[len(versions)-1]
	data, err = s.Extraction(pdfSHA, version)
	return version, data, err
}

// CompareVersions orders extractor versions so that "albo 0.10.0" comes
// after "albo 0.9.2": runs of digits compare as numbers, the rest as text.
func CompareVersions(a, b string) int {
	for a != "" && b != "" {
		ca, ra := versionChunk(a)
		cb, rb := versionChunk(b)
		if c := compareChunk(ca, cb); c != 0 {
			return c
		}
		a, b = ra, rb
	}
	return cmp.Compare(len(a), len(b))
}

// versionChunk splits off the leading run of digits or of non-digits.
func versionChunk(s string) (chunk, rest string) {
	digit := isDigit(s[0])
	i := 1
	for i < len(s) && isDigit(s[i]) == digit {
		i++
	}
	return s[:i], s[i:]
}

func compareChunk(a, b string) int {
	if isDigit(a[0]) && isDigit(b[0]) {
		na, nb := strings.TrimLeft(a, "0"), strings.TrimLeft(b, "0")
		if c := cmp.Compare(len(na), len(nb)); c != 0 {
			return c
		}
		return cmp.Compare(na, nb)
	}
	return cmp.Compare(a, b)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// PutFailure quarantines the PDF pdfSHA for extractorVersion, recording why
// the extraction failed.
func (s *Store) PutFailure(ctx context.Context, pdfSHA, extractorVersion, reason string) error {
	return s.putFailure(ctx, Failure{PDFSHA256: pdfSHA, ExtractorVersion: extractorVersion, Reason: reason})
}

// PutDamagedFailure quarantines the PDF pdfSHA for extractorVersion because
// the stored file damagedBlob it was to be read from is damaged (see
// Failure.DamagedBlob).
func (s *Store) PutDamagedFailure(ctx context.Context, pdfSHA, extractorVersion, damagedBlob, reason string) error {
	return s.putFailure(ctx, Failure{PDFSHA256: pdfSHA, ExtractorVersion: extractorVersion, Reason: reason, DamagedBlob: damagedBlob})
}

func (s *Store) putFailure(ctx context.Context, f Failure) error {
	f.At = time.Now().UTC()
	data, err := marshalRecord(f)
	if err == nil {
		err = s.putRecord(ctx, failuresDir, f.PDFSHA256, f.ExtractorVersion, data)
	}
	if err != nil {
		return fmt.Errorf("corpus %s: put failure of %s: %w", s.dir, f.PDFSHA256, err)
	}
	return nil
}

// Failure returns the quarantine record of the PDF pdfSHA for
// extractorVersion; ErrNotFound when that version did not fail on it.
func (s *Store) Failure(pdfSHA, extractorVersion string) (*Failure, error) {
	key, err := recordKey(failuresDir, pdfSHA, extractorVersion)
	if err != nil {
		return nil, fmt.Errorf("corpus %s: failure: %w", s.dir, err)
	}
	f, err := s.readFailure(context.Background(), key)
	if err != nil {
		return nil, fmt.Errorf("corpus %s: failure of %s by %q: %w", s.dir, pdfSHA, extractorVersion, err)
	}
	return f, nil
}

// RemoveFailure lifts the quarantine of the PDF pdfSHA for extractorVersion,
// once an extraction succeeded after all. Removing a missing record is not
// an error.
func (s *Store) RemoveFailure(ctx context.Context, pdfSHA, extractorVersion string) error {
	if err := s.writable(); err != nil {
		return fmt.Errorf("corpus %s: remove failure of %s: %w", s.dir, pdfSHA, err)
	}
	key, err := recordKey(failuresDir, pdfSHA, extractorVersion)
	if err != nil {
		return fmt.Errorf("corpus %s: remove failure: %w", s.dir, err)
	}
	if err := s.files.remove(ctx, key); err != nil {
		return fmt.Errorf("corpus %s: remove failure of %s: %w", s.dir, pdfSHA, err)
	}
	return nil
}

// readFailure decodes the quarantine record at key.
func (s *Store) readFailure(ctx context.Context, key string) (*Failure, error) {
	data, err := s.files.read(ctx, key)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	var f Failure
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, &corruptError{path: s.files.location(key), err: err}
	}
	return &f, nil
}

// Failures streams every quarantine record, by digest then version. An
// unreadable record yields its error and the stream goes on.
func (s *Store) Failures(ctx context.Context) iter.Seq2[*Failure, error] {
	return func(yield func(*Failure, error) bool) {
		keys, err := s.recordKeys(ctx, failuresDir)
		if err != nil {
			yield(nil, fmt.Errorf("corpus %s: list failures: %w", s.dir, err))
			return
		}
		for _, key := range keys {
			if err := ctx.Err(); err != nil {
				yield(nil, fmt.Errorf("corpus %s: list failures: %w", s.dir, err))
				return
			}
			f, err := s.readFailure(ctx, key)
			if err != nil {
				err = fmt.Errorf("corpus %s: %w", s.dir, err)
			}
			if !yield(f, err) {
				return
			}
		}
	}
}

// recordKeys lists the keys of the per-version records under kindDir in
// order.
func (s *Store) recordKeys(ctx context.Context, kindDir string) ([]string, error) {
	var keys []string
	err := s.files.walk(ctx, kindDir, func(key string, err error) error {
		if err != nil {
			return err
		}
		if _, ok := versionOf(path.Base(key)); ok {
			keys = append(keys, key)
		}
		return nil
	})
	return keys, err
}
