# Comune di Bellano - Giunta deliberation, imitating a Dasein "Atti" print; built as ODT (odfpy), converted by LibreOffice Writer
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties, PageLayout, PageLayoutProperties, MasterPage, Footer, Header
from odf.text import P, Span, PageNumber
from odf.table import Table, TableColumn, TableRow, TableCell
doc = OpenDocumentText()
S = doc.styles; A = doc.automaticstyles
pl = PageLayout(name="pl"); pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm", marginbottom="1.5cm", marginleft="2.2cm", marginright="2cm"))
A.addElement(pl)
def ps(name, size="11pt", bold=False, align="justify", italic=False, family="Liberation Serif", mt="0cm", mb="0.12cm", indent=None):
    st = Style(name=name, family="paragraph")
    tp = dict(fontsize=size, fontname=family, fontfamily=family)
    if bold: tp["fontweight"] = "bold"
    if italic: tp["fontstyle"] = "italic"
    st.addElement(TextProperties(**tp))
    pp = dict(textalign=align, margintop=mt, marginbottom=mb)
    if indent: pp["marginleft"] = indent; pp["textindent"] = "-0.6cm"
    st.addElement(ParagraphProperties(**pp))
    S.addElement(st); return st
body = ps("body"); center = ps("center", align="center"); ctitle = ps("ctitle", "15pt", True, "center", family="Liberation Sans")
csub = ps("csub", "9.5pt", False, "center", True, family="Liberation Sans"); hb = ps("hb", "12pt", True, "center", mt="0.3cm", mb="0.2cm", family="Liberation Sans")
small = ps("small", "8pt", align="center", family="Liberation Sans"); lab = ps("lab", "9pt", True, "left", family="Liberation Sans")
cell = ps("cell", "10pt", align="left", family="Liberation Sans"); cellc = ps("cellc", "10pt", align="center", family="Liberation Sans")
pt = ps("pt", indent="0.8cm"); sig = ps("sig", "10.5pt", align="center"); right = ps("right", "10pt", True, "right", family="Liberation Sans")
hdr = Header(); hdr.addElement(P(stylename=small, text="Comune di Bellano – Deliberazione della Giunta Comunale n. 27 del 12/03/2026"))
ftr = Footer(); fp = P(stylename=small, text="Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. – Pag. "); fp.addElement(PageNumber(selectpage="current")); ftr.addElement(fp)
mp = MasterPage(name="Standard", pagelayoutname=pl); mp.addElement(hdr); mp.addElement(ftr); doc.masterstyles.addElement(mp)
bx = Style(name="bx", family="table-cell"); bx.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm")); A.addElement(bx)
cols = {}
def col(w):
    if w not in cols:
        st = Style(name="c%s" % w.replace('.', '_'), family="table-column"); st.addElement(TableColumnProperties(columnwidth=w)); A.addElement(st); cols[w] = st
    return cols[w]
def table(widths, rows, styles=None):
    t = Table()
    for w in widths: t.addElement(TableColumn(stylename=col(w)))
    for r in rows:
        tr = TableRow()
        for i, c in enumerate(r):
            tc = TableCell(stylename=bx); st = (styles[i] if styles else cell)
            for line in str(c).split("\n"): tc.addElement(P(stylename=st, text=line))
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)
add = lambda st, txt: doc.text.addElement(P(stylename=st, text=txt))
add(ctitle, "COMUNE DI BELLANO")
add(csub, "Provincia di Lecco")
add(csub, "Via V. Veneto, 23 – 23822 Bellano (LC) – C.F. 00560880134")
add(hb, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
table(["5cm", "5.8cm", "6cm"], [["ORIGINALE", "Deliberazione N. 27", "Data 12/03/2026"]], [cellc, cellc, cellc])
add(body, "")
doc.text.addElement(P(stylename=lab, text="OGGETTO:"))
add(ps("subj", "11pt", True, "justify"), "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE DEL LUNGOLAGO DI VIA VITTORIO VENETO – CUP F47H25001230004")
add(body, "")
add(body, "L'anno duemilaventisei addì dodici del mese di marzo alle ore 18:30 nella sala delle adunanze, previa osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti la Giunta Comunale.")
add(body, "All'appello risultano:")
table(["1cm", "6.5cm", "4.5cm", "2.4cm", "2.4cm"], [
    ["N.", "COGNOME E NOME", "CARICA", "PRESENTE", "ASSENTE"],
    ["1", "PEDRAZZINI MARCO", "Sindaco", "X", ""],
    ["2", "TENDERINI ELISA", "Vice Sindaco", "X", ""],
    ["3", "CODEGA GIANLUIGI", "Assessore", "", "X"],
    ["4", "MANZONI FEDERICA", "Assessore", "X", ""],
    ["5", "BUZZELLA ROBERTO", "Assessore", "X", ""],
    ["", "", "Totale", "4", "1"]], [cellc, cell, cell, cellc, cellc])
add(body, "")
add(body, "Partecipa all'adunanza il Segretario Comunale Dott.ssa Laura Spreafico, la quale provvede alla redazione del presente verbale.")
add(body, "Essendo legale il numero degli intervenuti, il Sig. Marco Pedrazzini, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")
add(hb, "LA GIUNTA COMUNALE")
for t in [
 "PREMESSO che con deliberazione del Consiglio Comunale n. 4 del 30/01/2026 è stato approvato il Documento Unico di Programmazione 2026/2028 e il relativo programma triennale dei lavori pubblici, nel quale è inserito l'intervento di riqualificazione del lungolago di via Vittorio Veneto;",
 "VISTO il progetto di fattibilità tecnico-economica redatto dall'Arch. Stefano Locatelli, con studio in Lecco, incaricato con determinazione n. 301 del 18/11/2025, acquisito al protocollo comunale n. 2214 del 02/03/2026, dell'importo complessivo di € 480.000,00, di cui € 352.600,00 per lavori a base d'asta comprensivi di € 11.400,00 per oneri della sicurezza;",
 "DATO ATTO che l'intervento è finanziato per € 400.000,00 con contributo regionale di cui al bando \"Interventi per la ripresa economica\" e per € 80.000,00 con fondi propri di bilancio;",
 "VISTO il D.Lgs. 31 marzo 2023, n. 36 e in particolare l'art. 41 e l'Allegato I.7;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000 dal Responsabile dell'Area Tecnica e dal Responsabile dell'Area Economico-Finanziaria;",
 "CON VOTI unanimi favorevoli espressi nelle forme di legge;"]:
    add(body, t)
add(hb, "D E L I B E R A")
pts = ["di approvare le premesse quali parte integrante e sostanziale del presente atto;",
 "di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione del lungolago di via Vittorio Veneto, dell'importo complessivo di € 480.000,00, secondo il quadro economico allegato;",
 "di dare atto che la spesa trova copertura alla Missione 10, Programma 05, capitolo 20810 del bilancio di previsione 2026/2028;",
 "di nominare Responsabile Unico del Progetto il Geom. Paolo Bonacina, Responsabile dell'Area Tecnica;",
 "di trasmettere il presente atto a Regione Lombardia ai fini della conferma del contributo assegnato."]
for i, t in enumerate(pts, 1): add(pt, "%d.\t%s" % (i, t))
add(body, "")
add(body, "Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.")
add(body, "")
add(body, "Letto, confermato e sottoscritto.")
table(["8.4cm", "8.4cm"], [["IL SINDACO\nMarco Pedrazzini\n(firmato digitalmente)", "IL SEGRETARIO COMUNALE\nDott.ssa Laura Spreafico\n(firmato digitalmente)"]], [sig, sig])
add(body, "")
add(lab, "CERTIFICATO DI PUBBLICAZIONE")
add(body, "Si attesta che la presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune per quindici giorni consecutivi dal 16/03/2026 ai sensi dell'art. 124 del D.Lgs. 267/2000 e comunicata ai Capigruppo consiliari ai sensi dell'art. 125.")
add(right, "Dasein – Atti Amministrativi – stampa del 16/03/2026")
doc.save("bellano.odt")
