"""Unione dei Comuni Terre dei Peligni, decree of the Presidente dell'Unione,
written as a raw content stream with pikepdf: standard Times faces with
WinAnsiEncoding, lines set with Tw justification, some headings written as
TJ arrays with kerning inside the words, the letterhead as a Form XObject
painted after the body (as some document servers do)."""
import sys
import pikepdf
from pikepdf import Array, Dictionary, Name, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
PW, PH = 595.28, 841.89
L, R = 70.0, PW - 62.0
W = R - L
FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Times-Italic"}


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


ops = []
y = [PH - 150]


def txt(x, yy, font, size, s, tw=0.0):
    ops.append(b"BT /%s %.1f Tf %.3f Tw %.2f %.2f Td (" % (font.encode(), size, tw, x, yy) + esc(s) + b") Tj ET")


def tj_spaced(x, yy, font, size, s, kern):
    """Letter-spaced heading as a TJ array: each glyph followed by a negative
    adjustment (spreads letters), a space kept as a real space."""
    parts = b"".join(b"(" + esc(ch) + b")" + (b" %d " % -kern) for ch in s)
    ops.append(b"BT /%s %.1f Tf %.2f %.2f Td [" % (font.encode(), size, x, yy) + parts + b"] TJ ET")


def width(s, font, size):
    return stringWidth(s, FONTS[font], size)


def centre(s, font, size, kern=0):
    if kern:
        w = width(s, font, size) + len(s) * kern * size / 1000.0
        tj_spaced((PW - w) / 2, y[0], font, size, s, kern)
    else:
        txt((PW - width(s, font, size)) / 2, y[0], font, size, s)


def para(s, font="F1", size=11.5, lead=15.0, indent=0.0, label=None, after=5.0):
    words = s.split()
    lines, cur = [], []
    avail = W - indent
    for w_ in words:
        t = " ".join(cur + [w_])
        if cur and width(t, font, size) > avail:
            lines.append(cur)
            cur = [w_]
        else:
            cur.append(w_)
    lines.append(cur)
    for i, ws in enumerate(lines):
        line = " ".join(ws)
        tw = 0.0
        if i < len(lines) - 1 and len(ws) > 1:
            tw = (avail - width(line, font, size)) / (len(ws) - 1)
        if i == 0 and label:
            txt(L + indent - 16, y[0], font, size, label)
        txt(L + indent, y[0], font, size, line, tw)
        y[0] -= lead
    y[0] -= after


# ---- body
y[0] = PH - 150
centre("IL PRESIDENTE DELL'UNIONE", "F2", 13, kern=120)
y[0] -= 24
centre("DECRETO N. 01 DEL 05/01/2029", "F2", 12)
y[0] -= 28
txt(L, y[0], "F2", 11.5, "OGGETTO:")
para("NOMINA DEL RESPONSABILE DEL SERVIZIO ASSOCIATO DI PROTEZIONE CIVILE PER L'ANNO 2029.", "F2", 11.5,
     indent=66, after=14)

for s in (
    "PREMESSO che l'Unione dei Comuni Terre dei Peligni esercita, per conto dei Comuni di Corfinio, Raiano, "
    "Roccacasale e Vittorito, la funzione associata di protezione civile, in forza della convenzione approvata "
    "con deliberazione del Consiglio dell'Unione n. 14 del 28/11/2028;",
    "VISTO l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267, che attribuisce al vertice dell'ente la "
    "nomina dei responsabili degli uffici e dei servizi, e l'art. 109, comma 2, del medesimo decreto;",
    "VISTO il vigente Regolamento sull'ordinamento degli uffici e dei servizi dell'Unione;",
    "DATO ATTO che il Comune di Raiano, con nota prot. n. 5571 del 20/12/2028, ha autorizzato il proprio "
    "dipendente Geom. Nicola Pace, istruttore direttivo tecnico, a prestare servizio presso l'Unione per la "
    "gestione associata della protezione civile;",
    "RITENUTO il medesimo in possesso della professionalità e dell'esperienza necessarie;",
):
    para(s)

y[0] -= 4
centre("DECRETA", "F2", 12, kern=260)
y[0] -= 22
for s in (
    "di nominare il Geom. Nicola Pace Responsabile del Servizio associato di Protezione Civile dell'Unione dei "
    "Comuni Terre dei Peligni, con decorrenza dal 5 gennaio 2029 e fino al 31 dicembre 2029, attribuendogli le "
    "funzioni di cui all'art. 107 del D.Lgs. n. 267/2000;",
    "di dare atto che al Responsabile spetta la retribuzione di posizione e di risultato nella misura stabilita "
    "dalla Giunta dell'Unione secondo il sistema di pesatura vigente;",
    "di notificare il presente decreto all'interessato, ai Sindaci dei Comuni aderenti e al Segretario "
    "dell'Unione, e di disporne la pubblicazione all'Albo Pretorio on line.",
):
    para(s, indent=18, label="-")

y[0] -= 18
txt(L, y[0], "F1", 11.5, "Dalla sede dell'Unione, 5 gennaio 2029")
y[0] -= 34
cx = R - 115
for font, size, s in (("F2", 11.5, "IL PRESIDENTE"), ("F1", 11.5, "Dott. Roberto Di Fabio"),
                      ("F3", 9, "firmato digitalmente ai sensi del D.Lgs. n. 82/2005")):
    txt(cx - width(s, font, size) / 2, y[0], font, size, s)
    y[0] -= 15
y[0] -= 16
txt(L, y[0], "F1", 10, "Per ricevuta e accettazione: Geom. Nicola Pace ______________________")

body = b"\n".join(ops) + b"\nq /Lh Do Q\n"

# ---- letterhead form (painted last)
lh = []
lh.append(b"0.15 0.15 0.15 RG 1 w %.2f %.2f m %.2f %.2f l S" % (L, PH - 112, R, PH - 112))
lh.append(b"0.4 w %.2f %.2f m %.2f %.2f l S" % (L, PH - 115, R, PH - 115))
for font, size, s, yy in (("F2", 15, "UNIONE DEI COMUNI TERRE DEI PELIGNI", PH - 70),
                          ("F3", 10, "Corfinio - Raiano - Roccacasale - Vittorito", PH - 86),
                          ("F1", 9, "Provincia dell'Aquila", PH - 99)):
    x = (PW - width(s, font, size)) / 2
    lh.append(b"BT /%s %.1f Tf %.2f %.2f Td (" % (font.encode(), size, x, yy) + esc(s) + b") Tj ET")
lh.append(b"BT /F1 7.5 Tf %.2f 40 Td (" % L + esc("Decreto del Presidente dell'Unione n. 01/2029") + b") Tj ET")
lh_bytes = b"\n".join(lh)

pdf = pikepdf.new()
fonts = Dictionary({
    "/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                        Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()})
fonts = pdf.make_indirect(fonts)
form = Stream(pdf, lh_bytes)
form["/Type"] = Name.XObject
form["/Subtype"] = Name.Form
form["/BBox"] = Array([0, 0, PW, PH])
form["/Resources"] = Dictionary(Font=fonts)
page = pdf.add_blank_page(page_size=(PW, PH))
page.obj["/Resources"] = Dictionary(Font=fonts, XObject=Dictionary(Lh=pdf.make_indirect(form)))
page.obj["/Contents"] = pdf.make_indirect(Stream(pdf, body))
with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
    m["dc:title"] = "Decreto del Presidente n. 01/2029"
pdf.docinfo["/Title"] = "Decreto del Presidente n. 01/2029"
pdf.docinfo["/Producer"] = "Halley Informatica - Gestione Atti (stampa PDF)"
pdf.save(out)
