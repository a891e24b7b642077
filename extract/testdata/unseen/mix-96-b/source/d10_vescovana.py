# python-docx: Word template with Area/Servizio in the running head; converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = d.sections[0].header.paragraphs[0]; h.text = "COMUNE DI VESCOVANA – Provincia di Padova\nAREA AMMINISTRATIVA – Servizi Sociali"; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
d.sections[0].footer.paragraphs[0].text = "Piazza Vittorio Emanuele II – 35040 Vescovana (PD) – protocollo@comune.vescovana.pd.it"
def P(t, b=False, c=False):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if c: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
P("AVVISO PUBBLICO N. 3/2026", True, True)
P("Prot. n. 1984 del 19/03/2026", False, True)
P("CONTRIBUTI ECONOMICI PER IL PAGAMENTO DEI CANONI DI LOCAZIONE E DELLE UTENZE DOMESTICHE – ANNO 2026", True, True)
P("Il Responsabile dell'Area Amministrativa, in esecuzione della deliberazione della Giunta comunale n. 18 del 10/03/2026, rende noto che dal 23 marzo al 30 aprile 2026 i nuclei familiari residenti possono presentare domanda di contributo per il pagamento dei canoni di locazione e delle utenze domestiche.")
P("Requisiti: residenza nel Comune di Vescovana; attestazione ISEE ordinario non superiore a euro 15.000,00; titolarità di un contratto di locazione regolarmente registrato.")
P("Le domande, redatte sul modulo disponibile presso l'Ufficio Servizi Sociali e sul sito istituzionale, devono pervenire entro le ore 12:00 del 30 aprile 2026.")
P("Vescovana, 19/03/2026")
P("IL RESPONSABILE DELL'AREA AMMINISTRATIVA\ndott.ssa Giulia Boscolo")
d.save(sys.argv[1])
