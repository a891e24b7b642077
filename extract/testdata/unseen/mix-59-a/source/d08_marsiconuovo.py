# Comune di Marsico Nuovo - Bando pubblico n. 2/2026, Word template built with python-docx (converted by LibreOffice in build.sh)
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21); sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.6)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI MARSICO NUOVO\n"); r.bold = True; r.font.size = Pt(16)
r = hp.add_run("Provincia di Potenza\n"); r.italic = True; r.font.size = Pt(10)
r = hp.add_run("AREA AMMINISTRATIVA – Servizio Attività Produttive e SUAP"); r.font.size = Pt(10)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Comune di Marsico Nuovo – Bando pubblico n. 2/2026"); r.font.size = Pt(8)
def P(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=4, italic=False):
    p = d.add_paragraph(); p.alignment = align; p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p
P("Prot. n. 2871                                                                         Marsico Nuovo, 16/03/2026", align=WD_ALIGN_PARAGRAPH.LEFT, size=10, after=14)
P("BANDO PUBBLICO N. 2/2026", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=15, after=6)
P("CONTRIBUTI A FONDO PERDUTO PER IL SOSTEGNO DELLE ATTIVITÀ COMMERCIALI E ARTIGIANALI DEL CENTRO STORICO – ANNUALITÀ 2026", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, after=14)
P("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
P("In esecuzione della deliberazione della Giunta Comunale n. 22 del 26/02/2026 e della propria determinazione n. 61 del 12/03/2026, con la quale è stato approvato il presente bando;")
P("RENDE NOTO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
P("che è indetta una procedura pubblica per l'assegnazione di contributi a fondo perduto in favore delle micro e piccole imprese commerciali e artigianali con sede operativa nel centro storico di Marsico Nuovo, nel limite complessivo di euro 60.000,00.")
for title, body in [
 ("Art. 1 – Beneficiari", "Possono presentare domanda le imprese iscritte al Registro delle imprese della C.C.I.A.A. della Basilicata, attive alla data di pubblicazione del presente bando, con unità locale ubicata nella zona A del vigente Regolamento urbanistico."),
 ("Art. 2 – Spese ammissibili", "Sono ammissibili le spese sostenute dal 1° gennaio 2026 al 30 settembre 2026 per: a) lavori di rifacimento di vetrine, insegne e facciate; b) acquisto di arredi e attrezzature; c) dotazioni informatiche e sistemi di pagamento elettronico."),
 ("Art. 3 – Entità del contributo", "Il contributo è pari al 70% della spesa ammissibile, fino a un massimo di euro 5.000,00 per impresa. Le domande sono finanziate secondo l'ordine della graduatoria fino all'esaurimento delle risorse."),
 ("Art. 4 – Modalità e termini di presentazione", "La domanda, redatta sul modello allegato (Allegato 1), deve pervenire entro le ore 12:00 del 30/04/2026 esclusivamente a mezzo PEC all'indirizzo istituzionale del Comune, indicando nell'oggetto «Bando n. 2/2026 – Contributi centro storico»."),
 ("Art. 5 – Informazioni", "Il responsabile del procedimento è la dott.ssa Rosa Lovallo, Servizio Attività Produttive e SUAP, presso la sede municipale (dal lunedì al venerdì, ore 9:00–12:00)."),
]:
    P(title, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=2); P(body)
P("Il presente bando è pubblicato all'Albo Pretorio on line e sul sito istituzionale del Comune per 45 giorni consecutivi.", after=18)
P("IL RESPONSABILE DELL'AREA AMMINISTRATIVA\nDott. Michele Tancredi\n(firmato digitalmente)", align=WD_ALIGN_PARAGRAPH.RIGHT)
d.core_properties.author = "ufficio.suap"; d.core_properties.title = "Bando 2-2026 contributi centro storico"
d.save(sys.argv[1])
