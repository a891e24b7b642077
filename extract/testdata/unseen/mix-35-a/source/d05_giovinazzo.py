# Determinazione dirigenziale - Comune di Giovinazzo
# Fixed-width 132-column report (Datagraph-like legacy print): writes a plain
# text file with form feeds; build.sh prints it with enscript (Courier 7) and ps2pdf.
import sys, textwrap

out = sys.argv[1]
W = 132
lines = []


def add(s=''):
    assert len(s) <= W, (len(s), s)
    lines.append(s)


def box_top():
    add('+' + '-' * (W - 2) + '+')


def box_line(s='', center=False):
    inner = W - 4
    s = s.center(inner) if center else s.ljust(inner)
    add('| ' + s + ' |')


def leader(label, value, width=90):
    dots = width - len(label) - len(value) - 2
    return label + ' ' + '.' * dots + ' ' + value


def wrapped(text, indent=1, width=W - 2, first=None):
    pre = ' ' * indent
    for i, l in enumerate(textwrap.wrap(text, width - indent)):
        add((first if (i == 0 and first) else pre) + l if not (i == 0 and first) else first + l)


def body(text, indent=1, hang=None):
    w = W - 2 - indent
    if hang:
        ls = textwrap.wrap(text, w - len(hang))
        add(' ' * indent + hang + ls[0])
        for l in ls[1:]:
            add(' ' * (indent + len(hang)) + l)
    else:
        for l in textwrap.wrap(text, w):
            add(' ' * indent + l)


def page_head(n):
    add('COMUNE DI GIOVINAZZO'.ljust(W - 12) + ('PAG. %3d' % n).rjust(12))
    add('DETERMINAZIONI DIRIGENZIALI - STAMPA ATTO'.ljust(W - 20) + 'DATA STAMPA 15/04/26'.rjust(20))
    add('=' * W)

page_head(1)
add()
box_top()
box_line('C O M U N E   D I   G I O V I N A Z Z O', center=True)
box_line("CITTA' METROPOLITANA DI BARI", center=True)
box_line('P.ZZA VITTORIO EMANUELE II, 64 - 70054 GIOVINAZZO (BA) - C.F. 00800270720', center=True)
box_top()
add()
add(' SETTORE 3 - GESTIONE DEL TERRITORIO')
add(' SERVIZIO LAVORI PUBBLICI E MANUTENZIONI')
add()
add('DETERMINAZIONE DIRIGENZIALE'.center(W))
add()
add(' ' + leader('REGISTRO GENERALE N.', '487', 40) + '   DEL 15/04/2026' + ' ' * 12 +
    leader('REGISTRO DI SETTORE N.', '96', 38) + '   DEL 13/04/2026')
add(' ' + leader('PROPOSTA N.', '112', 40) + '   DEL 10/04/2026')
add()
box_top()
subj = ("LAVORI DI MANUTENZIONE STRAORDINARIA DEL MANTO STRADALE DI VIA MARCONI E VIA CROCIFISSO. APPROVAZIONE "
        "STATO FINALE E CERTIFICATO DI REGOLARE ESECUZIONE. LIQUIDAZIONE SALDO ALL'IMPRESA EDIL SUD COSTRUZIONI "
        "S.R.L. - CUP J57H25000410004 - CIG B5C2E81A77")
sl = textwrap.wrap(subj, W - 4 - 10)
box_line('OGGETTO : ' + sl[0])
for l in sl[1:]:
    box_line(' ' * 10 + l)
box_top()
add()
add('IL DIRIGENTE DEL SETTORE'.center(W))
add()
for t in [
    "PREMESSO CHE CON DETERMINAZIONE DIRIGENZIALE R.G. N. 1021 DEL 18/09/2025 E' STATO AGGIUDICATO ALL'IMPRESA "
    "EDIL SUD COSTRUZIONI S.R.L., CON SEDE IN MOLFETTA (BA), L'APPALTO DEI LAVORI IN OGGETTO, PER L'IMPORTO "
    "CONTRATTUALE DI EURO 184.250,00 OLTRE IVA, AL NETTO DEL RIBASSO DEL 12,315%;",
    "CHE I LAVORI SONO STATI CONSEGNATI IN DATA 06/10/2025 E ULTIMATI IN DATA 27/02/2026, COME DA CERTIFICATO "
    "DI ULTIMAZIONE REDATTO DAL DIRETTORE DEI LAVORI, ING. NICOLA DEPALMA, ENTRO IL TEMPO UTILE CONTRATTUALE;",
    "VISTI LO STATO FINALE DEI LAVORI E IL CERTIFICATO DI REGOLARE ESECUZIONE EMESSO IN DATA 02/04/2026, DAI "
    "QUALI RISULTANO I SEGUENTI IMPORTI:",
]:
    body(t)
    add()
for lab, val in [('IMPORTO CONTRATTUALE', 'EURO  184.250,00'), ('IMPORTO LAVORI ESEGUITI (STATO FINALE)', 'EURO  183.964,12'),
                 ('A DEDURRE ACCONTI CORRISPOSTI (S.A.L. N. 1 E N. 2)', 'EURO  183.044,30'),
                 ('CREDITO RESIDUO DELL\'IMPRESA (NETTO)', 'EURO      919,82'),
                 ('IVA 10%', 'EURO       91,98'), ('TOTALE DA LIQUIDARE', 'EURO    1.011,80')]:
    add('     ' + leader(lab, val, 96))
add()
for t in [
    "ACCERTATA LA REGOLARITA' CONTRIBUTIVA DELL'IMPRESA (DURC PROT. INPS_49217763 CON SCADENZA 21/07/2026);",
    "VISTI IL D.LGS. 18/08/2000 N. 267, IL D.LGS. 31/03/2023 N. 36 E IL VIGENTE REGOLAMENTO DI CONTABILITA';",
    "ATTESTATA LA REGOLARITA' E LA CORRETTEZZA DELL'AZIONE AMMINISTRATIVA AI SENSI DELL'ART. 147-BIS DEL "
    "D.LGS. N. 267/2000;",
]:
    body(t)
add()
add('D E T E R M I N A'.center(W))
add()
pts = [
    "DI APPROVARE LO STATO FINALE DEI LAVORI E IL CERTIFICATO DI REGOLARE ESECUZIONE DEL 02/04/2026 RELATIVI "
    "AI LAVORI IN OGGETTO, DAI QUALI RISULTA UN CREDITO NETTO DELL'IMPRESA DI EURO 919,82 OLTRE IVA;",
    "DI LIQUIDARE ALL'IMPRESA EDIL SUD COSTRUZIONI S.R.L. (P.IVA 06912840727) LA SOMMA COMPLESSIVA DI EURO "
    "1.011,80, IVA COMPRESA, A SALDO DI OGNI SUO AVERE;",
    "DI IMPUTARE LA SPESA AL CAP. 28140/3 \"MANUTENZIONE STRAORDINARIA STRADE\" - MISS. 10 PROGR. 05 TIT. 2 - "
    "IMPEGNO N. 1877/2025 DEL BILANCIO 2026/2028, GESTIONE RESIDUI;",
    "DI SVINCOLARE LA CAUZIONE DEFINITIVA PRESTATA DALL'IMPRESA MEDIANTE POLIZZA FIDEIUSSORIA N. 2025/50/1187342;",
    "DI TRASMETTERE IL PRESENTE ATTO AL SETTORE 2 - SERVIZI FINANZIARI PER GLI ADEMPIMENTI DI COMPETENZA.",
]
for i, t in enumerate(pts, 1):
    body(t, indent=3, hang='%d) ' % i)
add()
add(' GIOVINAZZO, 15/04/2026'.ljust(80) + 'IL DIRIGENTE DEL SETTORE 3')
add(' ' * 80 + 'ING. MICHELE SANTORO')
add(' ' * 80 + '(FIRMATO DIGITALMENTE)')
lines.append('\f')
page_head(2)
add()
box_top()
box_line("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 183, COMMA 7, D.LGS. 267/2000)", center=True)
box_top()
add()
add(' ' + 'CAPITOLO'.ljust(12) + 'MISS/PROG/TIT'.ljust(16) + 'IMPEGNO'.ljust(14) + 'LIQUIDAZIONE'.ljust(16) +
    'ESERCIZIO'.ljust(12) + 'IMPORTO'.rjust(16))
add(' ' + '-' * 86)
add(' ' + '28140/3'.ljust(12) + '10.05.2'.ljust(16) + '1877/2025'.ljust(14) + '642/2026'.ljust(16) +
    '2026'.ljust(12) + '1.011,80'.rjust(16))
add(' ' + '-' * 86)
add()
add(' SI ESPRIME PARERE FAVOREVOLE.')
add(' GIOVINAZZO, 15/04/2026'.ljust(80) + 'IL DIRIGENTE DEL SETTORE 2')
add(' ' * 80 + 'DOTT.SSA ROSANNA SPADAVECCHIA')
add()
box_top()
box_line('PUBBLICAZIONE', center=True)
box_top()
body("LA PRESENTE DETERMINAZIONE E' PUBBLICATA ALL'ALBO PRETORIO ON LINE DEL COMUNE PER 15 GIORNI CONSECUTIVI "
     "DAL 16/04/2026 AL 01/05/2026 - N. REG. PUBBL. 1142.")
add()
add(' ' + leader("L'ADDETTO ALLA PUBBLICAZIONE", 'SIG. FRANCESCO DEPERGOLA', 70))
open(out, 'w', encoding='latin-1').write('\n'.join(lines) + '\n')
