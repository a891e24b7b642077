package extract

import (
	"slices"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
)

// TestBilingualActs: acts of the Aosta Valley and South Tyrol print their
// headings with the French or German after a slash, the subject's
// translation under it, a roll's header in both languages, and the
// municipality's name in both; each field is read from the Italian.
func TestBilingualActs(t *testing.T) {
	type want struct {
		municipality, organ, subject, secretary string
		points, attendees                       int
	}
	tests := []struct {
		name, text string
		want       want
	}{
		{"headings with their French after a slash", `
COMUNE DI COGNE                                       COMMUNE DE COGNE
                        ORDINANZA nr. 21 del 14.07.2025
                              Ordonnance n° 21 du 14.07.2025
OGGETTO: Divieto di transito sulla strada comunale per Valnontey.

                               IL SINDACO / Le Syndic

VISTA la richiesta presentata dall'Associazione sportiva;
VISTO lo Statuto comunale;

                                     ORDINA / Ordonne

1. È istituito il divieto di transito veicolare sulla strada comunale;
2. È istituito il divieto di sosta con rimozione forzata;
Cogne, 14.07.2025`, want{"Comune di Cogne", "Sindaco", "Divieto di transito sulla strada comunale per Valnontey.", "", 2, 0}},
		{"the subject's French under it, the roll's header in two languages, the Aosta Valley's secretary", `
COMUNE DI MORGEX                                                 COMMUNE DE MORGEX
             VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 14 DEL 28/04/2025
 OGGETTO:       Approvazione del rendiconto della gestione 2024.
 OBJET :        Approbation du compte de gestion de l'exercice 2024.
 L'anno duemilaventicinque, addì ventotto del mese di aprile, si è riunito il Consiglio comunale.
                                                                     Presente            Assente
    Cognome e nome / Nom et prénom          Carica                   Présent             Absent
    BERTOLIN LORENZO                        Sindaco                     X
    CHAMPRETAVY ELISA                       Vice Sindaco                X
    FAVRE NICOLETTA                         Consigliere                                     X
 Assiste alla seduta il Segretario dell'Ente, dott.ssa Nadia Chabod.
 Il sig. Lorenzo Bertolin, nella sua qualità di Sindaco, assume la presidenza.`, want{"Comune di Morgex", "Consiglio Comunale", "Approvazione del rendiconto della gestione 2024.", "Segretario dell'Ente", 0, 3}},
		{"the municipality's Italian name wrapped after its link", `
GEMEINDE EPPAN                                         COMUNE DI APPIANO
AN DER WEINSTRASSE                                     SULLA STRADA DEL VINO
                   DECRETO DEL SINDACO N. 7 DI DATA 03.03.2025
Oggetto: Delega di funzioni agli assessori comunali
                                IL SINDACO
Visto lo Statuto comunale vigente;`, want{"Comune di Appiano sulla Strada del Vino", "Sindaco", "Delega di funzioni agli assessori comunali", "", 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ParseAct(textDocument(tt.text))
			if a == nil {
				t.Fatal("no act")
			}
			secretary := ""
			if a.Secretary != nil {
				secretary = a.Secretary.Role
			}
			got := want{a.Municipality, a.Organ, a.Subject, secretary, len(a.OperativePoints), len(a.Attendees)}
			if got != tt.want {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// TestFrenchToldByInnerAccents: a page of Valle d'Aosta in French and
// Italian that writes no French letter Italian lacks (ç, ê …) is told by
// the accents French sets within a word ("Région", "DÉTERMINATION");
// its headings, labels and dispositive verb are read in Italian.
func TestFrenchToldByInnerAccents(t *testing.T) {
	a := ParseAct(textDocument(`
COMMUNE D'ARVIER – COMUNE DI ARVIER
Région Autonome Vallée d'Aoste – Regione Autonoma Valle d'Aosta
                 DÉTERMINATION – DETERMINAZIONE
          Area tecnica – Servizio Lavori pubblici e Patrimonio
Registre général / Registro generale      N. 112     du / del 19/03/2026
OGGETTO: Lavori di manutenzione straordinaria della copertura della scuola primaria.

                   IL RESPONSABILE DEL SERVIZIO
Richiamata la propria determinazione n. 311 del 18/11/2025;
                       DÉTERMINE – DETERMINA
1. di liquidare all'impresa la somma di € 45.430,00;
2. di trasmettere il presente atto al Servizio finanziario.`))
	if a == nil {
		t.Fatal("no act")
	}
	if a.Municipality != "Comune di Arvier" || a.Kind != "determinazione" || a.Number != 112 || a.Date != "2026-03-19" || len(a.OperativePoints) != 2 {
		t.Errorf("got %q %q %d %q, %d points; want Comune di Arvier determinazione 112 2026-03-19, 2 points",
			a.Municipality, a.Kind, a.Number, a.Date, len(a.OperativePoints))
	}
}

// TestRollInTwoLanguages: a Slovene and Italian council's roll, numbered
// in two blocks, its heading's Slovene wrapped onto a line over the first
// rows, each role printed in both languages: the rows in Italian, the
// wrapped heading no part of the first names.
func TestRollInTwoLanguages(t *testing.T) {
	a := ParseAct(textDocument(`
COMUNE DI SAVOGNA D'ISONZO
VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 9 DEL 17/03/2026
OGGETTO: Approvazione del Regolamento.
L'anno duemilaventisei, il giorno diciassette del mese di marzo, si è riunito il Consiglio comunale. Fatto l'appello nominale, risultano:
Cognome e nome / Priimek    Carica / Funkcija           P/A      Cognome e nome / Priimek    Carica / Funkcija           P/A
in ime                                                           in ime
1. TOMŠIČ Aleš              Sindaco                     P        3. VOLČIČ Andrej            Consigliere / Svetnik       P
2. FERFOLJA Jasna           Consigliera / Svetnica      A        4. CIJAN Tanja              Consigliera / Svetnica      P
Presenti / Prisotni: 3 – Assenti / Odsotni: 1
Assume la presidenza il Sindaco Aleš Tomšič.`))
	if a == nil {
		t.Fatal("no act")
	}
	want := `TOMŠIČ Aleš | Sindaco | true
FERFOLJA Jasna | Consigliera | false
VOLČIČ Andrej | Consigliere | true
CIJAN Tanja | Consigliera | true
`
	if got := attendeeRows(a.Attendees); got != want {
		t.Errorf("attendees:\n%s\nwant:\n%s", got, want)
	}
}

// TestRollWithGermanAbbreviations: a German and Italian roll whose
// presence columns are headed in abbreviations ("anw. / pres."), its
// roles' Italian halves wrapped under the German ones.
func TestRollWithGermanAbbreviations(t *testing.T) {
	a := ParseAct(textDocument(`
GEMEINDE VILLANDERS                                COMUNE DI VILLANDRO
BESCHLUSS DES GEMEINDEAUSSCHUSSES                  DELIBERAZIONE DELLA GIUNTA COMUNALE
Nr. 58                                             n. 58
Sitzung vom 10.03.2026                             Seduta del 10.03.2026
Name / Nome              Amt / Carica                  anw. / pres.        abw. / ass.
Walter Kerschbaumer      Bürgermeister / Sindaco            X
Anna Maria Gasser        Vizebürgermeisterin /              X
                         Vicesindaca
Martina Obexer           Gemeindereferentin /                                   X
                         Assessora
`))
	if a == nil {
		t.Fatal("no act")
	}
	want := `Walter Kerschbaumer | Sindaco | true
Anna Maria Gasser | Vicesindaca | true
Martina Obexer | Assessora | false
`
	if got := attendeeRows(a.Attendees); got != want {
		t.Errorf("attendees:\n%s\nwant:\n%s", got, want)
	}
}

// TestRollHeadedInTwoLanguages: a roll whose headings the other language
// repeats on a line of their own, under the Italian ones ("Zu- und
// Vorname  Amt  anw."; "N. Priimek in ime  Funkcija  Pris. Ods."), in two
// blocks side by side, on a page that prints the two languages side by
// side: its first row is a row, not the headings' wrapped end, and the
// translation no row (mix-125-c's Merano, mix-51-a's Prepotto).
func TestRollHeadedInTwoLanguages(t *testing.T) {
	tests := []struct{ name, header string }{
		{"German", `
           Cognome e nome             Carica           pres.      Cognome e nome                      Carica      pres.
           Zu- und Vorname            Amt              anw.       Zu- und Vorname                     Amt         anw.`},
		{"Slovene", `
           Cognome e nome             Carica           pres.      Cognome e nome                      Carica      pres.
           N. Priimek in ime          Funkcija         pris.      N. Priimek in ime                   Funkcija    pris.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ParseAct(textDocument(`
STADTGEMEINDE MERAN                                                          COMUNE DI MERANO
Autonome Provinz Bozen – Südtirol                                            Provincia autonoma di Bolzano – Alto Adige
Beschluss des Stadtrates                                                     Deliberazione della Giunta comunale
Sitzung vom 10.01.2028 Nr. 6                                                 Seduta del 10/01/2028 n. 6
Genehmigung des Programms der Sommerveranstaltungen 2028                     Approvazione del programma delle manifestazioni estive 2028
Nell'anno duemilaventotto, addì dieci del mese di gennaio, si è riunita la Giunta comunale nelle persone dei signori:` + tt.header + `
           ROSSATO Davide             Sindaco            X        BONVICINI Luca                      Assessore     X
           KOFLER Martina             Vicesindaca        X        GASSER Thomas                       Assessore    a.g.
Assiste il Segretario generale dott. Walter Oberhofer.`))
			if a == nil {
				t.Fatal("no act")
			}
			want := `ROSSATO Davide | Sindaco | true
KOFLER Martina | Vicesindaca | true
BONVICINI Luca | Assessore | true
GASSER Thomas | Assessore | false
`
			if got := attendeeRows(a.Attendees); got != want {
				t.Errorf("attendees:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestForeignPageBeforeItalian: an ordinanza of Valle d'Aosta printed in
// French on its first page and in Italian on its second is read from the
// Italian page: its number, its date and its points.
func TestForeignPageBeforeItalian(t *testing.T) {
	french := `COMMUNE DE CHARVENSOD
COMUNE DI CHARVENSOD
ARRÊTÉ DU SYNDIC
N° 9 du 16 mars 2026
Objet : Fermeture temporaire à la circulation des véhicules de la route communale de Plan-Félinaz.
LE SYNDIC
Vu la demande présentée le 10 mars 2026 par l'entreprise chargée des travaux de réfection du réseau ;
Considérant qu'il est nécessaire, pour la sécurité des ouvriers et des usagers, de fermer la route ;
Vu les articles 5, 6 et 7 du code de la route et la loi régionale n° 54 du 7 décembre 1998 ;
ORDONNE
1. la fermeture à la circulation des véhicules de la route communale, du 23 au 27 mars 2026 ;
2. l'accès des véhicules de secours et des riverains est toujours garanti pendant les travaux ;
3. l'entreprise est chargée de la mise en place de la signalisation prévue par le code de la route.
Tout recours contre le présent arrêté peut être introduit devant le Tribunal administratif régional.`
	italian := `COMUNE DI CHARVENSOD
ORDINANZA DEL SINDACO
N. 9 del 16 marzo 2026
Oggetto: Chiusura temporanea al transito veicolare della strada comunale di Plan-Félinaz.
IL SINDACO
Vista la richiesta presentata in data 10 marzo 2026 dall'impresa incaricata dei lavori di rifacimento;
Considerato che, per la sicurezza delle maestranze e degli utenti, è necessario chiudere la strada;
Visti gli articoli 5, 6 e 7 del codice della strada e la legge regionale n. 54 del 7 dicembre 1998;
ORDINA
1. la chiusura al transito veicolare della strada comunale, dal 23 al 27 marzo 2026;
2. l'accesso dei mezzi di soccorso e dei residenti è sempre garantito durante i lavori;
3. l'impresa è incaricata della posa della segnaletica prevista dal codice della strada.
Contro la presente ordinanza è ammesso ricorso al Tribunale amministrativo regionale.`
	a := ParseAct(textDocument(french + "\f" + italian))
	if a == nil {
		t.Fatal("no act")
	}
	if a.Kind != "ordinanza" || a.Number != 9 || a.Date != "2026-03-16" || a.Subject != "Chiusura temporanea al transito veicolare della strada comunale di Plan-Félinaz." || len(a.OperativePoints) != 3 {
		t.Errorf("got %q %d %q %q, %d points; want the Italian page's ordinanza 9 of 2026-03-16, 3 points", a.Kind, a.Number, a.Date, a.Subject, len(a.OperativePoints))
	}
}

func TestLanguageOf(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Nach Einsichtnahme in den Haushaltsvoranschlag", inForeign},
		{"VERFÜGT", inForeign},
		{"Nr. 112 vom 10.03.2026", inForeign},
		{"Visto il bilancio di previsione", inItalian},
		{"DETERMINAZIONE DEL DIRETTORE", inItalian},
		{"OBERHOFER MARKUS", inNeither},
		{"Gärtnerei Tappeiner KG", inNeither}, // a firm's name in an Italian sentence
		{"alla ditta Gärtnerei Tappeiner KG con sede in Silandro", inItalian},
		{"16.12.2025;", inNeither},
		{"OBČINA DOLINA", inForeign}, // a letterhead's name in the other language
		{"COMMUNE DE NUS", inForeign},
		{"INTERRUPTION DE LA DISTRIBUTION DE L’EAU POTABLE À", inForeign},
		{"INTERRUZIONE DELL’EROGAZIONE DELL’ACQUA POTABILE A ROVAREY E MESSIGNÉ", inItalian},
		{"Région autonome Vallée d’Aoste", inForeign},
		{"Le Syndic informe la population qu’en raison", inForeign},
		{"Il Sindaco informa la cittadinanza che, per", inItalian},
		{"MUNICIPIO ALL'ASSOCIAZIONE CULTURALE \"LES AMIS DU CHÂTEAU\"", inItalian}, // a name in quotes keeps its language
		{"all'associazione «Les Amis du Château» di Issogne", inItalian},
		{"Le Syndic informe la population \"en raison", inForeign}, // a quote left open
		{"", inNeither},
	}
	for _, tt := range tests {
		if got := languageOf(tt.text); got != tt.want {
			t.Errorf("languageOf(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// TestWithoutForeignParts keeps the Italian of a label or a name printed
// in both languages in one run of text.
func TestWithoutForeignParts(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Nr. / n.", "n."},
		{"Sitzung vom / Seduta del", "Seduta del"},
		{"Betreff / Oggetto", "Oggetto"},
		{"AREA TECNICA – BEREICH TECHNIK", "AREA TECNICA"},
		{"Abteilung 3 – Öffentliche Arbeiten / Ripartizione 3 – Lavori pubblici", "Ripartizione 3 – Lavori pubblici"},
		{"Amt für Vermögensverwaltung  /  Ufficio patrimonio", "Ufficio patrimonio"},
		// A figure only the German part prints is both languages'.
		{"Nr. 57 vom – del 26.11.2024", "Nr. 57 vom – del 26.11.2024"},
		{"Gärtnerei Tappeiner KG – CIG B6F21A7C33 – Impegno di spesa", "Gärtnerei Tappeiner KG – CIG B6F21A7C33 – Impegno di spesa"},
		{"SI / NO", "SI / NO"},
		{"AVIS • AVVISO", "AVVISO"},
		{"AREA TECNICA – TEHNIČNO PODROČJE", "AREA TECNICA"}, // a Slovene office's name in capitals, told by its words
		{"DETERMINAZIONE / ODLOČBA", "DETERMINAZIONE"},
		// The value after the last language's label is the Italian label's.
		{"Registro generale n. / Splošni vpisnik št. 61", "Registro generale n. 61"},
		{"n. / št. 27", "n. 27"},
		{"del / z dne 10.04.2026", "del 10.04.2026"},
		{"Gemeinderat/Consigliere", "Consigliere"}, // a slash with no spaces between two words
		{"Mitglied / Membro", "Membro"},
		{"Bezirksrat / Consigliere", "Consigliere"},           // a Bezirksgemeinschaft's councillor
		{"Presidente – Predsednik", "Presidente"},             // a Slovene role after the Italian
		{"Vicepresidente – Podpredsednica", "Vicepresidente"}, // and its feminine, with a prefix
		{"a.s. 2025/2026 – u/i", "a.s. 2025/2026 – u/i"},      // figures, and letters too few to be words
		{"MITTEILUNG · AVVISO", "AVVISO"},
		{"Cognome e nome / Nom et prénom", "Cognome e nome"},
		{"Rathausplatz 1 / Piazza Municipio 1", "Rathausplatz 1 / Piazza Municipio 1"},
		// A role and its mark, each in two languages, joined by a leader.
		{"Syndic / Sindaco..........présent / presente", "Sindaco..........presente"},
		{"Conseiller / Consigliere.......absent / assente", "Consigliere.......assente"},
		{"Vice-syndic / Vicesindaco....présent / presente", "Vicesindaco....presente"},
		// A name, then its role in both languages: the name's dash parts
		// it from the Italian role, not the languages' slash.
		{"Martin Pernter – Bürgermeister / Sindaco", "Martin Pernter – Sindaco"},
		{"Monika Gruber – Gemeindereferentin / Assessora", "Monika Gruber – Assessora"},
	}
	for _, tt := range tests {
		r := pdftext.Run{X: 100, W: 200, Size: 10, Text: tt.text}
		got, ok := withoutForeignParts(r)
		if !ok || got.Text != tt.want {
			t.Errorf("withoutForeignParts(%q) = %q, %v; want %q", tt.text, got.Text, ok, tt.want)
		}
		if got.X != r.X || got.W > r.W {
			t.Errorf("withoutForeignParts(%q) stands at %.0f, %.0f wide; the run at %.0f, %.0f", tt.text, got.X, got.W, r.X, r.W)
		}
	}
	if _, ok := withoutForeignParts(pdftext.Run{X: 1, W: 10, Size: 10, Text: "Betreff / Gegenstand"}); ok {
		t.Error("a run all German is kept")
	}
}

// TestWithoutGerman reads the Italian of a page that sets German beside
// it, and leaves an Italian page as it is.
func TestWithoutForeign(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a South Tyrol heading and a roll's two roles", `
MARKTGEMEINDE NEUMARKT                    COMUNE DI EGNA
Autonome Provinz Bozen – Südtirol         Provincia autonoma di Bolzano
ENTSCHEIDUNG DES ABTEILUNGSDIREKTORS      DETERMINAZIONE DEL DIRETTORE
Nr. 112 vom 10.03.2026                    N. 112 del 10.03.2026
OBERHOFER MARKUS     Bürgermeister     Sindaco     X
VERFÜGT                                   DETERMINA
`, []string{"COMUNE DI EGNA", "Provincia autonoma di Bolzano", "DETERMINAZIONE DEL DIRETTORE", "N. 112 del 10.03.2026",
			"OBERHOFER MARKUS Sindaco X", "DETERMINA"}},
		{"a subject's line wrapped from the German one above it, under its cell", `
GEMEINDE KLAUSEN                          COMUNE DI CHIUSA
Autonome Provinz Bozen – Südtirol         Provincia autonoma di Bolzano
Gegenstand:    Genehmigung des Ausführungsprojektes für die Sanierung der
               Grundschule Gufidaun – CUP D95B25000120004
Oggetto:       Approvazione del progetto esecutivo per il risanamento della scuola
               primaria di Gudon – CUP D95B25000120004
`, []string{"COMUNE DI CHIUSA", "Provincia autonoma di Bolzano", "Oggetto: Approvazione del progetto esecutivo per il risanamento della scuola",
			"primaria di Gudon – CUP D95B25000120004"}},
		{"a Slovene and Italian letterhead, a role translated in its brackets", `
COMUNE DI SAN DORLIGO DELLA VALLE
OBČINA DOLINA
N. 14 del 12/03/2026                    št. 14 z dne 12.3.2026
All’appello risultano / Ob pozivu so:
1. KLABJAN Martina (Sindaca – županja)     P      10. MAURI Lorenzo     P
2. ŽERJAL Tanja                             P      11. FURLANIČ Robert   P
`, []string{"COMUNE DI SAN DORLIGO DELLA VALLE", "N. 14 del 12/03/2026", "All’appello risultano",
			"1. KLABJAN Martina (Sindaca) P 10. MAURI Lorenzo P", "2. ŽERJAL Tanja P 11. FURLANIČ Robert P"}},
		{"a subject wrapped in the German column beside the Italian one's last line", `
GEMEINDE SARNTAL                                   COMUNE DI SARENTINO
Autonome Provinz Bozen – Südtirol                  Provincia autonoma di Bolzano
Gegenstand: Genehmigung des Projekts für die       Oggetto: Approvazione del progetto esecutivo per
Grundschule Astfeld – CUP J47H25001230004          la scuola primaria di Campolasta – CUP J47H25001230004
`, []string{"COMUNE DI SARENTINO", "Provincia autonoma di Bolzano", "Oggetto: Approvazione del progetto esecutivo per",
			"la scuola primaria di Campolasta – CUP J47H25001230004"}},
		{"a roll's names of German letters beside their Italian roles", `
GEMEINDE TERLAN                             COMUNE DI TERLANO
Autonome Provinz Bozen – Südtirol           Provincia autonoma di Bolzano
Zöggeler Peter      Gemeinderat / Consigliere      u/i
Höller Elisabeth    Bürgermeisterin / Sindaco      X
`, []string{"COMUNE DI TERLANO", "Provincia autonoma di Bolzano", "Zöggeler Peter Consigliere u/i", "Höller Elisabeth Sindaco X"}},
		{"an Italian page quoting a German firm", `
COMUNE DI SILANDRO
Vista l'offerta della ditta Gärtnerei Tappeiner KG     prot. n. 2874
Müller Bau GmbH                                        Impresa edile
`, []string{"COMUNE DI SILANDRO", "Vista l'offerta della ditta Gärtnerei Tappeiner KG prot. n. 2874", "Müller Bau GmbH Impresa edile"}},
		{"a roll's heading in both languages under a Slovene paragraph", `
COMUNE DI FAEDIS
OBČINA FOJDA
N. 14 del 24/03/2026                      Št. 14 z dne 24. 3. 2026
Sessione ordinaria – seduta pubblica      Redno zasedanje – javna seja
Si è riunito il Consiglio Comunale. Fatto l'appello nominale risultano:
Sestal se je občinski svet. Po poimenskem klicu so:
Nominativo / Ime in priimek     Carica / Funkcija     P/A
1. ZANI MARCO                   Sindaco               P
Assume la presidenza il Sindaco Marco Zani, partecipa il Segretario.
Predseduje župan Marco Zani. Prisotna je občinska tajnica.
VISTO il regolamento predisposto dal Servizio Affari Generali;
NA PODLAGI osnutka pravilnika, ki ga je pripravila služba;
`, []string{"COMUNE DI FAEDIS", "N. 14 del 24/03/2026", "Sessione ordinaria – seduta pubblica", "Si è riunito il Consiglio Comunale. Fatto l'appello nominale risultano:", "Nominativo Carica P/A",
			"1. ZANI MARCO Sindaco P", "Assume la presidenza il Sindaco Marco Zani, partecipa il Segretario.",
			"VISTO il regolamento predisposto dal Servizio Affari Generali;"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range withoutForeign(textDocument(tt.text).Pages[0].Lines()) {
				got = append(got, l.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestForeignColumnLeftOut reads a minute's body set in German and Italian
// columns as its Italian column, with the subject's last line the German
// column's stretch took in above it.
func TestForeignColumnLeftOut(t *testing.T) {
	text := `
MARKTGEMEINDE NEUMARKT                             COMUNE DI EGNA
Autonome Provinz Bozen – Südtirol                  Provincia autonoma di Bolzano – Alto Adige
DETERMINAZIONE DEL DIRETTORE DI RIPARTIZIONE
N. 112 del 10.03.2026
OGGETTO: Manutenzione ordinaria dell'impianto di illuminazione pubblica per l'anno
2026
Nach Einsichtnahme in den Haushaltsvoranschlag     Visto il bilancio di previsione 2026-2028,
2026-2028, genehmigt mit Beschluss des Rates       approvato con deliberazione del Consiglio
Nr. 48 vom 18.12.2025, und in den Arbeitsplan      comunale n. 48 del 18.12.2025, e il piano
der Gemeinde, welches als angemessen erachtet      esecutivo di gestione della spesa corrente;
wird und die notwendige Ausrüstung nicht hat;
VERFÜGT                                            DETERMINA
1. die Instandhaltung der Anlage der Firma         1. di affidare la manutenzione alla ditta
direkt zu vergeben und die Ausgabe zu binden;      Elektro Pichler per l'anno in corso;
2. die Ausgabe von Euro 23.058,00 auf dem          2. di impegnare la spesa di euro 23.058,00
Kapitel des Haushaltes zweckzubinden;              sul capitolo del bilancio di previsione.
`
	a := ParseAct(textDocument(text))
	if a.Subject != "Manutenzione ordinaria dell'impianto di illuminazione pubblica per l'anno 2026" {
		t.Errorf("subject %q", a.Subject)
	}
	if a.Number != 112 || a.Date != "2026-03-10" {
		t.Errorf("number %d, date %q", a.Number, a.Date)
	}
	var points []string
	for _, p := range a.OperativePoints {
		points = append(points, p.Text)
	}
	want := []string{"di affidare la manutenzione alla ditta Elektro Pichler per l'anno in corso;", "di impegnare la spesa di euro 23.058,00 sul capitolo del bilancio di previsione."}
	if !slices.Equal(points, want) {
		t.Errorf("points %q\nwant   %q", points, want)
	}
}

// TestLanguageWordsSorted: the word lists are searched by halves.
func TestLanguageWordsSorted(t *testing.T) {
	for _, words := range [][]string{foreignWords, italianWords} {
		if !slices.IsSorted(words) {
			t.Errorf("not sorted: %q", words)
		}
	}
}

// TestFrenchTitleOverItalian: a Valle d'Aosta notice prints its French
// over its Italian, its body in two columns; it reads as its Italian.
func TestFrenchTitleOverItalian(t *testing.T) {
	text := `
                     COMMUNE DE NUS
                     COMUNE DI NUS
                             AVIS • AVVISO
        INTERRUPTION DE LA DISTRIBUTION DE L’EAU POTABLE À
                      ROVAREY ET MESSIGNÉ
       INTERRUZIONE DELL’EROGAZIONE DELL’ACQUA POTABILE A
                       ROVAREY E MESSIGNÉ

FRANÇAIS                                                    ITALIANO
Le Syndic informe la population qu’en raison                Il Sindaco informa la cittadinanza che, per
de travaux urgents de remplacement d’une                    lavori urgenti di sostituzione di un tratto della
conduite de l’aqueduc communal, la distribution             condotta dell’acquedotto comunale, l’erogazione
de l’eau potable sera interrompue dans les hameaux          dell’acqua potabile sarà sospesa nelle frazioni.

Nus, le 17 mars 2026 – Nus, 17 marzo 2026                                LE SYNDIC – IL SINDACO
`
	var got []string
	for _, l := range newActLines(textDocument(text)) {
		got = append(got, l.Text)
	}
	// The place and date under the French column, where it stands: under
	// the Italian one too.
	want := []string{"COMUNE DI NUS", "AVVISO", "INTERRUZIONE DELL’EROGAZIONE DELL’ACQUA POTABILE A", "ROVAREY E MESSIGNÉ", "ITALIANO",
		"Il Sindaco informa la cittadinanza che, per", "lavori urgenti di sostituzione di un tratto della",
		"condotta dell’acquedotto comunale, l’erogazione", "dell’acqua potabile sarà sospesa nelle frazioni.", "Nus, 17 marzo 2026", "IL SINDACO"}
	if !slices.Equal(got, want) {
		t.Errorf("lines\n%q\nwant\n%q", got, want)
	}
}

// TestLabelDrawnInRuns: a label in two languages whose parts and
// separator are runs of their own, as TeX draws them, is parted whole.
func TestLabelDrawnInRuns(t *testing.T) {
	cell := []pdftext.Run{
		{X: 100, W: 40, Size: 9, Text: "(Sindaca"},
		{X: 143, W: 5, Size: 9, Text: "–"},
		{X: 151, W: 40, Size: 9, Text: "županja)"},
	}
	runs := labelRuns(cell)
	if len(runs) != 1 {
		t.Fatalf("%d runs, want the label whole", len(runs))
	}
	if got, ok := withoutForeignParts(runs[0]); !ok || got.Text != "(Sindaca)" {
		t.Errorf("got %q, want (Sindaca)", got.Text)
	}
	// Chromium parts a word where it kerns, elsewhere than at the label's
	// separator.
	kerned := []pdftext.Run{{X: 223, W: 6, Size: 9, Text: "V"}, {X: 229, W: 87, Size: 9, Text: "izebürgermeisterin / V"}, {X: 316, W: 43, Size: 9, Text: "icesindaca"}}
	if runs := labelRuns(kerned); len(runs) != 1 {
		t.Errorf("kerned label: %d runs, want it whole", len(runs))
	} else if got, _ := withoutForeignParts(runs[0]); got.Text != "Vicesindaca" {
		t.Errorf("kerned label: got %q, want Vicesindaca", got.Text)
	}
	if plain := []pdftext.Run{{X: 10, W: 30, Text: "ROSSI"}, {X: 45, W: 30, Text: "MARIO"}}; len(labelRuns(plain)) != 2 {
		t.Error("a cell with no label in two languages was joined")
	}
}

func TestHeadsOffice(t *testing.T) {
	tests := []struct {
		organ, office string
		want          bool
	}{
		{"Responsabile dell'Area Tecnica", "AREA TECNICA", true},
		{"Responsabile dell’Area Tecnica", "AREA TECNICA – Servizio Lavori Pubblici", true},
		{"Direttore di Ripartizione", "RIPARTIZIONE LAVORI PUBBLICI", true},
		{"Dirigente del Settore", "SETTORE III - LAVORI PUBBLICI", true},
		{"Responsabile dell'Area Tecnica", "AREA AMMINISTRATIVA", false}, // another Area's
		{"Responsabile del Servizio", "AREA TECNICA", false},
		{"Sindaco", "AREA TECNICA", false},
		{"Responsabile dell'Area Tecnica", "Servizio Tecnico", false},
		{"Responsabile del Servizio Tecnico", "AREA TECNICA", true},                               // the directorate by a unit's word, its name's gender agreeing
		{"Responsabile del Servizio Finanziario", "AREA TECNICA", false},                          // another field's
		{"Responsabile del Servizio Tecnico", "AREA TECNICA E AMBIENTE", true},                    // the heading's name goes on
		{"Responsabile del Servizio Tecnico Manutentivo", "AREA TECNICA", false},                  // the title's goes on
		{"Responsabile del Servizio Tecnico", "Servizio tecnico – Ufficio lavori pubblici", true}, // the very Servizio it names
		{"Responsabile del Servizio", "Servizio tecnico", false},                                  // a generic title
	}
	for _, tt := range tests {
		if got := headsOffice(tt.organ, tt.office); got != tt.want {
			t.Errorf("headsOffice(%q, %q) = %v, want %v", tt.organ, tt.office, got, tt.want)
		}
	}
}

// TestFrenchOverItalianParagraphs: a page that sets each paragraph in
// French over its Italian, with no line holding both, is read in
// Italian: the French lines left out, those a French line wraps onto
// with them, a label in both languages cut to its Italian.
func TestFrenchOverItalianParagraphs(t *testing.T) {
	text := `
              Unité des Communes valdôtaines Évançon
              Unione dei Comuni valdostani Évançon
       Secteur Services à la personne / Area Servizi alla Persona
                     AVIS PUBLIC N° 6/2026
                   AVVISO PUBBLICO N. 6/2026
                   LA RESPONSABLE DU SECTEUR
                   LA RESPONSABILE DELL’AREA
Vu la délibération du Comité exécutif n° 19 du 26 mars 2026, portant approbation des critères
d’accès au service de centre d’été pour l’année 2026 ;
Vista la deliberazione della Giunta n. 19 del 26 marzo 2026, di approvazione dei criteri
di accesso al servizio di centro estivo per l’anno 2026;
3. Tarifs – La participation financière est fixée selon l’ISEE du foyer, conformément au
délibération susmentionnée.
3. Tariffe – La compartecipazione è determinata in base all’ISEE del nucleo familiare.
`
	var got []string
	for _, l := range newActLines(textDocument(text)) {
		got = append(got, l.Text)
	}
	want := []string{"Unité des Communes valdôtaines Évançon", "Unione dei Comuni valdostani Évançon", "Area Servizi alla Persona",
		"AVVISO PUBBLICO N. 6/2026", "LA RESPONSABILE DELL’AREA",
		"Vista la deliberazione della Giunta n. 19 del 26 marzo 2026, di approvazione dei criteri",
		"di accesso al servizio di centro estivo per l’anno 2026;",
		"3. Tariffe – La compartecipazione è determinata in base all’ISEE del nucleo familiare."}
	if !slices.Equal(got, want) {
		t.Errorf("lines\n%q\nwant\n%q", got, want)
	}
	a := ParseAct(textDocument(text))
	if a.Organ != "Area Servizi alla Persona" || a.Number != 6 {
		t.Errorf("organ %q, number %d; want the Italian Area, 6", a.Organ, a.Number)
	}
}
