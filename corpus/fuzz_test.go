package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzReadAct feeds arbitrary bytes to the act-record reader, as a damaged
// disk or a hand-edited file would: it must never panic, and what it accepts
// must be the record of the id asked for.
func FuzzReadAct(f *testing.F) {
	s, err := Open(f.TempDir())
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	const id = "milano/giunta/2019/2187"
	sha := digest([]byte("x"))
	if err := s.PutAct(f.Context(), &Act{ID: id, Source: "milano", Category: "giunta", Number: 2187,
		Files: []File{{Name: "a.pdf.p7m", SHA256: sha, PDFSHA256: sha, Signers: []Signer{{Level: 1, Subject: "CN=X"}}}}}); err != nil {
		f.Fatal(err)
	}
	real, err := os.ReadFile(s.actPath(id))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(real)
	f.Add([]byte(`{"id":"milano/giunta/2019/2187","files":null}`))
	f.Add([]byte(`{"id":"other/id"}`))
	f.Add([]byte(`{"id":"milano/giunta/2019/2187","first_seen":"not a time"}`))
	f.Add([]byte{0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := decodeAct(data, id)
		if err == nil && a.ID != id {
			t.Errorf("accepted the record of %q as %q", a.ID, id)
		}
	})
}

// FuzzValidateID checks that every id the store accepts stays inside the
// acts folder and maps back to itself.
func FuzzValidateID(f *testing.F) {
	for _, id := range []string{"milano/giunta/2019/2187", "local/unknown/undated/sha-0123456789ab", "../x", "a//b", "a/./b", "a/b\x00", "é/1"} {
		f.Add(id)
	}
	s := &Store{dir: "/corpus", files: folderStorage{"/corpus"}}
	f.Fuzz(func(t *testing.T, id string) {
		if ValidateID(id) != nil {
			return
		}
		p := s.actPath(id)
		root := filepath.Join(s.dir, actsDir) + string(filepath.Separator)
		if !strings.HasPrefix(p, root) {
			t.Fatalf("id %q escapes to %s", id, p)
		}
		if back := strings.TrimSuffix(filepath.ToSlash(strings.TrimPrefix(p, root)), ".json"); back != id {
			t.Fatalf("id %q is stored as %q", id, back)
		}
	})
}

// FuzzVersions checks that any extractor version makes a safe file name
// that reads back as itself, and that CompareVersions is a consistent order.
func FuzzVersions(f *testing.F) {
	f.Add("albo 0.1.0", "albo 0.10.0")
	f.Add("albo 1.0.0-rc1", "albo 1.0.0")
	f.Add("../../etc", "a/b")
	f.Add("007", "7")
	f.Fuzz(func(t *testing.T, a, b string) {
		if a != "" {
			name := versionFile(a)
			if strings.ContainsAny(name, `/\`) || isTemp(name) {
				t.Fatalf("version %q gives the unsafe file name %q", a, name)
			}
			if v, ok := versionOf(name); !ok || v != a {
				t.Fatalf("version %q reads back as %q, %v", a, v, ok)
			}
		}
		if ab, ba := CompareVersions(a, b), CompareVersions(b, a); ab != -ba {
			t.Fatalf("CompareVersions(%q, %q) = %d but the reverse is %d", a, b, ab, ba)
		}
		if CompareVersions(a, a) != 0 {
			t.Fatalf("CompareVersions(%q, itself) != 0", a)
		}
	})
}

// FuzzManifest feeds arbitrary bytes to the act manifest's readers, as a
// damaged disk would: reading it and opening the corpus over it must never
// panic, and an Open that succeeds leaves a manifest that ends with a
// whole line.
func FuzzManifest(f *testing.F) {
	sha := digest([]byte("x"))
	f.Add([]byte(manifestHeader + sha + " - milano/giunta/2019/1\n" + manifestDone))
	f.Add([]byte(manifestHeader + sha + " " + sha + " milano/giunta/2019/1\n" + sha[:10]))
	f.Add([]byte(manifestHeader + "garbage line\n\n"))
	f.Add([]byte("not a manifest\n"))
	f.Add([]byte{})
	dir := f.TempDir()
	s, err := Open(dir)
	if err != nil {
		f.Fatal(err)
	}
	if err := s.PutAct(f.Context(), &Act{ID: "milano/giunta/2019/1", Files: []File{}}); err != nil {
		f.Fatal(err)
	}
	s.Close()
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, manifestName), data, 0o644); err != nil {
			t.Fatal(err)
		}
		ro := &Store{dir: dir, files: folderStorage{dir}}
		ro.readManifest()
		for range ro.Verify(t.Context()) {
		}
		s, err := Open(dir)
		if err != nil {
			return
		}
		defer s.Close()
		after, err := os.ReadFile(filepath.Join(dir, manifestName))
		if err != nil {
			t.Fatal(err)
		}
		if len(after) > 0 && after[len(after)-1] != '\n' {
			t.Errorf("Open left a torn last line: %q", after)
		}
	})
}
