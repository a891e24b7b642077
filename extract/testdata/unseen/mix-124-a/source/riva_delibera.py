# Comune di Riva Ligure - "IBIS Atti" house style - Giunta deliberation.
# ReportLab platypus; justified paragraphs (Tw); letterhead, running head and
# running foot drawn as a Form XObject at the END of each page (onPageEnd),
# i.e. after the body in the content stream.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib import colors

OUT = sys.argv[1]
W, H = A4
NUM = "118"
DATA = "14/12/2027"

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
bodyc = ParagraphStyle("bc", parent=body, alignment=TA_CENTER, fontName="Times-Bold",
                       fontSize=12, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("s", parent=body, fontSize=9.5, leading=12)
subj = ParagraphStyle("subj", parent=body, fontName="Times-Bold", fontSize=11.5,
                      leading=14.5, leftIndent=22 * mm, firstLineIndent=-22 * mm)
point = ParagraphStyle("pt", parent=body, leftIndent=8 * mm, firstLineIndent=-6 * mm)


class Doc(BaseDocTemplate):
    pass


def letterhead_form(c, page):
    name = "ibis_lh_%d" % page
    c.beginForm(name)
    # crest placeholder
    c.setLineWidth(0.8)
    c.roundRect(20 * mm, H - 38 * mm, 16 * mm, 20 * mm, 3, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 5)
    c.drawCentredString(28 * mm, H - 29 * mm, "STEMMA")
    c.setFont("Times-Bold", 17)
    c.drawCentredString(W / 2, H - 25 * mm, "COMUNE DI RIVA LIGURE")
    c.setFont("Times-Italic", 11)
    c.drawCentredString(W / 2, H - 30.5 * mm, "Provincia di Imperia")
    c.setFont("Times-Roman", 8.5)
    c.drawCentredString(W / 2, H - 35 * mm,
                        "Piazza Ughetto, 7 - 18015 Riva Ligure (IM) - C.F. 00247610087 - "
                        "PEC: protocollo@pec.comune.rivaligure.im.it")
    c.setLineWidth(0.6)
    c.line(20 * mm, H - 40 * mm, W - 20 * mm, H - 40 * mm)
    # ORIGINALE box top right
    c.rect(W - 48 * mm, H - 24 * mm, 28 * mm, 8 * mm)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(W - 34 * mm, H - 21.2 * mm, "ORIGINALE")
    c.endForm()
    return name


def foot_form(c, page, total):
    name = "ibis_ft_%d" % page
    c.beginForm(name)
    c.setLineWidth(0.4)
    c.line(20 * mm, 17 * mm, W - 20 * mm, 17 * mm)
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 12.5 * mm,
                 "Deliberazione della Giunta Comunale n. %s del %s" % (NUM, DATA))
    c.drawRightString(W - 20 * mm, 12.5 * mm, "Pag. %d di %d" % (page, total))
    c.setFont("Helvetica", 6.5)
    c.drawCentredString(W / 2, 8.5 * mm, "IBIS Atti Amministrativi - rel. 9.4.2")
    c.endForm()
    return name


TOTAL = [2]


def on_page_end(c, doc):
    p = doc.page
    c.saveState()
    if p == 1:
        n = letterhead_form(c, p)
    else:
        n = "ibis_rh_%d" % p
        c.beginForm(n)
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(20 * mm, H - 14 * mm, "Comune di Riva Ligure")
        c.drawRightString(W - 20 * mm, H - 14 * mm,
                          "G.C. n. %s del %s" % (NUM, DATA))
        c.setLineWidth(0.4)
        c.line(20 * mm, H - 16 * mm, W - 20 * mm, H - 16 * mm)
        c.endForm()
    c.doForm(n)
    c.doForm(foot_form(c, p, TOTAL[0]))
    c.restoreState()


def story():
    s = []
    hdr = Table([
        [Paragraph("<b>DELIBERAZIONE DELLA GIUNTA COMUNALE</b>",
                   ParagraphStyle("h", fontName="Times-Bold", fontSize=12, leading=14)),
         Paragraph("<b>N. %s</b>" % NUM,
                   ParagraphStyle("h2", fontName="Times-Bold", fontSize=12, leading=14,
                                  alignment=TA_CENTER)),
         Paragraph("<b>del %s</b>" % DATA,
                   ParagraphStyle("h3", fontName="Times-Bold", fontSize=12, leading=14,
                                  alignment=TA_CENTER))]],
        colWidths=[108 * mm, 25 * mm, 37 * mm])
    hdr.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                             ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("TOPPADDING", (0, 0), (-1, -1), 5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(hdr)
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Proposta n. 131 del 09/12/2027 &#8211; Settore proponente: "
                       "AREA AMMINISTRATIVA E SERVIZI ALLA PERSONA", small))
    s.append(Spacer(1, 2 * mm))
    s.append(Paragraph(
        "OGGETTO:&nbsp;&nbsp;&nbsp;APPROVAZIONE DEL PROGRAMMA DELLE MANIFESTAZIONI NATALIZIE "
        "2027 &quot;NATALE A RIVA&quot; E CONCESSIONE DI UN CONTRIBUTO ECONOMICO ALLA "
        "PRO LOCO DI RIVA LIGURE.", subj))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph(
        "L&#8217;anno <b>duemilaventisette</b>, addì <b>quattordici</b> del mese di "
        "<b>dicembre</b> alle ore <b>17:30</b>, nella Sala delle adunanze della Sede "
        "Comunale, convocata nei modi di legge, si è riunita la Giunta Comunale nelle "
        "persone dei Signori:", body))
    roll = [["", "Cognome e Nome", "Carica", "Presente", "Assente"],
            ["1", "ROVERE Giorgio", "Sindaco", "X", ""],
            ["2", "BERTONE Lucia", "Vice Sindaco", "X", ""],
            ["3", "GAZZANO Marco", "Assessore", "", "X"],
            ["", "", "Totale", "2", "1"]]
    t = Table(roll, colWidths=[10 * mm, 62 * mm, 40 * mm, 22 * mm, 22 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
        ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
        ("FONT", (2, -1), (-1, -1), "Times-Bold", 10),
        ("ALIGN", (3, 0), (-1, -1), "CENTER"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, -2), (-1, -2), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black),
    ]))
    s.append(t)
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph(
        "Partecipa alla seduta con funzioni consultive, referenti, di assistenza e "
        "verbalizzazione (art. 97, comma 4, lett. a, del D.Lgs. n. 267/2000) il "
        "Segretario Comunale Dott.ssa Paola Ferrando.", body))
    s.append(Paragraph(
        "Assume la presidenza il Sig. Giorgio Rovere nella sua qualità di Sindaco il "
        "quale, constatato il numero legale degli intervenuti, dichiara aperta la "
        "seduta ed invita la Giunta a deliberare sull&#8217;oggetto sopraindicato.", body))
    s.append(Paragraph("LA GIUNTA COMUNALE", bodyc))
    prem = [
        "PREMESSO che l&#8217;Amministrazione Comunale intende promuovere, in "
        "collaborazione con le associazioni locali, un programma di iniziative per il "
        "periodo delle festività natalizie volto a favorire la socialità, il commercio "
        "di vicinato e la valorizzazione del centro storico e del lungomare;",
        "VISTA la nota della Pro Loco di Riva Ligure, acquisita al protocollo comunale "
        "n. 12511 del 02/12/2027, con la quale l&#8217;associazione trasmette il "
        "programma delle manifestazioni denominato &quot;Natale a Riva&quot; (mercatini, "
        "concerto di Natale nella chiesa parrocchiale, accensione dell&#8217;albero in "
        "Piazza Ughetto, animazione per bambini e tombolata di fine anno) con il "
        "relativo piano finanziario, che prevede una spesa complessiva di euro 9.800,00;",
        "RICHIAMATO il vigente Regolamento comunale per la concessione di contributi, "
        "sovvenzioni e vantaggi economici ad enti ed associazioni, approvato con "
        "deliberazione del Consiglio Comunale n. 21 del 28/04/2016;",
        "RITENUTO di condividere il programma presentato e di concedere alla Pro Loco "
        "un contributo economico di euro 4.500,00, pari a circa il 46% della spesa "
        "preventivata, a titolo di parziale copertura dei costi organizzativi;",
        "DATO ATTO che la spesa trova copertura al capitolo 7220 &quot;Contributi per "
        "manifestazioni turistiche e culturali&quot; del bilancio di previsione "
        "2027/2029, esercizio 2027, che presenta la necessaria disponibilità;",
        "ACQUISITI i pareri favorevoli di regolarità tecnica e di regolarità contabile "
        "espressi, ai sensi dell&#8217;art. 49 del D.Lgs. n. 267/2000, dai Responsabili "
        "dell&#8217;Area Amministrativa e dell&#8217;Area Finanziaria, allegati al presente "
        "atto quale parte integrante e sostanziale;",
        "CON VOTI unanimi favorevoli, espressi nelle forme di legge;",
    ]
    for p in prem:
        s.append(Paragraph(p, body))
    s.append(Paragraph("D E L I B E R A", bodyc))
    pts = [
        "di approvare il programma delle manifestazioni natalizie 2027 denominato "
        "&quot;Natale a Riva&quot;, così come presentato dalla Pro Loco di Riva Ligure "
        "con nota prot. n. 12511 del 02/12/2027, che si allega al presente atto sotto "
        "la lettera A);",
        "di concedere alla Pro Loco di Riva Ligure un contributo economico di euro "
        "4.500,00 a parziale copertura delle spese per la realizzazione del programma;",
        "di demandare al Responsabile dell&#8217;Area Amministrativa e Servizi alla "
        "Persona l&#8217;adozione degli atti di impegno e di liquidazione della spesa, "
        "quest&#8217;ultima subordinata alla presentazione del rendiconto delle spese "
        "sostenute;",
        "di dare atto che il presente provvedimento sarà pubblicato nella sezione "
        "&quot;Amministrazione Trasparente&quot;, sottosezione &quot;Sovvenzioni, "
        "contributi, sussidi, vantaggi economici&quot;, ai sensi degli artt. 26 e 27 "
        "del D.Lgs. n. 33/2013.",
    ]
    for i, p in enumerate(pts, 1):
        s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), point))
    s.append(Spacer(1, 2 * mm))
    s.append(Paragraph(
        "Successivamente, stante l&#8217;urgenza di provvedere in vista dell&#8217;avvio "
        "delle manifestazioni previsto per il 18 dicembre 2027, con separata votazione "
        "unanime favorevole, la Giunta Comunale dichiara la presente deliberazione "
        "immediatamente eseguibile ai sensi dell&#8217;art. 134, comma 4, del D.Lgs. "
        "n. 267/2000.", body))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Letto, confermato e sottoscritto.", body))
    sig = Table([["IL SINDACO", "IL SEGRETARIO COMUNALE"],
                 ["Giorgio Rovere", "Dott.ssa Paola Ferrando"],
                 ["(firmato digitalmente)", "(firmato digitalmente)"]],
                colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
                             ("FONT", (0, 1), (-1, 1), "Times-Roman", 10.5),
                             ("FONT", (0, 2), (-1, 2), "Times-Italic", 8.5),
                             ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    s.append(KeepTogether([sig]))
    s.append(Spacer(1, 8 * mm))
    cert = [
        Paragraph("<b>CERTIFICATO DI ESECUTIVITÀ</b>", bodyc),
        Paragraph(
            "Si certifica che la presente deliberazione è stata dichiarata immediatamente "
            "eseguibile ai sensi dell&#8217;art. 134, comma 4, del D.Lgs. n. 267/2000.",
            small),
        Paragraph("Riva Ligure, 14/12/2027 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                  "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;IL SEGRETARIO COMUNALE &#8211; "
                  "Dott.ssa Paola Ferrando", small),
    ]
    s.append(KeepTogether(cert))
    return s


def build():
    doc = Doc(OUT, pagesize=A4, title="Deliberazione G.C. n. 118/2027",
              author="Comune di Riva Ligure", creator="IBIS Atti Amministrativi 9.4",
              leftMargin=20 * mm, rightMargin=20 * mm)
    f1 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 66 * mm, id="f1",
               leftPadding=0, rightPadding=0)
    f2 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 42 * mm, id="f2",
               leftPadding=0, rightPadding=0)
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[f1], onPageEnd=on_page_end, autoNextPageTemplate="next"),
        PageTemplate(id="next", frames=[f2], onPageEnd=on_page_end),
    ])
    doc.build(story())
    return doc.page


if __name__ == "__main__":
    n = build()
    if n != TOTAL[0]:
        TOTAL[0] = n
        build()
