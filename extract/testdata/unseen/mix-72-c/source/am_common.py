# house style of the Unione dei Comuni Alta Marmilla (fpdf2, DejaVu TrueType embedded as CID/Identity-H),
# letterhead repeated as running head on every page, running foot with page count
from fpdf import FPDF
FD = "/usr/share/fonts/truetype/dejavu/"
class Doc(FPDF):
    foot = ""
    def header(self):
        self.set_font("DV", "B", 13); self.set_text_color(120, 40, 20)
        self.cell(0, 6, "UNIONE DEI COMUNI ALTA MARMILLA", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 7.5); self.set_text_color(0)
        self.cell(0, 4, "Provincia di Oristano – Sede legale: Piazza Europa 1, 09091 Ales (OR) – C.F. 90037120951", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 40, 20); self.set_line_width(0.6); self.line(15, self.get_y()+1, 195, self.get_y()+1); self.ln(5)
    def footer(self):
        self.set_y(-13); self.set_font("DV", "", 7.5)
        self.cell(0, 5, f"{self.foot} – Pag. {self.page_no()} di {{nb}}", align="C")
def new(foot):
    p = Doc(format="A4"); p.foot = foot; p.set_margins(15, 12, 15); p.set_auto_page_break(True, 18)
    p.add_font("DV", "", FD + "DejaVuSans.ttf"); p.add_font("DV", "B", FD + "DejaVuSans-Bold.ttf"); p.add_font("DV", "I", FD + "DejaVuSans-Oblique.ttf")
    p.add_page(); return p
def para(p, t, style="", size=9.5, align="J"):
    p.set_font("DV", style, size); p.multi_cell(0, 5, t, align=align, new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
