# Comune di Civitaquana (PE): Giunta deliberation in urgency with the Consiglio's powers.
# reportlab platypus, justified paragraphs (word spacing by Tw), heading letter-spaced with Tc.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.units import mm
out = sys.argv[1]
J = ParagraphStyle("j", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle("c", parent=J, alignment=TA_CENTER, fontName="Times-Bold")
def head(c, d):
    c.saveState()
    t = c.beginText(A4[0]/2 - 75*mm/2, A4[1]-22*mm); t.setFont("Times-Bold", 15); t.setCharSpace(2.2)
    t.textLine("COMUNE DI CIVITAQUANA"); c.drawText(t)
    c.setFont("Times-Italic", 10); c.drawCentredString(A4[0]/2, A4[1]-28*mm, "Provincia di Pescara")
    c.line(20*mm, A4[1]-31*mm, A4[0]-20*mm, A4[1]-31*mm)
    c.setFont("Times-Roman", 8); c.drawCentredString(A4[0]/2, 12*mm, "Comune di Civitaquana – Piazza del Municipio – 65010 Civitaquana (PE)")
    c.restoreState()
doc = SimpleDocTemplate(out, pagesize=A4, topMargin=36*mm, bottomMargin=20*mm, leftMargin=22*mm, rightMargin=22*mm,
                        title="Delibera GC 9/2026", producer="ReportLab PDF Library")
S = []
S.append(Paragraph("DELIBERAZIONE DELLA GIUNTA COMUNALE", C))
S.append(Paragraph("ADOTTATA CON I POTERI DEL CONSIGLIO COMUNALE IN VIA D'URGENZA", C))
box = Table([["N. 9", "Data 12.2.2026"]], colWidths=[60*mm, 60*mm])
box.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.8, "black"), ("INNERGRID", (0,0), (-1,-1), 0.5, "black"), ("FONT", (0,0), (-1,-1), "Times-Bold", 11), ("ALIGN", (0,0), (-1,-1), "CENTER")]))
S += [Spacer(1, 4), box, Spacer(1, 8)]
S.append(Paragraph("<b>OGGETTO:</b> Variazione d'urgenza al bilancio di previsione 2026/2028 ai sensi dell'art. 175, comma 4, del D.Lgs. n. 267/2000 per interventi di somma urgenza sulla strada comunale Colle Cese.", J))
S.append(Paragraph("L'anno duemilaventisei il giorno dodici del mese di febbraio alle ore dodici e quindici nella sede comunale, si è riunita la Giunta Comunale, convocata d'urgenza dal Sindaco, con la presenza dei Signori:", J))
roll = [["1.", "FERRANTE Giuseppe", "Sindaco", "A"], ["2.", "D'ALFONSO Rita", "Vice Sindaco", "P"], ["3.", "MARINELLI Pasquale", "Assessore", "P"]]
rt = Table([[a, (b + " ").ljust(32, "."), (r + " ").ljust(22, "."), p] for a, b, r, p in roll], colWidths=[8*mm, 70*mm, 50*mm, 10*mm])
rt.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Courier", 10)]))
S += [rt, Spacer(1, 6)]
S.append(Paragraph("Partecipa con funzioni consultive, referenti e di assistenza il Segretario Comunale in convenzione dott. Camillo Di Renzo. Il Vice Sindaco Rita D'Alfonso, assunta la presidenza e constatata la validità della seduta, invita la Giunta a deliberare.", J))
S.append(Paragraph("LA GIUNTA COMUNALE", C))
for p in ["PREMESSO che in data 6 febbraio 2026 un movimento franoso ha interessato la strada comunale Colle Cese, rendendo necessari lavori di somma urgenza per il ripristino della transitabilità;",
          "RITENUTO che ricorrono i presupposti di urgenza previsti dall'art. 175, comma 4, del D.Lgs. n. 267/2000, non essendo possibile attendere la convocazione del Consiglio Comunale;",
          "VISTI i pareri favorevoli di regolarità tecnica e contabile e il parere del Revisore dei conti;",
          "Con voti unanimi favorevoli espressi nelle forme di legge,"]:
    S.append(Paragraph(p, J))
S.append(Paragraph("D E L I B E R A", C))
for i, p in enumerate(["di apportare al bilancio di previsione 2026/2028, annualità 2026, la variazione d'urgenza di cui al prospetto allegato, per complessivi euro 48.500,00;",
          "di dare atto che permangono gli equilibri di bilancio;",
          "di sottoporre la presente deliberazione a ratifica del Consiglio Comunale entro sessanta giorni, a pena di decadenza;",
          "di dichiarare, con separata votazione unanime, il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000."], 1):
    S.append(Paragraph(f"{i}) {p}", J))
sig = Table([["IL VICE SINDACO", "IL SEGRETARIO COMUNALE"], ["Rita D'Alfonso", "dott. Camillo Di Renzo"]], colWidths=[80*mm, 80*mm])
sig.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Times-Roman", 10), ("ALIGN", (0,0), (-1,-1), "CENTER")]))
S += [Spacer(1, 14), sig]
doc.build(S, onFirstPage=head, onLaterPages=head)
