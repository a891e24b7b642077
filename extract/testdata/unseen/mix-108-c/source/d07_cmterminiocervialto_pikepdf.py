#!/usr/bin/env python3
"""Comunita' Montana Terminio Cervialto - verbale della Giunta Esecutiva n. 33/2026.
House style "Hypersic": a page template with the letterhead and the roll kept as
reusable Form XObjects, filled in by the package. The content streams are written
by hand and draw the page as a template engine does, not in reading order: the body
first, then the roll, then the heading block and the letterhead; on page 2 the
signature boxes before the dispositivo. A publication stamp runs up the left margin
(a rotated Form XObject). Standard Type 1 fonts, WinAnsiEncoding. pikepdf."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
L, R = 62.0, 540.0

pdf = pikepdf.new()
pdf.docinfo["/Producer"] = "Hypersic Atti PDF engine 4.2"
pdf.docinfo["/Creator"] = "Hypersic - Delibere e Determine"
pdf.docinfo["/Title"] = "Delibera G.E. n. 33 del 22/07/2026"


def font(base):
    return pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
                                        Encoding=Name.WinAnsiEncoding))

FONTS = Dictionary(F1=font("Helvetica"), F2=font("Helvetica-Bold"), F3=font("Times-Roman"),
                   F4=font("Times-Bold"), F5=font("Times-Italic"))
FN = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Times-Roman", "F4": "Times-Bold",
      "F5": "Times-Italic"}


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def txt(f, size, x, y, s):
    return b"BT /" + f.encode() + b" %.1f Tf 1 0 0 1 %.2f %.2f Tm (" % (size, x, y) + esc(s) + b") Tj ET\n"


def ctr(f, size, y, s, x0=L, x1=R):
    w = stringWidth(s, FN[f], size)
    return txt(f, size, x0 + (x1 - x0 - w) / 2, y, s)


def wrap(s, f, size, width):
    words, lines, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, FN[f], size) <= width:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines


def para(s, y, f="F3", size=10.5, lead=13.6, x=L, width=R - L, first=None, after=4):
    """returns (bytes, new_y); first = a label in bold run at the start"""
    b = b""
    lines = wrap(s, f, size, width)
    for i, ln in enumerate(lines):
        if i == 0 and first:
            b += txt("F4", size, x, y, first)
            dx = stringWidth(first + " ", FN["F4"], size)
            rest = ln[len(first):].strip()
            b += txt(f, size, x + dx, y, rest)
        else:
            b += txt(f, size, x, y, ln)
        y -= lead
    return b, y - after


def form(content, bbox, res=None):
    st = Stream(pdf, content)
    st.Type = Name.XObject; st.Subtype = Name.Form
    st.BBox = Array(bbox)
    st.Resources = res if res is not None else Dictionary(Font=FONTS)
    return pdf.make_indirect(st)

# ---- reusable letterhead
head = b"q 0.15 0.35 0.2 RG 0.15 0.35 0.2 rg\n"
head += b"62 788 m 74 808 l 86 792 l 96 806 l 108 788 l h f\n"     # mountains mark
head += txt("F2", 15, 118, 800, "COMUNITÀ MONTANA TERMINIO CERVIALTO")
head += b"0 0 0 rg\n"
head += txt("F1", 8, 118, 789, "Via Don Minzoni 1 – 83048 Montella (AV) – Tel. 0827 601111")
head += txt("F1", 8, 118, 779, "C.F. 82000790647 – PEC: protocollo@pec.cmterminiocervialto.it")
head += b"1.2 w 62 770 m 540 770 l S Q\n"
HEAD = form(head, [0, 0, W, H])

# ---- the roll as a form
roll = [("CIAMPI Rocco", "Presidente", "presente"), ("GAMBONE Teresa", "Vice Presidente", "presente"),
        ("DE STEFANO Vito", "Assessore", "presente"), ("PASCUCCI Gerardo", "Assessore", "assente"),
        ("CASTIELLO Annamaria", "Assessore", "presente")]
rb = b"q 0.5 w 0.93 0.95 0.93 rg 90 96 390 16 re f 0 0 0 rg 90 0 390 112 re S\n"
rb += txt("F2", 9, 98, 100, "COMPONENTI")
rb += txt("F2", 9, 270, 100, "CARICA")
rb += txt("F2", 9, 400, 100, "PRESENZA")
y = 82
for n, c, p in roll:
    rb += txt("F1", 9.5, 98, y, n) + txt("F1", 9.5, 270, y, c) + txt("F1", 9.5, 400, y, p)
    y -= 17
rb += b"Q\n"
ROLL = form(rb, [0, 0, 500, 120])

# ---- rotated publication stamp
sb = b"q 0.7 0.1 0.1 RG 0.7 0.1 0.1 rg 1 w 0 0 330 34 re S\n"
sb += txt("F2", 8.5, 8, 20, "ALBO PRETORIO ON LINE – Reg. pubbl. n. 618")
sb += txt("F1", 8, 8, 8, "Pubblicata dal 24/07/2026 al 08/08/2026")
sb += b"Q\n"
STAMP = form(sb, [0, 0, 330, 34])

XO = Dictionary(Head=HEAD, Roll=ROLL, Stamp=STAMP)


def foot(n):
    return (b"0.4 0.4 0.4 rg\n" + txt("F1", 7.5, L, 40, "Delibera G.E. n. 33 del 22/07/2026")
            + txt("F1", 7.5, R - 42, 40, "pag. %d di 2" % n) + b"0 0 0 rg\n")

# ---------------- page 1
head1 = b""
head1 += ctr("F4", 13, 748, "VERBALE DI DELIBERAZIONE DELLA GIUNTA ESECUTIVA")
head1 += ctr("F4", 12, 728, "N. 33   del 22/07/2026")
head1 += txt("F4", 10.5, L, 700, "OGGETTO:")
yy = 700
for ln in wrap("Approvazione del progetto esecutivo degli interventi di forestazione e bonifica montana – "
               "annualità 2026 – L.R. n. 11/1996.", "F4", 10.5, R - L - 62):
    head1 += txt("F4", 10.5, L + 62, yy, ln); yy -= 13.6
head1 += b"0.5 w 62 %.1f m 540 %.1f l S\n" % (yy + 4, yy + 4)
y = yy - 16
body = b""
b, y = para("L'anno duemilaventisei, il giorno ventidue del mese di luglio, alle ore 10:30, nella sede "
            "della Comunità Montana in Montella, a seguito di regolare convocazione, si è riunita la "
            "Giunta Esecutiva. Risultano:", y)
body += b
ROLL_Y = y - 112
y -= 130   # room for the roll
b, y = para("Presenti n. 4 – Assenti n. 1", y, f="F4")
body += b
b, y = para("Presiede il dott. Rocco Ciampi, Presidente della Comunità Montana. Partecipa il Segretario "
            "Generale avv. Marianna Cerullo, che cura la verbalizzazione. Il Presidente, accertato il numero "
            "legale, dichiara aperta la seduta.", y)
body += b
body += ctr("F4", 11, y - 4, "LA GIUNTA ESECUTIVA"); y -= 22
for first, t in [
    ("Premesso", "Premesso che la Regione Campania, con il Piano forestale generale e con la L.R. 7 maggio "
                 "1996, n. 11, affida alle Comunità Montane l'esecuzione degli interventi di forestazione e "
                 "bonifica montana nei territori di competenza, avvalendosi degli operai idraulico-forestali;"),
    ("Vista", "Vista la nota della Direzione Generale per le Politiche Agricole, Alimentari e Forestali con "
              "la quale è stato comunicato il riparto delle risorse per l'annualità 2026, che assegna alla "
              "Comunità Montana Terminio Cervialto la somma di euro 2.946.000,00;"),
    ("Visto", "Visto il progetto esecutivo redatto dall'Area Tecnica e Forestale, che prevede interventi di "
              "manutenzione dei boschi, sistemazione idraulico-forestale dei valloni, prevenzione degli "
              "incendi e manutenzione della viabilità forestale nei comuni di Montella, Bagnoli Irpino, "
              "Cassano Irpino, Nusco e Volturara Irpina;"),
    ("Dato", "Dato atto che il progetto, per l'importo complessivo di euro 2.946.000,00, è conforme al "
             "Piano forestale generale e alle direttive regionali e che la spesa è interamente finanziata "
             "con fondi regionali;"),
]:
    b, y = para(t, y, first=first); body += b
c1 = (body
      + b"q 1 0 0 1 0 %.1f cm /Roll Do Q\n" % ROLL_Y
      + head1
      + b"q /Head Do Q\n"
      + b"q 0 1 -1 0 40 330 cm /Stamp Do Q\n"
      + foot(1))

# ---------------- page 2
y = 746
body2 = b""
for first, t in [
    ("Acquisiti", "Acquisiti i pareri favorevoli di regolarità tecnica del Responsabile dell'Area Tecnica e "
                  "Forestale e di regolarità contabile del Responsabile dell'Area Finanziaria;"),
    ("Con", "Con voti unanimi favorevoli, resi nei modi di legge;"),
]:
    b, y = para(t, y, first=first); body2 += b
body2 += ctr("F4", 11, y - 4, "D E L I B E R A"); y -= 24
pts = ["di approvare il progetto esecutivo degli interventi di forestazione e bonifica montana per "
       "l'annualità 2026, dell'importo complessivo di euro 2.946.000,00;",
       "di dare atto che la spesa trova copertura nei fondi assegnati dalla Regione Campania per "
       "l'annualità 2026;",
       "di incaricare il Responsabile dell'Area Tecnica e Forestale dell'esecuzione degli interventi in "
       "amministrazione diretta e dell'adozione degli atti di gestione conseguenti;",
       "di trasmettere il presente atto alla Regione Campania e ai Comuni interessati."]
pts_b = b""
for i, t in enumerate(pts, 1):
    pts_b += txt("F3", 10.5, L + 6, y, f"{i})")
    b, y = para(t, y, x=L + 26, width=R - L - 26)
    pts_b += b
b, y = para("Con successiva e separata votazione unanime, la presente deliberazione è dichiarata "
            "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", y - 4)
pts_b += b
sig_y = y - 30
sig = (txt("F3", 10, L, sig_y + 16, "Letto, approvato e sottoscritto.")
       + txt("F4", 10, 96, sig_y - 6, "IL PRESIDENTE") + txt("F4", 10, 350, sig_y - 6, "IL SEGRETARIO GENERALE")
       + txt("F5", 10, 92, sig_y - 20, "dott. Rocco Ciampi") + txt("F5", 10, 354, sig_y - 20, "avv. Marianna Cerullo")
       + txt("F1", 7, 92, sig_y - 32, "firmato digitalmente") + txt("F1", 7, 354, sig_y - 32, "firmato digitalmente"))
cert_y = sig_y - 80
cert = b""
b, _ = para("CERTIFICATO DI PUBBLICAZIONE – Si certifica che copia della presente deliberazione è pubblicata "
            "all'Albo Pretorio on line della Comunità Montana per quindici giorni consecutivi dal 24/07/2026 "
            "al 08/08/2026 (Reg. pubbl. n. 618).", cert_y, f="F1", size=8.5, lead=11)
cert += b"0.5 w 62 %.1f m 540 %.1f l S\n" % (cert_y + 14, cert_y + 14) + b
c2 = sig + b"q /Head Do Q\n" + body2 + cert + pts_b + foot(2)


def page(content):
    pg = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                    Resources=Dictionary(Font=FONTS, XObject=XO),
                    Contents=pdf.make_stream(content))
    pdf.pages.append(pikepdf.Page(pg))

page(c1)
page(c2)
pdf.save(out)
