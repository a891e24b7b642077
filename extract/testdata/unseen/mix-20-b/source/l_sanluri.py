# L. Comune di Sanluri - Allegato A (piano delle alienazioni e valorizzazioni immobiliari),
# landscape table written with the raw writer: the letterhead, the table's column heads
# and the running foot are Form XObjects reused on every page and painted LAST; the
# table body is painted column by column (all numbers, then all descriptions, ...),
# bottom row first, then the grid: the page looks normal, the content stream is out
# of reading order.
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from rawpdf import Doc, pdfstr
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
PW, PH = 842, 595
LM, RM = 40, 802
d = Doc(producer='SAGA Report Designer - esportazione PDF', creator='Patrimonio - stampa piano alienazioni',
        title='Allegato A - Piano alienazioni e valorizzazioni 2026-2028')


def T(x, y, s, font='F1', size=7.6):
    return b'BT /%s %g Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET' % (font.encode(), size, x, y, pdfstr(s))


def TC(xc, y, s, font='F1', size=7.6, base='Helvetica'):
    return T(xc - stringWidth(s, base, size) / 2, y, s, font, size)


def TR(xr, y, s, font='F1', size=7.6, base='Helvetica'):
    return T(xr - stringWidth(s, base, size), y, s, font, size)

FONTS = {'F1': 'Helvetica', 'F2': 'Helvetica-Bold', 'F3': 'Helvetica-Oblique'}

# --- Form 1: letterhead (reused)
lh = [b'0.3 0.3 0.3 RG 0.8 w', b'%g %g 34 40 re S' % (LM, PH - 74),
      T(LM + 5, PH - 56, 'STEMMA', 'F1', 5.5),
      T(LM + 44, PH - 46, 'COMUNE DI SANLURI', 'F2', 15),
      T(LM + 44, PH - 59, 'Provincia del Sud Sardegna', 'F3', 9),
      T(LM + 44, PH - 70, 'Area Tecnica - Servizio Patrimonio e Espropriazioni', 'F1', 8.5),
      TR(RM, PH - 46, 'ALLEGATO A', 'F2', 11, 'Helvetica-Bold'),
      TR(RM, PH - 59, 'alla deliberazione del Consiglio Comunale n. 8 del 06/03/2026', 'F1', 8.5),
      b'%g %g m %g %g l S' % (LM, PH - 80, RM, PH - 80),
      TC(PW / 2, PH - 98, 'PIANO DELLE ALIENAZIONI E VALORIZZAZIONI IMMOBILIARI - TRIENNIO 2026/2028', 'F2', 11.5, 'Helvetica-Bold'),
      TC(PW / 2, PH - 111, '(art. 58 del D.L. 25 giugno 2008, n. 112, convertito dalla Legge 6 agosto 2008, n. 133)', 'F3', 8.5, 'Helvetica-Oblique')]
f_lh = d.form(b'\n'.join(lh), [0, 0, PW, PH], FONTS)

# columns: (title line1, title line2, x_left, x_right, align)
COLS = [('N.', '', 40, 60, 'c'),
        ('DESCRIZIONE IMMOBILE', '', 60, 225, 'l'),
        ('UBICAZIONE', '', 225, 347, 'l'),
        ('FOGLIO', '', 347, 379, 'c'),
        ('MAPPALE', '', 379, 417, 'c'),
        ('SUPERFICIE', '(mq)', 417, 467, 'r'),
        ('DESTINAZIONE', 'URBANISTICA', 467, 547, 'l'),
        ('TIPOLOGIA', 'INTERVENTO', 547, 615, 'l'),
        ('ANNO', '', 615, 643, 'c'),
        ('VALORE', 'STIMATO (EUR)', 643, 714, 'r'),
        ('NOTE', '', 714, 802, 'l')]
HY = PH - 122   # top of header row
HH = 24
RH = 16.5

# --- Form 2: column heads (reused)
hd = [b'0.85 0.88 0.92 rg %g %g %g %g re f' % (LM, HY - HH, RM - LM, HH), b'0 0 0 rg']
for t1, t2, xl, xr, al in COLS:
    xc = (xl + xr) / 2
    if t2:
        hd.append(TC(xc, HY - 10, t1, 'F2', 6.8, 'Helvetica-Bold'))
        hd.append(TC(xc, HY - 19, t2, 'F2', 6.8, 'Helvetica-Bold'))
    else:
        hd.append(TC(xc, HY - 15, t1, 'F2', 6.8, 'Helvetica-Bold'))
hd.append(b'0 0 0 RG 0.6 w %g %g %g %g re S' % (LM, HY - HH, RM - LM, HH))
for _, _, xl, xr, _ in COLS[1:]:
    hd.append(b'%g %g m %g %g l S' % (xl, HY, xl, HY - HH))
f_hd = d.form(b'\n'.join(hd), [0, 0, PW, PH], FONTS)

# --- Form 3: running foot (reused; page number written on the page)
ft = [b'0.5 w %g 44 m %g 44 l S' % (LM, RM),
      T(LM, 34, 'Comune di Sanluri - Piano delle alienazioni e valorizzazioni immobiliari 2026/2028 - Allegato A alla deliberazione C.C. n. 8/2026', 'F1', 7),
      T(LM, 25, 'Il Responsabile dell\'Area Tecnica: Ing. Salvatore Collu (firmato digitalmente)', 'F3', 7)]
f_ft = d.form(b'\n'.join(ft), [0, 0, PW, PH], FONTS)

rows = [
    ('Ex mattatoio comunale (fabbricato e corte)', 'Via San Rocco', '27', '1184', '1.260', 'D - Artigianale', 'Alienazione', '2026', '186.000,00', ''),
    ('Terreno agricolo', 'Loc. Su Padru', '12', '88', '18.450', 'E - Agricola', 'Alienazione', '2026', '27.700,00', ''),
    ('Lotto artigianale n. 14 - P.I.P.', 'Zona P.I.P. Bia \'e Sardara', '31', '702', '1.520', 'D - Artigianale', 'Alienazione', '2026', '45.600,00', 'Asta'),
    ('Lotto artigianale n. 15 - P.I.P.', 'Zona P.I.P. Bia \'e Sardara', '31', '703', '1.490', 'D - Artigianale', 'Alienazione', '2026', '44.700,00', 'Asta'),
    ('Reliquato stradale', 'Via Giuseppe Verdi', '26', '2210', '64', 'B - Completamento', 'Alienazione', '2026', '3.840,00', 'Frontisti'),
    ('Ex casa cantoniera', 'S.P. 52 km 3+200', '18', '340', '210', 'E - Agricola', 'Valorizzazione', '2026', '58.000,00', 'Concessione'),
    ('Locali ex scuola materna', 'Via Cagliari', '25', '1907', '640', 'S - Servizi', 'Valorizzazione', '2027', '-', 'Comodato'),
    ('Area verde residuale', 'Via Sassari angolo Via Nuoro', '26', '2455', '380', 'B - Completamento', 'Alienazione', '2027', '22.800,00', ''),
    ('Terreno agricolo', 'Loc. Is Cannedus', '9', '51', '9.870', 'E - Agricola', 'Alienazione', '2027', '14.800,00', ''),
    ('Fabbricato rurale diruto', 'Loc. Santa Lucia', '15', '212', '95', 'E - Agricola', 'Alienazione', '2027', '9.500,00', ''),
    ('Alloggio ERP non assegnabile', 'Via Eleonora d\'Arborea', '25', '1650/3', '78', 'B - Completamento', 'Alienazione', '2027', '52.000,00', ''),
    ('Box auto', 'Via Eleonora d\'Arborea', '25', '1650/9', '18', 'B - Completamento', 'Alienazione', '2027', '11.500,00', ''),
    ('Ex magazzino comunale', 'Via Nazionale', '27', '1290', '420', 'D - Artigianale', 'Valorizzazione', '2027', '-', 'Locazione'),
    ('Chiosco bar area sportiva', 'Via dello Sport', '24', '2801', '42', 'S - Servizi', 'Valorizzazione', '2027', '-', 'Concessione'),
    ('Terreno agricolo', 'Loc. Bruncu Sa Forca', '6', '130', '12.300', 'E - Agricola', 'Alienazione', '2028', '18.400,00', ''),
    ('Terreno agricolo', 'Loc. Bruncu Sa Forca', '6', '131', '7.900', 'E - Agricola', 'Alienazione', '2028', '11.800,00', ''),
    ('Reliquato stradale', 'Via Trieste', '26', '2388', '51', 'B - Completamento', 'Alienazione', '2028', '3.060,00', 'Frontisti'),
    ('Lotto residenziale PEEP n. 7', 'Comparto C2 Via Cesare Battisti', '28', '944', '510', 'C - Espansione', 'Alienazione', '2028', '61.200,00', 'Asta'),
    ('Lotto residenziale PEEP n. 8', 'Comparto C2 Via Cesare Battisti', '28', '945', '505', 'C - Espansione', 'Alienazione', '2028', '60.600,00', 'Asta'),
    ('Ex lavatoio pubblico', 'Via Roma', '25', '1402', '110', 'A - Centro storico', 'Valorizzazione', '2028', '-', 'Associazioni'),
    ('Area ex pesa pubblica', 'Via Carlo Felice', '27', '1512', '240', 'B - Completamento', 'Alienazione', '2028', '19.200,00', ''),
    ('Terreno agricolo', 'Loc. Perda Lada', '11', '74', '6.100', 'E - Agricola', 'Alienazione', '2028', '9.150,00', ''),
]
PER_PAGE = 15
chunks = [rows[i:i + PER_PAGE] for i in range(0, len(rows), PER_PAGE)]
npages = len(chunks)
k0 = 0
for pi, chunk in enumerate(chunks, 1):
    c = []
    y_top = HY - HH
    n = len(chunk)
    # body, column by column, bottom row first
    for ci, (_, _, xl, xr, al) in enumerate(COLS):
        for ri in range(n - 1, -1, -1):
            r = chunk[ri]
            val = str(k0 + ri + 1) if ci == 0 else r[ci - 1]
            if not val:
                continue
            y = y_top - (ri + 1) * RH + 5.5
            if al == 'c':
                c.append(TC((xl + xr) / 2, y, val))
            elif al == 'r':
                c.append(TR(xr - 3, y, val))
            else:
                c.append(T(xl + 3, y, val, 'F1', 7.2 if ci in (1, 2) else 7.6))
    y_bot = y_top - n * RH
    last = pi == npages
    if last:
        # totals row (painted before the grid, after the body)
        c.append(T(60 + 3, y_bot - RH + 5.5, 'TOTALE VALORE STIMATO DELLE ALIENAZIONI NEL TRIENNIO', 'F2', 7.4))
        c.append(TR(714 - 3, y_bot - RH + 5.5, '601.850,00', 'F2', 7.6))
    # grid
    g = [b'0 0 0 RG 0.4 w']
    ye = y_bot - (RH if last else 0)
    for i in range(n + 1 + (1 if last else 0)):
        yy = y_top - i * RH
        g.append(b'%g %.2f m %g %.2f l S' % (LM, yy, RM, yy))
    for _, _, xl, xr, _ in COLS:
        g.append(b'%g %.2f m %g %.2f l S' % (xl, y_top, xl, y_bot))
    g.append(b'%g %.2f m %g %.2f l S' % (RM, y_top, RM, ye))
    if last:
        g.append(b'%g %.2f m %g %.2f l S' % (LM, y_bot, LM, ye))
        g.append(b'%g %.2f m %g %.2f l S' % (643, y_bot, 643, ye))
        g.append(b'%g %.2f m %g %.2f l S' % (714, y_bot, 714, ye))
    c.extend(g)
    if last:
        yn = ye - 22
        c.append(T(LM, yn, 'Valori stimati ai sensi del vigente Regolamento per l\'alienazione dei beni immobili comunali; le stime saranno aggiornate con perizia', 'F3', 7.4))
        c.append(T(LM, yn - 10, 'prima dell\'avvio delle singole procedure. Gli immobili destinati a valorizzazione restano nel patrimonio disponibile dell\'Ente.', 'F3', 7.4))
    c.append(TR(RM, 34, 'Pag. %d di %d' % (pi, npages), 'F1', 7))
    # reused forms, painted last
    c.append(b'q /Fx3 Do Q q /Fx2 Do Q q /Fx1 Do Q')
    d.page(b'\n'.join(c), (PW, PH), FONTS, xobjects={'Fx1': f_lh, 'Fx2': f_hd, 'Fx3': f_ft})
    k0 += n
d.write(out)
