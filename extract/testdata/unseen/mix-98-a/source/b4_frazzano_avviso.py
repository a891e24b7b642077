# Comune di Frazzanò (ME) - numbered AVVISO PUBBLICO; python-docx (Word document with header/footer), converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]; s.top_margin = Cm(3); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.alignment = A.CENTER
r = h.add_run("COMUNE DI FRAZZANÒ\n"); r.bold = True; r.font.size = Pt(14)
r = h.add_run("Città Metropolitana di Messina\nArea Amministrativa – Servizi Sociali e Pubblica Istruzione"); r.font.size = Pt(9)
f = s.footer.paragraphs[0]; f.alignment = A.CENTER
r = f.add_run("Piazza Vittorio Emanuele III, 1 – 98070 Frazzanò (ME) – tel. 0941 959022 – protocollo@pec.comune.frazzano.me.it"); r.font.size = Pt(8)
def P(t, b=False, al=A.JUSTIFY, sz=None, after=6):
    p = d.add_paragraph(); p.alignment = al; p.paragraph_format.space_after = Pt(after); r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    return p
P("Prot. n. 2417 del 16.4.2026", al=A.LEFT)
P("AVVISO PUBBLICO N. 3/2026", True, A.CENTER, 15, 2)
P("CONCESSIONE DI CONTRIBUTI PER IL TRASPORTO DEGLI STUDENTI PENDOLARI DELLE SCUOLE SECONDARIE DI SECONDO GRADO – ANNO SCOLASTICO 2025/2026", True, A.CENTER, 11.5, 12)
P("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", True, A.CENTER)
P("In esecuzione della deliberazione della Giunta Comunale n. 29 del 9.4.2026 e ai sensi della L.R. 26 maggio 1973, n. 24 e successive modifiche,")
P("RENDE NOTO", True, A.CENTER)
P("che gli studenti residenti nel Comune di Frazzanò che nell'anno scolastico 2025/2026 hanno frequentato istituti di istruzione secondaria di secondo grado statali o paritari con sede in altri Comuni possono presentare istanza per il rimborso delle spese di trasporto sostenute per l'abbonamento ai servizi pubblici di linea.")
P("Requisiti. Possono presentare istanza gli studenti, o i genitori se minorenni, residenti a Frazzanò alla data di pubblicazione del presente avviso, che non usufruiscano del servizio di trasporto scolastico comunale.")
P("Modalità e termini. L'istanza, redatta sul modello disponibile presso l'Ufficio Servizi Sociali e sul sito istituzionale, corredata degli abbonamenti mensili in originale e della certificazione di frequenza, deve pervenire all'Ufficio Protocollo entro le ore 12:00 del giorno 29 maggio 2026, a mano o a mezzo PEC.")
P("Il contributo è pari all'intero costo dell'abbonamento per gli studenti delle scuole non presenti nel territorio comunale, nei limiti delle somme trasferite dalla Regione Siciliana.")
P("Per informazioni: Ufficio Servizi Sociali, dal lunedì al venerdì, ore 9:00–12:00.")
P("Frazzanò, 16.4.2026", al=A.LEFT, after=14)
P("Il Responsabile dell'Area Amministrativa\ndott.ssa Lucia Crascì", al=A.RIGHT)
d.save(sys.argv[1])
