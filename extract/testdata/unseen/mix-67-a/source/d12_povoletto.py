# Comune di Povoletto / Comun di Povolêt (UD) - Giunta comunale n. 77 del 09/06/2026.
# A PDF written object by object (only ReportLab's font metrics are borrowed): the letterhead and the
# running foot are Form XObjects reused on both pages; each page is drawn out of reading order (rotated
# Albo stamp first, then the dispositive part and signatures, then the premises, letterhead last); the
# roll table is drawn column by column (all names, then all roles, then all presence marks); body lines
# justified with Tw, headings letter-spaced with Tc. Base-14 fonts, WinAnsiEncoding.
import sys
import zlib
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
L, R = 70, W - 60
FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Times-Italic", "F4": "Helvetica", "F5": "Helvetica-Bold"}


def enc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def sw(s, f, size):
    return stringWidth(s, FONTS[f], size)


def txt(f, size, x, y, s, tw=0.0, tc=0.0):
    ops = b"BT /%s %.2f Tf " % (f.encode(), size)
    ops += b"%.3f Tw %.3f Tc " % (tw, tc)
    ops += b"1 0 0 1 %.2f %.2f Tm (" % (x, y) + enc(s) + b") Tj ET\n"
    return ops


# ---------------------------------------------------------------- layout
pages = [dict(groups={}) for _ in range(2)]
cur = {"page": 0, "y": H - 150, "group": "premesse"}


def emit(ops, group=None, page=None):
    pg = pages[cur["page"] if page is None else page]
    pg["groups"].setdefault(group or cur["group"], []).append(ops)


def need(h):
    if cur["y"] - h < 80:
        cur["page"] += 1
        cur["y"] = H - 92


def para(s, f="F1", size=11, lead=14.4, indent=0, first=0, after=4, justify=True):
    words = s.split()
    lines, line = [], []
    for wd in words:
        width = R - L - indent - (first if not lines else 0)
        if line and sw(" ".join(line + [wd]), f, size) > width:
            lines.append(line)
            line = [wd]
        else:
            line.append(wd)
    lines.append(line)
    for i, ln in enumerate(lines):
        need(lead)
        x = L + indent + (first if i == 0 else 0)
        s2 = " ".join(ln)
        tw = 0
        if justify and i < len(lines) - 1 and len(ln) > 1:
            tw = (R - x - sw(s2, f, size)) / (len(ln) - 1)
        emit(txt(f, size, x, cur["y"], s2, tw=tw))
        cur["y"] -= lead
    cur["y"] -= after


def heading(s, size=11.5, tc=2.0):
    need(26)
    cur["y"] -= 4
    w = sw(s, "F2", size) + tc * (len(s) - 1)
    emit(txt("F2", size, (L + R) / 2 - w / 2, cur["y"], s, tc=tc))
    cur["y"] -= 18


# page 1 title block (under the letterhead XObject)
cur["group"] = "titolo"
y = H - 150
s = "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"
emit(txt("F2", 13, (L + R) / 2 - (sw(s, "F2", 13) + 0.8 * (len(s) - 1)) / 2, y, s, tc=0.8))
y -= 22
# number/date line in a ruled strip
emit(b"0.6 w %.2f %.2f %.2f 20 re S\n" % (L, y - 6, R - L))
emit(txt("F4", 8.5, L + 6, y, "Numero"))
emit(txt("F5", 11, L + 48, y, "77"))
emit(txt("F4", 8.5, L + 140, y, "Data"))
emit(txt("F5", 11, L + 166, y, "09/06/2026"))
emit(txt("F4", 8.5, L + 300, y, "Copia conforme all’originale"))
y -= 30
emit(txt("F5", 10, L, y, "OGGETTO:"))
subj = ("Concessione di un contributo straordinario alla Pro Loco di Povoletto per l’organizzazione della "
        "manifestazione “Povoletto in festa” 2026 – Indirizzi.")
words, line, lines = subj.split(), [], []
for wd in words:
    if line and sw(" ".join(line + [wd]), "F2", 11.5) > R - L - 62:
        lines.append(" ".join(line)); line = [wd]
    else:
        line.append(wd)
lines.append(" ".join(line))
for ln in lines:
    emit(txt("F2", 11.5, L + 62, y, ln))
    y -= 14.5
cur["y"] = y - 10

cur["group"] = "premesse"
para("L’anno duemilaventisei, il giorno nove del mese di giugno, alle ore 18.45, nella sala riunioni della sede "
     "municipale, convocata nei modi di legge, si è riunita la Giunta comunale. Risultano:")

# roll table, drawn column by column
cur["group"] = "appello"
roll = [("ZULIANI Paolo", "Sindaco", "presente"), ("BRAIDOTTI Marta", "Vicesindaco", "presente"),
        ("COMELLI Fabio", "Assessore", "presente"), ("DE CECCO Giulia", "Assessore", "assente"),
        ("MIANI Stefano", "Assessore", "presente")]
xs = [L + 20, L + 220, L + 345]
xe = R - 20
rh = 16
top = cur["y"] + 4
n = len(roll) + 1
g = b"0.5 w %.2f %.2f %.2f %.2f re S\n" % (xs[0] - 6, top - rh * n, xe - xs[0] + 6, rh * n)
g += b"0.9 g %.2f %.2f %.2f %.2f re f 0 g\n" % (xs[0] - 5.5, top - rh + 0.5, xe - xs[0] + 5, rh - 1)
for i in range(1, n):
    g += b"%.2f %.2f m %.2f %.2f l S\n" % (xs[0] - 6, top - rh * i, xe, top - rh * i)
for x in xs[1:]:
    g += b"%.2f %.2f m %.2f %.2f l S\n" % (x - 6, top, x - 6, top - rh * n)
emit(g)
for col in range(3):
    head = ("Componente", "Carica", "Presente/Assente")[col]
    emit(txt("F5", 9, xs[col], top - 11.5, head))
    for i, r in enumerate(roll):
        yy = top - rh * (i + 2) + 4.5
        if col == 2:
            emit(txt("F1", 10.5, (xs[2] + xe) / 2 - sw(r[2], "F1", 10.5) / 2 - 3, yy, r[2]))
        else:
            emit(txt("F1", 10.5, xs[col], yy, r[col]))
cur["y"] = top - rh * n - 16
emit(txt("F2", 10.5, xs[0], cur["y"], "Presenti n. 4 – Assenti n. 1"))
cur["y"] -= 22

cur["group"] = "premesse"
para("Presiede il Sindaco Paolo Zuliani. Partecipa alla seduta il Segretario comunale dott.ssa Nadia Querini, che "
     "ne cura la verbalizzazione. Il Presidente, constatato il numero legale, dichiara aperta la seduta.")
heading("LA GIUNTA COMUNALE")
for s in [
    "VISTA la richiesta della Pro Loco di Povoletto, acquisita al protocollo comunale n. 5127 del 21/05/2026, "
    "con la quale l’associazione chiede un contributo per l’organizzazione della manifestazione “Povoletto in "
    "festa” 2026, in programma dal 3 al 6 luglio 2026 nell’area festeggiamenti di Marsure di Sotto;",
    "RICHIAMATO il Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con "
    "deliberazione del Consiglio comunale n. 11 del 28/03/2019, e in particolare l’art. 9 sui contributi "
    "straordinari per iniziative di promozione del territorio;",
    "CONSIDERATO che la manifestazione, giunta alla trentesima edizione, contribuisce alla valorizzazione dei "
    "prodotti tipici e delle tradizioni del Friuli collinare e richiama visitatori dai comuni vicini;",
    "DATO ATTO che nel bilancio di previsione 2026/2028 è disponibile la somma di euro 4.000,00 al capitolo 1520 "
    "“Contributi ad associazioni turistiche e culturali”;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell’art. 49 del D.Lgs. n. "
    "267/2000;",
    "Con voti unanimi, espressi in forma palese,",
]:
    para(s)

cur["group"] = "dispositivo"
heading("D E L I B E R A", tc=0.6)
for i, s in enumerate([
    "di concedere alla Pro Loco di Povoletto un contributo straordinario di euro 3.500,00 per l’organizzazione "
    "della manifestazione “Povoletto in festa” 2026;",
    "di demandare al Responsabile dell’Area amministrativa l’assunzione dell’impegno di spesa al capitolo 1520 "
    "del bilancio 2026/2028 e la liquidazione, previa presentazione del rendiconto delle spese sostenute;",
    "di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente eseguibile ai sensi "
    "dell’art. 1, comma 19, della L.R. n. 21/2003, stante l’approssimarsi della manifestazione."], 1):
    need(16)
    emit(txt("F2", 11, L + 4, cur["y"], "%d." % i))
    para(s, indent=22, after=3)

cur["group"] = "firme"
cur["y"] -= 10
para("Letto, confermato e sottoscritto.", justify=False, after=10)
need(50)
y = cur["y"]
for x, a, b in ((L + 80, "IL SINDACO", "Paolo Zuliani"), (R - 100, "IL SEGRETARIO COMUNALE", "dott.ssa Nadia Querini")):
    emit(txt("F5", 9, x - sw(a, "F5", 9) / 2, y, a))
    emit(txt("F3", 10.5, x - sw(b, "F3", 10.5) / 2, y - 14, b))
emit(txt("F4", 7, (L + R) / 2 - sw("(documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005)", "F4", 7) / 2,
         y - 34, "(documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005)"))

# --------------------------------------------------------------- Form XObjects
lh = b"q 0.8 w %.2f %.2f 40 50 re S Q\n" % (L, H - 108)
lh += txt("F4", 5.5, L + 6, H - 86, "STEMMA")
lh += txt("F2", 17, L + 54, H - 74, "COMUNE DI POVOLETTO", tc=0.6)
lh += txt("F3", 11, L + 54, H - 89, "Comun di Povolêt")
lh += txt("F4", 8, L + 54, H - 102, "Regione Autonoma Friuli Venezia Giulia – Piazza Libertà n. 1 – 33040 Povoletto (UD)")
lh += b"1.2 w %.2f %.2f m %.2f %.2f l S\n" % (L, H - 116, R, H - 116)

foot = b"0.4 w %.2f 52 m %.2f 52 l S\n" % (L, R)
foot += txt("F4", 7.5, L, 42, "Comune di Povoletto – Deliberazione della Giunta comunale n. 77 del 09/06/2026")

# rotated stamp (drawn first on page 1)
stamp = b"q 0 1 -1 0 44 330 cm 0.7 w 0 -4 230 26 re S\n"
stamp += txt("F5", 7.5, 6, 12, "ALBO PRETORIO ON LINE – Reg. n. 611/2026")
stamp += txt("F4", 7.5, 6, 2, "in pubblicazione dal 10/06/2026 al 25/06/2026")
stamp += b"Q\n"

# --------------------------------------------------------------- assemble
order = ["dispositivo", "firme", "appello", "premesse", "titolo"]
contents = []
for pi, pg in enumerate(pages):
    c = b""
    if pi == 0:
        c += stamp
    c += b"q /Fo Do Q\n"
    for gname in order:
        c += b"".join(pg["groups"].get(gname, []))
    c += txt("F4", 7.5, R - sw("pag. %d/2" % (pi + 1), "F4", 7.5), 42, "pag. %d/2" % (pi + 1))
    if pi == 0:
        c += b"q /Lh Do Q\n"
    contents.append(c)

objs = []


def add(b):
    objs.append(b)
    return len(objs)


font_ids = {}
for k, v in FONTS.items():
    font_ids[k] = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % v.encode())
fontdict = b"<< " + b" ".join(b"/%s %d 0 R" % (k.encode(), i) for k, i in font_ids.items()) + b" >>"


def stream(data, extra=b""):
    z = zlib.compress(data)
    return b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(z), extra) + z + b"\nendstream"


lh_id = add(stream(lh, b"/Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f] /Resources << /Font %s >> " % (W, H, fontdict)))
fo_id = add(stream(foot, b"/Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f] /Resources << /Font %s >> " % (W, H, fontdict)))
pages_id_placeholder = len(objs) + 1 + 2 * len(contents)
page_ids = []
for c in contents:
    cid = add(stream(c))
    pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
              b"/Resources << /Font %s /XObject << /Lh %d 0 R /Fo %d 0 R >> >> >>"
              % (pages_id_placeholder, W, H, cid, fontdict, lh_id, fo_id))
    page_ids.append(pid)
pages_id = add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % i for i in page_ids), len(page_ids)))
assert pages_id == pages_id_placeholder
cat_id = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
info_id = add(b"<< /Title (Delibera G.C. n. 77/2026) /Producer (ADWeb Stampa Atti 2.3) /CreationDate (D:20260609191500+02'00') >>")

buf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(buf))
    buf += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(buf)
buf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for o in offs:
    buf += b"%010d 00000 n \n" % o
buf += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat_id, info_id, xref)
open(out, "wb").write(buf)
