package extract

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openalbo/albo/extract/ocr"
	"github.com/openalbo/albo/internal/testenv"
)

// corpusHangGuard bounds one document's extraction: far above what any
// document takes, it only turns a hang into a failure.
const corpusHangGuard = 10 * time.Second

// corpusHeaderFields are the fields that identify an act; on the keyed
// acts each must be right at least corpusHeaderTarget of the time.
var corpusHeaderFields = []string{"municipality", "organ", "kind", "number", "sector number", "date", "subject"}

const corpusHeaderTarget = 0.98

// corpusKnownMisses are the answers of testdata/corpus-keys the extractor is
// known to get wrong today, keyed "folder/file|field", with the reason.
// Every other answer must be right, and a known miss that comes right
// fails the test, so that the list only shrinks.
var corpusKnownMisses = map[string]string{
	"lamezia/124096e4dbeba16ced20d22d8f1efcebc2a3e787e8ac8e37bfada302ed5d470b.pdf|role":         corpusScan,
	"lamezia/124096e4dbeba16ced20d22d8f1efcebc2a3e787e8ac8e37bfada302ed5d470b.pdf|municipality": corpusScan,
	"lamezia/124096e4dbeba16ced20d22d8f1efcebc2a3e787e8ac8e37bfada302ed5d470b.pdf|office":       corpusScan,
	"lamezia/124096e4dbeba16ced20d22d8f1efcebc2a3e787e8ac8e37bfada302ed5d470b.pdf|kind":         corpusScan,
	"lamezia/124096e4dbeba16ced20d22d8f1efcebc2a3e787e8ac8e37bfada302ed5d470b.pdf|number":       corpusScan,
	"lamezia/124096e4dbeba16ced20d22d8f1efcebc2a3e787e8ac8e37bfada302ed5d470b.pdf|date":         corpusScan,
	"lamezia/124096e4dbeba16ced20d22d8f1efcebc2a3e787e8ac8e37bfada302ed5d470b.pdf|subject":      corpusScan,
	"lamezia/159b85ea37a8b48d60a3c944de7e3b4b6d4a6cd0cc537f7770aabc6ce002896f.pdf|role":         corpusScan,
	"lamezia/159b85ea37a8b48d60a3c944de7e3b4b6d4a6cd0cc537f7770aabc6ce002896f.pdf|office":       corpusScan,
	"lamezia/159b85ea37a8b48d60a3c944de7e3b4b6d4a6cd0cc537f7770aabc6ce002896f.pdf|kind":         corpusScan,
	"lamezia/159b85ea37a8b48d60a3c944de7e3b4b6d4a6cd0cc537f7770aabc6ce002896f.pdf|subject":      corpusScan,
	"lamezia/58c401f3a528a4739cafd3e7a9bd305ad0dcb1fcb2325f3cebb01dfd993343af.pdf|kind":         "a protocol sheet whose Oggetto is \"Comune di Romentino (NO) - ordinanza cimiteriale\": the key takes the kind from the end of the sender's subject",
	"lamezia/7ff037a55fbc016617fcb3417c866ebf100fdfeca8474dd82fb9974a9630028e.pdf|role":         corpusScan,
	"lamezia/7ff037a55fbc016617fcb3417c866ebf100fdfeca8474dd82fb9974a9630028e.pdf|municipality": corpusScan,
	"lamezia/7ff037a55fbc016617fcb3417c866ebf100fdfeca8474dd82fb9974a9630028e.pdf|kind":         corpusScan,
	"lamezia/7ff037a55fbc016617fcb3417c866ebf100fdfeca8474dd82fb9974a9630028e.pdf|date":         corpusScan,
	"lamezia/7ff037a55fbc016617fcb3417c866ebf100fdfeca8474dd82fb9974a9630028e.pdf|subject":      corpusScan,
	"lamezia/b9f6861b725fc96854048d9a8617004c38cc768a153ad552fc3f68bd5188984c.pdf|role":         corpusScan,
	"lamezia/b9f6861b725fc96854048d9a8617004c38cc768a153ad552fc3f68bd5188984c.pdf|office":       corpusScan,
	"lamezia/b9f6861b725fc96854048d9a8617004c38cc768a153ad552fc3f68bd5188984c.pdf|kind":         corpusScan,
	"lamezia/b9f6861b725fc96854048d9a8617004c38cc768a153ad552fc3f68bd5188984c.pdf|subject":      corpusScan,
	"lamezia/cbb9569910050800696a63845ec28ac21ac94a10f38e0bf647265ae794a59a4a.pdf|municipality": "the sender (Agenzia del Demanio) is named only in its logo picture; the text opens with the addressees' list of Comuni",
	"lamezia/cbb9569910050800696a63845ec28ac21ac94a10f38e0bf647265ae794a59a4a.pdf|office":       "the sender's Direzione Regionale heads the page over its Ufficio del Direttore; the reader takes the office under it",
	"lamezia/cbb9569910050800696a63845ec28ac21ac94a10f38e0bf647265ae794a59a4a.pdf|date":         "\"Catanzaro, protocollo alla data\": the only date is the digital signature's, which the text does not print",
	"lamezia/comune_2021_rinnovazione_decreto_convocazione_pdf.pdf|role":                        corpusScan,
	"lamezia/comune_2021_rinnovazione_decreto_convocazione_pdf.pdf|municipality":                corpusScan,
	"lamezia/comune_2021_rinnovazione_decreto_convocazione_pdf.pdf|kind":                        corpusScan,
	"lamezia/comune_2021_rinnovazione_decreto_convocazione_pdf.pdf|date":                        corpusScan,
	"lamezia/comune_2021_rinnovazione_decreto_convocazione_pdf.pdf|subject":                     corpusScan,
	"lamezia/ff18780f423ad5ad238f8425411332609d05744f3298d5a2540199b48feee1bf.pdf|role":         corpusScan,
	"lamezia/ff18780f423ad5ad238f8425411332609d05744f3298d5a2540199b48feee1bf.pdf|municipality": corpusScan,
	"lamezia/ff18780f423ad5ad238f8425411332609d05744f3298d5a2540199b48feee1bf.pdf|kind":         corpusScan,
	"lamezia/ff18780f423ad5ad238f8425411332609d05744f3298d5a2540199b48feee1bf.pdf|date":         corpusScan,
	"lamezia/ff18780f423ad5ad238f8425411332609d05744f3298d5a2540199b48feee1bf.pdf|subject":      corpusScan,
}

// Reasons shared by several known misses.
const (
	corpusScan = "a scan: its words are only in a picture, and the test reads without OCR"
)

// TestRealdataCorpus runs the whole extraction over every document of
// ../shared/realdata-corpus (documents drawn at random from three Albi,
// from producers the extractor was not written against) and scores it
// against the answer keys of testdata/corpus-keys, field by field: the
// acts' header fields, and the role, kind, date and subject of every other
// document.
func TestRealdataCorpus(t *testing.T) {
	dir := requireShared(t, "realdata-corpus")
	keyFiles, err := filepath.Glob(filepath.Join("testdata", "corpus-keys", "*.json"))
	if err != nil || len(keyFiles) == 0 {
		t.Fatalf("no answer keys in testdata/corpus-keys: %v", err)
	}
	acts, others := newAccuracy(), newAccuracy()
	type timing struct {
		file string
		took time.Duration
	}
	var times []timing
	for _, keyFile := range keyFiles {
		for _, key := range loadKeys(t, keyFile) {
			data, err := os.ReadFile(filepath.Join(dir, key.File))
			if err != nil {
				t.Errorf("%s: %v", key.File, err)
				continue
			}
			start := time.Now()
			res, err := readGuarded(key.File, data)
			times = append(times, timing{key.File, time.Since(start)})
			acc := others
			if key.Role == RoleAct {
				acc = acts
			}
			scoreRead(t, acc, key.File, key, res, err)
		}
	}
	t.Log("acts:")
	acts.report(t)
	t.Log("other documents (attachments, certificates, notices, signature sheets):")
	others.report(t)

	slices.SortFunc(times, func(a, b timing) int { return cmp.Compare(b.took, a.took) })
	var total time.Duration
	for _, tm := range times {
		total += tm.took
	}
	var slowest []string
	for _, tm := range times[:min(5, len(times))] {
		slowest = append(slowest, fmt.Sprintf("%s %v", tm.file, tm.took.Round(time.Millisecond)))
	}
	t.Logf("%d documents, mean %v per document; slowest: %s", len(times),
		(total / time.Duration(max(len(times), 1))).Round(time.Millisecond), strings.Join(slowest, ", "))

	misses := newAccuracy()
	misses.misses = append(slices.Clone(acts.misses), others.misses...)
	checkKnownMisses(t, misses, corpusKnownMisses, "corpusKnownMisses")
	for _, f := range corpusHeaderFields {
		if r := acts.rate(f); r < corpusHeaderTarget {
			t.Errorf("%s: %.1f%% right on the keyed acts, under the %.0f%% target", f, 100*r, 100*corpusHeaderTarget)
		}
	}
}

// readGuarded runs Read under the hang guard and turns a panic into an
// error, so that one document's failure is reported and the rest go on.
func readGuarded(name string, data []byte) (res *Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("panic: %v", r)
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), corpusHangGuard)
	defer cancel()
	return Read(ctx, name, data, Options{})
}

// TestRealdataCorpusScans reads the keyed scans of ../shared/realdata-corpus
// with OCR (Tesseract, which CI installs) and scores them against the same
// keys: what a user running --ocr gets from them. TestRealdataCorpus reads
// them without, and finds only that their text is missing.
func TestRealdataCorpusScans(t *testing.T) {
	dir := requireShared(t, "realdata-corpus")
	if err := ocr.Available(t.Context()); err != nil {
		testenv.Unavailable(t, "%v: CI installs tesseract-ocr, tesseract-ocr-ita and poppler-utils", err)
	}
	keyFiles, err := filepath.Glob(filepath.Join("testdata", "corpus-keys", "*.json"))
	if err != nil || len(keyFiles) == 0 {
		t.Fatalf("no answer keys in testdata/corpus-keys: %v", err)
	}
	acc := newAccuracy()
	scans := 0
	for _, keyFile := range keyFiles {
		for _, key := range loadKeys(t, keyFile) {
			if len(key.PagesWithoutText) == 0 {
				continue
			}
			scans++
			data, err := os.ReadFile(filepath.Join(dir, key.File))
			if err != nil {
				t.Errorf("%s: %v", key.File, err)
				continue
			}
			ctx, cancel := context.WithTimeout(t.Context(), scanGuard)
			res, err := Read(ctx, key.File, data, Options{OCR: true})
			cancel()
			if err != nil {
				t.Errorf("%s: %v", key.File, err)
				continue
			}
			acc.check("pages read with OCR", key.File, key.PagesWithoutText, res.Source.OCRPages)
			read := key
			read.PagesWithoutText = nil // read, so no longer missing: not scored as such
			scoreRealdata(acc, key.File, read, res)
		}
	}
	if scans == 0 {
		t.Fatal("no keyed scans in testdata/corpus-keys")
	}
	t.Logf("%d scans read with OCR:", scans)
	acc.report(t)
	checkKnownMisses(t, acc, scanKnownMisses, "scanKnownMisses")
}

// scanGuard bounds the OCR of one scan; a page takes Tesseract seconds.
const scanGuard = 3 * time.Minute

// scanKnownMisses are the answers the extractor gets wrong on the keyed
// scans read with OCR, keyed "folder/file|field", with the reason; the
// list only shrinks, as corpusKnownMisses does.
var scanKnownMisses = map[string]string{
	"lamezia/124096e4dbeba16ced20d22d8f1efcebc2a3e787e8ac8e37bfada302ed5d470b.pdf|number":  scanHandwritten,
	"lamezia/124096e4dbeba16ced20d22d8f1efcebc2a3e787e8ac8e37bfada302ed5d470b.pdf|date":    scanHandwritten,
	"lamezia/159b85ea37a8b48d60a3c944de7e3b4b6d4a6cd0cc537f7770aabc6ce002896f.pdf|kind":    scanRequestKind,
	"lamezia/159b85ea37a8b48d60a3c944de7e3b4b6d4a6cd0cc537f7770aabc6ce002896f.pdf|subject": "Tesseract reads \"(l/s)\" as \"(1/s)\" and \"(1/5)\", and \"POZZO B\" as \"POZZOB\"",
	"lamezia/7ff037a55fbc016617fcb3417c866ebf100fdfeca8474dd82fb9974a9630028e.pdf|subject": "Tesseract reads the numeral \"I\" as \"|\"",
	"lamezia/b9f6861b725fc96854048d9a8617004c38cc768a153ad552fc3f68bd5188984c.pdf|kind":    scanRequestKind,
	"lamezia/b9f6861b725fc96854048d9a8617004c38cc768a153ad552fc3f68bd5188984c.pdf|subject": "Tesseract reads \"(l/s)\" as \"(1/s)\"",
	"lamezia/comune_2021_rinnovazione_decreto_convocazione_pdf.pdf|municipality":           "the Prefettura's letterhead is a picture Tesseract garbles; the Comune named is the one the decree concerns",
	"lamezia/comune_2021_rinnovazione_decreto_convocazione_pdf.pdf|date":                   scanStampedDecree,
	"lamezia/ff18780f423ad5ad238f8425411332609d05744f3298d5a2540199b48feee1bf.pdf|subject": "Tesseract drops the \"^\" of \"II^\"",
}

// Reasons shared by several known misses of the scans read with OCR.
const (
	scanHandwritten   = "\"Elenco N. 67 del 21 LUG 2026\" is handwritten over a stamp, which Tesseract does not read"
	scanRequestKind   = "the key takes the kind from \"Richiesta Pubblicazione Albo Pretorio\" under the subject, which is no heading the extractor reads a kind from"
	scanStampedDecree = "the cover letter is the first page; the decree's date is in the protocol stamps up the page's sides, turned text that OCR garbles and lines leave out"
)
