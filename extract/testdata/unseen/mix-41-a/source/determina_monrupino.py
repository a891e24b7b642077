"""Občina Repentabor / Comune di Monrupino - bilingual (Slovene over Italian)
determinazione of the Area tecnica, reg. gen. n. 41 of 11/03/2026.
Word template in the style of Insiel's ADWeb print, converted by LibreOffice."""
import sys
from docx.shared import Pt, Cm
from docxutil import *

out = sys.argv[1]
d = new_doc(font="Times New Roman", size=11, margins=(1.8, 2.2, 2.3, 2.0))
sec = d.sections[0]

hp = sec.header.paragraphs[0]
hp.alignment = R
run(hp, "Občina Repentabor – Comune di Monrupino – Odločba/Determinazione št./n. 41 z dne/del 11/03/2026",
    size=7.5, italic=True)
fp = sec.footer.paragraphs[0]
fp.alignment = C
run(fp, "Akt podpisan z digitalnim podpisom – Atto sottoscritto con firma digitale      ", size=7.5)
page_number_field(fp, prefix="Str./Pag. ", total=True, sep=" / ")
for r in fp.runs:
    r.font.size = Pt(7.5)

t = d.add_table(rows=1, cols=3)
no_borders(t)
widths(t, [7.3, 2.2, 7.3])
cell_text(t.cell(0, 0), "OBČINA REPENTABOR", align=C, bold=True, size=15)
p = t.cell(0, 0).add_paragraph(); p.alignment = C
run(p, "Avtonomna dežela Furlanija Julijska krajina", size=8)
cell_text(t.cell(0, 1), "[grb]\n[stemma]", align=C, size=7, italic=True)
cell_text(t.cell(0, 2), "COMUNE DI MONRUPINO", align=C, bold=True, size=15)
p = t.cell(0, 2).add_paragraph(); p.alignment = C
run(p, "Regione Autonoma Friuli Venezia Giulia", size=8)

para(d, "", after=8)
para(d, "TEHNIČNO PODROČJE", align=C, bold=True, size=11)
para(d, "AREA TECNICA", align=C, bold=True, size=11)
para(d, "Služba za javna dela in vzdrževanje", align=C, italic=True, size=10)
para(d, "Servizio lavori pubblici e manutenzioni", align=C, italic=True, size=10, after=8)

t = d.add_table(rows=2, cols=1)
set_borders(t, sz=10)
widths(t, [16.8])
cell_text(t.cell(0, 0), "ODLOČBA ODGOVORNEGA ZA PODROČJE", align=C, bold=True, size=12)
cell_text(t.cell(1, 0), "DETERMINAZIONE DEL RESPONSABILE DELL’AREA", align=C, bold=True, size=12)
shade(t.cell(0, 0), "EDEDED"); shade(t.cell(1, 0), "EDEDED")

para(d, "", after=4)
t = d.add_table(rows=3, cols=4)
set_borders(t, sz=4)
widths(t, [5.2, 3.2, 5.2, 3.2])
vals = [("Št. splošnega registra\nN. registro generale", "41", "Z dne\nDel", "11/03/2026"),
        ("Št. področja\nN. di area", "12", "Z dne\nDel", "11/03/2026"),
        ("Predlog št.\nProposta n.", "52", "Z dne\nDel", "10/03/2026")]
for r, row in enumerate(vals):
    for c, v in enumerate(row):
        cell_text(t.cell(r, c), v, align=L if c % 2 == 0 else C, bold=(c % 2 == 1), size=9)

para(d, "", after=6)
t = d.add_table(rows=2, cols=2)
set_borders(t, sz=4, inside=False)
widths(t, [2.6, 14.2])
cell_text(t.cell(0, 0), "PREDMET:", bold=True, size=10)
cell_text(t.cell(0, 1), "Neposredna oddaja storitve košnje obcestnih bankin in vzdrževanja javnih "
          "zelenih površin za leto 2026 v smislu 50. člena, 1. odstavka, črke b) ZU št. 36/2023 – "
          "prevzem obveznosti. CIG B7C2D41E09", bold=True, size=10)
cell_text(t.cell(1, 0), "OGGETTO:", bold=True, size=10)
cell_text(t.cell(1, 1), "Affidamento diretto ai sensi dell’art. 50, comma 1, lett. b) del D.Lgs. "
          "36/2023 del servizio di sfalcio dei cigli stradali e manutenzione del verde pubblico per "
          "l’anno 2026 – impegno di spesa. CIG B7C2D41E09", bold=True, size=10)

# --- Slovene text ---
para(d, "ODGOVORNI ZA PODROČJE", align=C, bold=True, before=12, after=6)
sl = [
    "Ugotovil, da je treba v letu 2026 zagotoviti košnjo obcestnih bankin in vzdrževanje javnih "
    "zelenih površin na celotnem občinskem ozemlju, vključno z zaselki Repen, Col in Fernetiči;",
    "Upošteval, da občina nima lastnega osebja in opreme za izvedbo teh del;",
    "Na vpogled ponudbo zadruge Carso Verde soc. coop. iz Trsta, prejeto 02/03/2026 pod "
    "prot. št. 684, v znesku 18.400,00 evrov brez DDV, ki je bila ocenjena kot primerna;",
    "Na vpogled ZU št. 36/2023 in Zakonodajni odlok št. 267/2000;",
    "Na vpogled Odlok župana št. 3 z dne 02/01/2026 o imenovanju odgovornih za področja;",
]
for s in sl:
    para(d, s, align=J, after=3, size=10.5)
para(d, "ODLOČI", align=C, bold=True, before=6, after=6)
slp = [
    "da neposredno odda zadrugi Carso Verde soc. coop. storitev košnje obcestnih bankin in "
    "vzdrževanja javnih zelenih površin za leto 2026 za znesek 18.400,00 evrov, ki se mu doda "
    "DDV 22 %, skupaj 22.448,00 evrov;",
    "da obremeni znesek 22.448,00 evrov na poglavje 2310 proračuna 2026-2028, poslovno leto 2026;",
    "da ugotovi, da je identifikacijska koda postopka CIG B7C2D41E09;",
    "da objavi to odločbo na spletni oglasni deski občine za 15 zaporednih dni.",
]
for i, s in enumerate(slp, 1):
    para(d, f"{i}. {s}", align=J, after=3, size=10.5, indent=0.6, first=-0.6)

# --- Italian text ---
para(d, "IL RESPONSABILE DELL’AREA", align=C, bold=True, before=14, after=6)
it = [
    "Constatato che nell’anno 2026 occorre garantire lo sfalcio dei cigli stradali e la "
    "manutenzione del verde pubblico sull’intero territorio comunale, comprese le frazioni di "
    "Rupingrande, Col e Fernetti;",
    "Considerato che il Comune non dispone di personale e mezzi propri per l’esecuzione del servizio;",
    "Vista l’offerta della Carso Verde soc. coop. di Trieste, pervenuta il 02/03/2026 al prot. "
    "n. 684, per un importo di 18.400,00 euro al netto dell’IVA, ritenuta congrua;",
    "Visti il D.Lgs. 36/2023 e il D.Lgs. 267/2000;",
    "Visto il Decreto del Sindaco n. 3 del 02/01/2026 di nomina dei Responsabili di Area;",
]
for s in it:
    para(d, s, align=J, after=3, size=10.5)
para(d, "DETERMINA", align=C, bold=True, before=6, after=6)
itp = [
    "di affidare direttamente alla Carso Verde soc. coop. il servizio di sfalcio dei cigli stradali "
    "e manutenzione del verde pubblico per l’anno 2026, per l’importo di 18.400,00 euro oltre IVA "
    "al 22 %, per complessivi 22.448,00 euro;",
    "di impegnare la spesa di 22.448,00 euro al capitolo 2310 del bilancio 2026-2028, esercizio 2026;",
    "di dare atto che il codice identificativo di gara è CIG B7C2D41E09;",
    "di pubblicare la presente determinazione all’Albo pretorio on line del Comune per 15 giorni consecutivi.",
]
for i, s in enumerate(itp, 1):
    para(d, f"{i}. {s}", align=J, after=3, size=10.5, indent=0.6, first=-0.6)

para(d, "", after=10)
t = d.add_table(rows=3, cols=2)
no_borders(t)
widths(t, [8.4, 8.4])
cell_text(t.cell(0, 1), "Odgovorni za področje\nIl Responsabile dell’Area", align=C, size=10)
cell_text(t.cell(1, 1), "arh. Erik Milič", align=C, bold=True, size=10.5)
cell_text(t.cell(2, 1), "(digitalno podpisano – firmato digitalmente)", align=C, italic=True, size=8)

para(d, "", after=10)
t = d.add_table(rows=1, cols=1)
set_borders(t, sz=6)
widths(t, [16.8])
c = t.cell(0, 0)
cell_text(c, "IZVID O RAČUNOVODSKI PRAVILNOSTI – VISTO DI REGOLARITÀ CONTABILE", align=C, bold=True, size=9)
p = c.add_paragraph(); p.alignment = J
run(p, "Potrjuje se finančno kritje izdatka (obveznost št. 187/2026). – Si attesta la copertura "
    "finanziaria della spesa (impegno n. 187/2026).", size=9)
p = c.add_paragraph(); p.alignment = R
run(p, "Repentabor/Monrupino, 11/03/2026 – Odgovorna za finančno službo / La Responsabile del "
    "Servizio finanziario – dott.ssa Tanja Pertot", size=9)

d.save(out)
