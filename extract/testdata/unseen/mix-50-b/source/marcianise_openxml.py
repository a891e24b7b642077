# Giunta deliberation of Marcianise: a .docx written part by part (as an Open XML SDK
# generator would), then converted to PDF by LibreOffice (see build.sh)
import sys, zipfile
from xml.sax.saxutils import escape
out = sys.argv[1]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def run(t, b=False, i=False, sz=None, caps=False):
    rpr = "<w:rFonts w:ascii=\"Liberation Serif\" w:hAnsi=\"Liberation Serif\"/>"
    if b: rpr += "<w:b/>"
    if i: rpr += "<w:i/>"
    if sz: rpr += '<w:sz w:val="%d"/>' % (sz*2)
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(t))

def para(runs, jc="both", after=100, ind=None, num=None, border=False, keep=False):
    ppr = '<w:jc w:val="%s"/><w:spacing w:after="%d" w:line="276" w:lineRule="auto"/>' % (jc, after)
    if ind: ppr += ind
    if border: ppr += '<w:pBdr><w:top w:val="single" w:sz="6" w:space="4" w:color="000000"/><w:bottom w:val="single" w:sz="6" w:space="4" w:color="000000"/></w:pBdr>'
    if keep: ppr += "<w:keepNext/>"
    if not runs.startswith("<w:r>"): runs = run(runs)
    return "<w:p><w:pPr>%s</w:pPr>%s</w:p>" % (ppr, runs)

B = []
B.append(para(run("COPIA", b=True, sz=10), jc="right", after=0))
B.append(para(run("CITTÀ DI MARCIANISE", b=True, sz=18), jc="center", after=0))
B.append(para(run("Provincia di Caserta", i=True, sz=11), jc="center", after=0))
B.append(para(run("Piazza Umberto I – 81025 Marcianise (CE)", sz=9), jc="center", after=240))
B.append(para(run("DELIBERAZIONE DELLA GIUNTA COMUNALE", b=True, sz=14), jc="center", after=40))
B.append(para(run("N. 52 del 15/04/2026", b=True, sz=13), jc="center", after=240))
B.append(para(run("OGGETTO: ", b=True) + run("Adesione al progetto “Estate in Città 2026” – Centri ricreativi estivi per minori. Indirizzi al Responsabile del Settore Politiche Sociali.", b=True), border=True, after=240))
B.append(para(run("L’anno duemilaventisei, il giorno quindici del mese di aprile, alle ore 12:15, nella Casa Comunale, a seguito di regolare convocazione, si è riunita la Giunta Comunale, con l’intervento dei Sigg.: Salvatore Golino (Sindaco), Maria Rosaria Tartaglione (Vice Sindaco), Pasquale Foglia (Assessore), Carmela Nuzzo (Assessore), Raffaele Papa (Assessore). Risultano assenti i Sigg.: Teresa Musone (Assessore), Giovanni Letizia (Assessore).")))
B.append(para(run("Presiede la seduta il Sindaco, dott. Salvatore Golino. Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione il Segretario Generale, avv. Rossella Iannotta.")))
B.append(para(run("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita la Giunta a deliberare sull’argomento in oggetto.")))
B.append(para(run("LA GIUNTA COMUNALE", b=True), jc="center", after=120, keep=True))
for t in ["Premesso che l’Amministrazione comunale intende garantire, nel periodo di sospensione delle attività scolastiche, servizi educativi e ricreativi rivolti ai minori di età compresa tra i 3 e i 14 anni, a sostegno della conciliazione dei tempi di vita e di lavoro delle famiglie;",
          "Visto il decreto dirigenziale della Regione Campania n. 118 del 03/03/2026, con il quale è stato approvato l’avviso per il finanziamento dei centri estivi comunali per l’annualità 2026;",
          "Dato atto che il contributo regionale richiedibile ammonta a € 45.000,00 e che il Comune è tenuto a garantire un cofinanziamento non inferiore al 20 per cento;",
          "Visti il D.Lgs. 18 agosto 2000, n. 267 e lo Statuto comunale;",
          "Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell’art. 49 del D.Lgs. 267/2000, allegati al presente atto;",
          "A voti unanimi, resi nei modi di legge;"]:
    B.append(para(t))
B.append(para(run("D E L I B E R A", b=True), jc="center", after=120, keep=True))
ind = '<w:ind w:left="567" w:hanging="283"/>'
for t in ["di aderire al progetto “Estate in Città 2026” promosso dalla Regione Campania, per la realizzazione di centri ricreativi estivi per minori nel periodo 29 giugno – 7 agosto 2026;",
          "di demandare al Responsabile del Settore Politiche Sociali la presentazione della domanda di contributo entro il termine del 30/04/2026 e l’adozione di tutti gli atti gestionali conseguenti;",
          "di dare atto che la quota di cofinanziamento comunale, pari a € 11.250,00, trova copertura al capitolo 1912/10 del bilancio di previsione 2026/2028, esercizio 2026;",
          "di individuare quali sedi dei centri estivi i plessi scolastici “G. Mazzini” e “Don Milani”, previa intesa con i Dirigenti scolastici."]:
    B.append(para(run("–\t") + run(t), ind=ind + '<w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs>'))
B.append(para(run("Con successiva e separata votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile, ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000, stante l’urgenza di rispettare la scadenza dell’avviso regionale.")))
B.append(para(run("Del che è verbale, letto, approvato e sottoscritto.", i=True), after=240))
tbl = ('<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/><w:jc w:val="center"/></w:tblPr><w:tblGrid><w:gridCol w:w="4800"/><w:gridCol w:w="4800"/></w:tblGrid>'
       '<w:tr><w:tc>%s%s%s</w:tc><w:tc>%s%s%s</w:tc></w:tr></w:tbl>') % (
    para(run("IL SINDACO", b=True), jc="center", after=0), para(run("f.to dott. Salvatore Golino"), jc="center", after=0), para(run(""), after=0),
    para(run("IL SEGRETARIO GENERALE", b=True), jc="center", after=0), para(run("f.to avv. Rossella Iannotta"), jc="center", after=0), para(run(""), after=0))
B.append(tbl)
B.append(para(run(""), after=200))
B.append(para(run("ATTESTATO DI PUBBLICAZIONE", b=True, sz=10), jc="center", after=40, border=False))
B.append(para(run("Si attesta che copia della presente deliberazione viene pubblicata all’Albo Pretorio on line del Comune in data odierna e vi resterà per quindici giorni consecutivi ai sensi dell’art. 124 del D.Lgs. 267/2000, ed è contestualmente comunicata ai Capigruppo consiliari. Marcianise, 16/04/2026 – Il Messo Comunale f.to Gennaro Capasso", sz=9)))

sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1300" w:right="1134" w:bottom="1300" w:left="1247" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
document = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s%s</w:body></w:document>' % (W, "".join(B), sect)
fld = lambda instr: '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' % instr
header = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s>%s</w:hdr>' % (W, para(run("Città di Marcianise – Deliberazione di Giunta Comunale n. 52/2026", i=True, sz=8), jc="right", after=0))
footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr %s>%s<w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s%s%s%s</w:p></w:ftr>') % (
    W, para(run("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate", sz=8), jc="center", after=0),
    run("Pagina ", sz=8), fld("PAGE"), run(" di ", sz=8), fld("NUMPAGES"))
ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
         '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<dc:title>Delibera GC 52/2026</dc:title><dc:creator>Segreteria Generale</dc:creator></cp:coreProperties>')
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ct); z.writestr("_rels/.rels", rels)
    z.writestr("word/document.xml", document); z.writestr("word/_rels/document.xml.rels", drels)
    z.writestr("word/header1.xml", header); z.writestr("word/footer1.xml", footer); z.writestr("docProps/core.xml", core)
