#!/usr/bin/env python3
"""Tesero, determinazione of the Servizio Tecnico, general register n. 141
(service register n. 38) of 10/05/2027 -- the PiTre register print: an
80-column Courier report, laid out here in Python and written as plain
troff (no macro package) for groff -Tps, then ps2pdf (see build.sh)."""
import sys
import textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-tesero.tr"
COLS = 80
PAGE_LINES = 58

SUBJ = ("LAVORI DI MANUTENZIONE STRAORDINARIA DEL MANTO DI COPERTURA DELLA SCUOLA "
        "PRIMARIA DI TESERO. AFFIDAMENTO DIRETTO ALLA DITTA LEGNOTETTI FIEMME S.R.L. "
        "E IMPEGNO DI SPESA. CIG B7C1055E3A")


def wrap(t, indent=0, first=None, width=COLS):
    first = indent if first is None else first
    return textwrap.wrap(t, width=width, initial_indent=" " * first,
                         subsequent_indent=" " * indent, break_long_words=False,
                         break_on_hyphens=False)


def lr(left, right):
    return left + " " * (COLS - len(left) - len(right)) + right


body = []
body.append("=" * COLS)
body.append(lr("COMUNE DI TESERO", "PROVINCIA DI TRENTO"))
body.append("SERVIZIO TECNICO")
body.append("UFFICIO LAVORI PUBBLICI E PATRIMONIO")
body.append("=" * COLS)
body.append("")
body.append("D E T E R M I N A Z I O N E   D E L   R E S P O N S A B I L E".center(COLS).rstrip())
body.append("")
body.append("  N. REGISTRO GENERALE ...: 141        DI DATA .........: 10/05/2027")
body.append("  N. REGISTRO SERVIZIO ...: 38         ESECUTIVA DAL ...: 11/05/2027")
body.append("")
body += textwrap.wrap(SUBJ, width=COLS, initial_indent="OGGETTO: ", subsequent_indent=" " * 9,
                      break_long_words=False, break_on_hyphens=False)
body.append("-" * COLS)
body.append("")
body.append("IL RESPONSABILE DEL SERVIZIO TECNICO".center(COLS).rstrip())
body.append("")
for t in [
    "Premesso che il manto di copertura in scandole e lamiera della scuola primaria "
    "di via Roma presenta infiltrazioni diffuse, rilevate nel sopralluogo del "
    "22 aprile 2027 (verbale prot. n. 2391), che interessano due aule del primo piano "
    "e il locale mensa;",
    "Considerato che i lavori devono essere eseguiti durante la sospensione estiva "
    "delle lezioni, tra il 14 giugno e il 27 agosto 2027;",
    "Vista la deliberazione della Giunta comunale n. 47 di data 28 aprile 2027, con la "
    "quale e' stato approvato il progetto esecutivo dei lavori, per una spesa "
    "complessiva di euro 61.400,00;",
    "Visto l'art. 21, comma 4, della legge provinciale 19 luglio 1990, n. 23, e "
    "l'art. 3, comma 01, della legge provinciale 9 marzo 2016, n. 2, che consentono "
    "l'affidamento diretto di lavori di importo inferiore a euro 150.000,00;",
    "Vista l'offerta della ditta Legnotetti Fiemme S.r.l. con sede in Cavalese, "
    "pervenuta al prot. n. 2688 di data 6 maggio 2027, per l'importo di euro "
    "46.870,00, di cui euro 1.920,00 per oneri della sicurezza, oltre IVA 10%, "
    "ritenuta congrua dal progettista;",
    "Accertata la regolarita' contributiva dell'impresa (DURC prot. INPS_55120473 "
    "con scadenza 14/08/2027);",
    "Visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, "
    "approvato con L.R. 3 maggio 2018, n. 2;",
]:
    body += wrap(t)
    body.append("")
body.append("D E T E R M I N A".center(COLS).rstrip())
body.append("")
for i, t in enumerate([
    "di affidare alla ditta Legnotetti Fiemme S.r.l. di Cavalese i lavori di "
    "manutenzione straordinaria del manto di copertura della scuola primaria di "
    "Tesero, per l'importo di euro 46.870,00 oltre IVA 10%, per complessivi euro "
    "51.557,00;",
    "di impegnare la spesa di euro 51.557,00 alla Missione 4, Programma 02, "
    "capitolo 9220 del bilancio di previsione 2027-2029, esercizio 2027;",
    "di stipulare il contratto mediante scambio di corrispondenza secondo gli usi "
    "commerciali, ai sensi dell'art. 15 della L.P. 19 luglio 1990, n. 23;",
    "di dare atto che avverso la presente determinazione sono ammessi ricorso al "
    "T.R.G.A. di Trento entro 60 giorni e ricorso straordinario al Presidente della "
    "Repubblica entro 120 giorni.",
], 1):
    lines = wrap(t, indent=4)
    lines[0] = "%d)  " % i + lines[0][4:]
    body += lines
    body.append("")
body.append("")
body.append(" " * 40 + "IL RESPONSABILE DEL SERVIZIO TECNICO")
body.append(" " * 40 + "ing. Luca Varesco")
body.append(" " * 40 + "(firmato digitalmente)")
body.append("")
body.append("-" * COLS)
body.append("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA")
body.append("(art. 187 del Codice degli enti locali - L.R. 3 maggio 2018, n. 2)")
body.append("")
body.append("  IMPEGNO N. ....: 2027/388        CAPITOLO ...: 9220        EURO ...: 51.557,00")
body.append("")
body.append(lr("Tesero, 11/05/2027", "IL RESPONSABILE DEL SERVIZIO FINANZIARIO"))
body.append(lr("", "dott.ssa Sonia Jellici"))
body.append("-" * COLS)

# paginate, with a running head and foot on every page
usable = PAGE_LINES - 4
pages = [body[i:i + usable] for i in range(0, len(body), usable)]
n = len(pages)
out = []
for k, pg in enumerate(pages, 1):
    page = []
    if k > 1:
        page.append(lr("COMUNE DI TESERO - DETERMINAZIONE N. 141 DI DATA 10/05/2027", "SERVIZIO TECNICO"))
        page.append("-" * COLS)
    page += pg
    page += [""] * (PAGE_LINES - 2 - len(page))
    page.append(lr("PITRE/DET  STAMPA DEL 11/05/2027 ORE 09:42", "PAG. %3d DI %3d" % (k, n)))
    out += page
    out.append("\f")

for l in out:
    assert len(l) <= COLS, (len(l), l)


def esc(l):
    l = l.replace("\\", "\\e")
    if l.startswith(".") or l.startswith("'"):
        l = "\\&" + l
    return l


tr = [".\\\" plain troff: no macro package",
      ".pl 11.69i", ".po 0.75i", ".ll 6.8i", ".ft CR", ".ps 10", ".vs 12.6", ".nf", ".sp |0.55i"]
for l in out:
    if l == "\f":
        tr.append(".bp")
        tr.append(".sp |0.55i")
    else:
        tr.append(esc(l) if l else "")
while tr[-1] in (".bp", ".sp |0.55i"):
    tr.pop()
open(OUT, "w", encoding="utf-8").write("\n".join(tr) + "\n")
