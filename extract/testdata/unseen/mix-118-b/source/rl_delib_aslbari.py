#!/usr/bin/env python3
"""ASL Bari - DocSuite-like deliberazione del Direttore Generale (ReportLab platypus).

Heading grid (Struttura proponente / Proposta / Responsabile), justified Times
paragraphs (ReportLab writes the justification as Tw word spacing), a
letter-spaced "D E L I B E R A" (charSpace -> Tc), the opinions of the
Direttore Amministrativo and Sanitario side by side, and a running foot with
the act's number on every page.
Usage: rl_delib_aslbari.py OUTDIR
"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

OUT = os.path.join(sys.argv[1], "deliberazione-aslbari-docsuite.pdf")

NUM, DATA = "1184", "15/06/2027"
SUBJECT = ("Procedura aperta telematica per l'affidamento del servizio di manutenzione "
           "full-risk delle apparecchiature elettromedicali dei presidi ospedalieri "
           "aziendali per la durata di 36 mesi. Aggiudicazione definitiva. CIG B7A41C92F3.")

base = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle("s", parent=base, fontSize=9, leading=11, alignment=TA_LEFT, spaceAfter=0)
lab = ParagraphStyle("l", parent=small, fontName="Helvetica-Bold", fontSize=8, leading=10)
cell = ParagraphStyle("c", parent=base, fontSize=10.5, leading=13, alignment=TA_LEFT, spaceAfter=0)
cellb = ParagraphStyle("cb", parent=cell, fontName="Times-Bold")
center = ParagraphStyle("ce", parent=base, alignment=TA_CENTER, spaceAfter=2)
centerb = ParagraphStyle("ceb", parent=center, fontName="Times-Bold")
spaced = ParagraphStyle("sp", parent=centerb, fontSize=13, leading=18, spaceBefore=6,
                        spaceAfter=8)
point = ParagraphStyle("p", parent=base, leftIndent=8 * mm, firstLineIndent=-6 * mm)


def foot(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 7.5)
    canv.setStrokeColor(colors.grey)
    canv.line(20 * mm, 16 * mm, 190 * mm, 16 * mm)
    canv.drawString(20 * mm, 12 * mm,
                    "ASL BA - Deliberazione n. %s del %s" % (NUM, DATA))
    canv.drawRightString(190 * mm, 12 * mm, "Pagina %d di %s" % (doc.page, TOTAL[0]))
    canv.drawCentredString(105 * mm, 8 * mm,
                           "Documento informatico sottoscritto con firma digitale ai sensi del D.Lgs. 82/2005")
    canv.restoreState()


TOTAL = ["3"]


def story():
    s = []
    head = Table([
        [[Paragraph('<font name="Helvetica-Bold" size="22" color="#0b5394">ASL BARI</font>', small),
          Spacer(1, 9),
          Paragraph('<font name="Helvetica" size="9">Azienda Sanitaria Locale della provincia di Bari</font>', small),
          Paragraph('<font name="Helvetica" size="7.5">Lungomare Starita, 6 - 70132 Bari - '
                    'C.F./P.IVA 06534340721</font>', small)],
         [Paragraph('<font name="Helvetica-Bold" size="11">DELIBERAZIONE DEL<br/>DIRETTORE GENERALE</font>',
                    ParagraphStyle("h", parent=small, alignment=TA_CENTER, leading=14)),
          Spacer(1, 6),
          Paragraph('<font name="Helvetica" size="11">N. <b>%s</b> del <b>%s</b></font>' % (NUM, DATA),
                    ParagraphStyle("h2", parent=small, alignment=TA_CENTER, leading=14))]],
    ], colWidths=[100 * mm, 70 * mm])
    head.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("LINEAFTER", (0, 0), (0, 0), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    s += [head, Spacer(1, 4)]
    grid = Table([
        [Paragraph("STRUTTURA PROPONENTE", lab), Paragraph("Area Gestione del Patrimonio", cellb)],
        [Paragraph("PROPOSTA", lab), Paragraph("n. 1301 del 09/06/2027", cell)],
        [Paragraph("RESPONSABILE DEL PROCEDIMENTO", lab), Paragraph("dott. Vincenzo Cassano", cell)],
        [Paragraph("DIRETTORE DELLA STRUTTURA", lab), Paragraph("dott. Francesco Introna", cell)],
        [Paragraph("OGGETTO", lab), Paragraph(SUBJECT, cellb)],
    ], colWidths=[48 * mm, 122 * mm])
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8eef6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, -1), (-1, -1), "TOP"),
    ]))
    s += [grid, Spacer(1, 10)]
    s.append(Paragraph("IL DIRETTORE GENERALE", centerb))
    s.append(Paragraph(
        "sulla base dell'istruttoria espletata dal Responsabile del procedimento e della proposta "
        "formulata dal Direttore dell'Area Gestione del Patrimonio, che ne attestano la regolarità "
        "e la legittimità, premette quanto segue.", base))
    for t in [
        "Con deliberazione n. 402 del 28/02/2027 è stata indetta procedura aperta telematica, ai sensi "
        "dell'art. 71 del D.Lgs. 31 marzo 2023, n. 36, per l'affidamento del servizio di manutenzione "
        "full-risk delle apparecchiature elettromedicali in dotazione ai presidi ospedalieri "
        "dell'Azienda, per la durata di 36 mesi, con il criterio dell'offerta economicamente più "
        "vantaggiosa e per un importo a base d'asta di euro 4.860.000,00 oltre IVA.",
        "La procedura è stata espletata sulla piattaforma telematica EmPULIA e, entro il termine "
        "fissato dal bando, sono pervenute n. 4 offerte; la Commissione giudicatrice, nominata con "
        "deliberazione n. 731 del 12/04/2027, ha concluso i propri lavori nella seduta pubblica del "
        "20/05/2027, come da verbali agli atti della Struttura proponente.",
        "Dai verbali risulta prima classificata la società Medicaltech Service S.r.l., con sede in "
        "Modugno (BA), che ha conseguito il punteggio complessivo di 88,40/100 offrendo un ribasso "
        "del 12,35% sull'importo a base d'asta, per un importo contrattuale di euro 4.259.790,00 oltre IVA.",
        "Sono state concluse con esito positivo le verifiche sul possesso dei requisiti di ordine "
        "generale e speciale dichiarati dall'aggiudicataria, attraverso il fascicolo virtuale "
        "dell'operatore economico.",
    ]:
        s.append(Paragraph(t, base))
    s.append(Paragraph(
        "Ritenuto di dover procedere all'aggiudicazione definitiva e dato atto che la spesa trova "
        "copertura sul conto economico 70.20.10.02 \"Manutenzione attrezzature sanitarie\" dei "
        "bilanci di competenza degli esercizi 2027, 2028, 2029 e 2030;", base))
    s.append(Paragraph(
        "Acquisiti i pareri favorevoli del Direttore Amministrativo e del Direttore Sanitario, "
        "per quanto di rispettiva competenza;", base))
    s.append(Paragraph('<font name="Times-Bold">D E L I B E R A</font>', spaced))
    pts = [
        "di prendere atto dei verbali della Commissione giudicatrice e di approvare la proposta di "
        "aggiudicazione della procedura in oggetto;",
        "di aggiudicare in via definitiva il servizio di manutenzione full-risk delle apparecchiature "
        "elettromedicali dei presidi ospedalieri aziendali alla società Medicaltech Service S.r.l. "
        "per l'importo complessivo di euro 4.259.790,00 oltre IVA, per la durata di 36 mesi;",
        "di imputare la spesa complessiva di euro 5.196.943,80 IVA inclusa al conto economico "
        "70.20.10.02 dei bilanci degli esercizi di competenza, come indicato in premessa;",
        "di nominare Direttore dell'esecuzione del contratto l'ing. Michele Ruggiero, dirigente "
        "dell'U.O.S.D. Ingegneria Clinica;",
        "di dichiarare il presente provvedimento immediatamente esecutivo, stante l'urgenza di "
        "garantire la continuità del servizio alla scadenza del contratto in essere.",
    ]
    for i, t in enumerate(pts, 1):
        s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, t), point))
    s.append(Spacer(1, 10))
    par = Table([
        [Paragraph("<b>IL DIRETTORE AMMINISTRATIVO</b>", center),
         Paragraph("<b>IL DIRETTORE SANITARIO</b>", center)],
        [Paragraph("dott. Giuseppe Lorusso", center), Paragraph("dott.ssa Rosanna Difonzo", center)],
        [Paragraph("parere: <b>FAVOREVOLE</b>", center), Paragraph("parere: <b>FAVOREVOLE</b>", center)],
    ], colWidths=[85 * mm, 85 * mm])
    par.setStyle(TableStyle([("BOX", (0, 0), (0, -1), 0.5, colors.black),
                             ("BOX", (1, 0), (1, -1), 0.5, colors.black)]))
    s.append(KeepTogether([par, Spacer(1, 12),
                           Paragraph("<b>IL DIRETTORE GENERALE</b>", center),
                           Paragraph("dott. Nicola Montrone", center)]))
    s.append(Spacer(1, 14))
    att = ParagraphStyle("att", parent=base, fontSize=9.5, leading=12)
    s.append(KeepTogether([
        Paragraph("<b>ATTESTAZIONI DELLA STRUTTURA PROPONENTE</b>", att),
        Paragraph("I sottoscritti attestano che il procedimento istruttorio è stato espletato nel rispetto "
                  "della normativa regionale e nazionale e che il presente provvedimento è conforme alle "
                  "risultanze istruttorie.", att),
        Table([[Paragraph("Il Responsabile del procedimento<br/>dott. Vincenzo Cassano", att),
                Paragraph("Il Direttore dell'Area Gestione del Patrimonio<br/>dott. Francesco Introna", att)]],
              colWidths=[85 * mm, 85 * mm]),
        Spacer(1, 6),
        Paragraph("<b>VISTO CONTABILE</b> - Area Gestione Risorse Finanziarie: la spesa trova copertura "
                  "sul conto economico indicato. Il Dirigente: dott.ssa Angela Pastore", att),
    ]))
    s.append(Spacer(1, 10))
    s.append(KeepTogether([
        Paragraph("<b>CERTIFICATO DI PUBBLICAZIONE</b>", att),
        Paragraph("Si certifica che il presente provvedimento è pubblicato all'Albo Pretorio on line "
                  "dell'Azienda dal 16/06/2027 per quindici giorni consecutivi.", att),
        Paragraph("L'addetto alla pubblicazione - Struttura Affari Generali", att),
    ]))
    return s


def build(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=22 * mm,
                            title="Deliberazione n. %s del %s" % (NUM, DATA),
                            author="ASL Bari - DocSuite")
    doc.build(story(), onFirstPage=foot, onLaterPages=foot)
    return doc.page


if __name__ == "__main__":
    TOTAL[0] = str(build(OUT))
    build(OUT)
