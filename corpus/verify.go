package corpus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
)

// ProblemKind classifies what Verify found wrong.
type ProblemKind string

const (
	// ProblemDamaged: a blob whose content no longer has its digest
	// (a flipped byte, a truncation).
	ProblemDamaged ProblemKind = "damaged"
	// ProblemMissing: a blob that a record refers to is not stored.
	ProblemMissing ProblemKind = "missing"
	// ProblemCorrupt: a record that does not parse or is misplaced.
	ProblemCorrupt ProblemKind = "corrupt"
	// ProblemUnexpected: a file the layout has no place for.
	ProblemUnexpected ProblemKind = "unexpected"
	// ProblemUnreadable: a file or folder that could not be read.
	ProblemUnreadable ProblemKind = "unreadable"
	// ProblemAborted: the check stopped before the end (its context ended).
	ProblemAborted ProblemKind = "aborted"
)

// Problem is one thing wrong in a store.
type Problem struct {
	Kind ProblemKind `json:"kind"`
	// Path is the file concerned, relative to the store's folder, with
	// slashes.
	Path   string `json:"path"`
	Detail string `json:"detail"`
}

func (p Problem) String() string {
	return fmt.Sprintf("%s: %s: %s", p.Path, p.Kind, p.Detail)
}

// Verify re-hashes every blob, checks that every record parses and sits
// where its content says, and that every blob a record refers to is stored.
// It yields each problem found; a whole store yields none. On a writable
// store it first removes the temporary files of interrupted writes.
func (s *Store) Verify(ctx context.Context) iter.Seq[Problem] {
	return func(yield func(Problem) bool) {
		if s.writable() == nil {
			if err := s.removeTemps(); err != nil {
				if !yield(Problem{ProblemUnreadable, ".", "clean up interrupted writes: " + err.Error()}) {
					return
				}
			}
		}
		checks := []struct {
			dir   string
			check func(ctx context.Context, path, rel string) []Problem
		}{
			{blobsDir, s.verifyBlob},
			{actsDir, s.verifyAct},
			{extractionsDir, s.verifyExtraction},
			{failuresDir, s.verifyFailure},
		}
		for _, c := range checks {
			if !s.walkVerify(ctx, c.dir, c.check, yield) {
				return
			}
		}
	}
}

// walkVerify runs check on every finished file under dir and yields what it
// finds; false means stop (the consumer stopped or ctx ended).
func (s *Store) walkVerify(ctx context.Context, dir string, check func(ctx context.Context, path, rel string) []Problem, yield func(Problem) bool) bool {
	stopped := false
	root := filepath.Join(s.dir, filepath.FromSlash(dir))
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		rel := s.rel(path)
		if err != nil {
			if !yield(Problem{ProblemUnreadable, rel, err.Error()}) {
				stopped = true
				return fs.SkipAll
			}
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if d.IsDir() || isTemp(d.Name()) {
			return nil
		}
		for _, p := range check(ctx, path, rel) {
			if !yield(p) {
				stopped = true
				return fs.SkipAll
			}
		}
		return nil
	})
	if err != nil && !stopped {
		yield(Problem{ProblemAborted, dir, err.Error()})
		return false
	}
	return !stopped
}

// rel is path relative to the store, the way Problems name files.
func (s *Store) rel(path string) string {
	r, err := filepath.Rel(s.dir, path)
	if err != nil {
		return path
	}
	return filepath.ToSlash(r)
}

// verifyBlob re-hashes a blob and checks it sits in its shard.
func (s *Store) verifyBlob(ctx context.Context, path, rel string) []Problem {
	name := filepath.Base(path)
	if !validSHA(name) || s.BlobPath(name) != path {
		return []Problem{{ProblemUnexpected, rel, "not a blob of this layout"}}
	}
	f, err := os.Open(path)
	if err != nil {
		return []Problem{{ProblemUnreadable, rel, err.Error()}}
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, ctxReader{ctx, f}); err != nil {
		return []Problem{{ProblemUnreadable, rel, err.Error()}}
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != name {
		return []Problem{{ProblemDamaged, rel, "content hashes to " + got}}
	}
	return nil
}

// verifyAct checks an act record parses, is filed under its own id, and
// that the blobs of its files are stored.
func (s *Store) verifyAct(ctx context.Context, path, rel string) []Problem {
	if !strings.HasSuffix(path, ".json") {
		return []Problem{{ProblemUnexpected, rel, "not an act record"}}
	}
	id := strings.TrimSuffix(strings.TrimPrefix(rel, actsDir+"/"), ".json")
	a, err := readAct(path, id)
	if err != nil {
		return []Problem{recordProblem(rel, err)}
	}
	var problems []Problem
	for _, f := range a.Files {
		shas := []string{f.SHA256}
		if f.PDFSHA256 != "" { // empty for a file that carries no PDF
			shas = append(shas, f.PDFSHA256)
		}
		for _, sha := range shas {
			if !validSHA(sha) {
				problems = append(problems, Problem{ProblemCorrupt, rel, fmt.Sprintf("file %q: %q is not a sha256 digest", f.Name, sha)})
			} else if !s.HasBlob(sha) {
				problems = append(problems, Problem{ProblemMissing, s.rel(s.BlobPath(sha)), fmt.Sprintf("file %q of act %s", f.Name, a.ID)})
			}
		}
	}
	return problems
}

// recordProblem classifies the error of reading the record at rel: corrupt
// when it does not decode, unreadable otherwise. The problem names the
// record, so its detail gives only the reason.
func recordProblem(rel string, err error) Problem {
	var corrupt *corruptError
	if errors.As(err, &corrupt) {
		return Problem{ProblemCorrupt, rel, corrupt.err.Error()}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return Problem{ProblemUnreadable, rel, err.Error()}
}

// verifyExtraction checks an extraction is JSON filed under a PDF that is
// stored.
func (s *Store) verifyExtraction(ctx context.Context, path, rel string) []Problem {
	sha, ok := s.recordOwner(extractionsDir, path)
	if !ok {
		return []Problem{{ProblemUnexpected, rel, "not an extraction record"}}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return []Problem{{ProblemUnreadable, rel, err.Error()}}
	}
	if !json.Valid(data) {
		return []Problem{{ProblemCorrupt, rel, "not valid JSON"}}
	}
	if !s.HasBlob(sha) {
		return []Problem{{ProblemMissing, s.rel(s.BlobPath(sha)), "the PDF of extraction " + rel}}
	}
	return nil
}

// verifyFailure checks a quarantine record parses and names its own PDF
// and version.
func (s *Store) verifyFailure(ctx context.Context, path, rel string) []Problem {
	sha, ok := s.recordOwner(failuresDir, path)
	if !ok {
		return []Problem{{ProblemUnexpected, rel, "not a failure record"}}
	}
	f, err := readFailure(path)
	if err != nil {
		return []Problem{recordProblem(rel, err)}
	}
	if version, _ := versionOf(filepath.Base(path)); f.PDFSHA256 != sha || f.ExtractorVersion != version {
		return []Problem{{ProblemCorrupt, rel, fmt.Sprintf("names %s by %q", f.PDFSHA256, f.ExtractorVersion)}}
	}
	return nil
}

// recordOwner is the PDF digest a per-version record is filed under, and
// whether the record sits where that digest puts it.
func (s *Store) recordOwner(kindDir, path string) (string, bool) {
	sha := filepath.Base(filepath.Dir(path))
	version, ok := versionOf(filepath.Base(path))
	if !ok || !validSHA(sha) {
		return "", false
	}
	want, err := s.recordPath(kindDir, sha, version)
	return sha, err == nil && want == path
}
