package extract

import (
	"strings"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
)

// TestReadMargin: a margin's column beside the act is read before it,
// its labels in small type beside their values; a premise's verbs and a
// list's numbers left of their text are no margin.
func TestReadMargin(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string // the lines, in the order read
		labels     int
	}{
		{"labels over values in a margin, beside the act", `
COMUNE DI CORCIANO    DETERMINAZIONE DEL RESPONSABILE DI AREA
_Settore
AREA FINANZIARIA      Visto il decreto sindacale con il quale è stata attribuita
_Ufficio
Servizio Tributi      alla sottoscritta la responsabilità dell'area finanziaria;
                      Viste le istanze di rimborso presentate da sette contribuenti
_Determinazione
n. 529                acquisite agli atti dell'ufficio e relative ai versamenti
_Data
12/06/2025            eseguiti in eccedenza o non dovuti per le annualità passate;
                      Dato atto che l'istruttoria condotta dall'ufficio ha accertato
_Numero di settore
61                    il diritto al rimborso per un importo di alcune migliaia di euro;
                                        DETERMINA
a) di disporre il rimborso in favore dei contribuenti indicati nel prospetto allegato;`,
			[]string{
				"COMUNE DI CORCIANO",
				"Settore: AREA FINANZIARIA",
				"Ufficio: Servizio Tributi",
				"Determinazione: n. 529",
				"Data: 12/06/2025",
				"Numero di settore: 61",
				"DETERMINAZIONE DEL RESPONSABILE DI AREA",
				"Visto il decreto sindacale con il quale è stata attribuita",
				"alla sottoscritta la responsabilità dell'area finanziaria;",
				"Viste le istanze di rimborso presentate da sette contribuenti",
				"acquisite agli atti dell'ufficio e relative ai versamenti",
				"eseguiti in eccedenza o non dovuti per le annualità passate;",
				"Dato atto che l'istruttoria condotta dall'ufficio ha accertato",
				"il diritto al rimborso per un importo di alcune migliaia di euro;",
				"DETERMINA",
				"a) di disporre il rimborso in favore dei contribuenti indicati nel prospetto allegato;",
			}, 5},
		{"a value wrapped in its type, up to the next label", `
_SETTORE
III Settore - Lavori    L'anno duemilaventisei il giorno cinque del mese di agosto,
Pubblici e Ambiente
                        il dirigente del settore ha adottato il seguente atto in merito
_SERVIZIO
Servizio Igiene         alla liquidazione della fattura relativa al servizio svolto;
Urbana
                        premesso che con propria determinazione è stato affidato
_TIPO ATTO              alla ditta il servizio di rimozione dei rifiuti abbandonati;
Liquidazione
                        vista la fattura elettronica relativa agli interventi eseguiti
                        nei mesi di giugno e di luglio presso le aree pubbliche;`,
			[]string{
				"SETTORE: III Settore - Lavori Pubblici e Ambiente",
				"SERVIZIO: Servizio Igiene Urbana",
				"TIPO ATTO: Liquidazione",
				"L'anno duemilaventisei il giorno cinque del mese di agosto,",
				"il dirigente del settore ha adottato il seguente atto in merito",
				"alla liquidazione della fattura relativa al servizio svolto;",
				"premesso che con propria determinazione è stato affidato",
				"alla ditta il servizio di rimozione dei rifiuti abbandonati;",
				"vista la fattura elettronica relativa agli interventi eseguiti",
				"nei mesi di giugno e di luglio presso le aree pubbliche;",
			}, 3},
		{"a proposal's sidebar of sentences beside a minute", `
PROPOSTA
Proposta n. 130 del 05/09/2024
Ufficio proponente: Servizi       L'anno duemilaventiquattro il giorno dodici del mese di
Culturali e Biblioteca
                                  settembre, alle ore 12.00, nella sala delle adunanze, si è
PARERI                            riunita la Giunta comunale, convocata nelle forme di legge.
Regolarità tecnica:
FAVOREVOLE                        Sono presenti i signori: ROSSI Mario, Sindaco; BIANCHI Anna,
                                  Vice Sindaco; VERDI Luca, Assessore; sono assenti i signori
Il Responsabile del Servizio      NERI Carla e GIALLI Sara, entrambi assessori.`,
			[]string{
				"PROPOSTA",
				"Proposta n. 130 del 05/09/2024",
				"Ufficio proponente: Servizi",
				"Culturali e Biblioteca",
				"PARERI",
				"Regolarità tecnica:",
				"FAVOREVOLE",
				"Il Responsabile del Servizio",
				"L'anno duemilaventiquattro il giorno dodici del mese di",
				"settembre, alle ore 12.00, nella sala delle adunanze, si è",
				"riunita la Giunta comunale, convocata nelle forme di legge.",
				"Sono presenti i signori: ROSSI Mario, Sindaco; BIANCHI Anna,",
				"Vice Sindaco; VERDI Luca, Assessore; sono assenti i signori",
				"NERI Carla e GIALLI Sara, entrambi assessori.",
			}, 0},
		{"a premise's verbs in a column of their own are no margin", `
VISTO          il decreto legislativo 18 agosto 2000, n. 267, e in particolare
               l'articolo 107 sulle funzioni dei dirigenti del comune;
RICHIAMATA     la deliberazione del Consiglio comunale n. 12 del 28/03/2025
               con la quale è stato approvato il bilancio di previsione;
CONSIDERATO    che occorre provvedere alla liquidazione della spesa
               sostenuta per il servizio di manutenzione del verde;
ACCERTATA      la regolarità tecnica del presente atto ai sensi di legge
               e la copertura finanziaria della spesa prevista;`,
			[]string{
				"VISTO il decreto legislativo 18 agosto 2000, n. 267, e in particolare",
				"l'articolo 107 sulle funzioni dei dirigenti del comune;",
				"RICHIAMATA la deliberazione del Consiglio comunale n. 12 del 28/03/2025",
				"con la quale è stato approvato il bilancio di previsione;",
				"CONSIDERATO che occorre provvedere alla liquidazione della spesa",
				"sostenuta per il servizio di manutenzione del verde;",
				"ACCERTATA la regolarità tecnica del presente atto ai sensi di legge",
				"e la copertura finanziaria della spesa prevista;",
			}, 0},
		{"a list's numbers hanging left of its text are no margin", `
1.    di approvare il rendiconto della gestione per l'esercizio finanziario
      appena concluso, nelle risultanze indicate nel prospetto allegato;
2.    di dare atto che il risultato di amministrazione è destinato
      secondo le previsioni della legge e del regolamento di contabilità;
3.    di trasmettere la presente deliberazione al tesoriere comunale
      e all'organo di revisione per quanto di rispettiva competenza;`,
			[]string{
				"1. di approvare il rendiconto della gestione per l'esercizio finanziario",
				"appena concluso, nelle risultanze indicate nel prospetto allegato;",
				"2. di dare atto che il risultato di amministrazione è destinato",
				"secondo le previsioni della legge e del regolamento di contabilità;",
				"3. di trasmettere la presente deliberazione al tesoriere comunale",
				"e all'organo di revisione per quanto di rispettiva competenza;",
			}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, m := readMargin(smallLabels(textDocument(tt.page)).Pages[0].Lines())
			var got []string
			for _, l := range lines {
				got = append(got, l.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if m.labels != tt.labels {
				t.Errorf("labels beside their values: %d, want %d", m.labels, tt.labels)
			}
		})
	}
}

// smallLabels sets in small type the runs of doc marked by a leading "_",
// as a form prints its labels over their values.
func smallLabels(doc *pdftext.File) *pdftext.File {
	for i := range doc.Pages {
		for k := range doc.Pages[i].Runs {
			if r := &doc.Pages[i].Runs[k]; strings.HasPrefix(r.Text, "_") {
				r.Text, r.Size = r.Text[1:], 8
				r.X += 5.5
				r.W -= 5.5
			}
		}
	}
	return doc
}
