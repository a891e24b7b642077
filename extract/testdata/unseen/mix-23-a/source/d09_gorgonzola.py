# Comune di Gorgonzola - certificato di pubblicazione of Giunta deliberation 33/2026
# 80-column fixed-width report (Saga-like), boxes drawn with characters, dotted leaders, accents as apostrophes.
# ReportLab canvas, standard Courier (not embedded), one Tj per line.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
import textwrap
W = 80
L = []
def box(lines, ch='-'):
    L.append('+' + ch * (W - 2) + '+')
    for l in lines: L.append('| ' + l.ljust(W - 4) + ' |')
    L.append('+' + ch * (W - 2) + '+')
L.append('COMUNE DI GORGONZOLA'.ljust(56) + 'STAMPA DEL 18/03/2026')
L.append("CITTA' METROPOLITANA DI MILANO".ljust(56) + 'PAG.    1')
L.append('SERVIZIO SEGRETERIA GENERALE - ALBO PRETORIO'.ljust(56) + 'PROG. ALB0413')
L.append('')
box(['CERTIFICATO DI AVVENUTA PUBBLICAZIONE'.center(W - 4)], '=')
L.append('')
L.append('ESTREMI DELL\'ATTO PUBBLICATO')
L.append('-' * 28)
def lead(lab, val):
    L.append(('  ' + lab + ' ').ljust(38, '.') + ' : ' + val)
lead('TIPO ATTO', 'DELIBERAZIONE DI GIUNTA COMUNALE')
lead('NUMERO', '33')
lead('DATA ADOZIONE', '26/02/2026')
lead('ESECUTIVITA\'', 'IMMEDIATAMENTE ESEGUIBILE')
L.append('')
subj = ("APPROVAZIONE DELLE TARIFFE DEI SERVIZI CIMITERIALI E DELLE CONCESSIONI DI LOCULI E CELLETTE OSSARIO "
        "PER L'ANNO 2026.")
sl = textwrap.wrap(subj, W - 14)
L.append('  OGGETTO : ' + sl[0])
for s in sl[1:]: L.append('            ' + s)
L.append('')
L.append('DATI DI PUBBLICAZIONE')
L.append('-' * 21)
lead('N. REGISTRO ALBO', '318/2026')
lead('PUBBLICATO DAL', '02/03/2026')
lead('PUBBLICATO FINO AL', '17/03/2026')
lead('GIORNI DI PUBBLICAZIONE', '15 CONSECUTIVI')
lead('RICHIEDENTE', 'UFFICIO SEGRETERIA')
L.append('')
box(['IL SOTTOSCRITTO SEGRETARIO GENERALE, VISTA LA RELATA DEL MESSO COMUNALE,',
     '',
     'C E R T I F I C A'.center(W - 4),
     '',
     'CHE LA DELIBERAZIONE SOPRA INDICATA E\' STATA PUBBLICATA ALL\'ALBO PRETORIO',
     'ON LINE DI QUESTO COMUNE PER QUINDICI GIORNI CONSECUTIVI, DAL 02/03/2026',
     'AL 17/03/2026, AI SENSI DELL\'ART. 124, COMMA 1, DEL D.LGS. 18/08/2000',
     'N. 267 E DELL\'ART. 32 DELLA LEGGE 18/06/2009 N. 69, SENZA RIPORTARE',
     'OPPOSIZIONI O RECLAMI.'])
L.append('')
L.append('GORGONZOLA, LI 18/03/2026')
L.append('')
L.append('      IL MESSO COMUNALE                         IL SEGRETARIO GENERALE')
L.append('     (SIG. DAVIDE COLOMBO)                (DOTT.SSA ELENA BRAMBILLA)')
L.append('')
L.append('')
L.append('.' * W)
L.append('DOCUMENTO INFORMATICO FIRMATO DIGITALMENTE AI SENSI DEL D.LGS. 82/2005')
L.append('E NORME COLLEGATE. SOSTITUISCE IL DOCUMENTO CARTACEO E LA FIRMA AUTOGRAFA.')
for l in L: assert len(l) <= W, l
c = canvas.Canvas('../attestazione-gorgonzola-saga.pdf', pagesize=A4)
c.setCreator('SAGA - Albo Pretorio'); c.setTitle('ALB0413')
t = c.beginText(52, 800); t.setFont('Courier', 10.2); t.setLeading(12.6)
for l in L: t.textLine(l)
c.drawText(t); c.showPage(); c.save()
open('d09_gorgonzola.txt', 'w').write('\n'.join(L) + '\n')
