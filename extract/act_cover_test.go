package extract

import (
	"strings"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
)

// certificateOf is a certificate of publication of Giunta deliberation 45
// of 12/03/2024, as a page of its own.
const certificateOf = `COMUNE DI ROCCAVIVA
Provincia di Campobasso

CERTIFICATO DI PUBBLICAZIONE

Registro Pubblicazioni N. 1234

Si certifica che copia della deliberazione della Giunta Comunale n. 45 del 12/03/2024
avente ad oggetto: APPROVAZIONE DEL PIANO DELLE ALIENAZIONI 2024
viene pubblicata all'Albo Pretorio on line per 15 giorni consecutivi dal 15/03/2024.

Roccaviva, 15/03/2024
IL RESPONSABILE DELLE PUBBLICAZIONI
Mario Bianchi`

// deliberationPage is the first page of that deliberation.
const deliberationPage = `COMUNE DI ROCCAVIVA

VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE
N. 45 del 12/03/2024

OGGETTO: APPROVAZIONE DEL PIANO DELLE ALIENAZIONI 2024.

L'anno duemilaventiquattro il giorno dodici del mese di marzo alle ore 18:00 si è riunita la Giunta Comunale.
LA GIUNTA COMUNALE
DELIBERA
1. di approvare il piano.`

// segnaturaCover is the protocol's cover sheet a register's software
// prints before the act it files.
const segnaturaCover = `COMUNE DI ROCCAVIVA – PROTOCOLLO INFORMATICO
Registro ufficiale – Segnatura di protocollo
Numero di protocollo      0003518
Data registrazione        14/03/2024 10:14:37
Oggetto                   Deliberazione G.C. n. 45 – PIANO DELLE ALIENAZIONI
La presente pagina è generata automaticamente dal sistema di protocollo informatico.`

// frontispieceCover is the Albo's frontispiece before the act it
// publishes.
const frontispieceCover = `ALBO PRETORIO ON LINE
Comune di Roccaviva
FRONTESPIZIO DI PUBBLICAZIONE
Registro di pubblicazione      N. 287/2024
Periodo di pubblicazione       dal 15/03/2024 al 30/03/2024
Oggetto                        PIANO DELLE ALIENAZIONI`

// TestCoverCertificate: a certificate of publication printed as the
// first page of a deliberation is the deliberation's cover, and the
// document is the act; a certificate alone is a certificate, carrying the
// number, date, subject and organ of the act it certifies.
func TestCoverCertificate(t *testing.T) {
	tests := []struct {
		name, doc            string
		role, kind           string
		number               int
		date, subject, organ string
	}{
		{"cover, then the act", certificateOf + "\f" + deliberationPage,
			RoleAct, "deliberazione", 45, "2024-03-12", "APPROVAZIONE DEL PIANO DELLE ALIENAZIONI 2024.", "Giunta Comunale"},
		{"a blank page between", certificateOf + "\f\f" + deliberationPage,
			RoleAct, "deliberazione", 45, "2024-03-12", "APPROVAZIONE DEL PIANO DELLE ALIENAZIONI 2024.", "Giunta Comunale"},
		{"the certificate alone", certificateOf,
			RoleCertificate, "attestazione", 45, "2024-03-12", "APPROVAZIONE DEL PIANO DELLE ALIENAZIONI 2024", "Giunta Comunale"},
		{"the certificate, then a page of its own", certificateOf + "\fIl Messo Comunale\nGiovanni Verdi",
			RoleCertificate, "attestazione", 45, "2024-03-12", "APPROVAZIONE DEL PIANO DELLE ALIENAZIONI 2024", "Giunta Comunale"},
		{"the act, then its certificate", deliberationPage + "\f" + certificateOf,
			RoleAct, "deliberazione", 45, "2024-03-12", "APPROVAZIONE DEL PIANO DELLE ALIENAZIONI 2024.", "Giunta Comunale"},
		{"the protocol's cover sheet, then the act", segnaturaCover + "\f" + deliberationPage,
			RoleAct, "deliberazione", 45, "2024-03-12", "APPROVAZIONE DEL PIANO DELLE ALIENAZIONI 2024.", "Giunta Comunale"},
		{"the Albo's frontispiece, then the act", frontispieceCover + "\f" + deliberationPage,
			RoleAct, "deliberazione", 45, "2024-03-12", "APPROVAZIONE DEL PIANO DELLE ALIENAZIONI 2024.", "Giunta Comunale"},
		{"the certificate quotes the subject", strings.Replace(certificateOf, "APPROVAZIONE DEL PIANO DELLE ALIENAZIONI 2024\n", "“APPROVAZIONE DEL PIANO DELLE ALIENAZIONI 2024”,\n", 1),
			RoleCertificate, "attestazione", 45, "2024-03-12", "APPROVAZIONE DEL PIANO DELLE ALIENAZIONI 2024", "Giunta Comunale"},
	}
	for _, tt := range tests {
		a, role := readWholeAct(textDocument(tt.doc))
		if a == nil {
			t.Errorf("%s: no act", tt.name)
			continue
		}
		if role != tt.role || a.Kind != tt.kind || a.Number != tt.number || a.Date != tt.date || a.Subject != tt.subject || a.Organ != tt.organ {
			t.Errorf("%s: %s, %s n. %d of %q by %q, %q; want %s, %s n. %d of %q by %q, %q", tt.name,
				role, a.Kind, a.Number, a.Date, a.Organ, a.Subject, tt.role, tt.kind, tt.number, tt.date, tt.organ, tt.subject)
		}
	}
}

// readWholeAct is readAct of a document read on its own, as read reads it.
func readWholeAct(file *pdftext.File) (*Act, string) {
	act, role, _ := readAct(file, func() actLines { return newActLines(file) })
	return act, role
}

// TestIssuerOfAnnex: a document that states no act of its own (an
// annex's table) names the body its letterhead prints as its issuer, and
// no act; an act's issuer is its act's municipality, and a table with no
// letterhead names none.
func TestIssuerOfAnnex(t *testing.T) {
	tests := []struct {
		name, text, municipality, issuer string
	}{
		{"an annex's table under its letterhead", "COMUNE DI SABAUDIA\nProvincia di Latina\nALLEGATO A\nTariffe della sosta a pagamento\nZona        Tariffa oraria\nLungomare   1,50\nCentro      1,00", "", "Comune di Sabaudia"},
		{"a body other than a Comune", "UNIONE DEI COMUNI MONTANI DEL CASENTINO\nALLEGATO A\nGraduatoria dei contributi\nRossi Mario    1.200,00", "", "Unione dei Comuni Montani del Casentino"},
		{"an act names its issuer in its own record", deliberationPage, "Comune di Roccaviva", ""},
		{"a table with no letterhead", "ALLEGATO A\nTariffe della sosta a pagamento\nZona        Tariffa oraria\nLungomare   1,50", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := textDocument(tt.text)
			act, _, issuer := readAct(doc, func() actLines { return newActLines(doc) })
			municipality := ""
			if act != nil {
				municipality = act.Municipality
			}
			if municipality != tt.municipality || issuer != tt.issuer {
				t.Errorf("act's municipality %q, issuer %q; want %q, %q", municipality, issuer, tt.municipality, tt.issuer)
			}
		})
	}
}
