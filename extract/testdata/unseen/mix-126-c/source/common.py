# -*- coding: utf-8 -*-
"""Wording shared by the renderers of each house style."""
import textwrap
from acts import BODIES, roll, counts


# ----------------------------------------------------------------- Samarate
def sam_opening(a):
    return (a["words"] + ", nella Sala consiliare del Palazzo municipale, previa osservanza delle formalità "
            "prescritte dalla vigente normativa, si è riunito il Consiglio Comunale in adunanza ordinaria di "
            "prima convocazione. All'appello nominale risultano:")


def sam_after_roll(a):
    p, ab = counts(a)
    sec = BODIES["samarate"]["secretary"]
    return [
        "Presenti n. %d          Assenti n. %d" % (p, ab),
        "Sono altresì presenti, senza diritto di voto, gli Assessori esterni: Zanzi Paolo (Vicesindaco), "
        "Restelli Anna, Tosi Gianluca, Marcora Ilaria.",
        "Partecipa il %s %s %s, che provvede alla redazione del presente verbale." % (
            sec["role"], sec["title"], sec["name"]),
        a["presiding"],
    ]


def sam_sign(a):
    pr = a["president"]
    left_role = "IL VICE PRESIDENTE DEL CONSIGLIO" if pr["role"].startswith("Vice") else "IL PRESIDENTE DEL CONSIGLIO"
    sec = BODIES["samarate"]["secretary"]
    return (left_role, pr["name"]), ("IL SEGRETARIO GENERALE", "%s %s" % (sec["title"], sec["name"]))


def sam_foot(a):
    return "Deliberazione di Consiglio Comunale n. %d del %s" % (a["number"], a["date_it"])


def sam_exec(a):
    return a["ie"] if a["ie"] else a["not_ie"]


# ----------------------------------------------------------------- Borgio
def bor_opening(a):
    sec = BODIES["borgio"]["secretary"]
    return (a["words"] + ", nella sala delle adunanze consiliari del Palazzo comunale, a seguito di "
            "convocazione disposta dal Sindaco con avvisi notificati a norma di legge, si è riunito il Consiglio "
            "Comunale in sessione ordinaria, seduta pubblica di prima convocazione, con l'assistenza del "
            "%s %s %s. Fatto l'appello nominale, risultano:" % (sec["role"], sec["title"], sec["name"]))


def bor_after_roll(a):
    p, ab = counts(a)
    return [
        "Totale presenti n. %d - Totale assenti n. %d" % (p, ab),
        "Riconosciuto legale il numero degli intervenuti, il sig. Giorgio Pastorino, nella sua qualità di "
        "Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'argomento in oggetto.",
    ]


def bor_columns(a, ncol=3):
    """Roll split column-major into ncol columns."""
    r = roll(a)
    per = -(-len(r) // ncol)
    return [r[i * per:(i + 1) * per] for i in range(ncol)]


def bor_head(a):
    return "Delib. C.C. n. %d del %s" % (a["number"], a["date_it"])


# ----------------------------------------------------------------- Spezzano (80 columns)
W = 80


def justify(text, width, indent=0, first=0):
    """Text-mode justification by spreading spaces, as old report writers do."""
    words = text.split()
    lines, cur = [], []
    avail = width - indent - first
    for w in words:
        if cur and len(" ".join(cur + [w])) > avail:
            lines.append(cur)
            cur = [w]
            avail = width - indent
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    out = []
    for i, ws in enumerate(lines):
        pad = " " * (indent + (first if i == 0 else 0))
        avail = width - len(pad)
        if i == len(lines) - 1 or len(ws) == 1:
            out.append(pad + " ".join(ws))
            continue
        gaps = len(ws) - 1
        extra = avail - sum(len(w) for w in ws)
        base, rem = divmod(extra, gaps)
        s = ""
        for j, w in enumerate(ws[:-1]):
            s += w + " " * (base + (1 if j < rem else 0))
        out.append(pad + s + ws[-1])
    return out


def spz_pages(a):
    """The Spezzano report as a list of pages (lists of lines, at most 80 chars)."""
    sec = BODIES["spezzano"]["secretary"]
    L = []
    c = lambda s: L.append(s.center(W).rstrip())
    rule = "-" * W
    c("COMUNE DI SPEZZANO DELLA SILA")
    c("Provincia di Cosenza")
    c("Piazza Municipio, 1 - 87058 Spezzano della Sila (CS)")
    L.append(rule)
    c("COPIA DI DELIBERAZIONE DEL CONSIGLIO COMUNALE")
    L.append("")
    L.append("  N.  %-4d Reg. Delib.%s Data  %s" % (a["number"], " " * 38, a["date_it"]))
    L.append(rule)
    sub = textwrap.wrap(a["subject"], W - 10)
    L.append("OGGETTO:  " + sub[0])
    for s in sub[1:]:
        L.append("          " + s)
    L.append(rule)
    L.append("")
    opening = (a["words"] + " nella sala delle adunanze consiliari della Casa Comunale, convocato con avvisi "
               "scritti e recapitati a norma di legge, si e' riunito il Consiglio Comunale in sessione %s ed in "
               "seduta pubblica di prima convocazione." % a["session"])
    L += justify(opening, W)
    L.append("Fatto l'appello nominale risultano:")
    L.append("")
    r = roll(a)
    hd = " N. %-18s %-11s %-3s" % ("COGNOME E NOME", "CARICA", "PR.")
    ul = " -- %s %s %s" % ("-" * 18, "-" * 11, "---")
    L.append(hd + "  | " + hd)
    L.append(ul + "  | " + ul)
    for i in range(0, len(r), 2):
        cells = ["%2d) %-18s %-11s %-3s" % (i + j + 1, n, ro, "SI" if p else "NO")
                 for j, (n, ro, p) in enumerate(r[i:i + 2])]
        L.append((cells[0] + "  | " + (cells[1] if len(cells) > 1 else "")).rstrip())
    p, ab = counts(a)
    L.append("")
    L.append("%sPRESENTI N. %3d      ASSENTI N. %3d" % (" " * 30, p, ab))
    L.append("")
    L += justify("Presiede il Sig. Pietro Scarcello nella sua qualita' di Sindaco.", W)
    L += justify("Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, "
                 "lett. a, del D.Lgs. n. 267/2000) il %s %s %s." % (sec["role"], sec["title"], sec["name"]), W)
    L += justify("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita "
                 "il Consiglio a discutere e deliberare sull'argomento indicato in oggetto.", W)
    L.append("")
    c("IL CONSIGLIO COMUNALE")
    L.append("")
    for pr in a["premises"]:
        L += justify(pr, W, first=5)
    L += justify(a["vote"], W, first=5)
    L.append("")
    c("D E L I B E R A")
    L.append("")
    for i, pt in enumerate(a["points"], 1):
        L += justify("%d) %s" % (i, pt), W, indent=0)
    L.append("")
    if a["ie"]:
        c("INOLTRE")
        L += justify(a["ie"], W, first=5)
    L.append("")
    L.append("Letto, confermato e sottoscritto.")
    L.append("")
    L.append("        IL PRESIDENTE                             IL SEGRETARIO COMUNALE")
    L.append("   F.to Sig. Pietro Scarcello                    F.to avv. Rosanna Perri")
    L.append("")
    L.append(rule)
    c("CERTIFICATO DI PUBBLICAZIONE")
    L += justify("Il sottoscritto Responsabile della pubblicazione certifica che copia della presente "
                 "deliberazione viene pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni "
                 "consecutivi a partire dal %s (Reg. pubbl. n. %d)." % (a["pub_from"], a["pub_n"]), W)
    L.append("")
    L.append("Spezzano della Sila, li' %s" % a["pub_from"])
    L.append("%sIL RESPONSABILE DELLA PUBBLICAZIONE" % (" " * 44))
    L.append("%sF.to Giovanni Altomare" % (" " * 50))
    L.append(rule)
    c("ESECUTIVITA'")
    if a["immediately_executive"]:
        L += justify("La presente deliberazione e' divenuta esecutiva il giorno %s perche' dichiarata "
                     "immediatamente eseguibile (art. 134, comma 4, D.Lgs. n. 267/2000)." % a["date_it"], W)
    else:
        L += justify("La presente deliberazione diverra' esecutiva decorsi dieci giorni dalla pubblicazione "
                     "(art. 134, comma 3, D.Lgs. n. 267/2000).", W)
    L.append("%sIL SEGRETARIO COMUNALE" % (" " * 52))
    L.append("%sF.to avv. Rosanna Perri" % (" " * 52))
    L.append(rule)
    L.append("E' copia conforme all'originale, per uso amministrativo.")
    L.append("Spezzano della Sila, li' %s%sIL SEGRETARIO COMUNALE" % (a["pub_from"], " " * 17))
    L.append("%savv. Rosanna Perri" % (" " * 56))
    # paginate: 58 lines on the first page, 56 after a running head
    pages, first, per = [], 60, 56
    i = 0
    n = 1
    while i < len(L):
        take = first if n == 1 else per
        chunk = L[i:i + take]
        if n > 1:
            head = "Delibera di C.C. n. %d del %s" % (a["number"], a["date_it"])
            pg = "Pag. %d" % n
            chunk = [head + " " * (W - len(head) - len(pg)) + pg, "=" * W, ""] + chunk
        pages.append(chunk)
        i += take
        n += 1
    return pages


PUB = {  # publication on the Albo (printed in some footers/stamps only)
    "S4": ("15/02/2028", 301), "S5": ("15/02/2028", 302), "S8": ("01/03/2028", 377), "S9": ("01/03/2028", 378),
    "P2": ("10/02/2028", 88), "P3": ("10/02/2028", 89), "P6": ("02/03/2028", 131), "P7": ("02/03/2028", 132),
    "B3": ("21/02/2028", 97), "B4": ("21/02/2028", 98), "B6": ("03/03/2028", 121), "B7": ("03/03/2028", 122),
}


def with_pub(a):
    a = dict(a)
    a["pub_from"], a["pub_n"] = PUB[a["id"]]
    return a
