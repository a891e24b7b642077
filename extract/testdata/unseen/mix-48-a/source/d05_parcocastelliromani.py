# Ente Regionale Parco dei Castelli Romani - numbered public notice (AVVISO
# PUBBLICO N. 3/2026) written on a Word letterhead template (header/footer,
# Calibri-like font, articles with bullets), converted with LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

OUT = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(3.0), Cm(2.2)
sec.header_distance = Cm(0.9)
st = doc.styles["Normal"]
st.font.name = "Carlito"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Carlito")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)

GREEN = RGBColor(0x2E, 0x6B, 0x30)
h = sec.header.paragraphs[0]
r = h.add_run("ENTE REGIONALE PARCO DEI CASTELLI ROMANI")
r.bold, r.font.size, r.font.color.rgb = True, Pt(14), GREEN
h.alignment = WD_ALIGN_PARAGRAPH.CENTER
h2 = sec.header.add_paragraph()
r = h2.add_run("Via Cesare Battisti, 5 – 00040 Rocca di Papa (RM) – www.parcocastelliromani.it")
r.font.size = Pt(8)
h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
f = sec.footer.paragraphs[0]
r = f.add_run("Ente Regionale Parco dei Castelli Romani – C.F. 92004270584 – PEC parcocastelliromani@pec.it")
r.font.size = Pt(7.5)
f.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(text, bold=False, align="j", size=None, italic=False, before=0):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    p.alignment = {"j": WD_ALIGN_PARAGRAPH.JUSTIFY, "c": WD_ALIGN_PARAGRAPH.CENTER,
                   "l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    p.paragraph_format.space_before = Pt(before)
    return p


def bullet(text):
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(text)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


para("AREA TECNICA", True, "l", 10)
para("Servizio Pianificazione, Sentieristica e Manutenzione del Territorio", False, "l", 10)
para("Prot. n. 1286 del 16/03/2026", False, "r", 9.5)
para("AVVISO PUBBLICO N. 3/2026", True, "c", 15, before=10)
para("OGGETTO: Avviso pubblico per la formazione di un elenco di operatori economici da invitare alle procedure di affidamento dei servizi di manutenzione della rete sentieristica del Parco per il biennio 2026-2027.", True, "j", 11)
para("IL RESPONSABILE DELL’AREA TECNICA", True, "c", before=6)
para("In esecuzione della determinazione dirigenziale n. 58 del 12/03/2026, ai sensi dell’art. 50, comma 1, lett. b) e c), del D.Lgs. 31 marzo 2023, n. 36 e dell’Allegato II.1 al medesimo decreto,")
para("RENDE NOTO", True, "c")
para("che l’Ente Regionale Parco dei Castelli Romani intende costituire un elenco di operatori economici qualificati da invitare alle procedure di affidamento dei servizi di manutenzione ordinaria e straordinaria della rete sentieristica ricadente nell’area protetta (sfalcio, decespugliamento, ripristino del fondo, posa e sostituzione della segnaletica verticale e orizzontale CAI).")
para("Art. 1 – Requisiti di partecipazione", True, "l", before=4)
bullet("assenza delle cause di esclusione di cui agli artt. 94 e 95 del D.Lgs. 36/2023;")
bullet("iscrizione alla C.C.I.A.A. per attività coerenti con l’oggetto dell’elenco, ovvero all’Albo regionale delle imprese agricole e forestali;")
bullet("aver eseguito nell’ultimo triennio almeno due servizi analoghi per enti pubblici, per un importo complessivo non inferiore a € 40.000,00.")
para("Art. 2 – Modalità e termini di presentazione", True, "l", before=4)
para("Le manifestazioni di interesse, redatte sul modello Allegato A e sottoscritte digitalmente dal legale rappresentante, dovranno pervenire esclusivamente a mezzo PEC all’indirizzo parcocastelliromani@pec.it entro le ore 12:00 del giorno 17/04/2026, riportando nell’oggetto la dicitura “Elenco operatori sentieristica 2026-2027”.")
para("Art. 3 – Formazione e utilizzo dell’elenco", True, "l", before=4)
para("L’elenco, formato in ordine di arrivo delle istanze ammesse, sarà utilizzato nel rispetto dei principi di rotazione, parità di trattamento e trasparenza. L’iscrizione non comporta alcun obbligo per l’Ente né diritto a ottenere affidamenti.")
para("Art. 4 – Trattamento dei dati personali", True, "l", before=4)
para("I dati forniti saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità connesse al presente avviso. Titolare del trattamento è l’Ente Regionale Parco dei Castelli Romani.")
para("Art. 5 – Informazioni", True, "l", before=4)
para("Responsabile del procedimento è il geom. Fabrizio Ceccarelli (tel. 06 9479 9326). Il presente avviso è pubblicato all’Albo pretorio on line e nella sezione “Amministrazione trasparente – Bandi di gara e contratti” per 30 giorni consecutivi.")
para("Rocca di Papa, 16/03/2026", False, "l", before=8)
para("Il Responsabile dell’Area Tecnica", False, "r")
para("Dott. For. Giulia Marcelli", True, "r")
para("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", False, "r", 8, True)
doc.save(OUT)
