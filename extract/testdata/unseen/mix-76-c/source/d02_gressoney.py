# Comune di Gressoney-Saint-Jean (AO): avviso d'asta pubblica; Word template (python-docx), office in the running head; converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document(); s = d.sections[0]; s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.text = "COMMUNE DE GRESSONEY-SAINT-JEAN – COMUNE DI GRESSONEY-SAINT-JEAN\nRégion Autonome Vallée d'Aoste – Regione Autonoma Valle d'Aosta"; h.alignment = AL.CENTER
h2 = s.header.add_paragraph("Ufficio Tecnico – Servizio Patrimonio"); h2.alignment = AL.CENTER
f = s.footer.paragraphs[0]; f.text = "Loc. Villa Margherita 1 – 11025 Gressoney-Saint-Jean (AO) – protocollo@comune.gressoneysaintjean.ao.it"; f.alignment = AL.CENTER
def p(t, b=False, al=AL.JUSTIFY, sz=None):
    q = d.add_paragraph(); r = q.add_run(t); r.bold = b; q.alignment = al
    if sz: r.font.size = Pt(sz)
    return q
p("AVVISO D'ASTA PUBBLICA", True, AL.CENTER, 16)
p("PER L'ALIENAZIONE DELL'IMMOBILE COMUNALE DENOMINATO \"EX SCUOLA DI LOCALITÀ BIELTSCHUCKE\" – LOTTO UNICO", True, AL.CENTER, 12)
p("IL RESPONSABILE DEL SERVIZIO", True, AL.CENTER)
p("in esecuzione della deliberazione del Consiglio comunale n. 6 del 24 febbraio 2026 e della propria determinazione n. 58 del 9 marzo 2026,")
p("RENDE NOTO", True, AL.CENTER)
for t in ["1. Oggetto – È indetta asta pubblica, con il metodo delle offerte segrete in aumento rispetto al prezzo a base d'asta, per la vendita dell'immobile censito al foglio 12, mappale 344, sub. 2 del Catasto fabbricati.",
          "2. Prezzo a base d'asta – Euro 186.000,00 (centottantaseimila/00), oltre imposte di legge. Deposito cauzionale pari al 10% del prezzo a base d'asta.",
          "3. Termine – Le offerte dovranno pervenire all'Ufficio protocollo entro le ore 12.00 del giorno 20 aprile 2026. L'apertura delle buste avverrà in seduta pubblica il 21 aprile 2026 alle ore 10.00.",
          "4. Informazioni – Responsabile del procedimento: geom. Ivo Squindo, tel. 0125 355192."]:
    p(t)
p("Gressoney-Saint-Jean, li sedici marzo duemilaventisei", al=AL.LEFT)
p("IL RESPONSABILE DEL SERVIZIO\narch. Monica Welf", True, AL.RIGHT)
d.save(sys.argv[1])
