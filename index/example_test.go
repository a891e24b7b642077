package index_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/index"
)

// goldExtraction reads a hand-checked extraction of the repository's
// testdata, standing in for what the corpus stores.
func goldExtraction(name string) *extract.Result {
	res := &extract.Result{}
	for file, into := range map[string]any{"act.json": &res.Act, "plan.json": &res.Plan, "changes.json": &res.Changes} {
		data, err := os.ReadFile(filepath.Join("../testdata/gold", name, file))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			log.Fatal(err)
		}
		if err := json.Unmarshal(data, into); err != nil {
			log.Fatal(err)
		}
	}
	return res
}

// Index two revisions of a plan, search them the Italian way, and follow
// an objective from one revision to the next.
func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "albo-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ix, err := index.Open(ctx, dir)
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()

	var inputs []index.Input
	for _, name := range []string{"delibera-1098-2019", "delibera-2187-2019"} {
		res := goldExtraction(name)
		inputs = append(inputs, index.Input{
			Act:    index.ActRef{ID: fmt.Sprintf("milano/giunta/2019/%d", res.Act.Number)},
			Digest: name,
			Load:   func(context.Context) (*extract.Result, error) { return res, nil },
		})
	}
	if _, err := ix.Update(ctx, inputs); err != nil {
		log.Fatal(err)
	}

	res, err := ix.Search(ctx, index.Request{Query: "citta memoria", Act: "milano/giunta/2019/2187", Type: index.TypeObjective, Limit: 1})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Hits[0].Text)

	res, err = ix.Search(ctx, index.Request{Act: "milano/giunta/2019/2187", Type: index.TypeObjective, Facets: []string{index.FacetYear}})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Total, "objectives:", res.Facets[index.FacetYear]["2019"], "in 2019,", res.Facets[index.FacetYear]["2020"], "in 2020")

	h, err := ix.History(ctx, "Ottimizzazione dei canali informativi")
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range h.Revisions {
		fmt.Println(r.Act.ID, r.Directorate)
	}
	// Output:
	// Promozione di Milano come Città della Memoria
	// 321 objectives: 247 in 2019, 74 in 2020
	// milano/giunta/2019/1098 DIREZIONE GENERALE
	// milano/giunta/2019/2187 DIREZIONE SERVIZI CIVICI, PARTECIPAZIONE E SPORT
}
