# Livorno Ferraris, house style "siscom": 80-column Courier report.
# Writes .txt for enscript (01, 02) and a2ps (05) and plain troff for groff (04).
import sys, os, textwrap
from data import ACTS, dmy, DAYS_W

W = 80

def blocks(a, form=False):
    """Returns a list of ('pre', [lines]) and ('fill', text) blocks."""
    d = dmy(a["date"]); day = int(a["date"][8:])
    B = []
    pre = lambda *ls: B.append(("pre", list(ls)))
    fill = lambda t: B.append(("fill", t))
    pre("COMUNE DI LIVORNO FERRARIS" + "PROVINCIA DI VERCELLI".rjust(W - 26),
        "Piazza Municipio, 1 - 13046 Livorno Ferraris (VC)".ljust(50) + "Cod. Ente 002072".rjust(W - 50),
        "=" * W,
        "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE".center(W).rstrip())
    if form:
        pre("", ("N. ____" + str(a["number"]) + "____   DEL ____" + d + "____   ORE ___" + a["time"] + "___").center(W).rstrip())
    else:
        pre(f"N. {a['number']} DEL {d}".center(W).rstrip())
    pre("-" * W)
    ogg = textwrap.wrap("OGGETTO: " + a["subject"], W, subsequent_indent="         ")
    pre(*ogg)
    pre("-" * W, "")
    fill(f"L'anno duemilaventinove addi' {DAYS_W[day]} del mese di gennaio alle ore {a['time']} "
         f"nella sala delle adunanze consiliari, previa l'osservanza di tutte le formalita' prescritte "
         f"dalla vigente legge, vennero oggi convocati a seduta i Consiglieri Comunali.")
    pre("Sessione ORDINARIA - Seduta PUBBLICA di PRIMA convocazione.", "", "Fatto l'appello nominale risultano:", "")
    # two-column roll
    head = f"{'COGNOME E NOME':<20}{'CARICA':<12}{'PR':<3}{'AS':<3}"
    lines = [head + " | " + head, "-" * 38 + "-+-" + "-" * 38]
    R = a["roll"]; half = (len(R) + 1) // 2
    def cell(r):
        if r is None: return " " * 38
        return f"{r['name']:<20}{r['role']:<12}{'SI' if r['present'] else '':<3}{'' if r['present'] else 'SI':<3}"
    for i in range(half):
        l = cell(R[i]); rr = R[half + i] if half + i < len(R) else None
        lines.append(l + " | " + cell(rr).rstrip())
    np = sum(r["present"] for r in R)
    lines += ["-" * 38 + "-+-" + "-" * 38, f"{'Totale presenti':>52}  {np:>2}", f"{'Totale assenti':>52}  {len(R) - np:>2}"]
    pre(*lines)
    notes = [f"{r['name']}: {r['note']}" for r in R if r["note"]]
    if notes:
        pre("", "Annotazioni all'appello: " + "; ".join(notes))
    pre("")
    pr, sg = a["president"], a["secretary"]
    fill(f"Assiste il {sg['role']} {sg['title']} {sg['name']} il quale provvede alla redazione del presente verbale.")
    fill(f"Essendo legale il numero degli intervenuti, il {pr['title']} {pr['name']} nella sua qualita' di {pr['role']} "
         f"assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")
    pre("", "IL CONSIGLIO COMUNALE".center(W).rstrip(), "")
    fill(a["premise"])
    fill("Acquisiti i pareri favorevoli di regolarita' tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;")
    c = a["counts"]
    if a["vote"] == "unanimous":
        fill(f"Con voti unanimi favorevoli espressi per alzata di mano dai n. {c['present']} Consiglieri presenti e votanti,")
    else:
        fill(f"Con la seguente votazione espressa per alzata di mano: presenti n. {c['present']}; votanti n. {c['present'] - c['abstained']}; "
             f"favorevoli n. {c['in_favour']}; contrari n. {c['against']}" + (f" ({', '.join(a['against_names'])})" if a['against_names'] else "") +
             f"; astenuti n. {c['abstained']}" + (f" ({', '.join(a['abst_names'])})" if a['abst_names'] else "") + ";")
    pre("", "D E L I B E R A".center(W).rstrip(), "")
    for i, p in enumerate(a["points"], 1):
        pre(*textwrap.wrap(f"{i}) {p}", W, subsequent_indent="   "))
    if a["imm"]:
        pre("")
        fill("Successivamente, con separata votazione dal medesimo esito, il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
    pre("", "Letto, confermato e sottoscritto.", "",
        f"{'IL ' + pr['role'].upper():<40}{'IL ' + sg['role'].upper()}",
        f"{'F.to ' + pr['title'] + ' ' + pr['name']:<40}{'F.to ' + sg['title'] + ' ' + sg['name']}",
        "", "=" * W,
        "CERTIFICATO DI PUBBLICAZIONE".center(W).rstrip(),
        "Si certifica che copia del presente verbale viene pubblicata all'Albo Pretorio",
        f"on line il giorno ___{'19/01/2029' if day == 16 else '02/02/2029'}___ per 15 giorni consecutivi.",
        f"Reg. Pubbl. n. ___{'41' if day == 16 else '77'}___                  IL MESSO COMUNALE  F.to Gianni Olivero",
        "=" * W)
    return B

def to_text(B):
    out = []
    for k, v in B:
        if k == "pre": out += v
        else: out += textwrap.wrap(v, W) + [""]
    return "\n".join(out) + "\n"

def to_troff(B, a):
    esc = lambda s: s.replace("\\", "\\e").replace("'", "\\(aq") if False else s.replace("\\", "\\e")
    def line(s):
        s = esc(s)
        if s.startswith(".") or s.startswith("'"): s = "\\&" + s
        return s
    t = [".ll 6.6i", ".po 0.85i", ".ft CR", ".ps 10", ".vs 12p", ".pl 11.69i",
         ".de HD", "'sp 0.45i", f".tl 'SISCOM - ATTI''Delib. C.C. n. {a['number']} del {dmy(a['date'])}'", "'sp 0.25i", "..",
         ".de FO", "'sp 0.3i", ".tl ''Pagina %''", "'bp", "..", ".wh 0 HD", ".wh -0.9i FO", ".hy 0"]
    for k, v in B:
        if k == "pre":
            t.append(".nf")
            t += [line(x) if x else "" for x in v]
            t.append(".fi")
        else:
            t += [".ad b", line(v), ".sp 1"]
    return "\n".join(t) + "\n"

if __name__ == "__main__":
    out = sys.argv[1]
    for a in ACTS:
        if a["comune"] != "LF": continue
        base = os.path.join(out, a["file"][:-4])
        if a["producer"] == "groff":
            open(base + ".tr", "w").write(to_troff(blocks(a), a))
        else:
            open(base + ".txt", "w", encoding="latin-1").write(to_text(blocks(a, form=a["producer"] == "a2ps")))
