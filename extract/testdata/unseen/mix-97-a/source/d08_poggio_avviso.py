# Poggio Sannita, unnumbered AVVISO: python-docx (Word template with header/footer), exported by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11.5)
h = s.header.paragraphs[0]; h.text = "COMUNE DI POGGIO SANNITA\nProvincia di Isernia\nSettore Tecnico – Servizio Ambiente e Igiene Urbana"; h.alignment = A.CENTER
for r in h.runs: r.font.size = Pt(10); r.bold = True
f = s.footer.paragraphs[0]; f.text = "Piazza Municipio, 1 – 86086 Poggio Sannita (IS) – tel. 0865 77130 – www.comune.poggiosannita.is.it"; f.alignment = A.CENTER
for r in f.runs: r.font.size = Pt(8)
def P(t, b=False, al=A.JUSTIFY, z=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al
    if z: r.font.size = Pt(z)
    return p
P("A V V I S O", True, A.CENTER, 26)
P("RACCOLTA DIFFERENZIATA PORTA A PORTA: NUOVO CALENDARIO DEI CONFERIMENTI DAL 1° APRILE 2026", True, A.CENTER, 13)
P("Si informa la cittadinanza che, a seguito della rimodulazione del servizio concordata con il gestore, dal 1° aprile 2026 la raccolta dei rifiuti porta a porta nel centro abitato e nelle contrade seguirà il calendario riportato di seguito:")
for t in ["Lunedì – organico e indifferenziato;", "Mercoledì – plastica e metalli;", "Giovedì – organico;", "Venerdì – carta e cartone;", "Sabato – vetro (a settimane alterne)."]:
    d.add_paragraph(t, style="List Bullet")
P("I contenitori devono essere esposti davanti alla propria abitazione entro le ore 6:00 del giorno di raccolta e ritirati entro la sera. Gli ingombranti si ritirano su prenotazione telefonica all'Ufficio Tecnico il primo martedì del mese.")
P("Si ricorda che l'abbandono dei rifiuti è sanzionato ai sensi dell'art. 255 del D.Lgs. 152/2006 e del Regolamento comunale di igiene urbana.")
P("Poggio Sannita, 26 marzo 2026", al=A.LEFT)
P("Il Responsabile del Settore Tecnico\ngeom. Carmine Ciccorelli", al=A.RIGHT)
d.save(sys.argv[1])
