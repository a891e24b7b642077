#!/usr/bin/env python3
"""San Cesareo, Giunta Comunale n. 2 del 11/01/2029: content streams written by
hand and saved with pikepdf (standard 14 Helvetica, WinAnsi, Tw justification,
crest as a path). Studio K-like model; president and secretary are named only in
the signatures at the end."""
import sys
import pikepdf
from pikepdf import Dictionary, Name, Array
from reportlab.pdfbase.pdfmetrics import stringWidth  # metrics only

out = sys.argv[1]
W, H = 595.28, 841.89
L, R = 56.0, W - 50.0
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


class Doc:
    def __init__(self):
        self.pages, self.ops, self.y = [], [], H - 50
        self.new_page()

    def new_page(self):
        if self.ops:
            self.pages.append(self.ops)
        self.ops = []
        self.y = H - 60 if self.pages else H - 50

    def text(self, x, y, s, f="F1", size=10, tw=0.0):
        self.ops.append(b"BT /%s %.1f Tf %.3f Tw %.2f %.2f Td (" % (f.encode(), size, tw, x, y) + esc(s) + b") Tj ET")

    def center(self, s, f="F2", size=10, lead=14, cx=None):
        self.need(lead)
        self.y -= lead
        w = stringWidth(s, FONTS[f], size)
        self.text((cx if cx else W / 2) - w / 2, self.y, s, f, size)

    def need(self, h):
        if self.y - h < 60:
            self.new_page()

    def para(self, s, f="F1", size=10, lead=13.2, indent=0.0, label=None, gap=3.5):
        width = R - L - indent
        words, lines, cur = s.split(), [], []
        for w in words:
            if cur and stringWidth(" ".join(cur + [w]), FONTS[f], size) > width:
                lines.append(cur); cur = [w]
            else:
                cur.append(w)
        lines.append(cur)
        for i, ws in enumerate(lines):
            self.need(lead)
            self.y -= lead
            if i == 0 and label:
                self.text(L, self.y, label, f, size)
            line = " ".join(ws)
            tw = 0.0
            if i < len(lines) - 1 and len(ws) > 1:
                tw = (width - stringWidth(line, FONTS[f], size)) / (len(ws) - 1)
            self.text(L + indent, self.y, line, f, size, tw)
        self.y -= gap

    def line(self, x1, y1, x2, y2, w=0.6):
        self.ops.append(b"%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x1, y1, x2, y2))

    def rect(self, x, y, w, h, lw=0.8):
        self.ops.append(b"%.2f w %.2f %.2f %.2f %.2f re S" % (lw, x, y, w, h))

    def finish(self, pdf):
        self.pages.append(self.ops)
        n = len(self.pages)
        fonts = Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                          Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()})
        for i, ops in enumerate(self.pages, 1):
            foot = b"BT /F1 7.5 Tf 0 Tw %.2f 30 Td (" % L + esc("Deliberazione G.C. n. 2 del 11/01/2029") + b") Tj ET"
            pg = b"BT /F1 7.5 Tf 0 Tw %.2f 30 Td (" % (R - 40) + esc("Pagina %d di %d" % (i, n)) + b") Tj ET"
            stream = b"\n".join(ops + [foot, pg]) + b"\n"
            page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                                           Resources=Dictionary(Font=fonts),
                                           Contents=pdf.make_stream(stream)))
            pdf.pages.append(page)


d = Doc()
# crest and letterhead
x0, y0 = L, H - 44
d.ops.append(b"1.6 w %.1f %.1f m %.1f %.1f l %.1f %.1f l %.1f %.1f %.1f %.1f %.1f %.1f c %.1f %.1f %.1f %.1f %.1f %.1f c h S" % (
    x0, y0, x0 + 36, y0, x0 + 36, y0 - 24, x0 + 36, y0 - 38, x0 + 22, y0 - 44, x0 + 18, y0 - 46,
    x0 + 14, y0 - 44, x0, y0 - 38, x0, y0 - 24))
d.ops.append(b"1.2 w %.1f %.1f m %.1f %.1f l %.1f %.1f l h S" % (x0 + 8, y0 - 32, x0 + 18, y0 - 10, x0 + 28, y0 - 32))
d.text(L + 48, H - 60, "COMUNE DI SAN CESAREO", "F2", 15)
d.text(L + 48, H - 74, "Città Metropolitana di Roma Capitale", "F1", 9)
d.text(L + 48, H - 85, "Via Corrado Alvaro, 1 – 00030 San Cesareo (RM)", "F1", 8)
d.y = H - 104
# estremi box
d.rect(L, d.y - 34, R - L, 34)
d.ops.append(b"0.88 g %.2f %.2f %.2f 17 re f 0 g" % (L + 0.4, d.y - 17, R - L - 0.8))
d.line(L, d.y - 17, R, d.y - 17, 0.5)
d.line(L + 90, d.y - 34, L + 90, d.y - 17, 0.5)
d.center("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "F2", 10, 12)
d.text(L + 6, d.y - 17, "N. 2", "F2", 10)
d.text(L + 96, d.y - 17, "Data 11/01/2029", "F1", 10)
d.y -= 34
d.para("OGGETTO: ASSEGNAZIONE PROVVISORIA DELLE RISORSE AI RESPONSABILI DI AREA NELLE MORE DELL'APPROVAZIONE DEL "
       "BILANCIO DI PREVISIONE 2029-2031 E DEL PIANO ESECUTIVO DI GESTIONE", "F2", 10, 13.5, gap=4)
d.line(L, d.y + 2, R, d.y + 2, 0.8)
d.y -= 6
d.para("L'anno duemilaventinove, il giorno undici del mese di gennaio, alle ore 12:00, nella Sede comunale, si è riunita "
       "la Giunta Comunale, convocata nelle forme di legge. Risultano:")
roll = [("PANELLA Alessandro", "Sindaco", "SI", ""), ("SCACCIA Federica", "Vice Sindaco", "SI", ""),
        ("FERRI Marco", "Assessore", "SI", ""), ("COLASANTI Giulia", "Assessore", "", "SI"),
        ("BERNARDINI Luca", "Assessore", "SI", ""), ("TOMEI Stefano", "Assessore", "SI", "")]
cols = [L + 40, L + 200, L + 310, L + 380]
d.y -= 14
for x, t in zip(cols, ("Nominativo", "Carica", "Presente", "Assente")):
    d.text(x, d.y, t, "F2", 9)
top = d.y + 11
for n, c, p, a in roll:
    d.y -= 13
    d.text(cols[0], d.y, n, "F1", 9.5)
    d.text(cols[1], d.y, c, "F1", 9.5)
    d.text(cols[2] + 12, d.y, p, "F1", 9.5)
    d.text(cols[3] + 12, d.y, a, "F1", 9.5)
d.rect(cols[0] - 6, d.y - 5, cols[3] + 56 - cols[0], top - d.y + 5, 0.5)
d.line(cols[0] - 6, top - 14, cols[3] + 50, top - 14, 0.4)
d.y -= 18
d.text(cols[2] - 40, d.y, "Presenti n. 5      Assenti n. 1", "F2", 9.5)
d.y -= 8
d.para("Il Presidente, constatato il numero legale, dichiara aperta la seduta ed invita la Giunta a deliberare "
       "sull'argomento in oggetto.")
d.center("LA GIUNTA COMUNALE", "F2", 10, 16)
d.y -= 2
for s in [
    "Premesso che il termine per la deliberazione del bilancio di previsione 2029-2031 è stato differito al 31 marzo "
    "2029 e che, pertanto, l'Ente si trova in esercizio provvisorio ai sensi dell'art. 163 del D.Lgs. 18 agosto 2000, "
    "n. 267;",
    "Considerato che, nelle more dell'approvazione del bilancio e del Piano esecutivo di gestione, occorre consentire "
    "ai Responsabili di Area la gestione della spesa entro i limiti dei dodicesimi degli stanziamenti dell'ultimo "
    "bilancio approvato, nonché delle spese non frazionabili e di quelle tassativamente regolate dalla legge;",
    "Vista la proposta di deliberazione n. 3 del 08/01/2029 dell'Area II - Economico-Finanziaria;",
    "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000 "
    "dal Responsabile dell'Area II - Economico-Finanziaria;",
    "Con voti unanimi favorevoli, resi nei modi di legge,",
]:
    d.para(s)
d.center("D E L I B E R A", "F2", 10, 16)
d.y -= 2
for i, s in enumerate([
    "di assegnare provvisoriamente ai Responsabili di Area, per l'esercizio 2029 e fino all'approvazione del Piano "
    "esecutivo di gestione 2029-2031, le risorse finanziarie corrispondenti agli stanziamenti del secondo esercizio "
    "del bilancio 2028-2030, nei limiti di cui all'art. 163 del D.Lgs. n. 267/2000;",
    "di confermare, per il medesimo periodo, gli obiettivi gestionali assegnati con il Piano esecutivo di gestione "
    "2028-2030, in quanto compatibili;",
    "di trasmettere il presente atto ai Responsabili di Area e all'Organo di revisione.",
], 1):
    d.para(s, indent=18, label="%d." % i)
d.para("Successivamente, la Giunta Comunale, con separata votazione unanime, dichiara il presente atto immediatamente "
       "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
d.y -= 6
d.need(110)
d.para("Letto, confermato e sottoscritto.")
d.y -= 8
d.center("IL PRESIDENTE", "F2", 9.5, 12, cx=L + 120)
d.y += 12
d.center("IL SEGRETARIO GENERALE REGGENTE", "F2", 9.5, 12, cx=R - 120)
d.center("f.to PANELLA Avv. Alessandro", "F1", 9.5, 13, cx=L + 120)
d.y += 13
d.center("f.to ORLANDI Dott. Massimo", "F1", 9.5, 13, cx=R - 120)
d.y -= 22
d.center("ATTESTATO DI PUBBLICAZIONE", "F2", 9, 12)
d.para("La presente deliberazione viene pubblicata all'Albo Pretorio on line per 15 giorni consecutivi a decorrere "
       "dal 12/01/2029 ed è trasmessa in elenco ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. n. 267/2000.",
       "F3", 8.5, 11)
pdf = pikepdf.new()
d.finish(pdf)
pdf.docinfo["/Title"] = "Deliberazione G.C. n. 2 del 11/01/2029"
pdf.docinfo["/Creator"] = "Studio K - SK Atti"
pdf.docinfo["/Producer"] = "SK Atti - modulo stampa verbali"
pdf.save(out)
