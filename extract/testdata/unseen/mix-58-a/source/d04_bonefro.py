# Comune di Bonefro - determinazione printed as a 132-column fixed-width report
# (legacy AS/400-style "Datagraph" print), text -> enscript (Courier, landscape) -> ps2pdf
import sys, textwrap
W = 132
L = []
def ln(s=''): L.append(s)
def box(lines):
    ln('+' + '-'*(W-2) + '+')
    for s in lines: ln('| ' + s.ljust(W-4) + ' |')
    ln('+' + '-'*(W-2) + '+')
def lead(label, val, width=70):
    return label + ' ' + '.'*(width-len(label)-1) + ' ' + val
def para(t, ind=0):
    for s in textwrap.wrap(t, W-ind): ln(' '*ind + s)

ln('COMUNE DI BONEFRO'.ljust(66) + 'DTGR0412 - STAMPA DETERMINAZIONI'.rjust(66))
ln('PROVINCIA DI CAMPOBASSO'.ljust(66) + 'DATA STAMPA 11/03/2026  ORE 09.42  PAG.    1'.rjust(66))
ln('='*W)
box(['AREA TECNICA'.center(W-4), 'SERVIZIO LAVORI PUBBLICI - MANUTENZIONI - PATRIMONIO'.center(W-4), '',
     'DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO'.center(W-4)])
ln()
ln('   ' + lead('NUMERO DI REGISTRO GENERALE', '87', 48) + '      ' + lead('DATA', '10/03/2026', 30))
ln('   ' + lead('NUMERO DI REGISTRO DEL SERVIZIO', '23', 48) + '      ' + lead('PROPOSTA N.', '31 DEL 06/03/2026', 30))
ln()
subj = ("LAVORI DI MANUTENZIONE STRAORDINARIA DELLA RETE DI PUBBLICA ILLUMINAZIONE IN VIA SAN NICOLA E LARGO CASTELLO - "
        "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. A), DEL D.LGS. 36/2023 ALLA DITTA ELETTROMOLISE S.R.L. - "
        "IMPEGNO DI SPESA - CIG B6A1F27D90")
w = textwrap.wrap(subj, W-16)
ln('   OGGETTO : ' + w[0])
for s in w[1:]: ln('             ' + s)
ln('-'*W)
ln()
ln('IL RESPONSABILE DEL SERVIZIO'.center(W))
ln()
para("VISTO IL DECRETO SINDACALE N. 3 DEL 02/01/2026 CON IL QUALE E' STATA ATTRIBUITA AL SOTTOSCRITTO LA RESPONSABILITA' DELL'AREA TECNICA "
     "CON LE FUNZIONI DI CUI ALL'ART. 107 DEL D.LGS. 18/08/2000, N. 267;", 3)
para("PREMESSO CHE L'IMPIANTO DI PUBBLICA ILLUMINAZIONE DI VIA SAN NICOLA E LARGO CASTELLO PRESENTA GUASTI RICORRENTI ALLE LINEE DI "
     "ALIMENTAZIONE E AI QUADRI DI COMANDO, CON CONSEGUENTI DISAGI PER LA CIRCOLAZIONE E PER LA SICUREZZA DEI CITTADINI;", 3)
para("ACQUISITO IL PREVENTIVO DELLA DITTA ELETTROMOLISE S.R.L. CON SEDE IN LARINO (CB), PROT. N. 1204 DEL 04/03/2026, RITENUTO CONGRUO "
     "RISPETTO AI PREZZI DEL PREZZARIO REGIONALE DEL MOLISE 2025;", 3)
para("DATO ATTO CHE LA DITTA HA DICHIARATO IL POSSESSO DEI REQUISITI DI CUI AGLI ARTT. 94 E SEGUENTI DEL D.LGS. 36/2023 E CHE IL DURC "
     "RISULTA REGOLARE (PROT. INAIL_52188410, SCADENZA 18/06/2026);", 3)
ln()
ln('DETERMINA'.center(W))
ln()
pts = ["DI AFFIDARE ALLA DITTA ELETTROMOLISE S.R.L. (P.IVA 01782340709) I LAVORI DI MANUTENZIONE STRAORDINARIA DELLA RETE DI PUBBLICA "
       "ILLUMINAZIONE IN VIA SAN NICOLA E LARGO CASTELLO;",
       "DI IMPEGNARE LA SPESA COMPLESSIVA DI EURO 12.480,00 IVA COMPRESA COME DA PROSPETTO CONTABILE SOTTOSTANTE;",
       "DI DARE ATTO CHE IL RESPONSABILE UNICO DEL PROGETTO E' IL GEOM. ANTONIO DI TULLIO;",
       "DI TRASMETTERE IL PRESENTE ATTO AL SERVIZIO FINANZIARIO PER L'APPOSIZIONE DEL VISTO DI REGOLARITA' CONTABILE."]
for i, p in enumerate(pts, 1):
    w = textwrap.wrap(p, W-10)
    ln('   %2d) ' % i + w[0])
    for s in w[1:]: ln('       ' + s)
ln()
ln('   +--------+---------------+------------------------------------------------+------------+------------------+')
ln('   | ESERC. | CAPITOLO/ART. | DESCRIZIONE                                    | IMPEGNO N. |     IMPORTO EURO |')
ln('   +--------+---------------+------------------------------------------------+------------+------------------+')
ln('   |  2026  |  2870/1       | MANUTENZIONE STRAORD. PUBBLICA ILLUMINAZIONE   |   214/2026 |        12.480,00 |')
ln('   +--------+---------------+------------------------------------------------+------------+------------------+')
ln('   ' + lead('IMPONIBILE', '10.229,51', 60))
ln('   ' + lead('I.V.A. 22%', '2.250,49', 60))
ln('   ' + lead('TOTALE IMPEGNO', '12.480,00', 60))
ln()
ln('IL RESPONSABILE DEL SERVIZIO'.rjust(W-10))
ln('ING. PASQUALINO D\'ALESSANDRO'.rjust(W-10))
ln('(FIRMA AUTOGRAFA SOSTITUITA A MEZZO STAMPA AI SENSI DELL\'ART. 3, C. 2, D.LGS. 39/1993)'.rjust(W-3))
ln('\f')
ln('COMUNE DI BONEFRO'.ljust(66) + 'DTGR0412 - STAMPA DETERMINAZIONI'.rjust(66))
ln('PROVINCIA DI CAMPOBASSO'.ljust(66) + 'DATA STAMPA 11/03/2026  ORE 09.42  PAG.    2'.rjust(66))
ln('='*W)
box(['VISTO DI REGOLARITA\' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 183, COMMA 7, D.LGS. 267/2000)'])
ln()
para("SI APPONE IL VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA DELLA SPESA SUL CAPITOLO 2870/1 DEL BILANCIO 2026, "
     "IMPEGNO N. 214/2026.", 3)
ln('   BONEFRO, LI 10/03/2026' + 'IL RESPONSABILE DEL SERVIZIO FINANZIARIO'.rjust(W-33))
ln('DOTT.SSA CARMELA PETRUCCIANI'.rjust(W-10))
ln()
box(['CERTIFICATO DI PUBBLICAZIONE'.center(W-4), '',
     'LA PRESENTE DETERMINAZIONE VIENE PUBBLICATA ALL\'ALBO PRETORIO ON LINE DEL COMUNE DAL 11/03/2026 AL 26/03/2026 - N. REG. PUBBL. 163',
     '', 'IL MESSO COMUNALE ........................ ROCCO GIANFAGNA'])
ln('- FINE STAMPA -'.center(W))
open(sys.argv[1], 'w', encoding='latin-1').write('\n'.join(L) + '\n')
