package extract

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
	"github.com/openalbo/albo/internal/pdfgen"
)

// placedText is a stretch of text where a page draws it.
type placedText struct {
	page int // 0-based
	x, y float64
	text string
}

// Layout of the drawn pages: one character is half an em of 11 points, as
// the reader estimates Helvetica.
const drawnSize, drawnCharWidth, drawnLineStep = 11.0, 5.5, 14.0

// layoutText places text laid out as on a page: every stretch of text
// between gaps of two spaces or more is drawn where it stands. A line that
// starts with "~" stands half a line below the one above (a role printed
// over two lines around its row); a line that starts with "=" is drawn as
// one string, its cells padded with spaces, as some producers draw rows;
// a line that starts with "§" starts a new page.
func layoutText(text string) []placedText {
	var out []placedText
	y, page := 800.0, 0
	for _, line := range strings.Split(text, "\n") {
		if rest, ok := strings.CutPrefix(line, "§"); ok {
			line, y, page = rest, 800, page+1
		}
		step := drawnLineStep
		if rest, ok := strings.CutPrefix(line, "~"); ok {
			line, step = " "+rest, drawnLineStep/2
		}
		y -= step
		if rest, ok := strings.CutPrefix(line, "="); ok {
			out = append(out, placedText{page, 40 + drawnCharWidth, y, rest})
			continue
		}
		for _, loc := range drawnCellRE().FindAllStringIndex(line, -1) {
			x := 40 + drawnCharWidth*float64(len([]rune(line[:loc[0]])))
			out = append(out, placedText{page, x, y, line[loc[0]:loc[1]]})
		}
	}
	return out
}

// drawnPDF draws text laid out as on a page (layoutText) into a real PDF
// with the project's writer and reads it back, so that the tables below
// are read from positioned cells as real files are.
func drawnPDF(t testing.TB, text string) *pdftext.File {
	t.Helper()
	doc := pdfgen.New()
	doc.SetInfo("Producer", "albo attendance test")
	var pages []*pdfgen.Page
	for _, p := range layoutText(text) {
		for len(pages) <= p.page {
			pages = append(pages, doc.AddPage(595, 842))
		}
		pages[p.page].Text(p.x, p.y, drawnSize, pdfgen.Helvetica, p.text)
	}
	data := doc.Bytes()
	d, err := pdftext.Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// drawnCellRE is a stretch of text without a gap of two spaces.
var drawnCellRE = lazyRegexp(`\S+(?: \S+)*`)

const drawnHeading = `COMUNE DI BORGO
VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE N. 7 DEL 02/03/2026
OGGETTO: Approvazione del piano.
L'anno duemilaventisei, il giorno due del mese di marzo, alle ore 10:00, si è riunita la Giunta Comunale.
`

// attendeeRows writes rows as "NAME | ROLE | present" for a readable diff.
func attendeeRows(rows []Attendee) string {
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "%s | %s | %v\n", r.Name, r.Role, r.Present)
	}
	return b.String()
}

// TestAttendanceShapes reads every shape of attendance table (and the
// prose lists) from drawn pages: the rows, in order, with role and
// presence, the declared counts, and a president free of table marks.
func TestAttendanceShapes(t *testing.T) {
	tests := []struct {
		name             string
		page             string
		want             string
		present, absent  int
		president, voted string
	}{
		{"Si/No column, role first, counts below", `
All'appello nominale risulta:
      CARICA          COGNOME E NOME                 PRESENTE
      Il Sindaco      ROSSI MARIO                       Si
      L'Assessore     BIANCHI ANNA                      No
      L'Assessore     LA ROSA PIETRO                    Si
Presenti n° 2 Assenti n° 1
Assume la Presidenza Il Sindaco ROSSI MARIO, il quale dichiara aperta la seduta.
con votazione palese unanime favorevole
DELIBERA`, `ROSSI MARIO | Il Sindaco | true
BIANCHI ANNA | L'Assessore | false
LA ROSA PIETRO | L'Assessore | true
`, 2, 1, "Sindaco|ROSSI MARIO", "unanimous"},

		{"an assembly's two blocks with each member's Comune and weighted votes", `
All'appello nominale risultano presenti i rappresentanti dei Comuni di seguito indicati:
N.   Nominativo            Comune          Qualifica  Voti  P/A   N.   Nominativo          Comune             Qualifica  Voti  P/A
1    TOGNOLINI PAOLO       Aprica          Sindaco    55    P     3    COLTURI DAVIDE      Sernio             Sindaco    18    A
2    STRAMBINI SARA        Teglio          Delegato   159   P     4    FAIFER LUCA         Villa di Tirano    Delegato   102   P
Presenti n. 3 (voti ponderati 316) – Assenti n. 1 (voti ponderati 18)
Assume la presidenza il Presidente TOGNOLINI PAOLO.
Con voti favorevoli n. 3
DELIBERA`, `TOGNOLINI PAOLO | Sindaco | true
STRAMBINI SARA | Delegato | true
COLTURI DAVIDE | Sindaco | false
FAIFER LUCA | Delegato | true
`, 3, 1, "Presidente|TOGNOLINI PAOLO", ""},

		{"a Comune and a role set so close to the cell before that one space parts them", `
si è riunita l'Assemblea dell'Unione con l'intervento dei Signori:
N.  Nominativo             Comune                  Qualifica    P/A
1   FOIS SALVATORE         Villanova Monteleone    Sindaco      P
2   CHESSA MARIA GRAZIA Padria                     Sindaco      P
3   DETTORI ANTONELLO      Monteleone Rocca Doria Sindaco       P
4   MURA GIOVANNA          Monteleone Rocca Doria Consigliere A
5   PIRAS GIAN MARCO       Villanova Monteleone    Consigliere comunale P
Presenti n. 4 – Assenti n. 1
Presiede la seduta il Presidente FOIS SALVATORE.
Con voti unanimi favorevoli
DELIBERA`, `FOIS SALVATORE | Sindaco | true
CHESSA MARIA GRAZIA | Sindaco | true
DETTORI ANTONELLO | Sindaco | true
MURA GIOVANNA | Consigliere | false
PIRAS GIAN MARCO | Consigliere comunale | true
`, 4, 1, "Presidente|FOIS SALVATORE", "unanimous"},

		{"a report's two blocks headed \"PR AS\", with no stops, read down each block", `
Fatto l'appello nominale risultano:
COGNOME E NOME      CARICA      PR AS | COGNOME E NOME       CARICA      PR AS
---------------------------------------+---------------------------------------
BERTONE Giancarlo   Sindaco     SI     | MARTINOTTI Claudia   Consigliere SI
ROSSO Laura         Consigliere SI     | PIANA Sergio         Consigliere SI
GILARDI Piero       Consigliere SI     | GARRONE Paola        Consigliere    SI
Presenti n. 5     Assenti n. 1
Assume la presidenza il Sindaco BERTONE Giancarlo.
Con voti unanimi favorevoli
DELIBERA`, `BERTONE Giancarlo | Sindaco | true
ROSSO Laura | Consigliere | true
GILARDI Piero | Consigliere | true
MARTINOTTI Claudia | Consigliere | true
PIANA Sergio | Consigliere | true
GARRONE Paola | Consigliere | false
`, 5, 1, "Sindaco|BERTONE Giancarlo", "unanimous"},

		{"a roll in a sentence whose justified lines leave gaps as wide as a gutter", `
All'appello nominale sono presenti i Consiglieri: CAMPISI Antonino (Presidente), LO
PRESTI Maria, GERMANÀ Salvatore,          CATANIA Rosaria, SCAFFIDI Carmela,
ZINGALES Francesco, ARTALE Vincenzo,      PIDALÀ Concetta, RUSSO Benedetto; sono
assenti: MILICI Giuseppe, LANZA Agata.
Presenti n. 9, assenti n. 2.
Assume la presidenza l'avv. Antonino Campisi, Presidente del Consiglio.
Con voti unanimi favorevoli
DELIBERA`, `CAMPISI Antonino | Presidente | true
LO PRESTI Maria |  | true
GERMANÀ Salvatore |  | true
CATANIA Rosaria |  | true
SCAFFIDI Carmela |  | true
ZINGALES Francesco |  | true
ARTALE Vincenzo |  | true
PIDALÀ Concetta |  | true
RUSSO Benedetto |  | true
MILICI Giuseppe |  | false
LANZA Agata |  | false
`, 0, 0, "Presidente del Consiglio|Antonino Campisi", "unanimous"},

		{"others who attend named after the roll's count", `
All'appello nominale sono presenti i Consiglieri: CAMPISI Antonino (Presidente), LO PRESTI Maria,
GERMANÀ Salvatore; sono assenti: MILICI Giuseppe.
Presenti n. 3, assenti n. 1, su n. 4 Consiglieri assegnati e in carica.
Assume la presidenza l'avv. Antonino Campisi, Presidente del Consiglio. Sono
presenti il Sindaco, dott. Nunzio Bonfiglio, e gli Assessori Foti e Mancuso.
Con voti unanimi favorevoli
DELIBERA`, `CAMPISI Antonino | Presidente | true
LO PRESTI Maria |  | true
GERMANÀ Salvatore |  | true
MILICI Giuseppe |  | false
`, 0, 0, "Presidente del Consiglio|Antonino Campisi", "unanimous"},

		{"the table's notes under it, after a gap", `
All'appello nominale risultano:
Cognome e Nome          Carica             P    A       Cognome e Nome          Carica            P    A
CAMPISI Antonino        Presidente         X            ZINGALES Francesco      Consigliere       X
SCAFFIDI Carmela        Consigliere             X       RUSSO Benedetto         Consigliere       X

Annotazioni: RUSSO: entra alle ore 19:05

Presenti n. 3 – Assenti n. 1.
Assume la presidenza il Presidente CAMPISI Antonino.
Con voti unanimi favorevoli
DELIBERA`, `CAMPISI Antonino | Presidente | true
SCAFFIDI Carmela | Consigliere | false
ZINGALES Francesco | Consigliere | true
RUSSO Benedetto | Consigliere | true
`, 3, 1, "Presidente|CAMPISI Antonino", "unanimous"},

		{"lists of those present and absent side by side, read down", `
All'appello risultano:
                   PRESENTI                                  ASSENTI
     FUMAGALLI ROBERTA (Sindaco)                    VILLA DAVIDE (Presidente)
     CAZZANIGA ELENA                                RADAELLI PAOLA
     BRAMBILLA MARCO
     MAGNI SILVIA
Presenti n. 4            Assenti n. 2
Assume la presidenza il Sindaco Roberta Fumagalli.
Con voti unanimi favorevoli
DELIBERA`, `FUMAGALLI ROBERTA | Sindaco | true
CAZZANIGA ELENA |  | true
BRAMBILLA MARCO |  | true
MAGNI SILVIA |  | true
VILLA DAVIDE | Presidente | false
RADAELLI PAOLA |  | false
`, 4, 2, "Sindaco|Roberta Fumagalli", "unanimous"},

		{"council groups' headings between the rows of a headed table", `
All'appello risultano:
     Cognome e Nome            Carica                              Presente    Assente
     MAGGIORANZA
     Gruppo Insieme per Borgo
     FUMAGALLI ROBERTA         Sindaco                                X
     VILLA DAVIDE              Vice Presidente del Consiglio          X
     RADAELLI PAOLA            Consigliere                            X

     MINORANZA
     Gruppo Misto
     CEREDA ANDREA             Consigliere                                        X
Assume la presidenza il Sindaco Roberta Fumagalli.
Con voti unanimi favorevoli
DELIBERA`, `FUMAGALLI ROBERTA | Sindaco | true
VILLA DAVIDE | Vice Presidente del Consiglio | true
RADAELLI PAOLA | Consigliere | true
CEREDA ANDREA | Consigliere | false
`, 0, 0, "Sindaco|Roberta Fumagalli", "unanimous"},

		{"a roll without a header, council groups between its rows, going on over the page", `
Dei Consiglieri comunali risultano, come segue:
     MARINUCCI DIEGO            Sindaco                          Presente
     GRUPPO CHIETI IN COMUNE
     D'ALESSANDRO FABIO         Presidente del Consiglio         Presente
     COLANTONIO ILARIA          Consigliere                      Assente
     CIAMPOLI ALESSANDRA        Vice Presidente del Consiglio    Presente
     GRUPPO LEGA
     ZAPPACOSTA NICOLA          Consigliere                      Presente
§     GRUPPO MISTO
     PANTALONE MARINA           Consigliere                      Presente
Presenti n. 5 – Assenti n. 1
Assume la presidenza il Presidente del Consiglio Fabio D'Alessandro.
Con voti unanimi favorevoli
DELIBERA`, `MARINUCCI DIEGO | Sindaco | true
D'ALESSANDRO FABIO | Presidente del Consiglio | true
COLANTONIO ILARIA | Consigliere | false
CIAMPOLI ALESSANDRA | Vice Presidente del Consiglio | true
ZAPPACOSTA NICOLA | Consigliere | true
PANTALONE MARINA | Consigliere | true
`, 5, 1, "Presidente del Consiglio|Fabio D'Alessandro", "unanimous"},

		{"a roll without a header whose roles, with the charges held, wrap in their cells", `
si è riunita la Giunta Comunale nelle persone dei signori:
     MARINUCCI DIEGO            Sindaco                                       Presente
     DI GIOVANNI TERESA         Vice Sindaco - Assessore al Bilancio,         Presente
                                Tributi e Società Partecipate
     CUTRONA ANTONINO           Funzionario economico-finanziario –           Assente
                                Componente della Commissione
     D'ANGELO PIETRO            Assessore ai Lavori Pubblici                  Presente
Presenti n. 3 - Assenti n. 1
Presiede il Prof. Diego Marinucci, nella sua qualità di Sindaco.
Con voti unanimi favorevoli
DELIBERA`, `MARINUCCI DIEGO | Sindaco | true
DI GIOVANNI TERESA | Vice Sindaco - Assessore al Bilancio, Tributi e Società Partecipate | true
CUTRONA ANTONINO | Funzionario economico-finanziario – Componente della Commissione | false
D'ANGELO PIETRO | Assessore ai Lavori Pubblici | true
`, 3, 1, "Sindaco|Diego Marinucci", "unanimous"},

		{"a roll without a header, roles in brackets in cells of their own, the totals under the roles", `
All'appello risultano:
     VIANELLO MICHELE          (Sindaco)                 Presente
     BELLATO GIORGIA           (Consigliere)             Presente
     FERRO ALESSANDRA          (Consigliere)             Assente
                               Presenti n. 2 – Assenti n. 1
Presiede il Sindaco Michele Vianello.
Con voti unanimi favorevoli
DELIBERA`, `VIANELLO MICHELE | Sindaco | true
BELLATO GIORGIA | Consigliere | true
FERRO ALESSANDRA | Consigliere | false
`, 2, 1, "Sindaco|Michele Vianello", "unanimous"},

		{"a roll headed by its marks alone, the session's date, hour and number in a column left of it", `
Adunanza del giorno                     Componenti la Giunta
                                                                                   Pres.   Ass.
  11.01.2029
                                        FERRETTI Marco        Sindaco                       X
     ore 12:00
                                        BALDONI Chiara        Vice Sindaco          X
       N. 6                             CELLINI Roberta       Assessore             X
Proposta n. 14 del 05.01.2029
                                        MORONI Fabio          Assessore                     X
Presiede la seduta la dott.ssa Chiara Baldoni, Vice Sindaco, in assenza del Sindaco.
Con voti unanimi favorevoli
DELIBERA`, `FERRETTI Marco | Sindaco | false
BALDONI Chiara | Vice Sindaco | true
CELLINI Roberta | Assessore | true
MORONI Fabio | Assessore | false
`, 0, 0, "Vice Sindaco|Chiara Baldoni", "unanimous"},

		{"a roll across the page, each member a column: names, roles under them, marks under those, in two bands", `
si è riunita la Giunta Comunale. Risultano:
 CAMELI ROBERTO          VALLORANI SABRINA          TRAINI MATTEO
     Sindaco                Vice Sindaco               Assessore
     Presente                Presente                   Assente
 CAPRIOTTI LAURA         PIGNOTTI EMIDIO
    Assessore               Assessore
     Presente                Presente
Presenti n. 4 - Assenti n. 1
Presiede la seduta il Sig. Roberto Cameli - Sindaco.
Con voti unanimi favorevoli
DELIBERA`, `CAMELI ROBERTO | Sindaco | true
VALLORANI SABRINA | Vice Sindaco | true
TRAINI MATTEO | Assessore | false
CAPRIOTTI LAURA | Assessore | true
PIGNOTTI EMIDIO | Assessore | true
`, 4, 1, "Sindaco|Roberto Cameli", "unanimous"},

		{"numbered rows two to a line, the second block's numbers nearer the first block's marks than its names", `
Fatto l'appello nominale, risultano presenti ed assenti i Consiglieri:
              Consiglieri      Pres.   Ass.                   Consiglieri       Pres.   Ass.
   1  DI LUDOVICO ANTONIO       X            2  CICCHINO ROSA                 X
   3  PALLOTTA GIOVANNI         X            4  D'AMICO LUCIA                 X
   5  TESTA MARIO                       X   10  SANTILLI PIERO                X
Presenti n. 5 – Assenti n. 1
Assume la presidenza il Sindaco, Sig. Antonio Di Ludovico.
Con voti unanimi favorevoli
DELIBERA`, `DI LUDOVICO ANTONIO |  | true
CICCHINO ROSA |  | true
PALLOTTA GIOVANNI |  | true
D'AMICO LUCIA |  | true
TESTA MARIO |  | false
SANTILLI PIERO |  | true
`, 5, 1, "Sindaco|Antonio Di Ludovico", "unanimous"},

		{"a mark of several words glued to the role before it", `
si è riunita la Giunta Comunale nelle persone dei Signori:
        COMPONENTE               CARICA            PRESENZA
        PETRILLO GERARDO         SINDACO           Presente
        DE FEO CARMINE           ASSESSORE         Assente
        CAPONE NICOLA            ASSESSORE Presente da remoto
Presenti n. 2 - Assenti n. 1
Presiede l'adunanza l'Avv. Gerardo Petrillo in qualità di Sindaco.
Con voti unanimi favorevoli
DELIBERA`, `PETRILLO GERARDO | SINDACO | true
DE FEO CARMINE | ASSESSORE | false
CAPONE NICOLA | ASSESSORE | true
`, 2, 1, "Sindaco|Gerardo Petrillo", "unanimous"},

		{"a roll as a list, each member's mark after a colon", `
si è riunita la Giunta Comunale. Dei componenti della Giunta:
            Bartalucci Simone, Sindaco: assente
            Guerrini Elisa, Vicesindaco: presente
            Niccolini Fabio, Assessore esterno: presente
Presenti n. 2, assenti n. 1.
Assume la presidenza il Vicesindaco, Sig.ra Elisa Guerrini.
Con voti unanimi favorevoli
DELIBERA`, `Bartalucci Simone | Sindaco | false
Guerrini Elisa | Vicesindaco | true
Niccolini Fabio | Assessore esterno | true
`, 2, 1, "Vicesindaco|Elisa Guerrini", "unanimous"},

		{"a column for the absent justified, \"AG\"", `
Risultano:
      Cognome e Nome       Qualifica         P      A      AG
      BRUNI Angelo         Sindaco           X
      FERRARI Monica       Vicesindaco       X
      CASSINELLI Piero     Assessore                       X
Assume la Presidenza il Sindaco BRUNI Angelo.
Con voti unanimi favorevoli
DELIBERA`, `BRUNI Angelo | Sindaco | true
FERRARI Monica | Vicesindaco | true
CASSINELLI Piero | Assessore | false
`, 0, 0, "Sindaco|BRUNI Angelo", "unanimous"},

		{"a column for the absent justified beside the absent's, its heading in full", `
si è riunita la Giunta comunale nelle persone dei signori:
     Cognome e nome                   Carica                 Presente       Assente      Assente giustificato
1    Di Loreto Ileana                 Sindaco                                                     X
2    Gentile Pasquale                 Vicesindaco               X
3    Ricciardi Tiziana                Assessore                 X
Presenti n. 2   Assenti n. 1
Assume la presidenza, in assenza del Sindaco, il Vicesindaco sig. Pasquale Gentile.
Con voti unanimi favorevoli
DELIBERA`, `Di Loreto Ileana | Sindaco | false
Gentile Pasquale | Vicesindaco | true
Ricciardi Tiziana | Assessore | true
`, 2, 1, "Vicesindaco|Pasquale Gentile", "unanimous"},

		{"the absence heading split into justified and unjustified on the line under it", `
Sono presenti i signori:
Nominativo                   Carica                                Presente                   Assente
                                                                                     giust.             ingiust.
Fedrizzi Cristian            Sindaco                                   X
Donini Marta                 Vicesindaco                               X
Tasin Luca                   Consigliere                                               X
Zeni Paola                   Consigliere                                                                  X
Presiede il Sindaco Fedrizzi Cristian.
Con voti unanimi favorevoli
DELIBERA`, `Fedrizzi Cristian | Sindaco | true
Donini Marta | Vicesindaco | true
Tasin Luca | Consigliere | false
Zeni Paola | Consigliere | false
`, 0, 0, "Sindaco|Fedrizzi Cristian", "unanimous"},

		{"South Tyrol's justified absence in both languages, in the absence column and wrapped around its row", `
i membri della Giunta comunale.
Name / Nome                         Funktion / Funzione                                     anw. / pres.              abw. / ass.
Zöschg Rudolf                       Bürgermeister / Sindaco                                       X
Pichler Armin                       Gemeindereferent / Assessore                                                     entsch. / giust.
                                                                                                                  X (entsch. /
Mairhofer Anna                      Gemeindereferentin / Assessora
                                                                                                                     giust.)
Kollmann Judith                     Vizebürgermeisterin / Vicesindaca                             X
Assiste il Segretario comunale dott. Martin Pichler.
Con voti unanimi favorevoli
DELIBERA`, `Zöschg Rudolf | Sindaco | true
Pichler Armin | Assessore | false
Mairhofer Anna | Assessora | false
Kollmann Judith | Vicesindaca | true
`, 0, 0, "", "unanimous"},

		{"a presence heading split into its marks' columns on the line under it", `
si è riunita la Giunta comunale. All'appello risultano:
           Cognome e Nome                           Qualifica                       Presenza
                                                                                    P      A
           ROSASCO Giorgio                          Sindaco                         X
           CAVAGNARO Anna                           Vice Sindaco                    X
           GUANO Pietro                             Assessore                              X
           Totale presenti 2 – assenti 1
Assume la presidenza il Sindaco ROSASCO Giorgio.
Con voti unanimi favorevoli
DELIBERA`, `ROSASCO Giorgio | Sindaco | true
CAVAGNARO Anna | Vice Sindaco | true
GUANO Pietro | Assessore | false
`, 2, 1, "Sindaco|ROSASCO Giorgio", "unanimous"},

		{"two blocks side by side whose marks have no heading, each right of its block", `
All’appello risultano (P = presente, A = assente):
Consigliere        Comune                                              Consigliere       Comune
Bergonzi Fabio     Cortemaggiore    P                                  Gazzola Elena     Monticelli d’Ongina   P
Rossetti Lucia     Cortemaggiore    P                                  Bersani Chiara    Monticelli d’Ongina   A
Maserati Andrea    Besenzone        A                                  Groppi Davide     San Pietro in Cerro   P
Presiede il Presidente dell’Unione Fabio Bergonzi.
Con voti unanimi favorevoli
DELIBERA`, `Bergonzi Fabio |  | true
Rossetti Lucia |  | true
Maserati Andrea |  | false
Gazzola Elena |  | true
Bersani Chiara |  | false
Groppi Davide |  | true
`, 0, 0, "Presidente dell’Unione|Fabio Bergonzi", "unanimous"},

		{"one heading for the name and the role, joined by a dash", `
si è riunito il Consiglio Comunale. All'appello risultano:
Nominativo - carica                 Presenza         Modalità
GIANNELLI Francesca - Sindaco       presente         in presenza
BERTI Luca - Consigliere            presente         da remoto
TOGNETTI Paolo - Consigliere        assente giust.
Presiede la Sindaca Francesca Giannelli.
Con voti unanimi favorevoli
DELIBERA`, `GIANNELLI Francesca | Sindaco | true
BERTI Luca | Consigliere | true
TOGNETTI Paolo | Consigliere | false
`, 0, 0, "Sindaca|Francesca Giannelli", "unanimous"},

		{"a list of those present under headings of names and roles only, two blocks, an absence remarked", `
si è convocata la Giunta comunale.
Presenti i signori:
Cognome e nome                       Carica                                Cognome e nome                          Carica
MONTIBELLER MIRKO                    Sindaco                               ANDERLE PAOLO                           Assessore     assente giust.
ZOTTELE LORENA                       Vicesindaco                           TOMIO GIORGIO                           Assessore

Assiste il Segretario comunale dott. Alessandro Caumo.
Con voti favorevoli unanimi
DELIBERA`, `MONTIBELLER MIRKO | Sindaco | true
ZOTTELE LORENA | Vicesindaco | true
ANDERLE PAOLO | Assessore | false
TOMIO GIORGIO | Assessore | true
`, 0, 0, "", "unanimous"},

		{"an 80-column report's roll in two blocks parted by a bar, one space either side", `
si è riunito il Consiglio Comunale.
N. Cognome e nome      Carica       P/A | N. Cognome e nome     Carica      P/A
--------------------------------------------------------------------------------
 1 CARANCI ANTONIO     SINDACO     P | 4 ORLANDO FRANCESCA        CONSIGLIERE P
 2 PETRECCA LUCIA      CONSIGLIERE P | 5 D'ANDREA PIETRO        CONSIGLIERE P
 3 DI CRISTOFARO LUIGI CONSIGLIERE A | 6 RUSSO DOMENICO         CONSIGLIERE A
--------------------------------------------------------------------------------
Assiste il Segretario comunale dott. Mario Rossi.
Con voti unanimi favorevoli
DELIBERA`, `CARANCI ANTONIO | SINDACO | true
PETRECCA LUCIA | CONSIGLIERE | true
DI CRISTOFARO LUIGI | CONSIGLIERE | false
ORLANDO FRANCESCA | CONSIGLIERE | true
D'ANDREA PIETRO | CONSIGLIERE | true
RUSSO DOMENICO | CONSIGLIERE | false
`, 0, 0, "", "unanimous"},

		{"a report's roll in boxes, two members a line, each bar glued to the cell after it", `
pubblica di prima convocazione. Fatto l'appello nominale, risultano:
+-------------------+--------------+---+-------------------+--------------+---+
|COMPONENTE         |CARICA        |P/A|COMPONENTE         |CARICA        |P/A|
+-------------------+--------------+---+-------------------+--------------+---+
|MULTARI Giuseppe   |Sindaco       | P |SCALI Vincenzo     |Presidente    | P |
|FUTIA Caterina     |Consigliere   | P |ZAPPIA Domenico    |Consigliere   | P |
|MACRI' Antonio     |Consigliere   | A |ROMEO Grazia       |Consigliere   | P |
+-------------------+--------------+---+-------------------+--------------+---+
Partecipa il Segretario Comunale dott.ssa Anna Maria Gullace.
Con voti unanimi favorevoli
DELIBERA`, `MULTARI Giuseppe | Sindaco | true
SCALI Vincenzo | Presidente | true
FUTIA Caterina | Consigliere | true
ZAPPIA Domenico | Consigliere | true
MACRI' Antonio | Consigliere | false
ROMEO Grazia | Consigliere | true
`, 0, 0, "", "unanimous"},

		{"the justified absence's heading abbreviated, \"Assente giust.\"", `
Fatto l'appello nominale risultano:
          N.     Consigliere             Carica                      Gruppo consiliare     Presente   Assente giust.
          1      TRAINI Giuseppe         Sindaco                     Lapedona Insieme      SI
          2      BERDINI Lorena          Presidente del Consiglio    Lapedona Insieme      SI
          3      TALAMONTI Eva           Consigliere                 Lapedona Insieme                 SI
Presiede la Presidente del Consiglio BERDINI Lorena.
Con voti unanimi favorevoli
DELIBERA`, `TRAINI Giuseppe | Sindaco | true
BERDINI Lorena | Presidente del Consiglio | true
TALAMONTI Eva | Consigliere | false
`, 0, 0, "Presidente del Consiglio|BERDINI Lorena", "unanimous"},

		{"everyone present but those listed after \"ad eccezione di\": a roll of the absent alone", `
si è riunito il Consiglio comunale.
Sono presenti tutti i Consiglieri assegnati ad eccezione di: Iachelini Stefano (assente giustificato), Zanon Marta
(assente giustificato) e Podetti Luca (assente).
Assiste il Segretario comunale dott. Giorgio Menapace.
Con voti unanimi favorevoli
DELIBERA`, `Iachelini Stefano |  | false
Zanon Marta |  | false
Podetti Luca |  | false
`, 0, 0, "", "unanimous"},

		{"an Unione's roll: each member's Comune in a column, the role under \"in qualità di\"", `
si è riunita la Giunta dell'Unione, regolarmente convocata.
 Comune                         Componente                in qualità di                 Presenza
 Alto Reno Terme                CASELLI Marco             Sindaco                       presente
 Castel d'Aiano                 NANNI Paolo               Sindaco                       assente
 Lizzano in Belvedere           ZACCANTI Marco            Assessore delegato            presente
Presenti n. 2 - Assenti n. 1.
Con voti unanimi favorevoli
DELIBERA`, `CASELLI Marco | Sindaco | true
NANNI Paolo | Sindaco | false
ZACCANTI Marco | Assessore delegato | true
`, 2, 1, "", "unanimous"},

		{"a Comunità montana's roll: each Comune's \"Rappresentante\"", `
si è riunito il Consiglio Generale. Risultano presenti ed assenti i rappresentanti dei Comuni associati come segue:
Comune                              Rappresentante              Qualifica              Presenza
Baselice                            FURNO Luigi                 Sindaco                presente
Castelfranco in Miscano             RUSSO Carmine               Consigliere delegato   presente
Castelvetere in Val Fortore         ZEOLI Angelo                Sindaco                assente
Presenti n. 2                       Assenti n. 1
Con voti unanimi favorevoli
DELIBERA`, `FURNO Luigi | Sindaco | true
RUSSO Carmine | Consigliere delegato | true
ZEOLI Angelo | Sindaco | false
`, 2, 1, "", "unanimous"},

		{"a consortium's assembly: the member body, its representative, its share, SI/NO under \"PRES.\"", `
SI E' RIUNITA IN SEDUTA ORDINARIA L'ASSEMBLEA CONSORTILE. ALL'APPELLO RISULTANO:
ENTE CONSORZIATO        RAPPRESENTANTE        QUALIFICA            QUOTA %   PRES.
----------------        --------------        ---------            -------   -----
BEINASCO                GALLO Daniela         Sindaco                 6,10      SI
CANDIOLO                BOSIO Piero           Sindaco                 0,76      NO
BRUINO                  BERTINETTI Andrea     Assessore delegato      2,88      SI
                                              TOTALE QUOTE          100,00
ENTI PRESENTI N. 2 SU 3 - QUOTE RAPPRESENTATE 9,74% - ENTI ASSENTI N. 1
Con voti unanimi favorevoli
DELIBERA`, `GALLO Daniela | Sindaco | true
BOSIO Piero | Sindaco | false
BERTINETTI Andrea | Assessore delegato | true
`, 2, 1, "", "unanimous"},

		{"the Giunta \"nelle persone\" of its members, each after an articled preposition, one elided", `
si è riunita la Giunta Comunale nelle persone del Sindaco Gianluca Zanforlin, del
Vicesindaco Marta Bellinello e dell’Assessore Davide Trombin, tutti presenti.
Con voti unanimi favorevoli
DELIBERA`, `Gianluca Zanforlin | Sindaco | true
Marta Bellinello | Vicesindaco | true
Davide Trombin | Assessore | true
`, 0, 0, "", "unanimous"},

		{"a remark in brackets, its commas no separators of names, after a role or alone", `
si è riunita la Giunta Comunale.
Risultano presenti: GALLICCHIO Antonio (Sindaco), BLOISE Rosaria (Vice
Sindaco), RIZZATO Francesca (entrata alle ore 10,30, prima della trattazione) e TUFARO Vincenzo (Assessore, entrato alle ore 10,45 prima
dell'esame della proposta).
Con voti unanimi favorevoli
DELIBERA`, `GALLICCHIO Antonio | Sindaco | true
BLOISE Rosaria | Vice Sindaco | true
RIZZATO Francesca |  | true
TUFARO Vincenzo | Assessore | true
`, 0, 0, "", "unanimous"},

		{"the conjunction before the last name ending its line, after a mark between commas", `
si è riunito il Consiglio Comunale.
Alla trattazione del presente punto sono presenti il Sindaco Efisio Murgia e i Consiglieri Giovanna Orrù, Sandro Lai;
sono assenti i Consiglieri Ignazio Serra, giustificato, e
Gianfranco Atzeni.
Con voti unanimi favorevoli
DELIBERA`, `Efisio Murgia | Sindaco | true
Giovanna Orrù | Consigliere | true
Sandro Lai | Consigliere | true
Ignazio Serra | Consigliere | false
Gianfranco Atzeni | Consigliere | false
`, 0, 0, "", "unanimous"},

		{"the absent one \"senza giustificazione\", the verb's accent typed as an apostrophe", `
si e’ riunita la Giunta Comunale, convocata nelle forme di legge.
Sono presenti il Sindaco GALLICCHIO Antonio e il Vice Sindaco BLOISE
Rosaria. E’ assente, senza giustificazione, l’Assessore TUFARO Vincenzo.
Con voti unanimi favorevoli
DELIBERA`, `GALLICCHIO Antonio | Sindaco | true
BLOISE Rosaria | Vice Sindaco | true
TUFARO Vincenzo | Assessore | false
`, 0, 0, "", "unanimous"},

		{"the count of those present between the verb and the list's colon", `
si è riunito il Consiglio Comunale in sessione ordinaria.
Risultano presenti, su 11 componenti assegnati e in carica, n. 10 membri: il Sindaco BRUSCHINI Paolo; la
Presidente del Consiglio ZAPPAROLI Giulia; i Consiglieri FALESIEDI Chiara e
CHIATTI Valerio. È assente la Consigliera PULCINELLI Sara.
Con voti unanimi favorevoli
DELIBERA`, `BRUSCHINI Paolo | Sindaco | true
ZAPPAROLI Giulia | Presidente del Consiglio | true
FALESIEDI Chiara | Consigliere | true
CHIATTI Valerio | Consigliere | true
PULCINELLI Sara | Consigliera | false
`, 0, 0, "", "unanimous"},

		{"\"Intervengono i Signori:\", each role before its name", `
si è riunita la Giunta Comunale.
Intervengono i Signori: Sindaco BOGLIOLO Franco, Vice Sindaco GARBARINO
Silvia, Assessore DELPIANO Enrico. Presenti n. 3 - Assenti n. 0.
Con voti unanimi favorevoli
DELIBERA`, `BOGLIOLO Franco | Sindaco | true
GARBARINO Silvia | Vice Sindaco | true
DELPIANO Enrico | Assessore | true
`, 0, 0, "", "unanimous"},

		{"a plural role after a group of names, up to the semicolon before them", `
si è riunito il Consiglio Comunale.
Fatto l’appello nominale, risultano presenti i Signori: BOGLIOLO Franco,
Sindaco; GARBARINO Silvia, DELPIANO Enrico e PREGLIASCO Dario, Consiglieri;
ARMANDO Luisa, Consigliere (entra alle ore 21,15, prima della trattazione del
presente punto). Risultano assenti: TARDITO Elena, Consigliere (giustificata).
Con voti unanimi favorevoli
DELIBERA`, `BOGLIOLO Franco | Sindaco | true
GARBARINO Silvia | Consigliere | true
DELPIANO Enrico | Consigliere | true
PREGLIASCO Dario | Consigliere | true
ARMANDO Luisa | Consigliere | true
TARDITO Elena | Consigliere | false
`, 0, 0, "", "unanimous"},

		{"the absent alone named, after the count of those present", `
si è riunito il Consiglio Comunale.
All'appello nominale risultano presenti n. 15 consiglieri su n. 17 assegnati e in carica.
Risultano assenti giustificati i consiglieri: TOMASIN Giorgia, PASCOLO Ilaria.
Presiede il Sindaco Paolo Cragnolini.
Con voti unanimi favorevoli
DELIBERA`, `TOMASIN Giorgia |  | false
PASCOLO Ilaria |  | false
`, 0, 0, "Sindaco|Paolo Cragnolini", "unanimous"},

		{"so with the count apart and the list after its verb", `
si è riunito il Consiglio comunale.
Fatto l'appello nominale, risultano presenti n. 7 componenti su n. 11 assegnati e in carica, compreso il
Sindaco; risultano assenti i consiglieri Bermond Luca, Guiot Sara (giustificata), Perron Davide e
Challier Ivo.
Con voti unanimi favorevoli
DELIBERA`, `Bermond Luca | consigliere | false
Guiot Sara | consigliere | false
Perron Davide | consigliere | false
Challier Ivo | consigliere | false
`, 0, 0, "", "unanimous"},

		{"an absent list with no count of those present is no roll", `
si è riunito il Consiglio comunale.
Risultano assenti i consiglieri: BERMOND Luca, GUIOT Sara.
Con voti unanimi favorevoli
DELIBERA`, ``, 0, 0, "", "unanimous"},

		{"one heading for the name and the role, joined by \"e\"", `
si è riunita la Giunta comunale. All'appello risultano:
    Nominativo e carica           Presente Assente Modalità
CASTELLI Matteo - Sindaco            X            in presenza
BRAVI Elena - Vicesindaco            X            da remoto
FIORDOMO Luca - Assessore                     X   —
Presenti n. 2 – Assenti n. 1
Con voti unanimi favorevoli
DELIBERA`, `CASTELLI Matteo | Sindaco | true
BRAVI Elena | Vicesindaco | true
FIORDOMO Luca | Assessore | false
`, 2, 1, "", "unanimous"},

		{"the marks' legend under the table, which is no part of the last name", `
si è riunita la Giunta. All'appello risultano:
Cognome e nome                  Carica                           P      A
Lambertini Federico             Assessore                               AG
Rimondi Giulia                  Assessora                        P
Tedeschi Mauro                  Assessore                        P
(AG = assente giustificato)
Assiste il Segretario Generale Dott. Pasquale Morelli.
Con voti unanimi favorevoli
DELIBERA`, `Lambertini Federico | Assessore | false
Rimondi Giulia | Assessora | true
Tedeschi Mauro | Assessore | true
`, 0, 0, "", "unanimous"},

		{"a column for the hour each member came in", `
intervengono i componenti indicati nel prospetto, con l'ora di ingresso di ciascuno:
               Nominativo                    Carica                 Presente              Ora di ingresso
Daga Antonello                               Sindaco                   sì                    17:00
Ledda Marisa                                 Vice Sindaco              sì                    17:00
Fadda Caterina                               Assessore                 no
Presiede il Sindaco Antonello Daga.
Con voti unanimi favorevoli
DELIBERA`, `Daga Antonello | Sindaco | true
Ledda Marisa | Vice Sindaco | true
Fadda Caterina | Assessore | false
`, 0, 0, "Sindaco|Antonello Daga", "unanimous"},

		{"a numbered list wrapped before its mark, the Comune and group in brackets", `
All'appello risultano:
1. Bernardi Stefano – Presidente dell'Unione
(Novafeltria) – presente
2. Sartini Michele – Consigliere (Novafeltria, gr.
Valmarecchia Unita) – presente
3. Pazzini Erika – Consigliere (Pennabilli, gr. Territorio
in Comune) – assente
Presenti n. 2, assenti n. 1. Presiede la seduta il Presidente dell'Unione, Bernardi Stefano.`, `Bernardi Stefano | Presidente dell'Unione | true
Sartini Michele | Consigliere | true
Pazzini Erika | Consigliere | false
`, 2, 1, "Presidente dell'Unione|Bernardi Stefano", ""},

		{"a column of the council groups, a role drawn close to it", `
risultano presenti i Consiglieri sotto indicati:
N.   Cognome e nome        Carica         Gruppo consiliare           Presente   Assente
1    BIGIARINI Lorenzo     Sindaco        Insieme per Castel San Niccolò    X
2    CIOFINI Paola         Consigliere Insieme per Castel San Niccolò       X
3    FANI Ilaria           Consigliere Casentino Bene Comune                          X
Presenti n. 2 – Assenti n. 1.
Presiede la seduta il Sindaco, sig. Lorenzo Bigiarini.`, `BIGIARINI Lorenzo | Sindaco | true
CIOFINI Paola | Consigliere | true
FANI Ilaria | Consigliere | false
`, 2, 1, "Sindaco|Lorenzo Bigiarini", ""},

		{"a column of notes on presence beside the marks", `
Consiglieri assegnati n. 13, in carica n. 13. All'appello risultano:
 N.    Cognome e nome         Carica       Presente Assente                     Note
 1    GARBARINO Fabio       Sindaco         X
 2    CIRIO Alessandro      Consigliere     X                        presente in videoconferenza
 3    BARBERO Luisa         Consigliere               X              giustificata
 Totale                                    2         1
Il Sig. Fabio Garbarino, nella sua qualità di Sindaco, assume la presidenza.`, `GARBARINO Fabio | Sindaco | true
CIRIO Alessandro | Consigliere | true
BARBERO Luisa | Consigliere | false
`, 2, 1, "Sindaco|Fabio Garbarino", ""},

		{"the header repeated halfway down the roll", `
Fatto l'appello nominale risultano:
       Consigliere              Carica                 P    A
       Dal Cero Giovanni        Sindaco                X
       Bertolazzi Anna          Consigliere                 X
       Consigliere              Carica                 P    A
       Carlotto Giulia          Consigliere            X
 Presenti n. 2 – Assenti n. 1
Il Sig. Giovanni Dal Cero, nella sua qualità di Sindaco, assunta la presidenza e constatato il numero legale, dichiara aperta la seduta.`, `Dal Cero Giovanni | Sindaco | true
Bertolazzi Anna | Consigliere | false
Carlotto Giulia | Consigliere | true
`, 2, 1, "Sindaco|Giovanni Dal Cero", ""},

		{"a prose roll in capitals, the absent after a courtesy title", `
SI E' RIUNITA LA GIUNTA COMUNALE.
SONO PRESENTI I SIGNORI: DOTT.SSA NANNI ROBERTA (VICESINDACO), BERTUZZI LUCA
(ASSESSORE), CAVINA DEBORA (ASSESSORE). RISULTA
ASSENTE GIUSTIFICATO IL SIGNOR ALESSANDRI ALBERTO (SINDACO). PRESENTI N. 3 -
ASSENTI N. 1.
ASSUME LA PRESIDENZA IL VICESINDACO DOTT.SSA NANNI ROBERTA, IN ASSENZA DEL SINDACO.`, `NANNI ROBERTA | VICESINDACO | true
BERTUZZI LUCA | ASSESSORE | true
CAVINA DEBORA | ASSESSORE | true
ALESSANDRI ALBERTO | SINDACO | false
`, -1, -1, "VICESINDACO|NANNI ROBERTA", ""},

		{"a prose roll whose absences, justified or not, are listed apart, one in the singular", `
si è riunito il Consiglio comunale.
Risultano presenti i signori: VICENTINI STEFANO (Sindaco), RAFFAELLI GIORGIO (Presidente),
COSER ELENA, MARTINELLI DAVIDE.
Risultano assenti giustificati i signori: BENEDETTI LUIGI, MANICA CHIARA.
Risulta assente ingiustificato il signor: ZANDONAI PIETRO.
Presiede la seduta il Presidente del Consiglio comunale sig. Giorgio Raffaelli.`, `VICENTINI STEFANO | Sindaco | true
RAFFAELLI GIORGIO | Presidente | true
COSER ELENA |  | true
MARTINELLI DAVIDE |  | true
BENEDETTI LUIGI |  | false
MANICA CHIARA |  | false
ZANDONAI PIETRO |  | false
`, -1, -1, "Presidente del Consiglio comunale|Giorgio Raffaelli", ""},

		{"a prose roll after its verb and colon, each name after its article and title, the absent after a semicolon", `
si è riunito il Consiglio Comunale, presieduto dalla sig.ra Teresa Scalise,
Presidente del Consiglio comunale.
All'appello nominale risultano: presenti il dott.
Francesco Guarascio (Sindaco), la sig.ra Teresa Scalise
(Presidente del Consiglio comunale), l'avv. Pietro
Lettieri, il sig. Giovanni Curcio; assenti il sig. Luigi Aceto e l'avv. Maria
Vona (assente giustificata).
Assiste il Segretario Generale dott.ssa Caterina Maiolo.`, `Francesco Guarascio | Sindaco | true
Teresa Scalise | Presidente del Consiglio comunale | true
Pietro Lettieri |  | true
Giovanni Curcio |  | true
Luigi Aceto |  | false
Maria Vona |  | false
`, -1, -1, "Presidente del Consiglio comunale|Teresa Scalise", ""},

		{"a numbered list, its parts between dashes", `
Dei Consiglieri comunali assegnati e in carica risultano:
    1) CECCARINI FABIO – Sindaco – presente
    2) BURZIGOTTI ELENA – Consigliere – assente
    3) TERZETTI ANNA MARIA – Consigliere – presente
Assegnati n. 3 – In carica n. 3 – Presenti n. 2 – Assenti n. 1.
Il Sindaco Fabio Ceccarini, constatato il numero legale degli intervenuti, assume la presidenza.`, `CECCARINI FABIO | Sindaco | true
BURZIGOTTI ELENA | Consigliere | false
TERZETTI ANNA MARIA | Consigliere | true
`, 2, 1, "Sindaco|Fabio Ceccarini", ""},

		{"a list in two columns under its sentence, then the absent", `
Presenti i signori:
DEPAOLI LAURA            Sindaco          ZENI PAOLO             Presidente
ANDREATTA ROBERTO        Consigliere      ENDRIZZI SILVIA        Consigliera

Assenti giustificati i signori:
FEDRIZZI LUCA            Consigliere

Assiste il Segretario comunale dott. Matteo Dalsass.`, `DEPAOLI LAURA | Sindaco | true
ZENI PAOLO | Presidente | true
ANDREATTA ROBERTO | Consigliere | true
ENDRIZZI SILVIA | Consigliera | true
FEDRIZZI LUCA | Consigliere | false
`, -1, -1, "", ""},

		{"a numbered list in two blocks, entries wrapping within their block", `
All'appello risultano:
   1. MARCHETTO MATTIA – Sindaco – presente        5. BISOGNIN CARLA – Consigliere – presente
   2. BORDIN ELISA – Consigliere – presente        6. TOSO MARIA GRAZIA – Consigliere –
   3. DAL MOLIN ROBERTO – Consigliere –               assente
      assente                                      7. RIGON DAVIDE – Consigliere – presente
   4. PERUZZI ANNA – Consigliere – presente
Presenti n. 5 – Assenti n. 2.
Partecipa il Segretario Generale Dott. Andrea Zanin.`, `MARCHETTO MATTIA | Sindaco | true
BORDIN ELISA | Consigliere | true
DAL MOLIN ROBERTO | Consigliere | false
PERUZZI ANNA | Consigliere | true
BISOGNIN CARLA | Consigliere | true
TOSO MARIA GRAZIA | Consigliere | false
RIGON DAVIDE | Consigliere | true
`, -1, -1, "", ""},

		{"two tables side by side, each with its heading, read down each though the names read across in the alphabet", `
Eseguito l'appello nominale risultano:
Componente          Carica         P/A        Componente          Carica         P/A
ALBERTI ANNA        Sindaco        P          BELLI BRUNO         Consigliere    P
CORSI CARLO         Consigliere    P          DONATI DARIO        Consigliere    A
ESPOSITO ELENA      Consigliere    P          FABBRI FRANCO       Consigliere    P
Presenti n. 5 - Assenti n. 1`, `ALBERTI ANNA | Sindaco | true
CORSI CARLO | Consigliere | true
ESPOSITO ELENA | Consigliere | true
BELLI BRUNO | Consigliere | true
DONATI DARIO | Consigliere | false
FABBRI FRANCO | Consigliere | true
`, -1, -1, "", ""},

		{"names and roles in two blocks, in order down each, an absence marked beside its row", `
Presenti i signori:
FRISINGHELLI QUINTO        Sindaco                        ROSSATTI DAVIDE         Consigliere
BENEDETTI ANNA             Consigliere                    SCARAMUZZA IRENE        Consigliere
DOSSI MATTEO               Consigliere    ass. giust.     TONOLLI FABIO           Consigliere
Assiste il Segretario comunale dott. Nicola Tamanini.`, `FRISINGHELLI QUINTO | Sindaco | true
BENEDETTI ANNA | Consigliere | true
DOSSI MATTEO | Consigliere | false
ROSSATTI DAVIDE | Consigliere | true
SCARAMUZZA IRENE | Consigliere | true
TONOLLI FABIO | Consigliere | true
`, -1, -1, "", ""},

		{"an Unione's Giunta in prose, its members \"Componente\"", `
Sono presenti i Sigg.: Giuseppe Laera (Presidente), Angela Intini (Vice Presidente), Vito Lenoci
(Componente), Rosa Gentile (Componente). Risulta assente il Sig. Michele Sportelli (Componente).
Presiede la seduta il Presidente dell'Unione, Ing. Giuseppe Laera.`, `Giuseppe Laera | Presidente | true
Angela Intini | Vice Presidente | true
Vito Lenoci | Componente | true
Rosa Gentile | Componente | true
Michele Sportelli | Componente | false
`, -1, -1, "", ""},

		{"rows without a header, a one-letter mark set a space after a long role", `
si è riunita la Giunta Comunale, con l'intervento dei Signori:
MONTALI ANDREA          SINDACO        P      CARDINALI ELISA         VICE SINDACO P
PIERGIACOMI LUCA        ASSESSORE      P      SANTUCCI MARIKA         ASSESSORE    A
ne risultano presenti n. 3 e assenti n. 1.`, `MONTALI ANDREA | SINDACO | true
CARDINALI ELISA | VICE SINDACO | true
PIERGIACOMI LUCA | ASSESSORE | true
SANTUCCI MARIKA | ASSESSORE | false
`, 3, 1, "", ""},

		{"rows without a header in three blocks, each role on the line under its name", `
Fatto l'appello nominale, risultano:
PASTORINO GIORGIO        P       BADANO PIETRO          P       VALLARINO FABIO      P
Sindaco                          Consigliere                    Consigliere
DELFINO MARTA            P       GAGGERO SIMONA         P       ACCAME MATTEO        A
Vicesindaco                      Consigliere                    Consigliere
ROSSELLO ANDREA          P       CANEPA LORENZO         A
Consigliere                      Consigliere
(P = presente   A = assente)
Totale presenti n. 6 - Totale assenti n. 2`, `PASTORINO GIORGIO | Sindaco | true
DELFINO MARTA | Vicesindaco | true
ROSSELLO ANDREA | Consigliere | true
BADANO PIETRO | Consigliere | true
GAGGERO SIMONA | Consigliere | true
CANEPA LORENZO | Consigliere | false
VALLARINO FABIO | Consigliere | true
ACCAME MATTEO | Consigliere | false
`, 6, 2, "", ""},

		{"rows without a header in two blocks, a line of roles alone like a header's", `
Risultano all'appello:
PORCU ANTONELLO          presente    MURA ROBERTO          presente
Sindaco                              Presidente del Consiglio
ATZENI MARCO             presente    CADDEO SILVIA         presente
Consigliere                          Consigliere
CONGIU PAOLO             presente    FADDA LUCA            assente
Consigliere                          Consigliere
MASCIA STEFANO           presente    PILI ROBERTA          presente
Consigliere                          Consigliere
SANNA GIANLUCA           presente
Consigliere
Totale presenti: 8                 Totale assenti: 1`, `PORCU ANTONELLO | Sindaco | true
MURA ROBERTO | Presidente del Consiglio | true
ATZENI MARCO | Consigliere | true
CADDEO SILVIA | Consigliere | true
CONGIU PAOLO | Consigliere | true
FADDA LUCA | Consigliere | false
MASCIA STEFANO | Consigliere | true
PILI ROBERTA | Consigliere | true
SANNA GIANLUCA | Consigliere | true
`, 8, 1, "", ""},

		{"those taking part listed after the minute's verb, the absent after theirs", `
si è riunita la Giunta Comunale, con l'intervento dei Sigg.: Salvatore Golino
(Sindaco), Maria Rosaria Tartaglione (Vice Sindaco), Pasquale Foglia (Assessore). Risultano assenti i Sigg.: Teresa Musone (Assessore), Giovanni
Letizia (Assessore).
Presiede la seduta il Sindaco, dott. Salvatore Golino.`, `Salvatore Golino | Sindaco | true
Maria Rosaria Tartaglione | Vice Sindaco | true
Pasquale Foglia | Assessore | true
Teresa Musone | Assessore | false
Giovanni Letizia | Assessore | false
`, -1, -1, "", ""},

		{"those taking part after the minute's verb with no colon, each after its preposition", `
si è riunito il Consiglio di Amministrazione con
l'intervento della Presidente Francesca Guidi, del Vice Presidente Roberto Tassinari e dei Consiglieri Marco
Bellini e Lucia Zanella, quest'ultima collegata in videoconferenza; è assente giustificato il Consigliere Giorgio Malaguti.
Presiede la seduta la Presidente Francesca Guidi.`, `Francesca Guidi | Presidente | true
Roberto Tassinari | Vice Presidente | true
Marco Bellini | Consigliere | true
Lucia Zanella | Consigliere | true
Giorgio Malaguti | Consigliere | false
`, -1, -1, "", ""},

		{"a roll call's prose, each presence after the name and role", `
Fatto l'appello nominale risultano: CARLUCCI Davide,
Sindaco, presente; MASTRONARDI Angela, Vice Sindaco, presente; LAPADULA Rosa, Assessore,
assente; TRITTO Giovanna, Assessore, presente.
Presiede il Sindaco avv. Davide Carlucci.`, `CARLUCCI Davide | Sindaco | true
MASTRONARDI Angela | Vice Sindaco | true
LAPADULA Rosa | Assessore | false
TRITTO Giovanna | Assessore | true
`, -1, -1, "", ""},

		{"an Unione's Giunta: the Comune each member is Sindaco of", `
    Cognome e Nome             Carica              Sindaco del Comune di       Presente   Assente
    GIANASI ROBERTO            Presidente          Pavullo nel Frignano        X
    PALLADINI SIMONE           Assessore           Fiumalbo                               X
Assume la presidenza il Sig. Roberto Gianasi, in qualità di Presidente.`, `GIANASI ROBERTO | Presidente | true
PALLADINI SIMONE | Assessore | false
`, 0, 0, "", ""},

		{"an Unione's assembly: each member's Comune between name and role", `
    N.   Componente                 Comune            Qualifica                  Presente   Assente
    1    CONTU ANDREA               Barumini          Sindaco                    X
    2    PIRAS SALVATORE            Baressa           Sindaco                               X
    3    SERRA MARCO                Collinas          Vice Sindaco delegato      X
Presiede la seduta la Sig.ra Ilaria Sanna, nella sua qualità di Presidente dell'Unione.`, `CONTU ANDREA | Sindaco | true
PIRAS SALVATORE | Sindaco | false
SERRA MARCO | Vice Sindaco delegato | true
`, 0, 0, "Presidente dell'Unione|Ilaria Sanna", ""},

		{"Presente and Assente columns with words, Da remoto crosses, totals under the columns", `
    Nominativo               Ruolo          Presente   Assente     Da remoto
    ROSSI MARIO              SINDACO        Presente
    BIANCHI ANNA             VICESINDACO    Presente                  X
    VERDI LUCA               ASSESSORE                 Assente
                                            Tot. 2     Tot. 1
Il SINDACO Dott. Mario Rossi, constatato il numero legale, dichiara aperta la seduta.`, `ROSSI MARIO | SINDACO | true
BIANCHI ANNA | VICESINDACO | true
VERDI LUCA | ASSESSORE | false
`, 2, 1, "SINDACO|Mario Rossi", ""},

		{"a table in two blocks, the totals beside the left block's last row", `
  N.  Cognome e nome       Carica        P  A     N.  Cognome e nome       Carica        P  A
  1   PARRI MASSIMO        Sindaco       X        4   NERI TOMMASO         Consigliere   X
  2   GUERRINI MARTA       Presidente    X        5   ROSSINI FABIO        Consigliere      X
  3   LORENZETTI DARIO     Consigliere   X        Presenti n. 4 – Assenti n. 1
Presiede la seduta il Presidente del Consiglio comunale, sig.ra Marta Guerrini.`, `PARRI MASSIMO | Sindaco | true
GUERRINI MARTA | Presidente | true
LORENZETTI DARIO | Consigliere | true
NERI TOMMASO | Consigliere | true
ROSSINI FABIO | Consigliere | false
`, 4, 1, "", ""},

		{"the totals as the table's last row, under the marks' columns", `
      N.   COGNOME E NOME          CARICA            PRES.    ASS.
      1    BONETTI GIULIA          Sindaco             X
      2    FAVALLI ANDREA          Vice Sindaco        X
      3    RIGHETTI LUCA           Assessore                    X
                                   TOTALI              2        1
Assiste all'adunanza il Segretario Generale Dott. Stefano Marchiori.`, `BONETTI GIULIA | Sindaco | true
FAVALLI ANDREA | Vice Sindaco | true
RIGHETTI LUCA | Assessore | false
`, 2, 1, "", ""},

		{"names set left in a wide column, nearer the ordinal's heading than their own", `
  N.                          Consiglieri                  Presenti   Assenti
  1      ROSSI MARIO                                          X
  2      BIANCHI ANNA                                                   X
  3      VERDI LUCA                                           X
PRESENTI 2 ASSENTI 1`, `ROSSI MARIO |  | true
BIANCHI ANNA |  | false
VERDI LUCA |  | true
`, 2, 1, "", ""},

		{"S/N under Presente (S/N)", `
    Componenti          Qualifica          Presente (S/N)
    ROSSI MARIO         Sindaco                 S
    BIANCHI ANNA        Assessore               N
    VERDI LUCA          Assessore               S
PRESENTI 2 ASSENTI 1`, `ROSSI MARIO | Sindaco | true
BIANCHI ANNA | Assessore | false
VERDI LUCA | Assessore | true
`, 2, 1, "", ""},

		{"a dash where a column has no mark", `
    Componente          Carica          Presente     Assente
    ROSSI MARIO         Sindaco            —            Sì
    BIANCHI ANNA        Assessore          Sì           —
PRESENTI 1 ASSENTI 1`, `ROSSI MARIO | Sindaco | false
BIANCHI ANNA | Assessore | true
`, 1, 1, "", ""},

		{"absent with leave, abbreviated", `
    Nominativo          Carica          Presenza
    ROSSI MARIO         Sindaco         presente
    BIANCHI ANNA        Assessore       assente g.
    VERDI LUCA          Assessore       ass. g.
    NERI PAOLO          Assessore       presente`, `ROSSI MARIO | Sindaco | true
BIANCHI ANNA | Assessore | false
VERDI LUCA | Assessore | false
NERI PAOLO | Assessore | true
`, -1, -1, "", ""},

		{"P and A columns crossed, ordinal column", `
  N.   Cognome e Nome          Carica            P     A
  1    ROSSI MARIO             Sindaco           X
  2    BIANCHI ANNA            Assessore               X
  3    VERDI LUCA              Assessore         X
PRESENTI 2 ASSENTI 1`, `ROSSI MARIO | Sindaco | true
BIANCHI ANNA | Assessore | false
VERDI LUCA | Assessore | true
`, 2, 1, "", ""},

		{"totals under the columns after their label", `
  Cognome e Nome         Carica          Presente     Assente
  ROSSI MARIO            Sindaco            SI
  BIANCHI LUCA           Vicesindaco        SI
  VERDI ANNA             Assessore                       SI
                               Totale       2            1`, `ROSSI MARIO | Sindaco | true
BIANCHI LUCA | Vicesindaco | true
VERDI ANNA | Assessore | false
`, 2, 1, "", ""},

		{"a name wrapped around its row's marks, as a table centres its cells", `
  N.   Consiglieri                P     A
~      PETRUCCIOLINI
~ 1                               X
~      ANTONIO
  2    ROSSI MARIA                X
  3    VERDI CARLO                      X
Presenti n. 2 Assenti n. 1`, `PETRUCCIOLINI ANTONIO |  | true
ROSSI MARIA |  | true
VERDI CARLO |  | false
`, 2, 1, "", ""},

		{"a table the act's words follow with no gap", `
  Componenti                      Presenti     Assenti
  ROSSI MARIO - Sindaco              X
  BIANCHI ANNA - Assessore                        X
Con voti unanimi
DELIBERA
di approvare il piano.`, `ROSSI MARIO | Sindaco | true
BIANCHI ANNA | Assessore | false
`, -1, -1, "", "unanimous"},

		{"one Presente column, cross or blank", `
  Componenti                      Presente
  ROSSI MARIO - Sindaco              X
  BIANCHI ANNA - Assessore
  VERDI LUCA - Assessore             X
Totale presenti: 2`, `ROSSI MARIO | Sindaco | true
BIANCHI ANNA | Assessore | false
VERDI LUCA | Assessore | true
`, 2, -1, "", ""},

		{"two blocks side by side in alphabetical order down each, left block first", `
  CONSIGLIERI            P    A      CONSIGLIERI            P    A
  BIANCHI ANNA                X      NERI PAOLO                  X
  GIALLI SARA            X           ROSSI MARIO            X
  LEONI CARLA            X
Presenti: 3 Assenti: 2`, `BIANCHI ANNA |  | false
GIALLI SARA |  | true
LEONI CARLA |  | true
NERI PAOLO |  | false
ROSSI MARIO |  | true
`, 3, 2, "", ""},

		{"two blocks side by side in order across the rows, read row by row", `
  COMPONENTE      CARICA          P   A      COMPONENTE      CARICA           P   A
  ROSSI MARIO     SINDACO         X          NERI PAOLO      VICESINDACO      X
  BIANCHI ANNA    ASSESSORE           X      GIALLI SARA     ASSESSORE        X
  VERDI LUCA      ASSESSORE       X`, `ROSSI MARIO | SINDACO | true
NERI PAOLO | VICESINDACO | true
BIANCHI ANNA | ASSESSORE | false
GIALLI SARA | ASSESSORE | true
VERDI LUCA | ASSESSORE | true
`, -1, -1, "", ""},

		{"two numbered blocks: the numbers run down each block", `
  N.  COMPONENTE      CARICA          P   A      N.  COMPONENTE      CARICA           P   A
  1   ROSSI MARIO     SINDACO         X          3   NERI PAOLO      VICESINDACO      X
  2   BIANCHI ANNA    ASSESSORE           X      4   GIALLI SARA     ASSESSORE        X`, `ROSSI MARIO | SINDACO | true
BIANCHI ANNA | ASSESSORE | false
NERI PAOLO | VICESINDACO | true
GIALLI SARA | ASSESSORE | true
`, -1, -1, "", ""},

		{"two blocks of name, role and SI/NO", `
  NOMINATIVO      CARICA        PRESENTE     NOMINATIVO       CARICA         PRESENTE
  ROSSI MARIO     SINDACO       SI           NERI PAOLO       CONSIGLIERE    NO
  BIANCHI ANNA    CONSIGLIERE   SI           GIALLI SARA      CONSIGLIERE    SI`, `ROSSI MARIO | SINDACO | true
BIANCHI ANNA | CONSIGLIERE | true
NERI PAOLO | CONSIGLIERE | false
GIALLI SARA | CONSIGLIERE | true
`, -1, -1, "", ""},

		{"ordinal, name and role in one cell, Sì (da remoto)", `
                 Cognome e Nome                                 Presente
  1. MOTTINELLI FABIO - Sindaco                              Sì (da remoto)
  2. FERRERO FABIO - Vice Sindaco                            Sì (da remoto)
  3. AMERIO LAURA - Assessore                                No
                                   Totale Presenti:            2
                                   Totale Assenti:             1`, `MOTTINELLI FABIO | Sindaco | true
FERRERO FABIO | Vice Sindaco | true
AMERIO LAURA | Assessore | false
`, 2, 1, "", ""},

		{"a presence from afar in words under Presenza", `
 N.    Componente               Carica           Presenza
  1    DALLA ROSA MATTEO        Sindaco          Presente
  2    PAGANIN NICOLA           Consigliere      Videoconf.
  3    DE BONA STEFANO          Consigliere      Assente
  4    GAZ ALESSIA              Consigliere      in collegamento`, `DALLA ROSA MATTEO | Sindaco | true
PAGANIN NICOLA | Consigliere | true
DE BONA STEFANO | Consigliere | false
GAZ ALESSIA | Consigliere | true
`, -1, -1, "", ""},

		{"a header of names and roles only, the marks right of them, titles in the names' cells", `
si è riunita la Commissione Straordinaria, nelle persone di:
Componente                          Qualifica
Dott. Vincenzo Lubrano              Viceprefetto                              presente
Dott.ssa Rosaria Capuano            Viceprefetto aggiunto                     presente
Dott. Gennaro Ambrosio              Funzionario economico-finanziario         assente`, `Vincenzo Lubrano | Viceprefetto | true
Rosaria Capuano | Viceprefetto aggiunto | true
Gennaro Ambrosio | Funzionario economico-finanziario | false
`, -1, -1, "", ""},

		{"two blocks under names' headings only, numbered down each", `
All'appello nominale risultano:
              Consigliere                                        Consigliere
  1 PRESTIANNI GIUSEPPE              presente        4 FAILLA VINCENZO            presente
  2 MAZZOLA ANTONINO                 presente        5 SPALLINO GIOVANNA          assente
  3 CUSIMANO ROSARIA                 assente         6 MINNECI DARIO              presente`, `PRESTIANNI GIUSEPPE |  | true
MAZZOLA ANTONINO |  | true
CUSIMANO ROSARIA |  | false
FAILLA VINCENZO |  | true
SPALLINO GIOVANNA |  | false
MINNECI DARIO |  | true
`, -1, -1, "", ""},

		{"absences only, by their kind: a row with no mark is a presence", `
Presenti i signori:
                                                        Assenti
                                                  giust.     ingiust.
      DALSASSO ENRICO          Sindaco
      OSS EMER GIULIA          Vicesindaco
      ZOTTELE MARTA            Assessore            X
      TOMIO FABRIZIO           Assessore                       X
Assiste il Segretario comunale dott.ssa Carla Bortolamedi.`, `DALSASSO ENRICO | Sindaco | true
OSS EMER GIULIA | Vicesindaco | true
ZOTTELE MARTA | Assessore | false
TOMIO FABRIZIO | Assessore | false
`, -1, -1, "", ""},

		{"absences only, by their kind, the list's lead-in under the header", `
                                                        Assenti
                                                  giust.     ingiust.
     Presenti i signori:
      DALPIAZ CHRISTIAN        Sindaco
      TOMASI LAURA             Assessore            X
      MOSER PAOLO              Assessore
Assiste il Segretario comunale dott. Lorenzo Pedrotti.`, `DALPIAZ CHRISTIAN | Sindaco | true
TOMASI LAURA | Assessore | false
MOSER PAOLO | Assessore | true
`, -1, -1, "", ""},

		{"absences' kinds on the header's line after its lead-in, numbered names, a sentence after the roll", `
Sono presenti i signori                 ass. giust.      ass. ingiust.
    1   ZANVETTOR Paolo
    2   DE VIGILI Stefano                   X
    3   RIZZI Matteo                                         X
    4   SCHWARZ Petra
Beistand leistet die Generalsekretärin Thaler.`, `ZANVETTOR Paolo |  | true
DE VIGILI Stefano |  | false
RIZZI Matteo |  | false
SCHWARZ Petra |  | true
`, -1, -1, "", ""},

		{"no header line, self-describing marks", `
Sono intervenuti:
  ROSSI MARIO        Sindaco        P
  BIANCHI ANNA       Assessore      A
  VERDI LUCA         Assessore      P
Il Sindaco ROSSI MARIO assume la presidenza.`, `ROSSI MARIO | Sindaco | true
BIANCHI ANNA | Assessore | false
VERDI LUCA | Assessore | true
`, -1, -1, "", ""},

		{"role over two lines around its row, name wrapped below", `
  Nominativo                  Ruolo            Presente   Assente
  ROSSI MARIO                 SINDACO          Presente
                              PRESIDENTE
~ LONGOBARDI NICOLETTA                         Presente
~                             DEL CONSIGLIO
  DEL CORNO FILIPPO           CONSIGLIERE                 Assente
  RAFFAELE
  VERDI LUCA                  CONSIGLIERE      Presente
                                               Tot. 2     Tot. 1`, `ROSSI MARIO | SINDACO | true
LONGOBARDI NICOLETTA | PRESIDENTE DEL CONSIGLIO | true
DEL CORNO FILIPPO RAFFAELE | CONSIGLIERE | false
VERDI LUCA | CONSIGLIERE | true
`, 2, 1, "", ""},

		{"one combined Presente/Assente column with P and A", `
  Cognome e nome            Qualifica         Presente/Assente
  ROSSI MARIO               Sindaco                 P
  BIANCHI ANNA              Assessore               A`, `ROSSI MARIO | Sindaco | true
BIANCHI ANNA | Assessore | false
`, -1, -1, "", ""},

		{"rows drawn as one padded string each", `
=  NOMINATIVO          CARICA          PRESENTE
=  ROSSI MARIO         SINDACO         SI
=  BIANCHI ANNA        ASSESSORE       NO`, `ROSSI MARIO | SINDACO | true
BIANCHI ANNA | ASSESSORE | false
`, -1, -1, "", ""},

		{"surname and given name in two columns, marks in words", `
  COGNOME        NOME          CARICA         PRESENZA
  ROSSI          MARIO         Sindaco        presente in videoconferenza
  BIANCHI        ANNA          Assessore      Ass. giust.
  VERDI          LUCA          Assessore      Presente`, `ROSSI MARIO | Sindaco | true
BIANCHI ANNA | Assessore | false
VERDI LUCA | Assessore | true
`, -1, -1, "", ""},

		{"names listed under Presenti and Assenti", `
       PRESENTI                              ASSENTI
       ROSSI MARIO                           VERDI LUCA
       BIANCHI ANNA
       NERI PAOLO
Assiste il Segretario Comunale Dott. Bruno Gialli.`, `ROSSI MARIO |  | true
BIANCHI ANNA |  | true
NERI PAOLO |  | true
VERDI LUCA |  | false
`, -1, -1, "", ""},

		{"names left of a header that names only Presenti and Assenti", `
                                                   Presenti   Assenti
  1) ROSSI MARIO              SINDACO                 X
  2) BIANCHI ANNA             ASSESSORE                          X
  3) VERDI LUCA               ASSESSORE               X
                                                      2          1`, `ROSSI MARIO | SINDACO | true
BIANCHI ANNA | ASSESSORE | false
VERDI LUCA | ASSESSORE | true
`, -1, -1, "", ""},

		{"a table that runs over a page, its header repeated under the page's heading", `
  Nominativo                  Ruolo            Presente   Assente
  ROSSI MARIO                 SINDACO          Presente
  BIANCHI ANNA                CONSIGLIERE                 Assente
§COPIA CONFORME ALL'ORIGINALE
  Nominativo                  Ruolo            Presente   Assente
  VERDI LUCA                  CONSIGLIERE      Presente
  NERI PAOLO                  CONSIGLIERE      Presente
                                               Tot. 3     Tot. 1`, `ROSSI MARIO | SINDACO | true
BIANCHI ANNA | CONSIGLIERE | false
VERDI LUCA | CONSIGLIERE | true
NERI PAOLO | CONSIGLIERE | true
`, 3, 1, "", ""},

		{"a table that runs over a page without its header, two blocks", `
  CONSIGLIERI            P    A      CONSIGLIERI            P    A
  ROSSI MARIO            X           NERI PAOLO                  X
§ BIANCHI ANNA                X      GIALLI SARA            X
Il Presidente, constatato il numero legale, dichiara aperta la seduta.`, `ROSSI MARIO |  | true
BIANCHI ANNA |  | false
NERI PAOLO |  | false
GIALLI SARA |  | true
`, -1, -1, "", ""},

		{"two numbered blocks, Pr. and As. headings, S and N marks", `
  N.  Cognome e nome          Pr.  As.     N.  Cognome e nome          Pr.  As.
  1   ROSSI MARIO             S            3   NERI PAOLO                   S
  2   BIANCHI ANNA            S            4   GIALLI SARA             N`, `ROSSI MARIO |  | true
BIANCHI ANNA |  | true
NERI PAOLO |  | false
GIALLI SARA |  | false
`, -1, -1, "", ""},

		{"Consiglio in two blocks of role, name and Si/No, counts with the number first", `
  CARICA           COGNOME E NOME         PRESENTE    CARICA           COGNOME E NOME        PRESENTE
  Il Presidente    ROSSI MARIO               Si       Il Consigliere   NERI PAOLO               No
  Il Consigliere   BIANCHI ANNA              Si       Il Consigliere   GIALLI SARA              Si
Risultano n. 3 presenti e n. 1 assenti.`, `ROSSI MARIO | Il Presidente | true
BIANCHI ANNA | Il Consigliere | true
NERI PAOLO | Il Consigliere | false
GIALLI SARA | Il Consigliere | true
`, 3, 1, "", ""},

		{"president who presides, secretary who assists", `
  Nominativo             Carica           Presente
  ROSSI MARIO            Sindaco          Si
  BIANCHI ANNA           Assessore        Si
Presiede il Sindaco ROSSI MARIO.
La seduta si svolge con l'assistenza del Segretario Comunale Dott.ssa ANNA VERDI, che redige il verbale.`, `ROSSI MARIO | Sindaco | true
BIANCHI ANNA | Assessore | true
`, -1, -1, "Sindaco|ROSSI MARIO", ""},

		{"ticks of a symbol font, rows between ruled lines", `
  Nominativo             Carica          Presente    Assente
  ______________________________________________________________
  ROSSI MARIO            Sindaco            •
  ______________________________________________________________
  BIANCHI ANNA           Assessore                      •
  ______________________________________________________________`, `ROSSI MARIO | Sindaco | true
BIANCHI ANNA | Assessore | false
`, -1, -1, "", ""},

		{"a report's box drawn with characters, its bars left between the headings and the marks", `
   N. | COGNOME E NOME                   CARICA                    PRES. | ASS. |
   1    ROSSI MARIO                      SINDACO                     SI
   2    BIANCHI ANNA                     VICE SINDACO          |     SI
   3    VERDI LUCA                       ASSESSORE                     |     SI |`, `ROSSI MARIO | SINDACO | true
BIANCHI ANNA | VICE SINDACO | true
VERDI LUCA | ASSESSORE | false
`, -1, -1, "", ""},

		{"absences by their kind, abbreviated", `
  Nome                     Carica             pres.        ass. giust.       ass. ingiust.
  WALLNÖFER Hanspeter      Sindaco              X
  KOFLER Sonja             Assessora                           X
  THÖNI Michael            Assessore                                              X`, `WALLNÖFER Hanspeter | Sindaco | true
KOFLER Sonja | Assessora | false
THÖNI Michael | Assessore | false
`, -1, -1, "", ""},

		{"crosses drawn by hand, read by an OCR as letters", `
  Cognome e Nome               Carica              Presenti      Assenti
  ZANACCHI ROBERTO             Sindaco                >.
  FERRARI MARTINA              Vice Sindaco           SS
  GUERRESCHI PAOLO             Assessore              XxX
  BOTTOLI ELENA                Assessore                           die
  MONTANARI LUCA ANTONIO       Assessore              i`, `ZANACCHI ROBERTO | Sindaco | true
FERRARI MARTINA | Vice Sindaco | true
GUERRESCHI PAOLO | Assessore | true
BOTTOLI ELENA | Assessore | false
MONTANARI LUCA ANTONIO | Assessore | true
`, -1, -1, "", ""},

		{"a row read as a sentence lends no mark to the president", `
Il Sindaco ROSSI MARIO Si
Il Segretario Comunale Dott. Bruno Gialli`, ``, -1, -1, "Sindaco|ROSSI MARIO", ""},

		{"prose lists", `
Sono presenti i signori: ROSSI MARIO (Sindaco), BIANCHI ANNA (Assessore) e VERDI LUCA (Assessore); assenti: NERI PAOLO (Assessore).
Partecipa il Segretario Comunale Dott. Bruno Gialli.`, `ROSSI MARIO | Sindaco | true
BIANCHI ANNA | Assessore | true
VERDI LUCA | Assessore | true
NERI PAOLO | Assessore | false
`, -1, -1, "", ""},

		{"prose lists, the one absent named after \"il Sig.:\"", `
Sono presenti i Sigg.: ROSSI Mario (Sindaco), BIANCHI Anna (Assessore) e VERDI Luca (Assessore).
È assente il Sig.: NERI Paolo (Assessore).
Partecipa il Segretario Comunale Dott. Bruno Gialli.`, `ROSSI Mario | Sindaco | true
BIANCHI Anna | Assessore | true
VERDI Luca | Assessore | true
NERI Paolo | Assessore | false
`, -1, -1, "", ""},

		{"prose lists with each role after a dash", `
Risultano presenti: ROSSI Mario - il Sindaco, BIANCHI Anna - Assessore, VERDI Luca - Assessore.
Risultano assenti: NERI Paolo - Assessore.
Partecipa il Segretario Comunale Dott. Bruno Gialli.`, `ROSSI Mario | Sindaco | true
BIANCHI Anna | Assessore | true
VERDI Luca | Assessore | true
NERI Paolo | Assessore | false
`, -1, -1, "", ""},

		{"prose lists of one name and role a line", `
Sono presenti i Sigg.ri:
ROSSI MARIO (Sindaco)
BIANCHI ANNA (Assessore)
VERDI LUCA (Assessore)
Sono assenti i Sigg.ri: NERI PAOLO (Assessore).
Partecipa il Segretario Comunale Dott. Bruno Gialli.`, `ROSSI MARIO | Sindaco | true
BIANCHI ANNA | Assessore | true
VERDI LUCA | Assessore | true
NERI PAOLO | Assessore | false
`, -1, -1, "", ""},

		{"prose lists of one name a line, its role after a comma", `
Sono presenti:
Mario Rossi, Sindaco
Anna Bianchi, Vice Sindaco
Luca Verdi, Assessore
Sono assenti: Paolo Neri, Assessore.
Partecipa il Segretario Comunale Dott. Bruno Gialli.`, `Mario Rossi | Sindaco | true
Anna Bianchi | Vice Sindaco | true
Luca Verdi | Assessore | true
Paolo Neri | Assessore | false
`, -1, -1, "", ""},

		{"prose lists without a colon, a plural role for the names after it", `
Risultano presenti il Sindaco Mario Rossi, il Vice Sindaco Luca Bianchi e gli Assessori Anna Verdi e Paolo Neri.
Risulta assente l'Assessore Carla Gialli.
Sono presenti n. 4 componenti.
Partecipa il Segretario Comunale Dott. Bruno Gialli.`, `Mario Rossi | Sindaco | true
Luca Bianchi | Vice Sindaco | true
Anna Verdi | Assessore | true
Paolo Neri | Assessore | true
Carla Gialli | Assessore | false
`, -1, -1, "", ""},

		{"prose lists whose names follow the role they share, written small, those in the room and those linked from afar apart", `
Risultano presenti in aula il Sindaco Marta Fochesato e i consiglieri Dal Cengio Renzo, Gecchele Ilenia; risultano collegati in
videoconferenza i consiglieri Bauce Ottavio e Lovato Serena; risultano assenti i consiglieri Battistella Igor (giustificato)
e Pretto Nadia. Presenti n. 5, assenti n. 2.
Partecipa il Segretario Comunale Dott. Bruno Gialli.`, `Marta Fochesato | Sindaco | true
Dal Cengio Renzo | consigliere | true
Gecchele Ilenia | consigliere | true
Bauce Ottavio | consigliere | true
Lovato Serena | consigliere | true
Battistella Igor | consigliere | false
Pretto Nadia | consigliere | false
`, -1, -1, "", ""},

		{"prose lists of one or two, each verb in the singular, the room named", `
Risultano presenti nella sala della Giunta il Sindaco Marcello Ferretti e l'Assessore Paolo Castellari; risulta
collegata in videoconferenza la Vicesindaca Annalisa Bonini; è assente giustificata l'Assessora Silvia Incerti.
Partecipa il Vicesegretario comunale dott. Giovanni Bertolini.`, `Marcello Ferretti | Sindaco | true
Paolo Castellari | Assessore | true
Annalisa Bonini | Vicesindaca | true
Silvia Incerti | Assessora | false
`, -1, -1, "", ""},

		{"a table's rows under headings of the role they hold", `
N.     Cognome e Nome                                                         P            A
SINDACO
1      LANDONIO Andrea                                                        X
CONSIGLIERI DI MAGGIORANZA
2      PORRO Silvia                                                           X
3      GRASSI Emanuele                                                        X
CONSIGLIERI DI MINORANZA
4      CROCI Paola                                                                         X
TOTALE                                                                        3            1`, `LANDONIO Andrea | SINDACO | true
PORRO Silvia | CONSIGLIERE | true
GRASSI Emanuele | CONSIGLIERE | true
CROCI Paola | CONSIGLIERE | false
`, -1, -1, "", ""},

		{"a heading in the plural over a table's last members, the rows apart", `
 Cognome e nome                                            Carica                                                 Presente    Assente
 MENCHETTI Paolo                                           Assessore                                                X
 BONECHI Sara                                              Assessora                                                             X

 Assessori esterni
 GRIFONI Lorenzo                                           Assessore esterno                                        X
 CAPPELLI Martina                                          Assessora esterna                                        X
Presenti n. 3 - Assenti n. 1`, `MENCHETTI Paolo | Assessore | true
BONECHI Sara | Assessora | false
GRIFONI Lorenzo | Assessore esterno | true
CAPPELLI Martina | Assessora esterna | true
`, -1, -1, "", ""},

		{"the one absent named after the verb, the counts' colon close after", `
 All'appello risultano presenti i Sigg.: MURACA ANTONELLA (VICESINDACO),
 SCALISE FRANCESCO (ASSESSORE), PILEGGI
 VINCENZO (ASSESSORE); risulta assente il Sig. PAONESSA SALVATORE (SINDACO).

                                              PRESENTI: 3       ASSENTI: 1
 Assume la presidenza il VICESINDACO Sig.ra MURACA ANTONELLA.`, `MURACA ANTONELLA | VICESINDACO | true
SCALISE FRANCESCO | ASSESSORE | true
PILEGGI VINCENZO | ASSESSORE | true
PAONESSA SALVATORE | SINDACO | false
`, -1, -1, "", ""},

		{"a heading over three lines, the mark's values under its name", `
                                        Presente
N.   Cognome e Nome            Carica
                                        SI / NO
1 Di Biasi Gerardo        Sindaco          SI
2 Ferrara Luisa           Consigliere      SI
3 Pepe Annamaria          Consigliere     NO
Presenti n. 2 – Assenti n. 1`, `Di Biasi Gerardo | Sindaco | true
Ferrara Luisa | Consigliere | true
Pepe Annamaria | Consigliere | false
`, -1, -1, "", ""},

		{"the lead-in over the names, its marks under a heading of their own", `
    Presenti i signori                        Carica             Presenti     Assenti giust.          Assenti
                                                                                                      ingiust.
    BALDESSARINI Loris                        Sindaco               X
    COMPER Silvia                             Assessore                              X
    FRAPPORTI Matteo                          Assessore             X

Assiste e verbalizza il Segretario comunale dott.ssa Chiara Bertolini.`, `BALDESSARINI Loris | Sindaco | true
COMPER Silvia | Assessore | false
FRAPPORTI Matteo | Assessore | true
`, -1, -1, "", ""},

		{"marks typed inside a form's blanks", `
Eseguito l'appello risultano:
COGNOME E NOME           CARICA                   PRESENTE             ASSENTE
ZANATTA GIOVANNI         SINDACO                  __X__                _____
BORTOLUZZI ELENA         VICESINDACO              __X__                _____
BUSATO SARA              ASSESSORE                _____                __X__

Partecipa alla seduta il Segretario Comunale ___DOTT. BRESSAN STEFANO___ il
quale provvede alla redazione del presente verbale.`, `ZANATTA GIOVANNI | SINDACO | true
BORTOLUZZI ELENA | VICESINDACO | true
BUSATO SARA | ASSESSORE | false
`, -1, -1, "", ""},

		{"a Giunta's table with the matters each member holds", `
      Componente                Carica                             Deleghe                          Pres.   Ass.
 Raffaele Di Lorenzo       Sindaco          Polizia Municipale, Avvocatura, Personale               X
 Teresa Mallardo           Vicesindaco      Bilancio, Tributi, Patrimonio                           X
 Anna Maisto               Assessore        Politiche Sociali, Pari Opportunità                             X

Presenti n. 2 – Assenti n. 1.`, `Raffaele Di Lorenzo | Sindaco | true
Teresa Mallardo | Vicesindaco | true
Anna Maisto | Assessore | false
`, -1, -1, "", ""},

		{"a prose list going on after a role between commas with \"e\"", `
Sono presenti i signori Mario Garnero, Sindaco, e i consiglieri Elisa Bernard, Paolo Lantermino e Ivo Martini. Sono assenti i consiglieri
Luca Ghio e Anna Allais.
Assiste il Segretario comunale dott. Franco Bertaina.`, `Mario Garnero | Sindaco | true
Elisa Bernard | consigliere | true
Paolo Lantermino | consigliere | true
Ivo Martini | consigliere | true
Luca Ghio | consigliere | false
Anna Allais | consigliere | false
`, -1, -1, "", ""},

		{"the absent with leave between commas after the verb", `
Sono presenti i Sigg.: Vincenzo Sorrentino, Sindaco; Annalisa Pisacane, Vice Sindaco; Gerardo Benincasa,
Assessore. È assente, giustificata, l'Assessore Rosaria Cuomo.
Partecipa il Segretario Comunale Dott. Bruno Gialli.`, `Vincenzo Sorrentino | Sindaco | true
Annalisa Pisacane | Vice Sindaco | true
Gerardo Benincasa | Assessore | true
Rosaria Cuomo | Assessore | false
`, -1, -1, "", ""},

		{"a numbered roll in two columns, dotted leaders before each mark, the right one's baselines apart", `
All'appello nominale risultano:
  1. BINDI Gianluca, Sindaco . . . . . . . presente      4. GOVERNI Marta . . . . . . . . presente
  2. CIACCI Alessandra . . . . . . . . . . presente
                                                         5. NERI Francesca . . . . . . . assente
  3. FANTI Lorenzo.........................presente
Presenti n. 4   Assenti n. 1
Partecipa il Segretario Comunale Dott. Bruno Gialli.`, `BINDI Gianluca | Sindaco | true
CIACCI Alessandra |  | true
FANTI Lorenzo |  | true
GOVERNI Marta |  | true
NERI Francesca |  | false
`, -1, -1, "", ""},

		{"a roll's marks headed a word a line under the name's and the role's headings", `
            Nome                      Carica
                                                         presente
                                                                   assente          assente
                                                                 giustificato    ingiustificato
KERSCHBAUMER ANDREAS         Sindaco                        X
PLONER SABINE                Vicesindaca                    X
DELLAGO ELISABETH            Assessora                                X
Assiste il Segretario comunale Dr. Lukas Oberhofer.`, `KERSCHBAUMER ANDREAS | Sindaco | true
PLONER SABINE | Vicesindaca | true
DELLAGO ELISABETH | Assessora | false
`, -1, -1, "", ""},

		{"an assembly's members and their courtesy title before the names, the absent's list after a semicolon", `
Alla seduta risultano presenti i componenti dell'Assemblea Sigg.ri Mura Salvatore (Presidente), Cossu Anna
Rita, Deiana Paolo e Atzeni Franco; risultano assenti i Sigg.ri Serra Marco e Fadda Lucia.
Partecipa il Segretario dell'Unione Dott.ssa Graziella Pinna.`, `Mura Salvatore | Presidente | true
Cossu Anna Rita |  | true
Deiana Paolo |  | true
Atzeni Franco |  | true
Serra Marco |  | false
Fadda Lucia |  | false
`, -1, -1, "", ""},

		{"a numbered roll in two columns whose legend makes its marks letters", `
Risultano presenti (P) e assenti (A) i Signori:
1 SABATINI FEDERICO (Sindaco) P          4 DE LUCA FRANCESCO       P
2 DI GIANVITTORIO LUCA       P           5 DI BERARDINO PIETRO A
3 MARINELLI ROBERTA          P
Presenti n. 4   Assenti n. 1
Partecipa il Segretario Generale dott. Antonio Marcozzi.`, `SABATINI FEDERICO | Sindaco | true
DI GIANVITTORIO LUCA |  | true
MARINELLI ROBERTA |  | true
DE LUCA FRANCESCO |  | true
DI BERARDINO PIETRO |  | false
`, -1, -1, "", ""},

		{"prose lists with titles: a capital after a title's stop goes on the list", `
Sono presenti i signori: Dott. ROSSI MARIO (Sindaco), Avv. BIANCHI ANNA (Assessore); assenti: Ing. NERI PAOLO (Assessore).
Partecipa il Segretario Comunale Dott. Bruno Gialli.`, `ROSSI MARIO | Sindaco | true
BIANCHI ANNA | Assessore | true
NERI PAOLO | Assessore | false
`, -1, -1, "", ""},

		{"prose lists of the absent with leave, their article and courtesy title", `
Sono presenti i Signori: ROSSI Mario, Sindaco; LA ROSA Anna, Assessore. Sono assenti giustificati i Signori:
VERDI Luca, Assessore.
Assente giustificata: Paola Neri – Assessore.
È assente il Signor Giuseppe Gialli, Assessore.
Presiede il Sindaco.`, `ROSSI Mario | Sindaco | true
LA ROSA Anna | Assessore | true
VERDI Luca | Assessore | false
Paola Neri | Assessore | false
Giuseppe Gialli | Assessore | false
`, -1, -1, "", ""},

		{"a header that names the role's column and not the names'", `
Intervengono i Signori:
                                Carica       Presente     Assente
         Giacomo Lenzi       Sindaco              X
         Sara Pardini        Vice Sindaco         X
         Marco Del Carlo     Assessore                       X`, `Giacomo Lenzi | Sindaco | true
Sara Pardini | Vice Sindaco | true
Marco Del Carlo | Assessore | false
`, -1, -1, "", ""},

		{"two numbered blocks whose numbers run across the rows", `
  N.  CONSIGLIERE                   P/A     N.  CONSIGLIERE              P/A
  1   ROSSI MARIO - Sindaco          P      2   NERI PAOLO                P
  3   BIANCHI ANNA                   A      4   VERDI LUCA                P`, `ROSSI MARIO | Sindaco | true
NERI PAOLO |  | true
BIANCHI ANNA |  | false
VERDI LUCA |  | true
`, -1, -1, "", ""},

		{"a number before the name in the name's cell", `
          N.        CONSIGLIERI                PRES.   ASS.
            1   LIPARI SALVATORE                 X
            2   FERRARA ANTONINA                         X`, `LIPARI SALVATORE |  | true
FERRARA ANTONINA |  | false
`, -1, -1, "", ""},

		{"a roll in prose, each member's presence after the name", `
si è riunita la Giunta Comunale nelle persone dei Signori: Dott. Raffaele Ciccarelli, Sindaco,
presente; Sig.ra Angela Grasso, Vice Sindaco, presente; Dott.ssa Rosa Lo Conte, Assessore, assente;
Ing. Carmine Pratola, Assessore, presente.
Presiede il Sindaco, Dott. Raffaele Ciccarelli.`, `Raffaele Ciccarelli | Sindaco | true
Angela Grasso | Vice Sindaco | true
Rosa Lo Conte | Assessore | false
Carmine Pratola | Assessore | true
`, -1, -1, "", ""},

		{"two lists under headings of those present and absent, each name with its role", `
Presenti i signori:                        Assenti giustificati i signori:
FRANCESCHINI DAVIDE              Sindaco ZAMPEDRI CHIARA                     Assessore
MOSER ELISA                  Vicesindaco
ANDREATTA LUCA                 Assessore`, `FRANCESCHINI DAVIDE | Sindaco | true
MOSER ELISA | Vicesindaco | true
ANDREATTA LUCA | Assessore | true
ZAMPEDRI CHIARA | Assessore | false
`, -1, -1, "", ""},

		{"a numbered roll two to a line, a star on the marks of those present from afar", `
Fatto l'appello nominale risultano:
 1) CECCHI DANIELE                       P       4) ROSSI VALENTINA                    P
 2) MARTINI CRISTINA                     P*      5) MORELLI PIETRO                     A
 3) BACCI FILIPPO                        P
P = presente     A = assente    P* = presente in collegamento da remoto`, `CECCHI DANIELE |  | true
MARTINI CRISTINA |  | true
BACCI FILIPPO |  | true
ROSSI VALENTINA |  | true
MORELLI PIETRO |  | false
`, -1, -1, "", ""},

		{"a numbered roll with dot leaders to each mark", `
Dei Signori componenti la Giunta Comunale:
     1. MARINELLI Daniele, Sindaco ...................... Presente
     2. DI PASQUALE Rosa, Vice Sindaco .................. Presente
     3. CARLOMAGNO Ugo, Assessore ....................... Assente`, `MARINELLI Daniele | Sindaco | true
DI PASQUALE Rosa | Vice Sindaco | true
CARLOMAGNO Ugo | Assessore | false
`, -1, -1, "", ""},

		{"two blocks of rows with dot leaders, a long name's leaders and mark wrapped under it", `
Al momento dell'appello nominale risultano presenti e assenti i consiglieri di seguito indicati:
MURA GIOVANNI (Sindaco)...............Presente     ADDIS GIOVANNA....................Presente
SPANO MARIA ANTONIETTA (Presidente)                SECHI MARCO.......................Presente
......................................Presente     CARTA ANTONELLO...................Presente
TEDDE SALVATORE.......................Presente     SANNA GAVINO......................Assente
Presenti n. 5    Assenti n. 1`, `MURA GIOVANNI | Sindaco | true
SPANO MARIA ANTONIETTA | Presidente | true
TEDDE SALVATORE |  | true
ADDIS GIOVANNA |  | true
SECHI MARCO |  | true
CARTA ANTONELLO |  | true
SANNA GAVINO |  | false
`, 5, 1, "", ""},

		{"a roll one a line, each presence after a dash", `
si è riunita la Giunta Comunale, regolarmente convocata, con l'intervento dei Signori:
     CIAMPOLINI ALESSANDRO, Sindaco – presente
     GIGLIOLI FRANCESCA, Vice Sindaco – presente
     MANNUCCI PAOLO, Assessore – assente
Presiede il Sindaco Ing. Alessandro Ciampolini.`, `CIAMPOLINI ALESSANDRO | Sindaco | true
GIGLIOLI FRANCESCA | Vice Sindaco | true
MANNUCCI PAOLO | Assessore | false
`, -1, -1, "", ""},

		{"prose lists with an absence's reason in brackets", `
Sono presenti i Consiglieri: Mario Rossi, Anna Bianchi, Luca Verdi.
Risultano assenti i Consiglieri: Sandra Lusini (giustificata); Paolo Cipriani.
Partecipa il Vice Segretario Comunale Dott.ssa Cristina Bindi.`, `Mario Rossi |  | true
Anna Bianchi |  | true
Luca Verdi |  | true
Sandra Lusini |  | false
Paolo Cipriani |  | false
`, -1, -1, "", ""},

		{"a header in two levels: Presente over Sì and No, beside the name's and the role's", `
                                                                                      Presente
Cognome e nome                            Carica
                                                                                 Sì                   No
Marco Sabbatini                           Sindaco                                X
Federico Mancinelli                       Assessore                             X*
Paola Crinelli                            Assessore                                                   X`, `Marco Sabbatini | Sindaco | true
Federico Mancinelli | Assessore | true
Paola Crinelli | Assessore | false
`, -1, -1, "", ""},

		{"a cross with its qualifier under Assente", `
    Cognome e nome            Carica          Presente   Assente
    MARTINIS ANDREA           Sindaco         X
    CANDOTTO MICHELE          Consigliere                X giust.
    VIDONI GABRIELE           Consigliere     X`, `MARTINIS ANDREA | Sindaco | true
CANDOTTO MICHELE | Consigliere | false
VIDONI GABRIELE | Consigliere | true
`, -1, -1, "", ""},

		{"a column of how each took part beside the presence", `
    Componenti          Carica          Presente     Modalità
    ROSSI MARIO         Sindaco            NO
    BIANCHI ANNA        Assessore          SI        in presenza
    VERDI LUCA          Assessore          SI        da remoto
PRESENTI 2 ASSENTI 1`, `ROSSI MARIO | Sindaco | false
BIANCHI ANNA | Assessore | true
VERDI LUCA | Assessore | true
`, 2, 1, "", ""},

		{"prose lists closed by their count", `
All'appello risultano presenti i Consiglieri: DE ANGELIS Marco, PIROLI
Federica, PALOMBI Massimo (totale n. 3).
Risultano assenti i Consiglieri: LUCIANI Emanuela, TESTA
Gianluca (totale n. 2).
Presiede il Sindaco.`, `DE ANGELIS Marco |  | true
PIROLI Federica |  | true
PALOMBI Massimo |  | true
LUCIANI Emanuela |  | false
TESTA Gianluca |  | false
`, -1, -1, "", ""},

		{"prose list with a clause about a name inside it, the absent after a sentence opening with È", `
Sono presenti il Sindaco Elisa Faoro, che presiede la seduta, il Vicesindaco Paolo Neri e gli Assessori Anna Verdi e Marta Zatta. È assente giustificato l'Assessore Michele Bortolas.
Assiste il Segretario Generale dott. Fabio Scopel.`, `Elisa Faoro | Sindaco | true
Paolo Neri | Vicesindaco | true
Anna Verdi | Assessore | true
Marta Zatta | Assessore | true
Michele Bortolas | Assessore | false
`, -1, -1, "", ""},

		{"a roll whose members sit in the room or join from afar, each in a column of its own", `
All'appello nominale risultano:
     Componente            Carica         In presenza      Da remoto   Assente
     Gianluca Bisso        Sindaco             X
     Roberto Castagnino    Consigliere                         X
     Monica Pittaluga      Consigliere                                     X
                           Totali              1            1           1
Presiede il Sindaco Gianluca Bisso.`, `Gianluca Bisso | Sindaco | true
Roberto Castagnino | Consigliere | true
Monica Pittaluga | Consigliere | false
`, -1, -1, "", ""},

		{"a numbered roll two members a line, crowded: the next number a space after a mark", `
si è riunita la Giunta Municipale nelle persone dei Signori:
1) ROSSI MARIO        Sindaco       Presente 3) VERDI LUCA        Assessore     Presente
2) BIANCHI ANNA MARIA Vice Sindaco Presente 4) NERI PAOLO        Assessore     Assente
Presenti n. 3 Assenti n. 1`, `ROSSI MARIO | Sindaco | true
BIANCHI ANNA MARIA | Vice Sindaco | true
VERDI LUCA | Assessore | true
NERI PAOLO | Assessore | false
`, 3, 1, "", ""},

		{"a numbered roll in two columns, each member's presence after a dash, one from afar", `
si è riunita la Giunta Municipale con l'intervento dei Sigg.ri:
1) PRESTI ANTONINO – Sindaco – presente                         3) GIAMMANCO ROSALIA – Assessore – presente
2) TRIPOLI GIUSEPPINA – Assessore – presente in videoconferenza 4) LO GIUDICE SALVATORE – Assessore – assente
Assume la presidenza il Sindaco Avv. Antonino Presti.`, `PRESTI ANTONINO | Sindaco | true
TRIPOLI GIUSEPPINA | Assessore | true
GIAMMANCO ROSALIA | Assessore | true
LO GIUDICE SALVATORE | Assessore | false
`, -1, -1, "", ""},

		{"a row's mark of several words, a space from the next number", `
si è riunita la Giunta Municipale nelle persone dei Signori:
1) ROSSI MARIO        Sindaco       Presente 3) VERDI LUCA        Assessore     presente in videoconferenza
2) BIANCHI ANNA MARIA Vice Sindaco Presente 4) NERI PAOLO        Assessore     Assente
Presenti n. 3 Assenti n. 1`, `ROSSI MARIO | Sindaco | true
BIANCHI ANNA MARIA | Vice Sindaco | true
VERDI LUCA | Assessore | true
NERI PAOLO | Assessore | false
`, 3, 1, "", ""},

		{"prose lists of numbered items, a title before a name in small letters, the role after a dash", `
Sono presenti:
    1) Dott. Antonio CIRILLO – Sindaco
    2) Sig.ra Carmela D'AMATO – Vice Sindaco
    3) Sig. Gerardo LEMBO – Assessore
Assenti: Avv. Lucia PASTORE – Assessore
Presiede il Sindaco Dott. Antonio CIRILLO.`, `Antonio CIRILLO | Sindaco | true
Carmela D'AMATO | Vice Sindaco | true
Gerardo LEMBO | Assessore | true
Lucia PASTORE | Assessore | false
`, -1, -1, "", ""},

		{"the names under a lead-in, each block's absences marked in its column", `
si è convocato il Consiglio comunale.
Presenti i signori:                               Ass.                                                   Ass.
MOSER Fabrizio                 Sindaco                             LUNELLI Chiara     Consigliere
DALLAPÈ Tiziana                Vicesindaco                         MATTEDI Roberto    Consigliere
CAGOL Renzo                    Consigliere                         PERGHER Giorgio    Consigliere      ingiust.
DEMATTÈ Elisa                  Consigliere        giust.           ROSSI Daniela      Consigliere

Assiste il Segretario comunale dott. Andrea Zanon.`, `MOSER Fabrizio | Sindaco | true
DALLAPÈ Tiziana | Vicesindaco | true
CAGOL Renzo | Consigliere | true
DEMATTÈ Elisa | Consigliere | false
LUNELLI Chiara | Consigliere | true
MATTEDI Roberto | Consigliere | true
PERGHER Giorgio | Consigliere | false
ROSSI Daniela | Consigliere | true
`, -1, -1, "", ""},

		{"a mark's remark wrapped in its cell", `
Al momento della trattazione risultano presenti e assenti i seguenti componenti:
N.     Cognome e nome                      Carica            Presenza
11     BOTTAZZI Federica                   Consigliere       Presente
12     MALPELI Stefano                     Consigliere       Presente (entra alle
                                                             ore 21:05)
13     SCARFÒ Carmelo                      Consigliere       assente (esce alle ore
                                                             19:40)
14     ARDUINI Giulia                      Consigliere       Presente
15     ROSSI Mario                         Consigliere       Presente
                                                             (videoconferenza)
Presenti n. 4         Assenti n. 1`, `BOTTAZZI Federica | Consigliere | true
MALPELI Stefano | Consigliere | true
SCARFÒ Carmelo | Consigliere | false
ARDUINI Giulia | Consigliere | true
ROSSI Mario | Consigliere | true
`, 4, 1, "", ""},

		{"the group and the side in columns, a note printed beside the table", `
Fatto l'appello nominale alle ore 20:00, risultano:
N.  Cognome e nome    Carica       Gruppo consiliare  Magg./Min.      Presenza
1   Tosolini Luca     Sindaco      Insieme per Tutti  maggioranza     presente
                                                                                 (*) Il consigliere Pittoni
2   Pertoldi Giada    Consigliere  Insieme per Tutti  maggioranza     presente   Roberto entra in aula alle
3   Venier Simone     Consigliere  Insieme per Tutti  maggioranza     presente   ore 20:25, durante la
                                                                                 trattazione del punto n. 1
4   Pittoni Roberto   Consigliere  Bene Comune        minoranza       assente (*)
5   Fabris Alessia    Consigliere  Bene Comune        minoranza       assente giustificata
Presenti all'appello n. 3 - Assenti n. 2`, `Tosolini Luca | Sindaco | true
Pertoldi Giada | Consigliere | true
Venier Simone | Consigliere | true
Pittoni Roberto | Consigliere | false
Fabris Alessia | Consigliere | false
`, -1, -1, "", ""},

		{"the remote column's heading abbreviated, \"Rem.\", as \"Pr.\" and \"As.\" are", `
Risultano all'appello:
Nominativo               Pr.    As.    Rem.
BONTEMPI Pierangelo       X
FERRAGLIO Marta           X             X
BORGHETTI Luca                  X
Totale                    2      1      1`, `BONTEMPI Pierangelo |  | true
FERRAGLIO Marta |  | true
BORGHETTI Luca |  | false
`, -1, -1, "", ""},

		{"bilingual headings, the French before the Italian", `
Nom et prénom / Cognome e nome     Qualité / Carica          Présent / Presente     Absent / Assente
VUILLERMIN Michel                  Syndic / Sindaco                                   X
FOSSON Nathalie                    Vice-syndic / Vicesindaco    X
BRUNOD Elio                        Assesseur / Assessore        X`, `VUILLERMIN Michel | Sindaco | false
FOSSON Nathalie | Vicesindaco | true
BRUNOD Elio | Assessore | true
`, -1, -1, "", ""},

		{"one column for the name and the role, headed \"Nome e carica\"", `
si è riunita la Giunta Comunale:
        Nome e carica                        P/A       Modalità
        NOCENTINI Aleandro - Sindaco          P        in presenza
        BIAGINI Cristina - Vicesindaco        P        da remoto
        FANTONI Guido - Assessore             A
        Presenti: 2 Assenti: 1`, `NOCENTINI Aleandro | Sindaco | true
BIAGINI Cristina | Vicesindaco | true
FANTONI Guido | Assessore | false
`, 2, 1, "", ""},

		{"a column of those \"Collegato in videoconferenza\"", `
All'appello risultano:
   Componente             Qualifica            P/A       Collegato in videoconferenza
   SIMONA VIETINA         Sindaco               P                    -
   LUCA MAMBELLI          Vice Sindaco          P                    sì
   MARTINA GIANNELLI      Assessore esterno     A                    -`, `SIMONA VIETINA | Sindaco | true
LUCA MAMBELLI | Vice Sindaco | true
MARTINA GIANNELLI | Assessore esterno | false
`, -1, -1, "", ""},

		{"no header, two blocks, \"V\" for one present by videoconference, the totals beside the last row", `
All'appello risultano (P = presente, A = assente, V = presente in videoconferenza):
 1. Paolo Pomponi          Sindaco          A       4. Caterina Nencioni     Assessore esterno    V
 2. Sabrina Fontanelli     Vice Sindaco     P       5. Gabriele Tafi         Assessore            P
 3. Marco Bellucci         Assessore        P                                Presenti 4 – Assenti 1
Assiste e verbalizza il Segretario Generale Dott. Francesco Cioni.`, `Paolo Pomponi | Sindaco | false
Sabrina Fontanelli | Vice Sindaco | true
Marco Bellucci | Assessore | true
Caterina Nencioni | Assessore esterno | true
Gabriele Tafi | Assessore | true
`, 4, 1, "", ""},

		{"no header, the page set in two columns: the next column's text beside the rows and between them", `
riunita la Giunta comunale nelle persone dei signori:          n. 267/2000.
Marchetti Riccardo     Sindaco          presente
Bindi Lucia            Vicesindaco      presente               Letto, approvato e sottoscritto.
Neri Franco            Assessore        assente
                                                               IL SINDACO
Pasquini Elisa         Assessore        presente
                                                               Riccardo Marchetti
Tinacci Marco          Assessore        presente
Presenti n. 4, assenti n. 1.`, `Marchetti Riccardo | Sindaco | true
Bindi Lucia | Vicesindaco | true
Neri Franco | Assessore | false
Pasquini Elisa | Assessore | true
Tinacci Marco | Assessore | true
`, 4, 1, "", ""},

		{"no header, the role a heading over each group of rows, not a role under the row above it", `
Comunale in adunanza ordinaria di prima convocazione. All'appello nominale risultano:
  Sindaco
     ANFOSSI Davide           P
  Consiglieri
     LANTERI Chiara           P         NOVARO Stefano          P
     CALVINI Elisa            A         RAMELLA Franco          P
Presenti n. 4 - Assenti n. 1 (P = presente, A = assente)`, `ANFOSSI Davide | Sindaco | true
LANTERI Chiara | Consigliere | true
CALVINI Elisa | Consigliere | false
NOVARO Stefano | Consigliere | true
RAMELLA Franco | Consigliere | true
`, 4, 1, "", ""},

		{"those present listed under \"COMPONENTI PRESENTI:\", the absent apart under \"COMPONENTI ASSENTI:\"", `
GIUNTA COMUNALE, CONVOCATA NELLE FORME DI LEGGE.
COMPONENTI PRESENTI:
     QUARANTA VITO NICOLA                 SINDACO
     PIGNATELLI COSIMO                    ASSESSORE
     LENTI MARIA GRAZIA                   ASSESSORE
COMPONENTI ASSENTI:
     D'ALO' ANNAMARIA                     VICE SINDACO
PRESENTI N.   3                               ASSENTI N.    1
ASSUME LA PRESIDENZA IL SINDACO AVV. VITO NICOLA QUARANTA.`, `QUARANTA VITO NICOLA | SINDACO | true
PIGNATELLI COSIMO | ASSESSORE | true
LENTI MARIA GRAZIA | ASSESSORE | true
D'ALO' ANNAMARIA | VICE SINDACO | false
`, -1, -1, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			act := ParseAct(drawnPDF(t, drawnHeading+tt.page))
			if act == nil {
				t.Fatal("no act")
			}
			if got := attendeeRows(act.Attendees); got != tt.want {
				t.Errorf("attendees:\n%s\nwant:\n%s", got, tt.want)
			}
			if tt.present >= 0 && act.AttendeesDeclared != tt.present {
				t.Errorf("declared present %d, want %d", act.AttendeesDeclared, tt.present)
			}
			if tt.absent >= 0 && act.AbsenteesDeclared != tt.absent {
				t.Errorf("declared absent %d, want %d", act.AbsenteesDeclared, tt.absent)
			}
			if tt.president != "" {
				got := ""
				if act.President != nil {
					got = act.President.Role + "|" + act.President.Name
				}
				if got != tt.president {
					t.Errorf("president %q, want %q", got, tt.president)
				}
			}
			if tt.voted != "" && act.Vote != tt.voted {
				t.Errorf("vote %q, want %q", act.Vote, tt.voted)
			}
		})
	}
}

// layoutDocument is layoutText as a document in memory, for the fuzzer:
// the same cells as drawnPDF without writing and reading a PDF.
func layoutDocument(text string) *pdftext.File {
	doc := &pdftext.File{}
	for _, c := range layoutText(text) {
		for len(doc.Pages) <= c.page {
			doc.Pages = append(doc.Pages, pdftext.Page{Number: len(doc.Pages) + 1, Width: 595, Height: 842})
		}
		p := &doc.Pages[c.page]
		p.Runs = append(p.Runs, pdftext.Run{X: c.x, Y: c.y, W: drawnCharWidth * float64(len([]rune(c.text))), Size: drawnSize, Text: c.text})
	}
	return doc
}

// FuzzAttendance feeds the attendance and vote readers arbitrary text laid
// out in cells: they must never panic, and what they return must be well
// formed (named rows, a table within the lines, counts that are counts).
func FuzzAttendance(f *testing.F) {
	f.Add("  CARICA    COGNOME E NOME      PRESENTE\n  Il Sindaco   ROSSI MARIO    Si\nPresenti n° 1 Assenti n° 0")
	f.Add("  CONSIGLIERI   P   A     CONSIGLIERI   P   A\n  ROSSI MARIO   X         NERI PAOLO        X\n")
	f.Add("  Nominativo   Ruolo   Presente   Assente\n  ROSSI MARIO   PRESIDENTE\n~ BIANCHI ANNA        Presente\n~  DEL CONSIGLIO\n  Tot. 1  Tot. 0")
	f.Add("=  NOMINATIVO     CARICA     PRESENTE\n=  ROSSI MARIO    SINDACO    SI")
	f.Add("  Nominativo   Ruolo   Presente   Assente\n  ROSSI MARIO   SINDACO   Presente\n§  VERDI LUCA   ASSESSORE        Assente\n  Tot. 1  Tot. 1")
	f.Add("  ROSSI MARIO    Sindaco    P\n  BIANCHI ANNA   Assessore   A")
	f.Add("    1) ROSSI MARIO – Sindaco – presente\n    2) BIANCHI ANNA – Assessore – assente")
	f.Add("risultano:\n  1. ROSSI MARIO – Sindaco –       3. NERI LUCA – Assessore – presente\n     presente                     4. VERDI ANNA – Assessore –\n  2. BIANCHI ANNA – Assessore        assente\n")
	f.Add("Presenti i signori:\n  ROSSI MARIO    Sindaco    ass. giust.    NERI LUCA    Assessore\n  BIANCHI ANNA   Assessore                 VERDI ANNA   Assessore\n")
	f.Add("Sono presenti i signori: ROSSI MARIO (Sindaco), BIANCHI ANNA; assenti: nessuno.")
	f.Add("Risultano presenti il Sindaco Mario Rossi e gli Assessori Anna Verdi e Paolo Neri.\nRisulta assente l'Assessore Carla Gialli.")
	f.Add("Con la seguente votazione: Presenti n. 12; Votanti n. 11; Favorevoli n. 9; Contrari n. 2\nDELIBERA")
	f.Fuzz(func(t *testing.T, text string) {
		ls := newActLines(layoutDocument(text))
		if tbl := readAttendanceTable(ls); tbl != nil {
			if tbl.first < 0 || tbl.last < tbl.first || tbl.last >= len(ls) {
				t.Errorf("table spans lines %d-%d of %d", tbl.first, tbl.last, len(ls))
			}
			if tbl.present < -1 || tbl.absent < -1 {
				t.Errorf("declared counts %d, %d", tbl.present, tbl.absent)
			}
			for _, r := range tbl.rows {
				if strings.TrimSpace(r.Name) == "" {
					t.Errorf("row without a name: %+v", r)
				}
			}
		}
		for _, r := range readAttendanceProse(ls) {
			if strings.TrimSpace(r.Name) == "" {
				t.Errorf("prose row without a name: %+v", r)
			}
		}
		act := &Act{Kind: "deliberazione"}
		parseVote(ls, act)
		if act.VoteCounts != nil {
			for _, n := range []*int{act.VoteCounts.Present, act.VoteCounts.Voters, act.VoteCounts.InFavour, act.VoteCounts.Against, act.VoteCounts.Abstained} {
				if n != nil && *n < 0 {
					t.Errorf("negative count in %s", describeCounts(act.VoteCounts))
				}
			}
		}
	})
}

// TestMinutePeopleForms reads who presides and the secretary from the
// ways minutes name them.
func TestMinutePeopleForms(t *testing.T) {
	president := func(a *Act) *Person { return a.President }
	secretary := func(a *Act) *Person { return a.Secretary }
	tests := []struct {
		text string
		who  func(*Act) *Person
		want string // title|role|name
	}{
		{"Presiede il Sindaco Mario Rossi.", president, "|Sindaco|Mario Rossi"},
		{"Presiede la seduta il Sindaco, Mario Rossi.", president, "|Sindaco|Mario Rossi"},
		{"Assume la presidenza il Sig. Mario Rossi, nella sua qualità di Sindaco.", president, "Sig.|Sindaco|Mario Rossi"},
		{"Assume la presidenza il Sig. Mario Rossi.", president, "Sig.||Mario Rossi"},
		{"Il Sindaco Mario Rossi assume la presidenza.", president, "|Sindaco|Mario Rossi"},
		{"Presiede il Presidente del Consiglio Comunale Mario Rossi.", president, "|Presidente del Consiglio Comunale|Mario Rossi"},
		// the name before the words
		{"Il Sig. ROSSI MARIO in qualità di SINDACO assume la presidenza e dichiara aperta la seduta.", president, "Sig.|SINDACO|ROSSI MARIO"},
		{"Constatato il numero legale, il Dott. Mario Rossi, nella sua qualità di Sindaco, assume la presidenza.", president, "Dott.|Sindaco|Mario Rossi"},
		{"Riconosciuto legale il numero degli intervenuti, la signora Michela Zanotelli, nella sua qualità di Sindaca,\nassume la presidenza.", president, "signora|Sindaca|Michela Zanotelli"}, // a woman's title in the feminine
		{"Constatato il numero legale degli intervenuti, l'avv. Michele Zanatta nella sua qualità di Sindaco assume la presidenza.", president, "avv.|Sindaco|Michele Zanatta"},
		{"Riconosciuto legale il numero degli intervenuti, il sig. Manfred\nGasser, nella sua qualità di Presidente del Consiglio comunale,\nassume la presidenza e dichiara aperta la seduta.", president, "sig.|Presidente del Consiglio comunale|Manfred Gasser"},
		{"Il Vice Sindaco Luca Bianchi assume la presidenza.", president, "|Vice Sindaco|Luca Bianchi"},
		{"Assiste il Segretario comunale, signor Dr. Stefan Gasser.", secretary, "Dr.|Segretario comunale|Stefan Gasser"},           // the professional title, not the courtesy one before it
		{"Assiste il Segretario comunale dott. ing. Stefano Girotto.", secretary, "dott. ing.|Segretario comunale|Stefano Girotto"}, // two professional titles, one title
		{"Assiste il Segretario comunale dott. sig. Stefano Girotto.", secretary, "dott.|Segretario comunale|Stefano Girotto"},
		{"Partecipa alla seduta il Dott. Giuseppe Arcidiacono, Segretario Generale supplente, incaricato della\nredazione del verbale.", secretary, "Dott.|Segretario Generale supplente|Giuseppe Arcidiacono"}, // the name, then the role
		{"Essendo assente il Sindaco, presiede la seduta il Vicesindaco, Consigliere Marta Caffarena, ai sensi dello Statuto.", president, "|Vicesindaco|Marta Caffarena"},                                      // the seat held besides, after a comma
		{"Il Sig. Franco Capponi, nella sua qualità di\nSindaco, assume la presidenza.", president, "Sig.|Sindaco|Franco Capponi"},                                                                              // over two lines
		{"Essendo legale il numero degli intervenuti, la sig.ra Elena Rota, nella sua qualità di Sin-\ndaco, assume la presidenza e dichiara aperta la seduta.", president, "sig.ra|Sindaco|Elena Rota"},        // the role broken at the line's end
		{"Essendo legale il numero degli intervenuti, il Vicesindaco Sig. Moreno Poli, in assenza del Sindaco, assume la\npresidenza e dichiara aperta la seduta.", president, "Sig.|Vicesindaco|Moreno Poli"},  // whom the person stands in for, between commas
		{"Presiede il\nSindaco Mario Rossi.", president, "|Sindaco|Mario Rossi"},
		{"Assume la presidenza, in assenza del Sindaco, il Vicesindaco Di Lorenzo Angela, che dichiara aperta la seduta.", president, "|Vicesindaco|Di Lorenzo Angela"},                                                                // a surname's particle after the role
		{"ASSUME LA PRESIDENZA, IN ASSENZA DEL SINDACO, IL VICE SINDACO DOTT.SSA ELENA MARCOZZI, LA QUALE, RICONOSCIUTA LA VALIDITA' DELLA SEDUTA, INVITA LA GIUNTA A DELIBERARE.", president, "DOTT.SSA|VICE SINDACO|ELENA MARCOZZI"}, // the aside in capitals
		{"PRESIEDE IL SINDACO DI GIROLAMO ENRICO. PARTECIPA IL SEGRETARIO COMUNALE DOTT. ANTONIO DI NINO.", president, "|SINDACO|DI GIROLAMO ENRICO"},
		{"Il Sindaco, constatato il numero legale, assume la presidenza.", president, ""},
		{"Assume la presidenza il Sig. Mario Rossi in qualita' di Sindaco.", president, "Sig.|Sindaco|Mario Rossi"},
		{"Il sig. Giovanni Di Santo, nella qualità di Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta.", president, "sig.|Presidente|Giovanni Di Santo"},                               // "nella qualità", without "sua"
		{"IL SIG. SALVATORE MURA, NELLA SUA QUALITA’ DI SINDACO, CONSTATATO IL\nNUMERO LEGALE DEGLI INTERVENUTI, ASSUME LA PRESIDENZA.", president, "SIG.|SINDACO|SALVATORE MURA"},                                          // the sentence begun on the line above, an accent typed as a right quote
		{"Riconosciuto legale il numero degli intervenuti, il Sindaco\nAndreas Kerschbaumer assume la presidenza e dichiara aperta la seduta.", president, "|Sindaco|Andreas Kerschbaumer"},                                 // the role on the line above the name
		{"Assiste il Vice Segretario dott.ssa Barbara Tamagnini. Il Sindaco\nStefano Rossini, in qualità di Presidente, constatato il numero legale, dichiara aperta la seduta.", president, "|Presidente|Stefano Rossini"}, // the capacity it presides in
		{"Constatato il numero legale, assume la presidenza la sig.ra Anna Verdi nella sua\nqualità di Sindaco.", president, "sig.ra|Sindaco|Anna Verdi"},
		{"Assume la presidenza la Sig.ra Anna Verdi, Presidente del Consiglio Comunale, la quale dichiara aperta la seduta.", president, "Sig.ra|Presidente del Consiglio Comunale|Anna Verdi"},
		{"Essendo legale il numero degli intervenuti, il Sig. ROSSI MARIO – Sindaco – assume la presidenza.", president, "Sig.|Sindaco|ROSSI MARIO"},
		{"Presiede l'adunanza il Presidente del Consiglio Comunale Geom. Mario Rossi, il quale dichiara aperta la seduta.", president, "Geom.|Presidente del Consiglio Comunale|Mario Rossi"},
		{"La sig.ra Anna Verdi, nella sua qualità di Presidente del Consiglio Comunale, constatato il numero\nlegale, dichiara aperta la seduta.", president, "sig.ra|Presidente del Consiglio Comunale|Anna Verdi"},
		{"Il Presidente, constatato il numero legale, dichiara aperta la seduta.", president, ""},
		{"Presiede l'adunanza il Presidente del Consiglio Comunale Avv. Stefano DI\nLORENZO, il quale dichiara aperta la seduta.", president, "Avv.|Presidente del Consiglio Comunale|Stefano DI LORENZO"},
		{"Presiede il Sindaco SALA Giuseppe\nPartecipa il Segretario Generale Dott. Mario Rossi.", president, "|Sindaco|SALA Giuseppe"},
		{"Svolge le funzioni di Segretario il Direttore. Presiede la seduta la Presidente Francesca\nMantelli, la quale, accertata la validità della seduta, invita il Consiglio a deliberare.", president, "|Presidente|Francesca Mantelli"}, // a given name alone at the line's end
		{"Presiede la seduta la Dott.ssa Anna Verdi, nella qualità di Presidente del Consiglio\nComunale, la quale dichiara aperta la seduta.", president, "Dott.ssa|Presidente del Consiglio Comunale|Anna Verdi"},
		{"Assume la Presidenza il Sig. Mario Rossi, Presidente del Consiglio Comunale.", president, "Sig.|Presidente del Consiglio Comunale|Mario Rossi"},
		{"Assume la presidenza il Signor PESARESI ANDREA in qualità di SINDACO assistito dal\nSEGRETARIO GENERALE Signor CINGOLANI PAOLA.", president, "Signor|SINDACO|PESARESI ANDREA"},
		{"Assume la presidenza, in assenza del Sindaco, la Vice Sindaco Sig.ra Loredana Paolini, la quale, riconosciuta\nla validità della seduta, dichiara aperta la discussione.", president, "Sig.ra|Vice Sindaco|Loredana Paolini"},
		{"Assume la presidenza, essendo assente il Sindaco, l'Assessore anziano Sig. Mario Rossi.", president, "Sig.|Assessore anziano|Mario Rossi"},
		{"Assume la presidenza, la Vice Sindaco Sig.ra Anna Verdi, la quale dichiara aperta la seduta.", president, "Sig.ra|Vice Sindaco|Anna Verdi"},
		{"Essendo legale il numero degli intervenuti, il Sig. Roberto QUAGLIA, nella sua qualità di Presidente del\nConsiglio Comunale, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto.", president, "Sig.|Presidente del Consiglio Comunale|Roberto QUAGLIA"},
		{"Assume la presidenza il Signor PESARESI ANDREA in qualità di SINDACO assistito dal\nSEGRETARIO GENERALE Signor CINGOLANI PAOLA.", secretary, "Signor|SEGRETARIO GENERALE|CINGOLANI PAOLA"},
		{"Partecipa il Segretario Generale DALL'ACQUA Fabrizio", secretary, "|Segretario Generale|DALL'ACQUA Fabrizio"},
		{"Assume la presidenza il Presidente sig. Fabrizio Colasanti, il quale, con la\npartecipazione del Segretario Generale dott.ssa Raffaella Pietrangeli, procede all'appello.", secretary, "dott.ssa|Segretario Generale|Raffaella Pietrangeli"}, // "con la" ending the line above
		{"Assiste il Segretario generale della Comunità dott.ssa Laura Graziadei.", secretary, "dott.ssa|Segretario generale della Comunità|Laura Graziadei"},
		{"il Commissario Prefettizio, con l'assistenza del Segretario, ha adottato la seguente deliberazione.\n                 IL COMMISSARIO PREFETTIZIO\nPremesso che il Settore Servizi Sociali ha proposto la convenzione;\nDELIBERA\n1. di approvare la convenzione.\nIL COMMISSARIO PREFETTIZIO                      IL SEGRETARIO GENERALE\nF.to dott.ssa Maria Teresa Lagonigro            F.to dott.ssa Giovanna Cocomazzi", president, "dott.ssa|COMMISSARIO PREFETTIZIO|Maria Teresa Lagonigro"},                                                                                                                                                                                          // the signature grid, past the heading over the decision
		{"il Commissario Prefettizio, con l'assistenza del Segretario, ha adottato la seguente deliberazione.\n                 IL COMMISSARIO PREFETTIZIO\nPremesso che il Settore Servizi Sociali ha proposto la convenzione;\nDELIBERA\n1. di approvare la convenzione.\nIL COMMISSARIO PREFETTIZIO                      IL SEGRETARIO GENERALE\nF.to dott.ssa Maria Teresa Lagonigro            F.to dott.ssa Giovanna Cocomazzi", secretary, "dott.ssa|SEGRETARIO GENERALE|Giovanna Cocomazzi"},                                                                                                                                                                                                  // the grid's secretary, beside the president
		{"Constatato il numero legale, la Giunta delibera.\nDELIBERA\n1. di approvare.\n              IL PRESIDENTE                                   IL SEGRETARIO COMUNALE REGGENTE\n       F.to Sig. Giuseppe Scrofani                             F.to Dott.ssa Rosaria Fichera\n                           CERTIFICATO DI PUBBLICAZIONE\nIl sottoscritto Segretario Comunale CERTIFICA che copia della presente deliberazione e’ stata pubblicata.\n                                                           IL SEGRETARIO COMUNALE\n                                                           F.to Dott. Mario Bianchi", secretary, "Dott.ssa|SEGRETARIO COMUNALE REGGENTE|Rosaria Fichera"}, // not who signs the certificate under the grid
		{"Assume la presidenza il Sindaco Mario Rossi assistito dal Segretario Comunale Dott. Luca Neri.", secretary, "Dott.|Segretario Comunale|Luca Neri"},
		{"La seduta si tiene con la partecipazione del Segretario Generale Anna Verdi.", secretary, "|Segretario Generale|Anna Verdi"},
		{"Partecipa alla seduta il Vice Segretario Dott. Stefano Menin, incaricato della redazione del verbale.", secretary, "Dott.|Vice Segretario|Stefano Menin"},
		{"Presiede il Sindaco Mario Rossi; assiste il Segretario Comunale Luca Neri.", secretary, "|Segretario Comunale|Luca Neri"},
		{"Assiste il Segretario Comunale Dott. Mario Bianchi, incaricato della redazione del verbale.", secretary, "Dott.|Segretario Comunale|Mario Bianchi"},
		{"La seduta si svolge con l'assistenza del Segretario Comunale Dott.ssa ANNA VERDI, che redige il verbale.", secretary, "Dott.ssa|Segretario Comunale|ANNA VERDI"},
		{"Verbalizza il Vice Segretario Comunale Dott. Luca Neri.", secretary, "Dott.|Vice Segretario Comunale|Luca Neri"},
		{"Con l'intervento e l'opera del Segretario Generale Dott.ssa Anna Verdi, la quale provvede alla redazione del verbale.", secretary, "Dott.ssa|Segretario Generale|Anna Verdi"},
		{"Partecipa all'adunanza il Segretario Comunale Reggente Dott. Luca Neri.", secretary, "Dott.|Segretario Comunale Reggente|Luca Neri"},
		{"Assiste il Segretario Comunale in convenzione, dott.ssa Antonella Serra, che provvede alla redazione del verbale.", secretary, "dott.ssa|Segretario Comunale in convenzione|Antonella Serra"}, // one shared with other Comuni
		{"Partecipa il Segretario comunale reggente a scavalco dott.ssa Marta Cenci, la quale provvede alla verbalizzazione.", secretary, "dott.ssa|Segretario comunale reggente a scavalco|Marta Cenci"},
		{"Presiede il Sindaco Mario Rossi. Il Segretario Generale Dott.ssa Anna Verdi assiste e cura la verbalizzazione.", secretary, "Dott.ssa|Segretario Generale|Anna Verdi"},
		{"Assiste con funzioni di segretario verbalizzante il Segretario Generale Dott. Raffaele Ciampi.", secretary, "Dott.|Segretario Generale|Raffaele Ciampi"}, // the function, then the role its holder has
		{"Partecipa con funzioni di segretario verbalizzante il Dott. Piero Gribaudo.", secretary, "Dott.|segretario verbalizzante|Piero Gribaudo"},                // the function alone
		{"FUNGE DA SEGRETARIO VERBALIZZANTE IL DOTT. Piero GRIBAUDO, DIRETTORE DEL\nCONSORZIO.", secretary, "DOTT.|SEGRETARIO VERBALIZZANTE|Piero GRIBAUDO"},
		{"Funge da segretario verbalizzante il Dott. Piero Gribaudo, Direttore del Consorzio.", secretary, "Dott.|segretario verbalizzante|Piero Gribaudo"},
		{"Presiede il Sig. ROCCO CANTISANI nella sua qualita’ di SINDACO. Partecipa con\nfunzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma\n4,   lett.   a, del D.Lgs. 267/2000) il SEGRETARIO COMUNALE DOTT. NICOLA\nMASTROBERTI.", secretary, "DOTT.|SEGRETARIO COMUNALE|NICOLA MASTROBERTI"}, // the function's words fill a line
		{"Partecipa il Direttore del Consorzio, ing. Fabio Monacelli, con funzioni di Segretario verbalizzante ai sensi dell'art. 21 dello Statuto.", secretary, "ing.|Direttore del Consorzio|Fabio Monacelli"},                                                                                                              // the role held, the name, then the function
		{"Assume la presidenza il Presidente. Assiste il\nDirettore del Consorzio, dott. Piero Gribaudo, con funzioni di\nsegretario verbalizzante.", secretary, "dott.|Direttore del Consorzio|Piero Gribaudo"},
		{"Presiede la seduta il Presidente della Provincia, dott. Giuseppe Carnovale. Partecipa il Segretario Generale.", president, "dott.|Presidente della Provincia|Giuseppe Carnovale"},
		{"Il sig. Salvatore Fois, nella sua qualità di Presidente dell'Unione, constatato il numero legale degli\nintervenuti, dichiara aperta la seduta.", president, "sig.|Presidente dell'Unione|Salvatore Fois"},                                         // a capacity whose body is elided
		{"Assume la presidenza il sig. Carlo Monteferrante, Sindaco del Comune di\nScerni, in qualita’ di Presidente dell’Assemblea Consortile. Partecipa il Direttore.", president, "sig.|Presidente dell’Assemblea Consortile|Carlo Monteferrante"},        // the capacity past the line's end
		{"ASSUME LA PRESIDENZA IL SIG. TEDDE GIOVANNI ANTONIO − SINDACO. PARTECIPA IL\nSEGRETARIO COMUNALE DOTT.SSA SOLINAS GIUSEPPINA.", president, "SIG.|SINDACO|TEDDE GIOVANNI ANTONIO"},                                                                  // a2ps's minus sign for the dash
		{"Essendo legale il numero degli intervenuti, Stefano Marinozzi, nella sua qualità di Sindaco, assume la\npresidenza e dichiara aperta la seduta.", president, "|Sindaco|Stefano Marinozzi"},                                                         // a name after a clause's comma, with neither article nor title
		{"accertato il numero legale, dichiara aperta la seduta. Funge da Segretario\ndell'Assemblea la componente Laura Cecchini. Assiste alla seduta il Direttore\nGenerale, ing. Stefano Guidi.", secretary, "|Segretario dell'Assemblea|Laura Cecchini"}, // a member of the assembly, with no title
		{"Il Presidente, Avv. Giovanni La Torre, nella sua qualità di Sindaco, constatato il numero legale degli intervenuti, dichiara aperta la riunione.", president, "Avv.|Sindaco|Giovanni La Torre"},
		{"Il Presidente, Avv. Giovanni La Torre, nella sua qualità di Sindaco, constatato il numero legale degli\nintervenuti, dichiara aperta la riunione.", president, "Avv.|Sindaco|Giovanni La Torre"},
		// a prefect's commission presides over a dissolved council
		{"Presiede la seduta il dott. Vincenzo Lubrano, Presidente della Commissione Straordinaria.", president, "dott.|Presidente della Commissione Straordinaria|Vincenzo Lubrano"},
		{"Presiede la seduta il Dott. Mario Rossi, Commissario Straordinario.", president, "Dott.|Commissario Straordinario|Mario Rossi"},
		// the name wrapped past the sentence's second line
		{"Presiede il Sindaco Mario Rossi. Partecipa con\nfunzioni di assistenza e di verbalizzazione il Segretario Generale Dott. Francesco\nScalise.\nLA GIUNTA COMUNALE", secretary, "Dott.|Segretario Generale|Francesco Scalise"},
		// the role wrapped onto the sentence's third line
		{"Presiede il Sindaco Mario Rossi. Partecipa con funzioni consultive, referenti, di\nassistenza e verbalizzazione, ai sensi dell'art. 97 del D.Lgs. n. 267/2000, il Segretario\nGenerale Dott. Fabio Scordo.", secretary, "Dott.|Segretario Generale|Fabio Scordo"},
		// other bodies' secretaries
		{"Partecipa il Segretario dell'Unione Dott. Mauro Cocco.", secretary, "Dott.|Segretario dell'Unione|Mauro Cocco"},
		{"Assiste il Segretario comunale dott.ssa Nathalie GUICHARDAZ\nDei componenti la Giunta comunale risultano:", secretary, "dott.ssa|Segretario comunale|Nathalie GUICHARDAZ"}, // the next sentence's first word a particle
		{"Partecipa il Segretario Generale dell’Unione Dott.ssa Cristina Magnani, la quale provvede alla redazione del verbale.", secretary, "Dott.ssa|Segretario Generale dell’Unione|Cristina Magnani"},
		{"Partecipa con funzioni di assistenza e verbalizzazione il Vice Segretario Generale dott.ssa Angela de Gennaro.", secretary, "dott.ssa|Vice Segretario Generale|Angela de Gennaro"}, // a surname's particle in small letters
		{"Partecipa il Segretario Dott.ssa Lorena Arnoldi, che provvede alla redazione del presente verbale.", secretary, "Dott.ssa|Segretario|Lorena Arnoldi"},                              // "Segretario" alone before a title
		{"Partecipa il Segretario della Commissione Mario Rossi.", secretary, ""},                                                                                                            // alone, with no title: whose, unsaid
		{"Assiste alla seduta, con funzioni di Segretario verbalizzante, il Direttore del Consorzio Dott.ssa Paola Repetto.", secretary, "Dott.ssa|Segretario verbalizzante|Paola Repetto"},
		{"Presiede la seduta la Sig.ra Ilaria Sanna, nella sua qualità di Presidente dell'Unione.", president, "Sig.ra|Presidente dell'Unione|Ilaria Sanna"},
		{"Assume la presidenza il sig. Tonino Solinas, nella sua qualità di Presidente dell'Assemblea. Partecipa il Segretario.", president, "sig.|Presidente dell'Assemblea|Tonino Solinas"}, // other bodies' presidents
		{"Assume la presidenza il Sig. Paolo Guglielmetti nella sua qualita’ di\nPresidente dell’Assemblea consortile, il quale dichiara aperta la seduta.", president, "Sig.|Presidente dell’Assemblea consortile|Paolo Guglielmetti"},
		{"Presiede l'avv. Raffaele Spinelli, nella sua qualità di Presidente della Comunità Montana. Partecipa il Segretario.", president, "avv.|Presidente della Comunità Montana|Raffaele Spinelli"},
		{"a seguito di regolare convocazione, si è riunita la Giunta Comunale sotto la presidenza del Sindaco\nAndrea Canepa, con la partecipazione del Segretario Comunale dott.ssa Laura Ferretto.", president, "|Sindaco|Andrea Canepa"}, // the body that sits before the words, who presides after them on the next line
		// a minute printed in capitals, where case does not end a name
		{"PARTECIPA ALLA SEDUTA IL SEGRETARIO COMUNALE DOTT. ROBERTO PEZZOTTA IL\nQUALE PROVVEDE ALLA REDAZIONE DEL PRESENTE VERBALE.", secretary, "DOTT.|SEGRETARIO COMUNALE|ROBERTO PEZZOTTA"},
		{"Assume la presidenza il Sig. Ciro DI LAURO, che dichiara aperta la seduta, con\nla partecipazione del Segretario Generale dott. Raffaele IOVINO, incaricato\ndella redazione del verbale.", secretary, "dott.|Segretario Generale|Raffaele IOVINO"}, // "con" ending the line above
		{"Partecipa alla seduta il Segretario Comunale ___DOTT. BRESSAN STEFANO___ il\nquale provvede alla redazione del presente verbale.", secretary, "DOTT.|Segretario Comunale|BRESSAN STEFANO"},                                                          // typed inside a form's blank
		{"Assume la presidenza il Signor PACIONI ANDREA in qualità di PRESIDENTE DEL CONSIGLIO assistito\ndal SEGRETARIO COMUNALE Dott. MARINELLI ROBERTO.", secretary, "Dott.|SEGRETARIO COMUNALE|MARINELLI ROBERTO"},                                        // the key's words across the line's end
		{"Partecipa con funzioni consultive,\nreferenti e di assistenza il SEGRETARIO GENERALE dott.ssa Maria Rosaria\nPENNETTA, incaricato della redazione del verbale.", secretary, "dott.ssa|SEGRETARIO GENERALE|Maria Rosaria PENNETTA"},                  // the surname on the third line
		{"ESSENDO LEGALE IL NUMERO DEGLI INTERVENUTI, IL SIG. GIANPIETRO FERRARI -\nSINDACO - ASSUME LA PRESIDENZA E DICHIARA APERTA LA SEDUTA.", president, "SIG.|SINDACO|GIANPIETRO FERRARI"},
		{"ASSUME LA PRESIDENZA LA DOTT.SSA FRANCESCA ORECCHIONI IN QUALITA' DI VICESINDACO.", president, "DOTT.SSA|VICESINDACO|FRANCESCA ORECCHIONI"},
		{"ESSENDO LEGALE IL NUMERO DEGLI INTERVENUTI, IL SIG. GRIGNOLIO MAURO NELLA SUA\nQUALITA’ DI SINDACO ASSUME LA PRESIDENZA E DICHIARA APERTA LA SEDUTA.", president, "SIG.|SINDACO|GRIGNOLIO MAURO"},
	}
	for _, tt := range tests {
		act := ParseAct(textDocument("DELIBERAZIONE DELLA GIUNTA COMUNALE N. 1 DEL 02/03/2026\n" + tt.text))
		got := ""
		if act != nil {
			if p := tt.who(act); p != nil {
				got = p.Title + "|" + p.Role + "|" + p.Name
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestReportRollCells: a fixed-width report's roll prints a box's bar
// glued to a heading ("|PRESENTE") and dot leaders from each cell toward
// the next column; neither is part of a heading, a name or a role.
func TestReportRollCells(t *testing.T) {
	for _, tt := range []struct {
		heading string
		want    colKind
	}{{"|PRESENTE", colPresent}, {"ASSENTE |", colAbsent}, {"│ CARICA", colRole}} {
		if got := headerKind(tt.heading); got != tt.want {
			t.Errorf("headerKind(%q) = %v, want %v", tt.heading, got, tt.want)
		}
	}
	for _, tt := range []struct{ name, role, wantName, wantRole string }{
		{"GRIGNOLIO MAURO ...........", "SINDACO ...........", "GRIGNOLIO MAURO", "SINDACO"},
		{"ROSSI MARIO", "Sindaco", "ROSSI MARIO", "Sindaco"},
		{"DE ROSA A.", "ASSESSORE", "DE ROSA A.", "ASSESSORE"}, // an initial's stop
	} {
		if e := placedEntry(tt.name, tt.role, 0); e.Name != tt.wantName || e.Role != tt.wantRole {
			t.Errorf("placedEntry(%q, %q) = %q, %q; want %q, %q", tt.name, tt.role, e.Name, e.Role, tt.wantName, tt.wantRole)
		}
	}
}

// TestHeadingCellSplit: a cell of a report's heading row that holds
// several headings, a box's bars among them, is split into its columns;
// a heading beside a bar stands where its letters do, not its bar.
func TestHeadingCellSplit(t *testing.T) {
	cols := splitHeaderCell(tableCell{x: 0, x2: 260, text: "P A | | N. COGNOME E NOME"})
	var kinds []colKind
	for _, c := range cols {
		kinds = append(kinds, c.kind)
	}
	if want := []colKind{colPresent, colAbsent, colOrdinal, colName}; !slices.Equal(kinds, want) {
		t.Errorf("kinds %v, want %v", kinds, want)
	}
	c := withoutFrameEnds(tableCell{x: 100, x2: 130, text: "A |"})
	if c.text != "A" || c.x != 100 || c.x2 != 110 {
		t.Errorf("withoutFrameEnds: %+v, want A from 100 to 110", c)
	}
	c = withoutFrameEnds(tableCell{x: 100, x2: 130, text: "| P"})
	if c.text != "P" || c.x != 120 || c.x2 != 130 {
		t.Errorf("withoutFrameEnds: %+v, want P from 120 to 130", c)
	}
}

// TestProseBesideTable: one cell with words in small letters is running
// text, not a row, where it spans most of the table, or ends a sentence
// in a narrow column beside it (a page in two languages).
func TestProseBesideTable(t *testing.T) {
	cols := []column{{kind: colName, x: 60, x2: 150}, {kind: colRole, x: 240, x2: 300}, {kind: colPresent, x: 430, x2: 450}, {kind: colAbsent, x: 500, x2: 520}}
	tests := []struct {
		cell tableCell
		want bool
	}{
		{tableCell{x: 60, x2: 500, text: "Riconosciuto legale il numero degli intervenuti, il Presidente"}, true},
		{tableCell{x: 304, x2: 520, text: "Segretario: il Segretario generale dott. Lukas Gasser."}, true},
		{tableCell{x: 304, x2: 520, text: "Segretario: il Segretario generale dott. Lukas Gasser"}, false},
		{tableCell{x: 60, x2: 200, text: "DE ZORDO CRISTINA"}, false},
	}
	for _, tt := range tests {
		if got := isProse([]tableCell{tt.cell}, cols); got != tt.want {
			t.Errorf("isProse(%q) = %v, want %v", tt.cell.text, got, tt.want)
		}
	}
}

// TestTotalsBesideRows: totals printed in a column of their own right of
// the roll's marks, beside its second and third rows, end no row.
func TestTotalsBesideRows(t *testing.T) {
	line := func(y float64, cells ...any) []pdftext.Run {
		var runs []pdftext.Run
		for i := 0; i < len(cells); i += 2 {
			text := cells[i+1].(string)
			runs = append(runs, pdftext.Run{X: cells[i].(float64), Y: y, W: 5.2 * float64(len(text)), Size: 10.5, Text: text})
		}
		return runs
	}
	var runs []pdftext.Run
	for _, l := range [][]pdftext.Run{
		line(780, 66.0, "COMUNE DI ROCCAGLORIOSA"),
		line(760, 66.0, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE N. 23 DEL 24.3.2026"),
		line(740, 66.0, "OGGETTO: Approvazione del progetto."),
		line(720, 66.0, "L'anno duemilaventisei, il giorno ventiquattro del mese di marzo, si è riunita la Giunta Comunale. Risultano:"),
		line(705, 66.0, "Cognome e Nome", 266.0, "Carica", 413.8, "P", 463.2, "A"),
		line(691, 66.0, "Lamberti Gerardo", 266.0, "Sindaco", 413.2, "X"),
		line(677, 66.0, "Feola Antonietta", 266.0, "Vicesindaco", 413.2, "X", 496.0, "Presenti: 3"),
		line(663, 66.0, "Cammarano Pasquale", 266.0, "Assessore", 413.2, "X", 496.0, "Assenti: 1"),
		line(649, 66.0, "De Luca Lucia", 266.0, "Assessore", 463.0, "X"),
		line(625, 66.0, "Partecipa il Segretario Comunale dott.ssa Carmela Pinto."),
		line(605, 250.0, "LA GIUNTA COMUNALE"),
		line(585, 250.0, "DELIBERA"),
		line(570, 66.0, "1. di approvare il progetto."),
	} {
		runs = append(runs, l...)
	}
	a := ParseAct(&pdftext.File{Pages: []pdftext.Page{{Number: 1, Width: 595, Height: 842, Runs: runs}}})
	if a == nil || len(a.Attendees) != 4 || a.Attendees[3].Name != "De Luca Lucia" || a.Attendees[3].Present {
		t.Errorf("got %+v, want four rows, De Luca Lucia absent", a)
	}
}

// TestHeadingWordsOnly: a heading's second line ("SI / NO" under
// "Presente") is no member's name; a name is.
func TestHeadingWordsOnly(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"SI / NO", true},
		{"Presente / Assente", true},
		{"SI /", true},
		{"Di Biasi Gerardo", false},
		{"SALA Marco", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := headingWordsOnly(tt.text); got != tt.want {
			t.Errorf("headingWordsOnly(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestFreedOfBlanks: a value typed inside a blank is freed of its
// underscores, as many spaces in their place; an empty blank stays.
func TestFreedOfBlanks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"__X__", "  X  "},
		{"N. ___5___ DEL ___21/01/2027___", "N.    5    DEL    21/01/2027   "},
		{"_____", "_____"},
		{"ASSENTE _____ fine", "ASSENTE _____ fine"},
		{"INAIL_51234567", "INAIL_51234567"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := freedOfBlanks(tt.in); got != tt.want {
			t.Errorf("freedOfBlanks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
