# -*- coding: utf-8 -*-
"""Determinazione of the Comune di Civitella del Tronto as printed by an old RM/COBOL
"Atti e Determine" procedure: an 80-column Latin-1 spool file. build.sh turns it into PostScript
with enscript (Courier 10) and into PDF with ps2pdf."""
import sys, textwrap
from data import CIVITELLA as D, dmy

out = sys.argv[1]
W = 78
DT = dmy(D["date"])
def wrap(t, ind=0, first=None):
    first = ind if first is None else first
    return textwrap.wrap(t, W, initial_indent=" " * first, subsequent_indent=" " * ind)
def centre(t): return t.center(W).rstrip()
SEP = "-" * W
pages = []
head = lambda n: [f"COMUNE DI CIVITELLA DEL TRONTO{'Provincia di Teramo':>48}",
                  f"AREA ECONOMICO-FINANZIARIA{'DT0412  Pag. ' + str(n):>52}", "=" * W]
body = []
body += ["Servizio Tributi", ""]
body += [centre("DETERMINAZIONE DEL RESPONSABILE DI AREA"), ""]
body += [f"  Reg. Generale N. {D['number']:<5} del {DT}      Reg. Area N. {D['sector_number']:<4} del {DT}", ""]
body += [SEP]
body += wrap("OGGETTO: " + D["subject"], 9, 0)
body += [SEP, ""]
body += [centre("IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA"), ""]
for t in [
    "PREMESSO che con istanza acquisita al prot. n. 2087 del 04/02/2026 il contribuente identificato "
    "con codice contribuente 00014573 (dati personali omessi ai sensi del Reg. UE 2016/679) ha chiesto "
    "il rimborso dell'IMU versata per gli anni 2022 e 2023 su un terreno classificato edificabile dal "
    "previgente P.R.G. e riclassificato agricolo con la variante approvata con deliberazione del "
    "Consiglio Comunale n. 31 del 28/07/2021;",
    "ACCERTATO, dall'istruttoria dell'Ufficio Tributi, che per le annualita' 2022 e 2023 l'imposta "
    "non era dovuta e che risultano versate le somme di Euro 612,00 per l'anno 2022 e di Euro 612,00 "
    "per l'anno 2023, per complessivi Euro 1.224,00;",
    "VISTO l'art. 1, comma 164, della Legge 27/12/2006 n. 296, che fissa in cinque anni il termine "
    "per la richiesta di rimborso, e gli interessi calcolati al tasso legale pari a Euro 38,56;",
    "VISTO il decreto sindacale n. 3 del 02/01/2026 di nomina del Responsabile dell'Area;",
    "VISTI il D.Lgs. 267/2000 e il vigente Regolamento comunale di contabilita';",
]:
    body += wrap(t) + [""]
body += [centre("D E T E R M I N A"), ""]
for l, t in [("a)", "di riconoscere il diritto al rimborso dell'IMU non dovuta per gli anni 2022 e 2023 "
                     "per l'importo di Euro 1.224,00, oltre interessi legali per Euro 38,56, per "
                     "complessivi Euro 1.262,56;"),
             ("b)", "di impegnare la somma di Euro 1.262,56 al cap. 1480 \"Rimborsi di imposte e tasse "
                     "comunali\" del bilancio 2026-2028, esercizio 2026 (imp. n. 402/2026);"),
             ("c)", "di liquidare la somma al contribuente mediante accredito sul conto corrente indicato "
                     "nell'istanza, dando mandato all'Ufficio Ragioneria di emettere il mandato di pagamento;"),
             ("d)", "di dare atto che il presente provvedimento e' esecutivo con l'apposizione del visto "
                     "di regolarita' contabile attestante la copertura finanziaria.")]:
    body += wrap(f"{l} {t}", 4, 0) + [""]
body += ["Civitella del Tronto, " + DT, "",
         f"{'IL RESPONSABILE DELL AREA':>60}".replace("DELL AREA", "DELL'AREA"),
         f"{'F.to Rag. Domenico Di Felice':>60}", "",
         SEP, "VISTO DI REGOLARITA' CONTABILE (art. 151, c. 4, D.Lgs. 267/2000)",
         f"Visto favorevole. Imp. 402/2026 - Cap. 1480 - Euro 1.262,56    Data {DT}",
         f"{'F.to Rag. Domenico Di Felice':>60}", SEP,
         "PUBBLICAZIONE: affissa all'Albo Pretorio on line il 18/03/2026 per 15 gg.",
         "Reg. Pubbl. N. 344/2026                  Il Messo Comunale F.to Ida Marcozzi", SEP,
         "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 - proc. DT0412"]
L = 58
n = 1
while body:
    chunk, body = body[:L - 4], body[L - 4:]
    pages.append("\n".join(head(n) + [""] + chunk))
    n += 1
txt = "\f".join(pages) + "\n"
open(out, "w", encoding="latin-1").write(txt)

for ln in txt.replace("\f", "\n").splitlines():
    assert len(ln) <= W, ln
