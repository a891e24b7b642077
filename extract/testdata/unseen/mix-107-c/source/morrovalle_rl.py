# Comune di Morrovalle, "Halley" house style printed with ReportLab platypus:
# justified paragraphs (Tw word spacing), letter-spaced headings (Tc),
# running heads and foots carrying the act's number.
#   giunta-78-morrovalle-halley.pdf    Giunta, roll with P/A column
#   consiglio-24-morrovalle-halley.pdf Consiglio, roll in two blocks side by side,
#                                      a councillor who joins late
import sys, os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, Flowable, KeepTogether)
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib import colors

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from morrovalle_common import MUNI, PROV, ADDR, GIUNTA, CONSIGLIO, CONSIGLIO_ABSENT, crest

OUT = sys.argv[1] if len(sys.argv) > 1 else "."

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
point = ParagraphStyle("point", parent=body, leftIndent=18, firstLineIndent=-18)
center_b = ParagraphStyle("cb", parent=body, fontName="Times-Bold", alignment=TA_CENTER,
                          spaceBefore=4, spaceAfter=6)
small = ParagraphStyle("small", parent=body, fontSize=9.5, leading=12, alignment=TA_LEFT,
                       spaceAfter=2)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10.5, leading=13)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Times-Bold")


class Spaced(Flowable):
    """A heading drawn with character spacing (Tc), centred."""

    def __init__(self, text, font="Times-Bold", size=12, cs=2.2, after=6, before=4):
        super().__init__()
        self.text, self.font, self.size, self.cs = text, font, size, cs
        self.after, self.before = after, before

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + self.after + self.before

    def draw(self):
        c = self.canv
        w = stringWidth(self.text, self.font, self.size) + self.cs * (len(self.text) - 1)
        t = c.beginText()
        t.setTextOrigin((self.aw - w) / 2, self.after)
        t.setFont(self.font, self.size)
        t.setCharSpace(self.cs)
        t.textOut(self.text)
        c.drawText(t)


def make_doc(path, running, footer):
    def first(c, d):
        c.saveState()
        crest(c, 22 * mm, A4[1] - 34 * mm)
        c.setFont("Times-Bold", 17)
        c.drawCentredString(A4[0] / 2, A4[1] - 22 * mm, MUNI)
        c.setFont("Times-Roman", 10.5)
        c.drawCentredString(A4[0] / 2, A4[1] - 27.5 * mm, PROV)
        c.setFont("Times-Roman", 7.5)
        c.drawCentredString(A4[0] / 2, A4[1] - 32 * mm, ADDR)
        c.setLineWidth(0.8)
        c.line(20 * mm, A4[1] - 36 * mm, A4[0] - 20 * mm, A4[1] - 36 * mm)
        # COPIA box
        c.rect(A4[0] - 45 * mm, A4[1] - 28 * mm, 25 * mm, 8 * mm)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(A4[0] - 32.5 * mm, A4[1] - 25.5 * mm, "COPIA")
        foot(c, d)
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFont("Times-Italic", 9)
        c.drawString(20 * mm, A4[1] - 14 * mm, running)
        c.setLineWidth(0.4)
        c.line(20 * mm, A4[1] - 16 * mm, A4[0] - 20 * mm, A4[1] - 16 * mm)
        foot(c, d)
        c.restoreState()

    def foot(c, d):
        c.setLineWidth(0.4)
        c.line(20 * mm, 17 * mm, A4[0] - 20 * mm, 17 * mm)
        c.setFont("Times-Roman", 8.5)
        c.drawString(20 * mm, 12.5 * mm, footer)
        c.drawRightString(A4[0] - 20 * mm, 12.5 * mm, "Pag. %d" % d.page)

    doc = BaseDocTemplate(path, pagesize=A4, title="", author="", creator="",
                          leftMargin=20 * mm, rightMargin=20 * mm)
    f1 = Frame(20 * mm, 21 * mm, A4[0] - 40 * mm, A4[1] - 59 * mm, id="f1",
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f2 = Frame(20 * mm, 21 * mm, A4[0] - 40 * mm, A4[1] - 41 * mm, id="f2",
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=first, autoNextPageTemplate="later"),
                          PageTemplate("later", [f2], onPage=later)])
    return doc


def header_block(organ_title, number, date, subject, proposal):
    out = [Spaced(organ_title, size=12.5, cs=1.6)]
    t = Table([[Paragraph("Numero&nbsp;&nbsp;<b>%s</b>" % number, cell),
                Paragraph("Del&nbsp;&nbsp;<b>%s</b>" % date, cell)]],
              colWidths=[45 * mm, 60 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                           ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.black),
                           ("TOPPADDING", (0, 0), (-1, -1), 3)]))
    out.append(t)
    out.append(Spacer(1, 5))
    o = Table([[Paragraph("Oggetto:", cellb), Paragraph("<b>%s</b>" % subject, cell)]],
              colWidths=[20 * mm, A4[0] - 60 * mm])
    o.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    out.append(o)
    out.append(Paragraph(proposal, small))
    out.append(Spacer(1, 6))
    return out


def sign_block(pres, secr):
    t = Table([[Paragraph("IL PRESIDENTE", center_b), Paragraph("IL SEGRETARIO COMUNALE", center_b)],
               [Paragraph("F.to %s" % pres, ParagraphStyle("x", parent=cell, alignment=TA_CENTER)),
                Paragraph("F.to %s" % secr, ParagraphStyle("y", parent=cell, alignment=TA_CENTER))]],
              colWidths=[85 * mm, 85 * mm])
    return t


def pareri(tec_name, tec_date, con_name, con_date):
    rows = [[Paragraph("<b>PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000</b>", cell), ""],
            [Paragraph("Parere favorevole in ordine alla regolarità tecnica.<br/>Data: %s" % tec_date, cell),
             Paragraph("Il Responsabile del servizio<br/>F.to %s" % tec_name, cell)],
            [Paragraph("Parere favorevole in ordine alla regolarità contabile.<br/>Data: %s" % con_date, cell),
             Paragraph("Il Responsabile del servizio<br/>F.to %s" % con_name, cell)]]
    t = Table(rows, colWidths=[100 * mm, 70 * mm])
    t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                           ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


# ---------------------------------------------------------------- Giunta 78
def giunta78():
    number, date = "78", "11-06-2026"
    subject = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITA' TECNICO-ECONOMICA DEI LAVORI DI "
               "EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA DI TRODICA - CUP F47H26000310004")
    doc = make_doc(os.path.join(OUT, "giunta-78-morrovalle-halley.pdf"),
                   "Comune di Morrovalle - Deliberazione della Giunta Comunale n. 78 del 11-06-2026",
                   "Deliberazione di Giunta Comunale n. 78 del 11-06-2026")
    s = header_block("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", number, date, subject,
                     "Proposta n. 84 del 05-06-2026 - Ufficio proponente: AREA TECNICA - LAVORI PUBBLICI")
    s.append(Paragraph(
        "L'anno <b>duemilaventisei</b> il giorno <b>undici</b> del mese di <b>giugno</b> alle ore "
        "<b>12:30</b>, nella Residenza Municipale, in seguito a regolare convocazione, si è riunita "
        "la Giunta Comunale nelle persone dei Signori:", body))
    pres = {"GIACHETTA ROBERTA": "A"}
    rows = [[Paragraph("<b>Cognome e Nome</b>", cell), Paragraph("<b>Carica</b>", cell),
             Paragraph("<b>Presenti/Assenti</b>", cell)]]
    for n, r in GIUNTA:
        rows.append([n, r, pres.get(n, "P")])
    t = Table(rows, colWidths=[70 * mm, 50 * mm, 35 * mm])
    t.setStyle(TableStyle([("FONT", (0, 1), (-1, -1), "Times-Roman", 10.5),
                           ("ALIGN", (2, 1), (2, -1), "CENTER"),
                           ("LINEABOVE", (0, 1), (-1, 1), 0.6, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black)]))
    s.append(t)
    s.append(Spacer(1, 4))
    s.append(Paragraph("ne risultano presenti n. <b>5</b> e assenti n. <b>1</b>.", body))
    s.append(Paragraph(
        "Assume la presidenza il Signor MARCHIONNI STEFANO in qualità di SINDACO assistito dal "
        "SEGRETARIO COMUNALE Dott.ssa MANCINELLI FEDERICA.", body))
    s.append(Paragraph(
        "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed "
        "invita la Giunta a deliberare sull'oggetto sopra indicato.", body))
    s.append(Spaced("LA GIUNTA COMUNALE", size=11.5, cs=1.2))
    for p in [
        "Premesso che l'Amministrazione comunale intende migliorare le prestazioni energetiche degli "
        "edifici scolastici di proprietà comunale e che, tra questi, la Scuola Primaria di Trodica "
        "presenta consumi elevati per il riscaldamento e per l'illuminazione delle aule;",
        "Dato atto che con determinazione dell'Area Tecnica - Lavori Pubblici n. 212 del 14-04-2026 "
        "è stato affidato all'Ing. Davide Properzi l'incarico di redazione del progetto di fattibilità "
        "tecnico-economica dell'intervento;",
        "Visto il progetto trasmesso dal professionista incaricato in data 28-05-2026, prot. n. 10512, "
        "che prevede una spesa complessiva di € 285.000,00, di cui € 212.400,00 per lavori a base "
        "d'asta, € 6.600,00 per oneri della sicurezza non soggetti a ribasso ed € 66.000,00 per somme "
        "a disposizione dell'Amministrazione;",
        "Vista la deliberazione della Giunta Regionale delle Marche con la quale è stato approvato il "
        "bando per il finanziamento di interventi di efficientamento energetico degli edifici pubblici, "
        "e ritenuto di candidare l'intervento entro il termine del 30-06-2026;",
        "Richiamati il D.Lgs. 31 marzo 2023, n. 36 ed il D.Lgs. 18 agosto 2000, n. 267;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 "
        "del D.Lgs. n. 267/2000, riportati in calce al presente atto;",
        "Con voti unanimi favorevoli, espressi nelle forme di legge;",
    ]:
        s.append(Paragraph(p, body))
    pts = [
        "1)\u00a0\u00a0di approvare il progetto di fattibilità tecnico-economica dei lavori di efficientamento "
        "energetico della Scuola Primaria di Trodica, redatto dall'Ing. Davide Properzi, nell'importo "
        "complessivo di € 285.000,00, secondo il quadro economico riportato in premessa;",
        "2)\u00a0\u00a0di dare atto che la spesa trova copertura al capitolo 2045/3 del bilancio di previsione "
        "2026-2028, esercizio 2026, finanziato per € 250.000,00 con il contributo regionale richiesto e "
        "per € 35.000,00 con fondi propri di bilancio;",
        "3)\u00a0\u00a0di individuare quale Responsabile Unico del Progetto l'Ing. Roberto Falcioni, "
        "Responsabile dell'Area Tecnica - Lavori Pubblici;",
        "4)\u00a0\u00a0di demandare al Responsabile dell'Area Tecnica - Lavori Pubblici l'adozione degli atti "
        "conseguenti, ivi compresa la presentazione della domanda di contributo alla Regione Marche.",
    ]
    s.append(KeepTogether([Spaced("DELIBERA", size=12, cs=5), Paragraph(pts[0], point)]))
    for p in pts[1:]:
        s.append(Paragraph(p, point))
    s.append(Paragraph("Inoltre, stante l'urgenza di rispettare il termine fissato dal bando regionale,", body))
    s.append(Spaced("LA GIUNTA COMUNALE", size=11.5, cs=1.2))
    s.append(Paragraph("con separata votazione unanime favorevole, resa nei modi di legge,", body))
    s.append(Spaced("DELIBERA", size=12, cs=5))
    s.append(Paragraph(
        "di dichiarare la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, "
        "comma 4, del D.Lgs. 18 agosto 2000, n. 267.", body))
    s.append(Spacer(1, 8))
    s.append(KeepTogether([pareri("Ing. Roberto Falcioni", "05-06-2026", "Rag. Monia Ercoli", "08-06-2026")]))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Letto, approvato e sottoscritto a norma di legge.", body))
    s.append(sign_block("MARCHIONNI STEFANO", "Dott.ssa MANCINELLI FEDERICA"))
    s.append(Spacer(1, 14))
    s.append(Paragraph(
        "E' copia conforme all'originale, in carta libera, per uso amministrativo.<br/>"
        "Morrovalle, 15-06-2026 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
        "IL SEGRETARIO COMUNALE - Dott.ssa MANCINELLI FEDERICA", small))
    doc.build(s)


# ---------------------------------------------------------------- Consiglio 24
def consiglio24():
    number, date = "24", "25-06-2026"
    subject = ("VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2026/2028 (ART. 175, COMMA 2, "
               "DEL D.LGS. N. 267/2000) - APPROVAZIONE")
    doc = make_doc(os.path.join(OUT, "consiglio-24-morrovalle-halley.pdf"),
                   "Comune di Morrovalle - Deliberazione del Consiglio Comunale n. 24 del 25-06-2026",
                   "Deliberazione di Consiglio Comunale n. 24 del 25-06-2026")
    s = header_block("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", number, date, subject,
                     "Proposta n. 22 del 12-06-2026 - Ufficio proponente: AREA ECONOMICO-FINANZIARIA")
    s.append(Paragraph("<b>Adunanza ordinaria di prima convocazione - seduta pubblica</b>",
                       ParagraphStyle("c", parent=body, alignment=TA_CENTER)))
    s.append(Paragraph(
        "L'anno <b>duemilaventisei</b> il giorno <b>venticinque</b> del mese di <b>giugno</b> alle ore "
        "<b>21:00</b>, nella sala delle adunanze consiliari, in seguito a convocazione disposta con "
        "avviso prot. n. 11245 del 18-06-2026, regolarmente notificato, si è riunito il Consiglio "
        "Comunale. Fatto l'appello nominale risultano:", body))
    left, right = CONSIGLIO[:9], CONSIGLIO[9:]
    rows = [["Cognome e Nome", "P/A", "", "Cognome e Nome", "P/A"]]
    for i in range(9):
        l = left[i]
        row = [l, "A" if l in CONSIGLIO_ABSENT else "P", ""]
        if i < len(right):
            r = right[i]
            row += [r, "A" if r in CONSIGLIO_ABSENT else "P"]
        else:
            row += ["", ""]
        rows.append(row)
    t = Table(rows, colWidths=[58 * mm, 14 * mm, 14 * mm, 58 * mm, 14 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
                           ("FONT", (0, 1), (-1, -1), "Times-Roman", 10.5),
                           ("ALIGN", (1, 0), (1, -1), "CENTER"), ("ALIGN", (4, 0), (4, -1), "CENTER"),
                           ("LINEBELOW", (0, 0), (1, 0), 0.6, colors.black),
                           ("LINEBELOW", (3, 0), (4, 0), 0.6, colors.black),
                           ("LINEBELOW", (0, -1), (1, -1), 0.6, colors.black),
                           ("LINEBELOW", (3, -2), (4, -2), 0.6, colors.black),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
    s.append(t)
    s.append(Spacer(1, 4))
    s.append(Paragraph("Presenti n. <b>14</b> &nbsp;&nbsp;&nbsp;&nbsp; Assenti n. <b>3</b>", body))
    s.append(Paragraph(
        "Assume la presidenza il Signor CARLONI MATTEO in qualità di PRESIDENTE DEL CONSIGLIO assistito "
        "dal VICE SEGRETARIO COMUNALE Dott. ROSSINI PAOLO.", body))
    s.append(Paragraph(
        "Il Presidente, accertato il numero legale per la validità dell'adunanza, dichiara aperta la "
        "seduta e nomina scrutatori i Consiglieri: BRACCIONI SILVIA, FORMICA GIUSEPPE, ANGELETTI MARTA.",
        body))
    s.append(Spaced("IL CONSIGLIO COMUNALE", size=11.5, cs=1.2))
    for p in [
        "Il Presidente cede la parola all'Assessore al Bilancio PIERMATTEI LUCA, che illustra la proposta "
        "di variazione predisposta dall'Area Economico-Finanziaria.",
        "Alle ore 21:20 entra in aula il Consigliere ISIDORI MARCO. Presenti n. 15.",
        "Intervengono i Consiglieri CIARLANTINI FABIO e SCARPONI ENRICO, che annunciano il voto contrario "
        "del gruppo di minoranza, e il Sindaco, per la replica. Gli interventi sono registrati su supporto "
        "digitale conservato agli atti.",
        "Premesso che con deliberazione consiliare n. 9 del 26-02-2026 è stato approvato il bilancio di "
        "previsione finanziario 2026/2028 e che con deliberazione della Giunta Comunale n. 21 del "
        "05-03-2026 è stato approvato il Piano Esecutivo di Gestione;",
        "Considerato che occorre adeguare gli stanziamenti per la manutenzione straordinaria della "
        "viabilità comunale e per il contributo regionale destinato alla Scuola Primaria di Trodica, "
        "con maggiori entrate per € 250.000,00 e maggiori spese per € 281.500,00, finanziate per la "
        "differenza con l'applicazione di quota dell'avanzo di amministrazione libero;",
        "Visto il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 11 del "
        "19-06-2026, acquisito al prot. n. 11390;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del "
        "D.Lgs. n. 267/2000;",
        "Con votazione espressa per alzata di mano, che dà il seguente esito:<br/>"
        "Presenti n. 15 &nbsp;&nbsp; Votanti n. 15 &nbsp;&nbsp; Favorevoli n. 11 &nbsp;&nbsp; Contrari n. 4 "
        "(CIARLANTINI FABIO, ANGELETTI MARTA, SCARPONI ENRICO, MOSCA ALESSIA)",
    ]:
        s.append(Paragraph(p, body))
    pts = [
        "1)\u00a0\u00a0di approvare la variazione al bilancio di previsione finanziario 2026/2028, "
        "esercizio 2026, come dettagliata nell'allegato prospetto (Allegato A), che forma parte "
        "integrante e sostanziale del presente atto;",
        "2)\u00a0\u00a0di dare atto che, a seguito della variazione, permangono gli equilibri di bilancio "
        "di cui all'art. 193 del D.Lgs. n. 267/2000 e il rispetto dei vincoli di finanza pubblica;",
        "3)\u00a0\u00a0di trasmettere il presente atto al Tesoriere comunale per gli adempimenti di competenza.",
    ]
    s.append(KeepTogether([Spaced("DELIBERA", size=12, cs=5), Paragraph(pts[0], point)]))
    for p in pts[1:]:
        s.append(Paragraph(p, point))
    s.append(Paragraph(
        "Successivamente, con separata votazione espressa per alzata di mano, che dà il seguente esito: "
        "Presenti n. 15, Votanti n. 15, Favorevoli n. 11, Contrari n. 4 (CIARLANTINI FABIO, ANGELETTI "
        "MARTA, SCARPONI ENRICO, MOSCA ALESSIA), la presente deliberazione è dichiarata immediatamente "
        "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", body))
    s.append(Spacer(1, 8))
    s.append(KeepTogether([pareri("Rag. Monia Ercoli", "12-06-2026", "Rag. Monia Ercoli", "12-06-2026")]))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Letto, approvato e sottoscritto a norma di legge.", body))
    s.append(sign_block("CARLONI MATTEO", "Dott. ROSSINI PAOLO"))
    doc.build(s)


if __name__ == "__main__":
    giunta78()
    consiglio24()
