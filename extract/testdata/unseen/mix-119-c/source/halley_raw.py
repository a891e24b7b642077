#!/usr/bin/env python3
"""Comune di Montefalcone Appennino -- "Halley" house style, written as the
package's own report engine writes it: content streams by hand, saved with
pikepdf.

Consiglio n. 18/2027.  Every glyph is placed alone with its own Tm and Tj
(no space characters in the text layer, justification by the gaps alone),
the headings are letter-spaced with Tc, the letterhead is a Form XObject
drawn at the end of page 1, and a running foot carries the number.
"""
import sys, os, re
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
MM = 72 / 25.4
W, H = 595.28, 841.89
NUM, DATA = 18, "30-07-2027"
LEFT, RIGHT = 22 * MM, W - 20 * MM

FONTS = {"R": ("F1", "Times-Roman"), "B": ("F2", "Times-Bold"),
         "H": ("F3", "Helvetica"), "HB": ("F4", "Helvetica-Bold")}


def enc(ch):
    b = ch.encode("cp1252")
    return "<%s>" % b.hex().upper()


class Page:
    def __init__(self):
        self.ops = []
        self.y = H - 20 * MM

    def glyphs(self, x, y, text, f, size):
        """place each glyph alone"""
        fid, base = FONTS[f]
        out = ["BT", "/%s %.1f Tf" % (fid, size)]
        for ch in text:
            if ch != " ":
                out.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (x, y, enc(ch)))
            x += stringWidth(ch, base, size)
        out.append("ET")
        self.ops.append("\n".join(out))
        return x

    def spaced(self, xc, y, text, f, size, tc):
        """letter-spaced heading in one string, centred on xc"""
        fid, base = FONTS[f]
        w = stringWidth(text, base, size) + tc * len(text)
        self.ops.append("BT /%s %.1f Tf %.2f Tc 1 0 0 1 %.2f %.2f Tm (%s) Tj 0 Tc ET"
                        % (fid, size, tc, xc - w / 2, y, text))

    def words_line(self, x, y, words, width, justify, size):
        """words: lists of (chunk, fontkey); place glyph by glyph, stretching the gaps"""
        wid = lambda w: sum(stringWidth(c, FONTS[f][1], size) for c, f in w)
        natural = sum(wid(w) for w in words)
        space = stringWidth(" ", "Times-Roman", size)
        gaps = len(words) - 1
        gap = (width - natural) / gaps if (justify and gaps > 0) else space
        for w in words:
            for c, f in w:
                x = self.glyphs(x, y, c, f, size)
            x += gap

    def para(self, text, size=11, lead=14.2, indent=0, hang=0, justify=True, after=4):
        # **bold** markup, possibly inside a word ("**trenta**,")
        words = []
        for raw in text.split():
            words.append(raw)
        bold = False
        parsed = []
        for raw in words:
            segs = []
            for tok in re.split(r"(\*\*)", raw):
                if tok == "**":
                    bold = not bold
                elif tok:
                    segs.append((tok, "B" if bold else "R"))
            if segs:
                parsed.append(segs)
        wid = lambda w: sum(stringWidth(c, FONTS[f][1], size) for c, f in w)
        width = RIGHT - LEFT - indent
        lines, cur, curw = [], [], 0
        sp = stringWidth(" ", "Times-Roman", size)
        for w in parsed:
            ww = wid(w)
            if cur and curw + sp + ww > (width if not lines else width - hang):
                lines.append(cur)
                cur, curw = [], 0
            cur.append(w)
            curw += (sp if len(cur) > 1 else 0) + ww
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            x = LEFT + indent + (hang if i > 0 else 0)
            wd = width - (hang if i > 0 else 0)
            self.words_line(x, self.y, ln, wd, justify and not last, size)
            self.y -= lead
        self.y -= after

    def centre(self, text, f="B", size=12, after=6):
        w = stringWidth(text, FONTS[f][1], size)
        self.glyphs((W - w) / 2, self.y, text, f, size)
        self.y -= size + after

    def rect(self, x, y, w, h, lw=0.8):
        self.ops.append("q %.2f w 0 G %.2f %.2f %.2f %.2f re S Q" % (lw, x, y, w, h))


def foot(p, n):
    p.ops.append("q 0.4 w 0 G %.2f %.2f m %.2f %.2f l S Q" % (LEFT - 2 * MM, 14 * MM, RIGHT, 14 * MM))
    p.glyphs(20 * MM, 11 * MM, "Delibera di Consiglio n. %d del %s  -  Pag. %d  -  COMUNE DI MONTEFALCONE APPENNINO"
             % (NUM, DATA, n), "H", 7.5)


def letterhead_stream():
    s = []
    s.append("q 1.2 w 0.114 0.247 0.451 RG 0.875 0.910 0.961 rg")
    x, y = 20 * MM, H - 37 * MM
    s.append("%.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c "
             "%.2f %.2f %.2f %.2f %.2f %.2f c h B" % (
                 x, y + 20 * MM, x + 16 * MM, y + 20 * MM, x + 16 * MM, y + 8 * MM,
                 x + 16 * MM, y + 3 * MM, x + 11 * MM, y + 1 * MM, x + 8 * MM, y,
                 x + 5 * MM, y + 1 * MM, x, y + 3 * MM, x, y + 8 * MM))
    s.append("0.114 0.247 0.451 rg %.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c h f" % (
        x + 2 * MM, y + 7 * MM, x + 4 * MM, y + 12 * MM, x + 6 * MM, y + 12 * MM, x + 8 * MM, y + 9 * MM,
        x + 10 * MM, y + 14 * MM, x + 12 * MM, y + 14 * MM, x + 14 * MM, y + 7 * MM))
    s.append("BT /F4 16 Tf 1 0 0 1 %.2f %.2f Tm (COMUNE DI MONTEFALCONE APPENNINO) Tj ET" % (41 * MM, H - 24 * MM))
    s.append("0 g BT /F3 10.5 Tf 1 0 0 1 %.2f %.2f Tm (Provincia di Fermo) Tj ET" % (41 * MM, H - 30 * MM))
    s.append("BT /F3 7.5 Tf 1 0 0 1 %.2f %.2f Tm (Piazza Umberto I, 1 - 63855 Montefalcone Appennino (FM) - "
             "Tel. 0734 79121 - PEC: comune.montefalconeappennino@pec.it) Tj ET" % (41 * MM, H - 35 * MM))
    s.append("0.8 w %.2f %.2f m %.2f %.2f l S Q" % (20 * MM, H - 40 * MM, W - 20 * MM, H - 40 * MM))
    return "\n".join(s)


pages = []
p = Page()
pages.append(p)
# COPIA box
p.rect(W - 46 * MM, H - 18 * MM, 26 * MM, 7 * MM)
p.glyphs(W - 33 * MM - stringWidth("COPIA", "Helvetica-Bold", 11) / 2, H - 16 * MM, "COPIA", "HB", 11)
p.y = H - 53 * MM
p.spaced(W / 2, p.y, "COPIA DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", "HB", 12.5, 1.1)
p.y -= 24
# number / date box
bx = W / 2 - 45 * MM
p.rect(bx, p.y - 3.5, 40 * MM, 16)
p.rect(bx + 40 * MM, p.y - 3.5, 50 * MM, 16)
p.glyphs(bx + 2 * MM, p.y + 1, "Numero", "H", 10)
p.glyphs(bx + 18 * MM, p.y + 1, str(NUM), "HB", 10)
p.glyphs(bx + 42 * MM, p.y + 1, "Del", "H", 10)
p.glyphs(bx + 52 * MM, p.y + 1, DATA, "HB", 10)
p.y -= 28
# oggetto box
SUBJ = ["APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L'USO DEGLI IMPIANTI",
        "SPORTIVI E DEL CAMPO POLIVALENTE DI CONTRADA SAN PIETRO"]
top = p.y + 13
p.glyphs(LEFT + 1.5 * MM, p.y, "Oggetto:", "HB", 10)
for l in SUBJ:
    p.glyphs(LEFT + 21 * MM, p.y, l, "HB", 10)
    p.y -= 12.5
p.glyphs(LEFT + 21 * MM, p.y, "Adunanza straordinaria di prima convocazione - seduta pubblica", "H", 8.5)
p.y -= 8
p.rect(LEFT - 2, p.y, RIGHT - LEFT + 2, top - p.y)
p.y -= 22

p.para("L'anno **duemilaventisette**, il giorno **trenta** del mese di **luglio**, alle ore **18:30**, nella sala "
       "consiliare del Palazzo Comunale, convocato dal Sindaco con avvisi scritti notificati a ciascun "
       "Consigliere nei termini di legge, si è riunito il Consiglio Comunale in sessione straordinaria, in "
       "seduta pubblica di prima convocazione.")
p.para("Sono presenti: il Sindaco VITALI Ermanno; i Consiglieri CORRADINI Laura, TEMPERINI Giuseppe, ORAZI "
       "Simone, LUCIANI Federica, SCARPONI Anna Maria, FELICI Daniele, GIOSTRA Elisa e CAPRIOTTI Renzo. Sono "
       "assenti giustificati i Consiglieri PETRELLI Marco e MARCONI Alberto. Totale presenti n. 9, assenti n. 2.")
p.para("Assume la presidenza il Sindaco VITALI Ermanno; partecipa il Segretario Comunale Dott.ssa "
       "ALESSANDRINI Marisa, incaricata della redazione del verbale.")
p.para("Il Presidente, constatato il numero legale, dichiara aperta la seduta e pone in discussione "
       "l'argomento in oggetto, iscritto al punto 1 dell'ordine del giorno.")
p.spaced(W / 2, p.y, "IL CONSIGLIO COMUNALE", "B", 12, 1.5)
p.y -= 18
p.para("**Premesso** che il Comune dispone della palestra annessa alla scuola primaria, del campo da calcetto "
       "in erba sintetica e del campo polivalente di contrada San Pietro, recentemente riqualificato con "
       "fondi regionali per l'impiantistica sportiva;")
p.para("**Considerato** che l'utilizzo degli impianti da parte di associazioni sportive, gruppi informali e "
       "privati cittadini non è disciplinato da un regolamento organico e che si rende necessario stabilire "
       "criteri trasparenti per le concessioni, gli orari, le tariffe e le responsabilità degli utilizzatori;")
p.para("**Visto** lo schema di regolamento predisposto dall'Area Tecnica, composto da n. 18 articoli, "
       "esaminato dalla Commissione consiliare per i regolamenti nella seduta del 21-07-2027;")

p.para("**Visti** l'art. 7 e l'art. 42, comma 2, lett. a), del D.Lgs. 18 agosto 2000, n. 267, nonché lo Statuto comunale;")
p.para("**Acquisito** il parere favorevole di regolarità tecnica espresso dal Responsabile dell'Area Tecnica "
       "ai sensi dell'art. 49 del D.Lgs. n. 267/2000, dando atto che il presente atto non comporta riflessi "
       "diretti o indiretti sulla situazione economico-finanziaria dell'Ente;")
p.para("Con voti favorevoli n. 9, contrari n. 0, astenuti n. 0, su n. 9 Consiglieri presenti e votanti, "
       "espressi per alzata di mano;")
pages.append(Page())
q = pages[1]
q.spaced(W / 2, q.y, "DELIBERA", "B", 12, 3)
q.y -= 18
for t in ["1) di approvare il Regolamento comunale per l'uso degli impianti sportivi e del campo polivalente "
          "di contrada San Pietro, composto da n. 18 articoli, nel testo allegato alla presente sotto la lettera "
          "A) quale parte integrante e sostanziale;",
          "2) di dare atto che il Regolamento entra in vigore il giorno successivo a quello in cui la presente "
          "deliberazione diviene esecutiva e che dalla stessa data cessano di avere efficacia le disposizioni "
          "comunali incompatibili;",
          "3) di trasmettere copia della presente al Responsabile dell'Area Tecnica per gli adempimenti di "
          "competenza e di pubblicare il Regolamento nella sezione Amministrazione trasparente del sito istituzionale."]:
    q.para(t, indent=3 * MM, hang=6 * MM)
q.para("La presente deliberazione diventerà esecutiva decorsi dieci giorni dalla pubblicazione all'Albo "
       "Pretorio on line, ai sensi dell'art. 134, comma 3, del D.Lgs. n. 267/2000.")
q.y -= 4
q.glyphs(LEFT, q.y, "PARERE ESPRESSO AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000", "HB", 8.5)
q.y -= 12
q.rect(LEFT - 2, q.y - 16, RIGHT - LEFT + 2, 26, lw=0.5)
q.glyphs(LEFT + 2, q.y, "Parere di regolarità tecnica: Favorevole.", "H", 8.5)
q.glyphs(LEFT + 98 * MM, q.y, "Il Responsabile dell'Area Tecnica", "H", 8.5)
q.y -= 10.5
q.glyphs(LEFT + 2, q.y, "Data 20-07-2027", "H", 8.5)
q.glyphs(LEFT + 98 * MM, q.y, "F.to Geom. Paolo Silenzi", "H", 8.5)
q.y -= 30
q.glyphs(LEFT, q.y, "Letto, approvato e sottoscritto.", "R", 11)
q.y -= 20
for xc, a, b in [(LEFT + 42 * MM, "IL PRESIDENTE", "F.to VITALI ERMANNO"),
                 (LEFT + 126 * MM, "IL SEGRETARIO COMUNALE", "F.to Dott.ssa ALESSANDRINI MARISA")]:
    q.glyphs(xc - stringWidth(a, "Times-Roman", 11) / 2, q.y, a, "R", 11)
    q.glyphs(xc - stringWidth(b, "Times-Roman", 11) / 2, q.y - 14, b, "R", 11)
q.y -= 50
top = q.y + 12
q.glyphs(W / 2 - stringWidth("CERTIFICATO DI PUBBLICAZIONE", "Helvetica-Bold", 9.5) / 2, q.y,
         "CERTIFICATO DI PUBBLICAZIONE", "HB", 9.5)
q.y -= 13
for l in ["Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio on line per quindici",
          "giorni consecutivi dal 04-08-2027 al 19-08-2027. N. 371 del Registro delle Pubblicazioni.",
          "Montefalcone Appennino, lì 04-08-2027          IL SEGRETARIO COMUNALE - F.to Dott.ssa Marisa Alessandrini",
          "ESECUTIVITÀ: la presente deliberazione diventerà esecutiva il 15-08-2027, decorsi dieci giorni dalla",
          "pubblicazione (art. 134, comma 3, D.Lgs. n. 267/2000)."]:
    q.glyphs(LEFT + 2, q.y, l, "H", 8.5)
    q.y -= 11
q.rect(LEFT - 2, q.y + 4, RIGHT - LEFT + 2, top - q.y - 4, lw=0.6)

pdf = pikepdf.new()
fontres = Dictionary()
for key, (fid, base) in FONTS.items():
    fontres[Name("/" + fid)] = pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base), Encoding=Name.WinAnsiEncoding))
lh = pdf.make_stream(letterhead_stream().encode("latin-1"))
lh.Type = Name.XObject
lh.Subtype = Name.Form
lh.BBox = Array([0, H - 48 * MM, W, H])
lh.Resources = Dictionary(Font=fontres)
for i, pg in enumerate(pages, 1):
    foot(pg, i)
    ops = list(pg.ops)
    if i == 1:
        ops.append("q /LH Do Q")
    content = pdf.make_stream(("\n".join(ops) + "\n").encode("latin-1"))
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                                   Resources=Dictionary(Font=fontres, XObject=Dictionary(LH=lh)),
                                   Contents=content))
    pdf.pages.append(page)
pdf.docinfo[Name.Title] = "Deliberazione del Consiglio Comunale n. %d del %s" % (NUM, DATA)
pdf.docinfo[Name.Creator] = "Halley Informatica - Stampa Atti"
pdf.docinfo[Name.Producer] = "HalleyPDF 3.2 (pikepdf %s)" % pikepdf.__version__
pdf.save(os.path.join(OUT, "consiglio-montefalconeappennino-halley-18.pdf"), compress_streams=True)
