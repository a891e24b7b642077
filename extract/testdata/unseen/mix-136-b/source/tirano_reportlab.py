#!/usr/bin/env python3
"""Comunità Montana Valtellina di Tirano -- Giunta Esecutiva minutes in the
"Sicr@web" house style, printed by ReportLab (standard Helvetica, justified
paragraphs, so the text layer carries Tw word spacing; the title is
letter-spaced with Tc; running head and foot carry the act's number).

usage: tirano_reportlab.py OUTDIR
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, Flowable, KeepTogether)
from reportlab.pdfgen import canvas as rlcanvas

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
W, H = A4
ENTE = "COMUNITÀ MONTANA VALTELLINA DI TIRANO"

base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=10.5, alignment=TA_LEFT)
cent = ParagraphStyle("c", parent=base, alignment=TA_CENTER, fontName="Helvetica-Bold",
                      fontSize=11, spaceBefore=6, spaceAfter=6)
point = ParagraphStyle("p", parent=base, leftIndent=16, firstLineIndent=-16)


class NumberedCanvas(rlcanvas.Canvas):
    """Two-pass canvas: knows the page count for 'Pagina x di y'."""
    def __init__(self, *a, **k):
        rlcanvas.Canvas.__init__(self, *a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.draw_running(n)
            rlcanvas.Canvas.showPage(self)
        rlcanvas.Canvas.save(self)

    def draw_running(self, total):
        meta = self._doctemplate_meta
        p = self._pageNumber
        self.setFont("Helvetica", 7.5)
        self.setFillColor(colors.HexColor("#444444"))
        if p > 1:
            self.drawString(20 * mm, H - 12 * mm, ENTE.title().replace("Di ", "di "))
            self.drawRightString(W - 20 * mm, H - 12 * mm, meta["head"])
            self.setStrokeColor(colors.HexColor("#888888"))
            self.line(20 * mm, H - 13.5 * mm, W - 20 * mm, H - 13.5 * mm)
        self.line(20 * mm, 15 * mm, W - 20 * mm, 15 * mm)
        self.drawString(20 * mm, 11 * mm, meta["foot"])
        self.drawRightString(W - 20 * mm, 11 * mm, "Pagina %d di %d" % (p, total))
        self.setFillColor(colors.black)


class Letterhead(Flowable):
    def __init__(self, copia):
        Flowable.__init__(self)
        self.copia = copia
        self.width, self.height = W - 40 * mm, 30 * mm

    def draw(self):
        c = self.canv
        # crest: a simple shield with a stylised peak
        c.saveState()
        c.setStrokeColor(colors.HexColor("#1f3d6b"))
        c.setFillColor(colors.HexColor("#dfe7f2"))
        p = c.beginPath()
        p.moveTo(0, 28 * mm); p.lineTo(20 * mm, 28 * mm); p.lineTo(20 * mm, 12 * mm)
        p.curveTo(20 * mm, 5 * mm, 10 * mm, 2 * mm, 10 * mm, 2 * mm)
        p.curveTo(10 * mm, 2 * mm, 0, 5 * mm, 0, 12 * mm); p.close()
        c.drawPath(p, fill=1, stroke=1)
        c.setFillColor(colors.HexColor("#1f3d6b"))
        q = c.beginPath()
        q.moveTo(2 * mm, 11 * mm); q.lineTo(8 * mm, 22 * mm); q.lineTo(11 * mm, 17 * mm)
        q.lineTo(14 * mm, 24 * mm); q.lineTo(18 * mm, 11 * mm); q.close()
        c.drawPath(q, fill=1, stroke=0)
        c.restoreState()
        c.setFont("Helvetica-Bold", 14)
        c.drawString(25 * mm, 22 * mm, ENTE)
        c.setFont("Helvetica", 9)
        c.drawString(25 * mm, 17 * mm, "Provincia di Sondrio")
        c.drawString(25 * mm, 12.5 * mm,
                     "Via Maurizio Quadrio, 13 – 23037 Tirano (SO) – C.F. 83001210141")
        c.setFont("Helvetica-Bold", 10)
        c.rect(self.width - 28 * mm, 20 * mm, 28 * mm, 7 * mm)
        c.drawCentredString(self.width - 14 * mm, 22.2 * mm, self.copia)
        c.setLineWidth(1.2)
        c.line(0, 0, self.width, 0)


class SpacedTitle(Flowable):
    """Title drawn with character spacing (Tc), as the package prints it."""
    def __init__(self, lines):
        Flowable.__init__(self)
        self.lines = lines
        self.width, self.height = W - 40 * mm, 7 * mm * len(lines) + 3 * mm

    def draw(self):
        c = self.canv
        y = self.height - 6 * mm
        for i, t in enumerate(self.lines):
            c.setFont("Helvetica-Bold", 12 if i == 0 else 11)
            c.drawCentredString(self.width / 2.0, y, t, charSpace=2.2)
            y -= 7 * mm


def frame_box(data, widths, style_extra=()):
    t = Table(data, colWidths=widths)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
          ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    st.extend(style_extra)
    t.setStyle(TableStyle(st))
    return t


def build(act):
    fn = "%s/%s" % (OUT, act["file"])
    doc = BaseDocTemplate(fn, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=18 * mm, bottomMargin=20 * mm,
                          title="Deliberazione G.E. n. %d/2028" % act["num"],
                          author="Comunità Montana Valtellina di Tirano",
                          creator="Sicr@web - Atti amministrativi (Maggioli)")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr])])
    meta = {"head": "Deliberazione della Giunta Esecutiva n. %d del %s" % (act["num"], act["date"]),
            "foot": "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i."}

    class C(NumberedCanvas):
        _doctemplate_meta = meta

    s = []
    s.append(Letterhead("ORIGINALE"))
    s.append(Spacer(1, 5 * mm))
    s.append(SpacedTitle(["VERBALE DI DELIBERAZIONE", "DELLA GIUNTA ESECUTIVA"]))
    s.append(Spacer(1, 2 * mm))
    hdr = [[Paragraph("<b>N. %d</b>" % act["num"], base),
            Paragraph("<b>del %s</b>" % act["date"], base),
            Paragraph("Proposta n. %s del %s" % (act["prop"], act["propdate"]), small),
            Paragraph("Area proponente:<br/>%s" % act["area"], small)]]
    s.append(frame_box(hdr, [25 * mm, 40 * mm, 50 * mm, 55 * mm]))
    s.append(Spacer(1, 3 * mm))
    s.append(frame_box([[Paragraph("<b>OGGETTO:</b>", base),
                         Paragraph("<b>%s</b>" % act["subject"], base)]],
                       [24 * mm, 146 * mm], [("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph(act["opening"], base))
    roll = [["N.", "Cognome e Nome", "Carica", "Comune", "Presente", "Assente"]]
    np = na = 0
    for i, (n, r, com, pres) in enumerate(act["roll"], 1):
        roll.append([str(i), n, r, com, "X" if pres else "", "" if pres else "X"])
        np += pres; na += (not pres)
    roll.append(["", "", "", "Totale", str(np), str(na)])
    s.append(frame_box(roll, [9 * mm, 52 * mm, 32 * mm, 37 * mm, 20 * mm, 20 * mm],
                       [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                        ("ALIGN", (4, 0), (-1, -1), "CENTER"),
                        ("FONT", (3, -1), (-1, -1), "Helvetica-Bold", 9)]))
    s.append(Spacer(1, 3 * mm))
    for p in act["after_roll"]:
        s.append(Paragraph(p, base))
    s.append(Paragraph("LA GIUNTA ESECUTIVA", cent))
    for p in act["premesse"]:
        s.append(Paragraph(p, base))
    s.append(Paragraph(act["vote"], base))
    s.append(Paragraph("DELIBERA", cent))
    for i, p in enumerate(act["points"], 1):
        s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), point))
    s.append(Paragraph(act["ie"], base))
    s.append(Spacer(1, 3 * mm))
    pareri = [[Paragraph("<b>PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000</b>", small), ""],
              [Paragraph("Regolarità tecnica: FAVOREVOLE<br/>Il Responsabile dell'%s<br/>%s" %
                         (act["area"].title().replace("Dell", "dell"), act["resp"]), small),
               Paragraph("Regolarità contabile: FAVOREVOLE<br/>Il Responsabile dell'Area Economico-Finanziaria<br/>rag. Daniela Marchesini", small)]]
    s.append(frame_box(pareri, [85 * mm, 85 * mm], [("SPAN", (0, 0), (1, 0))]))
    s.append(Spacer(1, 6 * mm))
    sig = Table([["Letto, approvato e sottoscritto.", ""],
                 ["IL PRESIDENTE", "IL SEGRETARIO"],
                 ["avv. Elena Cioccarelli", "dott. Stefano Ghilotti"],
                 ["(firmato digitalmente)", "(firmato digitalmente)"]],
                colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                             ("FONT", (0, 1), (-1, 1), "Helvetica-Bold", 9.5),
                             ("ALIGN", (0, 1), (-1, -1), "CENTER"),
                             ("SPAN", (0, 0), (1, 0))]))
    s.append(KeepTogether([sig]))
    doc.build(s, canvasmaker=C)


OPEN = ("L'anno <b>duemilaventotto</b>, addì <b>%s</b> del mese di <b>dicembre</b> alle ore "
        "<b>%s</b>, nella sala riunioni della sede della Comunità Montana, previa osservanza di "
        "tutte le formalità prescritte dalla vigente normativa e dallo Statuto, vennero oggi "
        "convocati a seduta i componenti della Giunta Esecutiva. All'appello risultano:")

ROLL87 = [("CIOCCARELLI ELENA", "Presidente", "Tirano", True),
          ("BERTOLINA MARCO", "Vicepresidente", "Grosio", True),
          ("STRAMBINI SARA", "Assessore", "Teglio", True),
          ("FAIFER LUCA", "Assessore", "Villa di Tirano", False),
          ("TOGNOLINI PAOLO", "Assessore", "Aprica", True)]
ROLL90 = [(n, r, c, True) for (n, r, c, _) in ROLL87]

AFTER = ["Partecipa alla seduta il Segretario della Comunità Montana <b>dott. Stefano Ghilotti</b>, "
         "il quale provvede alla redazione del presente verbale.",
         "Essendo legale il numero degli intervenuti, l'<b>avv. Elena Cioccarelli</b>, nella sua "
         "qualità di <b>Presidente</b>, assume la presidenza e dichiara aperta la seduta per la "
         "trattazione dell'oggetto sopra indicato."]

A1 = dict(
    file="deliberazione-giunta-87-valtellinaditirano-sicraweb.pdf",
    num=87, date="14/12/2028", prop="112", propdate="09/12/2028", area="AREA TECNICA",
    resp="ing. Walter Pedrotti",
    subject="APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI MANUTENZIONE STRAORDINARIA DELLA "
            "STRADA AGRO-SILVO-PASTORALE \"PIAN DI GEMBRO – TRIVIGNO\" – CUP H27H28000410002",
    opening=OPEN % ("quattordici", "17:30"),
    roll=ROLL87, after_roll=AFTER,
    premesse=[
        "<b>Premesso</b> che la Comunità Montana, nell'ambito delle funzioni in materia di "
        "agricoltura e foreste attribuite dalla L.R. 5 dicembre 2008, n. 31, cura la manutenzione "
        "della viabilità agro-silvo-pastorale di interesse sovracomunale individuata dal Piano di "
        "Indirizzo Forestale vigente;",
        "<b>Richiamata</b> la deliberazione dell'Assemblea n. 9 del 29/04/2028, con la quale è stato "
        "approvato il programma triennale dei lavori pubblici 2028-2030, che prevede al punto 4 "
        "dell'elenco annuale l'intervento di manutenzione straordinaria della strada "
        "\"Pian di Gembro – Trivigno\", nei Comuni di Villa di Tirano, Aprica e Tirano;",
        "<b>Visto</b> il progetto esecutivo redatto dallo Studio Tecnico Associato Menatti & "
        "Fanchetti di Sondrio, acquisito al protocollo dell'Ente al n. 6214 del 02/12/2028, "
        "dell'importo complessivo di € 186.400,00, di cui € 142.870,00 per lavori a base d'asta, "
        "€ 4.130,00 per oneri della sicurezza non soggetti a ribasso ed € 39.400,00 per somme a "
        "disposizione dell'Amministrazione;",
        "<b>Dato atto</b> che il progetto è stato verificato ai sensi dell'art. 42 del D.Lgs. "
        "31 marzo 2023, n. 36, come risulta dal verbale di verifica sottoscritto in data "
        "05/12/2028, e validato dal Responsabile Unico del Progetto;",
        "<b>Considerato</b> che l'intervento è finanziato per € 150.000,00 con il contributo "
        "regionale concesso con decreto della D.G. Agricoltura n. 17456 del 10/10/2028 e per la "
        "restante quota di € 36.400,00 con fondi propri dell'Ente;",
        "<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi "
        "dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, riportati in calce al presente atto;"],
    vote="Con voti unanimi favorevoli, espressi nelle forme di legge dai presenti;",
    points=[
        "di approvare il progetto esecutivo dei lavori di manutenzione straordinaria della strada "
        "agro-silvo-pastorale \"Pian di Gembro – Trivigno\", dell'importo complessivo di "
        "€ 186.400,00, secondo il quadro economico richiamato in premessa;",
        "di dare atto che la spesa trova copertura alla Missione 16, Programma 01, capitolo 21560 "
        "del bilancio di previsione 2028-2030, esercizio 2028;",
        "di confermare Responsabile Unico del Progetto l'ing. Walter Pedrotti, Responsabile "
        "dell'Area Tecnica, demandando al medesimo l'adozione degli atti di affidamento dei lavori;",
        "di trasmettere copia del presente atto ai Comuni di Villa di Tirano, Aprica e Tirano, "
        "per quanto di competenza."],
    ie="Successivamente, con separata votazione unanime favorevole, la Giunta Esecutiva "
       "<b>dichiara</b> il presente atto immediatamente eseguibile, ai sensi dell'art. 134, "
       "comma 4, del D.Lgs. 267/2000, stante l'urgenza di avviare la procedura di affidamento.")

A3 = dict(
    file="deliberazione-giunta-90-valtellinaditirano-sicraweb.pdf",
    num=90, date="21/12/2028", prop="118", propdate="15/12/2028",
    area="AREA AMMINISTRATIVA", resp="dott.ssa Laura Rinaldi",
    subject="CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI DEL TERRITORIO PER INIZIATIVE "
            "CULTURALI, SPORTIVE E DI PROMOZIONE TURISTICA – SECONDO SEMESTRE 2028",
    opening=OPEN % ("ventuno", "18:00"),
    roll=ROLL90, after_roll=AFTER,
    premesse=[
        "<b>Visto</b> il Regolamento per la concessione di contributi, sovvenzioni e vantaggi "
        "economici, approvato con deliberazione dell'Assemblea n. 14 del 27/06/2019, e in "
        "particolare l'art. 6, che attribuisce alla Giunta Esecutiva la ripartizione dei fondi "
        "sulla base dell'istruttoria dell'Area Amministrativa;",
        "<b>Dato atto</b> che, a seguito dell'avviso pubblicato all'Albo on line dal 02/10/2028 al "
        "31/10/2028, sono pervenute n. 14 domande, di cui n. 12 ammissibili, come risulta dalla "
        "relazione istruttoria del 12/12/2028, conservata agli atti;",
        "<b>Rilevato</b> che lo stanziamento disponibile al capitolo 10520 del bilancio 2028 "
        "ammonta a € 38.000,00 e che l'istruttoria propone contributi per complessivi "
        "€ 37.650,00, secondo il prospetto allegato sotto la lettera A);",
        "<b>Dato atto</b> che l'assessore Sara Strambini dichiara di astenersi dalla votazione, "
        "essendo componente del direttivo di una delle associazioni richiedenti;",
        "<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi "
        "dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, riportati in calce al presente atto;"],
    vote="Con voti favorevoli n. 4, contrari n. 0, astenuti n. 1 (Strambini), espressi per alzata "
         "di mano dai n. 5 componenti presenti;",
    points=[
        "di concedere i contributi alle associazioni del territorio per le iniziative del secondo "
        "semestre 2028, nelle misure indicate nel prospetto allegato A), parte integrante e "
        "sostanziale del presente atto, per un totale di € 37.650,00;",
        "di imputare la spesa al capitolo 10520 \"Contributi ad associazioni per attività "
        "culturali e sportive\" del bilancio di previsione 2028-2030, esercizio 2028;",
        "di demandare al Responsabile dell'Area Amministrativa l'assunzione dell'impegno di spesa "
        "e la successiva liquidazione, previa presentazione del rendiconto delle iniziative;",
        "di pubblicare i dati dei beneficiari nella sezione \"Amministrazione trasparente\", ai "
        "sensi degli artt. 26 e 27 del D.Lgs. 33/2013;",
        "di dare atto che nessuno dei beneficiari ha in corso rapporti contrattuali con l'Ente."],
    ie="Successivamente, con voti favorevoli n. 4 e astenuti n. 1, la Giunta Esecutiva "
       "<b>dichiara</b> il presente atto immediatamente eseguibile, ai sensi dell'art. 134, "
       "comma 4, del D.Lgs. 267/2000, per consentire l'impegno della spesa entro l'esercizio.")

if __name__ == "__main__":
    build(A1)
    build(A3)
