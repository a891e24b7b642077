# Ambito Territoriale Sociale 21: numbered avviso pubblico, python-docx Word document (header/footer) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); s = d.sections[0]; s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(3.2)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h.add_run("AMBITO TERRITORIALE SOCIALE 21\n"); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x8b, 0x1a, 0x4a)
r = h.add_run("Ente capofila: Comune di San Benedetto del Tronto – Ufficio di Piano\nViale De Gasperi, 124 – 63074 San Benedetto del Tronto (AP)"); r.font.size = Pt(9)
f = s.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run("ATS 21 – Acquaviva Picena, Cupra Marittima, Grottammare, Massignano, Monsampolo del Tronto, Montefiore dell'Aso, Monteprandone, Ripatransone, San Benedetto del Tronto"); r.font.size = Pt(7.5)
def P(text, bold=False, align=None, size=None, after=6):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    p.alignment = align if align is not None else WD_ALIGN_PARAGRAPH.JUSTIFY; p.paragraph_format.space_after = Pt(after); return p
P("Prot. n. 27315 del 15/04/2026", align=WD_ALIGN_PARAGRAPH.RIGHT, size=10)
P("AVVISO PUBBLICO N. 3/2026", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, after=2)
P("AVVISO PUBBLICO PER LA CONCESSIONE DI ASSEGNI DI CURA A FAVORE DI ANZIANI NON AUTOSUFFICIENTI – ANNUALITÀ 2026", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
P("IL COORDINATORE DELL'AMBITO TERRITORIALE SOCIALE 21", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
P("In esecuzione della determinazione del Coordinatore n. 44 del 13/04/2026 e della D.G.R. Marche n. 318 del 9 marzo 2026, che ripartisce agli Ambiti le risorse del Fondo per le non autosufficienze,")
P("RENDE NOTO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
P("che dal 20 aprile 2026 al 29 maggio 2026 i cittadini residenti nei Comuni dell'Ambito possono presentare domanda per l'assegno di cura, contributo economico di euro 200,00 mensili destinato a sostenere le famiglie che assistono a domicilio una persona anziana non autosufficiente.")
P("1. Destinatari. Anziani di età pari o superiore a 65 anni, residenti in uno dei Comuni dell'Ambito, in possesso della certificazione di invalidità al 100 per cento con indennità di accompagnamento e di un ISEE socio-sanitario non superiore a euro 25.000,00.")
P("2. Modalità di presentazione. La domanda, redatta sul modello allegato, va presentata allo sportello dell'Ufficio Promozione Sociale del Comune di residenza oppure tramite PEC all'indirizzo ats21@pec.comunesbt.it.")
P("3. Graduatoria. L'Ufficio di Piano formerà una graduatoria unica d'Ambito in ordine crescente di ISEE; a parità di valore prevale la maggiore età del beneficiario.")
P("4. Informazioni. Responsabile del procedimento: dott.ssa Federica Capriotti, tel. 0735 794542.")
P("San Benedetto del Tronto, 15 aprile 2026", align=WD_ALIGN_PARAGRAPH.LEFT)
P("Il Coordinatore dell'ATS 21\ndott. Luigi Cesari", align=WD_ALIGN_PARAGRAPH.RIGHT)
d.core_properties.title = "Avviso pubblico n. 3/2026 – Assegni di cura"
d.save(sys.argv[1])
