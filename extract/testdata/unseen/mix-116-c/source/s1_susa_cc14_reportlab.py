#!/usr/bin/env python3
"""Comune di Susa - Consiglio Comunale n. 14 del 08/04/2027 (house style "Civilia Next").
ReportLab platypus: justified paragraphs (word spacing Tw), a letter-spaced title (Tc),
a running foot with the act's number, a roll-call vote table."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-susa-civilianext.pdf"
NUM, DATA = 14, "08/04/2027"

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle("small", parent=body, fontSize=9, leading=11)
cen = ParagraphStyle("cen", parent=body, alignment=TA_CENTER)
bold_c = ParagraphStyle("bc", parent=cen, fontName="Times-Bold", fontSize=12, spaceBefore=6, spaceAfter=6)
lab = ParagraphStyle("lab", parent=body, fontName="Helvetica-Bold", fontSize=9, alignment=TA_LEFT)
subj = ParagraphStyle("subj", parent=body, fontName="Helvetica-Bold", fontSize=10.5, leading=13, alignment=TA_LEFT)


def first_page(c, doc):
    c.saveState()
    # crest placeholder
    c.setStrokeColor(colors.HexColor("#7a1f1f"))
    c.setLineWidth(1.2)
    c.roundRect(20 * mm, 262 * mm, 16 * mm, 20 * mm, 3 * mm)
    c.setFont("Helvetica-Bold", 6)
    c.drawCentredString(28 * mm, 271 * mm, "STEMMA")
    c.setFillColor(colors.HexColor("#7a1f1f"))
    c.setFont("Helvetica-Bold", 17)
    c.drawString(40 * mm, 275 * mm, "COMUNE DI SUSA")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 9)
    c.drawString(40 * mm, 269.5 * mm, "Città Metropolitana di Torino")
    c.drawString(40 * mm, 265 * mm, "Codice Fiscale 86501270010  -  segreteria@comune.susa.to.it")
    # box at right: original copy marker
    c.setLineWidth(0.6)
    c.setStrokeColor(colors.black)
    c.rect(150 * mm, 266 * mm, 40 * mm, 14 * mm)
    c.setFont("Helvetica-Bold", 10)
    c.drawCentredString(170 * mm, 274.5 * mm, "ORIGINALE")
    c.setFont("Helvetica", 7.5)
    c.drawCentredString(170 * mm, 269.5 * mm, "Codice ente 001270")
    c.line(20 * mm, 259 * mm, 190 * mm, 259 * mm)
    # letter-spaced title drawn with a character spacing (Tc)
    t = c.beginText()
    t.setTextOrigin(20 * mm, 250 * mm)
    t.setFont("Helvetica-Bold", 11)
    t.setCharSpace(2.2)
    t.textOut("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE")
    t.setCharSpace(0)
    c.drawText(t)
    c.restoreState()
    foot(c, doc)


def later_page(c, doc):
    c.saveState()
    c.setFont("Helvetica-Bold", 9)
    c.setFillColor(colors.HexColor("#7a1f1f"))
    c.drawString(20 * mm, 282 * mm, "COMUNE DI SUSA")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 8)
    c.drawRightString(190 * mm, 282 * mm, "Verbale di deliberazione del Consiglio Comunale")
    c.line(20 * mm, 280 * mm, 190 * mm, 280 * mm)
    c.restoreState()
    foot(c, doc)


def foot(c, doc):
    c.saveState()
    c.setLineWidth(0.4)
    c.line(20 * mm, 16 * mm, 190 * mm, 16 * mm)
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 12 * mm, "Deliberazione C.C. n. %d del %s" % (NUM, DATA))
    c.drawCentredString(105 * mm, 8 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005")
    c.drawRightString(190 * mm, 12 * mm, "Pag. %d" % doc.page)
    c.restoreState()


doc = BaseDocTemplate(OUT, pagesize=A4, title="Deliberazione C.C. 14/2027",
                      author="Comune di Susa", creator="Civilia Next - Atti amministrativi")
f1 = Frame(20 * mm, 20 * mm, 170 * mm, 224 * mm, id="f1", leftPadding=0, rightPadding=0)
f2 = Frame(20 * mm, 20 * mm, 170 * mm, 256 * mm, id="f2", leftPadding=0, rightPadding=0)
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later_page)])

S = []
hdr = Table([
    [Paragraph("Numero", lab), Paragraph("Data", lab), Paragraph("Seduta", lab)],
    [Paragraph("<b>%d</b>" % NUM, body), Paragraph("<b>%s</b>" % DATA, body),
     Paragraph("ordinaria, pubblica, di prima convocazione", body)],
], colWidths=[30 * mm, 40 * mm, 100 * mm])
hdr.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                         ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                         ("VALIGN", (0, 0), (-1, -1), "TOP")]))
S += [hdr, Spacer(1, 4 * mm)]
ogg = Table([[Paragraph("OGGETTO:", lab),
              Paragraph("APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2026 "
                        "AI SENSI DELL'ART. 227 DEL D.LGS. N. 267/2000", subj)]],
            colWidths=[22 * mm, 148 * mm])
ogg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
S += [ogg, Spacer(1, 2 * mm),
      Paragraph("Proposta n. 18 del 22/03/2027 &nbsp;&nbsp;-&nbsp;&nbsp; Area proponente: AREA ECONOMICO-FINANZIARIA", small),
      Spacer(1, 3 * mm)]

S.append(Paragraph(
    "L'anno <b>duemilaventisette</b>, addì <b>otto</b> del mese di <b>aprile</b>, alle ore <b>20:30</b>, "
    "nella Sala Consiliare del Palazzo Civico, previa l'osservanza di tutte le formalità prescritte dalla "
    "vigente legge e dal Regolamento del Consiglio Comunale, vennero oggi convocati a seduta i Consiglieri "
    "Comunali. All'appello nominale risultano:", body))

roll = [("PEROTTO Andrea", "Sindaco", "X", ""), ("CHIABERTO Elena", "Consigliere", "X", ""),
        ("FAVRO Marco", "Consigliere", "X", ""), ("REGE Simona", "Consigliere", "X", ""),
        ("BORGIS Davide", "Consigliere", "X", ""), ("JANNON Paola", "Consigliere", "X", ""),
        ("GROS Fabrizio", "Consigliere", "X", ""), ("VOTTERO Ilaria", "Consigliere", "X", ""),
        ("USSEGLIO Mattia", "Consigliere", "X", ""), ("RICHETTO Carla", "Consigliere", "X", ""),
        ("TONDA Stefano", "Consigliere", "", "X"), ("BELLONE Giorgia", "Consigliere", "", "X"),
        ("ASCHIERI Roberto", "Consigliere", "X", "")]
rows = [["N.", "Cognome e nome", "Carica", "Presente", "Assente"]]
for i, r in enumerate(roll, 1):
    rows.append([str(i), r[0], r[1], r[2], r[3]])
rows.append(["", "", "Totale", "11", "2"])
rt = Table(rows, colWidths=[10 * mm, 62 * mm, 38 * mm, 22 * mm, 22 * mm], hAlign="CENTER")
rt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
                        ("ALIGN", (3, 0), (-1, -1), "CENTER"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
                        ("GRID", (0, 0), (-1, -2), 0.3, colors.grey),
                        ("BOX", (2, -1), (-1, -1), 0.3, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]))
S += [rt, Spacer(1, 3 * mm)]
S.append(Paragraph("Assenti giustificati: BELLONE Giorgia.", small))
S.append(Paragraph(
    "Assiste alla seduta il Segretario Comunale, <b>dott.ssa Luisa MARTINASSO</b>, la quale provvede alla "
    "redazione del presente verbale. Essendo legale il numero degli intervenuti, il <b>sig. Andrea PEROTTO</b>, "
    "nella sua qualità di <b>Sindaco</b>, assume la presidenza e dichiara aperta la seduta per la trattazione "
    "dell'oggetto sopra indicato, iscritto al punto n. 2 dell'ordine del giorno.", body))
S.append(Paragraph(
    "Alle ore 20:50, durante l'illustrazione dell'argomento da parte dell'Assessore al Bilancio, entra in aula "
    "il Consigliere TONDA Stefano. I Consiglieri presenti sono pertanto n. 12.", body))
S.append(Paragraph("IL CONSIGLIO COMUNALE", bold_c))
prem = [
    "Premesso che l'art. 227 del D.Lgs. 18 agosto 2000, n. 267 dispone che la dimostrazione dei risultati di "
    "gestione avviene mediante il rendiconto, il quale comprende il conto del bilancio, il conto economico e "
    "lo stato patrimoniale, e che esso è deliberato dall'organo consiliare entro il 30 aprile dell'anno "
    "successivo;",
    "Richiamata la deliberazione della Giunta Comunale n. 33 del 25/03/2027, esecutiva ai sensi di legge, con la "
    "quale è stato approvato lo schema di rendiconto della gestione per l'esercizio 2026 e la relazione "
    "illustrativa di cui all'art. 151, comma 6, del D.Lgs. n. 267/2000;",
    "Vista la determinazione n. 112 del 28/02/2027 del Responsabile dell'Area Economico-Finanziaria relativa al "
    "riaccertamento ordinario dei residui attivi e passivi al 31 dicembre 2026, recepita con deliberazione della "
    "Giunta Comunale n. 24 del 04/03/2027;",
    "Dato atto che lo schema di rendiconto e i relativi allegati sono stati messi a disposizione dei Consiglieri "
    "Comunali in data 26/03/2027, nel rispetto del termine di venti giorni previsto dal vigente Regolamento di "
    "contabilità;",
    "Vista la relazione dell'Organo di revisione economico-finanziaria, acquisita al protocollo n. 4127 del "
    "30/03/2027, con la quale si esprime parere favorevole all'approvazione del rendiconto;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile dell'Area "
    "Economico-Finanziaria ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    "Udita l'illustrazione dell'Assessore al Bilancio e gli interventi dei Consiglieri RICHETTO Carla e "
    "ASCHIERI Roberto, i quali preannunciano il voto contrario del gruppo consiliare di minoranza, come da "
    "registrazione audio conservata agli atti;",
]
for p in prem:
    S.append(Paragraph(p, body))
S.append(Paragraph(
    "Il Presidente pone in votazione la proposta. La votazione, su richiesta del Consigliere ASCHIERI Roberto, "
    "si svolge in forma palese per appello nominale, con il seguente esito:", body))
vote = [("PEROTTO Andrea", "favorevole"), ("CHIABERTO Elena", "favorevole"), ("FAVRO Marco", "favorevole"),
        ("REGE Simona", "favorevole"), ("BORGIS Davide", "favorevole"), ("JANNON Paola", "favorevole"),
        ("GROS Fabrizio", "favorevole"), ("VOTTERO Ilaria", "favorevole"), ("USSEGLIO Mattia", "favorevole"),
        ("RICHETTO Carla", "contrario"), ("TONDA Stefano", "astenuto"), ("BELLONE Giorgia", "assente"),
        ("ASCHIERI Roberto", "contrario")]
vr = [["Consigliere", "Voto", "Consigliere", "Voto"]]
half = 7
for i in range(half):
    a = vote[i]
    b = vote[i + half] if i + half < len(vote) else ("", "")
    vr.append([a[0], a[1], b[0], b[1]])
vt = Table(vr, colWidths=[50 * mm, 30 * mm, 50 * mm, 30 * mm], hAlign="CENTER")
vt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                        ("LINEAFTER", (1, 0), (1, -1), 0.5, colors.grey)]))
S += [vt, Spacer(1, 3 * mm)]
S.append(Paragraph(
    "Presenti n. 12 &ndash; Votanti n. 11 &ndash; Favorevoli n. 9 &ndash; Contrari n. 2 (RICHETTO Carla, "
    "ASCHIERI Roberto) &ndash; Astenuti n. 1 (TONDA Stefano).", body))
S.append(Paragraph("Visto l'esito della votazione,", body))
S.append(Paragraph("D E L I B E R A", bold_c))
pts = [
    "di approvare il rendiconto della gestione per l'esercizio finanziario 2026, composto dal conto del "
    "bilancio, dal conto economico e dallo stato patrimoniale, corredato degli allegati previsti dall'art. 11, "
    "comma 4, del D.Lgs. n. 118/2011, depositati agli atti dell'Area Economico-Finanziaria;",
    "di dare atto che il risultato di amministrazione al 31/12/2026 ammonta a euro 1.284.516,37, di cui parte "
    "accantonata euro 612.300,00, parte vincolata euro 298.745,12, parte destinata agli investimenti euro "
    "84.000,00 e parte disponibile euro 289.471,25;",
    "di dare atto che, sulla base dei parametri obiettivi di cui al D.M. 4 agosto 2023, l'Ente non risulta "
    "strutturalmente deficitario;",
    "di disporre la trasmissione dei dati del rendiconto alla Banca Dati delle Amministrazioni Pubbliche "
    "(BDAP) entro trenta giorni dall'approvazione.",
]
for i, p in enumerate(pts, 1):
    S.append(Paragraph("%d. %s" % (i, p), ParagraphStyle("pt", parent=body, leftIndent=8 * mm,
                                                         firstLineIndent=-6 * mm)))
S.append(Paragraph(
    "Successivamente, con separata votazione palese per alzata di mano, con voti favorevoli n. 9, contrari "
    "n. 2 (RICHETTO Carla, ASCHIERI Roberto) e astenuti n. 1 (TONDA Stefano), il Consiglio Comunale dichiara "
    "la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. "
    "267/2000, stante l'urgenza di trasmettere i dati alla BDAP.", body))
S.append(Spacer(1, 5 * mm))
S.append(Paragraph("Letto, confermato e sottoscritto.", body))
sig = Table([[Paragraph("IL PRESIDENTE<br/>Andrea PEROTTO<br/><font size=8>(firmato digitalmente)</font>", cen),
              Paragraph("IL SEGRETARIO COMUNALE<br/>dott.ssa Luisa MARTINASSO<br/><font size=8>(firmato digitalmente)</font>", cen)]],
            colWidths=[85 * mm, 85 * mm])
S.append(KeepTogether([sig]))
S.append(Spacer(1, 10 * mm))
S.append(Paragraph("CERTIFICATO DI PUBBLICAZIONE", bold_c))
S.append(Paragraph(
    "Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line di questo "
    "Comune dal 14/04/2027 per quindici giorni consecutivi, ai sensi dell'art. 124, comma 1, del D.Lgs. n. "
    "267/2000 (Registro delle pubblicazioni n. 421).", body))
S.append(Paragraph("Susa, 14/04/2027", body))
S.append(Paragraph("IL MESSO COMUNALE<br/>Gianni ROCCIA", ParagraphStyle("r", parent=cen, leftIndent=85 * mm)))
doc.build(S)
