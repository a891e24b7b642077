#!/usr/bin/env python3
"""Comune di Oria - two Consiglio minutes in a Hypersic-like layout, ReportLab.

cc1: justified body (Tw word spacing), letter-spaced headings (Tc), roll in two
     columns, votes per councillor (appello nominale) in two columns.
cc2: roll table with group column and totals, running head and foot with the
     act's number on every page, councillors entering and leaving.
usage: oria_rl.py OUTDIR
"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (Flowable, KeepTogether, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oria_common import ADDRESS, COUNCIL  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
W, H = A4

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=4)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
CENTER = ParagraphStyle("center", parent=BODY, alignment=TA_CENTER)
POINT = ParagraphStyle("point", parent=BODY, leftIndent=16, firstLineIndent=-16)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.6, leading=10, alignment=TA_LEFT)


class Spaced(Flowable):
    """A heading drawn with character spacing (Tc), centred."""

    def __init__(self, text, size=11, cs=3.2, font="Helvetica-Bold", space=6):
        super().__init__()
        self.text, self.size, self.cs, self.font, self.space = text, size, cs, font, space

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + 2 * self.space

    def draw(self):
        c = self.canv
        from reportlab.pdfbase.pdfmetrics import stringWidth
        w = stringWidth(self.text, self.font, self.size) + self.cs * (len(self.text) - 1)
        t = c.beginText()
        t.setFont(self.font, self.size)
        t.setCharSpace(self.cs)
        t.setTextOrigin((self.aw - w) / 2, self.space)
        t.textOut(self.text)
        t.setCharSpace(0)
        c.drawText(t)


def crest(c, x, y):
    """A simple drawn crest: shield with three towers."""
    c.saveState()
    c.setFillColor(colors.HexColor("#8c1d18"))
    p = c.beginPath()
    p.moveTo(x, y + 44); p.lineTo(x + 36, y + 44); p.lineTo(x + 36, y + 18)
    p.curveTo(x + 36, y + 6, x + 26, y + 1, x + 18, y - 2)
    p.curveTo(x + 10, y + 1, x, y + 6, x, y + 18); p.close()
    c.drawPath(p, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#e8c34a"))
    for dx in (5, 14, 23):
        c.rect(x + dx, y + 16, 8, 16, fill=1, stroke=0)
        c.rect(x + dx + 1, y + 32, 2, 3, fill=1, stroke=0)
        c.rect(x + dx + 5, y + 32, 2, 3, fill=1, stroke=0)
    c.restoreState()


def letterhead(c, copia):
    crest(c, 20 * mm, H - 32 * mm)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(36 * mm, H - 20 * mm, "COMUNE DI ORIA")
    c.setFont("Helvetica", 9.5)
    c.drawString(36 * mm, H - 25 * mm, "Provincia di Brindisi")
    c.setFont("Helvetica", 7.5)
    c.drawString(36 * mm, H - 29 * mm, ADDRESS)
    c.setFont("Helvetica-Bold", 9)
    c.rect(W - 48 * mm, H - 24 * mm, 30 * mm, 7 * mm)
    t = c.beginText()
    t.setFont("Helvetica-Bold", 9)
    t.setCharSpace(2)
    t.setTextOrigin(W - 44 * mm, H - 21.8 * mm)
    t.textOut(copia)
    t.setCharSpace(0)
    c.drawText(t)
    c.setLineWidth(1.2)
    c.line(18 * mm, H - 35 * mm, W - 18 * mm, H - 35 * mm)
    c.setLineWidth(1)


class NumberedCanvas(rl_canvas.Canvas):
    """Two-pass canvas writing 'Pagina x di y' and a running head."""
    runhead = None
    foot = None

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont("Helvetica", 7.5)
            if self.foot:
                self.drawString(18 * mm, 11 * mm, self.foot)
            self.drawRightString(W - 18 * mm, 11 * mm, "Pagina %d di %d" % (self._pageNumber, n))
            self.line(18 * mm, 14 * mm, W - 18 * mm, 14 * mm)
            if self.runhead and self._pageNumber > 1:
                self.setFont("Helvetica-Oblique", 8)
                self.drawString(18 * mm, H - 13 * mm, self.runhead)
                self.line(18 * mm, H - 14.5 * mm, W - 18 * mm, H - 14.5 * mm)
            super().showPage()
        super().save()


def make_canvas(runhead, foot):
    class C(NumberedCanvas):
        pass
    C.runhead = runhead
    C.foot = foot
    return C


def head_box(num, date, organ="CONSIGLIO COMUNALE", seduta=None, extra=None):
    rows = [[Paragraph("<b>DELIBERAZIONE DEL %s</b>" % organ, ParagraphStyle("h", parent=CELL, fontSize=10.5, leading=13)),
             Paragraph("N. <b>%s</b>" % num, ParagraphStyle("n", parent=CELL, fontSize=10.5, leading=13)),
             Paragraph("del <b>%s</b>" % date, ParagraphStyle("d", parent=CELL, fontSize=10.5, leading=13))]]
    if seduta:
        rows.append([Paragraph(seduta, CELL), "", ""])
    if extra:
        rows.append([Paragraph(extra, CELL), "", ""])
    t = Table(rows, colWidths=[112 * mm, 25 * mm, 37 * mm])
    st = [("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEAFTER", (0, 0), (1, 0), 0.5, colors.black)]
    for r in range(1, len(rows)):
        st.append(("SPAN", (0, r), (-1, r)))
    t.setStyle(TableStyle(st))
    return t


def oggetto(text):
    t = Table([[Paragraph("<b>Oggetto:</b>", BODY), Paragraph("<b>%s</b>" % text, BODY)]], colWidths=[20 * mm, 154 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f2f2"))]))
    return t


def roll_two_columns(absent):
    half = (len(COUNCIL) + 1) // 2
    left, right = COUNCIL[:half], COUNCIL[half:]
    rows = [["Consigliere", "Carica", "P", "A", "Consigliere", "Carica", "P", "A"]]
    for i in range(half):
        r = []
        for col in (left, right):
            if i < len(col):
                n, role, _ = col[i]
                r += [n, role, "" if n in absent else "X", "X" if n in absent else ""]
            else:
                r += ["", "", "", ""]
        rows.append(r)
    t = Table(rows, colWidths=[38 * mm, 22 * mm, 7 * mm, 7 * mm] * 2)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.6), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.6),
        ("ALIGN", (2, 0), (3, -1), "CENTER"), ("ALIGN", (6, 0), (7, -1), "CENTER"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("BOX", (0, 0), (3, -1), 0.6, colors.black),
        ("BOX", (4, 0), (7, -1), 0.6, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def signatures(left, lname, right, rname):
    t = Table([[left, right], [lname, rname]], colWidths=[87 * mm, 87 * mm])
    t.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                           ("FONT", (0, 1), (-1, 1), "Helvetica", 9.5)]))
    return t


def first_page(copia):
    def fn(c, doc):
        letterhead(c, copia)
    return fn


# ---------------------------------------------------------------------- CC 1
def cc1(path):
    absent = {"CANNALIRE Ilaria", "DI CASTRI Salvatore"}
    votes = {n: "favorevole" for n, _, _ in COUNCIL}
    for n in ("FRANCIOSO Gianluca", "LIGORIO Maria Grazia", "PASSIANTE Roberto"):
        votes[n] = "contrario"
    voters = [n for n, _, _ in COUNCIL if n not in absent]
    half = (len(voters) + 1) // 2
    vrows = []
    for i in range(half):
        r = [voters[i], votes[voters[i]]]
        if i + half < len(voters):
            r += [voters[i + half], votes[voters[i + half]]]
        else:
            r += ["", ""]
        vrows.append(r)
    vt = Table(vrows, colWidths=[45 * mm, 30 * mm, 45 * mm, 30 * mm])
    vt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.8), ("FONT", (1, 0), (1, -1), "Helvetica-Oblique", 8.8),
                            ("FONT", (3, 0), (3, -1), "Helvetica-Oblique", 8.8), ("TOPPADDING", (0, 0), (-1, -1), 0.8),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8)]))
    P = lambda t, s=BODY: Paragraph(t, s)  # noqa: E731
    story = [
        Spacer(1, 22 * mm),
        head_box(1, "12/01/2027", seduta="Sessione ordinaria - Seduta pubblica di prima convocazione"),
        Spacer(1, 5),
        oggetto("APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO (PEF) 2026-2029 DEL SERVIZIO DI GESTIONE DEI RIFIUTI URBANI "
                "E DELLE TARIFFE TARI PER L'ANNO 2027."),
        Spacer(1, 6),
        P("L'anno <b>duemilaventisette</b>, il giorno <b>dodici</b> del mese di <b>gennaio</b>, alle ore <b>17:30</b>, nella sala delle "
          "adunanze consiliari del Palazzo di Città, a seguito di convocazione disposta dalla Presidente del Consiglio con avviso "
          "prot. n. 611 del 05/01/2027, regolarmente notificato, si è riunito il Consiglio Comunale in sessione ordinaria ed in "
          "seduta pubblica di prima convocazione."),
        P("Fatto l'appello nominale risultano presenti (P) e assenti (A) i signori:"),
        roll_two_columns(absent),
        Spacer(1, 3),
        P("Consiglieri assegnati n. 17 (compreso il Sindaco) - in carica n. 17 - presenti n. <b>15</b> - assenti n. <b>2</b>.", SMALL),
        P("Presiede la seduta la Presidente del Consiglio Comunale, dott.ssa Annamaria Andriulo. Partecipa con funzioni di "
          "assistenza giuridico-amministrativa e di verbalizzazione, ai sensi dell'art. 97 del D.Lgs. n. 267/2000, il Segretario "
          "Generale avv. Giuseppina Spagnolo. Sono designati scrutatori i consiglieri Mele, Saracino e Ligorio."),
        Spacer(1, 4),
        Spaced("IL CONSIGLIO COMUNALE", 10.5, 2.6),
        P("PREMESSO che l'art. 1, comma 683, della Legge 27 dicembre 2013, n. 147 stabilisce che il Consiglio comunale approva le "
          "tariffe della TARI in conformità al piano finanziario del servizio di gestione dei rifiuti urbani, redatto dal soggetto "
          "che svolge il servizio e approvato dall'autorità competente;"),
        P("VISTA la deliberazione ARERA n. 389/2023/R/rif, con la quale è stato approvato il Metodo Tariffario Rifiuti per il "
          "terzo periodo regolatorio 2022-2025 e ne sono state definite le modalità di aggiornamento biennale, nonché le successive "
          "determinazioni dell'Autorità relative al periodo 2026-2029;"),
        P("VISTO il Piano Economico Finanziario 2026-2029 validato dall'Agenzia Territoriale della Regione Puglia per il servizio di "
          "gestione dei rifiuti (AGER), quale ente territorialmente competente, con determinazione n. 512 del 17/12/2026, che "
          "espone per l'anno 2027 costi complessivi pari a euro 3.184.260,00;"),
        P("RITENUTO di articolare le tariffe per l'anno 2027 tra utenze domestiche e non domestiche secondo i coefficienti di cui "
          "al D.P.R. 27 aprile 1999, n. 158, come riportato nell'allegato B, e di fissare le scadenze di versamento al 30 aprile, "
          "31 luglio e 31 ottobre 2027;"),
        P("VISTI il parere favorevole di regolarità tecnica e contabile espresso dal Responsabile del Settore Economico-Finanziario, "
          "dott. Cosimo Greco, ai sensi dell'art. 49 del D.Lgs. n. 267/2000, e il parere favorevole del Collegio dei Revisori dei "
          "Conti reso con verbale n. 2 del 09/01/2027;"),
        P("UDITI gli interventi dei consiglieri riportati nel resoconto stenotipico allegato al presente verbale;"),
        P("DATO ATTO che, su richiesta del consigliere Francioso, la Presidente pone in votazione la proposta per appello nominale, "
          "che dà il seguente esito:"),
        vt,
        Spacer(1, 3),
        P("Presenti n. 15 - votanti n. 15 - favorevoli n. 12 - contrari n. 3 (Francioso, Ligorio, Passiante) - astenuti nessuno."),
        Spaced("D E L I B E R A", 10.5, 1.5),
        P("1) di approvare il Piano Economico Finanziario 2026-2029 del servizio di gestione dei rifiuti urbani, come validato "
          "dall'AGER, nelle risultanze di cui all'allegato A;", POINT),
        P("2) di approvare per l'anno 2027 le tariffe TARI per le utenze domestiche e non domestiche riportate nell'allegato B, "
          "parte integrante e sostanziale del presente atto;", POINT),
        P("3) di stabilire che il versamento del tributo avvenga in tre rate, con scadenza 30 aprile, 31 luglio e 31 ottobre 2027, "
          "ovvero in unica soluzione entro il 31 luglio 2027;", POINT),
        P("4) di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze mediante inserimento nel Portale "
          "del federalismo fiscale, ai sensi dell'art. 13, comma 15, del D.L. n. 201/2011.", POINT),
        P("Successivamente, con separata votazione palese per alzata di mano, presenti n. 15, favorevoli n. 12, contrari n. 3 "
          "(Francioso, Ligorio, Passiante), il Consiglio Comunale dichiara il presente atto <b>immediatamente eseguibile</b> ai "
          "sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000."),
        Spacer(1, 8),
        KeepTogether([P("Il presente verbale viene letto, approvato e sottoscritto come segue."),
                      signatures("LA PRESIDENTE DEL CONSIGLIO", "dott.ssa Annamaria Andriulo", "IL SEGRETARIO GENERALE",
                                 "avv. Giuseppina Spagnolo"),
                      Spacer(1, 4),
                      P("Documento firmato digitalmente ai sensi degli artt. 20 e 21 del D.Lgs. 82/2005.", SMALL)]),
    ]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=20 * mm,
                            title="Deliberazione di Consiglio Comunale n. 1 del 12/01/2027", author="Comune di Oria",
                            creator="Hypersic - Atti amministrativi")
    doc.build(story, onFirstPage=first_page("COPIA"),
              canvasmaker=make_canvas(None, "Delib. C.C. n. 1 del 12/01/2027"))


# ---------------------------------------------------------------------- CC 2
def cc2(path):
    absent = {"CANNALIRE Ilaria", "DI CASTRI Salvatore"}
    rows = [["N.", "Cognome e nome", "Qualifica", "Gruppo consiliare", "Presente", "Assente"]]
    for i, (n, role, g) in enumerate(COUNCIL, 1):
        rows.append([str(i), n, role, g, "" if n in absent else "SI", "SI" if n in absent else ""])
    rt = Table(rows, colWidths=[9 * mm, 46 * mm, 26 * mm, 45 * mm, 18 * mm, 18 * mm], repeatRows=1)
    rt.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.6), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.2),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
        ("ALIGN", (4, 0), (5, -1), "CENTER"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4)]))
    tot = Table([["Assegnati", "17", "In carica", "17", "Presenti", "15", "Assenti", "2"]],
                colWidths=[20 * mm, 10 * mm, 18 * mm, 10 * mm, 18 * mm, 10 * mm, 18 * mm, 10 * mm], hAlign="RIGHT")
    tot.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.6), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                             ("FONT", (1, 0), (1, 0), "Helvetica-Bold", 8.6), ("FONT", (3, 0), (3, 0), "Helvetica-Bold", 8.6),
                             ("FONT", (5, 0), (5, 0), "Helvetica-Bold", 8.6), ("FONT", (7, 0), (7, 0), "Helvetica-Bold", 8.6)]))
    P = lambda t, s=BODY: Paragraph(t, s)  # noqa: E731
    story = [
        Spacer(1, 22 * mm),
        head_box(2, "12/01/2027", seduta="Sessione ordinaria - Seduta pubblica di prima convocazione",
                 extra="Proposta n. 9 del 22/12/2026 - Settore proponente: SETTORE AFFARI GENERALI E LEGALI"),
        Spacer(1, 5),
        oggetto("RICONOSCIMENTO DELLA LEGITTIMITÀ DEL DEBITO FUORI BILANCIO DERIVANTE DALLA SENTENZA DEL GIUDICE DI PACE DI "
                "BRINDISI N. 1187/2026, AI SENSI DELL'ART. 194, COMMA 1, LETT. A), DEL D.LGS. N. 267/2000."),
        Spacer(1, 6),
        P("L'anno duemilaventisette, il giorno dodici del mese di gennaio, alle ore 17:30 e seguenti, nella sala delle adunanze "
          "consiliari, si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione. "
          "All'appello nominale effettuato all'inizio della seduta risultano:"),
        rt,
        Spacer(1, 3),
        tot,
        Spacer(1, 4),
        P("Presiede la seduta Annamaria Andriulo, Presidente del Consiglio Comunale. Assiste il Segretario Generale "
          "avv. Giuseppina Spagnolo, incaricato della redazione del verbale."),
        P("<i>Nel corso della seduta, prima della trattazione del presente punto (ore 18:50), entra in aula il consigliere "
          "DI CASTRI Salvatore (presenti n. 16). Alle ore 19:05, prima della votazione, abbandonano l'aula i consiglieri "
          "FRANCIOSO Gianluca, LIGORIO Maria Grazia e PASSIANTE Roberto (presenti n. 13).</i>"),
        Spacer(1, 2),
        Spaced("IL CONSIGLIO COMUNALE", 10.5, 2.6),
        P("PREMESSO che con sentenza n. 1187/2026, depositata in data 14/10/2026 e notificata all'Ente in data 03/11/2026, il "
          "Giudice di Pace di Brindisi ha condannato il Comune di Oria al pagamento, in favore del sig. R.M., della somma di "
          "euro 2.940,00 a titolo di risarcimento dei danni subiti a seguito di un sinistro stradale occorso in via Francavilla, "
          "oltre interessi legali e spese di giudizio liquidate in euro 1.150,00, oltre accessori di legge;"),
        P("CONSIDERATO che l'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000 prevede che il Consiglio riconosca la legittimità "
          "dei debiti fuori bilancio derivanti da sentenze esecutive e che, in tale ipotesi, il riconoscimento costituisce un atto "
          "dovuto, non residuando in capo all'organo consiliare alcun margine di valutazione in ordine all'an e al quantum del debito;"),
        P("VISTA la relazione del Responsabile del Settore Affari Generali e Legali, dott. Angelo Fischetti, in data 21/12/2026, "
          "dalla quale risulta che il debito complessivo ammonta ad euro 4.602,35, comprensivo di interessi e accessori;"),
        P("DATO ATTO che la spesa trova copertura sul capitolo 1058 \"Oneri da contenzioso\" del bilancio di previsione 2026-2028, "
          "annualità 2027, in esercizio provvisorio, trattandosi di spesa derivante da obbligo giuridico;"),
        P("VISTI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. n. 267/2000 e il "
          "parere favorevole del Collegio dei Revisori dei Conti reso con verbale n. 1 del 08/01/2027;"),
        P("CON voti favorevoli n. 12, contrari nessuno, astenuti n. 1 (Di Castri), espressi per alzata di mano dai n. 13 "
          "consiglieri presenti;"),
        Spaced("D E L I B E R A", 10.5, 1.5),
        P("1) di riconoscere, ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000, la legittimità del debito fuori "
          "bilancio di euro 4.602,35 derivante dalla sentenza del Giudice di Pace di Brindisi n. 1187/2026;", POINT),
        P("2) di dare atto che alla relativa spesa si farà fronte con imputazione al capitolo 1058 del bilancio 2026-2028, "
          "annualità 2027;", POINT),
        P("3) di demandare al Responsabile del Settore Affari Generali e Legali l'adozione degli atti di impegno e liquidazione;", POINT),
        P("4) di trasmettere la presente deliberazione alla competente Procura Regionale della Corte dei conti, ai sensi "
          "dell'art. 23, comma 5, della Legge n. 289/2002.", POINT),
        P("Successivamente, con separata votazione dall'identico esito, il Consiglio Comunale dichiara la presente deliberazione "
          "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, stante l'esigenza di evitare "
          "ulteriori oneri a carico dell'Ente."),
        Spacer(1, 8),
        KeepTogether([P("Letto, confermato e sottoscritto."),
                      signatures("IL PRESIDENTE", "Annamaria Andriulo", "IL SEGRETARIO GENERALE", "avv. Giuseppina Spagnolo")]),
    ]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
                            title="Deliberazione di Consiglio Comunale n. 2 del 12/01/2027", author="Comune di Oria",
                            creator="Hypersic - Atti amministrativi")
    doc.build(story, onFirstPage=first_page("COPIA"),
              canvasmaker=make_canvas("COMUNE DI ORIA - Deliberazione del Consiglio Comunale n. 2 del 12/01/2027",
                                      "Delib. C.C. n. 2 del 12/01/2027"))


os.makedirs(OUT, exist_ok=True)
cc1(os.path.join(OUT, "consiglio-1-oria-hypersic.pdf"))
cc2(os.path.join(OUT, "consiglio-2-oria-hypersic.pdf"))
