# AVVISO PUBBLICO N. 8/2026, Frisanco: python-docx (header with Area/Servizio and footer on every page) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.5)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11.5)
h = s.header.paragraphs[0]; h.alignment = A.CENTER
r = h.add_run("COMUNE DI FRISANCO\n"); r.bold = True; r.font.size = Pt(15)
r = h.add_run("Provincia di Pordenone\nArea Tecnica – Servizio Boschi e Usi Civici"); r.font.size = Pt(9.5)
f = s.footer.paragraphs[0]; f.alignment = A.CENTER; r = f.add_run("Piazza Municipio, 1 – 33080 Frisanco (PN) – tel. 0427 78061 – comune.frisanco@certgov.fvg.it"); r.font.size = Pt(8)
def P(t, b=False, al=A.JUSTIFY, sz=None):
    p = d.add_paragraph(); p.alignment = al; r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    return p
P("AVVISO PUBBLICO N. 8/2026", True, A.CENTER, 14)
P("ASSEGNAZIONE DEI LOTTI BOSCHIVI PER L'ESERCIZIO DELL'USO CIVICO DI LEGNATICO – STAGIONE SILVANA 2026/2027", True, A.CENTER)
P("Visto il Regolamento comunale per l'esercizio degli usi civici approvato con deliberazione del Consiglio comunale n. 21 del 29.7.2019; visto il piano di gestione forestale dei beni silvo-pastorali del Comune; vista la deliberazione della Giunta comunale n. 38 del 9.4.2026;")
P("SI RENDE NOTO", True, A.CENTER)
P("che i capifamiglia residenti nel Comune di Frisanco da almeno due anni, aventi diritto all'uso civico di legnatico, possono presentare domanda per l'assegnazione di un lotto di legna da ardere, da tagliare nelle particelle forestali n. 12 (Pala Barzana), n. 17 (Val Colvera) e n. 23 (Poffabro alta).")
for t in ["1. Ciascun nucleo familiare può ottenere un solo lotto, di quantità non superiore a 60 quintali.",
          "2. Il corrispettivo a titolo di rimborso delle spese di martellata e assegno è fissato in euro 3,50 al quintale.",
          "3. Il taglio deve essere eseguito entro il 31 marzo 2027, nel rispetto delle prescrizioni del Servizio forestale regionale; il materiale deve essere esboscato entro il 30 aprile 2027.",
          "4. È vietata la cessione a terzi della legna ottenuta, che deve essere destinata esclusivamente al fabbisogno familiare.",
          "5. Le domande eccedenti la disponibilità saranno soddisfatte secondo l'ordine di una graduatoria formata per sorteggio pubblico, che si terrà il 5 giugno 2026 alle ore 10:00 presso la sede municipale."]:
    P(t)
P("Modalità di presentazione", True, A.LEFT)
P("Le domande, redatte sul modulo disponibile presso l'Ufficio tecnico comunale e sul sito istituzionale, devono pervenire entro il 29 maggio 2026 all'Ufficio protocollo del Comune, a mano negli orari di apertura al pubblico, a mezzo posta o per posta elettronica certificata. Alla domanda va allegata copia di un documento di identità del richiedente.")
P("Trattamento dei dati personali", True, A.LEFT)
P("I dati forniti sono trattati esclusivamente per le finalità del presente avviso, ai sensi del Regolamento UE 2016/679. Titolare del trattamento è il Comune di Frisanco.")
for t in ["Il presente avviso è pubblicato all'Albo pretorio on line e affisso nelle frazioni di Frisanco, Poffabro e Casasola.",
          "Per ogni informazione è possibile rivolgersi all'Ufficio tecnico comunale nei giorni di martedì e giovedì dalle ore 9:00 alle ore 12:00."]:
    P(t)
P("Frisanco, 16 aprile 2026", al=A.LEFT)
P("Il Responsabile del Servizio\np.i. Renzo Beltrame", al=A.RIGHT)
d.save(sys.argv[1])
