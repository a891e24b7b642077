package corpus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
	"time"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func digest(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// problems collects what Verify yields.
func problems(t *testing.T, s *Store) []Problem {
	t.Helper()
	return slices.Collect(s.Verify(t.Context()))
}

func TestPutBlob(t *testing.T) {
	tests := []struct {
		name    string
		content []byte
	}{
		{"empty", nil},
		{"small", []byte("%PDF-1.4 tiny")},
		{"large", bytes.Repeat([]byte("0123456789abcdef"), 1<<16)},
	}
	s := openTemp(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sha, size, err := s.PutBlob(t.Context(), bytes.NewReader(tt.content))
			if err != nil {
				t.Fatal(err)
			}
			if want := digest(tt.content); sha != want {
				t.Errorf("sha = %s, want %s", sha, want)
			}
			if size != int64(len(tt.content)) {
				t.Errorf("size = %d, want %d", size, len(tt.content))
			}
			if !s.HasBlob(sha) {
				t.Errorf("HasBlob(%s) = false after PutBlob", sha)
			}
			wantPath := filepath.Join(s.Dir(), "blobs", "sha256", sha[:2], sha[2:4], sha)
			if got := s.BlobPath(sha); got != wantPath {
				t.Errorf("BlobPath = %s, want %s", got, wantPath)
			}
			f, err := s.OpenBlob(sha)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			got, err := io.ReadAll(f)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, tt.content) {
				t.Errorf("OpenBlob read %d bytes that differ from the %d stored", len(got), len(tt.content))
			}
		})
	}
	if p := problems(t, s); len(p) != 0 {
		t.Errorf("Verify found %v", p)
	}
}

func TestBlobLookupsRejectNonDigests(t *testing.T) {
	s := openTemp(t)
	for _, sha := range []string{"", "../../etc/passwd", strings.Repeat("A", 64), strings.Repeat("a", 63)} {
		if s.HasBlob(sha) {
			t.Errorf("HasBlob(%q) = true", sha)
		}
		if p := s.BlobPath(sha); p != "" {
			t.Errorf("BlobPath(%q) = %q, want empty", sha, p)
		}
		if _, err := s.OpenBlob(sha); err == nil {
			t.Errorf("OpenBlob(%q) succeeded", sha)
		}
	}
	if _, err := s.OpenBlob(digest([]byte("absent"))); !errors.Is(err, ErrNotFound) {
		t.Errorf("OpenBlob(absent) = %v, want ErrNotFound", err)
	}
}

func TestPutBlobIsIdempotentAndRepairsDamage(t *testing.T) {
	s := openTemp(t)
	content := []byte("the same content twice")
	sha, _, err := s.PutBlob(t.Context(), bytes.NewReader(content))
	if err != nil {
		t.Fatal(err)
	}
	fi1, _ := os.Stat(s.BlobPath(sha))
	if _, _, err := s.PutBlob(t.Context(), bytes.NewReader(content)); err != nil {
		t.Fatal(err)
	}
	fi2, _ := os.Stat(s.BlobPath(sha))
	if !os.SameFile(fi1, fi2) {
		t.Error("re-putting the same content replaced the blob file")
	}
	damages := []struct {
		name   string
		damage func(path string) error
	}{
		{"truncated", func(path string) error { return os.Truncate(path, 4) }},
		{"flipped byte", func(path string) error {
			return os.WriteFile(path, append([]byte{content[0] ^ 1}, content[1:]...), 0o644)
		}},
	}
	for _, d := range damages {
		if err := d.damage(s.BlobPath(sha)); err != nil {
			t.Fatal(err)
		}
		if p := problems(t, s); len(p) != 1 {
			t.Fatalf("%s: Verify found %v, want the damage", d.name, p)
		}
		if _, _, err := s.PutBlob(t.Context(), bytes.NewReader(content)); err != nil {
			t.Fatal(err)
		}
		if p := problems(t, s); len(p) != 0 {
			t.Errorf("%s: the blob was not repaired by putting it again: %v", d.name, p)
		}
	}
}

func TestPutBlobSameContentConcurrently(t *testing.T) {
	s := openTemp(t)
	content := bytes.Repeat([]byte("concurrent "), 50000)
	const writers = 8
	var wg sync.WaitGroup
	shas := make([]string, writers)
	errs := make([]error, writers)
	for i := range writers {
		wg.Go(func() {
			shas[i], _, errs[i] = s.PutBlob(context.Background(), bytes.NewReader(content))
		})
	}
	wg.Wait()
	for i := range writers {
		if errs[i] != nil {
			t.Errorf("writer %d: %v", i, errs[i])
		}
		if shas[i] != digest(content) {
			t.Errorf("writer %d: sha %s", i, shas[i])
		}
	}
	if p := problems(t, s); len(p) != 0 {
		t.Errorf("Verify found %v", p)
	}
	leftovers, _ := filepath.Glob(filepath.Join(s.Dir(), "blobs", "sha256", tmpPrefix+"*"))
	if len(leftovers) != 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

func TestPutBlobStopsWhenContextEnds(t *testing.T) {
	s := openTemp(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, _, err := s.PutBlob(ctx, bytes.NewReader([]byte("never stored"))); !errors.Is(err, context.Canceled) {
		t.Fatalf("PutBlob with an ended context = %v, want context.Canceled", err)
	}
	if s.HasBlob(digest([]byte("never stored"))) {
		t.Error("blob stored despite the ended context")
	}
}

func sampleAct(t *testing.T, s *Store, id string) *Act {
	t.Helper()
	sha, size, err := s.PutBlob(t.Context(), strings.NewReader("signed "+id))
	if err != nil {
		t.Fatal(err)
	}
	pdf, _, err := s.PutBlob(t.Context(), strings.NewReader("%PDF "+id))
	if err != nil {
		t.Fatal(err)
	}
	seen := time.Date(2019, 12, 9, 10, 0, 0, 0, time.UTC)
	return &Act{
		ID: id, Source: "milano", Category: "giunta", Number: 2187, Year: 2019, Date: "2019-12-06",
		Subject: "Aggiornamento del Piano degli Obiettivi 2019-2021", Office: "DIREZIONE GENERALE",
		FirstSeen: seen, LastSeen: seen,
		Files: []File{{Name: "atto.pdf.p7m", SHA256: sha, PDFSHA256: pdf, Size: size,
			Signers: []Signer{{Level: 1, Subject: "CN=SALA GIUSEPPE"}}}},
	}
}

func TestActRoundTripAndOrder(t *testing.T) {
	s := openTemp(t)
	ids := []string{"milano/giunta/2019/2187", "local/unknown/0/ab12cd34", "milano/consiglio/2019/5", "milano/giunta/2019/1098"}
	for _, id := range ids {
		if err := s.PutAct(t.Context(), sampleAct(t, s, id)); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range ids {
		a, err := s.Act(id)
		if err != nil {
			t.Fatal(err)
		}
		if a.ID != id || a.Files[0].Signers[0].Subject != "CN=SALA GIUSEPPE" || !a.FirstSeen.Equal(time.Date(2019, 12, 9, 10, 0, 0, 0, time.UTC)) {
			t.Errorf("Act(%s) = %+v", id, a)
		}
	}
	var got []string
	for a, err := range s.Acts(t.Context()) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, a.ID)
	}
	want := slices.Sorted(slices.Values(ids))
	if !slices.Equal(got, want) {
		t.Errorf("Acts order = %v, want %v", got, want)
	}
	if _, err := s.Act("milano/giunta/2019/9999"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Act(absent) = %v, want ErrNotFound", err)
	}
	if p := problems(t, s); len(p) != 0 {
		t.Errorf("Verify found %v", p)
	}
}

func TestPutActRejectsBadIDs(t *testing.T) {
	s := openTemp(t)
	for _, id := range []string{"", "../escape", "milano//2019", "/abs", "milano/.hidden/1", "spazio nome/1", "milano/giunta/2019/2187/", strings.Repeat("a", 300)} {
		if err := s.PutAct(t.Context(), &Act{ID: id}); err == nil {
			t.Errorf("PutAct(%q) succeeded", id)
		}
		if _, err := s.Act(id); !errors.Is(err, ErrNotFound) {
			t.Errorf("Act(%q) = %v, want ErrNotFound", id, err)
		}
	}
}

func TestExtractions(t *testing.T) {
	s := openTemp(t)
	pdf, _, err := s.PutBlob(t.Context(), strings.NewReader("%PDF-1.7"))
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{"albo 0.9.2", "albo 0.10.0", "albo 0.1.0"} {
		if err := s.PutExtraction(t.Context(), pdf, v, []byte(`{"extractor":"`+v+`"}`)); err != nil {
			t.Fatal(err)
		}
	}
	data, err := s.Extraction(pdf, "albo 0.9.2")
	if err != nil || string(data) != `{"extractor":"albo 0.9.2"}` {
		t.Errorf("Extraction = %s, %v", data, err)
	}
	v, data, err := s.LatestExtraction(pdf)
	if err != nil || v != "albo 0.10.0" || string(data) != `{"extractor":"albo 0.10.0"}` {
		t.Errorf("LatestExtraction = %q, %s, %v", v, data, err)
	}
	if _, err := s.Extraction(pdf, "albo 9"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Extraction(absent version) = %v, want ErrNotFound", err)
	}
	if _, _, err := s.LatestExtraction(digest([]byte("other"))); !errors.Is(err, ErrNotFound) {
		t.Errorf("LatestExtraction(absent) = %v, want ErrNotFound", err)
	}
	if err := s.PutExtraction(t.Context(), pdf, "albo 1", []byte("{half")); err == nil {
		t.Error("PutExtraction stored invalid JSON")
	}
	if err := s.PutExtraction(t.Context(), "nope", "albo 1", []byte("{}")); err == nil {
		t.Error("PutExtraction accepted a non-digest")
	}
	if p := problems(t, s); len(p) != 0 {
		t.Errorf("Verify found %v", p)
	}
}

func TestFailures(t *testing.T) {
	s := openTemp(t)
	a, b := digest([]byte("a")), digest([]byte("b"))
	if err := s.PutFailure(t.Context(), b, "albo 0.1.0", "page 3: damaged stream"); err != nil {
		t.Fatal(err)
	}
	if err := s.PutFailure(t.Context(), a, "albo 0.1.0", "encrypted"); err != nil {
		t.Fatal(err)
	}
	f, err := s.Failure(b, "albo 0.1.0")
	if err != nil || f.Reason != "page 3: damaged stream" || f.PDFSHA256 != b || f.At.IsZero() {
		t.Errorf("Failure = %+v, %v", f, err)
	}
	if _, err := s.Failure(b, "albo 0.2.0"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Failure(other version) = %v, want ErrNotFound", err)
	}
	var got []string
	for f, err := range s.Failures(t.Context()) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, f.Reason)
	}
	want := []string{"encrypted", "page 3: damaged stream"} // a's reason, then b's
	if a > b {
		slices.Reverse(want)
	}
	if !slices.Equal(got, want) {
		t.Errorf("Failures = %v, want %v", got, want)
	}
	if err := s.RemoveFailure(t.Context(), b, "albo 0.1.0"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Failure(b, "albo 0.1.0"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Failure after RemoveFailure = %v", err)
	}
	if err := s.RemoveFailure(t.Context(), b, "albo 0.1.0"); err != nil {
		t.Errorf("RemoveFailure of a missing record = %v", err)
	}
}

func TestCompareVersions(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"albo 0.9.2", "albo 0.10.0", -1},
		{"albo 0.10.0", "albo 0.9.2", 1},
		{"albo 1.0.0", "albo 1.0.0", 0},
		{"albo 1.0", "albo 1.0.1", -1},
		{"albo 1.02", "albo 1.2", 0},
		{"albo 1.0.0-rc1", "albo 1.0.0-rc2", -1},
		{"alpha", "beta", -1},
	}
	for _, tt := range tests {
		if got := CompareVersions(tt.a, tt.b); got != tt.want {
			t.Errorf("CompareVersions(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSlugAndActID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Giunta Comunale", "giunta-comunale"},
		{"Attività produttive", "attivita-produttive"},
		{"  DETERMINAZIONI  dirigenziali ", "determinazioni-dirigenziali"},
		{"Municipio 2", "municipio-2"},
		{"¿?", "unknown"},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	id := ActID("Milano", "Giunta", 2019, 2187)
	if id != "milano/giunta/2019/2187" {
		t.Errorf("ActID = %q", id)
	}
	if err := ValidateID(id); err != nil {
		t.Errorf("ActID made an invalid id: %v", err)
	}
}

func TestOpenLocksOutASecondWriter(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir); !errors.Is(err, ErrLocked) {
		t.Errorf("second Open = %v, want ErrLocked", err)
	}
	r, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatalf("OpenReadOnly beside a writer: %v", err)
	}
	if _, _, err := r.PutBlob(t.Context(), strings.NewReader("x")); !errors.Is(err, ErrReadOnly) {
		t.Errorf("PutBlob on a read-only store = %v, want ErrReadOnly", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(dir)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	s2.Close()
	if _, err := OpenReadOnly(t.TempDir()); err == nil {
		t.Error("OpenReadOnly of an empty folder succeeded")
	}
}

func TestOpenRemovesInterruptedWrites(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutAct(t.Context(), sampleAct(t, s, "milano/giunta/2019/2187")); err != nil {
		t.Fatal(err)
	}
	s.Close()
	leftovers := []string{
		filepath.Join(dir, "blobs", "sha256", tmpPrefix+"123"),
		filepath.Join(dir, "acts", "milano", "giunta", "2019", tmpPrefix+"456"),
	}
	for _, p := range leftovers {
		if err := os.WriteFile(p, []byte("half"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, p := range leftovers {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s survived Open", p)
		}
	}
}

func TestPutBlobReaderFailureStoresNothing(t *testing.T) {
	s := openTemp(t)
	broken := io.MultiReader(strings.NewReader("the first half of a download"), iotest.ErrReader(errors.New("connection reset")))
	if _, _, err := s.PutBlob(t.Context(), broken); err == nil || !strings.Contains(err.Error(), "connection reset") {
		t.Fatalf("PutBlob of a failing reader = %v, want its error", err)
	}
	entries, err := os.ReadDir(filepath.Join(s.Dir(), "blobs", "sha256"))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("a failed PutBlob left %v", entries)
	}
}

func TestOpenRefusesWhatIsNoFolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(file); err == nil || !strings.Contains(err.Error(), file) {
		t.Errorf("Open(a file) = %v, want an error naming it", err)
	}
	if _, err := OpenReadOnly(file); err == nil {
		t.Error("OpenReadOnly(a file) succeeded")
	}
	// The error names the folder once and says what is missing; the
	// folder is not created.
	missing := filepath.Join(t.TempDir(), "none")
	for name, open := range map[string]func(string) (*Store, error){"OpenReadOnly": OpenReadOnly, "OpenExisting": OpenExisting} {
		_, err := open(missing)
		if want := "corpus " + missing + ": not a corpus (no acts folder)"; err == nil || err.Error() != want {
			t.Errorf("%s(a missing folder) = %v, want %q", name, err, want)
		}
		if _, err := os.Stat(missing); !os.IsNotExist(err) {
			t.Errorf("%s created %s (%v)", name, missing, err)
		}
	}
}

// TestReadersNeverSeeHalfWrittenRecords reads through a read-only store
// while the writer keeps replacing the same records.
func TestReadersNeverSeeHalfWrittenRecords(t *testing.T) {
	s := openTemp(t)
	ids := []string{"milano/giunta/2019/1", "milano/giunta/2019/2", "milano/giunta/2019/3"}
	acts := make([]*Act, len(ids))
	for i, id := range ids {
		acts[i] = sampleAct(t, s, id)
		if err := s.PutAct(t.Context(), acts[i]); err != nil {
			t.Fatal(err)
		}
	}
	r, err := OpenReadOnly(s.Dir())
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error)
	go func() {
		defer close(done)
		for round := range 40 {
			for _, a := range acts {
				next := *a
				next.Subject = strings.Repeat("x", 1+round*100)
				if err := s.PutAct(context.Background(), &next); err != nil {
					done <- err
					return
				}
			}
		}
	}()
	reads := 0
	for running := true; running; {
		select {
		case err, ok := <-done:
			if ok {
				t.Fatal(err)
			}
			running = false
		default:
		}
		n := 0
		for a, err := range r.Acts(t.Context()) {
			if err != nil {
				t.Fatalf("read %d: %v", reads, err)
			}
			if a.Subject != acts[0].Subject && strings.Trim(a.Subject, "x") != "" {
				t.Fatalf("read %d: subject %q", reads, a.Subject)
			}
			n++
		}
		if n != len(ids) {
			t.Fatalf("read %d: %d acts, want %d", reads, n, len(ids))
		}
		reads++
	}
}
