import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
st = d.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(11)
sec = d.sections[0]
h = sec.header.paragraphs[0]; h.text = "COMUNE DI POGGIO SAN VICINO\nProvincia di Macerata"; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
f = sec.footer.paragraphs[0]; f.text = "Area Amministrativa – Ufficio Servizi Sociali – tel. 0733 615000 – comune.poggiosanvicino@pec.it"; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
def P(t, b=False, c=False, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    if c: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p
P("AREA AMMINISTRATIVA", b=True)
P("Ufficio Servizi Sociali")
P("A V V I S O", b=True, c=True, sz=16)
P("SOGGIORNI CLIMATICI PER ANZIANI – ESTATE 2026", b=True, c=True)
P("Si informa la cittadinanza che l'Amministrazione comunale organizza, anche per l'anno 2026, i soggiorni climatici marini riservati ai residenti che abbiano compiuto il sessantacinquesimo anno di età.")
P("Le domande, redatte sul modulo disponibile presso l'Ufficio Servizi Sociali e sul sito istituzionale, dovranno pervenire al protocollo comunale entro il giorno 30 aprile 2026.")
P("La quota di partecipazione a carico degli utenti sarà determinata in base all'attestazione ISEE in corso di validità.")
P("Per informazioni rivolgersi all'Ufficio Servizi Sociali il martedì e il giovedì dalle ore 9:00 alle ore 12:00.")
P("Poggio San Vicino, 25 marzo 2026")
p = P("IL RESPONSABILE DELL'AREA AMMINISTRATIVA\nrag. Franca Moretti"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.save(sys.argv[1])
