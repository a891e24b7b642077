# F. Comune di Scalea - determinazione printed as a 132-column landscape report
# (Courier), as an old Kibernetes-style module spools it. build.sh runs a2ps + ps2pdf.
import sys, textwrap

W = 132
out = sys.argv[1]
pages, cur = [], []


def L(s=''):
    assert len(s) <= W, (len(s), s)
    cur.append(s)


def wrap(s, indent='', first=None):
    first = indent if first is None else first
    for ln in textwrap.wrap(s, width=W, initial_indent=first, subsequent_indent=indent):
        L(ln)


def head(pg, tot):
    L('COMUNE DI SCALEA - (CS)'.ljust(44) + 'REGISTRO DELLE DETERMINAZIONI'.center(44) + ('STAMPA DEL 12/03/2026  PAG. %d/%d' % (pg, tot)).rjust(44))
    L('*' * W)


def newpage():
    global cur
    pages.append(cur); cur = []

TOT = 2
head(1, TOT)
L()
L(' ' * 40 + '+' + '=' * 50 + '+')
L(' ' * 40 + '|' + 'C O M U N E   D I   S C A L E A'.center(50) + '|')
L(' ' * 40 + '|' + 'PROVINCIA DI COSENZA'.center(50) + '|')
L(' ' * 40 + '+' + '=' * 50 + '+')
L()
L('AREA ECONOMICO-FINANZIARIA'.ljust(66) + 'REGISTRO GENERALE N. 212 DEL 12/03/2026'.rjust(66))
L('SERVIZIO TRIBUTI'.ljust(66) + 'DETERMINAZIONE DI SETTORE N. 27 DEL 10/03/2026'.rjust(66))
L()
L('-' * W)
L('OGGETTO: RIMBORSO SOMME NON DOVUTE A TITOLO DI IMU ANNUALITA\' 2023 E 2024 - CONTRIBUENTI DIVERSI - IMPEGNO E LIQUIDAZIONE DI SPESA.')
L('-' * W)
L()
L(' ' * 50 + 'IL RESPONSABILE DELL\'AREA ECONOMICO-FINANZIARIA')
L()
paras = [
    'VISTO IL DECRETO SINDACALE N. 4 DEL 08/01/2026 DI NOMINA DEL RESPONSABILE DELL\'AREA ECONOMICO-FINANZIARIA CON ATTRIBUZIONE DELLE FUNZIONI DI CUI '
    'ALL\'ART. 107 DEL D.LGS. 267/2000;',
    'VISTO L\'ART. 1, COMMA 164, DELLA LEGGE 27/12/2006 N. 296, IN BASE AL QUALE IL RIMBORSO DELLE SOMME VERSATE E NON DOVUTE DEVE ESSERE RICHIESTO DAL '
    'CONTRIBUENTE ENTRO IL TERMINE DI CINQUE ANNI DAL GIORNO DEL VERSAMENTO E L\'ENTE PROVVEDE AL RIMBORSO ENTRO CENTOTTANTA GIORNI DALLA DATA DI PRESENTAZIONE '
    'DELL\'ISTANZA;',
    'VISTE LE ISTANZE DI RIMBORSO PRESENTATE DAI CONTRIBUENTI INDICATI NEL PROSPETTO SOTTOSTANTE, IDENTIFICATI AI FINI DELLA RISERVATEZZA CON IL SOLO CODICE '
    'DI POSIZIONE, I CUI DATI SONO CONSERVATI AGLI ATTI DEL SERVIZIO TRIBUTI;',
    'ACCERTATO, A SEGUITO DELL\'ISTRUTTORIA SVOLTA, CHE I VERSAMENTI ECCEDENTI DERIVANO DA ERRATA INDICAZIONE DEL CODICE TRIBUTO, DA DUPLICAZIONE DI VERSAMENTO '
    'E DA RICONOSCIMENTO DELL\'ABITAZIONE PRINCIPALE NON DICHIARATA TEMPESTIVAMENTE;',
]
for p in paras:
    wrap(p)
    L()
L('PROSPETTO DEI RIMBORSI')
L('+------+-----------------+-----------+----------------------------------------------+-------------------+---------------------+')
L('| N.   | POSIZIONE       | ANNUALITA\'| MOTIVAZIONE                                  | IMPORTO RIMBORSO  | MODALITA\' PAGAMENTO  |')
L('+------+-----------------+-----------+----------------------------------------------+-------------------+---------------------+')
rows = [
    ('IMU/2023/00417', '2023', 'DUPLICAZIONE VERSAMENTO SALDO', '312,00', 'BONIFICO'),
    ('IMU/2023/01122', '2023', 'ERRATO CODICE TRIBUTO (3918 ANZICHE\' 3916)', '148,50', 'BONIFICO'),
    ('IMU/2024/00086', '2024', 'ABITAZIONE PRINCIPALE NON DICHIARATA', '701,00', 'BONIFICO'),
    ('IMU/2024/00930', '2024', 'DUPLICAZIONE VERSAMENTO ACCONTO', '226,00', 'QUIETANZA TESORERIA'),
    ('IMU/2024/01315', '2024', 'VERSAMENTO SU IMMOBILE CEDUTO NEL 2023', '389,00', 'BONIFICO'),
]
for i, (pos, an, mot, imp, mod) in enumerate(rows, 1):
    L('| %-4s | %-15s | %-9s | %-44s | %17s | %-19s |' % (str(i), pos, an, mot, 'EUR ' + imp, mod))
L('+------+-----------------+-----------+----------------------------------------------+-------------------+---------------------+')
L('|' + ' ' * 6 + '|' + ' ' * 17 + '|' + ' ' * 11 + '| ' + 'TOTALE RIMBORSI ........................'.ljust(44) + ' | %17s |' % 'EUR 1.776,50' + ' ' * 21 + '|')
L('+------+-----------------+-----------+----------------------------------------------+-------------------+---------------------+')
L()
paras = [
    'DATO ATTO CHE LA SPESA TROVA COPERTURA AL CAPITOLO 1360/2 "RIMBORSI E RESTITUZIONI DI IMPOSTE E TASSE" DEL BILANCIO DI PREVISIONE 2026/2028, ESERCIZIO 2026, '
    'CHE PRESENTA LA NECESSARIA DISPONIBILITA\';',
    'ATTESTATA LA REGOLARITA\' E LA CORRETTEZZA DELL\'AZIONE AMMINISTRATIVA AI SENSI DELL\'ART. 147-BIS DEL D.LGS. 267/2000 E L\'ASSENZA DI CONFLITTI DI INTERESSE;',
]
for p in paras:
    wrap(p)
    L()
newpage()

head(2, TOT)
L()
L(' ' * 60 + 'D E T E R M I N A')
L()
pts = [
    'DI RICONOSCERE IL DIRITTO AL RIMBORSO DELLE SOMME VERSATE E NON DOVUTE A TITOLO DI IMU PER LE ANNUALITA\' 2023 E 2024 AI CONTRIBUENTI INDICATI NEL PROSPETTO '
    'RIPORTATO IN NARRATIVA, PER L\'IMPORTO COMPLESSIVO DI EURO 1.776,50;',
    'DI IMPEGNARE LA SOMMA DI EURO 1.776,50 AL CAPITOLO 1360/2 DEL BILANCIO 2026/2028, ESERCIZIO 2026, MISSIONE 01 PROGRAMMA 04, IMPEGNO N. 418/2026;',
    'DI LIQUIDARE E PAGARE LE SOMME SPETTANTI A CIASCUN CONTRIBUENTE CON LE MODALITA\' INDICATE NEL PROSPETTO, AUTORIZZANDO IL SERVIZIO FINANZIARIO ALL\'EMISSIONE '
    'DEI RELATIVI MANDATI;',
    'DI DARE ATTO CHE IL PRESENTE PROVVEDIMENTO SARA\' PUBBLICATO ALL\'ALBO PRETORIO ON LINE PER QUINDICI GIORNI CONSECUTIVI, OMETTENDO I DATI PERSONALI DEI '
    'CONTRIBUENTI.',
]
for i, p in enumerate(pts, 1):
    wrap(p, indent='    ', first='%d)  ' % i)
    L()
L()
L(' ' * 80 + 'IL RESPONSABILE DELL\'AREA ECONOMICO-FINANZIARIA')
L(' ' * 88 + 'F.TO DOTT.SSA TERESA CIRIMELE')
L()
L('=' * W)
L('VISTO DI REGOLARITA\' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 183, COMMA 7, D.LGS. 267/2000)')
L('CAP. 1360/2 .......... IMPEGNO N. 418/2026 .......... EURO 1.776,50 .......... ESITO: FAVOREVOLE')
L('SCALEA, LI\' 12/03/2026' + ' ' * 38 + 'IL RESPONSABILE DEL SERVIZIO FINANZIARIO - F.TO RAG. GIANLUCA MAGNELLI')
L('=' * W)
L()
L('PUBBLICAZIONE: N. 356 DEL REGISTRO ALBO - DAL 13/03/2026 AL 28/03/2026' + ' ' * 20 + 'IL MESSO COMUNALE F.TO SALVATORE FILICETTI')
L()
L('DOCUMENTO PRODOTTO DAL SISTEMA INFORMATIVO COMUNALE - MODULO ATTI AMMINISTRATIVI - ELAB. DET0312 - COPIA CONFORME ALL\'ORIGINALE')
newpage()

with open(out, 'w', encoding='ascii') as f:
    f.write('\f'.join('\n'.join(p) + '\n' for p in pages))
