# Determinazione dirigenziale of the Città di Nichelino (TO) as a legacy
# 132-column line-printer report (Siscom-style "stampa atto"): capitals,
# boxes of + - |, dotted leaders, "CITTA'"-style accents. Writes a Latin-1
# text file with form feeds; build.sh turns it into PDF with enscript and
# ps2pdf (Ghostscript).
import sys, textwrap

out = sys.argv[1]
Wd = 132
pages = []
cur = []


def ln(s=''):
    assert len(s) <= Wd, (len(s), s)
    cur.append(s)


def box(lines, w=Wd):
    ln('+' + '-' * (w - 2) + '+')
    for s in lines:
        ln('| ' + s.ljust(w - 4) + ' |')
    ln('+' + '-' * (w - 2) + '+')


def head(pg):
    ln('CITTA\' DI NICHELINO'.ljust(66) + ('PAG. %3d' % pg).rjust(66))
    ln('CITTA\' METROPOLITANA DI TORINO'.ljust(66) + 'STAMPA DEL 18/03/2026 ORE 11:42'.rjust(66))
    ln('=' * Wd)


def wrapped(text, indent=0, w=Wd):
    for s in textwrap.wrap(text, w - indent):
        ln(' ' * indent + s)


def leader(label, value, w=96, indent=4):
    dots = w - indent - len(label) - len(value) - 2
    ln(' ' * indent + label + ' ' + '.' * dots + ' ' + value)


def newpage():
    global cur
    pages.append(cur); cur = []


head(1)
ln()
box([
    'SETTORE LAVORI PUBBLICI E PATRIMONIO'.ljust(64) + 'DETERMINAZIONE DIRIGENZIALE',
    'SERVIZIO MANUTENZIONE STRADE E VERDE PUBBLICO'.ljust(64) + 'REG. GEN. N.   412   DEL 18/03/2026',
    ''.ljust(64) + 'REG. SETTORE N.  57   DEL 16/03/2026',
])
ln()
ln('OGGETTO: AFFIDAMENTO DIRETTO AI SENSI DELL\'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI SFALCIO DEI BANCHINAMENTI')
ln('         STRADALI E DELLE AREE VERDI DI PERTINENZA - ANNO 2026 - DITTA VERDE CANAVESE S.R.L. - CIG B7A4E21F93 - IMPEGNO DI SPESA.')
ln()
ln('-' * Wd)
ln('                                                        IL DIRIGENTE DEL SETTORE')
ln('-' * Wd)
ln()
for t in [
    'PREMESSO CHE CON DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 87 DEL 19/12/2025 E\' STATO APPROVATO IL BILANCIO DI PREVISIONE 2026-2028 E CON '
    'DELIBERAZIONE DELLA GIUNTA COMUNALE N. 4 DEL 13/01/2026 E\' STATO APPROVATO IL PIANO ESECUTIVO DI GESTIONE 2026-2028;',
    'CONSIDERATO CHE SI RENDE NECESSARIO PROVVEDERE ALLO SFALCIO PERIODICO DEI BANCHINAMENTI STRADALI E DELLE AREE VERDI DI PERTINENZA '
    'DELLA VIABILITA\' COMUNALE, PER UNA SUPERFICIE COMPLESSIVA DI MQ 184.500, AL FINE DI GARANTIRE LA SICUREZZA DELLA CIRCOLAZIONE;',
    'DATO ATTO CHE E\' STATA ESPERITA INDAGINE DI MERCATO TRAMITE LA PIATTAFORMA TRASPARE, CON RICHIESTA DI PREVENTIVO A N. 3 OPERATORI '
    'ECONOMICI, E CHE IL PREVENTIVO PIU\' CONVENIENTE E\' RISULTATO QUELLO DELLA DITTA VERDE CANAVESE S.R.L., CON SEDE IN RIVAROSSA (TO), '
    'PER L\'IMPORTO DI EURO 38.650,00 OLTRE IVA 22%;',
    'VERIFICATO IL POSSESSO DEI REQUISITI DI CUI AGLI ARTT. 94 E SEGUENTI DEL D.LGS. 36/2023 E LA REGOLARITA\' CONTRIBUTIVA (DURC PROT. '
    'INAIL_51877302 CON SCADENZA 09/07/2026);',
    'VISTI GLI ARTT. 107, 147-BIS, 151 E 183 DEL D.LGS. 18/08/2000 N. 267 E IL DECRETO SINDACALE N. 11 DEL 02/01/2026 DI CONFERIMENTO '
    'DELL\'INCARICO DIRIGENZIALE;',
]:
    wrapped(t)
    ln()
ln('                                                            D E T E R M I N A')
ln()
for i, t in enumerate([
    'DI AFFIDARE, AI SENSI DELL\'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023, ALLA DITTA VERDE CANAVESE S.R.L. (P.IVA 11874320016) IL '
    'SERVIZIO DI SFALCIO DEI BANCHINAMENTI STRADALI E DELLE AREE VERDI DI PERTINENZA PER L\'ANNO 2026;',
    'DI IMPEGNARE LA SPESA COMPLESSIVA DI EURO 47.153,00 (IVA COMPRESA) COME DA PROSPETTO CONTABILE SOTTORIPORTATO;',
    'DI DARE ATTO CHE IL RESPONSABILE UNICO DEL PROGETTO E\' IL GEOM. DAVIDE CASALEGNO;',
    'DI DARE ATTO CHE IL CONTRATTO SARA\' STIPULATO MEDIANTE CORRISPONDENZA SECONDO L\'USO DEL COMMERCIO;',
    'DI DISPORRE LA PUBBLICAZIONE DEL PRESENTE ATTO ALL\'ALBO PRETORIO ON LINE E NELLA SEZIONE AMMINISTRAZIONE TRASPARENTE.',
], 1):
    lines = textwrap.wrap(t, Wd - 6)
    ln('%2d) ' % i + ' ' + lines[0])
    for s in lines[1:]:
        ln('     ' + s)
    ln()
newpage()

head(2)
ln()
ln('PROSPETTO CONTABILE')
box([
    'ESERC.  MISS.  PROGR.  TIT.  MACROAGGR.  CAPITOLO/ART.  P.D.C. FINANZIARIO    IMPEGNO N.      IMPORTO EURO    CIG',
    '-' * 124,
    '2026    10     05      1     103         2841/4         U.1.03.02.09.012     2026/1196          47.153,00    B7A4E21F93',
])
ln()
ln('RIEPILOGO')
leader('IMPONIBILE', '38.650,00')
leader('IVA 22%', '8.503,00')
leader('TOTALE IMPEGNO', '47.153,00')
leader('SCADENZA OBBLIGAZIONE', '31/12/2026')
ln()
ln()
ln('                                                                                        IL DIRIGENTE DEL SETTORE')
ln('                                                                                        LAVORI PUBBLICI E PATRIMONIO')
ln('                                                                                        ARCH. SIMONA BERTOLOTTO')
ln('                                                                                        (FIRMATO DIGITALMENTE)')
ln()
ln('=' * Wd)
ln('VISTO DI REGOLARITA\' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 183, COMMA 7, D.LGS. 267/2000)')
ln('=' * Wd)
ln()
leader('CAPITOLO', '2841/4')
leader('IMPEGNO', '2026/1196')
leader('IMPORTO', 'EURO 47.153,00')
leader('DATA VISTO', '18/03/2026')
ln()
ln('                                                                                        IL DIRIGENTE DEL SETTORE FINANZIARIO')
ln('                                                                                        DOTT. MARCO GIACHINO')
ln('                                                                                        (FIRMATO DIGITALMENTE)')
ln()
ln('-' * Wd)
ln('PUBBLICAZIONE: LA PRESENTE DETERMINAZIONE VIENE PUBBLICATA ALL\'ALBO PRETORIO ON LINE PER 15 GIORNI CONSECUTIVI DAL 19/03/2026.')
ln('-' * Wd)
newpage()

with open(out, 'w', encoding='latin-1') as f:
    f.write('\f'.join('\n'.join(p) + '\n' for p in pages))
