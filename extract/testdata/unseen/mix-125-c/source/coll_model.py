# -*- coding: utf-8 -*-
"""House style of the Comune di Collecorvino ("halley"): the blocks of a
Giunta minute, in order. Each renderer (ReportLab, Chromium, Writer, fpdf2)
lays out the same blocks."""
from data import COLLECORVINO as C, attendance, present_count, secretary_of, it_date, day_words

RESP = {
    "AREA AMMINISTRATIVA": ("Il Responsabile dell'Area Amministrativa", "dott.ssa Lucia Ciccarelli"),
    "AREA FINANZIARIA": ("Il Responsabile dell'Area Finanziaria", "rag. Gabriele Di Marzio"),
    "AREA TECNICA": ("Il Responsabile dell'Area Tecnica", "ing. Daniela Marcantonio"),
}


def blocks(a):
    att = attendance(C, a)
    pres = present_count(C, a)
    st, sr, sn = secretary_of(C, a)
    pt, pr, pn = a["president"]
    out = []
    out.append(("letterhead", C["name"], C["province"], C["address"]))
    out.append(("title", "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"))
    out.append(("numrow", "N. %d" % a["number"], "del %s" % it_date(a["date"]),
                "Proposta n. %d del %s" % (a["proposal_number"], it_date(a["proposal_date"])),
                "Ufficio proponente: %s" % a["proposing_office"]))
    out.append(("subject", "OGGETTO:", a["subject"]))
    out.append(("para", "L'anno duemilaventotto, il giorno %s del mese di gennaio, alle ore %s, nella sala delle adunanze della Sede Comunale, convocata nei modi di legge, si è riunita la Giunta Comunale nelle persone dei signori:" % (day_words(a["date"]), a["time"])))
    out.append(("roll", [(i + 1, n, r, p) for i, (n, r, p) in enumerate(att)]))
    out.append(("counts", "Presenti n. %d" % pres, "Assenti n. %d" % (len(att) - pres)))
    absent = [(n, r) for n, r, p in att if not p]
    if absent:
        parts = ["il %s %s" % (r, n) if r != "Assessore" else "l'Assessore %s" % n for n, r in absent]
        out.append(("para", "Risultano assenti giustificati: %s." % " e ".join(parts)))
    out.append(("para", "Partecipa alla seduta il %s %s %s, il quale provvede alla redazione del presente verbale." % (sr, st, sn)
                if st == "dott." else
                "Partecipa alla seduta il %s %s %s, la quale provvede alla redazione del presente verbale." % (sr, st, sn)))
    out.append(("para", "Essendo legale il numero degli intervenuti, %s %s %s, nella sua qualità di %s, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato." % (
        "il" if pt == "Sig." else "la", pt, pn, pr)))
    out.append(("center", "LA GIUNTA COMUNALE"))
    for p in a["premesse"]:
        out.append(("para", p))
    out.append(("para", a["vote_text"]))
    out.append(("center", "D E L I B E R A"))
    out.append(("points", a["points"]))
    out.append(("para", a["ie_text"]))
    tech = RESP[a["proposing_office"]]
    fin = RESP["AREA FINANZIARIA"]
    out.append(("pareri", "PARERI ESPRESSI AI SENSI DELL'ART. 49, COMMA 1, DEL D.LGS. N. 267/2000", [
        ("Parere in ordine alla regolarità tecnica: FAVOREVOLE", "Data %s" % it_date(a["proposal_date"]), tech[0], "F.to " + tech[1]),
        ("Parere in ordine alla regolarità contabile: FAVOREVOLE", "Data %s" % it_date(a["proposal_date"]), fin[0], "F.to " + fin[1]),
    ]))
    out.append(("para", "Letto, approvato e sottoscritto."))
    out.append(("signatures", ("IL PRESIDENTE", "F.to %s" % pn),
                ("IL %s" % sr.upper(), "F.to %s %s" % (st, sn))))
    out.append(("center", "CERTIFICATO DI PUBBLICAZIONE"))
    out.append(("para", "Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio on line del Comune per quindici giorni consecutivi, dal %s al %s (Reg. Pubbl. n. %d), ai sensi dell'art. 124, comma 1, del D.Lgs. n. 267/2000, e contestualmente comunicata ai Capigruppo consiliari." % (a["pub_from"], a["pub_to"], a["pub_number"])))
    out.append(("sigright", "Collecorvino, %s" % a["pub_from"], "IL %s" % sr.upper(), "F.to %s %s" % (st, sn)))
    out.append(("center", "ESECUTIVITÀ"))
    if a["ie"]:
        out.append(("para", "La presente deliberazione è divenuta esecutiva il %s, perché dichiarata immediatamente eseguibile (art. 134, comma 4, del D.Lgs. n. 267/2000)." % it_date(a["date"])))
    else:
        out.append(("para", "La presente deliberazione diverrà esecutiva decorsi dieci giorni dalla pubblicazione (art. 134, comma 3, del D.Lgs. n. 267/2000)."))
    out.append(("note", "Copia conforme all'originale, in carta libera per uso amministrativo. Documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate."))
    return out


def running(a):
    return "Deliberazione di Giunta Comunale n. %d del %s" % (a["number"], it_date(a["date"]))
