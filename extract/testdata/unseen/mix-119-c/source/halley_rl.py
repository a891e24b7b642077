#!/usr/bin/env python3
"""Comune di Montefalcone Appennino -- "Halley" house style, ReportLab.

Two minutes: Giunta n. 41/2027 and Consiglio n. 17/2027.
Body justified (ReportLab writes Tw word spacing), letterhead kept in a
Form XObject that is drawn at the END of page 1's content stream, running
foot with the act's number on every page.  The Consiglio minute also has
the publication stamp printed up the left margin, rotated 90 degrees.
"""
import sys, os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
W, H = A4
COMUNE = "COMUNE DI MONTEFALCONE APPENNINO"

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
bodyi = ParagraphStyle("bodyi", parent=body, leftIndent=9 * mm, firstLineIndent=-6 * mm)
centre = ParagraphStyle("centre", parent=body, alignment=TA_CENTER, fontName="Times-Bold", keepWithNext=1,
                        fontSize=12, spaceBefore=4, spaceAfter=6)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=13, leading=16,
                       alignment=TA_CENTER, spaceAfter=4)
small = ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=10.5,
                       alignment=TA_JUSTIFY)
smallb = ParagraphStyle("smallb", parent=small, fontName="Helvetica-Bold")
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=10, leading=12.5)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
sig = ParagraphStyle("sig", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_CENTER)


def crest(c, x, y):
    """a plain shield, as the package prints the stemma when no image is set"""
    p = c.beginPath()
    p.moveTo(x, y + 20 * mm)
    p.lineTo(x + 16 * mm, y + 20 * mm)
    p.lineTo(x + 16 * mm, y + 8 * mm)
    p.curveTo(x + 16 * mm, y + 3 * mm, x + 11 * mm, y + 1 * mm, x + 8 * mm, y)
    p.curveTo(x + 5 * mm, y + 1 * mm, x, y + 3 * mm, x, y + 8 * mm)
    p.close()
    c.setLineWidth(1.2)
    c.setStrokeColor(colors.HexColor("#1d3f73"))
    c.setFillColor(colors.HexColor("#dfe8f5"))
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(colors.HexColor("#1d3f73"))
    # three hills and a falcon's wing, very stylised
    q = c.beginPath()
    q.moveTo(x + 2 * mm, y + 7 * mm)
    q.curveTo(x + 4 * mm, y + 12 * mm, x + 6 * mm, y + 12 * mm, x + 8 * mm, y + 9 * mm)
    q.curveTo(x + 10 * mm, y + 14 * mm, x + 12 * mm, y + 14 * mm, x + 14 * mm, y + 7 * mm)
    q.close()
    c.drawPath(q, stroke=0, fill=1)


def make_doc(fname, heading, num, data, story, stamp=None, foot_label="Delibera di Giunta"):
    path = os.path.join(OUT, fname)

    def letterhead(c, doc):
        # running foot first: it is drawn before the letterhead form
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.black)
        c.drawString(20 * mm, 11 * mm,
                     "%s n. %d del %s  -  Pag. %d  -  %s" % (foot_label, num, data, doc.page, COMUNE))
        c.setLineWidth(0.4)
        c.line(20 * mm, 14 * mm, W - 20 * mm, 14 * mm)
        c.restoreState()
        if doc.page != 1:
            return
        if not getattr(c, "_lh_defined", False):
            c.beginForm("HalleyLetterhead", lowerx=0, lowery=H - 48 * mm, upperx=W, uppery=H)
            crest(c, 20 * mm, H - 37 * mm)
            c.setFillColor(colors.HexColor("#1d3f73"))
            c.setFont("Helvetica-Bold", 16)
            c.drawString(41 * mm, H - 24 * mm, COMUNE)
            c.setFont("Helvetica", 10.5)
            c.setFillColor(colors.black)
            c.drawString(41 * mm, H - 30 * mm, "Provincia di Fermo")
            c.setFont("Helvetica", 7.5)
            c.drawString(41 * mm, H - 35 * mm,
                         "Piazza Umberto I, 1 - 63855 Montefalcone Appennino (FM) - Tel. 0734 79121 - "
                         "PEC: comune.montefalconeappennino@pec.it")
            c.setLineWidth(0.8)
            c.setStrokeColor(colors.HexColor("#1d3f73"))
            c.line(20 * mm, H - 40 * mm, W - 20 * mm, H - 40 * mm)
            c.endForm()
            c._lh_defined = True
        c.doForm("HalleyLetterhead")
        # COPIA mark, top right
        c.saveState()
        c.setFont("Helvetica-Bold", 11)
        c.setStrokeColor(colors.black)
        c.rect(W - 46 * mm, H - 18 * mm, 26 * mm, 7 * mm, stroke=1, fill=0)
        c.drawCentredString(W - 33 * mm, H - 16 * mm, "COPIA")
        c.restoreState()
        if stamp:
            c.saveState()
            c.translate(11 * mm, 60 * mm)
            c.rotate(90)
            c.setStrokeColor(colors.HexColor("#8a1c1c"))
            c.setFillColor(colors.HexColor("#8a1c1c"))
            c.setLineWidth(0.7)
            c.rect(-2 * mm, -3.2 * mm, 178 * mm, 9.4 * mm, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(0, 2.6 * mm, stamp[0])
            c.setFont("Helvetica", 7)
            c.drawString(0, -1.2 * mm, stamp[1])
            c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                          topMargin=20 * mm, bottomMargin=20 * mm,
                          title="%s n. %d del %s" % (heading.title(), num, data),
                          author="Comune di Montefalcone Appennino",
                          creator="Halley Informatica - Atti Amministrativi",
                          subject=heading)
    first = Frame(22 * mm, 20 * mm, W - 42 * mm, H - 20 * mm - 46 * mm, id="first")
    later = Frame(22 * mm, 20 * mm, W - 42 * mm, H - 40 * mm, id="later")
    doc.addPageTemplates([
        PageTemplate(id="First", frames=[first], onPageEnd=letterhead, autoNextPageTemplate="Later"),
        PageTemplate(id="Later", frames=[later], onPageEnd=letterhead),
    ])
    doc.build(story)


def header_block(heading, num, data, subject, extra=None):
    out = [Paragraph("COPIA DI DELIBERAZIONE %s" % heading, title)]
    t = Table([[Paragraph("Numero&nbsp;&nbsp;<b>%d</b>" % num, cell),
                Paragraph("Del&nbsp;&nbsp;<b>%s</b>" % data, cell)]],
              colWidths=[40 * mm, 50 * mm], hAlign="CENTER")
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                           ("INNERGRID", (0, 0), (-1, -1), 0.8, colors.black),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    out.append(t)
    out.append(Spacer(1, 4 * mm))
    rows = [[Paragraph("Oggetto:", cellb), Paragraph(subject, cellb)]]
    if extra:
        rows.append([Paragraph("", cell), Paragraph(extra, ParagraphStyle("x", parent=cell, fontSize=8.5))])
    o = Table(rows, colWidths=[20 * mm, W - 42 * mm - 20 * mm])
    o.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    out.append(o)
    out.append(Spacer(1, 5 * mm))
    return out


def pareri(items):
    rows = []
    for lab, who in items:
        rows.append([Paragraph(lab, small), Paragraph(who, small)])
    t = Table(rows, colWidths=[95 * mm, W - 42 * mm - 95 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Paragraph("PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000", smallb), Spacer(1, 1.5 * mm), t,
            Spacer(1, 4 * mm)]


def signatures(pres, segr):
    t = Table([[Paragraph("IL PRESIDENTE", sig), Paragraph("IL SEGRETARIO COMUNALE", sig)],
               [Paragraph("F.to %s" % pres, sig), Paragraph("F.to %s" % segr, sig)]],
              colWidths=[(W - 42 * mm) / 2] * 2)
    return [Paragraph("Letto, approvato e sottoscritto.", body), Spacer(1, 2 * mm), t, Spacer(1, 6 * mm)]


def certificate(lines):
    out = [Paragraph("CERTIFICATO DI PUBBLICAZIONE", ParagraphStyle("ct", parent=smallb, alignment=TA_CENTER,
                                                                    fontSize=9.5, spaceAfter=3))]
    for l in lines:
        out.append(Paragraph(l, ParagraphStyle("cl", parent=small, spaceAfter=3)))
    box = Table([[out]], colWidths=[W - 42 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
    return [KeepTogether([box])]


# ---------------------------------------------------------------- Giunta 41
def giunta41():
    subject = ("APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE PRO LOCO MONTEFALCONE PER LA "
               "GESTIONE DEL CENTRO VISITE DEL MONTE FALCONE - STAGIONE ESTIVA 2027")
    s = header_block("DELLA GIUNTA COMUNALE", 41, "08-07-2027", subject,
                     "Proposta di deliberazione n. 48 del 02-07-2027 - Ufficio proponente: AREA AMMINISTRATIVA")
    P = lambda t: s.append(Paragraph(t, body))
    P("L'anno <b>duemilaventisette</b>, il giorno <b>otto</b> del mese di <b>luglio</b>, alle ore <b>12:30</b>, "
      "nella Sede Comunale, previa l'osservanza di tutte le formalità prescritte dalla vigente normativa, "
      "si è riunita la Giunta Comunale.")
    P("Sono presenti i Signori VITALI ERMANNO, Sindaco, e CORRADINI LAURA, Vice Sindaco; è assente "
      "giustificato TEMPERINI GIUSEPPE, Assessore. Presenti n. 2, assenti n. 1.")
    P("Assume la presidenza il Sig. VITALI ERMANNO in qualità di Sindaco, il quale, constatato il numero "
      "legale degli intervenuti, dichiara aperta la seduta.")
    P("Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, "
      "lett. a, del D.Lgs. n. 267/2000) il Segretario Comunale Dott.ssa ALESSANDRINI MARISA.")
    s.append(Paragraph("LA GIUNTA COMUNALE", centre))
    P("<b>Premesso</b> che il Comune è proprietario dell'immobile denominato Centro Visite del Monte Falcone, "
      "sito in località Fonte del Faggio, destinato ad attività di informazione turistica, di educazione "
      "ambientale e di accoglienza degli escursionisti che percorrono la rete sentieristica comunale;")
    P("<b>Considerato</b> che l'Associazione Pro Loco Montefalcone, iscritta all'Albo regionale delle Pro Loco, "
      "ha manifestato con nota prot. n. 1874 del 24-06-2027 la propria disponibilità a curare l'apertura "
      "del Centro nei fine settimana e nei giorni festivi dei mesi di luglio, agosto e settembre 2027, "
      "avvalendosi dei propri soci volontari;")
    P("<b>Ritenuto</b> di disciplinare i rapporti con l'Associazione mediante apposita convenzione, il cui schema, "
      "allegato alla presente sotto la lettera A), ne costituisce parte integrante e sostanziale;")
    P("<b>Visti</b> il D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore), lo Statuto comunale e il vigente "
      "Regolamento comunale per la concessione di contributi e vantaggi economici;")
    P("<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 "
      "del D.Lgs. n. 267/2000, riportati in calce;")
    P("Con voti unanimi favorevoli, espressi nelle forme di legge;")
    s.append(Paragraph("D E L I B E R A", centre))
    for t in [
        "1) di approvare lo schema di convenzione con l'Associazione Pro Loco Montefalcone per la gestione "
        "del Centro Visite del Monte Falcone per il periodo dal 15 luglio al 30 settembre 2027, allegato "
        "alla presente sotto la lettera A);",
        "2) di riconoscere all'Associazione un contributo forfettario di euro 2.400,00 a titolo di rimborso "
        "delle spese documentate, con imputazione alla Missione 7, Programma 1, capitolo 1142 del bilancio "
        "di previsione 2027/2029, esercizio 2027;",
        "3) di demandare al Responsabile dell'Area Amministrativa la sottoscrizione della convenzione e "
        "l'adozione degli atti conseguenti, compreso l'impegno di spesa.",
    ]:
        s.append(Paragraph(t, bodyi))
    P("Inoltre, stante l'urgenza di consentire l'apertura del Centro dal 15 luglio, con separata votazione "
      "unanime, <b>DELIBERA</b> di dichiarare la presente deliberazione immediatamente eseguibile ai sensi "
      "dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
    s.append(Spacer(1, 3 * mm))
    s += pareri([("Parere di regolarità tecnica: <b>Favorevole</b>.<br/>Data 02-07-2027",
                  "Il Responsabile del Servizio<br/>F.to Dott. Luca Marziali"),
                 ("Parere di regolarità contabile: <b>Favorevole</b>.<br/>Data 03-07-2027",
                  "Il Responsabile del Servizio Finanziario<br/>F.to Rag. Tiziana Cappelli")])
    s += signatures("VITALI ERMANNO", "Dott.ssa ALESSANDRINI MARISA")
    s += certificate([
        "Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio on line per "
        "quindici giorni consecutivi dal 10-07-2027 al 25-07-2027. N. 318 del Registro delle Pubblicazioni.",
        "La presente deliberazione è stata comunicata ai Capigruppo consiliari con nota prot. n. 2031 del 10-07-2027.",
        "Montefalcone Appennino, lì 10-07-2027 &nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO COMUNALE - F.to Dott.ssa Marisa Alessandrini",
        "<b>ESECUTIVITÀ</b>: la presente deliberazione è divenuta esecutiva il 08-07-2027, perché dichiarata "
        "immediatamente eseguibile (art. 134, comma 4, D.Lgs. n. 267/2000).",
        "È copia conforme all'originale, in carta libera per uso amministrativo. Lì, 10-07-2027 "
        "&nbsp;&nbsp; IL SEGRETARIO COMUNALE - Dott.ssa Marisa Alessandrini",
    ])
    make_doc("giunta-montefalconeappennino-halley-41.pdf", "DELIBERAZIONE DELLA GIUNTA COMUNALE",
             41, "08-07-2027", s)


# -------------------------------------------------------------- Consiglio 17
def consiglio17():
    subject = ("ASSESTAMENTO GENERALE E SALVAGUARDIA DEGLI EQUILIBRI DEL BILANCIO DI PREVISIONE 2027/2029 "
               "(ARTT. 175, COMMA 8, E 193 DEL D.LGS. N. 267/2000)")
    s = header_block("DEL CONSIGLIO COMUNALE", 17, "23-07-2027", subject,
                     "Adunanza ordinaria di prima convocazione - seduta pubblica")
    P = lambda t: s.append(Paragraph(t, body))
    P("L'anno <b>duemilaventisette</b>, il giorno <b>ventitré</b> del mese di <b>luglio</b>, alle ore <b>21:00</b>, "
      "nella sala consiliare del Palazzo Comunale, convocato con avvisi scritti recapitati a norma di legge, "
      "si è riunito il Consiglio Comunale in sessione ordinaria, in seduta pubblica di prima convocazione.")
    P("All'appello risultano presenti il Sindaco Ermanno VITALI e i Consiglieri Laura CORRADINI, Giuseppe "
      "TEMPERINI, Simone ORAZI, Federica LUCIANI, Marco PETRELLI, Anna Maria SCARPONI (entrata alle ore 21:20, "
      "prima della trattazione del presente punto) e Alberto MARCONI. Risultano assenti i Consiglieri "
      "Daniele FELICI (giustificato), Elisa GIOSTRA e Renzo CAPRIOTTI.")
    P("Presenti al momento della votazione n. 8, assenti n. 3.")
    P("Presiede il Sindaco Ermanno VITALI. Partecipa il Segretario Comunale dott.ssa Marisa ALESSANDRINI, "
      "che cura la redazione del presente verbale.")
    P("Il Presidente, riconosciuta legale l'adunanza, invita il Consiglio a trattare l'argomento iscritto "
      "al punto 2 dell'ordine del giorno.")
    s.append(Paragraph("IL CONSIGLIO COMUNALE", centre))
    P("<b>Udita</b> la relazione del Sindaco, che illustra le risultanze della verifica condotta dal "
      "Responsabile del Servizio Finanziario sull'andamento della gestione di competenza, dei residui e "
      "della cassa;")
    P("<b>Richiamata</b> la propria deliberazione n. 6 del 28-03-2027, esecutiva, con la quale è stato approvato "
      "il bilancio di previsione finanziario 2027/2029;")
    P("<b>Visti</b> gli artt. 175, comma 8, e 193 del D.Lgs. 18 agosto 2000, n. 267, che prevedono che entro il "
      "31 luglio di ciascun anno l'organo consiliare provveda con unica deliberazione alla verifica generale "
      "di tutte le voci di entrata e di uscita e dia atto del permanere degli equilibri generali di bilancio;")
    P("<b>Dato atto</b> che dalla verifica non emergono situazioni di squilibrio né debiti fuori bilancio da "
      "riconoscere, e che si rende necessario adeguare gli stanziamenti di alcuni capitoli come da prospetto "
      "allegato sotto la lettera A);")
    P("<b>Acquisito</b> il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 9 "
      "del 15-07-2027, allegato sotto la lettera B);")
    P("<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile di cui all'art. 49 del D.Lgs. n. 267/2000;")
    P("Dopo breve discussione, nella quale intervengono i Consiglieri PETRELLI e MARCONI, che annunciano "
      "il voto contrario del gruppo di minoranza;")
    P("Con la seguente votazione, espressa per alzata di mano: presenti n. 8, votanti n. 8, favorevoli n. 6, "
      "contrari n. 2 (Petrelli e Marconi), astenuti n. 0;")
    s.append(Paragraph("D E L I B E R A", centre))
    for t in [
        "1) di approvare la variazione di assestamento generale del bilancio di previsione 2027/2029, ai "
        "sensi dell'art. 175, comma 8, del D.Lgs. n. 267/2000, come risultante dal prospetto allegato sotto la lettera A);",
        "2) di dare atto del permanere degli equilibri generali di bilancio, ai sensi dell'art. 193 del "
        "D.Lgs. n. 267/2000, e dell'assenza di debiti fuori bilancio;",
        "3) di dare atto che il fondo crediti di dubbia esigibilità stanziato in bilancio risulta congruo;",
        "4) di trasmettere la presente deliberazione al Tesoriere comunale per gli adempimenti di competenza.",
    ]:
        s.append(Paragraph(t, bodyi))
    P("Successivamente, con separata votazione (presenti n. 8, favorevoli n. 6, contrari n. 2), il Consiglio "
      "Comunale <b>DELIBERA</b> di dichiarare la presente deliberazione immediatamente eseguibile, ai sensi "
      "dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
    s.append(Spacer(1, 3 * mm))
    s += pareri([("Parere di regolarità tecnica: <b>Favorevole</b>.<br/>Data 14-07-2027",
                  "Il Responsabile del Servizio Finanziario<br/>F.to Rag. Tiziana Cappelli"),
                 ("Parere di regolarità contabile: <b>Favorevole</b>.<br/>Data 14-07-2027",
                  "Il Responsabile del Servizio Finanziario<br/>F.to Rag. Tiziana Cappelli")])
    s += signatures("VITALI ERMANNO", "Dott.ssa ALESSANDRINI MARISA")
    s += certificate([
        "Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio on line per "
        "quindici giorni consecutivi dal 29-07-2027 al 13-08-2027. N. 356 del Registro delle Pubblicazioni.",
        "Montefalcone Appennino, lì 29-07-2027 &nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO COMUNALE - F.to Dott.ssa Marisa Alessandrini",
        "<b>ESECUTIVITÀ</b>: la presente deliberazione è divenuta esecutiva il 23-07-2027, perché dichiarata "
        "immediatamente eseguibile (art. 134, comma 4, D.Lgs. n. 267/2000).",
    ])
    make_doc("consiglio-montefalconeappennino-halley-17.pdf", "DELIBERAZIONE DEL CONSIGLIO COMUNALE",
             17, "23-07-2027", s,
             stamp=("COMUNE DI MONTEFALCONE APPENNINO - ALBO PRETORIO ON LINE",
                    "Pubblicata dal 29-07-2027 al 13-08-2027 - Reg. Pubbl. n. 356 - Il Messo Comunale F.to Sabrina Nardi"),
             foot_label="Delibera di Consiglio")


if __name__ == "__main__":
    giunta41()
    consiglio17()
