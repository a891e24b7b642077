package crawl

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/openalbo/albo/corpus"
)

// A body that ends when the connection closes (an HTTP/1.0 server, a
// proxy), or a chunked one that the server ended early, cannot be told
// from a whole one by the transport; with a Content-Length or a gzip
// trailer it can (response.Checked). Without either, what the body is
// tells: a document and a page that look cut short are fetched again, and
// one that comes the same every time is what the site serves.

// cutAttempts is how many times a document or a page that looks cut short
// is fetched before it is given up for this round.
const cutAttempts = 3

// cutShortError is a download that arrived with nothing to tell a body cut
// short from a whole one (no Content-Length) and that looks cut short: a
// PDF without %%EOF near its end, a file named or typed as a PDF or an
// envelope that is neither, an envelope that does not open.
type cutShortError struct {
	why string
	// asServed: the file may be archived as the site serves it when it
	// comes the same every time; an envelope that does not open may not,
	// as its PDF could not be stored.
	asServed bool
}

func (e *cutShortError) Error() string { return "looks cut short: " + e.why }

// namedPDF reports whether a file's name or type says it is a PDF or a
// signed envelope around one.
func namedPDF(f corpus.File) bool {
	name := strings.ToLower(f.Name)
	mediaType, _, _ := mime.ParseMediaType(f.ContentType)
	return strings.HasSuffix(name, ".pdf") || strings.HasSuffix(name, ".p7m") ||
		mediaType == "application/pdf" || strings.Contains(mediaType, "pkcs7")
}

// eofWindow is how near its end a PDF's %%EOF is looked for: readers look
// as far back as 1024 bytes.
const eofWindow = 1024

// endsPDF reports whether a stored PDF download has %%EOF in its last
// eofWindow bytes.
func (c *crawler) endsPDF(got download) (bool, error) {
	r, err := c.store.OpenBlob(got.sha)
	if err != nil {
		return false, err
	}
	defer r.Close()
	from := max(got.size-eofWindow, 0)
	if _, err := r.Seek(from, io.SeekStart); err != nil {
		return false, err
	}
	tail, err := io.ReadAll(r)
	if err != nil {
		return false, err
	}
	return bytes.Contains(tail, []byte("%%EOF")), nil
}

// pageEndWindow is how near its end a whole HTML page closes its html
// element.
const pageEndWindow = 1024

// endsPage reports whether an HTML page closes its html element near its
// end.
func endsPage(body []byte) bool {
	return bytes.Contains(bytes.ToLower(body[max(len(body)-pageEndWindow, 0):]), []byte("</html"))
}

// mayBeCut reports whether resp, a page read whole, looks cut short: with
// nothing to tell it whole, it does not close its html element (cut in its
// first bytes, it may not even look like HTML), and its host is not known
// to serve pages so.
func (f *fetcher) mayBeCut(h *host, req *request, resp *response) bool {
	return req.Consume == nil && !resp.NotModified && !resp.Checked && !resp.Truncated &&
		!h.unendedPages.Load() && (!isHTML(resp.Body) || !endsPage(resp.Body))
}

// page fetches req, again while it looks cut short (see mayBeCut). A page
// that comes the same every time is what the site serves, and its host is
// then taken to end its pages so (some do): its later pages are fetched
// once.
func (f *fetcher) page(ctx context.Context, h *host, req *request) (*response, error) {
	var resp *response
	var err error
	cut, same, waitErr := f.whileCut(ctx, func() (string, bool) {
		resp, err = f.do(ctx, h, req)
		if err != nil || !f.mayBeCut(h, req, resp) {
			return "", false
		}
		return string(resp.Body), true
	})
	switch {
	case waitErr != nil:
		return nil, waitErr
	case !cut:
		return resp, err
	case same:
		h.unendedPages.Store(true)
		return resp, nil
	}
	return nil, retryableError{fmt.Errorf("%s %s: %w", req.method(), req.URL, &cutShortError{why: fmt.Sprintf("a page without </html> in its last %d bytes, different every time", pageEndWindow)})}
}

// whileCut calls try, which makes one attempt and says what its answer
// was and whether it looks cut short, until an answer does not, or
// cutAttempts times, with a backoff between them. It reports whether the
// last answer looks cut short and whether every answer was the same (a
// site that serves it so), or why it stopped waiting (its context ended).
func (f *fetcher) whileCut(ctx context.Context, try func() (answer string, cut bool)) (cut, same bool, err error) {
	first, cut := try()
	same = true
	for attempt := 1; cut && attempt < cutAttempts; attempt++ {
		if err := f.sleep(ctx, f.backoff(attempt)); err != nil {
			return cut, false, err
		}
		var answer string
		answer, cut = try()
		same = same && answer == first
	}
	return cut, same, nil
}
