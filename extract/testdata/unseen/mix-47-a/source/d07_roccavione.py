# Comune di Roccavione - certificate of publication: a pre-printed form (Helvetica, blanks of underscores)
# whose blanks were filled in afterwards with a typewriter-like font (Courier) drawn over the underscores,
# in a second pass, as a PDF form filler does. reportlab canvas.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas('build/d07.pdf', pagesize=A4)
c.setTitle('Modello 12/A - Referto di pubblicazione'); c.setAuthor('Ufficio Segreteria'); c.setCreator('Modulistica Comune di Roccavione')
X = 62
def form(y, s, size=11, font='Helvetica'):
    c.setFont(font, size); c.drawString(X, y, s)
def fill(x, y, s, size=11):
    c.setFont('Courier-Bold', size); c.drawString(x, y + 1.5, s)
# --- form layer (pre-printed) ---
c.setFont('Helvetica-Bold', 15); c.drawCentredString(W / 2, H - 70, 'COMUNE DI ROCCAVIONE')
c.setFont('Helvetica', 10); c.drawCentredString(W / 2, H - 85, 'Provincia di Cuneo')
c.drawCentredString(W / 2, H - 98, 'Piazza Cesare Battisti, 1 – 12018 Roccavione (CN)')
c.line(X, H - 108, W - X, H - 108)
c.setFont('Helvetica', 7.5); c.drawString(X, H - 122, 'Mod. 12/A – Segreteria')
c.setFont('Helvetica-Bold', 13); c.drawCentredString(W / 2, H - 160, 'ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE')
c.setFont('Helvetica', 10); c.drawCentredString(W / 2, H - 175, '(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)')

y = H - 220
form(y, 'Il sottoscritto Segretario Comunale, visti gli atti d’ufficio,'); y -= 30
form(y, 'A T T E S T A', 12, 'Helvetica-Bold'); y -= 30
form(y, 'che la deliberazione della'); 
c.rect(X + 140, y - 1, 9, 9); form_x1 = X + 154; c.setFont('Helvetica', 11); c.drawString(form_x1, y, 'Giunta Comunale')
c.rect(X + 262, y - 1, 9, 9); c.drawString(X + 276, y, 'Consiglio Comunale'); y -= 28
form(y, 'n. _________   del ____________________'); y_num = y; y -= 28
form(y, 'avente ad oggetto: ________________________________________________________'); y_s1 = y; y -= 24
form(y, '______________________________________________________________________________'); y_s2 = y; y -= 24
form(y, '______________________________________________________________________________'); y_s3 = y; y -= 32
form(y, 'è stata pubblicata all’Albo Pretorio on line di questo Comune per quindici giorni'); y -= 18
form(y, 'consecutivi dal ____________________ al ____________________'); y_pub = y; y -= 28
form(y, 'con il numero ____________ del Registro delle pubblicazioni,'); y_reg = y; y -= 28
form(y, 'senza opposizioni o reclami.'); y -= 50
form(y, 'Roccavione, lì ____________________'); y_date = y
c.setFont('Helvetica', 11); c.drawString(W - 250, y - 30, 'IL SEGRETARIO COMUNALE'); c.drawString(W - 250, y - 70, '____________________________')
c.setFont('Helvetica', 7.5); c.drawString(X, 50, 'Documento firmato digitalmente ai sensi dell’art. 24 del D.Lgs. 82/2005 – l’originale è conservato negli archivi informatici dell’Ente.')

# --- filler layer (typed into the blanks afterwards) ---
c.setFont('Courier-Bold', 12); c.drawString(X + 140.5, y_num + 28 - 0.5, 'X')
fill(X + 22, y_num, '31')
fill(X + 120, y_num, '09/04/2026')
fill(X + 108, y_s1, 'Approvazione del progetto di fattibilità', 10.5)
fill(X + 2, y_s2, 'tecnico-economica dei lavori di riqualificazione energetica', 10.5)
fill(X + 2, y_s3, 'della scuola primaria "Don Ravera".', 10.5)
fill(X + 92, y_pub, '20/04/2026'); fill(X + 253, y_pub, '05/05/2026')
fill(X + 84, y_reg, '218')
fill(X + 88, y_date, '06/05/2026')
c.setFont('Courier-Bold', 11); c.drawString(W - 245, y_date - 66, 'Dott. Paolo Dalmasso')
c.showPage(); c.save()
