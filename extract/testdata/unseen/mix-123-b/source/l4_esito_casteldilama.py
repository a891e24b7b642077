#!/usr/bin/env python3
"""Castel di Lama (AP) - avviso di esito di gara, adeguamento sismico scuola
dell'infanzia di Villa Sant'Antonio.

Content streams written by hand and assembled with pikepdf, as a document
management system's stamping/composition engine writes them: every block of
the page (letterhead, title, subject, body, table, signature, footer) is a
Form XObject, and the page draws them out of reading order (signature and
table first, letterhead last); the protocol stamp runs up the left margin,
rotated 90 degrees; justified lines use Tw.  House style "sicraweb": crest and
name at left, protocol and date in a box at right, the office only in the
signature."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "esito-casteldilama-sicraweb.pdf"
W, H = 595.28, 841.89
LM, RM = 57.0, W - 57.0
FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Helvetica", "F4": "Helvetica-Bold",
         "F5": "Times-Italic"}

pdf = pikepdf.new()
fontres = Dictionary({"/" + k: pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                      BaseFont=Name("/" + v),
                                                      Encoding=Name.WinAnsiEncoding))
                      for k, v in FONTS.items()})


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text(x, y, s, f="F1", size=10.5, tw=0.0, color=None):
    out = b"BT "
    if color:
        out += ("%.3f %.3f %.3f rg " % color).encode()
    out += ("/%s %.1f Tf %.2f Tw %.2f %.2f Td (" % (f, size, tw, x, y)).encode() + esc(s) + b") Tj ET\n"
    return out


def wrap(s, font, size, width):
    words, lines, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def para(x, y, s, width, f="F1", size=10.5, lead=13.6, justify=True):
    """Return (stream bytes, new y)."""
    out = b""
    lines = wrap(s, FONTS[f], size, width)
    for i, ln in enumerate(lines):
        tw = 0.0
        if justify and i < len(lines) - 1 and ln.count(" "):
            tw = (width - stringWidth(ln, FONTS[f], size)) / ln.count(" ")
        out += text(x, y, ln, f, size, tw)
        y -= lead
    return out, y


def form(content, bbox=(0, 0, W, H), extra_res=None):
    res = Dictionary(Font=fontres)
    if extra_res:
        for k, v in extra_res.items():
            res[k] = v
    st = Stream(pdf, content)
    st.Type = Name.XObject
    st.Subtype = Name.Form
    st.BBox = Array(list(bbox))
    st.Resources = res
    return pdf.make_indirect(st)


GREEN = (0.106, 0.369, 0.231)
PALE = (0.894, 0.945, 0.910)

# ---- letterhead ----
lh = b"q %.3f %.3f %.3f RG %.3f %.3f %.3f rg 1 w\n" % (GREEN + PALE)
x0, y0 = LM, H - 95
lh += (b"%.1f %.1f m %.1f %.1f l %.1f %.1f l %.1f %.1f %.1f %.1f %.1f %.1f c "
       b"%.1f %.1f %.1f %.1f %.1f %.1f c h B\n" % (
           x0, y0 + 51, x0 + 42, y0 + 51, x0 + 42, y0 + 17, x0 + 42, y0 + 3, x0 + 26, y0 - 3, x0 + 21, y0 - 6,
           x0 + 16, y0 - 3, x0, y0 + 3, x0, y0 + 17))
lh += b"%.3f %.3f %.3f rg %.1f %.1f 26 8 re f %.1f %.1f 6 17 re f %.1f %.1f 6 17 re f Q\n" % (
    GREEN + (x0 + 8, y0 + 11, x0 + 12.5, y0 + 19, x0 + 23.5, y0 + 19))
lh += text(LM + 57, H - 62, "COMUNE DI CASTEL DI LAMA", "F2", 17, color=GREEN)
lh += text(LM + 57, H - 79, "Provincia di Ascoli Piceno", "F5", 10.5, color=(0, 0, 0))
lh += b"q %.3f %.3f %.3f RG 0.6 w %.1f %.1f 125 48 re S Q\n" % (GREEN + (RM - 125, H - 94))
lh += text(RM - 116, H - 60, "Prot. n. 16890", "F3", 8.5)
lh += text(RM - 116, H - 73, "del 26/11/2027", "F3", 8.5)
lh += text(RM - 116, H - 86, "Cat. 6 – Cl. 5 – Fasc. 3", "F3", 7)
lh += b"q %.3f %.3f %.3f RG 1.2 w %.1f %.1f m %.1f %.1f l S Q\n" % (GREEN + (LM, H - 105, RM, H - 105))
X_LH = form(lh)

# ---- title + subject ----
y = H - 140
tt = b""
t = "AVVISO DI ESITO DI GARA"
tt += text((W - stringWidth(t, "Helvetica-Bold", 13)) / 2, y, t, "F4", 13)
y -= 14
t = "(artt. 85 e 225 del D.Lgs. 31 marzo 2023, n. 36)"
tt += text((W - stringWidth(t, "Times-Italic", 9.5)) / 2, y, t, "F5", 9.5)
X_TITLE = form(tt)
y -= 28
subj = ("Procedura aperta per l’affidamento dei lavori di adeguamento sismico della scuola "
        "dell’infanzia di Villa Sant’Antonio – CUP E47B26000230001 – CIG B41C7E2D90.")
ss = text(LM, y, "OGGETTO:", "F2", 10.5)
s2, y = para(LM + 62, y, subj, RM - LM - 62, "F2", 10.5)
ss += s2
X_SUBJ = form(ss)

# ---- body ----
y -= 8
body, y = para(LM, y, "Si rende noto che, con determinazione del Responsabile dell’Area Tecnica n. 402 del "
               "24/11/2027 (Reg. Gen. n. 905), efficace a seguito dell’esito positivo delle verifiche "
               "sul possesso dei requisiti, i lavori in oggetto, finanziati con fondi del Ministero "
               "dell’Istruzione e del Merito, sono stati aggiudicati come di seguito indicato.", RM - LM)
X_BODY = form(body)
y -= 8

# ---- table: rows are key/value; each row's frame is one reused XObject ----
rows = [
    ("Amministrazione aggiudicatrice", "Comune di Castel di Lama – Via Roma, 1 – 63082 Castel di Lama (AP)"),
    ("Procedura", "Aperta, art. 71 del D.Lgs. 36/2023, svolta in modalità telematica"),
    ("Criterio di aggiudicazione", "Offerta economicamente più vantaggiosa (tecnica 70 – economica 30)"),
    ("Importo a base di gara", "€ 1.284.600,00 oltre € 41.200,00 per oneri della sicurezza"),
    ("Offerte ricevute / ammesse", "n. 7 / n. 6"),
    ("Aggiudicatario", "Costruzioni Valtronto S.r.l. – Ascoli Piceno – P.IVA 02176540449"),
    ("Punteggio complessivo", "88,40 / 100 (tecnica 61,90 – economica 26,50)"),
    ("Ribasso offerto", "8,415%"),
    ("Importo contrattuale", "€ 1.176.498,91 oltre € 41.200,00 per oneri della sicurezza, IVA esclusa"),
    ("Seconda classificata", "Edilpiceno Costruzioni S.p.A. – San Benedetto del Tronto (AP) – punti 84,15"),
    ("Durata dei lavori", "365 giorni naturali e consecutivi dal verbale di consegna"),
    ("Responsabile unico del progetto", "geom. Alessio Pompei"),
    ("Organo competente per i ricorsi", "TAR Marche – Ancona, entro 30 giorni (art. 120 D.Lgs. 104/2010)"),
]
ROWH = 17.0
X_CELL = form(b"0.4 w 0.45 0.45 0.45 RG 0 0 %.2f %.2f re S 0.937 0.957 0.945 rg 0.4 0.4 139.2 %.2f re f "
              b"140 0 m 140 %.2f l S\n" % (RM - LM, ROWH, ROWH - 0.8, ROWH), bbox=(0, 0, RM - LM, ROWH))
tab = b""
ty = y
for k, v in rows:
    tab += b"q 1 0 0 1 %.2f %.2f cm /Cell Do Q\n" % (LM, ty - ROWH + 5.5)
    tab += text(LM + 4, ty - 8, k, "F1", 9.3)
    tab += text(LM + 146, ty - 8, v, "F2" if k == "Aggiudicatario" else "F1", 9.3)
    ty -= ROWH
X_TAB = form(tab, extra_res={"/XObject": Dictionary(Cell=X_CELL)})
y = ty - 16

tail, y = para(LM, y, "Il presente avviso è pubblicato all’Albo Pretorio on line, sul profilo del "
               "committente nella sezione “Amministrazione Trasparente – Bandi di gara e contratti” e "
               "sulla Banca Dati Nazionale dei Contratti Pubblici. Gli atti della procedura sono "
               "disponibili presso l’Ufficio Lavori Pubblici, previo appuntamento (tel. 0736 818 733).",
               RM - LM)
X_TAIL = form(tail)

# ---- signature ----
y -= 26
sg = b""
cx = RM - 110
for i, (t, f, sz) in enumerate([("IL RESPONSABILE DELL’AREA TECNICA", "F1", 10.5),
                                ("ing. Stefano Capriotti", "F1", 10.5),
                                ("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", "F5", 7)]):
    fy = y - [0, 24, 36][i]
    sg += text(cx - stringWidth(t, FONTS[f], sz) / 2, fy, t, f, sz)
X_SIG = form(sg)

# ---- footer ----
ft = b"q %.3f %.3f %.3f RG 0.4 w %.1f 46 m %.1f 46 l S Q\n" % (GREEN + (LM, RM))
ft += text(LM, 35, "Comune di Castel di Lama – Via Roma, 1 – 63082 Castel di Lama (AP) – "
           "PEC comune.casteldilama@emarche.it", "F3", 7)
ft += text(RM - 40, 35, "Pag. 1 di 1", "F3", 7)
X_FOOT = form(ft)

# ---- protocol stamp up the left margin ----
st = b"q 0.75 0.1 0.1 RG 0.75 0.1 0.1 rg 0.8 w 0 0 300 26 re S\n"
st += text(6, 15, "COMUNE DI CASTEL DI LAMA – PROTOCOLLO GENERALE", "F4", 7.5, color=(0.75, 0.1, 0.1))
st += text(6, 5, "Prot. n. 0016890 del 26/11/2027 – PARTENZA – Cat. 6.5", "F3", 7.5, color=(0.75, 0.1, 0.1))
st += b"Q\n"
X_STAMP = form(st, bbox=(0, 0, 300, 26))

xobjs = Dictionary(LH=X_LH, Ti=X_TITLE, Su=X_SUBJ, Bo=X_BODY, Ta=X_TAB, Tl=X_TAIL, Sg=X_SIG,
                   Ft=X_FOOT, St=X_STAMP)
# drawn out of reading order
page_stream = (b"q /Sg Do Q\nq /Ta Do Q\nq /Ft Do Q\n"
               b"q 0 1 -1 0 36 250 cm /St Do Q\n"
               b"q /Tl Do Q\nq /Bo Do Q\nq /Su Do Q\nq /LH Do Q\nq /Ti Do Q\n")
page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                  Resources=Dictionary(XObject=xobjs, Font=fontres),
                  Contents=pdf.make_stream(page_stream))
pdf.pages.append(pikepdf.Page(page))
with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
    m["dc:title"] = "Avviso di esito di gara - CIG B41C7E2D90"
    m["xmp:CreatorTool"] = "Sicraweb - Gare e contratti"
pdf.docinfo["/Title"] = "Avviso di esito di gara - CIG B41C7E2D90"
pdf.docinfo["/Creator"] = "Sicraweb - Gare e contratti"
pdf.save(OUT)
