package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/web"
)

// planCorpus is the plans of many cities for the layer bench: families of
// plan revisions, one a city, each family the two real revisions of the gold plan (with
// their real changes annex) under a title of its own, then revisions made
// from the latest by what a city does to its plan — objectives moved
// between directorates and declared in a changes annex, a directorate
// renamed (a reorganisation), directorates printed in other spellings,
// objectives retitled, dropped and added. Everything is computed from the
// family and revision numbers, the same every time.
type planCorpus struct {
	gold     [2]*extract.Result
	families int
	// perFamily is the objectives of one family's revisions.
	perFamily int
}

// layerRevisions is how many revisions of each plan the index holds; the
// update adds one more.
const layerRevisions = 4

// newPlanCorpus makes as many families as hold about objectives
// objectives, from the gold answers under goldDir (testdata/gold).
func newPlanCorpus(goldDir string, objectives int) (*planCorpus, error) {
	c := &planCorpus{}
	for i, name := range []string{"delibera-1098-2019", "delibera-2187-2019"} {
		res := &extract.Result{Schema: extract.SchemaVersion, Extractor: "gold"}
		for _, part := range []struct {
			file string
			into any
		}{{"act.json", &res.Act}, {"plan.json", &res.Plan}, {"changes.json", &res.Changes}} {
			data, err := os.ReadFile(filepath.Join(goldDir, name, part.file))
			if os.IsNotExist(err) && part.file == "changes.json" {
				continue
			}
			if err != nil {
				return nil, fmt.Errorf("plan corpus: %w", err)
			}
			if err := json.Unmarshal(data, part.into); err != nil {
				return nil, fmt.Errorf("plan corpus: %s/%s: %w", name, part.file, err)
			}
		}
		if res.Act == nil || res.Plan == nil {
			return nil, fmt.Errorf("plan corpus: %s has no act or no plan", name)
		}
		c.gold[i] = res
	}
	for r := range layerRevisions {
		c.perFamily += countObjectives(c.result(0, r).Plan)
	}
	c.families = max(1, (objectives+c.perFamily-1)/c.perFamily)
	return c, nil
}

func countObjectives(p *extract.Plan) int {
	n := 0
	for _, d := range p.Directorates {
		n += len(d.Objectives)
	}
	return n
}

// objectives is the number of objectives of every family's revisions.
func (c *planCorpus) objectives() int { return c.families * c.perFamily }

// actRef names revision r of family f: numbered so that the revisions of a
// family follow each other, dated over one year.
func (c *planCorpus) actRef(f, r int) index.ActRef {
	year := 2012 + f%12
	month := 2 + 3*r
	if month > 12 {
		year, month = year+1, month-12
	}
	number := f*(layerRevisions+1) + r + 1
	return index.ActRef{ID: fmt.Sprintf("%s/giunta/%d/%d", familySource(f), year, number), Organ: "Giunta Comunale",
		Number: number, Date: fmt.Sprintf("%d-%02d-%02d", year, month, 1+f%28)}
}

// result is the extraction of revision r of family f; r may be
// layerRevisions, the revision an update adds.
func (c *planCorpus) result(f, r int) *extract.Result {
	var res *extract.Result
	if r < len(c.gold) {
		res = clonePlanResult(c.gold[r])
	} else {
		res = clonePlanResult(c.result(f, r-1))
		res.Changes = nil
		revise(res, rand.New(rand.NewPCG(uint64(f), uint64(r))), r)
	}
	ref := c.actRef(f, r)
	act := *res.Act
	act.Number, act.Date = ref.Number, ref.Date
	act.Subject = fmt.Sprintf("Aggiornamento %d del Piano degli Obiettivi, famiglia %s", r, familyName(f))
	res.Act = &act
	if r < len(c.gold) {
		res.Plan.Title = c.gold[r].Plan.Title + " " + familyName(f)
	}
	return res
}

// familySource is the source (the municipality) publishing family f: a
// million objectives are the plans of many cities, each plan one family
// of revisions, not one city's plan revised three thousand times.
func familySource(f int) string { return "comune-" + familyName(f) }

// familyName spells f in letters (a plan's family is told by the letters
// of its title, not its digits): 0 a, 1 b, … 26 ba.
func familyName(f int) string {
	s := string(rune('a' + f%26))
	for f /= 26; f > 0; f /= 26 {
		s = string(rune('a'+f%26)) + s
	}
	return s
}

// clonePlanResult copies what revise changes: the plan's directorates and
// objectives, the changes.
func clonePlanResult(res *extract.Result) *extract.Result {
	out := *res
	plan := *res.Plan
	plan.Directorates = make([]extract.Directorate, len(res.Plan.Directorates))
	for i, d := range res.Plan.Directorates {
		d.Objectives = append([]extract.Objective(nil), d.Objectives...)
		plan.Directorates[i] = d
	}
	out.Plan = &plan
	out.Changes = append([]extract.Change(nil), res.Changes...)
	return &out
}

// revise makes revision r from the one before: a third of the edits a
// real update makes, each drawn by rng.
func revise(res *extract.Result, rng *rand.Rand, r int) {
	dirs := res.Plan.Directorates
	pick := func() int { return rng.IntN(len(dirs)) }
	// Objectives moved between directorates, declared in the annex.
	for range 4 {
		from, to := pick(), pick()
		if from == to || len(dirs[from].Objectives) < 2 {
			continue
		}
		i := rng.IntN(len(dirs[from].Objectives))
		o := dirs[from].Objectives[i]
		dirs[from].Objectives = append(dirs[from].Objectives[:i], dirs[from].Objectives[i+1:]...)
		o.N = nextNumber(dirs[to].Objectives, o.Year)
		dirs[to].Objectives = append(dirs[to].Objectives, o)
		section := "Obiettivi riallocati per adeguamento alla macro-struttura"
		reason := "Trasferita la responsabilità dell'obiettivo alla " + dirs[to].Directorate
		toName, fromName := dirs[to].Directorate, dirs[from].Directorate
		res.Changes = append(res.Changes,
			extract.Change{Section: section, Directorate: fromName, Kind: "transfer_out", Counterpart: &toName, Reason: &reason, Text: o.Text},
			extract.Change{Section: section, Directorate: toName, Kind: "transfer_in", Counterpart: &fromName, Reason: &reason, Text: o.Text})
	}
	switch r % 2 {
	case 0: // a reorganisation: a directorate renamed
		d := pick()
		dirs[d].Directorate += " E INNOVAZIONE"
	case 1: // another spelling of some directorates
		for range 3 {
			d := pick()
			dirs[d].Directorate = titleCase(dirs[d].Directorate)
		}
	}
	for range 5 { // retitled
		d := pick()
		if objs := dirs[d].Objectives; len(objs) > 0 {
			objs[rng.IntN(len(objs))].Text += " anche in forma digitale"
		}
	}
	for range 3 { // one dropped, one added: the count stays
		d, e := pick(), pick()
		if len(dirs[d].Objectives) < 2 || len(dirs[e].Objectives) == 0 {
			continue
		}
		i := rng.IntN(len(dirs[d].Objectives))
		dirs[d].Objectives = append(dirs[d].Objectives[:i], dirs[d].Objectives[i+1:]...)
		o := dirs[e].Objectives[rng.IntN(len(dirs[e].Objectives))]
		o.Text = "Nuovo obiettivo: " + o.Text
		o.N = nextNumber(dirs[e].Objectives, o.Year)
		dirs[e].Objectives = append(dirs[e].Objectives, o)
	}
}

// nextNumber is the number after the highest of the year's objectives.
func nextNumber(objectives []extract.Objective, year int) int {
	n := 0
	for _, o := range objectives {
		if o.Year == year {
			n = max(n, o.N)
		}
	}
	return n + 1
}

// titleCase is "DIREZIONE CASA" as "Direzione Casa".
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// inputs are every revision of every family, as Update takes them.
func (c *planCorpus) inputs() []index.Input {
	var out []index.Input
	for f := range c.families {
		for r := range layerRevisions {
			out = append(out, c.input(f, r))
		}
	}
	return out
}

// input offers revision r of family f.
func (c *planCorpus) input(f, r int) index.Input {
	ref := c.actRef(f, r)
	return index.Input{Act: ref, Digest: "synth:" + ref.ID,
		Load: func(context.Context) (*extract.Result, error) { return c.result(f, r), nil }}
}

// planDocuments serves the acts of a planCorpus to the web pages: the
// record of each act and its extraction, made again on each call; no files.
type planDocuments struct {
	web.Documents // files: none
	corpus        *planCorpus
	acts          map[string][2]int // act id -> family, revision
}

func newPlanDocuments(c *planCorpus) *planDocuments {
	d := &planDocuments{Documents: web.NoDocuments, corpus: c, acts: map[string][2]int{}}
	for f := range c.families {
		for r := range layerRevisions + 1 {
			d.acts[c.actRef(f, r).ID] = [2]int{f, r}
		}
	}
	return d
}

func (d *planDocuments) Record(ctx context.Context, id string) (*corpus.Act, error) {
	fr, ok := d.acts[id]
	if !ok {
		return nil, fmt.Errorf("act %s: %w", id, web.ErrNotFound)
	}
	ref := d.corpus.actRef(fr[0], fr[1])
	return &corpus.Act{ID: ref.ID, Source: familySource(fr[0]), Category: "giunta", Number: ref.Number, Date: ref.Date,
		Subject: fmt.Sprintf("Piano degli Obiettivi, revisione %d", fr[1]+1)}, nil
}

func (d *planDocuments) Act(ctx context.Context, id string) (*web.Act, error) {
	rec, err := d.Record(ctx, id)
	if err != nil {
		return nil, err
	}
	fr := d.acts[id]
	return &web.Act{Record: rec, Extraction: d.corpus.result(fr[0], fr[1])}, nil
}
