# Unione Montana Catria e Nerone - Assemblea deliberation, Word template -> LibreOffice PDF
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
s = d.sections[0]; s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(1.8)
st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(11)
hdr = s.header.paragraphs[0]; hdr.text = "Unione Montana Catria e Nerone – Deliberazione dell'Assemblea n. 6 del 24/02/2026"; hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hdr.runs[0].font.size = Pt(8)
ftr = s.footer.paragraphs[0]; ftr.text = "Via Alessandri n. 19 – 61043 Cagli (PU) – C.F. 91016720410 – PEC: unione.catrianerone@emarche.it"; ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER; ftr.runs[0].font.size = Pt(8)
def P(t, b=False, c=False, sz=None, i=False, just=False):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; r.italic = i
    if sz: r.font.size = Pt(sz)
    if c: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if just: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(4)
    return p
P("UNIONE MONTANA CATRIA E NERONE", b=True, c=True, sz=16)
P("Comuni di Acqualagna – Cagli – Cantiano – Frontone – Piobbico – Serra Sant'Abbondio", c=True, sz=9, i=True)
P("Provincia di Pesaro e Urbino", c=True, sz=9)
P("")
P("VERBALE DI DELIBERAZIONE DELL'ASSEMBLEA DELL'UNIONE", b=True, c=True, sz=13)
t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'
t.cell(0,0).text = "N. 6"; t.cell(0,1).text = "Data 24/02/2026"
P("")
p = P("OGGETTO: ", b=True); r = p.add_run("APPROVAZIONE DEL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) 2026/2028 E DEL BILANCIO DI PREVISIONE FINANZIARIO 2026/2028 DELL'UNIONE MONTANA."); r.bold = True
P("L'anno duemilaventisei, il giorno ventiquattro del mese di febbraio, alle ore 17:30, nella sala consiliare della sede dell'Unione in Cagli, a seguito di convocazione disposta dal Presidente con nota prot. n. 1184 del 16/02/2026, si è riunita l'Assemblea dell'Unione in sessione ordinaria, seduta pubblica di prima convocazione.", just=True)
P("All'appello risultano:", just=True)
rows = [("ALESSANDRI PIERO","Presidente",True),("GIOVANNELLI LUCIA","Componente",True),("BRACCIONI MARCO","Componente",True),("FERRI ANNALISA","Componente",False),("LUZI DAVIDE","Componente",True),("MARCHIONNI SERENA","Componente",True),("PAOLUCCI GIANLUCA","Componente",True),("ROSSETTI ELENA","Componente",False),("TOMASSONI FRANCO","Componente",True)]
t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
for i,h in enumerate(["Cognome e nome","Carica","Presente","Assente"]): t.cell(0,i).text = h; t.cell(0,i).paragraphs[0].runs[0].bold = True
for n,rl,pr in rows:
    c = t.add_row().cells; c[0].text = n; c[1].text = rl; c[2].text = "X" if pr else ""; c[3].text = "" if pr else "X"
t.autofit = False
for col,w in zip(t.columns,[7.5,5,2.5,2.5]): col.width = Cm(w)
for row in t.rows:
    for c,w in zip(row.cells,[7.5,5,2.5,2.5]): c.width = Cm(w)
P("Presenti n. 7 – Assenti n. 2", b=True)
P("Assume la presidenza il Presidente dell'Unione Piero Alessandri, il quale, constatato il numero legale, dichiara aperta la seduta. Partecipa con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione il Segretario dell'Unione Dott.ssa Marinella Sbrega.", just=True)
P("L'ASSEMBLEA DELL'UNIONE", b=True, c=True)
for t_ in ["PREMESSO che con deliberazione dell'Assemblea n. 21 del 30/12/2024 è stato approvato il bilancio di previsione 2025/2027;",
 "VISTO lo schema di Documento Unico di Programmazione 2026/2028 e lo schema di bilancio di previsione 2026/2028 approvati dalla Giunta dell'Unione con deliberazione n. 9 del 05/02/2026;",
 "VISTO il parere favorevole del Revisore dei conti, acquisito al prot. n. 1102 del 12/02/2026;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18/08/2000, n. 267;",
 "Con votazione espressa per alzata di mano che dà il seguente risultato: presenti n. 7, votanti n. 7, favorevoli n. 6, contrari n. 1 (Paolucci), astenuti n. 0;"]:
    P(t_, just=True)
P("DELIBERA", b=True, c=True)
for i,t_ in enumerate(["di approvare il Documento Unico di Programmazione (DUP) 2026/2028 nel testo allegato sub A) al presente atto;",
 "di approvare il bilancio di previsione finanziario 2026/2028 e i relativi allegati, nelle risultanze di cui all'allegato sub B);",
 "di dare atto che il bilancio rispetta gli equilibri di cui all'art. 162 del D.Lgs. n. 267/2000;",
 "di trasmettere i dati del bilancio alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni dall'approvazione."],1):
    P(f"{i}. {t_}", just=True)
P("Successivamente, con separata votazione che dà il medesimo risultato (favorevoli n. 6, contrari n. 1), la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", just=True)
P("")
t = d.add_table(rows=3, cols=2)
t.cell(0,0).text = "IL PRESIDENTE"; t.cell(0,1).text = "IL SEGRETARIO"
t.cell(1,0).text = "Piero Alessandri"; t.cell(1,1).text = "Dott.ssa Marinella Sbrega"
t.cell(2,0).text = "(firmato digitalmente)"; t.cell(2,1).text = "(firmato digitalmente)"
for c in t._cells: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
d.save("deliberazione-catrianerone-word.docx")
