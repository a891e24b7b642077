# Consorzio di bonifica Dugali, Naviglio, Adda Serio: numbered BANDO (python-docx -> LibreOffice), header/footer in the template
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document(); s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.3)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
h = s.header.paragraphs[0]; h.text = "CONSORZIO DI BONIFICA DUGALI, NAVIGLIO, ADDA SERIO\nVia Ponchielli, 5 – 26100 Cremona – Area Amministrativa – Ufficio Gare e Contratti"; h.alignment = AL.CENTER
for r in h.runs: r.font.size = Pt(9); r.bold = True
f = s.footer.paragraphs[0]; f.text = "Bando n. 2/2026 – Ente di diritto pubblico economico – C.F. 93055510197"; f.alignment = AL.CENTER
for r in f.runs: r.font.size = Pt(8)
def P(t, b=False, al=AL.JUSTIFY, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al
    if sz: r.font.size = Pt(sz)
    return p
P("Prot. n. 1184 del 18 febbraio 2026", al=AL.RIGHT)
P("BANDO N. 2/2026", True, AL.CENTER, 15)
P("BANDO DI CONCORSO PUBBLICO PER ESAMI PER LA COPERTURA DI N. 2 POSTI DI OPERATORE DI MANUTENZIONE IDRAULICA – CATEGORIA OPERAI – A TEMPO PIENO E INDETERMINATO", True, AL.CENTER, 11.5)
P("IL DIRETTORE GENERALE", True, AL.CENTER)
P("in esecuzione della deliberazione del Consiglio di Amministrazione n. 14 del 29 gennaio 2026, con la quale è stato approvato il piano dei fabbisogni di personale 2026-2028,")
P("RENDE NOTO", True, AL.CENTER)
P("che è indetto un concorso pubblico per esami per la copertura di n. 2 posti di operatore di manutenzione idraulica, con rapporto di lavoro regolato dal CCNL per i dipendenti dei Consorzi di bonifica.")
P("Art. 1 – Requisiti di ammissione", True, AL.LEFT)
P("Possono partecipare i candidati in possesso del diploma di scuola secondaria di primo grado, della patente di guida di categoria C e dell'idoneità fisica alla mansione.")
P("Art. 2 – Domanda di partecipazione", True, AL.LEFT)
P("La domanda deve essere presentata esclusivamente tramite la piattaforma inPA entro le ore 12:00 del 20 marzo 2026. Non sono ammesse altre forme di presentazione.")
P("Art. 3 – Prove d'esame", True, AL.LEFT)
P("Le prove consistono in una prova pratica sull'uso di mezzi d'opera e sulla manutenzione di canali e manufatti idraulici e in una prova orale. Il calendario sarà pubblicato sul sito istituzionale del Consorzio.")
P("Art. 4 – Informazioni", True, AL.LEFT)
P("Responsabile del procedimento: rag. Matteo Ghisalberti, Ufficio Gare e Contratti, tel. 0372 22270, e-mail concorsi@dunas.it.")
P("Cremona, 18 febbraio 2026")
P("IL DIRETTORE GENERALE\nIng. Paolo Bertoletti\n(firmato digitalmente)", al=AL.RIGHT)
d.save(sys.argv[1])
