# -*- coding: utf-8 -*-
"""House style of the Comune di Carosino: the 80-column print of a Halley-
like package ("COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE"), shared by the
enscript, groff and a2ps prints. Returns plain lines; the caller paginates."""
import textwrap

from content import CAROSINO

WIDTH = 80
RESP = {"POLIZIA LOCALE - PROTEZIONE CIVILE": "Magg. Nicola SANTORO",
        "LAVORI PUBBLICI": "Ing. Giovanni ETTORRE",
        "AFFARI GENERALI": "Dott. Vito CARRIERI"}
RAG = "Rag. Cosima PALUMBO"
MESSO = "Rocco PIGNATELLI"


def dash(d):
    return d.replace("/", "-")


def wrap(s, indent=" ", sub=None, width=WIDTH - 2):
    return textwrap.wrap(s, width=width, initial_indent=indent,
                         subsequent_indent=sub if sub is not None else indent,
                         break_long_words=False, break_on_hyphens=False)


def center(s):
    return (" " * ((WIDTH - len(s)) // 2) + s).rstrip()


def president(act):
    g = CAROSINO["giunta"]
    for (name, role), pres in zip(g, act["present"]):
        if pres and role == "SINDACO":
            return "il Sig.", name, "SINDACO"
        if pres and role == "VICE SINDACO":
            return "la Sig.ra", name, "VICE SINDACO"
    # neither: the eldest Assessore present
    return "il Sig.", "D'AMICO PIETRO", "ASSESSORE ANZIANO"


def head(act):
    L = [center(CAROSINO["name"]), center(CAROSINO["prov"]), center(CAROSINO["addr"]),
         "=" * WIDTH, center("COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE"), "=" * WIDTH]
    left = " Numero %-6d del %s" % (act["num"], dash(act["date"]))
    right = "Proposta N. %s del %s" % (act["prop"], dash(act["prop_date"]))
    L.append(left + " " * (WIDTH - len(left) - len(right)) + right)
    L.append(" Settore proponente: %s" % act["prop_office"])
    L.append("-" * WIDTH)
    L += wrap(act["subject"], indent=" Oggetto: ", sub=" " * 10)
    L.append("-" * WIDTH)
    return L


def opening(act, prose_roll=False):
    art, pname, prole = president(act)
    s = ("L'anno DUEMILAVENTISETTE il giorno %s del mese di NOVEMBRE alle ore %s nella sala "
         "delle adunanze della Sede Comunale si e' riunita la Giunta Comunale, convocata "
         "nelle forme di legge." % (act["giorno"], act["ora"]))
    L = wrap(s)
    g = CAROSINO["giunta"]
    npres = sum(act["present"])
    if not prose_roll:
        L += wrap("Presiede l'adunanza %s %s nella sua qualita' di %s e sono rispettivamente "
                  "presenti ed assenti i seguenti sigg.:" % (art, pname, prole))
        L.append("")
        L.append("    %-34s %-22s %-6s %s" % ("Cognome e Nome", "Carica", "Pres.", "Ass."))
        L.append("    " + "-" * 72)
        for (name, role), pres in zip(g, act["present"]):
            L.append(("    %-34s %-22s %-6s %s" % (name, role, "P" if pres else "",
                                                   "" if pres else "A")).rstrip())
        L.append("    " + "-" * 72)
        L.append("    Totale presenti  %2d                       Totale assenti  %2d"
                 % (npres, 5 - npres))
    else:
        pres = [(n, r) for (n, r), p in zip(g, act["present"]) if p]
        absn = [(n, r) for (n, r), p in zip(g, act["present"]) if not p]
        art2 = {"SINDACO": "il", "VICE SINDACO": "il", "ASSESSORE": "l'"}
        parts = []
        for n, r in pres:
            a = art2[r]
            parts.append(("%s%s %s" if a.endswith("'") else "%s %s %s") % (a, r, n))
        s = "Sono presenti: " + ", ".join(parts) + "."
        s += " E' assente: " + ", ".join("il %s %s" % (r, n) for n, r in absn) + "."
        s += " Presenti n. %d, assenti n. %d." % (npres, 5 - npres)
        L.append("")
        L += wrap(s)
        L.append("")
        L += wrap("Presiede l'adunanza %s %s nella sua qualita' di %s." % (art, pname, prole))
    L.append("")
    t, role, name = act.get("secretary", CAROSINO["secretary"])
    L += wrap("Partecipa il %s %s %s, che cura la redazione del presente verbale." %
              (role, t, name))
    L += wrap("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta "
              "la seduta ed invita la Giunta a deliberare sull'oggetto sopra indicato.")
    return L


def body(act):
    L = ["", center("LA GIUNTA COMUNALE"), ""]
    for p in act["premesse"]:
        L += wrap(p)
    L.append("")
    if act.get("vote_intro"):
        L += wrap(act["vote_intro"])
    L += ["", center(act["verb"]), ""]
    for i, p in enumerate(act["points"]):
        L += wrap(p, indent=" %d) " % (i + 1), sub="    ")
    L.append("")
    L += wrap(act["ie"])
    return L


def tail(act):
    art, pname, prole = president(act)
    t, role, name = act.get("secretary", CAROSINO["secretary"])
    resp = RESP[act["prop_office"]]
    L = ["", " PARERI ai sensi dell'art. 49 del D.Lgs. 267/2000",
         " Regolarita' tecnica:   FAVOREVOLE         Il Responsabile del Settore",
         " " * 45 + "F.to %s" % resp,
         " Regolarita' contabile: FAVOREVOLE         Il Resp. del Servizio Finanziario",
         " " * 45 + "F.to %s" % RAG,
         "", " Letto, approvato e sottoscritto.", ""]
    sec_head = "IL " + role
    L.append("        IL PRESIDENTE" + " " * (46 - len("        IL PRESIDENTE")) + sec_head)
    a = "   F.to %s" % pname
    b = "F.to %s %s" % (t, name)
    L.append(a + " " * (41 - len(a)) + b)
    pd, pn = act["pub"]
    L += ["", "-" * WIDTH, center("CERTIFICATO DI PUBBLICAZIONE")]
    L += wrap("Si certifica che copia della presente deliberazione viene pubblicata all'Albo "
              "Pretorio on line di questo Comune il %s per 15 giorni consecutivi." % dash(pd))
    left = " N. %s Reg. Pubbl." % pn
    L.append(left + " " * (52 - len(left)) + "IL MESSO COMUNALE")
    L.append(" " * 49 + "F.to %s" % MESSO)
    L += ["", " Copia conforme all'originale per uso amministrativo.",
          " Carosino, li %s" % dash(pd)]
    return L


def all_lines(act, prose_roll=False):
    return head(act) + opening(act, prose_roll) + body(act) + tail(act)


def paginate(act, lines, per_page=62):
    """Pages with the package's running head from page 2 (form feeds between)."""
    pages, cur = [], []
    first = True
    for ln in lines:
        limit = per_page if first else per_page - 3
        if len(cur) >= limit:
            pages.append(cur)
            cur = []
            first = False
        cur.append(ln)
    pages.append(cur)
    out = []
    n = len(pages)
    for k, p in enumerate(pages):
        if k:
            h = " COMUNE DI CAROSINO - Delibera G.C. N. %d del %s" % (act["num"], dash(act["date"]))
            r = "Pag. %d di %d" % (k + 1, n)
            out.append("\f" + h + " " * (WIDTH - len(h) - len(r)) + r)
            out.append("-" * WIDTH)
            out.append("")
        out += p
    return out
