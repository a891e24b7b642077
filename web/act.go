package web

import (
	"net/http"
)

type actView struct {
	ID  string
	Act *Act
	// FileURL opens the act's document; empty when the corpus holds no PDF.
	FileURL string
	// Cited are the acts it cites, each once.
	Cited []citedAct
}

func (h *Handler) actPage(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	a, err := h.cfg.Documents.Act(r.Context(), id)
	if err != nil {
		h.pageError(w, r, err)
		return
	}
	view := actView{ID: id, Act: a}
	if sha := mainPDF(a.Record); sha != "" {
		view.FileURL = fileURL(id, sha, 0)
	}
	if a.Extraction != nil && a.Extraction.Act != nil {
		view.Cited = h.citedActs(r.Context(), a.Record, id, a.Extraction.Act.CitedActs)
	}
	h.render(w, r, http.StatusOK, "act", view)
}

func (h *Handler) apiAct(w http.ResponseWriter, r *http.Request) {
	a, err := h.cfg.Documents.Act(r.Context(), r.PathValue("id"))
	if err != nil {
		h.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}
