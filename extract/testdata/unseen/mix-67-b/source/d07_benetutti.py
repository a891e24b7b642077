# Comune di Benetutti (SS) - Allegato 1: list of beneficiaries printed as a 132-column report
# (AS/400-like print of the social-services package); written here as Latin-1 text with form feeds,
# the page heading repeated on every page; build.sh prints it with enscript (landscape) + ps2pdf.
import sys, random
random.seed(6702)
W = 132
FMT = "%3s %5s   %-10s  %-13s  %-6s %12s  %12s  %9s  %12s  %s"
def c(s): return s.center(W).rstrip()
def head(page, pages):
    return [
        "COMUNE DI BENETUTTI".ljust(100) + ("PAG. %d DI %d" % (page, pages)).rjust(32),
        "PROVINCIA DI SASSARI - SERVIZIO SOCIO-ASSISTENZIALE".ljust(100) + "STAMPA DEL 12/03/2026".rjust(32),
        "=" * W,
        c("ALLEGATO 1 ALLA DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO SOCIO-ASSISTENZIALE N. 52 DEL 12/03/2026"),
        c("CONTRIBUTO PER IL SOSTEGNO ALL'ACCESSO ALLE ABITAZIONI IN LOCAZIONE (L. 431/1998, ART. 11) - ANNUALITA' 2025"),
        c("ELENCO DEI BENEFICIARI AMMESSI - DATI PSEUDONIMIZZATI (REG. UE 2016/679)"),
        "-" * W,
        FMT % ("N.", "PROT.", "DATA DOM.", "CODICE BENEF.", "FASCIA", "CANONE ANNUO", "ISEE", "INCIDENZA", "CONTRIBUTO", "NOTE"),
        FMT % ("", "", "", "", "", "EURO", "EURO", "CANONE %", "SPETT. EURO", ""),
        "-" * W,
    ]
def eur(x): return ("%.2f" % x).replace(".", ",")
def eurt(x):
    s = "%.2f" % x; i, d = s.split("."); out = ""
    while len(i) > 3: out = "." + i[-3:] + out; i = i[:-3]
    return i + out + "," + d
rows = []; tot = 0.0
notes = ["", "", "", "", "NUCLEO CON DISABILE", "", "ULTRASESSANTACINQUENNE", "", "", "MOROSITA' INCOLPEVOLE"]
for n in range(1, 47):
    prot = 1180 + n * 9 + random.randint(0, 6)
    day = min(2 + n // 2, 28)
    fascia = "A" if random.random() < 0.62 else "B"
    canone = random.choice([2400, 2700, 3000, 3300, 3600, 3900, 4200, 4800] if fascia == "A" else [4200, 4500, 4800, 5400])
    isee = round(random.uniform(6200, 13300) if fascia == "A" else random.uniform(13500, 16800), 2)
    inc = canone / isee * 100
    need = canone - (0.14 if fascia == "A" else 0.24) * isee
    contr = round(min(need, 3098.74 if fascia == "A" else 2320.00) * 0.6124, 2)
    tot += contr
    rows.append((FMT % (n, prot, "%02d/01/2026" % day, "BNT-FA25-%04d" % (3000 + n * 17), "  " + fascia, eurt(canone), eurt(isee), eur(inc), eurt(contr), random.choice(notes))).rstrip())
per = 30
pages = (len(rows) + per - 1) // per
out = []
for p in range(pages):
    if p: out.append("\f")
    out += head(p + 1, pages)
    out += rows[p * per:(p + 1) * per]
    if p == pages - 1:
        out.append("-" * W)
        out.append(("TOTALE CONTRIBUTI SPETTANTI (N. %d BENEFICIARI)" % len(rows)).ljust(85) + ("%12s" % eurt(tot)))
        out.append("=" * W)
        out.append("")
        out.append("LA PERCENTUALE DI FINANZIAMENTO REGIONALE APPLICATA E' PARI AL 61,24% DEL FABBISOGNO (D.G.R. N. 4/27 DEL 05/02/2026).")
        out.append("L'ELENCO NOMINATIVO COMPLETO E' DEPOSITATO AGLI ATTI DEL SERVIZIO E NON E' OGGETTO DI PUBBLICAZIONE.")
        out.append("")
        out.append(" " * 84 + "IL RESPONSABILE DEL SERVIZIO")
        out.append(" " * 84 + "DOTT.SSA MARIA GIOVANNA CARTA")
    else:
        out.append("-" * W)
        out.append(" " * 100 + "SEGUE ALLA PAGINA %d" % (p + 2))
open(sys.argv[1], "w", encoding="latin-1").write("\n".join(out) + "\n")
