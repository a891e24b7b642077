# reportlab: letterhead and foot are Form XObjects reused on both pages; signature drawn before the body
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
c=canvas.Canvas(sys.argv[1],pagesize=(595,842)); c.setTitle("Avviso n. 2/2026")
c.beginForm("head"); c.setFont("Helvetica-Bold",15); c.drawCentredString(297,795,"COMUNE DI FAGNANO ALTO")
c.setFont("Helvetica",9); c.drawCentredString(297,781,"Provincia dell'Aquila - Area Amministrativa - Servizi Sociali e Scolastici")
c.line(70,772,525,772); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica",7); c.drawCentredString(297,38,"Piazza della Vittoria, 1 - 67020 Fagnano Alto (AQ) - PEC comune.fagnanoalto@pec.it"); c.endForm()
body1=["Prot. n. 611 del 05/03/2026","",
"AVVISO N. 2/2026 DEL 05/03/2026","",
"OGGETTO: MANIFESTAZIONE DI INTERESSE PER L'AFFIDAMENTO DEL SERVIZIO DI TRASPORTO SCOLASTICO E DI ACCOMPAGNAMENTO DEGLI ALUNNI DELLE FRAZIONI - PERIODO SETTEMBRE 2026 - GIUGNO 2029","",
"Il Responsabile dell'Area Amministrativa, in esecuzione della determinazione n. 18 del 04/03/2026, intende acquisire manifestazioni di interesse da parte di operatori economici qualificati, da invitare alla successiva procedura negoziata ai sensi dell'art. 50, comma 1, lett. e), del D.Lgs. 36/2023, per l'affidamento del servizio in oggetto.",
"",
"1. Stazione appaltante: Comune di Fagnano Alto, Area Amministrativa.",
"2. Oggetto: trasporto scolastico degli alunni residenti nelle frazioni di Vallecupa, Campana, Frascara, Termine, Ripa, Castello e Pedicciano verso il plesso di Fontecchio, con accompagnatore a bordo, per tre anni scolastici.",
"3. Importo stimato: euro 186.000,00 oltre IVA per l'intero triennio.",
"4. Requisiti: iscrizione alla C.C.I.A.A. per l'attivita' di trasporto di persone; autorizzazione all'esercizio della professione di trasportatore su strada; disponibilita' di almeno due scuolabus omologati.",
"5. Termine: le manifestazioni di interesse devono pervenire entro le ore 12:00 del 23/03/2026 esclusivamente tramite la piattaforma telematica del Comune."]
body2=["6. Numero di operatori da invitare: saranno invitati tutti gli operatori che avranno manifestato interesse e siano in possesso dei requisiti. Ove le manifestazioni siano piu' di dieci, si procedera' a sorteggio pubblico in data che sara' comunicata sul sito istituzionale.",
"7. Trattamento dei dati: i dati forniti saranno trattati ai sensi del Regolamento UE 2016/679 esclusivamente per le finalita' del presente avviso.",
"8. Responsabile unico del progetto: dott.ssa Rosanna Cicchetti, tel. 0862 86120.","",
"Il presente avviso non costituisce proposta contrattuale e non vincola in alcun modo l'Amministrazione.","","Fagnano Alto, 05/03/2026"]
def sig():
    c.setFont("Helvetica",10); c.drawCentredString(420,430,"IL RESPONSABILE DELL'AREA AMMINISTRATIVA"); c.drawCentredString(420,415,"dott.ssa Rosanna Cicchetti")
def body(lines,y):
    for t in lines:
        bold=t.startswith(("OGGETTO","AVVISO N."))
        f="Helvetica-Bold" if bold else "Helvetica"
        if not t: y-=8; continue
        for ln in simpleSplit(t,f,10.5,455):
            c.setFont(f,10.5)
            if t.startswith("AVVISO N."): c.drawCentredString(297,y,ln)
            else: c.drawString(70,y,ln)
            y-=14
# page 1: foot first, body, then head last
c.doForm("foot"); body(body1,740); c.setFont("Helvetica",8); c.drawRightString(525,52,"pagina 1 di 2"); c.doForm("head"); c.showPage()
# page 2: signature first, then body, then head and foot
sig(); body(body2,740); c.doForm("head"); c.doForm("foot"); c.setFont("Helvetica",8); c.drawRightString(525,52,"pagina 2 di 2"); c.showPage()
c.save()
