#!/usr/bin/env python3
"""Saint-Rhémy-en-Bosses - bilingual avviso (Italian | French side by side),
written as a flat ODF text document (.fodt) and exported by LibreOffice Writer
in build.sh. Letterhead table with an embedded crest picture, the text in a
two-column table, a footer with the office's contacts."""
import sys
import base64
import io
from xml.sax.saxutils import escape
from PIL import Image, ImageDraw

OUT = sys.argv[1] if len(sys.argv) > 1 else "avviso-saintrhemyenbosses-inva.fodt"

# crest picture
im = Image.new("RGB", (120, 150), "white")
d = ImageDraw.Draw(im)
d.polygon([(6, 6), (114, 6), (114, 90), (60, 144), (6, 90)], fill=(217, 230, 247), outline=(38, 77, 140))
d.line([(6, 6), (114, 6), (114, 90), (60, 144), (6, 90), (6, 6)], fill=(38, 77, 140), width=4)
d.polygon([(14, 100), (60, 36), (106, 100)], fill=(255, 255, 255), outline=(38, 77, 140))
d.rectangle([52, 44, 68, 96], fill=(153, 0, 0))
d.rectangle([40, 58, 80, 72], fill=(153, 0, 0))
buf = io.BytesIO()
im.save(buf, "PNG")
crest = base64.b64encode(buf.getvalue()).decode()


def P(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, escape(text))


IT = [
    ("Pj", "Si informano le famiglie degli alunni residenti nel Comune di Saint-Rhémy-en-Bosses e frequentanti "
           "la scuola dell'infanzia e la scuola primaria di Étroubles e la scuola secondaria di primo grado di "
           "Gignod che sono aperte le iscrizioni ai servizi di trasporto scolastico e di mensa per l'anno "
           "scolastico 2027/2028."),
    ("Pj", "Le domande devono essere presentate entro il giorno 31 agosto 2027, utilizzando l'apposito modulo "
           "disponibile presso gli uffici comunali e sul sito istituzionale, con una delle seguenti modalità:"),
    ("Pl", "- consegna a mano all'Ufficio protocollo, nei giorni di apertura al pubblico;"),
    ("Pl", "- posta elettronica certificata all'indirizzo protocollo@pec.comune.saint-rhemy-en-bosses.ao.it."),
    ("Pj", "Le tariffe per l'anno scolastico 2027/2028 sono quelle approvate con deliberazione della Giunta "
           "comunale n. 36 del 17/06/2027. Le domande pervenute oltre il termine saranno accolte compatibilmente "
           "con la disponibilità dei posti sullo scuolabus."),
    ("Pj", "Per informazioni: Ufficio Segreteria, tel. 0165 780821, dal lunedì al venerdì dalle ore 9:00 alle "
           "ore 12:00."),
]
FR = [
    ("Pj", "Les familles des élèves qui résident dans la Commune de Saint-Rhémy-en-Bosses et qui fréquentent "
           "l'école maternelle et l'école primaire d'Étroubles et l'école secondaire du premier degré de Gignod "
           "sont informées que les inscriptions aux services de transport scolaire et de cantine pour l'année "
           "scolaire 2027/2028 sont ouvertes."),
    ("Pj", "Les demandes doivent être présentées au plus tard le 31 août 2027, au moyen du formulaire "
           "disponible dans les bureaux communaux et sur le site institutionnel, selon l'une des modalités "
           "suivantes :"),
    ("Pl", "- remise en mains propres au Bureau de l'enregistrement, pendant les heures d'ouverture au public ;"),
    ("Pl", "- courrier électronique certifié à l'adresse protocollo@pec.comune.saint-rhemy-en-bosses.ao.it."),
    ("Pj", "Les tarifs pour l'année scolaire 2027/2028 sont ceux approuvés par la délibération de la Junte "
           "communale n° 36 du 17 juin 2027. Les demandes reçues après le délai seront acceptées dans la limite "
           "des places disponibles dans le bus scolaire."),
    ("Pj", "Renseignements : Secrétariat, tél. 0165 780821, du lundi au vendredi, de 9 h à 12 h."),
]

body = []
body.append('<table:table table:name="Intestazione" table:style-name="Tlh">'
            '<table:table-column table:style-name="Tlh.A"/><table:table-column table:style-name="Tlh.B"/>'
            '<table:table-row><table:table-cell table:style-name="Tlh.c" office:value-type="string">'
            '<text:p text:style-name="Pc"><draw:frame draw:name="stemma" text:anchor-type="as-char" '
            'svg:width="1.6cm" svg:height="2cm"><draw:image><office:binary-data>%s</office:binary-data>'
            '</draw:image></draw:frame></text:p></table:table-cell>'
            '<table:table-cell table:style-name="Tlh.c" office:value-type="string">%s%s%s%s</table:table-cell>'
            '</table:table-row></table:table>'
            % (crest, P("Plh1", "COMUNE DI SAINT-RHÉMY-EN-BOSSES"), P("Plh2", "COMMUNE DE SAINT-RHÉMY-EN-BOSSES"),
               P("Plh3", "Regione Autonoma Valle d'Aosta - Région Autonome Vallée d'Aoste"),
               P("Plh3", "Hameau de Saint-Léonard, 1 - 11010 Saint-Rhémy-en-Bosses (AO) - tel. 0165 780821")))
body.append(P("Pline", ""))
body.append(P("Pprot", "Prot. n. 2431"))
body.append(P("Ptit", "AVVISO"))
body.append(P("Ptitf", "AVIS"))
body.append(P("Psub", "ISCRIZIONI AI SERVIZI DI TRASPORTO SCOLASTICO E DI MENSA - ANNO SCOLASTICO 2027/2028"))
body.append(P("Psubf", "Inscriptions aux services de transport scolaire et de cantine - année scolaire 2027/2028"))


def cell(items):
    return ('<table:table-cell table:style-name="Tb.c" office:value-type="string">%s</table:table-cell>'
            % "".join(P(s, t) for s, t in items))


body.append('<table:table table:name="Testo" table:style-name="Tb">'
            '<table:table-column table:style-name="Tb.A" table:number-columns-repeated="2"/>'
            '<table:table-row>%s%s</table:table-row></table:table>' % (cell(IT), cell(FR)))
body.append(P("Pdate", "Saint-Rhémy-en-Bosses, 07/07/2027"))
body.append(P("Psig", "IL SEGRETARIO COMUNALE"))
body.append(P("Psigf", "LE SECRÉTAIRE COMMUNAL"))
body.append(P("Psig2", "dott.ssa Sabrina Créton"))
body.append(P("Psig3", "(firmato digitalmente - signé numériquement)"))

doc = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Avviso iscrizioni trasporto scolastico e mensa 2027/2028</dc:title><meta:initial-creator>Segreteria</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="it" fo:country="IT" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.3cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Tlh" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:style style:name="Tlh.A" style:family="table-column"><style:table-column-properties style:column-width="2.3cm"/></style:style>
 <style:style style:name="Tlh.B" style:family="table-column"><style:table-column-properties style:column-width="14.7cm"/></style:style>
 <style:style style:name="Tlh.c" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle" fo:padding="0.05cm" fo:border="none"/></style:style>
 <style:style style:name="Tb" style:family="table"><style:table-properties style:width="17cm" table:align="left" fo:margin-top="0.3cm"/></style:style>
 <style:style style:name="Tb.A" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
 <style:style style:name="Tb.c" style:family="table-cell"><style:table-cell-properties fo:padding-left="0.15cm" fo:padding-right="0.25cm" fo:border-left="none" fo:border-right="0.5pt solid #777777" fo:border-top="none" fo:border-bottom="none" style:vertical-align="top"/></style:style>
 <style:style style:name="Plh1" style:family="paragraph"><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Plh2" style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Plh3" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="Pc" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Pline" style:family="paragraph"><style:paragraph-properties fo:border-bottom="1.5pt solid #264d8c" fo:padding-bottom="0.05cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="4pt"/></style:style>
 <style:style style:name="Pprot" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Ptit" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.4cm"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:letter-spacing="0.2cm"/></style:style>
 <style:style style:name="Ptitf" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="13pt" fo:font-style="italic" fo:letter-spacing="0.15cm"/></style:style>
 <style:style style:name="Psub" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="1cm" fo:margin-right="1cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Psubf" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm" fo:margin-left="1cm" fo:margin-right="1cm"/><style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Pj" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm" fo:line-height="125%"/></style:style>
 <style:style style:name="Pl" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.4cm" fo:text-indent="-0.3cm" fo:margin-bottom="0.1cm" fo:line-height="125%"/></style:style>
 <style:style style:name="Pdate" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.6cm"/></style:style>
 <style:style style:name="Psig" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="9cm" fo:margin-top="0.3cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Psigf" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="9cm"/><style:text-properties fo:font-style="italic" fo:font-size="9pt"/></style:style>
 <style:style style:name="Psig2" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="9cm" fo:margin-top="0.15cm"/></style:style>
 <style:style style:name="Psig3" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="9cm"/><style:text-properties fo:font-size="7.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Pfoot" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-top="0.5pt solid #777777"/><style:text-properties fo:font-size="7.5pt" fo:font-style="italic"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="Pfoot">Comune di Saint-Rhémy-en-Bosses - Ufficio Segreteria - info@comune.saint-rhemy-en-bosses.ao.it - www.comune.saint-rhemy-en-bosses.ao.it</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
@@BODY@@
</office:text></office:body></office:document>
""".replace("@@BODY@@", "\n".join(body))
open(OUT, "w", encoding="utf-8").write(doc)
