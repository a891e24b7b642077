# Comune di Cortemilia - determinazione printed by a legacy line-printer procedure (132 columns, landscape)
# Text laid out here, printed by GNU enscript (Courier 8, latin1, landscape, no enscript header), then ps2pdf.
import subprocess, textwrap
W = 132
L = []
def rule(ch='-'): L.append('+' + ch * (W - 2) + '+')
def row(text=''): L.append('|' + (' ' + text).ljust(W - 2)[:W - 2] + '|')
def two(a, b, split=86):
    L.append('|' + (' ' + a).ljust(split - 1) + '|' + (' ' + b).ljust(W - split - 2) + '|')
def para(text, ind=2):
    for l in textwrap.wrap(text, W - ind - 2): L.append(' ' * ind + l)
    L.append('')
SUBJ = ("LAVORI DI CONSOLIDAMENTO DEL MURO DI SOSTEGNO LUNGO LA STRADA COMUNALE SAN ROCCO - BORGO SAN PANTALEO. "
        "APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE E LIQUIDAZIONE DEL CREDITO FINALE ALLA DITTA "
        "EDILBORMIDA S.R.L. - CUP G47H24001230004 - CIG B3F0A72C15.")
rule('=')
two('COMUNE DI CORTEMILIA', 'DETERMINAZIONE N.   58   DEL 16/03/2026')
two('PROVINCIA DI CUNEO', '(REGISTRO GENERALE)')
two('CORSO LUIGI EINAUDI 1 - 12074 CORTEMILIA (CN)', 'N.   21  REG. SERVIZIO   DEL 13/03/2026')
rule('=')
row('AREA TECNICA')
row('SERVIZIO LAVORI PUBBLICI E MANUTENZIONI')
rule()
sub = textwrap.wrap(SUBJ, W - 14)
for i, s in enumerate(sub): row(('OGGETTO:   ' if i == 0 else ' ' * 11) + s)
rule()
L.append('')
L.append('IL RESPONSABILE DEL SERVIZIO'.center(W)); L.append('')
for t in ["PREMESSO CHE CON DELIBERAZIONE DELLA GIUNTA COMUNALE N. 71 DEL 02/10/2025 E' STATO APPROVATO IL PROGETTO ESECUTIVO DEI LAVORI IN OGGETTO, "
          "DELL'IMPORTO COMPLESSIVO DI EURO 95.000,00, FINANZIATO CON CONTRIBUTO DEL MINISTERO DELL'INTERNO PER LA MESSA IN SICUREZZA DEL TERRITORIO;",
          "RICHIAMATA LA PROPRIA DETERMINAZIONE N. 244 DEL 21/10/2025 CON LA QUALE I LAVORI SONO STATI AFFIDATI ALLA DITTA EDILBORMIDA S.R.L. "
          "CON SEDE IN MONESIGLIO (CN), P.IVA 03871620048, PER L'IMPORTO DI EURO 71.460,00 OLTRE IVA;",
          "VISTO IL CERTIFICATO DI REGOLARE ESECUZIONE EMESSO DAL DIRETTORE DEI LAVORI ING. MARCO GALLESIO IN DATA 06/03/2026, DAL QUALE RISULTA "
          "UN CREDITO RESIDUO DELL'IMPRESA PARI A EURO 8.712,40 OLTRE IVA;",
          "ACCERTATA LA REGOLARITA' CONTRIBUTIVA DELLA DITTA (DURC PROT. INPS_49930817 CON SCADENZA 24/06/2026);",
          "VISTI IL D.LGS. 18/08/2000 N. 267, IL D.LGS. 31/03/2023 N. 36 E IL DECRETO SINDACALE N. 4 DEL 02/01/2026 DI NOMINA DEL RESPONSABILE DEL SERVIZIO;"]:
    para(t)
L.append('  QUADRO ECONOMICO FINALE')
for a, b in [('LAVORI A CORPO AL NETTO DEL RIBASSO', '69.910,00'), ('ONERI PER LA SICUREZZA', '1.550,00'),
             ('TOTALE LAVORI', '71.460,00'), ('ACCONTI CORRISPOSTI (S.A.L. N. 1 E N. 2)', '62.747,60'),
             ('CREDITO RESIDUO DELL\'IMPRESA', '8.712,40'), ('I.V.A. 22%', '1.916,73'), ('TOTALE DA LIQUIDARE', '10.629,13')]:
    L.append('  ' + (a + ' ').ljust(70, '.') + ' EURO ' + b.rjust(12))
L.append('')
L.append('D E T E R M I N A'.center(W)); L.append('')
pts = ["DI APPROVARE IL CERTIFICATO DI REGOLARE ESECUZIONE DEI LAVORI IN OGGETTO EMESSO IN DATA 06/03/2026 DAL DIRETTORE DEI LAVORI;",
       "DI LIQUIDARE ALLA DITTA EDILBORMIDA S.R.L. LA SOMMA DI EURO 8.712,40 OLTRE IVA 22% PER EURO 1.916,73, COMPLESSIVI EURO 10.629,13, A SALDO DEI LAVORI ESEGUITI;",
       "DI IMPUTARE LA SPESA AL CAPITOLO 3450/1 DEL BILANCIO 2026, GESTIONE RESIDUI, IMPEGNO N. 612/2025;",
       "DI SVINCOLARE LA GARANZIA DEFINITIVA PRESTATA DALL'IMPRESA;",
       "DI DARE ATTO CHE IL PRESENTE PROVVEDIMENTO E' ESECUTIVO CON L'APPOSIZIONE DEL VISTO DI REGOLARITA' CONTABILE."]
for i, t in enumerate(pts, 1):
    ls = textwrap.wrap(t, W - 10)
    for j, l in enumerate(ls): L.append(('  ' + f'{i})'.ljust(5) if j == 0 else ' ' * 7) + l)
    L.append('')
L.append(' ' * 80 + 'IL RESPONSABILE DEL SERVIZIO')
L.append(' ' * 80 + 'F.TO GEOM. PIERO BOGLIOLO'); L.append('')
rule()
row("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 183, COMMA 7, D.LGS. 267/2000) ......... FAVOREVOLE")
row('CORTEMILIA, 16/03/2026                                    IL RESPONSABILE DEL SERVIZIO FINANZIARIO  F.TO RAG. SILVANA DOGLIANI')
rule()
row("PUBBLICAZIONE ALL'ALBO PRETORIO ON LINE DAL 18/03/2026 AL 02/04/2026 - N. 167 DEL REGISTRO DELLE PUBBLICAZIONI")
rule()
PAGE = 54
pages = [L[i:i + PAGE] for i in range(0, len(L), PAGE)]
out = []
for n, pg in enumerate(pages, 1):
    head = 'COMUNE DI CORTEMILIA'.ljust(40) + 'S.I.C. - GESTIONE ATTI AMMINISTRATIVI - STAMPA DETERMINAZIONI'.ljust(80) + f'PAG. {n:3d}'
    out.append(head); out.append('')
    out += pg
    out.append('\f' if n < len(pages) else '')
txt = '\n'.join(out)
open('d05_cortemilia.txt', 'w', encoding='latin-1').write(txt)
subprocess.run(['enscript', '-B', '-r', '-f', 'Courier8', '-X', 'latin1', '--margins=36:36:30:30',
                '-p', 'd05_cortemilia.ps', 'd05_cortemilia.txt'], check=True, capture_output=True)
subprocess.run(['ps2pdf', '-sPAPERSIZE=a4', 'd05_cortemilia.ps', '../determinazione-cortemilia-datagraph.pdf'], check=True)
