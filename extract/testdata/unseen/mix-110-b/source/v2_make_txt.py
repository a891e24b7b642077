#!/usr/bin/env python3
"""Valderice, house style "datagraph": the graduatoria as the package's
80-column report (plain ASCII, accents as apostrophes). Writes the text that
build.sh sets in Courier with enscript (running head with page numbers)."""
import sys, random, datetime
random.seed(11026)
L = []
def c(s, w=80): L.append(s.center(w).rstrip())
def l(s=""): L.append(s)
c("COMUNE DI VALDERICE")
c("Libero Consorzio Comunale di Trapani")
c("SETTORE III - SERVIZI SOCIALI E PUBBLICA ISTRUZIONE")
l("-" * 80)
l("Prot. n. 21877".ljust(58) + "Valderice, 16/10/2026".rjust(22))
l()
c("A V V I S O")
l()
l("OGGETTO: GRADUATORIA DEFINITIVA DEGLI AMMESSI AL SERVIZIO CIVICO COMUNALE")
l("         PER IL PERIODO NOVEMBRE 2026 - OTTOBRE 2027 - PUBBLICAZIONE.")
l()
c("IL RESPONSABILE DEL SETTORE III")
l()
for s in ["   VISTA la deliberazione della Giunta Municipale n. 118 del 10/07/2026,",
          "con la quale sono stati approvati i criteri per l'accesso al servizio civico",
          "comunale quale forma di assistenza economica alternativa al contributo;",
          "   VISTO l'avviso pubblico prot. n. 15620 del 24/07/2026;",
          "   VISTA la graduatoria provvisoria pubblicata all'Albo Pretorio on line dal",
          "21/09/2026 al 05/10/2026;",
          "   DATO ATTO che nei termini sono pervenute n. 2 richieste di riesame, esaminate",
          "dall'Ufficio di Servizio Sociale professionale, di cui una accolta;",
          "",
          "                               R E N D E   N O T O",
          "",
          "che e' pubblicata all'Albo Pretorio on line la graduatoria definitiva degli",
          "ammessi al servizio civico comunale per il periodo novembre 2026 - ottobre 2027,",
          "di seguito riportata. Per la tutela dei dati personali (Reg. UE 2016/679) i",
          "richiedenti sono indicati con il numero di protocollo della domanda; ciascun",
          "interessato puo' conoscere la propria posizione presso l'Ufficio Servizi",
          "Sociali, via Verdi n. 2, il martedi' e il giovedi' dalle ore 9.00 alle 12.00.",
          ""]:
    l(s)
hdr = "+-----+----------+------------+------------+--------+-------+------------------+"
l(hdr)
l("|POS. | PROT. N. | DATA PROT. |  ISEE EURO | NUCLEO | PUNTI | ESITO            |")
l(hdr)
prots = sorted(random.sample(range(15700, 17300), 44))
entries = []
for p in prots:
    d = datetime.date(2026, 7, 27) + datetime.timedelta(days=(p - 15700) * 34 // 1600)
    isee = random.choice([0, 0, 350] + list(range(400, 6000, 37)))
    nuc = random.choice([1, 1, 2, 2, 3, 3, 4, 4, 5, 6])
    pts = max(4, 40 - isee // 200 + nuc * 2 + random.choice([0, 0, 2, 3, 5]))
    entries.append([p, d, isee, nuc, pts])
entries.sort(key=lambda e: (-e[4], e[2], e[0]))
for i, e in enumerate(entries, 1):
    esito = "AMMESSO" if i <= 30 else "IN RISERVA"
    isee = ("%.2f" % e[2]).replace(".", ",")
    if e[2] >= 1000:
        isee = isee[:-6] + "." + isee[-6:]
    l("| %3d |   %5d  | %s | %10s |   %2d   |  %3d  | %-16s |" % (
        i, e[0], e[1].strftime("%d/%m/%Y"), isee, e[3], e[4], esito))
l(hdr)
l()
l("ESCLUSI")
l("+----------+------------+------------------------------------------------------+")
l("| PROT. N. | DATA PROT. | MOTIVO DELL'ESCLUSIONE                               |")
l("+----------+------------+------------------------------------------------------+")
l("|   16204  | 11/08/2026 | ISEE superiore alla soglia prevista dall'avviso      |")
l("|   17310  | 01/09/2026 | domanda pervenuta oltre il termine del 31/08/2026    |")
l("|   16655  | 24/08/2026 | mancata sottoscrizione della dichiarazione sostitut. |")
l("+----------+------------+------------------------------------------------------+")
l()
for s in ["   Gli ammessi saranno convocati dall'Ufficio per la sottoscrizione del patto di",
          "servizio e l'assegnazione alle attivita' (custodia di spazi pubblici, supporto",
          "ai servizi scolastici, piccola manutenzione del verde). I richiedenti in",
          "riserva potranno essere chiamati in caso di rinuncia o decadenza degli ammessi.",
          "   Avverso la presente graduatoria e' ammesso ricorso al T.A.R. Sicilia -",
          "Palermo entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al",
          "Presidente della Regione Siciliana entro 120 giorni.",
          "",
          "Dalla Residenza Municipale, li' 16/10/2026",
          "",
          "                                            IL RESPONSABILE DEL SETTORE III",
          "                                               F.to Dott. Giacomo Poma",
          "",
          "  (Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2,",
          "   del D.Lgs. 12 febbraio 1993, n. 39)"]:
    l(s)
assert max(len(x) for x in L) <= 80, max(len(x) for x in L)
open(sys.argv[1], "w", encoding="ascii").write("\n".join(L) + "\n")
