# Giunta deliberation, Comune di Pizzoli - a Word 2003 XML (WordprocessingML) template, converted by LibreOffice
import sys
from xml.sax.saxutils import escape as E
out=sys.argv[1]
def run(t,b=False,i=False,sz=22,caps=False):
    rp='<w:rPr><w:rFonts w:ascii="Times New Roman" w:h-ansi="Times New Roman"/>'+('<w:b/>' if b else '')+('<w:i/>' if i else '')+'<w:sz w:val="%d"/></w:rPr>'%sz
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'%(rp,E(t))
def para(runs,jc='both',after=120,ind=None):
    ppr='<w:pPr><w:jc w:val="%s"/><w:spacing w:after="%d"/>%s</w:pPr>'%(jc,after,ind or '')
    return '<w:p>%s%s</w:p>'%(ppr,runs)
def cell(content,w,shade=None):
    tc='<w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>'%(w,'<w:shd w:val="clear" w:color="auto" w:fill="%s"/>'%shade if shade else '')
    return '<w:tc>%s%s</w:tc>'%(tc,content)
def table(rows,widths):
    b='<w:tblBorders>'+''.join('<w:%s w:val="single" w:sz="6" w:space="0" w:color="000000"/>'%x for x in ['top','left','bottom','right','insideH','insideV'])+'</w:tblBorders>'
    x='<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/>%s</w:tblPr><w:tblGrid>%s</w:tblGrid>'%(sum(widths),b,''.join('<w:gridCol w:w="%d"/>'%w for w in widths))
    for r in rows: x+='<w:tr>'+''.join(cell(c,w) for c,w in zip(r,widths))+'</w:tr>'
    return x+'</w:tbl>'
SUBJ="CONCESSIONE CONTRIBUTO ALL'ASSOCIAZIONE PRO LOCO DI PIZZOLI PER L'ORGANIZZAZIONE DELLA “FESTA DI SAN GIUSEPPE” 2026. ATTO DI INDIRIZZO."
body=[]
body.append(para(run('COMUNE DI PIZZOLI',b=True,sz=32),jc='center',after=0))
body.append(para(run('PROVINCIA DELL’AQUILA',sz=20),jc='center',after=0))
body.append(para(run('Piazza Municipio, 1 – 67017 Pizzoli (AQ) – Tel. 0862 977xxx – PEC: protocollo@pec.comune.pizzoli.aq.it',sz=16),jc='center',after=240))
body.append(para(run('ORIGINALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE',b=True,sz=26),jc='center',after=120))
body.append(table([[para(run('Numero ',sz=22)+run('27',b=True,sz=22),jc='center',after=0),para(run('Data ',sz=22)+run('13.03.2026',b=True,sz=22),jc='center',after=0)]],[4500,4500]))
body.append(para('',after=120))
body.append(para(run('Oggetto:\t',b=True)+run(SUBJ,b=True),jc='both',ind='<w:ind w:left="1134" w:hanging="1134"/>'))
body.append(para('',after=120))
body.append(para(run("L’anno duemilaventisei il giorno tredici del mese di marzo alle ore 12,30 nella sede comunale, convocata nei modi di legge, si è riunita la Giunta Comunale con l’intervento dei Sigg.: ANGELONI GIANNI – Sindaco – presente; DI FELICE MARCO – Vice Sindaco – presente; CORRIDORE ILARIA – Assessore – assente.")))
body.append(para(run("Presenti n. 2 – Assenti n. 1.")))
body.append(para(run("Partecipa con funzioni consultive, referenti e di assistenza il Segretario Comunale Dott. Antonio Ciarletta, che cura la redazione del presente verbale.")))
body.append(para(run("Il Sindaco Gianni Angeloni, constatato il numero legale degli intervenuti, dichiara aperta la riunione e invita i presenti a deliberare sull’oggetto sopraindicato.")))
body.append(para(run('LA GIUNTA COMUNALE',b=True),jc='center'))
for t in ["Vista la nota dell’Associazione Pro Loco di Pizzoli, acquisita al protocollo comunale n. 1872 del 02.03.2026, con la quale si chiede un contributo economico per l’organizzazione della tradizionale “Festa di San Giuseppe”, in programma dal 18 al 19 marzo 2026, con la preparazione e la distribuzione delle tipiche “virtù” e dei falò nelle frazioni di Cavallari, San Lorenzo e Marruci;",
"Visto il Regolamento comunale per la concessione di contributi e vantaggi economici approvato con deliberazione del Consiglio Comunale n. 18 del 30.06.2022;",
"Ritenuto di sostenere l’iniziativa, che valorizza le tradizioni popolari del territorio e ha rilevanza per l’intera comunità;",
"Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell’art. 49 del D.Lgs. 267/2000;",
"Con voti unanimi favorevoli, resi nei modi di legge,"]:
    body.append(para(run(t)))
body.append(para(run('DELIBERA',b=True),jc='center'))
ind='<w:ind w:left="567" w:hanging="283"/>'
for t in ["di concedere all’Associazione Pro Loco di Pizzoli un contributo di € 2.500,00 per l’organizzazione della “Festa di San Giuseppe” 2026;",
"di demandare al Responsabile dell’Area Amministrativa l’adozione dell’impegno di spesa sul capitolo 1842/1 del bilancio 2026/2028 e la successiva liquidazione, previa presentazione del rendiconto delle spese sostenute;",
"di dare atto che il contributo sarà pubblicato nella sezione “Amministrazione Trasparente” ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013."]:
    body.append(para(run('-\t'+t),ind=ind))
body.append(para(run("Con successiva e separata votazione unanime la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.")))
body.append(para(run('Il presente verbale viene letto, approvato e sottoscritto come segue.'),after=240))
body.append(table([[para(run('IL SINDACO',b=True),jc='center',after=0)+para(run('F.to Gianni Angeloni'),jc='center',after=0),
                    para(run('IL SEGRETARIO COMUNALE',b=True),jc='center',after=0)+para(run('F.to Dott. Antonio Ciarletta'),jc='center',after=0)]],[4550,4550]))
body.append(para('',after=240))
body.append(para(run('CERTIFICATO DI PUBBLICAZIONE',b=True),jc='center'))
body.append(para(run("Il sottoscritto Segretario Comunale attesta che copia della presente deliberazione è stata affissa all’Albo Pretorio on line in data 17.03.2026 per 15 giorni consecutivi (n. 214 del Registro delle pubblicazioni) e comunicata ai capigruppo consiliari con nota prot. n. 2280 del 17.03.2026.")))
body.append(para(run('Pizzoli, 17.03.2026                                                     IL SEGRETARIO COMUNALE – F.to Dott. Antonio Ciarletta',sz=20)))
hdr='<w:hdr w:type="odd">'+para(run('Comune di Pizzoli – Deliberazione di Giunta Comunale n. 27 del 13.03.2026',i=True,sz=16),jc='right',after=0)+'</w:hdr>'
ftr='<w:ftr w:type="odd"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'+run('Pagina ',sz=16)+'<w:fldSimple w:instr="PAGE"><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'+run(' di ',sz=16)+'<w:fldSimple w:instr="NUMPAGES"><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>'
sect='<w:sectPr>%s%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1418" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'%(hdr,ftr)
doc='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" w:macrosPresent="no" w:embeddedObjPresent="no" w:ocxPresent="no" xml:space="preserve">
<o:DocumentProperties><o:Title>Delibera GC 27 2026</o:Title><o:Author>Segreteria</o:Author></o:DocumentProperties>
<w:fonts><w:defaultFonts w:ascii="Times New Roman" w:fareast="Times New Roman" w:h-ansi="Times New Roman" w:cs="Times New Roman"/></w:fonts>
<w:styles><w:style w:type="paragraph" w:default="on" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Times New Roman" w:h-ansi="Times New Roman"/><w:sz w:val="22"/><w:lang w:val="IT"/></w:rPr></w:style><w:style w:type="table" w:default="on" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>
<w:body><wx:sect>%s%s</wx:sect></w:body></w:wordDocument>'''%(''.join(body),sect)
open(out,'w',encoding='utf-8').write(doc)
