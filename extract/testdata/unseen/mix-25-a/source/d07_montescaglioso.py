# D07 Comune (Basilicata), certificate of publication as an 80-column fixed-width report (Datagraph-like legacy print):
# ASCII text in no-fill mode, Courier 10 -> groff -Tpdf (gropdf)
import os, subprocess, textwrap
H = os.path.dirname(os.path.abspath(__file__)); W = 80
def c(s): return s.center(W).rstrip()
def lead(a, b, n=38): return (' ' + a + ' ').ljust(n, '.') + ' ' + b
subj = "APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2025 AI SENSI DELL'ART. 227 DEL D.LGS. 267/2000."
L = ['COMUNE DI MONTESCAGLIOSO' + 'PROVINCIA DI MATERA'.rjust(W - 24),
     'UFFICIO SEGRETERIA - ALBO PRETORIO' + 'STAMPA DEL 11/05/2026'.rjust(W - 34), '=' * W, '',
     c('C E R T I F I C A T O   D I   P U B B L I C A Z I O N E'), c('(ART. 124 D.LGS. 18 AGOSTO 2000, N. 267)'), '',
     '+' + '-' * (W - 2) + '+',
     '|' + ' ESTREMI DELL\'ATTO'.ljust(W - 2) + '|',
     '+' + '-' * (W - 2) + '+']
for a, b in [('TIPO ATTO', 'DELIBERAZIONE DEL CONSIGLIO COMUNALE'), ('NUMERO', '16'), ('DATA', '22/04/2026')]:
    L.append('|' + lead(a, b).ljust(W - 2) + '|')
w = textwrap.wrap(subj, W - 14)
L.append('|' + (' OGGETTO ... ' + w[0]).ljust(W - 2) + '|')
for x in w[1:]: L.append('|' + ('             ' + x).ljust(W - 2) + '|')
L += ['+' + '-' * (W - 2) + '+', '|' + ' DATI DI PUBBLICAZIONE'.ljust(W - 2) + '|', '+' + '-' * (W - 2) + '+']
for a, b in [('N. REGISTRO PUBBLICAZIONI', '498/2026'), ('DATA INIZIO PUBBLICAZIONE', '24/04/2026'),
             ('DATA FINE PUBBLICAZIONE', '09/05/2026'), ('GIORNI DI PUBBLICAZIONE', '15 (QUINDICI)'), ('OPPOSIZIONI/RECLAMI', 'NESSUNO')]:
    L.append('|' + lead(a, b).ljust(W - 2) + '|')
L += ['+' + '-' * (W - 2) + '+', '']
L += textwrap.wrap("IL SOTTOSCRITTO SEGRETARIO COMUNALE, VISTI GLI ATTI D'UFFICIO E SU CONFORME ATTESTAZIONE DEL MESSO COMUNALE,", W)
L += ['', c('C E R T I F I C A'), '']
L += textwrap.wrap("CHE COPIA DELLA DELIBERAZIONE SOPRA INDICATA E' STATA PUBBLICATA ALL'ALBO PRETORIO ON LINE DI QUESTO COMUNE PER QUINDICI GIORNI CONSECUTIVI, DAL 24/04/2026 AL 09/05/2026, SENZA OPPOSIZIONI NE' RECLAMI, AI SENSI DELL'ART. 124, COMMA 1, DEL D.LGS. 267/2000 E DELL'ART. 32 DELLA LEGGE 18 GIUGNO 2009, N. 69.", W)
L += ['', "[X] LA DELIBERAZIONE E' STATA DICHIARATA IMMEDIATAMENTE ESEGUIBILE", '    (ART. 134, COMMA 4, D.LGS. 267/2000)',
      "[ ] LA DELIBERAZIONE E' DIVENUTA ESECUTIVA DECORSI 10 GIORNI DALLA", '    PUBBLICAZIONE (ART. 134, COMMA 3, D.LGS. 267/2000)', '',
      "MONTESCAGLIOSO, LI' 11/05/2026", '',
      ' IL MESSO COMUNALE'.ljust(44) + 'IL SEGRETARIO COMUNALE',
      ' F.TO ROCCO LAMACCHIA'.ljust(44) + "F.TO DOTT. VITO D'AMBROSIO", '', '-' * W,
      'PGM: ALB0410  UTENTE: SEGR02' + '*** FINE STAMPA ***'.rjust(W - 28)]
body = '\n'.join(L).replace('\\', '\\e')
tr = '.pl 29.7c\n.po 2.2c\n.ll 17c\n.nh\n.ad l\n.fam C\n.ft CR\n.ps 10\n.vs 13.2\n.sp 1.5c\n.nf\n' + \
     '\n'.join(('\\&' + l if l.startswith(('.', "'")) else l) for l in body.split('\n')) + '\n'
open(os.path.join(H, 'd07_montescaglioso.tr'), 'w').write(tr)
pdf = subprocess.run(['groff', '-Tpdf', '-P-pa4', os.path.join(H, 'd07_montescaglioso.tr')], check=True, capture_output=True).stdout
open(os.path.join(H, '..', 'attestazione-montescaglioso-datagraph.pdf'), 'wb').write(pdf)
