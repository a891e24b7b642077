package extract

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// versionRecordPath holds the Version the extractor's output was last
// recorded for, and the fingerprints of that output (see Version).
const versionRecordPath = "testdata/version.txt"

// versionRecord is testdata/version.txt: a version and one fingerprint per
// set of documents.
type versionRecord struct {
	version      string
	fingerprints map[string]string
}

func readVersionRecord(t *testing.T) versionRecord {
	t.Helper()
	f, err := os.Open(versionRecordPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rec := versionRecord{fingerprints: map[string]string{}}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, _ := strings.Cut(line, " ")
		if key == "version" {
			rec.version = value
		} else {
			rec.fingerprints[key] = value
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rec
}

func (rec versionRecord) write(t *testing.T) {
	t.Helper()
	var b strings.Builder
	b.WriteString("# The extractor's Version and the fingerprint of its output on each set of\n" +
		"# documents (see Version in model.go). Written by\n" +
		"#   go test ./extract -run TestVersionFingerprint -update\n" +
		"# which refuses to record another output under the same Version.\n")
	fmt.Fprintf(&b, "version %s\n", rec.version)
	for _, k := range slices.Sorted(maps.Keys(rec.fingerprints)) {
		fmt.Fprintf(&b, "%s %s\n", k, rec.fingerprints[k])
	}
	if err := os.WriteFile(versionRecordPath, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// fingerprintSets are the documents whose output the fingerprint covers:
// every document the repository's extractor tests read (the golden and
// variant acts, the changes annex, the damaged copies, the acts in other
// producers' layouts of testdata/templates), the real acts of
// ../shared/realdata and the 205 documents of ../shared/realdata-corpus,
// drawn from three Albi, read in place.
var fingerprintSets = []struct {
	name  string
	files func(t *testing.T) []string
}{
	{"repo", func(t *testing.T) []string {
		var files []string
		for _, pattern := range []string{"../testdata/*.pdf", "../testdata/malformed/*", "testdata/*.pdf"} {
			m, err := filepath.Glob(pattern)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, m...)
		}
		return files
	}},
	{"templates", func(t *testing.T) []string { return fixtureFiles(t, "testdata/templates/*.pdf") }},
	{"unseen", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/*-[123]/*.pdf") }},
	{"unseen-final", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/*-4/*.pdf") }},
	{"unseen-5", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/*-5/*.pdf") }},
	{"unseen-6", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/*-6/*.pdf") }},
	{"unseen-7", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/*-7/*.pdf") }},
	{"unseen-8", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/*-8/*.pdf") }},
	{"unseen-9", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/*-9/*.pdf") }},
	{"unseen-10", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/*-10/*.pdf") }},
	{"unseen-11", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/*-11/*.pdf") }},
	// chromium-12 was recorded before python-12 arrived.
	{"unseen-12", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/chromium-12/*.pdf") }},
	{"unseen-12-python", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/python-12/*.pdf") }},
	{"unseen-13", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/*-13/*.pdf") }},
	{"unseen-14", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/*-14/*.pdf") }},
	{"unseen-15-java", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/java-15/*.pdf") }},
	{"unseen-15-libreoffice", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/libreoffice-15/*.pdf") }},
	{"unseen-15-scan", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/scan-15/*.pdf") }},
	{"unseen-15-mixed", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/mixed-15/*.pdf") }},
	{"unseen-16-writer", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/writer-16/*.pdf") }},
	{"unseen-16-scan", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/scan-16/*.pdf") }},
	{"unseen-17-print", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/print-17/*.pdf") }},
	{"unseen-17-scan", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/scan-17/*.pdf") }},
	{"unseen-18-print", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/print-18/*.pdf") }},
	{"unseen-18-scan", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/scan-18/*.pdf") }},
	{"unseen-19-bodies", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/bodies-19/*.pdf") }},
	{"unseen-19-legacy", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/legacy-19/*.pdf") }},
	{"unseen-19-glyphs", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/glyphs-19/*.pdf") }},
	{"unseen-20-mix-a", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/mix-20-a/*.pdf") }},
	{"unseen-20-mix-b", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/mix-20-b/*.pdf") }},
	{"unseen-21-mix-a", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/mix-21-a/*.pdf") }},
	{"unseen-21-mix-b", func(t *testing.T) []string { return fixtureFiles(t, "testdata/unseen/mix-21-b/*.pdf") }},
	{"realdata", func(t *testing.T) []string { return sharedFiles(t, "realdata") }},
	{"corpus", func(t *testing.T) []string { return sharedFiles(t, "realdata-corpus") }},
}

// fixtureFiles lists the files of the repository's testdata a pattern
// matches, and fails the test when there is none.
func fixtureFiles(t *testing.T, pattern string) []string {
	m, err := filepath.Glob(pattern)
	if err != nil || len(m) == 0 {
		t.Fatalf("no files match %s: %v", pattern, err)
	}
	return m
}

// sharedFiles lists every file of a folder of ../shared, read in place.
func sharedFiles(t *testing.T, folder string) []string {
	var files []string
	err := filepath.WalkDir(requireShared(t, folder), func(path string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// fingerprint is the SHA-256 of the extractor's output (or error) on every
// file, in order of name, with the Version it stamps left out, so that
// the fingerprint changes with what the extractor reads and nothing else.
func fingerprint(t *testing.T, files []string) string {
	t.Helper()
	slices.Sort(files)
	h := sha256.New()
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		// The name as seen from the repository or from ../shared, whatever
		// folder the checkout is in.
		name := filepath.ToSlash(path)
		if i := strings.Index(name, "/shared/"); i >= 0 {
			name = name[i+1:]
		}
		fmt.Fprintf(h, "%s\n", name)
		res, err := Read(context.Background(), filepath.Base(path), data, Options{})
		if err != nil {
			fmt.Fprintf(h, "error: %v\n", err)
			continue
		}
		res.Extractor = ""
		out, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		h.Write(out)
		h.Write([]byte("\n"))
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// TestVersionFingerprint keeps Version from going stale: the corpus keys
// stored extractions, quarantines and index digests to it, so an output
// that changed under the same Version would never reach a corpus that was
// extracted before. It fails when the output on any document differs from
// the one recorded for this Version; -update records a new Version's
// output, and refuses to record a new output under the old Version.
func TestVersionFingerprint(t *testing.T) {
	rec := readVersionRecord(t)
	bumped := rec.version != Version
	recorded := map[string]bool{}
	added := false
	for _, set := range fingerprintSets {
		t.Run(set.name, func(t *testing.T) {
			got := fingerprint(t, set.files(t))
			want := rec.fingerprints[set.name]
			switch {
			case got == want && !bumped:
			case want == "" && !bumped && *update:
				// A set added since the Version was recorded: what
				// this Version reads in it.
				rec.fingerprints[set.name] = got
				added = true
				t.Logf("%s: recorded %s for %q", set.name, got, Version)
			case !bumped:
				t.Fatalf("the extractor's output on the %s documents changed (fingerprint %s, recorded %s for %q): "+
					"bump Version in extract/model.go, then record it with `go test ./extract -run TestVersionFingerprint -update`",
					set.name, got, want, Version)
			case *update:
				rec.fingerprints[set.name] = got
				recorded[set.name] = true
				t.Logf("%s: recorded %s for %q", set.name, got, Version)
			default:
				t.Fatalf("Version is %q but %s records %q: record its output with `go test ./extract -run TestVersionFingerprint -update`",
					Version, versionRecordPath, rec.version)
			}
		})
	}
	if added && !t.Failed() {
		rec.write(t)
	}
	if !bumped || !*update || t.Failed() {
		return
	}
	for _, set := range fingerprintSets {
		if !recorded[set.name] {
			t.Fatalf("recording %q needs the output on every set of documents; %s was not read", Version, set.name)
		}
	}
	rec.version = Version
	rec.write(t)
}
