package crawl_test

// The attachments of the independent replica's acts. The contract says
// nothing of them, so they come the ways other Albi publish them: files
// linked straight from the detail page, outside any session, and signed
// annexes behind a handler of their own (saveallegato.aspx) that, like
// savep7m.aspx, serves only the act the session opened, in a table of
// their own below the act's link.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract/cades/cadestest"
)

// indieAttachment is one annex of an act.
type indieAttachment struct {
	label     string // as the crawler must store it
	labelHTML string // as the detail page renders it
	file      string // the file's name
	served    []byte
	pdf       []byte
	signed    bool // an envelope behind saveallegato.aspx; else a plain file linked directly
}

// href is where the detail page of act links the attachment number i
// (from 1).
func (x *indieAttachment) href(act *indieAct, i int) string {
	if x.signed {
		return fmt.Sprintf("./saveallegato.aspx?id=%d_%d", act.procid, i)
	}
	return fmt.Sprintf("Allegati/%d/%s", act.procid, x.file)
}

var indieAnnexTitles = []string{"PIANO DEGLI OBIETTIVI 2019-2021", "Relazione tecnica &amp; quadro economico", "Parere di regolarit&agrave; contabile", "Planimetria generale"}

// addAttachments gives about half the acts 1 to 3 annexes, drawn from
// their own random stream so that the acts stay those of the seed.
func (w *indieWorld) addAttachments(signer *cadestest.Signer) {
	rng := rand.New(rand.NewPCG(2187, 0xa11e))
	for _, act := range w.acts {
		for i := 1; i <= rng.IntN(6)-2; i++ {
			titleHTML := indieAnnexTitles[rng.IntN(len(indieAnnexTitles))]
			x := &indieAttachment{
				labelHTML: fmt.Sprintf("Allegato&nbsp;%d &ndash; %s", i, titleHTML),
				file:      fmt.Sprintf("ALL%d_%d_%d.pdf", i, act.number, act.year),
				pdf:       []byte(fmt.Sprintf("%%PDF-1.5\n%% allegato %d dell'atto %d/%d\n%x\n%%%%EOF\n", i, act.number, act.year, rng.Uint64())),
			}
			x.label = strings.Join(strings.Fields(html.UnescapeString(x.labelHTML)), " ")
			x.served = x.pdf
			if rng.IntN(3) == 0 {
				x.signed, x.file = true, x.file+".p7m"
				x.served = signer.Sign(x.pdf)
			}
			act.attachments = append(act.attachments, x)
		}
	}
}

// renderAttachments is the table of an act's annexes on its detail page.
func renderAttachments(act *indieAct) string {
	if len(act.attachments) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n  <table class=\"allegati\"><caption>Allegati</caption>\n")
	for i, x := range act.attachments {
		fmt.Fprintf(&b, "    <TR><TD><IMG SRC=\"img/pdf.gif\" ALT=\"\"> <A HREF=\"%s\" target=_blank>%s</A></TD><TD>%d KB</TD></TR>\n",
			html.EscapeString(x.href(act, i+1)), x.labelHTML, len(x.served)/1024+1)
	}
	b.WriteString("  </table>")
	return b.String()
}

// attachment serves an annex: a file by its path, or an envelope by its
// id within the act the session opened.
func (a *indieAlbo) attachment(r *http.Request, name string) *reply {
	var act *indieAct
	var x *indieAttachment
	if rest, ok := strings.CutPrefix(name, "allegati/"); ok {
		procid, file, _ := strings.Cut(rest, "/")
		act = a.world.byProcid(procid)
		if act != nil {
			for _, y := range act.attachments {
				if !y.signed && strings.EqualFold(y.file, file) {
					x = y
				}
			}
		}
	} else {
		procid, n, _ := strings.Cut(r.URL.Query().Get("id"), "_")
		_, s := a.session(r)
		if s == nil || strconv.Itoa(s.procid) != procid {
			a.count(func(s *indieStats) { s.errorPages++ })
			return indieSessionError(1)
		}
		act = a.world.byProcid(procid)
		i, _ := strconv.Atoi(n)
		if act != nil && i >= 1 && i <= len(act.attachments) && act.attachments[i-1].signed {
			x = act.attachments[i-1]
		}
	}
	if x == nil {
		return htmlReply(404, "<html><body><h1>404 - File or directory not found.</h1></body></html>")
	}
	h := http.Header{}
	h.Set("Content-Type", "application/octet-stream")
	h.Set("Content-Disposition", `attachment; filename="`+x.file+`"`)
	sum := sha256.Sum256(x.served)
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	h.Set("ETag", etag)
	h.Set("Last-Modified", act.from.Add(10*time.Hour).Format(http.TimeFormat))
	if r.Header.Get("If-None-Match") == etag {
		a.count(func(s *indieStats) { s.notModified++ })
		return &reply{status: http.StatusNotModified, header: h}
	}
	return &reply{status: 200, header: h, body: x.served, document: true}
}

func (w *indieWorld) byProcid(procid string) *indieAct {
	for _, act := range w.acts {
		if strconv.Itoa(act.procid) == procid {
			return act
		}
	}
	return nil
}

// attachmentRequests counts the requests for annexes.
func attachmentRequests(st indieStats) int {
	n := 0
	for name, c := range st.requests {
		if name == "saveallegato.aspx" || strings.HasPrefix(name, "allegati/") {
			n += c
		}
	}
	return n
}

// checkAttachments asserts that the record of act lists its annexes after
// the act, each byte for byte with its role and label, and returns how
// many were.
func checkAttachments(t *testing.T, s *corpus.Store, rec *corpus.Act, act *indieAct) int {
	t.Helper()
	ok := 0
	for i, x := range act.attachments {
		f := rec.Files[1+i]
		switch {
		case f.Role != corpus.RoleAttachment || f.Label != x.label || f.Name != x.file:
			t.Errorf("%s attachment %d: role %q, label %q, name %q; want %q, %q", rec.ID, i+1, f.Role, f.Label, f.Name, x.label, x.file)
		case !bytes.Equal(readBlob(t, s, f.SHA256), x.served):
			t.Errorf("%s attachment %d: stored file differs from the one served", rec.ID, i+1)
		case f.PDFSHA256 == "" || !bytes.Equal(readBlob(t, s, f.PDFSHA256), x.pdf):
			t.Errorf("%s attachment %d: stored PDF differs", rec.ID, i+1)
		case x.signed != (len(f.Signers) > 0):
			t.Errorf("%s attachment %d: %d signers, signed %v", rec.ID, i+1, len(f.Signers), x.signed)
		default:
			ok++
		}
	}
	return ok
}
