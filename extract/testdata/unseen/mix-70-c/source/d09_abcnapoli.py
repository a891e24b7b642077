# ABC Acqua Bene Comune Napoli (azienda speciale) - determinazione: python-docx Word template
# (letterhead in the page header, register line in the footer), converted by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(3.4); sec.bottom_margin = Cm(2.4)
h = sec.header.paragraphs[0]; r = h.add_run("ABC Acqua Bene Comune Napoli"); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x00, 0x5B, 0x9A)
h2 = sec.header.add_paragraph(); r = h2.add_run("Azienda Speciale del Comune di Napoli – Via Argine, 929 – 80147 Napoli – P.IVA 07679350632"); r.font.size = Pt(8)
f = sec.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run("ABC Napoli a.s. – Determinazione Reg. Gen. n. 87/2026 – documento firmato digitalmente"); r.font.size = Pt(7.5)
def P(text="", bold=False, align=None, size=None, space=4):
    p = d.add_paragraph(); p.paragraph_format.space_after = Pt(space)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        r = p.add_run(text); r.bold = bold
        if size: r.font.size = Pt(size)
    return p
P("DIREZIONE TECNICA", True, "c", 12, 0)
P("Servizio Manutenzione Reti Idriche", False, "c", 10.5, 8)
t = d.add_table(rows=2, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [("DETERMINAZIONE", "Reg. Gen. n. 87"), ("Reg. Direzione", "n. 19"), ("Data", "27/04/2026"), ("Proposta", "n. 102 del 24/04/2026")]
for i, (a, b) in enumerate(cells):
    t.cell(0, i).text = a; t.cell(1, i).text = b
    t.cell(0, i).paragraphs[0].runs[0].bold = True
P("", space=2)
p = P(align="j"); r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("Lavori urgenti di riparazione della condotta adduttrice DN 600 in via Marina, tratto compreso tra piazza Duca degli Abruzzi e via Alessandro Volta – Affidamento ai sensi dell'art. 140 del D.Lgs. 36/2023 (somma urgenza) – CIG B8F21C7D05 – Approvazione della perizia giustificativa e impegno di spesa."); r.bold = True
P("IL DIRETTORE TECNICO", True, "c", 11, 6)
for a, b in [
 ("Premesso", " che in data 20/04/2026 si è verificata una rottura della condotta adduttrice DN 600 in via Marina, con conseguente interruzione del servizio idrico nei quartieri Mercato e Pendino e allagamento della sede stradale;"),
 ("Visto", " il verbale di somma urgenza redatto in pari data dal Responsabile del Servizio Manutenzione Reti Idriche, ing. Gaetano Esposito, ai sensi dell'art. 140 del D.Lgs. 31 marzo 2023, n. 36;"),
 ("Dato atto", " che i lavori sono stati affidati all'impresa Idrotecnica Partenopea S.r.l., con sede in Casoria (NA), presente nell'elenco degli operatori economici dell'Azienda, per l'importo stimato di euro 64.750,00 oltre IVA;"),
 ("Vista", " la perizia giustificativa dei lavori redatta in data 23/04/2026;"),
 ("Visti", " lo Statuto dell'Azienda Speciale, il Regolamento di organizzazione e la delega conferita dal Direttore Generale con provvedimento n. 4 del 12/01/2026;"),
]:
    p = P(align="j"); r = p.add_run(a); r.bold = True; p.add_run(b)
P("DETERMINA", True, "c", 11, 6)
for i, x in enumerate([
 "di approvare la perizia giustificativa dei lavori urgenti di riparazione della condotta adduttrice DN 600 in via Marina per l'importo di euro 64.750,00 oltre IVA, di cui euro 2.900,00 per oneri della sicurezza;",
 "di confermare l'affidamento dei lavori all'impresa Idrotecnica Partenopea S.r.l. (P.IVA 05872310639);",
 "di impegnare la somma complessiva di euro 78.995,00 IVA inclusa sul conto 410.205 del Budget 2026 – Manutenzioni straordinarie reti;",
 "di trasmettere il presente provvedimento all'Area Amministrazione e Finanza e al Responsabile della Trasparenza per la pubblicazione.",
], 1):
    p = P(f"{i}. {x}", align="j"); p.paragraph_format.left_indent = Cm(0.6); p.paragraph_format.first_line_indent = Cm(-0.6)
P("Napoli, 27/04/2026", space=10)
P("IL DIRETTORE TECNICO", True, "r", 10.5, 0).alignment = WD_ALIGN_PARAGRAPH.RIGHT
p = P("ing. Vincenzo Russo"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.core_properties.author = "ABC Napoli - Protocollo"; d.core_properties.title = "Determinazione 87/2026"
d.save(sys.argv[1])
