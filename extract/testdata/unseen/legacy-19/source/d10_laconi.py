# Allegato "A" di Laconi - 132-column AS/400-style report (graduatoria of
# the rent-support fund), printed landscape with a2ps.
import random
from fw import lr, check_width

W = 132
random.seed(1907)
ROWS_P1 = 24
N = 34
FONDO = 41250.00


def eur(v):
    s = "%.2f" % v
    i, d = s.split(".")
    i = "{:,}".format(int(i)).replace(",", ".")
    return i + "," + d


def header(page, pages):
    return [
        lr("COMUNE DI LACONI" + " " * 40 + "SERVIZIO SOCIO-CULTURALE", "DATA 10/03/2026", W),
        lr("PROVINCIA DI ORISTANO" + " " * 25 + "** PROSPETTO CALCOLO CONTRIBUTI L. 431/98 **", "PAG.%5d DI%3d" % (page, pages), W),
        "PROGRAMMA: FSAL431R   UTENTE: SSOC02   ELAB. N. 000417",
        "=" * W,
    ]


INTRO = [
    "ALLEGATO \"A\" ALLA DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO SOCIO-CULTURALE N. 88 DEL 10/03/2026",
    "FONDO NAZIONALE PER IL SOSTEGNO ALL'ACCESSO ALLE ABITAZIONI IN LOCAZIONE (L. 431/1998, ART. 11) - ANNUALITA' 2025",
    "GRADUATORIA DEFINITIVA DEI BENEFICIARI E QUANTIFICAZIONE DEI CONTRIBUTI",
    "",
]
COLS = [
    " N.  PROT.  DATA        CODICE    FASCIA COMP.   VALORE ISEE   CANONE ANNUO  INCIDENZA    CONTRIBUTO   QUOTA       CONTRIBUTO",
    "     DOM.   DOMANDA     RICHIED.         NUCL.        (EURO)         (EURO)  CAN./ISEE  TEORICO (EURO) FINANZ.   LIQUIDABILE (EURO)",
    "-" * W,
]
rows = []
day = 0
for i in range(N):
    fascia = "A" if i < 19 else "B"
    if fascia == "A":
        isee = round(random.uniform(3200, 14900), 2)
        canone = random.choice([2400, 2700, 3000, 3300, 3600, 3900, 4200, 4800, 5400])
    else:
        isee = round(random.uniform(15100, 19800), 2)
        canone = random.choice([4800, 5100, 5400, 5700, 6000])
    comp = random.randint(1, 5)
    if fascia == "A":
        teor = min(canone - 0.14 * isee, 3098.74)
    else:
        teor = min(canone - 0.24 * isee, 2320.41)
    teor = round(max(teor, 0), 2)
    rows.append([fascia, comp, isee, canone, teor])
# order: fascia A by incidence desc, then B
rows.sort(key=lambda r: (r[0], -(r[3] / r[2])))
tot_teor = round(sum(r[4] for r in rows), 2)
rid = FONDO / tot_teor
prots = sorted(random.sample(range(5400, 9800), N))
lines = []
tot_liq = 0.0
for n, (fascia, comp, isee, canone, teor) in enumerate(rows, 1):
    liq = round(teor * rid, 2)
    tot_liq += liq
    p = prots[(n * 7) % N]
    dd = 2 + (p - 5400) * 27 // 4400
    data = "%02d/%02d/2025" % (dd if dd <= 30 else 30, 10)
    cod = "L431-%04d" % (p % 10000)
    lines.append("%3d  %5d  %-10s  %-9s   %s   %3d  %13s  %13s  %8s%%  %13s  %6s%%  %13s" % (
        n, p, data, cod, fascia, comp, eur(isee), eur(canone), eur(canone / isee * 100),
        eur(teor), eur(rid * 100), eur(liq)))
# the program puts the rounding difference on the last beneficiary
diff = round(FONDO - tot_liq, 2)
if diff:
    head, val = lines[-1].rsplit(" ", 1)
    newv = round(float(val.replace(".", "").replace(",", ".")) + diff, 2)
    lines[-1] = head + " " + eur(newv).rjust(len(val))
    lines[-1] = lines[-1][:W]
    tot_liq = round(tot_liq + diff, 2)
TOT = [
    "-" * W,
    "%-67s%13s  %13s%13s%s" % ("  TOTALE BENEFICIARI: %d (FASCIA A: 19 - FASCIA B: 15)" % N, "", "", "", ""),
]
pages_rows = [lines[:ROWS_P1], lines[ROWS_P1:]]
pages = []
for k, pr in enumerate(pages_rows, 1):
    pg = header(k, 2) + (INTRO if k == 1 else ["(SEGUE) GRADUATORIA DEFINITIVA DEI BENEFICIARI - ALLEGATO \"A\" ALLA DETERMINAZIONE N. 88 DEL 10/03/2026", ""]) + COLS + pr
    if k == 2:
        pg += [
            "-" * W,
            "     TOTALE BENEFICIARI N. %d  (FASCIA A N. 19 - FASCIA B N. 15)" % N,
            "     TOTALE CONTRIBUTO TEORICO ........................................ EURO %13s" % eur(tot_teor),
            "     RISORSE DISPONIBILI (D.G.R. N. 48/12 DEL 18/12/2025) ............. EURO %13s" % eur(FONDO),
            "     PERCENTUALE DI FINANZIAMENTO APPLICATA ........................... %12s %%" % eur(rid * 100),
            "     TOTALE CONTRIBUTO LIQUIDABILE .................................... EURO %13s" % eur(round(tot_liq, 2)),
            "=" * W,
            "NOTE: I DATI ANAGRAFICI DEI RICHIEDENTI SONO SOSTITUITI DAL CODICE DI PRATICA AI SENSI DEL REG. (UE) 2016/679. L'ELENCO NOMINATIVO",
            "      E' DEPOSITATO PRESSO IL SERVIZIO SOCIO-CULTURALE.",
            "",
            "                                                                                   IL RESPONSABILE DEL SERVIZIO SOCIO-CULTURALE",
            "                                                                                        F.TO DOTT.SSA ROSALBA MELIS",
            "",
            "*** FINE STAMPA ***",
        ]
    check_width(pg, W, "p%d" % k)
    pages.append(pg)
    print(len(pg))
open("build/laconi.txt", "w", encoding="latin-1").write("\f".join("\n".join(p) + "\n" for p in pages))
print("tot teor", eur(tot_teor), "rid", rid, "liq", eur(tot_liq))
