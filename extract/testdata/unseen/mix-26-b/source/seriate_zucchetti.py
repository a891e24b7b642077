# Comune di Seriate - Giunta deliberation, imitating a Zucchetti "Atti Amministrativi" print.
# Producer: ReportLab platypus, Liberation Sans (TTF embedded).
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", F + "LiberationSans-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LSB"); addMapping("LS", 0, 1, "LSI"); addMapping("LS", 1, 1, "LSB")

out = sys.argv[1]
body = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
bold = ParagraphStyle("bb", parent=body, fontName="LSB")
ttl = ParagraphStyle("t", parent=cen, fontName="LSB", fontSize=12, leading=15, spaceAfter=2)
pt = ParagraphStyle("p", parent=body, leftIndent=16, firstLineIndent=-16)

SUBJ = ("APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE \u201cAMICI DEL PARCO DEL SERIO\u201d "
        "PER LA GESTIONE DELL'AREA VERDE DI VIA NAZIONI UNITE \u2013 ANNI 2026-2028")


def first(c, d):
    c.saveState()
    w, h = A4
    # crest placeholder and caption
    c.setStrokeColor(colors.HexColor("#1f4e79")); c.setLineWidth(1)
    c.roundRect(20 * mm, h - 38 * mm, 16 * mm, 20 * mm, 3, stroke=1, fill=0)
    c.setFont("LS", 5.5); c.drawCentredString(28 * mm, h - 30 * mm, "stemma")
    c.setFont("LSB", 17); c.drawString(40 * mm, h - 26 * mm, "COMUNE DI SERIATE")
    c.setFont("LS", 10); c.drawString(40 * mm, h - 31.5 * mm, "Provincia di Bergamo")
    c.setFont("LS", 7.5); c.drawString(40 * mm, h - 36 * mm,
        "Piazza Alebardi, 1 - 24068 Seriate (BG) - C.F. 00384000162 - PEC: protocollo@pec.comune.seriate.bg.it")
    c.line(20 * mm, h - 41 * mm, w - 20 * mm, h - 41 * mm)
    foot(c, d)
    c.restoreState()


def later(c, d):
    c.saveState()
    w, h = A4
    c.setFont("LSI", 8)
    c.drawString(20 * mm, h - 14 * mm, "Comune di Seriate \u2013 Deliberazione di Giunta Comunale n. 41 del 12/03/2026")
    c.line(20 * mm, h - 16 * mm, w - 20 * mm, h - 16 * mm)
    foot(c, d)
    c.restoreState()


def foot(c, d):
    w, h = A4
    c.setFont("LS", 7)
    c.line(20 * mm, 16 * mm, w - 20 * mm, 16 * mm)
    c.drawString(20 * mm, 12 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, "
                 "che sostituisce il documento cartaceo e la firma autografa.")
    c.drawRightString(w - 20 * mm, 8 * mm, "Pag. %d" % d.page)
    c.drawString(20 * mm, 8 * mm, "Atti Amministrativi \u2013 DELG 41/2026")


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                      bottomMargin=22 * mm, title="Deliberazione di Giunta Comunale n. 41 del 12/03/2026",
                      author="Comune di Seriate", creator="Zucchetti - Atti Amministrativi")
w, h = A4
f1 = Frame(20 * mm, 22 * mm, w - 40 * mm, h - 66 * mm, id="f1")
f2 = Frame(20 * mm, 22 * mm, w - 40 * mm, h - 42 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first), PageTemplate("later", [f2], onPage=later)])
from reportlab.platypus import NextPageTemplate

S = []
S.append(NextPageTemplate("later"))
S.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", ttl))
box = Table([["Deliberazione N. 41", "Data 12/03/2026", "COPIA"]], colWidths=[55 * mm, 55 * mm, 60 * mm])
box.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSB", 10), ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                         ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S += [Spacer(1, 4), box, Spacer(1, 8)]
ogg = Table([[Paragraph("<b>OGGETTO:</b>", body), Paragraph("<b>%s</b>" % SUBJ, body)]], colWidths=[24 * mm, 146 * mm])
ogg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)]))
S += [ogg, Spacer(1, 8)]
S.append(Paragraph("L'anno <b>duemilaventisei</b>, addì <b>dodici</b> del mese di <b>marzo</b> alle ore <b>17:30</b>, "
                   "nella sala delle adunanze della sede comunale, previa osservanza di tutte le formalità prescritte "
                   "dalla vigente normativa, vennero oggi convocati a seduta i componenti la Giunta Comunale.", body))
S.append(Paragraph("All'appello risultano:", body))
roll = [["N.", "Cognome e Nome", "Carica", "Presente", "Assente"],
        ["1", "VEZZOLI LUCA", "Sindaco", "X", ""],
        ["2", "MAFFEIS GIULIA", "Vice Sindaco", "X", ""],
        ["3", "ROTA ALESSANDRO", "Assessore", "", "X"],
        ["4", "PESENTI CHIARA", "Assessore", "X", ""],
        ["5", "BONOMI DAVIDE", "Assessore", "X", ""],
        ["6", "CARRARA ELENA", "Assessore", "X", ""],
        ["", "", "Totale", "5", "1"]]
rt = Table(roll, colWidths=[10 * mm, 62 * mm, 40 * mm, 24 * mm, 24 * mm])
rt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 9.5), ("FONT", (0, 0), (-1, 0), "LSB", 9.5),
                        ("FONT", (0, -1), (-1, -1), "LSB", 9.5),
                        ("GRID", (0, 0), (-1, -2), 0.5, colors.grey), ("BOX", (2, -1), (-1, -1), 0.5, colors.grey),
                        ("INNERGRID", (2, -1), (-1, -1), 0.5, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                        ("ALIGN", (3, 0), (-1, -1), "CENTER")]))
S += [rt, Spacer(1, 8)]
S.append(Paragraph("Partecipa all'adunanza il Segretario Generale <b>Dott.ssa Marta Locatelli</b>, il quale provvede "
                   "alla redazione del presente verbale.", body))
S.append(Paragraph("Essendo legale il numero degli intervenuti, il Sig. <b>Luca Vezzoli</b>, nella sua qualità di "
                   "<b>Sindaco</b>, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto "
                   "sopra indicato.", body))
S.append(Spacer(1, 6))
S.append(Paragraph("LA GIUNTA COMUNALE", ParagraphStyle("x", parent=ttl, fontSize=11)))
prem = [
    "PREMESSO che il Comune di Seriate è proprietario dell'area verde attrezzata posta in via Nazioni Unite, "
    "identificata al Catasto Terreni al foglio 9, mappali 1422 e 1423, della superficie complessiva di mq 6.840;",
    "CONSIDERATO che l'Associazione \u201cAmici del Parco del Serio\u201d, con sede in Seriate, via Paderno n. 14, iscritta al "
    "Registro Unico Nazionale del Terzo Settore, con nota acquisita al protocollo n. 5127 del 20/02/2026 ha manifestato "
    "la disponibilità a curare la manutenzione ordinaria dell'area e l'apertura e chiusura dei cancelli;",
    "RICHIAMATI l'art. 118, ultimo comma, della Costituzione e gli artt. 55 e 56 del D.Lgs. 3 luglio 2017, n. 117 "
    "(Codice del Terzo Settore), che consentono alle amministrazioni pubbliche di sottoscrivere convenzioni con le "
    "organizzazioni di volontariato e le associazioni di promozione sociale;",
    "VISTO lo schema di convenzione predisposto dal Settore Territorio e Ambiente, allegato alla presente "
    "deliberazione quale parte integrante e sostanziale (Allegato A), che prevede un rimborso delle spese "
    "effettivamente sostenute e documentate nel limite massimo di \u20ac 3.500,00 annui;",
    "DATO ATTO che la spesa complessiva di \u20ac 10.500,00 trova copertura al capitolo 9021.03 \u201cContributi per la "
    "gestione del verde pubblico\u201d del bilancio di previsione 2026-2028, annualità 2026, 2027 e 2028;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. "
    "18 agosto 2000, n. 267, dal Responsabile del Settore Territorio e Ambiente e dal Responsabile del Settore "
    "Finanziario, allegati al presente atto;",
    "Con voti unanimi favorevoli espressi nelle forme di legge;",
]
for p in prem:
    S.append(Paragraph(p, body))
S.append(Paragraph("D E L I B E R A", ParagraphStyle("x2", parent=ttl, fontSize=11, spaceBefore=4, spaceAfter=6)))
pts = [
    "di approvare lo schema di convenzione con l'Associazione \u201cAmici del Parco del Serio\u201d per la gestione "
    "dell'area verde di via Nazioni Unite per gli anni 2026-2028, allegato alla presente quale parte integrante e "
    "sostanziale (Allegato A);",
    "di demandare al Responsabile del Settore Territorio e Ambiente la sottoscrizione della convenzione e "
    "l'adozione dei successivi atti gestionali, ivi compreso l'impegno della spesa;",
    "di dare atto che la spesa massima di \u20ac 10.500,00, pari a \u20ac 3.500,00 per ciascuna annualità, trova "
    "copertura al capitolo 9021.03 del bilancio di previsione 2026-2028;",
    "di pubblicare la convenzione, una volta sottoscritta, nella sezione \u201cAmministrazione Trasparente\u201d del "
    "sito istituzionale ai sensi del D.Lgs. 33/2013.",
]
for i, p in enumerate(pts, 1):
    S.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), pt))
S.append(Spacer(1, 4))
S.append(Paragraph("Successivamente, con separata votazione unanime favorevole, la presente deliberazione viene "
                   "dichiarata <b>immediatamente eseguibile</b> ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, "
                   "stante l'urgenza di consentire l'avvio della gestione con la stagione primaverile.", body))
S.append(Spacer(1, 10))
S.append(Paragraph("Letto, confermato e sottoscritto.", body))
sig = Table([["IL SINDACO", "IL SEGRETARIO GENERALE"], ["Luca Vezzoli", "Dott.ssa Marta Locatelli"],
             ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "LSB", 10), ("FONT", (0, 1), (-1, -1), "LS", 10),
                         ("FONT", (0, 2), (-1, 2), "LSI", 8), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S.append(KeepTogether([sig]))
S.append(Spacer(1, 14))
pub = Table([[Paragraph("<b>PUBBLICAZIONE</b><br/>La presente deliberazione viene pubblicata all'Albo Pretorio on line "
                        "del Comune per quindici giorni consecutivi dal 13/03/2026 al 28/03/2026 (Reg. Pubbl. n. 688) e "
                        "contestualmente comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000.",
                        ParagraphStyle("pp", parent=body, fontSize=8.5, leading=11))]], colWidths=[170 * mm])
pub.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
S.append(pub)
doc.build(S)
