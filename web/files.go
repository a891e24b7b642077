package web

import (
	"bytes"
	"context"
	"strconv"
	"strings"

	"github.com/openalbo/albo/corpus"
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
	name := h.fileName(r.Context(), r.URL.Query().Get("act"), sha, head[:n])
	if bytes.Equal(head[:n], []byte("%PDF-")) {
		hdr.Set("Content-Type", "application/pdf")
		hdr.Set("Content-Disposition", `inline; filename="`+name+`"`)
	} else {
		hdr.Set("Content-Type", "application/octet-stream")
		hdr.Set("Content-Disposition", `attachment; filename="`+name+`"`)
	}
	http.ServeContent(w, r, "", time.Time{}, f)
}

// fileName names a download after the act that holds it: <act-id>-<n>.pdf
// for its n-th file's PDF, <act-id>-<n>.pdf.p7m for the signed envelope
// as published ("milano-giunta-2019-2187-1.pdf.p7m"), another file with
// the extension it was published with. A file asked for without its act,
// or with an act that does not hold it, is named by its digest. The name
// holds only [a-z0-9.-], so it needs no quoting.
func (h *Handler) fileName(ctx context.Context, actID, sha string, head []byte) string {
	if bytes.HasPrefix(head, []byte("%PDF-")) {
		return h.fileBase(ctx, actID, sha, nil) + ".pdf"
	}
	var published string
	base := h.fileBase(ctx, actID, sha, &published)
	if ext := extensions(published); ext != "" {
		return base + ext
	}
	if len(head) > 0 && head[0] == 0x30 { // a DER SEQUENCE: a CAdES envelope
		return base + ".p7m"
	}
	return base + ".bin"
}

// fileBase is "<act-id>-<n>" when the act holds the file (its published
// name then set in published), else the digest.
func (h *Handler) fileBase(ctx context.Context, actID, sha string, published *string) string {
	if actID == "" || len(actID) > MaxQueryLen {
		return sha
	}
	rec, err := h.cfg.Documents.Record(ctx, actID)
	if err != nil {
		return sha
	}
	for i, f := range rec.Files {
		if f.SHA256 == sha || f.PDFSHA256 == sha {
			if published != nil && f.SHA256 == sha {
				*published = f.Name
			}
			return corpus.Slug(strings.ReplaceAll(rec.ID, "/", "-")) + "-" + strconv.Itoa(i+1)
		}
	}
	return sha
}

// extensions are the last two extensions of a published file name
// (".pdf.p7m", ".p7m", ".docx"), lower case, letters and digits only.
func extensions(name string) string {
	parts := strings.Split(strings.ToLower(name), ".")
	if len(parts) < 2 {
		return ""
	}
	parts = parts[1:]
	if len(parts) > 2 {
		parts = parts[len(parts)-2:]
	}
	out := ""
	for _, p := range parts {
		if p == "" || len(p) > 5 || strings.ContainsFunc(p, func(r rune) bool { return (r < 'a' || r > 'z') && (r < '0' || r > '9') }) {
			out = "" // not an extension: "delibera n.12 del 2019.pdf"
			continue
		}
		out += "." + p
	}
	return out
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
