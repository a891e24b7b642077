# Comune di Teulada - determinazione (Zuddas-like print engine): the body is drawn glyph by glyph
# (one text object per glyph, no space characters), with a rotated Albo stamp along the left margin.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from kit import *
fonts()
W, H = A4
c = canvas.Canvas('../determinazione-teulada-zuddas.pdf', pagesize=A4)
c.setTitle('Determinazione 188/2026'); c.setAuthor('Comune di Teulada'); c.setCreator('Zuddas Atti - Motore di stampa 4.2')
X0, X1 = 70, W - 56; TW = X1 - X0
def stamp():
    c.saveState(); c.translate(30, 120); c.rotate(90)
    c.setStrokeColorRGB(0.1, 0.25, 0.55); c.setFillColorRGB(0.1, 0.25, 0.55)
    c.rect(-4, -12, 610, 26, stroke=1, fill=0)
    c.setFont('Sans-B', 7.5); c.drawString(4, 4, 'COMUNE DI TEULADA – ALBO PRETORIO ON LINE')
    c.setFont('Sans', 7.5); c.drawString(4, -7, 'Pubblicata dal 18/03/2026 al 02/04/2026 – Registro delle pubblicazioni n. 233/2026 – Il Responsabile della pubblicazione: Efisio Murgia')
    c.restoreState()
def head(pn):
    c.setFillColorRGB(0, 0, 0)
    c.circle(X0 + 22, H - 70, 20, stroke=1, fill=0); c.setFont('Sans', 5); c.drawCentredString(X0 + 22, H - 72, 'STEMMA')
    glyph_line(c, 'COMUNE DI TEULADA', X0 + 56, H - 60, 'Serif-B', 17)
    glyph_line(c, 'Provincia del Sud Sardegna', X0 + 56, H - 75, 'Serif-I', 10.5)
    glyph_line(c, 'Via Cagliari 59 – 09019 Teulada (SU) – protocollo@pec.comune.teulada.ca.it', X0 + 56, H - 87, 'Sans', 7.5)
    c.setLineWidth(0.8); c.line(X0, H - 98, X1, H - 98)
    c.setFont('Sans', 7.5); c.drawRightString(X1, 30, f'Determinazione n. 188 del 17/03/2026 – pagina {pn} di 2')
    stamp()

head(1)
y = H - 120
c.setFont('Sans-B', 11)
for t in ['AREA AMMINISTRATIVA E SOCIO-CULTURALE', 'Servizio Sociale']:
    glyph_line(c, t, (X0 + X1) / 2 - stringWidth(t, 'Sans-B', 11) / 2, y, 'Sans-B', 11); y -= 15
y -= 6
c.setLineWidth(0.6); c.rect(X0, y - 40, TW, 46)
c.line(X0 + TW / 2, y - 40, X0 + TW / 2, y + 6)
glyph_line(c, 'DETERMINAZIONE N. 188', X0 + 10, y - 10, 'Sans-B', 11)
glyph_line(c, 'del 17/03/2026 (Registro Generale)', X0 + 10, y - 26, 'Sans', 9.5)
glyph_line(c, 'N. 32 del 16/03/2026', X0 + TW / 2 + 10, y - 10, 'Sans-B', 10)
glyph_line(c, '(Registro del Servizio)', X0 + TW / 2 + 10, y - 26, 'Sans', 9.5)
y -= 62
SUBJ = ('L.R. n. 18/2016 – Reddito di inclusione sociale (REIS). Approvazione della graduatoria definitiva '
        'dei nuclei familiari beneficiari – annualità 2025/2026.')
glyph_line(c, 'OGGETTO:', X0, y, 'Sans-B', 10.5)
y = glyph_par(c, SUBJ, X0 + 62, y, TW - 62, 'Sans-B', 10.5, 13.5, justify=False) - 8
glyph_line(c, 'LA RESPONSABILE DELL’AREA', (X0 + X1) / 2 - stringWidth('LA RESPONSABILE DELL’AREA', 'Serif-B', 11) / 2, y, 'Serif-B', 11); y -= 18
body = [
 'Visto il decreto sindacale n. 2 del 08/01/2026, con il quale è stata attribuita alla sottoscritta la responsabilità dell’Area Amministrativa e Socio-Culturale;',
 'Vista la Legge Regionale 2 agosto 2016, n. 18, istitutiva del Reddito di inclusione sociale, e le Linee guida approvate con deliberazione della Giunta Regionale n. 34/25 del 2025;',
 'Richiamata la propria determinazione n. 61 del 03/02/2026, con la quale è stata approvata la graduatoria provvisoria dei richiedenti, pubblicata all’Albo Pretorio per dieci giorni consecutivi;',
 'Dato atto che entro il termine assegnato sono pervenute n. 3 istanze di riesame, due delle quali accolte a seguito di verifica dell’attestazione ISEE, come risulta dal verbale istruttorio del 12/03/2026;',
 'Considerato che le risorse assegnate al Comune ammontano a euro 96.420,00 e consentono il finanziamento di n. 27 nuclei familiari;',
 'Dato atto dell’assenza di conflitti di interesse ai sensi dell’art. 6-bis della Legge n. 241/1990;',
]
for t in body:
    y = glyph_par(c, t, X0, y, TW, 'Serif', 10.5, 13.6, indent=18) - 3
y -= 4
glyph_line(c, 'D E T E R M I N A', (X0 + X1) / 2 - 48, y, 'Serif-B', 11); y -= 18
pts = ['di approvare la graduatoria definitiva dei nuclei familiari beneficiari del REIS per l’annualità 2025/2026, allegata al presente atto in forma anonimizzata (Allegato A), con n. 27 nuclei ammessi e finanziati e n. 5 nuclei ammessi e non finanziati;',
       'di impegnare la somma complessiva di euro 96.420,00 sul capitolo 10430/5 del bilancio 2026, finanziato con trasferimenti regionali;',
       'di dare atto che l’erogazione del contributo è subordinata alla sottoscrizione del progetto di inclusione attiva con il Servizio Sociale;',
       'di disporre la pubblicazione del presente atto all’Albo Pretorio on line, omettendo i dati personali dei beneficiari.']
page = 1
for i, t in enumerate(pts, 1):
    if y < 150 and page == 1:
        c.showPage(); page = 2; head(2); y = H - 125
    glyph_line(c, f'{i}.', X0 + 8, y, 'Serif', 10.5)
    y = glyph_par(c, t, X0 + 24, y, TW - 24, 'Serif', 10.5, 13.6) - 4
if page == 1:
    c.showPage(); page = 2; head(2); y = H - 125
y -= 10
glyph_line(c, 'Teulada, 17/03/2026', X0, y, 'Serif', 10.5); y -= 30
for t, f in [('La Responsabile dell’Area', 'Serif-B'), ('Dott.ssa Marcella Pinna', 'Serif'), ('(firmato digitalmente)', 'Serif-I')]:
    glyph_line(c, t, X1 - 200, y, f, 10.5); y -= 14
y -= 24
c.rect(X0, y - 62, TW, 74)
glyph_line(c, 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', X0 + 8, y, 'Sans-B', 9); y -= 14
y = glyph_par(c, 'Si appone il visto di regolarità contabile ai sensi dell’art. 183, comma 7, del D.Lgs. n. 267/2000. Impegno n. 305/2026, capitolo 10430/5.', X0 + 8, y, TW - 16, 'Sans', 9, 12)
y -= 6
glyph_line(c, 'Teulada, 17/03/2026        Il Responsabile dell’Area Finanziaria – Rag. Giovanni Serra', X0 + 8, y, 'Sans', 9)
c.showPage(); c.save()
