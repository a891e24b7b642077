# Comune di Larciano: Word-style determinazione written with python-docx (converted by LibreOffice);
# register box prints the code "DD 245/2026" with two dates, adozione and esecutività.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(1.6)
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
def P(t, b=False, al=None, size=None, sp=4):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if size: r.font.size = Pt(size)
    if al == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if al == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if al == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(sp); return p
P("COMUNE DI LARCIANO", True, "c", 15, 0)
P("Provincia di Pistoia", False, "c", 9, 8)
hd = s.header.paragraphs[0]; hd.text = "Comune di Larciano – Dipartimento Risorse – Determinazioni dirigenziali"; hd.runs[0].font.size = Pt(7.5)
t = d.add_table(rows=3, cols=2); t.style = "Table Grid"
rows = [("Dipartimento", "DIPARTIMENTO RISORSE E SERVIZI INTERNI"), ("Settore", "Settore Economico-Finanziario"), ("Servizio", "Servizio Tributi e Entrate")]
for i, (a, b) in enumerate(rows):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
    t.cell(i, 0).paragraphs[0].runs[0].bold = True
    t.cell(i, 0).width = Cm(3.5); t.cell(i, 1).width = Cm(13)
P("", sp=2)
t2 = d.add_table(rows=2, cols=3); t2.style = "Table Grid"
for j, h in enumerate(["Registro", "Data adozione", "Data esecutività"]):
    t2.cell(0, j).text = h; t2.cell(0, j).paragraphs[0].runs[0].bold = True
for j, v in enumerate(["DD 245/2026", "27/05/2026", "29/05/2026"]):
    t2.cell(1, j).text = v
P("", sp=2)
P("Ufficio proponente: Servizio Tributi e Entrate – Responsabile del procedimento: rag. Silvia Pagliai", False, None, 9)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("AFFIDAMENTO DEL SERVIZIO DI SUPPORTO ALL'ATTIVITÀ DI ACCERTAMENTO DELL'IMPOSTA MUNICIPALE PROPRIA (IMU) PER LE ANNUALITÀ 2021-2023 – CIG B9A4C27E15 – IMPEGNO DI SPESA."); r.bold = True
P("IL RESPONSABILE DEL SETTORE", True, "c", 10.5)
for t in [
 "Visto il decreto sindacale n. 4 del 2 gennaio 2026, con il quale al sottoscritto sono state attribuite le funzioni di cui all'art. 107 del D.Lgs. 267/2000 per il Settore Economico-Finanziario;",
 "Richiamate la deliberazione del Consiglio comunale n. 9 del 26 febbraio 2026, di approvazione del bilancio di previsione 2026-2028, e la deliberazione della Giunta comunale n. 31 del 12 marzo 2026, di approvazione del PEG;",
 "Considerato che il Servizio Tributi non dispone di personale sufficiente per l'esame delle posizioni IMU relative alle annualità 2021-2023, per le quali si approssima il termine di decadenza;",
 "Visto l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, e acquisito sulla piattaforma START il preventivo della ditta Fiscalità Locale Toscana S.r.l., con sede in Pistoia, per euro 18.400,00 oltre IVA;",
 "Dato atto che il presente provvedimento diviene esecutivo con l'apposizione del visto di regolarità contabile attestante la copertura finanziaria;"]:
    P(t, al="j")
P("DETERMINA", True, "c", 10.5)
for i, t in enumerate([
 "di affidare alla ditta Fiscalità Locale Toscana S.r.l. il servizio di supporto all'attività di accertamento IMU per le annualità 2021-2023, per l'importo di euro 18.400,00 oltre IVA 22%, per complessivi euro 22.448,00;",
 "di impegnare la somma di euro 22.448,00 al capitolo 1040.03 \"Servizi di supporto alla gestione delle entrate\" del bilancio 2026-2028, esercizio 2026;",
 "di dare atto che il CIG attribuito alla procedura è B9A4C27E15 e che il contratto sarà stipulato mediante corrispondenza commerciale;",
 "di dare atto che il responsabile del procedimento è la rag. Silvia Pagliai;",
 "di pubblicare il presente atto all'Albo Pretorio on line per quindici giorni consecutivi."], 1):
    P(f"{i}) {t}", al="j")
P("Il Responsabile del Settore Economico-Finanziario", False, "r", 10, 0)
P("dott. Andrea Mariotti", True, "r", 10, 10)
P("VISTO DI REGOLARITÀ CONTABILE attestante la copertura finanziaria (art. 183, comma 7, D.Lgs. 267/2000): impegno n. 612/2026, apposto il 29/05/2026. Il Responsabile del Servizio Finanziario – dott. Andrea Mariotti", False, "j", 8.5)
d.save(sys.argv[1])
