# Consiglio comunale of Montemesola: fpdf2, roll in two side-by-side columns with P/A marks, running head on each page
import sys
from fpdf import FPDF
class D(FPDF):
    def header(self):
        self.set_font("LS", "B", 8); self.cell(0, 5, "COMUNE DI MONTEMESOLA (TA) – Deliberazione del Consiglio Comunale n. 4/2026", align="R", new_x="LMARGIN", new_y="NEXT"); self.ln(2)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 8); self.cell(0, 5, f"Pag. {self.page_no()} di {{nb}}", align="C")
p = D(); F = "/usr/share/fonts/truetype/liberation/"
p.add_font("LS", "", F + "LiberationSans-Regular.ttf"); p.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
p.set_margins(20, 15, 20); p.add_page(); p.set_font("LS", "B", 15)
p.cell(0, 8, "COMUNE DI MONTEMESOLA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 10); p.cell(0, 5, "Provincia di Taranto", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("LS", "B", 11); p.cell(0, 6, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 10); p.cell(0, 6, "N. 4 del 24 febbraio 2026", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
def para(t, b=False): p.set_font("LS", "B" if b else "", 10); p.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
para("OGGETTO: Approvazione del Regolamento per la disciplina del canone unico patrimoniale di concessione, autorizzazione o esposizione pubblicitaria. Modifiche.", True)
para("L'anno duemilaventisei, addì ventiquattro del mese di febbraio, alle ore 19:00, nella sala consiliare “Aldo Moro”, in seduta pubblica di prima convocazione, si è riunito il Consiglio Comunale. All'appello risultano (P = presente, A = assente):")
left = [("1", "Fornaro Ignazio", "Sindaco", "P"), ("2", "Caforio Antonella", "Consigliere", "P"), ("3", "Lenti Daniele", "Consigliere", "P"),
        ("4", "Tagliente Serena", "Consigliere", "A"), ("5", "D'Amato Vito", "Consigliere", "P"), ("6", "Galeone Pamela", "Consigliere", "P")]
right = [("7", "Scarano Cosimo", "Consigliere", "P"), ("8", "Ruggieri Teresa", "Consigliere", "P"), ("9", "Annicchiarico Luca", "Consigliere", "A"),
         ("10", "Mastrangelo Pietro", "Consigliere", "P"), ("11", "Vinci Giovanna", "Consigliere", "P")]
x0 = p.l_margin; cw = (p.w - 40) / 2; y0 = p.get_y(); p.set_font("LS", "", 9.5)
for col, rows in ((0, left), (1, right)):
    p.set_xy(x0 + col * cw, y0)
    for n, nm, q, m in rows:
        p.set_x(x0 + col * cw); p.cell(7, 5.5, n); p.cell(43, 5.5, nm); p.cell(25, 5.5, q); p.cell(8, 5.5, m, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
p.set_y(y0 + 6 * 5.5 + 3)
para("Consiglieri assegnati n. 11 – presenti n. 9 – assenti n. 2.")
para("Presiede il Sindaco dott. Ignazio Fornaro. Partecipa con funzioni consultive, referenti e di assistenza il Segretario Comunale dott.ssa Maria Rosaria Lupo.")
p.set_font("LS", "B", 10); p.cell(0, 6, "IL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
para("PREMESSO che con deliberazione consiliare n. 11 del 29.03.2021 è stato approvato il Regolamento per la disciplina del canone unico patrimoniale di cui all'art. 1, commi 816 e seguenti, della Legge 160/2019; RITENUTO necessario aggiornarne gli articoli 12, 18 e 27 per adeguarli alle nuove esigenze dei mercati settimanali e delle occupazioni temporanee; VISTI i pareri favorevoli resi ai sensi dell'art. 49 del TUEL e il parere dell'Organo di revisione; UDITI gli interventi riportati nel resoconto di seduta;")
para("Con voti favorevoli n. 7, contrari n. 2 (Scarano, Vinci), astenuti nessuno, resi in forma palese dai 9 consiglieri presenti e votanti,")
p.set_font("LS", "B", 10); p.cell(0, 6, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT")
for i, s in enumerate(["di approvare le modifiche agli articoli 12, 18 e 27 del Regolamento per la disciplina del canone unico patrimoniale, nel testo allegato sub A);",
                       "di dare atto che le modifiche hanno effetto dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della Legge 388/2000;",
                       "di pubblicare il Regolamento nella sezione Amministrazione Trasparente del sito istituzionale."], 1):
    para(f"{i}. {s}")
para("Il Consiglio Comunale, con separata votazione, voti favorevoli n. 7 e contrari n. 2, dichiara la presente immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
p.add_page()
para("Letto, approvato e sottoscritto.")
p.ln(6); y = p.get_y()
p.set_xy(20, y); p.multi_cell(80, 5, "IL PRESIDENTE\nIl Sindaco dott. Ignazio Fornaro", align="C")
p.set_xy(110, y); p.multi_cell(80, 5, "IL SEGRETARIO COMUNALE\ndott.ssa Maria Rosaria Lupo", align="C")
p.ln(10); para("CERTIFICATO DI PUBBLICAZIONE", True)
para("Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line per quindici giorni consecutivi dal 3 marzo 2026. Il Messo comunale Antonio Greco.")
p.set_creator("Halley PDF"); p.output(sys.argv[1])
