package web

import (
	"context"
	"net/http"
	"slices"
	"strings"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/index"
)

type objectiveView struct {
	Hit      *index.Hit
	FileURL  string // the act's PDF at the objective's page; empty when not stored
	History  *index.History
	Timeline []timelineEntry
}

// timelineEntry is one revision of the objective, with the move from the
// previous revision's directorate marked.
type timelineEntry struct {
	index.Revision
	MovedFrom string
	// Evidence is that of the transfer recording the move (declared,
	// observed or both); empty when no transfer explains it, as when a
	// directorate was only renamed.
	Evidence string
	Current  bool
	FileURL  string
}

// objective finds what an objective's page shows. ref is an objective id or
// a lineage id (the transfers link lineages): the latter shows its latest
// revision.
func (h *Handler) objective(ctx context.Context, ref string) (*objectiveView, error) {
	hit, err := h.cfg.Index.Get(ctx, ref)
	var hist *index.History
	switch {
	case err == nil:
		if hit.Type != index.TypeObjective {
			return nil, ErrNotFound
		}
		if hit.Lineage != "" {
			if hist, err = h.cfg.Index.History(ctx, hit.Lineage); err != nil && !isNotFound(err) {
				return nil, err
			}
		}
	case isNotFound(err):
		// The index also reads a reference as a query: only a history
		// that is the lineage asked for answers this page.
		hist, err = h.cfg.Index.History(ctx, ref)
		if err != nil {
			return nil, err
		}
		if hist == nil || hist.Lineage != ref || len(hist.Revisions) == 0 {
			return nil, ErrNotFound
		}
		if hit, err = h.cfg.Index.Get(ctx, hist.Revisions[len(hist.Revisions)-1].ID); err != nil {
			return nil, err
		}
	default:
		return nil, err
	}
	view := &objectiveView{Hit: hit, History: hist}
	pdfs := map[string]string{} // act id -> stored PDF digest
	view.FileURL = h.actFileURL(ctx, pdfs, hit.Act.ID, hit.Page)
	if hist != nil {
		prev := ""
		var moves *transferSet
		for _, rev := range hist.Revisions {
			e := timelineEntry{Revision: rev, Current: rev.ID == hit.ID}
			if prev != "" && !strings.EqualFold(prev, rev.Directorate) {
				e.MovedFrom = prev
				if moves == nil {
					if moves, err = h.transfers.get(ctx, h.cfg.Index); err != nil {
						return nil, err
					}
				}
				e.Evidence = moveEvidence(moves.movesOf(rev.Act.ID, false), hist.Lineage, rev)
			}
			e.FileURL = h.actFileURL(ctx, pdfs, rev.Act.ID, rev.Page)
			prev = rev.Directorate
			view.Timeline = append(view.Timeline, e)
		}
	}
	return view, nil
}

// moveEvidence is the evidence of the transfer that brought the lineage's
// objective into rev's directorate; empty when none did. moves are those
// landing in rev's act.
func moveEvidence(moves []index.Transfer, lineage string, rev index.Revision) string {
	for _, t := range moves {
		if !strings.EqualFold(t.To, rev.Directorate) {
			continue
		}
		if t.Lineage == lineage || slices.ContainsFunc(t.Years, func(y index.TransferYear) bool { return y.Lineage == lineage }) {
			return t.Evidence
		}
	}
	return ""
}

// actFileURL links the stored PDF of an act at a page, remembering the
// digests it looked up in pdfs; empty when the corpus holds no PDF of it.
func (h *Handler) actFileURL(ctx context.Context, pdfs map[string]string, actID string, page int) string {
	sha, seen := pdfs[actID]
	if !seen {
		if rec, err := h.cfg.Documents.Record(ctx, actID); err == nil {
			sha = mainPDF(rec)
		} else if !isNotFound(err) {
			h.log.Warn("act of an objective", "act", actID, "err", err)
		}
		pdfs[actID] = sha
	}
	if sha == "" {
		return ""
	}
	return fileURL(actID, sha, page)
}

// mainPDF is the digest of the act's document: the first PDF it was
// published with (the PDF inside a signed envelope).
func mainPDF(rec *corpus.Act) string {
	if rec == nil {
		return ""
	}
	for _, f := range rec.Files {
		if f.PDFSHA256 != "" {
			return f.PDFSHA256
		}
	}
	return ""
}

func (h *Handler) objectivePage(w http.ResponseWriter, r *http.Request) {
	view, err := h.objective(r.Context(), r.PathValue("id"))
	if err != nil {
		h.pageError(w, r, err)
		return
	}
	h.render(w, r, http.StatusOK, "objective", view)
}

// apiObjective serves /api/objectives/{id} (the objective) and
// /api/objectives/{id}/history (its history); ids may hold slashes, so one
// route takes both.
func (h *Handler) apiObjective(w http.ResponseWriter, r *http.Request) {
	ref := r.PathValue("ref")
	if id, ok := strings.CutSuffix(ref, "/history"); ok {
		hist, err := h.cfg.Index.History(r.Context(), id)
		if err == nil && (hist == nil || len(hist.Revisions) == 0) {
			err = ErrNotFound
		}
		if err != nil {
			h.apiError(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, hist)
		return
	}
	hit, err := h.cfg.Index.Get(r.Context(), ref)
	if err == nil && hit.Type != index.TypeObjective {
		err = ErrNotFound
	}
	if err != nil {
		h.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, hit)
}
