# Comune di Bitetto, "Civilia"-like house style as the office's Word models (.docx
# written with python-docx), exported to PDF by LibreOffice Writer:
#   consiglio-31-bitetto-civilia.docx      Consiglio minute, the roll written as prose
#   convocazione-consiglio-bitetto-civilia.docx  the Presidente's convocation of that sitting
# People, numbers and facts are invented.
import sys, os
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
BLUE = RGBColor(0x1D, 0x3A, 0x6B)


def crest_png(path):
    im = Image.new("RGB", (184, 224), "white")
    d = ImageDraw.Draw(im)
    c = (0x1D, 0x3A, 0x6B)
    d.line([(12, 12), (172, 12), (172, 120)], fill=c, width=7)
    d.line([(12, 12), (12, 120)], fill=c, width=7)
    d.arc([12, 40, 172, 212], 0, 180, fill=c, width=7)
    d.line([(12, 80), (172, 80)], fill=c, width=5)
    d.ellipse([68, 120, 116, 168], outline=c, width=5)
    im.save(path)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), hexcolor)
    tcPr.append(sh)


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)


def setup(doc, crest, foot_text):
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
    pf = st.paragraph_format
    pf.space_after = Pt(5)
    pf.line_spacing = 1.15
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(16), Mm(16)
    sec.header_distance, sec.footer_distance = Mm(8), Mm(8)
    hdr = sec.header
    t = hdr.add_table(rows=1, cols=2, width=Mm(166))
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    c0, c1 = t.rows[0].cells
    t.autofit = False
    t.columns[0].width, t.columns[1].width = Mm(18), Mm(148)
    c0.width, c1.width = Mm(18), Mm(148)
    c0.paragraphs[0].add_run().add_picture(crest, width=Mm(13))
    p = c1.paragraphs[0]
    r = p.add_run("COMUNE DI BITETTO")
    r.bold = True; r.font.size = Pt(16); r.font.color.rgb = BLUE; r.font.name = "Liberation Sans"
    p2 = c1.add_paragraph()
    r = p2.add_run("Città Metropolitana di Bari")
    r.font.size = Pt(9.5); r.font.name = "Liberation Sans"
    hdr.paragraphs[0].text = ""
    ftr = sec.footer
    fp = ftr.paragraphs[0]
    r = fp.add_run(foot_text + " - pag. ")
    r.font.size = Pt(8)
    field(fp, "PAGE")
    fp.runs[-1].font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def jpara(doc, text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None, spacing=None):
    p = doc.add_paragraph()
    p.alignment = align
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if spacing is not None:
        rpr = r._r.get_or_add_rPr()
        sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(spacing)); rpr.append(sp)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def numbered(doc, n, text):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = Mm(8)
    p.paragraph_format.first_line_indent = Mm(-8)
    p.add_run("%d.\t%s" % (n, text))
    return p


def grid(doc, rows):
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in rows:
        cells = t.add_row().cells
        if len(row) == 4:
            for i, v in enumerate(row):
                cells[i].text = v
            shade(cells[0], "E8EDF5"); shade(cells[2], "E8EDF5")
            for i in (1, 3):
                for r in cells[i].paragraphs[0].runs:
                    r.bold = True
        else:
            cells[0].text = row[0]
            m = cells[1].merge(cells[3])
            m.text = row[1]
            shade(cells[0], "E8EDF5")
            if row[0] == "OGGETTO":
                for r in m.paragraphs[0].runs:
                    r.bold = True
        for c in cells:
            for p in c.paragraphs:
                p.paragraph_format.space_after = Pt(1)
                for r in p.runs:
                    r.font.size = Pt(10)
                    r.font.name = "Liberation Sans"
    widths = [Mm(38), Mm(45), Mm(30), Mm(53)]
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def consiglio31(crest):
    doc = Document()
    setup(doc, crest, "Deliberazione del Consiglio Comunale n. 31 del 29/06/2026")
    jpara(doc, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True,
          align=WD_ALIGN_PARAGRAPH.CENTER, size=12.5, after=6)
    grid(doc, [
        ("Deliberazione", "N. 31", "Data", "29/06/2026"),
        ("Seduta", "ordinaria - prima convocazione - pubblica"),
        ("Proposta", "n. 27 del 15/06/2026"),
        ("Settore proponente", "SETTORE I - AFFARI GENERALI E RISORSE UMANE"),
        ("OGGETTO", "Regolamento comunale per la concessione in uso delle sale e degli spazi di "
                    "proprietà comunale. Approvazione."),
    ])
    for t in [
        "L'anno 2026 il giorno 29 del mese di giugno alle ore 18:00, nella Sala consiliare del Palazzo "
        "di Città, si è riunito il Consiglio Comunale, convocato con avviso prot. n. 9876 del 22/06/2026, "
        "regolarmente notificato ai Consiglieri, in sessione ordinaria e in seduta pubblica di prima "
        "convocazione.",
        "Presiede la seduta la Presidente del Consiglio Comunale, prof.ssa Angela FIORE.",
        "Partecipa il Segretario Generale, dott. Michele ARMENISE, che cura la redazione del presente verbale.",
        "Eseguito l'appello nominale, sono presenti i Signori: LORUSSO Nicola (Sindaco), FIORE Angela, "
        "NAPOLITANO Vito, CAPUTO Grazia, DIPINTO Leonardo, SASSANELLI Maria, TRIGGIANI Raffaele, "
        "AMENDUNI Domenico, PALMISANO Rossella, DE BENEDICTIS Carlo, MASTRONARDI Ilaria, CIRIELLO "
        "Pasquale, DEPALO Antonio, VALENTINI Serena, CARELLA Giacomo; sono assenti i Signori: LATERZA "
        "Giovanni, MONTEMURRO Nunzia.",
        "Presenti n. 15 - Assenti n. 2.",
        "Sono altresì presenti, senza diritto di voto, gli Assessori esterni CAMPANELLI Rosa e "
        "LOVECCHIO Marianna.",
        "La Presidente, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta e, "
        "designati scrutatori i Consiglieri PALMISANO Rossella, MASTRONARDI Ilaria e CARELLA Giacomo, "
        "passa alla trattazione del punto n. 3 dell'ordine del giorno.",
    ]:
        jpara(doc, t)
    jpara(doc, "IL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for t in [
        "Udita la relazione del Sindaco, che illustra la proposta di regolamento predisposta dal "
        "Settore I - Affari Generali e Risorse Umane;",
        "Premesso che il Comune dispone di sale e spazi di proprietà comunale, tra cui la Sala "
        "consiliare, l'Auditorium comunale e le sale del Centro polifunzionale, che vengono richiesti "
        "in uso da associazioni, partiti, enti e privati per lo svolgimento di iniziative culturali, "
        "sociali e ricreative;",
        "Ritenuto necessario disciplinare in modo organico le modalità di richiesta, i criteri di "
        "concessione, le tariffe e le responsabilità dei concessionari, in sostituzione del "
        "regolamento approvato nel 2011;",
        "Visto il parere favorevole della I Commissione consiliare permanente, espresso nella seduta "
        "del 19/06/2026;",
        "Visti l'art. 7 e l'art. 42 del D.Lgs. 18 agosto 2000, n. 267;",
        "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49, "
        "comma 1, del D.Lgs. n. 267/2000;",
        "Dato atto che nel corso della discussione intervengono i Consiglieri CIRIELLO Pasquale e "
        "VALENTINI Serena, i cui interventi sono integralmente registrati e conservati agli atti;",
        "Con la seguente votazione, resa per alzata di mano e proclamata dalla Presidente: presenti "
        "n. 15; votanti n. 13; voti favorevoli n. 11; voti contrari n. 2 (CIRIELLO Pasquale e DEPALO "
        "Antonio); astenuti n. 2 (VALENTINI Serena e CARELLA Giacomo);",
    ]:
        jpara(doc, t)
    jpara(doc, "DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=80)
    for i, t in enumerate([
        "di approvare il \"Regolamento comunale per la concessione in uso delle sale e degli spazi di "
        "proprietà comunale\", composto da n. 18 articoli, allegato alla presente quale parte "
        "integrante e sostanziale (Allegato A);",
        "di abrogare il previgente regolamento approvato con deliberazione del Consiglio Comunale "
        "n. 44 del 28/11/2011;",
        "di stabilire che il Regolamento entra in vigore il quindicesimo giorno successivo alla "
        "pubblicazione all'Albo Pretorio on line della presente deliberazione;",
        "di demandare alla Giunta Comunale la determinazione delle tariffe d'uso delle sale.",
    ], 1):
        numbered(doc, i, t)
    jpara(doc, "Successivamente, IL CONSIGLIO COMUNALE, con separata votazione resa per alzata di mano, "
               "con il seguente esito: presenti n. 15, votanti n. 13, favorevoli n. 11, contrari n. 2 "
               "(CIRIELLO Pasquale e DEPALO Antonio), astenuti n. 2 (VALENTINI Serena e CARELLA "
               "Giacomo), DELIBERA di dichiarare la presente deliberazione immediatamente eseguibile ai "
               "sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
    p = jpara(doc, "PARERI ESPRESSI AI SENSI DELL'ART. 49, COMMA 1, DEL D.LGS. N. 267/2000", bold=True,
              align=WD_ALIGN_PARAGRAPH.LEFT, size=10)
    p.paragraph_format.keep_with_next = True
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for r, row in enumerate([("Regolarità tecnica", "FAVOREVOLE",
                              "Il Responsabile del Settore I, dott.ssa Annamaria Sblendorio - 15/06/2026"),
                             ("Regolarità contabile", "FAVOREVOLE",
                              "Il Responsabile del Settore II, dott. Vincenzo Cramarossa - 16/06/2026")]):
        for c, v in enumerate(row):
            t.rows[r].cells[c].text = v
            for rr in t.rows[r].cells[c].paragraphs[0].runs:
                rr.font.size = Pt(9.5)
    jpara(doc, "")
    jpara(doc, "Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto.")
    s = doc.add_table(rows=3, cols=2)
    for c, (a, b) in enumerate([("LA PRESIDENTE DEL CONSIGLIO", "prof.ssa Angela Fiore"),
                                ("IL SEGRETARIO GENERALE", "dott. Michele Armenise")]):
        s.rows[0].cells[c].text = a
        s.rows[1].cells[c].text = b
        s.rows[2].cells[c].text = "(firmato digitalmente)"
        for r in range(3):
            pp = s.rows[r].cells[c].paragraphs[0]
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for rr in pp.runs:
                rr.bold = r == 0
                rr.font.size = Pt(10 if r < 2 else 8)
    doc.save(os.path.join(OUT, "consiglio-31-bitetto-civilia.docx"))


def convocazione(crest):
    doc = Document()
    setup(doc, crest, "Ufficio di Presidenza del Consiglio Comunale - Prot. n. 9876 del 22/06/2026")
    jpara(doc, "UFFICIO DI PRESIDENZA DEL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT,
          size=10.5, after=10)
    t = doc.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = "Prot. n. 9876\nBitetto, 22/06/2026"
    t.rows[0].cells[1].text = ("Ai Consiglieri Comunali\nAl Sindaco\nAl Segretario Generale\n"
                               "Agli Assessori comunali\nAl Revisore dei conti\ne p.c. Al Prefetto di Bari\n"
                               "Al Comandante della Stazione Carabinieri di Bitetto")
    for c in t.rows[0].cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.size = Pt(10.5)
    jpara(doc, "", after=8)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run("OGGETTO: ")
    r.bold = True
    r = p.add_run("Convocazione del Consiglio Comunale in sessione ordinaria - seduta del 29 giugno 2026.")
    r.bold = True
    for t in [
        "Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 12 del vigente Regolamento "
        "per il funzionamento del Consiglio Comunale, sentita la Conferenza dei Capigruppo nella riunione "
        "del 19/06/2026, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale convocata in "
        "sessione ordinaria, in prima convocazione, per il giorno lunedì 29 giugno 2026 alle ore 18:00 "
        "e, occorrendo, in seconda convocazione per il giorno martedì 30 giugno 2026 alla stessa ora, "
        "presso la Sala consiliare del Palazzo di Città, per la trattazione del seguente",
    ]:
        jpara(doc, t)
    jpara(doc, "ORDINE DEL GIORNO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=40)
    for i, t in enumerate([
        "Lettura e approvazione dei verbali della seduta precedente.",
        "Comunicazioni del Sindaco e della Presidente del Consiglio.",
        "Regolamento comunale per la concessione in uso delle sale e degli spazi di proprietà comunale. "
        "Approvazione.",
        "Variazione al bilancio di previsione 2026/2028 ai sensi dell'art. 175, comma 2, del D.Lgs. "
        "n. 267/2000. Approvazione.",
        "Interrogazione del Consigliere CIRIELLO Pasquale sulla manutenzione della pubblica "
        "illuminazione nelle zone periferiche dell'abitato.",
    ], 1):
        numbered(doc, i, t)
    for t in [
        "La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso "
        "l'Ufficio di Segreteria e consultabile dai Consiglieri nelle ore d'ufficio, nonché nell'area "
        "riservata del portale istituzionale, a decorrere dalla data di notifica del presente avviso.",
        "La seduta è pubblica e sarà trasmessa in diretta streaming sul canale istituzionale dell'Ente.",
        "Distinti saluti.",
    ]:
        jpara(doc, t)
    jpara(doc, "LA PRESIDENTE DEL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    jpara(doc, "prof.ssa Angela Fiore", align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    jpara(doc, "(documento firmato digitalmente)", align=WD_ALIGN_PARAGRAPH.RIGHT, size=8.5)
    doc.save(os.path.join(OUT, "convocazione-consiglio-bitetto-civilia.docx"))


if __name__ == "__main__":
    crest = os.path.join(OUT, "stemma-bitetto.png")
    crest_png(crest)
    consiglio31(crest)
    convocazione(crest)
