package web

import (
	"io"
	"net/http"

	"github.com/openalbo/albo/index"
)

// MaxCSVRows bounds the hits of one CSV download of a search: offset pages
// further.
const MaxCSVRows = index.MaxLimit

// apiSearch answers in the shape of `albo search --json` (contract/CLI.md):
// hits and facets are never null, so scripts can iterate without checks.
// With format=csv it answers a CSV file of up to MaxCSVRows hits (all of
// them by default).
func (h *Handler) apiSearch(w http.ResponseWriter, r *http.Request) {
	asCSV, err := csvParam(r.URL.Query())
	if err != nil {
		h.apiError(w, r, err)
		return
	}
	var req index.Request
	if asCSV {
		req, err = parseSearchUpTo(r.URL.Query(), MaxCSVRows, MaxCSVRows, false)
		req.Facets, req.Highlight = nil, false
	} else {
		req, err = parseSearch(r.URL.Query(), index.DefaultLimit, false)
	}
	if err != nil {
		h.apiError(w, r, err)
		return
	}
	resp, _, err := h.forgivingSearch(r.Context(), req)
	if err != nil {
		h.apiError(w, r, err)
		return
	}
	if asCSV {
		writeCSV(w, "ricerca", func(out io.Writer) error { return index.WriteHitsCSV(out, resp.Hits) })
		return
	}
	out := *resp
	if out.Hits == nil {
		out.Hits = []index.Hit{}
	}
	if out.Facets == nil {
		out.Facets = map[string]map[string]int{}
	}
	writeJSON(w, http.StatusOK, out)
}
