#!/usr/bin/env python3
"""Beinasco (Sicraweb-like): ordinanza of the Settore Urbanistica e Lavori Pubblici, python-docx -> LibreOffice."""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(18); sec.bottom_margin = Mm(18)
st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(4)

hp = sec.header.paragraphs[0]
hp.text = "Comune di Beinasco - Ordinanza Reg. Gen. n. 9 del 12/01/2029"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; hp.runs[0].font.size = Pt(7.5)

def par(text="", bold=False, size=None, align=None, italic=False, after=None):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    p.alignment = align if align is not None else WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

C = WD_ALIGN_PARAGRAPH.CENTER
par("COMUNE DI BEINASCO", True, 17, C, after=0)
par("Città Metropolitana di Torino", False, 10, C, after=0)
par("Piazza Vittorio Alfieri n. 7 - 10092 Beinasco (TO) - PEC: protocollo@pec.comune.beinasco.to.it", False, 8.5, C, after=8)

box = doc.add_table(rows=1, cols=1); box.style = "Table Grid"; box.alignment = WD_TABLE_ALIGNMENT.CENTER
c = box.cell(0, 0); c.paragraphs[0].text = ""
r = c.paragraphs[0].add_run("SETTORE URBANISTICA E LAVORI PUBBLICI"); r.bold = True; r.font.size = Pt(11)
c.paragraphs[0].alignment = C
p2 = c.add_paragraph(); p2.alignment = C; r = p2.add_run("Servizio Viabilità e Manutenzioni"); r.font.size = Pt(10)
par("", after=2)
par("ORDINANZA", True, 14, C, after=4)
nt = doc.add_table(rows=3, cols=2); nt.style = "Table Grid"
for i, (a, b) in enumerate([("Registro Generale", "N. 9 del 12/01/2029"), ("Registro di Settore", "N. 4 del 12/01/2029"),
                            ("Proposta", "N. 11 del 11/01/2029")]):
    nt.cell(i, 0).text = a; nt.cell(i, 1).text = b
    nt.cell(i, 0).paragraphs[0].runs[0].bold = True
par("", after=2)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE E DELLA SOSTA IN STRADA TORINO, NEL TRATTO COMPRESO TRA VIA SAN GIACOMO E VIA MIRAFIORI, PER LAVORI DI RIFACIMENTO DEL MARCIAPIEDE DAL 15/01/2029 AL 26/01/2029"); r.bold = True
par("IL RESPONSABILE DEL SETTORE", True, 11, C, after=4)
for s in [
 "Vista la richiesta pervenuta in data 10/01/2029, prot. n. 612, dalla ditta Costruzioni Stradali Piovano S.r.l., con sede in None (TO), affidataria dei lavori di rifacimento del marciapiede lato nord di Strada Torino, con la quale si chiede l'emissione di provvedimento di regolamentazione della circolazione per consentire l'esecuzione dei lavori in sicurezza;",
 "Considerato che l'occupazione della sede stradale da parte dei mezzi d'opera e del cantiere comporta un restringimento della carreggiata tale da non consentire il transito a doppio senso di marcia;",
 "Sentito il Comando di Polizia Locale, che ha espresso parere favorevole con nota del 11/01/2029;",
 "Visti gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione approvato con D.P.R. 16 dicembre 1992, n. 495;",
 "Visto l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;"]:
    par(s)
par("O R D I N A", True, 11.5, C, after=4)
par("dalle ore 7:30 del giorno 15/01/2029 alle ore 18:00 del giorno 26/01/2029, e comunque fino al termine dei lavori, in Strada Torino nel tratto compreso tra via San Giacomo e via Mirafiori:")
for i, s in enumerate([
 "l'istituzione del senso unico alternato regolato da impianto semaforico mobile o da movieri;",
 "l'istituzione del divieto di sosta con rimozione forzata su entrambi i lati della carreggiata;",
 "l'istituzione del limite massimo di velocità di 30 km/h;",
 "la deviazione dei percorsi pedonali sul marciapiede del lato opposto, mediante idonea segnaletica e attraversamenti provvisori."], 1):
    p = par("%d) %s" % (i, s)); p.paragraph_format.left_indent = Mm(8); p.paragraph_format.first_line_indent = Mm(-6)
par("D I S P O N E", True, 11.5, C, after=4)
par("che la ditta esecutrice provveda alla posa e al mantenimento della segnaletica temporanea prevista dal D.M. 10 luglio 2002, almeno 48 ore prima dell'inizio dei lavori, e alla sua rimozione al termine degli stessi. Gli organi di polizia stradale di cui all'art. 12 del Codice della Strada sono incaricati di far rispettare la presente ordinanza.")
par("Avverso il presente provvedimento è ammesso ricorso al T.A.R. Piemonte entro 60 giorni dalla pubblicazione all'Albo Pretorio, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni; è altresì ammesso ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, del D.Lgs. 285/1992.")
par("Beinasco, 12/01/2029", after=10)
for t, b in [("IL RESPONSABILE DEL SETTORE", True), ("URBANISTICA E LAVORI PUBBLICI", True), ("Arch. Davide Chiapello", False), ("(firmato digitalmente)", False)]:
    p = par(t, b, 10 if b else 9.5, C, after=0); p.paragraph_format.left_indent = Mm(85)
doc.core_properties.author = "Sicraweb"; doc.core_properties.title = "Ordinanza 9/2029"
doc.save(sys.argv[1])
