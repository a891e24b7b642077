package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
)

// CorpusInputs offers every act of the corpus that has an extraction to
// Update. An act's digest names the latest extraction of each of its PDFs
// and that extraction's content, so re-extracting an act (or adding a file
// to it) re-indexes it and nothing else. Acts not extracted yet are left out. An act whose record
// cannot be read is still offered, with a Load that fails: Update then
// reports it and keeps what it had indexed of the act, where leaving it
// out would drop it from the index.
func CorpusInputs(ctx context.Context, s *corpus.Store) ([]Input, error) {
	ids, err := s.ActIDs(ctx)
	if err != nil {
		return nil, err
	}
	var inputs []Input
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a, err := s.Act(id)
		if err == nil {
			var in Input
			var ok bool
			if in, ok, err = corpusInput(s, a); err == nil {
				if ok {
					inputs = append(inputs, in)
				}
				continue
			}
		}
		failed := err
		inputs = append(inputs, Input{Act: ActRef{ID: id}, Digest: "unreadable: " + err.Error(),
			Load: func(context.Context) (*extract.Result, error) { return nil, failed }})
	}
	return inputs, nil
}

// extracted is one PDF of an act with the extractor version to read.
type extracted struct{ pdfSHA, version string }

func corpusInput(s *corpus.Store, a *corpus.Act) (Input, bool, error) {
	var files []extracted
	digest := sha256.New()
	for _, f := range a.Files {
		if f.PDFSHA256 == "" {
			continue
		}
		versions, err := s.ExtractionVersions(f.PDFSHA256)
		if err != nil {
			return Input{}, false, fmt.Errorf("act %s: %w", a.ID, err)
		}
		if len(versions) == 0 {
			continue
		}
		v := versions[len(versions)-1]
		// The extraction's own digest too: a re-extraction under the same
		// version (a repaired file, an extractor fix) is read again.
		content, err := s.ExtractionDigest(f.PDFSHA256, v)
		if err != nil {
			return Input{}, false, fmt.Errorf("act %s: %w", a.ID, err)
		}
		files = append(files, extracted{f.PDFSHA256, v})
		fmt.Fprintf(digest, "%s %s %s\n", f.PDFSHA256, v, content)
	}
	if len(files) == 0 {
		return Input{}, false, nil
	}
	ref := ActRef{ID: a.ID, Number: a.Number, Date: a.Date}
	load := func(ctx context.Context) (*extract.Result, error) {
		var merged *extract.Result
		for _, f := range files {
			data, err := s.Extraction(f.pdfSHA, f.version)
			if err != nil {
				return nil, err
			}
			var res extract.Result
			if err := json.Unmarshal(data, &res); err != nil {
				return nil, fmt.Errorf("extraction of %s by %s: %w", f.pdfSHA, f.version, err)
			}
			merged = mergeResults(merged, &res)
		}
		if merged.Act != nil && merged.Act.Organ == "" {
			merged.Act.Organ = a.Category
		}
		return merged, nil
	}
	return Input{Act: ref, Digest: hex.EncodeToString(digest.Sum(nil)), Load: load}, true, nil
}

// mergeResults combines the extractions of an act's files: the first act
// and the first plan found, every change record.
func mergeResults(into, res *extract.Result) *extract.Result {
	if into == nil {
		return res
	}
	if into.Act == nil {
		into.Act = res.Act
	}
	if into.Plan == nil {
		into.Plan = res.Plan
	}
	into.Changes = append(into.Changes, res.Changes...)
	return into
}
