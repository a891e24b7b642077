# D06 Comune (Sardinia), certificate of publication as an 80-column fixed-width report in capitals:
# text laid out here, then GNU a2ps (Courier 11 pt, one page per sheet, no header/borders) -> PostScript -> ps2pdf
import os, subprocess, textwrap
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(HERE, '..')
W = 80
def lab(l, v): return (l + ' ').ljust(24, '.') + ': ' + v
SUBJ = ("APPROVAZIONE DEL PROGETTO \"CANTIERI DI NUOVA ATTIVAZIONE\" ANNUALITA' 2026 PER I LAVORI DI MANUTENZIONE "
        "DEL VERDE PUBBLICO E DELLE AREE CIMITERIALI. INDIRIZZI AL RESPONSABILE DEL SERVIZIO TECNICO.")
L = ['COMUNE DI OSILO'.ljust(50) + 'PROVINCIA DI SASSARI'.rjust(30),
     'UFFICIO SEGRETERIA - ALBO PRETORIO ON LINE'.ljust(50) + 'PROG. ALB020'.rjust(30), '=' * W, '',
     'ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE'.center(W), '(ART. 124 D.LGS. 267/2000 - ART. 32 L. 69/2009)'.center(W), '', '=' * W, '',
     lab('TIPO ATTO', 'DELIBERAZIONE DELLA GIUNTA COMUNALE'), lab('NUMERO ATTO', '52'), lab('DATA ATTO', '30/04/2026'),
     lab('N. REGISTRO ALBO', '311/2026'), lab('PERIODO PUBBLICAZIONE', 'DAL 05/05/2026 AL 20/05/2026'), lab('RICHIEDENTE', 'UFFICIO SEGRETERIA'), '',
     'OGGETTO:']
L += ['+' + '-' * (W - 2) + '+']
for s in textwrap.wrap(SUBJ, W - 4, break_on_hyphens=False): L.append('| ' + s.ljust(W - 4) + ' |')
L += ['+' + '-' * (W - 2) + '+', '', '-' * W, '',
      'IL SOTTOSCRITTO RESPONSABILE DELLA PUBBLICAZIONE, VISTI GLI ATTI D\'UFFICIO,'.center(W), '', 'A T T E S T A'.center(W), '']
body = ("CHE LA DELIBERAZIONE SOPRA INDICATA E' STATA PUBBLICATA ALL'ALBO PRETORIO ON LINE DEL COMUNE, ACCESSIBILE DAL SITO "
        "ISTITUZIONALE WWW.COMUNE.OSILO.SS.IT, PER QUINDICI GIORNI CONSECUTIVI DAL 05/05/2026 AL 20/05/2026 E CHE CONTRO DI ESSA "
        "NON SONO PERVENUTI RECLAMI O OPPOSIZIONI.")
L += textwrap.wrap(body, W) + ['', 'ATTESTA ALTRESI\' CHE LA STESSA:', '',
      "[X] E' DIVENUTA ESECUTIVA IL 30/04/2026 PERCHE' DICHIARATA IMMEDIATAMENTE", "    ESEGUIBILE (ART. 134, COMMA 4, D.LGS. 267/2000);",
      "[ ] E' DIVENUTA ESECUTIVA DECORSI 10 GIORNI DALLA PUBBLICAZIONE", "    (ART. 134, COMMA 3, D.LGS. 267/2000).", '', '',
      "OSILO, LI' 21/05/2026", '', 'IL MESSO COMUNALE'.center(40) + 'IL SEGRETARIO COMUNALE'.center(40),
      'F.TO SIG. GIOVANNI ANTONIO PINNA'.center(40) + 'F.TO DOTT.SSA MARIA BONARIA SATTA'.center(40), '', '', '-' * W,
      'COPIA CONFORME ALL\'ORIGINALE PER USO AMMINISTRATIVO.', '', 'UTENTE: SEGR01'.ljust(40) + 'STAMPATO IL 21/05/2026 ORE 09:14'.rjust(40),
      '*** FINE STAMPA ***'.center(W)]
for l in L: assert len(l) <= W, l
txt = os.path.join(HERE, 'd06_osilo.txt'); open(txt, 'w', encoding='latin-1').write('\n'.join(L) + '\n')
ps = os.path.join(HERE, 'd06_osilo.ps')
subprocess.run(['a2ps', '-q', '-1', '-R', '--borders=no', '-B', '--medium=A4', '--chars-per-line=82', '--encoding=latin1',
                '--left-footer=', '--right-footer=', '--footer=', '--center-title=', '-o', ps, txt], check=True)
subprocess.run(['ps2pdf', '-sPAPERSIZE=a4', ps, os.path.join(OUT, 'attestazione-osilo-zuddas.pdf')], check=True)
