# Ponteranica (BG) - Giunta deliberation, Halley-like house style; reportlab, justified lines (Tw), letter-spaced heads (Tc)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.lib.units import mm
out = sys.argv[1]
B = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle("c", parent=B, alignment=TA_CENTER, fontName="Helvetica-Bold")
def head(c, d):
    c.saveState()
    t = c.beginText(); t.setFont("Helvetica-Bold", 15); t.setCharSpace(2.5)
    w = c.stringWidth("COMUNE DI PONTERANICA", "Helvetica-Bold", 15) + 2.5*20
    t.setTextOrigin(105*mm - w/2, 282*mm); t.textOut("COMUNE DI PONTERANICA"); c.drawText(t)
    c.setFont("Helvetica", 9)
    c.drawCentredString(105*mm, 276.5*mm, "Provincia di Bergamo")
    c.line(20*mm, 273*mm, 190*mm, 273*mm)
    c.setFont("Helvetica", 7.5)
    c.drawString(20*mm, 12*mm, "Deliberazione G.C. n. 38 del 14.4.2026")
    c.drawRightString(190*mm, 12*mm, "pag. %d" % d.page)
    c.restoreState()
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22*mm, rightMargin=22*mm, topMargin=32*mm, bottomMargin=22*mm,
                        title="Deliberazione Giunta Comunale 38/2026", author="Comune di Ponteranica", creator="Halley EG - Atti Amministrativi")
S = []
S.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", ParagraphStyle("t", parent=C, fontSize=12, leading=16)))
S.append(Spacer(1, 3*mm))
box = Table([["Delibera n. 38", "del 14.4.2026", "Codice Ente 10175"]], colWidths=[55*mm, 55*mm, 55*mm])
box.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.8, colors.black), ("INNERGRID", (0,0), (-1,-1), 0.4, colors.black),
    ("FONT", (0,0), (-1,-1), "Helvetica-Bold", 10), ("ALIGN", (0,0), (-1,-1), "CENTER")]))
S.append(box); S.append(Spacer(1, 4*mm))
S.append(Paragraph("<b>OGGETTO:</b> APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE DELL'AREA VERDE DI VIA IV NOVEMBRE - CUP B87H26000120004.", B))
S.append(Spacer(1, 2*mm))
S.append(Paragraph("L'anno duemilaventisei, il giorno quattordici del mese di aprile alle ore 18.30, nella sala delle adunanze della sede comunale, previa l'osservanza di tutte le formalità prescritte dalla vigente normativa, sono stati convocati a seduta i componenti della Giunta Comunale. All'appello risultano:", B))
rows = [["", "Cognome e Nome", "Carica", "Presenti", "Assenti"],
        ["1", "BERTOCCHI MARIO ALBERTO", "Sindaco", "P", ""],
        ["2", "LOCATELLI CHIARA", "Vice Sindaco", "P", ""],
        ["3", "GHILARDI PAOLO", "Assessore", "P", ""],
        ["4", "RONCALLI ELISA", "Assessore", "", "A (giust.)"],
        ["5", "PESENTI DAVIDE", "Assessore", "P", ""],
        ["", "", "Totale", "4", "1"]]
t = Table(rows, colWidths=[10*mm, 62*mm, 38*mm, 22*mm, 24*mm])
t.setStyle(TableStyle([("GRID", (0,0), (-1,-2), 0.4, colors.black), ("FONT", (0,0), (-1,0), "Helvetica-Bold", 9),
    ("FONT", (0,1), (-1,-1), "Helvetica", 9), ("ALIGN", (3,0), (-1,-1), "CENTER"), ("FONT", (2,-1), (-1,-1), "Helvetica-Bold", 9),
    ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#e6e6e6"))]))
S.append(t); S.append(Spacer(1, 3*mm))
for p in [
 "Partecipa il Segretario Comunale dott.ssa Francesca Maffeis, la quale provvede alla redazione del presente verbale.",
 "Essendo legale il numero degli intervenuti, il sig. Mario Alberto Bertocchi, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.",
 "<b>LA GIUNTA COMUNALE</b>",
 "PREMESSO che l'area verde di via IV Novembre, di proprietà comunale, presenta attrezzature ludiche obsolete, percorsi pedonali dissestati e un impianto di illuminazione non conforme alle vigenti norme sul contenimento dell'inquinamento luminoso;",
 "RICHIAMATA la deliberazione del Consiglio Comunale n. 9 del 26.2.2026, con la quale è stato approvato il Documento Unico di Programmazione 2026/2028 e il bilancio di previsione finanziario 2026/2028, nel quale l'intervento è inserito con uno stanziamento complessivo di euro 185.000,00;",
 "VISTO il progetto di fattibilità tecnico-economica redatto dall'Ufficio Tecnico comunale, Area Lavori Pubblici, acquisito al protocollo n. 4127 del 7.4.2026, composto da relazione generale, quadro economico, elaborati grafici e cronoprogramma;",
 "VISTI gli articoli 41 e seguenti del D.Lgs. 31 marzo 2023, n. 36 e l'allegato I.7 al medesimo decreto;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
 "Con voti unanimi e favorevoli espressi nelle forme di legge,",
 "<b>DELIBERA</b>",
 "1. di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione dell'area verde di via IV Novembre, per un importo complessivo di euro 185.000,00, di cui euro 142.500,00 per lavori a base d'asta;",
 "2. di dare atto che la spesa trova copertura al capitolo 20960 del bilancio di previsione 2026/2028, annualità 2026;",
 "3. di nominare Responsabile Unico del Progetto il geom. Luca Carminati, Responsabile dell'Area Tecnica;",
 "4. di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti.",
 "Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000."]:
    S.append(Paragraph(p, C if p.startswith("<b>") else B))
S.append(Spacer(1, 8*mm))
sig = Table([["IL SINDACO", "IL SEGRETARIO COMUNALE"], ["Mario Alberto Bertocchi", "dott.ssa Francesca Maffeis"], ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[80*mm, 80*mm])
sig.setStyle(TableStyle([("FONT", (0,0), (-1,0), "Helvetica-Bold", 9), ("FONT", (0,1), (-1,-1), "Helvetica", 9), ("ALIGN", (0,0), (-1,-1), "CENTER")]))
S.append(sig)
doc.build(S, onFirstPage=head, onLaterPages=head)
