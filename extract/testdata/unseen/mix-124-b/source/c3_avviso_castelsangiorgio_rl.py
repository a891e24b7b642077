#!/usr/bin/env python3
"""Castel San Giorgio, house style "asmenet": numbered avviso printed by the
portal's report engine, imitated with ReportLab's canvas.

As such engines write it: every glyph is placed on its own (one Tm + Tj per
character, no space characters; justified lines spread by moving the glyphs),
the letterhead, the Settore box and the footer are Form XObjects defined once
and drawn on every page *after* the body, and the running foot carries the
avviso's number."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.lib.colors import HexColor

out = sys.argv[1]
W, H = A4
LM, RM = 56, W - 52
BLUE = HexColor("#1d3d6e")
c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle("Avviso n. 32/2027")
c.setAuthor("Comune di Castel San Giorgio")
c.setCreator("ASMENET Albo - modulo stampe")


def glyphs(x, y, text, font="Helvetica", size=10, extra=0.0, color=None):
    """Place each glyph alone; spaces are skipped, `extra` is added per gap."""
    t = c.beginText()
    t.setFont(font, size)
    if color is not None:
        t.setFillColor(color)
    cx = x
    for ch in text:
        if ch == " ":
            cx += stringWidth(" ", font, size) + extra
            continue
        t.setTextOrigin(cx, y)
        t.textOut(ch)
        cx += stringWidth(ch, font, size)
    c.drawText(t)
    return cx


def centred(y, text, font, size, color=None, track=0.0):
    if track:
        w = sum(stringWidth(ch, font, size) + track for ch in text) - track
        x = (W - w) / 2
        t = c.beginText()
        t.setFont(font, size)
        if color is not None:
            t.setFillColor(color)
        for ch in text:
            if ch != " ":
                t.setTextOrigin(x, y)
                t.textOut(ch)
            x += stringWidth(ch, font, size) + track
        c.drawText(t)
    else:
        glyphs((W - stringWidth(text, font, size)) / 2, y, text, font, size, color=color)


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Flow:
    def __init__(self):
        self.y = None
        self.page = 0

    def new_page(self, first=False):
        if not first:
            self.finish_page()
            c.showPage()
        self.page += 1
        self.y = H - 250 if first else H - 110

    def finish_page(self):
        # drawn last: the house blocks come after the body in the stream
        c.doForm("footer")
        glyphs(RM - 120, 34, f"Avviso n. 32/2027 – Pag. {self.page} di 2", size=7.5,
               color=HexColor("#444444"))
        c.doForm("letterhead")
        if self.page == 1:
            c.doForm("settore")

    def need(self, h):
        if self.y - h < 80:
            self.new_page()

    def para(self, text, font="Helvetica", size=10, lead=13.6, indent=0, justify=True,
             after=5, bullet=None):
        width = RM - LM - indent
        lines = wrap(text, font, size, width)
        for i, ws in enumerate(lines):
            self.need(lead)
            x = LM + indent
            if bullet and i == 0:
                glyphs(x - 12, self.y, bullet, font, size)
            last = i == len(lines) - 1
            if justify and not last and len(ws) > 1:
                nat = stringWidth(" ".join(ws), font, size)
                extra = (width - nat) / (len(ws) - 1)
            else:
                extra = 0
            glyphs(x, self.y, " ".join(ws), font, size, extra)
            self.y -= lead
        self.y -= after

    def heading(self, text, size=10.5):
        self.need(30)
        self.y -= 4
        glyphs(LM, self.y, text, "Helvetica-Bold", size, color=BLUE)
        self.y -= 15


# ---- house blocks as Form XObjects -------------------------------------
def crest(x, y):
    p = c.beginPath()
    p.moveTo(x, y + 46); p.lineTo(x + 38, y + 46); p.lineTo(x + 38, y + 20)
    p.curveTo(x + 38, y + 8, x + 28, y + 2, x + 19, y - 1)
    p.curveTo(x + 10, y + 2, x, y + 8, x, y + 20); p.close()
    c.setStrokeColor(BLUE); c.setFillColor(HexColor("#f4f4f4")); c.setLineWidth(1.4)
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(HexColor("#9a2a2a"))
    c.rect(x + 9, y + 16, 20, 12, stroke=0, fill=1)
    for k in range(3):
        c.rect(x + 9 + k * 8, y + 28, 4, 5, stroke=0, fill=1)


c.beginForm("letterhead")
crest(LM, H - 98)
glyphs(LM + 50, H - 70, "COMUNE DI CASTEL SAN GIORGIO", "Helvetica-Bold", 18, color=BLUE)
glyphs(LM + 50, H - 84, "Provincia di Salerno", "Helvetica", 10)
glyphs(LM + 50, H - 95, "Piazza Municipio n. 1 – 84083 Castel San Giorgio (SA) – PEC: "
       "protocollo@pec.comune.castelsangiorgio.sa.it", "Helvetica", 7.5, color=HexColor("#444444"))
c.setStrokeColor(BLUE); c.setLineWidth(1.8)
c.line(LM, H - 104, RM, H - 104)
c.endForm()

c.beginForm("settore")
c.setFillColor(HexColor("#eef2f8")); c.setStrokeColor(BLUE); c.setLineWidth(0.8)
c.rect(LM, H - 148, RM - LM, 34, stroke=1, fill=1)
c.setFillColor(HexColor("#000000"))
centred(H - 128, "SETTORE III – LAVORI PUBBLICI E PATRIMONIO", "Helvetica-Bold", 11)
centred(H - 141, "Servizio Gare e Contratti", "Helvetica", 9)
c.endForm()

c.beginForm("footer")
c.setStrokeColor(BLUE); c.setLineWidth(0.6)
c.line(LM, 58, RM, 58)
glyphs(LM, 47, "Settore III – Servizio Gare e Contratti – tel. 081 5163255 – "
       "gare@comune.castelsangiorgio.sa.it – PEC: lavoripubblici@pec.comune.castelsangiorgio.sa.it",
       size=7.2, color=HexColor("#444444"))
c.endForm()

# ---- body, written first ------------------------------------------------
f = Flow()
f.new_page(first=True)
# number box at the right, as the house style has it
c.setStrokeColor(HexColor("#777777")); c.setLineWidth(0.6)
c.rect(RM - 190, H - 178, 100, 18); c.rect(RM - 90, H - 178, 90, 18)
glyphs(RM - 182, H - 172, "Avviso n. 32/2027", size=9.5)
glyphs(RM - 82, H - 172, "del 09/12/2027", size=9.5)

centred(H - 205, "AVVISO PUBBLICO", "Helvetica-Bold", 16, track=4.5)
centred(H - 223, "PER LA FORMAZIONE DELL'ELENCO DEGLI OPERATORI ECONOMICI DA CONSULTARE",
        "Helvetica-Bold", 10.5)
centred(H - 237, "PER L'AFFIDAMENTO DI LAVORI DI IMPORTO INFERIORE A EURO 150.000,00 – ANNO 2028",
        "Helvetica-Bold", 10.5)
f.y = H - 266

f.para("Il Responsabile del Settore III – Lavori Pubblici e Patrimonio, in esecuzione della "
       "determinazione n. 431 del 6 dicembre 2027 (R.G. n. 1203), e in applicazione dell'articolo 50, "
       "comma 1, lettere a) e c), del decreto legislativo 31 marzo 2023, n. 36, nonché del "
       "Regolamento comunale per l'affidamento dei contratti pubblici di importo inferiore alle "
       "soglie europee,")
centred(f.y - 4, "RENDE NOTO", "Helvetica-Bold", 11, track=3)
f.y -= 22
f.para("che è avviata la procedura per l'aggiornamento e la formazione dell'elenco degli operatori "
       "economici da invitare alle procedure di affidamento diretto e negoziate per l'esecuzione di "
       "lavori pubblici di importo inferiore a euro 150.000,00, distinto per categorie di opere "
       "generali e specializzate, da utilizzare nel corso dell'anno 2028 nel rispetto dei principi di "
       "rotazione, parità di trattamento e trasparenza.")

f.heading("1. Soggetti ammessi e requisiti")
f.para("Possono chiedere l'iscrizione gli operatori economici di cui all'articolo 65 del d.lgs. "
       "n. 36/2023 che non si trovino in alcuna delle cause di esclusione previste dagli articoli 94 e "
       "95 del medesimo decreto e che siano in possesso dei seguenti requisiti:")
for b in ("iscrizione al registro delle imprese della Camera di commercio per attività "
          "corrispondenti alle categorie per le quali si chiede l'iscrizione;",
          "attestazione SOA in corso di validità, oppure possesso dei requisiti di cui all'articolo 28 "
          "dell'allegato II.12 al d.lgs. n. 36/2023 per i lavori di importo inferiore a euro 150.000,00;",
          "regolarità contributiva attestata dal DURC e iscrizione alla white list della Prefettura, "
          "ove prevista per l'attività esercitata;",
          "abilitazione alla piattaforma di approvvigionamento digitale in uso presso l'Ente."):
    f.para(b, indent=22, bullet="–", after=2)
f.y -= 3

f.heading("2. Categorie di lavori")
f.para("L'elenco è articolato nelle seguenti categorie: OG1 edifici civili e industriali; OG3 strade e "
       "relative opere complementari; OG6 acquedotti, fognature e opere di evacuazione; OG10 impianti "
       "di pubblica illuminazione; OS24 verde e arredo urbano; OS28 e OS30 impianti tecnologici "
       "negli edifici. Ciascun operatore può chiedere l'iscrizione per un massimo di quattro categorie.")

f.heading("3. Modalità e termini di presentazione delle istanze")
f.para("Le istanze devono essere presentate esclusivamente in modalità telematica, tramite la "
       "piattaforma di approvvigionamento digitale del Comune, compilando il modulo di iscrizione e "
       "allegando la documentazione richiesta firmata digitalmente dal legale rappresentante, entro le "
       "ore 12:00 del 31 gennaio 2028. Le istanze pervenute oltre tale termine saranno esaminate in "
       "occasione del successivo aggiornamento semestrale dell'elenco.")

f.heading("4. Formazione, validità e utilizzo dell'elenco")
f.para("L'elenco è approvato con determinazione del Responsabile del Settore III ed è pubblicato sul "
       "sito istituzionale, nella sezione Amministrazione Trasparente. L'iscrizione non costituisce "
       "titolo a essere invitati e non vincola in alcun modo l'Amministrazione. Gli operatori sono "
       "individuati per ciascuna procedura mediante sorteggio o scorrimento, nel rispetto del "
       "principio di rotazione di cui all'articolo 49 del d.lgs. n. 36/2023.")

f.heading("5. Cancellazione dall'elenco")
f.para("La cancellazione è disposta d'ufficio nei confronti degli operatori che abbiano perduto i "
       "requisiti, che non abbiano risposto senza motivazione a tre inviti consecutivi o che si siano "
       "resi responsabili di gravi inadempimenti nell'esecuzione di contratti affidati dal Comune.")

f.heading("6. Trattamento dei dati e informazioni")
f.para("I dati forniti sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le "
       "finalità del presente avviso. Responsabile del procedimento è il geom. Luigi Amabile, "
       "istruttore tecnico del Servizio Gare e Contratti, al quale possono essere richieste "
       "informazioni al numero 081 5163255 o all'indirizzo gare@comune.castelsangiorgio.sa.it.")

f.need(70)
f.y -= 16
x0 = RM - 200
for txt, font, size in (("IL RESPONSABILE DEL SETTORE III", "Helvetica", 10),
                        ("ing. Carmine Stanzione", "Helvetica-Bold", 10),
                        ("documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005",
                         "Helvetica-Oblique", 7.5)):
    glyphs(x0 + (200 - stringWidth(txt, font, size)) / 2, f.y, txt, font, size)
    f.y -= 13
f.finish_page()
c.save()
