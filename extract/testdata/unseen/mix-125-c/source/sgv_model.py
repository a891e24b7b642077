# -*- coding: utf-8 -*-
"""House style of the Comune di San Giovanni Valdarno ("jserfin"): an
80-column report in capitals, a roll boxed with + - | and a SI/NO column,
the secretary named only under the signatures. lines() returns the report's
lines; with form=True the header fields are blanks of underscores and the
values come back as overlays (column, text) to be typed over them."""
import re
import textwrap
from data import SGV as S, attendance, present_count, secretary_of, it_date, day_words

WIDTH = 80
DIRIG = {
    "SERVIZI TECNICI - CIMITERI": "ING. FRANCESCO MUGNAI",
    "SERVIZI CULTURALI": "DOTT.SSA CHIARA SERENI",
    "SERVIZI EDUCATIVI E SPORT": "DOTT. MASSIMO LANDI",
    "SEGRETERIA GENERALE - CONTENZIOSO": "DOTT.SSA SIMONETTA LAPINI",
}


def center(s):
    return s.center(WIDTH).rstrip()


def wrapped(s, indent="", first=""):
    return textwrap.wrap(s, WIDTH, initial_indent=first, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def running(a):
    return "DELIBERA G.C. N. %d DEL %s" % (a["number"], it_date(a["date"]))


def lines(a, form=False):
    att = attendance(S, a)
    pres = present_count(S, a)
    st, sr, sn = secretary_of(S, a)
    pt, pr, pn = a["president"]
    L = []
    ov = {}  # line index -> [(col, text)]

    def add(s="", overlays=None):
        if overlays:
            runs = [m.start() for m in re.finditer(r"_+", s)]
            ov[len(L)] = [(runs[i] + (1 if len(t) < 4 else 0), t) for i, t in enumerate(overlays)]
        L.append(s)

    add("=" * WIDTH)
    add(center(S["name"]))
    add(center(S["province"]))
    add(center("PIAZZA CAVOUR, 1 - 52027 SAN GIOVANNI VALDARNO (AR)"))
    add("=" * WIDTH)
    add()
    add(center("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"))
    add(center("COPIA"))
    add()
    num = "%d" % a["number"]
    dat = it_date(a["date"])
    prop = "%d" % a["proposal_number"]
    if not form:
        add("   DELIBERAZIONE N. %-8s                     DATA  %s" % (num, dat))
        add("   PROPOSTA N.      %-8s                     ORE   %s" % (prop, a["time"]))
        add("   SERVIZIO PROPONENTE: %s" % a["proposing_office"])
    else:
        # the blanks of the pre-printed model; the values are typed over them
        add("   DELIBERAZIONE N. ________                     DATA  __________",
            [num, dat])
        add("   PROPOSTA N.      ________                     ORE   __________",
            [prop, a["time"]])
        add("   SERVIZIO PROPONENTE: __________________________________________",
            [a["proposing_office"]])
    add("-" * WIDTH)
    sub = wrapped(a["subject"], indent=" " * 9, first="OGGETTO: ")
    for s in sub:
        add(s)
    add("-" * WIDTH)
    add()
    for s in wrapped("L'ANNO DUEMILAVENTOTTO IL GIORNO %s DEL MESE DI GENNAIO ALLE ORE %s NELLA SALA DELLE ADUNANZE DEL PALAZZO COMUNALE, A SEGUITO DI REGOLARE CONVOCAZIONE, SI E' RIUNITA LA GIUNTA COMUNALE." % (day_words(a["date"]).upper(), a["time"])):
        add(s)
    add()
    add("ALL'APPELLO NOMINALE RISULTANO:")
    add()
    sep = "+----+------------------------------+----------------------+------------------+"
    add(sep)
    add("| N. | COGNOME E NOME               | CARICA               | PRESENTE (SI/NO) |")
    add(sep)
    for i, (n, r, p) in enumerate(att):
        if not form:
            add("| %2d | %-28s | %-20s | %-16s |" % (i + 1, n, r, ("SI" if p else "NO").center(16)))
        else:
            add("| %2d | %-28s | %-20s |      ____        |" % (i + 1, n, r), ["SI" if p else "NO"])
    add(sep)
    if not form:
        add("   PRESENTI N. %d                                       ASSENTI N. %d" % (pres, len(att) - pres))
    else:
        add("   PRESENTI N. ____                                    ASSENTI N. ____",
            ["%d" % pres, "%d" % (len(att) - pres)])
    absent = [(n, r) for n, r, p in att if not p]
    if absent:
        add()
        for s in wrapped("RISULTANO ASSENTI GIUSTIFICATI: %s." % ", ".join("%s (%s)" % (n, r) for n, r in absent)):
            add(s)
    add()
    if pr == "SINDACO":
        pres_s = "PRESIEDE LA SEDUTA IL SINDACO %s." % pn
    else:
        pres_s = "PRESIEDE LA SEDUTA IL %s %s, IN ASSENZA DEL SINDACO." % (pr, pn)
    for s in wrapped(pres_s):
        add(s)
    role_sent = "IL %s" % sr
    for s in wrapped("PARTECIPA CON FUNZIONI CONSULTIVE, REFERENTI, DI ASSISTENZA E CURA LA VERBALIZZAZIONE %s." % role_sent):
        add(s)
    for s in wrapped("IL PRESIDENTE, RICONOSCIUTA LA VALIDITA' DEL NUMERO LEGALE DEGLI INTERVENUTI, DICHIARA APERTA LA SEDUTA ED INVITA LA GIUNTA A DELIBERARE SULL'OGGETTO SOPRA INDICATO."):
        add(s)
    add()
    add(center("LA GIUNTA COMUNALE"))
    add()
    for p in a["premesse"]:
        for s in wrapped(p):
            add(s)
    add()
    for s in wrapped(a["vote_text"]):
        add(s)
    add()
    add(center("D E L I B E R A"))
    add()
    for i, p in enumerate(a["points"]):
        for s in wrapped(p, indent="    ", first="%2d) " % (i + 1)):
            add(s)
    add()
    for s in wrapped(a["ie_text"]):
        add(s)
    add()
    add("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000:")
    add("  REGOLARITA' TECNICA:   FAVOREVOLE  IL DIRIGENTE  F.TO %s" % DIRIG[a["proposing_office"]])
    add("  REGOLARITA' CONTABILE: FAVOREVOLE  IL DIRIGENTE  F.TO DOTT. RICCARDO FANFANI")
    add()
    add("LETTO, CONFERMATO E SOTTOSCRITTO.")
    add()
    add("   IL PRESIDENTE                             IL %s" % sr)
    add("   F.TO %-36s F.TO %s %s" % (pn, st, sn))
    add()
    add("-" * WIDTH)
    add(center("REFERTO DI PUBBLICAZIONE"))
    for s in wrapped("SI CERTIFICA CHE COPIA DELLA PRESENTE DELIBERAZIONE E' STATA PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL %s AL %s, AL N. %d DEL REGISTRO DELLE PUBBLICAZIONI, AI SENSI DELL'ART. 124 DEL D.LGS. 267/2000." % (a["pub_from"], a["pub_to"], a["pub_number"])):
        add(s)
    add("   SAN GIOVANNI VALDARNO, %s                IL %s" % (a["pub_from"], sr))
    add("                                              F.TO %s %s" % (st, sn))
    add("-" * WIDTH)
    if form:
        return L, ov
    return L
