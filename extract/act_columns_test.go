package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
)

// TestReadColumns: a page of two texts side by side is read column by
// column, a table's rows as they are.
func TestReadColumns(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string // the lines, in the order read
	}{
		{"two languages side by side: the Italian column read, the German one left out", `
Im Jahre zweitausendvierundzwanzig, am sechsten          L'anno duemilaventiquattro, addì sei del mese
Tag des Monats November, um 20:00 Uhr, ist im            di novembre, alle ore 20:00, nella sala del
Ratssaal der Gemeinderat zusammengetreten.               Municipio, si è riunito il Consiglio comunale.
Nr. 301 vom 29.10.2024;                                  n. 301 del 29.10.2024;`,
			[]string{
				"L'anno duemilaventiquattro, addì sei del mese",
				"di novembre, alle ore 20:00, nella sala del",
				"Municipio, si è riunito il Consiglio comunale.",
				"n. 301 del 29.10.2024;",
			}},
		{"a heading in capitals beside a column's prose, once the columns are established", `
Nach Einsicht in den Kodex der örtlichen           Visto il Codice degli enti locali della Regione
Körperschaften der autonomen Region mit          autonoma Trentino-Alto Adige, approvato con
Trentino-Südtirol, genehmigt mit dem               legge regionale 3 maggio 2018, n. 2, che
betreffend die Neuverteilung der Sachgebiete;      DECRETA
                                                   1. alla signora Sabine Mahlknecht sono delegate
                    VERFÜGT
1. Frau Sabine Mahlknecht werden die`,
			[]string{
				"Visto il Codice degli enti locali della Regione",
				"autonoma Trentino-Alto Adige, approvato con",
				"legge regionale 3 maggio 2018, n. 2, che",
				"DECRETA",
				"1. alla signora Sabine Mahlknecht sono delegate",
			}},
		{"a translation's column whose words do not tell its language, and the signatures under both", `
Nach Einsichtnahme in den Kodex der örtlichen      Visto il Codice degli enti locali della Regione
Körperschaften der autonomen Region mit            autonoma Trentino-Alto Adige, approvato con
3. Ing. Peter Rainer zum Einzigen                  3. di nominare l’ing. Peter Rainer Responsabile unico
Projektverantwortlichen (EVP) zu ernennen;         del progetto (RUP) per i lavori della scuola;
Letto, confermato e sottoscritto
Der Bürgermeister – Il Sindaco                     Der Gemeindesekretär – Il Segretario comunale`,
			[]string{
				"Visto il Codice degli enti locali della Regione",
				"autonoma Trentino-Alto Adige, approvato con",
				"3. di nominare l’ing. Peter Rainer Responsabile unico",
				"del progetto (RUP) per i lavori della scuola;",
				"Letto, confermato e sottoscritto",
				"Il Sindaco", // the translation's column read without its German
				"Der Gemeindesekretär – Il Segretario comunale",
			}},
		{"two Italian columns: each read whole, the left first", `
Il Consiglio comunale, udita la relazione del           La proposta è stata istruita dal Servizio
Sindaco e gli interventi dei consiglieri, con la        Finanziario, che ne ha verificato la copertura
votazione che segue, espressa per alzata di mano;       della spesa sul bilancio di previsione;`,
			[]string{
				"Il Consiglio comunale, udita la relazione del",
				"Sindaco e gli interventi dei consiglieri, con la",
				"votazione che segue, espressa per alzata di mano;",
				"La proposta è stata istruita dal Servizio",
				"Finanziario, che ne ha verificato la copertura",
				"della spesa sul bilancio di previsione;",
			}},
		{"a roll two members a line is a table's rows", `
Sono presenti i consiglieri:
1    ROSSI MARIO Sindaco          presente          7    NERI PAOLO Consigliere      presente
2    BIANCHI ANNA Consigliere     assente           8    VERDI LUCA Consigliere      presente
3    GIALLI SARA Consigliere      presente          9    BLU CARLA Consigliere       presente`,
			[]string{
				"Sono presenti i consiglieri:",
				"1 ROSSI MARIO Sindaco presente 7 NERI PAOLO Consigliere presente",
				"2 BIANCHI ANNA Consigliere assente 8 VERDI LUCA Consigliere presente",
				"3 GIALLI SARA Consigliere presente 9 BLU CARLA Consigliere presente",
			}},
		{"one line with a wide gap is no columns", `
Il Consiglio comunale, udita la relazione          del Sindaco e gli interventi dei consiglieri,
con voti favorevoli unanimi espressi per alzata di mano,`,
			[]string{
				"Il Consiglio comunale, udita la relazione del Sindaco e gli interventi dei consiglieri,",
				"con voti favorevoli unanimi espressi per alzata di mano,",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range readColumns(textDocument(tt.page).Pages[0].Lines()) {
				got = append(got, l.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestNarrowTranslationGutter: a word processor's table of two cells
// sets a text and its translation a little more than an em apart, as a
// justified line's spaces may be: the two languages tell the columns
// apart; two Italian texts as narrowly apart are read as one.
func TestNarrowTranslationGutter(t *testing.T) {
	page := func(rows [][2]string) []pdftext.Line {
		p := pdftext.Page{Number: 1, Width: 595, Height: 842}
		for i, row := range rows {
			y := 700 - 12*float64(i)
			p.Runs = append(p.Runs,
				pdftext.Run{X: 50, Y: y, W: 237, Size: 10, Text: row[0]},
				pdftext.Run{X: 298, Y: y, W: 237, Size: 10, Text: row[1]}) // 11 points apart: 1.1 em
		}
		return p.Lines()
	}
	tests := []struct {
		name string
		rows [][2]string
		want []string
	}{
		{"German beside Italian: the Italian read", [][2]string{
			{"Nach Einsichtnahme in den Beschluss des Rates", "Vista la deliberazione del Consiglio comunale n. 52"},
			{"Nr. 52 vom 18.12.2025, mit welchem der Haushalt", "del 18.12.2025, con la quale è stato approvato il"},
			{"für die Jahre 2026-2028 genehmigt worden ist;", "bilancio di previsione per gli anni 2026-2028;"},
		}, []string{
			"Vista la deliberazione del Consiglio comunale n. 52",
			"del 18.12.2025, con la quale è stato approvato il",
			"bilancio di previsione per gli anni 2026-2028;",
		}},
		{"Italian beside Italian: one text", [][2]string{
			{"Il Consiglio comunale, udita la relazione del", "Sindaco e gli interventi dei consiglieri, con la"},
			{"votazione che segue, espressa per alzata di", "mano, approva la proposta come presentata dal"},
			{"Servizio Finanziario, che ne ha verificato la", "copertura della spesa sul bilancio di previsione;"},
		}, []string{
			"Il Consiglio comunale, udita la relazione del Sindaco e gli interventi dei consiglieri, con la",
			"votazione che segue, espressa per alzata di mano, approva la proposta come presentata dal",
			"Servizio Finanziario, che ne ha verificato la copertura della spesa sul bilancio di previsione;",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range readColumns(page(tt.rows)) {
				got = append(got, l.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("lines\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}
