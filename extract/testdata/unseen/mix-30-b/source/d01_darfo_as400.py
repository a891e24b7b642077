#!/usr/bin/env python3
"""Giunta deliberation of Comune di Darfo Boario Terme printed like an
IBM i (AS/400) spool file: 132-col-ish monospaced text, a running head on
every page, dashed rules.  Text -> enscript (Latin-1) -> ghostscript."""
import subprocess, sys, textwrap
W = 92
out = sys.argv[1]

def wrap(s, ind=0):
    return textwrap.wrap(s, W - ind, initial_indent=' ' * ind, subsequent_indent=' ' * ind,
                         break_on_hyphens=False) or ['']

def center(s):
    return s.center(W).rstrip()

body = []
A = body.append
def P(s, ind=0):
    body.extend(wrap(s, ind)); A('')

A(center('C O M U N E   D I   D A R F O   B O A R I O   T E R M E'))
A(center('PROVINCIA DI BRESCIA'))
A(center('Via Roma, 48 - 25047 Darfo Boario Terme (BS) - C.F. 00435600170'))
A('=' * W)
A(center('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE'))
A('=' * W)
A('')
A('  DELIBERAZIONE N.  24                          SEDUTA DEL  17/02/2026          ORE 18.00')
A('  CODICE ENTE       017065                      COPIA CONFORME ALL\'ORIGINALE DIGITALE')
A('-' * W)
A('')
body.extend(wrap("OGGETTO: APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE \"PRO LOCO DARFO BOARIO TERME\" PER LA GESTIONE DELL'UFFICIO INFORMAZIONI E ACCOGLIENZA TURISTICA (IAT) - ANNI 2026/2027.", 0))
A('')
A('-' * W)
A('')
P("L'anno duemilaventisei addì diciassette del mese di febbraio alle ore 18.00 nella Sala della Giunta del Palazzo Municipale, previa osservanza di tutte le formalità prescritte dalla vigente legge, sono stati convocati a seduta i componenti della Giunta Comunale.")
A('  All\'appello risultano:')
A('')
A('  ' + '-' * 70)
A('  %-34s %-22s %-6s %-6s' % ('COGNOME E NOME', 'CARICA', 'PRES.', 'ASS.'))
A('  ' + '-' * 70)
roll = [('GHIRARDELLI PAOLO', 'SINDACO', True),
        ('BETTONI CHIARA', 'VICE SINDACO', True),
        ('FRANZONI ALBERTO', 'ASSESSORE', True),
        ('MORANDINI SILVIA', 'ASSESSORE', False),
        ('PEDRETTI GIANLUCA', 'ASSESSORE', True),
        ('SALVETTI ELENA', 'ASSESSORE ESTERNO', True)]
for n, r, p in roll:
    A('  %-34s %-22s %-6s %-6s' % (n, r, '  X' if p else '', '' if p else '  X'))
A('  ' + '-' * 70)
A('  %-34s %-22s %-6s %-6s' % ('', 'TOTALE', '  5', '  1'))
A('')
P("Partecipa all'adunanza il Segretario Generale Dott.ssa Laura Cominelli, il quale provvede alla redazione del presente verbale.")
P("Essendo legale il numero degli intervenuti, il Sig. Paolo Ghirardelli, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")
A(center('LA GIUNTA COMUNALE'))
A('')
P("PREMESSO che il Comune di Darfo Boario Terme, in ragione della propria vocazione termale e turistica, intende assicurare la continuità del servizio di informazione e accoglienza turistica presso la sede di Piazza Einaudi, in località Boario Terme;")
P("RICHIAMATA la deliberazione della Giunta Comunale n. 19 del 14/02/2024, con la quale veniva approvata la convenzione con l'Associazione \"Pro Loco Darfo Boario Terme\" per il biennio 2024/2025, giunta a naturale scadenza il 31/12/2025;")
P("VISTO l'art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo Settore), che consente alle amministrazioni pubbliche di sottoscrivere convenzioni con le associazioni di promozione sociale iscritte da almeno sei mesi nel Registro unico nazionale del Terzo settore, finalizzate allo svolgimento di attività o servizi sociali di interesse generale;")
P("DATO ATTO che l'Associazione risulta iscritta al RUNTS con decreto n. 4471 del 22/09/2022 e che la stessa ha presentato in data 02/02/2026, prot. n. 3318, la propria disponibilità alla prosecuzione del servizio alle medesime condizioni economiche;")
P("RITENUTO di riconoscere all'Associazione, a titolo di rimborso delle spese effettivamente sostenute e documentate, un importo massimo annuo di euro 18.500,00, per complessivi euro 37.000,00 nel biennio;")
P("VISTO lo schema di convenzione allegato alla presente quale parte integrante e sostanziale (Allegato A);")
P("ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi, ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, rispettivamente dal Responsabile dell'Area Servizi alla Persona e dal Responsabile dell'Area Economico-Finanziaria;")
P("CON VOTI UNANIMI favorevoli, espressi nelle forme di legge;")
A(center('D E L I B E R A'))
A('')
pts = ["DI APPROVARE lo schema di convenzione con l'Associazione \"Pro Loco Darfo Boario Terme\" per la gestione dell'Ufficio Informazioni e Accoglienza Turistica (IAT) per gli anni 2026 e 2027, allegato alla presente quale parte integrante e sostanziale;",
       "DI DARE ATTO che la spesa complessiva di euro 37.000,00 trova copertura al capitolo 7120 \"Contributi per attività di promozione turistica\" del bilancio di previsione 2026/2028, annualità 2026 e 2027, per euro 18.500,00 ciascuna;",
       "DI DEMANDARE al Responsabile dell'Area Servizi alla Persona la sottoscrizione della convenzione e l'adozione degli atti gestionali conseguenti;",
       "DI PUBBLICARE la convenzione nella sezione \"Amministrazione trasparente\" del sito istituzionale, ai sensi del D.Lgs. 33/2013."]
for i, t in enumerate(pts, 1):
    ls = textwrap.wrap(t, W - 6, break_on_hyphens=False)
    A('  %d) %s' % (i, ls[0]))
    for l in ls[1:]:
        A('     ' + l)
    A('')
P("Successivamente, LA GIUNTA COMUNALE, stante l'urgenza di garantire la continuità del servizio in vista della stagione termale, con separata votazione unanime, DICHIARA la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
A('-' * W)
A('  Letto, confermato e sottoscritto.')
A('')
A('        IL SINDACO                                    IL SEGRETARIO GENERALE')
A('     Paolo Ghirardelli                              Dott.ssa Laura Cominelli')
A('  (firmato digitalmente)                            (firmato digitalmente)')
A('')
A('-' * W)
A(center('RELAZIONE DI PUBBLICAZIONE'))
A('-' * W)
P("La presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune il giorno 19/02/2026 e vi rimarrà per quindici giorni consecutivi, ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000, ed è contestualmente comunicata ai Capigruppo consiliari ai sensi dell'art. 125.")
A('  Reg. Pubbl. n. 311                                        IL SEGRETARIO GENERALE')
A('                                                          Dott.ssa Laura Cominelli')

# paginate with a running head like an IBM i spool file
LPP = 62
pages = [body[i:i + LPP] for i in range(0, len(body), LPP)]
text = []
for n, pg in enumerate(pages, 1):
    head = ['DLBGC01R    COMUNE DI DARFO BOARIO TERME - DELIBERE GIUNTA       17/02/26 18:42:07   PAG.%4d' % n,
            'UTENTE: SEGR03  STAMPA TESTO DELIBERA G.C. N. 24/2026           CODA: QPRINT      ' + ' ' * 5,
            '']
    foot = ['', '*** FINE PAGINA %d DI %d ***' % (n, len(pages))]
    text.append('\n'.join(head + pg + [''] * (LPP - len(pg)) + foot))
data = '\f'.join(text) + '\n'
open('/tmp/d01.txt', 'wb').write(data.encode('latin-1'))
subprocess.run(['enscript', '-B', '-q', '-X', 'latin1', '-f', 'Courier8.6', '--margins=42:30:30:24',
                '-p', '/tmp/d01.ps', '/tmp/d01.txt'], check=True)
subprocess.run(['ps2pdf', '-sPAPERSIZE=a4', '/tmp/d01.ps', out], check=True)
