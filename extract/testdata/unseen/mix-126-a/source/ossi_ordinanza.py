#!/usr/bin/env python3
"""Comune di Ossi - ordinanza sindacale n. 3/2028 (Halley house style), fpdf2.

Liberation Serif embedded; the headings "IL SINDACO", "ORDINA" are letter-spaced
with fpdf2's char spacing (Tc); the body is justified.
"""
import sys
import fpdf
from fpdf import FPDF

out = sys.argv[1]
F = '/usr/share/fonts/truetype/liberation/'


class Doc(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font('ser', '', 7.5)
        self.cell(0, 4, "Piazza Municipio, 1 - 07045 Ossi (SS) - Tel. 079 3403100 - "
                        "protocollo@pec.comune.ossi.ss.it", align='C', new_x='LMARGIN', new_y='NEXT')
        self.cell(0, 4, "Ordinanza n. 3 del 10/02/2028 - pag. %d/{nb}" % self.page_no(), align='R')


pdf = Doc('P', 'mm', 'A4')
pdf.alias_nb_pages()
pdf.set_margins(22, 15, 22)
pdf.set_auto_page_break(True, 22)
pdf.add_font('ser', '', F + 'LiberationSerif-Regular.ttf')
pdf.add_font('ser', 'B', F + 'LiberationSerif-Bold.ttf')
pdf.add_font('ser', 'I', F + 'LiberationSerif-Italic.ttf')
pdf.set_title("Ordinanza sindacale n. 3 del 10/02/2028")
pdf.set_author("Comune di Ossi")
pdf.set_creator("Halley Sardegna - Ordinanze")
pdf.set_producer("py-pdf/fpdf" + fpdf.__version__)
pdf.add_page()

pdf.set_font('ser', 'B', 17)
pdf.cell(0, 8, "COMUNE DI OSSI", align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('ser', 'I', 11)
pdf.cell(0, 6, "Provincia di Sassari", align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)

pdf.set_font('ser', 'B', 13)
pdf.cell(0, 7, "ORDINANZA SINDACALE N. 3 DEL 10/02/2028", border=1, align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('ser', 'I', 9)
pdf.cell(0, 5, "Ordinanza contingibile e urgente ai sensi dell'art. 50, comma 5, del D.Lgs. n. 267/2000",
         align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)

pdf.set_font('ser', 'B', 11)
x0 = pdf.get_x()
pdf.cell(22, 5.5, "OGGETTO:")
pdf.multi_cell(0, 5.5, "Chiusura temporanea della scuola dell'infanzia di via Grazia Deledda nei giorni 11 e "
                       "14 febbraio 2028 per guasto alla centrale termica.", align='L',
               new_x='LMARGIN', new_y='NEXT')
pdf.ln(5)


def spaced(text, size=12, sp=2.2):
    pdf.set_font('ser', 'B', size)
    pdf.set_char_spacing(sp)
    pdf.cell(0, 7, text, align='C', new_x='LMARGIN', new_y='NEXT')
    pdf.set_char_spacing(0)
    pdf.ln(2)


def body(lead, text):
    pdf.set_font('ser', '', 11)
    pdf.multi_cell(0, 5.4, "**%s** %s" % (lead, text), align='J', markdown=True,
                   new_x='LMARGIN', new_y='NEXT')
    pdf.ln(1.5)


spaced("IL SINDACO", 12.5, 3)
body("PRESO ATTO", "della comunicazione del Responsabile dell'Area Tecnica, acquisita al prot. n. 1532 del "
     "10/02/2028, con la quale si segnala il guasto della caldaia della centrale termica a servizio della "
     "scuola dell'infanzia di via Grazia Deledda, plesso dell'Istituto Comprensivo di Ossi, e si stima in "
     "almeno tre giorni lavorativi il tempo necessario per la sostituzione del bruciatore;")
body("CONSIDERATO", "che le temperature minime previste per i prossimi giorni non consentono lo svolgimento "
     "delle attività didattiche in condizioni di sicurezza e di benessere per i bambini e per il personale, "
     "in assenza di riscaldamento dei locali;")
body("SENTITO", "il Dirigente scolastico dell'Istituto Comprensivo di Ossi, che ha condiviso la necessità della "
     "chiusura del plesso;")
body("RITENUTO", "che ricorrano i presupposti di contingibilità e urgenza per la tutela della salute pubblica "
     "di cui all'art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267;")
body("VISTO", "lo Statuto comunale;")
pdf.ln(2)
spaced("ORDINA", 12.5, 4)
pts = [
    "la chiusura della scuola dell'infanzia di via Grazia Deledda nei giorni di venerdì 11 e lunedì 14 "
    "febbraio 2028, con la sospensione di tutte le attività didattiche del plesso;",
    "la sospensione, negli stessi giorni, del servizio di mensa scolastica e del servizio di trasporto "
    "scolastico limitatamente agli iscritti al medesimo plesso;",
    "all'Area Tecnica di provvedere con la massima urgenza al ripristino della funzionalità dell'impianto "
    "termico e di verificarne il regolare funzionamento prima della riapertura del plesso.",
]
pdf.set_font('ser', '', 11)
for i, p in enumerate(pts, 1):
    y = pdf.get_y()
    pdf.cell(8, 5.4, "%d." % i)
    pdf.multi_cell(0, 5.4, p, align='J', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(1.5)
pdf.ln(2)
spaced("DISPONE", 12.5, 4)
pdf.set_font('ser', '', 11)
pdf.multi_cell(0, 5.4, "che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito "
               "istituzionale del Comune e sia trasmessa al Dirigente scolastico dell'Istituto Comprensivo di "
               "Ossi, alla ditta concessionaria del servizio di mensa scolastica, al Comando di Polizia Locale "
               "e alla Stazione dei Carabinieri di Ossi.", align='J', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
spaced("AVVERTE", 12.5, 4)
pdf.set_font('ser', '', 11)
pdf.multi_cell(0, 5.4, "che contro il presente provvedimento è ammesso ricorso al Tribunale Amministrativo "
               "Regionale della Sardegna entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al "
               "Presidente della Repubblica entro 120 giorni dalla medesima data.", align='J',
               new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
pdf.cell(80, 6, "Ossi, 10/02/2028")
pdf.set_font('ser', 'B', 11)
pdf.cell(0, 6, "IL SINDACO", align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('ser', '', 11)
pdf.cell(80, 6, "")
pdf.cell(0, 6, "Giovanni Maria Piras", align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('ser', 'I', 8)
pdf.cell(80, 5, "")
pdf.cell(0, 5, "(firmato digitalmente)", align='C', new_x='LMARGIN', new_y='NEXT')
pdf.output(out)
