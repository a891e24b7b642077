"""Gemeinde Ritten / Comune di Renon - Beschluss des Gemeindeausschusses /
Deliberazione della Giunta comunale n. 87 of 10.03.2026.
Bilingual Word template (German left, Italian right), converted by LibreOffice."""
import sys
from docx.shared import Pt, Cm
from docxutil import *

out = sys.argv[1]
d = new_doc(font="Arial", size=9.5, margins=(1.6, 1.8, 1.8, 1.8))
sec = d.sections[0]
sec.header_distance = Cm(0.8)
sec.footer_distance = Cm(0.8)

# running foot
fp = sec.footer.paragraphs[0]
fp.alignment = C
run(fp, "Beschluss des Gemeindeausschusses Nr. 87 vom 10.03.2026 – Deliberazione della Giunta comunale n. 87 del 10.03.2026 – ", size=7)
page_number_field(fp, prefix="Seite/Pag. ", total=True, sep="/")
for r in fp.runs:
    r.font.size = Pt(7)

# letterhead: three-cell table
t = d.add_table(rows=1, cols=3)
no_borders(t)
widths(t, [7.4, 2.6, 7.4])
cell_text(t.cell(0, 0), "GEMEINDE RITTEN", align=C, bold=True, size=14)
t.cell(0, 0).add_paragraph().alignment = C
run(t.cell(0, 0).paragraphs[1], "Autonome Provinz Bozen – Südtirol", size=8)
cell_text(t.cell(0, 1), "[Wappen]\nStemma", align=C, size=7, italic=True)
cell_text(t.cell(0, 2), "COMUNE DI RENON", align=C, bold=True, size=14)
t.cell(0, 2).add_paragraph().alignment = C
run(t.cell(0, 2).paragraphs[1], "Provincia autonoma di Bolzano – Alto Adige", size=8)

para(d, "", after=6)

t = d.add_table(rows=2, cols=2)
set_borders(t, sz=8)
widths(t, [8.7, 8.7])
cell_text(t.cell(0, 0), "BESCHLUSS DES\nGEMEINDEAUSSCHUSSES", align=C, bold=True, size=11)
cell_text(t.cell(0, 1), "DELIBERAZIONE DELLA\nGIUNTA COMUNALE", align=C, bold=True, size=11)
cell_text(t.cell(1, 0), "Nr. 87", align=C, bold=True, size=12)
cell_text(t.cell(1, 1), "n. 87", align=C, bold=True, size=12)
shade(t.cell(0, 0), "E7E6E6"); shade(t.cell(0, 1), "E7E6E6")

para(d, "", after=4)
t = d.add_table(rows=1, cols=2)
no_borders(t)
widths(t, [8.7, 8.7])
cell_text(t.cell(0, 0), "Sitzung vom 10.03.2026 – Uhr 17:30", align=C, size=10)
cell_text(t.cell(0, 1), "Seduta del 10.03.2026 – ore 17:30", align=C, size=10)

para(d, "", after=4)
t = d.add_table(rows=1, cols=2)
no_borders(t)
widths(t, [8.7, 8.7])
cell_text(t.cell(0, 0), "Nach Erfüllung der im geltenden Kodex der örtlichen Körperschaften "
          "der Autonomen Region Trentino-Südtirol vorgesehenen Formvorschriften wurden "
          "für heute im üblichen Sitzungssaal die Mitglieder dieses Gemeindeausschusses "
          "einberufen.", align=J, size=9)
cell_text(t.cell(0, 1), "Previo esaurimento delle formalità prescritte dal vigente Codice "
          "degli enti locali della Regione autonoma Trentino-Alto Adige, vennero per oggi "
          "convocati, nella solita sala delle adunanze, i componenti di questa Giunta "
          "comunale.", align=J, size=9)

para(d, "", after=4)
roll = [
    ("KOFLER JOHANN", "Bürgermeister / Sindaco", "X", "", ""),
    ("PLATTER ANNA", "Vizebürgermeisterin / Vicesindaca", "X", "", ""),
    ("HOLZNER MARTIN", "Gemeindereferent / Assessore", "X", "", ""),
    ("RAMOSER LUKAS", "Gemeindereferent / Assessore", "", "X", ""),
    ("DI LORENZO PAOLA", "Gemeindereferentin / Assessora", "X", "", ""),
    ("SENONER THOMAS", "Gemeindereferent / Assessore", "X", "", ""),
]
t = d.add_table(rows=1 + len(roll), cols=5)
set_borders(t, sz=4)
widths(t, [4.6, 6.2, 2.2, 2.2, 2.2])
hdr = ["Anwesend sind / Sono presenti:", "", "anwesend\npresente",
       "entsch. abwesend\nassente giust.", "unentsch. abwesend\nassente ingiust."]
for i, h in enumerate(hdr):
    cell_text(t.cell(0, i), h, align=C if i > 1 else L, bold=True, size=7.5)
    shade(t.cell(0, i), "F2F2F2")
for r, row in enumerate(roll, start=1):
    for i, v in enumerate(row):
        cell_text(t.cell(r, i), v, align=C if i > 1 else L, size=8.5)

para(d, "", after=4)
t = d.add_table(rows=2, cols=2)
no_borders(t)
widths(t, [8.7, 8.7])
cell_text(t.cell(0, 0), "Seinen Beistand leistet der Gemeindesekretär, Herr Dr. Stefan Gasser.",
          align=J, size=9)
cell_text(t.cell(0, 1), "Assiste il Segretario comunale, signor Dr. Stefan Gasser.",
          align=J, size=9)
cell_text(t.cell(1, 0), "Nach Feststellung der Beschlussfähigkeit übernimmt Herr Johann Kofler "
          "in seiner Eigenschaft als Bürgermeister den Vorsitz und erklärt die Sitzung "
          "für eröffnet. Der Gemeindeausschuss behandelt folgenden",
          align=J, size=9)
cell_text(t.cell(1, 1), "Riconosciuto legale il numero degli intervenuti, il signor Johann "
          "Kofler nella sua qualità di Sindaco ne assume la presidenza e dichiara aperta "
          "la seduta. La Giunta comunale passa alla trattazione del seguente",
          align=J, size=9)

para(d, "", after=4)
t = d.add_table(rows=2, cols=2)
set_borders(t, sz=8)
widths(t, [2.6, 14.8])
cell_text(t.cell(0, 0), "BETREFF", bold=True, size=9)
cell_text(t.cell(0, 1), "Genehmigung des Ausführungsprojektes für die Sanierung des Gehsteiges "
          "entlang der Gemeindestraße Klobenstein – Lengmoos – CUP E61B25000310004",
          bold=True, size=10)
cell_text(t.cell(1, 0), "OGGETTO", bold=True, size=9)
cell_text(t.cell(1, 1), "Approvazione del progetto esecutivo per il risanamento del marciapiede "
          "lungo la strada comunale Collalbo – Longomoso – CUP E61B25000310004",
          bold=True, size=10)

para(d, "", after=6)

de = [
    "Vorausgeschickt, dass die Gemeinde mit Beschluss des Gemeindeausschusses Nr. 212 vom "
    "14.10.2025 das Projekt über die technische und wirtschaftliche Machbarkeit für die "
    "Sanierung des Gehsteiges entlang der Gemeindestraße Klobenstein – Lengmoos genehmigt hat;",
    "Festgestellt, dass der beauftragte Techniker, Ing. Florian Mair aus Bozen, am 18.02.2026 "
    "das Ausführungsprojekt mit einem Gesamtbetrag von 386.400,00 Euro, davon 298.500,00 Euro "
    "für Arbeiten und 87.900,00 Euro für Summen zur Verfügung der Verwaltung, vorgelegt hat;",
    "Nach Einsichtnahme in den Validierungsbericht des einzigen Verfahrensverantwortlichen "
    "vom 03.03.2026;",
    "Nach Einsichtnahme in die positiven Gutachten im Sinne des Art. 185 des Kodex der "
    "örtlichen Körperschaften, genehmigt mit R.G. vom 03.05.2018, Nr. 2;",
    "Nach Einsichtnahme in das L.G. vom 17.12.2015, Nr. 16 und in das GvD vom 31.03.2023, Nr. 36;",
]
it = [
    "Premesso che con deliberazione della Giunta comunale n. 212 del 14.10.2025 il Comune "
    "ha approvato il progetto di fattibilità tecnica ed economica per il risanamento del "
    "marciapiede lungo la strada comunale Collalbo – Longomoso;",
    "Constatato che il tecnico incaricato, ing. Florian Mair di Bolzano, ha presentato in "
    "data 18.02.2026 il progetto esecutivo per un importo complessivo di 386.400,00 euro, di "
    "cui 298.500,00 euro per lavori e 87.900,00 euro per somme a disposizione "
    "dell’Amministrazione;",
    "Visto il verbale di validazione del responsabile unico del progetto del 03.03.2026;",
    "Visti i pareri favorevoli espressi ai sensi dell’art. 185 del Codice degli enti locali, "
    "approvato con L.R. 03.05.2018, n. 2;",
    "Vista la L.P. 17.12.2015, n. 16 e visto il D.Lgs. 31.03.2023, n. 36;",
]
de_pts = [
    "1. Das Ausführungsprojekt für die Sanierung des Gehsteiges entlang der Gemeindestraße "
    "Klobenstein – Lengmoos, ausgearbeitet von Ing. Florian Mair, mit einem Gesamtbetrag von "
    "386.400,00 Euro wird genehmigt.",
    "2. Die Ausgabe von 386.400,00 Euro wird auf Kapitel 10052.02.0101 des Haushaltes "
    "2026-2028, Geschäftsjahr 2026, zweckgebunden.",
    "3. Der Bauamtsleiter, Geom. Walter Unterkircher, wird als einziger "
    "Projektverantwortlicher bestätigt.",
    "4. Der Bauamtsleiter wird beauftragt, die Vergabe der Arbeiten einzuleiten.",
]
it_pts = [
    "1. Di approvare il progetto esecutivo per il risanamento del marciapiede lungo la strada "
    "comunale Collalbo – Longomoso, redatto dall’ing. Florian Mair, per un importo "
    "complessivo di 386.400,00 euro.",
    "2. Di impegnare la spesa di 386.400,00 euro sul capitolo 10052.02.0101 del bilancio "
    "2026-2028, esercizio 2026.",
    "3. Di confermare il responsabile dell’Ufficio tecnico, geom. Walter Unterkircher, quale "
    "responsabile unico del progetto.",
    "4. Di incaricare il responsabile dell’Ufficio tecnico di avviare l’affidamento dei lavori.",
]

t = d.add_table(rows=0, cols=2)
no_borders(t)
widths(t, [8.7, 8.7])
def row2(a, b, bold=False, align=J, size=9):
    r = t.add_row()
    r.cells[0].width = Cm(8.7); r.cells[1].width = Cm(8.7)
    cell_text(r.cells[0], a, align=align, bold=bold, size=size)
    cell_text(r.cells[1], b, align=align, bold=bold, size=size)
    for c in r.cells:
        c.paragraphs[-1].paragraph_format.space_after = Pt(5)

row2("DER GEMEINDEAUSSCHUSS", "LA GIUNTA COMUNALE", bold=True, align=C, size=10)
for a, b in zip(de, it):
    row2(a, b)
row2("beschließt", "delibera", bold=True, align=C, size=10)
row2("mit Stimmeneinhelligkeit, in gesetzmäßiger Form durch Handerheben ausgedrückt:",
     "ad unanimità di voti legalmente espressi per alzata di mano:", align=C)
for a, b in zip(de_pts, it_pts):
    row2(a, b)
row2("Mit eigener, einstimmiger Abstimmung wird der vorliegende Beschluss im Sinne des "
     "Art. 183, Absatz 4 des Kodex der örtlichen Körperschaften für unverzüglich "
     "vollstreckbar erklärt, um die Arbeiten vor Beginn der Sommersaison abschließen zu können.",
     "Con separata votazione unanime la presente deliberazione viene dichiarata "
     "immediatamente eseguibile ai sensi dell’art. 183, comma 4 del Codice degli enti locali, "
     "al fine di ultimare i lavori prima dell’inizio della stagione estiva.")
row2("Gegen diesen Beschluss kann jeder Bürger während des Zeitraumes seiner Veröffentlichung "
     "Einspruch beim Gemeindeausschuss erheben. Innerhalb von 30 Tagen ab Vollstreckbarkeit "
     "kann beim Regionalen Verwaltungsgericht Bozen Rekurs eingebracht werden.",
     "Avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta "
     "comunale durante il periodo di pubblicazione. Entro 30 giorni dall’esecutività può "
     "essere presentato ricorso al Tribunale regionale di giustizia amministrativa di Bolzano.",
     size=8)

para(d, "Gelesen, genehmigt und unterzeichnet – Letto, confermato e sottoscritto", align=C,
     before=10, after=8, size=9, italic=True, keep=True)
t = d.add_table(rows=3, cols=2)
no_borders(t)
widths(t, [8.7, 8.7])
cell_text(t.cell(0, 0), "Der Bürgermeister – Il Sindaco", align=C, size=9)
cell_text(t.cell(0, 1), "Der Gemeindesekretär – Il Segretario comunale", align=C, size=9)
cell_text(t.cell(1, 0), "Johann Kofler", align=C, bold=True, size=10)
cell_text(t.cell(1, 1), "Dr. Stefan Gasser", align=C, bold=True, size=10)
cell_text(t.cell(2, 0), "digital signiert – firmato digitalmente", align=C, italic=True, size=7)
cell_text(t.cell(2, 1), "digital signiert – firmato digitalmente", align=C, italic=True, size=7)

d.save(out)
