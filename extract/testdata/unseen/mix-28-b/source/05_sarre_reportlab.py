#!/usr/bin/env python3
"""Comune di Sarre / Commune de Sarre (Valle d'Aosta) - determinazione n. 41/2026.
Layout after an IN.VA. (regional in-house IT company) atti print: bilingual letterhead,
number and date only in the heading line and in the running head of every page,
Servizio line, OGGETTO paragraph, tabella rimborsi, visto contabile, relata in two
languages. ReportLab platypus with Liberation Sans / Serif (TTF, embedded)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-sarre-inva.pdf"
FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSans", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSansB", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSerif", FD + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSerifB", FD + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSerifI", FD + "LiberationSerif-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("LSerif", 0, 0, "LSerif"); addMapping("LSerif", 1, 0, "LSerifB")
addMapping("LSerif", 0, 1, "LSerifI"); addMapping("LSerif", 1, 1, "LSerifB")

body = ParagraphStyle("b", fontName="LSerif", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="LSerifB", spaceBefore=4, spaceAfter=6)
pt = ParagraphStyle("p", parent=body, leftIndent=18, firstLineIndent=-18)
small = ParagraphStyle("s", fontName="LSans", fontSize=8, leading=10)
cell = ParagraphStyle("cell", fontName="LSans", fontSize=8.5, leading=10.5)

HEAD_LINE = "Comune di Sarre - Determinazione n. 41 del 10/03/2026"


def page(c, doc):
    c.saveState()
    w, h = A4
    # letterhead only on page 1
    if doc.page == 1:
        c.setFont("LSans", 7)
        c.rect(20 * mm, h - 36 * mm, 18 * mm, 20 * mm)
        c.drawCentredString(29 * mm, h - 27 * mm, "[stemma]")
        c.setFont("LSerifB", 15)
        c.drawString(44 * mm, h - 22 * mm, "COMUNE DI SARRE")
        c.setFont("LSerifI", 12)
        c.drawString(44 * mm, h - 28 * mm, "COMMUNE DE SARRE")
        c.setFont("LSans", 8)
        c.drawString(44 * mm, h - 33 * mm, "Regione Autonoma Valle d'Aosta - Région Autonome Vallée d'Aoste")
        c.drawString(44 * mm, h - 37 * mm, "Fraz. Tissoret, 39 - 11010 Sarre (AO) - tel. 0165 257855")
        c.line(20 * mm, h - 40 * mm, w - 20 * mm, h - 40 * mm)
    else:
        c.setFont("LSans", 8)
        c.drawString(20 * mm, h - 14 * mm, HEAD_LINE)
        c.drawRightString(w - 20 * mm, h - 14 * mm, "Servizio finanziario e tributi")
        c.line(20 * mm, h - 16 * mm, w - 20 * mm, h - 16 * mm)
    c.setFont("LSans", 7)
    c.line(20 * mm, 16 * mm, w - 20 * mm, 16 * mm)
    c.drawString(20 * mm, 12 * mm, "Atto firmato digitalmente ai sensi del D.Lgs. 82/2005 - Acte signé numériquement")
    c.drawRightString(w - 20 * mm, 12 * mm, "Pagina %d" % doc.page)
    c.restoreState()


doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=22 * mm,
                      title="Determinazione n. 41 del 10/03/2026", author="Comune di Sarre",
                      creator="IN.VA. - Gestione atti amministrativi")
f1 = Frame(20 * mm, 22 * mm, A4[0] - 40 * mm, A4[1] - 66 * mm, id="f1")
f2 = Frame(20 * mm, 22 * mm, A4[0] - 40 * mm, A4[1] - 42 * mm, id="f2")
doc.addPageTemplates([PageTemplate(id="first", frames=[f1], onPage=page, autoNextPageTemplate="later"),
                      PageTemplate(id="later", frames=[f2], onPage=page)])

S = []
S.append(Paragraph("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", ParagraphStyle("t", parent=ctr, fontSize=12.5, leading=16, spaceAfter=2)))
S.append(Paragraph("N. 41 del 10/03/2026", ParagraphStyle("t2", parent=ctr, fontSize=11.5, spaceAfter=8)))
S.append(Paragraph("<b>SERVIZIO FINANZIARIO E TRIBUTI</b>", ParagraphStyle("sv", parent=body, alignment=TA_LEFT)))
S.append(Spacer(1, 4))
S.append(Table([[Paragraph("<b>OGGETTO:</b>", body),
                 Paragraph("<b>Rimborso di somme indebitamente versate a titolo di Imposta Municipale Propria (IMU) "
                           "per gli anni d'imposta 2021-2023 a favore di contribuenti diversi. Impegno e liquidazione "
                           "della spesa.</b>", body)]],
               colWidths=[24 * mm, 146 * mm],
               style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
                                 ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)])))
S.append(Spacer(1, 8))
S.append(Paragraph("IL RESPONSABILE DEL SERVIZIO FINANZIARIO E TRIBUTI", ctr))
for t in [
    "Richiamata la legge regionale 7 dicembre 1998, n. 54 (Sistema delle autonomie in Valle d'Aosta), e in particolare l'art. 46, comma 4, che attribuisce ai responsabili dei servizi l'adozione degli atti di gestione finanziaria;",
    "Richiamato il decreto del Sindaco n. 2 del 07/01/2026, con il quale la sottoscritta è stata nominata responsabile del Servizio finanziario e tributi;",
    "Vista la deliberazione del Consiglio comunale n. 48 del 22/12/2025, con la quale è stato approvato il bilancio di previsione finanziario per il triennio 2026/2028;",
    "Visto l'art. 1, comma 164, della legge 27 dicembre 2006, n. 296, ai sensi del quale il rimborso delle somme versate e non dovute deve essere richiesto dal contribuente entro il termine di cinque anni dal giorno del versamento;",
    "Esaminate le istanze di rimborso presentate dai contribuenti indicati nella tabella che segue, identificati, ai fini della tutela dei dati personali, con il solo codice contribuente, e accertato, a seguito dell'istruttoria dell'Ufficio tributi, che i versamenti risultano eccedenti rispetto all'imposta dovuta;",
    "Dato atto che il codice contribuente, le generalità e le coordinate bancarie dei beneficiari sono conservati agli atti dell'Ufficio tributi;",
]:
    S.append(Paragraph(t, body))

rows = [["Cod. contribuente", "Prot. istanza", "Anni", "Causale", "Importo (euro)"],
        ["10234", "1188 del 03/02/2026", "2021-2022", "Doppio versamento", "412,00"],
        ["10877", "1502 del 12/02/2026", "2023", "Errata aliquota abitazione", "186,50"],
        ["11406", "1731 del 19/02/2026", "2022-2023", "Immobile venduto", "644,00"],
        ["12015", "1904 del 24/02/2026", "2021", "Versamento a comune errato", "298,00"],
        ["", "", "", "Totale", "1.540,50"]]
tbl = Table([[Paragraph(str(x), cell) for x in r] for r in rows],
            colWidths=[28 * mm, 36 * mm, 22 * mm, 52 * mm, 28 * mm])
tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -2), 0.5, colors.black),
                         ("BOX", (3, -1), (-1, -1), 0.5, colors.black),
                         ("INNERGRID", (3, -1), (-1, -1), 0.5, colors.black),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]))
S.append(tbl)
S.append(Spacer(1, 8))
S.append(Paragraph("DETERMINA", ctr))
for i, t in enumerate([
    "di riconoscere il diritto al rimborso delle somme indebitamente versate a titolo di IMU a favore dei contribuenti indicati in premessa, per l'importo complessivo di euro 1.540,50;",
    "di impegnare e contestualmente liquidare la spesa di euro 1.540,50 al capitolo 3120 \"Rimborsi di imposte e tasse\" (Missione 01, Programma 04, Titolo 1, Macroaggregato 109) del bilancio di previsione 2026/2028, esercizio 2026;",
    "di autorizzare il Servizio finanziario all'emissione dei relativi mandati di pagamento mediante accredito sui conti correnti indicati dai contribuenti;",
    "di dare atto che il presente provvedimento è pubblicato all'albo pretorio on line del Comune per quindici giorni consecutivi.",
], 1):
    S.append(Paragraph(f"{i}) {t}", pt))
S.append(Spacer(1, 10))
S.append(Table([["Sarre, 10/03/2026", "LA RESPONSABILE DEL SERVIZIO\nFINANZIARIO E TRIBUTI\nDott.ssa Valérie Bionaz\n(firmato digitalmente)"]],
               colWidths=[80 * mm, 90 * mm],
               style=TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10.5), ("ALIGN", (1, 0), (1, 0), "CENTER"),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")])))
S.append(Spacer(1, 12))
S.append(KeepTogether([
    Paragraph("VISTO DI REGOLARITÀ CONTABILE", ctr),
    Paragraph("Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell'art. 153, comma 5, del D.Lgs. 18 agosto 2000, n. 267, con registrazione dell'impegno n. 198/2026.", body),
    Paragraph("Sarre, 10/03/2026 - La Responsabile del Servizio finanziario e tributi - Dott.ssa Valérie Bionaz", small),
    Spacer(1, 12),
    Paragraph("RELATA DI PUBBLICAZIONE - CERTIFICAT DE PUBLICATION", ctr),
    Paragraph("Il presente atto è pubblicato all'albo pretorio on line del Comune dal 12/03/2026 per quindici giorni consecutivi. "
              "<i>Le présent acte est publié au tableau d'affichage en ligne de la Commune à compter du 12/03/2026 pendant quinze jours consécutifs.</i>", body),
    Paragraph("Il Segretario comunale - Le secrétaire communal: Dott. Ivano Cuaz", small),
]))
doc.build(S)
