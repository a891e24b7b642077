# Determinazione dell'Area Amministrativa di Pietrelcina - DOS-era program
# report, 80 columns, capitals, accents as apostrophes; printed with a2ps.
from fw import center, lr, wrap, leader, spaced, check_width

W = 80
p1 = [
    "=" * W,
    center("COMUNE DI PIETRELCINA", W),
    center("(PROVINCIA DI BENEVENTO)", W),
    "=" * W,
    lr(" AREA AMMINISTRATIVA", "SERVIZIO POLITICHE SOCIALI ", W),
    "-" * W,
    center(spaced("DETERMINAZIONE"), W),
    "-" * W,
    "   " + leader("N. REG. GENERALE", "233", 24) + "      DEL ..... 11/03/2026",
    "   " + leader("N. REG. SERVIZIO", " 49", 24) + "      DEL ..... 11/03/2026",
    "-" * W,
]
subj = ("LIQUIDAZIONE CONTRIBUTO ECONOMICO STRAORDINARIO A FAVORE DI NUCLEI FAMILIARI IN "
        "CONDIZIONI DI DISAGIO ECONOMICO E SOCIALE. ANNUALITA' 2025.")
p1 += wrap(subj, W - 1, " OGGETTO: ", " " * 10)
p1 += ["-" * W, "", center("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", W), ""]
for t in [
    "VISTO IL DECRETO SINDACALE N. 3 DEL 08/01/2026 DI ATTRIBUZIONE DELLE FUNZIONI DI "
    "RESPONSABILE DELL'AREA AMMINISTRATIVA;",
    "RICHIAMATA LA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 112 DEL 18/11/2025 CON LA QUALE "
    "SONO STATI APPROVATI I CRITERI PER L'EROGAZIONE DI CONTRIBUTI ECONOMICI STRAORDINARI "
    "A FAVORE DI NUCLEI FAMILIARI IN CONDIZIONI DI DISAGIO;",
    "RICHIAMATA ALTRESI' LA PROPRIA DETERMINAZIONE N. 611 DEL 22/12/2025 DI APPROVAZIONE "
    "DELLA GRADUATORIA E DI IMPEGNO DELLA SPESA DI EURO 9.600,00 (IMPEGNO N. 1047/2025);",
    "VISTA LA RELAZIONE DELL'ASSISTENTE SOCIALE DEL 04/03/2026 CHE ATTESTA LA PERMANENZA "
    "DEI REQUISITI IN CAPO AI BENEFICIARI;",
    "DATO ATTO CHE, PER LA TUTELA DEI DATI PERSONALI, I NOMINATIVI DEI BENEFICIARI SONO "
    "INDICATI NELL'ELENCO DEPOSITATO AGLI ATTI DELL'UFFICIO E NON SONO OGGETTO DI "
    "PUBBLICAZIONE;",
    "RITENUTO DI DOVER PROCEDERE ALLA LIQUIDAZIONE;",
]:
    p1 += wrap(t, W, "  ", "  ")
p1 += ["", center(spaced("DETERMINA"), W), ""]
p1 += wrap("DI LIQUIDARE LA SOMMA COMPLESSIVA DI EURO 9.600,00 A FAVORE DEI NUCLEI "
           "FAMILIARI BENEFICIARI, SECONDO IL SEGUENTE PROSPETTO:", W, "1. ", "   ")
p1 += [
    "      ********************************************************",
    "      *  N. *  CODICE PRATICA  *  COMPONENTI  *   IMPORTO    *",
    "      ********************************************************",
]
rows = [("1", "PS/2025/014", "4", "1.800,00"), ("2", "PS/2025/022", "3", "1.500,00"),
        ("3", "PS/2025/031", "5", "2.100,00"), ("4", "PS/2025/037", "2", "1.200,00"),
        ("5", "PS/2025/040", "1", "1.000,00"), ("6", "PS/2025/046", "3", "2.000,00")]
for r in rows:
    p1.append("      *  %s  *  %-14s  *  %8s    *  %10s  *" % r)
p1 += [
    "      ********************************************************",
    "      *                         TOTALE EURO  *    9.600,00   *",
    "      ********************************************************",
]
p2 = []
p2 += wrap("DI IMPUTARE LA SPESA AL CAPITOLO 1420/3 \"CONTRIBUTI ECONOMICI A FAMIGLIE "
           "DISAGIATE\", MISSIONE 12, PROGRAMMA 05, IMPEGNO N. 1047/2025, GESTIONE RESIDUI;",
           W, "2. ", "   ")
p2 += wrap("DI TRASMETTERE IL PRESENTE ATTO AL SERVIZIO FINANZIARIO PER L'EMISSIONE DEI "
           "MANDATI DI PAGAMENTO E DI DISPORNE LA PUBBLICAZIONE ALL'ALBO PRETORIO ON LINE "
           "OMETTENDO I DATI DEI BENEFICIARI.", W, "3. ", "   ")
p2 += [
    "",
    " PIETRELCINA, LI' 11/03/2026",
    "                                        IL RESPONSABILE DELL'AREA AMMINISTRATIVA",
    "                                           F.TO DOTT. ANTONIO MASTRONARDI",
    "",
    "=" * W,
    " VISTO DI REGOLARITA' CONTABILE",
    "-" * W,
]
p2 += wrap("SI APPONE IL VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA "
           "DELLA SPESA (ART. 184, COMMA 4, D.LGS. 267/2000).", W, " ", " ")
p2 += [
    "",
    " PIETRELCINA, LI' 11/03/2026            IL RESPONSABILE DEL SERVIZIO FINANZIARIO",
    "                                           F.TO RAG. CARMINE PETRUCCIANI",
    "-" * W,
    " PUBBLICAZIONE N. 198 - DAL 11/03/2026 AL 26/03/2026",
    "                                           IL MESSO COMUNALE",
    "                                           F.TO LUIGI FORGIONE",
    "=" * W,
]
for n, pg in (("p1", p1), ("p2", p2)):
    check_width(pg, W, n)
print(len(p1), len(p2))
open("build/pietrelcina.txt", "w", encoding="latin-1").write("\n".join(p1 + p2) + "\n")
