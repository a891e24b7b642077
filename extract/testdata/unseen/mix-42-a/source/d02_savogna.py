#!/usr/bin/env python3
"""Comune di Savogna d'Isonzo / Občina Sovodnje ob Soči - Consiglio comunale
deliberation, Italian with the Slovene text under each paragraph (a Word
document in the layout of the FVG regional package), converted by
LibreOffice: python3 d02_savogna.py out.docx ; soffice --convert-to pdf."""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "delibera-savognadisonzo-insiel.docx"
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
st = d.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(3)

SL = RGBColor(0x33, 0x33, 0x66)


def para(text="", bold=False, italic=False, size=None, align=None, color=None, after=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    if align:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def both(it, sl, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    para(it, bold=bold, align=align, after=1)
    para(sl, bold=bold, italic=True, align=align, color=SL, after=6)


C = WD_ALIGN_PARAGRAPH.CENTER
# header (section header, repeated)
h = sec.header
hp = h.paragraphs[0]
hp.alignment = C
r = hp.add_run("COMUNE DI SAVOGNA D'ISONZO – OBČINA SOVODNJE OB SOČI")
r.bold = True
r.font.size = Pt(13)
hp2 = h.add_paragraph()
hp2.alignment = C
r = hp2.add_run("Regione Autonoma Friuli Venezia Giulia – Avtonomna dežela Furlanija Julijska krajina")
r.font.size = Pt(8.5)
f = sec.footer.paragraphs[0]
f.alignment = C
r = f.add_run("Comune di Savogna d'Isonzo – Deliberazione del Consiglio comunale n. 9 del 17/03/2026 – "
              "Občina Sovodnje ob Soči – Sklep občinskega sveta št. 9 z dne 17/03/2026")
r.font.size = Pt(7.5)

para("COPIA / KOPIJA", size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)
para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, size=13, align=C, after=0)
para("ZAPISNIK SKLEPA OBČINSKEGA SVETA", bold=True, italic=True, size=12, align=C, color=SL, after=6)

t = d.add_table(rows=2, cols=3)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [("N. / Št.", "9"), ("Data / Datum", "17/03/2026"), ("Ora / Ura", "20:00")]
for i, (a, b) in enumerate(cells):
    t.cell(0, i).text = a
    t.cell(1, i).text = b
    for row in (0, 1):
        for p in t.cell(row, i).paragraphs:
            p.alignment = C
            for rr in p.runs:
                rr.bold = row == 1
para(after=2)
para("Adunanza ordinaria di prima convocazione – seduta pubblica", align=C, after=0)
para("Redno zasedanje v prvem sklicu – javna seja", italic=True, color=SL, align=C, after=8)

p = para(after=1)
r = p.add_run("OGGETTO: ")
r.bold = True
r = p.add_run("Approvazione del Regolamento comunale per l'uso della palestra e degli impianti "
              "sportivi comunali.")
r.bold = True
p = para(after=8)
r = p.add_run("PREDMET: Odobritev Pravilnika o uporabi občinske telovadnice in športnih objektov.")
r.bold = True
r.italic = True
r.font.color.rgb = SL

both("L'anno duemilaventisei, il giorno diciassette del mese di marzo alle ore 20:00, nella sala "
     "consiliare del Municipio, a seguito di regolare convocazione, si è riunito il Consiglio "
     "comunale. Fatto l'appello nominale, risultano:",
     "Leta dva tisoč šestindvajset, dne sedemnajstega marca ob 20.00 uri, se je v sejni dvorani "
     "županstva na podlagi rednega sklica sestal občinski svet. Po poimenskem klicu so:")

# roll: two columns, numbered, P = presente/prisoten, A = assente/odsoten
roll = [("TOMŠIČ Aleš", "Sindaco / Župan", "P"), ("ČERNIC Marjan", "Consigliere / Svetnik", "P"),
        ("FERFOLJA Jasna", "Consigliera / Svetnica", "P"), ("PETEJAN Igor", "Consigliere / Svetnik", "A"),
        ("KOBAL Erika", "Consigliera / Svetnica", "P"), ("MARSIČ Boris", "Consigliere / Svetnik", "P"),
        ("NANUT Katja", "Consigliera / Svetnica", "P"),
        ("VOLČIČ Andrej", "Consigliere / Svetnik", "P"), ("CIJAN Tanja", "Consigliera / Svetnica", "P"),
        ("BRESCIANI Paolo", "Consigliere / Svetnik", "P"), ("DEVETAK Robert", "Consigliere / Svetnik", "P"),
        ("PERIC Silvia", "Consigliera / Svetnica", "A"), ("GRUDEN Matej", "Consigliere / Svetnik", "P")]
left, right = roll[:7], roll[7:]
t = d.add_table(rows=8, cols=7)
t.style = "Table Grid"
hdr = ["Cognome e nome / Priimek in ime", "Carica / Funkcija", "P/A", "",
       "Cognome e nome / Priimek in ime", "Carica / Funkcija", "P/A"]
for i, x in enumerate(hdr):
    t.cell(0, i).text = x
for k in range(7):
    for off, lst, base in ((0, left, 1), (4, right, 8)):
        if k < len(lst):
            n, c, pa = lst[k]
            t.cell(k + 1, off).text = f"{base + k}. {n}"
            t.cell(k + 1, off + 1).text = c
            t.cell(k + 1, off + 2).text = pa
widths = [Cm(3.9), Cm(3.6), Cm(0.9), Cm(0.2), Cm(3.9), Cm(3.6), Cm(0.9)]
t.autofit = False
for i, col in enumerate(t.columns):
    col.width = widths[i]
for row in t.rows:
    for i, c in enumerate(row.cells):
        c.width = widths[i]
        for p in c.paragraphs:
            p.paragraph_format.space_after = Pt(0)
            for rr in p.runs:
                rr.font.size = Pt(8.5)
                rr.bold = row is t.rows[0]
para(after=2)
para("Presenti / Prisotni: 11 – Assenti / Odsotni: 2 (Petejan, Peric)", bold=True, after=1, size=9.5)
para("Legenda: P = presente / prisoten; A = assente / odsoten", size=8, after=6)

both("Assume la presidenza il Sindaco Aleš Tomšič, il quale, riconosciuto legale il numero degli "
     "intervenuti, dichiara aperta la seduta. Partecipa il Segretario comunale dott.ssa Erika "
     "Lavrenčič, che cura la verbalizzazione.",
     "Predseduje župan Aleš Tomšič, ki po ugotovitvi sklepčnosti odpre sejo. Prisotna je občinska "
     "tajnica dr. Erika Lavrenčič, ki piše zapisnik.")
para("IL CONSIGLIO COMUNALE", bold=True, align=C, after=0)
para("OBČINSKI SVET", bold=True, italic=True, color=SL, align=C, after=6)
both("Premesso che il Comune è proprietario della palestra annessa alla scuola primaria di Via "
     "Ščedne e del campo sportivo di Rupa, e che ne concede l'uso ad associazioni e gruppi "
     "sportivi del territorio;",
     "Uvodoma ugotavlja, da je Občina lastnica telovadnice pri osnovni šoli v Ulici Ščedne in "
     "športnega igrišča v Rupi ter da njuno uporabo dodeljuje društvom in športnim skupinam s "
     "področja;")
both("Visto lo schema di Regolamento predisposto dall'Ufficio tecnico comunale ed esaminato dalla "
     "Commissione consiliare competente nella seduta del 5 marzo 2026;",
     "Na podlagi osnutka Pravilnika, ki ga je pripravil občinski tehnični urad in ki ga je "
     "pristojna svetniška komisija pregledala na seji dne 5. marca 2026;")
both("Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del "
     "D.Lgs. 18 agosto 2000, n. 267;",
     "Na podlagi pozitivnih mnenj o tehnični in računovodski pravilnosti v smislu 49. člena "
     "Zakonske uredbe št. 267 z dne 18. avgusta 2000;")
both("Udita la relazione dell'assessore Jasna Ferfolja e gli interventi dei consiglieri Devetak e "
     "Bresciani, riportati nel resoconto della seduta;",
     "Po poročilu odbornice Jasne Ferfolja in posegih svetnikov Devetaka in Brescianija, ki so "
     "zabeleženi v zapisniku seje;")
both("Con voti favorevoli n. 8, contrari n. 2 (Devetak, Gruden), astenuti n. 1 (Bresciani), "
     "espressi per alzata di mano dai n. 11 consiglieri presenti, di cui n. 10 votanti,",
     "z 8 glasovi za, 2 glasovoma proti (Devetak, Gruden) in 1 vzdržanim glasom (Bresciani), "
     "izraženimi z dvigom roke 11 prisotnih svetnikov, od katerih je glasovalo 10,")
para("DELIBERA", bold=True, align=C, after=0)
para("SKLENE", bold=True, italic=True, color=SL, align=C, after=6)
both("1. di approvare il Regolamento comunale per l'uso della palestra e degli impianti sportivi "
     "comunali, composto da 18 articoli, nel testo allegato al presente atto quale parte "
     "integrante e sostanziale (Allegato A);",
     "1. da odobri Pravilnik o uporabi občinske telovadnice in športnih objektov, ki obsega 18 "
     "členov, v besedilu, ki je priloženo temu sklepu kot njegov sestavni del (Priloga A);")
both("2. di dare atto che il Regolamento entra in vigore il quindicesimo giorno successivo alla "
     "pubblicazione della presente deliberazione all'Albo pretorio on line;",
     "2. da Pravilnik stopi v veljavo petnajsti dan po objavi tega sklepa na spletni oglasni "
     "deski Občine;")
both("3. di abrogare il precedente disciplinare d'uso approvato con deliberazione consiliare "
     "n. 22 del 30/06/2011.",
     "3. da razveljavi prejšnji pravilnik o uporabi, odobren s sklepom občinskega sveta št. 22 z "
     "dne 30/06/2011.")
both("Successivamente, con separata votazione che ha dato il medesimo esito (favorevoli n. 8, "
     "contrari n. 2, astenuti n. 1), la presente deliberazione è dichiarata immediatamente "
     "esecutiva ai sensi dell'art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21.",
     "Nato z ločenim glasovanjem z enakim izidom (8 za, 2 proti, 1 vzdržan) svet ta sklep "
     "razglasi za takoj izvršljiv v smislu 19. odstavka 1. člena Deželnega zakona št. 21 z dne "
     "11. decembra 2003.")

para("Letto, confermato e sottoscritto – Prebrano, potrjeno in podpisano", align=C, after=6)
t = d.add_table(rows=1, cols=2)
t.cell(0, 0).text = "IL PRESIDENTE / PREDSEDNIK\nf.to Aleš Tomšič"
t.cell(0, 1).text = "IL SEGRETARIO COMUNALE / OBČINSKA TAJNICA\nf.to dott.ssa Erika Lavrenčič"
for c in t.rows[0].cells:
    for p in c.paragraphs:
        p.alignment = C
para(after=8)
para("ATTESTATO DI PUBBLICAZIONE – POTRDILO O OBJAVI", bold=True, size=9.5, after=1)
para("Si attesta che la presente deliberazione viene pubblicata all'Albo pretorio on line dal "
     "20/03/2026 al 04/04/2026 per quindici giorni consecutivi ai sensi dell'art. 1, comma 15, "
     "della L.R. 21/2003.", size=9, after=1)
para("Potrjujemo, da je ta sklep objavljen na spletni oglasni deski od 20/03/2026 do 04/04/2026.",
     size=9, italic=True, color=SL, after=1)
para("L'impiegato responsabile / Odgovorni uslužbenec – f.to Sara Lutman", size=9,
     align=WD_ALIGN_PARAGRAPH.RIGHT)
d.core_properties.author = "Segreteria comunale"
d.core_properties.title = "Delibera CC 9/2026"
d.save(OUT)
