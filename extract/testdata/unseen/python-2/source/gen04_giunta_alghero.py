"""Giunta, Comune di Alghero: fpdf2 with embedded DejaVu, number and date in a ruled box,
subject in a two-cell box (label cell 'Oggetto'), attendance table with Presente SI/NO and a
Modalità column (one member remote), Sindaco absent so the Vice Sindaco presides, bulleted points."""
from fpdf import FPDF
from fpdf.fonts import FontFace
from common import out, DJ

class Doc(FPDF):
    def header(self):
        self.set_font("DJ", "B", 14)
        self.cell(0, 7, "COMUNE DI ALGHERO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DJ", "", 8.5)
        self.cell(0, 4.5, "Provincia di Sassari", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DJ", "I", 8.5)
        self.cell(0, 4.5, "Comune de l'Alguer", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
    def footer(self):
        self.set_y(-14); self.set_font("DJ", "", 7.5)
        self.cell(0, 5, "Pagina %d di {nb}" % self.page_no(), align="C")

pdf = Doc(format="A4")
pdf.add_font("DJ", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DJ", "B", DJ + "DejaVuSans-Bold.ttf")
pdf.add_font("DJ", "I", DJ + "DejaVuSans-Oblique.ttf")
pdf.set_margins(20, 14, 20); pdf.set_auto_page_break(True, 20); pdf.alias_nb_pages(); pdf.add_page()
W = pdf.epw
def para(t, size=9.5, style="", h=5):
    pdf.set_font("DJ", style, size); pdf.multi_cell(W, h, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
def center(t, size=11, style="B"):
    pdf.set_font("DJ", style, size); pdf.cell(W, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")

center("DELIBERAZIONE DELLA GIUNTA COMUNALE", 12)
pdf.ln(2)
pdf.set_font("DJ", "B", 10)
pdf.cell(W/2, 8, "Deliberazione N. 233", border=1, align="C")
pdf.cell(W/2, 8, "Data 05-08-2025", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
# boxed subject: label cell + text cell
y0 = pdf.get_y(); x0 = pdf.l_margin
pdf.set_xy(x0 + 24, y0 + 2); pdf.set_font("DJ", "B", 9.5)
pdf.multi_cell(W - 26, 5, "Approvazione dello schema di convenzione con la Compagnia Barracellare di Alghero "
               "per il servizio di vigilanza antincendio nelle aree periurbane – Stagione 2025.",
               new_x="LMARGIN", new_y="NEXT")
y1 = pdf.get_y() + 2
pdf.rect(x0, y0, W, y1 - y0); pdf.line(x0 + 22, y0, x0 + 22, y1)
pdf.set_xy(x0, y0 + 2); pdf.set_font("DJ", "B", 9.5); pdf.cell(22, 5, "Oggetto", align="C")
pdf.set_y(y1 + 4)
para("L'anno duemilaventicinque, il giorno cinque del mese di agosto, alle ore 10.15, nella sala delle adunanze "
     "del Palazzo Civico, convocata con appositi avvisi, si è riunita la Giunta Comunale in seduta ordinaria, "
     "anche in modalità telematica ai sensi del vigente regolamento, con la presenza dei Sigg.ri:")
rows = [("SECHI ANTONELLO", "Sindaco", "NO", ""), ("MURA FRANCESCA", "Vice Sindaco", "SI", "in presenza"),
        ("PIRAS GIOVANNI MARIA", "Assessore", "SI", "in presenza"), ("CARTA ELISABETTA", "Assessora", "SI", "in presenza"),
        ("DELOGU SALVATORE", "Assessore", "SI", "da remoto"), ("FADDA ROBERTA", "Assessora", "SI", "in presenza"),
        ("SANNA PIETRO", "Assessore", "NO", ""), ("TOLU MARIANGELA", "Assessora", "SI", "in presenza")]
pdf.set_font("DJ", "", 9)
with pdf.table(col_widths=(60, 35, 22, 35), text_align=("LEFT", "LEFT", "CENTER", "CENTER"),
               headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)), line_height=5.5) as tb:
    r = tb.row()
    for h in ("Componenti", "Carica", "Presente", "Modalità"):
        r.cell(h)
    for row in rows:
        r = tb.row()
        for v in row:
            r.cell(v)
pdf.ln(2)
para("Presenti: 6          Assenti: 2", style="B")
para("Presiede la seduta il Vice Sindaco Francesca Mura, in assenza del Sindaco, con l'assistenza del Segretario "
     "Generale Dott.ssa Maria Antonietta Porcu, che cura la redazione del presente verbale.")
para("Il Presidente, accertata la sussistenza del numero legale, dichiara aperta la seduta.")
center("LA GIUNTA COMUNALE")
for p in [
    "Premesso che la legge regionale 15 luglio 1988, n. 25, disciplina l'organizzazione e il funzionamento delle "
    "Compagnie Barracellari, affidando loro, tra l'altro, compiti di prevenzione e repressione degli incendi "
    "nelle campagne e di tutela del patrimonio rurale;",
    "Vista la nota della Compagnia Barracellare di Alghero, prot. n. 61127 del 14/07/2025, con la quale si "
    "manifesta la disponibilità ad assicurare, nel periodo dal 15 agosto al 15 ottobre 2025, un servizio di "
    "pattugliamento giornaliero delle aree periurbane di Maria Pia, Fertilia e località Arenosu;",
    "Ritenuto di dover garantire la massima tutela del territorio nel periodo di maggiore rischio di incendi, "
    "come individuato dalle prescrizioni regionali antincendio 2025-2027;",
    "Visto lo schema di convenzione predisposto dal Settore Ambiente e Protezione Civile, che prevede un rimborso "
    "forfettario delle spese sostenute pari a € 24.000,00;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile di cui all'art. 49 del D.Lgs. n. 267/2000;",
    "A voti unanimi espressi nelle forme di legge,"]:
    para(p)
center("DELIBERA")
for p in [
    "di approvare lo schema di convenzione con la Compagnia Barracellare di Alghero per il servizio di vigilanza "
    "antincendio nelle aree periurbane per la stagione 2025, allegato al presente atto per farne parte integrante;",
    "di autorizzare il Dirigente del Settore Ambiente e Protezione Civile alla sottoscrizione della convenzione;",
    "di dare atto che la spesa di € 24.000,00 trova copertura sul capitolo 1215 del bilancio 2025;",
    "di trasmettere copia del presente atto al Corpo Forestale e di Vigilanza Ambientale – Servizio Territoriale "
    "di Sassari."]:
    pdf.set_font("DJ", "", 9.5); pdf.cell(7, 5, "•")
    pdf.multi_cell(W - 7, 5, p, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
para("Con successiva e separata votazione unanime, la Giunta Comunale dichiara il presente atto immediatamente "
     "esecutivo, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, data l'imminenza del periodo di "
     "massima pericolosità.")
pdf.ln(6)
pdf.set_font("DJ", "", 9.5)
pdf.cell(W/2, 5, "Il Vice Sindaco", align="C"); pdf.cell(W/2, 5, "Il Segretario Generale", align="C",
                                                       new_x="LMARGIN", new_y="NEXT")
pdf.cell(W/2, 5, "Francesca Mura", align="C"); pdf.cell(W/2, 5, "Dott.ssa Maria Antonietta Porcu", align="C",
                                                      new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DJ", "I", 7)
pdf.cell(W, 5, "Documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005", align="C")
pdf.output(out("giunta-alghero-boxed.pdf"))
