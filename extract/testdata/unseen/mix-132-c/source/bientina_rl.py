#!/usr/bin/env python3
"""Bientina (Toscana), Civilia-like house style printed by ReportLab.
bando.pdf : platypus, justified paragraphs (word spacing Tw), a letter-spaced
            title (character spacing Tc), running foot with the bando's number.
esito.pdf : a report-engine print: every glyph placed alone by a text matrix,
            no space characters, justified lines by wider gaps.
Usage: bientina_rl.py OUTDIR"""
import os, sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfgen import canvas as rlcanvas

OUT = sys.argv[1]
W, H = A4
BAND = colors.HexColor("#5d6b78")


def crest(c, x, y, s=1.0):
    """a small shield drawn with paths (x,y = lower-left)"""
    c.saveState()
    c.translate(x, y); c.scale(s, s)
    p = c.beginPath()
    p.moveTo(2, 34); p.lineTo(28, 34); p.lineTo(28, 16)
    p.curveTo(28, 6, 21, 1, 15, -1); p.curveTo(9, 1, 2, 6, 2, 16); p.close()
    c.setFillColor(colors.HexColor("#c9d6e3")); c.setStrokeColor(colors.HexColor("#2b3a4a"))
    c.setLineWidth(1); c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.HexColor("#aa3333")); c.rect(11, 8, 8, 15, fill=1, stroke=1)
    c.restoreState()


def letterhead(c, unit, sub=None):
    crest(c, 20 * mm, H - 32 * mm, 1.45)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 17); c.drawString(40 * mm, H - 22 * mm, "COMUNE DI BIENTINA")
    c.setFont("Helvetica", 9); c.drawString(40 * mm, H - 27 * mm, "Provincia di Pisa")
    c.setFillColor(BAND); c.rect(20 * mm, H - 40 * mm, W - 40 * mm, 6.5 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 9.5)
    c.drawString(23 * mm, H - 37.8 * mm, unit.upper())
    if sub:
        c.setFillColor(colors.HexColor("#333333")); c.setFont("Helvetica-Oblique", 9)
        c.drawString(23 * mm, H - 45 * mm, sub)
    c.setFillColor(colors.black)


def footer(c, right):
    c.setStrokeColor(BAND); c.setLineWidth(0.4); c.line(20 * mm, 15 * mm, W - 20 * mm, 15 * mm)
    c.setFont("Helvetica", 7.5); c.setFillColor(colors.HexColor("#444444"))
    c.drawString(20 * mm, 11.5 * mm, "Comune di Bientina – Piazza Vittorio Emanuele II, 53 – 56031 Bientina (PI)")
    c.drawRightString(W - 20 * mm, 11.5 * mm, right)
    c.setFillColor(colors.black)


# ===================================================================== bando
def bando():
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.2, leading=13.6,
                          alignment=TA_JUSTIFY, spaceAfter=4)
    head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", spaceBefore=5, spaceAfter=3,
                          alignment=0)
    cen = ParagraphStyle("c", parent=body, fontName="Helvetica-Bold", alignment=TA_CENTER,
                         spaceBefore=4, spaceAfter=6)
    ogg = ParagraphStyle("o", parent=body, fontName="Helvetica-Bold", leftIndent=17 * mm,
                         firstLineIndent=-17 * mm, spaceBefore=6, spaceAfter=8)

    class Doc(BaseDocTemplate):
        def afterFlowable(self, f):
            pass

    def first(c, d):
        c.saveState()
        letterhead(c, "Area Assetto del Territorio e Attività Produttive", "Servizio SUAP e Commercio")
        c.setFont("Helvetica", 9.5)
        c.drawRightString(W - 20 * mm, H - 45 * mm, "Bientina, 10 agosto 2028")
        # letter-spaced title, as the model prints it (character spacing)
        t = c.beginText()
        t.setFont("Helvetica-Bold", 14); t.setCharSpace(4.2)
        s = "BANDO N. 3/2028"
        wdt = stringWidth(s, "Helvetica-Bold", 14) + 4.2 * (len(s) - 1)
        t.setTextOrigin((W - wdt) / 2, H - 58 * mm); t.textOut(s); t.setCharSpace(0)
        c.drawText(t)
        footer(c, "Bando n. 3/2028 – pag. %d di 2" % d.page)
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5); c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, H - 12 * mm, "COMUNE DI BIENTINA – Area Assetto del Territorio e Attività Produttive")
        c.drawRightString(W - 20 * mm, H - 12 * mm, "Bando n. 3/2028")
        footer(c, "Bando n. 3/2028 – pag. %d di 2" % d.page)
        c.restoreState()

    doc = Doc(os.path.join(OUT, "bando.pdf"), pagesize=A4, title="Bando n. 3/2028",
              author="Servizio SUAP e Commercio", creator="Civilia Next - Atti")
    f1 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 83 * mm, id="f1", leftPadding=0, rightPadding=0)
    f2 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 38 * mm, id="f2", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=first, autoNextPageTemplate="later"),
                          PageTemplate("later", [f2], onPage=later)])
    P = lambda t, s=body: Paragraph(t, s)
    story = [
        P("Oggetto:&nbsp;&nbsp;&nbsp;Assegnazione in concessione dodecennale dei posteggi liberi nel mercato "
          "settimanale del sabato in Piazza Vittorio Emanuele II e Via Roma.", ogg),
        P("IL RESPONSABILE DEL SERVIZIO SUAP E COMMERCIO", cen),
        P("Vista la Legge Regionale Toscana 23 novembre 2018, n. 62 (Codice del Commercio) e in particolare "
          "gli articoli 32 e seguenti, che disciplinano il rilascio delle concessioni di posteggio per "
          "l'esercizio del commercio su aree pubbliche;"),
        P("Visto il vigente Regolamento comunale per il commercio su aree pubbliche, approvato con "
          "deliberazione del Consiglio Comunale n. 41 del 28 settembre 2021 e successive modificazioni;"),
        P("Vista la deliberazione della Giunta Comunale n. 91 del 20 luglio 2028, con la quale sono stati "
          "individuati i posteggi liberi da assegnare e i relativi criteri di priorità;"),
        P("RENDE NOTO", cen),
        P("che è indetta la procedura di selezione per l'assegnazione in concessione, per la durata di anni "
          "dodici, dei seguenti posteggi liberi nel mercato settimanale che si svolge ogni sabato dalle ore "
          "7:30 alle ore 13:30:"),
    ]
    rows = [["Posteggio", "Ubicazione", "Dimensioni (m)", "Settore merceologico"],
            ["n. 4", "Piazza Vittorio Emanuele II", "8,00 x 4,00", "Alimentare"],
            ["n. 11", "Piazza Vittorio Emanuele II", "7,00 x 4,00", "Non alimentare"],
            ["n. 17", "Via Roma", "6,00 x 3,50", "Non alimentare"],
            ["n. 22", "Via Roma", "9,00 x 4,50", "Alimentare (banco con automezzo)"]]
    tb = Table(rows, colWidths=[22 * mm, 55 * mm, 30 * mm, 63 * mm])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ec"))]))
    story += [tb, Spacer(1, 6)]
    arts = [
        ("Art. 1 – Requisiti di partecipazione",
         "Possono partecipare le persone fisiche, le società di persone, le società di capitali regolarmente "
         "costituite e le cooperative in possesso dei requisiti morali e, per il settore alimentare, "
         "professionali previsti dagli articoli 11 e 12 della L.R. 62/2018. Ciascun partecipante può "
         "presentare domanda per non più di due posteggi nel medesimo mercato."),
        ("Art. 2 – Criteri di formazione della graduatoria",
         "La graduatoria è formata applicando, nell'ordine, i seguenti criteri: a) maggiore professionalità "
         "acquisita, riferita all'anzianità di esercizio dell'impresa, comprovata dall'iscrizione al Registro "
         "delle imprese, fino a un massimo di 40 punti; b) anzianità di presenza nel mercato; c) assunzione "
         "dell'impegno a rendere disponibili ai consumatori prodotti della filiera corta o biologici; "
         "d) ordine cronologico di presentazione della domanda."),
        ("Art. 3 – Modalità e termini di presentazione delle domande",
         "La domanda, in bollo, deve essere presentata esclusivamente in modalità telematica tramite il "
         "portale SUAP della Regione Toscana, a pena di esclusione, a partire dal 21 agosto 2028 ed entro "
         "le ore 12:00 del 20 settembre 2028. Le domande pervenute oltre il termine o con modalità diverse "
         "non sono prese in considerazione."),
        ("Art. 4 – Graduatoria e rilascio della concessione",
         "La graduatoria provvisoria è pubblicata all'Albo Pretorio on line entro trenta giorni dalla "
         "scadenza del termine di presentazione delle domande; entro i successivi quindici giorni gli "
         "interessati possono presentare osservazioni. La concessione è rilasciata al primo classificato "
         "per ciascun posteggio, previa verifica dei requisiti dichiarati e della regolarità contributiva."),
        ("Art. 5 – Canone",
         "Il concessionario è tenuto al pagamento del canone unico patrimoniale di cui all'art. 1, comma 837, "
         "della Legge 160/2019, nella misura stabilita dalle tariffe vigenti per l'anno di riferimento."),
        ("Art. 6 – Responsabile del procedimento e informazioni",
         "Il responsabile del procedimento è il geom. Marco Bertelli. Informazioni possono essere richieste "
         "al Servizio SUAP e Commercio, tel. 0587 758436, e-mail suap@comune.bientina.pi.it, nei giorni di "
         "lunedì e giovedì dalle ore 9:00 alle ore 12:30. Il presente bando è pubblicato all'Albo Pretorio "
         "on line e sul sito istituzionale dell'Ente per trenta giorni consecutivi."),
    ]
    for h, t in arts:
        story += [P(h, head), P(t)]
    sig = ParagraphStyle("s", parent=body, alignment=TA_CENTER, leftIndent=95 * mm)
    small = ParagraphStyle("sm", parent=sig, fontSize=7.5, leading=9, textColor=colors.HexColor("#444444"))
    story += [Spacer(1, 14), KeepTogether([P("Geom. Marco Bertelli", sig),
              P("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate", small)])]
    doc.build(story)


# ===================================================================== esito
class GlyphWriter:
    """places every glyph by its own text matrix, as report engines do"""

    def __init__(self, c):
        self.c = c

    def line(self, x, y, text, font="Helvetica", size=10, width=None):
        words = text.split(" ")
        gap = stringWidth(" ", font, size)
        if width:  # justified: stretch the gaps
            natural = sum(stringWidth(w, font, size) for w in words)
            if len(words) > 1:
                gap = (width - natural) / (len(words) - 1)
        t = self.c.beginText()
        t.setFont(font, size)
        cx = x
        for i, w in enumerate(words):
            for ch in w:
                t.setTextOrigin(cx, y)
                t.textOut(ch)
                cx += stringWidth(ch, font, size)
            cx += gap
        self.c.drawText(t)

    def para(self, x, y, text, width, font="Helvetica", size=10, lead=13.4, justify=True, indent=0):
        words = text.split()
        lines, cur = [], []
        for w in words:
            trial = " ".join(cur + [w])
            lim = width - (indent if not lines else 0)
            if cur and stringWidth(trial, font, size) > lim:
                lines.append(cur); cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            off = indent if i == 0 else 0
            self.line(x + off, y, " ".join(ln), font, size,
                      None if (last or not justify) else width - off)
            y -= lead
        return y

    def centre(self, y, text, font="Helvetica-Bold", size=10):
        w = stringWidth(text, font, size)
        self.line((W - w) / 2, y, text, font, size)


def esito():
    c = rlcanvas.Canvas(os.path.join(OUT, "esito.pdf"), pagesize=A4, pageCompression=1)
    c.setTitle("Avviso di appalto aggiudicato"); c.setAuthor("Area Lavori Pubblici e Patrimonio")
    c.setCreator("Civilia Next - Report")
    g = GlyphWriter(c)
    X, WD = 20 * mm, W - 40 * mm
    # letterhead, placed glyph by glyph as well
    crest(c, 20 * mm, H - 32 * mm, 1.45)
    g.line(40 * mm, H - 22 * mm, "COMUNE DI BIENTINA", "Helvetica-Bold", 17)
    g.line(40 * mm, H - 27 * mm, "Provincia di Pisa", "Helvetica", 9)
    c.setFillColor(BAND); c.rect(20 * mm, H - 40 * mm, W - 40 * mm, 6.5 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    g.line(23 * mm, H - 37.8 * mm, "AREA LAVORI PUBBLICI E PATRIMONIO", "Helvetica-Bold", 9.5)
    c.setFillColor(colors.black)
    g.line(X, H - 47 * mm, "Prot. n. 12410 del 21/08/2028", "Helvetica", 9.5)
    s = "Bientina, 21/08/2028"
    g.line(W - 20 * mm - stringWidth(s, "Helvetica", 9.5), H - 47 * mm, s, "Helvetica", 9.5)
    g.centre(H - 60 * mm, "AVVISO DI APPALTO AGGIUDICATO", "Helvetica-Bold", 13)
    g.centre(H - 65.5 * mm, "(articoli 111 e 225 del D.Lgs. 31 marzo 2023, n. 36)", "Helvetica", 9.5)
    y = H - 76 * mm
    g.line(X, y, "Oggetto:", "Helvetica-Bold", 10.2)
    y = g.para(X + 17 * mm, y, "Procedura negoziata per l'affidamento dei lavori di miglioramento sismico della "
               "Scuola primaria “Giosuè Carducci” – CUP H43H27000120004 – CIG B5C2E81F07. Esito.",
               WD - 17 * mm, "Helvetica-Bold", 10.2, 13.6, justify=False)
    y -= 6
    g.centre(y, "IL RESPONSABILE DELL'AREA LAVORI PUBBLICI E PATRIMONIO", "Helvetica-Bold", 10.2)
    y -= 18
    y = g.para(X, y, "Vista la propria determinazione n. 412 del 02/08/2028, esecutiva, con la quale i lavori in "
               "oggetto sono stati definitivamente aggiudicati, a seguito di procedura negoziata senza bando "
               "ai sensi dell'art. 50, comma 1, lettera d), del D.Lgs. 36/2023, svolta sulla piattaforma "
               "telematica START della Regione Toscana;", WD, size=10.2)
    y -= 4
    g.centre(y, "RENDE NOTO", "Helvetica-Bold", 10.2); y -= 17
    y = g.para(X, y, "quanto segue, in ordine all'esito della procedura:", WD, size=10.2)
    y -= 4
    items = [
        ("1. Stazione appaltante:", "Comune di Bientina – Area Lavori Pubblici e Patrimonio, Piazza Vittorio "
         "Emanuele II n. 53, 56031 Bientina (PI) – PEC comune.bientina@postacert.toscana.it."),
        ("2. Procedura e criterio:", "procedura negoziata previa consultazione di cinque operatori economici "
         "individuati dall'elenco regionale; criterio del minor prezzo ai sensi dell'art. 50, comma 4, "
         "del D.Lgs. 36/2023."),
        ("3. Importo a base di gara:", "€ 684.500,00, di cui € 21.300,00 per oneri della sicurezza non "
         "soggetti a ribasso, oltre IVA."),
        ("4. Offerte ricevute:", "n. 4 (quattro); offerte escluse: nessuna."),
        ("5. Aggiudicatario:", "EDILTECNO COSTRUZIONI S.r.l., con sede in Pontedera (PI), Via della "
         "Stazione Vecchia n. 14 – P.IVA 01894560503."),
        ("6. Ribasso e importo di aggiudicazione:", "ribasso del 12,387% sull'importo soggetto a ribasso; "
         "importo contrattuale € 602.350,24, oneri della sicurezza compresi, oltre IVA."),
        ("7. Data di aggiudicazione:", "2 agosto 2028 (determinazione n. 412)."),
        ("8. Durata dei lavori:", "300 giorni naturali e consecutivi dalla data del verbale di consegna."),
        ("9. Organo competente per le procedure di ricorso:", "Tribunale Amministrativo Regionale per la "
         "Toscana, Via Ricasoli n. 40, 50122 Firenze; termine di trenta giorni ai sensi dell'art. 120 del "
         "D.Lgs. 104/2010."),
    ]
    for lab, txt in items:
        g.line(X, y, lab, "Helvetica-Bold", 10.2)
        lw = stringWidth(lab + " ", "Helvetica-Bold", 10.2)
        y = g.para(X, y, txt, WD, size=10.2, indent=lw)
        y -= 3
    y -= 2
    y = g.para(X, y, "Il presente avviso è pubblicato all'Albo Pretorio on line, sul profilo del committente "
               "nella sezione “Amministrazione trasparente – Bandi di gara e contratti” e sulla Banca Dati "
               "Nazionale dei Contratti Pubblici dell'ANAC.", WD, size=10.2)
    y -= 16
    s = "Ing. Sara Nardini"
    g.line(145 * mm - stringWidth(s, "Helvetica", 10.2) / 2, y, s, "Helvetica", 10.2)
    y -= 11
    s = "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005"
    c.setFillColor(colors.HexColor("#444444"))
    g.line(145 * mm - stringWidth(s, "Helvetica", 7.5) / 2, y, s, "Helvetica", 7.5)
    footer(c, "PEC: comune.bientina@postacert.toscana.it – C.F. 00357180502")
    c.showPage(); c.save()


bando()
esito()
