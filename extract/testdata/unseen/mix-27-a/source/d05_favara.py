# D05 Comune (Sicily), determinazione printed by a legacy package (Datagraph-like) as a 132-column fixed-width report:
# text laid out here in capitals with apostrophe accents, boxes of = - |, dotted leaders; GNU enscript, Courier 8 pt,
# LANDSCAPE A4, no enscript header -> PostScript -> ps2pdf (Ghostscript)
import os, subprocess, textwrap
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(HERE, '..')
W = 132
def box(lines, ch='='):
    r = ['+' + ch * (W - 2) + '+']
    for l in lines: r.append('| ' + l.ljust(W - 4) + ' |')
    r.append('+' + ch * (W - 2) + '+'); return r
def lab(label, value, width=34): return ('  ' + label + ' ').ljust(width, '.') + ' ' + value
def wr(prefix, text, width=W, indent=None):
    ind = indent if indent is not None else ' ' * len(prefix)
    return textwrap.wrap(text, width=width, initial_indent=prefix, subsequent_indent=ind, break_long_words=False, break_on_hyphens=False)
def head(pg, n):
    return ['COMUNE DI FAVARA'.ljust(W - 24) + ('PAGINA %3d DI %3d' % (pg, n)).rjust(24),
            'LIBERO CONSORZIO COMUNALE DI AGRIGENTO'.ljust(W - 28) + 'STAMPATO IL 05/06/2026'.rjust(28),
            '-' * W]
SUBJ = ("LIQUIDAZIONE FATTURA N. 118/PA DEL 30/04/2026 ALLA DITTA ECO.SER. SOC. COOP. PER IL SERVIZIO DI CONFERIMENTO "
        "E TRATTAMENTO DELLA FRAZIONE ORGANICA DEI RIFIUTI URBANI (CER 20.01.08) - MESE DI APRILE 2026 - CIG A04B7D2F19.")
p1 = head(1, 3) + ['']
p1 += box(['V SETTORE - SERVIZI TECNICI, AMBIENTE E PROTEZIONE CIVILE'.center(W - 4),
           'SERVIZIO ECOLOGIA E IGIENE URBANA'.center(W - 4), '',
           'DETERMINAZIONE DEL RESPONSABILE DEL SETTORE'.center(W - 4), '',
           ('N. REG. GENERALE ....: 689     DEL 05/06/2026').ljust(64) + ('N. REG. SETTORE ....: 143     DEL 04/06/2026').rjust(W - 4 - 64)])
p1 += ['', lab('PROPOSTA N.', '157 DEL 03/06/2026'), lab('RESPONSABILE DEL PROCEDIMENTO', "ISTR. DIR. TEC. CALOGERO SORCE"),
       lab('CAPITOLO DI SPESA', '1736/2 - SERVIZIO SMALTIMENTO RIFIUTI'), lab('IMPEGNO DI RIFERIMENTO', '2026/212'), '']
p1 += wr('OGGETTO: ', SUBJ, W)
p1 += ['=' * W, '', 'IL RESPONSABILE DEL SETTORE'.center(W), '']
prem = [
 "PREMESSO CHE CON DETERMINAZIONE DIRIGENZIALE N. 1920 DEL 23/12/2025 E' STATO AFFIDATO ALLA DITTA ECO.SER. SOC. COOP., CON SEDE IN "
 "RAFFADALI, IL SERVIZIO DI CONFERIMENTO E TRATTAMENTO DELLA FRAZIONE ORGANICA (CER 20.01.08) PER IL PERIODO 01/01/2026 - 31/12/2026, "
 "AL PREZZO DI EURO 118,00 A TONNELLATA OLTRE IVA AL 10%, ASSUMENDO L'IMPEGNO N. 2026/212 SUL CAPITOLO 1736/2;",
 "VISTA LA FATTURA ELETTRONICA N. 118/PA DEL 30/04/2026, ACQUISITA AL PROTOCOLLO GENERALE N. 14877 DEL 04/05/2026, DELL'IMPORTO "
 "COMPLESSIVO DI EURO 41.269,16 (IMPONIBILE EURO 37.517,42 - IVA EURO 3.751,74), RELATIVA A TONNELLATE 317,944 CONFERITE NEL MESE DI APRILE 2026;",
 "VISTI I FORMULARI DI IDENTIFICAZIONE DEI RIFIUTI E L'ATTESTAZIONE DI REGOLARE ESECUZIONE RESA DAL DIRETTORE DELL'ESECUZIONE IN DATA 28/05/2026;",
 "ACCERTATA LA REGOLARITA' CONTRIBUTIVA DELLA DITTA MEDIANTE DURC PROT. INPS_50917733 CON SCADENZA 17/09/2026;",
 "DATO ATTO CHE NON SUSSISTONO SITUAZIONI DI CONFLITTO DI INTERESSI AI SENSI DELL'ART. 6-BIS DELLA L. 241/1990;",
 "VISTA LA DETERMINAZIONE SINDACALE N. 9 DEL 31/01/2026 DI NOMINA DEI RESPONSABILI DI SETTORE;",
 "VISTO L'O.R.EE.LL. VIGENTE NELLA REGIONE SICILIANA E IL D.LGS. 267/2000;"]
for s in prem: p1 += wr('', s, W) + ['']
p2 = head(2, 3) + ['', 'D E T E R M I N A'.center(W), '']
pts = ["DI LIQUIDARE E PAGARE ALLA DITTA ECO.SER. SOC. COOP., P.IVA 02581740846, LA FATTURA N. 118/PA DEL 30/04/2026 PER L'IMPORTO "
       "IMPONIBILE DI EURO 37.517,42, MEDIANTE BONIFICO SUL CONTO DEDICATO COMUNICATO AI SENSI DELLA L. 136/2010;",
       "DI VERSARE ALL'ERARIO L'IVA PARI A EURO 3.751,74 IN REGIME DI SCISSIONE DEI PAGAMENTI AI SENSI DELL'ART. 17-TER DEL D.P.R. 633/1972;",
       "DI IMPUTARE LA SPESA COMPLESSIVA DI EURO 41.269,16 AL CAPITOLO 1736/2, IMPEGNO N. 2026/212, DEL BILANCIO 2026;",
       "DI TRASMETTERE IL PRESENTE PROVVEDIMENTO AL II SETTORE - SERVIZI FINANZIARI PER L'EMISSIONE DEL MANDATO DI PAGAMENTO;",
       "DI DISPORRE LA PUBBLICAZIONE DEL PRESENTE ATTO ALL'ALBO PRETORIO ON LINE E NELLA SEZIONE AMMINISTRAZIONE TRASPARENTE."]
for i, s in enumerate(pts, 1): p2 += wr('%2d) ' % i, s, W) + ['']
p2 += ['', 'IL RESPONSABILE DEL PROCEDIMENTO'.ljust(70) + 'IL RESPONSABILE DEL V SETTORE'.center(W - 70),
       "F.TO ISTR. DIR. TEC. CALOGERO SORCE".ljust(70) + "F.TO ING. ROSARIA VELLA".center(W - 70), '']
p3 = head(3, 3) + ['']
p3 += box(["ATTESTAZIONE DI REGOLARITA' CONTABILE E COPERTURA FINANZIARIA - ART. 184, COMMA 4, D.LGS. 267/2000"], '-')
p3 += ['', '  ESERC.  CAPITOLO   IMPEGNO     LIQUIDAZIONE   CREDITORE                              IMPONIBILE          IVA      TOTALE',
       '  ------  ---------  ----------  -------------  -----------------------------------  ------------  -----------  ------------',
       '  2026    1736/2     2026/212    2026/1093      ECO.SER. SOC. COOP.                     37.517,42     3.751,74     41.269,16',
       '', lab('DATA', '05/06/2026'), lab('IL RESPONSABILE DEL II SETTORE', 'F.TO DOTT. GIUSEPPE LA MENDOLA'), '']
p3 += box(["CERTIFICATO DI PUBBLICAZIONE", '',
           "SI CERTIFICA CHE LA PRESENTE DETERMINAZIONE E' STATA PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL 08/06/2026 AL 23/06/2026",
           "REG. PUBBL. N. 1342/2026                                                 IL RESPONSABILE DELL'ALBO  F.TO SIG. SALVATORE BELLAVIA"], '-')
p3 += ['', '*** FINE DOCUMENTO ***'.center(W), '', ('PROGR. DETSTA01  VER. 4.12   OPERATORE: ECOL02   ' + 'ID ATTO 2026DET00689').ljust(W)]
for l in p1 + p2 + p3: assert len(l) <= W, (len(l), l)
txt = os.path.join(HERE, 'd05_favara.txt')
open(txt, 'w', encoding='latin-1').write('\n'.join(p1) + '\n\f' + '\n'.join(p2) + '\n\f' + '\n'.join(p3) + '\n')
ps = os.path.join(HERE, 'd05_favara.ps')
subprocess.run(['enscript', '-B', '-q', '-r', '-f', 'Courier8', '--margins=30:30:28:28', '-M', 'A4', '-X', 'latin1', '-o', ps, txt], check=True)
subprocess.run(['ps2pdf', '-sPAPERSIZE=a4', ps, os.path.join(OUT, 'determinazione-favara-datagraph.pdf')], check=True)
