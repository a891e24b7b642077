# Comune di Brienza (PZ) - determinazione printed as a 132-column fixed-width report (legacy, Datagraph-like)
# Text built here, printed with GNU enscript (Courier, landscape) and converted with ps2pdf.
import os, subprocess, tempfile, textwrap
from common import save_key, out

FN = 'determinazione-brienza-datagraph.pdf'
W = 132
SUBJ = ("LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE 'SERRA DI SAN GIACOMO' - APPROVAZIONE DELLO STATO FINALE E DEL "
        "CERTIFICATO DI REGOLARE ESECUZIONE - LIQUIDAZIONE DEL SALDO ALL'IMPRESA. CUP F17H24000330004 - CIG B2C4A1F0E7")
def box(lines, w=W):
    r = ['+' + '-' * (w - 2) + '+']
    for l in lines: r.append('| ' + l.ljust(w - 4) + ' |')
    r.append('+' + '-' * (w - 2) + '+')
    return r
def centre(s): return s.center(W).rstrip()
def wrap(s, ind=0, w=W - 4):
    return textwrap.wrap(s, w, initial_indent=' ' * ind, subsequent_indent=' ' * ind, break_on_hyphens=False)
def lead(label, val, w=100):
    return '     ' + label + ' ' + '.' * (w - len(label) - len(val) - 7) + ' ' + val

pages = []
p = []
p += box([centre('C O M U N E   D I   B R I E N Z A')[2:].ljust(W - 4),
          'PROVINCIA DI POTENZA'.center(W - 4),
          'VIA MARIO PAGANO, 2 - 85050 BRIENZA (PZ) - TEL. 0975 381003 - C.F. 80002610765'.center(W - 4)])
p.append('')
p += box(['AREA TECNICA'.ljust(60) + 'DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO'.rjust(W - 64),
          'SERVIZIO LAVORI PUBBLICI'.ljust(60) + ''.rjust(W - 64),
          '-' * (W - 4),
          'N. REG. GEN. 112   DEL 11/03/2026'.ljust(60) + 'N. REG. SETTORE 38   DEL 10/03/2026'.rjust(W - 64),
          'PROPOSTA N. 45   DEL 09/03/2026'.ljust(60) + 'UFFICIO PROPONENTE: LAVORI PUBBLICI'.rjust(W - 64)])
p.append('')
subj_lines = textwrap.wrap(SUBJ, W - 14, break_on_hyphens=False)
p.append('OGGETTO:  ' + subj_lines[0])
for l in subj_lines[1:]: p.append('          ' + l)
p.append('=' * W)
p.append('')
p.append(centre('IL RESPONSABILE DEL SERVIZIO'))
p.append('')
txt = [
 "PREMESSO CHE CON DELIBERAZIONE DELLA GIUNTA COMUNALE N. 74 DEL 18/06/2025 E' STATO APPROVATO IL PROGETTO ESECUTIVO DEI LAVORI IN OGGETTO DELL'IMPORTO COMPLESSIVO DI EURO 120.000,00, FINANZIATO CON CONTRIBUTO DELLA REGIONE BASILICATA PER LA MITIGAZIONE DEL RISCHIO IDROGEOLOGICO;",
 "CHE CON PROPRIA DETERMINAZIONE N. 291 DEL 28/07/2025 (REG. GEN.) I LAVORI SONO STATI AFFIDATI ALL'IMPRESA EDIL MELANDRO S.R.L. CON SEDE IN SATRIANO DI LUCANIA, P.IVA 01987650761, PER L'IMPORTO DI EURO 84.250,00 OLTRE IVA, COMPRESI GLI ONERI PER LA SICUREZZA;",
 "CHE I LAVORI SONO STATI CONSEGNATI IN DATA 08/09/2025 E ULTIMATI IN DATA 30/01/2026, COME DA CERTIFICATO DI ULTIMAZIONE REDATTO DAL DIRETTORE DEI LAVORI, NEL TEMPO UTILE CONTRATTUALE;",
 "VISTI LO STATO FINALE DEI LAVORI E IL CERTIFICATO DI REGOLARE ESECUZIONE EMESSO IN DATA 24/02/2026 DAL DIRETTORE DEI LAVORI, GEOM. ANTONIO CAPUTO, DAI QUALI RISULTA IL SEGUENTE QUADRO:",
]
for t in txt:
    p += wrap(t, 2); p.append('')
p.append(lead('IMPORTO DEL CONTRATTO', 'EURO      84.250,00'))
p.append(lead('IMPORTO DEI LAVORI ESEGUITI (STATO FINALE)', 'EURO      84.112,37'))
p.append(lead('A DEDURRE: CERTIFICATI DI PAGAMENTO EMESSI (N. 2)', 'EURO      83.691,81'))
p.append(lead('CREDITO RESIDUO DELL\'IMPRESA', 'EURO         420,56'))
p.append(lead('I.V.A. 10%', 'EURO          42,06'))
p.append(lead('TOTALE DA LIQUIDARE', 'EURO         462,62'))
pages.append(p)
p = []
txt2 = [
 "ACCERTATA LA REGOLARITA' CONTRIBUTIVA DELL'IMPRESA MEDIANTE DURC ON LINE PROT. INPS_49817723 CON SCADENZA 14/06/2026;",
 "VISTI IL D.LGS. 18 AGOSTO 2000, N. 267 E IN PARTICOLARE GLI ARTT. 107, 183 E 184; IL D.LGS. 31 MARZO 2023, N. 36; IL DECRETO SINDACALE N. 3 DEL 02/01/2026 DI NOMINA DEL RESPONSABILE DELL'AREA TECNICA;",
 "ATTESTATA LA REGOLARITA' E LA CORRETTEZZA DELL'AZIONE AMMINISTRATIVA AI SENSI DELL'ART. 147-BIS DEL D.LGS. 267/2000;",
]
for t in txt2:
    p += wrap(t, 2); p.append('')
p.append(centre('D E T E R M I N A'))
p.append('')
pts = [
 "DI APPROVARE LO STATO FINALE DEI LAVORI E IL CERTIFICATO DI REGOLARE ESECUZIONE DEL 24/02/2026 RELATIVI AI LAVORI IN OGGETTO, DAI QUALI RISULTA UN CREDITO RESIDUO DELL'IMPRESA DI EURO 420,56 OLTRE IVA;",
 "DI LIQUIDARE ALL'IMPRESA EDIL MELANDRO S.R.L. LA SOMMA COMPLESSIVA DI EURO 462,62 (IVA COMPRESA) A SALDO DI OGNI AVERE, DIETRO PRESENTAZIONE DI REGOLARE FATTURA ELETTRONICA;",
 "DI IMPUTARE LA SPESA AL CAPITOLO 3412/5 - MISSIONE 10 PROGRAMMA 05 - IMPEGNO N. 611/2025 DEL BILANCIO 2026/2028, GESTIONE RESIDUI;",
 "DI SVINCOLARE LA CAUZIONE DEFINITIVA PRESTATA DALL'IMPRESA MEDIANTE POLIZZA FIDEIUSSORIA N. 2025/13/6631;",
 "DI TRASMETTERE IL PRESENTE ATTO AL SERVIZIO FINANZIARIO PER GLI ADEMPIMENTI DI COMPETENZA E DI DISPORNE LA PUBBLICAZIONE ALL'ALBO PRETORIO ON LINE.",
]
for i, t in enumerate(pts, 1):
    ls = textwrap.wrap(t, W - 10, break_on_hyphens=False)
    p.append('  %d) ' % i + ls[0])
    for l in ls[1:]: p.append('     ' + l)
    p.append('')
p.append('')
p.append('BRIENZA, LI\' 11/03/2026'.ljust(70) + 'IL RESPONSABILE DEL SERVIZIO')
p.append(''.ljust(70) + '   (ING. DOMENICO LAURINO)')
p.append(''.ljust(70) + 'FIRMATO DIGITALMENTE AI SENSI DEL D.LGS. 82/2005')
p.append('')
p += box(['VISTO DI REGOLARITA\' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 183, C. 7, D.LGS. 267/2000)',
          'CAP. 3412/5  IMP. 611/2025  LIQ. 204/2026  EURO 462,62 ........................... FAVOREVOLE',
          'BRIENZA, 11/03/2026' + 'IL RESPONSABILE DEL SERVIZIO FINANZIARIO - RAG. TERESA DI LASCIO'.rjust(W - 4 - 19)])
p.append('')
p += box(['CERTIFICATO DI PUBBLICAZIONE',
          'COPIA DELLA PRESENTE DETERMINAZIONE VIENE PUBBLICATA ALL\'ALBO PRETORIO ON LINE DAL 13/03/2026 AL 28/03/2026 - REG. PUBBL. N. 245'])
pages.append(p)

text = ''
for i, pg in enumerate(pages, 1):
    head = ('COMUNE DI BRIENZA - DETERMINAZIONE REG. GEN. N. 112/2026').ljust(W - 12) + ('PAG. %d DI %d' % (i, len(pages))).rjust(12)
    text += head + '\n' + '-' * W + '\n' + '\n'.join(pg) + '\n'
    if i < len(pages): text += '\f'
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, 'DT112.TXT'); open(src, 'w', encoding='latin-1').write(text)
ps = os.path.join(tmp, 'DT112.PS')
subprocess.run(['enscript', '-q', '-B', '-r', '-f', 'Courier8.2', '--margins=36:36:30:30', '-M', 'A4', '-X', 'latin1', '-o', ps, src], check=True)
subprocess.run(['ps2pdf', '-sPAPERSIZE=a4', ps, out(FN)], check=True)
save_key({"file": FN, "role": "act",
 "what": "determinazione of Brienza, general register 112 and sector register 38, printed as a 132-column Courier report in capitals (enscript + ps2pdf, landscape) with character-drawn boxes, dotted leaders and running head",
 "operative_points": 5,
 "act": {"municipality": "Comune di Brienza", "organ": "AREA TECNICA", "office": "SERVIZIO LAVORI PUBBLICI", "kind": "determinazione",
         "number": 112, "sector_number": 38, "date": "2026-03-11", "subject": SUBJ.replace("'", "\u2019"),
         "proposing_office": "LAVORI PUBBLICI", "proposal_number": 45, "proposal_date": "2026-03-09"}})
