package cli

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
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
			args: []string{"corpus", "verify", "--corpus", dir, "--consistency"}, wantCode: exitFailed,
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
			args: []string{"extract", "--corpus", dir, "--all"}, wantCode: exitFailed,
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
			args: []string{"corpus", "verify", "--corpus", dir}, wantCode: exitFailed,
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
