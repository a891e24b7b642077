package index

// A grouped search folds a window of a few hundred hits into objectives
// (foldHits) and shows twenty. Reading each hit of the window from its
// stored fields (a document decompressed, every value copied) was a tenth
// of a search page's CPU at a million objectives, for the four values
// folding reads. The bitmaps of a snapshot number the values of its
// keyword fields for each document (fieldOrdinals); foldKeys adds the
// lineage, and a window is then read from them, but for the hits shown.

import (
	"os"
	"sort"
	"sync"
	"syscall"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// foldKeys are the values folding reads of every document of a snapshot.
type foldKeys struct {
	types, dates *fieldOrdinals
	lineages     *lineageKeys
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
// per snapshot, like the facets' values, rather than at the first grouped
// search after. The lineages, one per objective, are most of the work
// (0.8 s of CPU at a million objectives): they are read per segment and
// kept (segmentLineages), so a snapshot reads only its new segments.
func newFoldKeys(bm *bitmaps, total uint64) (*foldKeys, error) {
	lineages, err := segmentLineages.of(bm.snapshot)
	if err != nil {
		return nil, err
	}
	return &foldKeys{
		types:    bm.ordinals[fieldType],
		dates:    newFieldOrdinals(bm.values[fieldDate], total),
		lineages: lineages,
	}, nil
}

// lineageKeys are the lineages of a snapshot's documents, segment by
// segment.
type lineageKeys struct {
	offsets  []uint64         // the number of each segment's first document
	segments []*fieldOrdinals // numbered in the segment
}

// name is the lineage of document doc, or "" for none.
func (k *lineageKeys) name(doc uint64) string {
	// The last segment starting at or before doc (an empty segment starts
	// where the next one does).
	i := sort.Search(len(k.offsets), func(i int) bool { return k.offsets[i] > doc }) - 1
	if i < 0 {
		return ""
	}
	return k.segments[i].name(doc - k.offsets[i])
}

// segmentLineages holds the lineages of the segments of the snapshot
// read last. A segment never changes, and an update's generation shares
// its predecessor's segment files (hard links, generation.go): reading
// only the segments not seen before keeps an update's visibility from
// waiting on a million lineages.
var segmentLineages = lineageCache{bySegment: map[any]*fieldOrdinals{}}

// lineageCache keeps the lineages of segments by segmentIdentity.
type lineageCache struct {
	mu        sync.Mutex
	bySegment map[any]*fieldOrdinals
}

// of returns the lineages of snap's documents, reading those of the
// segments the cache does not hold. The cache then holds snap's segments
// alone: a segment merged away is not kept, and an index read beside
// another one in the same process (a test's, a bench's) reads its
// segments again, as before there was a cache.
func (c *lineageCache) of(snap *scorch.IndexSnapshot) (*lineageKeys, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	offsets, _ := segmentOffsets(snap)
	keys := &lineageKeys{offsets: offsets}
	kept := map[any]*fieldOrdinals{}
	ids := segmentIdentities(snap)
	for i, ss := range snap.Segments() {
		id := ids[i]
		o, ok := c.bySegment[id]
		if !ok {
			var err error
			if o, err = segmentOrdinals(ss, fieldLineage); err != nil {
				return nil, err
			}
		}
		kept[id] = o
		keys.segments = append(keys.segments, o)
	}
	c.bySegment = kept
	return keys, nil
}

// segmentFile identifies a segment's file: the same file under another
// path (a hard link in the next generation) is the same segment, and
// the size and modification time tell a later file from one whose inode
// it was given after the first was removed.
type segmentFile struct {
	dev, ino, size uint64
	modified       int64
}

// segmentIdentity is what names seg in the cache: its file when it has
// one (zap's persisted segments), else the segment itself (one still in
// memory, identified as long as it lives).
func segmentIdentity(seg segment.Segment) any {
	if p, ok := seg.(interface{ Path() string }); ok && p.Path() != "" {
		if info, err := os.Stat(p.Path()); err == nil {
			if st, ok := info.Sys().(*syscall.Stat_t); ok {
				return segmentFile{dev: uint64(st.Dev), ino: st.Ino, size: uint64(info.Size()), modified: info.ModTime().UnixNano()}
			}
		}
	}
	return seg
}

// lastSnapshotSegments holds the identities of the segments of the
// snapshot asked last: a search asks for them at every ranking
// (impact.go), and each is a stat of the segment's file.
var lastSnapshotSegments struct {
	sync.Mutex
	snap *scorch.IndexSnapshot
	ids  []any
}

// segmentIdentities is the segmentIdentity of each of snap's segments, in
// order.
func segmentIdentities(snap *scorch.IndexSnapshot) []any {
	last := &lastSnapshotSegments
	last.Lock()
	defer last.Unlock()
	if last.snap != snap {
		ids := make([]any, len(snap.Segments()))
		for i, ss := range snap.Segments() {
			ids[i] = segmentIdentity(ss.Segment())
		}
		last.snap, last.ids = snap, ids
	}
	return last.ids
}

// segmentOrdinals numbers the values of a keyword field over one
// segment's documents, straight from its dictionary, without a bitmap per
// value: a lineage has a few documents, and there is one per objective.
// Documents deleted when it is read get no value; they are never asked
// for again.
func segmentOrdinals(ss *scorch.SegmentSnapshot, field string) (*fieldOrdinals, error) {
	o := &fieldOrdinals{ofDoc: make([]uint32, ss.Segment().Count())}
	local := roaring.New()
	err := visitTerms(ss, field, local, func(term string) {
		o.names = append(o.names, term)
		ord := uint32(len(o.names))
		docs := local.Iterator()
		for docs.HasNext() {
			if d := docs.Next(); uint64(d) < uint64(len(o.ofDoc)) {
				o.ofDoc[d] = ord
			}
		}
	})
	if err != nil {
		return nil, err
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
