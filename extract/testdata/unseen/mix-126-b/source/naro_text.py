# -*- coding: utf-8 -*-
"""Comune di Naro, "Halley" house style: the blocks of a Giunta Municipale
minute, in order. Each Naro builder (ReportLab platypus, ReportLab glyph by
glyph, pikepdf content streams, pdfLaTeX) renders these same blocks.
"""
from data import (naro, NARO_ROLL, NARO_SETTORI, NARO_SECRETARY, NARO_PRESIDENT,
                  dmy, day, DAY_WORDS, MONTHS)

ENTE = "COMUNE DI NARO"
SUB = "Libero Consorzio Comunale di Agrigento"
TITLE = "VERBALE DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE"


def settore(a):
    return NARO_SETTORI[a["settore"]]


def prop_box(a):
    """The lines of the proposal box under the subject (what the proposal
    form filled in)."""
    name, _ = settore(a)
    L = ["Proposta n. %d del %s" % (a["proposal_number"], dmy(a["proposal_date"]))]
    if a["number"] == 11:
        L += ["Proponente: %s" % a["proponente"], "Settore proponente: %s" % name]
    elif a["number"] == 16:
        L += ["Proponente: %s" % name]
    elif a["number"] == 24:
        L += ["Settore proponente: %s" % name, "Proponente: %s" % a["proponente"]]
    else:  # n. 20: the form prints only the number; the office is in the pareri
        L = ["PROPOSTA N. %d DEL %s" % (a["proposal_number"], dmy(a["proposal_date"]))]
    return L


def time_it(t):
    return t.replace(":", ",")


def assessore_anziano(a):
    for name, role in NARO_ROLL[1:]:
        if name not in a["absent"]:
            sur, first = name.split(" ", 1) if not name.startswith("LO ") else ("LO PRESTI", name[9:])
            return "%s %s" % (first, sur.title())
    return ""


def blocks(a):
    pt, pr, pn = NARO_PRESIDENT
    st, sr, sn = NARO_SECRETARY
    sname, sresp = settore(a)
    fname, fresp = NARO_SETTORI["II"]
    npres = len(NARO_ROLL) - len(a["absent"])
    B = [("title", TITLE),
         ("numline", "N. %d del %s" % (a["number"], dmy(a["date"]))),
         ("subject", a["subject"]),
         ("propbox", prop_box(a)),
         ("p", "L'anno duemilaventotto, il giorno %s del mese di %s, alle ore %s e seguenti, nella sala "
               "delle adunanze della Casa Comunale, convocata nelle forme di legge, si è riunita la Giunta "
               "Municipale. Presiede l'adunanza il %s %s %s e sono rispettivamente presenti e assenti i "
               "seguenti signori:" % (DAY_WORDS[day(a["date"])], MONTHS[1], time_it(a["time"]), pr, pt, pn)),
         ("roll", [(i + 1, name, role, name not in a["absent"]) for i, (name, role) in enumerate(NARO_ROLL)]),
         ("p", "Assegnati n. 5 - In carica n. 5 - Presenti n. %d - Assenti n. %d" % (npres, 5 - npres)),
         ("p", "Partecipa il %s %s %s, con funzioni consultive, referenti e di assistenza." % (sr, st, sn)),
         ("p", "Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la "
               "seduta e invita i convenuti a deliberare sull'argomento in oggetto specificato."),
         ("h", "LA GIUNTA MUNICIPALE"),
         ("p", "Vista l'allegata proposta di deliberazione n. %d del %s, relativa all'oggetto, corredata "
               "dei pareri prescritti;" % (a["proposal_number"], dmy(a["proposal_date"])))]
    B += [("p", p) for p in a["premises"]]
    B += [("p", a["vote_text"]), ("h", "DELIBERA"), ("ol", a["points"])]
    if a["ie_text"]:
        B.append(("p", a["ie_text"]))
    else:
        B.append(("p", "La presente deliberazione diverrà esecutiva decorsi dieci giorni dalla pubblicazione, "
                       "ai sensi dell'art. 12, comma 1, della L.R. n. 44/1991."))
    pd = dmy(a["proposal_date"])
    B += [("h2", "PARERI AI SENSI DELL'ART. 53 DELLA L. N. 142/1990 (L.R. N. 48/1991)"),
          ("parere", "PARERE DI REGOLARITÀ TECNICA",
           "Si esprime parere favorevole in ordine alla regolarità tecnica della proposta.",
           "Naro, %s" % pd, "Il Responsabile del %s" % sname, sresp),
          ("parere", "PARERE DI REGOLARITÀ CONTABILE",
           "Si esprime parere favorevole in ordine alla regolarità contabile della proposta.",
           "Naro, %s" % pd, "Il Responsabile del %s" % fname, fresp),
          ("p", "Letto, approvato e sottoscritto."),
          ("sign", [("IL SINDACO", "%s %s" % (pt, pn)),
                    ("L'ASSESSORE ANZIANO", assessore_anziano(a)),
                    ("IL SEGRETARIO COMUNALE", "%s %s" % (st, sn))])]
    return B


def running(a):
    return "Deliberazione G.M. n. %d del %s" % (a["number"], dmy(a["date"]))
