package extract

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

// textDocument lays out text as a PDF page would hold it: top to bottom,
// single spaced, 5.5 points a character; a blank line is a paragraph gap,
// four spaces or more separate two runs (table cells, signature columns),
// and a form feed starts a new page.
func textDocument(text string) *pdftext.File {
	doc := &pdftext.File{}
	for i, page := range strings.Split(text, "\f") {
		p := pdftext.Page{Number: i + 1, Width: 595, Height: 842}
		y := 800.0
		for _, line := range strings.Split(page, "\n") {
			for _, loc := range cellTextRE.FindAllStringIndex(line, -1) {
				seg := line[loc[0]:loc[1]]
				p.Runs = append(p.Runs, pdftext.Run{X: 50 + 5.5*float64(loc[0]), Y: y, W: 5.5 * float64(len(seg)), Size: 11, Text: seg})
			}
			y -= 14
		}
		doc.Pages = append(doc.Pages, p)
	}
	return doc
}

// cellTextRE is a stretch of text without a gap of four spaces.
var cellTextRE = regexp.MustCompile(`\S+(?: {1,3}\S+)*`)

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"06/12/2019", "2019-12-06"},
		{"7/7/2016", "2016-07-07"},
		{"18.08.2000", "2000-08-18"},
		{"28 marzo 2019", "2019-03-28"},
		{"1° agosto 2019", "2019-08-01"},
		{"21 LUG 2026", "2026-07-21"}, // a protocol stamp's abbreviation
		{"3 sett. 2024", "2024-09-03"},
		{"12 apr. 2024", "2024-04-12"},
		{"12 mart 2024", ""},
		{"14/7/25", "2025-07-14"},
		{"___05/03/2026___", "2026-03-05"}, // a form's blank filled in
		{"23−07−2026", "2026-07-23"},       // a2ps's minus sign for the hyphen
		{"31/02/2019", "2019-02-31"},       // as printed: the calendar is not the parser's business
		{"32/01/2019", ""},
		{"12/13/2019", ""},
		{"28 brumaio 2019", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got, _ := parseDate(tt.in); got != tt.want {
			t.Errorf("parseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWordsToNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"duemiladiciannove", 2019, true},
		{"duemilaventisei", 2026, true},
		{"millenovecentonovantanove", 1999, true},
		{"sei", 6, true},
		{"ventuno", 21, true},
		{"ventotto", 28, true},
		{"trentuno", 31, true},
		{"primo", 1, true},
		{"quattordici", 14, true},
		{"12", 12, true},
		{"dicembre", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, ok := wordsToNumber(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("wordsToNumber(%q) = %d, %v, want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFindTime(t *testing.T) {
	tests := []struct{ in, want, printed string }{
		{"alle ore 10.15, nella sala", "10:15", "10.15"},
		{"alle ore 14:00, nella", "14:00", "14:00"},
		{"alle ore quattordici e minuti trenta si è riunita", "14:30", "quattordici e minuti trenta"},
		{"alle ore diciotto si è riunita", "18:00", "diciotto"},
		{"alle ore diciotto e trenta, nella sala", "18:30", "diciotto e trenta"},
		{"alle ore 9 e 30, nella sala", "09:30", "9 e 30"},
		{"alle ore diciotto e mezza", "18:30", "diciotto e mezza"},
		{"alle ore diciotto e si è riunita", "18:00", "diciotto"},
		{"addi' __UNDICI__ del mese di _AGOSTO_ alle ore _18,30_ nella sala", "18:30", "18,30"}, // a form's blank filled
		{"alle ore 25.00", "", ""},
		{"senza orario", "", ""},
	}
	for _, tt := range tests {
		got, printed := findTime(tt.in)
		if got != tt.want || printed != tt.printed {
			t.Errorf("findTime(%q) = %q, %q, want %q, %q", tt.in, got, printed, tt.want, tt.printed)
		}
	}
}

// TestParseActLayouts reads acts laid out unlike the Milano template: the
// fields are found by their labels, wherever they stand.
func TestParseActLayouts(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		check func(a *Act) string
	}{
		{"determinazione with its office over two lines", `COMUNE DI VILLAFRANCA
SETTORE LAVORI PUBBLICI E
MANUTENZIONI
DETERMINAZIONE N. 12 DEL 3 febbraio 2024

OGGETTO: AFFIDAMENTO DEL SERVIZIO DI SGOMBERO NEVE
STAGIONE 2024

IL DIRIGENTE
Vista la deliberazione del Consiglio Comunale n. 5 del 10/01/2024;
`, func(a *Act) string {
			return check(a.Municipality == "Comune di Villafranca", "municipality", a.Municipality) +
				check(a.Kind == "determinazione" && a.Number == 12 && a.Date == "2024-02-03", "kind/number/date", a.Kind, a.Number, a.Date) +
				check(a.Organ == "SETTORE LAVORI PUBBLICI E MANUTENZIONI", "organ", a.Organ) +
				check(a.Subject == "AFFIDAMENTO DEL SERVIZIO DI SGOMBERO NEVE STAGIONE 2024", "subject", a.Subject)
		}},
		{"the kind after \"atto di\"", `COMUNE DI BORGO
ATTO DI DETERMINAZIONE N. 5 DEL 10/01/2024
OGGETTO: Liquidazione fattura.
IL RESPONSABILE DEL SERVIZIO
`, func(a *Act) string {
			return check(a.Kind == "determinazione" && a.Number == 5 && a.Date == "2024-01-10", "kind/number/date", a.Kind, a.Number, a.Date)
		}},
		{"an abbreviated month", `COMUNE DI BORGO
ORDINANZA N. 12 DEL 21 LUG 2026
OGGETTO: Chiusura strada comunale.
IL SINDACO
`, func(a *Act) string {
			return check(a.Kind == "ordinanza" && a.Number == 12 && a.Date == "2026-07-21", "kind/number/date", a.Kind, a.Number, a.Date)
		}},
		{"minute with the date only in words", `COMUNE DI BORGO
VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE N. 7

OGGETTO: Approvazione del piano.

L'anno duemilaventiquattro addì ventotto del mese di febbraio alle ore diciassette e minuti quindici si è riunita la Giunta.
Cognome e Nome Presente
1. ROSSI MARIO - Sindaco Sì
2. BIANCHI ANNA - Assessore No
3. LA ROSA PIETRO - Assessore Sì
Totale Presenti: 2
Con votazione unanime
DELIBERA
1. di approvare il piano;
2. di dichiarare la presente immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.
`, func(a *Act) string {
			return check(a.Organ == "Giunta Comunale" && a.Number == 7, "organ/number", a.Organ, a.Number) +
				check(a.Date == "2024-02-28" && a.Time == "17:15", "date/time", a.Date, a.Time) +
				check(len(a.Attendees) == 3 && a.Attendees[0].Present && !a.Attendees[1].Present && a.Attendees[1].Role == "Assessore" &&
					a.Attendees[2].Name == "LA ROSA PIETRO", "attendees", a.Attendees) +
				check(a.AttendeesDeclared == 2, "declared", a.AttendeesDeclared) +
				check(a.Vote == "unanimous", "vote", a.Vote) +
				check(len(a.OperativePoints) == 2 && a.OperativePoints[0].Text == "di approvare il piano;", "points", a.OperativePoints) +
				check(a.ImmediatelyExecutive && a.ExecutiveArticle == "art. 134, comma 4, D.Lgs. 267/2000", "executive", a.ImmediatelyExecutive, a.ExecutiveArticle)
		}},
		{"operative points marked, not numbered", `COMUNE DI BORGO
DETERMINAZIONE N. 46 DEL 01/07/2026
OGGETTO: Rettifica.
IL DIRIGENTE
DETERMINA
· di rettificare la determinazione n. 1014 del 30/06/2026;
· di disporre la notifica del presente atto
al destinatario;
- di trasmettere il presente atto all'ufficio.
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 3 && a.OperativePoints[1].N == 2 &&
				a.OperativePoints[1].Text == "di disporre la notifica del presente atto al destinatario;", "points", a.OperativePoints)
		}},
		{"an ordinanza's points say what it orders", `COMUNE DI BORGO
ORDINANZA N. 312 DEL 02/08/2024
OGGETTO: Circolazione in via Panoramica.
IL COMANDANTE
Premesso che
O R D I N A
- il divieto di transito dalle ore 7:00 alle ore 19:00;
- il divieto di sosta con rimozione forzata.
Il Comandante
Dott. Luigi Esposito
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 2 && a.OperativePoints[1].Text == "il divieto di sosta con rimozione forzata.", "points", a.OperativePoints)
		}},
		{"an ordinanza's points lettered in sequence, what it disposes after them none of them", `COMUNE DI BORGO
ORDINANZA N. 312 DEL 02/08/2024
OGGETTO: Circolazione in via Panoramica.
IL DIRIGENTE
Premesso che
ORDINA
dalle ore 17:00 del giorno 20 luglio 2024:
a) il divieto di transito;
b) il divieto di sosta con rimozione
forzata;
c) il senso unico in via Duomo.
D I S P O N E
che copia della presente sia trasmessa alla Prefettura.
AVVERTE
che avverso la presente è ammesso ricorso.
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 3 && a.OperativePoints[1].Text == "il divieto di sosta con rimozione forzata;" &&
				a.OperativePoints[2].Text == "il senso unico in via Duomo.", "points", a.OperativePoints)
		}},
		{"points marked with guillemets", `COMUNE DI BORGO
DETERMINAZIONE N. 46 DEL 01/07/2026
OGGETTO: Rendiconto.
IL RESPONSABILE DEL SERVIZIO
DETERMINA
» di approvare la rendicontazione;
» di accertare la somma.
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 2 && a.OperativePoints[1].Text == "di accertare la somma.", "points", a.OperativePoints)
		}},
		{"points numbered with a dash", `COMUNE DI BORGO
DETERMINAZIONE N. 46 DEL 01/07/2026
OGGETTO: Rettifica.
IL DIRIGENTE
DETERMINA
1-    di approvare la graduatoria;
2 –   di pubblicarla.
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 2 && a.OperativePoints[1].Text == "di pubblicarla.", "points", a.OperativePoints)
		}},
		{"points after a lead-in of several lines ending with a colon", `COMUNE DI BORGO
ORDINANZA N. 46 DEL 01/07/2026
OGGETTO: Prevenzione incendi.
IL SINDACO
Premesso che
ORDINA
ai proprietari, agli affittuari e a chiunque abbia la disponibilità
a qualsiasi titolo di terreni incolti, lotti interclusi e giardini
ricadenti nel territorio comunale, entro il 30 giugno 2025 e fino
al 31 ottobre 2025:
- di provvedere alla pulizia dei fondi;
- di non accendere fuochi.
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 2 && a.OperativePoints[1].Text == "di non accendere fuochi.", "points", a.OperativePoints)
		}},
		{"points lettered with a stop", `COMUNE DI BORGO
DELIBERAZIONE DELLA GIUNTA COMUNALE N. 46 DEL 01/07/2026
OGGETTO: Piano estivo.
LA GIUNTA COMUNALE
DELIBERA
a. di approvare il piano delle attività;
b. di fornire al Dirigente gli indirizzi;
c. di dare atto che non vi sono oneri.
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 3 && a.OperativePoints[1].Text == "di fornire al Dirigente gli indirizzi;", "points", a.OperativePoints)
		}},
		{"points whose bullets are drawn: each opens with di after a point's end", `COMUNE DI BORGO
DELIBERAZIONE DELLA GIUNTA COMUNALE N. 46 DEL 01/07/2026
OGGETTO: Teatro.
LA GIUNTA COMUNALE
DELIBERA
di concedere in uso il Teatro all'Associazione per otto serate, secondo il calendario
di cui all'allegato;
di determinare la tariffa agevolata;
di incaricare il Responsabile dell'Area degli adempimenti conseguenti.
La presente deliberazione è pubblicata all'albo pretorio.
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 3 && a.OperativePoints[0].Text == "di concedere in uso il Teatro all'Associazione per otto serate, secondo il calendario di cui all'allegato;" &&
				a.OperativePoints[2].Text == "di incaricare il Responsabile dell'Area degli adempimenti conseguenti.", "points", a.OperativePoints)
		}},
		{"points with no marks, their verbs in capitals, one after a line of figures", `COMUNE DI BORGO
DETERMINAZIONE N. 46 DEL 01/07/2026
OGGETTO: Incarico.
IL DIRIGENTE
DETERMINA
DI APPROVARE l'aggiudicazione in favore dell'arch.
Michela Esposito;
DI IMPEGNARE la spesa al capitolo 914000, Codice SIOPE: 2.02.01.99.999
DI TRASMETTERE la presente al Servizio Finanziario.
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 3 && a.OperativePoints[0].Text == "DI APPROVARE l'aggiudicazione in favore dell'arch. Michela Esposito;", "points", a.OperativePoints)
		}},
		{"points with no marks opening with the verb alone", `COMUNE DI BORGO
DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 46 DEL 01/07/2026
OGGETTO: Regolamento dei mercati.
IL CONSIGLIO COMUNALE
DELIBERA
Approvare le modifiche agli articoli 5 e 12 del Regolamento, nel testo
allegato quale parte integrante del presente atto.
Dare atto che le modifiche entrano in vigore il 1° gennaio 2026.
DISPORRE la pubblicazione del Regolamento sul sito istituzionale.
Non essendo stata richiesta l'immediata esecutività, la presente deliberazione non è immediatamente eseguibile.
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 3 && a.OperativePoints[1].Text == "Dare atto che le modifiche entrano in vigore il 1° gennaio 2026." &&
				a.OperativePoints[2].Text == "DISPORRE la pubblicazione del Regolamento sul sito istituzionale.", "points", a.OperativePoints)
		}},
		{"a noun that ends as an infinitive opens no point", `COMUNE DI BORGO
DETERMINAZIONE N. 46 DEL 01/07/2026
OGGETTO: Fornitura.
IL DIRIGENTE
DETERMINA
Impegnare la somma di € 5.000,00 al capitolo 10453.
Liquidare la fattura n. 41 del 03/11/2025.
Parere favorevole di regolarità tecnica.
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 2 && a.OperativePoints[1].Text == "Liquidare la fattura n. 41 del 03/11/2025.", "points", a.OperativePoints)
		}},
		{"points numbered with the ordinal's sign", `COMUNE DI BORGO
DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 46 DEL 01/07/2026
OGGETTO: Convenzione di segreteria.
IL CONSIGLIO COMUNALE
DELIBERA
1°) Di approvare lo schema di convenzione.
2°) Di autorizzare il Sindaco alla sottoscrizione.
3°) Di trasmettere copia della presente alla Prefettura.
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 3 && a.OperativePoints[0].Text == "Di approvare lo schema di convenzione.", "points", a.OperativePoints)
		}},
		{"an ordinanza's orders with no marks after a lead-in", `COMUNE DI BORGO
ORDINANZA N. 46 DEL 01/07/2026
OGGETTO: Prevenzione incendi.
IL SINDACO
ORDINA
con decorrenza immediata e fino al 30 settembre, su tutto il territorio
comunale:
il divieto di accendere fuochi;
ai proprietari di terreni incolti di provvedere alla pulizia;
ai gestori delle strade di mantenere libere le banchine.
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 3 && a.OperativePoints[0].Text == "il divieto di accendere fuochi;", "points", a.OperativePoints)
		}},
		{"one paragraph opening with di is no list", `COMUNE DI BORGO
DETERMINAZIONE N. 46 DEL 01/07/2026
OGGETTO: Rettifica.
IL DIRIGENTE
DETERMINA
di rettificare la determinazione n. 1014 del 30/06/2026 nella parte in cui indica
l'importo.
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 0, "points", a.OperativePoints)
		}},
		{"the accounts office that signs the visto after the act is no office of the act's", `COMUNE DI BORGO
DETERMINAZIONE N. 46 DEL 01/07/2026
OGGETTO: Fornitura di arredi.
IL RESPONSABILE DEL SETTORE
DETERMINA
1. di affidare la fornitura.
IL RESPONSABILE DEL SETTORE
VISTO DI REGOLARITÀ CONTABILE
Si appone il visto.
IL RESPONSABILE DEL SERVIZIO FINANZIARIO
`, func(a *Act) string {
			return check(a.Office == "", "office", a.Office)
		}},
		{"the office in the act's own signature, the visto after it", `COMUNE DI BORGO
DETERMINAZIONE N. 46 DEL 01/07/2026
OGGETTO: Rimborso.
IL RESPONSABILE
DETERMINA
1. di rimborsare.
IL RESPONSABILE DEL SERVIZIO TRIBUTI
VISTO DI REGOLARITÀ CONTABILE
IL RESPONSABILE DEL SERVIZIO FINANZIARIO
`, func(a *Act) string {
			return check(a.Office == "SERVIZIO TRIBUTI", "office", a.Office)
		}},
		{"a point's line in small letters that opens with a section's word, and the page's running foot between points", "COMUNE DI BORGO\nDELIBERAZIONE DELLA GIUNTA COMUNALE N. 46 DEL 01/07/2026\nOGGETTO: Progetto.\nLA GIUNTA COMUNALE\nDELIBERA\n" +
			"1. di approvare il progetto composto dagli elaborati elencati in\npremessa;\nDeliberazione G.C. n. 46 del 01/07/2026                   Pag. 1\f" +
			"2. di dare atto che la spesa trova copertura;\n3. di demandare gli atti conseguenti.\n", func(a *Act) string {
			return check(len(a.OperativePoints) == 3 && a.OperativePoints[0].Text == "di approvare il progetto composto dagli elaborati elencati in premessa;", "points", a.OperativePoints)
		}},
		{"bullets with their verbs in small letters after a lead-in to a colon, the page's bare number between them", "COMUNE DI BORGO\nDELIBERAZIONE DELLA GIUNTA MUNICIPALE N. 96 DEL 03/06/2025\nOGGETTO: Contributo.\nLA GIUNTA MUNICIPALE\nD E L I B E R A\n" +
			"Approvare l'allegata proposta di deliberazione, che qui si intende integralmente\nriportata e trascritta, e per l'effetto:\n" +
			"• concedere all'Associazione un contributo di € 12.000,00;\n• assegnare al Responsabile le risorse di cui al cap. 7310;\n\n\n                1\f" +
			"• stabilire che il contributo sarà liquidato a presentazione di rendiconto.\nCon successiva e separata votazione unanime, dichiarare la presente\nimmediatamente esecutiva.\n\n                2\n", func(a *Act) string {
			return check(len(a.OperativePoints) == 3 && a.OperativePoints[1].Text == "assegnare al Responsabile le risorse di cui al cap. 7310;" &&
				a.OperativePoints[2].Text == "stabilire che il contributo sarà liquidato a presentazione di rendiconto.", "points", a.OperativePoints) +
				check(a.ImmediatelyExecutive, "executive", a.ImmediatelyExecutive)
		}},
		{"a word processor's bullets in a symbol font, and the vote on executivity opening with Inoltre", "COMUNE DI BORGO\nDELIBERAZIONE DELLA GIUNTA MUNICIPALE N. 201 DEL 15/12/2025\nOGGETTO: Contributo.\nLA GIUNTA MUNICIPALE\nDELIBERA\n" +
			"\uf0b7    di approvare la proposta di deliberazione in oggetto;\n\uf0b7    di concedere un contributo straordinario di € 2.500,00;\n" +
			"\uf0b7    di demandare al Responsabile l'adozione dell'impegno di spesa.\nInoltre, con separata votazione unanime, la presente deliberazione viene dichiarata\nimmediatamente esecutiva.\n", func(a *Act) string {
			return check(len(a.OperativePoints) == 3 && a.OperativePoints[2].Text == "di demandare al Responsabile l'adozione dell'impegno di spesa.", "points", a.OperativePoints) +
				check(a.ImmediatelyExecutive, "executive", a.ImmediatelyExecutive)
		}},
		{"a running foot on both pages of two, between two points with no marks", "COMUNE DI BORGO\nDELIBERAZIONE DELLA GIUNTA COMUNALE N. 87 DEL 10/10/2026\nOGGETTO: Variazione di bilancio.\nLA GIUNTA COMUNALE\nDELIBERA\n" +
			"di apportare al bilancio le variazioni riportate nell'allegato A), parte integrante e sostanziale del\npresente atto;\n\n\n                                   Delibera G.C. 87/2026 - Siscom Atti\f" +
			"di dare atto che permangono gli equilibri di bilancio;\ndi trasmettere copia della presente al Tesoriere comunale.\n\nIl Vice Segretario Comunale\n\n\n                                   Delibera G.C. 87/2026 - Siscom Atti\n", func(a *Act) string {
			return check(len(a.OperativePoints) == 3 && a.OperativePoints[0].Text == "di apportare al bilancio le variazioni riportate nell'allegato A), parte integrante e sostanziale del presente atto;", "points", a.OperativePoints)
		}},
		{"an ordinanza's bullets as an OCR reads them", "COMUNE DI PENNE\nORDINANZA N. 41 DEL 03/12/2026\nOGGETTO: Chiusura delle scuole.\nIL SINDACO\nORDINA\n" +
			"*    la chiusura di tutte le scuole di ogni ordine e grado;\n®    la sospensione del servizio di trasporto scolastico e del servizio\n     di mensa.\n\nDISPONE\nche la presente ordinanza sia pubblicata.\n", func(a *Act) string {
			return check(len(a.OperativePoints) == 2 && a.OperativePoints[1].Text == "la sospensione del servizio di trasporto scolastico e del servizio di mensa.", "points", a.OperativePoints)
		}},
		{"letters out of sequence are no points", `COMUNE DI BORGO
ORDINANZA N. 312 DEL 02/08/2024
OGGETTO: Circolazione in via Panoramica.
IL DIRIGENTE
ORDINA
b) il divieto di transito;
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 0, "points", a.OperativePoints)
		}},
		{"a determinazione's dashes that do not open with di are a list inside its text", `COMUNE DI BORGO
DETERMINAZIONE N. 46 DEL 01/07/2026
OGGETTO: Rettifica.
IL DIRIGENTE
DETERMINA
- la spesa di euro 100;
- il capitolo 1010.
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 0, "points", a.OperativePoints)
		}},
		{"the vote on executivity after the points is none of them", `COMUNE DI BORGO
DELIBERAZIONE DELLA GIUNTA COMUNALE N. 46 DEL 01/07/2026
OGGETTO: Progetto.
LA GIUNTA COMUNALE
Con voti unanimi
DELIBERA
1) di approvare il progetto;
2) di dare atto che la spesa trova copertura;
Successivamente, con separata votazione unanime, la presente deliberazione è
dichiarata immediatamente eseguibile.
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 2 && a.OperativePoints[1].Text == "di dare atto che la spesa trova copertura;", "points", a.OperativePoints) +
				check(a.ImmediatelyExecutive, "executive", a.ImmediatelyExecutive)
		}},
		{"points numbered from 1: a dash inside one is no new point", `COMUNE DI BORGO
DETERMINAZIONE N. 46 DEL 01/07/2026
OGGETTO: Rettifica.
IL DIRIGENTE
DETERMINA
1. di impegnare:
- di spesa la somma di euro 100;
2. di trasmettere il presente atto.
`, func(a *Act) string {
			return check(len(a.OperativePoints) == 2 && a.OperativePoints[0].Text == "di impegnare: - di spesa la somma di euro 100;", "points", a.OperativePoints)
		}},
		{"vote by counts", `COMUNE DI BORGO
DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 3 DEL 01/03/2025
OGGETTO: Bilancio.

Con la seguente votazione:
Presenti n. 10 - Voti favorevoli n. 8 - Voti contrari n. 2 - Astenuti n. 0
`, func(a *Act) string {
			return check(a.Organ == "Consiglio Comunale", "organ", a.Organ) + check(a.Vote == "majority", "vote", a.Vote)
		}},
		{"president named only under the closing signature", `COMUNE DI BORGO
VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE N. 8
OGGETTO: Prova.

Il Presidente, riconosciuta legale l'adunanza, dichiara aperta la seduta.
Letto, approvato e sottoscritto.
     Il Presidente                       Il Segretario Comunale
     Firmato digitalmente                Firmato digitalmente
     ROSSI MARIO                         VERDI Dott.ssa ANNA
`, func(a *Act) string {
			return check(a.President != nil && a.President.Name == "ROSSI MARIO" && a.President.Role == "Presidente", "president", a.President)
		}},
		{"the Sindaco presiding named only under the closing signature", `COMUNE DI BORGO
VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE N. 8
OGGETTO: Prova.

Il Presidente, riconosciuta legale l'adunanza, dichiara aperta la seduta.
Letto, approvato e sottoscritto.
     IL SINDACO – PRESIDENTE             IL VICE SEGRETARIO COMUNALE
     f.to rag. Mauro Ceccarelli          f.to dott.ssa Laura Bordoni
`, func(a *Act) string {
			return check(a.President != nil && a.President.Name == "Mauro Ceccarelli" && a.President.Role == "SINDACO", "president", a.President)
		}},
		{"the secretary named only under the closing signature, beside the Vice Presidente", `COMUNE DI BORGO
VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 60
OGGETTO: Prova.

Assiste il Segretario Comunale, incaricato della redazione del verbale. Presiede il Vice Presidente del Consiglio Comunale sig. Marco Cellucci.
Letto, approvato e sottoscritto.
     IL VICE PRESIDENTE                  IL SEGRETARIO COMUNALE
     f.to Sig. Marco Cellucci            f.to Dott. Massimo Carlini
`, func(a *Act) string {
			return check(a.Secretary != nil && a.Secretary.Name == "Massimo Carlini" && a.Secretary.Title == "Dott.", "secretary", a.Secretary)
		}},
		{"the secretary under the grid's first row, its names initialled", `COMUNE DI BORGO
VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 73
OGGETTO: Prova.

Presiede la seduta il Vice Presidente del Consiglio Comunale sig.ra Giuseppina Sciortino. Partecipa il Segretario Generale, con funzioni di verbalizzante.
Letto, approvato e sottoscritto.
     IL VICE PRESIDENTE                  IL CONSIGLIERE ANZIANO
     F.to G. Sciortino                   F.to C. Lauricella
                                                   IL SEGRETARIO GENERALE
                                                   F.to Dott.ssa Gabriella Mangione
-----------------------------------------------------------------------------
                    CERTIFICATO DI PUBBLICAZIONE
Porto Empedocle, li 29/12/2027                      IL SEGRETARIO GENERALE
                                                    Dott. Mario Rossi
`, func(a *Act) string {
			return check(a.Secretary != nil && a.Secretary.Name == "Gabriella Mangione", "secretary", a.Secretary)
		}},
		{"the number in a box beside the letterhead, under the copy's mark", `                                                          ORIGINALE
              COMUNE DI CIMINNA                           N.          148
              Città Metropolitana di Palermo
              C.F. 00412350827                            Data        12/12/2028

           VERBALE DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE
OGGETTO:      Approvazione del progetto esecutivo dei lavori sulla rete idrica.
L'anno duemilaventotto, il giorno dodici del mese di dicembre, alle ore 13,30,
si è riunita la Giunta Municipale.
`, func(a *Act) string {
			return check(a.Kind == "deliberazione" && a.Number == 148 && a.Date == "2028-12-12", "kind/number/date", a.Kind, a.Number, a.Date)
		}},
		{"an ordinanza numbered only beside its place and date", `COMUNE DI CIMINNA
                     ORDINANZA SINDACALE
OGGETTO: CHIUSURA TEMPORANEA DEL CIMITERO COMUNALE
                          IL SINDACO
Premesso che in data 16/12/2028 si è verificato il crollo di un tratto del muro;
Richiamata la propria ordinanza n. 40 del 02/12/2028;
                           ORDINA
1. la chiusura al pubblico del cimitero comunale dal 19/12/2028.
Ordinanza n. 42                           Dalla Residenza Municipale, 18/12/2028
                                                    IL SINDACO
                                               dott. Giuseppe Lo Bue
`, func(a *Act) string {
			return check(a.Kind == "ordinanza" && a.Number == 42 && a.Date == "2028-12-18", "kind/number/date", a.Kind, a.Number, a.Date)
		}},
		{"a decreto numbered and dated only in the register's line under the signature", `COMUNE DI NEIVE
                              UFFICIO DEL SINDACO
OGGETTO: NOMINA DEL RESPONSABILE DEL SERVIZIO FINANZIARIO.
                               DECRETO DEL SINDACO
                                    IL SINDACO
RICHIAMATO il proprio
decreto n. 1 del 02/01/2028 di conferimento degli incarichi;
                                     DECRETA
1) DI NOMINARE la Rag. Piera Bosio Responsabile del Servizio Finanziario.
Dalla Residenza Municipale,
                                                      IL SINDACO
                                                 F.to Paolo Borello
DECRETO N. 8 DEL 29/12/2028       iscritto nel Registro dei Decreti del Sindaco
Per ricevuta e accettazione:   F.to Rag. Piera Bosio       Neive, 30/12/2028
`, func(a *Act) string {
			return check(a.Kind == "decreto" && a.Number == 8 && a.Date == "2028-12-29", "kind/number/date", a.Kind, a.Number, a.Date)
		}},
		{"an Unione's decree whose issuer stands over its body alone", `UNIONE DEI COMUNI DEL VILLANOVA
Provincia di Sassari
                         DECRETO
                    N. 6 del 29/12/2028
Oggetto:   NOMINA DEL RESPONSABILE DELLA CENTRALE UNICA DI COMMITTENZA.
                 IL PRESIDENTE DELL'UNIONE
Richiamata la deliberazione dell'Assemblea dell'Unione n. 14 del 19/12/2028;
                          DECRETA
1. di nominare Responsabile della Centrale il dott. Mario Carta.
`, func(a *Act) string {
			return check(a.Kind == "decreto" && a.Number == 6, "kind/number", a.Kind, a.Number) +
				check(a.Organ == "Presidente dell'Unione", "organ", a.Organ)
		}},
		{"the kind's heading set in a narrow cell, its body on the two lines under it", `                 COMUNE DI CASABONA
                 Provincia di Crotone
 ORIGINALE DI DELIBERAZIONE            N. 27             del 11/06/2026
 DELLA COMMISSIONE
 STRAORDINARIA                         Proposta n. 35 del 08/06/2026
 con i poteri della Giunta Comunale
OGGETTO:     Approvazione del Piano di riequilibrio finanziario.
L'anno duemilaventisei, il giorno undici del mese di giugno, si è riunita la Commissione Straordinaria.
`, func(a *Act) string {
			return check(a.Kind == "deliberazione" && a.Number == 27 && a.Date == "2026-06-11", "kind/number/date", a.Kind, a.Number, a.Date) +
				check(a.Organ == "Commissione Straordinaria", "organ", a.Organ)
		}},
		{"a Dipartimento over the Settore whose Dirigente signs", `CITTÀ DI CESENA                          Dipartimento Servizi alla Persona e Cultura
                                         Settore Cultura e Turismo
                                         Servizio Biblioteca Malatestiana e Archivi
DETERMINAZIONE DIRIGENZIALE N. 57 DEL 16/01/2029
OGGETTO: ACQUISTO DI VOLUMI PER LA BIBLIOTECA.
                     IL DIRIGENTE
Vista la richiesta del Servizio Biblioteca;
                     DETERMINA
1. di acquistare i volumi.
Cesena, 16/01/2029                       Il Dirigente del Settore Cultura e Turismo
                                         dott. Mario Rossi
`, func(a *Act) string {
			return check(a.Organ == "Settore Cultura e Turismo", "organ", a.Organ) +
				check(a.Office == "Servizio Biblioteca Malatestiana e Archivi", "office", a.Office)
		}},
		{"a running head that names the act by its office's register after a dash", `Settore Politiche Educative e Sociali – Determinazione settoriale n. 5 del 17/01/2029
                          CITTÀ DI VIAREGGIO
                          Provincia di Lucca
DIREZIONE SERVIZI ALLA PERSONA                              REGISTRO GENERALE
Settore Politiche Educative e Sociali                            N. 58
Ufficio Servizi Scolastici                                    del 19/01/2029
                 DETERMINAZIONE DIRIGENZIALE
OGGETTO: Servizio di refezione scolastica. Liquidazione fatture.
                          IL DIRIGENTE
Viste le fatture elettroniche;
                          DETERMINA
1. di liquidare le fatture.
Viareggio, 19/01/2029                                Il Dirigente
                                     del Settore Politiche Educative e Sociali
`, func(a *Act) string {
			return check(a.Organ == "Settore Politiche Educative e Sociali", "organ", a.Organ) +
				check(a.Office == "Ufficio Servizi Scolastici", "office", a.Office)
		}},
		{"a Dirigente's act whose office stands only in the signature, its directorate in brackets", `                                CITTÀ DI PORTICI
                         Città Metropolitana di Napoli
                          DETERMINAZIONE DIRIGENZIALE
                                                       R.G. N. 45 DEL 14/01/2029
OGGETTO: LAVORI DI ADEGUAMENTO ALLA NORMATIVA ANTINCENDIO DEL PLESSO SCOLASTICO.
                                  IL DIRIGENTE
PREMESSO che con determinazione R.G. n. 1123 del 21/09/2028 i lavori sono stati affidati;
                                   DETERMINA
1) DI APPROVARE lo stato di avanzamento lavori n. 2.
Portici, li 14/01/2029
                              IL DIRIGENTE DEL SETTORE LAVORI PUBBLICI
                              (DIREZIONE AREA TECNICA)
                              SERVIZIO EDILIZIA SCOLASTICA
                              F.to Ing. Gennaro Cozzolino
`, func(a *Act) string {
			return check(a.Organ == "SETTORE LAVORI PUBBLICI", "organ", a.Organ) +
				check(a.Office == "SERVIZIO EDILIZIA SCOLASTICA", "office", a.Office)
		}},
		{"a Dirigente who signs for the Settore the heading names, the procedure's officer for its Servizio", `COMUNE DI SAN GIOVANNI ROTONDO                      DETERMINAZIONE DIRIGENZIALE
                                                    Registro Generale      n. 934 del 22/09/2026
SETTORE III – LAVORI PUBBLICI, PATRIMONIO E AMBIENTE
Oggetto:      PROROGA TECNICA DEL SERVIZIO DI RACCOLTA DEI RIFIUTI INGOMBRANTI.
                                IL DIRIGENTE
Premesso che il servizio è stato affidato;
                                 DETERMINA
1. di prorogare il servizio.
IL RESPONSABILE DEL PROCEDIMENTO                    IL DIRIGENTE DEL SETTORE III
     Servizio Ambiente e Igiene Urbana                  ing. Michele Cascavilla
           geom. Leonardo Siena
`, func(a *Act) string {
			return check(a.Organ == "SETTORE III – LAVORI PUBBLICI, PATRIMONIO E AMBIENTE", "organ", a.Organ) +
				check(a.Office == "Servizio Ambiente e Igiene Urbana", "office", a.Office)
		}},
		{"an ordinanza's office register under its office in the signature, the sign first", `                                CITTÀ DI PORTICI
                          ORDINANZA DIRIGENZIALE
                                                       R.G. N. 12 DEL 20/01/2029
OGGETTO: DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE IN VIA LIBERTÀ.
                                  IL DIRIGENTE
VISTO il Codice della Strada;
                                    ORDINA
1) IL DIVIETO DI SOSTA in via Libertà.
Portici, li 20/01/2029
                              IL DIRIGENTE DEL SETTORE POLIZIA LOCALE
                              UFFICIO TRAFFICO E VIABILITA'
                              N. SETT. 7 DEL 19/01/2029
                              F.to Dott. Luigi Esposito
`, func(a *Act) string {
			return check(a.Kind == "ordinanza" && a.Number == 12 && a.SectorNumber == 7, "kind/number/sector", a.Kind, a.Number, a.SectorNumber)
		}},
		{"a running head that numbers the act in its office's register, the box in the general register", `Settore Mobilità e Traffico – Ordinanza dirigenziale settoriale n. 4 del 22/01/2029
                          CITTÀ DI VIAREGGIO
DIREZIONE SERVIZI AL TERRITORIO                             REGISTRO GENERALE
Settore Mobilità e Traffico                                      N. 21
Ufficio Viabilità e Segnaletica                               del 22/01/2029
                 ORDINANZA DIRIGENZIALE
OGGETTO: Disciplina della circolazione per il Carnevale.
                          IL DIRIGENTE
Visto il Codice della Strada;
                          ORDINA
1. il divieto di transito.
`, func(a *Act) string {
			return check(a.Kind == "ordinanza" && a.Number == 21 && a.SectorNumber == 4 && a.Date == "2029-01-22", "kind/number/sector/date", a.Kind, a.Number, a.SectorNumber, a.Date)
		}},
		{"a determinazione whose offices stand only over its signer's title", `COMUNE DI CAMPI
DETERMINAZIONE DIRIGENZIALE N. 44 DEL 12/01/2029
OGGETTO: Approvazione della graduatoria definitiva.
IL DIRIGENTE
Visto il decreto del Sindaco n. 30 del 28/12/2028;
DETERMINA
1) di approvare la graduatoria definitiva.

SETTORE 1 - RISORSE
Servizio Risorse Umane e Organizzazione
IL DIRIGENTE
Dott. Marco Bellandi
`, func(a *Act) string {
			return check(a.Organ == "SETTORE 1 - RISORSE", "organ", a.Organ) +
				check(a.Office == "Servizio Risorse Umane e Organizzazione", "office", a.Office)
		}},
		{"a heading's qualifier read cut short at its preposition, the offices over it", `                         UNIONE DEI COMUNI LOMBARDA DELLA PRESOLANA
                         AREA SERVIZI ALLA PERSONA
                           Servizio associato Servizi Sociali
 DETERMINAZIONE DEL RESPONSABILE DEL                                N. 1 del 15/01/2029
 SERVIZIO
 REGISTRO GENERALE                                                  N. 9 del 16/01/2029

OGGETTO: LIQUIDAZIONE DEL CORRISPETTIVO PER IL SERVIZIO DI ASSISTENZA DOMICILIARE.

                         IL RESPONSABILE DEL SERVIZIO
Richiamato il decreto del Presidente dell'Unione n. 2 del 08/01/2029;
`, func(a *Act) string {
			return check(a.Organ == "AREA SERVIZI ALLA PERSONA", "organ", a.Organ) +
				check(a.Office == "Servizio associato Servizi Sociali", "office", a.Office)
		}},
		{"a decree named by its issuer's adjective", `PROVINCIA DI MASSA-CARRARA
DECRETO PRESIDENZIALE n. 13 del 10.2.2026
OGGETTO: Nomina del responsabile della prevenzione della corruzione.
Visto lo Statuto della Provincia;
DECRETA
1) di nominare il Segretario Generale.
`, func(a *Act) string {
			return check(a.Kind == "decreto" && a.Number == 13 && a.Date == "2026-02-10", "kind/number/date", a.Kind, a.Number, a.Date) +
				check(a.Organ == "Presidente", "organ", a.Organ)
		}},
		{"nothing to read", "\f\f", func(a *Act) string {
			return check(a == nil, "no act", a)
		}},
		{"a table, no act", "INDICATORE VALORE 2024 VALORE 2025\nTempi medi di pagamento 30 28\n", func(a *Act) string {
			return check(a == nil, "no act", a)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if msg := tt.check(ParseAct(textDocument(tt.text))); msg != "" {
				t.Error(msg)
			}
		})
	}
}

// TestSubjectLabels: the forms of the OGGETTO label acts print.
func TestSubjectLabels(t *testing.T) {
	tests := []struct{ line, want string }{
		{"OGGETTO: Affidamento lavori.", "Affidamento lavori."},
		{"Oggetto : Affidamento lavori.", "Affidamento lavori."},
		{"OGGETTO DELLA DETERMINAZIONE: Affidamento lavori.", "Affidamento lavori."},
		{"Oggetto della deliberazione: Affidamento lavori.", "Affidamento lavori."},
		{"Oggetto dell'atto: Affidamento lavori.", "Affidamento lavori."},
		{"OGGETTO - Affidamento lavori.", "Affidamento lavori."},
		{"Oggetto – Affidamento lavori.", "Affidamento lavori."},
		{"Ogg.: Affidamento lavori.", "Affidamento lavori."},
		{"OGGETTO / OBJET: Rimborso IMU.", "Rimborso IMU."}, // its French after a slash
		{"Oggetto / Betreff: Rimborso IMU.", "Rimborso IMU."},
		{"OGGETTO..: AFFIDAMENTO LAVORI.", "AFFIDAMENTO LAVORI."}, // a report's label led by two dots
		{"OGGETTO Affidamento lavori.", "Affidamento lavori."},    // capitals, no colon
		{"OGGETTO AFFIDAMENTO LAVORI.", "AFFIDAMENTO LAVORI."},
		{"Oggetto    AFFIDAMENTO LAVORI.", "AFFIDAMENTO LAVORI."},              // a subject in capitals after the label
		{"Oggetto    Affidamento dei lavori.", "Affidamento dei lavori."},      // the label alone in its cell
		{"Oggetto atto    Affidamento dei lavori.", "Affidamento dei lavori."}, // a grid's label naming the act
		{"Oggetto della determina    Affidamento dei lavori.", "Affidamento dei lavori."},
		{"Oggetto dell'appalto    Lavori di messa in sicurezza.", "Lavori di messa in sicurezza."}, // a notice's grid naming what it is about
		{"Oggetto Sociale della ditta", ""},
		{"Oggetto del presente atto è l'affidamento dei lavori.", ""}, // a sentence, no label
		{"OGGETTO DELL'APPALTO", ""},                                  // a heading, no label
		{"OGGETTO E DURATA", ""},
	}
	for _, tt := range tests {
		a := parseLines(t, "COMUNE DI BORGO", "DETERMINAZIONE N. 5 DEL 10/01/2024", tt.line, signedBody)
		if a.Subject != tt.want {
			t.Errorf("%q: subject %q, want %q", tt.line, a.Subject, tt.want)
		}
	}
}

// TestSubjectParagraphEnd: a letter that sets its paragraphs as close as
// its lines ends the subject where a sentence ends on a short line and the
// next line opens another, indented; a subject's own lines go on, however
// they end.
func TestSubjectParagraphEnd(t *testing.T) {
	const head = "CITTA' DI LAMEZIA TERME\nAi Sigg. Consiglieri Comunali\n\n"
	const body = "Comunale, la seduta della II Commissione Consiliare permanente si terra' in data 21 luglio alle ore 9.\n"
	tests := []struct {
		name, text, want string
	}{
		{"the next paragraph indented",
			"Oggetto: Convocazione seduta II Commissione Consiliare Permanente.\n" +
				"      Si comunica che, ai sensi dell'art. 8 del Regolamento di funzionamento del Consiglio\n" + body,
			"Convocazione seduta II Commissione Consiliare Permanente."},
		{"a second sentence under the subject's text",
			"Oggetto: Lavori di rifacimento della strada comunale.\n" +
				"         Approvazione del progetto esecutivo e impegno di spesa.\n" + body,
			"Lavori di rifacimento della strada comunale. Approvazione del progetto esecutivo e impegno di spesa."}, // the body back under the label after it
		{"a second sentence under the label",
			"Oggetto: Lavori di rifacimento della strada comunale.\n" +
				"Approvazione del progetto esecutivo.\n\nIL DIRIGENTE\n",
			"Lavori di rifacimento della strada comunale. Approvazione del progetto esecutivo."},
		{"the label alone, the subject's sentences indented under it",
			"OGGETTO:\n" +
				"    Lavori di rifacimento della strada comunale.\n" +
				"    Approvazione del progetto esecutivo.\n\nIL DIRIGENTE\n" +
				"Vista la deliberazione del Consiglio Comunale n. 5 del 10/01/2024, con la quale si approvava il bilancio;\n",
			"Lavori di rifacimento della strada comunale. Approvazione del progetto esecutivo."},
		{"an abbreviation ends the line",
			"Oggetto: Pozzo in Via Asia, censito al Foglio 13 particella 4 sez S.\n" +
				"      Euf., derivando una portata massima di 1 l/s\n\nIL DIRIGENTE\n",
			"Pozzo in Via Asia, censito al Foglio 13 particella 4 sez S. Euf., derivando una portata massima di 1 l/s"},
		{"the line full: its next word could not have fitted",
			"Oggetto: Convocazione della seduta congiunta della I e della VI Commissione Consiliare Permanente.\n" +
				"      Straordinaria e urgente.\n" + "La seduta congiunta della I e della VI Commissione Consiliare permanente si terra' in sala\n",
			"Convocazione della seduta congiunta della I e della VI Commissione Consiliare Permanente. Straordinaria e urgente. La seduta congiunta della I e della VI Commissione Consiliare permanente si terra' in sala"},
		{"its Slovene under it",
			"OGGETTO: Impegno di spesa per il servizio di traduzione in lingua slovena\n" +
				"degli atti comunali – anno 2026. CIG B5C2E71A04.\n" +
				"ZADEVA: Prevzem obveznosti za storitev prevajanja občinskih aktov – leto 2026.\n",
			"Impegno di spesa per il servizio di traduzione in lingua slovena degli atti comunali – anno 2026. CIG B5C2E71A04."},
		{"a letter's body opens under it",
			"Oggetto: Convocazione della seduta congiunta della I e della VI Commissione Consiliare Permanente.\n" +
				"Si comunica che la seduta congiunta della I e della VI Commissione Consiliare permanente si terra'\n",
			"Convocazione della seduta congiunta della I e della VI Commissione Consiliare Permanente."},
		{"a rule typed in dashes under it",
			"Oggetto: Rimborso di somme indebitamente versate a titolo di IMU. Impegno e liquidazione.\n" +
				"----------------------------------------------------------------------------\n" +
				"                          IL RESPONSABILE DELL'AREA\n",
			"Rimborso di somme indebitamente versate a titolo di IMU. Impegno e liquidazione."},
		{"the label alone over a rule of underscores, the subject under it",
			"OGGETTO:\n" +
				"________________________________\n" +
				"Lavori di rifacimento della strada comunale.\n\nIL DIRIGENTE\n",
			"Lavori di rifacimento della strada comunale."},
		{"the body under a short last line that ends no sentence",
			"Oggetto: Convocazione del Consiglio comunale in seduta ordinaria – giovedì 19 febbraio\n" +
				"2026 ore 20.30\n" +
				"Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e degli articoli 8 e 9 del Regolamento del\n" + body,
			"Convocazione del Consiglio comunale in seduta ordinaria – giovedì 19 febbraio 2026 ore 20.30"},
		{"a short line that ends on a word that goes on",
			"Oggetto: Concessione di un contributo alla\n" +
				"Parrocchia di San Rocco per la festa patronale dell'anno 2026.\n\nIL RESPONSABILE DEL SERVIZIO\n" + body,
			"Concessione di un contributo alla Parrocchia di San Rocco per la festa patronale dell'anno 2026."},
		{"a short line over one in capitals",
			"Oggetto: Servizio di mensa scolastica\n" +
				"ANNO SCOLASTICO 2025/2026. Impegno di spesa.\n\nIL RESPONSABILE DEL SERVIZIO\n" + body,
			"Servizio di mensa scolastica ANNO SCOLASTICO 2025/2026. Impegno di spesa."},
		{"a subject set with a hanging indent, the body under the label after it",
			"Oggetto:    Convocazione del Consiglio Comunale in seduta ordinaria pubblica – martedì 27 gennaio\n" +
				"            2026, ore 20:30.\n" +
				"Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, le SS.LL. sono invitate a partecipare alla\n" + body,
			"Convocazione del Consiglio Comunale in seduta ordinaria pubblica – martedì 27 gennaio 2026, ore 20:30."},
		{"the proposal's line under the subject",
			"Oggetto: Concessione contributo straordinario all'Associazione \"Amici del Castello\" per il Carnevale 2026.\n" +
				"Proposta n. 104 del 30/01/2026 - Area proponente: Area Servizi Sociali e Culturali\n\nLA GIUNTA MUNICIPALE\n",
			"Concessione contributo straordinario all'Associazione \"Amici del Castello\" per il Carnevale 2026."},
		{"the next line goes on in lower case",
			"Oggetto: Convocazione seduta II Commissione.\n" +
				"      ai sensi dell'art. 8 del Regolamento di funzionamento del Consiglio Comunale della citta'\n\nIL SINDACO\n",
			"Convocazione seduta II Commissione. ai sensi dell'art. 8 del Regolamento di funzionamento del Consiglio Comunale della citta'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ParseAct(textDocument(head + tt.text))
			if a == nil {
				t.Fatal("no act")
			}
			if a.Subject != tt.want {
				t.Errorf("subject:\n got %q\nwant %q", a.Subject, tt.want)
			}
		})
	}
}

// TestSubjectSpacedParagraph: a subject's short last line that ends a
// sentence ends the subject where the next line stands farther below it
// than the page's lines stand, if less than a paragraph's gap; or farther
// than the subject's own lines stand, though the page's lines, a letter's
// items spaced wide, stand farther apart still (scan-18's Fonni).
// TestSubjectSpacedParagraphOwnPitch: a letter whose addressees stand
// wide apart sets its body's lines closer than most of its page's; the
// body's own pitch tells the space after the subject.
func TestSubjectSpacedParagraphOwnPitch(t *testing.T) {
	text := "CONSORZIO MONVISO SOLIDALE\n" +
		"Ai Componenti dell'Assemblea consortile\nAi Sindaci dei Comuni consorziati\nAl Revisore dei conti\nLORO SEDI\n" +
		"Oggetto: Convocazione dell'Assemblea consortile – seduta ordinaria di giovedì 21 maggio 2026.\n" +
		"Ai sensi dell'art. 11 dello Statuto consortile, la S.V. è invitata a partecipare alla seduta ordinaria\n" +
		"dell'Assemblea consortile, che si terrà presso la Sala consiliare del Comune di Savigliano,\n" +
		"Corso Roma n. 36.\n"
	doc := textDocument(text)
	runs := doc.Pages[0].Runs
	for i := range runs {
		switch k := math.Round((800 - runs[i].Y) / 14); {
		case k >= 1 && k <= 5: // the addressees and the subject, 8 pt apart more
			runs[i].Y -= 8 * k
		case k > 5: // the body, a quarter of a line under the subject
			runs[i].Y -= 8*5 + 4
		}
	}
	want := "Convocazione dell'Assemblea consortile – seduta ordinaria di giovedì 21 maggio 2026."
	if a := ParseAct(doc); a == nil || a.Subject != want {
		t.Errorf("subject:\n got %+v\nwant %q", a, want)
	}
}

func TestSubjectSpacedParagraph(t *testing.T) {
	muravera := "COMUNE DI MURAVERA\n" +
		"Oggetto: Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 12\n" +
		"febbraio 2026.\n" +
		"Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, e dell'art. 14 del vigente Regolamento per\n" +
		"il funzionamento del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta del\n" +
		"Consiglio Comunale, in sessione ordinaria, che si terrà nella sala consiliare del Municipio.\n"
	fonni := "COMUNE DI FONNI\n" +
		"Oggetto: Convocazione del Consiglio Comunale in seduta straordinaria – giovedì 29 gennaio\n" +
		"2026.\n" +
		"Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, la S.V. è invitata alla seduta.\n" +
		"ORDINE DEL GIORNO\n" +
		"1. Lettura e approvazione dei verbali della seduta precedente.\n" +
		"2. Comunicazioni del Sindaco.\n" +
		"3. Approvazione del Piano di assestamento forestale.\n" +
		"4. Riconoscimento di debito fuori bilancio.\n"
	for _, tt := range []struct {
		name, text string
		lower      float64 // how much lower than a line's pitch (14 pt) the body stands
		spread     float64 // how much farther apart than 14 pt the body's lines stand
		want       string
	}{
		{"a quarter of a line lower", muravera, 3.5, 0, "Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 12 febbraio 2026."},
		{"as close as the lines", muravera, 0, 0, "Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 12 febbraio 2026. Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, e dell'art. 14 del vigente Regolamento per il funzionamento del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale, in sessione ordinaria, che si terrà nella sala consiliare del Municipio."},
		{"a third of a line lower, the items wider", fonni, 4.5, 8, "Convocazione del Consiglio Comunale in seduta straordinaria – giovedì 29 gennaio 2026."},
		// No wider space: the letter runs on, items and all, as its
		// lines stand no farther apart than the page's.
		{"as close as the subject's lines, the items wider", fonni, 0, 8, "Convocazione del Consiglio Comunale in seduta straordinaria – giovedì 29 gennaio 2026. Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, la S.V. è invitata alla seduta. ORDINE DEL GIORNO 1. Lettura e approvazione dei verbali della seduta precedente. 2. Comunicazioni del Sindaco. 3. Approvazione del Piano di assestamento forestale. 4. Riconoscimento di debito fuori bilancio."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := textDocument(tt.text)
			runs := doc.Pages[0].Runs
			for i := range runs {
				if k := math.Round((800-runs[i].Y)/14) - 3; k >= 0 { // the body's k-th line
					runs[i].Y -= tt.lower + tt.spread*k
				}
			}
			if a := ParseAct(doc); a == nil || a.Subject != tt.want {
				t.Errorf("subject:\n got %+v\nwant %q", a, tt.want)
			}
		})
	}
}

// check returns "" when ok, else a line saying what was got.
func check(ok bool, what string, got ...any) string {
	if ok {
		return ""
	}
	return fmt.Sprintf("\n%s: got %+v", what, got)
}

// readSeedText is the start of the real act's text layer, with its page
// footers, for the fuzzer to start from.
func readSeedText() (string, error) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "delibera-2187-2019.txt"))
	if err != nil {
		return "", err
	}
	lines := strings.Split(string(data), "\n")
	return strings.Join(lines[:min(len(lines), 600)], "\n"), nil
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// FuzzParseAct feeds the act parser arbitrary text laid out as pages: it
// must never panic, and what it returns must be well formed.
func FuzzParseAct(f *testing.F) {
	f.Add("DELIBERAZIONE DELLA GIUNTA COMUNALE N. _1_ DEL 01/01/2020\nOGGETTO: x\n")
	f.Add("NOMINATIVO CARICA PRESENTE\nPRESIDENTE\nROSSI PRESENTE\nDEL CONSIGLIO\n")
	f.Add("D E L I B E R A\n1.\n2. x\nFirmato digitalmente da A in data 1/1/2020,\n")
	f.Add("VISTI\n- gli artt. 1 e 2 del D. Lgs. n. 1 del 1 gennaio 2000 ad oggetto “x”;\n- il Regolamento\f")
	f.Add("CITTA' di X\n     REGISTRO GENERALE N. 1 del 1/1/26\nDETERMINAZIONE DIRIGENZIALE N° 2 del 1.1.2026\nOGGETTO: y\n")
	f.Add("N. 100 DEL          OGGETTO: a\n27/02/2026          b\nRegistro Generale\nN. 145 DEL\n")
	f.Add("          a\nOGGETTO:      b\n          c\n")
	f.Add(certificateOf + "\f" + deliberationPage)
	// Bilingual pages: German and Slovene beside Italian, labels in both,
	// a translation's column, French over Italian.
	f.Add("GEMEINDE KLAUSEN        COMUNE DI CHIUSA\nNr. / n.    Sitzung vom / Seduta del\n94          17.03.2026\nGegenstand: Genehmigung des    Oggetto: Approvazione del\nBürgermeister / Sindaco    X\n")
	f.Add("OBČINA DOLINA\nN. 14 del 12/03/2026     št. 14 z dne 12.3.2026\n1. KLABJAN Martina (Sindaca – županja)    P\nP = presente / prisoten\n")
	f.Add("Nach Einsichtnahme in den Beschluss des Rates     Vista la deliberazione del Consiglio\nder Gemeinde, welches als angemessen erachtet     comunale n. 48 del 18.12.2025, e il piano\nVERFÜGT     DETERMINA\n")
	f.Add("AVIS • AVVISO\nINTERRUPTION DE LA DISTRIBUTION DE L’EAU\nINTERRUZIONE DELL’EROGAZIONE DELL’ACQUA\nNus, le 17 mars 2026 – Nus, 17 marzo 2026\n")
	if seed, err := readSeedText(); err == nil {
		f.Add(seed)
	}
	roles := map[string]bool{"": true, RoleAct: true, RoleAttachment: true, RoleCertificate: true, RoleNotice: true, RoleSignatureSheet: true}
	f.Fuzz(func(t *testing.T, text string) {
		a, role := readWholeAct(textDocument(text))
		if !roles[role] {
			t.Errorf("role %q", role)
		}
		if a == nil {
			return // nothing of an act in the text
		}
		if a.Number < 0 || a.SectorNumber < 0 {
			t.Errorf("numbers %d, %d", a.Number, a.SectorNumber)
		}
		for _, d := range []string{a.Date, a.ProposalDate} {
			if d != "" && !isoDate.MatchString(d) {
				t.Errorf("date %q is not YYYY-MM-DD", d)
			}
		}
		for i, p := range a.OperativePoints {
			if p.N != i+1 {
				t.Errorf("point %d numbered %d", i+1, p.N)
			}
		}
	})
}

func TestIsIssuerLine(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"IL DIRIGENTE", true},
		{"Il Responsabile del Settore Tecnico", true},
		{"IL SINDACO", true},
		{"il segretario generale dott.ssa Maria Rossi", true},
		{"IL DIRIGENTE " + strings.Repeat("à", 79), true},
		{"IL DIRIGENTE " + strings.Repeat("à", 80), false}, // 81 characters after the title
		{"IL DIRIGENTEX", false},
		{"IL DIRIGENTE n. 45", false}, // digits are no office
		{"VISTO IL DIRIGENTE", false},
	}
	// The pattern as it was, with the count in the pattern.
	bounded := regexp.MustCompile(`(?i)^il\s*(?:dirigente|responsabile|sindaco|segretario)\b[\p{L}'’ .\-–]{0,80}$`)
	for _, tt := range tests {
		if got := isIssuerLine(tt.text); got != tt.want {
			t.Errorf("isIssuerLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
		if got, want := isIssuerLine(tt.text), bounded.MatchString(tt.text); got != want {
			t.Errorf("isIssuerLine(%q) = %v, the bounded pattern says %v", tt.text, got, want)
		}
	}
}

// TestImmediateExecutivity: the words acts declare immediate executivity
// in, and the law they cite for it, named by number or as the TUEL.
func TestImmediateExecutivity(t *testing.T) {
	tests := []struct {
		decision  string
		executive bool
		article   string
	}{
		{"1. di dichiarare la presente deliberazione immediatamente eseguibile.", true, ""},
		{"1. di rendere il presente atto immediatamente esecutivo.", true, ""},
		{"1. di conferire al presente atto immediata eseguibilità ai sensi dell'art. 134, comma 4, del TUEL.", true, "art. 134, comma 4, D.Lgs. 267/2000"},
		{"1. di dichiarare il presente atto immediatamente eseguibile, ai sensi dell'art. 134, 4° comma, del D.Lgs. n. 267/2000.", true, "art. 134, comma 4, D.Lgs. 267/2000"},
		{"1. di approvare il piano.", false, ""},
		// the vote on executivity after the points, its counts over a line's end
		{"1. di approvare il piano.\nSuccessivamente, con separata votazione, con voti favorevoli n. 11, contrari n.\n4 (Rossi, Verdi), la presente deliberazione è dichiarata\nimmediatamente eseguibile.", true, ""},
	}
	for _, tt := range tests {
		a := parseLines(t, "COMUNE DI BORGO", "DELIBERAZIONE DELLA GIUNTA COMUNALE N. 7 DEL 02/03/2026", "OGGETTO: Piano.",
			"LA GIUNTA COMUNALE", "Con voti unanimi", "DELIBERA", tt.decision)
		if a.ImmediatelyExecutive != tt.executive || a.ExecutiveArticle != tt.article {
			t.Errorf("%q: executive %v under %q, want %v under %q", tt.decision, a.ImmediatelyExecutive, a.ExecutiveArticle, tt.executive, tt.article)
		}
	}
}

// TestSubjectBesideNumberBox: a box left of the subject prints the act's
// number in large type on the subject's last line ("41" | "PISTA
// CICLOPEDONALE …"); the subject's lines go on, measured by their own
// type, not the figure's.
func TestSubjectBesideNumberBox(t *testing.T) {
	doc := textDocument("COMUNE DI MOTTA DI LIVENZA\n        VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE\n" +
		"Numero      OGGETTO: APPROVAZIONE DEL PROGETTO DEI LAVORI DI\n" +
		"                     MESSA IN SICUREZZA DELLA\n" +
		"  41                 PISTA CICLOPEDONALE DI VIA CAVALLOTTI\n\n" +
		"L'anno duemilaventisei, il giorno dodici del mese di marzo, si è riunita la Giunta Comunale.\n")
	for i, r := range doc.Pages[0].Runs {
		if r.Text == "41" {
			doc.Pages[0].Runs[i].Size = 20
		}
	}
	want := "APPROVAZIONE DEL PROGETTO DEI LAVORI DI MESSA IN SICUREZZA DELLA PISTA CICLOPEDONALE DI VIA CAVALLOTTI"
	if a := ParseAct(doc); a == nil || a.Subject != want {
		t.Errorf("got %+v, want subject %q", a, want)
	}
}

// TestSubjectInFormRow: a subject printed as a form's value, right of its
// label, takes no line of the rows above or below it; a label centred
// beside its subject takes the subject's line above it.
func TestSubjectInFormRow(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"the value of the row above wraps onto a line of its own",
			"COMUNE DI ERICE\n                RELATA DI PUBBLICAZIONE\n" +
				"Numero Atto (Reg. Gen.)       73\n\n" +
				"Settore proponente            III SETTORE – SERVIZI TECNICI E MANUTENTIVI\n" +
				"                              (Determinazione di Settore n. 12 del 19/01/2026)\n\n" +
				"Oggetto                       Affidamento diretto del servizio di manutenzione ordinaria degli\n" +
				"                              impianti di pubblica illuminazione – impegno di spesa\n" +
				"Periodo di pubblicazione      dal 22/01/2026 al 06/02/2026\n\n" +
				"Il sottoscritto Messo Comunale, visti gli atti d'ufficio,\n",
			"Affidamento diretto del servizio di manutenzione ordinaria degli impianti di pubblica illuminazione – impegno di spesa"},
		{"the labels' colons at the head of the values' column, a longer label's beside it",
			"COMUNE DI LOZZO ATESTINO\n                CERTIFICATO DI PUBBLICAZIONE\n\n" +
				"Numero                   :   58\n" +
				"Oggetto                  :   Approvazione del progetto esecutivo dei lavori di sistemazione\n" +
				"                             del sagrato e della piazza di Valbona\n" +
				"Registro pubblicazioni : n. 611\n" +
				"Pubblicato dal           :   07/09/2026\n\n" +
				"Il sottoscritto Segretario Comunale, visti gli atti d'ufficio,\n",
			"Approvazione del progetto esecutivo dei lavori di sistemazione del sagrato e della piazza di Valbona"},
		{"the form's next row labelled with a colon, the subject beside its label",
			"CITTÀ DI CUNEO\n                CERTIFICATO DI AVVENUTA PUBBLICAZIONE\n" +
				"Numero:                      298\n" +
				"Oggetto:                     VARIAZIONE AL PIANO ESECUTIVO DI GESTIONE 2026/2028 - ASSEGNAZIONE\n" +
				"                             RISORSE PER IL PROGETTO \"CUNEO CITTÀ DEL NATALE 2026\"\n" +
				"N. registro pubblicazione:   4127\n" +
				"Il sottoscritto Segretario Generale, visti gli atti d'ufficio,\n",
			"VARIAZIONE AL PIANO ESECUTIVO DI GESTIONE 2026/2028 - ASSEGNAZIONE RISORSE PER IL PROGETTO \"CUNEO CITTÀ DEL NATALE 2026\""},
		{"a justified line under the label, a word where the values stand",
			"COMUNE DI BORGO\nDETERMINAZIONE N. 12 DEL 03/02/2026\n" +
				"OGGETTO:     AFFIDAMENTO DEL SERVIZIO DI MANUTENZIONE DEGLI IMPIANTI DI ILLUMINAZIONE DEL\n" +
				"SERVIZIO    DI PREVENZIONE E PROTEZIONE SUI LUOGHI DI LAVORO.\n\nIL DIRIGENTE\n",
			"AFFIDAMENTO DEL SERVIZIO DI MANUTENZIONE DEGLI IMPIANTI DI ILLUMINAZIONE DEL SERVIZIO DI PREVENZIONE E PROTEZIONE SUI LUOGHI DI LAVORO."},
		{"the label centred beside a subject of four lines, two above it",
			"COMUNE DI PACHINO\n                CERTIFICATO DI ESECUTIVITÀ\n" +
				"Numero             203\n" +
				"                   Approvazione dello schema di protocollo d'intesa con l'Istituto di\n" +
				"                   Istruzione Superiore \"Michelangelo Bartolo\" per lo svolgimento di\n" +
				"Oggetto\n" +
				"                   percorsi per le competenze trasversali e l'orientamento (PCTO) presso\n" +
				"                   gli uffici comunali – anno scolastico 2025/2026.\n" +
				"Pubblicazione      Albo Pretorio on line dal 29/11/2025 al 14/12/2025\n\n" +
				"Visti gli atti d'ufficio,\n",
			"Approvazione dello schema di protocollo d'intesa con l'Istituto di Istruzione Superiore \"Michelangelo Bartolo\" per lo svolgimento di percorsi per le competenze trasversali e l'orientamento (PCTO) presso gli uffici comunali – anno scolastico 2025/2026."},
		{"a register's box beside the subject, its label and value on the subject's lines",
			"CITTÀ DI COSSATO\nVERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE                     N. 47\n" +
				"OGGETTO: APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-               Data\n" +
				"ECONOMICA PER LA RIQUALIFICAZIONE DELL'AREA GIOCHI DEL PARCO          19/03/2026\n" +
				"COMUNALE DI VIA MARCONI.\n\n" +
				"L'anno duemilaventisei, addì diciannove del mese di marzo, si è riunita la Giunta Comunale.\n",
			"APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DELL'AREA GIOCHI DEL PARCO COMUNALE DI VIA MARCONI."},
		{"the label indented as a paragraph's first line, the subject's next lines at the margin",
			"COMUNE DI GENZANO DI ROMA\nATTESTATO DI PUBBLICAZIONE\n\n" +
				"          Oggetto: APPROVAZIONE DEL PIANO TRIENNALE DEGLI INTERVENTI DI\n" +
				"MANUTENZIONE STRAORDINARIA DELLE STRADE COMUNALI 2026-2028 E\n" +
				"VARIAZIONE AL DOCUMENTO UNICO DI PROGRAMMAZIONE.\n\n" +
				"                         IL MESSO COMUNALE\n",
			"APPROVAZIONE DEL PIANO TRIENNALE DEGLI INTERVENTI DI MANUTENZIONE STRAORDINARIA DELLE STRADE COMUNALI 2026-2028 E VARIAZIONE AL DOCUMENTO UNICO DI PROGRAMMAZIONE."},
		{"a word the line's end broke, printed whole elsewhere in the act",
			"COMUNE DI MONTEGRANARO\nDELIBERAZIONE DEL CONSIGLIO COMUNALE N. 21 DEL 29/04/2026\n" +
				"OGGETTO: Approvazione della variante per la zona arti-\ngianale di Villa Luciani.\n\n" +
				"IL CONSIGLIO COMUNALE\nPremesso che la zona artigianale di Villa Luciani è satura;\n",
			"Approvazione della variante per la zona artigianale di Villa Luciani."},
		{"a compound broken at its hyphen, printed whole nowhere",
			"COMUNE DI LAMEZIA\nDETERMINAZIONE N. 21 DEL 29/07/2026\n" +
				"OGGETTO: Presa d'atto degli oggetti rinvenuti nel periodo aprile-\ngiugno 2026.\n\n" +
				"IL DIRIGENTE\nPremesso che gli oggetti sono custoditi;\n",
			"Presa d'atto degli oggetti rinvenuti nel periodo aprile-giugno 2026."},
		{"a column's date left of the subject's next line is no part of it",
			"COMUNE DI AVELLA\nDETERMINAZIONE N. 145 DEL 27/02/2026\n" +
				"          OGGETTO: Acquisto di hardware e software per l'anno 2026 - Determina di\n" +
				"27/02/2026          LIQUIDAZIONE\n\nIL RESPONSABILE DEL SERVIZIO\n",
			"Acquisto di hardware e software per l'anno 2026 - Determina di LIQUIDAZIONE"},
		{"a justified subject's words set apart are no register's box",
			"COMUNE DI BORGO\nDETERMINAZIONE N. 12 DEL 03/02/2026\n" +
				"OGGETTO: AFFIDAMENTO DEL SERVIZIO DI PULIZIA           DEGLI UFFICI\n" +
				"COMUNALI E DELLA BIBLIOTECA           PER L'ANNO 2026.\n\nIL DIRIGENTE\n",
			"AFFIDAMENTO DEL SERVIZIO DI PULIZIA DEGLI UFFICI COMUNALI E DELLA BIBLIOTECA PER L'ANNO 2026."},
		{"the label centred beside its subject",
			"CITTÀ DI BITONTO\n                DELIBERAZIONE DELLA GIUNTA COMUNALE\n" +
				"Numero             143                  Data                 30/07/2025\n\n" +
				"                   ATTO DI INDIRIZZO PER L'ORGANIZZAZIONE DELLA RASSEGNA \"ESTATE\n" +
				"Oggetto            BITONTINA 2025\" E CONCESSIONE DEL PATROCINIO GRATUITO ALLE\n" +
				"                   ASSOCIAZIONI DEL TERRITORIO\n\n" +
				"L'anno duemilaventicinque, il giorno trenta del mese di luglio, alle ore 10:45, nella Sede Comunale,\n",
			"ATTO DI INDIRIZZO PER L'ORGANIZZAZIONE DELLA RASSEGNA \"ESTATE BITONTINA 2025\" E CONCESSIONE DEL PATROCINIO GRATUITO ALLE ASSOCIAZIONI DEL TERRITORIO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ParseAct(textDocument(tt.text))
			if a == nil || a.Subject != tt.want {
				t.Errorf("subject:\n got %+v\nwant %q", a, tt.want)
			}
		})
	}
}

// TestFramedMinute: a fixed-width report's boxes drawn with bars and
// rules of characters, around its subject and between its roll's
// columns, are no text of the subject or the rows.
func TestFramedMinute(t *testing.T) {
	for _, tt := range []struct {
		name, bar string
		want      int // attendees read
	}{
		{"framed by bars", "|", 2},
		{"not framed", " ", 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.ReplaceAll(`COMUNE DI SANTA TERESA GALLURA
+------------------------------------------------------------------+
| DELIBERAZIONE DELLA GIUNTA COMUNALE N. 41 DEL 12/03/2026         |
+------------------------------------------------------------------+
| OGGETTO: CONCESSIONE IN USO TEMPORANEO DEI LOCALI DELL'EX        |
|          CASERMA DI VIA ANGIOY.                                  |
+------------------------------------------------------------------+
L'ANNO 2026 IL GIORNO 12 DEL MESE DI MARZO SI E' RIUNITA LA GIUNTA COMUNALE.
+----+----------------------+-------------+----------+---------+
| N. | COGNOME E NOME       | QUALIFICA   | PRESENTE | ASSENTE |
| 1  | DEIANA GIOVANNI      | SINDACO     |          | SI      |
| 2  | ORECCHIONI FRANCESCA | VICESINDACO | SI       |         |
+----+----------------------+-------------+----------+---------+
LA GIUNTA COMUNALE
DELIBERA
`, "|", tt.bar)
			a := ParseAct(textDocument(text))
			if a == nil {
				t.Fatal("no act")
			}
			if want := "CONCESSIONE IN USO TEMPORANEO DEI LOCALI DELL'EX CASERMA DI VIA ANGIOY."; a.Subject != want {
				t.Errorf("subject %q, want %q", a.Subject, want)
			}
			var rows []string
			for _, at := range a.Attendees {
				rows = append(rows, fmt.Sprintf("%s|%s|%v", at.Name, at.Role, at.Present))
			}
			if want := []string{"DEIANA GIOVANNI|SINDACO|false", "ORECCHIONI FRANCESCA|VICESINDACO|true"}; strings.Join(rows, ";") != strings.Join(want, ";") {
				t.Errorf("attendees %q, want %q", rows, want)
			}
		})
	}
}

// TestWithoutBlanks: a form's blanks of underscores are no words.
func TestWithoutBlanks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"trasporto sociale - anno 2026. _____________", "trasporto sociale - anno 2026."},
		{"n. 29 __________ del 05/03/2026", "n. 29 del 05/03/2026"},
		{"anno____", "anno"},
		{"n. ___23___ del ___05/03/2026", "n. 23 del 05/03/2026"},
		{"nome_file e a_b", "nome_file e a_b"},
	}
	for _, tt := range tests {
		if got := withoutBlanks(tt.in); got != tt.want {
			t.Errorf("withoutBlanks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWithoutFrames: the sides of a box drawn with box-drawing characters,
// a word of their own at one place on three lines or more, are taken off
// the lines; a bar on fewer lines is the text's.
func TestWithoutFrames(t *testing.T) {
	run := func(x float64, text string) pdftext.Run {
		return pdftext.Run{X: x, Y: 700, W: 6 * float64(utf8.RuneCountInString(text)), Size: 10, Text: text}
	}
	line := func(runs ...pdftext.Run) pdftext.Line { return pdftext.NewLine(1, runs) }
	tests := []struct {
		name  string
		lines []pdftext.Line
		want  []string
	}{
		{"a box's sides; a bar within a line of the text stays", []pdftext.Line{
			line(run(52, "│ AREA TECNICA"), run(500, "│")),
			line(run(52, "│ SERVIZIO LAVORI PUBBLICI"), run(500, "│")),
			line(run(52, "│"), run(64, "DETERMINAZIONE DEL RESPONSABILE"), run(500, "│")),
			line(run(52, "Seduta │ Proposta")),
		}, []string{"AREA TECNICA", "SERVIZIO LAVORI PUBBLICI", "DETERMINAZIONE DEL RESPONSABILE", "Seduta │ Proposta"}},
		// Each line opening and closing with a bar; a bar within a line
		// of the text, on two lines, stays.
		{"a box of two lines typed with bars", []pdftext.Line{
			line(run(52, "| DELIBERAZIONE DEL CONSIGLIO COMUNALE      N. 4/2026 R.G."), run(500, "|")),
			line(run(52, "| SEDUTA DEL 30/01/2026     ORE 20:30"), run(500, "|")),
			line(run(52, "Seduta"), run(120, "| Proposta")),
			line(run(52, "Data"), run(120, "| Numero")),
		}, []string{"DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 4/2026 R.G.", "SEDUTA DEL 30/01/2026 ORE 20:30", "Seduta | Proposta", "Data | Numero"}},
		// A report's roll whose role fills its cell up to the bar that
		// closes it, the mark one space on: that bar is a column's rule
		// too.
		{"a cell filled up to its bar", []pdftext.Line{
			line(run(52, "| CAGNASSO Luca   | Consigliere| X |   |")),
			line(run(52, "| BORGOGNO Enrico | Consigliere|   | X |")),
			line(run(52, "| PRUNOTTO Fabio  | Consigliere| X |   |")),
		}, []string{"CAGNASSO Luca Consigliere X", "BORGOGNO Enrico Consigliere X", "PRUNOTTO Fabio Consigliere X"}},
		{"a framed line's bar glued to the words on both sides", []pdftext.Line{
			line(run(52, "|COMPONENTE  |P/A|COMPONENTE  |P/A|")),
			line(run(52, "|MULTARI G.  | P |SCALI V.    | P |")),
			line(run(52, "|FUTIA C.    | P |ZAPPIA D.   | A |")),
		}, []string{"COMPONENTE P/A COMPONENTE P/A", "MULTARI G. P SCALI V. P", "FUTIA C. P ZAPPIA D. A"}},
		// A box of two lines between its rules, the registers beside it:
		// its corners stand where its sides do, "−" a2ps's hyphen.
		{"a box of two lines between rules, text beside it", []pdftext.Line{
			line(run(52, "+----------------------+")),
			line(run(52, "| AREA FINANZIARIA     |"), run(220, "REGISTRO GENERALE N. 812")),
			line(run(52, "| UFFICIO RAGIONERIA   |"), run(220, "REGISTRO DI AREA N. 31")),
			line(run(52, "+−−−−−−−−−−−−−−−−−−−−−−+"), run(220, "PROPOSTA N. 290")),
		}, []string{"+----------------------+", "AREA FINANZIARIA REGISTRO GENERALE N. 812", "UFFICIO RAGIONERIA REGISTRO DI AREA N. 31", "+−−−−−−−−−−−−−−−−−−−−−−+ PROPOSTA N. 290"}},
		{"a plus in the text is no corner", []pdftext.Line{
			line(run(52, "| A + B |"), run(220, "X")),
			line(run(52, "| C + D |"), run(220, "Y")),
		}, []string{"| A + B | X", "| C + D | Y"}},
	}
	for _, tt := range tests {
		var got []string
		for _, l := range withoutFrames(tt.lines) {
			got = append(got, l.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: lines %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestPointsAcrossLines: a dispositive part keeps its points and its
// executivity vote across line breaks. In a minute printed in capitals,
// where every line reads as a heading, a line that goes on with the
// sentence above is none ("… LE TARIFFE PER" over "L’UTILIZZO DEGLI …",
// "… NEL TESTO" over "ALLEGATO SOTTO LA LETTERA A);"), nor one whose
// first word opens with an article's letters ("LAVORAS 2026"), a
// heading only after its article and a space; and a word that
// typesetting hyphenated at a line's end ("immediata-" / "mente
// eseguibile") is read whole.
func TestPointsAcrossLines(t *testing.T) {
	const head = `COMUNE DI CASALE
DELIBERAZIONE DELLA GIUNTA COMUNALE N. 58 DEL 11/03/2026
OGGETTO: APPROVAZIONE TARIFFE.

LA GIUNTA COMUNALE
PREMESSO CHE IL COMUNE E' PROPRIETARIO DI IMPIANTI SPORTIVI;
D E L I B E R A
`
	for _, c := range []struct {
		name, decision string
		points         int
		firstPoint     string
	}{
		{"a capital line after a word no sentence ends with", `1) DI APPROVARE, PER LE MOTIVAZIONI ESPOSTE IN PREMESSA, LE TARIFFE PER
   L’UTILIZZO DEGLI IMPIANTI SPORTIVI COMUNALI;
2) DI STABILIRE CHE LE NUOVE TARIFFE SI APPLICANO DAL 01/09/2026;
3) DI DARE ATTO CHE LE ENTRATE SONO ACCERTATE AL CAP. 3015/10.
SUCCESSIVAMENTE, CON SEPARATA VOTAZIONE UNANIME, LA GIUNTA COMUNALE DICHIARA LA
PRESENTE DELIBERAZIONE IMMEDIATAMENTE ESEGUIBILE.
`, 3, "DI APPROVARE, PER LE MOTIVAZIONI ESPOSTE IN PREMESSA, LE TARIFFE PER L’UTILIZZO DEGLI IMPIANTI SPORTIVI COMUNALI;"},
		{"a capital line that closes the sentence above", `1) DI APPROVARE LE MODIFICHE AL REGOLAMENTO, NEL TESTO
   ALLEGATO SOTTO LA LETTERA A);
2) DI STABILIRE CHE LE MODIFICHE HANNO EFFICACIA DAL 01/05/2026.
INOLTRE, CON SEPARATA VOTAZIONE, LA PRESENTE DELIBERAZIONE E’ DICHIARATA
IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL’ART. 134, COMMA 4, DEL D.LGS. 267/2000.
`, 2, "DI APPROVARE LE MODIFICHE AL REGOLAMENTO, NEL TESTO ALLEGATO SOTTO LA LETTERA A);"},
		{"a capital line whose first word opens with an article's letters", `1) DI APPROVARE IL PROGETTO "CANTIERE DI NUOVA ATTIVAZIONE - PROGRAMMA
   LAVORAS 2026" PREDISPOSTO DALL’AREA TECNICA, DELL’IMPORTO COMPLESSIVO DI
   EURO 96.400,00;
2) DI DEMANDARE AL RESPONSABILE DELL’AREA TECNICA GLI ATTI CONSEGUENTI.
INOLTRE, CON SEPARATA VOTAZIONE UNANIME, DELIBERA DI DICHIARARE LA
PRESENTE DELIBERAZIONE IMMEDIATAMENTE ESEGUIBILE.
`, 2, "DI APPROVARE IL PROGETTO \"CANTIERE DI NUOVA ATTIVAZIONE - PROGRAMMA LAVORAS 2026\" PREDISPOSTO DALL’AREA TECNICA, DELL’IMPORTO COMPLESSIVO DI EURO 96.400,00;"},
		{"a word hyphenated at the line's end", `1. di approvare le tariffe degli impianti sportivi;
2. di stabilire che si applicano dal 01/09/2026.
Inoltre, con successiva votazione unanime, la presente deliberazione viene dichiarata immediata-
mente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.
`, 2, "di approvare le tariffe degli impianti sportivi;"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := ParseAct(textDocument(head + c.decision))
			if a == nil || len(a.OperativePoints) != c.points || !a.ImmediatelyExecutive {
				t.Fatalf("got %+v, want %d points, immediately executive", a, c.points)
			}
			if got := a.OperativePoints[0].Text; got != c.firstPoint {
				t.Errorf("point 1 %q, want %q", got, c.firstPoint)
			}
		})
	}
}

// TestFrameSides: a frame's side is where three bars or more stand within
// a point of each other; a page of many bars, each at its own place, has
// none.
func TestFrameSides(t *testing.T) {
	tests := []struct {
		name string
		bars []float64
		want []float64
	}{
		{"a side and two stray bars", []float64{10, 50, 10.5, 200, 11, 50, 10.8}, []float64{10}},
		{"two sides", []float64{520.6, 40, 40, 520.6, 40, 520.6}, []float64{40, 520.6}},
		{"too few", []float64{40, 40}, nil},
	}
	for _, tt := range tests {
		if got := frameSides(tt.bars); !slices.Equal(got, tt.want) {
			t.Errorf("%s: sides %v, want %v", tt.name, got, tt.want)
		}
	}
	sides := []float64{10, 40}
	for _, tt := range []struct {
		x    float64
		want bool
	}{{10.9, true}, {9, true}, {11.2, false}, {39.5, true}, {100, false}} {
		if got := atSide(sides, tt.x); got != tt.want {
			t.Errorf("atSide(%v, %v) = %v, want %v", sides, tt.x, got, tt.want)
		}
	}
	many := make([]float64, 100_000) // a hostile page: sorted and swept, not paired
	for i := range many {
		many[i] = float64(i) * 3
	}
	if got := frameSides(many); len(got) != 0 {
		t.Errorf("%d bars each at its own place: sides %v, want none", len(many), got[:min(len(got), 5)])
	}
}

// TestExecutivityField: a header's field stating the act's executivity
// declares it immediately executive only where it says so.
func TestExecutivityField(t *testing.T) {
	tests := []struct {
		field string
		want  bool
	}{
		{"Esecutività                Immediatamente esecutiva", true},
		{"ESECUTIVITA' ....................: IMMEDIATAMENTE ESEGUIBILE", true},
		{"Esecutività                08/05/2026", false},
	}
	for _, tt := range tests {
		a := parseLines(t, "AZIENDA SANITARIA LOCALE DI POTENZA", "DETERMINAZIONE DIRIGENZIALE N. 412 DEL 16/03/2026", tt.field, "OGGETTO: Fornitura di carrelli.", signedBody)
		if a.ImmediatelyExecutive != tt.want {
			t.Errorf("%q: immediately executive %v, want %v", tt.field, a.ImmediatelyExecutive, tt.want)
		}
	}
}

// TestLetterheadRepeatedOnTwoPages: a document of two pages repeats its
// letterhead atop the second, between the dispositive part's heading at
// the first page's foot and its points: too short for repetition over
// three pages to tell, the second page's top lines that repeat the
// first's are furniture.
func TestLetterheadRepeatedOnTwoPages(t *testing.T) {
	letterhead := "COMUNE DI GASSINO TORINESE\nCittà Metropolitana di Torino\nPiazza Chiabrera 2 - 10090 Gassino Torinese (TO)\n"
	a := ParseAct(textDocument(letterhead + `DELIBERAZIONE DELLA GIUNTA COMUNALE N. 47 DEL 09/04/2026
OGGETTO: Messa in sicurezza del marciapiede di via Chivasso.
LA GIUNTA COMUNALE
Visto il progetto di fattibilità tecnico-economica;
DELIBERA` + "\f" + letterhead + `1. di approvare il progetto di fattibilità tecnico-economica;
2. di dare atto che la spesa trova copertura nel bilancio 2026;
3. di dichiarare la presente immediatamente eseguibile.`))
	if a == nil {
		t.Fatal("no act")
	}
	if len(a.OperativePoints) != 3 || a.OperativePoints[0].Text != "di approvare il progetto di fattibilità tecnico-economica;" {
		t.Errorf("points %+v; want 3, the first with no letterhead", a.OperativePoints)
	}
}

// TestPlaceAndWordsDate: a closing place-and-date line whose date is in
// words dates the act; a French or German line, a sentence, a place too
// long, do not.
func TestPlaceAndWordsDate(t *testing.T) {
	tests := []struct{ line, place, date string }{
		{"Funes, addì quattordici maggio duemilaventisei", "Funes", "2026-05-14"},
		{"Saint-Pierre, dodici maggio duemilaventisei", "Saint-Pierre", "2026-05-12"},
		{"Calatafimi Segesta, lì 10 marzo duemilaventisei", "Calatafimi Segesta", "2026-03-10"},
		{"Ovaro, il giorno tredici del mese di maggio dell'anno duemilaventisei", "Ovaro", "2026-05-13"},
		{"Dato in Sasso di Castalda, dalla Residenza Municipale, addì ventuno del mese di settembre dell'anno duemilaventisei.", "Sasso di Castalda", "2026-09-21"},
		{"Dato a Pietrapertosa, dalla Sede comunale, lì 3 marzo duemilaventisei", "Pietrapertosa", "2026-03-03"},
		{"Dalla Casa comunale, Bonarcado, lì venti luglio duemilaventisei", "Bonarcado", "2026-07-20"},
		{"Accadia, addì dieci del mese di marzo duemilaventisei (10.3.2026)", "Accadia", "2026-03-10"},          // the figures after the words, in brackets
		{"Dato in Pontelandolfo dalla Residenza Municipale, addì 30 marzo 2026", "Pontelandolfo", "2026-03-30"}, // the town hall after the place, no comma between them
		{"Dato in Bagnone, addì diciotto del mese di marzo dell’anno duemilaventisei (18 marzo 2026).", "Bagnone", "2026-03-18"},
		{"Saint-Pierre, le douze mai deux mille vingt-six", "", ""},
		{"Villnöß, am vierzehnten Mai zweitausendsechsundzwanzig", "", ""},
		{"Si comunica, inoltre, che il termine scade", "", ""},
		{"Funes, trentadue maggio duemilaventisei", "", ""},
	}
	for _, tt := range tests {
		place, date, ok := placeAndWordsDate(tt.line)
		if place != tt.place || date != tt.date || ok != (tt.date != "") {
			t.Errorf("%q: %q %q %v, want %q %q", tt.line, place, date, ok, tt.place, tt.date)
		}
	}
}

// FuzzPlaceAndWordsDate: any line reads as a place and a real date, the
// place a part of the line, or as nothing.
func FuzzPlaceAndWordsDate(f *testing.F) {
	for _, s := range []string{"Funes, addì quattordici maggio duemilaventisei", "Saint-Pierre, dodici maggio duemilaventisei", "Roma, 3 marzo 2020", "A, b c d", "Dato a Roma, dalla Sede comunale, lì tre marzo duemilaventi"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		place, date, ok := placeAndWordsDate(line)
		if !ok {
			if place != "" || date != "" {
				t.Errorf("%q: not read, yet %q %q", line, place, date)
			}
			return
		}
		if _, err := time.Parse("2006-01-02", date); err != nil || !strings.Contains(line, place) || place == "" {
			t.Errorf("%q: read %q %q", line, place, date)
		}
	})
}

// TestProtocolStampDate: a notice or a letter with no other date is dated
// by its protocol's stamp, its month in figures or in words right after
// the protocol's number; a Protezione Civile's date is no protocol's.
func TestProtocolStampDate(t *testing.T) {
	tests := []struct{ stamp, want string }{
		{"Prot. n. 905 del 20/02/2026", "2026-02-20"},
		{"Prot. n. 905 del 20 febbraio 2026", "2026-02-20"},
		{"Protocollo n. 905 in data 20 febbraio 2026", "2026-02-20"},
		{"Servizio associato di Protezione Civile – SABATO 9 MAGGIO 2026", ""},
	}
	for _, tt := range tests {
		text := "COMUNE DI CIVITANOVA DEL SANNIO\nProvincia di Isernia\n" + tt.stamp + "\n                          Ai Consiglieri comunali\n" +
			"OGGETTO: Convocazione del Consiglio Comunale in sessione ordinaria.\nAi sensi dell'art. 39 del D.Lgs. 267/2000, la S.V. è invitata alla seduta.\n"
		if a := ParseAct(textDocument(text)); a == nil || a.Date != tt.want {
			t.Errorf("%q: got %+v, want date %q", tt.stamp, a, tt.want)
		}
	}
}
