# Comune di Fontanarosa: AVVISO PUBBLICO (python-docx Word template -> LibreOffice)
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.text = "COMUNE DI FONTANAROSA\nProvincia di Avellino\nArea Amministrativa – Servizi Sociali e Pubblica Istruzione"; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in h.runs: r.bold = True
f = s.footer.paragraphs[0]; f.text = "Piazza Municipio, 1 – 83040 Fontanarosa (AV) – protocollo@pec.comune.fontanarosa.av.it"; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
def P(t, b=False, al=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al
    if size: r.font.size = Pt(size)
    return p
P("Prot. n. 1988 del 18/03/2026", al=WD_ALIGN_PARAGRAPH.RIGHT)
P("AVVISO PUBBLICO", True, WD_ALIGN_PARAGRAPH.CENTER, 16)
P("CONTRIBUTI PER IL SOSTEGNO AL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNUALITÀ 2026", True, WD_ALIGN_PARAGRAPH.CENTER)
P("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", True, WD_ALIGN_PARAGRAPH.CENTER)
P("In esecuzione della deliberazione della Giunta Comunale n. 22 del 10/03/2026 e della propria determinazione n. 37 del 16/03/2026,")
P("RENDE NOTO", True, WD_ALIGN_PARAGRAPH.CENTER)
P("che dal 18 marzo 2026 al 17 aprile 2026 i cittadini residenti nel Comune di Fontanarosa, titolari di un contratto di locazione regolarmente registrato per un alloggio adibito ad abitazione principale, possono presentare domanda per ottenere un contributo a sostegno del pagamento del canone di locazione.")
for t in ["Requisiti: ISEE del nucleo familiare non superiore a euro 15.000,00; residenza anagrafica nell'alloggio per il quale si chiede il contributo.",
          "Modalità di presentazione: le domande, redatte sul modello disponibile sul sito istituzionale, vanno consegnate all'Ufficio Protocollo o trasmesse a mezzo PEC.",
          "Responsabile del procedimento: dott.ssa Lucia Pascale, tel. 0825 475002."]:
    d.add_paragraph(t, style="List Bullet")
P("Fontanarosa, 18/03/2026")
P("Il Responsabile dell'Area Amministrativa\ndott. Angelo Frasca", al=WD_ALIGN_PARAGRAPH.RIGHT)
d.save(sys.argv[1])
