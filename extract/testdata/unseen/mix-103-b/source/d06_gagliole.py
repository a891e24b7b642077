# Consiglio comunale of Gagliole (MC): reportlab platypus; justified paragraphs set Tw on every line,
# letterhead and headings letter-spaced with Tc; roll table with P / A / AG marks.
import sys
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
class Spaced(Flowable):
    def __init__(s, text, size, cs): s.text, s.size, s.cs = text, size, cs; Flowable.__init__(s)
    def wrap(s, aw, ah): s.aw = aw; return aw, s.size + 6
    def draw(s):
        t = s.canv.beginText(); t.setFont("Helvetica-Bold", s.size); t.setCharSpace(s.cs)
        w = s.canv.stringWidth(s.text, "Helvetica-Bold", s.size) + s.cs * (len(s.text) - 1)
        t.setTextOrigin((s.aw - w) / 2, 3); t.textOut(s.text); s.canv.drawText(t)
J = ParagraphStyle("j", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle("c", parent=J, alignment=TA_CENTER, fontName="Helvetica-Bold")
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=62, rightMargin=62, topMargin=50, bottomMargin=50,
                        title="Deliberazione CC 9/2026", producer="Civilia Next – ReportLab")
S = [Spaced("COMUNE DI GAGLIOLE", 17, 3.2), Paragraph("Provincia di Macerata", ParagraphStyle("p", parent=C, fontName="Helvetica-Oblique")), Spacer(1, 8),
     Spaced("DELIBERAZIONE DEL CONSIGLIO COMUNALE", 11, 1.6), Spacer(1, 4)]
reg = Table([["Numero", "9", "Data", "30/03/2026"]], colWidths=[60, 60, 60, 100])
reg.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("FONTNAME", (0, 0), (-1, -1), "Helvetica-Bold"), ("BACKGROUND", (0, 0), (0, 0), colors.lightgrey), ("BACKGROUND", (2, 0), (2, 0), colors.lightgrey)]))
S += [reg, Spacer(1, 8)]
S.append(Paragraph("<b>OGGETTO:</b> APPROVAZIONE DEL REGOLAMENTO PER LA CONCESSIONE DI CONTRIBUTI E BENEFICI ECONOMICI AD ENTI E ASSOCIAZIONI.", J))
S.append(Paragraph("L'anno duemilaventisei, il giorno trenta del mese di marzo alle ore 19:00, nella sala delle adunanze consiliari, in seguito a convocazione disposta con avvisi notificati ai consiglieri, si è riunito il Consiglio Comunale in seduta pubblica di prima convocazione. Risultano all'appello:", J))
roll = [["Consiglieri", "Carica", "P", "A", "AG"],
        ["PAOLETTI SERGIO", "Sindaco", "X", "", ""], ["CRUCIANI MONICA", "Consigliere", "X", "", ""], ["MAGNAPANE LUIGI", "Consigliere", "X", "", ""],
        ["SPARVOLI ELENA", "Consigliere", "", "", "X"], ["TOMASSONI FABIO", "Consigliere", "X", "", ""], ["GIACHÈ ROBERTA", "Consigliere", "X", "", ""],
        ["PIERGENTILI ALDO", "Consigliere", "X", "", ""], ["CAMPETELLA SIMONE", "Consigliere", "", "X", ""], ["LUCIANI MARIA GRAZIA", "Consigliere", "X", "", ""],
        ["FRANCIONI DAVIDE", "Consigliere", "X", "", ""], ["Totale", "", "8", "1", "1"]]
rt = Table(roll, colWidths=[170, 100, 35, 35, 35])
rt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                        ("ALIGN", (2, 0), (-1, -1), "CENTER"), ("SPAN", (0, -1), (1, -1)), ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold")]))
S += [rt, Spacer(1, 4), Paragraph("<i>(P = presente; A = assente; AG = assente giustificato)</i>", ParagraphStyle("s", parent=J, fontSize=8))]
S.append(Paragraph("Presiede la seduta il Sig. Sergio Paoletti nella sua qualità di Sindaco. Partecipa con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione il Segretario comunale dott. Renato Giustozzi. Il Presidente, constatato il numero legale, dichiara aperta la seduta.", J))
S.append(Paragraph("IL CONSIGLIO COMUNALE", C))
for s in ["PREMESSO che l'art. 12 della Legge 7 agosto 1990, n. 241, subordina la concessione di sovvenzioni, contributi, sussidi e ausili finanziari alla predeterminazione e alla pubblicazione dei criteri e delle modalità cui le amministrazioni devono attenersi;",
          "RILEVATO che il vigente regolamento comunale, approvato nel 1998, non risulta più adeguato alla normativa sopravvenuta in materia di trasparenza e di Terzo settore, di cui al D.Lgs. 3 luglio 2017, n. 117;",
          "ESAMINATO lo schema di regolamento predisposto dall'Area Amministrativa, composto di 18 articoli, e ritenutolo meritevole di approvazione;",
          "VISTO il parere favorevole di regolarità tecnica espresso dal Responsabile dell'Area Amministrativa ai sensi dell'art. 49 del D.Lgs. 267/2000;",
          "Con voti unanimi favorevoli espressi per alzata di mano dai n. 8 consiglieri presenti e votanti,"]:
    S.append(Paragraph(s, J))
S.append(Spaced("D E L I B E R A", 11, 1.2))
S.append(Paragraph("1. di approvare il Regolamento per la concessione di contributi e benefici economici ad enti e associazioni, composto di n. 18 articoli, allegato alla presente deliberazione quale parte integrante e sostanziale;", J))
S.append(Paragraph("2. di dare atto che il Regolamento entra in vigore il quindicesimo giorno successivo alla pubblicazione all'Albo Pretorio on line e che dalla stessa data è abrogato il regolamento approvato con deliberazione consiliare n. 41 del 1998.", J))
S.append(Spacer(1, 14))
sig = Table([["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"], ["F.to Sergio Paoletti", "F.to dott. Renato Giustozzi"]], colWidths=[235, 235])
sig.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
S.append(sig)
doc.build(S)
