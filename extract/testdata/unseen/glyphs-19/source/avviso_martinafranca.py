"""Città di Martina Franca - Settore Urbanistica, unnumbered avviso di deposito,
in the layout of a Datagraph notice.  Content streams written by hand and
assembled with pikepdf:
  * standard-14 Times fonts, /WinAnsiEncoding (accents at WinAnsi codes);
  * the body written glyph by glyph with relative Td moves and no space
    characters (the gaps are only in the Td offsets);
  * the letterhead and the protocol stamp are Form XObjects with their own
    text, drawn with Do;
  * the Albo platform's publication stamp runs up the left margin, rotated 90°.
"""
import sys

import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase import pdfmetrics

from textlay import Stream
from docflow import Flow, A4W, A4H

OUT = sys.argv[1] if len(sys.argv) > 1 else "avviso-martinafranca-datagraph.pdf"

TITLE = ("AVVISO DI DEPOSITO DEGLI ATTI RELATIVI ALLA VARIANTE PUNTUALE AL PIANO REGOLATORE "
         "GENERALE PER LA RIQUALIFICAZIONE DELL'AREA EX MERCATO ORTOFRUTTICOLO DI VIA TARANTO")


class F:
    def __init__(self, base, name):
        self.base, self.name = base, name

    def enc(self, s):
        return s.encode("cp1252")

    def width(self, s, size):
        return pdfmetrics.stringWidth(s, self.base, size)


R, B, I = F("Times-Roman", "T1"), F("Times-Bold", "T2"), F("Times-Italic", "T3")


def fontdicts(pdf):
    return Dictionary({"/" + f.name: pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + f.base),
        Encoding=Name.WinAnsiEncoding)) for f in (R, B, I)})


def main():
    pdf = pikepdf.new()
    fonts = fontdicts(pdf)
    res_fonts = Dictionary(Font=fonts)

    # letterhead form
    lh = Stream()
    lh.raw("q 0.2 0.25 0.45 rg 0 46 m 34 46 l 34 14 l 17 0 l 0 14 l h f Q")
    lh.raw("q 1 g 9 20 16 16 re f Q")
    lh.glyphs_td(B, 17, 46, 28, "CITTÀ DI MARTINA FRANCA")
    lh.glyphs_td(R, 10, 46, 13, "Provincia di Taranto")
    letterhead = pdf.make_stream(lh.data(), Type=Name.XObject, Subtype=Name.Form,
                                 BBox=Array([0, -2, 300, 48]), Resources=res_fonts)
    # protocol stamp form (a box with three lines)
    ps = Stream()
    ps.raw("q 0.1 0.1 0.55 RG 0.1 0.1 0.55 rg 1 w 0 0 150 42 re S")
    ps.glyphs_td(B, 7.5, 6, 31, "CITTÀ DI MARTINA FRANCA")
    ps.glyphs_td(R, 7.5, 6, 19, "Prot. N. 0018342 del 16/03/2026")
    ps.glyphs_td(R, 7.5, 6, 7, "Partenza - Cat. 10 Cl. 1")
    ps.raw("Q")
    stamp = pdf.make_stream(ps.data(), Type=Name.XObject, Subtype=Name.Form,
                            BBox=Array([0, 0, 150, 42]), Resources=res_fonts)

    fl = Flow(left=70, right=64, top=150, bottom=80)

    def cline(font, size, text, leading):
        w = font.width(text, size)
        fl.st.glyphs_td(font, size, fl.left + (fl.width - w) / 2, fl.y - size, text)
        fl.y -= leading

    st = fl.st
    st.raw("q 1 0 0 1 70 760 cm /Fm1 Do Q")
    st.raw("q 1 0 0 1 %s 765 cm /Fm2 Do Q" % (A4W - 64 - 150))
    st.line(70, 748, A4W - 64, 748, 0.8)
    st.glyphs_td(B, 10.5, 70, 732, "SETTORE URBANISTICA E ASSETTO DEL TERRITORIO")
    st.glyphs_td(R, 9.5, 70, 719, "Servizio Pianificazione Urbanistica")
    fl.y = 700
    fl.para(B, 12, TITLE, leading=15, mode="glyph_td", justify=False, space_after=14)
    cline(B, 11, "IL DIRIGENTE", 18)
    fl.para(R, 11, "Vista la deliberazione del Consiglio Comunale n. 9 del 26/02/2026, esecutiva, con la "
            "quale è stata adottata la variante puntuale al Piano Regolatore Generale per la "
            "riqualificazione dell'area ex mercato ortofrutticolo di via Taranto;", leading=14.5,
            mode="glyph_td", indent=18)
    fl.para(R, 11, "Visti l'art. 16 della Legge Regionale 31 maggio 1980, n. 56, e l'art. 12 della Legge "
            "Regionale 27 luglio 2001, n. 20, e successive modificazioni;", leading=14.5,
            mode="glyph_td", indent=18, space_after=8)
    cline(B, 11, "RENDE NOTO", 18)
    for p in [
        "che gli atti e gli elaborati relativi alla variante di cui in premessa sono depositati, a "
        "libera visione del pubblico, presso la Segreteria del Settore Urbanistica e Assetto del "
        "Territorio, in piazza Roma n. 32, per trenta giorni consecutivi, dal 18/03/2026 al "
        "16/04/2026, nei giorni feriali dalle ore 9:00 alle ore 12:00 e il martedì e il giovedì "
        "anche dalle ore 16:00 alle ore 18:00;",
        "che gli stessi atti sono consultabili nella sezione \u201cAmministrazione trasparente \u2013 "
        "Pianificazione e governo del territorio\u201d del sito istituzionale dell'Ente;",
        "che, entro il termine perentorio di trenta giorni dalla scadenza del periodo di deposito, "
        "e cioè entro il 16/05/2026, chiunque può presentare osservazioni e i proprietari degli "
        "immobili interessati possono presentare opposizioni, in carta semplice, indirizzate al "
        "Dirigente del Settore Urbanistica, mediante consegna all'Ufficio Protocollo o tramite "
        "posta elettronica certificata;",
        "che delle osservazioni e delle opposizioni pervenute oltre il termine indicato non sarà "
        "tenuto conto.",
    ]:
        fl.para(R, 11, p, leading=14.5, mode="glyph_td", indent=18)
    fl.para(R, 11, "Il presente avviso è pubblicato all'Albo Pretorio on line, sul sito istituzionale "
            "e mediante manifesti affissi nei luoghi pubblici del territorio comunale.", leading=14.5,
            mode="glyph_td", space_after=16)
    st = fl.st
    st.glyphs_td(R, 11, 70, fl.y - 11, "Martina Franca, 16/03/2026")
    st.glyphs_td(B, 11, 330, fl.y - 11, "IL DIRIGENTE DEL SETTORE")
    st.glyphs_td(R, 11, 330, fl.y - 25, "Arch. Pierangelo Lenti")
    st.glyphs_td(I, 8.5, 330, fl.y - 37, "Documento firmato digitalmente ai sensi del")
    st.glyphs_td(I, 8.5, 330, fl.y - 47, "D.Lgs. n. 82/2005 e norme collegate")
    # foot
    st.line(70, 60, A4W - 64, 60, 0.4)
    st.glyphs_td(I, 7.5, 70, 50, "Piazza Roma, 32 - 74015 Martina Franca (TA) - Settore Urbanistica e "
                 "Assetto del Territorio - tel. 080 4836111")
    # the Albo stamp, rotated 90 degrees, up the left margin
    st.raw("q 0.35 g")
    st.raw(b"BT /T3 8 Tf 0 1 -1 0 40 120 Tm " + st.s(I, "Pubblicato all'Albo Pretorio on line dal "
           "16/03/2026 al 16/04/2026 - n. reg. 1147/2026 - Documento informatico firmato "
           "digitalmente") + b" Tj ET Q")

    page = pdf.add_blank_page(page_size=(A4W, A4H))
    page.obj.Resources = Dictionary(Font=fonts, XObject=Dictionary(Fm1=letterhead, Fm2=stamp),
                                    ProcSet=Array([Name.PDF, Name.Text]))
    page.obj.Contents = pdf.make_stream(fl.st.data())
    pdf.docinfo["/Producer"] = "Datagraph ATTI - PDF Service 2.9"
    pdf.docinfo["/Creator"] = "Datagraph Sistema Documentale"
    pdf.docinfo["/Title"] = "Avviso di deposito variante PRG"
    pdf.save(OUT, compress_streams=True)
    print(OUT, len(fl.pages), "page(s)")


if __name__ == "__main__":
    main()
