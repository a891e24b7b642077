package opensearch

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/openalbo/albo/index"
)

// facetSizes bounds the values counted per facet, as the embedded index
// does.
var facetSizes = map[string]int{index.FacetDirectorate: 200, index.FacetYear: 100, index.FacetAct: 200, index.FacetType: 10}

// facetField maps a facet name to the field counted; facets are terms
// aggregations.
func facetField(facet string) string {
	if facet == index.FacetAct {
		return fieldAct
	}
	return facet
}

// Search answers a request with one _search on the alias: the query
// string in must, the filters in filter (not scored), a terms aggregation
// per facet, the text highlighted with <mark> when asked.
func (b *Backend) Search(ctx context.Context, req index.Request) (*index.Response, error) {
	for _, f := range req.Facets {
		if _, ok := facetSizes[f]; !ok {
			return nil, &index.BadQueryError{Query: req.Query, Err: fmt.Errorf("unknown facet %q", f)}
		}
	}
	if req.Sort != "" && req.Sort != index.SortRelevance && req.Sort != index.SortDate {
		return nil, &index.BadQueryError{Query: req.Query, Err: fmt.Errorf("unknown sort %q", req.Sort)}
	}
	limit, offset := req.Page()
	if offset+limit > maxResultWindow {
		return nil, &index.BadQueryError{Query: req.Query, Err: fmt.Errorf("a page past hit %d: narrow the search", maxResultWindow)}
	}
	boolQuery := dsl{}
	hasText := false
	if s := strings.TrimSpace(req.Query); s != "" && s != "*" {
		q, err := b.translate(ctx, s)
		if err != nil {
			return nil, err
		}
		boolQuery["must"] = []dsl{q}
		hasText = true
	}
	var filters []dsl
	for _, f := range req.Filters() {
		filters = append(filters, dsl{"terms": dsl{f.Field: f.Values}})
	}
	if ids := req.IDs(); len(ids) > 0 {
		filters = append(filters, dsl{"ids": dsl{"values": ids}})
	}
	if len(filters) > 0 {
		boolQuery["filter"] = filters
	}
	var excluded []dsl
	for _, f := range req.Excluded() {
		excluded = append(excluded, dsl{"terms": dsl{f.Field: f.Values}})
	}
	if len(excluded) > 0 {
		boolQuery["must_not"] = excluded
	}
	body := dsl{
		"query":            dsl{"bool": boolQuery},
		"from":             offset,
		"size":             limit,
		"track_total_hits": true,
	}
	if req.Sort == index.SortDate {
		body["sort"] = []any{dsl{fieldDate: dsl{"order": "desc", "missing": "_last"}}, "_doc"}
	} else {
		body["sort"] = []any{"_score", "_doc"}
	}
	if len(req.Facets) > 0 {
		aggs := dsl{}
		for _, f := range req.Facets {
			aggs[f] = dsl{"terms": dsl{"field": facetField(f), "size": facetSizes[f]}}
		}
		body["aggs"] = aggs
	}
	if req.Highlight && hasText {
		body["highlight"] = dsl{
			"pre_tags": []string{"<mark>"}, "post_tags": []string{"</mark>"}, "encoder": "html",
			"fields": dsl{fieldText: dsl{"number_of_fragments": 0}},
		}
	}
	var ans struct {
		Hits struct {
			Total struct {
				Value int `json:"value"`
			} `json:"total"`
			Hits []struct {
				ID        string              `json:"_id"`
				Score     *float64            `json:"_score"`
				Source    index.Document      `json:"_source"`
				Highlight map[string][]string `json:"highlight"`
			} `json:"hits"`
		} `json:"hits"`
		Aggregations map[string]struct {
			Buckets []struct {
				Key      json.RawMessage `json:"key"`
				DocCount int             `json:"doc_count"`
			} `json:"buckets"`
		} `json:"aggregations"`
	}
	if err := b.c.do(ctx, http.MethodPost, "/"+b.alias+"/_search", body, &ans); err != nil {
		if isStatus(err, http.StatusBadRequest) {
			return nil, &index.BadQueryError{Query: req.Query, Err: err}
		}
		return nil, fmt.Errorf("opensearch %s: search %q: %w", b.location, req.Query, err)
	}
	out := &index.Response{Total: ans.Hits.Total.Value, Hits: make([]index.Hit, 0, len(ans.Hits.Hits))}
	for _, h := range ans.Hits.Hits {
		h.Source.ID = h.ID
		hit := h.Source.Hit()
		hit.Score = 1 // filters alone, or sorted by date: unranked, as the embedded index says
		if h.Score != nil && hasText && req.Sort != index.SortDate {
			hit.Score = *h.Score
		}
		hit.Highlight = strings.Join(h.Highlight[fieldText], " … ")
		out.Hits = append(out.Hits, hit)
	}
	if len(req.Facets) > 0 {
		out.Facets = make(map[string]map[string]int, len(req.Facets))
		for _, f := range req.Facets {
			counts := map[string]int{}
			for _, bucket := range ans.Aggregations[f].Buckets {
				var key any
				if err := json.Unmarshal(bucket.Key, &key); err != nil {
					return nil, fmt.Errorf("opensearch %s: facet %s: %w", b.location, f, err)
				}
				counts[fmt.Sprint(key)] = bucket.DocCount
			}
			out.Facets[f] = counts
		}
	}
	return out, nil
}
