package synth

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"time"

	"github.com/openalbo/albo"
	"github.com/openalbo/albo/corpus"
)

// Kind says what FillCorpus made an act of.
type Kind int

// The kinds of acts in a synthetic corpus.
const (
	Synthetic Kind = iota // rendered from the vocabulary
	Copy                  // a copy of a real sample act
	Damaged               // damaged beyond reading
)

// CorpusStats says what FillCorpus stored.
type CorpusStats struct {
	Acts      int
	Synthetic int
	Copies    int // copies of the real sample acts
	Corrupted int
	// Kinds gives each act's kind by id.
	Kinds map[string]Kind
}

// FillCorpus stores n acts in store as the crawler would: synthetic acts,
// one in every realEvery a copy of a real sample act (made distinct by a
// trailing comment, so each is its own document), and each damaged with
// probability corruptRate.
func (g *Generator) FillCorpus(ctx context.Context, store *corpus.Store, n, realEvery int, corruptRate float64) (CorpusStats, error) {
	samples, err := fs.Glob(albo.Samples, "testdata/*.pdf")
	if err != nil || len(samples) == 0 {
		return CorpusStats{}, fmt.Errorf("synth: no embedded samples: %v", err)
	}
	st := CorpusStats{Kinds: make(map[string]Kind)}
	now := time.Now().UTC()
	for i := 1; i <= n; i++ {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		a := g.Act(i)
		id := corpus.ActID("synth", "giunta", a.Year, a.Number)
		st.Kinds[id] = Synthetic
		pdf := a.PDF
		if realEvery > 0 && i%realEvery == 0 {
			real, err := fs.ReadFile(albo.Samples, samples[(i/realEvery)%len(samples)])
			if err != nil {
				return st, err
			}
			pdf = append(bytes.Clone(real), fmt.Sprintf("\n%% albo synth copy %d\n", i)...)
			st.Kinds[id] = Copy
		}
		if g.rng.Float64() < corruptRate {
			pdf = g.Corrupt(pdf)
			st.Kinds[id] = Damaged
		}
		switch st.Kinds[id] {
		case Synthetic:
			st.Synthetic++
		case Copy:
			st.Copies++
		case Damaged:
			st.Corrupted++
		}
		sha, size, err := store.PutBlob(ctx, bytes.NewReader(pdf))
		if err != nil {
			return st, err
		}
		err = store.PutAct(ctx, &corpus.Act{
			ID: id, Source: "synth", Category: "giunta", Number: a.Number, Year: a.Year,
			Subject: "Aggiornamento del Piano degli Obiettivi", FirstSeen: now, LastSeen: now,
			Files: []corpus.File{{Name: fmt.Sprintf("delibera-%d-%d.pdf", a.Number, a.Year), SHA256: sha, PDFSHA256: sha, Size: size}},
		})
		if err != nil {
			return st, err
		}
		st.Acts++
	}
	return st, nil
}
