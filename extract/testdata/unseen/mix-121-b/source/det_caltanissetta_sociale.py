#!/usr/bin/env python3
"""Comune di Caltanissetta - determinazione of the Direzione III as the Cityware
legacy "stampa testo" prints it: an 80-column fixed-width report, written here
as Latin-1 text and set by enscript in Courier 10 with a running head (Direzione,
number, page) and turned into PDF by ps2pdf (see build.sh)."""
import sys
import textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "det_caltanissetta_sociale.txt"
W = 80


def c(s):
    return s.center(W).rstrip()


def wrap(s, indent=0, first=None, width=W):
    first = " " * indent if first is None else first
    return textwrap.fill(s, width=width, initial_indent=first, subsequent_indent=" " * indent,
                         break_on_hyphens=False, break_long_words=False)


def just(s, indent=0, first=None):
    """justify by padding spaces, as the old report writer does."""
    first = " " * indent if first is None else first
    lines = textwrap.wrap(s, width=W, initial_indent=first, subsequent_indent=" " * indent,
                          break_on_hyphens=False, break_long_words=False)
    out = []
    for i, ln in enumerate(lines):
        if i == len(lines) - 1:
            out.append(ln); break
        lead = len(ln) - len(ln.lstrip(" "))
        if i == 0 and first.strip():
            lead = len(first)
        head, body = ln[:lead], ln[lead:]
        words = body.split(" ")
        gaps = len(words) - 1
        extra = W - len(ln)
        if gaps <= 0:
            out.append(ln); continue
        res = words[0]
        for k, w in enumerate(words[1:]):
            n = 1 + extra // gaps + (1 if k < extra % gaps else 0)
            res += " " * n + w
        out.append(head + res)
    return "\n".join(out)


L = []
L.append(c("COMUNE DI CALTANISSETTA"))
L.append(c("DIREZIONE III - SERVIZI SOCIALI E PUBBLICA ISTRUZIONE"))
L.append(c("SERVIZIO 1 - POLITICHE SOCIALI E INCLUSIONE"))
L.append(c("U.O. CONTRIBUTI E ASSISTENZA ECONOMICA"))
L.append("=" * W)
L.append("")
L.append(c("DETERMINAZIONE DIRIGENZIALE N. 1538 DEL 24/09/2027"))
L.append(c("REGISTRO DELLA DIREZIONE N. 176 DEL 23/09/2027"))
L.append("")
L.append(wrap("LIQUIDAZIONE CONTRIBUTI ECONOMICI STRAORDINARI A NUCLEI FAMILIARI IN CONDIZIONE "
              "DI DISAGIO SOCIO-ECONOMICO - MESE DI AGOSTO 2027.", indent=9, first="OGGETTO: "))
L.append("-" * W)
L.append("")
L.append(c("IL DIRIGENTE"))
L.append("")
prem = [
    "PREMESSO che con deliberazione di Giunta Comunale n. 52 del 14/03/2027 sono stati approvati i criteri per "
    "l'erogazione di contributi economici straordinari in favore di nuclei familiari residenti che versano in "
    "condizione di grave disagio socio-economico, a valere sul Fondo poverta' e sulle risorse del bilancio comunale;",
    "VISTE le relazioni delle assistenti sociali del Servizio 1 - Politiche Sociali e Inclusione, conservate agli atti "
    "dell'U.O. Contributi e Assistenza Economica, con le quali si propone l'erogazione del contributo per il mese di "
    "agosto 2027 in favore di n. 14 nuclei familiari;",
    "DATO ATTO che i dati identificativi dei beneficiari non sono riportati nel presente atto, ai sensi dell'art. 26, "
    "comma 4, del D.Lgs. 14 marzo 2013, n. 33, e sono sostituiti dal numero di pratica;",
    "VISTO il decreto del Sindaco n. 21 del 15/09/2027, con il quale e' stato conferito alla sottoscritta "
    "l'incarico di direzione della Direzione III;",
    "VISTI il D.Lgs. n. 267/2000, come recepito dalla L.R. n. 48/1991, e il vigente Regolamento comunale per "
    "la concessione di contributi e benefici economici;",
]
for p in prem:
    L.append(just(p)); L.append("")
L.append(c("D E T E R M I N A"))
L.append("")
pts = [
    "di liquidare in favore dei n. 14 nuclei familiari indicati nel prospetto che segue il contributo "
    "economico straordinario per il mese di agosto 2027, per l'importo complessivo di euro 4.760,00;",
    "di imputare la spesa alla Missione 12, Programma 04, capitolo 11040/2 del bilancio 2027-2029, esercizio "
    "2027, impegno n. 902/2027 assunto con determinazione dirigenziale n. 611 del 20/04/2027;",
    "di autorizzare la Direzione II - Servizi Finanziari all'emissione dei mandati di pagamento secondo le "
    "modalita' indicate da ciascun beneficiario;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line, omettendo i dati personali dei "
    "beneficiari.",
]
for i, p in enumerate(pts, 1):
    L.append(just(p, indent=4, first="%d)  " % i)); L.append("")
    if i == 1:
        L.append("    " + "-" * 60)
        L.append("    %-10s %-28s %18s" % ("N. PRAT.", "COMPONENTI NUCLEO", "IMPORTO EURO"))
        L.append("    " + "-" * 60)
        data = [("SS/0412", 4, 380), ("SS/0427", 3, 320), ("SS/0433", 5, 400), ("SS/0438", 2, 280),
                ("SS/0441", 1, 250), ("SS/0450", 4, 380), ("SS/0456", 6, 400), ("SS/0462", 3, 320),
                ("SS/0467", 2, 280), ("SS/0471", 5, 400), ("SS/0479", 3, 320), ("SS/0483", 4, 380),
                ("SS/0490", 1, 250), ("SS/0494", 4, 400)]
        for a, b, cc in data:
            L.append("    %-10s %-28s %18s" % (a, b, "{:,.2f}".format(cc).replace(",", "X").replace(".", ",").replace("X", ".")))
        L.append("    " + "-" * 60)
        L.append("    %-10s %-28s %18s" % ("TOTALE", "", "4.760,00"))
        L.append("    " + "-" * 60)
        L.append("")
L.append("Caltanissetta, 24/09/2027")
L.append("")
L.append("  IL RESPONSABILE DEL PROCEDIMENTO          IL DIRIGENTE DELLA DIREZIONE III")
L.append("     (sig.ra Giuseppa Alaimo)                  (dott.ssa Rosalba Ferlisi)")
L.append("")
L.append("      Firme autografe sostituite a mezzo stampa ai sensi dell'art. 3, comma 2,")
L.append("      del D.Lgs. n. 39/1993 - originale firmato digitalmente agli atti")
L.append("")
L.append("-" * W)
L.append(c("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA"))
L.append(just("Si attesta la regolarita' contabile e la copertura finanziaria della spesa ai sensi dell'art. "
              "183, comma 7, del D.Lgs. n. 267/2000. Liquidazione n. 3390/2027."))
L.append("")
L.append("Caltanissetta, 24/09/2027                   IL DIRIGENTE DELLA DIREZIONE II")
L.append("                                              (dott.ssa Rosa Maria Trobia)")
text = "\n".join(L) + "\n"
open(OUT, "w", encoding="latin-1").write(text)
