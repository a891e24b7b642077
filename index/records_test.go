package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestRecordStoreLoad reads a folder of record files of every kind: the
// records that parse, each file that does not (or names no act) skipped
// with its name, files that are not records ignored, a later file of the
// same act winning, and a file reused from an earlier load kept as it was.
func TestRecordStoreLoad(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.json":          `{"act":{"id":"src/giunta/2020/1"},"digest":"a"}`,
		"b.json":          `{"act":{"id":"src/giunta/2020/2"},"digest":"b"}`,
		"c.json":          `{"act":{"id":"src/giunta/2020/1"},"digest":"c"}`,
		"d.json":          `{"act":`,
		"e.json":          `{"digest":"no act"}`,
		".tmp-123.json":   `{"act":{"id":"src/giunta/2020/9"}}`,
		"notes.txt":       `not a record`,
		"reused.json":     `{"act":{"id":"src/giunta/2020/3"},"digest":"on disk"}`,
		"not-reused.json": `{"act":{"id":"src/giunta/2020/4"},"digest":"on disk"}`,
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	info := func(name string) os.FileInfo {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return fi
	}
	kept := &actRecord{Act: ActRef{ID: "src/giunta/2020/3"}, Digest: "kept"}
	other, err := os.Create(filepath.Join(t.TempDir(), "other.json"))
	if err != nil {
		t.Fatal(err)
	}
	otherInfo, _ := other.Stat()
	other.Close()
	reuse := map[string]recordFile{
		"reused.json":     {info("reused.json"), kept},
		"not-reused.json": {otherInfo, &actRecord{Act: ActRef{ID: "src/giunta/2020/4"}, Digest: "stale"}},
	}
	recs, read, skipped, err := recordStore{dir: dir}.load(context.Background(), reuse)
	if err != nil {
		t.Fatal(err)
	}
	digests := map[string]string{}
	for id, rec := range recs {
		digests[id] = rec.Digest
	}
	want := map[string]string{"src/giunta/2020/1": "c", "src/giunta/2020/2": "b", "src/giunta/2020/3": "kept", "src/giunta/2020/4": "on disk"}
	for id, d := range want {
		if digests[id] != d {
			t.Errorf("%s: digest %q, want %q", id, digests[id], d)
		}
	}
	if len(recs) != len(want) {
		t.Errorf("%d records, want %d: %v", len(recs), len(want), digests)
	}
	if recs["src/giunta/2020/3"] != kept {
		t.Error("the reused record was read again")
	}
	var names []string
	for name := range read {
		names = append(names, name)
	}
	slices.Sort(names)
	if want := []string{"a.json", "b.json", "c.json", "not-reused.json", "reused.json"}; !slices.Equal(names, want) {
		t.Errorf("files read %v, want %v", names, want)
	}
	if len(skipped) != 2 || !strings.Contains(skipped[0].Error(), "d.json") || !strings.Contains(skipped[1].Error(), "e.json: unreadable, will be rebuilt: no act id") {
		t.Errorf("skipped %v, want d.json then e.json", skipped)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, _, err := (recordStore{dir: dir}).load(ctx, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("load with its context cancelled: %v", err)
	}
	if err := os.Mkdir(filepath.Join(dir, "folder.json"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := (recordStore{dir: dir}).load(context.Background(), nil); err == nil || !strings.Contains(err.Error(), "folder.json") {
		t.Errorf("load of a folder holding a record it cannot read: %v, want the error naming it", err)
	}
	if recs, _, _, err := (recordStore{dir: filepath.Join(dir, "absent")}).load(context.Background(), nil); err != nil || len(recs) != 0 {
		t.Errorf("load of an absent folder: %d records, %v", len(recs), err)
	}
}
