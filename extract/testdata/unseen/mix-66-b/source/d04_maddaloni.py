# Citta' di Maddaloni (CE) - determinazione dirigenziale whose numbers stand only in a box at the top right.
# ReportLab canvas, hand-made text layer: every glyph placed on its own (one Tm per glyph), no space
# characters at all (word gaps are only moves), justified lines spread by moving glyphs; the content stream
# is written out of reading order: foot first, then the body, then the letterhead, the register box last.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4; L, R = 62, W - 58
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setTitle("DET_318_2026"); c.setAuthor("settore5"); c.setCreator("Sfera Atti 5 - modulo Determine")
c.setProducer("Sfera Report Engine 3.4 (ReportLab)")

def glyphs(s, x, yy, font, size, gap=None):
    """one Tm per visible glyph; a space is only an advance (plus the justification gap)"""
    sp = stringWidth(" ", font, size)
    t = c.beginText(); t.setFont(font, size)
    for ch in s:
        if ch == " ":
            x += sp + (gap or 0); continue
        t.setTextOrigin(x, yy); t.textOut(ch)
        x += stringWidth(ch, font, size)
    c.drawText(t)

def centred(s, y, font, size):
    glyphs(s, (L + R) / 2 - stringWidth(s, font, size) / 2, y, font, size)

def wrap(text, font, size, width):
    lines, cur = [], []
    for w in text.split():
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    return lines

y = [0]
def para(text, font="Times-Roman", size=10.8, lead=13.6, indent=0, after=5, justify=True, label=None):
    lines = wrap(text, font, size, R - L - indent)
    if label: glyphs(label, L, y[0], font, size)
    for i, ln in enumerate(lines):
        s = " ".join(ln); gap = 0
        if justify and i < len(lines) - 1 and len(ln) > 1:
            gap = (R - L - indent - stringWidth(s, font, size)) / (len(ln) - 1)
        glyphs(s, L + indent, y[0], font, size, gap); y[0] -= lead
    y[0] -= after

# 1. foot (drawn first)
c.setLineWidth(0.4); c.line(L, 44, R, 44)
glyphs("Città di Maddaloni – Settore V – Documento informatico firmato digitalmente (D.Lgs. 82/2005)", L, 34, "Helvetica", 7)
glyphs("Pag. 1 di 1", R - 40, 34, "Helvetica", 7)

# 2. body
y[0] = H - 178
centred("DETERMINAZIONE DIRIGENZIALE", y[0], "Times-Bold", 14); y[0] -= 26
oggetto = ("Intervento urgente di ripristino della pavimentazione stradale in via Napoli e in via Appia "
           "Antica – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 "
           "e impegno di spesa. CIG B6D93A0F12.")
para(oggetto, font="Times-Bold", size=11, lead=14, indent=70, after=10, label="OGGETTO:")
c.setLineWidth(0.6); c.line(L, y[0] + 6, R, y[0] + 6); y[0] -= 10
centred("IL DIRIGENTE DEL SETTORE V", y[0], "Times-Bold", 11.5); y[0] -= 18
for s in [
    "Visto il decreto sindacale n. 14 del 31/12/2025, con il quale è stata conferita al sottoscritto la direzione del Settore V – Lavori Pubblici e Manutenzione;",
    "Premesso che a seguito delle precipitazioni dei giorni 6 e 7 aprile 2026 si sono formati avvallamenti e buche di notevole profondità lungo via Napoli, nel tratto tra piazza Matteotti e il passaggio a livello, e lungo via Appia Antica, come accertato dal verbale di sopralluogo del Servizio Manutenzione Strade prot. n. 9127 dell'08/04/2026 e dalla segnalazione del Comando di Polizia Municipale;",
    "Ritenuto necessario intervenire con urgenza per eliminare il pericolo per la circolazione veicolare e pedonale, mediante il rifacimento dello strato di usura per una superficie di circa 1.450 mq;",
    "Richiesto, tramite la piattaforma MePA, preventivo alla ditta Edil Strade Casertane S.r.l., con sede in Santa Maria a Vico, che ha offerto l'importo di € 38.900,00, oltre IVA al 22%, ritenuto congruo dal RUP;",
    "Dato atto che sono stati verificati il DURC e il possesso dei requisiti di ordine generale e che la spesa trova copertura sul bilancio di previsione 2026-2028;",
    "Visti il D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 31 marzo 2023, n. 36, e il vigente Regolamento comunale di contabilità;",
]:
    para(s)
y[0] -= 2
centred("D E T E R M I N A", y[0], "Times-Bold", 11.5); y[0] -= 18
for i, s in enumerate([
    "di affidare, ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023, alla ditta Edil Strade Casertane S.r.l. i lavori di ripristino della pavimentazione stradale in via Napoli e in via Appia Antica, per l'importo di € 38.900,00 oltre IVA, per complessivi € 47.458,00;",
    "di impegnare la somma di € 47.458,00 alla Missione 10, Programma 05, Capitolo 2816/1 del bilancio 2026-2028, esercizio 2026;",
    "di stabilire che i lavori dovranno essere avviati entro cinque giorni dalla consegna, anche in via d'urgenza, e ultimati entro venti giorni;",
    "di nominare RUP l'ing. Francesco Farina, funzionario del Servizio Manutenzione Strade, e di disporre la pubblicazione del presente atto all'Albo Pretorio on line.",
], 1):
    para(s, indent=20, label="%d." % i)
y[0] -= 6
glyphs("Maddaloni, 13.04.2026", L, y[0], "Times-Roman", 10.8)
glyphs("IL DIRIGENTE DEL SETTORE V", R - 170, y[0], "Times-Bold", 10.8); y[0] -= 14
glyphs("ing. Salvatore Di Nuzzo", R - 150, y[0], "Times-Roman", 10.8); y[0] -= 26
c.setLineWidth(0.4); c.rect(L, y[0] - 28, R - L, 40)
glyphs("VISTO DI REGOLARITÀ CONTABILE – Si attesta la copertura finanziaria della spesa (art. 183, c. 7, TUEL).", L + 6, y[0], "Helvetica", 8)
glyphs("Impegno n. 1127/2026 – Il Dirigente del Settore II Finanziario: dott.ssa Anna Letizia Crisci", L + 6, y[0] - 12, "Helvetica", 8)

# 3. letterhead (left)
c.setFillColorRGB(0.55, 0.08, 0.1)
c.circle(L + 20, H - 74, 19, stroke=0, fill=1)
c.setFillColorRGB(1, 1, 1); glyphs("CM", L + 11, H - 78, "Helvetica-Bold", 10)
c.setFillColorRGB(0, 0, 0)
glyphs("CITTÀ DI MADDALONI", L + 48, H - 66, "Times-Bold", 17)
glyphs("Provincia di Caserta", L + 48, H - 80, "Times-Italic", 10)
glyphs("SETTORE V – LAVORI PUBBLICI E MANUTENZIONE", L + 48, H - 98, "Helvetica-Bold", 8.5)
glyphs("Servizio Manutenzione Strade e Infrastrutture", L + 48, H - 109, "Helvetica", 8.5)
c.setLineWidth(1.1); c.line(L, H - 124, R, H - 124)

# 4. register box at the top right (drawn last)
bx, by, bw, bh = R - 132, H - 116, 132, 72
c.setFillColorRGB(0.95, 0.93, 0.9); c.setLineWidth(0.8)
c.rect(bx, by, bw, bh, stroke=1, fill=1); c.setFillColorRGB(0, 0, 0)
c.line(bx, by + bh - 16, bx + bw, by + bh - 16)
glyphs("REGISTRO GENERALE", bx + 22, by + bh - 12, "Helvetica-Bold", 7.5)
glyphs("Reg. Gen. n. 318", bx + 10, by + 39, "Helvetica-Bold", 10)
glyphs("del 13.04.2026", bx + 10, by + 26, "Helvetica", 9)
glyphs("Reg. Sett. V n. 44", bx + 10, by + 9, "Helvetica", 9)
c.save()
