# Consiglio comunale minute of Monte Santa Maria Tiberina: reportlab platypus, justified paragraphs
# (each line sets Tw), letterhead and headings letter-spaced with Tc, roll as two side-by-side column groups.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
W, H = A4
def letterhead(c, d):
    c.saveState(); c.setFont("Times-Bold", 15); c._code.append("2 Tc")
    c.drawCentredString(W/2 - 40, H-55, "COMUNE DI MONTE SANTA MARIA TIBERINA"); c._code.append("0 Tc")
    c.setFont("Times-Italic", 10); c.drawCentredString(W/2, H-70, "Provincia di Perugia")
    c.line(60, H-78, W-60, H-78)
    c.setFont("Times-Roman", 8); c.drawString(60, 30, "Verbale di deliberazione del Consiglio Comunale N. 9 del 28-03-2026"); c.drawRightString(W-60, 30, "pag. %d" % d.page)
    c.restoreState()
J = ParagraphStyle("j", fontName="Times-Roman", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle("c", parent=J, alignment=TA_CENTER, fontName="Times-Bold")
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=60, rightMargin=60, topMargin=95, bottomMargin=55,
                        title="CC 9/2026", producer="Gruppo Maggioli – JIride PDF", creator="JIride")
S = []
S.append(Paragraph("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", C))
S.append(Paragraph("N. 9 del 28-03-2026", C))
S.append(Paragraph("<b>Oggetto:</b> Variante al Piano Regolatore Generale – parte operativa – per la rilocalizzazione dell'area per attrezzature sportive in località Lippiano. Adozione ai sensi dell'art. 32 della L.R. 1/2015.", J))
S.append(Paragraph("L'anno duemilaventisei il giorno ventotto del mese di marzo alle ore 10:00, nella sala consiliare del Palazzo Bourbon del Monte, in seduta pubblica di prima convocazione, sessione straordinaria, partecipata ai consiglieri a norma di legge, risultano all'appello nominale:", J))
L = [("Polidori Nadia", "P"), ("Cenciarini Mirko", "P"), ("Pasqui Lorenzo", "P"), ("Sgrevi Agnese", "P"), ("Bonucci Fabio", "A")]
R = [("Mariucci Elena", "P"), ("Rometti Sauro", "P"), ("Tanzi Giacomo", "P"), ("Baldelli Rita", "P"), ("Fiorucci Nicola", "A")]
data = [["Consiglieri", "P/A", "Consiglieri", "P/A"]] + [[a[0], a[1], b[0], b[1]] for a, b in zip(L, R)] + [["Polchi Marco (Sindaco)", "P", "", ""]]
t = Table(data, colWidths=[150, 40, 150, 40])
t.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.5, colors.black), ("FONT", (0,0), (-1,0), "Times-Bold"), ("FONT", (0,1), (-1,-1), "Times-Roman"),
    ("ALIGN", (1,0), (1,-1), "CENTER"), ("ALIGN", (3,0), (3,-1), "CENTER"), ("SPAN", (2,-1), (3,-1))]))
S.append(t); S.append(Spacer(1, 6))
S.append(Paragraph("Assegnati n. 11 – In carica n. 11 – Presenti n. 9 – Assenti n. 2.", J))
S.append(Paragraph("Assume la presidenza il Sindaco Marco Polchi. Partecipa il Segretario Comunale dott.ssa Beatrice Nardelli. Alle ore 10:25 il consigliere Pasqui Lorenzo si allontana dall'aula e non partecipa alla votazione (presenti n. 8).", J))
S.append(Paragraph("IL CONSIGLIO COMUNALE", C))
S.append(Paragraph("PREMESSO che l'area destinata dal PRG ad attrezzature sportive in località Lippiano ricade in parte in zona soggetta a vincolo idrogeologico, rendendo necessaria la sua rilocalizzazione su terreni di proprietà comunale posti a valle della strada provinciale;", J))
S.append(Paragraph("VISTI gli elaborati di variante redatti dall'Area Tecnica e il parere della Commissione comunale per la qualità architettonica e il paesaggio del 10-03-2026;", J))
S.append(Paragraph("CON VOTI favorevoli n. 6, contrari n. 2 (Mariucci, Baldelli), astenuti nessuno, resi per alzata di mano dagli 8 consiglieri presenti e votanti;", J))
S.append(Paragraph("DELIBERA", C))
for i, x in enumerate(["di adottare la variante parziale alla parte operativa del PRG per la rilocalizzazione dell'area per attrezzature sportive in località Lippiano, composta dagli elaborati elencati in premessa;",
                       "di disporre il deposito degli atti presso la Segreteria comunale per quindici giorni e la pubblicazione dell'avviso nel Bollettino Ufficiale della Regione Umbria;",
                       "di incaricare il Responsabile dell'Area Tecnica degli adempimenti conseguenti."], 1):
    S.append(Paragraph("%d) %s" % (i, x), ParagraphStyle("o", parent=J, leftIndent=18, firstLineIndent=-18)))
S.append(Paragraph("Il presente atto non è dichiarato immediatamente eseguibile.", J))
S.append(Spacer(1, 20))
sig = Table([["IL SINDACO", "IL SEGRETARIO COMUNALE"], ["Marco Polchi", "dott.ssa Beatrice Nardelli"]], colWidths=[190, 190])
sig.setStyle(TableStyle([("ALIGN", (0,0), (-1,-1), "CENTER"), ("FONT", (0,0), (-1,-1), "Times-Roman")]))
S.append(sig)
doc.build(S, onFirstPage=letterhead, onLaterPages=letterhead)
