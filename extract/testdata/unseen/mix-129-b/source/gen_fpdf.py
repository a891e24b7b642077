# Grotteria: Halley-like printed form ("modulo") whose blanks of underscores are filled
# by overprinting the values, fpdf2 with core fonts.
import sys
from fpdf import FPDF
from data import DOCS, dmy
out = sys.argv[1]
for d in DOCS:
    if d["producer"] != "fpdf2": continue
    t, role, name = d["resp"]
    pdf = FPDF(format="A4"); pdf.set_creator("Halley Informatica - Modulistica"); pdf.set_title(f"Determinazione n. {d['number']}")
    pdf.set_auto_page_break(True, 22); pdf.set_margins(22, 18, 22)
    def footer():
        pdf.set_y(-16); pdf.set_font("Helvetica", "", 7)
        pdf.cell(0, 4, f"Determinazione Registro Generale n. {d['number']} del {dmy(d['date'])}    -    Pag. {pdf.page_no()}", align="C")
    pdf.footer = footer
    pdf.add_page()
    pdf.ellipse(22, 16, 16, 19); pdf.set_font("Helvetica", "", 5); pdf.text(25, 26, "STEMMA")
    pdf.set_xy(42, 16); pdf.set_font("Times", "B", 17); pdf.set_char_spacing(1.5); pdf.cell(0, 8, "COMUNE DI GROTTERIA"); pdf.set_char_spacing(0)
    pdf.set_xy(42, 24); pdf.set_font("Times", "I", 10); pdf.cell(0, 5, d["c"]["prov"])
    pdf.set_xy(42, 29); pdf.set_font("Helvetica", "", 7.5); pdf.cell(0, 4, "Via Cavour, 1 - 89043 Grotteria (RC) - Tel. 0964 58021 - PEC: protocollo.grotteria@asmepec.it")
    pdf.line(22, 37, 188, 37)
    pdf.set_y(42); pdf.set_font("Helvetica", "B", 12); pdf.cell(0, 7, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    # the printed blanks, then the values written over them
    rows = [("Settore", "____________________________________________", d["organ"].upper()),
            ("Servizio", "____________________________________________", d["office"]),
            ("Registro Generale N.", "________", str(d["number"])), ("del", "______________", dmy(d["date"])),
            ("Registro di Settore N.", "________", str(d["sector_number"])), ("del ", "______________", dmy(d["date"])),
            ("Proposta N.", "________", str(d["proposal_number"])), ("del  ", "______________", dmy(d["proposal_date"])),
            ("Ufficio proponente", "____________________________________________", d["proposing_office"])]
    pdf.set_font("Courier", "", 10)
    y = pdf.get_y()
    layout = [(0, 0, 40), (1, 0, 40), (2, 0, 48), (3, 1, 112), (4, 0, 48), (5, 1, 112), (6, 0, 48), (7, 1, 112), (8, 0, 48)]
    ln = 0
    for i, (lab, blank, val) in enumerate(rows):
        same = layout[i][1]
        if not same and i: ln += 1
        yy = y + ln * 8
        x = 22 if not same else 100
        pdf.set_font("Helvetica", "B", 9.5); pdf.text(x, yy + 5, lab.strip())
        bx = x + pdf.get_string_width(lab.strip()) + 3
        pdf.set_font("Courier", "", 10); pdf.text(bx, yy + 5.6, blank)
        pdf.set_font("Helvetica", "", 10); pdf.text(bx + 2, yy + 4.6, val)
    pdf.set_y(y + (ln + 1) * 8 + 4)
    pdf.set_font("Helvetica", "B", 10); pdf.cell(20, 5.5, "OGGETTO:")
    pdf.set_font("Helvetica", "B", 10); pdf.multi_cell(0, 5.5, d["subject"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Times", "B", 11); pdf.cell(0, 6, f"IL RESPONSABILE DEL {d['organ'].upper()}", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    pdf.set_font("Times", "", 11)
    for p in [f"PREMESSO che con decreto sindacale n. 4 del 10/01/2028 è stata conferita al sottoscritto la responsabilità del {d['organ']} e del {d['office']};",
              "VISTA la deliberazione del Consiglio Comunale n. 7 del 28/02/2028, di approvazione del bilancio di previsione 2028/2030;",
              "VISTO il D.Lgs. 31 marzo 2023, n. 36, e in particolare l'art. 50, comma 1, lettera b), sull'affidamento diretto delle forniture;",
              "ATTESTATA la regolarità e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;"]:
        pdf.multi_cell(0, 5.6, p, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
    pdf.ln(2); pdf.set_font("Times", "B", 12); pdf.cell(0, 6, "D E T E R M I N A", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    pdf.set_font("Times", "", 11)
    for i, p in enumerate(d["points"], 1):
        pdf.cell(8, 5.6, f"{i})"); pdf.multi_cell(0, 5.6, p, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    pdf.ln(10); pdf.set_x(100); pdf.set_font("Times", "B", 10.5); pdf.cell(88, 5, f"IL RESPONSABILE DEL {d['organ'].upper()}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(100); pdf.set_font("Times", "", 10.5); pdf.cell(88, 5, f"{t} {name}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(100); pdf.set_font("Times", "I", 8); pdf.cell(88, 5, "Firmato digitalmente ai sensi dell'art. 21 D.Lgs. 82/2005", align="C")
    pdf.output(f"{out}/{d['file']}"); print(d["file"])
