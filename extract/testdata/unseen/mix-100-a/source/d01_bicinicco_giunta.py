# Comune di Bicinicco - Giunta comunale deliberation 23/2026, "Insiel" house style.
# reportlab platypus: justified paragraphs (word spacing via Tw), running head and foot drawn on every page.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import PageBreak, SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
out = sys.argv[1]
B = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle("c", parent=B, alignment=TA_CENTER, fontName="Helvetica-Bold", fontSize=11)
H = ParagraphStyle("h", parent=B, fontName="Helvetica-Bold")
def head(c, d):
    c.saveState()
    c.setFont("Helvetica-Bold", 13); c.drawString(20*mm, 282*mm, "COMUNE DI BICINICCO")
    c.setFont("Helvetica", 8); c.drawString(20*mm, 277.5*mm, "Regione Autonoma Friuli Venezia Giulia – Piazza del Municipio 1 – 33050 Bicinicco (UD)")
    c.rect(140*mm, 274*mm, 50*mm, 13*mm)
    c.setFont("Helvetica", 7.5); c.drawString(142*mm, 283*mm, "Deliberazione della Giunta comunale")
    c.setFont("Helvetica-Bold", 10); c.drawString(142*mm, 277*mm, "N. 23   del 24/03/2026")
    c.line(20*mm, 272*mm, 190*mm, 272*mm)
    c.setFont("Helvetica", 7); c.drawString(20*mm, 12*mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – Insiel S.p.A. – Atti amministrativi")
    c.drawRightString(190*mm, 12*mm, "Pag. %d di 2" % d.page)
    c.restoreState()
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=30*mm, bottomMargin=20*mm,
                        title="Deliberazione della Giunta comunale n. 23 del 24/03/2026", author="Comune di Bicinicco")
S = []
S.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", C))
S.append(Spacer(1, 4))
S.append(Paragraph("<b>OGGETTO:</b> Approvazione del progetto di fattibilità tecnico-economica per la messa in sicurezza sismica della scuola primaria \"G. Marconi\". CUP H41B26000120006.", B))
S.append(Paragraph("L'anno 2026, il giorno 24 del mese di marzo alle ore 18:30, nella sala comunale, in seguito a regolare convocazione, si è riunita la Giunta comunale nelle persone dei signori:", B))
rows = [["", "Cognome e nome", "Carica", "Pres.", "Ass."],
        ["1", "ZANIN Giovanni", "Sindaco", "X", ""],
        ["2", "TOMADINI Laura", "Vicesindaco", "X", ""],
        ["3", "PITTIONI Marco", "Assessore", "", "X (g)"],
        ["4", "CECOTTI Elisa", "Assessore", "X", ""]]
t = Table(rows, colWidths=[10*mm, 60*mm, 45*mm, 20*mm, 20*mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                       ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("ALIGN", (3, 0), (-1, -1), "CENTER"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
S += [t, Spacer(1, 3), Paragraph("(g) assente giustificato. Presenti n. 3 – Assenti n. 1.", ParagraphStyle("s", parent=B, fontSize=8))]
S.append(Paragraph("Assiste il Segretario comunale dott.ssa Chiara Ermacora. Constatato il numero legale degli intervenuti, il sig. Giovanni Zanin, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta.", B))
S.append(Paragraph("LA GIUNTA COMUNALE", C))
for p in ["PREMESSO che l'edificio della scuola primaria \"G. Marconi\" di via Roma necessita di interventi di miglioramento sismico individuati dalla verifica di vulnerabilità acquisita al protocollo n. 1187 del 12/02/2026;",
          "VISTO il progetto di fattibilità tecnico-economica redatto dall'ing. Fabio Moretuzzo, dell'importo complessivo di euro 780.000,00, di cui euro 585.000,00 per lavori;",
          "DATO ATTO che l'opera è finanziata con il contributo regionale concesso ai sensi della L.R. 20/2015 e con fondi propri di bilancio;",
          "VISTI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
          "CON VOTI unanimi e favorevoli, espressi nelle forme di legge,"]:
    S.append(Paragraph(p, B))
S.append(Paragraph("DELIBERA", C))
for i, p in enumerate(["di approvare il progetto di fattibilità tecnico-economica per la messa in sicurezza sismica della scuola primaria \"G. Marconi\", dell'importo complessivo di euro 780.000,00, composto dagli elaborati elencati in premessa;",
                       "di dare atto che la spesa trova copertura al capitolo 2045 del bilancio di previsione 2026-2028;",
                       "di incaricare il Responsabile dell'Area tecnica degli adempimenti conseguenti."], 1):
    S.append(Paragraph("%d. %s" % (i, p), B))
S.append(Paragraph("Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 21/2003.", B))
S.append(Spacer(1, 14))
sig = Table([["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"], ["Giovanni Zanin", "dott.ssa Chiara Ermacora"], ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[85*mm, 85*mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S.append(sig)
S.append(PageBreak())
S.append(Paragraph("PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", C))
S.append(Paragraph("Parere di regolarità tecnica: FAVOREVOLE. Bicinicco, 20/03/2026 – Il Responsabile dell'Area tecnica, geom. Denis Tosolini.", B))
S.append(Paragraph("Parere di regolarità contabile: FAVOREVOLE. Bicinicco, 20/03/2026 – Il Responsabile dell'Area economico-finanziaria, rag. Sonia Vidoni.", B))
S.append(Spacer(1, 10))
S.append(Paragraph("ATTESTAZIONE DI ESECUTIVITÀ", C))
S.append(Paragraph("La presente deliberazione è divenuta esecutiva il 24/03/2026, giorno della sua adozione, in quanto dichiarata immediatamente eseguibile (art. 1, comma 19, L.R. 21/2003).", B))
doc.build(S, onFirstPage=head, onLaterPages=head)
