#!/usr/bin/env python3
"""Consorzio di Bonifica 5 Toscana Costa - the two 80-column "Kibernetes" reports that are printed
straight from text: the Presidente's decreto (through enscript) and the Direttore Generale's
determinazione (through a2ps). Writes decreto.txt and determinazione.txt in the current directory."""
import textwrap

PAGE = 62   # lines per page the report writer fills before its foot


def box(rows):
    out = ['+' + '-' * 78 + '+']
    for a, b in rows:
        if b is None:
            out.append('| ' + a.ljust(76) + ' |')
        else:
            out.append('| ' + a.ljust(47) + ' | ' + b.ljust(26) + ' |')
    out.append('+' + '-' * 78 + '+')
    for l in out:
        assert len(l) == 80, (len(l), l)
    return out


def kv(k, v):
    return k.ljust(26 - len(v)) + v


def para(t, width=80, indent=''):
    return textwrap.wrap(t, width, initial_indent=indent, subsequent_indent=' ' * len(indent),
                         break_on_hyphens=False)


def point(n, t):
    return textwrap.wrap(t, 80, initial_indent='%d. ' % n, subsequent_indent='   ', break_on_hyphens=False)


def centre(t):
    return t.center(80).rstrip()


def paginate(lines, foot, head):
    """cut into pages of PAGE lines, each closed by a rule and the foot, from page 2 opened by the head"""
    pages, cur = [], []
    body = PAGE - 3
    for l in lines:
        limit = body - (3 if pages else 0)
        if l == '\f' or len(cur) >= limit:
            pages.append(cur); cur = []
            if l == '\f':
                continue
        cur.append(l)
    pages.append(cur)
    n = len(pages)
    out = []
    for i, p in enumerate(pages, 1):
        pl = []
        if i > 1:
            pl += [head, '-' * 80, '']
        pl += p
        while len(pl) < PAGE - 2:
            pl.append('')
        pl += ['-' * 80, (foot + ('Pag. %d di %d' % (i, n)).rjust(80 - len(foot)))]
        out.append('\n'.join(x.rstrip() for x in pl))
    return '\f'.join(out) + '\n'


HEAD = [('CONSORZIO DI BONIFICA 5 TOSCANA COSTA', None),
        ('Comprensorio di bonifica n. 5 - L.R. 79/2012', None),
        ('Via della Fiera 14 - 57021 Venturina Terme (LI)', None),
        ('C.F. 90004850498', None)]
FOOT = 'KIBERNETES - Atti amministrativi  Rel. 9.4'

# ------------------------------------------------------------------ decreto del Presidente n. 14
L = box([(HEAD[0][0], kv('DECRETO N.', '14')),
         (HEAD[1][0], kv('DATA', '08/09/2028')),
         (HEAD[2][0], 'REGISTRO DECRETI'),
         (HEAD[3][0], 'DEL PRESIDENTE')])
L += ['', centre('DECRETO DEL PRESIDENTE'), centre('======================'), '']
L += ['PROPOSTA N. 37 DEL 05/09/2028 - SETTORE PROGETTAZIONE E AMBIENTE', '']
L += ['OGGETTO: Approvazione della perizia di variante n. 1 dei lavori di ripristino',
      "         arginale del Fosso Cornia Vecchia in localita' Venturina Terme.",
      '         CUP F47B27000350002.']
L += ['', centre('IL PRESIDENTE'), '']
for t in [
    "Vista la legge regionale Toscana 27 dicembre 2012, n. 79, e lo Statuto consortile, che attribuiscono al "
    "Presidente l'approvazione delle perizie di variante ai progetti di opere pubbliche gia' approvati;",
    "Richiamato il proprio decreto n. 6 del 12/04/2028, con il quale e' stato approvato il progetto esecutivo dei "
    "lavori di ripristino arginale del Fosso Cornia Vecchia in localita' Venturina Terme, dell'importo complessivo "
    "di euro 640.000,00, finanziato dalla Regione Toscana;",
    "Vista la proposta n. 37 del 05/09/2028 del Settore Progettazione e Ambiente, con la quale si trasmette la "
    "perizia di variante n. 1 redatta dal direttore dei lavori, resasi necessaria per il rinvenimento, durante gli "
    "scavi, di sottoservizi non censiti e per il maggior volume di terre da movimentare;",
    "Dato atto che la variante rientra nei limiti di cui all'art. 120, comma 1, lett. c), del D.Lgs. n. 36/2023, "
    "comporta un aumento dell'importo contrattuale di euro 38.915,40 e non altera la natura generale del contratto;",
    "Visto il parere favorevole di regolarita' tecnica e contabile del Direttore Generale;"]:
    L += para(t) + ['']
L += [centre('D E C R E T A'), '']
for i, t in enumerate([
    "di approvare la perizia di variante n. 1 dei lavori di ripristino arginale del Fosso Cornia Vecchia in "
    "localita' Venturina Terme, per un maggiore importo di euro 38.915,40 oltre IVA, e il nuovo quadro economico "
    "dell'intervento, che resta contenuto nell'importo complessivo di euro 640.000,00;",
    "di approvare lo schema di atto di sottomissione e il verbale di concordamento di n. 4 nuovi prezzi;",
    "di dare mandato al Direttore Generale per gli adempimenti conseguenti, compresa la comunicazione "
    "all'Autorita' Nazionale Anticorruzione."], 1):
    L += point(i, t) + ['']
L += ['Venturina Terme, 08/09/2028', '',
      ' ' * 46 + 'IL PRESIDENTE',
      ' ' * 42 + 'f.to Andrea Balestri',
      ' ' * 40 + '(firmato digitalmente)']
open('decreto.txt', 'w', encoding='latin-1').write(paginate(L, FOOT, 'CONSORZIO DI BONIFICA 5 TOSCANA COSTA' +
                                                             'DECRETO PRESIDENTE N. 14 DEL 08/09/2028'.rjust(43)))

# ------------------------------------------------------------------ determinazione del Direttore Generale n. 231
L = box([(HEAD[0][0], kv('DETERMINAZIONE N.', '231')),
         (HEAD[1][0], kv('DATA', '29/09/2028')),
         (HEAD[2][0], 'REGISTRO DETERMINAZIONI'),
         (HEAD[3][0], 'DEL DIRETTORE GENERALE')])
L += ['', centre('DETERMINAZIONE DEL DIRETTORE GENERALE'),
      centre('====================================='), '']
L += ['STRUTTURA PROPONENTE: Settore Manutenzione',
      'RESPONSABILE DEL PROCEDIMENTO: geom. Nicola Bellucci', '']
L += ['OGGETTO: Aggiudicazione del servizio di sfalcio meccanizzato della vegetazione',
      "         nei corsi d'acqua del reticolo di gestione, Lotto 3 Val di Cecina.",
      '         CIG B52E9A0F31.', '']
L += [centre('IL DIRETTORE GENERALE'), '']
for t in [
    "Visto l'art. 13 dello Statuto consortile, che attribuisce al Direttore Generale la gestione tecnica, "
    "amministrativa e finanziaria del Consorzio e l'adozione degli atti di impegno di spesa;",
    "Richiamata la propria determinazione n. 188 del 28/07/2028, con la quale e' stata indetta una procedura "
    "negoziata ai sensi dell'art. 50, comma 1, lett. e), del D.Lgs. n. 36/2023 per l'affidamento del servizio di "
    "sfalcio meccanizzato della vegetazione nei corsi d'acqua del reticolo di gestione, suddiviso in quattro lotti, "
    "con il criterio dell'offerta economicamente piu' vantaggiosa;",
    "Visti i verbali della commissione giudicatrice del 12/09/2028 e del 19/09/2028, dai quali risulta prima "
    "classificata per il Lotto 3 Val di Cecina la ditta Verde Cecina soc. coop. agricola, con sede in Cecina, con "
    "il punteggio complessivo di 88,40 su 100 e un ribasso del 14,27% sull'importo a base di gara;",
    "Dato atto che le verifiche sul possesso dei requisiti di ordine generale e speciale si sono concluse con esito "
    "positivo e che l'aggiudicazione e' pertanto efficace ai sensi dell'art. 17, comma 5, del D.Lgs. n. 36/2023;",
    "Ritenuto di provvedere all'aggiudicazione e al conseguente impegno di spesa;"]:
    L += para(t) + ['']
L += [centre('D E T E R M I N A'), '']
for i, t in enumerate([
    "di aggiudicare il servizio di sfalcio meccanizzato della vegetazione nei corsi d'acqua del reticolo di "
    "gestione - Lotto 3 Val di Cecina alla ditta Verde Cecina soc. coop. agricola, P.IVA 01984560494, per "
    "l'importo di euro 171.846,00 oltre IVA, per il periodo 01/10/2028 - 30/09/2030;",
    "di impegnare la spesa complessiva di euro 209.652,12 sul capitolo 410/2 \"Manutenzione ordinaria reticolo\" "
    "del bilancio di previsione 2028, esercizio 2028 per la quota di competenza e esercizi successivi;",
    "di comunicare l'aggiudicazione agli operatori economici partecipanti ai sensi dell'art. 90 del D.Lgs. "
    "n. 36/2023;",
    "di pubblicare il presente atto all'Albo on line del Consorzio e nella sezione Amministrazione Trasparente."], 1):
    L += point(i, t) + ['']
L += ['Venturina Terme, 29/09/2028', '',
      ' ' * 44 + 'IL DIRETTORE GENERALE',
      ' ' * 44 + 'f.to ing. Stefano Guidi', '']
L += ['-' * 80, 'VISTO DI REGOLARITA\' CONTABILE',
      'Si attesta la copertura finanziaria della spesa. Impegno n. 2028/1164.',
      'Venturina Terme, 29/09/2028   IL RESPONSABILE DEL SETTORE AMMINISTRATIVO',
      '                              f.to dott.ssa Sara Mannucci', '-' * 80]
open('determinazione.txt', 'w', encoding='latin-1').write(paginate(L, FOOT, 'CONSORZIO DI BONIFICA 5 TOSCANA COSTA' +
                                                                   'DETERMINAZIONE DG N. 231 DEL 29/09/2028'.rjust(43)))
