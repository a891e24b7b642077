package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openalbo/albo/corpus"
)

// goldCorpus stores the gold extractions in a new corpus as the extractor
// would, one act per gold folder.
func goldCorpus(t *testing.T) *corpus.Store {
	t.Helper()
	ctx := context.Background()
	s, err := corpus.Open(filepath.Join(t.TempDir(), "corpus"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for _, name := range goldActs {
		ref, res := loadGold(t, name)
		sum := sha256.Sum256([]byte(name))
		sha := hex.EncodeToString(sum[:])
		data, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.PutExtraction(ctx, sha, "albo 0.1.0", data); err != nil {
			t.Fatal(err)
		}
		act := &corpus.Act{ID: ref.ID, Source: "milano", Category: "giunta", Number: ref.Number, Date: ref.Date,
			Files: []corpus.File{{Name: name + ".pdf", SHA256: sha, PDFSHA256: sha}}}
		if err := s.PutAct(ctx, act); err != nil {
			t.Fatal(err)
		}
	}
	// An act not extracted yet is left out.
	if err := s.PutAct(ctx, &corpus.Act{ID: "milano/giunta/2019/9999", Source: "milano", Category: "giunta", Number: 9999}); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCorpusInputs(t *testing.T) {
	ctx := context.Background()
	s := goldCorpus(t)
	inputs, err := CorpusInputs(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) != 2 {
		t.Fatalf("inputs = %d, want the 2 extracted acts", len(inputs))
	}
	ix, err := Open(ctx, filepath.Join(s.Dir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	stats, err := ix.Update(ctx, inputs)
	if err != nil || stats.Indexed != 2 {
		t.Fatalf("update = %+v, %v", stats, err)
	}
	// A new extractor version re-indexes that act only.
	act, err := s.Act("milano/giunta/2019/2187")
	if err != nil {
		t.Fatal(err)
	}
	sha := act.Files[0].PDFSHA256
	_, data, err := s.LatestExtraction(sha)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutExtraction(ctx, sha, "albo 0.2.0", data); err != nil {
		t.Fatal(err)
	}
	again, err := CorpusInputs(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	stats, err = ix.Update(ctx, again)
	if err != nil || stats.Indexed != 1 || stats.Unchanged != 1 {
		t.Fatalf("update after re-extraction = %+v, %v", stats, err)
	}
	hit, err := ix.Get(ctx, "milano/giunta/2019/2187")
	if err != nil || hit.Act.Organ != "Giunta Comunale" || hit.Act.Date != "2019-12-06" {
		t.Errorf("act = %+v, %v", hit, err)
	}

	// An act record damaged on disk is reported, and what was indexed of
	// the act stays.
	record := filepath.Join(s.Dir(), "acts", "milano", "giunta", "2019", "1098.json")
	if err := os.WriteFile(record, []byte("{damaged"), 0o644); err != nil {
		t.Fatal(err)
	}
	again, err = CorpusInputs(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	stats, err = ix.Update(ctx, again)
	if err == nil || !strings.Contains(err.Error(), "milano/giunta/2019/1098") || stats.Failed != 1 || stats.Removed != 0 {
		t.Fatalf("update with a damaged act record = %+v, %v", stats, err)
	}
	res, err := ix.Search(ctx, Request{Act: "milano/giunta/2019/1098"})
	if err != nil || res.Total != 305 {
		t.Errorf("the damaged act's documents: %+v, %v; want the 305 indexed", res, err)
	}
}

// TestCorpusInputsFollowReextraction: an extraction rewritten under the
// same extractor version re-indexes its act when its content changed, and
// only then.
func TestCorpusInputsFollowReextraction(t *testing.T) {
	ctx := context.Background()
	s := goldCorpus(t)
	ix, err := Open(ctx, filepath.Join(s.Dir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	update := func() UpdateStats {
		t.Helper()
		inputs, err := CorpusInputs(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		stats, err := ix.Update(ctx, inputs)
		if err != nil {
			t.Fatal(err)
		}
		return stats
	}
	update()
	act, err := s.Act("milano/giunta/2019/2187")
	if err != nil {
		t.Fatal(err)
	}
	sha := act.Files[0].PDFSHA256
	version, data, err := s.LatestExtraction(sha)
	if err != nil {
		t.Fatal(err)
	}
	var res map[string]any
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatal(err)
	}
	res["act"].(map[string]any)["subject"] = "Soggetto riletto"
	changed, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name               string
		data               []byte
		indexed, unchanged int
	}{
		{"same content written again", data, 0, 2},
		{"content changed, same version", changed, 1, 1},
	}
	for _, tt := range tests {
		if err := s.PutExtraction(ctx, sha, version, tt.data); err != nil {
			t.Fatal(err)
		}
		if stats := update(); stats.Indexed != tt.indexed || stats.Unchanged != tt.unchanged {
			t.Errorf("%s: update = %+v, want %d indexed, %d unchanged", tt.name, stats, tt.indexed, tt.unchanged)
		}
	}
	hit, err := ix.Get(ctx, "milano/giunta/2019/2187")
	if err != nil || !strings.Contains(hit.Text, "Soggetto riletto") {
		t.Errorf("after the re-extraction the act reads %+v, %v", hit, err)
	}
}
