#!/usr/bin/env python3
"""C.I.V.E.T.A. -- minute of the Assemblea Consortile as the consortium's old
"Saga" AS/400 module prints it: an 80-column fixed-width report, accents
written as apostrophes. Printed to PostScript by enscript (Courier 10, running
head with the act's number and page x of y) and to PDF by ps2pdf (build.sh).

usage: civeta_assemblea_txt.py OUT.txt
"""
import sys
import textwrap

W = 80
L = []


def line(s=""):
    assert len(s) <= W, (len(s), s)
    L.append(s)


def para(s, ind=1, first=None):
    first = ind if first is None else first
    for i, t in enumerate(textwrap.wrap(s, W - 1 - ind, initial_indent="",
                                        subsequent_indent="")):
        line(" " * (first if i == 0 else ind) + t)


def rule(c="-"):
    line(c * W)


line("CONSORZIO INTERCOMUNALE C.I.V.E.T.A.")
line("Consorzio Intercomunale Vastese Tutela Ambiente")
line("Localita' Valle Cena - 66051 CUPELLO (CH)     C.F. 92004560697")
rule("=")
line("VERBALE DI DELIBERAZIONE DELL'ASSEMBLEA CONSORTILE".center(W).rstrip())
rule("=")
line(" Deliberazione N.   11" + " " * 33 + "Data  15/12/2028")
line(" Seduta  ORDINARIA  -  1a convocazione" + " " * 17 + "Ora   10:30")
rule()
line(" OGGETTO: APPROVAZIONE DEL PIANO ECONOMICO-FINANZIARIO E DELLE TARIFFE DI")
line("          CONFERIMENTO DEI RIFIUTI ALL'IMPIANTO DI VALLE CENA PER L'ANNO 2029")
rule()
line()
para("L'anno DUEMILAVENTOTTO il giorno QUINDICI del mese di DICEMBRE alle ore "
     "10:30, nella sala riunioni della sede consortile in Localita' Valle Cena di "
     "Cupello, a seguito di convocazione prot. n. 3318 del 04/12/2028 "
     "regolarmente notificata, si e' riunita l'Assemblea Consortile nelle persone "
     "dei rappresentanti dei Comuni consorziati di seguito indicati:")
line()
line(" N. COMUNE             RAPPRESENTANTE         QUALIFICA           QUOTA %  P/A")
line(" -- ------------------ ---------------------- ------------------ -------- ---")
ROLL = [
    ("CASALBORDINO", "D'ALESSANDRO PAOLO", "SINDACO", "7,50", "P"),
    ("CUPELLO", "TIBERIO GRAZIELLA", "SINDACO", "7,00", "P"),
    ("FRESAGRANDINARIA", "CIERI ANTONIO", "SINDACO", "1,20", "A"),
    ("FURCI", "ROSSETTI MARIO", "SINDACO", "1,50", "P"),
    ("GISSI", "FABRIZIO DOMENICO", "SINDACO", "4,30", "P"),
    ("LENTELLA", "SMARGIASSI NICOLA", "SINDACO", "1,20", "P"),
    ("MONTEODORISIO", "BOLOGNESE CATERINA", "SINDACO", "3,50", "P"),
    ("PALMOLI", "CILLI GIOVANNI", "SINDACO", "1,00", "A"),
    ("POLLUTRI", "SPUTORE ERNESTO", "SINDACO", "3,60", "P"),
    ("SAN BUONO", "DI PIETRO ANGELO", "SINDACO", "1,10", "A"),
    ("SAN SALVO", "ZINNI ALESSIA", "ASSESSORE DELEGATO", "23,00", "P"),
    ("SCERNI", "MONTEFERRANTE CARLO", "SINDACO", "4,00", "P"),
    ("VASTO", "LAUDADIO FRANCESCA", "ASSESSORE DELEGATO", "40,00", "P"),
    ("VILLALFONSINA", "DI LELLO ROCCO", "SINDACO", "1,10", "P"),
]
for i, (c, n, q, qu, pa) in enumerate(ROLL, 1):
    line(" %2d %-18s %-22s %-18s %8s  %s" % (i, c, n, q, qu, pa))
line(" " + "-" * 78)
line(" PRESENTI N. 11   QUOTE 96,70 %          ASSENTI N. 3   QUOTE 3,30 %")
line()
para("Assume la presidenza il sig. Carlo Monteferrante, Sindaco del Comune di "
     "Scerni, in qualita' di Presidente dell'Assemblea Consortile. Partecipa il "
     "Direttore del Consorzio, ing. Fabio Monacelli, con funzioni di Segretario "
     "verbalizzante ai sensi dell'art. 21 dello Statuto. E' presente, senza diritto "
     "di voto, il Presidente del Consiglio di Amministrazione avv. Giuseppe "
     "Stivaletta.")
para("Il Presidente, constatato che i presenti rappresentano il 96,70 per cento "
     "delle quote di partecipazione e che la seduta e' pertanto valida ai sensi "
     "dell'art. 11 dello Statuto, dichiara aperta la seduta e pone in trattazione "
     "l'argomento in oggetto, iscritto al punto 2 dell'ordine del giorno.")
line()
line("L'ASSEMBLEA CONSORTILE".center(W).rstrip())
line()
for t in [
    "PREMESSO che il Consorzio gestisce l'impianto di trattamento meccanico-biologico, "
    "compostaggio e selezione di Localita' Valle Cena, al servizio dei Comuni "
    "consorziati del comprensorio vastese;",
    "VISTA la deliberazione dell'Autorita' di Regolazione per Energia Reti e Ambiente "
    "(ARERA) n. 389/2027/R/rif, recante il metodo tariffario rifiuti per il secondo "
    "periodo regolatorio, e la relativa determinazione delle tariffe di accesso agli "
    "impianti di trattamento;",
    "VISTA la proposta di Piano Economico-Finanziario 2029 approvata dal Consiglio di "
    "Amministrazione con deliberazione n. 44 del 28/11/2028, che determina costi "
    "complessivi di gestione pari a EURO 6.842.300,00 per un conferimento stimato di "
    "52.600 tonnellate;",
    "CONSIDERATO che la tariffa di conferimento della frazione organica (CER 200108) e' "
    "determinata in EURO 118,40 a tonnellata e quella del rifiuto urbano residuo "
    "(CER 200301) in EURO 152,70 a tonnellata, oltre IVA e tributo speciale;",
    "UDITA la relazione del Direttore e gli interventi dei rappresentanti dei Comuni di "
    "Vasto, San Salvo e Gissi, come riportati nel resoconto della seduta;",
    "VISTI i pareri favorevoli di regolarita' tecnica e contabile espressi dal "
    "Direttore ai sensi dell'art. 49 del D.Lgs. 267/2000;",
]:
    para(t)
line()
para("Con votazione palese per alzata di mano, che da' il seguente risultato:")
line()
line("    PRESENTI ............ N. 11   QUOTE  96,70 %")
line("    FAVOREVOLI .......... N. 10   QUOTE  92,40 %")
line("    CONTRARI ............ N.  0   QUOTE   0,00 %")
line("    ASTENUTI ............ N.  1   QUOTE   4,30 %   (GISSI)")
line()
line("D E L I B E R A".center(W).rstrip())
line()
for i, t in enumerate([
    "DI APPROVARE il Piano Economico-Finanziario dell'impianto di Valle Cena per "
    "l'anno 2029, nel testo allegato sub A) al presente verbale, per costi "
    "complessivi di EURO 6.842.300,00;",
    "DI APPROVARE le tariffe di conferimento per l'anno 2029 nelle misure indicate "
    "in premessa, con decorrenza 01/01/2029;",
    "DI DEMANDARE al Direttore la comunicazione delle tariffe ai Comuni consorziati "
    "e la trasmissione del Piano all'AGIR - Autorita' per la Gestione Integrata dei "
    "Rifiuti urbani della Regione Abruzzo;",
    "DI DARE ATTO che i corrispettivi saranno fatturati mensilmente sulla base delle "
    "pesate registrate all'ingresso dell'impianto.",
], 1):
    para("%d) %s" % (i, t), ind=5, first=1)
line()
para("Successivamente, con separata votazione dal medesimo esito (favorevoli n. 10, "
     "astenuti n. 1), l'Assemblea DICHIARA la presente deliberazione immediatamente "
     "eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
line()
rule()
line(" Letto, confermato e sottoscritto.")
line()
line("      IL PRESIDENTE DELL'ASSEMBLEA          IL DIRETTORE - SEGRETARIO VERB.")
line("      F.to Carlo Monteferrante              F.to ing. Fabio Monacelli")
rule()
line()
line(" CERTIFICATO DI PUBBLICAZIONE")
para("Si attesta che copia della presente deliberazione viene pubblicata all'Albo "
     "Pretorio on line del Consorzio per quindici giorni consecutivi dal "
     "18/12/2028. Reg. Pubbl. n. 512.")
line("                                            IL DIRETTORE")
line("                                            F.to ing. Fabio Monacelli")

open(sys.argv[1], "w", encoding="latin-1").write("\n".join(L) + "\n")
