package extract

import "testing"

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
