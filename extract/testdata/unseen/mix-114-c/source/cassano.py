# -*- coding: utf-8 -*-
"""House style "datamanagement" of the Comune di Cassano d'Adda, laid out
with flow.py: used by the ReportLab Giunta minute (A1) and by the minute
written as hand-made content streams (A4)."""
from flow import Flow, PAGE_H, PAGE_W, sw
from data import it_date, words_date

ORG_LONG = {"Giunta Comunale": "DELLA GIUNTA COMUNALE",
            "Consiglio Comunale": "DEL CONSIGLIO COMUNALE"}
ORG_SHORT = {"Giunta Comunale": "Giunta Comunale", "Consiglio Comunale": "Consiglio Comunale"}


def letterhead(act):
    """Operations of the letterhead of page 1 (drawn apart, so that a
    backend may put them in a Form XObject)."""
    ops = [("shield", 62, PAGE_H - 104, 44)]
    ops.append(("text", 116, PAGE_H - 80, "Helvetica-Bold", 16, "COMUNE DI CASSANO D'ADDA", 0, 0))
    ops.append(("text", 116, PAGE_H - 96, "Helvetica", 10, "Città Metropolitana di Milano", 0, 0))
    bx, by, bw, bh = 400, PAGE_H - 112, 133, 58
    ops.append(("rect", bx, by, bw, bh, 0.8, None))
    ops.append(("line", bx, by + 40, bx + bw, by + 40, 0.5))
    ops.append(("text", bx + 38, by + 45, "Helvetica-Bold", 9, "ORIGINALE", 0, 0))
    ops.append(("text", bx + 8, by + 24, "Helvetica", 10, "Deliberazione N. %d" % act["number"], 0, 0))
    ops.append(("text", bx + 8, by + 9, "Helvetica", 10, "del %s" % it_date(act["date"]), 0, 0))
    ops.append(("line", 62, PAGE_H - 124, PAGE_W - 62, PAGE_H - 124, 1.2))
    return ops


def running(act):
    org = "Giunta Comunale" if act["organ"] == "Giunta Comunale" else "Consiglio Comunale"
    ref = "Deliberazione di %s n. %d del %s" % (org, act["number"], it_date(act["date"]))

    def header(i, n):
        if i == 1:
            return []
        return [("text", 62, PAGE_H - 40, "Helvetica", 8, "Comune di Cassano d'Adda", 0, 0),
                ("text", PAGE_W - 62 - sw(ref, "Helvetica", 8), PAGE_H - 40, "Helvetica", 8, ref, 0, 0),
                ("line", 62, PAGE_H - 45, PAGE_W - 62, PAGE_H - 45, 0.4)]

    def footer(i, n):
        right = "Pagina %d di %d" % (i, n)
        return [("line", 62, 52, PAGE_W - 62, 52, 0.4),
                ("text", 62, 40, "Helvetica", 7.5, "DM Atti - Delibere  |  %s" % ref, 0, 0),
                ("text", PAGE_W - 62 - sw(right, "Helvetica", 7.5), 40, "Helvetica", 7.5, right, 0, 0)]
    return header, footer


def opening(f, act, organ_words):
    day, month = words_date(act["date"])
    f.spaced("VERBALE DI DELIBERAZIONE " + ORG_LONG[act["organ"]], "Helvetica-Bold", 11.5, 2.2,
             leading=18, after=6)
    f.para("Proposta n. %d del %s  -  Proponente: %s" % (act["proposal_number"],
           it_date(act["proposal_date"]), act["proposing_office"]),
           font="Helvetica", size=8.5, leading=11, justify=False, after=8)
    # OGGETTO block: label in the margin column, subject beside it
    f.need(14)
    y0 = f.y
    f.text(f.left, f.y - 13, "OGGETTO:", "Helvetica-Bold", 10)
    f.para(act["subject"], font="Helvetica-Bold", size=10, leading=13, justify=False,
           indent=64, after=10)
    f.line(f.left, f.y + 2, f.left + f.width, f.y + 2, 0.5)
    f.space(4)
    return day, month


def build(act, roll_kind):
    header, footer = running(act)
    f = Flow(left=62, right=62, top=62, bottom=70, first_top=140, header=header, footer=footer)
    day, month = opening(f, act, None)
    B = "Helvetica"
    if act["organ"] == "Giunta Comunale":
        f.para("L'anno duemilaventisette, addì %s del mese di %s, alle ore %s, nella sala delle "
               "adunanze della sede comunale, previa osservanza di tutte le formalità prescritte "
               "dalla vigente normativa, si è riunita la Giunta Comunale. All'appello risultano:"
               % (day, month, act["time"]), font=B, size=10, leading=13.5)
    else:
        f.para("L'anno duemilaventisette, addì %s del mese di %s, alle ore %s, nella sala consiliare "
               "del Palazzo Municipale, convocato dal Presidente con avvisi scritti e recapitati a "
               "norma di legge, si è riunito in sessione ordinaria e in seduta pubblica di prima "
               "convocazione il Consiglio Comunale." % (day, month, act["time"]),
               font=B, size=10, leading=13.5)
    if roll_kind == "table":
        rows = [["Cognome e Nome", "Carica", "Presenza"]] + [[n, r, m] for n, r, m in act["roll"]]
        f.table([(190, "l"), (140, "l"), (110, "c")], rows, font=B, size=9.5, row_h=15)
        pres = sum(1 for r in act["roll"] if r[2].startswith("Presente"))
        f.para("Presenti n. %d        Assenti n. %d" % (pres, len(act["roll"]) - pres),
               font="Helvetica-Bold", size=9.5, leading=13, justify=False, after=6)
        f.para("Partecipa il %s %s %s, che provvede alla redazione del presente verbale."
               % (act["secretary"]["role"], act["secretary"]["title"], act["secretary"]["name"]),
               font=B, size=10, leading=13.5)
        p = act["president"]
        f.para("Assume la presidenza il %s %s %s, il quale, constatato il numero legale degli "
               "intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare "
               "sull'oggetto sopra indicato." % (p["role"], p["title"], p["name"]),
               font=B, size=10, leading=13.5)
    else:  # only the absent are listed
        f.para("Consiglieri assegnati n. 17 - in carica n. 17 - presenti n. %d - assenti n. %d."
               % (17 - len(act["absent"]), len(act["absent"])),
               font="Helvetica-Bold", size=9.5, leading=13, justify=False, after=3)
        f.para("Risultano assenti: " + ", ".join(act["absent"]) + ".",
               font=B, size=10, leading=13.5, justify=False, after=4)
        p = act["president"]
        s = act["secretary"]
        f.para("Presiede la seduta %s, %s, che, riconosciuta la legalità dell'adunanza, dichiara "
               "aperta la discussione sull'argomento in oggetto, iscritto al punto 3 dell'ordine "
               "del giorno. Assiste il %s %s %s, che cura la redazione del verbale."
               % (p["name"], p["role"], s["role"], s["title"], s["name"]),
               font=B, size=10, leading=13.5)
    f.space(4)
    f.spaced(act["organ"].upper(), "Helvetica-Bold", 10.5, 1.6, leading=16, after=4)
    for prem in act["premessa"]:
        f.para(prem, font=B, size=10, leading=13.5, after=3)
    f.need(80)  # keep the vote and DELIBERA with the first point
    if act["vote"] == "unanimous":
        f.para("Con voti unanimi favorevoli, espressi nelle forme di legge,", font=B, size=10,
               leading=13.5, justify=False)
    else:
        c = act["vote_counts"]
        f.para("Con voti favorevoli n. %d, contrari n. %d, astenuti n. %d, resi per alzata di mano "
               "dai n. %d Consiglieri presenti," % (c["in_favour"], c["against"], c["abstained"],
                                                     c["present"]),
               font=B, size=10, leading=13.5, justify=False)
    f.spaced("DELIBERA", "Helvetica-Bold", 11, 4.5, leading=18, after=4)
    for i, pt in enumerate(act["points"]):
        f.para(pt, font=B, size=10, leading=13.5, indent=20, label="%d." % (i + 1), after=3)
    f.space(4)
    if act["immediately_executive"]:
        if act["organ"] == "Giunta Comunale":
            f.para("Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la "
                   "presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, "
                   "del D.Lgs. 18 agosto 2000, n. 267.", font=B, size=10, leading=13.5)
        else:
            c = act["vote_counts"]
            f.para("Successivamente, con voti favorevoli n. %d, contrari n. %d, astenuti n. %d, il "
                   "Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile "
                   "ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267."
                   % (c["in_favour"], c["against"], c["abstained"]), font=B, size=10, leading=13.5)
    return f


def signatures(f, act, left_role):
    f.need(90)
    f.space(10)
    f.para("Letto, confermato e sottoscritto.", font="Helvetica", size=10, leading=13,
           justify=False, after=8)
    y = f.y
    p, s = act["president"], act["secretary"]
    pn = ("%s %s" % (p.get("title", ""), p["name"])).strip()
    sn = ("%s %s" % (s.get("title", ""), s["name"])).strip()
    lx, rx = f.left + 40, f.left + 290
    ops = [("text", lx, y - 14, "Helvetica-Bold", 9.5, left_role, 0, 0),
           ("text", lx, y - 28, "Helvetica", 10, pn, 0, 0),
           ("text", rx, y - 14, "Helvetica-Bold", 9.5, "IL " + s["role"].upper(), 0, 0),
           ("text", rx, y - 28, "Helvetica", 10, sn, 0, 0),
           ("text", f.left, y - 50, "Helvetica-Oblique", 8,
            "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, "
            "che sostituisce il documento cartaceo e la firma autografa.", 0, 0)]
    f.y = y - 60
    return ops
