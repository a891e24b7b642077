package web

import (
	"bytes"
	"cmp"
	"context"
	"html"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/index"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// fakeIndex is an in-memory Index and Documents over a handful of records,
// so the handlers are tested without bleve; the browser and pipeline tests
// run the real index.
type fakeIndex struct {
	hits      []index.Hit
	histories map[string]*index.History // by lineage
	transfers index.Transfers
	acts      map[string]*Act
	files     map[string][]byte
}

// fold lowercases and strips accents, as the real analyzer does.
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, _ := transform.String(t, strings.ToLower(s))
	return out
}

func (f *fakeIndex) Search(ctx context.Context, req index.Request) (*index.Response, error) {
	words := strings.Fields(fold(strings.Trim(req.Query, "*\"")))
	var matched []index.Hit
	for _, h := range f.hits {
		text := fold(h.Text)
		ok := (req.Directorate == "" || h.Directorate == req.Directorate) &&
			(req.Year == 0 || h.Year == req.Year) && (req.Act == "" || h.Act.ID == req.Act) &&
			(req.Type == "" || h.Type == req.Type) && (req.Director == "" || h.Director == req.Director)
		for _, w := range words {
			ok = ok && strings.Contains(text, w)
		}
		if ok {
			if req.Highlight && len(words) > 0 {
				h.Highlight = fakeHighlight(h.Text, words)
			}
			matched = append(matched, h)
		}
	}
	if req.Sort == index.SortDate {
		slices.SortStableFunc(matched, func(a, b index.Hit) int { return cmp.Compare(b.Act.Date, a.Act.Date) })
	}
	resp := &index.Response{Total: len(matched), Facets: map[string]map[string]int{}}
	for _, name := range req.Facets {
		counts := map[string]int{}
		for _, h := range matched {
			switch name {
			case index.FacetDirectorate:
				if h.Directorate != "" {
					counts[h.Directorate]++
				}
			case index.FacetYear:
				if h.Year != 0 {
					counts[strconv.Itoa(h.Year)]++
				}
			case index.FacetAct:
				counts[h.Act.ID]++
			case index.FacetType:
				counts[h.Type]++
			case index.FacetDirector:
				if h.Director != "" {
					counts[h.Director]++
				}
			}
		}
		resp.Facets[name] = counts
	}
	limit := cmp.Or(req.Limit, index.DefaultLimit)
	lo, hi := min(req.Offset, len(matched)), min(req.Offset+limit, len(matched))
	resp.Hits = matched[lo:hi]
	return resp, nil
}

// fakeHighlight marks the first word like bleve's HTML formatter does:
// the text escaped, the match wrapped in <mark>.
func fakeHighlight(text string, words []string) string {
	i := strings.Index(fold(text), words[0])
	if i < 0 || len(fold(text)) != len(text) {
		return html.EscapeString(text)
	}
	j := i + len(words[0])
	return html.EscapeString(text[:i]) + "<mark>" + html.EscapeString(text[i:j]) + "</mark>" + html.EscapeString(text[j:])
}

func (f *fakeIndex) Get(ctx context.Context, id string) (*index.Hit, error) {
	for _, h := range f.hits {
		if h.ID == id {
			return &h, nil
		}
	}
	return nil, index.ErrNotFound
}

func (f *fakeIndex) History(ctx context.Context, ref string) (*index.History, error) {
	if h, ok := f.histories[ref]; ok {
		return h, nil
	}
	if hit, err := f.Get(ctx, ref); err == nil && hit.Lineage != "" {
		if h, ok := f.histories[hit.Lineage]; ok {
			return h, nil
		}
	}
	// Like the real index, read the reference as a query.
	if resp, err := f.Search(ctx, index.Request{Query: ref, Type: index.TypeObjective}); err == nil && len(resp.Hits) > 0 {
		if h, ok := f.histories[resp.Hits[0].Lineage]; ok {
			return h, nil
		}
	}
	return nil, index.ErrNotFound
}

func (f *fakeIndex) Transfers(ctx context.Context) (*index.Transfers, error) {
	return &f.transfers, nil
}

func (f *fakeIndex) Act(ctx context.Context, id string) (*Act, error) {
	if a, ok := f.acts[id]; ok {
		return a, nil
	}
	return nil, corpus.ErrNotFound
}

func (f *fakeIndex) Record(ctx context.Context, id string) (*corpus.Act, error) {
	a, err := f.Act(ctx, id)
	if err != nil {
		return nil, err
	}
	return a.Record, nil
}

type readSeekNopCloser struct{ *bytes.Reader }

func (readSeekNopCloser) Close() error { return nil }

func (f *fakeIndex) OpenFile(ctx context.Context, sha string) (io.ReadSeekCloser, error) {
	if b, ok := f.files[sha]; ok {
		return readSeekNopCloser{bytes.NewReader(b)}, nil
	}
	return nil, corpus.ErrNotFound
}

// Test data: two revisions of a plan, an objective that moves between
// them, and an act whose text carries script payloads.
const (
	actJune     = "milano/giunta/2019/1098"
	actDecember = "milano/giunta/2019/2187"
	actHostile  = "milano/giunta/2020/1"
	pdfDecember = "1111111111111111111111111111111111111111111111111111111111111111"
	blobP7M     = "2222222222222222222222222222222222222222222222222222222222222222"
	dirGeneral  = "Direzione Generale"
	dirCivic    = "Direzione Servizi Civici, Partecipazione e Sport"
	dirCulture  = "Direzione Cultura"
	// dirCultureRenamed is dirCulture after a rename: no transfer records it.
	dirCultureRenamed = "Direzione Cultura e Musei"
	xssPayload        = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> & "quoted" <mark>fake</mark>`
)

var (
	refJune     = index.ActRef{ID: actJune, Organ: "Giunta Comunale", Number: 1098, Date: "2019-06-28"}
	refDecember = index.ActRef{ID: actDecember, Organ: "Giunta Comunale", Number: 2187, Date: "2019-12-06"}
	refHostile  = index.ActRef{ID: actHostile, Organ: "Giunta Comunale", Number: 1, Date: "2020-01-10"}
)

func newFakeIndex() *fakeIndex {
	obj := func(id string, act index.ActRef, dir, director string, year int, text, lineage string, page int) index.Hit {
		return index.Hit{ID: id, Type: index.TypeObjective, Act: act, Directorate: dir, Director: director,
			Year: year, Text: text, Lineage: lineage, Page: page, Score: 1}
	}
	f := &fakeIndex{
		hits: []index.Hit{
			obj("o-june-1", refJune, dirGeneral, "Christian Malangone", 2019, "Ottimizzazione dei canali informativi e dei processi di comunicazione con il cittadino", "L1", 3),
			obj("o-dec-1", refDecember, dirCivic, "Andrea Zuccotti", 2019, "Ottimizzazione dei canali informativi e dei processi di comunicazione con il cittadino", "L1", 30),
			obj("o-june-2", refJune, dirCulture, "Marco Minoja", 2019, "Realizzazione della Città della Memoria", "L2", 5),
			obj("o-dec-2", refDecember, dirCulture, "Marco Minoja", 2020, "Realizzazione della Città della Memoria", "L2", 31),
			obj("o-dec-3", refDecember, dirCulture, "Marco Minoja", 2019, "Digitalizzazione degli archivi della città", "L3", 31),
			obj("o-june-5", refJune, dirCulture, "Marco Minoja", 2019, "Catalogo dei beni culturali", "L5", 6),
			obj("o-dec-5", refDecember, dirCultureRenamed, "Marco Minoja", 2019, "Catalogo dei beni culturali", "L5", 32),
			obj("o-hostile", refHostile, dirCulture, "Marco Minoja", 2020, xssPayload, "L4", 1),
			{ID: "c-dec-1", Type: index.TypeChange, Act: refDecember, Directorate: dirGeneral, DirectoratePrinted: "Generale", Kind: "transfer_out",
				Text: "Ottimizzazione dei canali informativi e dei processi di comunicazione con il cittadino"},
			{ID: actDecember, Type: index.TypeAct, Act: refDecember, Text: "Aggiornamento del Piano degli Obiettivi 2019-2021"},
			{ID: actHostile, Type: index.TypeAct, Act: refHostile, Text: xssPayload},
		},
		histories: map[string]*index.History{
			"L1": {Lineage: "L1", Revisions: []index.Revision{
				{ID: "o-june-1", Act: refJune, Directorate: dirGeneral, Director: "Christian Malangone", Year: 2019, Page: 3,
					Text: "Ottimizzazione dei canali informativi e dei processi di comunicazione con il cittadino"},
				{ID: "o-dec-1", Act: refDecember, Directorate: dirCivic, Director: "Andrea Zuccotti", Year: 2019, Page: 30, Match: "exact",
					Text: "Ottimizzazione dei canali informativi e dei processi di comunicazione con il cittadino"},
			}},
			"L2": {Lineage: "L2", Revisions: []index.Revision{
				{ID: "o-june-2", Act: refJune, Directorate: dirCulture, Year: 2019, Text: "Realizzazione della Città della Memoria", Page: 5},
				{ID: "o-dec-2", Act: refDecember, Directorate: dirCulture, Year: 2020, Text: "Realizzazione della Città della Memoria", Page: 31, Match: "exact"},
			}},
			"L5": {Lineage: "L5", Revisions: []index.Revision{
				{ID: "o-june-5", Act: refJune, Directorate: dirCulture, Year: 2019, Text: "Catalogo dei beni culturali", Page: 6},
				{ID: "o-dec-5", Act: refDecember, Directorate: dirCultureRenamed, Year: 2019, Text: "Catalogo dei beni culturali", Page: 32, Match: "exact"},
			}},
			"L4": {Lineage: "L4", Revisions: []index.Revision{
				{ID: "o-hostile", Act: refHostile, Directorate: dirCulture, Year: 2020, Text: xssPayload, Page: 1},
			}},
		},
		transfers: index.Transfers{
			Transfers: []index.Transfer{
				{Text: "Ottimizzazione dei canali informativi e dei processi di comunicazione con il cittadino",
					From: dirGeneral, To: dirCivic, Act: refDecember, Evidence: index.EvidenceBoth, Lineage: "L1",
					FromAct: &refJune, Reason: "Trasferita la responsabilità", Paired: true,
					Years: []index.TransferYear{{Year: 2019, Lineage: "L1", Text: "Ottimizzazione dei canali informativi e dei processi di comunicazione con il cittadino"}}},
				{Text: "Coordinamento degli eventi cittadini", From: dirCulture, To: dirCivic, Act: refDecember,
					Evidence: index.EvidenceDeclared, Years: []index.TransferYear{}},
			},
			Contradictions: []index.Contradiction{
				{Kind: index.ContradictionUnmatchedOut, Act: refDecember, Text: "Coordinamento degli eventi cittadini",
					Detail: "nessun record di arrivo", Places: []string{dirCulture}},
			},
		},
		acts: map[string]*Act{},
		files: map[string][]byte{
			pdfDecember: []byte("%PDF-1.4\n% test\n%%EOF\n"),
			blobP7M:     []byte("0\x82\x01\x00 not a pdf <html><script>alert(1)</script>"),
		},
	}
	seen := time.Date(2019, 12, 10, 9, 0, 0, 0, time.UTC)
	f.acts[actDecember] = &Act{
		Record: &corpus.Act{ID: actDecember, Source: "milano", Category: "giunta", Number: 2187, Year: 2019, Date: "2019-12-06",
			Subject: "Aggiornamento del Piano degli Obiettivi 2019-2021", Office: "DIREZIONE GENERALE",
			DetailURL: "https://example.org/albo/dettaglio?id=1", FirstSeen: seen, LastSeen: seen,
			Files: []corpus.File{{Name: "delibera.pdf.p7m", SHA256: blobP7M, PDFSHA256: pdfDecember,
				Signers: []corpus.Signer{{Level: 1, Subject: "CN=Mario Rossi", CommonName: "Mario Rossi"}}}}},
		Extraction: &extract.Result{Source: extract.Source{SHA256: pdfDecember, Kind: "pdf"}, Act: &extract.Act{
			Municipality: "Comune di Milano", Organ: "Giunta Comunale", Kind: "deliberazione", Number: 2187, Date: "2019-12-06",
			Subject:         "Aggiornamento del Piano degli Obiettivi 2019-2021",
			Attendees:       []extract.Attendee{{Name: "SALA GIUSEPPE", Role: "SINDACO", Present: true}},
			OperativePoints: []extract.OperativePoint{{N: 1, Text: "di approvare il Piano"}},
			Signers:         []string{"MALANGONE CHRISTIAN"},
		}, Plan: &extract.Plan{Title: "Piano degli Obiettivi 2019-2021", Directorates: []extract.Directorate{{Directorate: dirCulture}}}},
	}
	f.acts[actJune] = &Act{Record: &corpus.Act{ID: actJune, Number: 1098, Date: "2019-06-28", Subject: "Piano degli Obiettivi 2019-2021"}}
	f.acts[actHostile] = &Act{
		Record:     &corpus.Act{ID: actHostile, Number: 1, Date: "2020-01-10", Subject: xssPayload, DetailURL: "javascript:alert(1)"},
		Extraction: &extract.Result{Act: &extract.Act{Subject: xssPayload, OperativePoints: []extract.OperativePoint{{N: 1, Text: xssPayload}}}},
	}
	return f
}

func newFakeHandler(t interface{ Fatal(...any) }) (*Handler, *fakeIndex) {
	f := newFakeIndex()
	h, err := New(Config{Index: f, Documents: f, Municipality: "Milano"})
	if err != nil {
		t.Fatal(err)
	}
	return h, f
}
