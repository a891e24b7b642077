package corpus

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestVerifyFindsDamage(t *testing.T) {
	const id = "milano/giunta/2019/2187"
	tests := []struct {
		name     string
		damage   func(t *testing.T, s *Store, a *Act)
		wantKind ProblemKind
		wantPath func(s *Store, a *Act) string
	}{
		{
			name: "flipped byte",
			damage: func(t *testing.T, s *Store, a *Act) {
				p := s.BlobPath(a.Files[0].SHA256)
				b, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				b[len(b)/2] ^= 0x01
				writeOver(t, p, b)
			},
			wantKind: ProblemDamaged,
			wantPath: func(s *Store, a *Act) string { return s.rel(s.BlobPath(a.Files[0].SHA256)) },
		},
		{
			name: "truncated blob",
			damage: func(t *testing.T, s *Store, a *Act) {
				if err := os.Truncate(s.BlobPath(a.Files[0].PDFSHA256), 3); err != nil {
					t.Fatal(err)
				}
			},
			wantKind: ProblemDamaged,
			wantPath: func(s *Store, a *Act) string { return s.rel(s.BlobPath(a.Files[0].PDFSHA256)) },
		},
		{
			name: "missing blob",
			damage: func(t *testing.T, s *Store, a *Act) {
				if err := os.Remove(s.BlobPath(a.Files[0].SHA256)); err != nil {
					t.Fatal(err)
				}
			},
			wantKind: ProblemMissing,
			wantPath: func(s *Store, a *Act) string { return s.rel(s.BlobPath(a.Files[0].SHA256)) },
		},
		{
			name: "missing PDF of an extraction",
			damage: func(t *testing.T, s *Store, a *Act) {
				if err := os.Remove(s.BlobPath(a.Files[0].PDFSHA256)); err != nil {
					t.Fatal(err)
				}
			},
			wantKind: ProblemMissing,
			wantPath: func(s *Store, a *Act) string { return s.rel(s.BlobPath(a.Files[0].PDFSHA256)) },
		},
		{
			name:     "corrupt act record",
			damage:   func(t *testing.T, s *Store, a *Act) { writeOver(t, s.actPath(id), []byte(`{"id": "milano/gi`)) },
			wantKind: ProblemCorrupt,
			wantPath: func(s *Store, a *Act) string { return "acts/" + id + ".json" },
		},
		{
			name: "act record filed under another id",
			damage: func(t *testing.T, s *Store, a *Act) {
				data, err := os.ReadFile(s.actPath(id))
				if err != nil {
					t.Fatal(err)
				}
				writeOver(t, s.actPath("milano/giunta/2019/1"), data)
			},
			wantKind: ProblemCorrupt,
			wantPath: func(s *Store, a *Act) string { return "acts/milano/giunta/2019/1.json" },
		},
		{
			name:     "edited subject, still valid JSON",
			damage:   func(t *testing.T, s *Store, a *Act) { editRecord(t, s, id, `"subject": "`, `"subject": "NON `) },
			wantKind: ProblemEdited,
			wantPath: func(s *Store, a *Act) string { return "acts/" + id + ".json" },
		},
		{
			name:     "edited number inside its own record",
			damage:   func(t *testing.T, s *Store, a *Act) { editRecord(t, s, id, `"number": 2187`, `"number": 2188`) },
			wantKind: ProblemEdited,
			wantPath: func(s *Store, a *Act) string { return "acts/" + id + ".json" },
		},
		{
			name: "act record albo never wrote",
			damage: func(t *testing.T, s *Store, a *Act) {
				other := *a
				other.ID, other.Number = "milano/giunta/2019/9", 9
				data, err := marshalRecord(&other)
				if err != nil {
					t.Fatal(err)
				}
				writeOver(t, s.actPath(other.ID), data)
			},
			wantKind: ProblemEdited,
			wantPath: func(s *Store, a *Act) string { return "acts/milano/giunta/2019/9.json" },
		},
		{
			name: "act record deleted",
			damage: func(t *testing.T, s *Store, a *Act) {
				if err := os.Remove(s.actPath(id)); err != nil {
					t.Fatal(err)
				}
			},
			wantKind: ProblemMissing,
			wantPath: func(s *Store, a *Act) string { return "acts/" + id + ".json" },
		},
		{
			name: "manifest line garbled",
			damage: func(t *testing.T, s *Store, a *Act) {
				data, err := os.ReadFile(s.manifestPath())
				if err != nil {
					t.Fatal(err)
				}
				writeOver(t, s.manifestPath(), bytes.Replace(data, []byte(" - "), []byte(" ? "), 1))
			},
			wantKind: ProblemCorrupt,
			wantPath: func(s *Store, a *Act) string { return manifestName },
		},
		{
			name: "corrupt extraction",
			damage: func(t *testing.T, s *Store, a *Act) {
				p, _ := s.recordPath(extractionsDir, a.Files[0].PDFSHA256, "albo 0.1.0")
				writeOver(t, p, []byte(`{"schema":1,`))
			},
			wantKind: ProblemCorrupt,
			wantPath: func(s *Store, a *Act) string {
				p, _ := s.recordPath(extractionsDir, a.Files[0].PDFSHA256, "albo 0.1.0")
				return s.rel(p)
			},
		},
		{
			name: "extraction read from other bytes",
			damage: func(t *testing.T, s *Store, a *Act) {
				p, _ := s.recordPath(extractionsDir, a.Files[0].PDFSHA256, "albo 0.1.0")
				writeOver(t, p, []byte(`{"schema":1,"source":{"sha256":"`+strings.Repeat("0", 64)+`"}}`))
			},
			wantKind: ProblemCorrupt,
			wantPath: func(s *Store, a *Act) string {
				p, _ := s.recordPath(extractionsDir, a.Files[0].PDFSHA256, "albo 0.1.0")
				return s.rel(p)
			},
		},
		{
			name: "corrupt failure record",
			damage: func(t *testing.T, s *Store, a *Act) {
				p, _ := s.recordPath(failuresDir, a.Files[0].PDFSHA256, "albo 0.0.1")
				writeOver(t, p, []byte("\x00\x00"))
			},
			wantKind: ProblemCorrupt,
			wantPath: func(s *Store, a *Act) string {
				p, _ := s.recordPath(failuresDir, a.Files[0].PDFSHA256, "albo 0.0.1")
				return s.rel(p)
			},
		},
		{
			name: "stray file among blobs",
			damage: func(t *testing.T, s *Store, a *Act) {
				writeOver(t, filepath.Join(s.Dir(), "blobs", "sha256", "ab", "notes.txt"), []byte("hi"))
			},
			wantKind: ProblemUnexpected,
			wantPath: func(s *Store, a *Act) string { return "blobs/sha256/ab/notes.txt" },
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			a := sampleAct(t, s, id)
			if err := s.PutAct(t.Context(), a); err != nil {
				t.Fatal(err)
			}
			if err := s.PutExtraction(t.Context(), a.Files[0].PDFSHA256, "albo 0.1.0", []byte(`{"schema":1}`)); err != nil {
				t.Fatal(err)
			}
			if err := s.PutFailure(t.Context(), a.Files[0].PDFSHA256, "albo 0.0.1", "old bug"); err != nil {
				t.Fatal(err)
			}
			if p := problems(t, s); len(p) != 0 {
				t.Fatalf("whole store: Verify found %v", p)
			}
			tt.damage(t, s, a)
			got := problems(t, s)
			want := tt.wantPath(s, a)
			found := false
			for _, p := range got {
				found = found || p.Kind == tt.wantKind && p.Path == want
			}
			if !found {
				t.Errorf("Verify = %v, want a %s problem at %s", got, tt.wantKind, want)
			}
			// Each problem's line says its kind and its path once.
			for _, p := range got {
				if line := p.String(); strings.Count(line, string(p.Kind)) != 1 || strings.Count(line, p.Path) != 1 {
					t.Errorf("problem %q repeats its kind or its path", line)
				}
			}
		})
	}
}

// editRecord changes the stored record of id by hand, the way a person
// with a text editor would: in place, keeping it valid JSON.
func editRecord(t *testing.T, s *Store, id, old, new string) {
	t.Helper()
	data, err := os.ReadFile(s.actPath(id))
	if err != nil {
		t.Fatal(err)
	}
	edited := bytes.Replace(data, []byte(old), []byte(new), 1)
	if bytes.Equal(edited, data) {
		t.Fatalf("record of %s has no %s", id, old)
	}
	if !json.Valid(edited) {
		t.Fatalf("edit made %s invalid JSON", id)
	}
	writeOver(t, s.actPath(id), edited)
}

// writeOver replaces a file's content the way damage does: in place, not
// atomically.
func writeOver(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestVerifyStopsWhenAsked(t *testing.T) {
	s := openTemp(t)
	for _, id := range []string{"a/b/1", "a/b/2", "a/b/3"} {
		writeOver(t, s.actPath(id), []byte("garbage"))
	}
	n := 0
	for range s.Verify(t.Context()) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("Verify went on after the consumer stopped: %d", n)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	var last Problem
	for p := range s.Verify(ctx) {
		last = p
	}
	if last.Kind != ProblemAborted || !strings.Contains(last.Detail, "canceled") {
		t.Errorf("Verify with an ended context ended with %v, want an aborted problem", last)
	}
}

// rel is the key of a file of a folder store, the way Problems name it.
func (s *Store) rel(p string) string { return folderStorage{s.dir}.key(p) }
