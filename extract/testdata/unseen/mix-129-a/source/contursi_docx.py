# Comune di Contursi Terme, "Cityware" house style: Consiglio Comunale minute typed as .docx (exported by LibreOffice)
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document()
sec = d.sections[0]; sec.page_height = Mm(297); sec.page_width = Mm(210)
sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(15); sec.bottom_margin = Mm(18)
st = d.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(4)
hp = sec.header.paragraphs[0]; hp.text = 'COMUNE DI CONTURSI TERME - Deliberazione di Consiglio Comunale n. 14 del 18/05/2028'
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]; fp.text = 'Piazza Garibaldi - 84024 Contursi Terme (SA) - protocollo@pec.comune.contursiterme.sa.it'
fp.alignment = A.CENTER; fp.runs[0].font.size = Pt(8)
def P(t, b=False, al=A.JUSTIFY, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al
    if sz: r.font.size = Pt(sz)
    return p
P('COMUNE DI CONTURSI TERME', True, A.CENTER, 16)
P('PROVINCIA DI SALERNO', False, A.CENTER, 10)
P('COPIA DI DELIBERAZIONE DEL CONSIGLIO COMUNALE', True, A.CENTER, 12)
t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'
t.cell(0,0).text = 'N. 14'; t.cell(0,1).text = 'del 18/05/2028'
P('')
P('OGGETTO: APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L\'ESERCIZIO FINANZIARIO 2027.', True)
P("L'anno duemilaventotto il giorno diciotto del mese di maggio alle ore 18:30, nella sala consiliare del Comune, "
  "a seguito di avviso di convocazione notificato a norma di legge, si è riunito il Consiglio Comunale in sessione "
  "ordinaria, seduta pubblica di prima convocazione. All'appello risultano:")
roll = [('1','CUOZZO Antonio','Sindaco','P'),('2','VISCONTI Gerardo','Consigliere','P'),('3','D\'AMBROSIO Teresa','Consigliere','P'),
        ('4','MACCHIA Rocco','Consigliere','P'),('5','PECORARO Alfonso','Consigliere','A'),('6','RUGGIERO Maria Grazia','Consigliere','P'),
        ('7','SPERA Vito','Consigliere','P'),('8','TROTTA Angela','Consigliere','P'),('9','ALBANESE Donato','Consigliere','P'),
        ('10','GALLO Carmine','Consigliere','A'),('11','NIGRO Filomena','Consigliere','P')]
t = d.add_table(rows=7, cols=8); t.style = 'Table Grid'
for j, h in enumerate(['N.','Componente','Carica','P/A']*2): t.cell(0,j).text = h
for i, row in enumerate(roll):
    r = 1 + (i % 6); c = 0 if i < 6 else 4
    for k, v in enumerate(row): t.cell(r, c+k).text = v
t.autofit = False
for j, col in enumerate(t.columns): col.width = Mm([7, 46, 22, 11][j % 4])
for row in t.rows:
    for j, cell in enumerate(row.cells):
        cell.width = Mm([7, 46, 22, 11][j % 4])
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in p.runs: r.font.size = Pt(9.5)
P('Presenti n. 9 - Assenti n. 2')
P("Assume la presidenza il Presidente del Consiglio Comunale sig. Gerardo Visconti. Partecipa con funzioni consultive, "
  "referenti e di assistenza e ne cura la verbalizzazione il Segretario Comunale dott. Raffaele Iannone. Il Presidente, "
  "constatato il numero legale, dichiara aperta la seduta.")
P('IL CONSIGLIO COMUNALE', True, A.CENTER)
for s in ["Premesso che l'art. 227 del D.Lgs. 267/2000 prevede che la dimostrazione dei risultati di gestione avvenga mediante il rendiconto, il quale comprende il conto del bilancio, il conto economico e lo stato patrimoniale;",
          "Vista la deliberazione della Giunta Comunale n. 38 del 10/04/2028 con la quale è stato approvato lo schema di rendiconto per l'esercizio 2027 e la relazione illustrativa;",
          "Vista la relazione dell'Organo di revisione economico-finanziaria, acquisita al protocollo n. 2954 del 24/04/2028;",
          "Udita la relazione dell'Assessore al Bilancio e gli interventi dei consiglieri, riportati nel resoconto della seduta;",
          "Acquisiti i pareri favorevoli di regolarità tecnica e contabile del Responsabile dell'Area Economico-Finanziaria;",
          "Con voti favorevoli n. 7, contrari n. 2 (Albanese, Nigro), astenuti n. 0, su n. 9 consiglieri presenti e votanti, espressi per alzata di mano;"]:
    P(s)
P('DELIBERA', True, A.CENTER)
for i, s in enumerate(["di approvare il rendiconto della gestione per l'esercizio finanziario 2027, composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale, che si allegano al presente atto quale parte integrante;",
          "di dare atto che il risultato di amministrazione al 31/12/2027 ammonta ad euro 1.284.617,33, come da prospetto dimostrativo allegato;",
          "di trasmettere il rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) nei termini di legge."], 1):
    P('%d. %s' % (i, s))
P("Successivamente, con voti favorevoli n. 7, contrari n. 2, astenuti n. 0, il Consiglio Comunale dichiara la presente "
  "deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
P('Letto, confermato e sottoscritto.')
t = d.add_table(rows=3, cols=2)
for j, (a, b) in enumerate([('IL PRESIDENTE','IL SEGRETARIO COMUNALE'),('F.to sig. Gerardo Visconti','F.to dott. Raffaele Iannone'),('','')]):
    t.cell(j,0).text = a; t.cell(j,1).text = b
    for c in (0,1): t.cell(j,c).paragraphs[0].alignment = A.CENTER
d.core_properties.author = 'Cityware'; d.core_properties.title = 'Delibera C.C. 14/2028'
d.save(sys.argv[1])
