# Lucca Sicula: reportlab platypus, the whole minute set in two columns (two Frames per page),
# justified paragraphs (reportlab sets Tw per line), running head and foot drawn on every page.
import sys
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import A4
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
W, H = A4
doc = BaseDocTemplate(sys.argv[1], pagesize=A4, leftMargin=40, rightMargin=40, topMargin=110, bottomMargin=50,
                      title="Deliberazione Giunta 33/2026", producer="Civilia Next – ReportLab")
gap = 18; cw = (W - 80 - gap) / 2
frames = [Frame(40, 50, cw, H - 160, id="c1"), Frame(40 + cw + gap, 50, cw, H - 160, id="c2")]
def deco(cv, d):
    cv.saveState()
    cv.setFont("Helvetica-Bold", 15); cv.drawCentredString(W / 2, H - 50, "COMUNE DI LUCCA SICULA")
    cv.setFont("Helvetica", 9); cv.drawCentredString(W / 2, H - 63, "Libero Consorzio Comunale di Agrigento – Via Vittorio Emanuele, 92010 Lucca Sicula")
    cv.setFont("Helvetica-Bold", 10)
    cv.drawCentredString(W / 2, H - 84, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE  N. 33  DEL  19-03-2026")
    cv.line(40, H - 92, W - 40, H - 92)
    cv.line(W / 2, 55, W / 2, H - 100)
    cv.setFont("Helvetica", 7.5)
    cv.drawString(40, 32, "Delibera di Giunta n. 33 del 19-03-2026"); cv.drawRightString(W - 40, 32, "Pagina %d" % d.page)
    cv.restoreState()
doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=deco)])
b = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=4)
bc = ParagraphStyle("bc", parent=b, alignment=TA_CENTER, fontName="Helvetica-Bold")
S = []
S.append(Paragraph("<b>OGGETTO:</b> Approvazione del Piano comunale di protezione civile – aggiornamento 2026 – e dello schema di convenzione con l'Associazione di volontariato \"Monte Gemini\".", b))
S.append(Paragraph("L'anno duemilaventisei, il giorno diciannove del mese di marzo, alle ore 17,00, nella sala delle adunanze, si è riunita la Giunta Comunale, convocata nelle forme di legge.", b))
S.append(Paragraph("Presiede l'adunanza il Vicesindaco Domenico Cusumano, essendo assente il Sindaco.", b))
S.append(Paragraph("Sono presenti e assenti i signori:", b))
t = Table([["Componente", "Carica", "P", "A"],
           ["Ferrara Antonino", "Sindaco", "", "X"],
           ["Cusumano Domenico", "Vicesindaco", "X", ""],
           ["Marino Lucia", "Assessore", "X", ""],
           ["Tortorici Vito", "Assessore", "X", ""],
           ["Giglio Rosa", "Assessore", "X", ""]], colWidths=[cw * 0.48, cw * 0.32, cw * 0.1, cw * 0.1])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (2, 0), (-1, -1), "CENTER")]))
S += [t, Spacer(1, 5)]
S.append(Paragraph("Partecipa il Segretario Comunale dott. Calogero Alfano, il quale provvede alla redazione del presente verbale.", b))
S.append(Paragraph("Il Presidente, riconosciuta la validità dell'adunanza, invita la Giunta a deliberare sull'argomento in oggetto.", b))
S.append(Paragraph("LA GIUNTA COMUNALE", bc))
S.append(Paragraph("Vista la proposta del Responsabile dell'Area Tecnica e Protezione Civile; visto il D.Lgs. 2 gennaio 2018, n. 1, recante il Codice della protezione civile; vista la normativa regionale in materia; considerato che il Piano comunale vigente risale al 2019 e necessita di aggiornamento per le mutate condizioni del territorio, con particolare riguardo al rischio idrogeologico delle contrade Bissana e Carruba; acquisiti i pareri favorevoli di regolarità tecnica e contabile;", b))
S.append(Paragraph("Con voti favorevoli n. 3 e astenuti n. 1 (l'Assessore Giglio), espressi per alzata di mano dai n. 4 componenti presenti e votanti,", b))
S.append(Paragraph("DELIBERA", bc))
for i, p in enumerate(["di approvare l'aggiornamento 2026 del Piano comunale di protezione civile, composto dalla relazione generale e dalle cartografie di scenario, depositati presso l'Area Tecnica;",
          "di approvare lo schema di convenzione con l'Associazione di volontariato \"Monte Gemini\" per il supporto alle attività di presidio territoriale, per la durata di due anni;",
          "di trasmettere il Piano al Dipartimento regionale della Protezione Civile e alla Prefettura di Agrigento;",
          "di disporre la pubblicazione del Piano nella sezione \"Amministrazione Trasparente\" del sito istituzionale."], 1):
    S.append(Paragraph("%d. %s" % (i, p), b))
S.append(Paragraph("Indi la Giunta Comunale, con separata votazione unanime, dichiara la presente immediatamente esecutiva ai sensi dell'art. 12, comma 2, L.R. 44/1991.", b))
S.append(Spacer(1, 8))
S.append(Paragraph("IL PRESIDENTE<br/>Domenico Cusumano", bc))
S.append(Spacer(1, 5))
S.append(Paragraph("IL SEGRETARIO COMUNALE<br/>dott. Calogero Alfano", bc))
doc.build(S)
