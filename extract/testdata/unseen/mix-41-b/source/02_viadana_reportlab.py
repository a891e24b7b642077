# Consiglio deliberation of the Comune di Viadana, printed by a Python web
# application through ReportLab platypus (two-column roll, vote table,
# running head from page 2, signature footer).
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DVS", F + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", F + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS-I", F + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", F + "DejaVuSans-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVS-B"); addMapping("DVS", 0, 1, "DVS-I"); addMapping("DVS", 1, 1, "DVS-B")

out = sys.argv[1]
body = ParagraphStyle("b", fontName="DVS", fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=5)
ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="DVS-B", fontSize=10.5, spaceBefore=4, spaceAfter=6)
small = ParagraphStyle("s", parent=body, fontName="DV", fontSize=8, leading=10)
num = ParagraphStyle("n", parent=body, leftIndent=18, firstLineIndent=-18)

SUBJ = ("APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2025 "
        "AI SENSI DELL'ART. 227 DEL D.LGS. 267/2000")


def first(c, doc):
    c.saveState()
    c.setFont("DV-B", 15); c.drawString(4.2 * cm, 27.4 * cm, "COMUNE DI VIADANA")
    c.setFont("DV", 9); c.drawString(4.2 * cm, 26.9 * cm, "Provincia di Mantova")
    c.setFont("DV", 7.5); c.drawString(4.2 * cm, 26.5 * cm, "Piazza Matteotti, 2 - 46019 Viadana (MN) - PEC: comune.viadana@pec.example.it")
    # crest placeholder with caption
    c.setStrokeColor(colors.HexColor("#7a1f1f")); c.setLineWidth(1.2)
    p = c.beginPath(); p.moveTo(2.2 * cm, 27.9 * cm); p.lineTo(3.6 * cm, 27.9 * cm); p.lineTo(3.6 * cm, 26.9 * cm)
    p.curveTo(3.6 * cm, 26.4 * cm, 2.9 * cm, 26.2 * cm, 2.9 * cm, 26.2 * cm)
    p.curveTo(2.9 * cm, 26.2 * cm, 2.2 * cm, 26.4 * cm, 2.2 * cm, 26.9 * cm); p.close(); c.drawPath(p)
    c.setFont("DV", 5.5); c.drawCentredString(2.9 * cm, 25.9 * cm, "Stemma comunale")
    c.setLineWidth(0.6); c.setStrokeColor(colors.black); c.line(2 * cm, 25.7 * cm, 19 * cm, 25.7 * cm)
    foot(c, doc)
    c.restoreState()


def later(c, doc):
    c.saveState()
    c.setFont("DV", 7.5)
    c.drawString(2 * cm, 28.2 * cm, "Comune di Viadana - Deliberazione del Consiglio Comunale n. 18 del 28/04/2026")
    c.line(2 * cm, 28.0 * cm, 19 * cm, 28.0 * cm)
    foot(c, doc)
    c.restoreState()


def foot(c, doc):
    c.setFont("DV", 7)
    c.line(2 * cm, 1.7 * cm, 19 * cm, 1.7 * cm)
    c.drawString(2 * cm, 1.3 * cm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate,")
    c.drawString(2 * cm, 1.0 * cm, "che sostituisce il documento cartaceo e la firma autografa.")
    c.drawRightString(19 * cm, 1.0 * cm, "Pagina %d" % doc.page)


doc = BaseDocTemplate(out, pagesize=A4, title="Deliberazione C.C. 18/2026", author="Comune di Viadana",
                      leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2.2 * cm)
f1 = Frame(2 * cm, 2.2 * cm, 17 * cm, 23.2 * cm, id="f1")
f2 = Frame(2 * cm, 2.2 * cm, 17 * cm, 25.5 * cm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later)])
S = []
S.append(Paragraph("DELIBERAZIONE DEL CONSIGLIO COMUNALE", ParagraphStyle("h", parent=ctr, fontSize=13)))
S.append(Paragraph("Seduta pubblica ordinaria di prima convocazione", ParagraphStyle("h2", parent=body, alignment=TA_CENTER, fontName="DVS-I")))
box = Table([["N. 18", "del 28/04/2026", "COPIA CONFORME"]], colWidths=[4 * cm, 5 * cm, 8 * cm])
box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
                         ("FONT", (0, 0), (-1, -1), "DV-B", 10), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S += [box, Spacer(1, 8)]
ot = Table([[Paragraph("<b>Oggetto:</b>", body), Paragraph("<b>" + SUBJ + "</b>", body)]], colWidths=[2.3 * cm, 14.7 * cm])
ot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black)]))
S += [ot, Spacer(1, 8)]
S.append(Paragraph("L'anno <b>duemilaventisei</b>, il giorno <b>ventotto</b> del mese di <b>aprile</b>, alle ore <b>20:30</b>, "
                   "nella Sala Consiliare del Palazzo Municipale, convocato nei modi e nei termini di legge con avvisi "
                   "recapitati ai singoli Consiglieri, si è riunito il Consiglio Comunale.", body))
S.append(Paragraph("Eseguito l'appello nominale risultano:", body))
people = [("CAVALLARI NICOLA", "Sindaco", "P"), ("BERTOLETTI MARCO", "Presidente", "P"),
          ("ZANICHELLI ANNA", "Consigliere", "P"), ("GHIZZI FEDERICO", "Consigliere", "P"),
          ("ROSSATO ELISA", "Consigliere", "P"), ("MANTOVANI PIETRO", "Consigliere", "A"),
          ("AZZALI CHIARA", "Consigliere", "P"), ("FERRARI GIORGIO", "Consigliere", "P"),
          ("BORSARI LUCIA", "Consigliere", "P"), ("TAGLIAVINI MATTEO", "Consigliere", "P"),
          ("PREVIDI SARA", "Consigliere", "P"), ("SANFELICI ANDREA", "Consigliere", "A"),
          ("VEZZANI PAOLO", "Consigliere", "P"), ("CASELLI MONICA", "Consigliere", "P"),
          ("ARTONI LORENZO", "Consigliere", "P"), ("FORNASARI GIULIA", "Consigliere", "P"),
          ("DALL'ASTA FABIO", "Consigliere", "P")]
rows = [["Cognome e nome", "Qualifica", "P/A", "Cognome e nome", "Qualifica", "P/A"]]
half = 9
for i in range(half):
    l = people[i]
    r = people[i + half] if i + half < len(people) else ("", "", "")
    rows.append([l[0], l[1], l[2], r[0], r[1], r[2]])
rt = Table(rows, colWidths=[4.3 * cm, 2.5 * cm, 1.0 * cm, 4.3 * cm, 2.5 * cm, 1.0 * cm])
rt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.5), ("FONT", (0, 0), (-1, 0), "DV-B", 8.5),
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (2, 0), (2, -1), "CENTER"),
                        ("ALIGN", (5, 0), (5, -1), "CENTER"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                        ("LINEAFTER", (2, 0), (2, -1), 1.2, colors.black)]))
S += [rt, Spacer(1, 4)]
S.append(Paragraph("Presenti n. 15 &nbsp;&nbsp; Assenti n. 2 (Mantovani, Sanfelici)", ParagraphStyle("pr", parent=small, alignment=2)))
S.append(Paragraph("Assiste il Segretario Generale <b>Dott.ssa Paola Guernieri</b>, incaricato della redazione del verbale.", body))
S.append(Paragraph("Riconosciuto legale il numero degli intervenuti, il <b>Sig. Marco Bertoletti</b>, in qualità di "
                   "Presidente del Consiglio Comunale, dichiara aperta la seduta e invita il Consiglio a deliberare "
                   "sull'oggetto sopra indicato, iscritto al punto 3 dell'ordine del giorno.", body))
S.append(Paragraph("IL CONSIGLIO COMUNALE", ctr))
for t in [
    "UDITA la relazione dell'Assessore al Bilancio, Sig.ra Chiara Azzali, e gli interventi dei Consiglieri riportati nella "
    "registrazione integrale della seduta, conservata agli atti;",
    "VISTO l'art. 227 del D.Lgs. 18 agosto 2000, n. 267, il quale dispone che il rendiconto della gestione è deliberato "
    "dall'organo consiliare entro il 30 aprile dell'anno successivo;",
    "RICHIAMATA la deliberazione della Giunta Comunale n. 51 del 27/03/2026, con la quale è stato approvato lo schema di "
    "rendiconto e la relazione sulla gestione dell'esercizio 2025;",
    "VISTA la relazione dell'Organo di revisione economico-finanziaria, pervenuta in data 08/04/2026 (prot. n. 9914), "
    "con la quale si esprime parere favorevole all'approvazione del rendiconto;",
    "DATO ATTO che il rendiconto chiude con un risultato di amministrazione di € 3.184.622,17, di cui parte disponibile "
    "€ 412.908,35;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;"]:
    S.append(Paragraph(t, body))
S.append(Paragraph("Con la seguente votazione, espressa per alzata di mano:", body))
vt = Table([["Presenti", "Votanti", "Favorevoli", "Contrari", "Astenuti"], ["15", "14", "10", "4", "1"]],
           colWidths=[3.4 * cm] * 5)
vt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, 0), "DV-B", 9),
                        ("FONT", (0, 1), (-1, 1), "DV", 10), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S += [vt, Spacer(1, 3)]
S.append(Paragraph("(Contrari: Vezzani, Caselli, Artoni, Fornasari; astenuto: Dall'Asta)", small))
S.append(Paragraph("DELIBERA", ctr))
for i, t in enumerate([
    "di approvare il rendiconto della gestione per l'esercizio finanziario 2025, composto dal conto del bilancio, dal "
    "conto economico e dallo stato patrimoniale, corredato degli allegati previsti dall'art. 11, comma 4, del D.Lgs. 118/2011;",
    "di accertare il risultato di amministrazione al 31/12/2025 in € 3.184.622,17, così composto: parte accantonata "
    "€ 1.966.410,50, parte vincolata € 603.118,02, parte destinata agli investimenti € 202.185,30, parte disponibile "
    "€ 412.908,35;",
    "di dare atto che l'Ente non risulta strutturalmente deficitario sulla base dei parametri di cui al D.M. 4 agosto 2023;",
    "di trasmettere i dati del rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni "
    "dal termine previsto per l'approvazione."], 1):
    S.append(Paragraph(f"{i}) {t}", num))
S.append(Paragraph("Successivamente, stante l'urgenza di provvedere, con separata votazione che dà il seguente esito: "
                   "presenti 15, votanti 14, favorevoli 10, contrari 4, astenuti 1, la presente deliberazione è "
                   "dichiarata <b>immediatamente eseguibile</b> ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", body))
S.append(Spacer(1, 14))
sig = Table([["IL PRESIDENTE DEL CONSIGLIO", "IL SEGRETARIO GENERALE"],
             ["Sig. Marco Bertoletti", "Dott.ssa Paola Guernieri"],
             ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[8.5 * cm, 8.5 * cm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "DV-B", 9), ("FONT", (0, 1), (-1, -1), "DV", 9),
                         ("FONT", (0, 2), (-1, 2), "DV", 7), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S.append(KeepTogether([Paragraph("Letto, approvato e sottoscritto.", body), sig]))
doc.build(S)
