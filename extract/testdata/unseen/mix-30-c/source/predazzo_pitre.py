# Unnumbered avviso of Predazzo, a Writer letter (odfpy) carrying the PiTre protocol segnatura box; LibreOffice makes the PDF
import sys
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       PageLayout, PageLayoutProperties, MasterPage, Footer, Header, TableProperties, FontFace)
from odf.text import P, Span, LineBreak
from odf.table import Table, TableColumn, TableRow, TableCell
OUT = sys.argv[1]
doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name="DejaVu Sans", fontfamily="'DejaVu Sans'"))
doc.fontfacedecls.addElement(FontFace(name="DejaVu Serif", fontfamily="'DejaVu Serif'"))
pl = PageLayout(name="PL"); pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.3cm", marginbottom="1.3cm", marginleft="2.3cm", marginright="2cm"))
doc.automaticstyles.addElement(pl)
def ps(name, size="10pt", bold=False, align=None, font="DejaVu Sans", italic=False, mt=None, mb="0.12cm", ml=None, color=None):
    s = Style(name=name, family="paragraph")
    pp = {"marginbottom": mb}
    if align: pp["textalign"] = align
    if mt: pp["margintop"] = mt
    if ml: pp["marginleft"] = ml
    s.addElement(ParagraphProperties(**pp))
    tp = {"fontsize": size, "fontname": font}
    if bold: tp["fontweight"] = "bold"
    if italic: tp["fontstyle"] = "italic"
    if color: tp["color"] = color
    s.addElement(TextProperties(**tp)); doc.styles.addElement(s); return s
S_ente = ps("Ente", "15pt", True, "left", mb="0cm")
S_prov = ps("Prov", "8.5pt", False, "left", mb="0cm")
S_uff = ps("Uff", "9pt", True, "left", mt="0.1cm", color="#1b4d3e")
S_seg = ps("Seg", "7.5pt", False, "left", font="DejaVu Sans", mb="0cm")
S_tit1 = ps("Tit1", "16pt", True, "center", mt="0.7cm", mb="0.05cm")
S_tit2 = ps("Tit2", "12pt", True, "center", mb="0.5cm")
S_body = ps("Body", "10.5pt", False, "justify", font="DejaVu Serif", mb="0.2cm")
S_li = ps("Li", "10.5pt", False, "justify", font="DejaVu Serif", mb="0.12cm", ml="0.8cm")
S_sig = ps("Sig", "10pt", False, "center", ml="8.5cm", mb="0cm")
S_small = ps("Small", "7.5pt", False, "center", mb="0cm", color="#444444")
mp = MasterPage(name="Standard", pagelayoutname=pl)
ft = Footer(); ft.addElement(P(stylename=S_small, text="Comune di Predazzo – Piazza Santi Filippo e Giacomo, 3 – 38037 Predazzo (TN) – C.F. 00148710226 – www.comune.predazzo.tn.it"))
ft.addElement(P(stylename=S_small, text="Documento firmato digitalmente ai sensi del D.Lgs. 82/2005; copia analogica ai sensi dell'art. 3 bis, c. 4 bis, del medesimo decreto."))
mp.addElement(ft); doc.masterstyles.addElement(mp)
ts = Style(name="T1", family="table"); ts.addElement(TableProperties(width="16.7cm", align="left")); doc.automaticstyles.addElement(ts)
c1 = Style(name="C1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="10.2cm")); doc.automaticstyles.addElement(c1)
c2 = Style(name="C2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="6.5cm")); doc.automaticstyles.addElement(c2)
box = Style(name="Box", family="table-cell"); box.addElement(TableCellProperties(border="0.5pt solid #1b4d3e", padding="0.12cm", backgroundcolor="#f1f6f3")); doc.automaticstyles.addElement(box)
nob = Style(name="NoB", family="table-cell"); nob.addElement(TableCellProperties(border="none", padding="0cm")); doc.automaticstyles.addElement(nob)
t = Table(name="Intestazione", stylename=ts)
t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
tr = TableRow(); a = TableCell(stylename=nob); b = TableCell(stylename=box)
a.addElement(P(stylename=S_ente, text="COMUNE DI PREDAZZO"))
a.addElement(P(stylename=S_prov, text="Provincia autonoma di Trento"))
a.addElement(P(stylename=S_uff, text="Ufficio Patrimonio e Foreste"))
for line in ["Comune di Predazzo", "c_h018 - RFS058 - 0004127 - 23/03/2026 - P", "Classifica: 9.4 - Fascicolo 2026-9.4-00003", "PiTre - Protocollo Informatico Trentino"]:
    b.addElement(P(stylename=S_seg, text=line))
tr.addElement(a); tr.addElement(b); t.addElement(tr); doc.text.addElement(t)
doc.text.addElement(P(stylename=S_tit1, text="AVVISO"))
doc.text.addElement(P(stylename=S_tit2, text="ASSEGNAZIONE DELLE SORTI DI LEGNA DA ARDERE – STAGIONE 2026"))
for x in [
 "Si rende noto che, in attuazione del Regolamento comunale per l'assegnazione del legname ad uso interno e ai sensi della L.P. 23 maggio 2007, n. 11, sono aperti i termini per la richiesta delle sorti di legna da ardere (\"sorte\") ricavate dai boschi di proprietà comunale per la stagione 2026.",
 "Possono presentare domanda i nuclei familiari residenti nel Comune di Predazzo da almeno un anno alla data di pubblicazione del presente avviso. Ad ogni nucleo familiare può essere assegnata una sola sorte, pari a circa 8 metri steri di legna di faggio e abete in piedi o a bordo strada, secondo la disponibilità individuata dal Custode forestale.",
 "Le domande, redatte sull'apposito modulo disponibile presso l'Ufficio Patrimonio e Foreste e sul sito istituzionale, dovranno pervenire entro e non oltre venerdì 17 aprile 2026 con una delle seguenti modalità:"]:
    doc.text.addElement(P(stylename=S_body, text=x))
for x in ["– consegna a mano all'Ufficio Protocollo, dal lunedì al venerdì dalle 8:30 alle 12:30;",
          "– posta elettronica certificata all'indirizzo comune@pec.comune.predazzo.tn.it;",
          "– tramite lo sportello online \"Stanza del Cittadino\"."]:
    doc.text.addElement(P(stylename=S_li, text=x))
for x in [
 "Il corrispettivo per ciascuna sorte è fissato in € 45,00 (sorte in piedi) ed € 120,00 (sorte a bordo strada), come stabilito dalla deliberazione della Giunta comunale n. 38 del 10/03/2026. L'assegnazione avverrà mediante sorteggio pubblico che si terrà presso la sala consiliare il giorno mercoledì 6 maggio 2026 alle ore 18:00.",
 "Il taglio e l'esbosco delle sorti in piedi dovranno essere eseguiti entro il 31 ottobre 2026 nel rispetto delle prescrizioni del Custode forestale e delle norme di sicurezza. Per informazioni: Ufficio Patrimonio e Foreste, tel. 0462 508211, referente dott. forestale Matteo Dellantonio."]:
    doc.text.addElement(P(stylename=S_body, text=x))
doc.text.addElement(P(stylename=S_body, text="Predazzo, 23 marzo 2026"))
doc.text.addElement(P(stylename=S_sig, text="IL SEGRETARIO COMUNALE"))
doc.text.addElement(P(stylename=S_sig, text="dott.ssa Elena Brigadoi"))
doc.text.addElement(P(stylename=S_sig, text="(documento firmato digitalmente)"))
doc.save(OUT)
