# Poggiomarino (NA): Word template (python-docx), exported by LibreOffice Writer.
# Three pages: page 1 header and premises, page 2 the roll (appello nominale) and the debate,
# page 3 vote, dispositive part and signatures; running head and "Pag. x di y" foot on every page.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2.0); sec.bottom_margin = Cm(2.0)
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
st.paragraph_format.space_after = Pt(4)

def field(par, instr):
    r = par.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r._r.append(it)
    r = par.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r._r.append(f2)
    r = par.add_run("1")
    r = par.add_run(); f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r._r.append(f3)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol); tcPr.append(s)

# running head
h = sec.header.paragraphs[0]; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h.add_run("COMUNE DI POGGIOMARINO"); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
h2 = sec.header.add_paragraph(); h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h2.add_run("Città Metropolitana di Napoli"); r.italic = True; r.font.size = Pt(9.5)
h3 = sec.header.add_paragraph(); h3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h3.add_run("Piazza De Marinis, 3 – 80040 Poggiomarino (NA) – Tel. 081 8658111"); r.font.size = Pt(8)
# foot
f = sec.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run("Deliberazione di C.C. n. 9 del 30/03/2026 – Pag. "); r.font.size = Pt(8)
field(f, "PAGE"); r = f.add_run(" di "); r.font.size = Pt(8); field(f, "NUMPAGES")

def P(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, italic=False):
    p = doc.add_paragraph(); p.alignment = align
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p

def PR(parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    p = doc.add_paragraph(); p.alignment = align
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    return p

P("COPIA", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, size=10)
P("DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
t = doc.add_table(rows=2, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
vals = [("Numero", "9", "Data", "30/03/2026"), ("Seduta", "ordinaria – prima convocazione", "Proposta", "n. 12 del 16/03/2026")]
for i, row in enumerate(vals):
    for j, v in enumerate(row):
        c = t.cell(i, j); c.text = v
        if j % 2 == 0: shade(c, "D9E2F3"); c.paragraphs[0].runs[0].bold = True
P()
PR([("OGGETTO: ", True), ("Approvazione dell'aggiornamento 2026 del Piano Comunale di Protezione Civile e del relativo modello di intervento per il rischio vulcanico e idrogeologico.", True)])
P()
P("L'anno duemilaventisei, il giorno trenta del mese di marzo, alle ore 18.00 e seguenti, nella sala delle adunanze consiliari "
  "della Casa Comunale, convocato con avviso del Presidente del Consiglio prot. n. 5127 del 23/03/2026, notificato a ciascun "
  "consigliere nei modi e nei termini previsti dal Regolamento per il funzionamento del Consiglio comunale, si è riunito il "
  "Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione.")
P("Assume la presidenza la sig.ra Anna Carotenuto, nella sua qualità di Presidente del Consiglio Comunale, la quale invita "
  "il Segretario Generale a procedere all'appello nominale dei consiglieri.")
P("Partecipa alla seduta, con funzioni di assistenza giuridico-amministrativa e di verbalizzazione, ai sensi dell'art. 97 "
  "del D.Lgs. 18 agosto 2000, n. 267, il Segretario Generale dott. Vincenzo Ammendola.")
P("Premesso che il Comune di Poggiomarino ricade nella zona rossa individuata dal Piano nazionale di emergenza per il "
  "Vesuvio e che, ai sensi dell'art. 12 del D.Lgs. 2 gennaio 2018, n. 1 (Codice della protezione civile), il Comune è tenuto "
  "ad approvare con deliberazione consiliare il piano di protezione civile comunale e a curarne l'aggiornamento periodico;")
P("Richiamata la deliberazione del Consiglio Comunale n. 31 del 28/09/2021, con la quale è stato approvato il Piano "
  "Comunale di Protezione Civile vigente;")
P("Viste le Linee guida regionali per la pianificazione comunale di protezione civile approvate dalla Giunta Regionale "
  "della Campania e le indicazioni operative del Dipartimento della Protezione Civile sul gemellaggio con la Regione "
  "Friuli Venezia Giulia per l'accoglienza della popolazione;")
P("Dato atto che l'aggiornamento è stato predisposto dal Settore IV – Lavori Pubblici e Protezione Civile con il supporto "
  "del gruppo di lavoro comunale e che lo stesso è stato presentato alla popolazione in un incontro pubblico tenutosi il "
  "7 marzo 2026 presso l'auditorium della scuola media statale;")
# page 2: the roll
p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
P("APPELLO NOMINALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
P("Eseguito l'appello nominale alle ore 18.15, risultano:", align=WD_ALIGN_PARAGRAPH.LEFT)
roll = [("ANNUNZIATA Luigi", "Sindaco", 1), ("CAROTENUTO Anna", "Presidente del Consiglio", 1), ("BORRIELLO Gaetano", "Consigliere", 1),
        ("SORRENTINO Marianna", "Consigliere", 1), ("DE FALCO Ciro", "Consigliere", 1), ("NAPPO Gelsomina", "Consigliere", 0),
        ("AMBROSIO Pasquale", "Consigliere", 1), ("BOCCIA Filomena", "Consigliere", 1), ("SICIGNANO Raffaele", "Consigliere", 1),
        ("IZZO Carmela", "Consigliere", 1), ("CIRILLO Francesco", "Consigliere", 0), ("MIRANDA Teresa", "Consigliere", 1),
        ("LA MARCA Giovanni", "Consigliere", 1), ("ROSSI Antonietta", "Consigliere", 1), ("FABBROCINI Salvatore", "Consigliere", 0),
        ("VOLLARO Rosa", "Consigliere", 1), ("GIUGLIANO Michele", "Consigliere", 1)]
t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, v in enumerate(("N.", "Cognome e Nome", "Carica", "Presente", "Assente")):
    c = t.rows[0].cells[j]; c.text = v; c.paragraphs[0].runs[0].bold = True; shade(c, "D9E2F3")
for i, (n, ro, pr) in enumerate(roll, 1):
    cells = t.add_row().cells
    for j, v in enumerate((str(i), n, ro, "X" if pr else "", "" if pr else "X")):
        cells[j].text = v
        if j in (0, 3, 4): cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
t.autofit = False
for j, w in enumerate((Cm(1.0), Cm(6.0), Cm(5.0), Cm(2.0), Cm(2.0))):
    t.columns[j].width = w
    for c in t.columns[j].cells: c.width = w
P("Consiglieri assegnati n. 17 – in carica n. 17 – presenti n. 14 – assenti n. 3", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, size=10)
P("Risultano assenti giustificati i consiglieri Nappo Gelsomina e Fabbrocini Salvatore; assente il consigliere Cirillo Francesco.", size=10)
P("Sono presenti in aula, senza diritto di voto, gli Assessori esterni Giuseppe Falanga, Lucia Matrone e Alfredo Serrapica.", size=10)
P("La Presidente, constatata la presenza del numero legale, dichiara aperta la seduta e designa quali scrutatori i consiglieri "
  "Boccia Filomena, Izzo Carmela e Giugliano Michele.")
P("La Presidente dà la parola all'Assessore alla Protezione Civile, Alfredo Serrapica, che illustra la proposta di "
  "deliberazione n. 12 del 16/03/2026 del Settore IV – Lavori Pubblici e Protezione Civile, soffermandosi sulle aree di attesa, "
  "sulle vie di allontanamento e sul sistema di allertamento della popolazione tramite applicazione per dispositivi mobili.")
P("IL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Udita la relazione dell'Assessore e gli interventi dei consiglieri;")
P("Vista la proposta di deliberazione in oggetto, corredata del parere favorevole di regolarità tecnica espresso dal "
  "Responsabile del Settore IV ai sensi dell'art. 49 del D.Lgs. n. 267/2000, e dato atto che la stessa non comporta "
  "riflessi diretti o indiretti sulla situazione economico-finanziaria dell'Ente;")
P("Visto il parere favorevole della Commissione consiliare Assetto del Territorio espresso nella seduta del 25/03/2026;")
# page 3
p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
P("Visti il D.Lgs. n. 1/2018, il D.Lgs. n. 267/2000 e lo Statuto comunale;")
P("Con voti espressi per alzata di mano, accertati e proclamati dalla Presidente con l'assistenza degli scrutatori: "
  "presenti n. 14, votanti n. 14, favorevoli n. 14, contrari n. 0, astenuti n. 0, all'unanimità,")
P("DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
pts = ["di approvare l'aggiornamento 2026 del Piano Comunale di Protezione Civile, composto dalla relazione generale, dal "
       "modello di intervento e dalle tavole cartografiche allegate, che formano parte integrante e sostanziale del presente atto;",
       "di dare atto che il Piano sostituisce integralmente quello approvato con deliberazione consiliare n. 31 del 28/09/2021;",
       "di trasmettere copia del Piano alla Prefettura di Napoli, alla Regione Campania – Direzione Generale per il Governo del "
       "Territorio e la Protezione Civile e alla Città Metropolitana di Napoli;",
       "di disporre la pubblicazione del Piano nella sezione \"Amministrazione trasparente\" e la sua diffusione presso la "
       "popolazione e le scuole del territorio;",
       "di incaricare il Responsabile del Settore IV di curare le esercitazioni periodiche previste dal modello di intervento."]
for i, x in enumerate(pts, 1):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.8)
    p.add_run(f"{i}.\t{x}")
P("Successivamente, con separata votazione espressa per alzata di mano, all'unanimità dei 14 consiglieri presenti e votanti,")
P("DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
P("di dichiarare il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, "
  "stante l'urgenza di trasmettere il Piano agli enti sovraordinati.")
P()
P("Letto, confermato e sottoscritto.", italic=True)
t = doc.add_table(rows=2, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.cell(0, 0).text = "LA PRESIDENTE DEL CONSIGLIO"; t.cell(0, 1).text = "IL SEGRETARIO GENERALE"
t.cell(1, 0).text = "F.to sig.ra Anna Carotenuto"; t.cell(1, 1).text = "F.to dott. Vincenzo Ammendola"
for c in t._cells: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
P()
P("CERTIFICATO DI PUBBLICAZIONE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=10)
P("Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune il 02/04/2026 "
  "e vi rimarrà per quindici giorni consecutivi (Reg. Pubbl. n. 611).", size=9.5)
P("Il Messo Comunale – F.to Carmine Aliberti", align=WD_ALIGN_PARAGRAPH.RIGHT, size=9.5)
doc.save(sys.argv[1])
