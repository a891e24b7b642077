# Comune di Galatone - determinazione (Halley-like layout) written as a raw PDF:
# subject and headings placed glyph by glyph, body justified with Tw (word spacing) or Tc (char spacing),
# letter-spaced title, Albo stamp rotated along the left margin.
import sys
from rawpdf import Doc, Stream, width, justify_lines
W, H = 595.28, 841.89
LM, RM = 70, 530
doc = Doc({'Producer': 'Halley Informatica - Stampa atti', 'Title': 'Determinazione n. 33 del 12/03/2026'})

def shield(s, x, y):
    s.raw('q 0.75 0.1 0.1 rg %.1f %.1f m %.1f %.1f l %.1f %.1f l %.1f %.1f l %.1f %.1f l f Q\n' % (x, y + 50, x + 40, y + 50, x + 40, y + 20, x + 20, y, x, y + 20))
    s.raw('q 0 0 0 RG 1.2 w %.1f %.1f m %.1f %.1f l %.1f %.1f l %.1f %.1f l %.1f %.1f l s Q\n' % (x, y + 50, x + 40, y + 50, x + 40, y + 20, x + 20, y, x, y + 20))
    s.raw('q 1 1 1 rg %.1f %.1f 12 14 re f Q\n' % (x + 14, y + 22))

def stamp(s, page, total):
    txt = 'ALBO PRETORIO ON LINE  -  COMUNE DI GALATONE  -  Pubblicazione n. 512  dal 13/03/2026  al 28/03/2026  -  pag. %d di %d' % (page, total)
    s.raw('q 0.35 g\n'); s.text(38, 140, txt, 'Helvetica', 7.5, angle=90); s.raw('Q\n')
    s.rect(26, 132, 16, width(txt, 'Helvetica', 7.5) + 16, lw=0.4)

def para(s, y, text, font='Times-Roman', size=11, lead=14.2, mode='tw', indent=0, first=None):
    maxw = RM - LM - indent
    lines = justify_lines(text, font, size, maxw)
    for i, ws in enumerate(lines):
        line = ' '.join(ws); x = LM + indent
        if i == len(lines) - 1:
            s.text(x, y, line, font, size)
        elif mode == 'tw' and len(ws) > 1:
            tw = (maxw - width(line, font, size)) / (len(ws) - 1)
            s.text(x, y, line, font, size, tw=tw)
        else:
            tc = (maxw - width(line, font, size)) / max(1, len(line) - 1)
            s.text(x, y, line, font, size, tc=tc)
        y -= lead
    return y - 4

def footer(s, n, tot):
    s.line(LM, 50, RM, 50, 0.4)
    s.text(LM, 38, 'Determinazione Settore Servizi alla Persona n. 33 del 12/03/2026', 'Helvetica', 7.5)
    s.text(RM - width('Pag. %d/%d' % (n, tot), 'Helvetica', 7.5), 38, 'Pag. %d/%d' % (n, tot), 'Helvetica', 7.5)

# ---------- page 1
s = Stream()
shield(s, LM, 760)
s.glyphs(LM + 55, 795, 'COMUNE DI GALATONE', 'Times-Bold', 18)
s.glyphs(LM + 55, 779, 'Provincia di Lecce', 'Times-Italic', 11)
s.text(LM + 55, 765, 'Piazza Costadura, 1 - 73044 Galatone (LE) - P.IVA 00422620754', 'Helvetica', 7.5)
# register box
s.rect(LM, 680, RM - LM, 70, lw=0.8)
s.line(LM, 715, RM, 715, 0.5); s.line(300, 680, 300, 715, 0.5)
s.glyphs(LM + 8, 735, 'SETTORE SERVIZI ALLA PERSONA', 'Helvetica-Bold', 11)
s.glyphs(LM + 8, 721, 'Servizio Pubblica Istruzione', 'Helvetica', 9.5)
s.text(LM + 8, 702, 'DETERMINAZIONE DEL SETTORE', 'Helvetica', 7.5)
s.glyphs(LM + 8, 688, 'N. 33 del 12/03/2026', 'Helvetica-Bold', 11)
s.text(308, 702, 'REGISTRO GENERALE', 'Helvetica', 7.5)
s.glyphs(308, 688, 'N. 256 del 12/03/2026', 'Helvetica-Bold', 11)
# letter-spaced title
t = 'DETERMINAZIONE'; tc = 7
tw_ = width(t, 'Times-Bold', 14) + tc * (len(t) - 1)
s.text((W - tw_) / 2 + 10, 650, t, 'Times-Bold', 14, tc=tc)
# subject glyph by glyph, label at left
s.glyphs(LM, 620, 'OGGETTO:', 'Times-Bold', 11)
subj = 'Servizio di trasporto scolastico a.s. 2025/2026 \u2013 Liquidazione fattura n. 14/PA del 28/02/2026 alla ditta \u201cSalento Bus s.r.l.\u201d \u2013 CIG B4C1D27E90'
y = 620
for ws in justify_lines(subj, 'Times-Bold', 11, RM - LM - 62):
    line = ' '.join(ws)
    s.glyphs(LM + 62, y, line, 'Times-Bold', 11)
    y -= 14
s.line(LM, y + 4, RM, y + 4, 0.5)
y -= 14
t = 'IL RESPONSABILE DEL SETTORE'
s.glyphs((W - width(t, 'Times-Bold', 11)) / 2 + 10, y, t, 'Times-Bold', 11); y -= 22
P = [
 ('tw', 'Premesso che con decreto sindacale n. 11 del 02/01/2026 \u00e8 stata attribuita alla sottoscritta la responsabilit\u00e0 del Settore Servizi alla Persona, con le funzioni di cui all\u2019art. 107 del D.Lgs. 18 agosto 2000, n. 267;'),
 ('tc', 'Richiamata la propria determinazione n. 71 del 28/08/2025 (R.G. n. 689), con la quale il servizio di trasporto scolastico per l\u2019anno scolastico 2025/2026 \u00e8 stato affidato alla ditta \u201cSalento Bus s.r.l.\u201d, con sede in Galatina, per l\u2019importo complessivo di euro 96.800,00 IVA compresa, assumendo il relativo impegno di spesa n. 812/2025;'),
 ('tw', 'Vista la fattura elettronica n. 14/PA del 28/02/2026, acquisita al protocollo dell\u2019Ente al n. 5127 del 03/03/2026, dell\u2019importo di euro 9.680,00, di cui euro 880,00 per IVA al 10%, relativa al servizio reso nel mese di febbraio 2026;'),
 ('tw', 'Accertata la regolare esecuzione del servizio e acquisito il DURC regolare con scadenza al 21/06/2026;'),
 ('tc', 'Dato atto che il codice identificativo di gara \u00e8 B4C1D27E90 e che la ditta ha comunicato il conto corrente dedicato ai sensi dell\u2019art. 3 della L. 136/2010;'),
]
for mode, tx in P:
    y = para(s, y, tx, mode=mode)
stamp(s, 1, 2); footer(s, 1, 2)
doc.add_page(s)

# ---------- page 2
s = Stream()
y = 790
t = 'D E T E R M I N A'
s.glyphs((W - width(t, 'Times-Bold', 12)) / 2 + 10, y, t, 'Times-Bold', 12); y -= 24
pts = [
 'di liquidare alla ditta \u201cSalento Bus s.r.l.\u201d, P.IVA 04211730759, la somma di euro 8.800,00 quale imponibile della fattura n. 14/PA del 28/02/2026, mediante bonifico sul conto corrente dedicato;',
 'di versare all\u2019Erario l\u2019IVA di euro 880,00 secondo il meccanismo della scissione dei pagamenti (art. 17-ter del D.P.R. 633/1972);',
 'di imputare la spesa complessiva di euro 9.680,00 sull\u2019impegno n. 812/2025, Missione 04 Programma 06, capitolo 1456 del bilancio 2026/2028, gestione residui;',
 'di trasmettere il presente atto al Settore Economico-Finanziario per l\u2019emissione del mandato di pagamento.']
for i, tx in enumerate(pts, 1):
    s.text(LM, y, '%d.' % i, 'Times-Roman', 11)
    lines = justify_lines(tx, 'Times-Roman', 11, RM - LM - 18)
    for j, ws in enumerate(lines):
        line = ' '.join(ws)
        if j < len(lines) - 1 and len(ws) > 1:
            s.text(LM + 18, y, line, 'Times-Roman', 11, tw=(RM - LM - 18 - width(line, 'Times-Roman', 11)) / (len(ws) - 1))
        else:
            s.text(LM + 18, y, line, 'Times-Roman', 11)
        y -= 14.2
    y -= 4
y -= 14
s.text(330, y, 'IL RESPONSABILE DEL SETTORE', 'Times-Bold', 11); y -= 14
s.text(348, y, 'Dott.ssa Lucia Manco', 'Times-Roman', 11); y -= 12
s.text(330, y, '(firmato digitalmente ai sensi del D.Lgs. 82/2005)', 'Times-Italic', 8.5); y -= 40
s.rect(LM, y - 62, RM - LM, 72, lw=0.6)
s.glyphs(LM + 8, y - 4, 'VISTO DI REGOLARIT\u00c0 CONTABILE', 'Helvetica-Bold', 9.5)
y = para(s, y - 20, 'Si appone il visto di regolarit\u00e0 contabile attestante la copertura finanziaria ai sensi dell\u2019art. 183, comma 7, del D.Lgs. 267/2000. Liquidazione n. 402/2026.', 'Helvetica', 9, 11.5, indent=8)
s.text(LM + 8, y - 2, 'Galatone, 12/03/2026', 'Helvetica', 9)
s.text(300, y - 2, 'Il Responsabile del Settore Finanziario - Dott. Antonio Pede', 'Helvetica', 9)
stamp(s, 2, 2); footer(s, 2, 2)
doc.add_page(s)
doc.write(sys.argv[1])
