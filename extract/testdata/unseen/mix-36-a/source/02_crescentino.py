#!/usr/bin/env python3
# Fixed-width 132-column report (Datagraph-like legacy print), written as plain text
# and printed with enscript (landscape, Courier 8) -> PostScript -> ghostscript pdfwrite.
import textwrap
W = 132
def c(s): return s.center(W).rstrip()
def box(lines):
    out = ['+' + '-'*(W-2) + '+']
    for l in lines: out.append('| ' + l.ljust(W-4) + ' |')
    out.append('+' + '-'*(W-2) + '+')
    return out
def wrap(s, ind=0, first=None):
    return textwrap.wrap(s, W-ind, initial_indent=' '*(first if first is not None else ind), subsequent_indent=' '*ind)
def leader(a, b, n=W-10): return '     ' + a + ' ' + '.'*(n - len(a) - len(b) - 2) + ' ' + b

def running(p, tot):
    return ['COMUNE DI CRESCENTINO - DELIBERAZIONE G.C. N. 31 DEL 12/03/2026' + ('PAG. %d/%d' % (p, tot)).rjust(W-63), '='*W, '']

p1 = []
p1 += box(['COMUNE DI CRESCENTINO'.ljust(64) + 'PROVINCIA DI VC'.rjust(62),
           'Piazza Caretto, 1 - 13044 CRESCENTINO (VC)'.ljust(64) + 'C.F. 00187530026'.rjust(62)])
p1 += ['', c('COPIA'), '', c('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE'), '',
       c('N.  31         DATA  12/03/2026'), '']
subj = ("APPROVAZIONE TARIFFE DEI SERVIZI A DOMANDA INDIVIDUALE E DEI SERVIZI CIMITERIALI PER L'ANNO 2026 - "
        "CONFERMA DELLE TARIFFE DELL'ASILO NIDO E DEL SERVIZIO DI REFEZIONE SCOLASTICA - PERCENTUALE DI COPERTURA DEL COSTO.")
sl = textwrap.wrap(subj, W-14)
p1 += ['OGGETTO:     ' + sl[0]] + ['             ' + x for x in sl[1:]]
p1 += ['-'*W, '']
p1 += wrap("L'ANNO DUEMILAVENTISEI ADDI' DODICI DEL MESE DI MARZO ALLE ORE 18,00 NELLA SALA DELLE ADUNANZE, PREVIA "
           "L'OSSERVANZA DI TUTTE LE FORMALITA' PRESCRITTE DALLA VIGENTE NORMATIVA, VENNERO OGGI CONVOCATI A SEDUTA I "
           "COMPONENTI LA GIUNTA COMUNALE.")
p1 += ['', 'ALL\'APPELLO RISULTANO:', '']
roll = [('BARBERIS VITTORIO', 'SINDACO', True), ('COSTANZO ALESSIA', 'VICE SINDACO', True),
        ('GHIGO PIERLUIGI', 'ASSESSORE', True), ('ROSSO DANIELA', 'ASSESSORE', False),
        ('TRAVERSA MATTEO', 'ASSESSORE', True)]
p1 += ['          +------------------------------------+----------------------+------------+------------+',
       '          | COGNOME E NOME                     | CARICA               | PRESENTE   | ASSENTE    |',
       '          +------------------------------------+----------------------+------------+------------+']
for n, r, pr in roll:
    p1.append('          | %-34s | %-20s | %-10s | %-10s |' % (n, r, '   SI' if pr else '', '' if pr else '   SI'))
p1 += ['          +------------------------------------+----------------------+------------+------------+',
       '          |                                     TOTALE                    |     4      |     1      |',
       '          +------------------------------------+----------------------+------------+------------+', '']
p1 += wrap("ASSISTE ALL'ADUNANZA IL SEGRETARIO COMUNALE DOTT.SSA GIORDANO PAOLA LA QUALE PROVVEDE ALLA REDAZIONE DEL PRESENTE VERBALE.")
p1 += wrap("ESSENDO LEGALE IL NUMERO DEGLI INTERVENUTI, IL SIG. BARBERIS VITTORIO NELLA SUA QUALITA' DI SINDACO ASSUME LA "
           "PRESIDENZA E DICHIARA APERTA LA SEDUTA PER LA TRATTAZIONE DELL'OGGETTO SOPRA INDICATO.")
p1 += ['', c('LA GIUNTA COMUNALE'), '']
for t in [
 "PREMESSO CHE L'ART. 172, COMMA 1, LETT. C), DEL D.LGS. 18/08/2000 N. 267 PREVEDE CHE AL BILANCIO DI PREVISIONE SIANO ALLEGATE "
 "LE DELIBERAZIONI CON LE QUALI SONO DETERMINATI, PER L'ESERCIZIO SUCCESSIVO, LE TARIFFE, LE ALIQUOTE D'IMPOSTA E LE EVENTUALI "
 "MAGGIORI DETRAZIONI, NONCHE' I TASSI DI COPERTURA IN PERCENTUALE DEL COSTO DI GESTIONE DEI SERVIZI STESSI;",
 "RICHIAMATO L'ART. 6 DEL D.L. 28/02/1983 N. 55, CONVERTITO DALLA LEGGE 26/04/1983 N. 131, CHE IMPONE AGLI ENTI LOCALI DI "
 "DEFINIRE LA MISURA PERCENTUALE DEI COSTI COMPLESSIVI DEI SERVIZI PUBBLICI A DOMANDA INDIVIDUALE FINANZIATA DA TARIFFE O "
 "CONTRIBUZIONI;",
 "VISTO IL D.M. 31/12/1983 CHE INDIVIDUA LE CATEGORIE DEI SERVIZI PUBBLICI A DOMANDA INDIVIDUALE;",
 "CONSIDERATO CHE, SULLA BASE DEI DATI FORNITI DAI RESPONSABILI DEI SERVIZI, LA PERCENTUALE COMPLESSIVA DI COPERTURA DEI COSTI "
 "PER L'ANNO 2026 RISULTA PARI AL 58,42 PER CENTO, COME DA PROSPETTO ALLEGATO;",
 "RITENUTO DI CONFERMARE PER L'ANNO 2026 LE TARIFFE DELL'ASILO NIDO COMUNALE E DEL SERVIZIO DI REFEZIONE SCOLASTICA IN VIGORE "
 "NELL'ANNO 2025 E DI AGGIORNARE LE TARIFFE DEI SERVIZI CIMITERIALI SULLA BASE DELLA VARIAZIONE ISTAT DELL'INDICE FOI;",
]:
    p1 += wrap(t) + ['']
pareri = ['ACQUISITI I PARERI FAVOREVOLI ESPRESSI AI SENSI DELL\'ART. 49 DEL D.LGS. 267/2000:', '',
          leader("PARERE DI REGOLARITA' TECNICA - RESP. AREA AMMINISTRATIVA", 'FAVOREVOLE'),
          leader("PARERE DI REGOLARITA' CONTABILE - RESP. AREA FINANZIARIA", 'FAVOREVOLE'), '',
          "CON VOTI UNANIMI FAVOREVOLI ESPRESSI IN FORMA PALESE", '', c('D E L I B E R A'), '']
pts = [
 "DI APPROVARE, PER L'ANNO 2026, LE TARIFFE DEI SERVIZI PUBBLICI A DOMANDA INDIVIDUALE E DEI SERVIZI CIMITERIALI COME "
 "RIPORTATE NEL PROSPETTO ALLEGATO SUB A) ALLA PRESENTE DELIBERAZIONE QUALE PARTE INTEGRANTE E SOSTANZIALE;",
 "DI CONFERMARE LE TARIFFE DELL'ASILO NIDO COMUNALE E DEL SERVIZIO DI REFEZIONE SCOLASTICA IN VIGORE NELL'ANNO 2025;",
 "DI DARE ATTO CHE LA PERCENTUALE DI COPERTURA DEL COSTO COMPLESSIVO DEI SERVIZI A DOMANDA INDIVIDUALE PER L'ANNO 2026 "
 "E' PARI AL 58,42 PER CENTO;",
 "DI ALLEGARE COPIA DELLA PRESENTE DELIBERAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2026/2028, AI SENSI DELL'ART. 172 "
 "DEL D.LGS. 267/2000;",
]
pp = []
for i, t in enumerate(pts, 1):
    w = wrap(t, 5)
    w[0] = ('%d)' % i).ljust(5) + w[0][5:]
    pp += w + ['']
pp += wrap("SUCCESSIVAMENTE, CON ULTERIORE VOTAZIONE UNANIME E PALESE, LA GIUNTA COMUNALE DICHIARA LA PRESENTE DELIBERAZIONE "
           "IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. 267/2000.")
p2 = pareri + pp + ['', 'LETTO, CONFERMATO E SOTTOSCRITTO', '',
      '          IL SINDACO - PRESIDENTE' + ' '*55 + 'IL SEGRETARIO COMUNALE',
      '          F.TO BARBERIS VITTORIO' + ' '*56 + 'F.TO DOTT.SSA GIORDANO PAOLA', '', '-'*W,
      c('CERTIFICATO DI PUBBLICAZIONE'), '']
p2 += wrap("SI CERTIFICA CHE COPIA DEL PRESENTE VERBALE VIENE PUBBLICATA ALL'ALBO PRETORIO ON LINE DI QUESTO COMUNE PER QUINDICI "
           "GIORNI CONSECUTIVI DAL 17/03/2026 AL 01/04/2026 (REG. PUBBL. N. 402).")
p2 += ['', 'CRESCENTINO, LI 17/03/2026' + ' '*52 + 'IL SEGRETARIO COMUNALE', ' '*78 + 'F.TO DOTT.SSA GIORDANO PAOLA', '-'*W,
       c('COPIA CONFORME ALL\'ORIGINALE PER USO AMMINISTRATIVO')]
# paginate: 62 lines per page, running head on every page
body = p1 + p2
per = 52
pages = [body[i:i+per] for i in range(0, len(body), per)]
out = []
for i, pg in enumerate(pages, 1):
    r = running(i, len(pages))
    if i > 1: r[0] = '\f' + r[0]
    out += r + pg
for l in out: assert len(l.lstrip('\f')) <= W, (len(l), l)
open('02_crescentino.txt', 'w', encoding='latin-1').write('\n'.join(out) + '\n')
