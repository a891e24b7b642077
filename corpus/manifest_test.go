package corpus

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestManifestLogsEveryWrite: each record write adds one line naming the
// record it replaced, an identical write adds none, and the records verify.
func TestManifestLogsEveryWrite(t *testing.T) {
	s := openTemp(t)
	a := sampleAct(t, s, "milano/giunta/2019/2187")
	steps := []struct {
		name      string
		subject   string
		wantLines int
	}{
		{"first write", "Piano", 2},
		{"same record again", "Piano", 2},
		{"changed subject", "Piano aggiornato", 3},
	}
	for _, st := range steps {
		a.Subject = st.subject
		if err := s.PutAct(t.Context(), a); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		lines := manifestLines(t, s)
		if len(lines) != st.wantLines {
			t.Fatalf("%s: manifest has %d lines, want %d: %q", st.name, len(lines), st.wantLines, lines)
		}
		if p := problems(t, s); len(p) != 0 {
			t.Fatalf("%s: Verify found %v", st.name, p)
		}
	}
	lines := manifestLines(t, s)
	first, second := strings.Fields(lines[1]), strings.Fields(lines[2])
	if first[1] != noRecord || second[1] != first[0] || second[2] != a.ID {
		t.Errorf("manifest lines %q do not chain the writes", lines[1:])
	}
}

func manifestLines(t *testing.T, s *Store) []string {
	t.Helper()
	data, err := os.ReadFile(s.manifestPath())
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for l := range strings.SplitSeq(strings.TrimSuffix(string(data), "\n"), "\n") {
		if l+"\n" != manifestDone {
			lines = append(lines, l)
		}
	}
	return lines
}

// TestManifestRecoversFromAnInterruptedWrite reproduces the states a crash
// can leave between a write's manifest line and its record's rename, and
// checks Verify accepts each, before and after the next writer's Open.
func TestManifestRecoversFromAnInterruptedWrite(t *testing.T) {
	const id = "milano/giunta/2019/2187"
	tests := []struct {
		name string
		// crash appends what the killed writer left in the manifest; data
		// is the record it was writing.
		crash func(t *testing.T, s *Store, a *Act, data []byte)
		// wantLines is the manifest's length after the next Open: the
		// header and the lines of the writes that happened.
		wantLines int
	}{
		{"line synced, record not renamed", func(t *testing.T, s *Store, a *Act, data []byte) {
			old, err := os.ReadFile(s.actPath(id))
			if err != nil {
				t.Fatal(err)
			}
			appendManifest(t, s, digestOf(data)+" "+digestOf(old)+" "+id+"\n")
		}, 2},
		{"line torn", func(t *testing.T, s *Store, a *Act, data []byte) {
			appendManifest(t, s, digestOf(data)[:20])
		}, 2},
		{"first write of another act, not renamed", func(t *testing.T, s *Store, a *Act, data []byte) {
			appendManifest(t, s, digestOf(data)+" - milano/giunta/2019/9\n")
		}, 2},
		{"record renamed, done line lost", func(t *testing.T, s *Store, a *Act, data []byte) {
			old, err := os.ReadFile(s.actPath(id))
			if err != nil {
				t.Fatal(err)
			}
			appendManifest(t, s, digestOf(data)+" "+digestOf(old)+" "+id+"\n")
			writeOver(t, s.actPath(id), data)
		}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			a := sampleAct(t, s, id)
			if err := s.PutAct(t.Context(), a); err != nil {
				t.Fatal(err)
			}
			s.Close()
			a.Subject = "changed"
			data, err := marshalRecord(a)
			if err != nil {
				t.Fatal(err)
			}
			tt.crash(t, s, a, data)
			ro, err := OpenReadOnly(dir)
			if err != nil {
				t.Fatal(err)
			}
			if p := problems(t, ro); len(p) != 0 {
				t.Errorf("before the next Open: Verify found %v", p)
			}
			// The next writer takes the unfinished line back, so the
			// writes after it leave no stale line in the middle.
			s, err = Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if lines := manifestLines(t, s); len(lines) != tt.wantLines {
				t.Errorf("after Open the manifest has %d lines, want %d: %q", len(lines), tt.wantLines, lines)
			}
			if err := s.PutAct(t.Context(), sampleAct(t, s, "milano/giunta/2019/10")); err != nil {
				t.Fatal(err)
			}
			if p := problems(t, s); len(p) != 0 {
				t.Errorf("after another write: Verify found %v", p)
			}
		})
	}
}

// TestManifestKeepsDamageLongerThanALine: an unfinished end of the
// manifest longer than any line albo writes is not a line a crash tore but
// damage (found by FuzzManifest). Open keeps it, ends it so that the next
// write's line is whole, and Verify reports it as one corrupt line.
func TestManifestKeepsDamageLongerThanALine(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutAct(t.Context(), sampleAct(t, s, "milano/giunta/2019/1")); err != nil {
		t.Fatal(err)
	}
	s.Close()
	damage := strings.Repeat("\x9f", maxManifestLine+10)
	appendManifest(t, s, damage)
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	lines := manifestLines(t, s)
	if lines[len(lines)-1] != damage {
		t.Fatalf("after Open the manifest ends %.40q, want the damage kept whole", lines[len(lines)-1])
	}
	if err := s.PutAct(t.Context(), sampleAct(t, s, "milano/giunta/2019/2")); err != nil {
		t.Fatal(err)
	}
	p := problems(t, s)
	if len(p) != 1 || p[0].Kind != ProblemCorrupt || p[0].Path != manifestName {
		t.Errorf("Verify found %v, want the damaged line alone", p)
	}
}

func appendManifest(t *testing.T, s *Store, text string) {
	t.Helper()
	f, err := os.OpenFile(s.manifestPath(), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
}

// TestAdoptActs: a corpus written before manifests existed is reported
// once as unproven, gets no partial manifest from later writes, and is
// proven after AdoptActs, which also accepts edits made on purpose.
func TestAdoptActs(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"milano/giunta/2019/1098", "milano/giunta/2019/2187"} {
		if err := s.PutAct(t.Context(), sampleAct(t, s, id)); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	if err := os.Remove(s.manifestPath()); err != nil { // as an older albo left it
		t.Fatal(err)
	}
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.PutAct(t.Context(), sampleAct(t, s, "milano/giunta/2019/5")); err != nil {
		t.Fatal(err)
	}
	got := problems(t, s)
	if len(got) != 1 || got[0].Kind != ProblemUnproven || got[0].Path != manifestName {
		t.Fatalf("without a manifest: Verify = %v, want one unproven problem", got)
	}
	editRecord(t, s, "milano/giunta/2019/1098", `"subject": "`, `"subject": "Rettifica: `)
	n, err := s.AdoptActs(t.Context())
	if err != nil || n != 3 {
		t.Fatalf("AdoptActs = %d, %v; want 3 records", n, err)
	}
	if p := problems(t, s); len(p) != 0 {
		t.Fatalf("after AdoptActs: Verify found %v", p)
	}
	// Writes after the adoption are logged in the new manifest.
	a := sampleAct(t, s, "milano/giunta/2019/5")
	a.Subject = "after"
	if err := s.PutAct(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	editRecord(t, s, "milano/giunta/2019/2187", `"number": 2187`, `"number": 2188`)
	got = problems(t, s)
	if len(got) != 1 || got[0].Kind != ProblemEdited || !strings.HasSuffix(got[0].Path, "2187.json") {
		t.Errorf("an edit after AdoptActs: Verify = %v, want the edited 2187", got)
	}
	if _, err := (&Store{dir: dir}).AdoptActs(t.Context()); err == nil {
		t.Error("AdoptActs on a read-only store succeeded")
	}
}

// TestManifestEmptyCorpusStartsOne: a new corpus, and an old one with no
// act yet, get a manifest at Open.
func TestManifestEmptyCorpusStartsOne(t *testing.T) {
	s := openTemp(t)
	if lines := manifestLines(t, s); !slices.Equal(lines, []string{strings.TrimSuffix(manifestHeader, "\n")}) {
		t.Errorf("new corpus manifest = %q", lines)
	}
}

// TestVerifyBesideAWriter runs Verify on a read-only store again and again
// while a writer adds and rewrites act records in the same corpus: the
// records are whole all along, so Verify must find nothing, whatever the
// moment it reads the manifest and each record.
func TestVerifyBesideAWriter(t *testing.T) {
	dir := t.TempDir()
	w, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ro, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	var acts []*Act
	for i := range 40 {
		acts = append(acts, sampleAct(t, w, fmt.Sprintf("milano/giunta/2019/%d", i)))
	}
	done := make(chan error, 1)
	go func() {
		for pass := range 6 {
			for _, a := range acts {
				a.Subject = fmt.Sprintf("pass %d", pass)
				if err := w.PutAct(t.Context(), a); err != nil {
					done <- err
					return
				}
			}
		}
		done <- nil
	}()
	checks := 0
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d verifications beside the writer", checks)
			if p := problems(t, ro); len(p) != 0 {
				t.Errorf("after the writer: Verify found %v", p)
			}
			return
		default:
		}
		for _, p := range problems(t, ro) {
			if p.Kind == ProblemEdited || p.Kind == ProblemMissing && strings.HasPrefix(p.Path, actsDir) {
				t.Errorf("verification %d beside the writer: %v", checks, p)
			}
		}
		checks++
	}
}
