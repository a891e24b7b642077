"""fpdf2 documents of Bedizzole's Sicraweb-like layout: n. 78 (running heads/foots with the
number) and n. 25 (the same model as a form whose blanks of underscores are filled over)."""
import sys
from fpdf import FPDF
from acts import ACTS, num_date
import common as C
OUT = sys.argv[1]

class P(FPDF):
    def __init__(self, a, form=False):
        super().__init__(format="A4"); self.a = a; self.form = form
        self.set_margins(20, 18, 20); self.set_auto_page_break(True, 22)
        self.set_creator("Sicraweb - Maggioli S.p.A."); self.set_title(f"Delibera {a['number']}")
    def org_short(self):
        return "Consiglio Comunale" if C.is_cons(self.a) else "Giunta Comunale"
    def header(self):
        if self.page_no() > 1:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, f"Comune di Bedizzole - Deliberazione di {self.org_short()} n. {self.a['number']} del {num_date(self.a['date'])}", align="C", new_x="LMARGIN", new_y="NEXT")
            self.line(20, self.get_y(), 190, self.get_y()); self.ln(4)
    def footer(self):
        self.set_y(-15); self.set_font("Helvetica", "", 7.5)
        self.cell(0, 5, f"Delibera {'C.C.' if C.is_cons(self.a) else 'G.C.'} n. {self.a['number']}/2028 - Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005" + f"   Pag. {self.page_no()}/{{nb}}", align="C")
    def blank(self, label, value, w, lw=None, bold=False):
        """label, then a blank of underscores with the value written over it"""
        self.set_font("Helvetica", "", 10)
        lw = lw or self.get_string_width(label) + 2
        x, y = self.get_x(), self.get_y()
        self.cell(lw, 6, label)
        bx = self.get_x()
        n = int(w / self.get_string_width("_"))
        self.cell(w, 6, "_" * n)
        self.set_xy(bx + 2, y - 0.6)
        self.set_font("Helvetica", "B" if bold else "", 10)
        self.cell(w - 2, 6, value)
        self.set_xy(bx + w, y)

def build(a):
    form = a["producer"] == "fpdf2-form"
    p = P(a, form); p.alias_nb_pages(); p.add_page()
    # letterhead: crest box left, name, number box right
    p.rect(20, 16, 16, 19); p.set_font("Times", "B", 9); p.set_xy(20, 23); p.cell(16, 5, "BS", align="C")
    p.set_xy(40, 16); p.set_font("Times", "B", 16); p.cell(90, 8, "COMUNE DI BEDIZZOLE", new_x="LMARGIN", new_y="NEXT")
    p.set_x(40); p.set_font("Times", "", 10); p.cell(90, 5, "Provincia di Brescia", new_x="LMARGIN", new_y="NEXT")
    p.set_x(40); p.set_font("Times", "", 8); p.cell(90, 4, "Piazza Vittorio Emanuele II, 1 - 25081 Bedizzole (BS)")
    if not form:
        p.rect(140, 16, 50, 19); p.set_xy(140, 17); p.set_font("Helvetica", "", 8); p.cell(50, 5, "Codice ente 10989", align="C")
        p.set_xy(140, 22); p.set_font("Helvetica", "B", 10); p.cell(50, 6, f"DELIBERAZIONE N. {a['number']}", align="C")
        p.set_xy(140, 28); p.set_font("Helvetica", "", 9); p.cell(50, 5, f"in data {num_date(a['date'])}", align="C")
    p.set_xy(20, 42)
    p.set_font("Helvetica", "B", 12)
    p.cell(0, 7, "VERBALE DI " + C.kind_title(a), align="C", new_x="LMARGIN", new_y="NEXT")
    if C.is_cons(a):
        p.set_font("Helvetica", "", 9); p.cell(0, 5, "Adunanza ordinaria di prima convocazione - seduta pubblica", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    if form:
        p.set_x(20); p.blank("Deliberazione n. ", str(a["number"]), 20, bold=True); p.blank("   in data ", num_date(a["date"]), 32, bold=True)
        p.blank("   ore ", a["time"], 18); p.ln(9)
    elif "proposal_number" in a:
        p.set_font("Helvetica", "I", 8.5); p.cell(0, 5, C.proposal_line(a), new_x="LMARGIN", new_y="NEXT"); p.ln(1)
    p.set_font("Helvetica", "B", 10); p.cell(22, 5.5, "OGGETTO:")
    p.multi_cell(0, 5.5, a["subject"], new_x="LMARGIN", new_y="NEXT"); p.ln(3)
    p.set_font("Helvetica", "", 10)
    p.multi_cell(0, 5.2, C.opening(a) + " " + C.assist(a), align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
    p.multi_cell(0, 5.2, "All'appello risultano:", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
    for i, r in enumerate(a["roll"], 1):
        p.set_x(28); p.set_font("Helvetica", "", 10)
        p.cell(9, 5.4, f"{i}.", align="R"); p.cell(3, 5.4, "")
        p.cell(58, 5.4, r["name"]); p.cell(55, 5.4, r["role"])
        st = "presente" if r["present"] else "assente"
        if form:
            p.blank("", st, 28); p.ln(5.4)
        else:
            p.cell(30, 5.4, st, new_x="LMARGIN", new_y="NEXT")
    np = sum(r["present"] for r in a["roll"])
    p.ln(2); p.set_x(28); p.cell(0, 5.4, f"Presenti n. {np}            Assenti n. {len(a['roll']) - np}", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
    p.multi_cell(0, 5.2, C.presides(a), align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
    p.set_font("Helvetica", "B", 10.5); p.cell(0, 6, ("IL " if C.is_cons(a) else "LA ") + a["organ"].upper(), align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
    p.set_font("Helvetica", "", 10)
    for t in C.premesse(a):
        p.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
    p.ln(2); p.set_font("Helvetica", "B", 10.5); p.cell(0, 6, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
    p.set_font("Helvetica", "", 10)
    for i, t in enumerate(a["points"], 1):
        p.set_x(20); p.cell(8, 5.2, f"{i}."); p.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
    p.ln(1); p.multi_cell(0, 5.2, C.ie_text(a), align="J", new_x="LMARGIN", new_y="NEXT")
    if p.get_y() > 235: p.add_page()
    p.ln(8); p.cell(0, 5, "Letto, approvato e sottoscritto.", new_x="LMARGIN", new_y="NEXT"); p.ln(5)
    (r1, n1), (r2, n2) = C.sig(a)
    y = p.get_y()
    for x, r, n in ((25, r1, n1), (115, r2, n2)):
        p.set_xy(x, y); p.set_font("Helvetica", "B", 10); p.cell(80, 5, r)
        if form:
            p.set_xy(x, y + 6); p.blank("", n, 70)
        else:
            p.set_xy(x, y + 6); p.set_font("Helvetica", "", 10); p.cell(80, 5, n)
    p.output(f"{OUT}/{a['file']}")

for a in ACTS:
    if a["producer"].startswith("fpdf2"): build(a)
