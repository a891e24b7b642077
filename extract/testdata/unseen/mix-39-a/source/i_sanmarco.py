# Comune di San Marco Argentano (CS) - attestazione di pubblicazione: a pre-printed form with blanks of
# underscores (Halley-era Word form printed to PDF) filled in with a typewriter-like font over the blanks.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
PW, PH = A4
c = canvas.Canvas('../attestazione-sanmarcoargentano-halley.pdf', pagesize=A4)
c.setTitle('Attestazione di pubblicazione'); c.setCreator('Microsoft Word - modulo_attestazione_pubbl.doc')
LM = 70
def form(x, y, text, size=11.5, font='Times-Roman'):
    c.setFont(font, size); c.drawString(x, y, text)
from reportlab.pdfbase.pdfmetrics import stringWidth
def at(prefix, size=11.5):
    return LM + stringWidth(prefix, 'Times-Roman', size) + 5
def fill(x, y, text, size=11):
    # typed value sits 2 pt above the blank's baseline
    c.setFont('Courier-Bold', size); c.drawString(x, y + 2, text)

c.setFont('Times-Bold', 17); c.drawCentredString(PW / 2, PH - 80, 'COMUNE DI SAN MARCO ARGENTANO')
c.setFont('Times-Roman', 11.5); c.drawCentredString(PW / 2, PH - 96, '(Provincia di Cosenza)')
c.setFont('Times-Italic', 9); c.drawCentredString(PW / 2, PH - 110, 'Piazza Umberto I – 87018 San Marco Argentano (CS) – Tel. 0984 512011')
c.line(LM, PH - 118, PW - LM, PH - 118)
c.setFont('Times-Bold', 14); c.drawCentredString(PW / 2, PH - 160, 'ATTESTAZIONE DI PUBBLICAZIONE')
c.setFont('Times-Italic', 10.5); c.drawCentredString(PW / 2, PH - 176, '(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della legge 18 giugno 2009, n. 69)')

y = PH - 220; L = 26
form(LM, y, 'Il sottoscritto ____________________________________ , Responsabile della pubblicazione,')
fill(at('Il sottoscritto '), y, 'Rag. Francesco Gencarelli')
y -= L
c.setFont('Times-Bold', 12.5); c.drawCentredString(PW / 2, y, 'A T T E S T A'); y -= L
form(LM, y, 'che la deliberazione della ________________________ n. ________ del ______________ ,')
fill(at('che la deliberazione della '), y, 'GIUNTA COMUNALE'); fill(at('che la deliberazione della ________________________ n. ') + 10, y, '27'); fill(at('che la deliberazione della ________________________ n. ________ del '), y, '05/03/2026')
y -= L
form(LM, y, 'avente ad oggetto:')
y -= L
blanks = ['______________________________________________________________________________'] * 3
subj = ['CONCESSIONE IN USO TEMPORANEO DEI LOCALI DELL\'EX', 'SCUOLA ELEMENTARE DI SCALO ALL\'ASSOCIAZIONE "PROTEZIONE', 'CIVILE VALLE DELL\'ESARO" - APPROVAZIONE SCHEMA DI COMODATO']
for b, s in zip(blanks, subj):
    form(LM, y, b); fill(LM + 4, y, s, 10.5); y -= L
form(LM, y, 'è stata pubblicata all\'Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale,')
y -= L
form(LM, y, 'per quindici giorni consecutivi, dal ______________ al ______________ ,')
fill(at('per quindici giorni consecutivi, dal '), y, '09/03/2026'); fill(at('per quindici giorni consecutivi, dal ______________ al '), y, '24/03/2026')
y -= L
form(LM, y, 'con il numero ________ del Registro delle pubblicazioni, senza opposizioni o reclami.')
fill(at('con il numero ') + 8, y, '311')
y -= 2 * L
form(LM, y, 'San Marco Argentano, lì ______________')
fill(at('San Marco Argentano, lì '), y, '25/03/2026')
y -= 2 * L
c.setFont('Times-Roman', 11.5)
c.drawCentredString(PW - 170, y, 'IL RESPONSABILE DELLA PUBBLICAZIONE'); y -= 18
c.drawCentredString(PW - 170, y, '________________________________')
fill(PW - 255, y, 'Rag. Francesco Gencarelli', 10.5); y -= 16
c.setFont('Times-Italic', 8.5); c.drawCentredString(PW - 170, y, '(firma autografa sostituita a mezzo stampa ex art. 3, c. 2, D.Lgs. 39/1993)')
c.setFont('Times-Roman', 7.5)
c.drawString(LM, 50, 'Mod. ALB/07 – rev. 2019')
c.showPage(); c.save()
