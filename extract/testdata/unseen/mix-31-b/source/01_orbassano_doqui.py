# Città di Orbassano - Giunta Comunale deliberation 58/2026
# imitates a DoQui ACTA (CSI Piemonte) print: register box, roll table, running head/foot.
# Producer: ReportLab (platypus), fonts Liberation Sans / Liberation Serif.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSans", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSerif", F + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-B", F + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-I", F + "LiberationSerif-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("LSerif", 0, 0, "LSerif"); addMapping("LSerif", 1, 0, "LSerif-B")
addMapping("LSerif", 0, 1, "LSerif-I"); addMapping("LSerif", 1, 1, "LSerif-B")
addMapping("LSans", 1, 0, "LSans-B"); addMapping("LSans", 0, 0, "LSans")

out = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-orbassano-doqui.pdf"

body = ParagraphStyle("b", fontName="LSerif", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle("s", fontName="LSans", fontSize=8, leading=10)
center = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="LSerif-B", fontSize=12, spaceBefore=6, spaceAfter=6)
lab = ParagraphStyle("l", fontName="LSans-B", fontSize=9, leading=11)
cell = ParagraphStyle("cell", parent=body, alignment=0, spaceAfter=0)
point = ParagraphStyle("p", parent=body, leftIndent=16, firstLineIndent=-16)

SUBJECT = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
           "RIQUALIFICAZIONE DEL PARCO \u201cGIOVANNI FALCONE\u201d DI VIA FRATELLI ROSSELLI "
           "\u2013 CUP D17B26000040004.")


def page(c, d):
    c.saveState()
    w, h = A4
    c.setFont("LSans", 7.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(18 * mm, h - 10 * mm, "Città di Orbassano - Deliberazione della Giunta Comunale n. 58 del 12/03/2026")
    c.drawRightString(w - 18 * mm, h - 10 * mm, "DoQui ACTA - Atti amministrativi")
    c.setStrokeColor(colors.HexColor("#888888"))
    c.line(18 * mm, h - 11.5 * mm, w - 18 * mm, h - 11.5 * mm)
    c.line(18 * mm, 14 * mm, w - 18 * mm, 14 * mm)
    c.drawString(18 * mm, 10 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate")
    c.drawRightString(w - 18 * mm, 10 * mm, "Pag. %d di 2" % d.page)
    c.restoreState()


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=18 * mm, bottomMargin=20 * mm,
                      title="Deliberazione GC 58/2026", author="Città di Orbassano",
                      creator="DoQui ACTA - stampa atto", subject="Deliberazione della Giunta Comunale")
doc.addPageTemplates([PageTemplate("p", [Frame(20 * mm, 18 * mm, 170 * mm, 258 * mm, id="f")], onPage=page)])

S = []
head = Table([
    [Paragraph("<font name='LSerif-B' size='17'>CITTÀ DI ORBASSANO</font>", body)],
    [Paragraph("<font name='LSans' size='9'>Città Metropolitana di Torino</font>", ParagraphStyle("x", parent=small, alignment=TA_CENTER))],
], colWidths=[170 * mm])
head.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S.append(Paragraph("<font name='LSerif-B' size='17'>CITTÀ DI ORBASSANO</font>", ParagraphStyle("h", alignment=TA_CENTER, leading=20)))
S.append(Paragraph("Città Metropolitana di Torino", ParagraphStyle("h2", fontName="LSans", fontSize=9, alignment=TA_CENTER, leading=12)))
S.append(Spacer(1, 8))
S.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", center))

box = Table([
    [Paragraph("DELIBERAZIONE N.", lab), Paragraph("<font size=12><b>58</b></font>", body),
     Paragraph("DATA SEDUTA", lab), Paragraph("<font size=12><b>12/03/2026</b></font>", body),
     Paragraph("ORE", lab), Paragraph("<font size=12><b>15:30</b></font>", body)],
    [Paragraph("PROPOSTA N.", lab), Paragraph("71 del 05/03/2026", cell),
     Paragraph("STRUTTURA PROPONENTE", lab), Paragraph("Settore Lavori Pubblici", body), "", ""],
], colWidths=[33 * mm, 30 * mm, 30 * mm, 45 * mm, 12 * mm, 20 * mm])
box.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6e6e6")),
    ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#e6e6e6")),
    ("BACKGROUND", (4, 0), (4, 0), colors.HexColor("#e6e6e6")),
    ("SPAN", (3, 1), (5, 1)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
]))
S.append(box)
S.append(Spacer(1, 8))
subj = Table([[Paragraph("OGGETTO:", lab), Paragraph("<b>" + SUBJECT.replace("\u201c", "&#8220;") + "</b>", body)]],
             colWidths=[22 * mm, 148 * mm])
subj.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
S.append(subj)
S.append(Spacer(1, 8))
S.append(Paragraph(
    "L\u2019anno duemilaventisei, addì dodici del mese di marzo, alle ore 15:30, nella sala delle adunanze "
    "della Sede Comunale, previa l\u2019osservanza di tutte le formalità prescritte dalla vigente normativa, "
    "si è riunita la Giunta Comunale, nelle persone dei Signori:", body))

roll = [["N.", "COGNOME E NOME", "CARICA", "PRESENTE", "ASSENTE"],
        ["1", "BORGOGNO ENRICO", "Sindaco", "X", ""],
        ["2", "FERRERO GIULIA", "Vice Sindaco", "X", ""],
        ["3", "AIMONE MARCO", "Assessore", "X", ""],
        ["4", "CAVAGLIÀ SILVIA", "Assessore", "", "X"],
        ["5", "GALLO PIERPAOLO", "Assessore", "X", ""],
        ["6", "ROSSOTTO ELENA", "Assessore", "X", ""],
        ["", "", "Totale", "5", "1"]]
t = Table(roll, colWidths=[10 * mm, 62 * mm, 40 * mm, 29 * mm, 29 * mm])
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "LSans", 9), ("FONT", (0, 0), (-1, 0), "LSans-B", 8.5),
    ("FONT", (2, -1), (-1, -1), "LSans-B", 9),
    ("GRID", (0, 0), (-1, -2), 0.4, colors.black), ("BOX", (2, -1), (-1, -1), 0.4, colors.black),
    ("INNERGRID", (2, -1), (-1, -1), 0.4, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
    ("ALIGN", (3, 0), (-1, -1), "CENTER"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
]))
S.append(t)
S.append(Spacer(1, 8))
S.append(Paragraph(
    "Partecipa alla seduta il Segretario Generale <b>Dott.ssa Laura Pautasso</b>, che cura la redazione del presente verbale.", body))
S.append(Paragraph(
    "Essendo legale il numero degli intervenuti, l\u2019<b>Ing. Enrico Borgogno</b>, nella sua qualità di Sindaco, "
    "assume la presidenza e dichiara aperta la seduta per la trattazione dell\u2019oggetto sopra indicato.", body))
S.append(Paragraph("LA GIUNTA COMUNALE", center))
for p in [
    "Premesso che con deliberazione del Consiglio Comunale n. 9 del 26/02/2026 è stato approvato il Documento Unico di Programmazione 2026/2028, "
    "nel quale è inserito, nell\u2019elenco annuale dei lavori pubblici, l\u2019intervento di riqualificazione del Parco \u201cGiovanni Falcone\u201d "
    "di Via Fratelli Rosselli, per un importo complessivo di \u20ac 385.000,00;",
    "Vista la determinazione del Settore Lavori Pubblici n. 1402 del 18/12/2025, con la quale è stato affidato all\u2019Arch. Chiara Bertolotto "
    "di Torino l\u2019incarico di redazione del progetto di fattibilità tecnico-economica;",
    "Visto il progetto di fattibilità tecnico-economica trasmesso in data 02/03/2026, prot. n. 6118, composto dagli elaborati elencati "
    "nell\u2019allegato A, e il relativo quadro economico, che prevede lavori per \u20ac 289.400,00, di cui \u20ac 8.700,00 per oneri della sicurezza "
    "non soggetti a ribasso, e somme a disposizione dell\u2019Amministrazione per \u20ac 95.600,00;",
    "Visto il verbale di verifica preventiva della progettazione redatto dal R.U.P., Geom. Davide Operti, in data 04/03/2026;",
    "Visti il D.Lgs. 18 agosto 2000, n. 267 e il D.Lgs. 31 marzo 2023, n. 36 e relativi allegati;",
    "Acquisiti i pareri favorevoli di regolarità tecnica, espresso dal Dirigente del Settore Lavori Pubblici, e di regolarità contabile, "
    "espresso dal Dirigente del Settore Finanziario, ai sensi dell\u2019art. 49, comma 1, del D.Lgs. 267/2000;",
    "Con voti unanimi favorevoli, espressi in forma palese,",
]:
    S.append(Paragraph(p, body))
S.append(Paragraph("DELIBERA", center))
pts = [
    "di approvare, per le motivazioni espresse in premessa, il progetto di fattibilità tecnico-economica dei lavori di riqualificazione "
    "del Parco \u201cGiovanni Falcone\u201d di Via Fratelli Rosselli, dell\u2019importo complessivo di \u20ac 385.000,00, composto dagli elaborati "
    "elencati nell\u2019allegato A, parte integrante e sostanziale del presente atto;",
    "di dare atto che la spesa trova copertura al capitolo 2961/10 \u201cManutenzione straordinaria aree verdi\u201d del bilancio di previsione "
    "2026/2028, esercizio 2026, finanziato con avanzo di amministrazione destinato agli investimenti;",
    "di confermare quale Responsabile Unico del Progetto il Geom. Davide Operti, istruttore direttivo tecnico del Settore Lavori Pubblici;",
    "di demandare al Dirigente del Settore Lavori Pubblici l\u2019adozione dei successivi atti di gestione.",
]
for i, p in enumerate(pts, 1):
    S.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), point))
S.append(Spacer(1, 4))
S.append(Paragraph(
    "Successivamente, con separata votazione unanime e favorevole, la Giunta Comunale dichiara la presente deliberazione "
    "<b>immediatamente eseguibile</b> ai sensi dell\u2019art. 134, comma 4, del D.Lgs. 267/2000, stante l\u2019urgenza di avviare la "
    "fase di affidamento entro il mese di aprile.", body))
S.append(Spacer(1, 10))
sig = Table([["IL SINDACO", "IL SEGRETARIO GENERALE"],
             ["Ing. Enrico Borgogno", "Dott.ssa Laura Pautasso"],
             ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "LSans-B", 9.5), ("FONT", (0, 1), (-1, 1), "LSerif", 10.5),
                         ("FONT", (0, 2), (-1, 2), "LSans", 7.5), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S.append(KeepTogether(sig))
S.append(Spacer(1, 14))
S.append(Paragraph("PARERI AI SENSI DELL\u2019ART. 49 DEL D.LGS. 267/2000", center))
par = Table([
    [Paragraph("<b>Regolarità tecnica</b>: FAVOREVOLE", cell), Paragraph("Il Dirigente del Settore Lavori Pubblici<br/>Arch. Sergio Molinaro", cell), "05/03/2026"],
    [Paragraph("<b>Regolarità contabile</b>: FAVOREVOLE", cell), Paragraph("Il Dirigente del Settore Finanziario<br/>Dott. Fabrizio Cena", cell), "09/03/2026"],
], colWidths=[60 * mm, 80 * mm, 30 * mm])
par.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("FONT", (0, 0), (-1, -1), "LSerif", 10),
                         ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
S.append(par)
S.append(Spacer(1, 14))
S.append(Paragraph("CERTIFICATO DI PUBBLICAZIONE", center))
pub = Table([[Paragraph(
    "La presente deliberazione viene pubblicata all\u2019Albo Pretorio on line di questo Comune per quindici giorni consecutivi "
    "dal 13/03/2026 al 28/03/2026 (registro pubblicazioni n. 512), ai sensi dell\u2019art. 124, comma 1, del D.Lgs. 267/2000, "
    "ed è contestualmente comunicata ai Capigruppo consiliari ai sensi dell\u2019art. 125.<br/><br/>"
    "Orbassano, 13/03/2026 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Il Funzionario incaricato &nbsp; Rag. Monica Tesio", body)]],
    colWidths=[170 * mm])
pub.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                         ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
S.append(pub)
doc.build(S)
