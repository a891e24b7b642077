package opensearch

// Field names of the query DSL: those of index.Document, with "act" an
// alias of "act_id", so that a query string naming a field
// (directorate:"DIREZIONE CASA", act:…) means the same as on the embedded
// index.
const (
	fieldType        = "type"
	fieldAct         = "act"
	fieldDate        = "date"
	fieldDirectorate = "directorate"
	fieldYear        = "year"
	fieldText        = "text"
)

// Analyzers the template declares.
const (
	italianAnalyzer = "albo_it"
	foldAnalyzer    = "albo_fold" // a whole wildcard pattern lowercased and folded
)

// maxResultWindow is the deepest offset+limit a search may ask: deeper
// pages cost every shard a queue that long.
const maxResultWindow = 100_000

// template is the index template of albo's indexes: the Italian chain of
// the embedded index (index/analyzer.go) built from OpenSearch's own
// filters, in the same order: Unicode word boundaries, lowercase, ASCII
// folding (accents, ligatures, typographic apostrophes), Italian elision,
// Italian stop words (which keep their positions, so that a phrase with
// stop words finds its words as far apart: "gestione del territorio" is
// not "gestione territorio"), and the Snowball Italian stemmer, which
// brings "digitalizzare" and "digitalizzazione" to one stem. Keywords are
// exact; the text keeps offsets for highlighting.
func template(pattern, version string, shards int, replicas string) map[string]any {
	keyword := map[string]any{"type": "keyword"}
	storedOnly := map[string]any{"type": "keyword", "index": false, "doc_values": false}
	number := map[string]any{"type": "integer", "index": false, "doc_values": false}
	settings := map[string]any{
		"number_of_shards":  shards,
		"max_result_window": maxResultWindow,
		"analysis": map[string]any{
			"filter": map[string]any{
				"albo_elision": map[string]any{"type": "elision", "articles_case": true,
					"articles": []string{"c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell",
						"gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d"}},
				"albo_stop": map[string]any{"type": "stop", "stopwords": "_italian_"},
				"albo_stem": map[string]any{"type": "snowball", "language": "Italian"},
			},
			"analyzer": map[string]any{
				italianAnalyzer: map[string]any{"type": "custom", "tokenizer": "standard",
					"filter": []string{"lowercase", "asciifolding", "albo_elision", "albo_stop", "albo_stem"}},
				foldAnalyzer: map[string]any{"type": "custom", "tokenizer": "keyword",
					"filter": []string{"lowercase", "asciifolding"}},
			},
		},
	}
	if replicas == "" {
		// One copy on another node when there is one.
		settings["auto_expand_replicas"] = "0-1"
	} else {
		settings["number_of_replicas"] = replicas
	}
	return map[string]any{
		"index_patterns": []string{pattern},
		"template": map[string]any{
			"settings": settings,
			"mappings": map[string]any{
				"dynamic": "strict",
				"_meta":   map[string]any{metaVersion: version},
				// The documents are index.Document as JSON.
				"properties": map[string]any{
					"id":                  keyword,
					fieldType:             keyword,
					"act_id":              keyword,
					fieldAct:              map[string]any{"type": "alias", "path": "act_id"},
					"organ":               keyword,
					"number":              number,
					fieldDate:             keyword,
					fieldDirectorate:      keyword,
					"directorate_printed": storedOnly,
					"director":            keyword,
					fieldYear:             keyword,
					"section":             keyword,
					"kind":                keyword,
					fieldText:             map[string]any{"type": "text", "analyzer": italianAnalyzer, "index_options": "offsets"},
					"page":                number,
					"lineage":             keyword,
				},
			},
		},
	}
}

// metaVersion is the mapping's _meta key holding index.MappingVersion.
const metaVersion = "albo_mapping_version"
