# -*- coding: utf-8 -*-
"""House style "halley" of the Comune di Boscoreale as an 80-column report:
the lines of the Giunta minute n. 21 (groff) and of the Consiglio minute
n. 3 (enscript), cut into pages with a running head that carries the
act's number and the page."""
import textwrap
from data import it_date, words_date

W = 80


def wrap(s, indent="", first=""):
    return textwrap.wrap(s, W - 1, initial_indent=first or indent, subsequent_indent=indent,
                         break_on_hyphens=False, break_long_words=False)


def paras(lines):
    """The premessa is kept as typed lines; re-flow it to 80 columns."""
    out, cur = [], []
    for l in lines + [""]:
        if l:
            cur.append(l)
        elif cur:
            out += wrap(" ".join(cur)) + [""]
            cur = []
    return out


def points(pts):
    out = []
    for i, pt in enumerate(pts):
        out += wrap(" ".join(pt), indent="   ", first="%d) " % (i + 1))
    return out


def center(s):
    return s.center(W).rstrip()


def head_block(a, organ_words):
    d = it_date(a["date"])
    L = ["=" * W, center("COMUNE DI BOSCOREALE"), center("CITTA' METROPOLITANA DI NAPOLI"),
         center("Settore I - Affari Generali - Ufficio Segreteria"), "=" * W,
         "COPIA".rjust(W), center("VERBALE DI DELIBERAZIONE " + organ_words), "",
         "   N. %-6d%sDEL %s" % (a["number"], " " * 47, d), "-" * W]
    L += wrap(a["subject"], indent=" " * 9, first="OGGETTO: ")
    L += ["-" * W,
          "PROPOSTA N. %d DEL %s - %s" % (a["proposal_number"], it_date(a["proposal_date"]),
                                          a["proposing_office"]), ""]
    return L


def paginate(lines, a, organ_abbr, per_page=60):
    ref = "%s N. %d DEL %s" % (organ_abbr, a["number"], it_date(a["date"]))
    pages, cur = [], []
    body_len = per_page - 3
    chunks = [lines[i:i + body_len] for i in range(0, len(lines), body_len)]
    n = len(chunks)
    for i, ch in enumerate(chunks):
        left = "COMUNE DI BOSCOREALE"
        right = "PAG. %d DI %d" % (i + 1, n)
        mid = ref
        pad = W - len(left) - len(right)
        head = left + mid.center(pad) + right
        pages.append([head, "-" * W, ""] + ch)
    return pages


def giunta_21(a):
    day, month = words_date(a["date"])
    L = head_block(a, "DELLA GIUNTA COMUNALE")
    L += wrap("L'anno duemilaventisette il giorno %s del mese di %s alle ore %s nella sala "
              "delle adunanze della Casa Comunale, si e' riunita la Giunta Comunale, convocata "
              "nelle forme di legge." % (day, month, a["time"].replace(":", ",")))
    p = a["president"]
    L += wrap("Presiede l'adunanza il %s %s %s." % (p["role"], p["title"], p["name"]))
    L += ["Sono presenti e assenti i Signori:", "",
          " N.  COGNOME E NOME              CARICA              PRESENTE",
          " --  --------------------------  ------------------  --------"]
    for i, (n, r, m) in enumerate(a["roll"]):
        L.append(" %2d  %-26s  %-18s  %6s" % (i + 1, n, r, m))
    pres = sum(1 for r in a["roll"] if r[2] == "SI")
    L += ["", "     PRESENTI N. %d          ASSENTI N. %d" % (pres, len(a["roll"]) - pres), ""]
    s = a["secretary"]
    L += wrap("Partecipa il %s %s %s, con funzioni consultive, referenti e di assistenza, che "
              "cura la verbalizzazione." % (s["role"], s["title"], s["name"]))
    L += wrap("Il Presidente, constatato il numero legale, dichiara aperta la seduta e invita i "
              "presenti a deliberare sull'argomento in oggetto.")
    L += ["", center("LA GIUNTA COMUNALE"), ""] + paras(a["premessa"])
    L += ["Con votazione unanime favorevole, espressa nei modi di legge,", "",
          center("D E L I B E R A"), ""]
    L += points(a["points"])
    L += [""]
    L += wrap("Con successiva e separata votazione unanime, la presente deliberazione viene "
              "dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. "
              "267/2000.")
    L += ["", "Letto, confermato e sottoscritto.", "",
          "         IL PRESIDENTE                            IL SEGRETARIO GENERALE",
          "  F.to %-36s F.to %s" % ("%s %s" % (p["title"], p["name"]), "%s %s" % (s["title"], s["name"])),
          "", "-" * W, center("ATTESTATO DI PUBBLICAZIONE"), ""]
    L += wrap("Si attesta che copia della presente deliberazione viene pubblicata all'Albo "
              "Pretorio on line in data 11/02/2027 per quindici giorni consecutivi (N. REG. "
              "PUBBL. 312) e contestualmente comunicata ai Capigruppo consiliari.")
    L += ["", "Boscoreale, 11/02/2027".ljust(44) + "IL MESSO COMUNALE",
          " " * 44 + "F.to Ciro Ammendola", "",
          "Copia conforme all'originale, per uso amministrativo.", "-" * W]
    return paginate(L, a, "DELIBERAZIONE G.C.")


def consiglio_3(a):
    day, month = words_date(a["date"])
    L = head_block(a, "DEL CONSIGLIO COMUNALE")
    L += wrap("L'anno duemilaventisette il giorno %s del mese di %s alle ore %s nella sala "
              "consiliare della Casa Comunale, a seguito di convocazione disposta dal Presidente "
              "del Consiglio con avvisi notificati a norma di legge, si e' riunito il Consiglio "
              "Comunale in sessione ordinaria, seduta pubblica di prima convocazione."
              % (day, month, a["time"].replace(":", ",")))
    L += ["Procedutosi all'appello nominale, risultano:", "",
          "       PRESENTI                                  ASSENTI",
          "       --------                                  -------"]
    pres, ab = a["present"], a["absent"]
    roles = a["roles"]
    for i in range(max(len(pres), len(ab))):
        left = ""
        if i < len(pres):
            left = " %2d  %-20s %-12s" % (i + 1, pres[i], roles.get(pres[i], ""))
        right = ""
        if i < len(ab):
            right = "%2d  %-20s %s" % (i + 1, ab[i], roles.get(ab[i], ""))
        L.append(("%-46s%s" % (left, right)).rstrip())
    L += ["", "     PRESENTI N. %d          ASSENTI N. %d          ASSEGNATI N. 17"
          % (len(pres), len(ab)), ""]
    p, s = a["president"], a["secretary"]
    L += wrap("Assume la presidenza il %s %s, %s, che, constatata la presenza del numero legale, "
              "dichiara aperta la seduta, con la partecipazione del %s %s %s, incaricato della "
              "redazione del verbale." % (p["title"], p["name"], p["role"], s["role"], s["title"],
                                           s["name"]))
    L += wrap("Il Presidente pone in discussione il punto n. 2 dell'ordine del giorno, avente ad "
              "oggetto quanto sopra indicato, e cede la parola all'Assessore al Bilancio per la "
              "relazione.")
    L += ["", center("IL CONSIGLIO COMUNALE"), ""] + paras(a["premessa"])
    c = a["vote_counts"]
    L += wrap("Con la seguente votazione, espressa per alzata di mano e proclamata dal "
              "Presidente: PRESENTI %d - VOTANTI %d - FAVOREVOLI %d - CONTRARI %d - ASTENUTI %d "
              "(GALLO)," % (c["present"], c["voters"], c["in_favour"], c["against"], c["abstained"]))
    L += ["", center("D E L I B E R A"), ""]
    L += points(a["points"])
    L += [""]
    L += wrap("Successivamente, con separata votazione dal medesimo esito, il Consiglio Comunale "
              "dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell'art. "
              "134, comma 4, del D.Lgs. 267/2000.")
    L += ["", "Del che e' verbale. Letto, confermato e sottoscritto.", "",
          "   IL PRESIDENTE DEL CONSIGLIO                   IL SEGRETARIO GENERALE",
          "  F.to %-39s F.to %s" % ("%s %s" % (p["title"], p["name"]), "%s %s" % (s["title"], s["name"])),
          "", "-" * W,
          "Copia conforme all'originale, per uso amministrativo.", "-" * W]
    return paginate(L, a, "DELIBERAZIONE C.C.")
