#!/usr/bin/env python3
"""Comune di Cinquefrondi - determinazione Area Economico-Finanziaria,
Reg. Gen. 212 / Reg. Sett. 31. A 132-column fixed-width report as the old
Datagraph line-printer modules print it (capitals, boxes of - | +, dotted
leaders, CITTA'-style accents). Writes the text; build.sh runs enscript +
ps2pdf on it."""
import sys, textwrap

out = sys.argv[1]
Wd = 132
lines = []


def box(rows):
    lines.append('+' + '-' * (Wd - 2) + '+')
    for r in rows:
        lines.append('|' + r.ljust(Wd - 2)[:Wd - 2] + '|')
    lines.append('+' + '-' * (Wd - 2) + '+')


def centre(s):
    lines.append(s.center(Wd).rstrip())


def wrap(s, indent=0, first=None):
    w = textwrap.wrap(s, Wd - indent - 2)
    for i, l in enumerate(w):
        lines.append(' ' * indent + l)


def leader(label, value, width=100):
    lines.append('    ' + label + ' ' + '.' * (width - len(label) - len(value) - 2) + ' ' + value)


def runhead(p):
    lines.append('COMUNE DI CINQUEFRONDI'.ljust(66) + ('DETERMINAZIONE REG. GEN. N. 212 DEL 11/03/2026 - PAG. %d' % p).rjust(66))
    lines.append('=' * Wd)


runhead(1)
centre('C O M U N E   D I   C I N Q U E F R O N D I')
centre("CITTA' METROPOLITANA DI REGGIO CALABRIA")
centre('PIAZZA DELLA REPUBBLICA - 89021 CINQUEFRONDI (RC) - C.F. 00271570807')
lines.append('')
box([
    '  AREA ECONOMICO-FINANZIARIA'.ljust(64) + '|  REGISTRO GENERALE  N.   212   DEL 11/03/2026',
    '  SERVIZIO TRIBUTI'.ljust(64) + '|  REGISTRO SETTORE   N.    31   DEL 09/03/2026',
])
lines.append('')
centre('DETERMINAZIONE DEL RESPONSABILE DELL\'AREA')
lines.append('')
subj = ("RIMBORSO DI SOMME NON DOVUTE A TITOLO DI IMU PER LE ANNUALITA' 2023 E 2024 "
        "AL CONTRIBUENTE IDENTIFICATO CON POSIZIONE N. 4471 - IMPEGNO E LIQUIDAZIONE DI SPESA.")
sl = textwrap.wrap(subj, Wd - 16)
lines.append('OGGETTO:  ' + sl[0])
for l in sl[1:]:
    lines.append('          ' + l)
lines.append('-' * Wd)
lines.append('')
centre("IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA")
lines.append('')
for p in [
    "PREMESSO CHE CON ISTANZA ACQUISITA AL PROTOCOLLO GENERALE AL N. 1903 DEL 12/02/2026 IL CONTRIBUENTE TITOLARE DELLA "
    "POSIZIONE TRIBUTARIA N. 4471 HA CHIESTO IL RIMBORSO DELLE SOMME VERSATE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA PER LE "
    "ANNUALITA' 2023 E 2024, RELATIVE A UN IMMOBILE ADIBITO AD ABITAZIONE PRINCIPALE E ASSEGNATO ALLA CATEGORIA CATASTALE A/2;",
    "CHE DALL'ISTRUTTORIA DELL'UFFICIO TRIBUTI, ESEGUITA SULLA BANCA DATI CATASTALE E ANAGRAFICA, E' EMERSO CHE L'IMMOBILE "
    "COSTITUIVA ABITAZIONE PRINCIPALE DEL RICHIEDENTE E CHE, PERTANTO, LE SOMME VERSATE NON ERANO DOVUTE;",
    "VISTO L'ART. 1, COMMA 164, DELLA LEGGE 27 DICEMBRE 2006, N. 296, CHE FISSA IN CINQUE ANNI IL TERMINE PER LA RICHIESTA "
    "DI RIMBORSO DEI TRIBUTI LOCALI;",
    "VISTO IL REGOLAMENTO COMUNALE PER LA DISCIPLINA DELL'IMU APPROVATO CON DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 14 DEL "
    "29/06/2020;",
    "VISTO IL DECRETO SINDACALE N. 3 DEL 08/01/2026 DI NOMINA DEI RESPONSABILI DI AREA;",
    "VISTI IL D.LGS. 18/08/2000 N. 267 E IL D.LGS. 23/06/2011 N. 118;",
]:
    wrap(p, 4)
    lines.append('')
lines.append('    PROSPETTO DEL RIMBORSO:')
leader('IMU VERSATA ANNUALITA\' 2023 (F24 DEL 16/06/2023 E 18/12/2023)', 'EURO      624,00')
leader('IMU VERSATA ANNUALITA\' 2024 (F24 DEL 17/06/2024 E 16/12/2024)', 'EURO      624,00')
leader('INTERESSI AL SAGGIO LEGALE', 'EURO       41,18')
lines.append('    ' + ' ' * 80 + '-' * 18)
leader('TOTALE DA RIMBORSARE', 'EURO    1.289,18')
lines.append('')
while len(lines) < 54:
    lines.append('')
lines.append('-' * Wd)
lines.append('SEGUE'.rjust(Wd))
lines.append('\f')
runhead(2)
lines.append('')
centre('D E T E R M I N A')
lines.append('')
for k, p in enumerate([
    "DI RIMBORSARE AL CONTRIBUENTE TITOLARE DELLA POSIZIONE N. 4471, LE CUI GENERALITA' SONO OMESSE AI SENSI DEL "
    "REGOLAMENTO UE 2016/679, LA SOMMA COMPLESSIVA DI EURO 1.289,18, COMPRENSIVA DEGLI INTERESSI LEGALI;",
    "DI IMPEGNARE E CONTESTUALMENTE LIQUIDARE LA SPESA DI EURO 1.289,18 SUL CAPITOLO 1735 \"RIMBORSI DI TRIBUTI "
    "NON DOVUTI\" DEL BILANCIO 2026-2028, ESERCIZIO 2026 (MISS. 01 PROGR. 04 TIT. 1 MACR. 109);",
    "DI DISPORRE IL PAGAMENTO MEDIANTE BONIFICO SULL'IBAN INDICATO NELL'ISTANZA, AGLI ATTI DELL'UFFICIO;",
    "DI TRASMETTERE IL PRESENTE ATTO AL SERVIZIO FINANZIARIO PER GLI ADEMPIMENTI DI COMPETENZA E DI DISPORNE LA "
    "PUBBLICAZIONE ALL'ALBO PRETORIO ON LINE PER 15 GIORNI CONSECUTIVI.",
]):
    w = textwrap.wrap(p, Wd - 12)
    lines.append('  %d) ' % (k + 1) + w[0])
    for l in w[1:]:
        lines.append('      ' + l)
    lines.append('')
lines.append('')
lines.append('CINQUEFRONDI, LI 11/03/2026'.ljust(80) + "IL RESPONSABILE DELL'AREA")
lines.append(' ' * 80 + '  (RAG. DOMENICO ALVARO)')
lines.append(' ' * 80 + 'FIRMATO DIGITALMENTE')
lines.append('')
box([
    '  VISTO DI REGOLARITA\' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 151 C. 4 D.LGS. 267/2000)',
    '',
    '  IMPEGNO N. ......... 318/2026     CAPITOLO ....... 1735     IMPORTO ......... EURO 1.289,18',
    '  LIQUIDAZIONE N. .... 402/2026',
    '',
    "  CINQUEFRONDI, LI 11/03/2026" + ' ' * 44 + "IL RESPONSABILE DEL SERVIZIO FINANZIARIO",
    ' ' * 73 + '(RAG. DOMENICO ALVARO)',
])
lines.append('')
box([
    '  PUBBLICAZIONE ALL\'ALBO PRETORIO',
    "  COPIA DELLA PRESENTE E' PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL 12/03/2026 AL 27/03/2026 - N. REG. PUBBL. 389",
    ' ' * 88 + "IL MESSO COMUNALE",
])
open(out, 'w', encoding='latin-1').write('\n'.join(lines) + '\n')
