# Comune di Castropignano - certificate of publication: a printed form whose blanks (underscores)
# were filled in afterwards (values overprinted on the blanks, typewriter-like Courier)
from common import *
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
PW, PH = A4
c = canvas.Canvas(out('attestazione-castropignano-modulo.pdf'), pagesize=A4)
c.setTitle('Attestazione di pubblicazione'); c.setCreator('Modulistica - compilazione PDF'); c.setAuthor('Ufficio Segreteria')
LM = 64; fs = 10.5; cw = stringWidth('M', 'Courier', fs)
y = PH - 70
c.setFont('Times-Bold', 16); c.drawCentredString(PW/2, y, 'COMUNE DI CASTROPIGNANO')
c.setFont('Times-Roman', 10.5); c.drawCentredString(PW/2, y - 15, 'Provincia di Campobasso')
c.drawCentredString(PW/2, y - 28, 'Ufficio Segreteria – Albo Pretorio')
c.line(LM, y - 38, PW - LM, y - 38)
y -= 80
c.setFont('Times-Bold', 13); c.drawCentredString(PW/2, y, 'ATTESTAZIONE DI PUBBLICAZIONE')
c.setFont('Times-Italic', 10); c.drawCentredString(PW/2, y - 14, '(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della L. 18 giugno 2009, n. 69)')
y -= 50
# form: lines of static text with {field} blanks of underscores; fills overprinted
form = [
 ('Il sottoscritto {a} , Responsabile della pubblicazione,', {'a': ('_' * 30, 'Antonio Di Iorio')}),
 ('', {}),
 ('A T T E S T A', {}),
 ('', {}),
 ('che copia della deliberazione della {o}', {'o': ('_' * 30, 'Giunta Comunale')}),
 ('n. {n} del {d} , avente ad oggetto:', {'n': ('_' * 8, '21'), 'd': ('_' * 14, '05/03/2026')}),
 ('{s1}', {'s1': ('_' * 64, 'Approvazione schema di convenzione per la gestione')}),
 ('{s2}', {'s2': ('_' * 64, 'associata del servizio di segreteria comunale.')}),
 ('{s3}', {'s3': ('_' * 64, '')}),
 ('e\' stata pubblicata all\'Albo Pretorio on line del Comune', {}),
 ('dal {f} al {t} per quindici giorni consecutivi,', {'f': ('_' * 14, '09/03/2026'), 't': ('_' * 14, '24/03/2026')}),
 ('con il n. {r} del Registro delle pubblicazioni.', {'r': ('_' * 10, '118')}),
 ('', {}),
 ('Durante il periodo di pubblicazione [ {x} ] non sono pervenuti reclami', {'x': ('_', 'X')}),
 ('                                    [ {y} ] sono pervenuti reclami', {'y': ('_', ' ')}),
 ('', {}),
 ('Castropignano, li {g}', {'g': ('_' * 14, '25/03/2026')}),
]
import re
for line, fields in form:
    if line == 'A T T E S T A':
        c.setFont('Courier-Bold', fs + 1); c.drawCentredString(PW/2, y, line); y -= 2 * 14; continue
    # build static text and remember blank positions
    static = ''; fills = []
    for part in re.split(r'(\{\w+\})', line):
        m = re.fullmatch(r'\{(\w+)\}', part)
        if m:
            blank, val = fields[m.group(1)]
            fills.append((len(static), val)); static += blank
        else:
            static += part
    c.setFont('Courier', fs); c.setFillGray(0.35); c.drawString(LM, y, static); c.setFillGray(0)
    for col, val in fills:
        if val.strip():
            c.setFont('Courier-Bold', fs); c.drawString(LM + col * cw + cw, y + 1.5, val)
    y -= 18
y -= 20
c.setFont('Courier', fs)
c.drawString(PW - 300, y, 'IL RESPONSABILE DELLA PUBBLICAZIONE')
c.drawString(PW - 300, y - 30, '_' * 34)
c.setFont('Courier-Bold', fs); c.drawString(PW - 290, y - 28, 'Antonio Di Iorio')
c.setFont('Times-Italic', 8); c.drawString(PW - 300, y - 44, 'Firma autografa sostituita a mezzo stampa ai sensi dell\'art. 3, c. 2, D.Lgs. 39/1993')
c.setFont('Times-Roman', 7.5); c.drawString(LM, 40, 'Mod. SEGR-07 rev. 2019 – stampato a cura dell\'Ufficio Segreteria')
c.showPage(); c.save()
