package corpus

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"maps"
	"path"
	"slices"
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
	// ProblemEdited: an act record that is not what albo last wrote (its
	// digest differs from the act manifest's).
	ProblemEdited ProblemKind = "edited"
	// ProblemUnproven: a corpus whose act records have no manifest to be
	// checked against (written before manifests existed; see AdoptActs).
	ProblemUnproven ProblemKind = "unproven"
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
		proof, problems := s.loadActProof()
		for _, p := range problems {
			if !yield(p) {
				return
			}
		}
		checks := []struct {
			dir   string
			check func(ctx context.Context, key string) []Problem
		}{
			{blobsDir, s.verifyBlob},
			{actsDir, proof.verifyAct},
			{extractionsDir, s.verifyExtraction},
			{failuresDir, s.verifyFailure},
		}
		for _, c := range checks {
			if !s.walkVerify(ctx, c.dir, c.check, yield) {
				return
			}
			if c.dir != actsDir {
				continue
			}
			for _, p := range proof.unseen() {
				if !yield(p) {
					return
				}
			}
		}
	}
}

// walkVerify runs check on every finished object under dir and yields what
// it finds; false means stop (the consumer stopped or ctx ended).
func (s *Store) walkVerify(ctx context.Context, dir string, check func(ctx context.Context, key string) []Problem, yield func(Problem) bool) bool {
	stopped := false
	err := s.files.walk(ctx, dir, func(key string, err error) error {
		if err != nil {
			if !yield(Problem{ProblemUnreadable, key, err.Error()}) {
				stopped = true
				return fs.SkipAll
			}
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		for _, p := range check(ctx, key) {
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

// verifyBlob re-hashes a blob and checks it sits in its shard.
func (s *Store) verifyBlob(ctx context.Context, rel string) []Problem {
	name := path.Base(rel)
	if !validSHA(name) || blobKey(name) != rel {
		return []Problem{{ProblemUnexpected, rel, "not a blob of this layout"}}
	}
	got, _, err := hashObject(ctx, s.files, rel)
	if err != nil {
		return []Problem{{ProblemUnreadable, rel, err.Error()}}
	}
	if got != name {
		return []Problem{{ProblemDamaged, rel, "content hashes to " + got}}
	}
	return nil
}

// actProof checks the act records against the act manifest as Verify
// walks them.
type actProof struct {
	s        *Store
	manifest *manifestState // nil: no manifest, records unproven
	seen     map[string]bool
}

// loadActProof reads the act manifest, with the problems of reading it: a
// corpus with act records but no manifest is one problem, not one per
// record.
func (s *Store) loadActProof() (*actProof, []Problem) {
	proof := &actProof{s: s, seen: map[string]bool{}}
	st, ok, err := s.readManifest()
	switch {
	case err != nil:
		return proof, []Problem{{ProblemCorrupt, manifestName, err.Error()}}
	case ok:
		proof.manifest = st
		return proof, st.problems
	}
	if empty, err := s.noActRecords(); err == nil && !empty {
		return proof, []Problem{{ProblemUnproven, manifestName,
			"missing: the act records cannot be proven unedited; `albo corpus verify --adopt` records their current state"}}
	}
	return proof, nil
}

// verifyAct checks an act record parses, is filed under its own id, is
// what albo last wrote, and that the blobs of its files are stored.
func (proof *actProof) verifyAct(ctx context.Context, rel string) []Problem {
	s := proof.s
	if !strings.HasSuffix(rel, ".json") {
		return []Problem{{ProblemUnexpected, rel, "not an act record"}}
	}
	id := strings.TrimSuffix(strings.TrimPrefix(rel, actsDir+"/"), ".json")
	proof.seen[id] = true
	data, err := s.files.read(ctx, rel)
	if err != nil {
		return []Problem{recordProblem(rel, err)}
	}
	a, err := decodeAct(data, id)
	if err != nil {
		return []Problem{recordProblem(rel, &corruptError{path: s.files.location(rel), err: err})}
	}
	if p, ok := proof.check(id, rel, digestOf(data)); !ok {
		return []Problem{p}
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
				problems = append(problems, Problem{ProblemMissing, blobKey(sha), fmt.Sprintf("file %q of act %s", f.Name, a.ID)})
			}
		}
	}
	return problems
}

// check compares the digest of the record of id with the manifest's last
// entry for it. The manifest's last line may name a write whose record is
// not renamed yet (its writer is at work, or crashed there and no writer
// opened the corpus since), so there the record it replaces passes too;
// and a writer working beside Verify may have logged a write after the
// manifest was read, so a mismatch reads it again once.
func (proof *actProof) check(id, rel, sha string) (Problem, bool) {
	if proof.manifest == nil {
		return Problem{}, true
	}
	m := proof.manifest
	e, ok := m.entries[id]
	if (!ok || !m.vouches(id, sha)) && proof.reload() {
		m = proof.manifest
		e, ok = m.entries[id]
	}
	switch {
	case !ok:
		return Problem{ProblemEdited, rel, "not in " + manifestName + ": albo never wrote this record"}, false
	case !m.vouches(id, sha):
		return Problem{ProblemEdited, rel, fmt.Sprintf("content hashes to %s, albo last wrote %s", sha, e.sha)}, false
	}
	return Problem{}, true
}

// vouches says whether sha is a state of the record of id that the
// manifest accounts for (noRecord: no record at all).
func (m *manifestState) vouches(id, sha string) bool {
	e, ok := m.entries[id]
	return ok && (sha == e.sha || (id == m.lastID && sha == e.prev))
}

// reload reads the manifest again if it grew; it says whether it did. Its
// size is asked first, so records edited by hand cost no reading each.
func (proof *actProof) reload() bool {
	f, size, err := proof.s.files.open(context.Background(), manifestName)
	if err != nil {
		return false
	}
	f.Close()
	if size <= proof.manifest.size {
		return false
	}
	st, ok, err := proof.s.readManifest()
	if err != nil || !ok || st.size <= proof.manifest.size {
		return false
	}
	proof.manifest = st
	return true
}

// unseen reports the act records the manifest logs but the walk did not
// find: a record deleted. A first write not renamed yet (see check) left
// no record, and that is no loss.
func (proof *actProof) unseen() []Problem {
	if proof.manifest == nil {
		return nil
	}
	var problems []Problem
	for _, id := range slices.Sorted(maps.Keys(proof.manifest.entries)) {
		if proof.seen[id] || proof.manifest.vouches(id, noRecord) {
			continue
		}
		if exists(context.Background(), proof.s.files, actKey(id)) {
			continue // written by a writer at work beside Verify, after the walk passed its folder
		}
		problems = append(problems, Problem{ProblemMissing, actsDir + "/" + id + ".json", "act record logged in " + manifestName})
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

// verifyExtraction checks an extraction is JSON made from and filed under
// a PDF that is stored.
func (s *Store) verifyExtraction(ctx context.Context, rel string) []Problem {
	sha, ok := recordOwner(extractionsDir, rel)
	if !ok {
		return []Problem{{ProblemUnexpected, rel, "not an extraction record"}}
	}
	data, err := s.files.read(ctx, rel)
	if err != nil {
		return []Problem{{ProblemUnreadable, rel, err.Error()}}
	}
	var made struct {
		Source struct {
			SHA256    string `json:"sha256"`
			PDFSHA256 string `json:"pdf_sha256"`
		} `json:"source"`
	}
	if json.Unmarshal(data, &made) != nil {
		return []Problem{{ProblemCorrupt, rel, "not valid JSON"}}
	}
	// An extraction names the file it was read from (the PDF, or its signed
	// envelope and the PDF inside): one read from other bytes, such as a
	// damaged copy, is no extraction of this PDF.
	if src := made.Source; src.SHA256 != "" && src.SHA256 != sha && src.PDFSHA256 != sha {
		return []Problem{{ProblemCorrupt, rel, "read from " + src.SHA256 + ", not from the PDF it is filed under"}}
	}
	if !s.HasBlob(sha) {
		return []Problem{{ProblemMissing, blobKey(sha), "the PDF of extraction " + rel}}
	}
	return nil
}

// verifyFailure checks a quarantine record parses and names its own PDF
// and version.
func (s *Store) verifyFailure(ctx context.Context, rel string) []Problem {
	sha, ok := recordOwner(failuresDir, rel)
	if !ok {
		return []Problem{{ProblemUnexpected, rel, "not a failure record"}}
	}
	f, err := s.readFailure(ctx, rel)
	if err != nil {
		return []Problem{recordProblem(rel, err)}
	}
	if version, _ := versionOf(path.Base(rel)); f.PDFSHA256 != sha || f.ExtractorVersion != version {
		return []Problem{{ProblemCorrupt, rel, fmt.Sprintf("names %s by %q", f.PDFSHA256, f.ExtractorVersion)}}
	}
	return nil
}

// recordOwner is the PDF digest a per-version record is filed under, and
// whether the record sits where that digest puts it.
func recordOwner(kindDir, key string) (string, bool) {
	sha := path.Base(path.Dir(key))
	version, ok := versionOf(path.Base(key))
	if !ok || !validSHA(sha) {
		return "", false
	}
	want, err := recordKey(kindDir, sha, version)
	return sha, err == nil && want == key
}
