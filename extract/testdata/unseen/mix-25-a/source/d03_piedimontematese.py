# D03 Comune (Campania), determinazione as a 132-column AS/400-style report (Saga-like legacy print):
# ASCII text -> GNU enscript (landscape, Courier) -> ps2pdf
import os, subprocess, textwrap
H = os.path.dirname(os.path.abspath(__file__)); W = 132
def c(s): return s.center(W).rstrip()
def box(lines):
    out = ['+' + '-' * (W - 2) + '+']
    for l in lines: out.append('| ' + l.ljust(W - 4) + ' |')
    return out + ['+' + '-' * (W - 2) + '+']
def lead(label, val, n=44): return (label + ' ').ljust(n, '.') + ' ' + val
def par(s, ind=0): return textwrap.wrap(s, W - ind, initial_indent=' ' * ind, subsequent_indent=' ' * ind)
def run(p): 
    head = ['COMUNE DI PIEDIMONTE MATESE'.ljust(60) + ('PROVINCIA DI CASERTA').rjust(W - 60),
            'SISTEMA ATTI AMMINISTRATIVI - STAMPA DETERMINE (DTR0132)'.ljust(60) + ('PAG. %3d' % p).rjust(W - 60), '=' * W]
    return head
subj = ("LAVORI DI RIFACIMENTO DEL MANTO STRADALE DI VIA CESE E VIA SAN DOMENICO - AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, "
        "COMMA 1, LETT. A) DEL D.LGS. 36/2023 ALLA DITTA EDIL STRADE MATESINE S.R.L. - IMPEGNO DI SPESA - CIG B8A1F20C57.")
L = run(1)
L += ['', c('C O M U N E   D I   P I E D I M O N T E   M A T E S E'), c('(PROVINCIA DI CASERTA)'), '']
L += box([lead('AREA', 'AREA TECNICA'),
          lead('SERVIZIO', 'SERVIZIO LAVORI PUBBLICI E MANUTENZIONI'),
          lead('DETERMINAZIONE DEL RESPONSABILE DI AREA N.', '88 DEL 05/05/2026'),
          lead('REGISTRO GENERALE N.', '352 DEL 06/05/2026')])
L += ['', 'OGGETTO: ' + textwrap.wrap(subj, W - 9)[0]] + ['         ' + x for x in textwrap.wrap(subj, W - 9)[1:]]
L += ['-' * W, '', c('IL RESPONSABILE DELL\'AREA TECNICA'), '']
for s in ["VISTO IL DECRETO SINDACALE N. 7 DEL 02/01/2026 DI CONFERIMENTO DELL'INCARICO DI RESPONSABILE DELL'AREA TECNICA CON ATTRIBUZIONE DELLE FUNZIONI DI CUI ALL'ART. 107 DEL D.LGS. 267/2000;",
          "VISTA LA DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 9 DEL 27/03/2026, ESECUTIVA, DI APPROVAZIONE DEL BILANCIO DI PREVISIONE 2026/2028;",
          "PREMESSO CHE IL TRATTO DI VIA CESE COMPRESO TRA PIAZZA ROMA E L'INCROCIO CON VIA SAN DOMENICO PRESENTA AMMALORAMENTI DIFFUSI DELLA PAVIMENTAZIONE, CON PERICOLO PER LA PUBBLICA INCOLUMITA';",
          "DATO ATTO CHE L'UFFICIO HA REDATTO IL COMPUTO METRICO ESTIMATIVO DEI LAVORI PER UN IMPORTO DI EURO 38.450,00 OLTRE IVA, DI CUI EURO 1.150,00 PER ONERI DELLA SICUREZZA NON SOGGETTI A RIBASSO;",
          "ACQUISITO SULLA PIATTAFORMA DI APPROVVIGIONAMENTO DIGITALE IL PREVENTIVO DELLA DITTA EDIL STRADE MATESINE S.R.L., CON SEDE IN ALIFE (CE), CHE HA OFFERTO UN RIBASSO DEL 6,20% SULL'IMPORTO DEI LAVORI;",
          "RITENUTA LA CONGRUITA' DELL'OFFERTA E ACCERTATA LA REGOLARITA' CONTRIBUTIVA DELLA DITTA (DURC PROT. INAIL_53318207);",
          "VISTI IL D.LGS. 267/2000, IL D.LGS. 36/2023 E IL VIGENTE REGOLAMENTO DI CONTABILITA';"]:
    L += par(s) + ['']
L += [c('D E T E R M I N A'), '']
pts = ["DI AFFIDARE, AI SENSI DELL'ART. 50, COMMA 1, LETT. A) DEL D.LGS. 36/2023, ALLA DITTA EDIL STRADE MATESINE S.R.L. (P.IVA 04188230614) I LAVORI DI RIFACIMENTO DEL MANTO STRADALE DI VIA CESE E VIA SAN DOMENICO PER L'IMPORTO NETTO DI EURO 36.138,30, OLTRE IVA AL 22%;",
       "DI IMPEGNARE LA SOMMA COMPLESSIVA DI EURO 44.088,73 COME DA PROSPETTO CONTABILE CHE SEGUE;",
       "DI DARE ATTO CHE IL RESPONSABILE UNICO DEL PROGETTO E' IL GEOM. ANTONIO DI SORBO;",
       "DI TRASMETTERE LA PRESENTE AL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA PER IL VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA."]
for i, s in enumerate(pts, 1):
    w = textwrap.wrap(s, W - 5); L += [' %d)  ' % i + w[0]] + ['     ' + x for x in w[1:]] + ['']
p1 = L
L = run(2) + ['', '*** PROSPETTO IMPEGNI ***']
L += ['+------+------------+----------+--------+------+-------------------------------------------------------+------------------+']
L += ['| ESER.| CAPITOLO   | MISS/PROG| TITOLO | IMP. | CREDITORE                                             |          IMPORTO |']
L += ['+------+------------+----------+--------+------+-------------------------------------------------------+------------------+']
L += ['| 2026 | 2830/12    | 10.05    |   2    | 611  | EDIL STRADE MATESINE S.R.L.                           |        44.088,73 |']
L += ['+------+------------+----------+--------+------+-------------------------------------------------------+------------------+']
L += [' ' * 93 + 'TOTALE .......... ' + '44.088,73'.rjust(20)]
L += ['']
L += [lead('IL RESPONSABILE DEL PROCEDIMENTO', 'GEOM. ANTONIO DI SORBO')]
L += ['', ' ' * 80 + "IL RESPONSABILE DELL'AREA TECNICA", ' ' * 84 + 'ING. PASQUALE DE LELLIS', ' ' * 80 + '(FIRMATO DIGITALMENTE)', '']
L += box(['VISTO DI REGOLARITA\' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 183, COMMA 7, D.LGS. 267/2000)', '',
          'SI APPONE IL VISTO FAVOREVOLE. IMPEGNO N. 611/2026 DI EURO 44.088,73 SUL CAP. 2830/12.', '',
          lead('DATA', '06/05/2026'), "IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA: DOTT.SSA CARMELA PETRELLA"])
L += ['']
L += box(['ATTESTAZIONE DI PUBBLICAZIONE', '',
          'LA PRESENTE DETERMINAZIONE VIENE PUBBLICATA ALL\'ALBO PRETORIO ON LINE DEL COMUNE PER 15 GIORNI CONSECUTIVI',
          lead('DAL', '12/05/2026') + '   ' + lead('AL', '27/05/2026', 20) + '   ' + lead('N. REG. PUBBL.', '1047', 30), '',
          "IL RESPONSABILE DELLA PUBBLICAZIONE: SIG. RAFFAELE D'AMICO"])
L += ['', '*** FINE STAMPA ***'.center(W).rstrip()]
txt = '\n'.join(p1) + '\f' + '\n'.join(L) + '\n'
open(os.path.join(H, 'd03_piedimontematese.txt'), 'w', encoding='latin-1').write(txt)
ps = os.path.join(H, 'd03_piedimontematese.ps')
subprocess.run(['enscript', '-q', '-B', '-r', '-f', 'Courier@9.2/10', '-s', '0.6', '-M', 'A4', '--margins=16:16:30:30',
                '-X', 'latin1', '-o', ps, os.path.join(H, 'd03_piedimontematese.txt')], check=True)
subprocess.run(['ps2pdf', '-sPAPERSIZE=a4', ps, os.path.join(H, '..', 'determinazione-piedimontematese-saga.pdf')], check=True)
