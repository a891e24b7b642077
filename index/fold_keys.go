package index

// A grouped search folds a window of a few hundred hits into objectives
// (foldHits) and shows twenty. Reading each hit of the window from its
// stored fields (a document decompressed, every value copied) was a tenth
// of a search page's CPU at a million objectives, for the four values
// folding reads. The bitmaps of a snapshot number the values of its
// keyword fields for each document (fieldOrdinals); foldKeys adds the
// lineage, and a window is then read from them, but for the hits shown.

import (
	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// foldKeys are the values folding reads of every document of a snapshot.
type foldKeys struct {
	types, dates, lineages *fieldOrdinals
}

// name is the value ordinals give document doc, or "" for none.
func (o *fieldOrdinals) name(doc uint64) string {
	if doc >= uint64(len(o.ofDoc)) {
		return ""
	}
	if n := o.ofDoc[doc]; n > 0 {
		return o.names[n-1]
	}
	return ""
}

// newFoldKeys numbers the values folding reads, for buildBitmaps: once
// per snapshot, like the facets' values (a third of a second at a million
// objectives), rather than at the first grouped search after.
func newFoldKeys(bm *bitmaps, total uint64) (*foldKeys, error) {
	lineages, err := dictionaryOrdinals(bm.snapshot, fieldLineage, total)
	if err != nil {
		return nil, err
	}
	return &foldKeys{
		types:    bm.ordinals[fieldType],
		dates:    newFieldOrdinals(bm.values[fieldDate], total),
		lineages: lineages,
	}, nil
}

// dictionaryOrdinals numbers the values of a keyword field over snap's n
// documents straight from its dictionaries, without a bitmap per value:
// a lineage has a few documents, and there is one per objective.
func dictionaryOrdinals(snap *scorch.IndexSnapshot, field string, n uint64) (*fieldOrdinals, error) {
	o := &fieldOrdinals{ofDoc: make([]uint32, n)}
	ordOf := map[string]uint32{}
	offsets, _ := segmentOffsets(snap)
	local := roaring.New()
	for i, ss := range snap.Segments() {
		err := visitTerms(ss, field, local, func(term string) {
			ord, ok := ordOf[term]
			if !ok {
				o.names = append(o.names, term)
				ord = uint32(len(o.names))
				ordOf[term] = ord
			}
			docs := local.Iterator()
			for docs.HasNext() {
				if d := offsets[i] + uint64(docs.Next()); d < n {
					o.ofDoc[d] = ord
				}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return o, nil
}

// foldedHits reads ranked documents of snap for a grouped search's window
// (Request.fold): with only what folding reads from keys, but for the
// hits that are not objectives with a lineage and those fold says the
// page shows, read whole from their stored fields. Each keeps its score.
func foldedHits(snap *scorch.IndexSnapshot, keys *foldKeys, ranked []rankedHit, fold func([]Hit) []int) ([]Hit, error) {
	hits := make([]Hit, len(ranked))
	var whole []int // read from the stored fields
	for i, r := range ranked {
		h := &hits[i]
		h.Score = r.score
		if h.Type = keys.types.name(r.doc); h.Type == TypeObjective {
			h.Lineage = keys.lineages.name(r.doc)
		}
		if h.Lineage == "" {
			whole = append(whole, i) // folds by its ID
			continue
		}
		h.Act.Date = keys.dates.name(r.doc)
	}
	read := func(which []int) error {
		nums := make([]uint32, len(which))
		for j, i := range which {
			nums[j] = uint32(ranked[i].doc)
		}
		stored, err := storedHits(snap, nums)
		if err != nil {
			return err
		}
		for j, i := range which {
			stored[j].Score = ranked[i].score
			hits[i] = stored[j]
		}
		return nil
	}
	if err := read(whole); err != nil {
		return nil, err
	}
	var shown []int
	for _, i := range fold(hits) {
		if hits[i].ID == "" {
			shown = append(shown, i)
		}
	}
	if err := read(shown); err != nil {
		return nil, err
	}
	return hits, nil
}
