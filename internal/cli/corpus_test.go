package cli

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/openalbo/albo/internal/extractcmd"
	"github.com/openalbo/albo/internal/testenv"

	"github.com/openalbo/albo/archive"
	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract/cades/cadestest"
)

// runAlbo runs one albo invocation with buffers for its streams.
func runAlbo(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runTree(t, NewCmdRoot, args...)
}

// runAlboExtract runs albo-extract as runAlbo runs albo.
func runAlboExtract(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runTree(t, extractcmd.NewCmdRoot, args...)
}

// runTree runs the command tree newRoot builds with args, empty standard
// input and a process that goes on after it, and returns what it printed.
func runTree(t *testing.T, newRoot cmdutil.NewRoot, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = cmdutil.Run(context.Background(), &cmdutil.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}, args, false, newRoot)
	return code, out.String(), errOut.String()
}

const fixturePDF = "../../testdata/delibera-2187-2019.pdf"

// importFiles writes the documents a researcher might import into a folder:
// the fixture act, a signed envelope (DER) around it, a base64 envelope
// around another PDF, a fake PDF whose text cannot be read, and an HTML
// page saved under a .pdf name.
func importFiles(t *testing.T) map[string]string {
	t.Helper()
	pdf, err := os.ReadFile(fixturePDF)
	if err != nil {
		t.Fatal(err)
	}
	other, err := os.ReadFile("../../testdata/delibera-1098-2019.pdf")
	if err != nil {
		t.Fatal(err)
	}
	signer := cadestest.NewSigner("ROSSI MARIO")
	dir := t.TempDir()
	files := map[string][]byte{
		"plain":  pdf,
		"signed": signer.Sign(pdf),
		"base64": cadestest.Base64(signer.Sign(other), 64, false),
		"broken": []byte("%PDF-1.4\nthis is no PDF body at all\n"),
		"html":   []byte("<!DOCTYPE html><html><body>Documento firmato digitalmente</body></html>"),
	}
	names := map[string]string{"plain": "delibera.pdf", "signed": "delibera.pdf.p7m", "base64": "altra.pdf.p7m", "broken": "rotto.pdf", "html": "pagina.pdf"}
	paths := map[string]string{}
	for k, data := range files {
		p := filepath.Join(dir, names[k])
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths[k] = p
	}
	return paths
}

// addLines parses `corpus add --json` output.
func addLines(t *testing.T, stdout string) []archive.Imported {
	t.Helper()
	var outs []archive.Imported
	sc := bufio.NewScanner(strings.NewReader(stdout))
	for sc.Scan() {
		var o archive.Imported
		if err := json.Unmarshal(sc.Bytes(), &o); err != nil {
			t.Fatalf("corpus add --json printed %q: %v", sc.Text(), err)
		}
		outs = append(outs, o)
	}
	return outs
}

func TestCorpusAddListShowVerify(t *testing.T) {
	files := importFiles(t)
	dir := filepath.Join(t.TempDir(), "corpus")

	code, stdout, stderr := runAlbo(t, "corpus", "add", "--corpus", dir, "--json", files["plain"], files["signed"], files["base64"])
	if code != 0 {
		t.Fatalf("corpus add: exit %d, stderr %s", code, stderr)
	}
	outs := addLines(t, stdout)
	if len(outs) != 3 {
		t.Fatalf("corpus add printed %d outcomes, want 3: %s", len(outs), stdout)
	}
	plain, signed, b64 := outs[0], outs[1], outs[2]
	// The act ids come from the documents' own municipality, number, date
	// and organ: the ids the crawler gives the same acts.
	if plain.Status != "added" || plain.ID != "milano/giunta/2019/2187" || plain.SHA256 != plain.PDFSHA256 {
		t.Errorf("plain PDF: %+v, want milano/giunta/2019/2187 added with pdf_sha256 = sha256", plain)
	}
	// The signed copy carries the same PDF: it is another file of the same
	// act, and its PDF blob is the plain file's.
	if signed.ID != plain.ID || signed.Status != "updated" || signed.PDFSHA256 != plain.SHA256 || signed.SHA256 == plain.SHA256 {
		t.Errorf("signed copy: %+v, want an update of %s carrying PDF %s", signed, plain.ID, plain.SHA256)
	}
	if b64.Status != "added" || b64.ID != "milano/giunta/2019/1098" {
		t.Errorf("base64 envelope of another act: %+v", b64)
	}
	for _, o := range outs {
		if !strings.HasPrefix(o.ID, "milano/") || corpus.ValidateID(o.ID) != nil {
			t.Errorf("id %q: want a valid id under the act's municipality", o.ID)
		}
	}

	// Adding the same files again changes nothing, not even a timestamp.
	s, err := corpus.OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	before, err := s.Act(plain.ID)
	if err != nil {
		t.Fatal(err)
	}
	if before.Number != 2187 || before.Date != "2019-12-06" || before.Category != "giunta" || before.Source != "milano" ||
		!strings.HasPrefix(before.Subject, "Aggiornamento del Piano degli Obiettivi 2019-2021") {
		t.Errorf("record = %+v, want the act's number, date, category and subject", before)
	}
	code, stdout, stderr = runAlbo(t, "corpus", "add", "--corpus", dir, files["signed"], files["plain"])
	if code != 0 || strings.Count(stdout, "unchanged\t") != 2 {
		t.Errorf("re-add: exit %d, stdout %q, stderr %q; want two unchanged", code, stdout, stderr)
	}
	after, err := s.Act(plain.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !after.LastSeen.Equal(before.LastSeen) || len(after.Files) != 2 {
		t.Fatalf("re-add changed the record: %+v -> %+v", before, after)
	}
	if got := after.Files[1].Signers; len(got) != 1 || got[0].CommonName != "ROSSI MARIO" || got[0].Level != 1 {
		t.Errorf("signers of the signed file = %+v", got)
	}
	if _, err := s.Extraction(plain.PDFSHA256, "nonexistent"); err == nil {
		t.Error("Extraction of an unknown version succeeded")
	}
	if _, _, err := s.LatestExtraction(plain.PDFSHA256); err != nil {
		t.Errorf("no extraction stored for the added PDF: %v", err)
	}

	// ls --json: one act a line with the contract's fields.
	code, stdout, stderr = runAlbo(t, "corpus", "ls", "--corpus", dir, "--json")
	if code != 0 {
		t.Fatalf("corpus ls: exit %d, stderr %s", code, stderr)
	}
	var ids []string
	for line := range strings.Lines(stdout) {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("ls line %q: %v", line, err)
		}
		for _, k := range []string{"id", "source", "category", "number", "date", "subject", "office", "first_seen", "last_seen", "files"} {
			if _, ok := rec[k]; !ok {
				t.Errorf("ls line lacks %q: %s", k, line)
			}
		}
		for _, f := range rec["files"].([]any) {
			for _, k := range []string{"name", "sha256", "pdf_sha256"} {
				if _, ok := f.(map[string]any)[k]; !ok {
					t.Errorf("ls file lacks %q: %s", k, line)
				}
			}
		}
		ids = append(ids, rec["id"].(string))
	}
	if want := slices.Sorted(slices.Values([]string{plain.ID, b64.ID})); !slices.Equal(ids, want) {
		t.Errorf("ls ids = %v, want %v", ids, want)
	}
	code, stdout, _ = runAlbo(t, "corpus", "ls", "--corpus", dir)
	if code != 0 || !strings.HasPrefix(stdout, "ID ") || !strings.Contains(stdout, plain.ID) {
		t.Errorf("ls table: exit %d\n%s", code, stdout)
	}

	// show, human and JSON.
	code, stdout, stderr = runAlbo(t, "corpus", "show", "--corpus", dir, plain.ID)
	if code != 0 || !strings.Contains(stdout, plain.SHA256) || !strings.Contains(stdout, "ROSSI MARIO") {
		t.Errorf("show: exit %d, stderr %s\n%s", code, stderr, stdout)
	}
	code, stdout, _ = runAlbo(t, "corpus", "show", "--corpus", dir, "--json", plain.ID)
	var shown corpus.Act
	if err := json.Unmarshal([]byte(stdout), &shown); code != 0 || err != nil || shown.ID != plain.ID {
		t.Errorf("show --json: exit %d, %v\n%s", code, err, stdout)
	}
	code, _, stderr = runAlbo(t, "corpus", "show", "--corpus", dir, "local/giunta/1999/1")
	if code != 1 || !strings.Contains(stderr, "not found") {
		t.Errorf("show of a missing act: exit %d, stderr %q", code, stderr)
	}

	// verify: clean, then a flipped byte is found and named.
	code, stdout, stderr = runAlbo(t, "corpus", "verify", "--corpus", dir)
	if code != 0 || stderr != "" {
		t.Fatalf("verify of a whole corpus: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	blob := s.BlobPath(signed.SHA256)
	data, err := os.ReadFile(blob)
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)/3] ^= 0x80
	if err := os.WriteFile(blob, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = runAlbo(t, "corpus", "verify", "--corpus", dir, "--json")
	if code != 1 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, signed.SHA256) || !strings.Contains(stderr, "damaged") {
		t.Errorf("verify of a flipped byte: exit %d, stderr %q", code, stderr)
	}
	var report struct {
		OK       bool             `json:"ok"`
		Problems []corpus.Problem `json:"problems"`
	}
	if err := json.Unmarshal([]byte(stdout), &report); err != nil || report.OK || len(report.Problems) != 1 {
		t.Errorf("verify --json = %s (%v)", stdout, err)
	}
}

func TestCorpusAddBadInput(t *testing.T) {
	files := importFiles(t)
	dir := filepath.Join(t.TempDir(), "corpus")

	// An HTML page named .pdf is refused and stores nothing; an unreadable
	// PDF is archived and quarantined; the good file in between still goes
	// in. Both failures get one line and the exit status is 1.
	code, stdout, stderr := runAlbo(t, "corpus", "add", "--corpus", dir, files["html"], files["plain"], files["broken"], filepath.Join(dir, "absent.pdf"))
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], files["html"]) || !strings.Contains(lines[0], "HTML page") ||
		!strings.Contains(lines[1], files["broken"]) || !strings.Contains(lines[2], "absent.pdf") {
		t.Errorf("stderr = %q, want one line each for the HTML page, the broken PDF and the missing file", stderr)
	}
	if strings.Count(stdout, "added\t") != 2 {
		t.Errorf("stdout = %q, want the plain and the broken file added", stdout)
	}
	s, err := corpus.OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	html, _ := os.ReadFile(files["html"])
	if s.HasBlob(sha256Hex(html)) {
		t.Error("the HTML page was stored as a document")
	}

	code, stdout, stderr = runAlbo(t, "corpus", "ls", "--corpus", dir, "--failed", "--json")
	var f corpus.Failure
	if err := json.Unmarshal([]byte(stdout), &f); code != 0 || err != nil || f.Reason == "" || strings.Count(stdout, "\n") != 1 {
		t.Errorf("ls --failed: exit %d, %v, stdout %q, stderr %q", code, err, stdout, stderr)
	}
	broken, _ := os.ReadFile(files["broken"])
	if f.PDFSHA256 != sha256Hex(broken) {
		t.Errorf("quarantined %s, want the broken file %s", f.PDFSHA256, sha256Hex(broken))
	}

	// Re-adding the broken file: the same answer, nothing new.
	code, stdout, stderr = runAlbo(t, "corpus", "add", "--corpus", dir, files["broken"])
	if code != 1 || !strings.HasPrefix(stdout, "unchanged\t") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("re-add of the broken file: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, _, stderr = runAlbo(t, "corpus", "verify", "--corpus", dir)
	if code != 0 {
		t.Errorf("verify after bad input: exit %d, stderr %q", code, stderr)
	}
}

func TestCorpusUsage(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"add without files", []string{"corpus", "add", "--corpus", dir}, cmdutil.ExitUsage},
		{"add with a bad source", []string{"corpus", "add", "--corpus", dir, "--source", "Comune di Milano", fixturePDF}, cmdutil.ExitUsage},
		{"show without id", []string{"corpus", "show", "--corpus", dir}, cmdutil.ExitUsage},
		{"ls with an argument", []string{"corpus", "ls", "--corpus", dir, "extra"}, cmdutil.ExitUsage},
		{"unknown flag", []string{"corpus", "verify", "--corpus", dir, "--deep"}, cmdutil.ExitUsage},
		{"ls of a folder that is no corpus", []string{"corpus", "ls", "--corpus", filepath.Join(dir, "none")}, cmdutil.ExitFailed},
		{"verify of a folder that is no corpus", []string{"corpus", "verify", "--corpus", filepath.Join(dir, "none")}, cmdutil.ExitFailed},
		{"show in a folder that is no corpus", []string{"corpus", "show", "--corpus", filepath.Join(dir, "none"), "local/giunta/2019/1"}, cmdutil.ExitFailed},
		{"no subcommand", []string{"corpus"}, cmdutil.ExitUsage},
		{"unknown subcommand", []string{"corpus", "lsit"}, cmdutil.ExitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runAlbo(t, tt.args...)
			if code != tt.want || stdout != "" || stderr == "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d with a message", code, stdout, stderr, tt.want)
			}
			if strings.Count(stderr, "\n") != 1 {
				t.Errorf("stderr %q: want one line", stderr)
			}
		})
	}
	// Checking a folder that is no corpus does not make it one.
	if _, err := os.Stat(filepath.Join(dir, "none")); !os.IsNotExist(err) {
		t.Errorf("a command that only reads created %s (%v)", filepath.Join(dir, "none"), err)
	}
}

func TestCorpusFlags(t *testing.T) {
	t.Setenv("ALBO_CORPUS", "/env/corpus")
	f := &cmdutil.Factory{IO: &cmdutil.IOStreams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}}
	tests := []struct {
		name string
		args []string
		want CorpusAddOptions
	}{
		{"defaults", []string{"a.pdf"}, CorpusAddOptions{CorpusDir: "/env/corpus", Source: "", Files: []string{"a.pdf"}}},
		{"all flags", []string{"--corpus", "d", "--source", "milano", "--json", "a.pdf", "b.p7m"},
			CorpusAddOptions{CorpusDir: "d", Source: "milano", JSON: true, Files: []string{"a.pdf", "b.p7m"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *CorpusAddOptions
			cmd := NewCmdCorpusAdd(f, func(o *CorpusAddOptions) error { got = o; return nil })
			cmd.SetArgs(tt.args)
			if err := cmd.Execute(); err != nil {
				t.Fatal(err)
			}
			if got.CorpusDir != tt.want.CorpusDir || got.Source != tt.want.Source || got.JSON != tt.want.JSON || !slices.Equal(got.Files, tt.want.Files) {
				t.Errorf("options = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// sharedRealdata is ../shared/realdata beside the checkout. Tests over it
// skip when it is absent but fail when ALBO_REQUIRE_SHARED=1, as CI sets.
func sharedRealdata(t *testing.T) string {
	t.Helper()
	return sharedFolder(t, "realdata")
}

// sharedFolder is the folder name of ../shared beside the checkout, as
// sharedRealdata.
func sharedFolder(t *testing.T, name string) string {
	t.Helper()
	return testenv.SharedDir(t, name)
}

func TestCorpusAddRealData(t *testing.T) {
	real := sharedRealdata(t)
	dir := filepath.Join(t.TempDir(), "corpus")
	p7m := filepath.Join(real, "casungo_p7m-reader", "comune-ceva.pdf.p7m")
	misnamedPDF := filepath.Join(real, "pietroscik_delibere-comunali", "Avviso_2__Vai_1.php.ACTUALLY_PDF")
	htmlAsPDF := filepath.Join(real, "Magantgiu_monterotondo-albo-scanner", "pdfs_2025_11_2441.pdf.ACTUALLY_HTML")

	code, stdout, stderr := runAlbo(t, "corpus", "add", "--corpus", dir, "--json", "--source", "realdata", p7m, misnamedPDF, htmlAsPDF)
	if code != 1 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, htmlAsPDF) {
		t.Errorf("exit %d, stderr %q; want 1 and one line for the HTML page", code, stderr)
	}
	outs := addLines(t, stdout)
	if len(outs) != 2 {
		t.Fatalf("outcomes = %+v, want the envelope and the misnamed PDF", outs)
	}
	// The PDF stored for the twice-signed envelope is the one inside both
	// envelopes, byte for byte.
	unwrapped, err := os.ReadFile(p7m + ".UNWRAPPED-2-levels.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if outs[0].ID != "realdata/giunta/2025/129" {
		t.Errorf("id = %s, want realdata/giunta/2025/129 (Giunta Comunale di Ceva n. 129 of 26/09/2025)", outs[0].ID)
	}
	if outs[0].PDFSHA256 != sha256Hex(unwrapped) {
		t.Errorf("pdf_sha256 = %s, want the inner PDF's %s", outs[0].PDFSHA256, sha256Hex(unwrapped))
	}
	s, err := corpus.OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.Act(outs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	var levels []int
	for _, sg := range a.Files[0].Signers {
		levels = append(levels, sg.Level)
	}
	if !slices.Equal(levels, []int{1, 2}) || a.Files[0].ContentType != "application/pkcs7-mime" {
		t.Errorf("file = %+v, want signers at levels 1 and 2", a.Files[0])
	}
	if p := slices.Collect(s.Verify(t.Context())); len(p) != 0 {
		t.Errorf("verify: %v", p)
	}
}

func sha256Hex(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func TestCorpusCommandsBesideARunningWriter(t *testing.T) {
	dir := t.TempDir()
	writer, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	code, _, stderr := runAlbo(t, "corpus", "add", "--corpus", dir, fixturePDF)
	if code != 1 || !strings.Contains(stderr, "locked") {
		t.Errorf("add beside a writer: exit %d, stderr %q; want 1 and a lock message", code, stderr)
	}
	// Reading commands work while a crawl writes.
	for _, args := range [][]string{{"corpus", "ls"}, {"corpus", "verify"}} {
		if code, _, stderr := runAlbo(t, append(args, "--corpus", dir)...); code != 0 {
			t.Errorf("%v beside a writer: exit %d, stderr %q", args, code, stderr)
		}
	}
}
