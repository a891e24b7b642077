# Giunta Comunale di Castione della Presolana - printout of an AS/400-era
# deliberation program (80 columns, capitals), printed with enscript.
from fw import center, lr, wrap, leader, spaced, check_width

W = 80
HDR_DATE = "13/03/2026"


def header(page):
    return [
        lr("COMUNE DI CASTIONE DELLA PRESOLANA", "DATA " + HDR_DATE, W),
        lr("PROVINCIA DI BERGAMO", "PAG.%4d" % page, W),
        "=" * W,
        "",
    ]


p1 = header(1) + [
    center("COPIA DI DELIBERAZIONE DELLA", W),
    center("G I U N T A   C O M U N A L E", W),
    "",
    lr("      N. 38  REG. DEL.", "DATA 10/03/2026      ", W),
    "-" * W,
    "OGGETTO: APPROVAZIONE PROGETTO DI FATTIBILITA' TECNICO-ECONOMICA DEI LAVORI DI",
    "         MESSA IN SICUREZZA DELLA STRADA COMUNALE DI VIA ROCCOLO IN LOCALITA'",
    "         BRATTO - CUP G47H25001230004.",
    "-" * W,
    "",
]
p1 += wrap("L'ANNO DUEMILAVENTISEI ADDI' DIECI DEL MESE DI MARZO ALLE ORE 18.30 NELLA "
           "SALA DELLE ADUNANZE DEL PALAZZO MUNICIPALE, PREVIA OSSERVANZA DI TUTTE LE "
           "FORMALITA' PRESCRITTE DALLA VIGENTE NORMATIVA, VENNERO OGGI CONVOCATI A "
           "SEDUTA I COMPONENTI DELLA GIUNTA COMUNALE.", W, "     ", "")
p1 += ["", "ALL'APPELLO RISULTANO:", ""]
roll = [
    ("FERRARI GIANPIETRO", "SINDACO", True),
    ("MEDICI ELISA", "VICESINDACO", True),
    ("BONALDI MARCO", "ASSESSORE", False),
    ("TOMASONI ILARIA", "ASSESSORE", True),
]
p1.append("      %-30s  %-18s  %-8s  %-7s" % ("COGNOME E NOME", "CARICA", "PRESENTE", "ASSENTE"))
p1.append("      %-30s  %-18s  %-8s  %-7s" % ("-" * 30, "-" * 18, "-" * 8, "-" * 7))
for n, r, pr in roll:
    p1.append(("      %-30s  %-18s  %-8s  %-7s" % (n, r, "   X" if pr else "", "" if pr else "   X")).rstrip())
p1.append("      %-30s  %-18s  %-8s  %-7s" % ("", "", "-" * 8, "-" * 7))
p1.append("      %-30s  %18s  %-8s  %-7s" % ("", "TOTALE", "   3", "   1"))
p1.append("")
p1 += wrap("PARTECIPA ALLA SEDUTA IL SEGRETARIO COMUNALE DOTT. ROBERTO PEZZOTTA IL "
           "QUALE PROVVEDE ALLA REDAZIONE DEL PRESENTE VERBALE.", W, "     ", "")
p1 += wrap("ESSENDO LEGALE IL NUMERO DEGLI INTERVENUTI, IL SIG. GIANPIETRO FERRARI - "
           "SINDACO - ASSUME LA PRESIDENZA E DICHIARA APERTA LA SEDUTA PER LA "
           "TRATTAZIONE DELL'OGGETTO SOPRA INDICATO.", W, "     ", "")
p1 += ["", center("LA GIUNTA COMUNALE", W), ""]
p1 += wrap("PREMESSO CHE LA STRADA COMUNALE DI VIA ROCCOLO, CHE COLLEGA LA FRAZIONE DI "
           "BRATTO CON LA LOCALITA' DOSSI, PRESENTA SU UN TRATTO DI CIRCA 420 METRI "
           "CEDIMENTI DEL MURO DI SOSTEGNO A VALLE E AMMALORAMENTI DELLA PAVIMENTAZIONE "
           "TALI DA RICHIEDERE UN INTERVENTO DI MESSA IN SICUREZZA;", W, "     ", "")
p1 += wrap("RICHIAMATA LA DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO TECNICO N. 19 "
           "DEL 27/01/2026, CON LA QUALE E' STATO AFFIDATO ALL'ING. DAVIDE SCANDELLA DI "
           "CLUSONE L'INCARICO DI REDAZIONE DEL PROGETTO DI FATTIBILITA' "
           "TECNICO-ECONOMICA;", W, "     ", "")
p1 += wrap("VISTO IL PROGETTO PERVENUTO IN DATA 02/03/2026 AL PROT. N. 2211, CHE "
           "PREVEDE UNA SPESA COMPLESSIVA DI EURO 185.000,00 COSI' RIPARTITA:", W, "     ", "")
p1 += [
    "",
    "          " + leader("A) LAVORI A BASE D'ASTA", "EURO  138.500,00", 60),
    "          " + leader("   ONERI PER LA SICUREZZA", "EURO    4.200,00", 60),
    "          " + leader("B) SOMME A DISPOSIZIONE", "EURO   42.300,00", 60),
    "          " + " " * 44 + "-" * 16,
    "          " + leader("   TOTALE", "EURO  185.000,00", 60),
]
p1.append("")

p2 = header(2)
p2 += wrap("DATO ATTO CHE LA SPESA TROVA COPERTURA AL CAPITOLO 20810/5 DEL BILANCIO DI "
           "PREVISIONE 2026/2028, ESERCIZIO 2026, FINANZIATO CON CONTRIBUTO REGIONALE "
           "(L.R. 9/2020) E CON FONDI PROPRI DI BILANCIO;", W, "     ", "")
p2 += wrap("VISTI I PARERI FAVOREVOLI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. "
           "267/2000 DAI RESPONSABILI DEI SERVIZI INTERESSATI, IN ORDINE ALLA REGOLARITA' "
           "TECNICA E CONTABILE;", W, "     ", "")
p2 += wrap("CON VOTI UNANIMI FAVOREVOLI ESPRESSI NELLE FORME DI LEGGE,", W, "     ", "")
p2 += ["", center(spaced("DELIBERA"), W), ""]
pts = [
    "DI APPROVARE IL PROGETTO DI FATTIBILITA' TECNICO-ECONOMICA DEI LAVORI DI "
    "MESSA IN SICUREZZA DELLA STRADA COMUNALE DI VIA ROCCOLO IN LOCALITA' BRATTO, "
    "REDATTO DALL'ING. DAVIDE SCANDELLA, DELL'IMPORTO COMPLESSIVO DI EURO "
    "185.000,00;",
    "DI DARE ATTO CHE LA SPESA TROVA COPERTURA AL CAPITOLO 20810/5 DEL BILANCIO "
    "2026/2028, ESERCIZIO 2026;",
    "DI NOMINARE RESPONSABILE UNICO DEL PROGETTO IL GEOM. LUCA BELINGHERI, "
    "RESPONSABILE DEL SERVIZIO TECNICO;",
    "DI DEMANDARE AL RESPONSABILE DEL SERVIZIO TECNICO L'ADOZIONE DEGLI ATTI "
    "CONSEGUENTI.",
]
for i, t in enumerate(pts, 1):
    p2 += wrap(t, W, "%d) " % i)
    p2.append("")
p2 += wrap("SUCCESSIVAMENTE, CON SEPARATA ED UNANIME VOTAZIONE, LA PRESENTE "
           "DELIBERAZIONE VIENE DICHIARATA IMMEDIATAMENTE ESEGUIBILE AI SENSI "
           "DELL'ART. 134, COMMA 4, DEL D.LGS. 267/2000.", W, "     ", "")
p2 += [
    "",
    "*" * W,
    "PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000",
    leader("REGOLARITA' TECNICA", "FAVOREVOLE", 50) + "   F.TO GEOM. BELINGHERI LUCA",
    leader("REGOLARITA' CONTABILE", "FAVOREVOLE", 50) + "   F.TO RAG. PEDRETTI SONIA",
    "*" * W,
    "",
    "LETTO, APPROVATO E SOTTOSCRITTO",
    "",
    "      IL SINDACO                              IL SEGRETARIO COMUNALE",
    "  F.TO FERRARI GIANPIETRO                  F.TO DOTT. PEZZOTTA ROBERTO",
    "",
    "-" * W,
    center("REFERTO DI PUBBLICAZIONE", W),
    "-" * W,
]
p2 += wrap("SI CERTIFICA CHE COPIA DEL PRESENTE VERBALE VIENE PUBBLICATA ALL'ALBO "
           "PRETORIO ON LINE IL GIORNO 13/03/2026 E VI RIMARRA' PER 15 GIORNI "
           "CONSECUTIVI. CONTESTUALMENTE E' COMUNICATA AI CAPIGRUPPO CONSILIARI.", W)
p2 += [
    "",
    "  ADDI' 13/03/2026                         IL SEGRETARIO COMUNALE",
    "                                           F.TO DOTT. PEZZOTTA ROBERTO",
    "",
    "COPIA CONFORME ALL'ORIGINALE PER USO AMMINISTRATIVO.",
    "ADDI' 13/03/2026                           IL SEGRETARIO COMUNALE",
    "                                           DOTT. PEZZOTTA ROBERTO",
]
for n, pg in (("p1", p1), ("p2", p2)):
    check_width(pg, W, n)
    if len(pg) > 64:
        raise SystemExit(f"{n} has {len(pg)} lines")
text = "\n".join(p1) + "\n\f" + "\n".join(p2) + "\n"
open("build/castione.txt", "w", encoding="latin-1").write(text)
