# Determinazione dell'Area Tecnica di Montereale Valcellina - a host program's
# report (Ascot-like, mixed case, accents as letters), set in Courier by groff.
from fw import center, lr, wrap, leader, spaced, check_width
from groffnf import write

W = 82
B = "\x01"


def header(page):
    return [
        lr("COMUNE DI MONTEREALE VALCELLINA", "Pag. %d di 2" % page, W),
        "Provincia di Pordenone",
        "-" * W,
    ]


def footer():
    return ["", "-" * W, lr("Determinazione n. 214 del 05/03/2026", "ASCOT/DT - stampa del 05/03/2026", W)]


p1 = header(1) + [
    B + "AREA TECNICA",
    "Servizio Lavori Pubblici e Manutenzioni",
    "-" * W,
    "",
    B + center("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", W),
    "",
    "   Registro Generale   n.  214    del  05/03/2026",
    "   Registro di Area    n.   61    del  04/03/2026",
    "",
]
subj = ("Lavori di manutenzione straordinaria della copertura della palestra comunale di "
        "via Ciotti. Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del "
        "D.Lgs. 36/2023 alla ditta Edilcoperture Valcellina S.r.l. e impegno di spesa. "
        "CIG B6A2F19D3C - CUP H82F25000310004.")
p1 += [B + l for l in wrap(subj, W, "OGGETTO: ", " " * 9)]
p1 += ["", B + center("IL RESPONSABILE DEL SERVIZIO", W), ""]
for t in [
    "VISTO il decreto del Sindaco n. 4 del 02/01/2026, con il quale è stata attribuita al "
    "sottoscritto la responsabilità dell'Area Tecnica;",
    "RICHIAMATE la deliberazione del Consiglio comunale n. 52 del 19/12/2025 di approvazione "
    "del bilancio di previsione 2026-2028 e la deliberazione della Giunta comunale n. 3 del "
    "08/01/2026 di approvazione del Piano esecutivo di gestione;",
    "PREMESSO che a seguito delle forti precipitazioni del mese di febbraio si sono "
    "verificate infiltrazioni d'acqua dalla copertura della palestra comunale di via Ciotti, "
    "utilizzata dall'Istituto comprensivo e dalle associazioni sportive locali;",
    "DATO ATTO che è stato richiesto un preventivo alla ditta Edilcoperture Valcellina S.r.l., "
    "con sede in Maniago, via dell'Artigianato n. 12, P.IVA 01823450937, la quale ha offerto "
    "l'esecuzione dei lavori per l'importo di euro 15.500,00 oltre IVA 22%, con nota "
    "assunta al prot. n. 1876 del 26/02/2026;",
    "RITENUTO il prezzo congruo e accertata la regolarità contributiva della ditta (DURC "
    "prot. INAIL_51937201 con scadenza 18/06/2026);",
    "VISTI il D.Lgs. 18/08/2000, n. 267 e il D.Lgs. 31/03/2023, n. 36;",
]:
    p1 += wrap(t, W)
p1 += footer()

p2 = header(2) + [""]
p2 += [B + center(spaced("DETERMINA"), W), ""]
p2 += wrap("di affidare, ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023, i "
           "lavori di manutenzione straordinaria della copertura della palestra comunale di "
           "via Ciotti alla ditta Edilcoperture Valcellina S.r.l. per l'importo di euro "
           "15.500,00 oltre IVA 22%, per complessivi euro 18.910,00;", W, "1) ", "   ")
p2 += wrap("di impegnare la spesa complessiva di euro 18.910,00 come segue:", W, "2) ", "   ")
p2 += [
    "      " + leader("Esercizio", "2026", 60),
    "      " + leader("Missione/Programma", "06.01", 60),
    "      " + leader("Titolo/Macroaggregato", "2.02", 60),
    "      " + leader("Capitolo", "2045/10", 60),
    "      " + leader("Descrizione", "Manut. straord. impianti sportivi", 60),
    "      " + leader("Importo", "euro 18.910,00", 60),
    "      " + leader("Impegno", "n. 412/2026", 60),
]
p2 += wrap("di dare atto che il Responsabile unico del progetto è il geom. Paolo Zanolin e "
           "che i lavori dovranno essere ultimati entro 30 giorni dalla consegna;", W, "3) ", "   ")
p2 += wrap("di disporre la pubblicazione del presente atto all'Albo pretorio on line e nella "
           "sezione Amministrazione trasparente.", W, "4) ", "   ")
p2 += [
    "",
    "Montereale Valcellina, 04/03/2026",
    "                                          IL RESPONSABILE DEL SERVIZIO",
    "                                              geom. Paolo Zanolin",
    "                                  (documento firmato digitalmente ai sensi",
    "                                       del D.Lgs. 82/2005 e s.m.i.)",
    "",
    "=" * W,
    B + "VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA",
    "(art. 183, comma 7, D.Lgs. 267/2000)",
    "",
    "   " + leader("Impegno n.", "412/2026", 45) + "   Capitolo 2045/10",
    "   " + leader("Importo", "euro 18.910,00", 45),
    "",
    "Montereale Valcellina, 05/03/2026",
    "                                   IL RESPONSABILE DEL SERVIZIO FINANZIARIO",
    "                                         dott.ssa Michela Bortolussi",
    "=" * W,
    "",
    "Pubblicata all'Albo pretorio on line dal 05/03/2026 al 20/03/2026 (reg. n. 287)",
]
p2 += footer()
for n, pg in (("p1", p1), ("p2", p2)):
    check_width([l.lstrip(B) for l in pg], W, n)
    print(n, len(pg))
write([p1, p2], "build/montereale.tr", size=9.3, vs=11.2, po="1.9c")
