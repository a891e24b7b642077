package extract

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
)

// TestReadHeaderForms reads act headers in the forms Italian producers
// print them: each field is found by its label and its place, whatever the
// layout. Five spaces or more set two cells apart on a line (textDocument).
func TestReadHeaderForms(t *testing.T) {
	type want struct {
		municipality, organ, kind string
		number, sector            int
		date, subject             string
	}
	tests := []struct {
		name string
		text string
		want want
	}{
		{"general register over the sector's number, CITTA'", `
                CITTA' di LAMEZIA TERME
                 PROVINCIA DI CATANZARO
              SETTORE ECONOMICO FINANZIARIO
          REGISTRO GENERALE N. 1148 del 17/07/2026
DETERMINAZIONE DIRIGENZIALE N. 177 del 16/07/2026
PROPOSTA N. 2067 del 16/07/2026
OGGETTO: Dimissioni volontarie dipendente. Presa
         d'atto.
                      IL DIRIGENTE
Premesso che il dipendente ha presentato istanza n. 5 del 01/07/2026;
`, want{"Città di Lamezia Terme", "SETTORE ECONOMICO FINANZIARIO", "determinazione", 1148, 177, "2026-07-17",
			"Dimissioni volontarie dipendente. Presa d'atto."}},
		{"the number's label at a cell's end, the number with its year and register under it", `
COMUNE DI VETTO                                                        Ordinanza N.
Provincia di Reggio Emilia                                             12/2026 P.L.
Servizio di Polizia Locale                                             Data: 14.5.2026
                              IL COMANDANTE
                           della Polizia Locale
Oggetto: Istituzione del divieto di sosta in via Don Pasquino Borghi.

Considerato che il mercato settimanale si svolge ogni venerdì;
                                O R D I N A
   1. il divieto di sosta con rimozione forzata.
`, want{"Comune di Vetto", "Servizio di Polizia Locale", "ordinanza", 12, 0, "2026-05-14", "Istituzione del divieto di sosta in via Don Pasquino Borghi."}},
		{"the general register's initials after its number, the sector's number right of it", `
                          PROVINCIA DI SAVONA
   Settore Gestione Viabilità, Edilizia ed Ambiente – Servizio Manutenzione Strade
                      DETERMINAZIONE DIRIGENZIALE
N. 734/2026 R.G.               N. 118 di Settore               Classifica 06.04
del 17/04/2026                 Proposta n. 802 del             Fascicolo 2026/31
                               14/04/2026
OGGETTO: Interventi di somma urgenza. Approvazione perizia.

                                 IL DIRIGENTE
Premesso che in data 3 aprile 2026 si è verificato un movimento franoso;
`, want{"Provincia di Savona", "Settore Gestione Viabilità, Edilizia ed Ambiente", "determinazione", 734, 118, "2026-04-17", "Interventi di somma urgenza. Approvazione perizia."}},
		{"each register named in full after its number, the dates under them", `
                      COMUNE DI SAN SEVERINO MARCHE
                    SETTORE CULTURA, TURISMO E SPORT
              DETERMINAZIONE DEL RESPONSABILE DEL SETTORE

   N. 987 Reg. Generale                                N. 96 Reg. Settore
   Data 15-12-2026                                     Data 11-12-2026

OGGETTO: Teatro Feronia – affidamento dei servizi tecnici.

                          IL RESPONSABILE DEL SETTORE
Visto il decreto del Sindaco n. 9 del 28-06-2026;
`, want{"Comune di San Severino Marche", "SETTORE CULTURA, TURISMO E SPORT", "determinazione", 987, 96, "2026-12-15", "Teatro Feronia – affidamento dei servizi tecnici."}},
		{"the general register named before its number, right of the sector's dated number", `
                                         COMUNE DI CROPANI
                Provincia di Catanzaro – Area Tecnica – Servizio Lavori Pubblici e Manutenzioni

Determinazione del        N. 31/AT del 10/03/2026 Registro Generale                N. 118 del 11/03/2026
Responsabile di Area
OGGETTO: Lavori di manutenzione della copertura della Scuola dell'Infanzia.

                                      IL RESPONSABILE DELL'AREA TECNICA
Visto il decreto sindacale n. 3 del 2 gennaio 2026;
`, want{"Comune di Cropani", "Area Tecnica", "determinazione", 118, 31, "2026-03-11", "Lavori di manutenzione della copertura della Scuola dell'Infanzia."}},
		{"the issuer's cell of a grid's row beside the sector's number, the body's opening words in it", `
                          COMUNE DI ALTAVILLA IRPINA
 AREA AMMINISTRATIVA                          | REGISTRO GENERALE
 SERVIZIO PERSONALE                           | N. 538 DEL 11/12/2026
                                              |
 Responsabile del Servizio:                   | REGISTRO DEL SERVIZIO
 IL SEGRETARIO COMUNALE                       | N. 44 DEL 10/12/2026
--------------------------------------------------------------------------------
                 DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO

OGGETTO: APPROVAZIONE DEI VERBALI DELLA COMMISSIONE ESAMINATRICE.

                              IL SEGRETARIO COMUNALE
Visto il decreto sindacale n. 14 del 15/07/2026;
`, want{"Comune di Altavilla Irpina", "AREA AMMINISTRATIVA", "determinazione", 538, 44, "2026-12-11", "APPROVAZIONE DEI VERBALI DELLA COMMISSIONE ESAMINATRICE."}},
		{"a rule of minus signs between the heading and its number", `
COMUNE DI MASERADA SUL PIAVE                                PROVINCIA DI TREVISO
================================================================================
              V E R B A L E    D I    D E L I B E R A Z I O N E
                D E L    C O N S I G L I O    C O M U N A L E
−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−
 N. 3                      DEL 26/01/2027                              ORE 20:00
−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−
 OGGETTO: SDEMANIALIZZAZIONE DI UN RELITTO STRADALE - APPROVAZIONE.
−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−

L'anno duemilaventisette, addì ventisei del mese di gennaio, si è riunito il Consiglio Comunale.
`, want{"Comune di Maserada sul Piave", "", "deliberazione", 3, 0, "2027-01-26", "SDEMANIALIZZAZIONE DI UN RELITTO STRADALE - APPROVAZIONE."}},
		{"a certificate's register of publications, its label before a colon, under the heading's rule", `
                 COMUNE DI SANT'AMBROGIO DI TORINO

                    CERTIFICATO DI PUBBLICAZIONE
                    ============================

 Registro delle pubblicazioni ........: N. 312/2026
 Tipo atto ...........................: DELIBERAZIONE DEL CONSIGLIO COMUNALE
 Numero ..............................: 8
 Data ................................: 26/02/2026
 Oggetto .............................:
   APPROVAZIONE DEL PIANO TRIENNALE DI MANUTENZIONE DEI SENTIERI.

 Il sottoscritto Segretario Comunale, visti gli atti d'ufficio,
                              CERTIFICA
`, want{"Comune di Sant'Ambrogio di Torino", "", "attestazione", 8, 0, "2026-02-26", "APPROVAZIONE DEL PIANO TRIENNALE DI MANUTENZIONE DEI SENTIERI."}},
		{"the register's label of the kind abbreviated, the number in the cell right of it", `
                       COMUNE DI ROVEREDO IN PIANO
              VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE
 N. Reg. Delib.          27             Data                05/03/2026
 OGGETTO                 Approvazione dello schema di convenzione.

L'anno duemilaventisei, il giorno cinque del mese di marzo alle ore 17:30,
`, want{"Comune di Roveredo in Piano", "Giunta Comunale", "deliberazione", 27, 0, "2026-03-05", "Approvazione dello schema di convenzione."}},
		{"the date alone on its line under the kind's heading, the registers in the row above", `
                      COMUNE DI OLIVETO CITRA
                        SETTORE AMMINISTRATIVO
N. 12 del Settore                                       N. 47/2026 R.G.
            DETERMINAZIONE DEL RESPONSABILE DEL SETTORE
                          del 17.3.2026
OGGETTO: Servizio di refezione scolastica – Impegno di spesa.

IL RESPONSABILE DEL SETTORE
Premesso che il servizio è stato affidato;
`, want{"Comune di Oliveto Citra", "SETTORE AMMINISTRATIVO", "determinazione", 47, 12, "2026-03-17", "Servizio di refezione scolastica – Impegno di spesa."}},
		{"the register's label alone over the number in its code, the adoption's date beside", `
                            COMUNE DI LARCIANO
Dipartimento                        DIPARTIMENTO RISORSE E SERVIZI INTERNI
Servizio                            Servizio Tributi e Entrate
Registro                    Data adozione                 Data esecutività
DD 245/2026                 27/05/2026                    29/05/2026
OGGETTO: AFFIDAMENTO DEL SERVIZIO DI SUPPORTO ALL'ACCERTAMENTO IMU.

IL RESPONSABILE DEL SETTORE
Visto il decreto sindacale;
`, want{"Comune di Larciano", "DIPARTIMENTO RISORSE E SERVIZI INTERNI", "", 245, 0, "2026-05-27", "AFFIDAMENTO DEL SERVIZIO DI SUPPORTO ALL'ACCERTAMENTO IMU."}},
		{"a notice's grid naming the act that began its procedure and that act's register", `
                          COMUNE DI REVINE LAGO
                  Area Servizi alla Persona – Ufficio Scuola e Cultura
                              BANDO DI GARA
  PROCEDURA APERTA PER L'AFFIDAMENTO DEL SERVIZIO DI REFEZIONE SCOLASTICA

Numero bando                   N. 1/2026              Data                   10.04.2026
Determina a contrarre          n. 44 del 7.4.2026 – Reg. Gen. 121

Si rende noto che è indetta la procedura aperta.
`, want{"Comune di Revine Lago", "Area Servizi alla Persona", "bando", 1, 0, "2026-04-10", "PROCEDURA APERTA PER L'AFFIDAMENTO DEL SERVIZIO DI REFEZIONE SCOLASTICA"}},
		{"the date's label in both languages, Slovene after Italian", `
                 COMUNE DI TAIPANA
                   AREA TECNICA
DETERMINAZIONE DEL RESPONSABILE
Reg. gen. n.                  98 del / z dne 15/04/2026
n.                            42 del / z dne 14/04/2026
OGGETTO: Fornitura di sale per il disgelo stradale.
                 IL RESPONSABILE DELL’AREA TECNICA
PREMESSO che con propria determinazione n. 171 del 05/11/2025 è stata affidata la fornitura;
`, want{"Comune di Taipana", "AREA TECNICA", "determinazione", 98, 42, "2026-04-15", "Fornitura di sale per il disgelo stradale."}},
		{"the deliberating body's qualifier on the heading's next line", `
             COMUNITÀ COMPRENSORIALE VAL VENOSTA
                 DELIBERAZIONE DELLA GIUNTA
                       COMPRENSORIALE
                            n. 87
              Seduta del 17.03.2026 – ore 14:30
Oggetto: Pista ciclabile Val Venosta: approvazione del progetto esecutivo.
LA GIUNTA COMPRENSORIALE
Vista la deliberazione n. 212 dell'11.11.2025;
`, want{"Comunità Comprensoriale Val Venosta", "Giunta Comprensoriale", "deliberazione", 87, 0, "2026-03-17", "Pista ciclabile Val Venosta: approvazione del progetto esecutivo."}},
		{"the sector's number and date under one label, the general register's alone", `
COMUNE DI ALLERONA
            DETERMINAZIONE DEL RESPONSABILE
Area                          Area Amministrativa
Servizio                      Servizio Cultura, Turismo e Associazionismo
Numero di settore / data      N. 48 del 14/04/2026
Numero Registro Generale      97
OGGETTO
Liquidazione contributo all’Associazione per la manifestazione.
IL RESPONSABILE DELL’AREA AMMINISTRATIVA
Visto il decreto sindacale n. 2 del 08/01/2026;
`, want{"Comune di Allerona", "Area Amministrativa", "determinazione", 97, 48, "2026-04-14", "Liquidazione contributo all’Associazione per la manifestazione."}},
		{"a grid that dates the general register and the adoption apart", `
COMUNE DI BOVES
           DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO
N. REGISTRO GENERALE      DATA REGISTRO GENERALE      N. DETERMINA DI SERVIZIO      DATA ADOZIONE
211                       13/04/2026                  64                            10/04/2026
OGGETTO
LAVORI DI MANUTENZIONE DELLA PALESTRA COMUNALE.
             IL RESPONSABILE DEL SERVIZIO
Premesso che
`, want{"Comune di Boves", "Responsabile del Servizio", "determinazione", 211, 0, "2026-04-13", "LAVORI DI MANUTENZIONE DELLA PALESTRA COMUNALE."}},
		{"headings typed letter by letter", `
                 C O M U N E   D I   V I L L A F R A N C A
                          Provincia di Verona
              D E T E R M I N A Z I O N E   D I R I G E N Z I A L E
                         N. 123 del 04/06/2024
O G G E T T O : Affidamento del servizio di pulizia.
                         I L   D I R I G E N T E
Visto il decreto;
`, want{"Comune di Villafranca", "Dirigente", "determinazione", 123, 0, "2024-06-04", "Affidamento del servizio di pulizia."}},
		{"the organ in the heading, the number's line naming the kind alone", `
             COMUNE DI SAN GIOVANNI ROTONDO
       VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE
Delibera N. 34                                         del 29/04/2024
OGGETTO: Approvazione Rendiconto esercizio finanziario 2023.
L'anno duemilaventiquattro, il giorno ventinove del mese di aprile, alle ore 16:30
`, want{"Comune di San Giovanni Rotondo", "Consiglio Comunale", "deliberazione", 34, 0, "2024-04-29", "Approvazione Rendiconto esercizio finanziario 2023."}},
		{"title case, n°, a metropolitan city", `
      Città Metropolitana di Roma Capitale
Determinazione Dirigenziale n° 490 del 18/03/2026
OGGETTO: Liquidazione fattura n. 12 del 01/02/2026.
Il Dirigente
Visto il decreto n. 3 del 02/01/2026;
`, want{"Città Metropolitana di Roma Capitale", "Dirigente", "determinazione", 490, 0, "2026-03-18",
			"Liquidazione fattura n. 12 del 01/02/2026."}},
		{"a grid of registers' labels beside their figures, with no N.", `
          COMUNE DI MARINA DI GIOIOSA IONICA
     SETTORE III – LAVORI PUBBLICI E MANUTENZIONI
               DETERMINAZIONE DIRIGENZIALE
Numero di settore      58          Data adozione          20/04/2026
Registro Generale      311         Data registrazione     20/04/2026
OGGETTO: Affidamento diretto del servizio di manutenzione del verde pubblico.

            IL RESPONSABILE DEL SETTORE III
Premesso che
`, want{"Comune di Marina di Gioiosa Ionica", "SETTORE III – LAVORI PUBBLICI E MANUTENZIONI", "determinazione", 311, 58, "2026-04-20", "Affidamento diretto del servizio di manutenzione del verde pubblico."}},
		{"the sector's register named as its acts'", `
             COMUNE DI NOCERA SUPERIORE
                AREA AFFARI GENERALI
DETERMINAZIONE N. 312 DEL 23/03/2026 (Registro Generale) – Determinazione di Settore n. 58
                   del 19/03/2026
OGGETTO: Approvazione graduatoria finale del concorso pubblico.

       IL RESPONSABILE DELL'AREA AFFARI GENERALI
Visto il decreto
`, want{"Comune di Nocera Superiore", "AREA AFFARI GENERALI", "determinazione", 312, 58, "2026-03-23", "Approvazione graduatoria finale del concorso pubblico."}},
		{"the general register's date on the line under it, in a report's box", `
COMUNE DI SARACENA                                        PROVINCIA DI COSENZA
AREA TECNICA
DETERMINAZIONE N.     58 DEL 12/03/2026      REG. GENERALE N. 214 DEL
                                            13/03/2026
OGGETTO: LAVORI DI MANUTENZIONE STRAORDINARIA DELLA VIABILITA' RURALE.

            IL RESPONSABILE DELL'AREA TECNICA
PREMESSO CHE:
`, want{"Comune di Saracena", "AREA TECNICA", "determinazione", 214, 58, "2026-03-13", "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA VIABILITA' RURALE."}},
		{"each register named right of its number's date", `
                 COMUNE DI NEMBRO
                   AREA TECNICA
DETERMINAZIONE      N. 212      del 13/04/2026      Registro Generale
                    N. 47       del 10/04/2026      Registro di Area
OGGETTO: LAVORI DI MANUTENZIONE STRAORDINARIA DELLA PALESTRA.

                IL RESPONSABILE DELL’AREA TECNICA
Richiamato il decreto
`, want{"Comune di Nembro", "AREA TECNICA", "determinazione", 212, 47, "2026-04-13", "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA PALESTRA."}},
		{"an elided del before the day", `
                 COMUNE DI JOVENÇAN
        ORDINANZA DEL SINDACO N. 4 DELL’11 MARZO 2026
Oggetto: Divieto temporaneo di transito sulla strada comunale di Pompiod.

                    IL SINDACO
Vista la richiesta
`, want{"Comune di Jovençan", "Sindaco", "ordinanza", 4, 0, "2026-03-11", "Divieto temporaneo di transito sulla strada comunale di Pompiod."}},
		{"a register heading over its number", `
            CITTÀ DI VIBO VALENTIA
        REGISTRO ORDINANZE DIRIGENZIALI
              N. 192 del 31.07.2026
OGGETTO: Chiusura temporanea di via Roma.
                 IL DIRIGENTE
Premesso che
`, want{"Città di Vibo Valentia", "Dirigente", "ordinanza", 192, 0, "2026-07-31", "Chiusura temporanea di via Roma."}},
		{"the sector's number in a column beside the subject", `
                 COMUNE DI AVELLA
      DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO
N. 100 DEL               OGGETTO: Acquisto di hardware e software per
27/02/2026               l'anno 2026 - Determina di
Registro Generale        LIQUIDAZIONE
N. 145 DEL
27/02/2026
L'anno duemilaventisei, il giorno ventisette, del mese di febbraio nel proprio Ufficio.
`, want{"Comune di Avella", "Responsabile del Servizio", "determinazione", 145, 100, "2026-02-27",
			"Acquisto di hardware e software per l'anno 2026 - Determina di LIQUIDAZIONE"}},
		{"a certificate's form, its blanks filled in, the date on the line under its number", `
          COMUNE DI SANTA CROCE DI MAGLIANO
            CERTIFICATO DI PUBBLICAZIONE
Deliberazione della ___Giunta Comunale___ n. ___31___ del
___05/03/2026___
OGGETTO: _____Approvazione schema di convenzione._____

Il sottoscritto Segretario Comunale, visti gli atti d'ufficio,
`, want{"Comune di Santa Croce di Magliano", "", "attestazione", 31, 0, "2026-03-05", "Approvazione schema di convenzione."}},
		{"a sector's number after the act's, its register named after it", `
                         COMUNE DI ROSSIGLIONE
                             AREA TECNICA
                     D E T E R M I N A Z I O N E
                 N. 102 DEL 11/03/2026 (N. 37 di Area)
OGGETTO: Liquidazione dei contributi per l'eliminazione delle barriere architettoniche.
                  IL RESPONSABILE DELL'AREA TECNICA
Richiamato il decreto del Sindaco n. 5 del 02/01/2026;
`, want{"Comune di Rossiglione", "AREA TECNICA", "determinazione", 102, 37, "2026-03-11",
			"Liquidazione dei contributi per l'eliminazione delle barriere architettoniche."}},
		{"two numbers in a column, each date on the line under it", `
                 COMUNE DI AVELLA
      DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO
N. 114 DEL               OGGETTO: Servizio di supporto specialistico.
05/03/2026
Registro Generale
N. 168 DEL
09/03/2026
                 IL RESPONSABILE DEL SERVIZIO
VISTO il decreto sindacale n. 3 del 02/01/2026;
`, want{"Comune di Avella", "Responsabile del Servizio", "determinazione", 168, 114, "2026-03-09",
			"Servizio di supporto specialistico."}},
		{"a header printed as a row of cells", `
                COMUNE DI BORGO
DETERMINAZIONE          N. 12          DEL 03/02/2024
Reg. Gen.          N. 45          del 05/02/2024
OGGETTO: Affidamento del servizio.
IL DIRIGENTE
Visto
`, want{"Comune di Borgo", "Dirigente", "determinazione", 45, 12, "2024-02-05", "Affidamento del servizio."}},
		{"register labels after the number sign, a table's Numero and Data", `
COMUNE DI BORGO
DETERMINAZIONE DEL DIRIGENTE
N. Reg. Gen. 45 del 05/02/2024
Numero: 12          Data: 03/02/2024
OGGETTO: Affidamento del servizio.
IL DIRIGENTE
Visto
`, want{"Comune di Borgo", "Dirigente", "determinazione", 45, 12, "2024-02-05", "Affidamento del servizio."}},
		{"the date before the number", `
COMUNE DI BORGO
PROVVEDIMENTO DEL 12/03/2026 N. 45
OGGETTO: Nomina.
IL SINDACO
Visto
`, want{"Comune di Borgo", "Sindaco", "provvedimento", 45, 0, "2026-03-12", "Nomina."}},
		{"a register cited in the body is another act's", `
                 COMUNE DI AVELLA
              (Provincia di Avellino)

AVVISO DI SELEZIONE INTERNA

               IL SEGRETARIO GENERALE

                    RICHIAMATI:
- la deliberazione di Giunta Comunale n. 43/2025 di adozione del Piano;
- la propria determinazione dirigenziale n. 1/2025 – R.G. n. 317/2025 con la quale è stata indetta la selezione;
`, want{"Comune di Avella", "Segretario Generale", "avviso", 0, 0, "", "AVVISO DI SELEZIONE INTERNA"}},
		{"a call's title counts posts: no number of its own", `
COMUNE DI RECANATI
BANDO DI CONCORSO PUBBLICO PER LA COPERTURA DI N. 2 POSTI DI ISTRUTTORE
IL RESPONSABILE DEL SERVIZIO
Vista la determinazione n. 456 del 01/06/2025;
`, want{"Comune di Recanati", "Responsabile del Servizio", "bando", 0, 0, "", "BANDO DI CONCORSO PUBBLICO PER LA COPERTURA DI N. 2 POSTI DI ISTRUTTORE"}},
		{"a notice's title ends where its body opens", `
COMUNE DI RECANATI
AVVISO DI DEPOSITO
(art. 140 c.p.c.)
Si rende noto che in data 10/06/2025 è stato depositato presso la Casa Comunale l'atto n. 45.
`, want{"Comune di Recanati", "", "avviso", 0, 0, "", "AVVISO DI DEPOSITO"}}, // the law in brackets under the title is no part of it, as print-17's and scan-17's keys have it
		{"kind heading over a number at the margin, nr. and a date in words", `
          UNIONE DEI COMUNI DELLA VALLE DEL SAVIO
                 DECRETO SINDACALE
nr. 14 del 18 marzo 2026
OGGETTO: Nomina del responsabile del servizio.
IL SINDACO
Visto lo statuto;
`, want{"Unione dei Comuni della Valle del Savio", "Sindaco", "decreto sindacale", 14, 0, "2026-03-18",
			"Nomina del responsabile del servizio."}},
		{"num. and a short year", `
COMUNE DI BORGO
ORDINANZA SINDACALE num. 7 del 18/3/26
OGGETTO: Divieto di balneazione.
IL SINDACO
Considerato che
`, want{"Comune di Borgo", "Sindaco", "ordinanza", 7, 0, "2026-03-18", "Divieto di balneazione."}},
		{"a protocol stamp above the heading is no municipality", `
CITTA' di LAMEZIA TERME - arrivo - Prot. 56748/PROT del 06/08/2026
            COMUNE DI GIZZERIA
   DELIBERAZIONE DELLA GIUNTA COMUNALE N° 40 del 24-03-2026
OGGETTO: Atto di indirizzo.
L'anno duemilaventisei, il giorno ventiquattro, del mese di marzo, si è riunita la Giunta Comunale.
`, want{"Comune di Gizzeria", "Giunta Comunale", "deliberazione", 40, 0, "2026-03-24", "Atto di indirizzo."}},
		{"numbers in the subject and the body are not the act's", `
COMUNE DI BORGO
DETERMINAZIONE N. 12 DEL 03/02/2024
OGGETTO: Rettifica della determinazione n. 1014 del 01/01/2024.
IL RESPONSABILE DEL SERVIZIO
Vista la deliberazione della Giunta Comunale n. 5 del 10/01/2024;
`, want{"Comune di Borgo", "", "determinazione", 12, 0, "2024-02-03", "Rettifica della determinazione n. 1014 del 01/01/2024."}},
		{"a subject printed above and below a label set beside it", `
COMUNE DI BORGO
DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 3 DEL 01/03/2025

              Approvazione del regolamento per
OGGETTO:      la gestione dei rifiuti urbani
              e assimilati.

L'anno duemilaventicinque, il giorno uno, del mese di marzo, si è riunito il Consiglio Comunale.
`, want{"Comune di Borgo", "Consiglio Comunale", "deliberazione", 3, 0, "2025-03-01",
			"Approvazione del regolamento per la gestione dei rifiuti urbani e assimilati."}},
		{"the heading centred between the letterhead and the number", `
Comune di Cividale del Friuli                   Comun di Cividât
Regione Autonoma Friuli Venezia Giulia          Region Autonome Friûl
         VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE
N. 38 del Reg. Delibere
OGGETTO: Approvazione del progetto.
L'anno 2025, il giorno 05 del mese di giugno alle ore 17:30 si è riunita la Giunta Comunale.
`, want{"Comune di Cividale del Friuli", "Giunta Comunale", "deliberazione", 38, 0, "2025-06-05", "Approvazione del progetto."}},
		{"a decree of the Sindaco is a decreto, a decreto sindacale as printed", `
COMUNE DI OROSEI
DECRETO DEL SINDACO
Decretu de su Sindigu
N. 3 del 2 gennaio 2025
Oggetto: Nomina del Responsabile dell'Area Tecnica.
IL SINDACO
Premesso che
`, want{"Comune di Orosei", "Sindaco", "decreto", 3, 0, "2025-01-02", "Nomina del Responsabile dell'Area Tecnica."}},
		{"a decreto sindacale", `
COMUNE DI AVELLA
DECRETO SINDACALE
N. 14 DEL 28/04/2026
Oggetto: Nomina del Responsabile dell'Area Tecnica.
IL SINDACO
Premesso che
`, want{"Comune di Avella", "Sindaco", "decreto sindacale", 14, 0, "2026-04-28", "Nomina del Responsabile dell'Area Tecnica."}},
		{"a subject in capitals ends at its full stop over the minute", `
COMUNE DI CASTEL SAN PIETRO TERME
DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 31 del 29/04/2024
OGGETTO: APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO
         FINANZIARIO 2023.
Il Presidente introduce l'argomento.
`, want{"Comune di Castel San Pietro Terme", "Consiglio Comunale", "deliberazione", 31, 0, "2024-04-29",
			"APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2023."}},
		{"the year in words in brackets opens the minute", `
COMUNE DI CASTEL SAN PIETRO TERME
DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 31 del 29/04/2024
OGGETTO: Approvazione del rendiconto
della gestione 2023.
L'anno 2024 (duemilaventiquattro) il giorno 29 (ventinove) del mese di aprile alle ore 20:45
`, want{"Comune di Castel San Pietro Terme", "Consiglio Comunale", "deliberazione", 31, 0, "2024-04-29",
			"Approvazione del rendiconto della gestione 2023."}},
		{"a subject printed with no label, between the number and the body", `
COMUNE DI AVEZZANO
SETTORE V - POLITICHE SOCIALI
          Determinazione n° 214 del 12-06-2025
            (Proposta n. 251 del 10-06-2025)

Approvazione della graduatoria definitiva per i centri estivi
          dai 3 ai 14 anni - Estate 2025.

          IL RESPONSABILE DEL SETTORE
Visto il decreto sindacale n. 12 del 31-01-2025;
`, want{"Comune di Avezzano", "SETTORE V - POLITICHE SOCIALI", "determinazione", 214, 0, "2025-06-12",
			"Approvazione della graduatoria definitiva per i centri estivi dai 3 ai 14 anni - Estate 2025."}},
		{"a generic issuer's heading under its office's", `
COMUNE DI CAIRO MONTENOTTE
SETTORE LAVORI PUBBLICI E AMBIENTE
      DETERMINAZIONE DEL RESPONSABILE DEL SETTORE N. 512 DEL 14.10.2024
OGGETTO: Affidamento del servizio di sfalcio.
IL RESPONSABILE DEL SETTORE
VISTO il decreto sindacale n. 14 del 28 dicembre 2023;
`, want{"Comune di Cairo Montenotte", "SETTORE LAVORI PUBBLICI E AMBIENTE", "determinazione", 512, 0, "2024-10-14",
			"Affidamento del servizio di sfalcio."}},
		{"a register's label over its figures, with no \"N.\"", `
COMUNE DI FOSSOMBRONE
                 DETERMINAZIONE DI LIQUIDAZIONE
Settore                    N. di Settore     Reg. Generale     Data
SETTORE 3 – CULTURA        23                98                03/02/2026
OGGETTO: Liquidazione fattura all'associazione culturale.
IL RESPONSABILE DEL SETTORE
PREMESSO che con determinazione n. 211 del 20/11/2025 (Reg. Gen. n. 1015) è stato affidato il servizio;
`, want{"Comune di Fossombrone", "SETTORE 3 – CULTURA", "determinazione", 98, 23, "2026-02-03",
			"Liquidazione fattura all'associazione culturale."}},
		{"Friuli's chronological register beside the sector's", `
Comune di Pordenone
SETTORE IV - GESTIONE TERRITORIO
                    DETERMINAZIONE DIRIGENZIALE
N. cron. 3127 del 03/12/2025          N. settoriale 412          Proposta n. 3305 del 01/12/2025
OGGETTO: Lavori di manutenzione straordinaria dei marciapiedi.
IL DIRIGENTE
Premesso che con decreto del Sindaco n. 38 del 30/06/2025 è stato conferito l'incarico;
`, want{"Comune di Pordenone", "SETTORE IV - GESTIONE TERRITORIO", "determinazione", 3127, 412, "2025-12-03",
			"Lavori di manutenzione straordinaria dei marciapiedi."}},
		{"an avviso's heading over a note of the act that approved it", `
CITTÀ DI EBOLI
AREA SERVIZI SOCIALI
             AVVISO PUBBLICO N. 3 DEL 26/01/2026
   PER L'ASSEGNAZIONE DI CONTRIBUTI ECONOMICI
   (approvato con determinazione del Responsabile dell'Area R.G. n. 77 del 23/01/2026)

Art. 1 – Finalità
Il presente avviso disciplina la concessione di contributi.
`, want{"Città di Eboli", "AREA SERVIZI SOCIALI", "avviso", 3, 0, "2026-01-26",
			"PER L'ASSEGNAZIONE DI CONTRIBUTI ECONOMICI"}},
		{"a note of the act that approved an avviso, its number before its general register's", `
COMUNE DI ALASSIO
SETTORE TURISMO, CULTURA E SPORT
             AVVISO PUBBLICO N. 9/2026
   CONCESSIONE DI CONTRIBUTI A SOSTEGNO DI MANIFESTAZIONI – ANNO 2026
   (approvato con determinazione del Settore Turismo, Cultura e Sport n. 12 del 14/01/2026 – R.G. n. 38)

Art. 1 – Finalità
Il presente avviso disciplina la concessione di contributi.
`, want{"Comune di Alassio", "SETTORE TURISMO, CULTURA E SPORT", "avviso", 9, 0, "",
			"CONCESSIONE DI CONTRIBUTI A SOSTEGNO DI MANIFESTAZIONI – ANNO 2026"}},
		{"a notice's title under AVVISO and the line that names whom it is for; a Settore and its Servizio on the letterhead", `
COMUNE DI ISPICA
SETTORE V – AMBIENTE, ECOLOGIA E PROTEZIONE CIVILE – Servizio Igiene Urbana
                     AVVISO
                ALLA CITTADINANZA
MODIFICA DEL CALENDARIO DI RACCOLTA DEI RIFIUTI IN OCCASIONE DELLE
FESTIVITÀ PASQUALI 2026
Si comunica che il servizio di raccolta subirà le seguenti variazioni.
`, want{"Comune di Ispica", "SETTORE V – AMBIENTE, ECOLOGIA E PROTEZIONE CIVILE", "avviso", 0, 0, "",
			"MODIFICA DEL CALENDARIO DI RACCOLTA DEI RIFIUTI IN OCCASIONE DELLE FESTIVITÀ PASQUALI 2026"}},
		{"a bilingual minute's heading and labels, the French under the Italian", `
COMUNE DI CHÂTILLON                          COMMUNE DE CHÂTILLON
       VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE
      PROCÈS-VERBAL DE DÉLIBÉRATION DE LA JUNTE COMMUNALE
   N. / N°          31          Data / Date         11/03/2026
OGGETTO: APPROVAZIONE DEL PROGRAMMA DELLE MANIFESTAZIONI ESTIVE 2026.
L'anno duemilaventisei, addì undici del mese di marzo, si è riunita la Giunta comunale.
`, want{"Comune di Châtillon", "Giunta Comunale", "deliberazione", 31, 0, "2026-03-11",
			"APPROVAZIONE DEL PROGRAMMA DELLE MANIFESTAZIONI ESTIVE 2026."}},
		{"a subject printed as a title block, counting things it buys", `
UNIONE DEI COMUNI MONTEDORO
SETTORE POLIZIA LOCALE
Servizio Amministrativo e Contravvenzioni
TIPO ATTO            DETERMINAZIONE DEL RESPONSABILE DEL SETTORE
REGISTRO GENERALE    n. 52 del 13/03/2026

Fornitura di n. 2 etilometri omologati e relativi accessori per il Comando di Polizia Locale. Determina a
contrarre e affidamento diretto. Impegno di spesa.

IL RESPONSABILE DEL SETTORE
Premesso che il Comando svolge i servizi di controllo;
`, want{"Unione dei Comuni Montedoro", "SETTORE POLIZIA LOCALE", "determinazione", 52, 0, "2026-03-13",
			"Fornitura di n. 2 etilometri omologati e relativi accessori per il Comando di Polizia Locale. Determina a contrarre e affidamento diretto. Impegno di spesa."}},
		{"a subject printed as a title block in capitals, counting things it buys", `
UNIONE DEI COMUNI MONTEDORO
SETTORE POLIZIA LOCALE
DETERMINAZIONE DEL RESPONSABILE DEL SETTORE n. 52 adottata in data 13/03/2026

ACQUISTO DI N. 2 MISURATORI DI VELOCITÀ MOBILI PER IL SERVIZIO DI POLIZIA
LOCALE – DETERMINAZIONE A CONTRARRE E IMPEGNO DI SPESA

IL RESPONSABILE DEL SETTORE
Premesso che il Comando svolge i servizi di controllo;
`, want{"Unione dei Comuni Montedoro", "SETTORE POLIZIA LOCALE", "determinazione", 52, 0, "2026-03-13",
			"ACQUISTO DI N. 2 MISURATORI DI VELOCITÀ MOBILI PER IL SERVIZIO DI POLIZIA LOCALE – DETERMINAZIONE A CONTRARRE E IMPEGNO DI SPESA"}},
		{"an Unione's deliberation naming the Giunta alone", `
UNIONE DEI COMUNI DEL PRATOMAGNO
DELIBERAZIONE DELLA GIUNTA N. 12 DEL 10/03/2026
OGGETTO: Approvazione del piano di protezione civile.
L'anno duemilaventisei, il giorno dieci del mese di marzo, si è riunita la Giunta.
`, want{"Unione dei Comuni del Pratomagno", "Giunta dell'Unione", "deliberazione", 12, 0, "2026-03-10",
			"Approvazione del piano di protezione civile."}},
		{"a notice carried by a printed e-mail, its header above the document", `
Da:        "Per conto di: protocollo@pec.comune.mercogliano.av.it" <posta-certificata@legalmail.it>
A:         consiglieri comunali (lista di distribuzione)
Data:      mar 10/03/2026 10:14
Oggetto:   POSTA CERTIFICATA: Prot. N.0004821/2026 – Convocazione Consiglio Comunale
Allegati:  daticert.xml; postacert.eml

COMUNE DI MERCOGLIANO
Provincia di Avellino
                                      Ai Sigg. Consiglieri Comunali
         CONVOCAZIONE DEL CONSIGLIO COMUNALE IN SESSIONE ORDINARIA

Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, la S.V. è invitata a partecipare alla seduta.
`, want{"Comune di Mercogliano", "", "convocazione", 0, 0, "",
			"CONVOCAZIONE DEL CONSIGLIO COMUNALE IN SESSIONE ORDINARIA"}},
		{"each register's date labelled by its register", `
COMUNE DI GRASSANO
AREA AMMINISTRATIVA                     Servizio: Affari Generali - Cultura e Turismo
          DETERMINAZIONE DEL RESPONSABILE DELL'AREA
N. Reg. Area: 31                        Data: 05/03/2026
N. Reg. Generale: 96                    Data Reg. Gen.: 06/03/2026
OGGETTO: CONCESSIONE CONTRIBUTO ALL'ASSOCIAZIONE PRO LOCO.

IL RESPONSABILE DELL'AREA AMMINISTRATIVA
VISTO il Decreto Sindacale n. 2 del 07/01/2026;
`, want{"Comune di Grassano", "AREA AMMINISTRATIVA", "determinazione", 96, 31, "2026-03-06",
			"CONCESSIONE CONTRIBUTO ALL'ASSOCIAZIONE PRO LOCO."}},
		{"an avviso's title under a note in brackets", `
COMUNE DI QUARTU SANT'ELENA
SETTORE POLITICHE SOCIALI
             AVVISO PUBBLICO N. 3 DEL 15/01/2026
   (approvato con determinazione dirigenziale n. 41 del 14/01/2026)
   AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI PER LA LOCAZIONE

                    IL DIRIGENTE DEL SETTORE
In esecuzione della deliberazione della Giunta Comunale n. 4 del 09/01/2026;
`, want{"Comune di Quartu Sant'Elena", "SETTORE POLITICHE SOCIALI", "avviso", 3, 0, "2026-01-15",
			"AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI PER LA LOCAZIONE"}},
		{"an avviso's sentence citing two acts, the second by its general register", `
COMUNE DI BARONISSI
AREA POLITICHE SOCIALI, ISTRUZIONE E CULTURA
             AVVISO PUBBLICO N. 4/2026
   CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE

In esecuzione della deliberazione della Giunta Comunale n. 37 del 03/03/2026 e della
determinazione R.G. n. 226 del 09/03/2026, si rende noto che sono aperti i termini.
Art. 1 – Destinatari
Baronissi, 10/03/2026
`, want{"Comune di Baronissi", "AREA POLITICHE SOCIALI, ISTRUZIONE E CULTURA", "avviso", 4, 0, "2026-03-10",
			"CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE"}},
		{"an avviso's sentence citing an act with its general register in brackets", `
COMUNE DI PADULA
AREA AMMINISTRATIVA
             AVVISO PUBBLICO N. 3 DEL 16/03/2026
   CONTRIBUTI PER LA FREQUENZA DEI CENTRI ESTIVI

In esecuzione della deliberazione della Giunta Comunale n. 41 del 05/03/2026 e della determinazione dell'Area
Amministrativa n. 58 del 12/03/2026 (R.G. n. 176),
SI RENDE NOTO
che sono aperti i termini.
`, want{"Comune di Padula", "AREA AMMINISTRATIVA", "avviso", 3, 0, "2026-03-16",
			"CONTRIBUTI PER LA FREQUENZA DEI CENTRI ESTIVI"}},
		{"two registers side by side, each named in a note under its number", `
COMUNE DI TEULADA
AREA AMMINISTRATIVA E SOCIO-CULTURALE
DETERMINAZIONE N. 188                        N. 32 del 16/03/2026
del 17/03/2026 (Registro Generale)           (Registro del Servizio)

OGGETTO: Approvazione della graduatoria.

LA RESPONSABILE DELL’AREA
Visto il decreto sindacale n. 2 del 08/01/2026;
`, want{"Comune di Teulada", "AREA AMMINISTRATIVA E SOCIO-CULTURALE", "determinazione", 188, 32, "2026-03-17",
			"Approvazione della graduatoria."}},
		{"labels beside their values in a column, with no colon", `
                     COMUNE DI NARNI
SETTORE                 SETTORE ECONOMICO-FINANZIARIO
SERVIZIO                Servizio Ragioneria e Bilancio
REGISTRO GENERALE       N. 1544
REGISTRO DI SETTORE     N. 318
DATA                    10/12/2025
OGGETTO                 Liquidazione fattura alla ditta Umbra Servizi Ambientali.

                  DETERMINAZIONE DI LIQUIDAZIONE
               IL RESPONSABILE DEL SETTORE
Premesso che con determinazione n. 912 del 18/06/2025 è stato affidato il servizio;
`, want{"Comune di Narni", "SETTORE ECONOMICO-FINANZIARIO", "determinazione", 1544, 318, "2025-12-10",
			"Liquidazione fattura alla ditta Umbra Servizi Ambientali."}},
		{"an Area's own register under \"N. Area\" in a row of labels", `
COMUNE DI ARZIGNANO
                    DETERMINAZIONE DIRIGENZIALE
Area                             Servizio                     N. Area
AREA SERVIZI ALLA PERSONA        Servizi Sociali              188
N. Registro Generale             Data adozione                Esecutiva dal
1.057                            03/11/2025                   05/11/2025
Oggetto
LIQUIDAZIONE DEI CONTRIBUTI PER IL FONDO AFFITTI.
IL DIRIGENTE
Visto il decreto sindacale n. 3 del 02/01/2025;
`, want{"Comune di Arzignano", "AREA SERVIZI ALLA PERSONA", "determinazione", 1057, 188, "2025-11-03",
			"LIQUIDAZIONE DEI CONTRIBUTI PER IL FONDO AFFITTI."}},
		{"a sector's register named with its numeral, beside the general one", `
COMUNE DI CECCANO
SETTORE III - LAVORI PUBBLICI
                 DETERMINAZIONE DEL RESPONSABILE DEL SETTORE
  REGISTRO GENERALE                          REGISTRO DEL SETTORE III
  N. 842 del 17/09/2025                      N. 213 del 17/09/2025
OGGETTO: AFFIDAMENTO DIRETTO DEL SERVIZIO DI MANUTENZIONE DEGLI IMPIANTI.
IL RESPONSABILE DEL SETTORE
Visto il decreto sindacale n. 3 del 02/01/2025;
`, want{"Comune di Ceccano", "SETTORE III - LAVORI PUBBLICI", "determinazione", 842, 213, "2025-09-17",
			"AFFIDAMENTO DIRETTO DEL SERVIZIO DI MANUTENZIONE DEGLI IMPIANTI."}},
		{"a Ripartizione's register over its number and date, beside the general one", `
CITTÀ DI BISCEGLIE
RIPARTIZIONE TECNICA                                   DETERMINAZIONE DIRIGENZIALE
  Registro Generale                                       Registro di Ripartizione
  n. 1342 del 18/12/2025                                  n. 412 del 16/12/2025
OGGETTO: LAVORI DI MANUTENZIONE STRAORDINARIA DELLA PAVIMENTAZIONE.
IL DIRIGENTE
Visto il decreto sindacale n. 3 del 02/01/2025;
`, want{"Città di Bisceglie", "RIPARTIZIONE TECNICA", "determinazione", 1342, 412, "2025-12-18",
			"LAVORI DI MANUTENZIONE STRAORDINARIA DELLA PAVIMENTAZIONE."}},
		{"the sector's number in brackets under the heading, the office alone named", `
COMUNE DI FIORANO MODENESE
SETTORE III – PIANIFICAZIONE DEL TERRITORIO
        DETERMINAZIONE DIRIGENZIALE N. 412/RG DEL 27.10.2025
                        (n. 88 del Settore)
OGGETTO: LAVORI DI RIQUALIFICAZIONE ENERGETICA DELLA SCUOLA PRIMARIA.
IL DIRIGENTE
Visto il decreto sindacale n. 3 del 02/01/2025;
`, want{"Comune di Fiorano Modenese", "SETTORE III – PIANIFICAZIONE DEL TERRITORIO", "determinazione", 412, 88, "2025-10-27",
			"LAVORI DI RIQUALIFICAZIONE ENERGETICA DELLA SCUOLA PRIMARIA."}},
		{"Friuli's \"Atto n.\" over the service's own number", `
COMUNE DI TRICESIMO
AREA TECNICA                                   Atto n. 312 del 18-09-2025
Servizio Lavori Pubblici                       n. 87 del Servizio
             DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO
OGGETTO: Affidamento diretto del servizio di sfalcio dei cigli stradali.
IL RESPONSABILE DEL SERVIZIO
Visto il decreto sindacale n. 3 del 02/01/2025;
`, want{"Comune di Tricesimo", "AREA TECNICA", "determinazione", 312, 87, "2025-09-18",
			"Affidamento diretto del servizio di sfalcio dei cigli stradali."}},
		{"a Sicilian determinazione sindacale", `
Comune di Gangi
       DETERMINAZIONE SINDACALE N. 9 DEL 05-06-2025
OGGETTO: Nomina del Responsabile dell'Area Tecnica.
                                  IL SINDACO
PREMESSO che l'Ente è privo di personale con qualifica dirigenziale;
`, want{"Comune di Gangi", "Sindaco", "determinazione sindacale", 9, 0, "2025-06-05",
			"Nomina del Responsabile dell'Area Tecnica."}},
		{"the municipality named only inside the header's sentence", `
    Verbale di deliberazione della Giunta Comunale del Comune di Teggiano – Provincia di Salerno
                  DELIBERAZIONE nr. 112 del 09.10.2025
OGGETTO:       APPROVAZIONE SCHEMA DI CONVENZIONE CON LA PRO LOCO.
L'anno duemilaventicinque, il giorno nove del mese di ottobre, si è riunita la Giunta Comunale.
`, want{"Comune di Teggiano", "Giunta Comunale", "deliberazione", 112, 0, "2025-10-09",
			"APPROVAZIONE SCHEMA DI CONVENZIONE CON LA PRO LOCO."}},
		{"a subject in capitals whose words the line's end broke with hyphens", `
                             COMUNE DI CHIARAMONTI
 SETTORE TECNICO                                      REGISTRO GENERALE
                                                      N. 112 DEL 14/06/2028
                  DETERMINAZIONE DEL RESPONSABILE DEL SETTORE
 OGGETTO: INTERVENTI DI MANUTENZIONE STRAORDINARIA DELLA RETE DI ILLUMI-
          NAZIONE PUBBLICA DI VIA SAN MATTEO E DEL PIAZZALE DEL CASTELLO DO-
          RIA. APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE.

                      IL RESPONSABILE DEL SETTORE TECNICO
 RICHIAMATA la determinazione con la quale i lavori sulla rete di
 illuminazione pubblica del piazzale del Castello Doria sono stati affidati;
`, want{"Comune di Chiaramonti", "SETTORE TECNICO", "determinazione", 112, 0, "2028-06-14",
			"INTERVENTI DI MANUTENZIONE STRAORDINARIA DELLA RETE DI ILLUMINAZIONE PUBBLICA DI VIA SAN MATTEO E DEL PIAZZALE DEL CASTELLO DORIA. APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE."}},
		{"a compound in capitals broken at its hyphen, printed whole nowhere", `
                             COMUNE DI CHIARAMONTI
 SETTORE SOCIALE                                      REGISTRO GENERALE
                                                      N. 113 DEL 14/06/2028
                  DETERMINAZIONE DEL RESPONSABILE DEL SETTORE
 OGGETTO: CONTRIBUTI PER L'ASSISTENZA SOCIO-
          SANITARIA DOMICILIARE. LIQUIDAZIONE.

                      IL RESPONSABILE DEL SETTORE SOCIALE
 RICHIAMATA la determinazione di impegno;
`, want{"Comune di Chiaramonti", "SETTORE SOCIALE", "determinazione", 113, 0, "2028-06-14",
			"CONTRIBUTI PER L'ASSISTENZA SOCIO-SANITARIA DOMICILIARE. LIQUIDAZIONE."}},
		{"the tender's and the project's codes on a line under the subject", `
                             COMUNE DI CHIARAMONTI
 SETTORE TECNICO                                      REGISTRO GENERALE
                                                      N. 114 DEL 15/06/2028
                  DETERMINAZIONE DEL RESPONSABILE DEL SETTORE
 OGGETTO: LIQUIDAZIONE DEL SALDO ALLA DITTA ELETTROSARDA DI FADDA G. & C.
          S.N.C.
          CIG: B2E91F07C6   CUP: H87H27000210002

                      IL RESPONSABILE DEL SETTORE TECNICO
 RICHIAMATA la determinazione di affidamento;
`, want{"Comune di Chiaramonti", "SETTORE TECNICO", "determinazione", 114, 0, "2028-06-15",
			"LIQUIDAZIONE DEL SALDO ALLA DITTA ELETTROSARDA DI FADDA G. & C. S.N.C."}},
		{"the project's code the subject wrapped onto, its line full", `
                             COMUNE DI MONTEROTONDO
                       DIPARTIMENTO GOVERNO DEL TERRITORIO
                   DETERMINAZIONE N. 965 DEL 20/11/2025
OGGETTO: INCARICO PROFESSIONALE PER PROGETTAZIONE ESECUTIVA
DIRETTRICE SALARIA PROGETTO DELLA SEGNALETICA DEL CAMMINO VIA DI
SAN FRANCESCO NEL LAZIO INTERVENTI FINALIZZATI A RAFFORZARE LA
FRUIBILITA E LA PERCORRIBILITA DEI CAMMINI DEL LAZIO E R.R. N.23/2019
CUP: I91B24000430002 CIG: B91920BAFD

                                 IL DIRIGENTE
`, want{"Comune di Monterotondo", "DIPARTIMENTO GOVERNO DEL TERRITORIO", "determinazione", 965, 0, "2025-11-20",
			"INCARICO PROFESSIONALE PER PROGETTAZIONE ESECUTIVA DIRETTRICE SALARIA PROGETTO DELLA SEGNALETICA DEL CAMMINO VIA DI SAN FRANCESCO NEL LAZIO INTERVENTI FINALIZZATI A RAFFORZARE LA FRUIBILITA E LA PERCORRIBILITA DEI CAMMINI DEL LAZIO E R.R. N.23/2019 CUP: I91B24000430002 CIG: B91920BAFD"}},
		{"an unlabelled subject over the tender's code and the proposal's number", `
       COMUNE DI CALDAROLA
                        DETERMINAZIONE DEL RESPONSABILE

 AREA TECNICA                                         N. Reg. Gen. 214   Data 13/06/2028
 Servizio Manutenzioni e Patrimonio                   N. Reg. Area 71    Data 12/06/2028


AFFIDAMENTO DEL SERVIZIO DI SFALCIO DELL'ERBA NEL CAPOLUOGO PER LA STAGIONE
ESTIVA 2028 – IMPEGNO DI SPESA

CIG: B9C04E7A15
Proposta n. 233 del 11/06/2028

                        IL RESPONSABILE DELL'AREA TECNICA
Visto il decreto del Sindaco n. 2 del 03/01/2028;
`, want{"Comune di Caldarola", "AREA TECNICA", "determinazione", 214, 71, "2028-06-13",
			"AFFIDAMENTO DEL SERVIZIO DI SFALCIO DELL'ERBA NEL CAPOLUOGO PER LA STAGIONE ESTIVA 2028 – IMPEGNO DI SPESA"}},
		{"the subject only in quotes in the minute's opening sentence", `
                            COMUNE DI ANTICOLI CORRADO
 DELIBERAZIONE DEL CONSIGLIO COMUNALE                                N. 17 del 27/06/2028
                  Sessione ordinaria – Seduta pubblica di prima convocazione

L'anno duemilaventotto, il giorno ventisette del mese di giugno, alle ore 18:00, nella Sala consiliare del
Palazzo comunale, si è riunito in sessione ordinaria e in seduta pubblica di prima convocazione il
Consiglio Comunale per la trattazione della proposta di deliberazione avente ad oggetto: «Modifica del
Regolamento comunale per l'utilizzo dei locali del Centro polivalente di Via Fiume.
Approvazione.»
Risultano presenti ed assenti i signori consiglieri:
`, want{"Comune di Anticoli Corrado", "Consiglio Comunale", "deliberazione", 17, 0, "2028-06-27",
			"Modifica del Regolamento comunale per l'utilizzo dei locali del Centro polivalente di Via Fiume. Approvazione."}},
		{"the subject only in quotes in the sentence that adopts the act", `
           COMUNE DI CALDAROLA
                            DETERMINAZIONE DEL RESPONSABILE
 AREA AMMINISTRATIVA – CONTABILE                       N. Reg. Gen. 226   Data 23/06/2028
 Servizio Tributi                                      N. Reg. Area 38    Data 22/06/2028

 La sottoscritta dott.ssa Rita Brandoni, Responsabile dell'Area Amministrativa – Contabile, nell'adottare la
 presente determinazione avente ad oggetto «Rimborso ai contribuenti di somme versate e non dovute a
 titolo di IMU per l'anno d'imposta 2027 – Impegno e liquidazione», attesta preliminarmente
 l'insussistenza di situazioni di conflitto di interessi.

                                           IL RESPONSABILE DELL'AREA
 Visto il decreto sindacale n. 1 del 03/01/2028;
`, want{"Comune di Caldarola", "AREA AMMINISTRATIVA – CONTABILE", "determinazione", 226, 38, "2028-06-23",
			"Rimborso ai contribuenti di somme versate e non dovute a titolo di IMU per l'anno d'imposta 2027 – Impegno e liquidazione"}},
		{"the copy's mark after the organ in the heading", `
                    COMUNE DI MAGLIANO SABINA
VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE COPIA
N. 38 DEL 05-06-2028
OGGETTO: APPROVAZIONE SCHEMA DI CONVENZIONE CON LA PRO LOCO.
L'anno duemilaventotto, il giorno cinque del mese di giugno, si è riunita la Giunta Comunale.
`, want{"Comune di Magliano Sabina", "Giunta Comunale", "deliberazione", 38, 0, "2028-06-05",
			"APPROVAZIONE SCHEMA DI CONVENZIONE CON LA PRO LOCO."}},
		{"the original's mark under a header box's heading", `
COMUNE DI SIURGUS DONIGALA                         DELIBERAZIONE DEL
                                                   CONSIGLIO COMUNALE ORIGINALE
                                                   N.        Data
                                                   12        24/06/2027
OGGETTO: Adesione alla Comunità Energetica Rinnovabile.
L'anno duemilaventisette, il giorno ventiquattro del mese di giugno, si è riunito il Consiglio Comunale.
`, want{"Comune di Siurgus Donigala", "Consiglio Comunale", "deliberazione", 12, 0, "2027-06-24",
			"Adesione alla Comunità Energetica Rinnovabile."}},
		{"the act's date after its number, \"adottata in data\", the year wrapped under it", `
COMUNE DI SANTU LUSSURGIU
                    AREA TECNICO-MANUTENTIVA
                    Reg. Gen. n. 245 - Reg. Serv. n. 61
  Determinazione n. 61 del Responsabile del Servizio Tecnico adottata in data 12 giugno
                                   2025
Oggetto:     Liquidazione contributi per le barriere architettoniche.
IL RESPONSABILE DEL SERVIZIO
Visto il Decreto Sindacale n. 3 del 07.01.2025;
`, want{"Comune di Santu Lussurgiu", "AREA TECNICO-MANUTENTIVA", "determinazione", 245, 61, "2025-06-12",
			"Liquidazione contributi per le barriere architettoniche."}},
		{"a generic issuer's heading, \"di Area\", under its office's", `
COMUNE DI CORCIANO
AREA FINANZIARIA
      DETERMINAZIONE DEL RESPONSABILE DI AREA N. 88 DEL 12/06/2025
OGGETTO: Rimborso di somme indebitamente versate.
IL RESPONSABILE DELL'AREA FINANZIARIA
VISTO il decreto sindacale n. 3 del 09/01/2025;
`, want{"Comune di Corciano", "AREA FINANZIARIA", "determinazione", 88, 0, "2025-06-12",
			"Rimborso di somme indebitamente versate."}},
		{"the number in the running foot only", `
Comune di Tropea
AREA TECNICA
      DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO
OGGETTO: Lavori di somma urgenza.
IL RESPONSABILE DEL SERVIZIO
` + strings.Repeat("Visto il regolamento comunale dei lavori pubblici;\n", 52) + `Tropea, 22 luglio 2025
Determinazione n. 231/2025 - pag. 1
`, want{"Comune di Tropea", "AREA TECNICA", "determinazione", 231, 0, "2025-07-22", "Lavori di somma urgenza."}},
		{"the number and the sector's in the running foot, after the municipality", `
Comune di Tropea
AREA TECNICA
      DETERMINAZIONE DEL RESPONSABILE DELL'AREA
OGGETTO: Lavori di somma urgenza.
IL RESPONSABILE DELL'AREA
` + strings.Repeat("Visto il regolamento comunale dei lavori pubblici;\n", 52) + `Il Responsabile dell'Area Finanziaria - Dott.ssa Anna Pia.
COMUNE DI TROPEA - Determinazione n. 311 del 21/08/2025 - Reg. Area n. 74       Pag. 1
`, want{"Comune di Tropea", "AREA TECNICA", "determinazione", 311, 74, "2025-08-21", "Lavori di somma urgenza."}},
		{"a subject centred on its label, a line above it and one below", `
CITTÀ DI OSTUNI
DELIBERAZIONE DELLA GIUNTA COMUNALE N. 37 DEL 11/03/2025

               Approvazione del Piano comunale delle attività di prevenzione degli incendi
OGGETTO
               boschivi per la stagione estiva 2025.

L'anno duemilaventicinque, il giorno undici del mese di marzo, si è riunita la Giunta Comunale.
`, want{"Città di Ostuni", "Giunta Comunale", "deliberazione", 37, 0, "2025-03-11",
			"Approvazione del Piano comunale delle attività di prevenzione degli incendi boschivi per la stagione estiva 2025."}},
		{"an unlabelled subject opening with an office's word, registers in a row sharing one date", `
CITTÀ DI TERMOLI
             DETERMINAZIONE DEL DIRIGENTE
SETTORE                        N. REG. GEN.    N. REG. SETTORE    DATA
III SETTORE – POLITICHE
                               2241            311                09.12.2024

Servizio di trasporto scolastico per alunni con disabilità – a.s. 2024/2025 – Impegno
di spesa e liquidazione dell'acconto.

             IL DIRIGENTE
PREMESSO che
`, want{"Città di Termoli", "III SETTORE – POLITICHE", "determinazione", 2241, 311, "2024-12-09",
			"Servizio di trasporto scolastico per alunni con disabilità – a.s. 2024/2025 – Impegno di spesa e liquidazione dell'acconto."}},
		{"an unlabelled subject right under the kind's heading", `
COMUNE DI GIANO DELL'UMBRIA
AREA              AREA AMMINISTRATIVA E FINANZIARIA         N. REG. GENERALE    96
SERVIZIO          Servizio Tributi                          N. REG. AREA        22
                  DETERMINAZIONE DEL RESPONSABILE DELL'AREA
    Rimborso TARI 2025 per somme indebitamente versate – Liquidazione a
                favore di n. 7 contribuenti

             IL RESPONSABILE DELL'AREA
Visto il decreto sindacale
`, want{"Comune di Giano dell'Umbria", "AREA AMMINISTRATIVA E FINANZIARIA", "determinazione", 96, 22, "",
			"Rimborso TARI 2025 per somme indebitamente versate – Liquidazione a favore di n. 7 contribuenti"}},
		{"an unlabelled subject whose second line opens with the act's kind, under its issuer", `
UNIONE DEI COMUNI DELLA VAL VIBRATA
AREA VIGILANZA
DETERMINAZIONE N. 23 DEL 20/03/2026

Acquisto di n. 2 etilometri omologati e relativi accessori per il Corpo di Polizia Locale dell'Unione.
Determina a contrarre e affidamento diretto mediante MePA. Impegno di spesa.

                    LA RESPONSABILE DELL'AREA VIGILANZA
PREMESSO che
`, want{"Unione dei Comuni della Val Vibrata", "AREA VIGILANZA", "determinazione", 23, 0, "2026-03-20",
			"Acquisto di n. 2 etilometri omologati e relativi accessori per il Corpo di Polizia Locale dell'Unione. Determina a contrarre e affidamento diretto mediante MePA. Impegno di spesa."}},
		{"an unlabelled subject in capitals wrapped before an office's word, over the minute", `
UNIONE PEDEMONTANA PARMENSE
VERBALE DI DELIBERAZIONE DELLA GIUNTA DELL'UNIONE
                              N. 14

          APPROVAZIONE DELLO SCHEMA DI ACCORDO PER LA GESTIONE ASSOCIATA DEL
              SERVIZIO DI ASSISTENZA EDUCATIVA SCOLASTICA – ANNO
                         SCOLASTICO 2026/2027

L'anno 2026, il giorno 11 del mese di marzo, si è riunita la Giunta dell'Unione.
`, want{"Unione Pedemontana Parmense", "Giunta dell'Unione", "deliberazione", 14, 0, "2026-03-11",
			"APPROVAZIONE DELLO SCHEMA DI ACCORDO PER LA GESTIONE ASSOCIATA DEL SERVIZIO DI ASSISTENZA EDUCATIVA SCOLASTICA – ANNO SCOLASTICO 2026/2027"}},
		{"an unlabelled subject over the title of an office holder of elevata qualificazione", `
COMUNE DI PASIAN DI PRATO
AREA TECNICA E TECNICO-MANUTENTIVA
DETERMINAZIONE N. 143 DEL 11/03/2026

LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA PALESTRA
COMUNALE. APPROVAZIONE CERTIFICATO DI REGOLARE ESECUZIONE.

          IL TITOLARE DI INCARICO DI ELEVATA QUALIFICAZIONE
Richiamato il decreto del Sindaco
`, want{"Comune di Pasian di Prato", "AREA TECNICA E TECNICO-MANUTENTIVA", "determinazione", 143, 0, "2026-03-11",
			"LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA PALESTRA COMUNALE. APPROVAZIONE CERTIFICATO DI REGOLARE ESECUZIONE."}},
		{"an unlabelled subject whose line ends with a dash before an office's name", `
COMUNE DI MARGHERITA DI SAVOIA
AREA AMMINISTRATIVA
DETERMINAZIONE N. 4 DEL 20/03/2028

  Affidamento dell'incarico di supporto contabile alla Responsabile del Settore II –
                                     Servizi Finanziari e Tributi.

                                                               IL RESPONSABILE DELL'AREA
PREMESSO che
`, want{"Comune di Margherita di Savoia", "AREA AMMINISTRATIVA", "determinazione", 4, 0, "2028-03-20",
			"Affidamento dell'incarico di supporto contabile alla Responsabile del Settore II – Servizi Finanziari e Tributi."}},
		{"a date printed as a form's field, the general register after the number", `
COMUNE DI SACILE                             DETERMINAZIONE
AREA TECNICA – LAVORI PUBBLICI               Reg. Generale    N. 812
                                             Reg. Area        N. 97
                                             Data             15-10-2024
OGGETTO: Affidamento del servizio di sgombero neve.
IL RESPONSABILE DELL'AREA TECNICA
Visto
`, want{"Comune di Sacile", "AREA TECNICA – LAVORI PUBBLICI", "determinazione", 812, 97, "2024-10-15", "Affidamento del servizio di sgombero neve."}},
		{"the heading says more of the kind than the number's line", `
COMUNE DI CHERASCO
                DECRETO SINDACALE
             Decreto n.    5    Data    10/01/2025
OGGETTO: Nomina del Responsabile del Servizio Demografico.
IL SINDACO
Visti
`, want{"Comune di Cherasco", "Sindaco", "decreto sindacale", 5, 0, "2025-01-10", "Nomina del Responsabile del Servizio Demografico."}},
		{"an ordinanza of the Sindaco under the heading of an office", `
COMUNE DI POZZUOLI
Ufficio del Sindaco - Ufficio Ambiente e Tutela del Mare
ORDINANZA N. 57                                  Pozzuoli, lì 21 luglio 2025
Oggetto: Divieto temporaneo di balneazione.
IL SINDACO
Vista la nota
`, want{"Comune di Pozzuoli", "Sindaco", "ordinanza", 57, 0, "2025-07-21", "Divieto temporaneo di balneazione."}},
		{"number and date in a box, each under its label and right of it", `
COMUNE DI CORTONA
Provincia di Arezzo                                          Numero

                                                                   58
VERBALE DI DELIBERAZIONE
DELLA GIUNTA COMUNALE                                        Data
                                                                   14.05.2025
Oggetto: Adesione al progetto.
L'anno duemilaventicinque, il giorno quattordici del mese di maggio, si è riunita la Giunta Comunale.
LA GIUNTA COMUNALE
`, want{"Comune di Cortona", "Giunta Comunale", "deliberazione", 58, 0, "2025-05-14", "Adesione al progetto."}},
		{"an office's register named after its number", `
COMUNE DI FONDI                               DETERMINAZIONE N. 1987
AREA SERVIZI ALLA PERSONA                     Data: 12 dicembre 2024
                                              N. 412 del Registro dell'Area
OGGETTO : Liquidazione delle fatture.
IL RESPONSABILE DELL'AREA
Visto
`, want{"Comune di Fondi", "AREA SERVIZI ALLA PERSONA", "determinazione", 1987, 412, "2024-12-12", "Liquidazione delle fatture."}},
		{"the act's number in a cell set lower than its label's", `
CITTÀ DI RECANATI
   VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE
   ATTO N.                            SEDUTA DEL
               41                                      03/03/2026
Oggetto:    AGGIORNAMENTO DELLE TARIFFE DELLE SALE COMUNALI.
L'anno duemilaventisei, il giorno tre del mese di marzo, si è riunita la Giunta Comunale.
`, want{"Città di Recanati", "Giunta Comunale", "deliberazione", 41, 0, "2026-03-03", "AGGIORNAMENTO DELLE TARIFFE DELLE SALE COMUNALI."}},
		{"the number's cell far right of its label's, centred in a wide column", `
COMUNE DI ANAGNI
               DELIBERAZIONE DELLA GIUNTA COMUNALE
N.                                  Data                   Proposta n.
                 45                             22.05.2025
Oggetto :       Variazione al Piano Esecutivo di Gestione.
L'anno 2025, il giorno 22 del mese di maggio, si è riunita la Giunta Comunale.
LA GIUNTA COMUNALE
`, want{"Comune di Anagni", "Giunta Comunale", "deliberazione", 45, 0, "2025-05-22", "Variazione al Piano Esecutivo di Gestione."}},
		{"the general register recorded in a sentence after the act", `
COMUNE DI MONTEPULCIANO
AREA RISORSE FINANZIARIE
DETERMINAZIONE N. 188 DEL 17/12/2025
OGGETTO: Rimborso IMU.
IL RESPONSABILE DELL'AREA
Visto
DETERMINA
1. di rimborsare.
Determinazione registrata al Registro Generale al n. 1204 in data 19/12/2025.
`, want{"Comune di Montepulciano", "AREA RISORSE FINANZIARIE", "determinazione", 1204, 188, "2025-12-19", "Rimborso IMU."}},
		{"a table's registers, labels over values", `
COMUNE DI CARPI
            DETERMINAZIONE DIRIGENZIALE
Settore                          N. Registro Generale    Data          N. Registro di Settore
SETTORE A6 – OPERE PUBBLICHE     1187                    03/10/2025    142
OGGETTO: Affidamento del servizio di verifica degli impianti.
IL DIRIGENTE
Visto
`, want{"Comune di Carpi", "SETTORE A6 – OPERE PUBBLICHE", "determinazione", 1187, 142, "2025-10-03",
			"Affidamento del servizio di verifica degli impianti."}},
		{"the registers as fields, their labels without the word registro", `
COMUNE DI CASTELFRANCO EMILIA
SETTORE SERVIZI ALLA PERSONA
            DETERMINAZIONE DIRIGENZIALE
N. generale          1043          del          18/12/2025
N. settoriale        187           del          16/12/2025
OGGETTO: Contributi alle scuole dell'infanzia.
IL DIRIGENTE
Visto
`, want{"Comune di Castelfranco Emilia", "SETTORE SERVIZI ALLA PERSONA", "determinazione", 1043, 187, "2025-12-18",
			"Contributi alle scuole dell'infanzia."}},
		{"the body before the kind in the heading's line", `
                            Comune di Castelfiorentino
                                 Città Metropolitana di Firenze
Giunta Comunale Deliberazione n. 141 del 09/09/2025
Oggetto:             Approvazione delle tariffe per l'utilizzo degli impianti
                     sportivi comunali per la stagione 2025/2026
L'anno duemilaventicinque e questo giorno nove del mese di settembre si è riunita la Giunta Comunale.
`, want{"Comune di Castelfiorentino", "", "deliberazione", 141, 0, "2025-09-09",
			"Approvazione delle tariffe per l'utilizzo degli impianti sportivi comunali per la stagione 2025/2026"}},
		{"number and date as fields, the kind printed apart at the right", `
 COMUNE DI SINNAI                                                                     Verbale di deliberazione
 Città Metropolitana di Cagliari                                                       della Giunta Comunale
 Numero           74                   Data               07/10/2025
 Oggetto          Destinazione dei proventi delle sanzioni amministrative pecuniarie
L'anno 2025 il giorno 7 del mese di ottobre si è riunita la Giunta Comunale.
`, want{"Comune di Sinnai", "", "deliberazione", 74, 0, "2025-10-07",
			"Destinazione dei proventi delle sanzioni amministrative pecuniarie"}},
		{"Trentino's \"di data\", the service's register", `
   COMUNE DI ROVERETO
   Provincia di Trento
   AREA SERVIZI ALLA PERSONA
   Ufficio Politiche Sociali
   DETERMINAZIONE DEL DIRIGENTE                                  N. 1462 DI DATA 09/12/2025
   Numero di registro del servizio                               87
   OGGETTO: Affidamento del servizio di trasporto.
                                                       IL DIRIGENTE
   Visto
`, want{"Comune di Rovereto", "AREA SERVIZI ALLA PERSONA", "determinazione", 1462, 87, "2025-12-09", "Affidamento del servizio di trasporto."}},
		{"the heading's Responsabile over the office that issues the act", `
                                 COMUNE DI SCHIO
                        DETERMINAZIONE DEL RESPONSABILE
                         AREA SERVIZI ALLA PERSONA E CULTURA
                            Servizio Biblioteca e Attività Culturali
 N. 88 DEL 15-04-2026                               Registro Generale n. 517 del 16-04-2026
Oggetto: Rassegna "Schio Legge 2026". Impegno di spesa.
                                 IL RESPONSABILE DELL'AREA
Richiamato
`, want{"Comune di Schio", "AREA SERVIZI ALLA PERSONA E CULTURA", "determinazione", 517, 88, "2026-04-16", "Rassegna \"Schio Legge 2026\". Impegno di spesa."}},
		{"a numbered avviso's title under its heading", `
                          CITTÀ DI MAZARA DEL VALLO
                                SETTORE SERVIZI ALLA PERSONA
                          AVVISO PUBBLICO N. 7/2026
      AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI ECONOMICI A
    SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNUALITÀ 2025

IL DIRIGENTE DEL SETTORE SERVIZI ALLA PERSONA
                                             RENDE NOTO
che i cittadini possono presentare istanza.
`, want{"Città di Mazara del Vallo", "", "avviso", 7, 0, "",
			"AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNUALITÀ 2025"}},
		{"the Area's register over its number in a table", `
COMUNE DI GUBBIO
AREA AMMINISTRATIVA
DETERMINAZIONE          N. REG. GENERALE          DATA          N. REG. AREA
DIRIGENZIALE            603                       20/02/2026    57
OGGETTO: Liquidazione dei compensi.
IL RESPONSABILE DELL'AREA
Visto
`, want{"Comune di Gubbio", "AREA AMMINISTRATIVA", "determinazione", 603, 57, "2026-02-20", "Liquidazione dei compensi."}},
		{"a heading whose last word ends in a label's letters (RIPARTIZIONE, not \"art.\")", `
COMUNE DI EGNA
DETERMINAZIONE DEL DIRETTORE DI RIPARTIZIONE
N. 112 del 10.03.2026
OGGETTO: Manutenzione ordinaria dell'illuminazione pubblica.
Visto il bilancio di previsione;
`, want{"Comune di Egna", "", "determinazione", 112, 0, "2026-03-10", "Manutenzione ordinaria dell'illuminazione pubblica."}},
		{"each register named in brackets after its number and date", `
COMUNE DI PANTELLERIA
SETTORE IV - SERVIZI SOCIALI E PUBBLICA ISTRUZIONE
DETERMINAZIONE DEL RESPONSABILE DEL SETTORE
N. 41 DEL 09/03/2026 (Registro di Settore)
N. 233 DEL 11/03/2026 (Registro Generale)
OGGETTO: Liquidazione contributi economici straordinari.
IL RESPONSABILE DEL SETTORE
`, want{"Comune di Pantelleria", "SETTORE IV - SERVIZI SOCIALI E PUBBLICA ISTRUZIONE", "determinazione", 233, 41, "2026-03-11", "Liquidazione contributi economici straordinari."}},
		{"each register in brackets in a cell of its own, a fixed-width report's columns apart", `
COMUNE DI SCAFA
SETTORE III - URBANISTICA E AMBIENTE
DETERMINAZIONE N. 176   DEL 10/05/2028      (REGISTRO GENERALE)
N. 42    DEL 10/05/2028      (REGISTRO DI SETTORE)
OGGETTO : PROROGA DEL SERVIZIO DI RACCOLTA DEI RIFIUTI INGOMBRANTI.
IL RESPONSABILE DEL SETTORE
`, want{"Comune di Scafa", "SETTORE III - URBANISTICA E AMBIENTE", "determinazione", 176, 42, "2028-05-10", "PROROGA DEL SERVIZIO DI RACCOLTA DEI RIFIUTI INGOMBRANTI."}},
		{"the act's own subject after \"avente ad\", its label in capitals", `
COMUNE DI BORGO
VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 27 DEL 12/03/2026
Il Presidente pone in discussione l'argomento iscritto al punto 3 dell'ordine del giorno, avente ad
OGGETTO: Approvazione del progetto di fattibilità tecnica ed economica.
IL CONSIGLIO COMUNALE
`, want{"Comune di Borgo", "", "deliberazione", 27, 0, "2026-03-12", "Approvazione del progetto di fattibilità tecnica ed economica."}},
		{"a running head naming the municipality, then the act and its number", `
                 Comune di Omegna – Deliberazione del Consiglio Comunale n. 14 del 26/03/2026
COMUNE DI OMEGNA
ORIGINALE          Codice ente 103049 – Reg. Delib. C.C. N. 14
VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE
OGGETTO: Modifica del regolamento del canone patrimoniale.
L'anno duemilaventisei, il giorno ventisei del mese di marzo, si è riunito il Consiglio Comunale.
`, want{"Comune di Omegna", "", "deliberazione", 14, 0, "2026-03-26", "Modifica del regolamento del canone patrimoniale."}},
		{"each register named after its number and date", `
COMUNE DI SANTA FLAVIA
AREA 1 - AFFARI GENERALI E SERVIZI ALLA PERSONA
DETERMINAZIONE DEL RESPONSABILE DELL'AREA
N. 41 del 04.03.2026 del Registro di Area
N. 187 del 06.03.2026 del Registro Generale delle Determinazioni
OGGETTO: Liquidazione fattura per il servizio di refezione scolastica.
IL RESPONSABILE DELL'AREA
`, want{"Comune di Santa Flavia", "AREA 1 - AFFARI GENERALI E SERVIZI ALLA PERSONA", "determinazione", 187, 41, "2026-03-06", "Liquidazione fattura per il servizio di refezione scolastica."}},
		{"the Area's heading over its head's title: the Area issues, its Servizio is the office", `
COMUNE DI SILANDRO
AREA TECNICA
Servizio Lavori Pubblici e Patrimonio
DETERMINAZIONE DEL RESPONSABILE DELL'AREA TECNICA
N. 112 del 03.03.2026
OGGETTO: Affidamento diretto del servizio di manutenzione del verde.
Visto il bilancio di previsione;
`, want{"Comune di Silandro", "AREA TECNICA", "determinazione", 112, 0, "2026-03-03", "Affidamento diretto del servizio di manutenzione del verde."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ParseAct(textDocument(tt.text))
			if a == nil {
				t.Fatal("no act")
			}
			got := want{a.Municipality, a.Organ, a.Kind, a.Number, a.SectorNumber, a.Date, a.Subject}
			if tt.want.organ == "" {
				got.organ = ""
			}
			if got != tt.want {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// TestDocumentRole tells the act from what an Albo publishes beside it.
func TestDocumentRole(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"an act", "COMUNE DI BORGO\nDETERMINAZIONE N. 12 DEL 03/02/2024\nOGGETTO: Affidamento.\nIL DIRIGENTE\nVisto\n", RoleAct},
		{"a certificate of publication", "COMUNE DI BORGO\nCERTIFICATO DI PUBBLICAZIONE\nEstremi identificativi dell'atto:\nDelibera di Giunta n. 42 del 24/03/2026;\nOggetto: Piano.\n", RoleCertificate},
		{"a certificate's heading in a box drawn with characters", "COMUNE DI GORGONZOLA                 STAMPA DEL 18/03/2026\nSERVIZIO SEGRETERIA GENERALE - ALBO PRETORIO\n+==========================================+\n|   CERTIFICATO DI AVVENUTA PUBBLICAZIONE  |\n+==========================================+\n  TIPO ATTO ........ : DELIBERAZIONE DI GIUNTA COMUNALE\n  NUMERO ........... : 33\n  DATA ADOZIONE .... : 26/02/2026\n", RoleCertificate},
		{"an attestation in a sentence", "COMUNE DI BORGO\nSi attesta che la presente determinazione è stata pubblicata all'Albo on line dal 01/02/2026.\n", RoleCertificate},
		{"an accounting visa", "COMUNE DI BORGO\nVISTO DI REGOLARITÀ CONTABILE\nSi rilascia parere favorevole.\nBorgo, 05/03/2026\n", RoleCertificate},
		{"a protocol sheet", "CITTA' di LAMEZIA TERME\nProtocollo N. 0054350 in data 03/07/2026 13:50\nOggetto\nConvocazione 1 Commissione Consiliare Permanente.\n", RoleNotice},
		{"a deposit notice with the registers of the act deposited", "COMUNE DI CEGLIE MESSAPICA\n                                   Registro cronologico n. 89/2026\n                                   Atto n. 2026/0131 – Pubbl. n. 214\n        AVVISO DI DEPOSITO NELLA CASA COMUNALE\nIl sottoscritto Messo Comunale, visti gli atti d'ufficio,\nRENDE NOTO\n", RoleNotice},
		{"a deposit notice", "AVVISO DI DEPOSITO NELLA CASA COMUNALE\nPRATICA ANAGRAFICA N. 276/2025\n", RoleNotice},
		{"a notice serving a court's appeal, numbered in the court's register", "COMUNE DI TERMINI IMERESE\nAvvocatura Comunale\nAVVISO DI NOTIFICAZIONE PER PUBBLICI PROCLAMI\nSI RENDE NOTO\n1. Autorità giudiziaria adita e numero di registro: T.A.R. Sicilia – Palermo, Sez. III,\nricorso R.G. n. 1873/2025.\n", RoleNotice},
		{"an annex", "ALLEGATO A\nTABELLA DELLE TARIFFE 2026\nVoce Importo\n", RoleAttachment},
		{"banns over the relata box left for the messo", "COMUNE DI CALDOGNO\nUFFICIO DELLO STATO CIVILE\nPUBBLICAZIONE DI MATRIMONIO\nL'Ufficiale dello Stato Civile rende noto che:\nil Sig. BERTOLDO MATTIA e la Sig.ra ZANELLA GIULIA\nintendono contrarre matrimonio.\nCaldogno, lì 12/05/2026\nRELATA DI PUBBLICAZIONE\nSi attesta che la presente pubblicazione è stata affissa all'Albo dal ______ al ______.\n", RoleNotice},
		{"an 'attestato' of publication over the act it names", "COMUNE DI GENZANO DI ROMA\nATTESTATO DI PUBBLICAZIONE\nTipo atto        DELIBERAZIONE DEL CONSIGLIO COMUNALE\nNumero e data dell'atto    N. 7 del 26/02/2026\nOggetto: APPROVAZIONE DEL PIANO.\nIL MESSO COMUNALE\nATTESTA\nche la deliberazione sopra indicata è stata affissa all'Albo Pretorio on line.\n", RoleCertificate},
		{"a certificate of an avviso's publication", "COMUNE DI BORGO\nRELATA DI PUBBLICAZIONE\nSi attesta che il seguente avviso è stato affisso all'Albo:\nAVVISO PUBBLICO N. 4/2026\n", RoleCertificate},
		{"a letter to the municipality", "Regione Calabria\nSettore Gestione Demanio Idrico\n                                                  Al Commissario Prefettizio\n                                                  Comune di Lamezia Terme\nOGGETTO: Domanda di ricerca di acque sotterranee.\nSi trasmette copia dell'istanza.\n", RoleNotice},
		{"a letter's copy-to", "Regione Calabria\n                                                  Comune di Lamezia Terme\n                                                  e p.c. ICOM SRL\nOGGETTO: Domanda.\n", RoleNotice},
		{"a paragraph opening at the left margin is no addressee", "studio tecnico\nAl fine di verificare la portata del pozzo\nsono state eseguite prove.\n", RoleAttachment},
		{"a report", "studio tecnico\nRELAZIONE\nsulla qualità dei terreni\n", RoleAttachment},
		{"an act whose subject goes on with a report's word", "COMUNE DI BORGO\nVERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE\nN. 131 del Registro        Seduta del 12/06/2025\nOGGETTO: ADESIONE AL PROGETTO REGIONALE. APPROVAZIONE\n         SCHEMA DI ACCORDO DI PARTENARIATO.\nLA GIUNTA COMUNALE\nVisto\n", RoleAct},
		{"an annex titled by a report's word", "COMUNE DI BORGO\nSCHEMA DI CONVENZIONE PER LA GESTIONE DEL SERVIZIO\nArt. 1 - Oggetto\n", RoleAttachment},
		{"an act with the certificate of its publication under it", "COMUNE DI BORGO\nDETERMINAZIONE N. 12 DEL 03/02/2024\nOGGETTO: Affidamento.\nIL DIRIGENTE\nVisto\nDETERMINA\n1. di affidare.\nATTESTAZIONE DI PUBBLICAZIONE\nSi attesta che la presente determinazione viene pubblicata all'Albo Pretorio on line dal 19/11/2025.\n", RoleAct},
		{"an act named, then certified, never decided", "COMUNE DI MELZO\nDELIBERAZIONE DELLA GIUNTA COMUNALE N. 58 DEL 15/04/2025\nOGGETTO: APPROVAZIONE DEL PROGETTO.\nATTESTAZIONE DI PUBBLICAZIONE\nSi attesta che copia della deliberazione in oggetto viene pubblicata all'Albo Pretorio on line dal 17/04/2025.\n", RoleCertificate},
		{"a communication to the citizens", "CITTÀ DI AGROPOLI\nIl Sindaco\nCOMUNICAZIONE ALLA CITTADINANZA\nOggetto: Sospensione dell'erogazione dell'acqua.\nCare concittadine e cari concittadini,\n", RoleNotice},
		{"another body's notice asking for its publication to be attested", "CONSORZIO DI BONIFICA VERONESE\n                                                  Ai Comuni del comprensorio consortile\n                                                  LORO SEDI\n                         AVVISO\n   PUBBLICAZIONE DEL RUOLO DI CONTRIBUENZA CONSORTILE – ANNO 2026\nSi comunica che il ruolo di contribuenza è depositato presso la sede del Consorzio.\nSi chiede di voler disporre la pubblicazione del presente avviso all'Albo Pretorio on line, restituendo\nla relativa attestazione di avvenuta pubblicazione.\n", RoleNotice},
		{"the registrar's banns", "COMUNE DI DOMODOSSOLA\nUFFICIO DELLO STATO CIVILE\nPUBBLICAZIONE DI MATRIMONIO\nL'Ufficiale dello Stato Civile, a richiesta presentata in data 07/04/2026,\n", RoleNotice},
		{"a minute whose number a scan lost, deciding", "CITTÀ DI ACQUI TERME\nVERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE\nN87          Data 14/05/2026\nOGGETTO: APPROVAZIONE DEL PROGETTO ESECUTIVO.\nLA GIUNTA COMUNALE\nPremesso\nDELIBERA\n1. di approvare il progetto.\n", RoleAct},
		{"a public notice with its number", "COMUNE DI LODI\nAVVISO PUBBLICO N. 18/2025\nOggetto: Dote Sport.\nIL DIRIGENTE\nRENDE NOTO\n", RoleAct},
		{"a press release, numbered in the press office's series", "COMUNE DI BOVA MARINA\n  COMUNICATO STAMPA N. 12/2026                    Bova Marina, 22.04.2026\n     AL VIA I LAVORI DEL LUNGOMARE\n  Sono stati consegnati questa mattina i lavori.\n", RoleNotice},
		{"the Sindaco's proclamation", "CITTÀ DI CARLENTINI\n                    IL SINDACO\n       PROCLAMAZIONE DEL LUTTO CITTADINO\n\nProfondamente colpito dalla scomparsa del giovane concittadino,\n                    PROCLAMA\nil lutto cittadino.\n", RoleNotice},
		{"the Sindaco's signature over his name in capitals is no proclamation", "COMUNE DI BORGO\nSi informa che il mercato è sospeso.\n                    IL SINDACO\n                    MARIO ROSSI\n", RoleAttachment},
		{"a ranking standing alone", "COMUNE DI OLGIATE COMASCO\n                GRADUATORIA\nGRADUATORIA DEFINITIVA PER L'ASSEGNAZIONE DEGLI ORTI URBANI COMUNALI\nPos.   Prot. domanda   Punteggio\n1      1245            38\n", RoleNotice},
		{"a ranking annexed to a determinazione, the annex named beside the letterhead", "COMUNE DI SASSARI                                    Allegato A\nSettore Politiche Sociali               alla Determinazione Dirigenziale n. 3187 del 14/10/2025\n          GRADUATORIA DEFINITIVA DEI BENEFICIARI\nPos.   Cognome e nome   Punteggio\n", RoleAttachment},
		{"a ranking annexed, the annex's letter in quotes", "COMUNE DI LACONI\nPROVINCIA DI ORISTANO\nALLEGATO \"A\" ALLA DETERMINAZIONE N. 88 DEL 10/03/2026\nGRADUATORIA PROVVISORIA DEI BENEFICIARI\n", RoleAttachment},
		{"a mail's list of the files it carries over a convocation", "  Da:         protocollo@pec.comune.it\n  Oggetto:    Convocazione Consiglio Comunale\n  Allegati:   daticert.xml; convocazione.pdf\nCOMUNE DI MERCOGLIANO\nCONVOCAZIONE DEL CONSIGLIO COMUNALE\nLa S.V. è invitata alla seduta.\n", RoleNotice},
		{"a call without a number", "COMUNE DI RECANATI\nBANDO DI CONCORSO PUBBLICO PER N. 2 POSTI\nIL RESPONSABILE DEL SERVIZIO\nRENDE NOTO\n", RoleNotice},
		{"a signature sheet", "Firmato digitalmente da ROSSI MARIO\nSigner: CN=ROSSI MARIO\nIssuer: ArubaPEC\nNumero di serie: 1234\n", RoleSignatureSheet},
		{"no text", "\f", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := textDocument(tt.text)
			if got := DocumentRole(doc, ParseAct(doc)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCertifiedActFirst: a certificate that names the act it certifies
// before its own heading gives its own kind and the act's number, date
// and subject.
func TestCertifiedActFirst(t *testing.T) {
	tests := []struct {
		name, text, kind string
		number           int
		date             string
	}{
		{"a certificate of publication under the act's heading", "COMUNE DI MELZO\nDELIBERAZIONE DELLA GIUNTA COMUNALE N. 58 DEL 15/04/2025\nOGGETTO: APPROVAZIONE DEL PROGETTO.\nATTESTAZIONE DI PUBBLICAZIONE\nSi attesta che copia della deliberazione in oggetto viene pubblicata all'Albo Pretorio on line dal 17/04/2025.\n", "attestazione", 58, "2025-04-15"},
		{"a certificate whose heading cites the law it applies", "COMUNE DI ARZACHENA\n                ATTESTAZIONE DI PUBBLICAZIONE\n   (art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)\nAtto                       Deliberazione della Giunta Comunale n. 211 del 02/12/2025\nOggetto                    APPROVAZIONE SCHEMA DI CONVENZIONE.\nIl sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,\nATTESTA\nche la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line.\n", "attestazione", 211, "2025-12-02"},
		{"a relata whose act stands in a form", "COMUNE DI ERICE\n                RELATA DI PUBBLICAZIONE\nRegistro Albo N.            2026/000231\nTipo Atto                   DETERMINAZIONE DIRIGENZIALE\nNumero Atto (Reg. Gen.)     73\nData Atto                   21/01/2026\nIl sottoscritto Messo Comunale, visti gli atti d'ufficio,\nATTESTA\nche l'atto sopra indicato è stato pubblicato all'Albo Pretorio on line.\n", "attestazione", 73, "2026-01-21"},
		{"a report's form, each field after its label and a colon", "CITTÀ DI ANGRI\n               ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE\n N. REG. PUBBL. : 812/2026\n TIPO ATTO      : DELIBERAZIONE DEL CONSIGLIO COMUNALE\n NUMERO ATTO    : 21\n DATA ATTO      : 26/03/2026\n OGGETTO        : Approvazione delle tariffe TARI.\nIl sottoscritto Messo Comunale, visti gli atti d'ufficio,\n                              A T T E S T A\nche la deliberazione sopra indicata e' stata pubblicata all'Albo Pretorio on line.\n", "attestazione", 21, "2026-03-26"},
		{"the Albo's register numbered on the act's line", "COMUNE DI GUARDIAREGIA\n        ATTESTAZIONE DI PUBBLICAZIONE\nREG. PUBBL. N. : 112/2026           TIPO ATTO : DELIBERA GIUNTA COMUNALE\nATTO N.        : 19                 DEL       : 04/03/2026\nSI ATTESTA CHE LA DELIBERAZIONE SOPRA INDICATA E' STATA PUBBLICATA ALL'ALBO PRETORIO.\n", "attestazione", 19, "2026-03-04"},
		{"a typewriter's form, its blanks filled in between leaders", "COMUNE DI CAPRINO VERONESE\n                   CERTIFICATO DI PUBBLICAZIONE\n               (art. 124 D.Lgs. 18.08.2000 n. 267)\nAtto: deliberazione della ..... GIUNTA COMUNALE ..................\nn. ..... 29 ..... del ...... 07/05/2026 .......\nOggetto: Approvazione del progetto.\nIl sottoscritto Segretario Comunale, visti gli atti d'ufficio,\n                       C E R T I F I C A\nche copia della deliberazione sopra indicata viene pubblicata all'Albo Pretorio on line\n..... 12/05/2026 ..... per quindici giorni consecutivi, con il n. ..... 418 ..... del registro.\n", "attestazione", 29, "2026-05-07"},
		{"a typewriter's sentence, its blanks filled in between leaders", "COMUNE DI SESTOLA\n        CERTIFICATO DI PUBBLICAZIONE\nReg. Pubbl. n. ............................389\nIl sottoscritto Segretario Comunale, vista l'attestazione del Messo comunale,\n                 CERTIFICA\nche copia della deliberazione della ..........GIUNTA COMUNALE n. ..........57 del ..........02/07/2026\navente per oggetto:\n..........APPROVAZIONE DEL PROGETTO ESECUTIVO\ne' stata pubblicata all'Albo Pretorio on line.\n", "attestazione", 57, "2026-07-02"},
		{"a certificate of executivity, its heading ending in an accent", "COMUNE DI GALEATA\n          CERTIFICATO DI ESECUTIVITÀ\n     Servizio Segreteria – Affari Generali\nIl sottoscritto Segretario Comunale, visti gli atti d'ufficio,\n              CERTIFICA\nche la deliberazione del Consiglio Comunale n. 34 del 28 luglio 2026, avente ad oggetto\n«Variazione di assestamento generale.», è divenuta esecutiva il giorno 14 agosto 2026.\nGaleata, 20 agosto 2026\n", "certificato", 34, "2026-07-28"},
		{"a certificate of executivity over the act's form", "CITTÀ DI TRANI\nOrgano                   CONSIGLIO COMUNALE\nNumero deliberazione     31\nData seduta              28/07/2025\nOggetto:     RICONOSCIMENTO DEL DEBITO FUORI BILANCIO.\nCERTIFICATO DI ESECUTIVITÀ\nIl sottoscritto Segretario Generale, visti gli atti d'ufficio,\nCERTIFICA\nche la deliberazione sopra indicata è divenuta esecutiva in data 12/08/2025.\n", "certificato", 31, "2025-07-28"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := textDocument(tt.text)
			act, role := readWholeAct(doc)
			if role != RoleCertificate || act.Kind != tt.kind || act.Number != tt.number || act.Date != tt.date {
				t.Errorf("got %s %q n. %d %s, want certificate %q n. %d %s", role, act.Kind, act.Number, act.Date, tt.kind, tt.number, tt.date)
			}
		})
	}
}

// TestCertifiedSubjectAfterRegister: a certificate's sentence that
// registers the act elsewhere between its citation and its subject
// ("registrata al n. 254 del Registro Generale", "(Reg. Gen. n. 58)")
// gives the act's subject still; a subject in a later sentence is none of
// the act's.
func TestCertifiedSubjectAfterRegister(t *testing.T) {
	tests := []struct{ name, sentence, subject string }{
		{"the general register's number between", "che la Determinazione del Settore Tecnico n. 31 del 07/04/2026, registrata al n. 254 del Registro Generale in data 08/04/2026, avente ad oggetto:\n“Affidamento del servizio di manutenzione del verde pubblico”\nè stata pubblicata all'Albo Pretorio on line.",
			"Affidamento del servizio di manutenzione del verde pubblico"},
		{"the register in brackets, abbreviated", "che la\nDETERMINAZIONE n. 22/AT (Reg. Gen. n. 58) del\n02/03/2026\navente ad oggetto:\nAcquisto di materiale per la rete idrica comunale - Impegno di spesa.\ne' stata pubblicata all'Albo Pretorio on line dal 04/03/2026.",
			"Acquisto di materiale per la rete idrica comunale - Impegno di spesa."},
		{"a subject in the next sentence", "che la deliberazione della Giunta Comunale n. 12 del 03/03/2026 è stata affissa all'Albo per quindici giorni consecutivi. Il provvedimento avente ad oggetto: Approvazione dei verbali è stato pubblicato sul sito.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "COMUNE DI CASAMARCIANO\n          CERTIFICATO DI PUBBLICAZIONE\nIl sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,\n          C E R T I F I C A\n" + tt.sentence + "\nCasamarciano, 27/04/2026\n"
			act, _ := readWholeAct(textDocument(text))
			want := tt.subject
			if want == "" {
				want = "CERTIFICATO DI PUBBLICAZIONE" // the heading, where the sentence gives none
			}
			if act.Subject != want {
				t.Errorf("subject %q, want %q", act.Subject, want)
			}
		})
	}
}

// TestFieldCitingAnAct: a notice's form field that names the act that
// awarded what it reports on ("Aggiudicazione" | "Determinazione R.G. n.
// 104 del 16/03/2026"), its label cut before its last word, or a
// reference's label over it ("Rif." over "Delib. G.C. n. 44/2026"), gives
// the notice neither its kind, nor its number, nor its date; a form's
// "Data" dates the unnumbered notice.
func TestFieldCitingAnAct(t *testing.T) {
	tests := []struct {
		name, text, kind, date string
	}{
		{"the label left of the act",
			"COMUNE DI CIVITELLA PAGANICO\n          AREA TECNICA · Servizio Lavori Pubblici\n          AVVISO DI ESITO DI GARA\n          (art. 111 del D.Lgs. 31 marzo 2023, n. 36)\nStazione appaltante    Comune di Civitella Paganico – Area Tecnica\nOggetto                Lavori di adeguamento sismico della scuola primaria\nCriterio               Minor prezzo\nAggiudicazione         Determinazione R.G. n. 104 del 16/03/2026\nSi rende noto che la procedura è stata aggiudicata.\nCivitella Paganico, 20/03/2026\n",
			"avviso", "2026-03-20"},
		{"the label cut before its last word",
			"Comune di Barcis\nProvincia di Pordenone\n          AVVISO DI AGGIUDICAZIONE\n     LAVORI DI RIQUALIFICAZIONE DEL LUNGOLAGO\nStazione appaltante    Comune di Barcis\nAggiudicatario         Edilvalcellina S.r.l.\nProvvedimento di       Determinazione n. 58 del 10.4.2026\naggiudicazione\nIl presente avviso è pubblicato all'Albo pretorio on line.\nBarcis, 16/04/2026\n",
			"avviso", "2026-04-16"},
		{"a reference's label over the act, the notice's date in a form's field",
			"Comune di Accettura\nArea Amministrativa – Ufficio Servizi Scolastici\n   Rif.                        Prot. n.        Data\n   Delib. G.C. n. 44/2026      2208            12 maggio 2026\n   Oggetto: Iscrizioni ai servizi di trasporto scolastico per l’anno scolastico\n            2026/2027\n\n                              AVVISO\n\n   Si informano le famiglie che sono aperte le iscrizioni.\n",
			"avviso", "2026-05-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ParseAct(textDocument(tt.text))
			if a == nil || a.Number != 0 || a.Kind != tt.kind || a.Date != tt.date {
				t.Errorf("got %+v, want %s with no number, dated %s", a, tt.kind, tt.date)
			}
		})
	}
}

// TestCertifiedActsOrgan: a certificate whose sentence names the act "sopra
// indicata" takes the organ of the act cited above it, not the office
// whose heading prints the certificate.
func TestCertifiedActsOrgan(t *testing.T) {
	a := ParseAct(textDocument("COMUNE DI CORTENOVA\nServizio Segreteria – Albo Pretorio on line\n          ATTESTAZIONE DI PUBBLICAZIONE\nDeliberazione della Giunta Comunale\nn. 14 del 23.3.2026\nOggetto: APPROVAZIONE DEL PROGETTO.\nIl sottoscritto Segretario comunale, visti gli atti d’ufficio,\n          ATTESTA\nche copia della deliberazione sopra indicata è stata pubblicata all’Albo Pretorio on line.\n"))
	if a == nil || a.Organ != "Giunta Comunale" || a.Number != 14 || a.Date != "2026-03-23" {
		t.Errorf("got %+v, want the Giunta Comunale's n. 14 of 2026-03-23", a)
	}
}

// TestProposalUnderTheRoll: a minute may print the proposal it decides on
// under its roll and presidency, before the organ's heading.
func TestProposalUnderTheRoll(t *testing.T) {
	tests := []struct{ line, want string }{
		{"Proposta n. 201 del 09/10/2025 – Settore Lavori Pubblici e Manutenzioni", "Settore Lavori Pubblici e Manutenzioni"},
		{"Proposta di deliberazione dell'Area Servizi Culturali, Turistici e Sportivi", "Area Servizi Culturali, Turistici e Sportivi"},
		{"Proposta di deliberazione n. 71 del 02/04/2026 – Settore Servizi Sociali e Culturali –", "Settore Servizi Sociali e Culturali"},
	}
	for _, tt := range tests {
		a := parseLines(t, "COMUNE DI ADRIA", "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "N. 187 del 14/10/2025",
			"OGGETTO: Approvazione del progetto.", "L'anno duemilaventicinque, addì quattordici del mese di ottobre, si è riunita la Giunta Comunale.",
			"Partecipa alla seduta il Segretario Generale Dott.ssa Paola Marangon.", tt.line, "LA GIUNTA COMUNALE", "Visto il decreto")
		if a.ProposingOffice != tt.want {
			t.Errorf("%q: proposing office %q, want %q", tt.line, a.ProposingOffice, tt.want)
		}
	}
}

// TestProposalOfficeInThePremises: the office a premise's "Vista la
// proposta … del Servizio …" names, to the end of its name: not what the
// sentence goes on to say of the proposal after a comma. A reference
// without "di deliberazione" names it too, where an office follows the
// proposal's number and date; a proposta di deliberazione without them
// too.
func TestProposalOfficeInThePremises(t *testing.T) {
	tests := []struct{ line, want string }{
		{"VISTA la proposta di deliberazione n. 17 del 15/03/2027 del Servizio Finanziario e Tributi, illustrata\ndall'assessore al bilancio Davide Missio;", "Servizio Finanziario e Tributi"},
		{"VISTA la proposta di deliberazione n. 88 del 25/11/2025 del Settore Economico-Finanziario, esaminata\ndalla commissione consiliare;", "Settore Economico-Finanziario"},
		{"VISTA la proposta di deliberazione n. 12 del 02/03/2026 predisposta dall'Area Tecnica, corredata\ndei pareri;", "Area Tecnica"},
		{"Vista la proposta n. 88 del 25/11/2025 del Settore Economico-Finanziario, corredata dei pareri;", "Settore Economico-Finanziario"},
		{"invita il Consiglio a deliberare sull'argomento in oggetto, iscritto\nsulla proposta n. 162 del 14/11/2028 dell'Area Tecnica – Servizio Lavori Pubblici.", "Area Tecnica – Servizio Lavori Pubblici"},
		{"Vista la proposta n. 9 del 02/03/2026 del Sindaco;", ""},
		{"Vista la proposta di deliberazione predisposta dall'Area Amministrativa – Servizi Sociali, allegata al\npresente atto;", "Area Amministrativa – Servizi Sociali"},
		{"Vista la proposta del Sindaco;", ""},
		{"Vista la proposta di deliberazione n. 2 del 03/01/2029, Ufficio proponente: Area Economico-Finanziaria,\ncorredata dei pareri favorevoli;", "Area Economico-Finanziaria"},
		{"Vista la proposta di deliberazione n. 4 del 03/01/2029 - Settore proponente: Settore Sviluppo Economico e\nAttività Produttive;", "Settore Sviluppo Economico e Attività Produttive"},
		{"Vista la proposta di deliberazione n. 4 del 18/01/2029 dell'Area I - Affari Generali, Servizi Demografici e\nPolitiche Giovanili, e lo schema di Regolamento ad essa allegato, composto da n. 12 articoli;", "Area I - Affari Generali, Servizi Demografici e Politiche Giovanili"},
	}
	for _, tt := range tests {
		lines := []string{"COMUNE DI ADRIA", "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", "N. 11 del 29/03/2027",
			"OGGETTO: Variazione al bilancio.", "L'anno duemilaventisette, il giorno ventinove del mese di marzo, si è riunito il Consiglio Comunale.",
			"IL CONSIGLIO COMUNALE"}
		lines = append(lines, strings.Split(tt.line, "\n")...)
		a := parseLines(t, append(lines, "DELIBERA", "1) di approvare la variazione.")...)
		if a.ProposingOffice != tt.want {
			t.Errorf("%q: proposing office %q, want %q", tt.line, a.ProposingOffice, tt.want)
		}
	}
}

// TestProposalUnderALongRoll: the proposal a minute decides on, printed
// under a roll and its notes that run past the fortieth line, is read.
func TestProposalUnderALongRoll(t *testing.T) {
	lines := []string{"COMUNE DI MAIDA", "DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 71 DEL 21/12/2026", "OGGETTO: Variazione al bilancio.",
		"L'anno duemilaventisei il giorno ventuno del mese di dicembre si è riunito il Consiglio Comunale.", "All'appello risultano:"}
	for i := range 44 {
		lines = append(lines, fmt.Sprintf("%d) CONSIGLIERE%c ROSSI             SI", i+1, 'A'+rune(i%26)))
	}
	lines = append(lines, "Partecipa il Segretario Comunale Dott. Carmelo Mercuri.", "PROPOSTA N. 58 DEL 09/12/2026 - AREA ECONOMICO-FINANZIARIA", "IL CONSIGLIO COMUNALE", "Visto il decreto")
	a := parseLines(t, lines...)
	if a.ProposalNumber != 58 || a.ProposalDate != "2026-12-09" {
		t.Errorf("proposal n. %d of %q, want n. 58 of 2026-12-09", a.ProposalNumber, a.ProposalDate)
	}
}

// TestNoticeHeadings: a notice's heading names its kind, and its subject
// is its Oggetto's, or the heading where it prints none; the president of
// the council opening the body ends a subject.
func TestNoticeHeadings(t *testing.T) {
	tests := []struct{ text, kind, subject string }{
		{"COMUNE DI DOMODOSSOLA\nUFFICIO DELLO STATO CIVILE\nPUBBLICAZIONE DI MATRIMONIO\n\nL'Ufficiale dello Stato Civile rende noto che intendono unirsi in matrimonio:\n", "pubblicazione di matrimonio", "PUBBLICAZIONE DI MATRIMONIO"},
		{"CITTÀ DI AGROPOLI\nCOMUNICAZIONE ALLA CITTADINANZA\nOggetto: Sospensione dell'erogazione dell'acqua.\nCare concittadine e cari concittadini,\n", "comunicazione", "Sospensione dell'erogazione dell'acqua."},
		{"Comune di Cervignano del Friuli\nDETERMINAZIONE N. 602 del 21/08/2025\nOGGETTO: SERVIZIO DI TRASPORTO SCOLASTICO. APPROVAZIONE\nDELLE TARIFFE.\nIL TITOLARE DI INCARICO DI ELEVATA QUALIFICAZIONE\nRichiamato il decreto del Sindaco n. 12 del 28/02/2025;\n", "determinazione", "SERVIZIO DI TRASPORTO SCOLASTICO. APPROVAZIONE DELLE TARIFFE."},                                         // Friuli's issuer under the subject
		{"COMUNE DI OLEGGIO\n        AVVISO DI DEPOSITO DI ATTI NELLA CASA COMUNALE\n   (art. 140 del Codice di procedura civile – art. 60 del D.P.R. 29 settembre 1973, n. 600)\nIl sottoscritto Messo Comunale, visti gli atti d'ufficio,\nRENDE NOTO\n", "avviso", "AVVISO DI DEPOSITO DI ATTI NELLA CASA COMUNALE"},                                                                             // the law it applies in brackets under it
		{"CONSORZIO DI BONIFICA VERONESE\n                         AVVISO\n   PUBBLICAZIONE DEL RUOLO DI CONTRIBUENZA CONSORTILE – ANNO 2026\n\nSi comunica che il ruolo è depositato.\n", "avviso", "PUBBLICAZIONE DEL RUOLO DI CONTRIBUENZA CONSORTILE – ANNO 2026"},                                                                                                                              // the kind alone over the title
		{"COMUNE DI FIUGGI\n                         AVVISO PUBBLICO\n   PER L'EROGAZIONE DI CONTRIBUTI PER LA LOCAZIONE\n\nSi rende noto che i cittadini possono presentare domanda.\n", "avviso", "PER L'EROGAZIONE DI CONTRIBUTI PER LA LOCAZIONE"},                                                                                                                                              // the title under the heading, which names the kind
		{"COMUNE DI TORRIANA\n                 BANDO DI CONCORSO PUBBLICO\n   PER ESAMI, PER LA COPERTURA DI N. 1 POSTO DI ISTRUTTORE TECNICO\n\nIL RESPONSABILE DEL SETTORE\nVisto il PIAO 2026-2028;\n", "bando", "PER ESAMI, PER LA COPERTURA DI N. 1 POSTO DI ISTRUTTORE TECNICO"},                                                                                                              // a heading that names a kind of bando
		{"CONSORZIO DI BONIFICA DELLA NURRA\n                 AVVISO AI CONSORZIATI\n   PAGAMENTO DEL CONTRIBUTO CONSORTILE PER L'ANNO 2026\n\nIL DIRETTORE GENERALE\nvisto il Piano di classifica;\n", "avviso", "PAGAMENTO DEL CONTRIBUTO CONSORTILE PER L'ANNO 2026"},                                                                                                                            // whom it is for
		{"CONSORZIO DI BONIFICA IN DESTRA DEL FIUME SELE\n\nIL DIRETTORE GENERALE\n                 AVVISO AI CONSORZIATI\n       PAGAMENTO DEL CONTRIBUTO CONSORTILE 2026\n\nSi comunica ai consorziati che sono in corso di recapito gli avvisi di pagamento.\n", "avviso", "PAGAMENTO DEL CONTRIBUTO CONSORTILE 2026"},                                                                           // the issuer over the heading
		{"COMUNE DI CORLETO MONFORTE\n                 IL SINDACO\nOggetto: RICERCA DI VOLONTARI PER IL SERVIZIO DI ACCOGLIENZA TURISTICA\n\n       Si rende noto che l'Amministrazione comunale intende costituire un elenco di volontari.\n", "avviso", "RICERCA DI VOLONTARI PER IL SERVIZIO DI ACCOGLIENZA TURISTICA"},                                                                          // no kind named: its sentence announces
		{"COMUNE DI CALVERA\nReg. n. 5        Prot. n. 602\n        ORDINANZA SINDACALE CONTINGIBILE E URGENTE\n    CHIUSURA DEL PLESSO SCOLASTICO DI VIA SAN ROCCO\n      NEI GIORNI 10 E 11 FEBBRAIO 2026\n                    IL SINDACO\nVISTA la nota del Responsabile dell'Area Tecnica;\n", "ordinanza", "CHIUSURA DEL PLESSO SCOLASTICO DI VIA SAN ROCCO NEI GIORNI 10 E 11 FEBBRAIO 2026"}, // a title in capitals under the kind's heading, the issuer under it
		{"COMUNE DI LUCITO\nVia Municipio, 1 – 86030 Lucito (CB)          N. 4/2026 R.D.\n              DECRETO DEL SINDACO\n           NOMINA DEL VICESINDACO E\n     CONFERIMENTO DELLE DELEGHE ASSESSORILI\nIL SINDACO\nVISTO l’art. 46, comma 2, del D.Lgs. 18 agosto 2000, n. 267;\n", "decreto", "NOMINA DEL VICESINDACO E CONFERIMENTO DELLE DELEGHE ASSESSORILI"},
		{"COMUNE DI CAMEROTA\nAREA TECNICA – Servizio Demanio Marittimo          CIG B8C07E5D21\n                 AVVISO DI ESITO DI GARA\n     AFFIDAMENTO DEL SERVIZIO DI SALVATAGGIO E ASSISTENZA AI BAGNANTI\n      SULLE SPIAGGE LIBERE COMUNALI – STAGIONI BALNEARI 2026 E 2027\nSi rende noto che la procedura in oggetto è stata aggiudicata.\n", "avviso", "AFFIDAMENTO DEL SERVIZIO DI SALVATAGGIO E ASSISTENZA AI BAGNANTI SULLE SPIAGGE LIBERE COMUNALI – STAGIONI BALNEARI 2026 E 2027"}, // a result's heading over the title of the procedure
		{"COMUNE DI BRUGNATO\n                 BANDO N. 4/2026\n   ASTA PUBBLICA PER L'ALIENAZIONE DI IMMOBILI\n      – LOTTO 1 EX CASELLO IDRAULICO –\n\nIL RESPONSABILE DELL'AREA TECNICA\nIn esecuzione della deliberazione del Consiglio comunale.\n", "bando", "ASTA PUBBLICA PER L'ALIENAZIONE DI IMMOBILI – LOTTO 1 EX CASELLO IDRAULICO"},                                                                                                                                                     // a title's last line between dashes
		{"COMUNE DI CASSINO\nOggetto: Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 26\nmarzo 2026.\nIL PRESIDENTE DEL CONSIGLIO COMUNALE, visti l'art. 39 del D.Lgs. 267/2000,\n", "convocazione", "Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 26 marzo 2026."},
		{"CITTÀ METROPOLITANA DI TORINO\nAl Comune di Ciriè\n“AVVISO DI AVVIO DEL PROCEDIMENTO ESPROPRIATIVO”\nOggetto: Lavori della rotatoria. Avviso di avvio del procedimento.\n\nLa Città Metropolitana di Torino, in qualità di autorità espropriante,\n", "avviso", "Lavori della rotatoria. Avviso di avvio del procedimento."},                                                                          // the heading in quotes
		{"COMUNE DI VIDOR\nVidor, 11 marzo 2026\n         CONVOCAZIONE DEL CONSIGLIO COMUNALE – SESSIONE ORDINARIA\n       Ai sensi dell'art. 39 del D.Lgs. 267/2000 e del vigente Regolamento del Consiglio Comunale, le\nSS.LL. sono invitate a partecipare alla seduta del Consiglio Comunale.\n", "convocazione", "CONVOCAZIONE DEL CONSIGLIO COMUNALE – SESSIONE ORDINARIA"},                               // the paragraph's first line indented under the heading, set as close as its lines
		{"COMUNE DI CODOGNO\nUfficio di Presidenza del Consiglio Comunale\nCONVOCAZIONE DEL CONSIGLIO COMUNALE\n\nAi sensi dell'art. 39 del D.Lgs. 267/2000, la S.V. è invitata alla seduta.\n", "convocazione", "CONVOCAZIONE DEL CONSIGLIO COMUNALE"},                                                                                                                                                         // the heading alone
		{"COMUNE DI SANT'ELPIDIO A MARE\nOGGETTO: AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE - SESSIONE ORDINARIA.\n\nAi sensi dell'art. 39 del D.Lgs. 267/2000, la S.V. e' invitata alla seduta.\n", "convocazione", "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE - SESSIONE ORDINARIA."},                                                                                                                 // a notice of a convocation
		{"COMUNE DI TRECATE\nUfficio di Presidenza del Consiglio Comunale\nPROT. N. 11842                               Trecate, 10 giugno 2026\n                        Ai Signori Consiglieri Comunali\n\n   AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE\n\nAi sensi dell'art. 39 del D.Lgs. 267/2000, la S.V. è invitata alla seduta.\n", "convocazione", "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE"}, // the notice's heading
		{"COMUNE DI CASTELPETROSO\nProt. n. 1106                    Castelpetroso, 13/03/2026\n         CONVOCAZIONE DEL CONSIGLIO COMUNALE\n         -----------------------------------\n   Sessione ordinaria - seduta pubblica di prima convocazione\n\nLa S.V. è invitata a intervenire alla seduta.\n", "convocazione", "CONVOCAZIONE DEL CONSIGLIO COMUNALE"},                                            // a rule typed under the heading ends it
		{"COMUNITÀ MONTANA VALLI DEL VERBANO\n   CONVOCAZIONE DELL’ASSEMBLEA DELLA COMUNITÀ MONTANA – SESSIONE ORDINARIA\n\nSi comunica che l'Assemblea è convocata in sessione ordinaria.\n", "convocazione", "CONVOCAZIONE DELL’ASSEMBLEA DELLA COMUNITÀ MONTANA – SESSIONE ORDINARIA"},                                                                                                                       // "dell’" elided onto its noun
		{"ENTE DI GOVERNO DELL’AMBITO DEL MOLISE\nProt. n. 0000612/2026\nCampobasso, 02/03/2026\n\nCONVOCAZIONE ASSEMBLEA D’AMBITO – SEDUTA ORDINARIA\n\nAi sensi dell’art. 7 dello Statuto, la S.V. è invitata alla seduta.\n", "convocazione", "CONVOCAZIONE ASSEMBLEA D’AMBITO – SEDUTA ORDINARIA"},                                                                                                          // the body convened with no article
		{"COMUNE DI MONTONE\nCONVOCAZIONE DEL CONSIGLIO COMUNALE\nIL SINDACO\nCONVOCA\nil Consiglio Comunale per la trattazione del seguente\nORDINE DEL GIORNO\n1. Ratifica della deliberazione della Giunta Comunale n. 24 avente ad\noggetto: “Variazione d’urgenza al bilancio di previsione 2026/2028”.\n", "convocazione", "CONVOCAZIONE DEL CONSIGLIO COMUNALE"},                                         // an agenda item's cited subject
		{"COMUNE DI DUINO AURISINA\nOBČINA DEVIN NABREŽINA\n                AVVISO – OBVESTILO\n  CHIUSURA DEGLI UFFICI COMUNALI PER TRASFERIMENTO DEI SERVIZI\n                DEMOGRAFICI\n\nSi comunica alla cittadinanza che gli sportelli resteranno chiusi.\n", "avviso", "CHIUSURA DEGLI UFFICI COMUNALI PER TRASFERIMENTO DEI SERVIZI DEMOGRAFICI"},                                                     // the kind in Slovene beside it
		{"COMUNE DI CARIGNANO\nSERVIZI DEMOGRAFICI\n                AVVISO ALLA CITTADINANZA\n\n  APERTURA STRAORDINARIA DELLO SPORTELLO\n      CARTA D’IDENTITÀ ELETTRONICA\n\nSi informa la cittadinanza che lo sportello sarà aperto di sabato.\n", "avviso", "APERTURA STRAORDINARIA DELLO SPORTELLO CARTA D’IDENTITÀ ELETTRONICA"},                                                                         // whom it is for beside the kind, the title under them
		{"COMUNE DI BORGO\n                AVVISO – CHIUSURA UFFICI\n\nSi comunica alla cittadinanza che gli uffici resteranno chiusi.\n", "avviso", "AVVISO – CHIUSURA UFFICI"},                                                                                                                                                                                                                                // a title after the dash
		// an app's category over the issuing offices and the title
		{"Comune di Castelraimondo\nAVVISI – TRIBUTI                                  Pubblicato il 23/03/2026\nAREA ECONOMICO-FINANZIARIA\nUfficio Tributi\nAGEVOLAZIONI TARI 2026 PER NUCLEI FAMILIARI IN CONDIZIONI\nDI DISAGIO ECONOMICO – PRESENTAZIONE DELLE DOMANDE\n\nSi informa la cittadinanza che è possibile presentare domanda.\n", "avviso", "AGEVOLAZIONI TARI 2026 PER NUCLEI FAMILIARI IN CONDIZIONI DI DISAGIO ECONOMICO – PRESENTAZIONE DELLE DOMANDE"},
		{"CITTÀ DI TRINITAPOLI\n                CONVOCAZIONE\n          DEL CONSIGLIO COMUNALE\n\nIl Presidente del Consiglio Comunale, visto il Regolamento,\n", "convocazione", "CONVOCAZIONE DEL CONSIGLIO COMUNALE"},                                                                                                                                                                                                                                                                                                      // the heading broken after its kind word
		{"COMUNE DI MOLINELLA\nSettore Territorio – Servizio Ambiente\nAVVISO PUBBLICO N. 4/2026                          Molinella, 16 marzo 2026\nASSEGNAZIONE DI ORTI URBANI COMUNALI\nIN COMODATO D'USO – BIENNIO 2026-2027\n\nIl Comune di Molinella rende noto che sono disponibili n. 22 lotti.\n", "avviso", "ASSEGNAZIONE DI ORTI URBANI COMUNALI IN COMODATO D'USO – BIENNIO 2026-2027"},                                                                                                                            // the place and date right of the heading
		{"COMUNE DI FLUMINIMAGGIORE\nAVVISO PUBBLICO N. 3/2026\nProt. n. 2417 del 09/04/2026\nCONCESSIONE DI CONTRIBUTI PER L’AVVIO DI NUOVE ATTIVITÀ – ANNUALITÀ 2026\n\nIl Comune di Fluminimaggiore rende noto che sono aperti i termini.\n", "avviso", "CONCESSIONE DI CONTRIBUTI PER L’AVVIO DI NUOVE ATTIVITÀ – ANNUALITÀ 2026"},                                                                                                                                                                                        // the protocol's stamp between the heading and its title
		{"COMUNE DI APECCHIO\n     AVVISO ALLA CITTADINANZA - APERTURA STRAORDINARIA\n   DELL'UFFICIO ANAGRAFE PER IL RILASCIO DELLA CARTA D'IDENTITA'\n\nSi informa la cittadinanza che l'Ufficio Anagrafe effettuera' un'apertura.\n", "avviso", "AVVISO ALLA CITTADINANZA - APERTURA STRAORDINARIA DELL'UFFICIO ANAGRAFE PER IL RILASCIO DELLA CARTA D'IDENTITA'"},                                                                                                                                                         // whom it is for, then its title after a dash
		{"COMUNE DI FOLIGNANO\n                      CONVOCAZIONE DEL CONSIGLIO COMUNALE\nAi sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e degli artt. 8 e 9 del vigente Regolamento per il\nfunzionamento del Consiglio Comunale, le SS.LL. sono invitate alla seduta.\n", "convocazione", "CONVOCAZIONE DEL CONSIGLIO COMUNALE"},                                                                                                                                                                                   // the paragraph under the heading, no gap between them
		{"COMUNE DI VERRAYES\n                AVVISO PUBBLICO N. 3/2026\n\n\n\nAvviso pubblico per la concessione in locazione dell'alpeggio comunale «Champlong-Dessus» per le\n                stagioni di monticazione 2026-2031\n\n              IL SEGRETARIO COMUNALE\nin esecuzione della deliberazione del Consiglio comunale n. 9\n", "avviso", "Avviso pubblico per la concessione in locazione dell'alpeggio comunale «Champlong-Dessus» per le stagioni di monticazione 2026-2031"},                               // a title that restates the numbered heading's kind
		{"COMUNE DI BERGEGGI\nProt. n. 1377 Bergeggi, li 13/03/2026\n\n       AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE\n\nAi sensi dell'art. 39 del D.Lgs. 18/08/2000 n. 267, la S.V. e' invitata alla seduta\n                      ORDINE DEL GIORNO\n1. VARIAZIONE AL BILANCIO DI PREVISIONE 2026/2028 - RATIFICA DELLA\n   DELIBERAZIONE DELLA GIUNTA COMUNALE N. 21 DEL 26/02/2026.\n", "convocazione", "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE"},                                                            // an agenda item's ratified deliberation is no heading
		{"COMUNE DI SAN BENEDETTO\n                     AVVISO PUBBLICO\n per la concessione di contributi a sostegno del pagamento dei canoni di locazione\n\nSi rende noto che sono aperti i termini.\n", "avviso", "AVVISO PUBBLICO per la concessione di contributi a sostegno del pagamento dei canoni di locazione"},                                                                                                                                                                                                    // the kind alone, its title going on in small letters
		{"COMUNE DI MONTELABBATE\n                BANDO DI GARA\nPROCEDURA APERTA PER L'AFFIDAMENTO DEL SERVIZIO DI TRASPORTO SCOLASTICO\n\n1. Amministrazione aggiudicatrice. Comune di Montelabbate.\n", "bando", "PROCEDURA APERTA PER L'AFFIDAMENTO DEL SERVIZIO DI TRASPORTO SCOLASTICO"},                                                                                                                                                                                                                                // a tender's kind alone over its title
		{"COMUNE DI CASTEL DI LUCIO\nAUTORIZZAZIONE N. 19 DEL 06/11/2026\nOggetto: Manifestazione di pubblico spettacolo.\n\nIL RESPONSABILE DEL SERVIZIO\nVista l'istanza presentata,\n", "autorizzazione", "Manifestazione di pubblico spettacolo."},                                                                                                                                                                                                                                                                        // an authorisation, a kind of its own
		{"COMUNE DI SAN VITO DEI NORMANNI\nSETTORE III – SVILUPPO ECONOMICO                     Prot. n. 4127\n                  AVVISO PUBBLICO\n                n. 3 del 27.02.2026\n   ASSEGNAZIONE IN CONCESSIONE DECENNALE DEI POSTEGGI LIBERI NEL MERCATO SETTIMANALE\n\nArt. 1 – Oggetto\nIn esecuzione della determinazione del Responsabile del Settore III,\n", "avviso", "ASSEGNAZIONE IN CONCESSIONE DECENNALE DEI POSTEGGI LIBERI NEL MERCATO SETTIMANALE"},                                                      // the number on its own line between the heading and the title
		{"COMUNE DI CINTO EUGANEO\nProt. n. 5127                    Cinto Euganeo, 16 settembre 2026\n   AVVISO DI DEPOSITO DELLA VARIANTE N. 4 AL PIANO DEGLI INTERVENTI\n           E DEL RAPPORTO AMBIENTALE PRELIMINARE\n\n          IL RESPONSABILE DELL'AREA TECNICA\nVisto l'art. 18 della Legge Regionale 23 aprile 2004, n. 11;\n", "avviso", "AVVISO DI DEPOSITO DELLA VARIANTE N. 4 AL PIANO DEGLI INTERVENTI E DEL RAPPORTO AMBIENTALE PRELIMINARE"},                                                              // a number in the title is the variant's, not the notice's
		{"COMUNE DI AVOLA\n                AVVISO\nSERVIZIO DI TRASPORTO GRATUITO PER GLI ALUNNI PENDOLARI DELLE\nSCUOLE SECONDARIE – A.S. 2025/2026\n\nSi informano gli studenti che è possibile presentare istanza.\n", "avviso", "SERVIZIO DI TRASPORTO GRATUITO PER GLI ALUNNI PENDOLARI DELLE SCUOLE SECONDARIE – A.S. 2025/2026"},                                                                                                                                                                                       // a title opening with an office's word
		{"CITTÀ DI CARLENTINI\n                    IL SINDACO\n       PROCLAMAZIONE DEL LUTTO CITTADINO\n      PER LA GIORNATA DI SABATO 18 APRILE\n                    2026\n\nProfondamente colpito dalla scomparsa del giovane concittadino,\n                    P R O C L A M A\nil lutto cittadino per la giornata di sabato 18 aprile 2026.\n", "avviso", "PROCLAMAZIONE DEL LUTTO CITTADINO PER LA GIORNATA DI SABATO 18 APRILE 2026"},                                                                                // the issuer over the title, the verb under it
		{"COMUNE DI OSSANA\n                    IL SINDACO\nAppresa con profondo dolore la notizia della tragica scomparsa dei due giovani\nsoccorritori del Soccorso Alpino;\n                 P R O C L A M A\n  PROCLAMAZIONE DEL LUTTO CITTADINO PER LA GIORNATA\n          DI SABATO 21 MARZO 2026\n\nin concomitanza con le esequie.\n", "avviso", "PROCLAMAZIONE DEL LUTTO CITTADINO PER LA GIORNATA DI SABATO 21 MARZO 2026"},                                                                                         // the preamble under the issuer, the title under the verb
		{"COMUNE DI CASTIGLIONE D'ORCIA\nArea Economico-Finanziaria\n              IL RESPONSABILE DEL SERVIZIO TRIBUTI\n                         AVVISA\n  TASSA SUI RIFIUTI (TARI) 2026 – INVIO DEGLI AVVISI DI PAGAMENTO E SCADENZE DELLE\n                          RATE\ni contribuenti che sono in corso di recapito gli avvisi di pagamento.\n", "avviso", "TASSA SUI RIFIUTI (TARI) 2026 – INVIO DEGLI AVVISI DI PAGAMENTO E SCADENZE DELLE RATE"},                                                                    // an office's Responsabile heads it
		{"COMUNE DI MALLARE\n                        IL SINDACO\n                       I N V I T A\nla cittadinanza, le Autorità civili, militari e religiose\n                   a partecipare alle\n          CELEBRAZIONI DELLA FESTA DELLA\n           LIBERAZIONE – 81° ANNIVERSARIO\n\n                sabato 25 aprile 2026\n", "avviso", "CELEBRAZIONI DELLA FESTA DELLA LIBERAZIONE – 81° ANNIVERSARIO"},                                                                                                            // whom it invites between the verb and the title
		{"COMUNE DI PALAZZO ADRIANO\nSETTORE II – ECONOMICO FINANZIARIO – Ufficio Tributi\n                                        Palazzo Adriano, 20 maggio 2026\n        IMPOSTA MUNICIPALE PROPRIA (IMU) – ANNO 2026\n          SCADENZA DELL'ACCONTO AL 16 GIUGNO 2026\n            IL RESPONSABILE DEL SETTORE II\n                       INFORMA\nche entro il 16 giugno 2026 deve essere versata la prima rata.\n", "avviso", "IMPOSTA MUNICIPALE PROPRIA (IMU) – ANNO 2026 SCADENZA DELL'ACCONTO AL 16 GIUGNO 2026"}, // the title over the issuer, the verb under it
		{"COMUNE DI OLGIATE COMASCO\n                  GRADUATORIA\nGRADUATORIA DEFINITIVA PER L'ASSEGNAZIONE DEGLI ORTI URBANI COMUNALI –\n              TRIENNIO 2026-2028\n\nPos.   Prot. domanda   Punteggio\n", "avviso", "GRADUATORIA DEFINITIVA PER L'ASSEGNAZIONE DEGLI ORTI URBANI COMUNALI – TRIENNIO 2026-2028"},                                                                                                                                                                                                   // a ranking's word over its title
		{"COMUNE DI GOZZANO\n                ESITO DI GARA\n  AFFIDAMENTO DELLO SGOMBERO NEVE DELLE STRADE COMUNALI – STAGIONI 2026/2028\n\nSi rende noto che la procedura è stata aggiudicata.\n", "avviso", "AFFIDAMENTO DELLO SGOMBERO NEVE DELLE STRADE COMUNALI – STAGIONI 2026/2028"},                                                                                                                                                                                                                                   // a tender's result
		{"COMUNE DI CASTEL SAN GIORGIO\n          SETTORE I – AFFARI GENERALI E PERSONALE\n                    ESITO DELLA SELEZIONE\n  MOBILITÀ VOLONTARIA ESTERNA PER N. 2 POSTI DI ISTRUTTORE AMMINISTRATIVO\n\nSi rende noto che la Commissione ha concluso i propri lavori.\n", "avviso", "MOBILITÀ VOLONTARIA ESTERNA PER N. 2 POSTI DI ISTRUTTORE AMMINISTRATIVO"},                                                                                                                                                     // a selection's result
		{"COMUNE DI MONTEMIGNAIO\n                 AVVISO D’ASTA\n  VENDITA MEDIANTE ASTA PUBBLICA DEL LOTTO DI LEGNAME DEL BOSCO COMUNALE\n\nSi rende noto che il giorno 3 giugno 2026 si terrà l'asta.\n", "avviso", "VENDITA MEDIANTE ASTA PUBBLICA DEL LOTTO DI LEGNAME DEL BOSCO COMUNALE"},                                                                                                                                                                                                                              // an auction's notice, its word alone over the title
		{"COMUNE DI MASSA\nSettore Assetto del Territorio\n                    AVVISO DI DEPOSITO\nVARIANTE PARZIALE AL PIANO REGOLATORE GENERALE – ADOZIONE DEFINITIVA\n    (art. 26 della Legge Regionale 5 agosto 1992, n. 34)\n                 IL RESPONSABILE DEL SETTORE\nVista la deliberazione del Consiglio comunale n. 5 del 27 febbraio 2026;\n", "avviso", "VARIANTE PARZIALE AL PIANO REGOLATORE GENERALE – ADOZIONE DEFINITIVA"},                                                                               // the step of a procedure a notice gives, over the title
		{"COMUNE DI COLLALTO SABINO\n                                       IL SINDACO\n             COMUNICATO DEL SINDACO\nOggetto: Chiusura temporanea della strada provinciale.\nCare concittadine e cari concittadini,\n", "avviso", "Chiusura temporanea della strada provinciale."},                                                                                                                                                                                                                                    // the Sindaco's message to the citizens
		{"COMUNE DI BORGO\n                    IL SINDACO\n                    RENDE NOTO\nche il mercato settimanale è sospeso.\n", "", ""}, // the verb with no title: nothing to name it by
		{"COMUNE DI ENEGO\nUfficio del Sindaco\n                    IL SINDACO\n              INFORMA LA CITTADINANZA\n   GIORNATA ECOLOGICA “PULIAMO L’ALTOPIANO” — DOMENICA 19 APRILE 2026\n\nche domenica 19 aprile 2026 si svolgerà la giornata di pulizia dei sentieri.\n", "avviso", "GIORNATA ECOLOGICA “PULIAMO L’ALTOPIANO” — DOMENICA 19 APRILE 2026"},                                                                                                                                                                              // the verb and whom it informs between the issuer and the title
		{"COMUNE DI BOVA MARINA\nUfficio Stampa\n  COMUNICATO STAMPA N. 12/2026                    Bova Marina, 22.04.2026\n---------------------------------------------------------------------\n     AL VIA I LAVORI DI RIQUALIFICAZIONE DEL LUNGOMARE\n         E DEL PONTILE DI CONTRADA SAN PASQUALE\n---------------------------------------------------------------------\n  Sono stati consegnati questa mattina i lavori.\n", "avviso", "AL VIA I LAVORI DI RIQUALIFICAZIONE DEL LUNGOMARE E DEL PONTILE DI CONTRADA SAN PASQUALE"}, // a press release, its title between typed rules
	}
	for _, tt := range tests {
		a := ParseAct(textDocument(tt.text))
		if a == nil || a.Kind != tt.kind || a.Subject != tt.subject {
			t.Errorf("%q: got %+v, want kind %q, subject %q", tt.text, a, tt.kind, tt.subject)
		}
	}
}

// TestWebPageNoticeTitle: a web page's category chip ("Avviso" in small
// type) over the notice's title in large type names the kind; the title
// is the subject, not the "AVVISO" heading further down.
func TestWebPageNoticeTitle(t *testing.T) {
	doc := textDocument("Comune di Borgo\nAvviso\nChiusura al pubblico degli uffici comunali lunedì\n16 marzo 2026\nGli sportelli comunali resteranno chiusi per l'intera giornata.\nDescrizione\n                AVVISO\nSi avvisa la cittadinanza della chiusura.\n")
	for i, r := range doc.Pages[0].Runs {
		switch {
		case r.Text == "Avviso":
			doc.Pages[0].Runs[i].Size = 7.5
		case strings.HasPrefix(r.Text, "Chiusura") || r.Text == "16 marzo 2026":
			doc.Pages[0].Runs[i].Size = 18
		}
	}
	a := ParseAct(doc)
	if a == nil || a.Kind != "avviso" || a.Subject != "Chiusura al pubblico degli uffici comunali lunedì 16 marzo 2026" {
		t.Errorf("got %+v, want the avviso titled by its large lines", a)
	}
}

// TestRegisterBoxLabel: "AVVISO" in small type over the letterhead's
// municipality, the label of the register's box beside it (mix-134-c's
// Villa Estense), heads nothing: the notice's heading in large type
// further down, over its title, does.
func TestRegisterBoxLabel(t *testing.T) {
	doc := textDocument("                                                  AVVISO\nCOMUNE DI VILLA ESTENSE\n                                                  Prot. n. 7102\nProvincia di Padova\n" +
		"                                                  Data 16/10/2028\nAREA AMMINISTRATIVA\n                  AVVISO\n" +
		"CONTRIBUTO REGIONALE «BUONO-LIBRI E CONTENUTI\nDIDATTICI ALTERNATIVI»\n" +
		"La Regione del Veneto concede un contributo per l'acquisto dei libri di testo.\nChi può presentare domanda\n")
	for i, r := range doc.Pages[0].Runs {
		switch {
		case strings.HasPrefix(r.Text, "AVVISO") && r.X > 200 || strings.HasPrefix(r.Text, "Prot") || strings.HasPrefix(r.Text, "Data"):
			doc.Pages[0].Runs[i].Size = 8.5
		case r.Text == "AVVISO":
			doc.Pages[0].Runs[i].Size = 26
		case strings.HasPrefix(r.Text, "COMUNE"):
			doc.Pages[0].Runs[i].Size = 15
		case strings.HasPrefix(r.Text, "CONTRIBUTO") || strings.HasPrefix(r.Text, "DIDATTICI"):
			doc.Pages[0].Runs[i].Size = 12.5
		}
	}
	a := ParseAct(doc)
	if a == nil || a.Kind != "avviso" || a.Subject != "CONTRIBUTO REGIONALE «BUONO-LIBRI E CONTENUTI DIDATTICI ALTERNATIVI»" {
		t.Errorf("got %+v, want the avviso titled by the lines under its large heading", a)
	}
}

// TestNoticeTitleOverOCRSpacing: an OCR sizes its lines to their letters'
// boxes, smaller than their type, so a numbered avviso's title, set at
// 2.1 of those ems a line under its first, stands a paragraph's gap away
// by them: on an OCR's lines it goes on in capitals while under a quarter
// more than the page's lines stand (scan-16's Dueville, scan-18's Cagli).
func TestNoticeTitleOverOCRSpacing(t *testing.T) {
	lines := []string{
		"COMUNE DI CAGLI",
		"AVVISO PUBBLICO N. 4/2026",
		"PER LA CONCESSIONE DI CONTRIBUTI A SOSTEGNO DELLE SPESE DI",
		"TRASPORTO SCOLASTICO – ANNO SCOLASTICO 2025/2026",
		"In esecuzione della deliberazione della Giunta Comunale n. 2 del 08/01/2026 e della propria",
		"determinazione n. 11 del 12/01/2026, si rende noto che sono aperti i termini per la presentazione",
		"delle domande di contributo a parziale rimborso delle spese sostenute dalle famiglie per il",
		"trasporto degli studenti residenti nelle frazioni e nelle case sparse del territorio comunale.",
	}
	for _, tt := range []struct {
		name   string
		ocr    bool
		second string // the title's second line
		want   string
	}{
		{"an OCR's title in capitals", true, lines[3], "PER LA CONCESSIONE DI CONTRIBUTI A SOSTEGNO DELLE SPESE DI TRASPORTO SCOLASTICO – ANNO SCOLASTICO 2025/2026"},
		{"an OCR's title over a sentence", true, "Il sottoscritto Responsabile del Settore Servizi alla Persona", "PER LA CONCESSIONE DI CONTRIBUTI A SOSTEGNO DELLE SPESE DI"},
		{"the same spacing in print", false, lines[3], "PER LA CONCESSIONE DI CONTRIBUTI A SOSTEGNO DELLE SPESE DI"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := append(slices.Clone(lines[:3]), tt.second)
			doc := textDocument(strings.Join(append(text, lines[4:]...), "\n") + "\n")
			// Lines 15.8 pt apart in 8.4-point boxes (1.9 ems), the
			// title's second 18 pt under its first (2.1 ems).
			runs := doc.Pages[0].Runs
			for i := range runs {
				k := math.Round((800 - runs[i].Y) / 14)
				runs[i].Y = 800 - 15.8*k
				if k >= 3 {
					runs[i].Y -= 2.2
				}
				runs[i].Size, runs[i].Invisible = 8.4, tt.ocr
			}
			if a := ParseAct(doc); a == nil || a.Subject != tt.want {
				t.Errorf("subject:\n got %+v\nwant %q", a, tt.want)
			}
		})
	}
}

// signedBody opens the body of the acts parseLines is given: the signer's
// office, then the first section.
const signedBody = "IL RESPONSABILE DEL SERVIZIO\nVisto"

// parseLines reads an act laid out as lines of text (textDocument), and
// fails the test when there is none.
func parseLines(t *testing.T, lines ...string) *Act {
	t.Helper()
	a := ParseAct(textDocument(strings.Join(lines, "\n") + "\n"))
	if a == nil {
		t.Fatalf("no act in %q", lines)
	}
	return a
}

// TestSessionDates: a deliberation is dated by its session, which the
// number's line, the line under it or the minute's opening gives.
func TestSessionDates(t *testing.T) {
	tests := []struct{ lines, want string }{
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 45 - SEDUTA DEL 12/03/2024", "2024-03-12"},
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE\nAtto n. 45\nSeduta del 12/03/2024", "2024-03-12"},
		{"ESTRATTO DAL VERBALE DELLE DELIBERAZIONI DELLA GIUNTA COMUNALE\nSeduta del 12/03/2024 n. 45", "2024-03-12"},
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 45 Adunanza del 12 marzo 2024", "2024-03-12"},
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE\nN. 45\nSeduta del 12/03/2024", "2024-03-12"},
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 45\nL'anno 2024 il giorno 12 del mese di marzo alle ore 10,00", "2024-03-12"},
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 45\nL'anno duemilaventiquattro, il giorno 1° del mese di marzo", "2024-03-01"},
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 45\nL’anno duemilaventiquattro addi’ dodici del mese di marzo alle ore 20.45", "2024-03-12"}, // the accent typed as an apostrophe
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE\nD.G.C. N.    45    Data seduta    12/03/2024    Ora    15:00", "2024-03-12"},
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE\nAtto n.    Seduta del\n45    12/03/2024", "2024-03-12"},
		{"VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE\nN. 45        Seduta del 12/03/2024        ore 20:30", "2024-03-12"},
		// the minute's opening, the day first
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 45\nIl giorno dodici marzo duemilaventiquattro alle ore 15:00", "2024-03-12"},
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 45\nAddì 12 del mese di marzo dell'anno 2024 alle ore 15:00", "2024-03-12"},
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 45\nNell'anno duemilaventiquattro, il giorno dodici del mese di marzo", "2024-03-12"},
	}
	for _, tt := range tests {
		a := parseLines(t, "COMUNE DI BORGO", tt.lines, "OGGETTO: Contributi.", "LA GIUNTA COMUNALE", "Visto")
		if a.Kind != "deliberazione" || a.Organ != "Giunta Comunale" || a.Number != 45 || a.Date != tt.want {
			t.Errorf("%q: %s of the %q n. %d of %q, want a deliberazione of the Giunta Comunale n. 45 of %q", tt.lines, a.Kind, a.Organ, a.Number, a.Date, tt.want)
		}
	}
}

// TestHeaderTime: a deliberation's time the minute's opening does not
// give is read from a cell of its header, after its label or under it;
// a determinazione's header gives no session's time.
func TestHeaderTime(t *testing.T) {
	tests := []struct{ heading, minute, want string }{
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE\nN. 45        Seduta del 12/03/2024        ore 20:30", "Si è riunita la Giunta.", "20:30"},
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE\nN. 45        Data 12/03/2024        Ora: 9.30", "Si è riunita la Giunta.", "09:30"},
		{"GIUNTA COMUNALE\nDELIBERAZIONE N.    SEDUTA DEL           ORA      LUOGO\n45                  12 marzo 2024        09.30 Palazzo comunale", "Si è riunita nell'ora sopra indicata.", "09:30"},
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 45 DEL 12/03/2024\nore 20:30", "L'anno 2024 il giorno 12 del mese di marzo alle ore 18.00", "18:00"},
		{"DETERMINAZIONE N. 45 DEL 12/03/2024\nScadenza 30/03/2024        ore 12:00", "Il Dirigente.", ""},
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 45 DEL 12/03/2024", "Si è riunita la Giunta.", ""},
	}
	for _, tt := range tests {
		a := parseLines(t, "COMUNE DI BORGO", tt.heading, "OGGETTO: Contributi.", tt.minute, "Visto")
		if a.Time != tt.want {
			t.Errorf("%q: time %q, want %q", tt.heading, a.Time, tt.want)
		}
	}
}

// TestDeliberatingOrgan: a deliberation's organ, named by its initials in
// the heading ("C.C.", "di G.C.", "D.G.C." alone), or, when the heading names none, by the
// body printed on a line of its own.
func TestDeliberatingOrgan(t *testing.T) {
	const bare = "Deliberazione n. 12 del 30/04/2024"
	tests := []struct{ above, heading, below, want string }{
		{"", "DELIBERAZIONE C.C. N. 12 DEL 30/04/2024", "Visto", "Consiglio Comunale"},
		{"", "Deliberazione G.C. n. 12 del 30/04/2024", "Visto", "Giunta Comunale"},
		{"", "Delibera di C.C. n. 12 del 30/04/2024", "Visto", "Consiglio Comunale"},
		// the initials alone are the heading
		{"", "G.C. n. 12\ndel 30/04/2024", "Visto", "Giunta Comunale"},
		{"", "D.G.C. N. 12 DEL 30.04.2024", "Visto", "Giunta Comunale"},
		{"", "DCC n. 12 del 30/04/2024", "Visto", "Consiglio Comunale"},
		{"", "G.M. N. 12 DEL 30/04/2024", "Visto", "Giunta Municipale"}, // as printed
		{"", "DELIBERAZIONE DELLA GIUNTA MUNICIPALE N. 12 DEL 30/04/2024", "Visto", "Giunta Municipale"},
		{"CONSIGLIO COMUNALE", bare, "Visto", "Consiglio Comunale"},
		{"", bare, "LA GIUNTA COMUNALE", "Giunta Comunale"},
		{"", bare, "LA GIUNTA MUNICIPALE", "Giunta Municipale"}, // Sicily's, as printed
		// other bodies' deliberating organs
		{"", bare, "L'ASSEMBLEA DELL'UNIONE", "Assemblea dell'Unione"},
		{"", bare, "IL CONSIGLIO DI AMMINISTRAZIONE", "Consiglio di Amministrazione"},
		{"", bare, "IL COMITATO DEI SINDACI", "Comitato dei Sindaci"},
		{"", bare, "LA DEPUTAZIONE AMMINISTRATIVA", "Deputazione Amministrativa"},
		{"", bare, "IL CONSIGLIO DELLA COMUNITÀ", "Consiglio della Comunità"},
		{"", bare, "L’ASSEMBLEA", "Assemblea"},
		{"", "VERBALE DI DELIBERAZIONE DELL'ASSEMBLEA N. 12 DEL 30/04/2024", "L'ASSEMBLEA DELL'UNIONE", "Assemblea dell'Unione"}, // the heading's body named in full
		// named by the heading
		{"", "DELIBERAZIONE DEL COMITATO AMMINISTRATIVO N. 12 DEL 30/04/2024", "Visto", "Comitato Amministrativo"},
		{"", "VERBALE DI DELIBERAZIONE DEL COMITATO ESECUTIVO N. 12 DEL 30/04/2024", "Visto", "Comitato Esecutivo"},
		{"", "VERBALE DI DELIBERAZIONE DELL’ASSEMBLEA N. 12 DEL 30/04/2024", "Visto", "Assemblea"},
		{"", "DELIBERAZIONE DELL'AMMINISTRATORE UNICO N. 12 DEL 30/04/2024", "Visto", "Amministratore Unico"},
		{"", bare, "L'Assemblea dell'Unione ha approvato il bilancio", ""},
		{"", bare, "Il Consiglio", "Consiglio Comunale"},
		{"", bare, "Visto il parere della Giunta", ""},
	}
	for _, tt := range tests {
		a := parseLines(t, "COMUNE DI AREZZO", tt.above, tt.heading, "OGGETTO: Rendiconto 2023.", tt.below, "DELIBERA")
		if a.Kind != "deliberazione" || a.Number != 12 || a.Organ != tt.want {
			t.Errorf("%q / %q / %q: %s n. %d of the %q, want a deliberazione n. 12 of the %q", tt.above, tt.heading, tt.below, a.Kind, a.Number, a.Organ, tt.want)
		}
	}
}

// TestOrganInFull: an organ the heading names in a word is named in full
// by a line of its own in capitals elsewhere (the issuer over the body,
// the signature), never by a sentence or by its municipality's name.
func TestOrganInFull(t *testing.T) {
	tests := []struct{ issuer, signature, want string }{
		{"IL PRESIDENTE DELLA PROVINCIA", "IL PRESIDENTE", "Presidente della Provincia"},
		{"IL PRESIDENTE", "IL PRESIDENTE DELL’UNIONE", "Presidente dell’Unione"},
		{"IL PRESIDENTE", "IL PRESIDENTE", "Presidente"},
		{"IL PRESIDENTE", "IL PRESIDENTE DEL COMUNE", "Presidente"},
		{"IL PRESIDENTE", "Il Presidente della Provincia ne cura l'esecuzione.", "Presidente"},
	}
	for _, tt := range tests {
		a := parseLines(t, "PROVINCIA DI BORGO", "DECRETO DEL PRESIDENTE N. 12 DEL 30/04/2026", "OGGETTO: Nomina.", tt.issuer, "Visto", "DECRETA", "1. di nominare.", tt.signature, "Mario Rossi")
		if a.Organ != tt.want {
			t.Errorf("%q … %q: organ %q, want %q", tt.issuer, tt.signature, a.Organ, tt.want)
		}
	}
	a := parseLines(t, "CITTÀ METROPOLITANA DI BORGO", "IL SINDACO METROPOLITANO", "DECRETO SINDACALE METROPOLITANO N. 12 DEL 30/04/2026", "OGGETTO: Nomina.", "IL SINDACO METROPOLITANO", "Visto", "DECRETA", "1. di nominare.")
	if a.Organ != "Sindaco Metropolitano" {
		t.Errorf("organ %q, want Sindaco Metropolitano", a.Organ)
	}
}

// TestWrappedIssuer: a heading's qualifier and a signature's office that
// break their line after a preposition go on on the next.
func TestWrappedIssuer(t *testing.T) {
	a := parseLines(t, "COMUNE DI AGEROLA", "DETERMINAZIONE DEL RESPONSABILE DEL", "SERVIZIO", "N. 23 DEL 05/03/2026",
		"OGGETTO: Acquisto di segnaletica.", "IL RESPONSABILE DEL SERVIZIO", "Visto", "DETERMINA", "1. di acquistare.",
		"IL RESPONSABILE DEL SERVIZIO", "DI POLIZIA MUNICIPALE", "f.to Mario Rossi")
	if a.Organ != "Responsabile del Servizio" || a.Office != "SERVIZIO DI POLIZIA MUNICIPALE" {
		t.Errorf("organ %q, office %q; want Responsabile del Servizio, SERVIZIO DI POLIZIA MUNICIPALE", a.Organ, a.Office)
	}
}

// TestIssuerEndsSubject: the issuer's line under the subject opens the
// body, whatever the title it gives.
func TestIssuerEndsSubject(t *testing.T) {
	for _, issuer := range []string{"IL DIRIGENTE", "IL DIRETTORE", "IL COMANDANTE", "IL FUNZIONARIO RESPONSABILE", "IL RESPONSABILE DEL SERVIZIO",
		"LA RESPONSABILE DEL SERVIZIO", "LA DIRIGENTE", "IL TITOLARE DI INCARICO DI ELEVATA QUALIFICAZIONE", "LA TITOLARE DI POSIZIONE ORGANIZZATIVA"} {
		a := parseLines(t, "COMUNE DI BARI", "DETERMINAZIONE N. 12 DEL 15/02/2024", "OGGETTO: Rimborso tributi", issuer, "DETERMINA")
		if a.Subject != "Rimborso tributi" {
			t.Errorf("%q: subject %q", issuer, a.Subject)
		}
	}
}

// TestKindFromDecision: an act that prints no heading of its kind is of
// the kind its dispositive verb decides.
func TestKindFromDecision(t *testing.T) {
	tests := []struct{ heading, subject, verb, want string }{
		{"IL SINDACO", "Chiusura di via Roma.", "ORDINA", "ordinanza"},
		{"IL SINDACO", "Nomina del revisore.", "D E C R E T A", "decreto"},
		{"IL DIRIGENTE", "Impegno di spesa.", "DETERMINA:", "determinazione"},
		{"AVVISO", "Chiusura di via Roma.", "ORDINA", "avviso"},   // the heading's kind first
		{"IL SINDACO", "Avviso di chiusura.", "ORDINA", "avviso"}, // then the subject's word
		{"IL SINDACO", "Chiusura di via Roma.", "INVITA", ""},     // no dispositive verb
	}
	for _, tt := range tests {
		a := parseLines(t, "COMUNE DI FANO", tt.heading, "OGGETTO: "+tt.subject, "Vista la nota;", tt.verb, "la chiusura")
		if a.Kind != tt.want {
			t.Errorf("%q, %q … %q: kind %q, want %q", tt.heading, tt.subject, tt.verb, a.Kind, tt.want)
		}
	}
}

// TestPlaceDateLines: a notice without a number is dated by the line
// that gives its place and date, the place its town or its town hall.
func TestPlaceDateLines(t *testing.T) {
	tests := []struct{ letterhead, line, want string }{
		{"COMUNE DI MATERA", "Matera, 12/03/2024", "2024-03-12"},
		{"COMUNE DI MATERA", "Dalla Residenza Municipale, 12/03/2024", "2024-03-12"},
		{"COMUNE DI MATERA", "Dal Municipio, lì 12 marzo 2024", "2024-03-12"},
		{"COMUNE DI MATERA", "Dalla Sede Comunale 12.03.2024", "2024-03-12"},
		{"COMUNE DI MATERA", "Potenza, 12/03/2024", ""}, // another town's: a letter quoted
		// Another body dates its notices from the town it sits in,
		// which its name need not hold.
		{"AMBITO TERRITORIALE SOCIALE XIX", "Fermo, 23/03/2026", "2026-03-23"},
		{"COMUNE DI MATERA", "Matera, lì ________________12/03/2024", "2024-03-12"},                                                                                            // a form's blank, the date typed over it
		{"COMUNITÀ DELLA VALLE DI SOLE", "Malé, dd. 11/05/2026", "2026-05-11"},                                                                                                 // Trentino's "de dato"
		{"COMUNE DI MONTONE", "Prot. n. 1402 – Montone, 18 marzo 2026", "2026-03-18"},                                                                                          // a letter's protocol, then its place and date
		{"COMUNE DI MONTONE", "PROTEZIONE CIVILE – SABATO 9 MAGGIO 2026", ""},                                                                                                  // no protocol: a title's day
		{"UNIONE DEI COMUNI VALLI STURA, ORBA E LEIRA", "SPORTELLO SUAP ASSOCIATO VENERDÌ 24 APRILE 2026", ""},                                                                 // another body's: a title's day all the same
		{"COMUNE DI ATTIMIS", "Attimis / Ahten, 16/03/2026", "2026-03-16"},                                                                                                     // the place in both languages
		{"COMUNE DI OVARO", "Dal municipi / Dalla Residenza municipale, 13/05/2026", "2026-05-13"},                                                                             // the town hall in the second
		{"COMUNE DI FUNES", "Funes, addì quattordici maggio duemilaventisei", "2026-05-14"},                                                                                    // the date in words
		{"COMUNE DI SASSO DI CASTALDA", "Dato in Sasso di Castalda, dalla Residenza Municipale, addì ventuno del mese di settembre\ndell'anno duemilaventisei.", "2026-09-21"}, // the formula in words over two lines
		{"COMUNE DI GIOIOSA IONICA", "Gioiosa Ionica, 12/03/2026 – Prot. n. 2871", "2026-03-12"},
		{"COMUNE DI LAZISE", "Reg. Sett. P.L. n. 18 – Lazise, 20/04/2026", "2026-04-20"},
		{"COMUNE DI SANNICANDRO DI BARI", "                                        Sannicandro di Bari,\n                                        12.05.2026", "2026-05-12"}, // the place over its date in a narrow column  // a register's number, then the place and date
		{"COMUNE DI BARISCIANO", "Prot. n. 1642 Barisciano, 18 marzo 2026", "2026-03-18"},
		{"UNIONE COMUNALE DEL CHIANTI FIORENTINO", "Prot. n. 1932 / 2.3   San Casciano in Val di Pesa, 26 marzo 2026", "2026-03-26"}, // the protocol's filing class after its number
		{"COMUNE DI MONTERCHI", "Monterchi                                        lì 15 maggio 2026", "2026-05-15"},                  // the place and its date in two cells of a row
		{"COMUNE DI MONTERCHI", "Arezzo                                        lì 15 maggio 2026", ""},                               // another town's                                                                                   // the place straight after the protocol's number               // the protocol after the place and date
	}
	// A letter's protocol number, its date under it, and no place and
	// date: the protocol dates it; a place and date, where printed, win.
	for _, tt := range []struct{ text, want string }{
		{"ENTE PARCO NAZIONALE DEL VESUVIO\nProt. n. 1874        Ai Sindaci dei Comuni del Parco\ndel 19/03/2026\nOGGETTO: Convocazione della Comunità del Parco.\n\nSi comunica che la Comunità del Parco è convocata.\n", "2026-03-19"},
		{"COMUNE DI VICO EQUENSE\nCERTIFICATO DI PUBBLICAZIONE\n\nIl sottoscritto Segretario Generale CERTIFICA\nche la deliberazione è stata pubblicata all'Albo Pretorio on line.\nVico Equense, ________02/04/2026\n", ""}, // a certificate of publication is dated as the act it certifies
		{"COMUNE DI TAORMINA\nProt. N. 0003127\ndel 06/02/2025\nDECRETO SINDACALE N. 5\nOggetto: Nomina.\n\nIL SINDACO\nDECRETA\nTaormina, 07/02/2025\n", "2025-02-07"},
		// A portal's print: its band and breadcrumb over the letterhead
		// push the stamp past the page's first lines, still above the
		// subject; a protocol cited in the body dates nothing.
		{"Albo Pretorio on line – Dettaglio pubblicazione\nHome > Amministrazione > Albo Pretorio > Avvisi\nSTEMMA\nCittà di Pagani\nProvincia di Salerno\nPiazza Bartolo Longo – 84016 Pagani (SA)\n                SETTORE POLITICHE SOCIALI\n                Ufficio di Piano – Servizi Sociali\n                Prot. n. 14872 del 15/04/2026\n        AVVISO PUBBLICO N. 7/2026\nOGGETTO: Contributi per il sostegno alla locazione.\nIL DIRIGENTE DEL SETTORE\nRENDE NOTO\nche le domande si presentano on line.\n", "2026-04-15"},
		// A body's sentence among the page's first lines cites another
		// paper's protocol: no stamp.
		{"COMUNE DI POLINAGO\nProvincia di Modena\nCorpo di Polizia Locale\nOrd. n. 18/2026 P.L.\nOGGETTO: Disciplina della circolazione.\nIL COMANDANTE DELLA POLIZIA LOCALE\nVista la richiesta della Pro Loco, assunta al prot. n. 2318 del 21/04/2026, per la\nmanifestazione;\nORDINA\n", ""},
		{"COMUNE DI BORGO\nProvincia di Salerno\nPiazza Municipio, 1\nSETTORE POLITICHE SOCIALI\nUfficio di Piano\n        AVVISO\nOGGETTO: Contributi per il sostegno alla locazione.\nSi comunica che le domande si presentano on line,\ncome disposto dalla Regione\ncon nota prot. n. 5 del 01/02/2026.\n", ""},
	} {
		if a := ParseAct(textDocument(tt.text)); a == nil || a.Date != tt.want {
			t.Errorf("%q: got %+v, want date %s", tt.text, a, tt.want)
		}
	}
	for _, tt := range tests {
		a := parseLines(t, tt.letterhead, "AVVISO", "Si rende noto che la seduta si terrà in via Roma.", tt.line, "IL SINDACO")
		if a.Date != tt.want {
			t.Errorf("%q: date %q, want %q", tt.line, a.Date, tt.want)
		}
	}
}

// TestProposalNumbers: the proposal's number is the one printed after its
// label, never the figure of the line under a label that heads a table's
// column.
func TestProposalNumbers(t *testing.T) {
	tests := []struct {
		lines  []string
		number int
		date   string
	}{
		{[]string{"Proposta n. 56 del 10/03/2024"}, 56, "2024-03-10"},
		{[]string{"Proposta n. 56 del", "10/03/2024"}, 56, "2024-03-10"},
		{[]string{"Proposta n. 9 di data 7 gennaio 2027"}, 9, "2027-01-07"}, // Trentino's "di data"
		{[]string{"| DELIBERA N. 187        | DATA 21/05/2025        | PROPOSTA N. 80          |", "|                       |                        | DEL 17/05/2025          |"}, 80, "2025-05-17"}, // its "DEL" on the cell's next line, a typed grid's bars about it
		{[]string{"Proposta n. 1.402 del 15/04/2026"}, 1402, "2026-04-15"},                                                                                        // the thousands' stop
		{[]string{"Numero    Data    Proposta n.", "187    21/05/2025    233"}, 233, ""},                                                                          // the cell under its label
		{[]string{"Proposta n.    Data proposta    Registro generale", "161    16/03/2026    143"}, 161, "2026-03-16"},                                            // its date under a label of its own
		{[]string{"REGISTRO GENERALE    DATA          PROPOSTA", "N. 187               21/05/2025    N. 241 del 27/11/2024"}, 241, "2024-11-27"},                  // the number and its date under the label
		{[]string{"N. REG. GEN.    DATA          PROPOSTA N.", "187             09.12.2024   2587"}, 0, ""},                                                       // the date's cell and the proposal's as one
		{[]string{"Numero registro generale    187    Data adozione    21/05/2025", "Numero proposta    298    Data proposta    06/05/2025"}, 298, "2025-05-06"},  // a grid, each value beside its label
		{[]string{"Numero registro generale    187    Data                21/05/2025", "Numero registro di settore    96    Data proposta    19/05/2025"}, 0, ""}, // a proposal's date is no proposal's number
		{[]string{"Registro generale    N. 187    Data    13/03/2026", "Proposta    N. 51    Data    11/03/2026"}, 51, "2026-03-11"},                              // a grid's "Data" label before its date
		{[]string{"Proposta:    n. 102 del 06/03/2026 – Servizio Lavori Pubblici e Mobilità"}, 102, "2026-03-06"},                                                 // the label's colon before its "n."
		{[]string{"Numero    Data          Codice Ente    Proposta n.", "42        14/04/2026    024024         51 del 09/04/2026"}, 51, "2026-04-09"},            // the label's "n." over figures and their date
		{[]string{"N. 14/2026 REG. AREA    PROPOSTA N. 71 ......... 18/05/2025"}, 71, "2025-05-18"},                                                               // the leaders standing for "del"
		{[]string{"REG. GEN. N. ...... 102    REG. A.A. N. ....... 31", "PROPOSTA N. ....... 38    DEL ................ 18/05/2025"}, 38, "2025-05-18"},           // a typed form's leaders
		{[]string{"Proposta di determinazione n. 45/2025 del 20/05/2025 – Settore proponente: Settore Servizi alla Persona"}, 45, "2025-05-20"},                   // the act it proposes named, the number's year
		{[]string{"Registro generale    DD 187/2025    Data    21/05/2025", "Proposta n.    PD 281/2025    del    19/05/2025"}, 281, "2025-05-19"},                // the register's letters and year about its figures
		{[]string{"                                Numero            Data", "VERBALE DI DELIBERAZIONE        1                 12/01/2029", "DEL CONSIGLIO COMUNALE          Proposta",
			"                                n. 3 del 05/01/2029 - Ufficio proponente: Area Amministrativa"}, 3, "2029-01-05"}, // the label alone, its number and date under it, wider than its column (mix-140-a's Pesche)
	}
	for _, tt := range tests {
		lines := append([]string{"COMUNE DI BORGO", "DETERMINAZIONE N. 187 DEL 21/05/2025"}, tt.lines...)
		a := parseLines(t, append(lines, "OGGETTO: Rimborso.", signedBody)...)
		if a.ProposalNumber != tt.number || a.ProposalDate != tt.date {
			t.Errorf("%q: proposal n. %d of %q, want n. %d of %q", tt.lines, a.ProposalNumber, a.ProposalDate, tt.number, tt.date)
		}
	}
}

// TestMunicipalityInHeading: a municipality named only inside the
// sentence that names the act is the act's; one named in any other line
// above the body may be another town.
func TestMunicipalityInHeading(t *testing.T) {
	tests := []struct{ lines, want string }{
		{"Verbale di deliberazione della Giunta Comunale del Comune di Teggiano – Provincia di Salerno\nDELIBERAZIONE nr. 112 del 09.10.2025", "Comune di Teggiano"},
		{"DELIBERAZIONE nr. 112 del 09.10.2025\nConvenzione per l'uso delle palestre del Comune di Sala Consilina", ""},
	}
	for _, tt := range tests {
		a := parseLines(t, tt.lines, "OGGETTO: Convenzione con la Pro Loco.", "L'anno duemilaventicinque si è riunita la Giunta.")
		if a.Municipality != tt.want {
			t.Errorf("%q: municipality %q, want %q", tt.lines, a.Municipality, tt.want)
		}
	}
}

// TestMunicipalityHeadings: the issuer is read from the forms a heading
// gives it, and a protocol stamp names no issuer.
func TestMunicipalityHeadings(t *testing.T) {
	tests := []struct{ heading, want string }{
		{"COMUNE DI SAN MARTINO - Provincia di Cuneo", "Comune di San Martino"},
		{"COMUNE DI SAN MARTINO (CN)", "Comune di San Martino"},
		{"COMUNE DI SAN MARTINO − AREA AMMINISTRATIVA", "Comune di San Martino"}, // a2ps's minus sign for the dash
		{"CITTÀ DI SAN MARTINO · Provincia di Cuneo", "Città di San Martino"},    // a middle dot before the province
		{"CITTÀ DI SAN MARTINO Provincia di Cuneo", "Città di San Martino"},      // the province run on after the name
		{"COMUNE DI SAN MARTINO Libero Consorzio Comunale di Ragusa", "Comune di San Martino"},
		{"PROVINCIA DI CUNEO\nCOMUNE DI SAN MARTINO", "Comune di San Martino"},
		{"Comune di\nSAN MARTINO", "Comune di San Martino"},
		{"COMUNE DI SAN MARTINO – Via Roma 1 – 12000 San Martino (CN) – Tel. 0171 123456", "Comune di San Martino"},
		{"COMUNE DI PIAZZA ARMERINA", "Comune di Piazza Armerina"},
		{"C O M U N E    D I    T A R Z O\nProvincia di Treviso", "Comune di Tarzo"},
		{"COMUNE DI SAN MARTINO — Via Roma 1, 12000 San Martino (CN)", "Comune di San Martino"}, // an em dash before the address // a typewriter's heading letter by letter, its words parted wide
		{"UNIONE MONTANA VALLE STURA", "Unione Montana Valle Stura"},
		{"COMUNITÀ MONTANA ALTA VALLE", "Comunità Montana Alta Valle"},
		{"UNIONE DI COMUNI TERRE DI MEZZO", "Unione di Comuni Terre di Mezzo"}, // as printed: Tuscany's Unioni are "di Comuni"
		{"UNIONE RENO GALLIERA", "Unione Reno Galliera"},
		{"UNIONE COMUNI DEL SORBARA", "Unione Comuni del Sorbara"},                                                     // as printed, with no "dei"
		{"UNIONE DEI COMUNI VALLI DEL RENO, LAVINO E SAMOGGIA", "Unione dei Comuni Valli del Reno, Lavino e Samoggia"}, // the valleys it joins, between commas
		{"UNIONE DEI COMUNI VALLE DEL SAVIO, Via Roma 1 – Cesena", "Unione dei Comuni Valle del Savio"},
		{"UNIONE MONTANA ALTA VAL DI CECINA Determinazione          n. 64", "Unione Montana Alta Val di Cecina"},           // a running head's kind after the name
		{"COMUNE DI SAN CASCIANO IN VAL DI PESA\nCittà Metropolitana di Firenze", "Comune di San Casciano in Val di Pesa"}, // a name's linked end longer than a name
		{"Unione dei Comuni valdostani\n               Mont-Cervin", "Unione dei Comuni valdostani Mont-Cervin"},           // an Unione's name in small letters gone on under it
		{"UNIONE DEI COMUNI\nTERRA DI LEUCA\nProvincia di Lecce", "Unione dei Comuni Terra di Leuca"},                      // the name under the title
		{"Ufficio di Presidenza del Consiglio comunale – Comune di San Martino", "Comune di San Martino"},                  // after the office's name and a dash
		{"Servizio Tributi – Città Metropolitana di Torino", ""},
		{"COMUNE DI SAN MARTINO, LA VALLE", "Comune di San Martino"},
		{"UNIONE EUROPEA\nCOMUNE DI SAN MARTINO", "Comune di San Martino"},
		{"COMUNE DI SAN MARTINO DI\nVENEZZE\nProvincia di Rovigo", "Comune di San Martino di Venezze"}, // the name wrapped
		{"COMUNE DI SAN GIORGIO DI                  Prot. n. 0004127 del\n                                              09/03/2026\nNOGARO\nRegione Autonoma Friuli Venezia Giulia", "Comune di San Giorgio di Nogaro"}, // wrapped past a stamp's line beside it
		{"COMUNE DI SAN MARTINO\nMEDAGLIA D'ORO AL VALOR CIVILE", "Comune di San Martino"},
		{"COMUNE DI SAN MARTINO\nCOPIA", "Comune di San Martino"},
		{"Provincia dell'Aquila\nSettore Viabilità, Edilizia Scolastica – Via Monte Cagno, 3", "Provincia dell'Aquila"}, // "of" with its article, as printed
		{"COMUNE DELLA SPEZIA", "Comune della Spezia"},
		{"COMUNEDI SAN MARTINO\nProvincia di Cuneo", "Comune di San Martino"},     // an OCR's lost space
		{"* COMUNE DI SAN MARTINO\nPROVINCIA DI' CUNEO", "Comune di San Martino"}, // an OCR's speck before it
		{"COMUNE DELIBERANTE SAN MARTINO", ""},                                    // no "of" at all
		{"COMUNE DI SAN MARTINO - PROC. DELIBERE      DELIBERAZIONE C.C. N. 27      PAG. 1 DI 2\n------------\nCITTA’ DI SAN MARTINO\nCITTA’ METROPOLITANA DI PALERMO", "Città di San Martino"}, // the letterhead alone on its line, not the running head
		{"CITTÀ DI SAN MARTINO        Copia\nCittà Metropolitana di Torino", "Città di San Martino"},                                                                                            // the province's line under it
		{"[stemma]   COMUNE DI SAN MARTINO\nProvincia di Cuneo", "Comune di San Martino"},                                                                                                       // a crest's caption before the name
		{"[logo Unione]   UNIONE MONTANA VALLE STURA", "Unione Montana Valle Stura"},
		{"CONSORZIO DI BONIFICA 4 BASSO VALDARNO\nEnte di diritto pubblico economico – L.R. Toscana 27 dicembre 2012, n. 79", "Consorzio di Bonifica 4 Basso Valdarno"}, // a body's number in its name
		{"AZIENDA SANITARIA 12345 VENEZIANA", ""}, // a postcode is no body's number
		{"PROVINCIA DEL SUD SARDEGNA", "Provincia del Sud Sardegna"},
		{"COMUNE DI SANNICANDRO DI BA-\nRI\nCittà Metropolitana di Bari", "Comune di Sannicandro di Bari"}, // a word broken at the line's end
		{"COMUNE DI SAN MARTINO Via Roma 1", ""},                                                           // no end to the name
		{"COMUNE DI SAN MARTINO - arrivo - Prot. 123 del 01/02/2024", ""},
		{"Provincia di Potenza – Piazza Mario Pagano, 1 – 85100 Potenza – PEC: protocollo@pec.provinciapotenza.it", "Provincia di Potenza"}, // a picture's caption: "protocollo@" is a mail address, no stamp
		// Another public body's letterhead, where no municipality heads
		// the page.
		{"CONSORZIO DI BONIFICA ACQUE RISORGIVE\nEnte pubblico economico – L.R. Veneto 8 maggio 2009, n. 12", "Consorzio di Bonifica Acque Risorgive"},
		{"AZIENDA SANITARIA PROVINCIALE DI CROTONE\nASP KR Servizio Sanitario Regionale – Sede legale: Via Mario Nicoletta", "Azienda Sanitaria Provinciale di Crotone"},
		{"CONSORZIO INTERCOMUNALE PER LA GESTIONE DEI SERVIZI\nSOCIO ASSISTENZIALI DEI COMUNI DELL'ALESSANDRINO\nVia Galimberti, 2/A – 15121 Alessandria", "Consorzio Intercomunale per la Gestione dei Servizi Socio Assistenziali dei Comuni dell'Alessandrino"}, // the name wrapped
		{"AMBITO TERRITORIALE SOCIALE XIX\nComitato dei Sindaci – Ufficio di Piano", "Ambito Territoriale Sociale XIX"},
		{"          ENTE PARCO REGIONALE MIGLIARINO SAN ROSSORE\nPARCO\n          MASSACIUCCOLI\n          Tenuta di San Rossore – 56122 Pisa", "Ente Parco Regionale Migliarino San Rossore Massaciuccoli"}, // wrapped past a crest's caption
		{"COMUNITÀ MONTANA VALSASSINA VALVARRONE VAL D'ESINO E\nRIVIERA\nProvincia di Lecco", "Comunità Montana Valsassina Valvarrone Val d'Esino e Riviera"},                                                // a long name wrapped
		{"C.I.S.S. 38 – CONSORZIO INTERCOMUNALE DEI SERVIZI SOCIALI\nCuorgnè (Città Metropolitana di Torino)", "C.I.S.S. 38 – Consorzio Intercomunale dei Servizi Sociali"},                                  // its acronym before its name
		{"C.O.V.A.R. 14 − CONSORZIO VALORIZZAZIONE RIFIUTI 14\nVia Cagliero, 3/I − 10041 CARIGNANO (TO)", "C.O.V.A.R. 14 − Consorzio Valorizzazione Rifiuti 14"},                                             // so after a minus sign for the dash
		{"ASL CN1 - AZIENDA SANITARIA LOCALE CN1\nSede legale: Via Carlo Boggio 12 - 12100 CUNEO", "ASL CN1 - Azienda Sanitaria Locale CN1"},                                                                 // a province's code and a number in the name
		{"ASL CN1           AZIENDA SANITARIA LOCALE CN1\n                  Sede legale: Via Carlo Boggio 12 – 12100 Cuneo", "Azienda Sanitaria Locale CN1"},                                                 // a logo's acronym gives way to the name beside it
		{"ASL BARI\nAzienda Sanitaria Locale della provincia di Bari\nLungomare Starita, 6 - 70132 Bari", "Azienda Sanitaria Locale della provincia di Bari"},                                                // under its acronym, in small letters
		{"ATO TOSCANA COSTA\nAutorità per il servizio di gestione integrata dei rifiuti urbani", "Ato Toscana Costa"},                                                                                        // an optimal area's authority
		{"PREFETTURA DI CATANZARO\nUfficio Territoriale del Governo", "Prefettura di Catanzaro"},
		{"REGIONE CALABRIA – SERVIZIO SANITARIO REGIONALE\nAZIENDA SANITARIA PROVINCIALE DI CATANZARO", "Azienda Sanitaria Provinciale di Catanzaro"}, // the Regione the body belongs to
		{"REGIONE CALABRIA\nDipartimento Tutela dell'Ambiente", "Regione Calabria"},
		{"Unité des Communes valdôtaines Mont-Rose\nRégion Autonome Vallée d'Aoste - Regione Autonoma Valle d'Aosta", "Unité des Communes valdôtaines Mont-Rose"}, // named in French only, over its Region
		{"Unité des Communes valdôtaines Mont-Émilius\nUnione dei Comuni valdostani Mont-Émilius", "Unione dei Comuni valdostani Mont-Émilius"},                   // its Italian name under it
		{"COMUNE DI SAN MARTINO\nCONSORZIO DEI SERVIZI SOCIALI", "Comune di San Martino"},                                                                         // a municipality first
		{"Consorzio di bonifica della pianura", ""},        // no letterhead's capitals
		{"AZIENDA SANITARIA PROVINCIALE – Via Roma 1", ""}, // an address, no name
	}
	for _, tt := range tests {
		a := parseLines(t, tt.heading, "DETERMINAZIONE N. 5 DEL 10/01/2024", "OGGETTO: Affidamento lavori.", signedBody)
		if a.Municipality != tt.want {
			t.Errorf("%q: municipality %q, want %q", tt.heading, a.Municipality, tt.want)
		}
	}
}

// TestMunicipalityNotInSentence: a line of the body that opens on
// "comune di …" goes on a sentence and names no issuer; another body's
// letterhead does.
func TestMunicipalityNotInSentence(t *testing.T) {
	a := parseLines(t, "CONSORZIO DI BONIFICA PIAVE", "DETERMINAZIONE N. 112 DEL 03/03/2026", "OGGETTO: Lavori sul canale Brentella.",
		"IL DIRETTORE GENERALE", "Visto che i lavori sul canale in", "comune di Crocetta del Montello, per l'importo di € 38.750,00, sono urgenti;")
	if a.Municipality != "Consorzio di Bonifica Piave" {
		t.Errorf("municipality %q, want the consortium's letterhead", a.Municipality)
	}
}

// TestLetterheadOnEveryPage: a letterhead a word processor repeats in
// each page's header is furniture on the pages after the first, and on
// the first the act's issuer; a Prefettura's title under its name is no
// office of it.
func TestLetterheadOnEveryPage(t *testing.T) {
	head := "COMUNITÀ MONTANA ALTA VALLE\nDEL SERCHIO E DEL LIMA\nProvincia di Lucca\n"
	first := head + "VERBALE DI DELIBERAZIONE DELLA GIUNTA ESECUTIVA N. 41 del 07/05/2026\nOGGETTO: Approvazione del progetto.\nL'anno duemilaventisei si è riunita la Giunta Esecutiva.\nDELIBERA\n1. di approvare il progetto."
	page := head + "2. di dare atto che la spesa trova copertura.\n3. di trasmettere il presente atto."
	a := ParseAct(textDocument(first + "\f" + page + "\f" + page))
	if a == nil || a.Municipality != "Comunità Montana Alta Valle del Serchio e del Lima" {
		t.Fatalf("got %+v, want the Comunità Montana as the issuer", a)
	}
	if len(a.OperativePoints) != 3 {
		t.Errorf("points %v: the repeated letterhead broke the decision", a.OperativePoints)
	}
	b := parseLines(t, "PREFETTURA DI CATANZARO", "Ufficio Territoriale del Governo", "CIRCOLARE N. 58/2025", "OGGETTO: Carta d'identità cartacea.", "Si comunica che")
	if b.Office != "" {
		t.Errorf("a Prefettura's title read as its office %q", b.Office)
	}
}

// TestLetterheadInLargeType: a public body's name printed in mixed case
// is its letterhead where it stands larger than the text under it; in the
// text's own size it is none.
func TestLetterheadInLargeType(t *testing.T) {
	tests := []struct {
		letterhead string
		size       float64
		want       string
	}{
		{"Azienda Sanitaria Locale di Potenza\nServizio Sanitario Regionale Basilicata – Sede legale: Via Torraca, 2", 15, "Azienda Sanitaria Locale di Potenza"},
		{"Ente Parco Nazionale del Cilento, Vallo di Diano e Alburni\nPiazza Santa Caterina, 8 – 84078 Vallo della Lucania (SA)", 14, "Ente Parco Nazionale del Cilento, Vallo di Diano e Alburni"}, // a comma inside the name
		{"Ente Parco Nazionale dell'Appennino Lucano\nVal d'Agri Lagonegrese\nVia Manzoni, 1 – 85052 Marsico Nuovo (PZ)", 14, "Ente Parco Nazionale dell'Appennino Lucano Val d'Agri Lagonegrese"},  // wrapped
		{"Consorzio di Bonifica della Pianura\nEnte pubblico economico", 15, "Consorzio di Bonifica della Pianura"},                                                                                 // a legal form under it is no name
		{"COMUNITÀ DI MONTAGNA DELLA CARNIA\nCjargne – Regione Autonoma Friuli Venezia Giulia", 16, "Comunità di Montagna della Carnia"},
		{"Ente Parco Nazionale dell’Asinara\nArea Marina Protetta «Isola dell’Asinara»", 15, "Ente Parco Nazionale dell’Asinara"},                                               // elided with a typographic apostrophe
		{"Consorzio di Bonifica 2 Alto Valdarno\nEnte di diritto pubblico economico", 15, "Consorzio di Bonifica 2 Alto Valdarno"},                                              // the body's number among its words
		{"Ente Parco Nazionale del Gran Sasso e Monti della Laga\nVia del Convento, 1 – 67100 Assergi (AQ)", 11.6, "Ente Parco Nazionale del Gran Sasso e Monti della Laga"},    // a little larger, atop the page
		{"CONSORZIO DI BONIFICA 3 MEDIO VALDARNO – Ente pubblico economico ai sensi della L.R. Toscana 27 dicembre 2012, n. 79", 7.5, "Consorzio di Bonifica 3 Medio Valdarno"}, // a picture's caption in capitals, its law after a dash
		{"Azienda Socio-Sanitaria Locale n. 4 dell'Ogliastra\nVia Piscinas – 08045 Lanusei (NU)", 14, "Azienda Socio-Sanitaria Locale n. 4 dell'Ogliastra"},                     // the body's number in its name
		{"Azienda Sanitaria Locale di Potenza\nServizio Sanitario Regionale Basilicata", 11, ""},                                                                                // the text's own size
	}
	for _, tt := range tests {
		doc := textDocument(tt.letterhead + "\nDETERMINAZIONE N. 5 DEL 10/01/2024\nOGGETTO: Affidamento lavori.\n" + signedBody + "\n")
		heads := strings.Count(tt.letterhead, "\n") + 1
		for i, r := range doc.Pages[0].Runs {
			if r.Y > 800-14*float64(heads) {
				doc.Pages[0].Runs[i].Size = tt.size
			}
		}
		a := ParseAct(doc)
		if a == nil || a.Municipality != tt.want {
			t.Errorf("%q: got %+v, want municipality %q", tt.letterhead, a, tt.want)
		}
	}
}

func TestCanonicalMunicipality(t *testing.T) {
	tests := []struct{ title, name, want string }{
		{"CITTA'", "LAMEZIA TERME", "Città di Lamezia Terme"},
		{"Citta’", "Lamezia Terme", "Città di Lamezia Terme"},
		{"CITTÀ METROPOLITANA DI", "ROMA CAPITALE", "Città Metropolitana di Roma Capitale"},
		{"Comune di", "San Giovanni in Fiore", "Comune di San Giovanni in Fiore"},
		{"COMUNE DI", "VIGLIANO-BIELLESE", "Comune di Vigliano-Biellese"},
		{"COMUNE DI", "SANT'ANGELO A CUPOLO", "Comune di Sant'Angelo a Cupolo"},
		{"UNIONE DEI COMUNI", "DELLA VALLE DEL SAVIO", "Unione dei Comuni della Valle del Savio"},
		{"COMUNE DI", "CASTIGLIONE IN TEVERINA", "Comune di Castiglione in Teverina"},
		{"COMUNE DI", "LA SPEZIA", "Comune di La Spezia"},
		{"PROVINCIA DELL'", "AQUILA", "Provincia dell'Aquila"},
		{"Comune  della", "Spezia", "Comune della Spezia"},
	}
	for _, tt := range tests {
		if got := issuerName(canonicalTitle(tt.title), canonicalName(tt.name)); got != tt.want {
			t.Errorf("%q %q = %q, want %q", tt.title, tt.name, got, tt.want)
		}
	}
}

func TestTitleCase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"GIUNTA COMUNALE", "Giunta Comunale"},
		{"SETTORE I – AFFARI GENERALI", "Settore I – Affari Generali"}, // a numeral
		{"COMMISSIONE STRAORDINARIA CON I POTERI DELLA GIUNTA", "Commissione Straordinaria con i Poteri della Giunta"},
		{"LA SPEZIA", "La Spezia"},
		{"RESPONSABILE DELL'AREA TECNICA", "Responsabile dell'Area Tecnica"}, // an elided small word
		{"SETTORE SVILUPPO DELL’ECONOMIA", "Settore Sviluppo dell’Economia"},
		{"L'AQUILA", "L'Aquila"},
		{"SANT'ANGELO", "Sant'Angelo"},
		{"UFFICIO D'AMBITO", "Ufficio d'Ambito"},
		{"UFFICIO TECNICO E ATTIVITÀ PRODUTTIVE", "Ufficio Tecnico e Attività Produttive"},
		{"RESPONSABILE DEL SETTORE II", "Responsabile del Settore II"}, // a numeral of two letters
		{"III SETTORE - SERVIZI SOCIALI", "III Settore - Servizi Sociali"},
		{"AREA XIV", "Area XIV"},
		{"SERVIZI VI ATTIVATI", "Servizi Vi Attivati"}, // no office it numbers
	}
	for _, tt := range tests {
		if got := titleCase(tt.in); got != tt.want {
			t.Errorf("titleCase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestQualifierOrgan(t *testing.T) {
	tests := []struct{ in, want string }{
		{"DELLA GIUNTA COMUNALE", "Giunta Comunale"},
		{"di G.C.", "Giunta Comunale"},
		{"del Consiglio", "Consiglio Comunale"},
		{"DIRIGENZIALE", "Dirigente"},
		{"ORDINANZE SINDACALI", ""},
		{"SINDACALI", "Sindaco"},
		{"DEL RESPONSABILE DEL SERVIZIO", "Responsabile del Servizio"},
		{"del Commissario Straordinario", "Commissario Straordinario"},
		// a council dissolved, its powers with a prefect's commission:
		// the commission, whichever body's powers it holds
		{"DELLA COMMISSIONE STRAORDINARIA CON I POTERI DEL CONSIGLIO COMUNALE", "Commissione Straordinaria"},
		{"DEL COMMISSARIO STRAORDINARIO NELLE FUNZIONI E CON I POTERI DELLA GIUNTA", "Commissario Straordinario"},
		{"DELLA GIUNTA COMUNALE DEL COMUNE DI TEGGIANO", "Giunta Comunale"}, // the municipality it is the organ of

		{"G.C.", "Giunta Comunale"}, // initials alone
		{"C.C.", "Consiglio Comunale"},
		{"DI RILASCIO PERMESSO DI COSTRUIRE", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := qualifierOrgan(tt.in); got != tt.want {
			t.Errorf("qualifierOrgan(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHeadingQualifier: a heading's qualifier runs to its number, a
// hyphenated name whole ("ECONOMICO-FINANZIARIA"), a dash between spaces
// ending it.
func TestHeadingQualifier(t *testing.T) {
	tests := []struct{ heading, kind, organ string }{
		{"DETERMINAZIONE DEL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA", "determinazione", "Responsabile dell'Area Economico-finanziaria"}, // titleCase's reading of a hyphenated word
		{"DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO - N. 12", "determinazione", "Responsabile del Servizio"},
		{"ORDINANZA SINDACALE N. 33", "ordinanza", "Sindaco"},
		// the minutes of a body that deliberates record a deliberation
		{"VERBALE DELLA SEDUTA DEL CONSIGLIO COMUNALE DEL 17 MARZO 2026", "deliberazione", "Consiglio Comunale"},
		{"Verbale della seduta consiliare del 20 febbraio 2026", "deliberazione", "Consiglio Comunale"},
		{"ESTRATTO DAL VERBALE DELLA DEPUTAZIONE AMMINISTRATIVA Seduta del 16 aprile", "deliberazione", "Deputazione Amministrativa"},
		{"VERBALE DELLA GIUNTA COMUNALE N. 12", "deliberazione", "Giunta Comunale"},
		{"VERBALE DELLA COMMISSIONE ELETTORALE COMUNALE N. 4", "verbale", "Commissione Elettorale Comunale"},
		{"VERBALE DI GARA N. 2", "verbale", ""},
		{"RELATA DI NOTIFICA", "relata", ""}, // a messenger's report of a notice served
		{"RELATA DI PUBBLICAZIONE", "attestazione", ""},
	}
	for _, tt := range tests {
		g := headingKindRE().FindStringSubmatch(tt.heading)
		if g == nil {
			t.Errorf("%q: no heading", tt.heading)
			continue
		}
		if kind, organ := headingKind(g); kind != tt.kind || organ != tt.organ {
			t.Errorf("%q: %q, %q; want %q, %q", tt.heading, kind, organ, tt.kind, tt.organ)
		}
	}
}

// TestHeaderPageBounded: a hostile page of tens of thousands of cells is
// read for its header from its first maxHeaderCells cells alone, so that
// stacking them into columns stays cheap.
func TestHeaderPageBounded(t *testing.T) {
	doc := textDocument("COMUNE DI BORGO\nDETERMINAZIONE N. 5 DEL 10/01/2024\n" + strings.Repeat("N.    12    ", 20000) + "\n")
	cells := headerPage(doc, subjectLines{})
	if len(cells) != maxHeaderCells {
		t.Fatalf("%d cells read, want the first %d", len(cells), maxHeaderCells)
	}
	if a := ParseAct(doc); a == nil || a.Number != 5 || a.Date != "2024-01-10" {
		t.Errorf("the header above the cells: %+v", a)
	}
}

// TestNumberedNoticeTitle: a numbered avviso's title under its heading is
// its subject when it is set in capitals or larger than the text; a
// sentence of the body set as the text is, is not.
func TestNumberedNoticeTitle(t *testing.T) {
	const heading = "CITTÀ DI APRILIA\nSETTORE II – SERVIZI ALLA PERSONA\n                 AVVISO PUBBLICO N. 7/2026\n"
	const body = "IL DIRIGENTE\nVisti la Legge 9 dicembre 1998, n. 431, e la deliberazione della Giunta Comunale n. 9;\nRENDE NOTO\nche dal 26/01/2026 al 27/02/2026 i cittadini possono presentare domanda.\n"
	tests := []struct {
		name, title string
		titleSize   float64
		titleFont   string
		want        string
	}{
		{"a title in small letters in bold, a little larger than the text", "Concessione di contributi a sostegno di manifestazioni ed eventi di interesse turistico – anno 2026\n", 11.5, "LiberationSerif-Bold",
			"Concessione di contributi a sostegno di manifestazioni ed eventi di interesse turistico – anno 2026"},
		{"a title in small letters set larger than the text", "Contributi economici a sostegno del pagamento dei canoni di locazione – Anno\n2026\n", 13, "",
			"Contributi economici a sostegno del pagamento dei canoni di locazione – Anno 2026"},
		{"a title in capitals", "CONTRIBUTI PER IL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026\n", 11, "",
			"CONTRIBUTI PER IL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026"},
		{"the body's first sentence set as the text is", "Si rende noto che è indetto il bando per i contributi alla locazione per l'anno 2026.\n", 11, "",
			"AVVISO PUBBLICO N. 7/2026"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := textDocument(heading + tt.title + body)
			for i, r := range doc.Pages[0].Runs {
				if strings.Contains(tt.title, r.Text) {
					doc.Pages[0].Runs[i].Size, doc.Pages[0].Runs[i].Font = tt.titleSize, tt.titleFont
				}
			}
			a := ParseAct(doc)
			if a == nil || a.Subject != tt.want {
				t.Errorf("got %+v, want subject %q", a, tt.want)
			}
		})
	}
}

// TestCertificateForms: a certificate of publication gives the act it
// certifies in a form's rows, a law's number cited under its heading no
// part of them, whether each row's value stands in a cell of its own or
// after dot leaders and a colon.
func TestCertificateForms(t *testing.T) {
	tests := []struct {
		name, text, date, subject string
		number                    int
	}{
		{"a form's cells under a law's citation", "CONSORZIO DI BONIFICA ACQUE RISORGIVE\nCERTIFICATO DI PUBBLICAZIONE\n(art. 32 della L. 18 giugno 2009, n. 69 – art. 21 dello Statuto consortile)\nAtto        Deliberazione del Consiglio di Amministrazione\nNumero        21\nData di adozione        05/03/2026\nOggetto        Lavori sul canale Menegon.\n\nIl sottoscritto Segretario\nCERTIFICA\n",
			"2026-03-05", "Lavori sul canale Menegon.", 21},
		{"a report's rows with dot leaders", "COMUNE DI PATERNO\nCERTIFICATO DI PUBBLICAZIONE\n(art. 124 D.Lgs. 18/08/2000 n. 267 - art. 32 L. 69/2009)\nTipo atto ...............: DELIBERAZIONE DELLA GIUNTA MUNICIPALE\nNumero atto .............: 45\nData atto ...............: 10/03/2026\nOggetto .................: APPROVAZIONE DELLO SCHEMA DI CONVENZIONE.\n\nIl sottoscritto Messo Comunale\nCERTIFICA\n",
			"2026-03-10", "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE.", 45},
		{"an OCR's semicolon in the law's citation", "COMUNE DI TORREMAGGIORE\nCERTIFICATO DI PUBBLICAZIONE\n(ant, 124 del D.Lgs. 18 agosto 2000; n. 267 — art. 32 della L. 18 giugno 2009, n. 69)\nAtto:        Deliberazione della Giunta Comunale\nNumero:        41\nData:        05/03/2026\nOggetto:        CONCESSIONE DI CONTRIBUTO ALLA PRO LOCO.\n\nIl sottoscritto Messo Comunale, visti gli atti d'ufficio,\nATTESTA\n",
			"2026-03-05", "CONCESSIONE DI CONTRIBUTO ALLA PRO LOCO.", 41},
		{"a certificate of \"avvenuta pubblicazione\", its sentence under its verb", "COMUNE DI BOVOLONE\nCERTIFICATO DI AVVENUTA PUBBLICAZIONE\n\nIl sottoscritto Segretario Comunale, visti gli atti d'ufficio,\nCERTIFICA\nche copia della deliberazione del Consiglio Comunale n. 12 del 24/03/2026\navente ad oggetto:\nAPPROVAZIONE DEL PIANO COMUNALE DI PROTEZIONE CIVILE.\n\nè stata pubblicata all'Albo Pretorio on line.\n",
			"2026-03-24", "APPROVAZIONE DEL PIANO COMUNALE DI PROTEZIONE CIVILE.", 12},
		{"a relata di notifica's form naming the act it served", "COMUNE DI LUCO DEI MARSI\nUFFICIO MESSI NOTIFICATORI\nRegistro cronologico n. 287/2026\n          RELATA DI NOTIFICA\n\nATTO DA NOTIFICARE : ORDINANZA SINDACALE N. 19 DEL 07/07/2026\nOGGETTO            : RIMOZIONE DEI RIFIUTI ABBANDONATI.\n\nIo sottoscritto Messo Notificatore ho notificato l'atto sopra indicato a:\n",
			"2026-07-07", "RIMOZIONE DEI RIFIUTI ABBANDONATI.", 19},
		{"a relata's sentence naming the act it served", "COMUNE DI ROCCAMONFINA\n          RELATA DI NOTIFICA\n\nL'anno duemilaventisei, addì quattordici del mese di aprile, io sottoscritto Messo Notificatore\ndel Comune di Roccamonfina ho notificato\nl'Ordinanza dirigenziale n. 11 del 09.04.2026 avente ad oggetto:\nIngiunzione di demolizione delle opere abusive.\nal sig. DI LORENZO Pasquale, nato a Teano il 03.05.1961.\n",
			"2026-04-09", "Ingiunzione di demolizione delle opere abusive.", 11},
		{"a relata's form, who issued the act between its number and its subject, whom it was served to a field", "COMUNE DI SAN MARTINO IN PENSILIS\n          RELATA DI NOTIFICA\n\nIl sottoscritto Giuseppe MUSACCHIO, Messo Comunale, DICHIARA\ndi aver notificato il giorno 11/01/2027 alle ore 10.40\nl'atto:   ORDINANZA n. 2 del 07/01/2027\nemesso da: Responsabile del Settore Tecnico\navente ad oggetto:\n MESSA IN SICUREZZA DEL FABBRICATO PERICOLANTE SITO IN VIA GIUSEPPE\n GARIBALDI N. 41 - ORDINANZA AI PROPRIETARI\n\na: ____________________\n    MARINELLI Antonio\n",
			"2027-01-07", "MESSA IN SICUREZZA DEL FABBRICATO PERICOLANTE SITO IN VIA GIUSEPPE GARIBALDI N. 41 - ORDINANZA AI PROPRIETARI", 2},
		{"a bilingual certifying verb", "COMUNE DI QUART    COMMUNE DE QUART\n          RELATA DI PUBBLICAZIONE\n          RELATION DE PUBLICATION\n\nIl sottoscritto Messo comunale, visti gli atti d’ufficio,\n          ATTESTA / ATTESTE\nche la determinazione dell’Area economico-finanziaria\nn. 143 del 13/10/2026\navente per oggetto:\nRimborso IMU.\ne’ stata affissa all’Albo pretorio on line.\n",
			"2026-10-13", "Rimborso IMU.", 143},
		{"a form's options, the chosen one ticked by a letter", "COMUNE DI BEVAGNA\nATTESTAZIONE DI PUBBLICAZIONE\n\nIl sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,\nATTESTA\nche la deliberazione del/della        X Giunta Comunale        Consiglio Comunale\nn. 29 del 05/03/2026\navente ad oggetto:\nMERCATO DELLE GAITE 2026.\n\nè stata pubblicata all'Albo Pretorio on line.\n",
			"2026-03-05", "MERCATO DELLE GAITE 2026.", 29},
		{"a sentence under the verb, its blanks filled in", "COMUNE DI SORGONO\nCERTIFICATO DI PUBBLICAZIONE\n\nIl sottoscritto Responsabile del Servizio, visti gli atti d'ufficio,\nCERTIFICA\nche copia della deliberazione della ___Giunta Comunale___ n. ___23___ del ___05/03/2026\navente ad oggetto: __Adesione al progetto «Biblioteche in rete»._________\nè stata pubblicata all'Albo Pretorio on line in data ___13/03/2026___\n",
			"2026-03-05", "Adesione al progetto «Biblioteche in rete».", 23},
		{"a form's boxes, one ticked", "COMUNE DI POMIGLIANO D'ARCO\nCERTIFICATO DI PUBBLICAZIONE\n\nIl sottoscritto, visti gli atti d'ufficio,\nCERTIFICA\nche copia della deliberazione adottata dal\n☐ Consiglio Comunale ☒ Giunta Comunale ☐ Commissario Straordinario\nn. _____42_____ del ___10/03/2026_____ avente ad oggetto:\nApprovazione del progetto “Estate Ragazzi 2026”.______\nè stata pubblicata all'Albo Pretorio on line\n",
			"2026-03-10", "Approvazione del progetto “Estate Ragazzi 2026”.", 42},
		{"the act certified above the verb, its blanks filled in", "COMUNE DI MOSCIANO SANT'ANGELO\nATTESTAZIONE DI PUBBLICAZIONE\n(art. 124 del D.Lgs. 18 agosto 2000, n. 267)\nDeliberazione della __Giunta Comunale__ n. ___34___ del __10/03/2026__\nOggetto: APPROVAZIONE DEL PROGRAMMA DELLE MANIFESTAZIONI ESTIVE.\n\nIl sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,\nATTESTA\nche copia della deliberazione sopra indicata e' stata pubblicata all'Albo Pretorio on line.\n",
			"2026-03-10", "APPROVAZIONE DEL PROGRAMMA DELLE MANIFESTAZIONI ESTIVE.", 34},
		{"the Albo's number of the publication over the act certified", "COMUNE DI OSSI\n                 CERTIFICATO DI PUBBLICAZIONE\n         (art. 124 del D.Lgs. 18 agosto 2000, n. 267)\nN. 112 del Registro delle Pubblicazioni                    Ossi, 10/02/2028\nDeliberazione della Giunta Comunale N. 14 del 08/02/2028\nOGGETTO: Patrocinio al Carnevale 2028.\n\nIl sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,\n                 CERTIFICA\nche copia della deliberazione in oggetto è stata pubblicata all'Albo Pretorio on line.\n",
			"2028-02-08", "Patrocinio al Carnevale 2028.", 14},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ParseAct(textDocument(tt.text))
			if a == nil || a.Number != tt.number || a.Date != tt.date || a.Subject != tt.subject {
				t.Errorf("got %+v, want n. %d of %s, %q", a, tt.number, tt.date, tt.subject)
			}
		})
	}
}

// TestDeliberationRegisterForms: a minute's number printed with its
// register's label after it, then its date.
func TestDeliberationRegisterForms(t *testing.T) {
	tests := []struct {
		heading string
		number  int
		date    string
	}{
		{"COPIA DI DELIBERAZIONE DELLA\nGIUNTA COMUNALE\nN. 38 REG. DEL. DATA 10/03/2026", 38, "2026-03-10"},
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE\nN. 38 REG. GEN. DEL 10/03/2026", 38, "2026-03-10"},
		{"DELIBERAZIONE G.C. N. 38/2026   PAG. 1\nVERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE\nN. 38 DEL 10/03/2026", 38, "2026-03-10"}, // a running head's number, undated
		// a report's box drawn with characters
		{"VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE\n+------------------------+-------------------------+\n| DELIBERA N.    38      | DEL 10/03/2026          |\n+------------------------+-------------------------+", 38, "2026-03-10"},
		{"VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE\n| DELIBERAZIONE N. ....: 38                    DATA SEDUTA ....: 10/03/2026 |", 38, "2026-03-10"},
	}
	for _, tt := range tests {
		a := parseLines(t, "COMUNE DI CASTIONE", tt.heading, "OGGETTO: Lavori.", "LA GIUNTA COMUNALE", "Visto")
		if a.Number != tt.number || a.Date != tt.date {
			t.Errorf("%q: n. %d of %q, want n. %d of %q", tt.heading, a.Number, a.Date, tt.number, tt.date)
		}
	}
}

// TestCellDate: the date a register's cell prints right of its number,
// after its label, which may name the register it dates.
func TestCellDate(t *testing.T) {
	tests := []struct{ cell, want string }{
		{"del 06/03/2026", "06/03/2026"},
		{"Data: 06/03/2026", "06/03/2026"},
		{"Data Reg. Gen.: 06/03/2026", "06/03/2026"},
		{"Data Registro Generale 06/03/2026", "06/03/2026"},
		{"Data proposta: 06/03/2026", ""}, // another thing's date
	}
	for _, tt := range tests {
		got := ""
		if g := cellDateRE().FindStringSubmatch(tt.cell); g != nil {
			got = g[1]
		}
		if got != tt.want {
			t.Errorf("%q: date %q, want %q", tt.cell, got, tt.want)
		}
	}
}

// TestPosterTitle: a poster sets its title in large capitals far under
// its bare heading; a heading of the text there is no title.
func TestPosterTitle(t *testing.T) {
	poster := func(title string, size float64) *pdftext.File {
		p := pdftext.Page{Number: 1, Width: 595, Height: 842}
		line := func(y, size float64, text string) {
			p.Runs = append(p.Runs, pdftext.Run{X: 60, Y: y, W: 0.5 * size * float64(len(text)), Size: size, Text: text})
		}
		line(798, 22, "COMUNE DI PONTE DI LEGNO")
		line(676, 34, "AVVISO")
		line(652, 14, "ALLA CITTADINANZA")
		line(599, size, title)
		for i := range 6 {
			line(446-14*float64(i), 10, "Si informa la cittadinanza che la strada resterà chiusa per lavori urgenti;")
		}
		return &pdftext.File{Pages: []pdftext.Page{p}}
	}
	tests := []struct {
		title string
		size  float64
		want  string
	}{
		{"CHIUSURA TEMPORANEA DELLA STRADA COMUNALE", 14.5, "CHIUSURA TEMPORANEA DELLA STRADA COMUNALE"},
		{"IL SINDACO", 14.5, "AVVISO"},                              // the text's heading, no title: the heading names the notice
		{"CHIUSURA TEMPORANEA DELLA STRADA COMUNALE", 10, "AVVISO"}, // in the text's type: not set apart
	}
	for _, tt := range tests {
		if a := ParseAct(poster(tt.title, tt.size)); a == nil || a.Subject != tt.want {
			t.Errorf("%q in %.1f points: got %+v, want subject %q", tt.title, tt.size, a, tt.want)
		}
	}
}

// TestSubjectUnderItsHeading: "OGGETTO" alone, centred as a heading over
// the subject's lines, which start left of it and end right of it: the
// subject is those lines whole, not their words right of the label.
func TestSubjectUnderItsHeading(t *testing.T) {
	p := pdftext.Page{Number: 1, Width: 595, Height: 842}
	line := func(x, y, size float64, text string) {
		p.Runs = append(p.Runs, pdftext.Run{X: x, Y: y, W: 0.5 * size * float64(len(text)), Size: size, Text: text})
	}
	line(365, 785, 13, "COMUNE DI CAMPO TURES")
	line(317, 726, 12, "Deliberazione della Giunta comunale")
	line(405, 709, 12, "n. 118")
	line(308, 687, 9.3, "Seduta del 08.04.2026 ore 17:00")
	line(395, 351, 10.5, "OGGETTO")
	line(308, 336, 9.3, "Approvazione del progetto esecutivo per la")
	line(308, 324, 9.3, "riqualificazione del parco giochi in località Molini di")
	line(308, 312, 9.3, "Tures – CUP J47H25001230004")
	line(308, 288, 9.3, "Visto il progetto esecutivo redatto dall'arch. Lisa Pircher;")
	line(400, 260, 10.5, "delibera")
	line(308, 244, 9.3, "1. di approvare il progetto esecutivo.")
	a := ParseAct(&pdftext.File{Pages: []pdftext.Page{p}})
	want := "Approvazione del progetto esecutivo per la riqualificazione del parco giochi in località Molini di Tures – CUP J47H25001230004"
	if a == nil || a.Subject != want {
		t.Errorf("got %+v, want subject %q", a, want)
	}
}

// TestSessionLineUnderSubject: a deliberation whose minute opens with no
// dated sentence is dated by the line that names its session, wherever
// the header sets it: under the subject, its time after it.
func TestSessionLineUnderSubject(t *testing.T) {
	a := parseLines(t, "COMUNE DI VELTURNO", "DELIBERAZIONE DELLA GIUNTA COMUNALE", "n. 58",
		"Oggetto: Approvazione del progetto esecutivo del marciapiede.",
		"                    Seduta del 14.04.2026 – ore 18:00",
		"Previo esaurimento delle formalità prescritte dalla legge, vennero convocati i componenti della Giunta comunale.",
		"LA GIUNTA COMUNALE", "Visto il progetto")
	if a.Number != 58 || a.Date != "2026-04-14" || a.Time != "18:00" {
		t.Errorf("n. %d of %q at %q, want n. 58 of 2026-04-14 at 18:00", a.Number, a.Date, a.Time)
	}
}

// TestBannsActNumber: the banns' "Atto n. 4 – Parte I – Anno 2026"
// under their heading is their number, whatever the letterhead above it.
func TestBannsActNumber(t *testing.T) {
	a := parseLines(t, "COMUNE DI PATTADA", "Provincia di Sassari", "SERVIZI DEMOGRAFICI – UFFICIO DELLO STATO CIVILE",
		"            PUBBLICAZIONE DI MATRIMONIO", "            Atto n. 4 – Parte I – Anno 2026",
		"Io sottoscritto, Ufficiale dello Stato Civile del Comune di Pattada, a richiesta dei nubendi,", "RENDO NOTO")
	if a.Kind != "pubblicazione di matrimonio" || a.Number != 4 {
		t.Errorf("%q n. %d, want the banns n. 4", a.Kind, a.Number)
	}
}

// TestConvocationTime: a convocation is dated by its letter, and timed
// by the session it convenes, its first call's.
func TestConvocationTime(t *testing.T) {
	a := parseLines(t, "COMUNE DI GALLIATE", "Prot. n. 7412", "Galliate, 13 aprile 2026",
		"          CONVOCAZIONE DEL CONSIGLIO COMUNALE",
		"Il Presidente del Consiglio Comunale, visto l’art. 39 del D.Lgs. 18 agosto 2000, n. 267,",
		"                              CONVOCA",
		"il Consiglio Comunale per il giorno martedì 21 aprile 2026 alle ore 21:00 per la trattazione del seguente",
		"                          ORDINE DEL GIORNO",
		"1. Comunicazioni del Sindaco.",
		"In caso di mancanza del numero legale, la seconda convocazione è fissata per giovedì 23 aprile 2026 alle ore 20:30.")
	if a.Kind != "convocazione" || a.Date != "2026-04-13" || a.Time != "21:00" {
		t.Errorf("%q of %q at %q, want a convocazione of 2026-04-13 at 21:00", a.Kind, a.Date, a.Time)
	}
}

// TestRegisterLabelsBesideHeading: a grid of registers' labels over their
// numbers, less than two lines apart, the act's heading left of them on a
// baseline between theirs: the labels name the numbers under them (the
// heading between a letterhead and a number, lines apart, would not).
func TestRegisterLabelsBesideHeading(t *testing.T) {
	doc := textDocument(`                 COMUNE DI SERVIGLIANO
              SETTORE ECONOMICO-FINANZIARIO
                                    Registro di Settore          Registro Generale
DETERMINAZIONE DEL RESPONSABILE
                                    N. 21 del 13-02-2026         N. 74 del 13-02-2026
Oggetto: Liquidazione della fattura n. 12/PA del 30/01/2026.

                 IL RESPONSABILE DEL SETTORE
Premesso che
`)
	runs := doc.Pages[0].Runs
	var labelY float64
	for i, r := range runs {
		switch {
		case r.Text == "Registro di Settore":
			labelY = r.Y
		case r.Text == "DETERMINAZIONE DEL RESPONSABILE":
			runs[i].Y = labelY - 5
		case strings.HasPrefix(r.Text, "N. "):
			runs[i].Y = labelY - 10
		}
	}
	a := ParseAct(doc)
	if a == nil || a.Number != 74 || a.SectorNumber != 21 || a.Date != "2026-02-13" {
		t.Errorf("got %+v, want n. 74 of the general register, 21 of the sector's, 13/02/2026", a)
	}
}

// TestTitleInSmallLetters: a convocation's heading in small letters, set
// in large type alone on its line as a web page's title, names the act's
// kind and is its subject.
func TestTitleInSmallLetters(t *testing.T) {
	doc := textDocument(`COMUNE DI MOSCUFO
Protocollo     n. 2214          Data      15/04/2026
Ai Sigg. Consiglieri comunali – LORO SEDI
Convocazione del Consiglio Comunale
Sessione ordinaria – seduta pubblica di prima convocazione
Il Sindaco, ai sensi dell’art. 39, comma 3, del D.Lgs. 18 agosto 2000, n. 267,
                         CONVOCA
il Consiglio Comunale in sessione ordinaria.
`)
	for i, r := range doc.Pages[0].Runs {
		if r.Text == "Convocazione del Consiglio Comunale" {
			doc.Pages[0].Runs[i].Size = 16
		}
	}
	a := ParseAct(doc)
	if a == nil || a.Kind != "convocazione" || a.Subject != "Convocazione del Consiglio Comunale" {
		t.Errorf("got %+v, want a convocazione titled by its large heading", a)
	}
}

// TestNoticeTitleUnderLanguageLabel: a numbered notice's heading in large
// type, the language's label of the text under it ("TESTO ITALIANO"), then
// the title that restates its kind: the title is the subject.
func TestNoticeTitleUnderLanguageLabel(t *testing.T) {
	doc := textDocument("COMUNE DI DOBERDÒ DEL LAGO\n                AVVISO PUBBLICO n. 2/2026\n                  TESTO ITALIANO\n" +
		"Avviso pubblico per la concessione di contributi alle associazioni per l’anno 2026\n\n" +
		"Il Responsabile del Servizio, in esecuzione della deliberazione della Giunta comunale,\n")
	for i, r := range doc.Pages[0].Runs {
		if strings.HasPrefix(r.Text, "AVVISO PUBBLICO") {
			doc.Pages[0].Runs[i].Size = 15
		}
	}
	a := ParseAct(doc)
	if a == nil || a.Kind != "avviso" || a.Subject != "Avviso pubblico per la concessione di contributi alle associazioni per l’anno 2026" {
		t.Errorf("got %+v, want the avviso titled by the line under the language's label", a)
	}
}

// TestItalianLabels: a bilingual label reads as its Italian side, alone
// in its cell or among the figures it labels; two Italian labels over
// their values, or a slash between other words, stay as printed.
func TestItalianLabels(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Datum / Data", "Data"},
		{"N. / N°", "N."},
		{"št. / n. 7 z dne / del 11.05.2026", "n. 7 del 11.05.2026"},
		{"Nr. / n. 142", "Nr. 142"}, // both Italian labels: the first
		{"Sitzung vom / seduta del 12.05.2026", "seduta del 12.05.2026"},
		{"Numero di settore / data", "Numero di settore / data"},
		{"N. 48 di settore / data 14/04/2026", "N. 48 di settore / data 14/04/2026"},
		{"SI / NO", "SI / NO"},
		{"Rue Corrado Gex / Via Corrado Gex 2", "Rue Corrado Gex / Via Corrado Gex 2"},
	}
	for _, tt := range tests {
		if got := italianLabels(tt.in); got != tt.want {
			t.Errorf("italianLabels(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCertifiedActOrgan: a certificate names the organ of the act it
// certifies in its sentence or in its form's field of the act's kind;
// that organ is the certificate's, not its signer's.
func TestCertifiedActOrgan(t *testing.T) {
	tests := []struct{ name, text, organ string }{
		{"in the sentence", "COMUNE DI MELZO\nATTESTAZIONE DI PUBBLICAZIONE\nIl sottoscritto Segretario Comunale ATTESTA\nche la deliberazione della Giunta Comunale n. 58 del 15/04/2025 è stata pubblicata all'Albo Pretorio on line.\n", "Giunta Comunale"},
		{"in a field of the form", "COMUNE DI CELLINO ATTANASIO\nCERTIFICATO DI PUBBLICAZIONE\nRegistro pubblicazioni       n. 405 / 2026\nTipo di atto                 Deliberazione della Giunta Comunale\nNumero e data dell'atto      n. 41 del 13/04/2026\nOggetto                      Lavori di efficientamento energetico.\n                              ATTESTA\nche copia della deliberazione sopra indicata viene pubblicata all'Albo Pretorio on line.\n", "Giunta Comunale"},
		{"a referto, its form under the sentence", "COMUNE DI BORZONASCA\n               REFERTO DI PUBBLICAZIONE\nIl sottoscritto Messo Comunale, su conforme dichiarazione del Segretario Comunale,\ncertifica che copia della deliberazione sotto indicata:\nAtto                     Deliberazione della Giunta Comunale\nNumero                   33\nData                     07/05/2026\nOggetto                  Approvazione del programma delle attività estive.\nè stata pubblicata all'Albo Pretorio on line di questo Comune in data 14/05/2026.\n", "Giunta Comunale"},
		{"a field of the organ alone", "COMUNE DI PIOZZO\nCERTIFICATO DI ESECUTIVITÀ\nOrgano                          Consiglio Comunale\nDeliberazione                   n. 9 del 27/03/2026\nOggetto                         Approvazione del Regolamento.\nIl sottoscritto Segretario Comunale, visti gli atti d’ufficio,\n                                              CERTIFICA\nche la deliberazione sopra indicata, pubblicata all’Albo Pretorio on line dal 31/03/2026, è divenuta esecutiva.\n", "Consiglio Comunale"},
		{"behind leaders", "COMUNE DI CATTOLICA ERACLEA\nATTESTAZIONE DI AVVENUTA PUBBLICAZIONE\nAtto ............................ DELIBERAZIONE DELLA GIUNTA MUNICIPALE\nNumero .......................... 44\nData di adozione ................ 07/05/2026\nIl sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,\n                                ATTESTA\nche la deliberazione sopra indicata e' stata pubblicata all'Albo Pretorio on line.\n", "Giunta Municipale"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			act, role := readWholeAct(textDocument(tt.text))
			if role != RoleCertificate || act.Organ != tt.organ {
				t.Errorf("got %s, organ %q; want certificate, organ %q", role, act.Organ, tt.organ)
			}
		})
	}
}

// TestNameCased: a name written as names are, each word opening with a
// capital but the small words that link them; a name in quotes among
// them.
func TestNameCased(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Val d'Agri Lagonegrese", true},
		{"Azienda Pubblica di Servizi alla Persona “Daniele Moro”", true}, // a name in quotes
		{"Azienda Socio-Sanitaria Locale n. 4 dell'Ogliastra", true},
		{"Consorzio di bonifica della pianura", false},
		{"Azienda “pubblica” di servizi", false},
	}
	for _, tt := range tests {
		if got := nameCased(tt.s); got != tt.want {
			t.Errorf("nameCased(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestColumnsKind: the first column that names a kind gives it; the
// first that names it with its organ gives the organ.
func TestColumnsKind(t *testing.T) {
	column := func(texts ...string) headerColumn {
		var col headerColumn
		for i, text := range texts {
			col.cells = append(col.cells, headerCell{line: i, text: text, beforeBody: true})
		}
		return col
	}
	tests := []struct {
		name        string
		columns     []headerColumn
		kind, organ string
	}{
		{"a form's label, the heading centred in another column",
			[]headerColumn{column("Città Metropolitana di Palermo", "Decreto n.", "Proposta n."), column("CITTÀ METROPOLITANA DI PALERMO", "DECRETO DEL SINDACO METROPOLITANO")},
			"decreto", "Sindaco Metropolitano"},
		{"another kind's organ is not taken",
			[]headerColumn{column("Decreto n."), column("DETERMINAZIONE DEL DIRIGENTE")}, "decreto", ""},
		{"an office's head leaves the act to the offices",
			[]headerColumn{column("Determinazione n."), column("DETERMINAZIONE DEL RESPONSABILE DELLA CENTRALE UNICA DI COMMITTENZA")}, "determinazione", ""},
		{"the first organ stays",
			[]headerColumn{column("DECRETO DEL SINDACO"), column("DECRETO DEL PRESIDENTE")}, "decreto", "Sindaco"},
		{"a running head's verbale gives way to the act under it",
			[]headerColumn{column("Verbale G.C.", "DELIBERAZIONE DELLA GIUNTA COMUNALE")}, "deliberazione", "Giunta Comunale"},
		{"or to the act another column names",
			[]headerColumn{column("Verbale n. 9"), column("DETERMINAZIONE DEL DIRIGENTE")}, "determinazione", "Dirigente"},
		{"a verbale alone stays one",
			[]headerColumn{column("VERBALE DI GARA")}, "verbale", ""},
	}
	for _, tt := range tests {
		if kind, organ := columnsKind(tt.columns); kind != tt.kind || organ != tt.organ {
			t.Errorf("%s: %q %q, want %q %q", tt.name, kind, organ, tt.kind, tt.organ)
		}
	}
}

// TestCutAtNumberLabel: a heading's qualifier ends at the label of a
// number, a register or a session on the line under it.
func TestCutAtNumberLabel(t *testing.T) {
	tests := []struct{ q, want string }{
		{"DELLA GIUNTA COMUNALE N", "DELLA GIUNTA COMUNALE"},
		{"DEL CONSIGLIO COMUNALE Atto", "DEL CONSIGLIO COMUNALE"},
		{"DELLA GIUNTA COMUNALE Seduta del", "DELLA GIUNTA COMUNALE"},
		{"DEL CONSIGLIO COMUNALE Reg. Delib.", "DEL CONSIGLIO COMUNALE"}, // a register's label
		{"DEL RESPONSABILE R.G.", "DEL RESPONSABILE"},
		{"DEL SINDACO METROPOLITANO", "DEL SINDACO METROPOLITANO"},
	}
	for _, tt := range tests {
		if got := cutAtNumberLabel(tt.q); got != tt.want {
			t.Errorf("cutAtNumberLabel(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestWithoutClosedNote: a note in brackets closed above a number says
// nothing of it; nor does the bracket that closes a note whose own number
// was read.
func TestWithoutClosedNote(t *testing.T) {
	tests := []struct{ s, want string }{
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE (nominata con D.P.R. … n. 267)", "DELIBERAZIONE DELLA GIUNTA COMUNALE"},
		{")", ""},
		{" ) ", ""},
		{"DETERMINAZIONE", "DETERMINAZIONE"},
		{"Reg. Gen.", "Reg. Gen."},
		{"lettera a)", "lettera a)"}, // no note opened: as it is
	}
	for _, tt := range tests {
		if got := withoutClosedNote(tt.s); got != tt.want {
			t.Errorf("withoutClosedNote(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestFieldCitesLabels: a form's label whose field cites another act,
// spelled out or abbreviated, and labels that cite none.
func TestFieldCitesLabels(t *testing.T) {
	for label, want := range map[string]bool{
		"Aggiudicazione":                true,
		"Determina a contrarre":         true,
		"Determina aggiudicaz.":         true, // abbreviated in a report's column
		"Determina di aggiudicazione :": true,
		"Oggetto":                       false,
		"Determinazione n.":             false,
	} {
		if got := fieldCitesRE().MatchString(label); got != want {
			t.Errorf("fieldCitesRE(%q) = %v, want %v", label, got, want)
		}
	}
}

// TestWrapsBodyName: a body's name goes on in the cell under it in its
// size, or, in capitals under capitals, in larger type (the body's own
// name under its kind); not in a much larger heading, nor in smaller
// type under capitals.
func TestWrapsBodyName(t *testing.T) {
	kind := headerCell{line: 0, size: 13, text: "AZIENDA PUBBLICA DI SERVIZI ALLA PERSONA"}
	for _, tt := range []struct {
		name string
		next headerCell
		want bool
	}{
		{"in its size", headerCell{line: 1, size: 13, text: "VITTORIO FOSSOMBRONI"}, true},
		{"the body's own name larger", headerCell{line: 1, size: 15, text: "VITTORIO FOSSOMBRONI"}, true},
		{"a heading twice as large", headerCell{line: 1, size: 26, text: "VITTORIO FOSSOMBRONI"}, false},
		{"smaller type", headerCell{line: 1, size: 9, text: "CASA DI RIPOSO"}, false},
		{"two lines down and more", headerCell{line: 3, size: 13, text: "VITTORIO FOSSOMBRONI"}, false},
	} {
		if got := wrapsBodyName(kind, tt.next); got != tt.want {
			t.Errorf("%s: wrapsBodyName = %v, want %v", tt.name, got, tt.want)
		}
	}
}
