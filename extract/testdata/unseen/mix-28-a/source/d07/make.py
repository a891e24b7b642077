# Certificate of publication: a pre-printed form whose blanks (underscores) were filled in by the clerk.
# reportlab, base-14 Times (not embedded), as from an old "print to PDF" driver.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=1)
c.setTitle('Attestazione di pubblicazione'); c.setAuthor('Ufficio Albo'); c.setCreator('Microsoft Word - modulo attestazione.doc')
W, H = A4; LM, RM = 62, W - 58
def cen(y, t, f='Times-Roman', s=11):
    c.setFont(f, s); c.drawCentredString(W / 2, y, t)
def line(y, t, f='Times-Roman', s=11.5, x=LM):
    c.setFont(f, s); c.drawString(x, y, t)
def fill(y, t, f='Times-Roman', s=11.5, x=LM):
    # text followed by underscores up to the right margin
    c.setFont(f, s)
    u = stringWidth('_', f, s)
    n = int((RM - x - stringWidth(t, f, s)) / u)
    c.drawString(x, y, t + '_' * max(n, 0))

# letterhead: a drawn crest and the name
c.setLineWidth(1); c.circle(W / 2, H - 70, 20); c.setFont('Times-Bold', 9); c.drawCentredString(W / 2, H - 73, 'ERC')
cen(H - 108, 'CITTÀ DI ERCOLANO', 'Times-Bold', 17)
cen(H - 124, 'Città Metropolitana di Napoli', 'Times-Italic', 11)
cen(H - 140, 'SETTORE AFFARI GENERALI – UFFICIO ALBO PRETORIO', 'Times-Roman', 9.5)
c.line(LM, H - 148, RM, H - 148)

cen(H - 185, 'ATTESTAZIONE DI PUBBLICAZIONE', 'Times-Bold', 14)
cen(H - 201, '(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)', 'Times-Italic', 9.5)

y = H - 240; dy = 22
line(y, 'Il/La sottoscritto/a ___Sig.ra Carmela Iovino___________________, Istruttore Amministrativo'); y -= dy
line(y, 'incaricato/a della tenuta dell’Albo Pretorio on line, visti gli atti d’ufficio,'); y -= dy * 1.4
cen(y, 'A T T E S T A', 'Times-Bold', 12); y -= dy * 1.3
line(y, 'che la deliberazione della ___Giunta Comunale___ n. ___52___ del ___06/03/2026___'); y -= dy
line(y, 'avente ad oggetto:'); y -= dy
fill(y, '___APPROVAZIONE DEL PROGETTO “ESTATE RAGAZZI 2026” E DEI CRITERI PER ', s=11); y -= dy
fill(y, 'LA COMPARTECIPAZIONE ALLA SPESA DA PARTE DELLE FAMIGLIE ', s=11); y -= dy
fill(y, '', s=11); y -= dy * 1.2
line(y, 'è stata pubblicata all’Albo Pretorio on line di questo Comune per quindici giorni consecutivi,'); y -= dy
line(y, 'dal ___11/03/2026___ al ___26/03/2026___ , con il n. ___1043___ del Registro delle pubblicazioni,'); y -= dy
line(y, 'e che contro di essa:'); y -= dy
line(y, '[ X ]  non sono pervenuti reclami o opposizioni;', x=LM + 25); y -= dy
line(y, '[    ]  sono pervenuti i seguenti reclami/opposizioni: ________________________________', x=LM + 25); y -= dy * 1.6
line(y, 'Ercolano, li ___27/03/2026___'); y -= dy * 2
c.setFont('Times-Roman', 11.5)
c.drawCentredString(W - 170, y, 'IL RESPONSABILE DELL’ALBO PRETORIO'); y -= dy
c.drawCentredString(W - 170, y, '___Sig.ra Carmela Iovino___'); y -= dy * 0.8
c.setFont('Times-Italic', 8.5)
c.drawCentredString(W - 170, y, '(firma autografa sostituita a mezzo stampa ai sensi dell’art. 3, c. 2, D.Lgs. 39/93)')

c.setFont('Times-Roman', 7.5)
c.drawString(LM, 40, 'Mod. AP/03 – rev. 2019')
c.drawRightString(RM, 40, 'Pag. 1 di 1')
c.showPage(); c.save()
