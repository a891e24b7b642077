# Ente di Gestione per i Parchi e la Biodiversità – Romagna: unnumbered AVVISO, a Word document
# (python-docx) with the body and service in the running head and address in the running foot,
# converted by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); s = d.sections[0]; s.top_margin = Cm(3); s.left_margin = s.right_margin = Cm(2.4)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h.add_run("ENTE DI GESTIONE PER I PARCHI E LA BIODIVERSITÀ – ROMAGNA\n"); r.bold = True; r.font.size = Pt(12)
r = h.add_run("Parco Regionale della Vena del Gesso Romagnola\nServizio Aree Protette e Fruizione"); r.font.size = Pt(9); r.italic = True
f = s.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run("Via Aldo Moro, 2 – 48025 Riolo Terme (RA) – parchiromagna@cert.provincia.ra.it"); r.font.size = Pt(8)
def P(t, bold=False, al=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=6):
    p = d.add_paragraph(); p.alignment = al; p.paragraph_format.space_after = Pt(after); r = p.add_run(t); r.bold = bold
    if size: r.font.size = Pt(size)
    return p
P("Riolo Terme, 20 marzo 2026", al=WD_ALIGN_PARAGRAPH.RIGHT)
P("A V V I S O", bold=True, al=WD_ALIGN_PARAGRAPH.CENTER, size=18, after=2)
P("CHIUSURA TEMPORANEA DEL SENTIERO CAI 511 \"CRESTA DELLA VENA DEL GESSO\" PER LAVORI DI MESSA IN SICUREZZA", bold=True, al=WD_ALIGN_PARAGRAPH.CENTER, size=12, after=14)
P("Si informano i visitatori che, per consentire i lavori di disgaggio e di posa delle reti paramassi sul versante di Monte Mauro, dal 30 marzo al 30 aprile 2026 il sentiero CAI 511 sarà chiuso nel tratto compreso tra Ca' Castellina e la Sella di Ca' Faggia.")
P("Durante la chiusura è consigliato il percorso alternativo lungo i sentieri CAI 513 e 515, segnalato in loco con apposita cartellonistica. L'accesso alla Grotta della Tanaccia resta consentito esclusivamente alle visite guidate autorizzate.")
P("Il transito nel tratto interdetto è vietato a chiunque non sia addetto ai lavori. Le violazioni sono sanzionate ai sensi della L.R. 6/2005 e del Regolamento del Parco.")
P("Per informazioni: Centro Visita Ca' Carné, tel. 0546 80628.")
p = P("Il Responsabile del Servizio Aree Protette e Fruizione\ndott. Massimiliano Costa", al=WD_ALIGN_PARAGRAPH.RIGHT)
d.save(sys.argv[1])
