package crawl

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"slices"

	"github.com/openalbo/albo/archive"
	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/extract/cades"
)

// maxFollows bounds the HTML pages a download may lead through.
const maxFollows = 2

// download is what came of a document's answer: an HTML page, or a file
// stored in the corpus as it arrived.
type download struct {
	html []byte // an HTML page, read whole (as far as MaxPageSize)
	sha  string
	size int64
	head []byte // the file's first bytes, to tell what it is
}

// sniffLen is how much of a download tells what it is: an envelope's
// base64 header is found within the first 4096 bytes.
const sniffLen = 4096

// document downloads one document in the act's session and stores it, with
// the PDF inside when it is a signed envelope. With prev, the request is
// conditional, and an unchanged document is not downloaded again.
//
// A download that looks cut short is downloaded again, up to
// cutAttempts times. A file that comes the same every time is what the
// site serves, and is archived as served, %%EOF or not: twice is not
// enough, as a server or a proxy may cut a document at the same byte twice.
// Anything else is left to the crawl's last round.
func (c *crawler) document(ctx context.Context, doc DocRef, jar http.CookieJar, prev *corpus.File) (corpus.File, error) {
	var f corpus.File
	var err error
	cut, same, waitErr := c.fetch.whileCut(ctx, func() (string, bool) {
		f, err = c.download(ctx, doc, jar, prev)
		var why *cutShortError
		if errors.As(err, &why) {
			c.log.Debug("download looks cut short", "document", doc.URL, "err", err)
			return f.SHA256, true
		}
		return "", false
	})
	switch {
	case waitErr != nil:
		return f, waitErr
	case !cut:
		return f, err
	}
	var why *cutShortError
	if errors.As(err, &why) && same && why.asServed {
		return f, nil
	}
	return f, retryableError{err}
}

// download makes one download of a document (see document).
func (c *crawler) download(ctx context.Context, doc DocRef, jar http.CookieJar, prev *corpus.File) (corpus.File, error) {
	req := &request{URL: doc.URL, Jar: jar}
	if prev != nil && c.store.HasBlob(prev.SHA256) && (prev.PDFSHA256 == "" || c.store.HasBlob(prev.PDFSHA256)) {
		req.ETag, req.LastModified = prev.ETag, prev.LastModified
	}
	for follows := 0; ; follows++ {
		var got download
		req.Consume = func(_ *response, body io.Reader) error {
			got = download{}
			return c.receive(ctx, body, &got)
		}
		resp, err := c.fetch.fetch(ctx, req)
		if err != nil {
			return corpus.File{}, err
		}
		if resp.NotModified {
			f := *prev
			f.Role, f.Label = doc.Role, doc.Label
			return f, nil
		}
		if got.html != nil {
			next, err := c.profile.ResolveHTMLDocument(resp.URL, got.html)
			if err != nil {
				return corpus.File{}, fmt.Errorf("%s: %w", resp.URL, err)
			}
			if follows >= maxFollows {
				return corpus.File{}, fmt.Errorf("%s: HTML pages all the way down", doc.URL)
			}
			if !c.fetch.allows(next) {
				return corpus.File{}, &OffSiteError{URL: next.String()}
			}
			req = &request{URL: next, Jar: jar}
			continue
		}
		return c.storeDocument(ctx, doc, req.URL, resp, got)
	}
}

// receive reads a download as it arrives: an HTML page into memory,
// anything else straight into the corpus, hashed as it is written.
func (c *crawler) receive(ctx context.Context, body io.Reader, got *download) error {
	br := bufio.NewReaderSize(body, sniffLen)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return err
	}
	got.head = slices.Clone(head)
	if isHTML(head) {
		got.html, err = io.ReadAll(io.LimitReader(br, c.fetch.cfg.MaxPageSize))
		return err
	}
	got.sha, got.size, err = c.store.PutBlob(ctx, br)
	return err
}

// isHTML tells an HTML page from a document by its first bytes, whatever
// the server declares (a byte-order mark or blank lines before the page
// included).
func isHTML(head []byte) bool {
	return extract.Sniff(head).Format == extract.FormatHTML
}

// storeDocument records a download stored in the corpus: its PDF, or the
// PDF inside its signed envelope. A download with nothing to tell it whole
// (no Content-Length) that is neither a PDF nor an envelope is cut short
// where the file should be one: named or typed as one, or too short to be
// any document (an envelope cut within the bytes that tell it one, on a
// URL and a type that name nothing).
func (c *crawler) storeDocument(ctx context.Context, doc DocRef, from *url.URL, resp *response, got download) (corpus.File, error) {
	f := corpus.File{
		Name:         fileName(doc, resp),
		Role:         doc.Role,
		Label:        doc.Label,
		URL:          doc.URL.String(),
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		FetchedAt:    c.opts.Now().UTC(),
		SHA256:       got.sha,
		Size:         got.size,
	}
	if !cades.IsEnvelope(got.head) {
		// Readers find the header anywhere in the first 1024 bytes, and
		// some producers write a line before it.
		if extract.Sniff(got.head).Format != extract.FormatPDF {
			if !resp.Checked && (namedPDF(f) || got.size < minDocumentSize) {
				return f, fmt.Errorf("%s: %w", from, &cutShortError{why: fmt.Sprintf("%q (%s) is neither a PDF nor a signed envelope", f.Name, f.ContentType), asServed: true})
			}
			return f, nil
		}
		f.PDFSHA256 = f.SHA256
		if !resp.Checked {
			ends, err := c.endsPDF(got)
			if err != nil {
				return f, err
			}
			if !ends {
				return f, fmt.Errorf("%s: %w", from, &cutShortError{why: fmt.Sprintf("no %%%%EOF in its last %d bytes", eofWindow), asServed: true})
			}
		}
		return f, nil
	}
	// An envelope is opened from the stored file, its content copied to a
	// temporary file: memory does not grow with its size.
	signed, err := c.store.OpenBlob(got.sha)
	if err != nil {
		return f, err
	}
	defer signed.Close()
	inner, signers, err := cades.UnwrapReader(seekReaderAt{signed}, got.size, "")
	if err != nil && !resp.Checked {
		return f, fmt.Errorf("%s: %w", from, &cutShortError{why: err.Error()})
	}
	if err != nil {
		return f, fmt.Errorf("%s: %w", from, err)
	}
	defer inner.Close()
	f.Signers = archive.Signers(signers)
	head := make([]byte, min(inner.Size(), sniffLen))
	if _, err := inner.ReadAt(head, 0); err != nil {
		return f, err
	}
	if extract.Sniff(head).Format == extract.FormatPDF {
		if f.PDFSHA256, _, err = c.store.PutBlob(ctx, inner); err != nil {
			return f, err
		}
	}
	return f, nil
}

// minDocumentSize is fewer bytes than any PDF or signed envelope holds.
const minDocumentSize = 64

// seekReaderAt reads a stored file at offsets through Seek, as the stores
// whose files are objects, not local files, allow.
type seekReaderAt struct{ r io.ReadSeeker }

func (s seekReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if _, err := s.r.Seek(off, io.SeekStart); err != nil {
		return 0, err
	}
	n, err := io.ReadFull(s.r, p)
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = io.EOF
	}
	return n, err
}

// fileName is the download's own name (Content-Disposition), else the
// profile's, else the URL's last segment.
func fileName(doc DocRef, resp *response) string {
	if _, params, err := mime.ParseMediaType(resp.Header.Get("Content-Disposition")); err == nil && params["filename"] != "" {
		return path.Base(params["filename"])
	}
	if doc.Name != "" {
		return doc.Name
	}
	return path.Base(resp.URL.Path)
}
