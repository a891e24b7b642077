# Comune di Picerno - determinazione R.G. n. 98/2026, drawn directly with cairo (cairocffi PDFSurface),
# the way a GTK desktop program prints through GtkPrintOperation.
import cairocffi as cairo
W, H = 595.28, 841.89
L, R = 62, W - 56
OUT = '../../determina-picerno-cairo.pdf'
s = cairo.PDFSurface(OUT, W, H)
s.set_metadata(cairo.PDF_METADATA_TITLE, 'Determinazione n. 98 del 11/03/2026')
s.set_metadata(cairo.PDF_METADATA_CREATOR, 'Atti - stampa determinazioni')
c = cairo.Context(s)
SANS, SERIF = 'Liberation Sans', 'Liberation Serif'
page = [1]; y = [0]

def font(f=SERIF, size=11, bold=False, italic=False):
    c.select_font_face(f, cairo.FONT_SLANT_ITALIC if italic else cairo.FONT_SLANT_NORMAL,
                       cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
    c.set_font_size(size)

def text(x, yy, t, align='l'):
    w = c.text_extents(t)[4]
    if align == 'c': x = x - w / 2
    elif align == 'r': x = x - w
    c.move_to(x, yy); c.show_text(t)

def furniture():
    font(SANS, 7.5)
    c.set_source_rgb(0.3, 0.3, 0.3)
    text(L, 40, 'Comune di Picerno – Area Amministrativa')
    text(R, 40, 'Det. R.G. n. 98/2026', 'r')
    c.move_to(L, 44); c.line_to(R, 44); c.set_line_width(0.4); c.stroke()
    c.move_to(L, H - 46); c.line_to(R, H - 46); c.stroke()
    text(L, H - 36, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.')
    text(R, H - 36, 'Pag. %d/2' % page[0], 'r')
    c.set_source_rgb(0, 0, 0)

def newpage():
    c.show_page(); page[0] += 1; furniture(); y[0] = 70

def para(t, size=10.5, bold=False, italic=False, indent=0, gap=5, justify=True, f=SERIF, lead=None):
    font(f, size, bold, italic)
    lead = lead or size * 1.38
    words = t.split(); line = []; width = R - L - indent
    sp = c.text_extents(' ')[4]
    def flush(ws, last):
        if y[0] > H - 70: newpage(); font(f, size, bold, italic)
        if justify and not last and len(ws) > 1:
            tw = sum(c.text_extents(w)[4] for w in ws)
            g = (width - tw) / (len(ws) - 1); x = L + indent
            for w in ws:
                c.move_to(x, y[0]); c.show_text(w); x += c.text_extents(w)[4] + g
        else:
            c.move_to(L + indent, y[0]); c.show_text(' '.join(ws))
        y[0] += lead
    for w in words:
        if line and c.text_extents(' '.join(line + [w]))[4] > width:
            flush(line, False); line = []
        line.append(w)
    if line: flush(line, True)
    y[0] += gap

furniture()
font(SANS, 7, italic=True); text(W / 2, 66, '[stemma]', 'c')
font(SERIF, 19, True); text(W / 2, 88, 'COMUNE DI PICERNO', 'c')
font(SERIF, 11); text(W / 2, 103, 'Provincia di Potenza', 'c')
font(SANS, 8); text(W / 2, 116, 'Largo Municipio, 1 – 85055 Picerno (PZ) – tel. 0971 990400', 'c')
font(SANS, 12, True); text(W / 2, 142, 'AREA AMMINISTRATIVA', 'c')
font(SANS, 10); text(W / 2, 156, 'Ufficio Servizi Sociali e Pubblica Istruzione', 'c')
font(SANS, 11.5, True); text(W / 2, 182, 'DETERMINAZIONE DEL RESPONSABILE DELL’AREA', 'c')
# label grid: 2 rows x 4 cells
gx, gy, cw, ch = L, 194, (R - L) / 4, 30
labels = [('N. Reg. Gen.', '98'), ('Data', '11/03/2026'), ('N. Reg. Area', '22'), ('Data', '09/03/2026')]
c.set_line_width(0.7)
for i, (lab, val) in enumerate(labels):
    x = gx + i * cw
    c.rectangle(x, gy, cw, ch); c.stroke()
    font(SANS, 7); c.set_source_rgb(0.35, 0.35, 0.35); text(x + 4, gy + 9, lab); c.set_source_rgb(0, 0, 0)
    font(SANS, 11, True); text(x + cw / 2, gy + 24, val, 'c')
y[0] = gy + ch + 22
font(SANS, 10.5, True); text(L, y[0], 'OGGETTO:')
subj = ('SERVIZIO DI TRASPORTO SCOLASTICO ALUNNI CON DISABILITÀ – A.S. 2025/2026 – '
        'LIQUIDAZIONE FATTURA N. 14/PA DEL 28/02/2026 ALLA DITTA «LUCANIA SERVICE S.R.L.» – CIG B2C7E05A19')
Lsave = L
L = Lsave + 62; para(subj, 10.5, True, f=SANS, justify=False, gap=2); L = Lsave
c.move_to(L, y[0]); c.line_to(R, y[0]); c.stroke(); y[0] += 20
font(SERIF, 11, True); text(W / 2, y[0], 'IL RESPONSABILE DELL’AREA AMMINISTRATIVA', 'c'); y[0] += 20
for t in [
 'Richiamato il Decreto del Sindaco n. 3 del 07/01/2026 di nomina del sottoscritto quale Responsabile dell’Area Amministrativa con attribuzione delle funzioni di cui all’art. 107 del D.Lgs. 267/2000;',
 'Richiamata la propria determinazione R.G. n. 512 del 05/09/2025 con la quale è stato affidato alla ditta «Lucania Service S.r.l.», con sede in Potenza, il servizio di trasporto scolastico degli alunni con disabilità frequentanti le scuole dell’obbligo per l’anno scolastico 2025/2026, per l’importo di € 27.400,00 oltre IVA, impegnando la relativa spesa al capitolo 1894;',
 'Vista la fattura elettronica n. 14/PA del 28/02/2026, acquisita al protocollo n. 2207 del 02/03/2026, dell’importo di € 3.120,00 oltre IVA al 10% pari a € 312,00, relativa al servizio reso nel mese di febbraio 2026;',
 'Accertata la regolare esecuzione del servizio, come da attestazione del Referente del Servizio Sociale, e verificata la regolarità contributiva della ditta mediante DURC on line prot. INPS_49120774 valido fino al 24/06/2026;',
 'Dato atto che è stata effettuata la verifica di cui all’art. 48-bis del D.P.R. 602/1973 con esito “soggetto non inadempiente”;']:
    para(t)
y[0] += 4
font(SERIF, 11, True); text(W / 2, y[0], 'D E T E R M I N A', 'c'); y[0] += 20
for t in [
 '1. di liquidare alla ditta «Lucania Service S.r.l.» la fattura n. 14/PA del 28/02/2026 per l’importo imponibile di € 3.120,00, mediante bonifico sul conto corrente dedicato comunicato ai sensi dell’art. 3 della Legge 136/2010;',
 '2. di versare all’Erario l’IVA pari a € 312,00 secondo il meccanismo della scissione dei pagamenti (art. 17-ter del D.P.R. 633/1972);',
 '3. di imputare la spesa complessiva di € 3.432,00 al capitolo 1894 “Trasporto scolastico alunni disabili”, impegno n. 2025/1166, del bilancio 2026/2028, gestione residui;',
 '4. di trasmettere il presente atto al Servizio Finanziario per l’emissione del mandato di pagamento.']:
    para(t, indent=14)
y[0] += 14
if y[0] > H - 170: newpage()
font(SERIF, 10.5, True); text(R - 110, y[0], 'IL RESPONSABILE DELL’AREA', 'c')
font(SERIF, 10.5); text(R - 110, y[0] + 15, 'Dott. Rocco Lauria', 'c'); y[0] += 50
font(SANS, 9, True); text(L, y[0], 'ATTESTAZIONE DI PUBBLICAZIONE'); y[0] += 14
para('La presente determinazione è pubblicata all’Albo Pretorio on line dal 12/03/2026 per quindici giorni consecutivi (n. reg. pubbl. 301/2026).', 9, f=SANS, justify=False)
s.finish()
