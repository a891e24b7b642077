#!/usr/bin/env python3
"""Comune di Quinto di Treviso - certificate of publication of Giunta
deliberation n. 48/2026, printed by fpdf2 as the package prints its
"certificato" model: the blank form (labels and runs of underscores) is
written first, then the values are written over the blanks in Courier,
as a form-fill layer at the end of the content stream."""
import sys
import fpdf
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "attestazione-quintoditreviso-civilianext.pdf"

pdf = FPDF("P", "mm", "A4")
pdf.set_creator("Civilia Next - Albo Pretorio")
pdf.set_producer("PyFPDF/fpdf" + fpdf.__version__)
pdf.set_title("Certificato di pubblicazione - G.C. 48/2026")
pdf.set_author("Comune di Quinto di Treviso")
pdf.set_auto_page_break(False)
pdf.add_page()
L = 20

# letterhead: crest + text
pdf.set_draw_color(31, 63, 110)
pdf.set_fill_color(223, 232, 245)
pdf.polygon([(L, 14), (L + 10, 14), (L + 10, 21), (L + 5, 26), (L, 21)], style="DF")
pdf.set_draw_color(42, 109, 181)
pdf.set_line_width(0.6)
pdf.line(L + 1.5, 18, L + 8.5, 18)
pdf.line(L + 1.5, 20.5, L + 8.5, 20.5)
pdf.set_text_color(31, 63, 110)
pdf.set_font("Helvetica", "B", 15)
pdf.text(34, 19, "COMUNE DI QUINTO DI TREVISO")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "", 9)
pdf.text(34, 24, "Provincia di Treviso")
pdf.text(34, 28.5, "Piazza Roma, 2 - 31055 Quinto di Treviso (TV) - C.F. 80008050265")
pdf.set_draw_color(31, 63, 110)
pdf.set_line_width(0.45)
pdf.line(L, 33, 190, 33)

# band
pdf.set_fill_color(31, 63, 110)
pdf.rect(L, 39, 170, 9, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Helvetica", "B", 12)
pdf.text(L + 3, 45.2, "CERTIFICATO DI PUBBLICAZIONE")
pdf.set_font("Helvetica", "", 8)
pdf.text(150, 45.2, "Mod. ALBO-07 rev. 2")
pdf.set_text_color(0, 0, 0)

# ---- the blank form -------------------------------------------------------
pdf.set_font("Helvetica", "", 10.5)
U = "_"
blanks = {}  # name -> (x, y) where the value goes


def line(y, parts):
    """parts: list of str (label) or (name, n_underscores)."""
    x = L
    for p in parts:
        if isinstance(p, str):
            pdf.text(x, y, p)
            x += pdf.get_string_width(p)
        else:
            name, n = p
            s = U * n
            pdf.text(x, y, s)
            blanks[name] = (x + 1.2, y - 0.6)
            x += pdf.get_string_width(s)


y = 60
line(y, ["Deliberazione della Giunta Comunale n. ", ("num", 8), " del ", ("data", 16)])
y += 10
line(y, ["Oggetto:"])
y += 7
line(y, [("ogg1", 88)])
y += 7
line(y, [("ogg2", 88)])
y += 7
line(y, [("ogg3", 88)])
y += 14
pdf.set_font("Helvetica", "", 10.5)
line(y, ["Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,"])
y += 10
pdf.set_font("Helvetica", "B", 11)
pdf.text(97, y, "ATTESTA")
pdf.set_font("Helvetica", "", 10.5)
y += 10
line(y, ["- che copia della deliberazione sopra indicata e' stata pubblicata all'Albo Pretorio on line"])
y += 6
line(y, ["  di questo Comune il giorno ", ("dal", 16), " e vi rimarra' per quindici giorni consecutivi,"])
y += 6
line(y, ["  fino al ", ("al", 16), ", registrata al n. ", ("reg", 8), " del Registro delle Pubblicazioni,"])
y += 6
line(y, ["  ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267;"])
y += 10
line(y, ["- che la stessa e' stata comunicata ai Capigruppo consiliari con nota prot. n. ", ("prot", 9)])
y += 6
line(y, ["  del ", ("protdata", 16), ", ai sensi dell'art. 125 del D.Lgs. 267/2000."])
y += 16
line(y, ["Quinto di Treviso, ", ("luogo", 18)])
y += 16
pdf.text(112, y, "IL RESPONSABILE DELLA PUBBLICAZIONE")
y += 6
pdf.text(127, y, "Il Messo Comunale")
y += 9
pdf.text(115, y, U * 30)
blanks["firma"] = (118, y - 0.6)

y += 24
pdf.set_font("Helvetica", "B", 10.5)
pdf.text(L, y, "CERTIFICATO DI ESECUTIVITA'")
pdf.set_font("Helvetica", "", 10.5)
y += 8
line(y, ["[ ", ("x1", 1), " ] dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)"])
y += 7
line(y, ["[ ", ("x2", 1), " ] divenuta esecutiva il ", ("esec", 16), " decorsi dieci giorni dalla pubblicazione"])
y += 7
line(y, ["      (art. 134, comma 3, D.Lgs. 267/2000)"])

pdf.set_font("Helvetica", "", 7.5)
pdf.set_draw_color(31, 63, 110)
pdf.line(L, 280, 190, 280)
pdf.text(L, 284, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. - Pag. 1 di 1")

# ---- the fill layer, written after the form -------------------------------
vals = {
    "num": "48",
    "data": "14/04/2026",
    "ogg1": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA",
    "ogg2": "DEI LAVORI DI MESSA IN SICUREZZA DEL PERCORSO CICLOPEDONALE LUNGO",
    "ogg3": "IL FIUME SILE IN VIA CANTON - CUP J81B26000120004",
    "dal": "17/04/2026",
    "al": "02/05/2026",
    "reg": "412",
    "prot": "7018",
    "protdata": "17/04/2026",
    "luogo": "17/04/2026",
    "firma": "Renato Trevisan",
    "x1": "X",
}
pdf.set_text_color(10, 30, 120)
for k, v in vals.items():
    x, yy = blanks[k]
    pdf.set_font("Courier", "B" if k in ("num", "data") else "", 9.5 if k.startswith("ogg") else 10.5)
    pdf.text(x, yy, v)
pdf.output(OUT)
