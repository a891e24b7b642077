# Determinazione, Comune di Pescantina: a .docx written as raw WordprocessingML, converted by LibreOffice
import sys, zipfile
from xml.sax.saxutils import escape as E
out = sys.argv[1]

def run(t, b=False, i=False, sz=None, caps=False):
    rp = ''
    if b: rp += '<w:b/>'
    if i: rp += '<w:i/>'
    if caps: rp += '<w:caps/>'
    if sz: rp += '<w:sz w:val="%d"/>' % (sz*2)
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rp, E(t))

def para(runs, jc='both', after=100, ind=None, keep=False, border=False, shade=None):
    pp = '<w:jc w:val="%s"/><w:spacing w:after="%d" w:line="276" w:lineRule="auto"/>' % (jc, after)
    if ind: pp += '<w:ind w:left="%d" w:hanging="%d"/>' % ind
    if border: pp += '<w:pBdr><w:top w:val="single" w:sz="6" w:space="4" w:color="000000"/><w:bottom w:val="single" w:sz="6" w:space="4" w:color="000000"/></w:pBdr>'
    if shade: pp += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade
    if not runs.startswith('<w:r>'): runs = run(runs)
    return '<w:p><w:pPr>%s</w:pPr>%s</w:p>' % (pp, runs)

def cell(text, w, b=False, jc='left', fill=None, sz=10):
    tc = '<w:tcW w:w="%d" w:type="dxa"/>' % w
    if fill: tc += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill
    ps = ''.join(para(run(t, b=b, sz=sz), jc=jc, after=0) for t in text.split('\n'))
    return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (tc, ps)

def table(rows, widths, borders=True):
    tb = '<w:tblBorders>' + ''.join('<w:%s w:val="single" w:sz="4" w:color="000000"/>' % s for s in ['top','left','bottom','right','insideH','insideV']) + '</w:tblBorders>' if borders else ''
    g = ''.join('<w:gridCol w:w="%d"/>' % w for w in widths)
    rs = ''.join('<w:tr>%s</w:tr>' % ''.join(cell(*c) if isinstance(c, tuple) else cell(c, widths[k]) for k, c in enumerate(r)) for r in rows)
    return '<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/>%s<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>' % (sum(widths), tb, g, rs)

B = []
B.append(table([[('REGISTRO GENERALE\nN. 214 del 11/03/2026', 4800, True, 'center', 'E7E6E6', 10), ('REGISTRO DI SETTORE\nN. 58 del 10/03/2026', 4800, True, 'center', 'E7E6E6', 10)]], [4800, 4800]))
B.append(para('', after=120))
B.append(para(run('AREA TECNICA', b=True, sz=13), jc='center', after=0))
B.append(para(run('Servizio Lavori Pubblici e Manutenzioni', sz=11), jc='center', after=160))
B.append(para(run('DETERMINAZIONE DEL RESPONSABILE DI AREA', b=True, sz=12), jc='center', after=200))
B.append(para(run('OGGETTO: ', b=True) + run("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE DEL VERDE PUBBLICO – ANNO 2026. CIG B5C7D2E91A. IMPEGNO DI SPESA.", b=True), border=True, after=240))
B.append(para(run('IL RESPONSABILE DELL\'AREA TECNICA', b=True), jc='center', after=160))
for t in [
 "Richiamato il decreto del Sindaco n. 4 del 02/01/2026 di conferimento dell'incarico di Elevata Qualificazione dell'Area Tecnica;",
 "Viste la deliberazione del Consiglio Comunale n. 71 del 22/12/2025, di approvazione del bilancio di previsione 2026/2028, e la deliberazione della Giunta Comunale n. 3 del 08/01/2026, di approvazione del Piano Esecutivo di Gestione 2026/2028;",
 "Considerato che il contratto per la manutenzione delle aree verdi comunali (parchi, aiuole, rotatorie e cigli stradali del capoluogo e delle frazioni di Balconi, Santa Lucia, Settimo e Arcè) è scaduto il 31/12/2025 e che occorre garantire la continuità del servizio a partire dal mese di aprile;",
 "Dato atto che è stata avviata sulla piattaforma di approvvigionamento digitale certificata una richiesta di preventivo rivolta all'operatore economico Verde Adige Soc. Coop. Sociale, con sede in Verona, P.IVA 02871450234, iscritto all'elenco comunale degli operatori economici, il quale ha offerto l'importo di € 61.800,00 oltre IVA 22%, ritenuto congruo;",
 "Verificati il possesso dei requisiti di ordine generale e di idoneità professionale, la regolarità contributiva (DURC prot. INAIL_51883920, scadenza 14/06/2026) e il rispetto del principio di rotazione;",
 "Visti il D.Lgs. 18 agosto 2000, n. 267, e in particolare gli artt. 107, 183 e 192, il D.Lgs. 31 marzo 2023, n. 36, e il vigente Regolamento comunale di contabilità;"]:
    B.append(para(t, after=100))
B.append(para(run('D E T E R M I N A', b=True), jc='center', after=160))
pts = [
 "di affidare alla ditta Verde Adige Soc. Coop. Sociale, con sede in Verona, il servizio di manutenzione del verde pubblico per il periodo 01/04/2026 – 31/12/2026, per l'importo di € 61.800,00 oltre IVA 22%, pari a complessivi € 75.396,00;",
 "di impegnare la spesa di € 75.396,00 alla Missione 09, Programma 02, capitolo 1642/10 \"Manutenzione aree verdi – prestazioni di servizi\" del bilancio 2026/2028, esercizio 2026, che presenta la necessaria disponibilità;",
 "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
 "di dare atto che il Responsabile Unico del Progetto è il geom. Alberto Zanoni e che non sussistono situazioni di conflitto di interessi;",
 "di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line e nella sezione Amministrazione Trasparente."]
for i, t in enumerate(pts, 1):
    B.append(para(run('%d.\t' % i) + run(t), ind=(426, 426), after=100))
B.append(para('', after=200))
B.append(para(run('Pescantina, 11/03/2026'), jc='left', after=200))
B.append(para(run('IL RESPONSABILE DELL\'AREA TECNICA', b=True), jc='right', after=0))
B.append(para(run('Ing. Matteo Girelli'), jc='right', after=0))
B.append(para(run('(documento firmato digitalmente)', i=True, sz=8), jc='right', after=300))
B.append(para(run('VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', b=True, sz=10), jc='center', after=80, shade='E7E6E6'))
B.append(para(run("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa. Impegno n. 512/2026 di € 75.396,00.", sz=10), after=80))
B.append(para(run("Pescantina, 11/03/2026 – IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA – Dott.ssa Elena Fasoli", sz=10), after=0))

doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
 + ''.join(B) +
 '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/>'
 '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2268" w:right="1134" w:bottom="1418" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
 '</w:body></w:document>')
hdr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
 + para(run('COMUNE DI PESCANTINA', b=True, sz=16), jc='center', after=0)
 + para(run('Provincia di Verona', i=True, sz=10), jc='center', after=0)
 + para(run('Via Madonna, 49 – 37026 Pescantina (VR) – C.F. 00658360238 – pescantina.vr@cert.ip-veneto.net', sz=8), jc='center', after=0, border=False)
 + '</w:hdr>')
fld = lambda code: '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' % code
ftr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
 + '<w:p><w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="2" w:color="000000"/></w:pBdr><w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs></w:pPr>'
 + run('Determinazione Area Tecnica n. 214 del 11/03/2026', sz=8) + '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:tab/><w:t xml:space="preserve">Pag. </w:t></w:r>' + fld('PAGE') + run(' di ', sz=8) + fld('NUMPAGES') + '</w:p>'
 + para(run('Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate', i=True, sz=7), jc='center', after=0)
 + '</w:ftr>')
styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
 '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Carlito" w:hAnsi="Carlito" w:cs="Carlito"/><w:sz w:val="22"/><w:lang w:val="it-IT"/></w:rPr></w:rPrDefault></w:docDefaults>'
 '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>')
ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
 '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
 '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
 '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
 '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
 '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
 '<dc:title>Determinazione n. 214/2026</dc:title><dc:creator>Area Tecnica</dc:creator></cp:coreProperties>')
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct); z.writestr('_rels/.rels', rels)
    z.writestr('word/document.xml', doc); z.writestr('word/_rels/document.xml.rels', drels)
    z.writestr('word/styles.xml', styles); z.writestr('word/header1.xml', hdr); z.writestr('word/footer1.xml', ftr)
    z.writestr('docProps/core.xml', core)
