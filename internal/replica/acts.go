package replica

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"time"

	"github.com/openalbo/albo"
	"github.com/openalbo/albo/extract/cades/cadestest"
)

// Category is one listing of the replica, as the real Albo numbers them
// (dtid) and as albo's act ids name them.
type Category struct {
	Name  string // albo's name in act ids: "giunta"
	Dtid  int    // the Albo's listing number: 9030
	Label string // the Albo's own title: "Delibere di Giunta"
	// share is the category's part of the generated acts, out of 100.
	share int
}

// Categories are the listings the replica serves (ALBO-MILANO.md).
var Categories = []Category{
	{Name: "giunta", Dtid: 9030, Label: "Delibere di Giunta", share: 30},
	{Name: "consiglio", Dtid: 9040, Label: "Delibere di Consiglio", share: 15},
	{Name: "determinazioni", Dtid: 9050, Label: "Determinazioni Dirigenziali", share: 55},
}

func categoryByDtid(dtid int) (Category, bool) {
	for _, c := range Categories {
		if c.Dtid == dtid {
			return c, true
		}
	}
	return Category{}, false
}

// Act is one act the replica publishes, with the exact bytes it serves.
type Act struct {
	ProcID   int // the detail page's procid
	Category Category
	Number   int
	Protocol string // "169212/2013"
	Date     time.Time
	Subject  string
	Office   string
	// From is the first day of publication; the act is listed while
	// From <= today < To.
	From, To time.Time
	FileName string // the name savep7m.aspx gives the signed file
	Signed   []byte // the envelope savep7m.aspx serves (see Replica.Resign)
	PDF      []byte // the PDF inside the envelope, byte for byte
	// Envelope says how the PDF was wrapped: "der", "base64" or "der-twice".
	Envelope string
	// Attachments are the act's annexes, in the order its page lists
	// them, each served by savep7m.aspx?allegato=N (N from 1).
	Attachments []*Attachment
}

// Attachment is one annex of an act, with the exact bytes served.
type Attachment struct {
	Label    string // the link's text on the detail page
	FileName string // the name the download gives the file
	Served   []byte // a signed envelope or a plain PDF
	PDF      []byte // the PDF, byte for byte (inside the envelope when signed)
	Signed   bool
}

// ID is the act's id in albo's corpus: milano/<category>/<year>/<number>.
func (a *Act) ID() string {
	return fmt.Sprintf("milano/%s/%d/%d", a.Category.Name, a.Date.Year(), a.Number)
}

func (a *Act) listedOn(today time.Time) bool {
	return !today.Before(a.From) && today.Before(a.To)
}

// Words the generated subjects and offices are made of, so that acts read
// like Milano's (accents and apostrophes included, to exercise decoding).
var (
	subjectVerbs = []string{"Approvazione", "Aggiornamento", "Modifica", "Proroga", "Presa d'atto", "Integrazione", "Revoca parziale", "Indirizzi per l'attuazione"}
	subjectWhat  = []string{"del progetto di fattibilità", "del Piano degli Obiettivi", "dell'accordo di collaborazione", "del programma triennale", "della convenzione", "del regolamento", "dell'affidamento del servizio", "del contributo straordinario"}
	subjectAbout = []string{"per la riqualificazione delle scuole", "per la mobilità sostenibile", "per il verde pubblico e l'arredo urbano", "per i servizi educativi 0-6 anni", "per la manutenzione delle strade", "per la digitalizzazione dei servizi al cittadino", "per l'edilizia residenziale pubblica", "per le attività culturali della Città"}
	offices      = []string{"DIREZIONE GENERALE", "DIREZIONE MOBILITÀ E TRASPORTI", "DIREZIONE EDUCAZIONE", "DIREZIONE URBANISTICA", "DIREZIONE BILANCIO E PARTECIPATE", "AREA SERVIZI CIVICI", "S ZONA 2", "S ZONA 7"}
)

// sample is an embedded real act the replica can publish.
type sample struct {
	path    string
	number  int
	date    time.Time
	subject string
}

var samples = []sample{
	{path: "testdata/delibera-2187-2019.pdf", number: 2187, date: day(2019, 12, 6), subject: "Aggiornamento del Piano degli Obiettivi 2019-2021. Immediatamente eseguibile"},
	{path: "testdata/delibera-1098-2019.pdf", number: 1098, date: day(2019, 6, 28), subject: "Modifiche al Sistema di programmazione e monitoraggio della performance e approvazione del Piano degli Obiettivi 2019-2021. Immediatamente eseguibile"},
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func readSample(path string) []byte {
	data, err := fs.ReadFile(albo.Samples, path)
	if err != nil {
		panic(fmt.Sprintf("replica: embedded sample %s: %v", path, err))
	}
	return data
}

// wrapper signs PDFs the ways Italian administrations publish them.
type wrapper struct {
	first, second *cadestest.Signer
}

func newWrapper() *wrapper {
	return &wrapper{first: cadestest.NewSigner("Segretario Generale"), second: cadestest.NewSigner("Sindaco")}
}

func (w *wrapper) wrap(pdf []byte, envelope string) []byte {
	switch envelope {
	case "base64":
		return cadestest.Base64(w.first.Sign(pdf), 76, false)
	case "der-twice":
		return w.second.Sign(w.first.Sign(pdf))
	default:
		return w.first.Sign(pdf)
	}
}

var envelopes = []string{"der", "base64", "der-twice"}

// generate makes cfg.Days*cfg.PerDay acts from cfg.Seed. Every
// sampleEvery-th act wraps one of the embedded sample PDFs, the rest a
// small PDF made here. About half the acts have attachments.
func generate(cfg Config, w *wrapper) []*Act {
	const sampleEvery = 97
	rng := rand.New(rand.NewPCG(uint64(cfg.Seed), 0x5eed))
	// Attachments draw from their own stream, so that the acts of a seed
	// are those they were before attachments were published.
	annexes := rand.New(rand.NewPCG(uint64(cfg.Seed), 0xa11e))
	numbers := map[int]int{}
	var acts []*Act
	procID := 50000
	for d := 0; d < cfg.Days; d++ {
		from := cfg.Start.AddDate(0, 0, d)
		for i := 0; i < cfg.PerDay; i++ {
			procID += 1 + rng.IntN(3)
			cat := pickCategory(rng)
			numbers[cat.Dtid]++
			a := &Act{
				ProcID:   procID,
				Category: cat,
				Number:   numbers[cat.Dtid],
				Date:     from.AddDate(0, 0, -1-rng.IntN(5)),
				Subject: fmt.Sprintf("%s %s %s", subjectVerbs[rng.IntN(len(subjectVerbs))],
					subjectWhat[rng.IntN(len(subjectWhat))], subjectAbout[rng.IntN(len(subjectAbout))]),
				Office:   offices[rng.IntN(len(offices))],
				From:     from,
				To:       from.AddDate(0, 0, cfg.WindowDays),
				Envelope: envelopes[rng.IntN(len(envelopes))],
			}
			a.Protocol = fmt.Sprintf("%d/%d", 100000+rng.IntN(800000), a.Date.Year())
			if len(acts)%sampleEvery == sampleEvery-1 {
				a.PDF = readSample(samples[len(acts)/sampleEvery%len(samples)].path)
			} else {
				a.PDF = tinyPDF([]string{"COMUNE DI MILANO", cat.Label,
					fmt.Sprintf("N. %d del %s", a.Number, a.Date.Format("02/01/2006")), a.Subject, a.Office})
			}
			finish(a, w)
			a.Attachments = attachments(annexes, a, w)
			acts = append(acts, a)
		}
	}
	return acts
}

// annexTitles are what Milano's attachments are about.
var annexTitles = []string{"Piano degli Obiettivi", "Variazioni al Piano", "Relazione tecnica", "Parere di regolarità contabile", "Planimetria", "Schema di convenzione"}

// attachments are 0 to 3 annexes of a, signed or plain; a signed annex is
// sometimes published twice, as its PDF and as its envelope, the way
// offices publish a readable copy beside the signed file.
func attachments(rng *rand.Rand, a *Act, w *wrapper) []*Attachment {
	n := rng.IntN(6) - 2 // half the acts have none
	var out []*Attachment
	for i := 1; i <= n; i++ {
		title := annexTitles[rng.IntN(len(annexTitles))]
		pdf := tinyPDF([]string{"COMUNE DI MILANO", fmt.Sprintf("Allegato %d alla %s n. %d del %s", i, a.Category.Label, a.Number, a.Date.Format("02/01/2006")), title})
		label := fmt.Sprintf("Allegato %d - %s", i, title)
		name := fmt.Sprintf("%s_%d_%d_allegato_%d.pdf", a.Category.Name, a.Number, a.Date.Year(), i)
		switch rng.IntN(3) {
		case 0:
			out = append(out, &Attachment{Label: label, FileName: name, Served: pdf, PDF: pdf})
		case 1:
			out = append(out, &Attachment{Label: label, FileName: name + ".p7m", Served: w.wrap(pdf, envelopes[rng.IntN(len(envelopes))]), PDF: pdf, Signed: true})
		default:
			out = append(out, &Attachment{Label: label + " (copia)", FileName: name, Served: pdf, PDF: pdf},
				&Attachment{Label: label + " (firmato digitalmente)", FileName: name + ".p7m", Served: w.wrap(pdf, "der"), PDF: pdf, Signed: true})
		}
	}
	return out
}

func pickCategory(rng *rand.Rand) Category {
	n := rng.IntN(100)
	for _, c := range Categories {
		if n < c.share {
			return c
		}
		n -= c.share
	}
	return Categories[len(Categories)-1]
}

func finish(a *Act, w *wrapper) {
	a.Signed = w.wrap(a.PDF, a.Envelope)
	a.FileName = fmt.Sprintf("%s_%d_%d.pdf.p7m", a.Category.Name, a.Number, a.Date.Year())
}

// sampleActs are the two embedded sample acts as Giunta deliberations,
// published a few days after their adoption.
func sampleActs(w *wrapper, windowDays int) []*Act {
	giunta := Categories[0]
	var acts []*Act
	for i, s := range samples {
		a := &Act{
			ProcID:   70000 + i,
			Category: giunta,
			Number:   s.number,
			Protocol: fmt.Sprintf("%d/%d", 500000+s.number, s.date.Year()),
			Date:     s.date,
			Subject:  s.subject,
			Office:   "DIREZIONE GENERALE",
			From:     s.date.AddDate(0, 0, 4),
			To:       s.date.AddDate(0, 0, 4+windowDays),
			PDF:      readSample(s.path),
			Envelope: envelopes[i%len(envelopes)],
		}
		finish(a, w)
		acts = append(acts, a)
	}
	return acts
}
