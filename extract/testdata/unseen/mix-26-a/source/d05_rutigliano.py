# D05 Comune (Apulia), determinazione printed as a 132-column fixed-width report (legacy Siscom-like print):
# text laid out here, then GNU enscript (Courier 7 pt, portrait, no header) -> PostScript -> ps2pdf (Ghostscript)
import os, subprocess, textwrap
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(HERE, '..')
W = 132
def box(lines):
    r = ['+' + '-' * (W - 2) + '+']
    for l in lines: r.append('| ' + l.ljust(W - 4) + ' |')
    r.append('+' + '-' * (W - 2) + '+'); return r
def lab(label, value, width=28):
    return (label + ' ').ljust(width, '.') + ': ' + value
def wrapped(prefix, text, width=W, indent=None):
    ind = indent if indent is not None else ' ' * len(prefix)
    return textwrap.wrap(text, width=width, initial_indent=prefix, subsequent_indent=ind, break_long_words=False, break_on_hyphens=False)
def head(page, pages):
    return ['COMUNE DI RUTIGLIANO'.ljust(W - 20) + ('PAG. %d DI %d' % (page, pages)).rjust(20),
            "CITTA' METROPOLITANA DI BARI".ljust(W - 30) + 'DATA STAMPA: 11/05/2026 12:47'.rjust(30),
            'SETTORE III - LAVORI PUBBLICI E MANUTENZIONI', 'SERVIZIO MANUTENZIONE PATRIMONIO E IMPIANTI', '=' * W]
SUBJ = ("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE ORDINARIA "
        "DEGLI IMPIANTI ANTINCENDIO DEGLI EDIFICI SCOLASTICI COMUNALI - ANNO 2026 - CIG B8F1A27C44. IMPEGNO DI SPESA.")
p1 = head(1, 2) + ['']
p1 += box(['DETERMINAZIONE DEL RESPONSABILE DEL SETTORE III'.center(W - 4), '',
           'REGISTRO GENERALE N. 412 DEL 11/05/2026'.ljust(64) + 'REGISTRO DI SETTORE N. 97 DEL 08/05/2026'.rjust(W - 4 - 64)])
p1 += ['', lab('PROPOSTA N.', '118 DEL 07/05/2026'), lab('RESPONSABILE DEL PROCEDIMENTO', 'GEOM. VITO LAPORTA', 30)[:0] or lab('RESP. DEL PROCEDIMENTO', 'GEOM. VITO LAPORTA'),
       lab('CENTRO DI COSTO', '04.02 - ISTRUZIONE PRIMARIA E SECONDARIA'), '']
p1 += wrapped('OGGETTO: ', SUBJ, W - 10)
p1 += ['-' * W, '', 'IL RESPONSABILE DEL SETTORE'.center(W), '']
prem = [
 "PREMESSO CHE IL COMUNE E' PROPRIETARIO DEGLI EDIFICI SEDE DEL 1 E DEL 2 CIRCOLO DIDATTICO E DELLA SCUOLA SECONDARIA DI PRIMO GRADO "
 "\"POSITANO\", DOTATI DI IMPIANTI DI RILEVAZIONE FUMI, IDRANTI ED ESTINTORI SOGGETTI A CONTROLLO PERIODICO AI SENSI DEL D.M. 1 SETTEMBRE 2021;",
 "DATO ATTO CHE IL CONTRATTO IN ESSERE E' SCADUTO IL 30/04/2026 E CHE OCCORRE GARANTIRE LA CONTINUITA' DEL SERVIZIO FINO AL 31/12/2026;",
 "VISTO L'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 31 MARZO 2023, N. 36, CHE CONSENTE L'AFFIDAMENTO DIRETTO DEI SERVIZI DI IMPORTO INFERIORE "
 "A EURO 140.000,00;",
 "VISTO IL PREVENTIVO PROT. N. 9874 DEL 05/05/2026 DELLA DITTA SICURFIRE S.R.L. DI CONVERSANO, CHE HA OFFERTO L'IMPORTO DI EURO 6.480,00 "
 "OLTRE IVA AL 22%, RITENUTO CONGRUO;",
 "VISTO IL DECRETO SINDACALE N. 6 DEL 09/01/2026 DI CONFERIMENTO DELL'INCARICO DI ELEVATA QUALIFICAZIONE DEL SETTORE III;",
 "ACCERTATA LA REGOLARITA' CONTRIBUTIVA DELLA DITTA (DURC PROT. INAIL_51872204 VALIDO FINO AL 02/09/2026);"]
for s in prem: p1 += wrapped('', s, W) + ['']
p1 += ['D E T E R M I N A'.center(W), '']
pts = ["DI AFFIDARE, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, ALLA DITTA SICURFIRE S.R.L., CON SEDE IN CONVERSANO, "
       "VIA PUTIGNANO N. 118, P.IVA 06512870725, IL SERVIZIO DI MANUTENZIONE ORDINARIA DEGLI IMPIANTI ANTINCENDIO DEGLI EDIFICI SCOLASTICI "
       "COMUNALI PER IL PERIODO 15/05/2026 - 31/12/2026;",
       "DI IMPEGNARE LA SOMMA COMPLESSIVA DI EURO 7.905,60 (IVA COMPRESA) COME DA PROSPETTO CONTABILE IN CALCE;",
       "DI DARE ATTO CHE IL CONTRATTO SARA' STIPULATO MEDIANTE CORRISPONDENZA SECONDO L'USO COMMERCIALE AI SENSI DELL'ART. 18, COMMA 1, "
       "DEL D.LGS. 36/2023;",
       "DI DARE ATTO CHE IL RESPONSABILE UNICO DEL PROGETTO E' IL GEOM. VITO LAPORTA;",
       "DI ATTESTARE LA REGOLARITA' TECNICA E LA CORRETTEZZA DELL'AZIONE AMMINISTRATIVA AI SENSI DELL'ART. 147-BIS DEL D.LGS. 267/2000;",
       "DI TRASMETTERE IL PRESENTE ATTO AL SETTORE II - SERVIZI FINANZIARI PER L'APPOSIZIONE DEL VISTO DI REGOLARITA' CONTABILE."]
for i, s in enumerate(pts, 1): p1 += wrapped('%d) ' % i, s, W) + ['']
p2 = head(2, 2) + ['', 'DETERMINAZIONE R.G. N. 412 DEL 11/05/2026 - SEGUE', '']
p2 += ['IL RESPONSABILE DEL SETTORE III'.rjust(W - 10), 'F.TO ING. DOMENICO CAMPANELLA'.rjust(W - 11), '', '']
p2 += box(["VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 183, COMMA 7, D.LGS. 267/2000)"])
p2 += ['', '  ESERCIZIO   MISSIONE/PROGR.   CAPITOLO     ARTICOLO   IMPEGNO N.        IMPORTO EURO   BENEFICIARIO',
       '  ---------   ---------------   --------     --------   ----------   -----------------   ------------------------------',
       '  2026        04.02             2340         01          2026/871                7.905,60   SICURFIRE S.R.L.',
       '                                                                        -----------------',
       '                                                          TOTALE                 7.905,60', '',
       lab('DATA VISTO', '11/05/2026'), lab('IL RESPONSABILE SETTORE II', 'F.TO DOTT.SSA ANNA MARIA DIPINTO'), '', '']
p2 += box(['PUBBLICAZIONE ALL\'ALBO PRETORIO ON LINE',
           '',
           "COPIA DELLA PRESENTE DETERMINAZIONE VIENE PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL 18/05/2026 AL 02/06/2026",
           'N. REG. PUBBL. 1187 - IL MESSO COMUNALE F.TO SIG. NICOLA DE GIRONIMO'])
p2 += ['', '', '*** FINE STAMPA ***'.center(W), '', 'PROCEDURA: ATTI AMMINISTRATIVI - DETERMINE   UTENTE: LTEC03   STAMPA: DET_R132'.ljust(W)]
for l in p1 + p2: assert len(l) <= W, (len(l), l)
txt = os.path.join(HERE, 'd05_rutigliano.txt')
open(txt, 'w', encoding='latin-1').write('\n'.join(p1) + '\n\f' + '\n'.join(p2) + '\n')
ps = os.path.join(HERE, 'd05_rutigliano.ps')
subprocess.run(['enscript', '-B', '-q', '-f', 'Courier6.8', '--margins=16:16:24:20', '-M', 'A4', '-X', 'latin1', '-o', ps, txt], check=True)
subprocess.run(['ps2pdf', '-sPAPERSIZE=a4', ps, os.path.join(OUT, 'determinazione-rutigliano-siscom.pdf')], check=True)
