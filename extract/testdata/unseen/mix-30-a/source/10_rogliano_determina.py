# Comune di Rogliano, Area Tecnica, determinazione R.G. 77 / area n. 19 of 20/02/2026.
# Awkward text layer, normal-looking page:
#  - letterhead, register box and subject drawn glyph by glyph (one Tm per glyph, no space glyphs);
#  - body justified with Tw (word spacing) in the premises and Tc (char spacing) in the dispositive part;
#  - the Albo stamp runs rotated along the left margin;
#  - running foot drawn before the body (out of reading order).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
PW, PH = A4
XL, XR = 72, PW - 60
TW = XR - XL
c = canvas.Canvas(out, pagesize=A4)
c.setTitle('Determinazione RG 77/2026')
c.setCreator('Gestione Atti - modulo Determine')


def glyphs(x, y, s, font='Helvetica', size=10, spacing=0.0, center=False):
    """Draw a string one glyph at a time (each with its own text matrix), skipping spaces."""
    w = stringWidth(s, font, size) + spacing * (len(s) - 1)
    if center:
        x = (PW - w) / 2 if center is True else center - w / 2
    for ch in s:
        if ch != ' ':
            t = c.beginText()
            t.setFont(font, size)
            t.setTextOrigin(x, y)
            t.textOut(ch)
            c.drawText(t)
        x += stringWidth(ch, font, size) + spacing
    return x


def wrap(text, font, size, width, first_indent=0):
    words = text.split()
    lines, cur = [], []
    w_avail = width - first_indent
    for w in words:
        trial = ' '.join(cur + [w])
        if cur and stringWidth(trial, font, size) > w_avail:
            lines.append(cur)
            cur = [w]
            w_avail = width
        else:
            cur.append(w)
    lines.append(cur)
    return lines


def justified(y, text, font='Helvetica', size=10, lead=13.2, mode='Tw', indent=0, hang=0, label=None):
    lines = wrap(text, font, size, TW - hang, first_indent=indent)
    for i, ws in enumerate(lines):
        s = ' '.join(ws)
        x = XL + hang + (indent if i == 0 else 0)
        avail = TW - hang - (indent if i == 0 else 0)
        nat = stringWidth(s, font, size)
        t = c.beginText()
        t.setFont(font, size)
        t.setTextOrigin(x, y)
        last = i == len(lines) - 1
        t.setWordSpace(0)   # Tw/Tc persist across BT/ET: reset explicitly
        t.setCharSpace(0)
        if not last:
            if mode == 'Tw' and len(ws) > 1:
                t.setWordSpace((avail - nat) / (len(ws) - 1))
            elif mode == 'Tc' and len(s) > 1:
                t.setCharSpace((avail - nat) / (len(s) - 1))
        t.textOut(s)
        c.drawText(t)
        if i == 0 and label:
            t2 = c.beginText()
            t2.setFont(font, size)
            t2.setTextOrigin(XL, y)
            t2.textOut(label)
            c.drawText(t2)
        y -= lead
    return y


def foot(n, tot):
    c.setFont('Helvetica', 7)
    c.drawString(XL, 32, 'Comune di Rogliano – Area Tecnica – Determinazione R.G. n. 77 del 20/02/2026')
    c.drawRightString(XR, 32, 'Pagina %d di %d' % (n, tot))
    c.setLineWidth(0.4)
    c.line(XL, 42, XR, 42)


def stamp():
    c.saveState()
    c.translate(36, 120)
    c.rotate(90)
    c.setStrokeColorRGB(0.55, 0.1, 0.1)
    c.setFillColorRGB(0.55, 0.1, 0.1)
    c.setLineWidth(0.8)
    c.rect(-4, -12, 560, 22)
    c.setFont('Helvetica-Bold', 8)
    c.drawString(0, 0, 'COMUNE DI ROGLIANO – ALBO PRETORIO ON LINE – Pubblicazione n. 254 dal 21/02/2026 al 08/03/2026')
    c.setFont('Helvetica', 6.5)
    c.drawString(0, -8, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate')
    c.restoreState()


# ---------------- page 1
foot(1, 2)
stamp()
y = PH - 64
glyphs(0, y, 'COMUNE DI ROGLIANO', 'Helvetica-Bold', 18, center=True)
y -= 16
glyphs(0, y, 'Provincia di Cosenza', 'Helvetica-Oblique', 10, center=True)
y -= 12
glyphs(0, y, 'Corso Umberto I – 87054 Rogliano (CS) – P.IVA 00391810786', 'Helvetica', 8, center=True)
c.setLineWidth(1)
c.line(XL, y - 7, XR, y - 7)
y -= 34
glyphs(XL, y, 'AREA TECNICA', 'Helvetica-Bold', 12)
y -= 14
glyphs(XL, y, 'Servizio Lavori Pubblici e Manutenzioni', 'Helvetica', 10)
# register box
bx, by, bw, bh = XL, y - 56, TW, 42
c.setLineWidth(0.7)
c.rect(bx, by, bw, bh)
c.line(bx + bw / 2, by, bx + bw / 2, by + bh)
glyphs(0, by + 26, 'DETERMINAZIONE N. 19', 'Helvetica-Bold', 10.5, center=bx + bw / 4)
glyphs(0, by + 11, 'del 20/02/2026', 'Helvetica', 10, center=bx + bw / 4)
glyphs(0, by + 26, 'REGISTRO GENERALE N. 77', 'Helvetica-Bold', 10.5, center=bx + 3 * bw / 4)
glyphs(0, by + 11, 'del 20/02/2026', 'Helvetica', 10, center=bx + 3 * bw / 4)
y = by - 26
subj = ("Lavori di messa in sicurezza della strada comunale “Serra – Cuti”. Affidamento diretto ai sensi "
        "dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 e impegno di spesa. CIG B7C4E21A90 – "
        "CUP J67H25000880004.")
glyphs(XL, y, 'OGGETTO:', 'Helvetica-Bold', 10)
for ws in wrap(subj, 'Helvetica-Bold', 10, TW - 62):
    glyphs(XL + 62, y, ' '.join(ws), 'Helvetica-Bold', 10)
    y -= 13
y -= 14
glyphs(0, y, 'IL RESPONSABILE DELL\'AREA TECNICA', 'Helvetica-Bold', 10.5, center=True)
y -= 22
prem = [
    "Visto il decreto sindacale n. 2 del 07/01/2026, con il quale sono state attribuite al sottoscritto le funzioni "
    "di Responsabile dell'Area Tecnica ai sensi degli artt. 107 e 109 del D.Lgs. 18 agosto 2000, n. 267;",
    "Vista la deliberazione del Consiglio comunale n. 3 del 29/01/2026, esecutiva, di approvazione del bilancio di "
    "previsione finanziario 2026/2028;",
    "Premesso che a seguito degli eventi meteorici del mese di gennaio 2026 si sono verificati cedimenti del muro "
    "di sostegno a valle della strada comunale “Serra – Cuti”, con pericolo per la pubblica incolumità, come da "
    "verbale di sopralluogo del 26/01/2026;",
    "Vista la deliberazione della Giunta comunale n. 14 del 05/02/2026 di approvazione del progetto esecutivo "
    "dell'importo complessivo di € 118.000,00, di cui € 92.450,00 per lavori, compresi € 2.700,00 per oneri della "
    "sicurezza non soggetti a ribasso;",
    "Dato atto che, ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023, è consentito l'affidamento "
    "diretto dei lavori di importo inferiore a € 150.000,00, anche senza consultazione di più operatori "
    "economici, purché in possesso di documentate esperienze pregresse idonee;",
    "Vista l'offerta presentata tramite la piattaforma di approvvigionamento digitale dall'impresa Edil Savuto "
    "S.r.l., con sede in Rogliano, che ha offerto il ribasso del 6,20% sull'importo a base d'asta;",
    "Accertata la regolarità contributiva dell'operatore (DURC prot. INAIL_51023377, scadenza 12/06/2026) e "
    "verificata l'assenza di cause di esclusione ai sensi degli artt. 94 e 95 del D.Lgs. 36/2023;",
]
for p in prem:
    y = justified(y, p, mode='Tw', indent=14)
    y -= 3
c.showPage()

# ---------------- page 2
foot(2, 2)
stamp()
y = PH - 60
glyphs(XL, y, 'Det. R.G. n. 77/2026 – segue', 'Helvetica-Oblique', 8)
y -= 26
glyphs(0, y, 'D E T E R M I N A', 'Helvetica-Bold', 11, center=True)
y -= 24
pts = [
    "di affidare, per le motivazioni espresse in premessa, i lavori di messa in sicurezza della strada comunale "
    "“Serra – Cuti” all'impresa Edil Savuto S.r.l., P.IVA 03219870784, per l'importo netto di € 86.886,90, "
    "oltre IVA al 10%, per complessivi € 95.575,59;",
    "di impegnare la spesa complessiva di € 95.575,59 alla Missione 10, Programma 05, capitolo 20810 del bilancio "
    "2026/2028, esercizio 2026, finanziato con contributo regionale di cui al decreto dirigenziale n. 1422/2025;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi "
    "dell'art. 18, comma 1, del D.Lgs. 36/2023;",
    "di nominare Responsabile Unico del Progetto il geom. Giuseppe Altomare, dipendente dell'Area Tecnica;",
    "di disporre la pubblicazione del presente atto all'Albo pretorio on line e nella sezione "
    "“Amministrazione trasparente – Bandi di gara e contratti”.",
]
for i, p in enumerate(pts, 1):
    y = justified(y, p, mode='Tc', hang=20, label='%d.' % i)
    y -= 5
y -= 24
glyphs(0, y, 'IL RESPONSABILE DELL\'AREA TECNICA', 'Helvetica-Bold', 10, center=XL + TW * 0.72)
y -= 14
glyphs(0, y, 'Ing. Francesco Perri', 'Helvetica', 10, center=XL + TW * 0.72)
y -= 40
c.setLineWidth(0.6)
c.rect(XL, y - 64, TW, 78)
y -= 2
glyphs(XL + 8, y, 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', 'Helvetica-Bold', 9)
y -= 16
y = justified(y, "Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa ai sensi "
              "dell'art. 151, comma 4, del D.Lgs. 267/2000. Impegno n. 218/2026 di € 95.575,59.",
              size=9, lead=11.5, mode='Tw', hang=8)
y -= 4
c.setFont('Helvetica', 9)
c.drawString(XL + 8, y, 'Rogliano, 20/02/2026')
c.drawRightString(XR - 8, y, 'Il Responsabile dell\'Area Economico-Finanziaria – Dott.ssa Rosaria Gallo')
c.showPage()
c.save()
