// Package index makes the extractions of a corpus searchable and follows
// objectives across the revisions of a plan.
//
// It keeps a bleve index inside the corpus (DIR/index/) of three kinds of
// documents: objectives (one per act × directorate × year × objective), the
// records of a plan's changes annex, and the acts themselves. The text
// analyzer is built for Italian readers: Snowball stemming, accent and
// ligature folding, elision with both apostrophes. Beside the search index
// it keeps the plan revisions it has seen, from which it links the same
// objective across revisions (its lineage), lists the moves of objectives
// between directorates (transfers, declared by a changes annex or observed
// in the lineage; one per objective moved, with the year columns it is
// planned in) and compares two revisions (diff). A search can fold the
// hits of one objective (its revisions and year columns) into one, and
// keep only the latest revision of each plan; the hits and the transfers
// export as CSV.
//
// The index folder holds generations (generation.go): an update builds the
// next state beside the one being read and swaps it in atomically, so that
// readers in any process never wait for it and a crash leaves the last
// complete state. Searches are bounded in cost (cost.go).
//
// bleve does the searching, with shortcuts that give its own answers
// cheaper, each tested against bleve to the bit: filters read off bitmaps
// (filter_term.go, facets.go), a query of one word ranked off its posting
// lists (rank_term.go), for a broad word off its postings grouped by what
// their scores depend on, once per segment (impact.go), and highlighted
// off the hits' text (highlight_term.go), stored fields read by document
// number (stored.go), a grouped search's window folded from the values of
// each document kept per snapshot, and per segment for lineages
// (fold_keys.go).
//
// The package never prints; it takes a context first and returns errors
// that say where.
package index
