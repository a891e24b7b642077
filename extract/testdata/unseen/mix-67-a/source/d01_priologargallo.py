# Comune di Priolo Gargallo (SR) - Consiglio Comunale n. 27 del 08/06/2026.
# A Word model written with python-docx, exported by LibreOffice Writer (build.sh).
# Sicilian council: the Sindaco is not a member; "Consiglieri assegnati n. 16 - in carica n. 16 -
# presenti n. 12"; roll as a three-column table (Consigliere | Carica | Presente/Assente);
# vote with counts and the names of those against; running foot with number and page field.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(2.0)

st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(3)


def para(text="", bold=False, size=None, align=None, italic=False, after=None, before=None, runs=None, indent=None):
    p = d.add_paragraph()
    if runs is None:
        runs = [(text, bold, italic)]
    for t, b, i in runs:
        r = p.add_run(t)
        r.bold, r.italic = b, i
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def borders(table, sz=6):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(sz)); el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)


def field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


# running foot
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Deliberazione del Consiglio Comunale n. 27 del 08/06/2026 – pag. ")
r.font.size = Pt(8.5)
r2 = fp.add_run(); r2.font.size = Pt(8.5); field(r2, "PAGE")
r3 = fp.add_run(" di "); r3.font.size = Pt(8.5)
r4 = fp.add_run(); r4.font.size = Pt(8.5); field(r4, "NUMPAGES")

# letterhead
para("COMUNE DI PRIOLO GARGALLO", bold=True, size=17, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para("Libero Consorzio Comunale di Siracusa", size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, italic=True)
para("Via Nino Bixio n. 1 – 96010 Priolo Gargallo (SR) – C.F. 81000950898", size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

para("ORIGINALE", bold=True, size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, after=2)
para("DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para("N. 27 del 08/06/2026", bold=True, size=12.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)

t = d.add_table(rows=1, cols=2)
borders(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
t.autofit = False
t.columns[0].width, t.columns[1].width = Cm(2.6), Cm(14.0)
c0.width, c1.width = Cm(2.6), Cm(14.0)
c0.paragraphs[0].add_run("OGGETTO:").bold = True
shade(c0, "E6E6E6")
c1.paragraphs[0].add_run("Approvazione del Regolamento comunale per la concessione in uso temporaneo dei beni "
                         "immobili comunali alle associazioni del territorio.").bold = True
para("", after=2)

para(runs=[("Proposta di deliberazione n. 31 del 22/05/2026 – Settore proponente: ", False, False),
           ("Settore I – Affari Generali", True, False)], size=10, after=8)

para("L’anno duemilaventisei, il giorno otto del mese di giugno, alle ore 18:30 e seguenti, nella sala delle "
     "adunanze consiliari del Palazzo Municipale, convocato con avvisi notificati a norma di legge e di "
     "regolamento, si è riunito il Consiglio Comunale in seduta ordinaria, di prima convocazione, "
     "pubblica. Presiede la seduta il Presidente del Consiglio Comunale, dott. Salvatore Gianninoto.",
     align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("All’appello nominale risultano:", after=4)

roll = [("GIANNINOTO Salvatore", "Presidente del Consiglio", "Presente"),
        ("CARUSO Maria Concetta", "Vice Presidente", "Presente"),
        ("BASILE Corrado", "Consigliere", "Presente"),
        ("DI MAURO Antonella", "Consigliere", "Presente"),
        ("SPADA Giuseppe", "Consigliere", "Assente"),
        ("FORMOSA Letizia", "Consigliere", "Presente"),
        ("LO BELLO Sebastiano", "Consigliere", "Presente"),
        ("CONDORELLI Rita", "Consigliere", "Assente"),
        ("MESSINA Paolo", "Consigliere", "Presente"),
        ("SCIFO Vincenzo", "Consigliere", "Presente"),
        ("TRINGALI Daniela", "Consigliere", "Presente"),
        ("PUGLISI Marco", "Consigliere", "Assente"),
        ("ALÌ Carmela", "Consigliere", "Presente"),
        ("GIARRATANA Fabio", "Consigliere", "Presente"),
        ("VINCI Alessia", "Consigliere", "Presente"),
        ("ROMANO Emanuele", "Consigliere", "Assente")]
t = d.add_table(rows=1 + len(roll), cols=3)
borders(t, 4)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
hd = ("Consigliere", "Carica", "Presente/Assente")
widths = (Cm(7.0), Cm(5.6), Cm(4.0))
t.autofit = False
for i, w in enumerate(widths):
    t.columns[i].width = w
for i, h in enumerate(hd):
    c = t.rows[0].cells[i]
    c.width = widths[i]
    rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(10.5)
    shade(c, "D9D9D9")
for j, row in enumerate(roll):
    for i, v in enumerate(row):
        c = t.rows[j + 1].cells[i]
        c.width = widths[i]
        rr = c.paragraphs[0].add_run(v); rr.font.size = Pt(10.5)
        c.paragraphs[0].paragraph_format.space_after = Pt(0)
        if i == 2:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

para("", after=2)
para("Consiglieri assegnati n. 16 – in carica n. 16 – presenti n. 12 – assenti n. 4", bold=True,
     align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
para("Partecipano alla seduta, senza diritto di voto, il Sindaco Antonino Morello e gli Assessori Giuseppina "
     "Fazzino e Santo Cultrera. Partecipa il Segretario Generale dott.ssa Giovanna Ferlito, incaricata della "
     "redazione del verbale.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("Il Presidente, constatato il numero legale, dichiara aperta la seduta e pone in trattazione l’argomento "
     "in oggetto, iscritto al punto 3 dell’ordine del giorno. Sono nominati scrutatori i consiglieri Formosa, "
     "Scifo e Vinci.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)

para("IL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=4).paragraph_format.keep_with_next = True
for s in [
    "VISTA la proposta di deliberazione n. 31 del 22/05/2026, predisposta dal Settore I – Affari Generali, "
    "avente ad oggetto quanto in epigrafe, che si allega al presente atto per farne parte integrante e sostanziale;",
    "PREMESSO che il Comune è proprietario di immobili non destinati a uso istituzionale, tra i quali i locali "
    "dell’ex mercato ittico di via Castel Lentini e le sale del Centro civico di contrada Biggemi, per i quali "
    "pervengono numerose richieste di utilizzo temporaneo da parte di associazioni culturali, sportive e di volontariato;",
    "RITENUTO necessario disciplinare in modo uniforme i criteri di concessione, i canoni agevolati, le "
    "garanzie e gli obblighi dei concessionari, nel rispetto dei principi di trasparenza e parità di trattamento;",
    "VISTO il parere della II Commissione consiliare permanente, reso nella seduta del 29/05/2026;",
    "VISTI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell’art. 53 della L. n. 142/1990, "
    "come recepito dalla L.R. n. 48/1991, e dell’art. 49 del D.Lgs. n. 267/2000;",
    "UDITI gli interventi dei consiglieri Basile, Tringali e Lo Bello, riportati nel resoconto della seduta;",
    "VISTO l’O.R.EE.LL. vigente nella Regione Siciliana;",
]:
    para(s, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

para("Con votazione palese, per alzata di mano, che dà il seguente risultato, accertato con l’assistenza degli "
     "scrutatori: consiglieri presenti n. 12, votanti n. 12, voti favorevoli n. 9, voti contrari n. 3 (Basile, "
     "Tringali e Vinci), astenuti nessuno;", align=WD_ALIGN_PARAGRAPH.JUSTIFY)

para("DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=4)
for i, s in enumerate([
    "di approvare il Regolamento comunale per la concessione in uso temporaneo dei beni immobili comunali alle "
    "associazioni del territorio, composto da n. 18 articoli, nel testo allegato alla proposta;",
    "di dare atto che il Regolamento entra in vigore il quindicesimo giorno successivo alla pubblicazione "
    "all’Albo pretorio on line della presente deliberazione;",
    "di demandare al Responsabile del Settore I – Affari Generali e al Responsabile del Settore IV – Patrimonio "
    "gli adempimenti conseguenti, ivi compresa la pubblicazione nella sezione Amministrazione Trasparente."], 1):
    para(runs=[("%d) " % i, True, False), (s, False, False)], align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=0.6)

para("Successivamente, con separata votazione, con voti favorevoli n. 9 e contrari n. 3 (Basile, Tringali e "
     "Vinci), il Consiglio Comunale dichiara la presente deliberazione immediatamente esecutiva ai sensi "
     "dell’art. 12, comma 2, della L.R. n. 44/1991.", align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=4)

para("Letto, approvato e sottoscritto.", before=10, after=8)
t = d.add_table(rows=2, cols=3)
labels = ("IL CONSIGLIERE ANZIANO", "IL PRESIDENTE", "IL SEGRETARIO GENERALE")
names = ("f.to Corrado Basile", "f.to dott. Salvatore Gianninoto", "f.to dott.ssa Giovanna Ferlito")
for i in range(3):
    a = t.rows[0].cells[i].paragraphs[0]; a.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ra = a.add_run(labels[i]); ra.bold = True; ra.font.size = Pt(9.5)
    b = t.rows[1].cells[i].paragraphs[0]; b.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rb = b.add_run(names[i]); rb.font.size = Pt(10)

para("", after=10)
para("CERTIFICATO DI PUBBLICAZIONE", bold=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=2)
para("Il sottoscritto Segretario Generale certifica che copia della presente deliberazione è pubblicata "
     "all’Albo pretorio on line dal 09/06/2026 per quindici giorni consecutivi (Reg. pubbl. n. 1187).",
     size=9.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
d.save(out)
