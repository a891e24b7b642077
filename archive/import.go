package archive

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/extract/cades"
)

// ImportOptions say how Import files a document.
type ImportOptions struct {
	// Source is the first part of the act's id; empty: the municipality the
	// document names, else "local".
	Source string
	// Extract is what the extractor is told: OCR, and the time limit.
	Extract extract.Options
	// Now is the clock of first_seen, last_seen and the file's fetched_at
	// (default time.Now).
	Now func() time.Time
}

// Imported is what became of one imported file; its JSON is a line of
// `albo corpus add --json`.
type Imported struct {
	File      string `json:"file"`
	ID        string `json:"id"`
	Status    string `json:"status"` // added, updated (a new file of a known act), unchanged
	SHA256    string `json:"sha256"`
	PDFSHA256 string `json:"pdf_sha256"`
	// Failure is why the document could not be extracted; it is then in
	// the quarantine.
	Failure string `json:"failure,omitempty"`
}

// maxImportSize bounds the file read into memory: no real act comes near
// it, and the envelope reader refuses larger ones anyway.
const maxImportSize = cades.MaxSize

// Import archives the document at path: the file, and for a signed
// envelope the PDF inside it; its extraction (see Extract: a document the
// extractor cannot read is archived all the same, quarantined, and
// Imported.Failure says why); and its act record, in that order, so that a
// crash never leaves a record pointing at something missing. The act is
// named source/category/year/number from what the document says (the
// source, unless asked, from its municipality). A file that carries no PDF
// is refused before anything of it is stored. Importing the same file again
// changes nothing.
//
// An error is the file's, but for a *WriteError (the store refused a
// write: every later file would fail alike) and ctx's error.
func Import(ctx context.Context, s *corpus.Store, path string, opts ImportOptions) (*Imported, error) {
	data, err := extract.LoadFile(path, maxImportSize)
	if err != nil {
		return nil, err
	}
	doc, err := openDocument(data)
	if err != nil {
		return nil, err
	}
	sha, size, err := s.PutBlob(ctx, bytes.NewReader(data))
	if err != nil {
		return nil, &WriteError{err}
	}
	pdfSHA := sha
	if doc.signed {
		if pdfSHA, _, err = s.PutBlob(ctx, bytes.NewReader(doc.pdf)); err != nil {
			return nil, &WriteError{err}
		}
	}
	name := filepath.Base(path)
	got, err := Extract(ctx, s, Document{Name: name, SHA256: sha, PDFSHA256: pdfSHA, Data: data}, ExtractOptions{Extract: opts.Extract})
	if err != nil {
		return nil, err
	}
	res, err := got.Extraction(pdfSHA)
	if err != nil {
		return nil, err
	}
	source := importSource(opts.Source, resultAct(res))
	id := importedActID(source, resultAct(res), pdfSHA)
	out := &Imported{File: path, ID: id, SHA256: sha, PDFSHA256: pdfSHA, Failure: got.Reason}
	clock := opts.Now
	if clock == nil {
		clock = time.Now
	}
	now := clock().UTC().Truncate(time.Second)
	file := corpus.File{Name: name, SHA256: sha, PDFSHA256: pdfSHA, ContentType: doc.contentType(),
		Size: size, FetchedAt: now, Signers: doc.signers}
	rec, err := s.Act(id)
	switch {
	case errors.Is(err, corpus.ErrNotFound):
		rec = newAct(id, source, res, file, now)
		out.Status = "added"
	case err != nil:
		return nil, err
	case hasFile(rec, sha):
		out.Status = "unchanged"
		return out, nil
	default:
		rec.LastSeen = now
		out.Status = "updated"
	}
	rec.Files = append(rec.Files, file)
	if err := s.PutAct(ctx, rec); err != nil {
		return nil, &WriteError{err}
	}
	return out, nil
}

// importedDoc is a file to import, opened: the PDF it carries and, for a
// signed envelope, who signed it.
type importedDoc struct {
	signed  bool
	pdf     []byte
	signers []corpus.Signer
}

func (d importedDoc) contentType() string {
	if d.signed {
		return "application/pkcs7-mime"
	}
	return "application/pdf"
}

// openDocument sniffs a file's content, whatever its name says, and unwraps
// signed envelopes; anything that does not carry a PDF is refused before
// it is stored.
func openDocument(data []byte) (importedDoc, error) {
	kind := extract.Sniff(data)
	if err := kind.Err(); err != nil {
		return importedDoc{}, err
	}
	doc := importedDoc{pdf: data}
	if kind.Format != extract.FormatEnvelope {
		return doc, nil
	}
	env, err := OpenEnvelope(data)
	if err != nil {
		return importedDoc{}, fmt.Errorf("signed envelope: %w", err)
	}
	if !env.CarriesPDF() {
		return importedDoc{}, fmt.Errorf("signed envelope holds %w", &extract.KindError{Kind: env.Kind})
	}
	doc.signed, doc.pdf, doc.signers = true, env.Inner, env.Signers
	return doc, nil
}

// importSource is the source of an imported act: the one asked for, else the
// municipality the act names without its "Comune di" ("Comune di Milano"
// is milano, as the crawler's milano source names its acts), else "local".
func importSource(asked string, act *extract.Act) string {
	if asked != "" {
		return asked
	}
	if act == nil {
		return "local"
	}
	name := strings.TrimSpace(act.Municipality) + " "
	lower := strings.ToLower(name)
	for _, prefix := range []string{"comune di ", "città di ", "citta di ", "città metropolitana di "} {
		if strings.HasPrefix(lower, prefix) {
			name = name[len(prefix):]
			break
		}
	}
	name = strings.TrimSpace(name)
	if slug := corpus.Slug(name); name != "" && slug != "unknown" {
		return slug
	}
	return "local"
}

// importedActID names an imported act from its extracted metadata:
// source/category/year/number, or, when the document does not give its
// number and year, the PDF's digest in place of the number, so that a
// signed copy and the plain PDF still land in the same act.
func importedActID(source string, act *extract.Act, pdfSHA string) string {
	category, year, number := actCategory(act), 0, 0
	if act != nil {
		year, number = dateYear(act.Date), act.Number
	}
	if year > 0 && number > 0 {
		return corpus.ActID(source, category, year, number)
	}
	yearPart := "undated"
	if year > 0 {
		yearPart = fmt.Sprint(year)
	}
	return corpus.Slug(source) + "/" + category + "/" + yearPart + "/sha-" + pdfSHA[:12]
}

// actCategory is the corpus category of an act, from the organ that adopted
// it: the names the crawler's categories use, so an imported act and a
// crawled one get the same id.
func actCategory(act *extract.Act) string {
	if act == nil {
		return "unknown"
	}
	organ, kind := strings.ToLower(act.Organ), strings.ToLower(act.Kind)
	switch {
	case strings.Contains(organ, "giunta"):
		return "giunta"
	case strings.Contains(organ, "consiglio comunale"):
		return "consiglio"
	case strings.HasPrefix(kind, "determin"):
		return "determinazioni"
	case organ != "":
		return corpus.Slug(organ)
	case kind != "":
		return corpus.Slug(kind)
	}
	return "unknown"
}

// dateYear is the year of a YYYY-MM-DD date, 0 when there is none.
func dateYear(date string) int {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return 0
	}
	return t.Year()
}

// newAct is the record of an act first seen as an imported file. A
// document with no act front matter (an annex) is described by its plan's
// title, if any; its signers are the act's, else the envelope's.
func newAct(id, source string, res *extract.Result, file corpus.File, now time.Time) *corpus.Act {
	rec := &corpus.Act{ID: id, Source: source, Category: strings.Split(id, "/")[1], FirstSeen: now, LastSeen: now}
	if res != nil && res.Plan != nil {
		rec.Subject = res.Plan.Title
	}
	if act := resultAct(res); act != nil {
		rec.Number, rec.Date, rec.Year = act.Number, act.Date, dateYear(act.Date)
		if act.Subject != "" {
			rec.Subject = act.Subject
		}
		rec.Office = act.Office
		if rec.Office == "" {
			rec.Office = act.ProposingOffice
		}
		rec.Signers = act.Signers
	}
	if len(rec.Signers) == 0 {
		rec.Signers = SignerNames([]corpus.File{file})
	}
	return rec
}

// resultAct is the act of an extraction, nil when there is none.
func resultAct(res *extract.Result) *extract.Act {
	if res == nil {
		return nil
	}
	return res.Act
}

func hasFile(a *corpus.Act, sha string) bool {
	for _, f := range a.Files {
		if f.SHA256 == sha {
			return true
		}
	}
	return false
}
