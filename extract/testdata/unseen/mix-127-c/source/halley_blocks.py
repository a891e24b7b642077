# -*- coding: utf-8 -*-
"""Colli del Tronto's Halley house style as a list of blocks; each renderer
(fpdf2, ReportLab glyph by glyph, pdfLaTeX, groff) draws the same blocks its own way."""
import data

MONTHS_PUB = {
    22: ("10-03-2028", "25-03-2028", 287),
    25: ("17-03-2028", "01-04-2028", 301),
    6: ("24-03-2028", "08-04-2028", 322),
    8: ("31-03-2028", "15-04-2028", 339),
}


def blocks(a):
    giunta = a["organ"] == "Giunta Comunale"
    num = a["number"]
    d = data.dmy(a["date"], "-")
    pres, sec = a["president"], a["secretary"]
    b = []
    b.append(("lh", a["muni"]["name"], a["muni"]["prov"]))
    b.append(("box", f"COPIA DI DELIBERAZIONE DEL{'LA GIUNTA' if giunta else ' CONSIGLIO'} COMUNALE"))
    b.append(("numdate", str(num), d, [("Soggetta a controllo", "N"), ("Immediatamente eseguibile", "S" if a["ie"] else "N")]))
    if not giunta:
        b.append(("seduta", a["seduta"]))
    b.append(("subject", a["subject"]))
    if giunta:
        b.append(("para", f"L'anno duemilaventotto {a['date_words']} alle ore {a['time']}, nella sala delle "
                          "adunanze si è riunita la Giunta Comunale convocata nelle forme di legge. "
                          "Dei Signori componenti della Giunta Comunale:"))
        rows = [(n, r, "P" if p else "A") for n, r, p in a["roll"]]
        b.append(("roll_pa", rows))
    else:
        b.append(("para", f"L'anno duemilaventotto {a['date_words']} alle ore {a['time']}, nella sala consiliare "
                          "del Palazzo comunale, in seguito a convocazione disposta con invito scritto e "
                          "relativo ordine del giorno notificato ai singoli Consiglieri a norma di legge, si è "
                          "riunito il Consiglio Comunale. Fatto l'appello nominale risultano:"))
        b.append(("roll_x2", [(n, p) for n, r, p in a["roll"]]))
    pc = data.present_count(a)
    n = len(a["roll"])
    b.append(("tot", f"Assegnati n. {n}", f"In carica n. {n}", f"Presenti n. {pc:3d}", f"Assenti n. {n - pc:3d}"))
    b.append(("para", f"Assume la presidenza il {pres['title']} {pres['name']} in qualità di {pres['role']} "
                      f"assistito dal {sec['role']} {sec['title']} {sec['name']}."))
    b.append(("para", "Il Presidente, accertato il numero legale per la validità dell'adunanza, dichiara aperta la "
                      "seduta ed invita i presenti a deliberare sull'oggetto sopra indicato."))
    b.append(("para", a["event"]))
    b.append(("center", "LA GIUNTA COMUNALE" if giunta else "IL CONSIGLIO COMUNALE"))
    if a.get("proposal_number"):
        b.append(("para", f"VISTA la proposta di deliberazione n. {a['proposal_number']} del "
                          f"{data.dmy(a['proposal_date'], '-')} dell'Ufficio {a['proposing_office']}, "
                          "di seguito riportata;"))
    for t in a["premessa"]:
        b.append(("para", t))
    b.append(("para", a["vote_text"]))
    b.append(("spaced", "DELIBERA"))
    b.append(("points", a["points"]))
    b.append(("para", a["ie_text"]))
    b.append(("pareri", [(k, who, name, dt) for k, who, name, dt in a["pareri"]]))
    b.append(("para", "Il presente verbale viene letto, approvato e sottoscritto a norma di legge."))
    b.append(("sig", ("IL PRESIDENTE", f"F.to {pres['name']}"), (f"IL {sec['role']}", f"F.to {sec['name']}")))
    pf, pt, reg = MONTHS_PUB[num]
    b.append(("heading", "ATTESTATO DI PUBBLICAZIONE"))
    b.append(("form", [("Della suestesa deliberazione, ai sensi dell'art. 124 del D.Lgs. 267/2000, viene iniziata "
                        "oggi la pubblicazione all'Albo Pretorio on line per 15 giorni consecutivi dal", None),
                       (pf, 16), ("al", None), (pt, 16), ("N. reg.", None), (str(reg), 8)]))
    b.append(("form", [("Colli del Tronto, li", None), (pf, 16)]))
    b.append(("sigr", (f"IL {sec['role']}", f"F.to {sec['name']}")))
    b.append(("heading", "ESECUTIVITA'"))
    b.append(("check", a["ie"], "dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)"))
    b.append(("check", False, "decorsi 10 giorni dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000)"))
    b.append(("para", "E' copia conforme all'originale, in carta libera per uso amministrativo."))
    return b


def running_foot(a, page):
    kind = "GIUNTA" if a["organ"] == "Giunta Comunale" else "CONSIGLIO"
    return f"DELIBERAZIONE DI {kind} n. {a['number']} del {data.dmy(a['date'], '-')} - pag. {page} - COMUNE DI COLLI DEL TRONTO"
