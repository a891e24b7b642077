# Determinazione of the Comune di Piano di Sorrento (NA) imitating a Halley
# print. Awkward text layer though the page looks normal: every body glyph is
# placed on its own (one Td per character, justification done by moving the
# glyphs, no space characters inside justified lines), headings are
# letter-spaced with Tc, and the register box uses Tw word spacing.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from common import reg, wrap

reg('Serif', 'Serif-B', 'Serif-I', 'Sans', 'Sans-B')
out = sys.argv[1]
W, H = A4
L, R = 70, W - 62
TW = R - L
c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle('Determinazione n. 210/2026')
c.setAuthor('Comune di Piano di Sorrento')
c.setCreator('Halley Informatica - Atti')


def glyphs(x, y, text, font, size, width=None):
    """Place each glyph separately. With width, spread the line to it and drop
    the space characters (their room is kept as a gap)."""
    t = c.beginText()
    t.setFont(font, size)
    nat = stringWidth(text, font, size)
    nsp = text.count(' ')
    extra = (width - nat) / nsp if (width and nsp) else 0
    cx = x
    for ch in text:
        adv = stringWidth(ch, font, size)
        if ch == ' ':
            cx += adv + extra
            if width:
                continue
        t.setTextOrigin(cx, y)
        t.textOut(ch)
        if ch != ' ':
            cx += adv
    c.drawText(t)


def gpar(x, y, w, text, font='Serif', size=11, lead=14.2, justify=True, first_indent=0):
    lines = wrap(text, font, size, w - first_indent)
    # rewrap remaining lines to full width
    if first_indent and len(lines) > 1:
        head = lines[0]
        rest = wrap(text[len(head):].strip(), font, size, w)
        lines = [head] + rest
    for i, ln in enumerate(lines):
        xi = x + (first_indent if i == 0 else 0)
        wi = w - (first_indent if i == 0 else 0)
        last = i == len(lines) - 1
        glyphs(xi, y, ln, font, size, None if (last or not justify) else wi)
        y -= lead
    return y


def spaced(xc, y, text, font, size, tc):
    w = stringWidth(text, font, size) + tc * (len(text) - 1)
    t = c.beginText(xc - w / 2, y)
    t.setFont(font, size); t.setCharSpace(tc); t.textOut(text); t.setCharSpace(0)
    c.drawText(t)


def foot(n, tot):
    c.setFont('Sans', 7)
    c.drawString(L, 30, 'Determinazione Area Affari Generali e Servizi alla Persona n. 45 del 10/03/2026 – Reg. Gen. n. 210')
    c.drawRightString(R, 30, 'Pag. %d/%d' % (n, tot))


# ---- page 1
c.setFont('Sans-B', 8); c.drawRightString(R, H - 40, 'COPIA')
spaced(W / 2, H - 62, 'COMUNE DI PIANO DI SORRENTO', 'Serif-B', 17, 1.4)
spaced(W / 2, H - 80, 'Città Metropolitana di Napoli', 'Serif-I', 11, 0.3)
c.setFont('Serif', 8); c.drawCentredString(W / 2, H - 93, 'Piazza Cota, 1 – 80063 Piano di Sorrento (NA) – C.F. 82007250635')
c.setLineWidth(1.1); c.line(L, H - 100, R, H - 100); c.setLineWidth(0.4); c.line(L, H - 103, R, H - 103)

spaced(W / 2, H - 128, 'AREA AFFARI GENERALI E SERVIZI ALLA PERSONA', 'Serif-B', 11.5, 0.6)
spaced(W / 2, H - 144, 'Servizio Pubblica Istruzione', 'Serif-I', 11, 0.2)
spaced(W / 2, H - 172, 'DETERMINAZIONE', 'Serif-B', 14, 4.2)

# register box with Tw
c.setLineWidth(0.7); c.rect(L + 40, H - 232, TW - 80, 44)
for yy, txt in ((H - 204, 'N. 45 del 10/03/2026'), (H - 222, 'Registro Generale N. 210 del 11/03/2026')):
    font, size = 'Serif-B', 11.5
    nat = stringWidth(txt, font, size)
    t = c.beginText(W / 2 - (nat + 2.0 * txt.count(' ')) / 2, yy)
    t.setFont(font, size); t.setWordSpace(2.0); t.textOut(txt); t.setWordSpace(0)
    c.drawText(t)

y = H - 262
c.setFont('Serif-B', 11); c.drawString(L, y, 'OGGETTO:')
subj = ('Servizio di refezione scolastica a.s. 2025/2026 – Liquidazione fatture mesi di gennaio e febbraio 2026 '
        'alla ditta “Sapori del Golfo S.r.l.” – CIG B3C71D0A52')
y = gpar(L + 66, y, TW - 66, subj, 'Serif-B', 11, 14)
y -= 14
spaced(W / 2, y, 'IL RESPONSABILE DELL\'AREA', 'Serif-B', 11, 1.0)
y -= 22
body = [
    'Premesso che con deliberazione della Giunta Comunale n. 148 del 04/09/2025 è stato approvato il piano del servizio di refezione scolastica per l\'anno scolastico 2025/2026 in favore degli alunni della scuola dell\'infanzia e della scuola primaria a tempo pieno;',
    'Che con determinazione n. 97 del 18/09/2025 (Reg. Gen. n. 512) il servizio è stato affidato alla ditta “Sapori del Golfo S.r.l.”, con sede in Sant\'Agnello alla via Crawford n. 31, P.IVA 07713461218, per l\'importo complessivo di euro 186.420,00 oltre IVA al 4%;',
    'Viste le fatture elettroniche n. 14/PA del 05/02/2026 di euro 21.371,20 e n. 27/PA del 04/03/2026 di euro 23.107,36, IVA inclusa, relative ai pasti erogati nei mesi di gennaio e febbraio 2026;',
    'Accertata la regolare esecuzione del servizio e verificata la regolarità contributiva della ditta (DURC prot. INPS_49013275 valido fino al 22/06/2026);',
    'Visto il decreto sindacale n. 3 del 08/01/2026 di conferimento della responsabilità dell\'Area;',
    'Visti gli artt. 107, 183 e 184 del D.Lgs. 267/2000;',
]
for t in body:
    y = gpar(L, y, TW, t, first_indent=24) - 5
foot(1, 2)
c.showPage()

# ---- page 2
y = H - 70
spaced(W / 2, y, 'D E T E R M I N A', 'Serif-B', 12, 1.5)
y -= 24
pts = [
    '1. di liquidare e pagare alla ditta “Sapori del Golfo S.r.l.” la somma complessiva di euro 44.478,56, IVA inclusa, a saldo delle fatture n. 14/PA e n. 27/PA citate in premessa;',
    '2. di imputare la spesa sul capitolo 1346.02 “Spese per il servizio di refezione scolastica” del bilancio 2026, impegno n. 98/2026;',
    '3. di applicare lo split payment ai sensi dell\'art. 17-ter del D.P.R. 633/1972, versando all\'Erario l\'IVA pari ad euro 1.710,72;',
    '4. di trasmettere il presente atto al Servizio Finanziario per l\'emissione dei mandati di pagamento.',
]
for t in pts:
    y = gpar(L, y, TW, t) - 6
y -= 14
c.setFont('Serif', 11)
c.drawString(L, y, 'Piano di Sorrento, 10/03/2026')
y -= 26
c.setFont('Serif-B', 11); c.drawCentredString(R - 110, y, 'Il Responsabile dell\'Area')
c.setFont('Serif', 11); c.drawCentredString(R - 110, y - 15, 'dott.ssa Carmela Russo')
c.setFont('Serif-I', 8.5); c.drawCentredString(R - 110, y - 28, '(firma digitale ai sensi del D.Lgs. 82/2005)')
y -= 70
c.setLineWidth(0.5); c.rect(L, y - 70, TW, 82)
spaced(W / 2, y, 'SERVIZIO FINANZIARIO', 'Serif-B', 10, 1.0)
y = gpar(L + 8, y - 16, TW - 16, 'Visto di regolarità contabile attestante la copertura finanziaria ai sensi dell\'art. 183, comma 7, del D.Lgs. 267/2000. Liquidazione n. 301 del 11/03/2026.', 'Serif', 10, 12.8)
c.setFont('Serif', 10); c.drawString(L + 8, y - 4, 'Piano di Sorrento, 11/03/2026')
c.drawRightString(R - 8, y - 4, 'Il Responsabile del Servizio Finanziario – rag. Antonino Cafiero')
y -= 70
c.rect(L, y - 48, TW, 60)
spaced(W / 2, y, 'RELATA DI PUBBLICAZIONE', 'Serif-B', 10, 1.0)
gpar(L + 8, y - 16, TW - 16, 'La presente determinazione è pubblicata all\'Albo Pretorio on line dal 12/03/2026 al 27/03/2026 con il n. 388 del registro delle pubblicazioni. Il Messo comunale: Gennaro Aprea.', 'Serif', 10, 12.8)
foot(2, 2)
c.showPage()
c.save()
