# Acquedolci, house style "halley", printed by fpdf2 (04, 05): the same model as the ReportLab
# prints, with the roll in prose, justified paragraphs and a running head carrying the number.
import sys, os
from fpdf import FPDF
from data import ACTS, dmy, DAYS_W

FD = "/usr/share/fonts/truetype/dejavu/"

def surname_first(r):
    return r["name"]

class P(FPDF):
    def __init__(self, a):
        super().__init__(format="A4", unit="mm")
        self.a = a
        self.add_font("S", "", FD + "DejaVuSerif.ttf")
        self.add_font("S", "B", FD + "DejaVuSerif-Bold.ttf")
        self.add_font("S", "I", FD + "DejaVuSerif-Italic.ttf")
        self.set_margins(22, 18, 20)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()
    def header(self):
        if self.page_no() == 1:
            self.set_draw_color(26, 64, 115); self.set_fill_color(217, 230, 245)
            self.rect(22, 14, 15, 19, "DF")
            self.set_xy(41, 14); self.set_font("S", "B", 16); self.set_char_spacing(2)
            self.cell(0, 8, "COMUNE DI ACQUEDOLCI", new_x="LMARGIN", new_y="NEXT")
            self.set_char_spacing(0)
            self.set_x(41); self.set_font("S", "", 9.5); self.cell(0, 5, "Città Metropolitana di Messina", new_x="LMARGIN", new_y="NEXT")
            self.set_x(41); self.set_font("S", "", 8); self.cell(0, 4, "Via Ammiraglio Rizzo, 1 – 98070 Acquedolci (ME) – C.F. 84004030832", new_x="LMARGIN", new_y="NEXT")
            self.line(22, 37, 190, 37); self.set_y(42)
        else:
            self.set_font("S", "I", 8)
            self.cell(0, 5, f"Comune di Acquedolci – Deliberazione del Consiglio Comunale n. {self.a['number']} del {dmy(self.a['date'])}", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
    def footer(self):
        self.set_y(-14); self.set_font("S", "", 7.5)
        self.cell(0, 5, f"Pag. {self.page_no()}/{{nb}}", align="C")

def render(a, out):
    pdf = P(a)
    pdf.set_creator("Halley Atti - modello CC_VERBALE.rtf"); pdf.set_title(f"DCC {a['number']}/2029")
    pdf.add_page()
    d = dmy(a["date"]); day = int(a["date"][8:])
    pdf.set_font("S", "B", 11.5); pdf.set_char_spacing(1.5)
    pdf.cell(0, 7, "COPIA DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0); pdf.ln(2)
    pdf.set_font("S", "B", 10.5)
    pdf.cell(50, 9, f"N. {a['number']}   del {d}", border=1)
    pdf.set_font("S", "", 9)
    pdf.cell(0, 9, f"Proposta n. {a['proposal_number']} – {a['proposing_office']}", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("S", "B", 10.5)
    pdf.multi_cell(0, 5.2, "OGGETTO: " + a["subject"], align="L"); pdf.ln(3)
    pdf.set_font("S", "", 10.5)
    def para(t, align="J"):
        pdf.multi_cell(0, 5.4, t, align=align); pdf.ln(1.8)
    para(f"L'anno duemilaventinove, il giorno {DAYS_W[day]} del mese di gennaio, alle ore {a['time']} e seguenti, nella sala delle adunanze consiliari del Palazzo municipale, convocato con avviso prot. n. {1104 + a['number'] * 5} del 18 gennaio 2029, si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione.")
    pres = [r for r in a["roll"] if r["present"]]
    abs_ = [r for r in a["roll"] if not r["present"]]
    def nm(r):
        s = r["name"]
        if r["role"].startswith("Presidente"): s += " (Presidente)"
        if r["note"]: s += f" ({r['note']})"
        return s
    para("All'appello nominale sono presenti i Consiglieri: " + ", ".join(nm(r) for r in pres) +
         f"; sono assenti: " + ", ".join(nm(r) for r in abs_) + ".")
    para(f"Presenti n. {len(pres)}, assenti n. {len(abs_)}, su n. 12 Consiglieri assegnati e in carica.")
    pr, sg = a["president"], a["secretary"]
    para(f"Assume la presidenza l'{pr['title']} {pr['name']}, {pr['role']}, il quale, riconosciuta la legalità dell'adunanza, dichiara aperta la seduta. Partecipa il {sg['role']} {sg['title']} {sg['name']}, incaricato della redazione del verbale. Sono presenti il Sindaco, dott. Nunzio Bonfiglio, e gli Assessori Foti e Mancuso.")
    pdf.set_font("S", "B", 11); pdf.set_char_spacing(3)
    pdf.cell(0, 8, "IL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_char_spacing(0)
    pdf.set_font("S", "", 10.5)
    para(a["premise"])
    para("Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 53 della legge 142/1990, come recepito dalla L.R. 48/1991; visto l'O.R.EE.LL. vigente nella Regione Siciliana;")
    c = a["counts"]
    if a["vote"] == "unanimous":
        para(f"Con voti unanimi favorevoli, resi per alzata di mano dai n. {c['present']} Consiglieri presenti,")
    else:
        para(f"Con voti favorevoli n. {c['in_favour']} e contrari n. {c['against']} (Consiglieri {', '.join(a['against_names'][:-1])} e {a['against_names'][-1]}), astenuti nessuno, resi per alzata di mano dai n. {c['present']} Consiglieri presenti e votanti,")
    pdf.set_font("S", "B", 11); pdf.set_char_spacing(3)
    pdf.cell(0, 8, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_char_spacing(0)
    pdf.set_font("S", "", 10.5)
    for p in a["points"]:
        pdf.set_x(26); pdf.cell(6, 5.4, "–")
        pdf.multi_cell(0, 5.4, p, align="J"); pdf.ln(1.2)
    pdf.ln(3)
    para("Letto, approvato e sottoscritto.", "L")
    y = pdf.get_y()
    if y > 250: pdf.add_page(); y = pdf.get_y()
    pdf.set_font("S", "B", 9.5)
    pdf.set_xy(22, y); pdf.cell(80, 5, f"IL {pr['role'].upper()}", align="C")
    pdf.set_xy(110, y); pdf.cell(80, 5, f"IL {sg['role'].upper()}", align="C")
    pdf.set_font("S", "", 9.5)
    pdf.set_xy(22, y + 5); pdf.cell(80, 5, f"F.to {pr['title']} {pr['name']}", align="C")
    pdf.set_xy(110, y + 5); pdf.cell(80, 5, f"F.to {sg['title']} {sg['name']}", align="C")
    pdf.set_xy(22, y + 14); pdf.set_font("S", "B", 9.5); pdf.cell(80, 5, "IL CONSIGLIERE ANZIANO", align="C")
    pdf.set_xy(22, y + 19); pdf.set_font("S", "", 9.5); pdf.cell(80, 5, "F.to Maria Lo Presti", align="C")
    pdf.output(out)

if __name__ == "__main__":
    for a in ACTS:
        if a["producer"] == "fpdf2":
            render(a, os.path.join(sys.argv[1], a["file"]))
