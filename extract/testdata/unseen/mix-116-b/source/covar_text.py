# -*- coding: utf-8 -*-
"""C1 and C2: COVAR 14's minutes as its "Datagraph"-like procedure prints
them, 80-column fixed-width reports with a running head carrying the act's
number and a page counter, paginated with form feeds.
  C1 (Assemblea Consortile n. 3) -> enscript, Courier 10
  C2 (Consiglio di Amministrazione n. 14) -> a2ps, one page per sheet
usage: covar_text.py C1|C2 out.txt   (written in ISO-8859-1)"""
import sys
import textwrap
from content import D, it_date, pct

key, out = sys.argv[1], sys.argv[2]
d = D[key]
COLS = 80
PAGE = 66 if key == "C1" else 60
num, date = d["number"], it_date(d["date"])
organ_up = d["organ"].upper()


def wrap(text, indent=0, first=None):
    w = textwrap.TextWrapper(width=COLS, initial_indent=first if first is not None else " " * indent,
                             subsequent_indent=" " * indent, break_long_words=False, break_on_hyphens=False)
    return w.wrap(text)


def center(s):
    return s.center(COLS).rstrip()


body = []
body += ["=" * COLS,
         "C.O.V.A.R. 14 - CONSORZIO VALORIZZAZIONE RIFIUTI 14",
         "Via Cagliero, 3/I - 10041 CARIGNANO (TO)     C.F. 94052430012 P.IVA 07813640014",
         "=" * COLS, ""]
if key == "C1":
    body += [center("VERBALE DI DELIBERAZIONE DELL'ASSEMBLEA CONSORTILE"), ""]
    body += ["DELIBERAZIONE N. %-6d                                        DEL %s" % (num, date)]
else:
    body += [center("VERBALE DI DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE"), ""]
    body += ["DELIBERAZIONE N. %4d/2027                               SEDUTA DEL %s" % (num, date)]
body += ["-" * COLS]
if "proposal_number" in d:
    body += ["PROPOSTA N. %d DEL %s - %s" % (d["proposal_number"], it_date(d["proposal_date"]), d["proposing_office"])]
body += wrap(d["subject"], 9, "OGGETTO: ")
body += ["-" * COLS, ""]
day = int(d["date"][8:10])
GIORNO = {28: "VENTOTTO", 7: "SETTE"}[day]
if key == "C1":
    body += wrap("L'ANNO DUEMILAVENTISETTE, ADDI' %s DEL MESE DI APRILE, ALLE ORE %s, PRESSO LA SEDE "
                 "CONSORTILE DI CARIGNANO, A SEGUITO DI CONVOCAZIONE PROT. N. 2290 DEL 20/04/2027 "
                 "TRASMESSA A MEZZO PEC, SI E' RIUNITA IN SEDUTA ORDINARIA L'ASSEMBLEA CONSORTILE. "
                 "ALL'APPELLO RISULTANO:" % (GIORNO, d["time"]))
    body += [""]
    body += ["%-21s %-21s %-20s %7s  %5s" % ("ENTE CONSORZIATO", "RAPPRESENTANTE", "QUALIFICA", "QUOTA %", "PRES.")]
    body += ["%-21s %-21s %-20s %7s  %5s" % ("-" * 16, "-" * 14, "-" * 9, "-" * 7, "-" * 5)]
    for r in d["roll"]:
        body += ["%-21s %-21s %-20s %7s  %5s" % (r["comune"], r["name"], r["role"], pct(r["quota"]),
                                                  "SI" if r["present"] else "NO")]
    t = d["tally"]
    body += ["%-21s %-21s %-20s %7s" % ("", "", "TOTALE QUOTE", "100,00")]
    body += [""]
    body += wrap("ENTI PRESENTI N. %d SU 20 - QUOTE RAPPRESENTATE %s%% - ENTI ASSENTI N. %d"
                 % (t["present"], pct(t["quota_present"]), 20 - t["present"]))
    body += [""]
    body += wrap("ASSUME LA PRESIDENZA IL SIG. Walter BRUNERO, PRESIDENTE DELL'ASSEMBLEA, SINDACO DEL COMUNE "
                 "DI VILLASTELLONE, IL QUALE, CONSTATATA LA VALIDITA' DELLA SEDUTA (ART. 12 DELLO STATUTO: "
                 "PRESENZA DI ALMENO LA META' DELLE QUOTE), DICHIARA APERTA LA SEDUTA.")
    body += wrap("FUNGE DA SEGRETARIO VERBALIZZANTE IL DOTT. Piero GRIBAUDO, DIRETTORE DEL CONSORZIO.")
    body += ["", center("L'ASSEMBLEA CONSORTILE"), ""]
else:
    body += wrap("L'ANNO DUEMILAVENTISETTE, ADDI' %s DEL MESE DI APRILE, ALLE ORE %s, NELLA SEDE DEL "
                 "CONSORZIO, SI E' RIUNITO IL CONSIGLIO DI AMMINISTRAZIONE, CONVOCATO CON NOTA PROT. N. 1870 "
                 "DEL 02/04/2027. RISULTANO PRESENTI E ASSENTI I SIGNORI:" % (GIORNO, d["time"]))
    body += [""]
    body += ["   %-34s %-22s %-10s" % ("COMPONENTE", "CARICA", "PRESENTE")]
    for r in d["roll"]:
        body += ["   %-34s %-22s %-10s" % (r["name"], r["role"], "SI" if r["present"] else "NO")]
    body += [""]
    body += wrap("PRESIEDE LA SEDUTA IL PRESIDENTE DEL C.D.A. Paolo RISSONE, CHE, ACCERTATO IL NUMERO LEGALE "
                 "(PRESENTI N. 2 COMPONENTI SU 3), DICHIARA APERTA LA SEDUTA.")
    body += wrap("VERBALIZZA LA DOTT.SSA Silvia BERTEA, RESPONSABILE DELL'AREA AMMINISTRATIVA. E' ALTRESI' "
                 "PRESENTE IL DIRETTORE DEL CONSORZIO, DOTT. Piero GRIBAUDO.")
    body += ["", center("IL CONSIGLIO DI AMMINISTRAZIONE"), ""]
for p in d["premesse"]:
    body += wrap(p)
body += [""]
if key == "C1":
    t = d["tally"]
    body += wrap("CON VOTAZIONE PALESE PER APPELLO NOMINALE, CON IL SEGUENTE ESITO PROCLAMATO DAL PRESIDENTE: "
                 "ENTI PRESENTI N. %d (QUOTE %s%%), VOTANTI N. %d (QUOTE %s%%), FAVOREVOLI N. %d (QUOTE %s%%), "
                 "CONTRARI N. 0, ASTENUTI N. %d (PIOSSASCO, QUOTE %s%%), E QUINDI A MAGGIORANZA DELLE QUOTE "
                 "RAPPRESENTATE,"
                 % (t["present"], pct(t["quota_present"]), t["voters"], pct(t["quota_voters"]), t["in_favour"],
                    pct(t["quota_favour"]), t["abstained"], pct(t["quota_abstained"])))
else:
    body += wrap("CON VOTI UNANIMI FAVOREVOLI DEI COMPONENTI PRESENTI, ESPRESSI IN FORMA PALESE,")
body += ["", center("D E L I B E R A"), ""]
for i, p in enumerate(d["points"], 1):
    body += wrap(p, 4, "%d)  " % i)
    body += [""]
if key == "C1":
    body += wrap("SUCCESSIVAMENTE, CON SEPARATA VOTAZIONE E CON IL MEDESIMO ESITO, L'ASSEMBLEA DICHIARA LA "
                 "PRESENTE DELIBERAZIONE IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL "
                 "D.LGS. 267/2000.")
else:
    body += wrap("CON SEPARATA VOTAZIONE UNANIME IL CONSIGLIO DI AMMINISTRAZIONE DICHIARA IL PRESENTE ATTO "
                 "IMMEDIATAMENTE ESEGUIBILE, STANTE LA SCADENZA DEL CONTRATTO AL 30/04/2027.")
body += [""] + wrap("PARERE DI REGOLARITA' TECNICA E CONTABILE: FAVOREVOLE - IL DIRETTORE F.TO DOTT. Piero GRIBAUDO") + [""]
body += ["LETTO, CONFERMATO E SOTTOSCRITTO", ""]
if key == "C1":
    body += ["      IL PRESIDENTE DELL'ASSEMBLEA             IL SEGRETARIO VERBALIZZANTE",
             "         F.TO Walter BRUNERO                   F.TO DOTT. Piero GRIBAUDO"]
else:
    body += ["      IL PRESIDENTE DEL C.D.A.                 IL VERBALIZZANTE",
             "         F.TO Paolo RISSONE                    F.TO DOTT.SSA Silvia BERTEA"]
body += ["", "-" * COLS,
         "COPIA CONFORME ALL'ORIGINALE DIGITALE CONSERVATO PRESSO L'ENTE - DLGS 82/2005"]

# paginate with a running head
pages = []
cur = []
head_n = PAGE - 3
for line in body:
    if len(cur) >= head_n:
        pages.append(cur)
        cur = []
    cur.append(line)
pages.append(cur)
n = len(pages)
txt = []
for i, pg in enumerate(pages, 1):
    if key == "C1":
        rh = "COVAR14 - %s - DELIB. N. %d DEL %s" % (organ_up, num, date)
    else:
        rh = "COVAR14 - C.D.A. - DELIBERAZIONE N. %d/2027 DEL %s" % (num, date)
    pg_s = "PAG. %d DI %d" % (i, n)
    head = [rh + " " * (COLS - len(rh) - len(pg_s)) + pg_s, ""]
    if i == 1:
        rh = "DATAGRAPH ATTI - STAMPA DEL %s" % ("29/04/2027" if key == "C1" else "08/04/2027")
        head = [rh + " " * (COLS - len(rh) - len(pg_s)) + pg_s, ""]
    txt.append("\n".join(head + pg))
for l in body:
    assert len(l) <= COLS, l
open(out, "w", encoding="latin-1").write("\f".join(txt) + "\n")
