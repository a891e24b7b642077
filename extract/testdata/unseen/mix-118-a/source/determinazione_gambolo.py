#!/usr/bin/env python3
# Comune di Gambolò, determinazione reg. gen. n. 312 of 09/06/2027 (ReportLab).
# Same house style as the deliberation, but the letterhead and the block of
# the visto contabile are Form XObjects painted when each page ends, after
# the body text: the content stream holds them out of reading order.
import sys
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, Flowable)
from reportlab.lib import colors
from gambolo_style import *

OUT = sys.argv[1]
NUM, DATE = 312, "09/06/2027"
SUBJECT = ("AFFIDAMENTO DEL SERVIZIO DI TRASPORTO DEGLI ISCRITTI AL CENTRO RICREATIVO "
           "ESTIVO 2027 – DETERMINA A CONTRARRE E IMPEGNO DI SPESA – CIG B7C4E21A9F")

slots = []   # (page, x, y, w, h) of the visto block


class Slot(Flowable):
    """Reserves room for a block painted later as a Form XObject."""
    def __init__(self, w, h):
        super().__init__()
        self.width, self.height = w, h

    def draw(self):
        x, y = self.canv.absolutePosition(0, 0)
        slots.append((self.canv.getPageNumber(), x, y, self.width, self.height))


def visto_form(c, w, h):
    c.beginForm("visto", lowerx=0, lowery=0, upperx=w, uppery=h)
    c.setStrokeColor(BLUE)
    c.rect(0, 0, w, h)
    c.setFont("LibSans-Bold", 9)
    c.drawString(4 * mm, h - 6 * mm, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA")
    c.setFont("LibSans", 8.5)
    lines = ["Ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità "
             "contabile attestante",
             "la copertura finanziaria della spesa.",
             "Impegno n. 2027/611 – Missione 12, Programma 01, Capitolo 10410.03 – € 8.418,00",
             "Gambolò, 09/06/2027 – Il Responsabile dell’Area Finanziaria: rag. Marisa Cerri "
             "(firmato digitalmente)"]
    y = h - 12 * mm
    for ln in lines:
        c.drawString(4 * mm, y, ln)
        y -= 4.6 * mm
    c.endForm()


def build(total):
    slots.clear()
    state = {"forms": False}

    def page_begin(c, doc):
        foot(c, "Determinazione n. %d del %s – Reg. Area n. 41" % (NUM, DATE),
             c.getPageNumber(), total)
        if c.getPageNumber() > 1:
            running(c, "Comune di Gambolò – Area Affari Generali e Servizi alla Persona – "
                       "Determinazione n. %d/2027" % NUM, c.getPageNumber())

    def page_end(c, doc):
        if not state["forms"]:
            c.beginForm("lh")
            letterhead(c, "DETERMINAZIONE DEL RESPONSABILE DELL’AREA", NUM, DATE,
                       labels=("Reg. gen. n.", "Data"))
            c.endForm()
            visto_form(c, W - LM - RM, 30 * mm)
            state["forms"] = True
        if c.getPageNumber() == 1:
            c.doForm("lh")
        for (pg, x, y, w, h) in slots:
            if pg == c.getPageNumber():
                c.saveState()
                c.translate(x, y)
                c.doForm("visto")
                c.restoreState()

    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM,
                          topMargin=20 * mm, bottomMargin=20 * mm,
                          title="Determinazione n. 312/2027", author="Comune di Gambolò",
                          creator="ApKappa Atti – stampa determinazione")
    f1 = Frame(LM, 20 * mm, W - LM - RM, H - 20 * mm - 52 * mm, id="f1")
    f2 = Frame(LM, 20 * mm, W - LM - RM, H - 20 * mm - 20 * mm, id="f2")
    doc.addPageTemplates([
        PageTemplate("first", [f1], onPage=page_begin, onPageEnd=page_end, autoNextPageTemplate="later"),
        PageTemplate("later", [f2], onPage=page_begin, onPageEnd=page_end)])
    s = []
    hdr = Table([["AREA AFFARI GENERALI E SERVIZI ALLA PERSONA", "Registro di Area n. 41"],
                 ["Servizio Pubblica Istruzione", "del 07/06/2027"]],
                colWidths=[(W - LM - RM) * 0.68, (W - LM - RM) * 0.32])
    hdr.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LibSans", 9.5),
                             ("FONT", (0, 0), (0, 0), "LibSans-Bold", 10),
                             ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                             ("LINEBELOW", (0, -1), (-1, -1), 0.5, BLUE)]))
    s.append(hdr)
    s.append(Spacer(1, 8))
    s.append(Paragraph("OGGETTO: " + SUBJECT, subj))
    s.append(Spacer(1, 6))
    s.append(Paragraph("IL RESPONSABILE DELL’AREA", bodyc))
    for p in [
        "Visto il decreto del Sindaco n. 12 del 28/12/2026, con il quale è stato attribuito al "
        "sottoscritto l’incarico di Elevata Qualificazione dell’Area Affari Generali e Servizi alla "
        "Persona per l’anno 2027;",
        "Richiamate la deliberazione del Consiglio Comunale n. 44 del 20/12/2026, di approvazione del "
        "bilancio di previsione 2027/2029, e la deliberazione della Giunta Comunale n. 3 del "
        "12/01/2027, di approvazione del Piano Esecutivo di Gestione;",
        "Vista la deliberazione della Giunta Comunale n. 61 del 13/05/2027, con la quale sono state "
        "approvate le linee di indirizzo per l’organizzazione del Centro Ricreativo Estivo 2027, che "
        "si svolgerà dal 28 giugno al 6 agosto 2027 presso la scuola primaria di via Garibaldi e il "
        "centro sportivo comunale;",
        "Considerato che per le uscite settimanali degli iscritti è necessario disporre di un servizio "
        "di trasporto con autobus da 54 posti, per complessive sei giornate;",
        "Visto l’art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente "
        "l’affidamento diretto dei servizi di importo inferiore a € 140.000,00;",
        "Acquisito tramite la piattaforma Sintel di ARIA S.p.A. il preventivo della ditta Autoservizi "
        "Lomellina S.r.l. di Mortara, P.IVA 01988410186, che ha offerto l’importo di € 7.652,73 oltre "
        "IVA al 10%, ritenuto congruo;",
        "Accertata la regolarità contributiva della ditta (DURC prot. INPS_58831120, scadenza "
        "02/10/2027) e dato atto che il CIG attribuito alla procedura è B7C4E21A9F;",
    ]:
        s.append(Paragraph(p, body))
    s.append(Paragraph("D E T E R M I N A", bodyc))
    pts = [
        "di affidare alla ditta Autoservizi Lomellina S.r.l. di Mortara il servizio di trasporto "
        "degli iscritti al Centro Ricreativo Estivo 2027, per l’importo di € 7.652,73 oltre IVA al "
        "10%, per complessivi € 8.418,00;",
        "di impegnare la spesa di € 8.418,00 alla Missione 12, Programma 01, Capitolo 10410.03 del "
        "bilancio di previsione 2027/2029, esercizio 2027;",
        "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l’uso "
        "commerciale, ai sensi dell’art. 18, comma 1, del D.Lgs. 36/2023;",
        "di dare atto che il Responsabile Unico del Progetto è l’istruttrice "
        "amministrativa sig.ra Laura Bonomi;",
        "di disporre la pubblicazione del presente atto all’Albo Pretorio on line e nella sezione "
        "Amministrazione Trasparente del sito istituzionale.",
    ]
    for i, p in enumerate(pts, 1):
        s.append(Paragraph("%d)&nbsp;&nbsp;%s" % (i, p), point))
    s.append(Spacer(1, 8))
    sig = Table([["", "IL RESPONSABILE DELL’AREA"], ["", "dott. Andrea Pozzi"],
                 ["", "(firmato digitalmente)"]],
                colWidths=[(W - LM - RM) / 2] * 2)
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LibSans", 9.5),
                             ("FONT", (1, 0), (1, 0), "LibSans-Bold", 9.5),
                             ("FONT", (1, 2), (1, 2), "LibSans-Italic", 8),
                             ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    s.append(sig)
    s.append(Spacer(1, 12))
    s.append(Slot(W - LM - RM, 30 * mm))
    doc.build(s)
    return doc.page


n = build(0)
build(n)
