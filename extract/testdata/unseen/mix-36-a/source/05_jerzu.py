#!/usr/bin/env python3
# Determinazione with an awkward text layer: the letterhead is set glyph by glyph (one Td per glyph),
# headings are letter-spaced with Tc, the body is justified line by line with Tw (reportlab canvas).
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
FD = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('HeadB', FD + 'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Head', FD + 'LiberationSerif-Regular.ttf'))
# body in the 14 standard Type 1 fonts (WinAnsi, not embedded): Tw applies to the byte 32
Serif, SerifB, SerifI, Sans, SansB = 'Times-Roman', 'Times-Bold', 'Times-Italic', 'Helvetica', 'Helvetica-Bold'
W, H = A4
L, R = 62, W - 62
c = canvas.Canvas('../determina-jerzu-zuddas.pdf', pagesize=A4)
c.setTitle('Determinazione Reg. Gen. 143/2026'); c.setAuthor('Comune di Jerzu'); c.setCreator('Zuddas Sistema Atti')
page = [1]

def glyphs(x, y, s, font, size, gap=0.0):
    """one text positioning per glyph"""
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(0); t.setWordSpace(0)
    for ch in s:
        t.setTextOrigin(x, y); t.textOut(ch)
        x += pdfmetrics.stringWidth(ch, font, size) + gap
    c.drawText(t)

def glyphs_c(y, s, font, size, gap=0.0):
    w = sum(pdfmetrics.stringWidth(ch, font, size) + gap for ch in s) - gap
    glyphs((W - w) / 2, y, s, font, size, gap)

def spaced_c(y, s, font, size, cs):
    t = c.beginText(); t.setFont(font, size); t.setWordSpace(0); t.setCharSpace(cs)
    w = pdfmetrics.stringWidth(s, font, size) + cs * (len(s) - 1)
    t.setTextOrigin((W - w) / 2, y); t.textOut(s); t.setCharSpace(0); c.drawText(t)

def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], []
    for w_ in words:
        if cur and pdfmetrics.stringWidth(' '.join(cur + [w_]), font, size) > width:
            lines.append(cur); cur = [w_]
        else: cur.append(w_)
    if cur: lines.append(cur)
    return lines

y = [0]
def header():
    glyphs_c(H - 58, 'COMUNE DI JERZU', 'HeadB', 17, 0.6)
    glyphs_c(H - 73, 'Via Vittorio Emanuele, 162 – 08044 Jerzu', 'Head', 9.5)
    glyphs_c(H - 85, 'Tel. 0782 76061 – PEC protocollo.jerzu@pec.comunas.it', 'Head', 9.5)
    c.setLineWidth(0.8); c.line(L, H - 94, R, H - 94)
    y[0] = H - 112

def footer():
    c.setFont(Sans, 7.5)
    c.drawString(L, 34, 'Determinazione Reg. Gen. n. 143 del 10/03/2026 – Area Socio-Culturale')
    c.drawRightString(R, 34, 'Pagina %d di 2' % page[0])
    c.setLineWidth(0.4); c.line(L, 44, R, 44)

def newpage():
    footer(); c.showPage(); page[0] += 1; header()

def need(h):
    if y[0] - h < 70: newpage()

def para(text, font=Serif, size=11, indent=0, first=None, lead=14, bold_lead=None, justify=True):
    width = R - L - indent
    lines = wrap(text, font, size, width)
    for i, ln in enumerate(lines):
        need(lead)
        t = c.beginText(); t.setFont(font, size); t.setCharSpace(0); t.setWordSpace(0)
        s = ' '.join(ln)
        if justify and i < len(lines) - 1 and len(ln) > 1:
            extra = (width - pdfmetrics.stringWidth(s, font, size)) / (len(ln) - 1)
            t.setWordSpace(extra)
        t.setTextOrigin(L + indent, y[0]); t.textOut(s); t.setWordSpace(0); c.drawText(t)
        y[0] -= lead
    y[0] -= 4

header()
spaced_c(y[0], 'AREA SOCIO-CULTURALE', SansB, 11, 2.2); y[0] -= 15
spaced_c(y[0], 'Servizio Sociale', Sans, 10, 1.0); y[0] -= 22
# register box
c.setLineWidth(0.6); c.rect(L, y[0] - 46, R - L, 52)
c.setFont(SansB, 10.5)
c.drawCentredString(W / 2, y[0] - 10, 'DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO')
c.setFont(Sans, 9.5)
c.drawString(L + 8, y[0] - 26, 'Registro Generale n. 143 del 10/03/2026')
c.drawRightString(R - 8, y[0] - 26, 'Registro di Servizio n. 52 del 10/03/2026')
c.drawString(L + 8, y[0] - 40, 'Proposta n. 61 del 09/03/2026')
c.drawRightString(R - 8, y[0] - 40, 'Impegno/Liquidazione')
y[0] -= 66
c.setFont(SansB, 10.5); c.drawString(L, y[0], 'OGGETTO:')
subj = ('Legge n. 162/1998 – Piani personalizzati di sostegno in favore di persone con disabilità grave. '
        'Liquidazione dei contributi ai beneficiari per il mese di febbraio 2026.')
para(subj, SansB, 10.5, indent=62, lead=13.5)
y[0] -= 8
spaced_c(y[0], 'IL RESPONSABILE DEL SERVIZIO', SerifB, 11, 1.5); y[0] -= 20
for t in [
 'Visto il Decreto del Sindaco n. 4 del 02/01/2026, con il quale è stata attribuita alla sottoscritta la responsabilità del Servizio Sociale e le funzioni di cui all\'art. 107 del D.Lgs. 18 agosto 2000, n. 267;',
 'Vista la deliberazione del Consiglio Comunale n. 41 del 23/12/2025, di approvazione del bilancio di previsione finanziario 2026/2028;',
 'Vista la Legge 21 maggio 1998, n. 162, e le deliberazioni della Giunta Regionale della Sardegna che disciplinano i piani personalizzati di sostegno in favore delle persone con disabilità grave, nonché la deliberazione G.R. n. 48/14 del 2025 relativa alla prosecuzione dei piani per l\'annualità 2026;',
 'Dato atto che per l\'annualità 2026 risultano in carico al Comune di Jerzu n. 37 piani personalizzati, finanziati con fondi regionali accertati al capitolo di entrata 2015.01;',
 'Viste le rendicontazioni delle spese sostenute nel mese di febbraio 2026, presentate dai beneficiari o dai loro familiari e acquisite al protocollo dell\'Ente, e verificata la loro regolarità;',
 'Ritenuto di dover procedere alla liquidazione della somma complessiva di € 21.684,50, secondo l\'elenco che, per ragioni di tutela della riservatezza, non viene pubblicato ed è depositato agli atti dell\'ufficio;',
 'Attestata l\'insussistenza di situazioni di conflitto di interessi ai sensi dell\'art. 6-bis della Legge n. 241/1990;',
]:
    para(t)
y[0] -= 4
need(30)
spaced_c(y[0], 'D E T E R M I N A', SerifB, 11.5, 0.5); y[0] -= 20
for t in [
 'di liquidare ai beneficiari dei piani personalizzati di cui alla Legge n. 162/1998 la somma complessiva di € 21.684,50, relativa alle spese rendicontate per il mese di febbraio 2026;',
 'di imputare la spesa al capitolo 10421.3 «Piani personalizzati L. 162/98 – fondi RAS», Missione 12, Programma 02, del bilancio 2026, impegno n. 88/2026;',
 'di trasmettere il presente atto al Servizio Finanziario per l\'emissione dei mandati di pagamento;',
 'di dare atto che il presente provvedimento è pubblicato all\'Albo Pretorio on line senza l\'elenco nominativo dei beneficiari, ai sensi del D.Lgs. n. 196/2003 e del Regolamento (UE) 2016/679.',
]:
    need(14)
    c.setFont(Serif, 11); c.drawString(L + 8, y[0], '•')
    para(t, indent=22)
y[0] -= 10
need(60)
c.setFont(Serif, 11)
c.drawString(L, y[0], 'Jerzu, 10/03/2026')
c.drawCentredString(R - 110, y[0], 'Il Responsabile del Servizio'); y[0] -= 15
c.setFont(SerifI, 11); c.drawCentredString(R - 110, y[0], 'Dott.ssa Maria Antonietta Loi'); y[0] -= 30
need(90)
c.setLineWidth(0.5); c.rect(L, y[0] - 62, R - L, 70)
c.setFont(SansB, 9); c.drawString(L + 6, y[0] - 6, 'SERVIZIO FINANZIARIO – VISTO DI REGOLARITÀ CONTABILE')
c.setFont(Sans, 8.5)
c.drawString(L + 6, y[0] - 20, 'Si attesta la regolarità contabile e la copertura finanziaria della spesa (art. 183, comma 7, D.Lgs. 267/2000).')
c.drawString(L + 6, y[0] - 34, 'Liquidazione n. 197/2026 – Cap. 10421.3 – € 21.684,50')
c.drawString(L + 6, y[0] - 48, 'Jerzu, 11/03/2026                                   Il Responsabile del Servizio Finanziario – Rag. Sandro Mura')
y[0] -= 80
need(40)
c.setFont(Sans, 8.5)
c.drawString(L, y[0], 'Pubblicata all\'Albo Pretorio on line dal 12/03/2026 al 27/03/2026 – n. 221 del Registro delle pubblicazioni.')
footer(); c.save()
