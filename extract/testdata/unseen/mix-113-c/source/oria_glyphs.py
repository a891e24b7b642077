#!/usr/bin/env python3
"""Comune di Oria - Consiglio minute n. 3/2027 as a report engine writes it.

The content streams are written by hand and assembled with pikepdf:
  * every glyph of the body is placed alone with its own text matrix (no
    space characters; justification is only in the glyph positions);
  * the footer is a Form XObject drawn first on each page, the letterhead a
    Form XObject drawn last on page 1 (out of reading order);
  * the signature block is drawn before the body text of page 2;
  * a publication stamp runs up the left margin, rotated 90 degrees.
usage: oria_glyphs.py OUT.pdf
"""
import os
import sys

import pikepdf
from pikepdf import Array, Dictionary, Name
from reportlab.pdfbase.pdfmetrics import stringWidth

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oria_common import ADDRESS, COUNCIL  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else "consiglio-3-oria-hypersic.pdf"
W, H = 595.276, 841.89
MM = 72 / 25.4
LM, RM, TOP, BOT = 18 * MM, W - 18 * MM, H - 18 * MM, 22 * MM
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}
RES_NAME = {v: k for k, v in FONTS.items()}


def lit(s):
    b = s.encode("cp1252")
    out = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(ch))
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(chr(ch))
    return "(" + "".join(out) + ")"


def width(s, font, size):
    return stringWidth(s, font, size)


class Page:
    def __init__(self):
        self.ops = []
        self.pre = []    # drawn before everything (footer)
        self.post = []   # drawn after everything (letterhead)
        self.mid = []    # drawn before the body (signatures on last page)

    def glyphs(self, x, y, text, font="Helvetica", size=10, gaps=None):
        """Place every non-space glyph alone. gaps: extra width per space."""
        f = RES_NAME[font]
        ops = ["BT", "/%s %.1f Tf" % (f, size)]
        cx = x
        for ch in text:
            w = width(ch, font, size)
            if ch == " ":
                cx += w + (gaps or 0)
                continue
            ops.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (cx, y, lit(ch)))
            cx += w
        ops.append("ET")
        self.ops.append("\n".join(ops))

    def string(self, x, y, text, font="Helvetica", size=10, target=None):
        f = RES_NAME[font]
        (target if target is not None else self.ops).append(
            "BT /%s %.1f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (f, size, x, y, lit(text)))

    def rect(self, x, y, w, h, lw=0.6):
        self.ops.append("q %.2f w %.2f %.2f %.2f %.2f re S Q" % (lw, x, y, w, h))

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.ops.append("q %.2f w %.2f %.2f m %.2f %.2f l S Q" % (lw, x1, y1, x2, y2))


class Flow:
    def __init__(self):
        self.pages = [Page()]
        self.y = TOP - 22 * MM

    @property
    def p(self):
        return self.pages[-1]

    def need(self, h):
        if self.y - h < BOT:
            self.pages.append(Page())
            self.y = TOP - 6 * MM

    def para(self, text, font="Helvetica", size=10, leading=13, indent=0, first=0, justify=True, after=4, x0=LM, x1=RM):
        words = text.split()
        lines, cur = [], []
        avail_first = x1 - x0 - indent - first
        avail = x1 - x0 - indent
        for w in words:
            trial = " ".join(cur + [w])
            lim = avail_first if not lines else avail
            if cur and width(trial, font, size) > lim:
                lines.append(cur)
                cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            self.need(leading)
            self.y -= leading
            x = x0 + indent + (first if i == 0 else 0)
            lim = avail_first if i == 0 else avail
            s = " ".join(ln)
            gaps = 0
            if justify and i < len(lines) - 1 and len(ln) > 1:
                gaps = (lim - width(s, font, size)) / (len(ln) - 1)
            self.p.glyphs(x, self.y, s, font, size, gaps)
        self.y -= after

    def center(self, text, font="Helvetica-Bold", size=10.5, leading=16):
        self.need(leading)
        self.y -= leading
        self.p.glyphs((W - width(text, font, size)) / 2, self.y, text, font, size)
        self.y -= 3


def letterhead_stream():
    ops = []
    # crest
    ops.append("q 0.55 0.11 0.09 rg 51 773 m 87 773 l 87 747 l 87 735 77 730 69 727 c 61 730 51 735 51 747 c h f Q")
    ops.append("q 0.91 0.76 0.29 rg 56 761 8 -16 re f 65 761 8 -16 re f 74 761 8 -16 re f Q")
    ops.append("BT /F2 16 Tf 1 0 0 1 102 790 Tm (COMUNE DI ORIA) Tj ET")
    ops.append("BT /F1 9.5 Tf 1 0 0 1 102 776 Tm (Provincia di Brindisi) Tj ET")
    ops.append("BT /F1 7.5 Tf 1 0 0 1 102 765 Tm %s Tj ET" % lit(ADDRESS))
    ops.append("q 0.6 w %.2f 770 %.2f 20 re S Q" % (W - 48 * MM, 30 * MM))
    ops.append("BT /F2 9 Tf 2 Tc 1 0 0 1 %.2f 777 Tm (COPIA) Tj 0 Tc ET" % (W - 44 * MM))
    ops.append("q 1.2 w %.2f 745 m %.2f 745 l S Q" % (LM, RM))
    return "\n".join(ops)


def footer_stream():
    return "\n".join([
        "q 0.5 w %.2f 42 m %.2f 42 l S Q" % (LM, RM),
        "BT /F1 7.5 Tf 1 0 0 1 %.2f 32 Tm (Delib. C.C. n. 3 del 29/01/2027 - Comune di Oria) Tj ET" % LM,
    ])


def build():
    absent = {"PESARE Francesco", "ANDRIULO Annamaria", "CARLUCCI Francesca", "FRANCIOSO Gianluca"}
    fl = Flow()
    p = fl.p
    # header box
    y0 = fl.y
    p.rect(LM, y0 - 30, RM - LM, 30)
    p.line(LM, y0 - 17, RM, y0 - 17)
    p.line(LM + 112 * MM, y0, LM + 112 * MM, y0 - 17)
    p.line(LM + 137 * MM, y0, LM + 137 * MM, y0 - 17)
    p.glyphs(LM + 4, y0 - 12, "DELIBERAZIONE DEL CONSIGLIO COMUNALE", "Helvetica-Bold", 10.5)
    p.glyphs(LM + 112 * MM + 4, y0 - 12, "N. 3", "Helvetica-Bold", 10.5)
    p.glyphs(LM + 137 * MM + 4, y0 - 12, "del 29/01/2027", "Helvetica-Bold", 10.5)
    p.glyphs(LM + 4, y0 - 26, "Sessione ordinaria - Seduta pubblica di seconda convocazione", "Helvetica", 8.6)
    fl.y = y0 - 36
    # oggetto box
    subj = ("APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE DI CONTRIBUTI, SOVVENZIONI E VANTAGGI "
            "ECONOMICI AD ASSOCIAZIONI ED ENTI SENZA SCOPO DI LUCRO.")
    ytop = fl.y
    fl.p.glyphs(LM + 4, fl.y - 13, "Oggetto:", "Helvetica-Bold", 10)
    fl.para(subj, "Helvetica-Bold", 10, 13, x0=LM + 20 * MM, x1=RM - 4, after=0)
    fl.y -= 5
    p.rect(LM, fl.y, RM - LM, ytop - fl.y)
    fl.y -= 6
    fl.para("L'anno duemilaventisette, il giorno ventinove del mese di gennaio, alle ore 16:00, nella sala delle adunanze "
            "consiliari del Palazzo di Città, andata deserta per mancanza del numero legale la seduta di prima convocazione "
            "del 28/01/2027, si è riunito il Consiglio Comunale in seduta pubblica di seconda convocazione. "
            "All'appello nominale risultano:")
    # roll: one column, name / role / presente-assente
    for n, role, _ in COUNCIL:
        fl.need(12)
        fl.y -= 12
        fl.p.glyphs(LM + 14 * MM, fl.y, n, "Helvetica", 9.5)
        fl.p.glyphs(LM + 72 * MM, fl.y, role, "Helvetica", 9.5)
        fl.p.glyphs(LM + 110 * MM, fl.y, "Assente" if n in absent else "Presente", "Helvetica", 9.5)
    fl.y -= 6
    fl.para("Presenti n. 13 - Assenti n. 4 (Pesare, Andriulo, Carlucci, Francioso).", "Helvetica-Bold", 9.5)
    fl.para("Assenti il Presidente del Consiglio e il Vice Presidente, presiede la seduta il Consigliere anziano "
            "Giuseppe Urgese, ai sensi dell'art. 8 del Regolamento del Consiglio comunale. Partecipa il Vice Segretario "
            "Generale dott. Luigi Gioia, con funzioni di verbalizzazione.")
    fl.center("IL CONSIGLIO COMUNALE")
    for t in [
        "PREMESSO che l'art. 12 della Legge 7 agosto 1990, n. 241 subordina la concessione di sovvenzioni, contributi, "
        "sussidi ed ausili finanziari e l'attribuzione di vantaggi economici di qualunque genere a persone ed enti pubblici e "
        "privati alla predeterminazione dei criteri e delle modalità cui le amministrazioni devono attenersi;",
        "RILEVATO che il vigente regolamento comunale in materia, approvato con deliberazione consiliare n. 44 del "
        "30/09/1998, non risulta più adeguato alla disciplina del Codice del Terzo settore di cui al D.Lgs. 3 luglio 2017, "
        "n. 117, né agli obblighi di pubblicazione previsti dagli artt. 26 e 27 del D.Lgs. 14 marzo 2013, n. 33;",
        "VISTO lo schema di regolamento predisposto dal Settore Servizi alla Persona, Cultura e Sport, composto di n. 22 "
        "articoli, esaminato favorevolmente dalla II Commissione consiliare permanente nella seduta del 20/01/2027;",
        "VISTO il parere favorevole di regolarità tecnica espresso dal Responsabile del Settore Servizi alla Persona, "
        "Cultura e Sport e il parere favorevole di regolarità contabile espresso dal Responsabile del Settore "
        "Economico-Finanziario, ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
        "CON voti favorevoli n. 10, contrari nessuno, astenuti n. 3 (Ligorio, Passiante, Cannalire), resi per alzata di "
        "mano dai n. 13 consiglieri presenti;",
    ]:
        fl.para(t)
    fl.center("D E L I B E R A")
    for i, t in enumerate([
        "di approvare il Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici ad "
        "associazioni ed enti senza scopo di lucro, composto di n. 22 articoli, allegato al presente atto quale parte "
        "integrante e sostanziale;",
        "di abrogare, dalla data di entrata in vigore del nuovo Regolamento, il regolamento approvato con deliberazione "
        "consiliare n. 44 del 30/09/1998;",
        "di disporre la pubblicazione del Regolamento nella sezione \"Amministrazione trasparente - Disposizioni generali - "
        "Atti generali\" del sito istituzionale.",
    ], 1):
        fl.need(13)
        fl.p.glyphs(LM + 4, fl.y - 13, "%d." % i, "Helvetica", 10)
        fl.para(t, indent=6 * MM)
    fl.para("Successivamente, con separata votazione dal medesimo esito (presenti n. 13, favorevoli n. 10, astenuti n. 3), "
            "la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
            "D.Lgs. n. 267/2000.")
    # signatures, drawn before the body of the last page
    fl.need(70)
    ys = fl.y - 30
    last = fl.p
    last.string(LM, ys + 14, "Letto, confermato e sottoscritto.", target=last.mid)
    last.string(LM + 20 * MM, ys - 4, "IL PRESIDENTE", "Helvetica-Bold", 9.5, target=last.mid)
    last.string(LM + 20 * MM, ys - 17, "Giuseppe Urgese", "Helvetica", 9.5, target=last.mid)
    last.string(LM + 105 * MM, ys - 4, "IL VICE SEGRETARIO GENERALE", "Helvetica-Bold", 9.5, target=last.mid)
    last.string(LM + 105 * MM, ys - 17, "dott. Luigi Gioia", "Helvetica", 9.5, target=last.mid)
    fl.y = ys - 30
    return fl


def main():
    fl = build()
    pdf = pikepdf.new()
    fonts = Dictionary()
    for k, base in FONTS.items():
        fonts[Name("/" + k)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
                                                           Encoding=Name.WinAnsiEncoding))
    res = Dictionary(Font=fonts)

    def form(stream, bbox):
        return pdf.make_stream(stream.encode("latin-1"), Type=Name.XObject, Subtype=Name.Form,
                               BBox=Array(bbox), Resources=res)

    lh = form(letterhead_stream(), [0, 700, W, H])
    ft = form(footer_stream(), [0, 0, W, 60])
    npages = len(fl.pages)
    for i, pg in enumerate(fl.pages, 1):
        parts = ["q /Fx2 Do Q"]
        parts.append("BT /F1 7.5 Tf 1 0 0 1 %.2f 32 Tm (Pagina %d di %d) Tj ET" % (RM - 40, i, npages))
        parts += pg.mid
        if i == 1:
            # stamp up the left margin, drawn among the body
            half = len(pg.ops) // 2
            body = pg.ops[:half] + [
                "q 0.8 0 0 RG 0.8 w 14 300 m 14 640 l S Q",
                "q BT 0.8 0 0 rg /F2 8 Tf 0 1 -1 0 28 300 Tm (ALBO PRETORIO ON LINE - Pubblicata dal 02/02/2027 al 17/02/2027 - Reg. pubbl. n. 214) Tj ET Q",
            ] + pg.ops[half:]
        else:
            body = pg.ops
        parts += body
        parts += pg.post
        if i == 1:
            parts.append("q /Fx1 Do Q")
        content = pdf.make_stream("\n".join(parts).encode("latin-1"))
        page_res = Dictionary(Font=fonts, XObject=Dictionary(Fx1=lh, Fx2=ft))
        page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Contents=content, Resources=page_res)
        pdf.pages.append(pikepdf.Page(page))
    with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
        m["dc:title"] = "Deliberazione di Consiglio Comunale n. 3 del 29/01/2027"
    pdf.docinfo["/Title"] = "Deliberazione di Consiglio Comunale n. 3 del 29/01/2027"
    pdf.docinfo["/Creator"] = "Hypersic - Stampa verbali"
    pdf.docinfo["/Producer"] = "pikepdf %s (content streams written by hand)" % pikepdf.__version__
    pdf.save(OUT)


main()
