package index

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// move is an entry of the gold moves.json.
type move struct {
	Text1098        string `json:"text_1098"`
	Directorate1098 string `json:"directorate_1098"`
	Text2187        string `json:"text_2187"`
	Directorate2187 string `json:"directorate_2187"`
	Year1098        int    `json:"year_1098"`
	Year2187        int    `json:"year_2187"`
	Basis           string `json:"basis"`
}

// goldMoves reads the gold moves.json.
func goldMoves(t *testing.T) []move {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(goldDir, "delibera-1098-2019", "moves.json"))
	if err != nil {
		t.Fatal(err)
	}
	var moves []move
	if err := json.Unmarshal(data, &moves); err != nil {
		t.Fatal(err)
	}
	return moves
}

func TestDiffRecoversGoldMoves(t *testing.T) {
	moves := goldMoves(t)
	m := buildModel(goldRecords(t))
	if len(m.steps) != 1 {
		t.Fatalf("steps = %d, want 1", len(m.steps))
	}
	d := m.steps[0].diff(m)
	found := make([]bool, len(d.Moved))
	for _, mv := range moves {
		wantBasis := BasisTransfer
		if strings.HasPrefix(mv.Basis, "directorate renamed") {
			wantBasis = BasisRenamed
		}
		ok := false
		for i, got := range d.Moved {
			if found[i] || got.Text != mv.Text2187 || got.Directorate != mv.Directorate2187 ||
				got.DirectorateFrom != mv.Directorate1098 || got.Year != mv.Year2187 {
				continue
			}
			if before := cmpOr(got.TextBefore, got.Text); before != mv.Text1098 {
				continue
			}
			found[i], ok = true, true
			if got.Basis != wantBasis {
				t.Errorf("move %q %s -> %s: basis %s, want %s", mv.Text2187, mv.Directorate1098, mv.Directorate2187, got.Basis, wantBasis)
			}
			break
		}
		if !ok {
			t.Errorf("move not found: %q %s -> %s", mv.Text1098, mv.Directorate1098, mv.Directorate2187)
		}
	}
	for i, got := range d.Moved {
		if !found[i] {
			t.Errorf("unexpected move: %q %s -> %s (%s)", got.Text, got.DirectorateFrom, got.Directorate, got.Basis)
		}
	}
	t.Logf("moved %d, retitled %d, added %d, removed %d", len(d.Moved), len(d.Retitled), len(d.Added), len(d.Removed))

	// The reorganised directorates of moves.json's bases, each with its
	// main heir (NOTES: "directorate renamed or reconfigured (A -> B)").
	heirs := map[string]string{}
	for _, mv := range moves {
		if from, to, ok := strings.Cut(strings.TrimSuffix(strings.TrimPrefix(mv.Basis, "directorate renamed or reconfigured ("), "), objective stayed"), " -> "); ok {
			heirs[from] = to
		}
	}
	if len(heirs) == 0 {
		t.Fatal("no renamed directorate in moves.json")
	}
	for _, r := range d.Reorganised {
		if want, ok := heirs[r.From]; ok {
			if len(r.To) == 0 || r.To[0].Directorate != want {
				t.Errorf("%s reorganised into %+v, want %s first", r.From, r.To, want)
			}
			delete(heirs, r.From)
		}
	}
	for from, to := range heirs {
		t.Errorf("reorganisation %s -> %s not reported", from, to)
	}
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
