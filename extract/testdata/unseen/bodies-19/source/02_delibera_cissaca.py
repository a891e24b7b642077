# Deliberazione del Consiglio di Amministrazione del C.I.S.S.A.C.A. (Alessandria)
# imitating a J-Iride (Maggioli) print; made with ReportLab platypus, Liberation Sans embedded.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LSans", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSans-I", FD + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSans-BI", FD + "LiberationSans-BoldItalic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("LSans", normal="LSans", bold="LSans-B", italic="LSans-I", boldItalic="LSans-BI")

out = sys.argv[1]
body = ParagraphStyle("body", fontName="LSans", fontSize=10, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5)
cen = ParagraphStyle("cen", parent=body, alignment=TA_CENTER)
cenb = ParagraphStyle("cenb", parent=cen, fontName="LSans-B", fontSize=11, spaceBefore=6, spaceAfter=6)
left = ParagraphStyle("left", parent=body, alignment=TA_LEFT)
cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=11.5, spaceAfter=0, alignment=TA_LEFT)
cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)

TITLE = "DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE N. 12 DEL 19/03/2026"


def on_page(c, doc):
    c.saveState()
    w, h = A4
    # letterhead
    c.setStrokeColor(colors.HexColor("#1f4e79"))
    c.setFillColor(colors.HexColor("#1f4e79"))
    c.roundRect(2 * cm, h - 3.35 * cm, 2.2 * cm, 1.9 * cm, 6, stroke=1, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LSans-B", 9)
    c.drawCentredString(3.1 * cm, h - 2.75 * cm, "CISSACA")
    c.setFillColor(colors.black)
    c.setFont("LSans-B", 10.5)
    c.drawString(4.6 * cm, h - 1.85 * cm, "CONSORZIO INTERCOMUNALE PER LA GESTIONE DEI SERVIZI")
    c.drawString(4.6 * cm, h - 2.3 * cm, "SOCIO ASSISTENZIALI DEI COMUNI DELL'ALESSANDRINO")
    c.setFont("LSans", 8.5)
    c.drawString(4.6 * cm, h - 2.75 * cm, "C.I.S.S.A.C.A. – Via Galimberti, 2/A – 15121 Alessandria – Tel. 0131 229711")
    c.drawString(4.6 * cm, h - 3.15 * cm, "C.F. 96039140068 – PEC: cissaca@pec.cissaca.it")
    c.setLineWidth(0.8)
    c.line(2 * cm, h - 3.6 * cm, w - 2 * cm, h - 3.6 * cm)
    # foot
    c.setFont("LSans", 7.5)
    c.line(2 * cm, 1.75 * cm, w - 2 * cm, 1.75 * cm)
    c.drawString(2 * cm, 1.35 * cm, "Deliberazione del Consiglio di Amministrazione n. 12 del 19/03/2026")
    c.drawRightString(w - 2 * cm, 1.35 * cm, "Pag. %d" % doc.page)
    c.drawString(2 * cm, 1.0 * cm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate")
    c.restoreState()


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=4.0 * cm,
                      bottomMargin=2.2 * cm, title=TITLE, author="CISSACA - Segreteria",
                      creator="J-Iride Atti Amministrativi")
fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=on_page)])

S = []
hdr = Table([
    [Paragraph("<b>VERBALE DI DELIBERAZIONE<br/>DEL CONSIGLIO DI AMMINISTRAZIONE</b>", cellc),
     Paragraph("<b>N. 12</b><br/>del 19/03/2026", cellc)],
], colWidths=[12 * cm, 5 * cm])
hdr.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
                         ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 6),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
S.append(hdr)
S.append(Spacer(1, 6))
prop = Table([[Paragraph("Proposta n. 15 del 16/03/2026", cell),
               Paragraph("Servizio proponente: AREA AMMINISTRATIVA E RISORSE UMANE", cell)]],
             colWidths=[5 * cm, 12 * cm])
prop.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f0f0f0"))]))
S.append(prop)
S.append(Spacer(1, 8))
subj = "Approvazione dello schema di convenzione con l'Azienda Sanitaria Locale AL per la gestione integrata delle cure domiciliari socio-sanitarie rivolte a persone non autosufficienti – Anno 2026."
ot = Table([[Paragraph("<b>OGGETTO:</b>", cell), Paragraph("<b>%s</b>" % subj, ParagraphStyle("x", parent=cell, alignment=TA_JUSTIFY))]],
           colWidths=[2.4 * cm, 14.6 * cm])
ot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)]))
S.append(ot)
S.append(Spacer(1, 8))
S.append(Paragraph("L'anno <b>duemilaventisei</b>, addì <b>diciannove</b> del mese di <b>marzo</b>, alle ore <b>15:00</b>, presso la sede consortile di Via Galimberti n. 2/A in Alessandria, a seguito di regolare convocazione del Presidente (nota prot. n. 2291 del 13/03/2026), si è riunito il Consiglio di Amministrazione del Consorzio nelle persone dei Signori:", body))

roll = [("BARBERIS ELENA", "Presidente", True), ("GHIO FEDERICO", "Vice Presidente", True),
        ("CAVALLERO LUCIA", "Consigliere", True), ("RAVERA DAVIDE", "Consigliere", False),
        ("TORTAROLO SIMONA", "Consigliere", True)]
data = [[Paragraph("<b>Cognome e Nome</b>", cell), Paragraph("<b>Carica</b>", cell),
         Paragraph("<b>Presente</b>", cellc), Paragraph("<b>Assente</b>", cellc)]]
for n, r, p in roll:
    data.append([Paragraph(n, cell), Paragraph(r, cell), Paragraph("X" if p else "", cellc), Paragraph("" if p else "X", cellc)])
data.append([Paragraph("", cell), Paragraph("<b>Totale</b>", cell), Paragraph("<b>4</b>", cellc), Paragraph("<b>1</b>", cellc)])
rt = Table(data, colWidths=[6.5 * cm, 4.5 * cm, 2.5 * cm, 2.5 * cm])
rt.setStyle(TableStyle([("GRID", (0, 0), (-1, -2), 0.5, colors.black), ("BOX", (2, -1), (3, -1), 0.5, colors.black),
                        ("INNERGRID", (2, -1), (3, -1), 0.5, colors.black),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]))
S.append(rt)
S.append(Spacer(1, 6))
S.append(Paragraph("La Consigliera Tortarolo partecipa alla seduta in collegamento da remoto, ai sensi del Regolamento per lo svolgimento delle sedute in modalità telematica approvato con deliberazione del Consiglio di Amministrazione n. 31 del 28/09/2022.", body))
S.append(Paragraph("Assume la presidenza l'Avv. Elena Barberis, in qualità di Presidente, la quale, riconosciuta la validità dell'adunanza, dichiara aperta la seduta.", body))
S.append(Paragraph("Assiste alla seduta, con funzioni di Segretario verbalizzante, il Direttore del Consorzio Dott.ssa Paola Repetto.", body))
S.append(Paragraph("IL CONSIGLIO DI AMMINISTRAZIONE", cenb))
prem = [
    "<b>Premesso</b> che il C.I.S.S.A.C.A. gestisce, in forma associata per conto dei Comuni consorziati, le funzioni socio-assistenziali di cui alla L.R. 8 gennaio 2004, n. 1, e che l'integrazione socio-sanitaria delle cure domiciliari è regolata da apposita convenzione con l'Azienda Sanitaria Locale territorialmente competente;",
    "<b>Richiamate</b> la D.G.R. 30 marzo 2010, n. 39-13732, e la D.G.R. 26 febbraio 2024, n. 12-8214, in materia di prestazioni domiciliari in lungoassistenza a favore di anziani non autosufficienti e di persone con disabilità;",
    "<b>Dato atto</b> che la convenzione in essere con l'ASL AL, approvata con deliberazione del Consiglio di Amministrazione n. 8 del 21/02/2025, è scaduta il 31/12/2025 e che, nelle more, le prestazioni sono state garantite in regime di prorogatio;",
    "<b>Visto</b> lo schema di convenzione condiviso con la S.C. Distretto di Alessandria dell'ASL AL e allegato al presente provvedimento, che prevede una quota sanitaria a carico dell'ASL pari al 50% del costo delle prestazioni di assistenza tutelare e un budget annuo complessivo di euro 1.240.000,00;",
    "<b>Visti</b> lo Statuto consortile e il Regolamento di organizzazione;",
    "<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile espressi, rispettivamente, dal Responsabile dell'Area Amministrativa e Risorse Umane e dal Responsabile dell'Area Economico-Finanziaria, ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
]
for t in prem:
    S.append(Paragraph(t, body))
S.append(Paragraph("Con voti unanimi favorevoli, espressi in forma palese (Presenti n. 4 – Votanti n. 4 – Favorevoli n. 4),", body))
S.append(Paragraph("D E L I B E R A", cenb))
pts = [
    "di approvare lo schema di convenzione tra il C.I.S.S.A.C.A. e l'Azienda Sanitaria Locale AL per la gestione integrata delle cure domiciliari socio-sanitarie per l'anno 2026, allegato al presente atto quale parte integrante e sostanziale;",
    "di dare atto che la convenzione decorre dal 1° gennaio 2026 e ha scadenza al 31 dicembre 2026, fatta salva la facoltà di rinnovo per un ulteriore anno previo accordo scritto tra le parti;",
    "di autorizzare la Presidente alla sottoscrizione della convenzione, con facoltà di apportare le modifiche non sostanziali che si rendessero necessarie;",
    "di demandare al Direttore l'adozione degli atti gestionali conseguenti, ivi compresi gli accertamenti di entrata della quota sanitaria sul capitolo 2010/5 del bilancio 2026;",
    "di trasmettere copia del presente provvedimento all'ASL AL – S.C. Distretto di Alessandria e ai Comuni consorziati.",
]
for i, t in enumerate(pts, 1):
    S.append(Paragraph("%d. %s" % (i, t), ParagraphStyle("pt", parent=body, leftIndent=0.7 * cm, firstLineIndent=-0.7 * cm)))
S.append(Paragraph("Successivamente, con separata votazione unanime favorevole, il Consiglio di Amministrazione dichiara la presente deliberazione <b>immediatamente eseguibile</b> ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, al fine di consentire la sottoscrizione della convenzione entro il 31 marzo 2026.", body))
S.append(Spacer(1, 10))
par = Table([[Paragraph("<b>PARERE DI REGOLARITÀ TECNICA</b><br/>Favorevole.<br/>Il Responsabile dell'Area Amministrativa e Risorse Umane<br/>Dott. Marco Gatti", small),
              Paragraph("<b>PARERE DI REGOLARITÀ CONTABILE</b><br/>Favorevole.<br/>Il Responsabile dell'Area Economico-Finanziaria<br/>Rag. Silvia Bruno", small)]],
            colWidths=[8.5 * cm, 8.5 * cm])
par.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
S.append(par)
S.append(Spacer(1, 12))
sig = Table([[Paragraph("Letto, confermato e sottoscritto.", cell), ""],
             [Paragraph("LA PRESIDENTE<br/>Avv. Elena Barberis<br/><i>(firmato digitalmente)</i>", cellc),
              Paragraph("IL SEGRETARIO VERBALIZZANTE<br/>Dott.ssa Paola Repetto<br/><i>(firmato digitalmente)</i>", cellc)]],
            colWidths=[8.5 * cm, 8.5 * cm])
sig.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("TOPPADDING", (0, 1), (-1, 1), 10)]))
S.append(KeepTogether([sig]))
S.append(Spacer(1, 14))
pub = Table([[Paragraph("<b>RELAZIONE DI PUBBLICAZIONE</b>", cellc)],
             [Paragraph("Si certifica che la presente deliberazione viene pubblicata all'Albo Pretorio on line del Consorzio per 15 giorni consecutivi a partire dal 23/03/2026 (registro pubblicazioni n. 204).<br/>Alessandria, 23/03/2026 – IL SEGRETARIO VERBALIZZANTE – Dott.ssa Paola Repetto", cell)]],
            colWidths=[17 * cm])
pub.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
S.append(KeepTogether([pub]))
doc.build(S)
