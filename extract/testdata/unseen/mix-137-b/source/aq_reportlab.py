# Acquedolci, house style "halley", printed with ReportLab.
#  01: DejaVu Serif subset, every glyph placed alone (no space characters), justified by moving glyphs.
#  02: Times (WinAnsi), justification by word spacing (Tw) and letter-spaced headings (Tc);
#      the letterhead is a Form XObject drawn after the body, and a rotated stamp runs up the margin.
import sys, os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth
from data import ACTS, dmy, DAYS_W

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DJS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DJSB", FD + "DejaVuSerif-Bold.ttf"))
W, H = A4
LM, RM, TOP, BOT = 62, 56, 150, 70

def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines

def build_lines(a, fonts):
    R, B = fonts
    d = dmy(a["date"]); day = int(a["date"][8:])
    width = W - LM - RM
    L = []  # (kind, payload, height)
    def para(t, font=R, size=10.5, just=True, indent=0, lead=14, after=5):
        ls = wrap(t, font, size, width - indent)
        for i, l in enumerate(ls):
            L.append(("line", dict(t=l, f=font, s=size, x=LM + indent, w=width - indent,
                                   j=just and i < len(ls) - 1), lead))
        L.append(("gap", None, after))
    def center(t, font=B, size=11, cs=0, lead=16):
        L.append(("center", dict(t=t, f=font, s=size, cs=cs), lead))
    center("COPIA DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", B, 12, 2.2, 20)
    L.append(("numbox", dict(n=a["number"], d=d, p=a["proposal_number"], o=a["proposing_office"]), 44))
    ogg = wrap("OGGETTO: " + a["subject"], B, 10.5, width)
    for l in ogg:
        L.append(("line", dict(t=l, f=B, s=10.5, x=LM, w=width, j=False), 14))
    L.append(("gap", None, 8))
    para(f"L'anno duemilaventinove, il giorno {DAYS_W[day]} del mese di gennaio, alle ore {a['time']} e seguenti, "
         f"nella sala delle adunanze consiliari del Palazzo municipale, convocato con avviso prot. n. {380 + a['number'] * 7} "
         f"del {'4' if day == 10 else '18'} gennaio 2029, si è riunito il Consiglio Comunale in sessione ordinaria, "
         f"seduta pubblica di prima convocazione. All'appello nominale risultano:")
    L.append(("roll", a["roll"], 16 * 7 + (30 if any(r["note"] for r in a["roll"]) else 16)))
    np = sum(r["present"] for r in a["roll"])
    para(f"Presenti n. {np} – Assenti n. {len(a['roll']) - np}. Assegnati n. 12 – In carica n. 12.", R, 9.5, False)
    pr, sg = a["president"], a["secretary"]
    para(f"Presiede la seduta l'{pr['title']} {pr['name']}, nella qualità di {pr['role']}. "
         f"Partecipa il {sg['role']} {sg['title']} {sg['name']}, con funzioni di verbalizzante ai sensi "
         f"dell'art. 97 del D.Lgs. 267/2000. È presente il Sindaco, dott. Nunzio Bonfiglio.")
    para("Il Presidente, constatato il numero legale, dichiara aperta la seduta e invita il Consiglio a deliberare sull'argomento in oggetto.")
    center("IL CONSIGLIO COMUNALE", B, 11, 3)
    para(a["premise"])
    para("Visti i pareri favorevoli espressi ai sensi dell'art. 53 della legge 142/1990, come recepito dalla L.R. 48/1991, e dell'art. 12 della L.R. 30/2000; visto l'O.R.EE.LL. vigente nella Regione Siciliana;")
    c = a["counts"]
    if a["vote"] == "unanimous":
        vt = f"Con votazione unanime resa per alzata di mano dai n. {c['present']} Consiglieri presenti e votanti,"
    else:
        vt = (f"Con la seguente votazione, resa per alzata di mano: presenti n. {c['present']}, votanti n. {c['present']}, "
              f"voti favorevoli n. {c['in_favour']}, voti contrari n. {c['against']} ({', '.join(a['against_names'])}), astenuti n. {c['abstained']},")
    para(vt)
    center("D E L I B E R A", B, 11, 1)
    for i, p in enumerate(a["points"], 1):
        ls = wrap(p, R, 10.5, width - 22)
        for k, l in enumerate(ls):
            L.append(("line", dict(t=(f"{i}." if k == 0 else ""), f=R, s=10.5, x=LM, w=20, j=False, tail=dict(t=l, x=LM + 22, w=width - 22, j=k < len(ls) - 1)), 14))
        L.append(("gap", None, 4))
    L.append(("gap", None, 6))
    para("Del che si è redatto il presente verbale che, letto e approvato, viene sottoscritto come segue.", R, 10.5, False)
    L.append(("sig", dict(p=pr, s=sg), 70))
    return L

def paginate(L):
    pages, cur, y = [], [], H - TOP
    for k, p, h in L:
        if y - h < BOT and cur:
            pages.append(cur); cur, y = [], H - 80
        cur.append((k, p, y)); y -= h
    pages.append(cur)
    return pages

def draw_glyphs(c, t, font, size, x, y, width=None, justify=False, cs=0):
    """Every glyph placed alone; spaces are not drawn but become gaps."""
    gaps = t.count(" ")
    extra = 0
    if justify and gaps:
        extra = (width - stringWidth(t, font, size)) / gaps
    for ch in t:
        adv = stringWidth(ch, font, size) + cs
        if ch == " ":
            x += adv + extra
            continue
        c.setFont(font, size)
        c.drawString(x, y, ch)
        x += adv

def draw_tw(c, t, font, size, x, y, width=None, justify=False, cs=0):
    to = c.beginText(x, y)
    to.setFont(font, size)
    to.setCharSpace(cs)
    if justify and t.count(" "):
        tw = (width - stringWidth(t, font, size) - cs * len(t)) / t.count(" ")
        to.setWordSpace(tw)
    else:
        to.setWordSpace(0)
    to.textOut(t)
    c.drawText(to)

def letterhead(c, fonts):
    R, B = fonts
    c.setStrokeColorRGB(0.1, 0.25, 0.45); c.setFillColorRGB(0.85, 0.9, 0.96)
    c.rect(LM, H - 118, 44, 54, stroke=1, fill=1)
    c.setFillColorRGB(0.1, 0.25, 0.45)

def render(a, out):
    glyphs = a["producer"] == "reportlab-glyphs"
    fonts = ("DJS", "DJSB") if glyphs else ("Times-Roman", "Times-Bold")
    R, B = fonts
    dr = draw_glyphs if glyphs else draw_tw
    pages = paginate(build_lines(a, fonts))
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setAuthor("Halley Informatica - Atti Amministrativi")
    c.setTitle(f"Delibera CC {a['number']}-2029")
    c.setCreator("Halley Atti ver. 9.4 (ReportLab)")
    # letterhead as a reusable form
    c.beginForm("LH")
    letterhead(c, fonts)
    dr(c, "COMUNE DI ACQUEDOLCI", B, 17, LM + 56, H - 80, cs=2.5)
    dr(c, "Città Metropolitana di Messina", R, 10, LM + 56, H - 96)
    dr(c, "Via Ammiraglio Rizzo, 1 – 98070 Acquedolci (ME) – C.F. 84004030832", R, 8.5, LM + 56, H - 110)
    c.setLineWidth(1.2); c.line(LM, H - 126, W - RM, H - 126)
    c.endForm()
    n = len(pages)
    for pi, items in enumerate(pages, 1):
        if pi == 1 and glyphs:
            c.doForm("LH")  # glyph file: letterhead first
        for k, p, y in items:
            if k == "line":
                dr(c, p["t"], p["f"], p["s"], p["x"], y, p["w"], p["j"])
                if "tail" in p:
                    tl = p["tail"]; dr(c, tl["t"], p["f"], p["s"], tl["x"], y, tl["w"], tl["j"])
            elif k == "center":
                tw = stringWidth(p["t"], p["f"], p["s"]) + p["cs"] * len(p["t"])
                dr(c, p["t"], p["f"], p["s"], (W - tw) / 2, y, cs=p["cs"])
            elif k == "numbox":
                c.setLineWidth(0.8); c.rect(LM, y - 26, W - LM - RM, 26)
                c.line(LM + 150, y - 26, LM + 150, y)
                dr(c, f"N. {p['n']}   del {p['d']}", B, 11, LM + 10, y - 17)
                dr(c, f"Proposta n. {p['p']} – {p['o']}", R, 9.5, LM + 160, y - 17)
            elif k == "roll":
                rows = p; half = (W - LM - RM) / 2
                for col in range(2):
                    x0 = LM + col * half
                    dr(c, "Cognome e Nome", B, 9, x0 + 4, y - 10)
                    dr(c, "Carica", B, 9, x0 + 118, y - 10)
                    dr(c, "P", B, 9, x0 + 196, y - 10); dr(c, "A", B, 9, x0 + 216, y - 10)
                    c.setLineWidth(0.5); c.rect(x0, y - 16 * 7, half - 4, 16 * 7)
                    for ri, r in enumerate(rows[col * 6:(col + 1) * 6]):
                        yy = y - 16 * (ri + 2) + 6
                        c.line(x0, yy + 12, x0 + half - 4, yy + 12)
                        dr(c, r["name"], R, 9, x0 + 4, yy)
                        dr(c, "Presidente" if r["role"].startswith("Presidente") else r["role"], R, 9, x0 + 118, yy)
                        if r["present"]: dr(c, "X", R, 9, x0 + 197, yy)
                        else: dr(c, "X", R, 9, x0 + 217, yy)
                notes = [f"{r['name'].split()[0] if not r['name'].startswith('LO') else 'LO PRESTI'}: {r['note']}" for r in rows if r["note"]]
                if notes:
                    dr(c, "Annotazioni: " + "; ".join(notes), R, 8.5, LM, y - 16 * 7 - 12)
            elif k == "sig":
                pr, sg = p["p"], p["s"]
                dr(c, f"IL {pr['role'].upper()}", B, 10, LM + 20, y - 12)
                dr(c, f"F.to {pr['title']} {pr['name']}", R, 10, LM + 20, y - 26)
                dr(c, f"IL {sg['role'].upper()}", B, 10, W / 2 + 40, y - 12)
                dr(c, f"F.to {sg['title']} {sg['name']}", R, 10, W / 2 + 40, y - 26)
                dr(c, "IL CONSIGLIERE ANZIANO", B, 10, LM + 20, y - 48)
                dr(c, "F.to Maria Lo Presti", R, 10, LM + 20, y - 62)
        foot = f"Deliberazione di C.C. n. {a['number']} del {dmy(a['date'])} – Pag. {pi} di {n}"
        dr(c, foot, R, 8, W - RM - stringWidth(foot, R, 8), 40)
        if pi == 1 and not glyphs:
            c.doForm("LH")  # Tw/Tc file: letterhead drawn after the body
            c.saveState()
            c.translate(30, 260); c.rotate(90)
            c.setFillColorRGB(0.15, 0.2, 0.55)
            c.setStrokeColorRGB(0.15, 0.2, 0.55)
            c.rect(-4, -5, 372, 16)
            draw_tw(c, "COPIA CONFORME ALL'ORIGINALE PER USO AMMINISTRATIVO – Acquedolci, 11/01/2029", "Helvetica", 8, 0, 0)
            c.restoreState()
        c.showPage()
    c.save()

if __name__ == "__main__":
    out = sys.argv[1]
    for a in ACTS:
        if a["producer"].startswith("reportlab"):
            render(a, os.path.join(out, a["file"]))
