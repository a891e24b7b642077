package web

import (
	"bytes"
	"io"
	"net/http"
	"time"
)

// file serves a stored file by its SHA-256 digest: the only way the site
// hands out documents, so no request can name a path. A PDF is shown
// inline (the viewer honours #page=N); anything else is only downloaded,
// never rendered by the browser as a page of this site.
func (h *Handler) file(w http.ResponseWriter, r *http.Request) {
	sha := r.PathValue("sha")
	if !isSHA256(sha) {
		h.pageError(w, r, badRequestf("%q non è un'impronta SHA-256 (64 cifre esadecimali minuscole)", sha))
		return
	}
	f, err := h.cfg.Documents.OpenFile(r.Context(), sha)
	if err != nil {
		h.pageError(w, r, err)
		return
	}
	defer f.Close()
	head := make([]byte, 5)
	n, _ := io.ReadFull(f, head)
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		h.pageError(w, r, err)
		return
	}
	hdr := w.Header()
	hdr.Set("Content-Security-Policy", filePolicy)
	hdr.Set("Cache-Control", "public, max-age=31536000, immutable")
	if bytes.Equal(head[:n], []byte("%PDF-")) {
		hdr.Set("Content-Type", "application/pdf")
		hdr.Set("Content-Disposition", `inline; filename="`+sha+`.pdf"`)
	} else {
		hdr.Set("Content-Type", "application/octet-stream")
		hdr.Set("Content-Disposition", `attachment; filename="`+sha+`"`)
	}
	http.ServeContent(w, r, "", time.Time{}, f)
}

func isSHA256(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}
