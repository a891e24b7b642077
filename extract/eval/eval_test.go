package eval_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/extract/eval"
)

var goldDir = filepath.Join("..", "..", "testdata", "gold", "delibera-2187-2019")

// goldResult reads the answer files as if an extractor had produced them.
func goldResult(t *testing.T) *extract.Result {
	t.Helper()
	res := &extract.Result{Act: &extract.Act{}, Plan: &extract.Plan{}}
	for name, into := range map[string]any{"act.json": res.Act, "plan.json": res.Plan, "changes.json": &res.Changes} {
		data, err := os.ReadFile(filepath.Join(goldDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, into); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	return res
}

func TestCompareGoldWithItself(t *testing.T) {
	gold, err := eval.LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	r := eval.Compare(goldResult(t), gold)
	if !r.Exact() || len(r.Mismatches) != 0 {
		var b bytes.Buffer
		r.WriteText(&b)
		t.Fatalf("the answers do not score exact against themselves:\n%s", b.String())
	}
	for typ, want := range map[string]int{eval.TypeObjectives: 321, eval.TypeChanges: 100, eval.TypeDirectorates: 26, eval.TypeDirectors: 26, "act.attendees": 12} {
		s, ok := r.Score(typ)
		if !ok || s.Gold != want || s.F1 != 1 {
			t.Errorf("score %s = %+v, want %d gold records at F1 1", typ, s, want)
		}
	}
}

// TestCompareOneError changes one record at a time and checks that the
// report blames exactly that record and nothing else.
func TestCompareOneError(t *testing.T) {
	gold, err := eval.LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		change func(r *extract.Result)
		typ    string
		want   []eval.Mismatch // Type, Problem, Field are compared
		// gold, extracted, correct of typ
		counts [3]int
	}{
		{
			name:   "change dropped from the middle",
			change: func(r *extract.Result) { r.Changes = slices.Delete(r.Changes, 40, 41) },
			typ:    eval.TypeChanges, counts: [3]int{100, 99, 99},
			want: []eval.Mismatch{{Type: eval.TypeChanges, Problem: eval.Missing}},
		},
		{
			name: "change inserted at the start",
			change: func(r *extract.Result) {
				r.Changes = slices.Insert(r.Changes, 0, extract.Change{Kind: extract.ChangeNew, Directorate: "Direzione Inventata", Text: "Obiettivo che non esiste"})
			},
			typ: eval.TypeChanges, counts: [3]int{100, 101, 100},
			want: []eval.Mismatch{{Type: eval.TypeChanges, Problem: eval.Spurious}},
		},
		{
			name: "change counterpart misread",
			change: func(r *extract.Result) {
				other := "Direzione Sbagliata"
				r.Changes[0].Counterpart = &other
			},
			typ: eval.TypeChanges, counts: [3]int{100, 100, 99},
			want: []eval.Mismatch{{Type: eval.TypeChanges, Problem: eval.Differs, Field: "counterpart"}},
		},
		{
			name:   "change text cut short",
			change: func(r *extract.Result) { r.Changes[70].Text = r.Changes[70].Text[:len(r.Changes[70].Text)*3/4] },
			typ:    eval.TypeChanges, counts: [3]int{100, 100, 99},
			want: []eval.Mismatch{{Type: eval.TypeChanges, Problem: eval.Differs, Field: "text"}},
		},
		{
			name:   "objective in the wrong year column",
			change: func(r *extract.Result) { r.Plan.Directorates[3].Objectives[0].Year = 2020 },
			typ:    eval.TypeObjectives, counts: [3]int{321, 321, 320},
			want: []eval.Mismatch{{Type: eval.TypeObjectives, Problem: eval.Differs, Field: "year"}},
		},
		{
			name:   "objective lost",
			change: func(r *extract.Result) { r.Plan.Directorates[5].Objectives = r.Plan.Directorates[5].Objectives[1:] },
			typ:    eval.TypeObjectives, counts: [3]int{321, 320, 320},
			want: []eval.Mismatch{{Type: eval.TypeObjectives, Problem: eval.Missing}},
		},
		{
			name:   "directorate name misread keeps its objectives",
			change: func(r *extract.Result) { r.Plan.Directorates[2].Directorate += " X" },
			typ:    eval.TypeObjectives, counts: [3]int{321, 321, 321},
			want: []eval.Mismatch{{Type: eval.TypeDirectorates, Problem: eval.Differs, Field: "directorate"}},
		},
		{
			name:   "director missing",
			change: func(r *extract.Result) { r.Plan.Directorates[7].Director = nil },
			typ:    eval.TypeDirectors, counts: [3]int{26, 25, 25},
			want: []eval.Mismatch{{Type: eval.TypeDirectors, Problem: eval.Differs, Field: "director"}},
		},
		{
			name:   "act number wrong",
			change: func(r *extract.Result) { r.Act.Number = 2188 },
			typ:    eval.TypeAct, counts: [3]int{-1, -1, -1},
			want: []eval.Mismatch{{Type: eval.TypeAct, Problem: eval.Differs, Field: "number"}},
		},
		{
			name:   "attendee dropped",
			change: func(r *extract.Result) { r.Act.Attendees = r.Act.Attendees[1:] },
			typ:    "act.attendees", counts: [3]int{12, 11, 11},
			want: []eval.Mismatch{{Type: "act.attendees", Problem: eval.Missing}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := goldResult(t)
			tt.change(res)
			r := eval.Compare(res, gold)
			var got []eval.Mismatch
			for _, m := range r.Mismatches {
				got = append(got, eval.Mismatch{Type: m.Type, Problem: m.Problem, Field: m.Field})
			}
			if !slices.Equal(got, tt.want) {
				var b bytes.Buffer
				r.WriteText(&b)
				t.Errorf("mismatches = %+v, want %+v\n%s", got, tt.want, b.String())
			}
			s, _ := r.Score(tt.typ)
			if tt.counts[0] >= 0 && [3]int{s.Gold, s.Extracted, s.Correct} != tt.counts {
				t.Errorf("%s: gold/extracted/correct = %d/%d/%d, want %v", tt.typ, s.Gold, s.Extracted, s.Correct, tt.counts)
			}
			if r.Exact() {
				t.Error("Exact() with an error in the extraction")
			}
		})
	}
}

func TestCompareOnlyWhatTheAnswersGive(t *testing.T) {
	changes := `[{"section":"S","page_ref":"3","directorate":"Direzione A","kind":"new","counterpart":null,"reason":null,"text":"Uno"}]`
	act := `{"number":5,"a_note_for_readers":"not a field of the model","attachments":[{"number":1,"title":"T","pages":null,"note":"neither"}]}`
	gold, err := eval.ParseGold([]byte(act), nil, []byte(changes))
	if err != nil {
		t.Fatal(err)
	}
	one := 1
	actOnly := &extract.Result{Act: &extract.Act{Number: 5, Attachments: []extract.Attachment{{Number: &one, Title: "T"}}}}
	if r := eval.Compare(actOnly, gold.Only(eval.ActFile)); !r.Exact() || len(r.Scores) != 2 {
		t.Errorf("fields the model lacks were scored: %+v %+v", r.Scores, r.Mismatches)
	}
	gold = gold.Only(eval.ChangesFile)
	res := &extract.Result{
		Act:     &extract.Act{Number: 5},
		Changes: []extract.Change{{Section: "S", PageRef: "3", Directorate: "Direzione A", Kind: "new", Text: "Uno", Page: 7}},
	}
	r := eval.Compare(res, gold)
	if len(r.Scores) != 1 || r.Scores[0].Type != eval.TypeChanges || !r.Exact() {
		t.Errorf("scores = %+v, mismatches = %+v; want only an exact changes score", r.Scores, r.Mismatches)
	}
	// Nothing extracted against answers: zero precision and recall.
	r = eval.Compare(&extract.Result{}, gold)
	if s, _ := r.Score(eval.TypeChanges); s.Recall != 0 || s.Precision != 0 || s.F1 != 0 {
		t.Errorf("empty extraction scored %+v", s)
	}
}

// TestLoadGoldErrors: each error names the folder once, and the file or
// the reason.
func TestLoadGoldErrors(t *testing.T) {
	empty := t.TempDir()
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "changes.json"), []byte(`{"not":"a list"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "act.json")
	if err := os.WriteFile(file, []byte(`{}`), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(t.TempDir(), "none")
	tests := []struct {
		name, dir, want string
	}{
		{"empty folder", empty, "load gold " + empty + ": none of act.json, plan.json, changes.json is there"},
		{"malformed file", bad, "load gold " + bad + ": changes.json"},
		{"a file, not a folder", file, "load gold " + file + ": not a folder"},
		{"missing folder", missing, "load gold " + missing + ": no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := eval.LoadGold(tt.dir)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) || strings.Count(err.Error(), tt.dir) != 1 {
				t.Errorf("got %v, want %q… naming the folder once", err, tt.want)
			}
		})
	}
}

func TestWriteText(t *testing.T) {
	gold, err := eval.LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	res := goldResult(t)
	res.Changes[0].Text = "Ottimizzazione dei canali informativi"
	var b bytes.Buffer
	if err := eval.Compare(res, gold).WriteText(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"changes ", "1 mismatch(es):", "differs text", `want: "Ottimizzazione dei canali informativi e dei processi`, `got:  "Ottimizzazione dei canali informativi"`} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

func FuzzCompare(f *testing.F) {
	var files [3][]byte
	for i, name := range []string{"act.json", "plan.json", "changes.json"} {
		data, err := os.ReadFile(filepath.Join(goldDir, name))
		if err != nil {
			f.Fatal(err)
		}
		files[i] = data
	}
	f.Add(files[0][:2000], files[1][:3000], files[2][:3000], []byte(`{"changes":[{"kind":"new","text":"x"}]}`))
	f.Add([]byte(`{"attendees":[null,1]}`), []byte(`{"directorates":[null,{"directorate":"D","objectives":[null,{"n":1}]}]}`), []byte(`[null,{}]`), []byte(`{"plan":{"directorates":[{"objectives":[{}]}]}}`))
	f.Fuzz(func(t *testing.T, act, plan, changes, result []byte) {
		gold, err := eval.ParseGold(act, plan, changes)
		if err != nil {
			return
		}
		var res extract.Result
		if json.Unmarshal(result, &res) != nil {
			return
		}
		r := eval.Compare(&res, gold)
		for _, s := range r.Scores {
			if s.Correct > s.Gold || s.Correct > s.Extracted || s.F1 < 0 || s.F1 > 1 {
				t.Fatalf("impossible score %+v", s)
			}
		}
		var b bytes.Buffer
		if err := r.WriteText(&b); err != nil {
			t.Fatal(err)
		}
	})
}

// TestCompareSkipsEditorialFields: the answers' descriptions for readers
// ("where" a signature block sits, a cited act's section label, notes) are
// the checker's paraphrases, not text the act prints; an extractor that
// says them otherwise is not wrong.
func TestCompareSkipsEditorialFields(t *testing.T) {
	gold, err := eval.LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	res := goldResult(t)
	if len(res.Act.SignatureBlocks) == 0 || len(res.Act.CitedActsOtherSection) == 0 {
		t.Fatal("the answers have no signature blocks or cited acts of other sections: the test would prove nothing")
	}
	for i := range res.Act.SignatureBlocks {
		res.Act.SignatureBlocks[i].Where = "page 52"
	}
	for i := range res.Act.CitedActsOtherSection {
		res.Act.CitedActsOtherSection[i].Section = "Dato atto che"
	}
	if r := eval.Compare(res, gold); !r.Exact() {
		var b bytes.Buffer
		r.WriteText(&b)
		t.Errorf("editorial fields scored:\n%s", b.String())
	}
}
