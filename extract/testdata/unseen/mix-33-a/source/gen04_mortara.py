# Citta' di Mortara - determinazione dirigenziale printed as an 80-column fixed-width
# report (Datagraph-like legacy module): capitals, character boxes, dotted leaders,
# "CITTA'"-style accents. Writes plain ASCII text with form feeds; build.sh runs
# enscript (Courier 10) and ps2pdf on it.
import sys
import textwrap

out = sys.argv[1]
W = 80
pages = []


def box(lines, w=W):
    r = ['+' + '-' * (w - 2) + '+']
    for ln in lines:
        r.append('|' + ln.center(w - 2) + '|')
    r.append('+' + '-' * (w - 2) + '+')
    return r


def lead(label, value, w=38):
    return label + ' ' + '.' * (w - len(label) - len(value) - 2) + ' ' + value


def wrapi(text, first='', rest=None, w=W):
    rest = first if rest is None else rest
    return textwrap.wrap(text, width=w, initial_indent=first, subsequent_indent=rest)


def head(n, tot):
    return ["CITTA' DI MORTARA - DETERMINAZIONE R.G. N. 187 DEL 09/03/2026".ljust(W - 14) + ('PAG. %d DI %d' % (n, tot)).rjust(13),
            '=' * W, '']


p1 = []
p1 += box(["CITTA' DI MORTARA", 'PROVINCIA DI PAVIA', 'PIAZZA MARTIRI DELLA LIBERTA\' 21 - 27036 MORTARA (PV)'])
p1 += ['',
       ' SETTORE LAVORI PUBBLICI - MANUTENZIONI - AMBIENTE',
       ' SERVIZIO MANUTENZIONE PATRIMONIO',
       '',
       '+' + '-' * 78 + '+',
       '|' + 'DETERMINAZIONE DIRIGENZIALE'.center(78) + '|',
       '+' + '-' * 38 + '+' + '-' * 39 + '+',
       '| ' + lead('REGISTRO GENERALE N.', '187', 36) + ' | ' + lead('DATA', '09/03/2026', 37) + ' |',
       '| ' + lead('REGISTRO DI SETTORE N.', '42', 36) + ' | ' + lead('DATA', '06/03/2026', 37) + ' |',
       '+' + '-' * 38 + '+' + '-' * 39 + '+',
       '']
subj = ("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL SERVIZIO DI "
        "MANUTENZIONE ORDINARIA E CONDUZIONE DEGLI IMPIANTI TERMICI DEGLI EDIFICI COMUNALI - PERIODO "
        "01/04/2026-31/03/2027 - DITTA TERMOIDRAULICA LOMELLINA S.R.L. - IMPEGNO DI SPESA - CIG B7A41C09E2")
p1 += wrapi(subj, ' OGGETTO: ', '          ')
p1 += ['', ' ' + '-' * 78, '']
p1 += ['                             IL DIRIGENTE DEL SETTORE', '']
prem = [
    "VISTO IL DECRETO SINDACALE N. 4 DEL 08/01/2026 DI CONFERIMENTO DELL'INCARICO DI DIRIGENTE DEL SETTORE LAVORI "
    "PUBBLICI - MANUTENZIONI - AMBIENTE;",
    "VISTA LA DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 52 DEL 19/12/2025 DI APPROVAZIONE DEL BILANCIO DI PREVISIONE "
    "2026-2028 E LA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 3 DEL 13/01/2026 DI APPROVAZIONE DEL PIANO ESECUTIVO DI "
    "GESTIONE;",
    "PREMESSO CHE IL 31/03/2026 SCADE IL CONTRATTO PER LA MANUTENZIONE ORDINARIA E LA CONDUZIONE DEGLI IMPIANTI "
    "TERMICI A SERVIZIO DEGLI EDIFICI COMUNALI (MUNICIPIO, SCUOLE, PALESTRE, BIBLIOTECA CIVICA) E CHE OCCORRE "
    "GARANTIRE LA CONTINUITA' DEL SERVIZIO;",
    "DATO ATTO CHE E' STATA SVOLTA UNA INDAGINE DI MERCATO SULLA PIATTAFORMA SINTEL DI ARIA S.P.A. (ID 208761433), "
    "ALL'ESITO DELLA QUALE LA DITTA TERMOIDRAULICA LOMELLINA S.R.L. HA OFFERTO IL PREZZO PIU' BASSO;",
    "ACCERTATA LA REGOLARITA' CONTRIBUTIVA DELLA DITTA (DURC PROT. INAIL_51092274) E IL POSSESSO DEI REQUISITI DI "
    "CUI AGLI ARTT. 94 E SEGUENTI DEL D.LGS. 36/2023;",
    "VISTI IL D.LGS. 267/2000, IL D.LGS. 36/2023 E IL VIGENTE REGOLAMENTO DI CONTABILITA';",
]
for t in prem:
    p1 += wrapi(t, ' ', ' ') + ['']
pages.append(p1)

p2 = ['                              D E T E R M I N A', '']
pts = [
    "DI AFFIDARE, PER LE MOTIVAZIONI ESPOSTE IN PREMESSA, ALLA DITTA TERMOIDRAULICA LOMELLINA S.R.L. CON SEDE IN "
    "MORTARA, VIA SANT'ALBINO 14, P.IVA 02218450189, IL SERVIZIO DI MANUTENZIONE ORDINARIA E CONDUZIONE DEGLI "
    "IMPIANTI TERMICI DEGLI EDIFICI COMUNALI PER IL PERIODO 01/04/2026-31/03/2027;",
    "DI IMPEGNARE LA SPESA COMPLESSIVA DI EURO 38.918,00 (IVA 22% COMPRESA) COME DA PROSPETTO SOTTOSTANTE;",
    "DI DARE ATTO CHE IL RESPONSABILE UNICO DEL PROGETTO E' IL GEOM. PIERLUIGI ZORZOLI;",
    "DI DISPORRE LA PUBBLICAZIONE DEL PRESENTE ATTO ALL'ALBO PRETORIO ON LINE E NELLA SEZIONE AMMINISTRAZIONE "
    "TRASPARENTE DEL SITO ISTITUZIONALE.",
]
for i, t in enumerate(pts, 1):
    p2 += wrapi(t, ' %d) ' % i, '    ') + ['']
    if i == 2:
        p2 += [' +--------+--------------+------+-------------------------------+-------------+',
               ' | ESERC. | CAPITOLO     | IMP. | DESCRIZIONE                   |  IMPORTO EUR|',
               ' +--------+--------------+------+-------------------------------+-------------+',
               ' |  2026  | 1052.03.01   |  412 | MANUT. IMPIANTI TERMICI       |    29.188,50|',
               ' |  2027  | 1052.03.01   |   58 | MANUT. IMPIANTI TERMICI       |     9.729,50|',
               ' +--------+--------------+------+-------------------------------+-------------+',
               ' |        |              |      | TOTALE ...................... |    38.918,00|',
               ' +--------+--------------+------+-------------------------------+-------------+',
               '']
p2 += ['', ' MORTARA, LI 09/03/2026', '',
       '                                            IL DIRIGENTE DEL SETTORE',
       '                                        (ING. ALESSANDRA BELLONI)',
       '                               FIRMATO DIGITALMENTE AI SENSI DEL D.LGS. 82/2005', '',
       ' ' + '-' * 78,
       '   VISTO DI REGOLARITA\' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA',
       '   (ART. 151, COMMA 4, D.LGS. 267/2000)', '',
       '   ' + lead('IMPEGNO N.', '412/2026 - 58/2027', 44),
       '   ' + lead('DATA VISTO', '09/03/2026', 44), '',
       '                                   IL RESPONSABILE DEL SERVIZIO FINANZIARIO',
       '                                         (DOTT. GIANMARIO BERTOLOTTI)',
       ' ' + '-' * 78,
       '   PUBBLICAZIONE ALBO PRETORIO ON LINE N. ....... 402',
       '   DAL 10/03/2026 AL 25/03/2026',
       ' ' + '-' * 78]
pages.append(p2)

with open(out, 'w', encoding='ascii') as f:
    for i, pg in enumerate(pages, 1):
        body = (head(i, len(pages)) if i > 1 else []) + pg
        if i == 1:
            body = body + [''] * 2
        f.write('\n'.join(body) + '\n')
        if i < len(pages):
            f.write('\f')
