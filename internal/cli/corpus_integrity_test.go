package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/openalbo/albo/internal/replica"
)

// crawledCorpus stores the two sample acts the way a crawl does: the
// listing's number, date and subject in the record, the PDF as served.
// The listing of 1098 gives the wrong number.
func crawledCorpus(t *testing.T) (dir string, pdfs map[string]string) {
	t.Helper()
	dir = t.TempDir()
	s, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	listings := []struct {
		file, id string
		number   int
		date     string
		subject  string
	}{
		{"../../testdata/delibera-2187-2019.pdf", "milano/giunta/2019/2187", 2187, "2019-12-06",
			"AGGIORNAMENTO DEL PIANO DEGLI OBIETTIVI 2019-2021. IMMEDIATAMENTE ESEGUIBILE"},
		{"../../testdata/delibera-1098-2019.pdf", "milano/giunta/2019/1099", 1099, "2019-06-28",
			"Modifiche al Sistema di programmazione e monitoraggio della performance e approvazione del Piano degli Obiettivi 2019-2021"},
	}
	pdfs = map[string]string{}
	for _, l := range listings {
		data, err := os.ReadFile(l.file)
		if err != nil {
			t.Fatal(err)
		}
		sha, size, err := s.PutBlob(context.Background(), bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		pdfs[l.id] = sha
		if err := s.PutAct(context.Background(), &corpus.Act{ID: l.id, Source: "milano", Category: "giunta",
			Number: l.number, Year: 2019, Date: l.date, Subject: l.subject,
			ListingURL: "http://127.0.0.1/albo?page=1", Files: []corpus.File{{Name: "atto.pdf", SHA256: sha, PDFSHA256: sha, Size: size}}}); err != nil {
			t.Fatal(err)
		}
	}
	return dir, pdfs
}

// TestCorpusIntegrity plays the probes of issue 12 (a flipped byte, an
// edited record) and the listing check of issue 10 on a crawled corpus,
// one step after another, as an operator would.
func TestCorpusIntegrity(t *testing.T) {
	dir, pdfs := crawledCorpus(t)
	extraction := func(id string) []byte {
		t.Helper()
		s, err := corpus.OpenReadOnly(dir)
		if err != nil {
			t.Fatal(err)
		}
		data, err := s.Extraction(pdfs[id], extract.Version)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	var good []byte
	var whole []byte
	blob := ""
	steps := []struct {
		name     string
		before   func(t *testing.T)
		args     []string
		wantCode int
		// wantErr are the lines expected on standard error, each given by
		// words it must hold; wantOut words of standard output.
		wantErr [][]string
		wantOut []string
	}{
		{name: "extract", args: []string{"extract", "--corpus", dir}, wantOut: []string{"2 extracted"}},
		{name: "consistency: the listing's wrong number is reported",
			args: []string{"corpus", "verify", "--corpus", dir, "--consistency"}, wantCode: cmdutil.ExitFailed,
			wantErr: [][]string{{"milano/giunta/2019/1099", `number: listing "1099", document "1098"`}},
			wantOut: []string{"every file and record is whole", "2 listed acts: 1 agree, 1 disagree", "number 1/2 (50.0%)", "subject 2/2"}},
		{name: "a flipped byte is not extracted over the good extraction",
			before: func(t *testing.T) {
				good = extraction("milano/giunta/2019/2187")
				s, _ := corpus.OpenReadOnly(dir)
				blob = s.BlobPath(pdfs["milano/giunta/2019/2187"])
				var err error
				if whole, err = os.ReadFile(blob); err != nil {
					t.Fatal(err)
				}
				flipped := bytes.Clone(whole)
				flipped[len(flipped)/2] ^= 0x04
				if err := os.WriteFile(blob, flipped, 0o644); err != nil {
					t.Fatal(err)
				}
			},
			args: []string{"extract", "--corpus", dir, "--all"}, wantCode: cmdutil.ExitFailed,
			wantErr: [][]string{{"milano/giunta/2019/2187", pdfs["milano/giunta/2019/2187"], "damaged", "quarantined"}},
			wantOut: []string{"1 extracted", "1 failed"}},
		{name: "the damaged file stored whole again is extracted",
			before: func(t *testing.T) {
				if !bytes.Equal(extraction("milano/giunta/2019/2187"), good) {
					t.Error("the good extraction was overwritten")
				}
				if err := os.WriteFile(blob, whole, 0o644); err != nil {
					t.Fatal(err)
				}
			},
			args: []string{"extract", "--corpus", dir, "--all"}, wantOut: []string{"2 extracted"}},
		{name: "an edited record, still valid JSON, is reported",
			before: func(t *testing.T) {
				rec := corpusPath(dir, "milano/giunta/2019/2187")
				data, err := os.ReadFile(rec)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(rec, bytes.Replace(data, []byte(`"number": 2187`), []byte(`"number": 2188`), 1), 0o644); err != nil {
					t.Fatal(err)
				}
			},
			args: []string{"corpus", "verify", "--corpus", dir}, wantCode: cmdutil.ExitFailed,
			wantErr: [][]string{{"acts/milano/giunta/2019/2187.json", "edited"}}},
		{name: "adopted on purpose, it verifies",
			args:    []string{"corpus", "verify", "--corpus", dir, "--adopt"},
			wantErr: [][]string{{"2 act records adopted"}},
			wantOut: []string{"every file and record is whole"}},
	}
	for _, st := range steps {
		if st.before != nil {
			st.before(t)
		}
		code, stdout, stderr := runAlbo(t, st.args...)
		if code != st.wantCode {
			t.Errorf("%s: exit %d, want %d; stderr %q", st.name, code, st.wantCode, stderr)
		}
		var lines []string // but the progress lines
		for l := range strings.SplitSeq(strings.TrimSuffix(stderr, "\n"), "\n") {
			if l != "" && !strings.HasPrefix(l, "extract: ") {
				lines = append(lines, l)
			}
		}
		if len(lines) != len(st.wantErr) {
			t.Errorf("%s: stderr %q, want %d lines", st.name, stderr, len(st.wantErr))
			continue
		}
		for i, words := range st.wantErr {
			for _, w := range words {
				if !strings.Contains(lines[i], w) {
					t.Errorf("%s: stderr line %q lacks %q", st.name, lines[i], w)
				}
			}
		}
		for _, w := range st.wantOut {
			if !strings.Contains(stdout, w) {
				t.Errorf("%s: stdout %q lacks %q", st.name, stdout, w)
			}
		}
	}
}

func corpusPath(dir, id string) string { return dir + "/acts/" + id + ".json" }

// TestConsistencyOfACrawledCorpus runs the real chain on the local replica
// of the Milano Albo: crawl, extract, then `corpus verify --consistency`,
// which compares what the crawler read from the listing with what the
// extractor read from each document, and prints the figure.
func TestConsistencyOfACrawledCorpus(t *testing.T) {
	albo := httptest.NewServer(replica.NewSamples())
	defer albo.Close()
	dir := t.TempDir()
	if code, _, stderr := runAlbo(t, "crawl", "--corpus", dir, "--base-url", albo.URL, "--delay", "0", "--ignore-robots"); code != cmdutil.ExitOK {
		t.Fatalf("crawl: exit %d, %s", code, stderr)
	}
	if code, _, stderr := runAlbo(t, "extract", "--corpus", dir); code != cmdutil.ExitOK {
		t.Fatalf("extract: exit %d, %s", code, stderr)
	}
	code, stdout, stderr := runAlbo(t, "corpus", "verify", "--corpus", dir, "--consistency", "--json")
	var report struct {
		OK          bool
		Consistency consistencyReport
	}
	if err := json.Unmarshal([]byte(stdout), &report); err != nil || report.Consistency.Summary == nil {
		t.Fatalf("verify --consistency --json: exit %d, %q (%v), stderr %q", code, stdout, err, stderr)
	}
	sum := report.Consistency.Summary
	t.Logf("replica of the Milano Albo: %s", sum.Line())
	for _, d := range report.Consistency.Disagreements {
		t.Logf("  %s: %+v", d.Act, d.Disagreements)
	}
	if sum.Acts != 2 || sum.NoHeader != 0 {
		t.Errorf("summary %+v: want the 2 sample acts compared", *sum)
	}
	for _, f := range []string{"number", "date", "subject"} {
		if n := sum.FieldAgree[f]; n != [2]int{2, 2} {
			t.Errorf("%s agrees on %d of %d acts, want 2 of 2: the replica lists what the documents say", f, n[0], n[1])
		}
	}
	if code != cmdutil.ExitOK || !report.OK {
		t.Errorf("exit %d, ok %v, stderr %q", code, report.OK, stderr)
	}
}

// avellaName is how the scraper that archived the Avella Albo named each
// file: the listing's kind and number, the publication's id, the document's
// name and its rank among the publication's files.
var avellaName = regexp.MustCompile(`^([A-Za-z]+)_(\d*)_\d*_(\d+)_(.+)_(\d+)\.pdf$`)

// TestConsistencyOfRealAvellaActs measures the listing's word against the
// document's on real acts: the Avella documents of ../shared/realdata-corpus,
// filed as a crawl files them (one act per publication, the listing's
// number in the record, the files in their order), extracted, and checked
// with `corpus verify --consistency`. The number is the one field the
// archive kept from the listing; the figure is printed.
func TestConsistencyOfRealAvellaActs(t *testing.T) {
	src := filepath.Join(sharedFolder(t, "realdata-corpus"), "avella")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	s, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	acts := map[string]*corpus.Act{}
	ranks := map[string][]int{}
	for _, e := range entries {
		m := avellaName.FindStringSubmatch(e.Name())
		if m == nil {
			continue
		}
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		sha, size, err := s.PutBlob(context.Background(), bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		kind, id := strings.ToLower(m[1]), m[3]
		a := acts[id]
		if a == nil {
			a = &corpus.Act{ID: "avella/" + kind + "/" + id, Source: "avella", Category: kind,
				DetailURL: "https://servizi.comune.avella.av.it/openweb/albo/albo_dettagli_full.php?id=" + id}
			a.Number, _ = strconv.Atoi(m[2])
			acts[id] = a
		}
		rank, _ := strconv.Atoi(m[5])
		at, _ := slices.BinarySearch(ranks[id], rank)
		ranks[id] = slices.Insert(ranks[id], at, rank)
		a.Files = slices.Insert(a.Files, at, corpus.File{Name: e.Name(), SHA256: sha, PDFSHA256: sha, Size: size})
	}
	numbered := 0
	for _, a := range acts {
		if err := s.PutAct(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		if a.Number != 0 {
			numbered++
		}
	}
	s.Close()
	if code, _, stderr := runAlbo(t, "extract", "--corpus", dir, "--workers", "2"); code != cmdutil.ExitOK {
		t.Logf("extract: exit %d, %s", code, tail(stderr))
	}
	_, stdout, stderr := runAlbo(t, "corpus", "verify", "--corpus", dir, "--consistency", "--json")
	var report struct{ Consistency consistencyReport }
	if err := json.Unmarshal([]byte(stdout), &report); err != nil || report.Consistency.Summary == nil {
		t.Fatalf("verify --consistency --json: %q (%v), stderr %q", stdout, err, stderr)
	}
	sum := report.Consistency.Summary
	t.Logf("Avella, %d publications, %d with a listing number: %s", len(acts), numbered, sum.Line())
	for _, d := range report.Consistency.Disagreements {
		t.Logf("  %s (%s): %+v", d.Act, d.Document, d.Disagreements)
	}
	if sum.Acts != len(acts) || sum.Agree+sum.Disagree+sum.NoHeader != sum.Acts {
		t.Errorf("summary %+v does not account for the %d publications", *sum, len(acts))
	}
	if n := sum.FieldAgree["number"]; n[1] == 0 || n[1] > numbered {
		t.Errorf("number compared on %d acts, want some of the %d with a listing number", n[1], numbered)
	}
}
