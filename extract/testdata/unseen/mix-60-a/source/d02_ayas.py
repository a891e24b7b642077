# Commune d'Ayas / Comune di Ayas: Conseil communal deliberation, French/Italian labels, Italian body.
# Writes a flat ODF text document (.fodt) that LibreOffice Writer exports to PDF.
import sys
from xml.sax.saxutils import escape as E
out = sys.argv[1]
def P(text, style="Body"): return f'<text:p text:style-name="{style}">{text}</text:p>\n'
def cell(content, style="Cell", span=1, vspan=None):
    a = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"{a}>{content}</table:table-cell>' + '<table:covered-table-cell/>' * (span - 1)
def row(*cells): return "<table:table-row>" + "".join(cells) + "</table:table-row>\n"
def table(name, widths, rows, tstyle="Tbl"):
    cols = "".join(f'<table:table-column table:style-name="{name}.{chr(65+i)}"/>' for i in range(len(widths)))
    return f'<table:table table:name="{name}" table:style-name="{tstyle}">{cols}{"".join(rows)}</table:table>\n'
def colstyles(name, widths):
    return "".join(f'<style:style style:name="{name}.{chr(65+i)}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>' for i, w in enumerate(widths))

FR = lambda s: f'<text:span text:style-name="Fr">{s}</text:span>'
body = ""
# letterhead: two halves
lh = table("LH", [8.5, 8.5], [row(
    cell(P("COMMUNE D'AYAS", "LhL") + P("Région Autonome Vallée d'Aoste", "LhSmallL"), "NoB"),
    cell(P("COMUNE DI AYAS", "LhR") + P("Regione Autonoma Valle d'Aosta", "LhSmallR"), "NoB"))], "TblLH")
body += lh
body += P("", "Body")
body += P(FR("DÉLIBÉRATION DU CONSEIL COMMUNAL") + " / DELIBERAZIONE DEL CONSIGLIO COMUNALE", "Title")
reg = table("REG", [4.2, 4.3, 4.2, 4.3], [
    row(cell(P(FR("N°") + " / N.", "Lab"), "Grey"), cell(P("<text:span text:style-name=\"B\">14</text:span>", "Val")),
        cell(P(FR("Séance du") + " / Seduta del", "Lab"), "Grey"), cell(P("<text:span text:style-name=\"B\">23.4.2026</text:span>", "Val"))),
    row(cell(P(FR("Séance") + " / Seduta", "Lab"), "Grey"), cell(P(FR("ordinaire") + " / ordinaria – " + FR("publique") + " / pubblica", "Val"), span=3)),
    row(cell(P(FR("Objet") + " / Oggetto", "Lab"), "Grey"),
        cell(P("<text:span text:style-name=\"B\">Approvazione del rendiconto della gestione per l'esercizio finanziario 2025 e destinazione dell'avanzo di amministrazione.</text:span>", "Val"), span=3)),
])
body += reg
body += P("", "Body")
body += P(FR("L'an deux mille vingt-six, le vingt-trois avril, à 20 h 30, dans la salle du Conseil de la Maison communale, le Conseil communal s'est réuni en séance ordinaire.") , "Body")
body += P("L'anno duemilaventisei, il giorno ventitré del mese di aprile, alle ore 20.30, nella sala consiliare della Casa comunale, si è riunito il Consiglio comunale in seduta ordinaria. Risultano:", "Body")
members = [("FOSSON Michel", "Syndic", "Sindaco", "P"), ("FAVRE Ilaria", "Vice-syndic", "Vicesindaco", "P"),
           ("OBERT Luca", "Conseiller", "Consigliere", "P"), ("VUILLERMOZ Chantal", "Conseillère", "Consigliera", "P"),
           ("DUNOYER Pietro", "Conseiller", "Consigliere", "P"), ("BRUNOD Elena", "Conseillère", "Consigliera", "AG"),
           ("GAL Matteo", "Conseiller", "Consigliere", "P"), ("CRÉTIER Sophie", "Conseillère", "Consigliera", "P"),
           ("VALLET Andrea", "Conseiller", "Consigliere", "P"), ("RIGOLLET Franco", "Conseiller", "Consigliere", "P"),
           ("JORIOZ Nadia", "Conseillère", "Consigliera", "P")]
rows = [row(cell(P(FR("Nom et prénom") + " / Cognome e nome", "Th"), "Grey"), cell(P(FR("Fonction") + " / Carica", "Th"), "Grey", span=2),
            cell(P(FR("Présence") + " / Presenza", "Th"), "Grey", span=2)),
        row(cell(P("", "Th"), "Grey"), cell(P(FR("français"), "Th"), "Grey"), cell(P("italiano", "Th"), "Grey"),
            cell(P("P", "Th"), "Grey"), cell(P("A", "Th"), "Grey"))]
for n, f, i, m in members:
    rows.append(row(cell(P(n, "Td")), cell(P(FR(f), "Td")), cell(P(i, "Td")),
                    cell(P("P" if m == "P" else "", "Tc")), cell(P("" if m == "P" else m, "Tc"))))
body += table("ROLL", [5.6, 3.2, 3.2, 1.8, 1.8], rows)
body += P(FR("P = présent / présente; A = absent; AG = absent justifié") + " – P = presente; A = assente; AG = assente giustificato. Présents / Presenti: 10 – Absents / Assenti: 1", "Small")
body += P("Assume la presidenza il Sindaco Michel Fosson, il quale, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta. Assiste il Segretario comunale dott. Stefano Ronc, che cura la redazione del presente verbale.", "Body")
body += P(FR("LE CONSEIL COMMUNAL") + " / IL CONSIGLIO COMUNALE", "Head")
for t in ["RICHIAMATA la legge regionale 7 dicembre 1998, n. 54, e in particolare l'art. 23 relativo alle competenze del Consiglio comunale;",
          "VISTO lo schema di rendiconto della gestione per l'esercizio 2025 approvato dalla Giunta comunale con deliberazione n. 31 del 26/03/2026, che chiude con un avanzo di amministrazione di € 412.368,17;",
          "VISTA la relazione dell'organo di revisione economico-finanziaria, favorevole;",
          "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile;",
          "CON VOTI presenti n. 10, votanti n. 9, favorevoli n. 8, contrari n. 1 (Obert), astenuti n. 1 (Vuillermoz), espressi per alzata di mano;"]:
    body += P(t, "Body")
body += P(FR("DÉLIBÈRE") + " / DELIBERA", "Head")
for k, t in enumerate(["di approvare il rendiconto della gestione per l'esercizio finanziario 2025, composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale;",
                       "di accertare un risultato di amministrazione di € 412.368,17, di cui € 96.400,00 di parte accantonata e € 58.210,44 di parte vincolata;",
                       "di destinare la quota libera dell'avanzo, pari a € 257.757,73, a spese di investimento per la manutenzione straordinaria della viabilità comunale."], 1):
    body += P(f"{k}. {t}", "Point")
body += P("La presente deliberazione diviene esecutiva ai sensi dell'art. 52 ter della L.R. 54/1998.", "Body")
body += P("", "Body")
body += table("SIG", [8.5, 8.5], [row(cell(P(FR("Le Syndic") + " / Il Sindaco", "SigC") + P("Michel Fosson", "SigC"), "NoB"),
                                      cell(P(FR("Le Secrétaire communal") + " / Il Segretario comunale", "SigC") + P("dott. Stefano Ronc", "SigC"), "NoB"))], "TblLH")

styles = colstyles("LH", [8.5, 8.5]) + colstyles("REG", [4.2, 4.3, 4.2, 4.3]) + colstyles("ROLL", [5.6, 3.2, 3.2, 1.8, 1.8]) + colstyles("SIG", [8.5, 8.5])
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.4cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
 <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="center" fo:margin-top="0.1cm"/></style:style>
<style:style style:name="TblLH" style:family="table"><style:table-properties style:width="17cm" table:align="center"/></style:style>
{styles}
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="0.5pt solid #666666"/></style:style>
<style:style style:name="Grey" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:background-color="#e4e9f0" fo:border="0.5pt solid #666666"/></style:style>
<style:style style:name="NoB" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border-bottom="1.5pt solid #1f3d6b"/></style:style>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.12cm"/></style:style>
<style:style style:name="Point" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.5cm"/></style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="11.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Head" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="LhL" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt" fo:font-weight="bold" fo:color="#1f3d6b"/></style:style>
<style:style style:name="LhR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt" fo:font-weight="bold" fo:color="#1f3d6b"/></style:style>
<style:style style:name="LhSmallL" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/></style:style>
<style:style style:name="LhSmallR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/></style:style>
<style:style style:name="Lab" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/></style:style>
<style:style style:name="Val" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt"/></style:style>
<style:style style:name="Th" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Td" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/></style:style>
<style:style style:name="Tc" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/></style:style>
<style:style style:name="SigC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:color="#555555"/></style:style>
<style:style style:name="Fr" style:family="text"><style:text-properties fo:font-style="italic" fo:color="#1f3d6b"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:footer><text:p text:style-name="Foot">Commune d'Ayas / Comune di Ayas – Délibération du Conseil / Deliberazione del Consiglio n. 14/2026 – page / pagina <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
'''
open(out, "w", encoding="utf-8").write(doc)
