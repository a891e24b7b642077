# Unité des Communes valdôtaines Grand-Combin - délibération du Conseil des Syndics / deliberazione del
# Consiglio dei Sindaci. French block then Italian block (python-docx -> LibreOffice Writer -> PDF)
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(18)
normal = d.styles["Normal"]
normal.font.name = "Carlito"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(3)


def para(text="", bold=False, italic=False, size=None, align=None, color=None, after=None):
    p = d.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def fix(table, widths):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for i, w in enumerate(widths):
        table.columns[i].width = w
        for c in table.columns[i].cells:
            c.width = w


def runs(p, parts):
    for t, b, i in parts:
        r = p.add_run(t)
        r.bold, r.italic = b, i


# header
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("Unité des Communes valdôtaines Grand-Combin")
r.bold = True
r.font.size = Pt(15)
r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
hp2 = sec.header.add_paragraph()
hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run("Allein - Bionaz - Doues - Etroubles - Gignod - Ollomont - Oyace - Roisan - Saint-Oyen - "
                "Saint-Rhémy-en-Bosses - Valpelline")
r.font.size = Pt(8)
hp3 = sec.header.add_paragraph()
hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp3.add_run("Région autonome Vallée d'Aoste / Regione autonoma Valle d'Aosta")
r.italic = True
r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Délibération du Conseil des Syndics / Deliberazione del Consiglio dei Sindaci n. 9 du/del 19/03/2026")
r.font.size = Pt(7.5)

para("DÉLIBÉRATION DU CONSEIL DES SYNDICS", bold=True, size=13, align="c", after=0)
para("DELIBERAZIONE DEL CONSIGLIO DEI SINDACI", bold=True, size=13, align="c", after=6)
para("N. 9", bold=True, size=14, align="c", after=6)

t = d.add_table(rows=2, cols=2)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.cell(0, 0).text = "OBJET :"
t.cell(0, 1).text = ("APPROBATION DU PLAN DE RÉPARTITION ENTRE LES COMMUNES MEMBRES DES DÉPENSES DU SERVICE "
                     "D'HYGIÈNE DE L'ENVIRONNEMENT AU TITRE DE L'ANNÉE 2026.")
t.cell(1, 0).text = "OGGETTO:"
t.cell(1, 1).text = ("APPROVAZIONE DEL PIANO DI RIPARTO TRA I COMUNI MEMBRI DELLE SPESE DEL SERVIZIO DI IGIENE "
                     "AMBIENTALE PER L'ANNO 2026.")
for row in t.rows:
    row.cells[0].width = Mm(28)
    row.cells[1].width = Mm(138)
    for p in row.cells[1].paragraphs:
        for rr in p.runs:
            rr.bold = True
    for p in row.cells[0].paragraphs:
        for rr in p.runs:
            rr.bold = True
fix(t, [Mm(24), Mm(142)])
para(after=2)
p = para(align="j")
runs(p, [("L'an deux mille vingt-six, le dix-neuf du mois de mars, à 18 h 00, à Gignod, dans la salle des réunions "
          "de l'Unité des Communes valdôtaines Grand-Combin, après convocation dans les formes prescrites, s'est "
          "réuni le Conseil des Syndics.", False, True)])
p = para(align="j")
runs(p, [("L'anno duemilaventisei, addì diciannove del mese di marzo, alle ore 18:00, a Gignod, nella sala riunioni "
          "dell'Unité des Communes valdôtaines Grand-Combin, previa convocazione nelle forme di legge, si è riunito "
          "il Consiglio dei Sindaci.", False, False)])

para("Sont présents / Sono presenti :", bold=True, after=2)
roll = [
    ("Allein", "BÉTEMPS Osvaldo", "Syndic / Sindaco", True),
    ("Bionaz", "DIÉMOZ Clelia", "Syndique / Sindaca", True),
    ("Doues", "CHENTRE Aldo", "Syndic / Sindaco", True),
    ("Etroubles", "MARGUERETTAZ Dario", "Syndic / Sindaco", False),
    ("Gignod", "CRÉTIER Ivano", "Président / Presidente", True),
    ("Ollomont", "PERRON Miriam", "Syndique / Sindaca", True),
    ("Oyace", "BRUNOD Mauro", "Syndic / Sindaco", True),
    ("Roisan", "JACQUEMOD Silvana", "Vice-présidente / Vicepresidente", True),
    ("Saint-Oyen", "VUILLERMOZ Ennio", "Syndic / Sindaco", True),
    ("Saint-Rhémy-en-Bosses", "GORRET Fabrizio", "Vice-syndic / Vicesindaco", True),
    ("Valpelline", "THOMASSET Renata", "Syndique / Sindaca", True),
]
rt = d.add_table(rows=1, cols=5)
rt.style = "Table Grid"
hdr = ["Commune / Comune", "Nom et prénom / Cognome e nome", "Qualité / Qualifica", "Présent\nPresente",
       "Absent\nAssente"]
for i, h in enumerate(hdr):
    rt.rows[0].cells[i].text = h
    for rr in rt.rows[0].cells[i].paragraphs[0].runs:
        rr.bold = True
        rr.font.size = Pt(9)
for c, n, q, pres in roll:
    cells = rt.add_row().cells
    vals = [c, n, q, "X" if pres else "", "" if pres else "X"]
    for i, v in enumerate(vals):
        cells[i].text = v
        for rr in cells[i].paragraphs[0].runs:
            rr.font.size = Pt(9)
        if i >= 3:
            cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
fix(rt, [Mm(38), Mm(46), Mm(48), Mm(17), Mm(17)])
para(after=2)
p = para(align="j")
runs(p, [("Préside la séance M. ", False, True), ("Ivano CRÉTIER", True, True),
         (", Président de l'Unité. Assiste la secrétaire, Mme ", False, True), ("Paola THIÉBAT", True, True),
         (".", False, True)])
p = para(align="j")
runs(p, [("Presiede la seduta il sig. ", False, False), ("Ivano CRÉTIER", True, False),
         (", Presidente dell'Unité. Assiste il Segretario dell'Unité, dott.ssa ", False, False),
         ("Paola THIÉBAT", True, False), (".", False, False)])

para("LE CONSEIL DES SYNDICS / IL CONSIGLIO DEI SINDACI", bold=True, align="c", after=4)
fr_it = [
    ("Rappelant la loi régionale n° 6 du 5 août 2014 portant nouvelles dispositions en matière d'exercice "
     "associé des fonctions et des services communaux ;",
     "Richiamata la legge regionale 5 agosto 2014, n. 6, recante nuova disciplina dell'esercizio associato "
     "di funzioni e servizi comunali;"),
    ("Vu le budget prévisionnel 2026/2028 de l'Unité, approuvé par la délibération du Conseil des Syndics "
     "n° 31 du 18 décembre 2025 ;",
     "Visto il bilancio di previsione 2026/2028 dell'Unité, approvato con deliberazione del Consiglio dei "
     "Sindaci n. 31 del 18 dicembre 2025;"),
    ("Considérant que la dépense globale du service d'hygiène de l'environnement pour 2026 s'élève à "
     "1 284 600,00 euros et qu'elle doit être répartie entre les Communes membres sur la base de la population "
     "résidente et des quantités de déchets collectées ;",
     "Considerato che la spesa complessiva del servizio di igiene ambientale per l'anno 2026 ammonta a euro "
     "1.284.600,00 e che la stessa deve essere ripartita tra i Comuni membri sulla base della popolazione "
     "residente e dei quantitativi di rifiuti raccolti;"),
    ("Vu l'avis favorable exprimé par la secrétaire quant à la légalité ;",
     "Visto il parere favorevole di legittimità espresso dal Segretario;"),
]
for fr, it in fr_it:
    p = para(align="j", after=1)
    runs(p, [(fr, False, True)])
    p = para(align="j")
    runs(p, [(it, False, False)])
p = para(align="j", after=1)
runs(p, [("À l'unanimité des présents, exprimée à main levée,", False, True)])
p = para(align="j")
runs(p, [("All'unanimità dei presenti, espressa per alzata di mano,", False, False)])
para("DÉLIBÈRE / DELIBERA", bold=True, align="c", after=4)
pts = [
    ("d'approuver le plan de répartition des dépenses du service d'hygiène de l'environnement au titre de 2026, "
     "tel qu'il figure à l'annexe A ;",
     "di approvare il piano di riparto delle spese del servizio di igiene ambientale per l'anno 2026, quale "
     "risulta dall'allegato A;"),
    ("de demander aux Communes membres de verser leur quote-part en deux acomptes, au 30 juin et au "
     "30 novembre 2026 ;",
     "di richiedere ai Comuni membri il versamento della quota di competenza in due acconti, al 30 giugno e "
     "al 30 novembre 2026;"),
    ("de transmettre la présente délibération aux Communes membres.",
     "di trasmettere la presente deliberazione ai Comuni membri."),
]
for i, (fr, it) in enumerate(pts, 1):
    p = para(align="j", after=1)
    runs(p, [("%d) " % i, True, True), (fr, False, True)])
    p = para(align="j")
    runs(p, [("%d) " % i, True, False), (it, False, False)])

para(after=8)
st = d.add_table(rows=3, cols=2)
vals = [["LE PRÉSIDENT / IL PRESIDENTE", "LA SECRÉTAIRE / IL SEGRETARIO"],
        ["Ivano CRÉTIER", "Paola THIÉBAT"],
        ["(signé numériquement / firmato digitalmente)", "(signé numériquement / firmato digitalmente)"]]
for i in range(3):
    for j in range(2):
        st.cell(i, j).text = vals[i][j]
        st.cell(i, j).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for rr in st.cell(i, j).paragraphs[0].runs:
            rr.font.size = Pt(9)
            rr.bold = i == 1
d.save(out)
