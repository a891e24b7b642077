# Comune di San Giorgio Morgeto - determinazione printed as a 132-column fixed-width report
# (legacy Halley-style "stampa su modulo continuo"); the text goes through enscript + ps2pdf (build.sh).
W = 132
L = []
def line(s=''): L.append(s[:W])
def box(s): line('|' + s.ljust(W - 2)[:W - 2] + '|')
rule = '+' + '-' * (W - 2) + '+'
def wrap(text, width):
    out, cur = [], ''
    for w in text.split():
        if len(cur) + len(w) + (1 if cur else 0) > width:
            out.append(cur); cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    if cur: out.append(cur)
    return out
def page_head(n):
    line('PROCEDURA ATTI AMMINISTRATIVI - REL. 7.14.02'.ljust(100) + ('STAMPA DEL 16/04/2026 PAG. %3d' % n).rjust(32))
    line(rule)
    box('  COMUNE DI SAN GIORGIO MORGETO'.ljust(80) + 'CITTA\' METROPOLITANA DI REGGIO CALABRIA')
    box('  P.ZZA MUNICIPIO, 1 - 89017 SAN GIORGIO MORGETO (RC)'.ljust(80) + 'C.F. 82000890800 - P.IVA 00712280808')
    line(rule)

page_head(1)
line()
line(' ' * 38 + 'D E T E R M I N A Z I O N E   D E L   R E S P O N S A B I L E   D I   A R E A')
line()
line(rule)
box('  AREA ........................: AREA TECNICA - MANUTENTIVA')
box('  SERVIZIO ....................: SERVIZIO LAVORI PUBBLICI')
box('  REGISTRO GENERALE ...........: N.    187   DEL 15/04/2026')
box('  REGISTRO DI AREA ............: N.     54   DEL 13/04/2026')
box('  PROPOSTA ....................: N.     61   DEL 10/04/2026')
line(rule)
subj = ("LAVORI DI MESSA IN SICUREZZA DEL MURO DI CONTENIMENTO IN VIA CONVENTO - LOCALITA' SANTA MARIA. "
        "APPROVAZIONE STATO FINALE DEI LAVORI E CERTIFICATO DI REGOLARE ESECUZIONE. LIQUIDAZIONE SALDO ALLA DITTA "
        "EDIL CALABRA DI SORACE ROCCO. CUP D87H24001230004 - CIG B2F19D7C11.")
sl = wrap(subj, 94)
box('  OGGETTO .....................: ' + sl[0])
for s in sl[1:]:
    box(' ' * 34 + s)
line(rule)
line()
line(' ' * 50 + 'IL RESPONSABILE DELL\'AREA TECNICA')
line()
prem = [
 "VISTO IL DECRETO SINDACALE N. 4 DEL 07/01/2026 CON IL QUALE E' STATA CONFERITA ALLO SCRIVENTE LA RESPONSABILITA' DELL'AREA TECNICA - MANUTENTIVA, CON I POTERI DI CUI ALL'ART. 107 DEL D.LGS. 267/2000;",
 "RICHIAMATA LA PROPRIA DETERMINAZIONE N. 311 R.G. DEL 18/07/2025, CON LA QUALE I LAVORI IN OGGETTO SONO STATI AFFIDATI ALLA DITTA EDIL CALABRA DI SORACE ROCCO, CON SEDE IN CITTANOVA, PER L'IMPORTO NETTO DI EURO 48.720,00 OLTRE IVA;",
 "VISTO LO STATO FINALE DEI LAVORI E IL CERTIFICATO DI REGOLARE ESECUZIONE REDATTI DAL DIRETTORE DEI LAVORI IN DATA 27/03/2026, DAI QUALI RISULTA UN CREDITO RESIDUO DELL'IMPRESA DI EURO 9.744,00 OLTRE IVA;",
 "ACCERTATA LA REGOLARITA' CONTRIBUTIVA DELL'IMPRESA MEDIANTE DURC ON LINE PROT. INAIL_51133870 CON SCADENZA 02/07/2026;",
 "DATO ATTO DELL'ASSENZA DI CONFLITTI DI INTERESSE AI SENSI DELL'ART. 6-BIS DELLA L. 241/1990;",
]
for s in prem:
    ws = wrap(s, 120)
    line('    ' + ws[0])
    for x in ws[1:]: line('    ' + x)
line()
line(' ' * 60 + 'D E T E R M I N A')
line()
pts = [
 "DI APPROVARE LO STATO FINALE DEI LAVORI E IL CERTIFICATO DI REGOLARE ESECUZIONE DEI LAVORI DI MESSA IN SICUREZZA DEL MURO DI CONTENIMENTO IN VIA CONVENTO, DAI QUALI RISULTA IL CREDITO RESIDUO DI EURO 9.744,00 OLTRE IVA AL 22%;",
 "DI LIQUIDARE ALLA DITTA EDIL CALABRA DI SORACE ROCCO LA SOMMA COMPLESSIVA DI EURO 11.887,68, IVA COMPRESA, A SALDO DELLA FATTURA N. 7/PA DEL 02/04/2026;",
 "DI IMPUTARE LA SPESA ALLA MISSIONE 10, PROGRAMMA 05, CAPITOLO 3418/2, IMPEGNO N. 812/2025 DEL BILANCIO 2026-2028, GESTIONE RESIDUI;",
 "DI SVINCOLARE LA CAUZIONE DEFINITIVA PRESTATA DALL'IMPRESA;",
 "DI TRASMETTERE IL PRESENTE ATTO AL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA PER IL VISTO DI REGOLARITA' CONTABILE.",
]
for i, s in enumerate(pts, 1):
    ws = wrap(s, 116)
    line('    %d) ' % i + ws[0])
    for x in ws[1:]: line('       ' + x)
line()
line(' ' * 84 + 'IL RESPONSABILE DELL\'AREA TECNICA')
line(' ' * 88 + '(GEOM. FRANCESCO MACRI\')')
line(' ' * 80 + 'FIRMATO DIGITALMENTE AI SENSI DEL D.LGS. 82/2005')
# page 2
L.append('\f')
page_head(2)
line()
line(' ' * 34 + 'VISTO DI REGOLARITA\' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 183, C. 7, D.LGS. 267/2000)')
line()
line(rule)
box('  ESERCIZIO  MISS. PROGR. TIT.  CAPITOLO   IMPEGNO    LIQUIDAZIONE    IMPORTO EURO    BENEFICIARIO')
box('  ' + '-' * 126)
box('  2026       10    05     2     3418/2     812/2025   LIQ. 402/2026        11.887,68    EDIL CALABRA DI SORACE ROCCO')
line(rule)
line()
line('    SAN GIORGIO MORGETO, LI 15/04/2026' + ' ' * 40 + 'IL RESPONSABILE DELL\'AREA ECONOMICO-FINANZIARIA')
line(' ' * 84 + '(DOTT.SSA CATERINA ROMEO)')
line()
line(rule)
box('  ATTESTATO DI PUBBLICAZIONE')
box('  LA PRESENTE DETERMINAZIONE VIENE PUBBLICATA ALL\'ALBO PRETORIO ON LINE DAL 20/04/2026 PER 15 GIORNI CONSECUTIVI.')
box('  N. REG. PUBBL. ........: 402' + ' ' * 40 + 'IL MESSO COMUNALE ..........: (ROCCO FORTUGNO)')
line(rule)
open('build/d05.txt', 'w', encoding='latin-1').write('\n'.join(L) + '\n')
