"""Comune di Legnago - Area Lavori Pubblici e Patrimonio, determinazione
n. 212 (Registro Generale) del 10/03/2026, in the layout of a Kibernetes
report.  Hand-written content streams (rawpdf), the way report engines write:
  * subset TrueType fonts (Liberation Sans) through /Identity-H, two-byte
    glyph ids, /W widths and a /ToUnicode CMap;
  * EVERY glyph placed by its own absolute Tm, no space character anywhere:
    words are told apart only by the gaps between glyph positions;
  * the heading D E T E R M I N A Z I O N E drawn as letters with wide gaps;
  * the commitment table drawn cell by cell, row by row.
"""
import sys
import logging
logging.disable(logging.WARNING)

from rawpdf import PDF, TTIdentityFont
from textlay import Stream, wrap
from docflow import Flow, A4W, A4H

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-legnago-kibernetes.pdf"
LIB = "/usr/share/fonts/truetype/liberation2/"

SUBJECT = ("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. N. 36/2023 "
           "DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO NEL CAPOLUOGO E NELLE "
           "FRAZIONI - ANNO 2026. CIG B7F3C2A914. IMPEGNO DI SPESA.")


class GlyphFlow(Flow):
    """Flow whose one-line texts are also placed glyph by glyph."""

    def gline(self, font, size, text, align="left", tracking=0.0, leading=None, x=None):
        leading = leading or size * 1.3
        self.need(leading)
        x = self.left if x is None else x
        w = font.width(text, size) + tracking * (len(text) - 1)
        if align == "center":
            x = self.left + (self.width - w) / 2
        elif align == "right":
            x = self.left + self.width - w
        self.st.glyphs_tm(font, size, x, self.y - size, text, tracking=tracking)
        self.y -= leading


def build(total):
    pdf = PDF(producer="Kibernetes Report Engine 7.4", creator="Kibernetes - Atti Web",
              title="Determinazione n. 212 del 10/03/2026")
    R = TTIdentityFont(pdf, LIB + "LiberationSans-Regular.ttf", "KBAAAA", "F1")
    B = TTIdentityFont(pdf, LIB + "LiberationSans-Bold.ttf", "KBAAAB", "F2")
    I = TTIdentityFont(pdf, LIB + "LiberationSans-Italic.ttf", "KBAAAC", "F3")

    def head(flow, n):
        st = flow.st
        g = st.glyphs_tm
        g(B, 13, 60, 790, "COMUNE DI LEGNAGO")
        g(R, 9, 60, 777, "Provincia di Verona")
        g(R, 8, 400, 790, "Determinazione n. 212")
        g(R, 8, 400, 779, "del 10/03/2026")
        g(R, 8, 400, 768, "Pag. %d di %d" % (n, total))
        st.line(60, 760, A4W - 60, 760, 0.8)
        flow.y = 748

    fl = GlyphFlow(left=60, right=60, top=60, bottom=60, on_new_page=head)
    st = fl.st
    fl.gline(B, 10.5, "AREA LAVORI PUBBLICI E PATRIMONIO", align="center", leading=14)
    fl.gline(R, 9.5, "Servizio Manutenzioni e Verde Pubblico", align="center", leading=22)
    fl.gline(B, 15, "D E T E R M I N A Z I O N E", align="center", tracking=2.0, leading=22)
    # register box
    y = fl.y
    st.rect(60, y - 36, fl.width, 36, 0.6)
    st.line(60 + fl.width / 2, y - 36, 60 + fl.width / 2, y, 0.6)
    st.glyphs_tm(R, 8.5, 68, y - 12, "REGISTRO GENERALE")
    st.glyphs_tm(B, 10.5, 68, y - 28, "N. 212 del 10/03/2026")
    st.glyphs_tm(R, 8.5, 68 + fl.width / 2, y - 12, "REGISTRO DI SETTORE")
    st.glyphs_tm(B, 10.5, 68 + fl.width / 2, y - 28, "N. 45 del 09/03/2026")
    fl.y = y - 50
    st.glyphs_tm(B, 10, 60, fl.y - 10, "OGGETTO:")
    fl.para(B, 10, SUBJECT, leading=13, x=118, width=fl.width - 58, mode="glyph_tm", space_after=12)
    fl.gline(B, 10.5, "IL RESPONSABILE DELL'AREA", align="center", leading=18)
    prem = [
        "Premesso che con deliberazione del Consiglio Comunale n. 71 del 19/12/2025 è stato approvato "
        "il bilancio di previsione finanziario 2026-2028 e con deliberazione della Giunta Comunale n. 4 "
        "del 14/01/2026 è stato approvato il Piano Esecutivo di Gestione 2026-2028;",
        "Visto il decreto del Sindaco n. 2 del 07/01/2026 con il quale è stato conferito al sottoscritto "
        "l'incarico di Responsabile dell'Area Lavori Pubblici e Patrimonio;",
        "Considerato che il 28/02/2026 è scaduto il contratto per la manutenzione ordinaria del verde "
        "pubblico e che occorre garantire senza interruzione lo sfalcio delle aree verdi, la potatura "
        "delle siepi e la pulizia delle aiuole nel capoluogo e nelle frazioni di Casette, Porto, "
        "San Pietro, San Vito, Terranegra e Vangadizza;",
        "Visto l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente "
        "l'affidamento diretto dei servizi di importo inferiore a 140.000,00 euro, anche senza "
        "consultazione di più operatori economici;",
        "Dato atto che, tramite la piattaforma di approvvigionamento digitale, è stato richiesto un "
        "preventivo alla ditta Verde Adige Soc. Coop. Sociale, con sede in Cerea (VR), che ha offerto "
        "l'importo di euro 38.450,00 oltre IVA 22%, ritenuto congruo rispetto ai prezzi di mercato;",
        "Verificati il possesso dei requisiti in capo all'operatore economico e la regolarità "
        "contributiva (DURC prot. INPS_49811236, valido fino al 24/06/2026);",
        "Accertata la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi "
        "dell'art. 147-bis del D.Lgs. n. 267/2000;",
    ]
    for p in prem:
        fl.para(R, 9.8, p, leading=13, mode="glyph_tm", indent=16)
    fl.space(4)
    fl.need(24)
    fl.gline(B, 11, "D E T E R M I N A", align="center", tracking=1.0, leading=18)
    punti = [
        "1) di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, il servizio "
        "di manutenzione ordinaria del verde pubblico nel capoluogo e nelle frazioni per il periodo "
        "dal 16/03/2026 al 31/12/2026 alla ditta Verde Adige Soc. Coop. Sociale, P.IVA 03918270237, "
        "per l'importo di euro 38.450,00 oltre IVA 22%, per complessivi euro 46.909,00;",
        "2) di impegnare la somma complessiva di euro 46.909,00 come indicato nella tabella che segue;",
        "3) di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso del "
        "commercio, ai sensi dell'art. 18, comma 1, del D.Lgs. n. 36/2023;",
        "4) di nominare Responsabile Unico del Progetto il geom. Stefano Braggion, istruttore tecnico "
        "del Servizio Manutenzioni e Verde Pubblico.",
    ]
    for p in punti:
        fl.para(R, 9.8, p, leading=13, mode="glyph_tm")
    fl.space(6)
    # commitment table, row by row, cell by cell
    cols = [("Esercizio", 52), ("Missione/Programma", 94), ("Capitolo", 56), ("Impegno", 60),
            ("Creditore", 122), ("Importo (euro)", 91.28)]
    rows = [("2026", "09.02", "2710/5", "418/2026", "Verde Adige Soc. Coop.", "46.909,00")]
    fl.need(50)
    y = fl.y
    x = 60
    for ci, (h, w) in enumerate(cols):
        st.rect(x, y - 16, w, 16, 0.5, fill=0.9)
        st.glyphs_tm(B, 8.5, x + 3, y - 11, h)
        x += w
    for r in rows:
        x = 60
        for ci, (h, w) in enumerate(cols):
            st.rect(x, y - 32, w, 16, 0.5)
            v = r[ci]
            if ci == len(cols) - 1:
                st.glyphs_tm(R, 9, x + w - 3 - R.width(v, 9), y - 27, v)
            else:
                st.glyphs_tm(R, 9, x + 3, y - 27, v)
            x += w
    fl.y = y - 46
    fl.need(70)
    st = fl.st
    st.glyphs_tm(R, 9.8, 60, fl.y - 10, "Legnago, 10/03/2026")
    st.glyphs_tm(B, 9.8, 350, fl.y - 10, "IL RESPONSABILE DELL'AREA")
    st.glyphs_tm(R, 9.8, 350, fl.y - 24, "Ing. Marco Boscarato")
    st.glyphs_tm(I, 8, 350, fl.y - 36, "(documento firmato digitalmente)")
    fl.y -= 56
    fl.need(90)
    st = fl.st
    y = fl.y
    st.rect(60, y - 82, fl.width, 82, 0.6)
    st.glyphs_tm(B, 9.5, 68, y - 14, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA")
    fl.y = y - 20
    fl.para(R, 9, "Ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000 si appone il visto di "
            "regolarità contabile attestante la copertura finanziaria della spesa, registrata "
            "all'impegno n. 418/2026.", leading=12, x=68, width=fl.width - 16, mode="glyph_tm")
    st.glyphs_tm(R, 9, 68, y - 74, "Legnago, 10/03/2026")
    st.glyphs_tm(R, 9, 300, y - 62, "IL RESPONSABILE DELL'AREA FINANZIARIA")
    st.glyphs_tm(R, 9, 300, y - 74, "Dott.ssa Elisa Fracasso")
    res = {"Font": {"F1": R.ref, "F2": B.ref, "F3": I.ref}}
    for p in fl.pages:
        pdf.page(p.data(), res)
    return pdf, len(fl.pages)


if __name__ == "__main__":
    _, n = build(0)
    pdf, n2 = build(n)
    pdf.write(OUT)
    print(OUT, n2, "pages")
