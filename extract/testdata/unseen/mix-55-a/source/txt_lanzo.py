# Determinazione of the Comune di Lanzo Torinese as an old fixed-width report
# (132 columns, capitals, boxes drawn with characters, dotted leaders, CITTA'-style accents).
# Writes plain text with form feeds; build.sh prints it with enscript (Courier 8, landscape)
# and ps2pdf.
import sys
W = 132
L = []
def ln(s=''): L.append(s)
def box(lines):
    ln('+' + '-' * (W - 2) + '+')
    for s in lines: ln('|' + s.ljust(W - 2)[:W - 2] + '|')
    ln('+' + '-' * (W - 2) + '+')
def ctr(s): return s.center(W - 2)

box([ctr('COMUNE DI LANZO TORINESE'), ctr("CITTA' METROPOLITANA DI TORINO"),
     ctr('VIA DON BOSCO 33 - 10074 LANZO TORINESE (TO) - C.F. 83001270018')])
ln()
ln('AREA TECNICA'.ljust(66) + 'STAMPA DEL 09/03/2026 ORE 11:42   PAG.   1')
ln('SERVIZIO LAVORI PUBBLICI E MANUTENZIONI'.ljust(66) + 'UTENTE: UT_LLPP03')
ln()
box([ctr('D E T E R M I N A Z I O N E'),
     ctr('N. 27 DEL 06/03/2026 (REGISTRO DI AREA)'),
     ctr('REG. GENERALE N. 112 DEL 09/03/2026')])
ln()
subj = ("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI SGOMBERO NEVE E "
        "SPARGIMENTO SALE - STAGIONE INVERNALE 2025/2026 - INTEGRAZIONE IMPEGNO DI SPESA - CIG B7A41C2D90")
import textwrap
sl = textwrap.wrap(subj, W - 12)
ln('OGGETTO:  ' + sl[0])
for s in sl[1:]: ln('          ' + s)
ln('=' * W)
ln()
ln(ctr('IL RESPONSABILE DELL\'AREA TECNICA'))
ln()
txt = [
 "RICHIAMATO IL DECRETO SINDACALE N. 2 DEL 07/01/2026 CON IL QUALE E' STATA ATTRIBUITA AL SOTTOSCRITTO LA RESPONSABILITA' DELL'AREA TECNICA;",
 "RICHIAMATA LA PROPRIA DETERMINAZIONE N. 118 DEL 14/11/2025 (REG. GEN. N. 498) CON LA QUALE E' STATO AFFIDATO ALLA DITTA "
 "MOVITERRA VALLI DI LANZO S.N.C. DI CERES IL SERVIZIO DI SGOMBERO NEVE E SPARGIMENTO SALE SULLE STRADE COMUNALI PER LA STAGIONE INVERNALE 2025/2026, "
 "CON IMPEGNO DI EURO 24.400,00 IVA COMPRESA;",
 "CONSIDERATO CHE LE ECCEZIONALI PRECIPITAZIONI NEVOSE DEI MESI DI GENNAIO E FEBBRAIO 2026 HANNO RICHIESTO INTERVENTI IN NUMERO SUPERIORE "
 "A QUELLO STIMATO E CHE OCCORRE PERTANTO INTEGRARE L'IMPEGNO DI SPESA;",
 "VISTO IL CONSUNTIVO DEGLI INTERVENTI PRESENTATO DALLA DITTA IN DATA 02/03/2026 (PROT. N. 2291);",
 "ACCERTATA LA REGOLARITA' TECNICA DEL PRESENTE PROVVEDIMENTO AI SENSI DELL'ART. 147-BIS DEL D.LGS. 267/2000;",
]
for t in txt:
    for s in textwrap.wrap(t, W - 4): ln('  ' + s)
    ln()
ln(ctr('D E T E R M I N A'))
ln()
pts = [
 "DI INTEGRARE L'IMPEGNO DI SPESA N. 1402/2025 A FAVORE DELLA DITTA MOVITERRA VALLI DI LANZO S.N.C. DI CERES (P.IVA 09876540011) "
 "DELL'IMPORTO DI EURO 6.710,00 IVA COMPRESA;",
 "DI IMPUTARE LA SPESA AL CAPITOLO 1882/1 'SERVIZIO SGOMBERO NEVE' DEL BILANCIO 2026-2028, ESERCIZIO 2026;",
 "DI DARE ATTO CHE IL PRESENTE PROVVEDIMENTO DIVENTA ESECUTIVO CON L'APPOSIZIONE DEL VISTO DI REGOLARITA' CONTABILE.",
]
for i, t in enumerate(pts, 1):
    w = textwrap.wrap(t, W - 10)
    ln('  %d) ' % i + w[0])
    for s in w[1:]: ln('      ' + s)
ln()
ln("  IMPORTO INTEGRAZIONE ......................................................... EURO      6.710,00")
ln("  IMPEGNO ORIGINARIO ........................................................... EURO     24.400,00")
ln("  TOTALE AFFIDAMENTO ........................................................... EURO     31.110,00")
ln()
ln('LANZO TORINESE, LI 06/03/2026'.ljust(80) + "IL RESPONSABILE DELL'AREA TECNICA")
ln(' ' * 80 + '     (GEOM. RENATO CHIADO\' FIORIO)')
ln(' ' * 80 + '   FIRMATO DIGITALMENTE')
L.append('\f')
box([ctr('COMUNE DI LANZO TORINESE - DETERMINAZIONE REG. GEN. N. 112 DEL 09/03/2026'.ljust(90) + 'PAG.   2')])
ln()
box([ctr("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA"), ctr("(ART. 183, COMMA 7, D.LGS. 267/2000)")])
ln()
ln('  +----------+------+----------+-------------+------------------------------------------+--------------+')
ln('  | ESERCIZIO| CAP. |  ART.    | IMPEGNO N.  | BENEFICIARIO                             |    IMPORTO   |')
ln('  +----------+------+----------+-------------+------------------------------------------+--------------+')
ln('  |   2026   | 1882 |    1     | 1402/2025-1 | MOVITERRA VALLI DI LANZO S.N.C.          |     6.710,00 |')
ln('  +----------+------+----------+-------------+------------------------------------------+--------------+')
ln()
ln('LANZO TORINESE, LI 09/03/2026'.ljust(80) + "IL RESPONSABILE DEL SERVIZIO FINANZIARIO")
ln(' ' * 80 + '        (DOTT.SSA ELENA BERTOLO)')
ln()
ln('-' * W)
ln('PUBBLICAZIONE: LA PRESENTE DETERMINAZIONE VIENE PUBBLICATA ALL\'ALBO PRETORIO ON LINE PER 15 GIORNI CONSECUTIVI DAL 10/03/2026.')
ln('-' * W)
open(sys.argv[1], 'w', encoding='latin-1').write('\n'.join(L) + '\n')
