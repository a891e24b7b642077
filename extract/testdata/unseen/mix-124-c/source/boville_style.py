# -*- coding: utf-8 -*-
"""Comune di Boville Ernica, "Sicraweb"-like house style.

A three-cell header (crest | COMUNE DI BOVILLE ERNICA / Provincia di
Frosinone | COPIA), the title DELIBERAZIONE DEL CONSIGLIO COMUNALE, a 2x2
grid (N. | del / Proposta | Settore proponente), the subject boxed, the roll
under "nelle persone dei signori:", the signatures "IL PRESIDENTE f.to ... /
IL SEGRETARIO COMUNALE f.to ...", a certificate of publication at the end
and a foot "Deliberazione di Consiglio Comunale n. X del dd/mm/yyyy".
"""

CLOSING = "Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto come segue."

PUB = {
    58: ("20/12/2027", 1497),
    59: ("20/12/2027", 1498),
    60: ("27/12/2027", 1531),
    61: ("27/12/2027", 1532),
}


def pub_text(n):
    d, reg = PUB[n]
    return ("Si certifica che copia della presente deliberazione viene pubblicata all'Albo pretorio on "
            "line di questo Comune il giorno %s e vi rimarrà per quindici giorni consecutivi "
            "(Reg. Pubbl. n. %d)." % (d, reg))


PUB_SIGN = ("IL RESPONSABILE DELLA PUBBLICAZIONE", "f.to Sig.ra Anna Maria Ferrante")


def foot(d):
    return "Deliberazione di Consiglio Comunale n. %d del %s" % (d["number"], d["date"])


def crest_png(path):
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (160, 200), "white")
    dr = ImageDraw.Draw(im)
    dr.polygon([(6, 6), (154, 6), (154, 120), (130, 170), (80, 194), (30, 170), (6, 120)],
               fill=(250, 235, 200), outline=(120, 30, 30))
    dr.line([(6, 6), (154, 6), (154, 120), (130, 170), (80, 194), (30, 170), (6, 120), (6, 6)],
            fill=(120, 30, 30), width=5)
    dr.rectangle([60, 60, 100, 150], fill=(120, 30, 30))
    dr.polygon([(50, 60), (110, 60), (80, 30)], fill=(40, 90, 40))
    im.save(path)
