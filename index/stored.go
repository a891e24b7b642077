package index

import (
	"encoding/binary"
	"fmt"
	"sort"
	"strconv"

	"github.com/blevesearch/bleve/v2/index/scorch"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// storedHits reads the documents numbered nums in snap, in that order,
// straight from their stored fields, each with score 1. bleve's own way
// (a search of the ids, each looked up in the id dictionary, then every
// field copied into a document and a map) was half the cost of a page
// sorted by date at a million objectives.
func storedHits(snap *scorch.IndexSnapshot, nums []uint32) ([]Hit, error) {
	segments := snap.Segments()
	offsets, next := segmentOffsets(snap)
	hits := make([]Hit, len(nums))
	// A document's values are copied into one string, sliced among its
	// fields: one allocation a document instead of one a field (a grouped
	// page reads two hundred documents).
	var values []byte
	type span struct {
		field      string
		start, end int
	}
	var spans []span
	for i, n := range nums {
		s := sort.Search(len(offsets), func(x int) bool { return offsets[x] > uint64(n) }) - 1
		if s < 0 || uint64(n) >= next {
			return nil, fmt.Errorf("document number %d is not in the snapshot's %d", n, next)
		}
		values, spans = values[:0], spans[:0]
		err := segments[s].VisitDocument(uint64(n)-offsets[s], func(field string, _ byte, value []byte, _ []uint64) bool {
			spans = append(spans, span{field, len(values), len(values) + len(value)})
			values = append(values, value...)
			return true
		})
		if err != nil {
			return nil, fmt.Errorf("document number %d: %w", n, err)
		}
		hit, all := &hits[i], string(values)
		hit.Score = 1
		for _, sp := range spans {
			setStored(hit, sp.field, all[sp.start:sp.end])
		}
	}
	return hits, nil
}

// segmentOffsets are the number of the first document of each of snap's
// segments, and the number past the last: documents are numbered across
// segments in their order, deleted ones included (SegmentSnapshot.Count
// leaves them out, the segment's own Count does not).
func segmentOffsets(snap *scorch.IndexSnapshot) (offsets []uint64, total uint64) {
	segments := snap.Segments()
	offsets = make([]uint64, len(segments))
	for i, ss := range segments {
		offsets[i] = total
		total += ss.Segment().Count()
	}
	return offsets, total
}

// numberID is the internal id of the document numbered n in a snapshot.
func numberID(n uint64) bleveindex.IndexInternalID {
	var id [8]byte
	binary.BigEndian.PutUint64(id[:], n)
	return id[:]
}

// setStored sets the field of hit a stored field holds, as hitOf reads it.
func setStored(hit *Hit, field, value string) {
	num := func() int { n, _ := strconv.Atoi(value); return n }
	switch field {
	case "_id":
		hit.ID = value
	case fieldType:
		hit.Type = value
	case fieldAct:
		hit.Act.ID = value
	case fieldOrgan:
		hit.Act.Organ = value
	case fieldNumber:
		hit.Act.Number = num()
	case fieldDate:
		hit.Act.Date = value
	case fieldDirectorate:
		hit.Directorate = value
	case fieldDirectoratePrinted:
		hit.DirectoratePrinted = value
	case fieldDirector:
		hit.Director = value
	case fieldYear:
		hit.Year = num()
	case fieldSection:
		hit.Section = value
	case fieldKind:
		hit.Kind = value
	case fieldText:
		hit.Text = value
	case fieldPage:
		hit.Page = num()
	case fieldLineage:
		hit.Lineage = value
	}
}
