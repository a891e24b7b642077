#!/usr/bin/env python3
"""Castello d'Argile: Allegato A to the Area Tecnica's determinazione approving
the final ranking of the orti urbani bando. fpdf2, core Helvetica; a running
head with the determinazione's number and a running foot "Pagina x di y" on
every page. House style "civilia" (letterhead on the first page only).
Usage: graduatoria_castellodargile_fpdf.py OUT.pdf"""
import sys, random
from fpdf import FPDF

out = sys.argv[1]
rnd = random.Random(12828)

SUR = ["Bonora", "Gamberini", "Tartari", "Malaguti", "Cocchi", "Bergonzoni", "Zanardi", "Fini", "Govoni", "Mazzoni",
       "Balboni", "Serra", "Rimondi", "Lambertini", "Pasquali", "Cavallini", "Golinelli", "Alvisi", "Venturi", "Guidetti",
       "Marchetti", "Bettini", "Nanni", "Tassinari", "Grandi", "Fabbri", "Landi", "Poggi", "Bassi", "Mattioli",
       "Tinti", "Querzoli", "Dondi", "Vecchi", "Sarti", "Zucchini", "Gualandi", "Pirani", "Ropa", "Fiorini"]
NAM = ["Giuseppe", "Maria", "Franco", "Luciana", "Giorgio", "Anna", "Paolo", "Rosanna", "Carlo", "Giovanna",
       "Mauro", "Loredana", "Roberto", "Gabriella", "Sergio", "Daniela", "Vittorio", "Silvana", "Claudio", "Marisa",
       "Enrico", "Patrizia", "Luca", "Elena", "Andrea", "Monica"]
rows = []
prots = rnd.sample(range(4290, 4990), 27)
for p in sorted(prots):
    pts = rnd.choice([0, 2, 3, 4, 5, 7, 7, 9, 3, 4, 2, 6])
    rows.append([p, "%s %s" % (rnd.choice(SUR).upper(), rnd.choice(NAM)), pts])
rows.append([4611, "ASSOCIAZIONE ANZIANI LA QUERCIA APS", 2])
rows.append([4702, "SCUOLA PRIMARIA \"G. RODARI\" - I.C. ARGELATO", 2])
rows[3][2] = -1  # excluded
rows[17][2] = -1
rows.sort(key=lambda r: (-r[2], r[0]))

class P(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Helvetica", "", 7.5)
            self.set_text_color(80, 80, 80)
            self.cell(0, 4, "COMUNE DI CASTELLO D'ARGILE - Area Tecnica - Allegato A) alla determinazione n. 112 del 24/04/2028",
                      align="L")
            self.ln(3)
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, self.get_y() + 1.5, self.w - self.r_margin, self.get_y() + 1.5)
            self.ln(6)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(0, 4, "Graduatoria definitiva orti urbani di Via San Benedetto - triennio 2028/2030", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "Pagina %d di {nb}" % self.page_no(), align="R")

pdf = P(format="A4")
pdf.set_creator("Civilia Next - Stampe")
pdf.set_title("Allegato A - graduatoria orti urbani")
pdf.set_margins(18, 14, 18)
pdf.set_auto_page_break(True, 20)
pdf.alias_nb_pages()
pdf.add_page()

# letterhead (crest drawn with lines)
pdf.set_draw_color(27, 79, 138); pdf.set_line_width(0.5)
pdf.rect(18, 14, 15, 12)
pdf.line(18, 26, 25.5, 32); pdf.line(33, 26, 25.5, 32)
pdf.set_draw_color(138, 27, 27); pdf.rect(22, 17, 7, 8)
pdf.set_xy(37, 13); pdf.set_font("Times", "B", 17); pdf.cell(0, 8, "COMUNE DI CASTELLO D'ARGILE")
pdf.set_xy(37, 21); pdf.set_font("Times", "I", 10); pdf.cell(0, 5, "Città Metropolitana di Bologna")
pdf.set_draw_color(27, 79, 138); pdf.set_line_width(0.4); pdf.line(37, 27, 192, 27)
pdf.set_xy(37, 28); pdf.set_font("Helvetica", "B", 9); pdf.set_text_color(27, 79, 138)
pdf.set_char_spacing(1.2); pdf.cell(0, 5, "AREA TECNICA"); pdf.set_char_spacing(0)
pdf.set_xy(37, 33); pdf.set_font("Helvetica", "", 8.5); pdf.cell(0, 4, "Servizio Patrimonio e Manutenzioni")
pdf.set_text_color(0, 0, 0)

pdf.set_xy(18, 44)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(0, 5, "ALLEGATO A)", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.cell(0, 5, "alla determinazione n. 112 del 24/04/2028", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Helvetica", "B", 12)
pdf.multi_cell(0, 6, "GRADUATORIA DEFINITIVA PER L'ASSEGNAZIONE IN CONCESSIONE DEGLI ORTI URBANI COMUNALI DI VIA SAN BENEDETTO - TRIENNIO 2028/2030",
               align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Helvetica", "", 9.5)
pdf.multi_cell(0, 5, "Bando n. 2/2028 del 05/04/2028. Domande pervenute entro il termine del 19/04/2028: n. %d. "
               "Punteggi attribuiti secondo l'art. 2 del bando; a parità di punteggio precede la domanda con il numero "
               "di protocollo più basso. I primi 18 classificati sono assegnatari; i successivi restano in graduatoria "
               "per eventuali subentri fino al 31/12/2030." % len(rows), align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

W = [14, 26, 78, 20, 36]
H = ["Pos.", "Prot. n.", "Richiedente", "Punti", "Esito"]
def head():
    pdf.set_font("Helvetica", "B", 9); pdf.set_fill_color(226, 234, 244)
    for w, h in zip(W, H):
        pdf.cell(w, 7, h, border=1, align="C", fill=True)
    pdf.ln()
head()
pdf.set_font("Helvetica", "", 9)
pos = 0
for prot, name, pts in rows:
    if pdf.get_y() > 297 - 28:
        pdf.add_page(); head(); pdf.set_font("Helvetica", "", 9)
    if pts < 0:
        vals = ["-", str(prot), name, "-", "non ammesso (art. 1)"]
    else:
        pos += 1
        vals = [str(pos), str(prot), name, str(pts), "assegnatario" if pos <= 18 else "in graduatoria"]
    for w, v, a in zip(W, vals, "CCLCL"):
        pdf.cell(w, 6.2, v, border=1, align=a)
    pdf.ln()

pdf.ln(8)
pdf.set_font("Helvetica", "", 9.5)
pdf.cell(0, 5, "Castello d'Argile, 24/04/2028", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_x(110); pdf.cell(80, 5, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.set_font("Helvetica", "B", 9.5); pdf.cell(80, 5, "ing. Davide Bonfiglioli", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.set_font("Helvetica", "", 7.5); pdf.cell(80, 4, "(firmato digitalmente)", align="C")
pdf.output(out)
