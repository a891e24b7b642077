# Consiglio comunale of Trequanda: Word document whose body is a two-column section (python-docx), printed by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
d = Document()
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(10)
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(1.8)
s.header.paragraphs[0].text = "Comune di Trequanda (SI) – Verbale del Consiglio Comunale"
s.footer.paragraphs[0].text = "Deliberazione C.C. N. 9/2026 – copia informatica per l'Albo Pretorio on line"
def P(t, b=False, al=AL.JUSTIFY, size=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al
    if size: r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(3); return p
P("COMUNE DI TREQUANDA", True, AL.CENTER, 16)
P("Provincia di Siena", False, AL.CENTER)
P("DELIBERAZIONE DEL CONSIGLIO COMUNALE", True, AL.CENTER, 12)
P("N. 9/2026 R.D. – Seduta del 16/04/2026", True, AL.CENTER)
P("Oggetto: Variazione al Bilancio di previsione 2026-2028 (art. 175 D.Lgs. 267/2000) e applicazione di quota dell'avanzo di amministrazione vincolato.", True)
# new section with two columns
ns = d.add_section(WD_SECTION.CONTINUOUS)
cols = ns._sectPr.xpath("./w:cols")
c = cols[0] if cols else OxmlElement("w:cols")
c.set(qn("w:num"), "2"); c.set(qn("w:space"), "567")
if not cols: ns._sectPr.append(c)
for t in [
 "L'anno duemilaventisei, il giorno sedici del mese di aprile, alle ore 21:00, nella Sala consiliare del Palazzo comunale, a seguito di regolare convocazione, si è riunito il Consiglio Comunale in seduta pubblica di prima convocazione.",
 "Presiede la seduta il Presidente del Consiglio Comunale sig. Lorenzo Mecacci, il quale, con l'assistenza del Vice Segretario Comunale dott. Fabio Del Ciondolo, procede all'appello.",
 "Risultano presenti: Roberta Landi, Sindaco; Lorenzo Mecacci, Presidente del Consiglio; Daniele Burresi, Consigliere; Chiara Franci, Consigliere; Michele Guerrini, Consigliere; Alessandra Pallini, Consigliere; Gianni Rosati, Consigliere; Tommaso Bianciardi, Consigliere; Federica Tistarelli, Consigliere.",
 "Risultano assenti: Marco Pagliai, Consigliere (giustificato); Irene Cappelli, Consigliere.",
 "Il Presidente, accertato il numero legale, dichiara aperta la seduta.",
 "IL CONSIGLIO COMUNALE",
 "Richiamata la deliberazione consiliare n. 31 del 23/12/2025, con la quale è stato approvato il Bilancio di previsione 2026-2028;",
 "Vista la richiesta del Responsabile dell'Area Tecnica di applicare la quota vincolata dell'avanzo derivante da trasferimenti regionali per la manutenzione della viabilità vicinale;",
 "Visto il parere favorevole del Revisore dei conti, verbale n. 6 del 10/04/2026;",
 "Acquisiti i pareri di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
 "Con voti favorevoli 7, contrari 2 (Bianciardi, Tistarelli), astenuti 0, resi per alzata di mano da 9 consiglieri presenti e votanti,",
 "DELIBERA",
 "1) di approvare la variazione al Bilancio di previsione 2026-2028 riportata nell'allegato prospetto, che forma parte integrante del presente atto;",
 "2) di applicare al bilancio la quota di euro 85.000,00 dell'avanzo di amministrazione vincolato;",
 "3) di dare atto del permanere degli equilibri di bilancio ai sensi dell'art. 193 del D.Lgs. 267/2000;",
 "4) di trasmettere il presente atto al Tesoriere comunale.",
 "Con successiva votazione, con voti favorevoli 7 e contrari 2 (Bianciardi, Tistarelli), il presente atto è dichiarato immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.",
 "Il Presidente del Consiglio – Lorenzo Mecacci",
 "Il Vice Segretario Comunale – dott. Fabio Del Ciondolo"]:
    P(t, t in ("IL CONSIGLIO COMUNALE", "DELIBERA"), AL.CENTER if t in ("IL CONSIGLIO COMUNALE", "DELIBERA") else AL.JUSTIFY)
d.save(sys.argv[1])
