package web

import (
	"net/http"

	"github.com/openalbo/albo/index"
)

// apiSearch answers in the shape of `albo search --json` (contract/CLI.md):
// hits and facets are never null, so scripts can iterate without checks.
func (h *Handler) apiSearch(w http.ResponseWriter, r *http.Request) {
	req, err := parseSearch(r.URL.Query(), index.DefaultLimit, false)
	if err != nil {
		h.apiError(w, r, err)
		return
	}
	resp, _, err := h.forgivingSearch(r.Context(), req)
	if err != nil {
		h.apiError(w, r, err)
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
