# Comune di Vinchiaturo - Consiglio Comunale deliberation 7/2026
# Written as an OpenDocument text with odfpy, converted to PDF by LibreOffice Writer
# (soffice --headless --convert-to pdf). Roll in a two-column table (1-6 left, 7-11 right).
import sys
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties,
                       MasterPage, Footer, Header, FontFace)
from odf.text import P, Span, PageNumber, PageCount, Tab
from odf.table import Table, TableColumn, TableRow, TableCell

out = sys.argv[1] if len(sys.argv) > 1 else "vinchiaturo.odt"
doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name="Liberation Serif", fontfamily="'Liberation Serif'", fontfamilygeneric="roman"))
doc.fontfacedecls.addElement(FontFace(name="Liberation Sans", fontfamily="'Liberation Sans'", fontfamilygeneric="swiss"))

pl = PageLayout(name="pm1")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm",
                                   marginbottom="1.2cm", marginleft="2.2cm", marginright="2cm"))
doc.automaticstyles.addElement(pl)


def pstyle(name, size="11pt", bold=False, align="justify", before="0cm", after="0.15cm", font="Liberation Serif",
           italic=False, family="paragraph", auto=True, indent=None, border=None, bg=None):
    s = Style(name=name, family=family)
    pp = dict(textalign=align, margintop=before, marginbottom=after)
    if indent:
        pp.update(marginleft=indent[0], textindent=indent[1])
    if border:
        pp.update(border=border, padding="0.15cm")
    if bg:
        pp.update(backgroundcolor=bg)
    s.addElement(ParagraphProperties(**pp))
    tp = dict(fontsize=size, fontname=font)
    if bold:
        tp["fontweight"] = "bold"
    if italic:
        tp["fontstyle"] = "italic"
    s.addElement(TextProperties(**tp))
    (doc.automaticstyles if auto else doc.styles).addElement(s)
    return s


Body = pstyle("Body", auto=False)
Head1 = pstyle("Head1", size="18pt", bold=True, align="center", after="0cm")
Head2 = pstyle("Head2", size="10pt", align="center", after="0cm", font="Liberation Sans")
Title = pstyle("Title", size="12.5pt", bold=True, align="center", before="0.3cm", after="0.1cm")
Reg = pstyle("Reg", size="12pt", bold=True, align="center", after="0.3cm")
Subj = pstyle("Subj", size="11pt", bold=True, border="0.06pt solid #000000", after="0.3cm")
Center = pstyle("Center", bold=True, align="center", before="0.25cm", after="0.2cm")
Point = pstyle("Point", indent=("0.8cm", "-0.8cm"))
Cell = pstyle("Cell", size="9pt", align="left", after="0cm", font="Liberation Sans")
CellB = pstyle("CellB", size="9pt", bold=True, align="left", after="0cm", font="Liberation Sans")
CellC = pstyle("CellC", size="9pt", align="center", after="0cm", font="Liberation Sans")
Foot = pstyle("Foot", size="8pt", align="center", after="0cm", font="Liberation Sans", auto=False)
Small = pstyle("Small", size="8.5pt", align="left", font="Liberation Sans", italic=True)
Sig = pstyle("Sig", size="10.5pt", align="center", after="0cm")
SigB = pstyle("SigB", size="10pt", bold=True, align="center", after="0cm")

mp = MasterPage(name="Standard", pagelayoutname=pl)
ft = Footer()
fp = P(stylename=Foot, text="Deliberazione di C.C. n. 7 del 09.03.2026 \u2013 Comune di Vinchiaturo \u2013 pag. ")
fp.addElement(PageNumber(selectpage="current"))
fp.addText(" di ")
fp.addElement(PageCount())
ft.addElement(fp)
mp.addElement(ft)
doc.masterstyles.addElement(mp)

tcell = Style(name="tcell", family="table-cell")
tcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm"))
doc.automaticstyles.addElement(tcell)
tgrey = Style(name="tgrey", family="table-cell")
tgrey.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm", backgroundcolor="#dddddd"))
doc.automaticstyles.addElement(tgrey)
tnone = Style(name="tnone", family="table-cell")
tnone.addElement(TableCellProperties(border="none", padding="0.05cm"))
doc.automaticstyles.addElement(tnone)


def colstyle(name, w):
    s = Style(name=name, family="table-column")
    s.addElement(TableColumnProperties(columnwidth=w))
    doc.automaticstyles.addElement(s)
    return s


def tabstyle(name, w):
    s = Style(name=name, family="table")
    s.addElement(TableProperties(width=w, align="center"))
    doc.automaticstyles.addElement(s)
    return s


def add(style, text):
    doc.text.addElement(P(stylename=style, text=text))


def table(name, widths, rows, header=True, cellstyle=None):
    t = Table(name=name, stylename=tabstyle(name + "s", "%.2fcm" % sum(widths)))
    for i, w in enumerate(widths):
        t.addElement(TableColumn(stylename=colstyle("%sc%d" % (name, i), "%.2fcm" % w)))
    for r, row in enumerate(rows):
        tr = TableRow()
        for c, val in enumerate(row):
            st = cellstyle or (tgrey if (header and r == 0) else tcell)
            tc = TableCell(stylename=st, valuetype="string")
            ps = CellB if (header and r == 0) else (CellC if len(val) <= 2 else Cell)
            if isinstance(val, tuple):
                ps, val = val
            tc.addElement(P(stylename=ps, text=val))
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)


add(Head1, "COMUNE DI VINCHIATURO")
add(Head2, "Provincia di Campobasso")
add(Head2, "Piazza Municipio, 1 \u2013 86019 Vinchiaturo (CB) \u2013 C.F. 00069870709")
add(Title, "ORIGINALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE")
add(Reg, "Deliberazione n. 7 del 09.03.2026")
add(Center, "Sessione ordinaria \u2013 Seduta pubblica di prima convocazione")
SUBJECT = ("Approvazione del Regolamento comunale per la disciplina del canone patrimoniale di concessione, "
           "autorizzazione o esposizione pubblicitaria \u2013 Modifiche agli articoli 12, 18 e 27.")
add(Subj, "OGGETTO: " + SUBJECT)
add(Body, "L\u2019anno duemilaventisei il giorno nove del mese di marzo alle ore 18:00, nella sala consiliare della Sede "
          "Municipale, a seguito di convocazione disposta con avviso prot. n. 1402 del 02.03.2026, regolarmente notificato "
          "ai Consiglieri, si è riunito il Consiglio Comunale in sessione ordinaria ed in seduta pubblica di prima convocazione.")
add(Body, "All\u2019appello nominale risultano:")
rows = [["N.", "Cognome e nome", "Carica", "P/A", "N.", "Cognome e nome", "Carica", "P/A"]]
left = [("1", "VALENTE LUIGI", "Sindaco", "P"), ("2", "CIARLEGLIO ANNA", "Consigliere", "P"),
        ("3", "DI RENZO MICHELE", "Consigliere", "P"), ("4", "FRATANGELO PAOLA", "Consigliere", "A"),
        ("5", "IACOVONE DOMENICO", "Consigliere", "P"), ("6", "MASTROPIETRO GIUSEPPE", "Consigliere", "P")]
right = [("7", "PETTOGRASSO LUCIA", "Consigliere", "P"), ("8", "RICCIARDI ANTONIO", "Consigliere", "P"),
         ("9", "SANTORO MARCO", "Consigliere", "A"), ("10", "TESTA ELISA", "Consigliere", "P"),
         ("11", "ZAPPONE NICOLA", "Consigliere", "P"), ("", "", "", "")]
for l, r in zip(left, right):
    rows.append(list(l) + list(r))
table("Appello", [0.7, 4.6, 2.2, 0.8, 0.7, 4.6, 2.2, 0.8], rows)
add(Body, "")
add(Body, "Presenti n. 9 \u2013 Assenti n. 2 (Fratangelo Paola, Santoro Marco).")
add(Body, "Partecipa con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione il Segretario Comunale "
          "Dott. Antonio Di Iorio.")
add(Body, "Assume la presidenza l\u2019Avv. Luigi Valente, nella sua qualità di Sindaco, il quale, constatato il numero legale "
          "degli intervenuti, dichiara aperta la seduta ed invita il Consiglio a trattare l\u2019argomento in oggetto, iscritto al "
          "punto n. 3 dell\u2019ordine del giorno.")
add(Center, "IL CONSIGLIO COMUNALE")
for t in [
    "Premesso che con deliberazione consiliare n. 11 del 29.04.2021 è stato approvato il Regolamento per la disciplina del canone "
    "patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, istituito dall\u2019art. 1, comma 816, della Legge 27 "
    "dicembre 2019, n. 160;",
    "Considerato che l\u2019Ufficio Tributi ha segnalato la necessità di aggiornare la disciplina delle occupazioni temporanee per "
    "manifestazioni e sagre (art. 12), delle riduzioni per le attività commerciali nel centro storico (art. 18) e delle modalità "
    "di versamento tramite la piattaforma pagoPA (art. 27);",
    "Udita la relazione del Consigliere delegato al bilancio, Sig.ra Anna Ciarleglio, e gli interventi dei Consiglieri Ricciardi "
    "e Testa, i quali dichiarano voto contrario ritenendo insufficienti le riduzioni previste, e del Consigliere Zappone, che "
    "preannuncia la propria astensione, come da resoconto agli atti;",
    "Acquisito il parere favorevole dell\u2019Organo di revisione economico-finanziaria, verbale n. 4 del 27.02.2026, ai sensi "
    "dell\u2019art. 239, comma 1, lett. b), n. 7, del D.Lgs. 267/2000;",
    "Visti i pareri favorevoli di regolarità tecnica e contabile resi dal Responsabile del Servizio Finanziario ai sensi "
    "dell\u2019art. 49 del D.Lgs. 267/2000;",
    "Con la seguente votazione, resa per alzata di mano: presenti n. 9, votanti n. 8, voti favorevoli n. 6, voti contrari n. 2 "
    "(Ricciardi, Testa), astenuti n. 1 (Zappone),",
]:
    add(Body, t)
add(Center, "DELIBERA")
for i, t in enumerate([
    "di approvare le modifiche agli articoli 12, 18 e 27 del Regolamento comunale per la disciplina del canone patrimoniale di "
    "concessione, autorizzazione o esposizione pubblicitaria, nel testo riportato nell\u2019allegato \u201cA\u201d, che forma parte "
    "integrante e sostanziale della presente deliberazione;",
    "di dare atto che le modifiche hanno efficacia dal 1° gennaio 2026, ai sensi dell\u2019art. 53, comma 16, della Legge 23 dicembre "
    "2000, n. 388;",
    "di trasmettere la presente deliberazione al Ministero dell\u2019Economia e delle Finanze \u2013 Dipartimento delle Finanze, "
    "mediante inserimento nel Portale del federalismo fiscale;",
    "di incaricare il Responsabile del Servizio Finanziario degli adempimenti conseguenti.",
], 1):
    add(Point, "%d)\t%s" % (i, t))
add(Body, "Successivamente, con separata votazione dal seguente esito: presenti n. 9, votanti n. 8, favorevoli n. 6, contrari "
          "n. 2, astenuti n. 1, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell\u2019art. 134, "
          "comma 4, del D.Lgs. 267/2000.")
add(Body, "")
add(Body, "Letto, approvato e sottoscritto.")
table("Firme", [8.4, 8.4], [
    [(SigB, "IL PRESIDENTE"), (SigB, "IL SEGRETARIO COMUNALE")],
    [(Sig, "Avv. Luigi Valente"), (Sig, "Dott. Antonio Di Iorio")],
], header=False, cellstyle=tnone)
add(Body, "")
add(Center, "PARERI (art. 49, comma 1, D.Lgs. 267/2000)")
table("Pareri", [5.0, 4.0, 7.8], [
    ["Parere", "Esito", "Il Responsabile del Servizio"],
    ["Regolarità tecnica", "Favorevole", "Rag. Carmela Perrella \u2013 03.03.2026"],
    ["Regolarità contabile", "Favorevole", "Rag. Carmela Perrella \u2013 03.03.2026"],
])
add(Body, "")
add(Center, "RELATA DI PUBBLICAZIONE")
add(Body, "Si attesta che copia della presente deliberazione viene pubblicata all\u2019Albo Pretorio on line del Comune in data "
          "odierna e vi rimarrà per quindici giorni consecutivi (Reg. Pubbl. n. 118).")
add(Body, "Vinchiaturo, 10.03.2026\t\t\t\tIl Messo Comunale \u2013 Sig. Pasquale Niro")
add(Small, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.; sostituisce il documento cartaceo e la firma autografa.")
doc.save(out)
