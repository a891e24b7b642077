# Avviso di accertamento esecutivo IMU with its own number: Word template (python-docx), exported by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.enum.table import WD_TABLE_ALIGNMENT
d = Document()
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(1.5); s.bottom_margin = Cm(1.5)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
h = s.header; hp = h.paragraphs[0]; hp.alignment = AL.CENTER
r = hp.add_run("COMUNE DI ZIMELLA"); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x1f, 0x3a, 0x68)
hp2 = h.add_paragraph(); hp2.alignment = AL.CENTER
hp2.add_run("Provincia di Verona – Piazza Guglielmo Marconi, 1 – 37040 Zimella (VR)\nArea Economico-Finanziaria – Ufficio Tributi").font.size = Pt(9)
fp = s.footer.paragraphs[0]; fp.alignment = AL.CENTER
fp.add_run("Ufficio Tributi: martedì e giovedì 9.00–12.30 – tel. 0442 490011 – tributi@comune.zimella.vr.it").font.size = Pt(8)
def para(t, b=False, al=AL.JUSTIFY, size=None, after=4):
    p = d.add_paragraph(); p.alignment = al; p.paragraph_format.space_after = Pt(after)
    r = p.add_run(t); r.bold = b
    if size: r.font.size = Pt(size)
    return p
t = d.add_table(rows=2, cols=3); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (a, b) in enumerate([("Atto n.", "318/2026"), ("Data di emissione", "09/04/2026"), ("Codice contribuente", "ZML-004127")]):
    t.cell(0, i).text = a; t.cell(1, i).text = b
    t.cell(0, i).paragraphs[0].runs[0].font.size = Pt(8); t.cell(1, i).paragraphs[0].runs[0].bold = True
para("", after=2)
para("AVVISO DI ACCERTAMENTO ESECUTIVO N. 318/2026", True, AL.CENTER, 13, 2)
para("IMPOSTA MUNICIPALE PROPRIA (IMU) – ANNO D'IMPOSTA 2021 – OMESSO VERSAMENTO", True, AL.CENTER, 11, 2)
para("(art. 1, commi 161 e 792, della Legge 27 dicembre 2006, n. 296 e Legge 27 dicembre 2019, n. 160)", False, AL.CENTER, 8.5, 10)
para("Destinatario: BERTOLDI FRANCO – C.F. BRTFNC******** – ultimo domicilio fiscale noto: via Santo Stefano, 41 – 37040 Zimella (VR). "
     "Notifica mediante deposito nella casa comunale e pubblicazione all'Albo Pretorio on line ai sensi dell'art. 60, comma 1, lett. e), del D.P.R. 600/1973, essendo il destinatario irreperibile.")
para("IL FUNZIONARIO RESPONSABILE DEL TRIBUTO", True, AL.CENTER, 10.5)
para("verificati i versamenti effettuati per l'anno 2021 e le risultanze catastali degli immobili posseduti dal contribuente, accerta l'omesso versamento dell'imposta dovuta come di seguito riepilogato:")
tb = d.add_table(rows=1, cols=4); tb.style = "Table Grid"
for i, hd in enumerate(["Voce", "Imposta", "Versato", "Dovuto"]):
    tb.cell(0, i).text = hd; tb.cell(0, i).paragraphs[0].runs[0].bold = True
for row in [("Imposta IMU 2021 (altri fabbricati e aree fabbricabili)", "1.284,00", "0,00", "1.284,00"),
            ("Sanzione per omesso versamento (30%)", "", "", "385,20"),
            ("Interessi legali", "", "", "47,83"),
            ("Spese di notifica", "", "", "5,88"),
            ("TOTALE DA VERSARE", "", "", "1.722,91")]:
    cs = tb.add_row().cells
    for i, v in enumerate(row):
        cs[i].text = v
        if i: cs[i].paragraphs[0].alignment = AL.RIGHT
para("", after=2)
para("Il presente atto costituisce titolo esecutivo decorso il termine utile per la proposizione del ricorso. Il pagamento deve essere effettuato entro 60 giorni dalla notifica mediante il modello F24 allegato (codice tributo 3918). "
     "Entro lo stesso termine il contribuente può proporre ricorso alla Corte di giustizia tributaria di primo grado di Verona ai sensi del D.Lgs. 546/1992, ovvero presentare istanza di accertamento con adesione.")
para("Zimella, 09/04/2026", after=10)
p = para("IL FUNZIONARIO RESPONSABILE DEL TRIBUTO\ndott.ssa Chiara Mastella\n(firma autografa sostituita a mezzo stampa ai sensi dell'art. 1, comma 87, L. 549/1995)", False, AL.RIGHT, 9.5)
d.core_properties.author = "Ufficio Tributi"
d.save(sys.argv[1])
