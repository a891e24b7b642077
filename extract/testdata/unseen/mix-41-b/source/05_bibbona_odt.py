# Determinazione of the Comune di Bibbona in the look of a NeoOffice (Mac
# OpenOffice) letter-template: a flat .odt written with odfpy, converted to
# PDF by LibreOffice Writer. Bulleted dispositive part, heading sentence with
# number and date, register box at the foot.
import sys
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, PageLayout, PageLayoutProperties,
                       MasterPage, Header, Footer, TableColumnProperties, TableCellProperties, ListLevelProperties)
from odf.text import P, Span, PageNumber, PageCount, List, ListItem, ListLevelStyleBullet, ListStyle
from odf.table import Table, TableColumn, TableRow, TableCell

out = sys.argv[1]
doc = OpenDocumentText()
pl = PageLayout(name="pm1")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.2cm", marginbottom="1.2cm",
                                   marginleft="2.5cm", marginright="2cm"))
doc.automaticstyles.addElement(pl)


def pstyle(name, size="11pt", bold=False, align="justify", italic=False, family="Liberation Serif", after="0.18cm", before="0cm"):
    s = Style(name=name, family="paragraph")
    tp = dict(fontsize=size, fontname=family, fontfamily=family)
    if bold:
        tp["fontweight"] = "bold"
    if italic:
        tp["fontstyle"] = "italic"
    s.addElement(TextProperties(**tp))
    s.addElement(ParagraphProperties(textalign=align, marginbottom=after, margintop=before))
    doc.styles.addElement(s)
    return s


body = pstyle("Corpo")
cen = pstyle("Centro", align="center")
tit = pstyle("Titolo", size="16pt", bold=True, align="center", after="0cm")
sub = pstyle("Sotto", size="10pt", align="center", italic=True, after="0.5cm")
bc = pstyle("CentroB", bold=True, align="center", before="0.2cm")
hd = pstyle("Testata", size="8pt", align="right", family="Liberation Sans")
ft = pstyle("Piede", size="7.5pt", align="center", family="Liberation Sans")
sm = pstyle("Piccolo", size="9pt", align="left", family="Liberation Sans", after="0.05cm")
bold = Style(name="Grassetto", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.styles.addElement(bold)

mp = MasterPage(name="Standard", pagelayoutname=pl)
h = Header(); hp = P(stylename=hd, text="Comune di Bibbona – Settore Servizi Finanziari – Determinazione n. 289/2026 – pag. ")
hp.addElement(PageNumber(selectpage="current")); hp.addText(" di "); hp.addElement(PageCount()); h.addElement(hp); mp.addElement(h)
f = Footer(); f.addElement(P(stylename=ft, text="Piazza Colombo, 1 – 57020 Bibbona (LI) – PEC: comune.bibbona@postacert.example.it"))
f.addElement(P(stylename=ft, text="Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i."))
mp.addElement(f)
doc.masterstyles.addElement(mp)

ls = ListStyle(name="Trattini")
lb = ListLevelStyleBullet(level=1, bulletchar="–")
lb.addElement(ListLevelProperties(spacebefore="0.3cm", minlabelwidth="0.6cm"))
ls.addElement(lb)
doc.automaticstyles.addElement(ls)

t = doc.text
t.addElement(P(stylename=cen, text="[stemma]"))
t.addElement(P(stylename=tit, text="COMUNE DI BIBBONA"))
t.addElement(P(stylename=sub, text="Provincia di Livorno"))
t.addElement(P(stylename=bc, text="SETTORE SERVIZI FINANZIARI"))
t.addElement(P(stylename=cen, text="Ufficio Tributi"))
t.addElement(P(stylename=bc, text="DETERMINAZIONE N. 289 DEL 07/05/2026"))
p = P(stylename=body)
p.addElement(Span(stylename=bold, text="Oggetto: "))
p.addText("Rimborso di somme indebitamente versate a titolo di IMU per l’anno d’imposta 2024 – contribuente identificato "
          "con codice utente n. 18452 – impegno e liquidazione di spesa.")
t.addElement(p)
t.addElement(P(stylename=bc, text="IL RESPONSABILE DEL SETTORE"))
for s in [
    "Visto il decreto sindacale n. 6 del 02/01/2026 di conferimento dell’incarico di Elevata Qualificazione del Settore "
    "Servizi Finanziari;",
    "Vista la deliberazione del Consiglio Comunale n. 71 del 23/12/2025, con la quale è stato approvato il bilancio di "
    "previsione finanziario 2026/2028;",
    "Vista l’istanza di rimborso presentata in data 12/02/2026, prot. n. 2214, con la quale il contribuente chiede la "
    "restituzione dell’imposta municipale propria versata in eccedenza per l’anno 2024, a seguito di errata indicazione "
    "della rendita catastale di un’unità immobiliare;",
    "Accertato, a seguito dell’istruttoria dell’Ufficio Tributi, che il contribuente ha versato per l’anno 2024 l’importo "
    "di € 1.846,00 a fronte di un’imposta dovuta di € 1.312,00, con un’eccedenza di € 534,00;",
    "Visto l’art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, e calcolati gli interessi nella misura del tasso "
    "legale, pari a € 21,36;",
    "Visto l’art. 183 del D.Lgs. 18 agosto 2000, n. 267;"]:
    t.addElement(P(stylename=body, text=s))
t.addElement(P(stylename=bc, text="DETERMINA"))
L = List(stylename=ls)
for s in [
    "di disporre il rimborso al contribuente identificato con codice utente n. 18452 della somma complessiva di € 555,36, "
    "di cui € 534,00 per imposta ed € 21,36 per interessi;",
    "di impegnare e contestualmente liquidare la somma di € 555,36 sul capitolo 1610 “Rimborsi di imposte e tasse” del "
    "bilancio 2026/2028, esercizio 2026;",
    "di trasmettere il presente atto al Servizio Ragioneria per l’emissione del relativo mandato di pagamento mediante "
    "accredito sul conto corrente indicato nell’istanza."]:
    li = ListItem(); li.addElement(P(stylename=body, text=s)); L.addElement(li)
t.addElement(L)
t.addElement(P(stylename=body, text="Bibbona, 07/05/2026"))
t.addElement(P(stylename=pstyle("Firma", align="right", bold=True, after="0cm"), text="IL RESPONSABILE DEL SETTORE SERVIZI FINANZIARI"))
t.addElement(P(stylename=pstyle("Firma2", align="right", after="0.6cm"), text="Rag. Simonetta Lenzi"))

# register box
tb = Table(name="Registro")
cs = Style(name="cella", family="table-cell"); cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
doc.automaticstyles.addElement(cs)
tb.addElement(TableColumn(numbercolumnsrepeated=2))
for a, b in [("Registro generale delle determinazioni", "n. 289 del 07/05/2026"),
             ("Visto di regolarità contabile", "apposto il 08/05/2026 – impegno n. 611/2026"),
             ("Pubblicazione all’Albo Pretorio", "dal 08/05/2026 al 23/05/2026 – n. 734")]:
    r = TableRow()
    for x in (a, b):
        c = TableCell(stylename=cs); c.addElement(P(stylename=sm, text=x)); r.addElement(c)
    tb.addElement(r)
t.addElement(tb)
doc.save(out)
