#!/usr/bin/env python3
"""Comune di Donnas - Giunta comunale n. 9/2028 (PA Digitale house style).

Content streams written by hand and assembled with pikepdf, as report engines
write them: every glyph placed alone with its own Tm (no space characters,
word gaps and justification only in the positions), the letterhead, the roll
and the signature block in Form XObjects drawn at the end of the page's
stream (out of reading order), the running foot drawn first, and a rotated
publication stamp up the left margin.  Base-14 Helvetica, WinAnsiEncoding.
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
LM, RM = 62, 533
FONTS = {'R': ('F1', 'Helvetica'), 'B': ('F2', 'Helvetica-Bold'), 'I': ('F3', 'Helvetica-Oblique')}


def sw(t, f, s):
    return stringWidth(t, FONTS[f][1], s)


def glyphs(text, f, size, x, y, gaps=None):
    """One Tm + Tj per glyph. Returns the operators (inside BT/ET)."""
    ops = ['/%s %.2f Tf' % (FONTS[f][0], size)]
    for ch in text:
        if ch == ' ':
            x += (gaps if gaps is not None else sw(' ', f, size))
            continue
        b = ch.encode('cp1252')
        ops.append('1 0 0 1 %.2f %.2f Tm <%s> Tj' % (x, y, b.hex()))
        x += sw(ch, f, size)
    return ops


def text_line(text, f, size, x, y, align='L', width=None, justify=False):
    if align == 'C':
        x = x + (width - sw(text, f, size)) / 2
    elif align == 'R':
        x = x + width - sw(text, f, size)
    gaps = None
    if justify and text.count(' '):
        gaps = sw(' ', f, size) + (width - sw(text, f, size)) / text.count(' ')
    return ['BT'] + glyphs(text, f, size, x, y, gaps) + ['ET']


def wrap(text, f, size, width):
    lines, cur = [], ''
    for w in text.split():
        t = (cur + ' ' + w).strip()
        if sw(t, f, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self):
        self.ops, self.y, self.xobjs = [], H - 150, []

    def para(self, text, f='R', size=10, lead=13, x=LM, width=RM - LM, lead_word=None, after=4,
             justify=True, indent=0):
        # lead_word: bold opening word(s) then regular text, all justified
        words = []
        if lead_word:
            words += [(w, 'B') for w in lead_word.split()]
        words += [(w, f) for w in text.split()]
        lines, cur, cw = [], [], 0
        avail = width - indent
        for w, ff in words:
            ww = sw(w, ff, size)
            need = ww if not cur else cw + sw(' ', 'R', size) + ww
            if cur and need > avail:
                lines.append(cur); cur, cw = [(w, ff)], ww; avail = width
            else:
                cur.append((w, ff)); cw = need
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            lx = x + (indent if i == 0 else 0)
            lw = width - (indent if i == 0 else 0)
            tot = sum(sw(w, ff, size) for w, ff in ln)
            gap = sw(' ', 'R', size)
            if justify and not last and len(ln) > 1:
                gap = (lw - tot) / (len(ln) - 1)
            self.ops.append('BT')
            cx = lx
            for w, ff in ln:
                self.ops += glyphs(w, ff, size, cx, self.y)
                cx += sw(w, ff, size) + gap
            self.ops.append('ET')
            self.y -= lead
        self.y -= after

    def center(self, text, f='B', size=11, lead=15):
        self.ops += text_line(text, f, size, LM, self.y, 'C', RM - LM)
        self.y -= lead


def xobject(pdf, ops, bbox, res):
    x = pikepdf.Stream(pdf, '\n'.join(ops).encode('latin-1'))
    x.Type = Name.XObject
    x.Subtype = Name.Form
    x.BBox = Array(bbox)
    x.Resources = res
    return x


pdf = pikepdf.new()
fontdict = Dictionary()
for k, (n, base) in FONTS.items():
    fontdict[Name('/' + n)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                           BaseFont=Name('/' + base),
                                                           Encoding=Name.WinAnsiEncoding))
fres = Dictionary(Font=fontdict)

# --- letterhead XObject (reused on both pages) ---
lh = ['q 0.55 0.08 0.12 RG 1.2 w',
      # a plain shield for the crest
      '%d %d m %d %d l %d %d l %d %d %d %d %d %d c %d %d %d %d %d %d c h S' % (
          LM, H - 48, LM + 34, H - 48, LM + 34, H - 78, LM + 34, H - 92, LM + 17, H - 98, LM + 17, H - 98,
          LM + 17, H - 98, LM, H - 92, LM, H - 78),
      'Q', '0 g']
lh += text_line("COMUNE DI DONNAS", 'B', 16, LM + 46, H - 62)
lh += text_line("COMMUNE DE DONNAS", 'I', 11, LM + 46, H - 76)
lh += text_line("Regione Autonoma Valle d'Aosta - Région Autonome Vallée d'Aoste", 'R', 8.5, LM + 46, H - 89)
lh += ['0.6 w %d %d m %d %d l S' % (LM, H - 104, RM, H - 104)]
LETTER = pdf.make_indirect(xobject(pdf, lh, [0, 0, W, H], fres))

# --- page 1 ---
p1 = Page()
foot1 = text_line("Deliberazione della Giunta comunale n. 9 del 09/02/2028 - pag. 1 di 2", 'I', 7.5, LM, 28, 'R', RM - LM)
foot1 += text_line("Via Roma, 1 - 11020 Donnas (AO) - tel. 0125 807011 - protocollo@pec.comune.donnas.ao.it", 'R', 7, LM, 18, 'C', RM - LM)
p1.ops += foot1
p1.y = H - 128
p1.ops += text_line("ORIGINALE", 'B', 8, LM, p1.y + 6)
p1.center("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", 'B', 12, 14)
p1.center("PROCÈS-VERBAL DE DÉLIBÉRATION DE LA JUNTE COMMUNALE", 'I', 9.5, 18)
# number box, right
bx, by = RM - 130, p1.y - 30
p1.ops += ['0.9 w %.2f %.2f 130 34 re S' % (bx, by)]
p1.ops += text_line("N. 9", 'B', 12, bx, by + 19, 'C', 130)
p1.ops += text_line("del 09/02/2028", 'R', 10, bx, by + 6, 'C', 130)
p1.ops += text_line("Area proponente: Area Tecnico-Manutentiva", 'R', 9, LM, by + 19)
p1.ops += text_line("Proposta n. 11 del 02/02/2028", 'R', 9, LM, by + 6)
p1.y = by - 20
subj = ("Strada romana delle Gallie nel borgo di Donnas - lavori di manutenzione straordinaria del selciato e "
        "dei muri di sostegno. Approvazione del progetto di fattibilità tecnico-economica e richiesta di "
        "contributo regionale.")
p1.ops += text_line("OGGETTO:", 'B', 10.5, LM, p1.y)
for i, ln in enumerate(wrap(subj, 'B', 10.5, RM - LM - 58)):
    p1.ops += text_line(ln, 'B', 10.5, LM + 58, p1.y)
    p1.y -= 13.5
p1.ops += ['0.5 w %d %.2f m %d %.2f l S' % (LM, p1.y + 4, RM, p1.y + 4)]
p1.y -= 12
p1.para("L'anno duemilaventotto, il giorno nove del mese di febbraio, alle ore 18:00, nella sala delle riunioni "
        "del Municipio, convocata con avvisi scritti recapitati a norma di legge, si è riunita la Giunta comunale, "
        "composta dai Signori:", size=10, lead=13)

# roll XObject (placed now, drawn at the end of the stream)
roll_top = p1.y + 4
rows = [("VUILLERMOZ Marco", "Sindaco", True), ("BONIN Elena", "Vice Sindaco", True),
        ("JEANTET Paolo", "Assessore", True), ("CHARRÈRE Chiara", "Assessore", False),
        ("FOSSON Luca", "Assessore", True)]
ro = ['0.5 w']
rh = 15
cols = [LM + 20, LM + 210, LM + 330, LM + 400, LM + 470 - 20]
ro += ['%.2f %.2f %.2f %.2f re S' % (cols[0], roll_top - rh * (len(rows) + 1), cols[4] - cols[0], rh * (len(rows) + 1))]
for i in range(1, len(rows) + 1):
    ro += ['%.2f %.2f m %.2f %.2f l S' % (cols[0], roll_top - rh * i, cols[4], roll_top - rh * i)]
for c in cols[1:4]:
    ro += ['%.2f %.2f m %.2f %.2f l S' % (c, roll_top, c, roll_top - rh * (len(rows) + 1))]
for j, h in enumerate(("Cognome e nome", "Carica", "Presente", "Assente")):
    ro += text_line(h, 'B', 9, cols[j] + 4, roll_top - 11)
for i, (n, r, pr) in enumerate(rows, 1):
    yy = roll_top - rh * i - 11
    ro += text_line(n, 'R', 9.5, cols[0] + 4, yy)
    ro += text_line(r, 'R', 9.5, cols[1] + 4, yy)
    ro += text_line("X", 'R', 9.5, cols[2] if pr else cols[3], yy, 'C', 70 if pr else cols[4] - cols[3])
ROLL = pdf.make_indirect(xobject(pdf, ro, [0, 0, W, H], fres))
p1.y = roll_top - rh * (len(rows) + 1) - 14
p1.ops += text_line("Presenti n. 4 - Assenti n. 1", 'R', 9.5, LM, p1.y, 'R', RM - LM - 20)
p1.y -= 18
p1.para("Assume la presidenza il Sindaco, Marco Vuillermoz. Assiste alla seduta il Segretario comunale, "
        "dott.ssa Sara Brunod, che provvede alla redazione del presente verbale. Il Presidente, riconosciuto "
        "legale il numero degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare "
        "sull'oggetto sopraindicato.")
p1.y -= 2
p1.center("LA GIUNTA COMUNALE", 'B', 11, 17)
p1.para("che il tratto della strada romana delle Gallie che attraversa il borgo di Donnas, tra l'arco "
        "scavato nella roccia e la piazza della chiesa parrocchiale, presenta diffusi dissesti del selciato e "
        "lo spanciamento di due muri di sostegno a secco, come rilevato dall'Ufficio tecnico comunale nel "
        "sopralluogo del 19/01/2028;", lead_word="PREMESSO")
p1.para("il progetto di fattibilità tecnico-economica redatto dall'ing. Daniele Perruchon, incaricato con "
        "determinazione n. 201 del 28/11/2027, che prevede una spesa complessiva di euro 184.000,00, di cui "
        "euro 139.500,00 per lavori ed euro 44.500,00 per somme a disposizione dell'Amministrazione;",
        lead_word="VISTO")
p1.para("che il progetto ha ottenuto il parere favorevole della Soprintendenza per i beni e le attività "
        "culturali della Regione, prot. n. 812 del 30/01/2028, trattandosi di bene sottoposto a tutela;",
        lead_word="DATO ATTO")
p1.para("opportuno presentare domanda di contributo alla Regione Autonoma Valle d'Aosta a valere sul "
        "programma regionale per la valorizzazione dei beni culturali minori, nella misura massima dell'80 per "
        "cento della spesa ammissibile, e di garantire il cofinanziamento comunale con fondi propri di bilancio;",
        lead_word="RITENUTO")
p1.para("i pareri favorevoli di legittimità espressi dal Segretario comunale e di regolarità tecnica e "
        "contabile espressi dai Responsabili dei servizi competenti, ai sensi dell'art. 49-bis della legge "
        "regionale 7 dicembre 1998, n. 54;", lead_word="ACQUISITI")
p1.para("unanimi favorevoli espressi in forma palese;", lead_word="CON VOTI")

# rotated stamp, left margin, reading upwards
stamp = ['q 0.35 0.35 0.35 RG 0.35 0.35 0.35 rg 0.8 w',
         '0 1 -1 0 40 250 cm',
         '-4 -6 352 30 re S']
stamp += text_line("COPIA CONFORME ALL'ORIGINALE IN CARTA LIBERA PER USO AMMINISTRATIVO", 'B', 7, 0, 14)
stamp += text_line("Pubblicata all'Albo pretorio on line dal 10/02/2028 al 25/02/2028 - n. 87 reg. pubbl.", 'R', 7, 0, 3)
stamp += ['Q']

# --- page 2 ---
p2 = Page()
p2.ops += text_line("Deliberazione della Giunta comunale n. 9 del 09/02/2028 - pag. 2 di 2", 'I', 7.5, LM, 28, 'R', RM - LM)
p2.ops += text_line("Via Roma, 1 - 11020 Donnas (AO) - tel. 0125 807011 - protocollo@pec.comune.donnas.ao.it", 'R', 7, LM, 18, 'C', RM - LM)
p2.y = H - 130
p2.center("DELIBERA", 'B', 11, 18)
pts = ["di approvare il progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria del "
       "selciato e dei muri di sostegno della strada romana delle Gallie nel borgo di Donnas, redatto dall'ing. "
       "Daniele Perruchon, per una spesa complessiva di euro 184.000,00;",
       "di presentare alla Regione Autonoma Valle d'Aosta domanda di contributo per l'importo di euro "
       "147.200,00, pari all'80 per cento della spesa ammissibile;",
       "di impegnarsi a cofinanziare l'intervento per la quota residua di euro 36.800,00, che trova copertura "
       "al capitolo 21120 del bilancio di previsione 2028/2030;",
       "di incaricare il Sindaco della sottoscrizione della domanda e il Responsabile dell'Area "
       "Tecnico-Manutentiva degli adempimenti conseguenti."]
for i, t in enumerate(pts, 1):
    p2.ops += text_line("%d." % i, 'R', 10, LM + 4, p2.y)
    p2.para(t, x=LM + 22, width=RM - LM - 22)
p2.y -= 4
p2.para("Successivamente, con separata votazione unanime, la Giunta comunale dichiara la presente deliberazione "
        "immediatamente eseguibile, ai sensi dell'articolo 52-ter della legge regionale 7 dicembre 1998, n. 54, "
        "stante l'urgenza di rispettare il termine di presentazione della domanda di contributo.")
p2.y -= 6
p2.ops += text_line("PARERI (art. 49-bis l.r. 54/1998)", 'B', 9, LM, p2.y)
p2.y -= 13
for t in ("Legittimità: favorevole - Il Segretario comunale, dott.ssa Sara Brunod - 03/02/2028",
          "Regolarità tecnica: favorevole - Il Responsabile dell'Area Tecnico-Manutentiva, geom. Denis Lexert - 02/02/2028",
          "Regolarità contabile: favorevole - Il Responsabile del Servizio finanziario, dott.ssa Nadia Perrin - 03/02/2028"):
    p2.ops += text_line(t, 'R', 8.5, LM, p2.y)
    p2.y -= 11.5
p2.y -= 18
p2.ops += text_line("Letto, approvato e sottoscritto. - Lu, approuvé et signé.", 'I', 9.5, LM, p2.y)
sig_y = p2.y - 30
sg = []
sg += text_line("IL PRESIDENTE / LE PRÉSIDENT", 'B', 9.5, LM, sig_y, 'C', 220)
sg += text_line("Marco Vuillermoz", 'R', 10, LM, sig_y - 14, 'C', 220)
sg += text_line("IL SEGRETARIO COMUNALE / LE SECRÉTAIRE", 'B', 9.5, LM + 250, sig_y, 'C', 220)
sg += text_line("dott.ssa Sara Brunod", 'R', 10, LM + 250, sig_y - 14, 'C', 220)
sg += text_line("(firmato digitalmente)", 'I', 7.5, LM, sig_y - 26, 'C', 220)
sg += text_line("(firmato digitalmente)", 'I', 7.5, LM + 250, sig_y - 26, 'C', 220)
SIGN = pdf.make_indirect(xobject(pdf, sg, [0, 0, W, H], fres))
ry = sig_y - 70
rel = ['0.6 w %d %.2f %d 62 re S' % (LM, ry - 48, RM - LM)]
rel += text_line("RELAZIONE DI PUBBLICAZIONE - RAPPORT DE PUBLICATION", 'B', 9, LM + 8, ry)
rel += text_line("Si certifica che la presente deliberazione è pubblicata all'Albo pretorio on line del Comune dal", 'R', 9, LM + 8, ry - 13)
rel += text_line("10/02/2028 per quindici giorni consecutivi, ai sensi dell'art. 52-bis della l.r. 54/1998.", 'R', 9, LM + 8, ry - 25)
rel += text_line("Donnas, 10/02/2028 - Il Segretario comunale, dott.ssa Sara Brunod", 'R', 9, LM + 8, ry - 38)
p2.ops += rel

res = Dictionary(Font=fontdict, XObject=Dictionary(Lh=LETTER, Roll=ROLL, Sg=SIGN))
for pg, extra in ((p1, ['q /Roll Do Q', 'q /Lh Do Q'] + stamp), (p2, ['q /Sg Do Q', 'q /Lh Do Q'])):
    content = '\n'.join(pg.ops + extra).encode('latin-1')
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                                   Contents=pdf.make_stream(content), Resources=res))
    pdf.pages.append(page)
with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
    pass
pdf.docinfo[Name.Title] = "Deliberazione della Giunta comunale n. 9 del 09/02/2028"
pdf.docinfo[Name.Author] = "Comune di Donnas"
pdf.docinfo[Name.Creator] = "PA Digitale - Atti Amministrativi"
pdf.docinfo[Name.Producer] = "PA Digitale Report Engine"
pdf.save(out)
