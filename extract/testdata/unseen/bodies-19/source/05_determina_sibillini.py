# Ente Parco Nazionale dei Monti Sibillini – determinazione del Direttore, imitating a Civilia (Dedagroup)
# print from its Writer template. python-docx -> LibreOffice Writer.
import sys
from docx.shared import Pt, Cm
from docxlib import new, para, field, table, set_cell_border

out = sys.argv[1]
F = "Nimbus Sans"
d = new(font=F, size=10.5, margins=(1.5, 1.8, 2.0, 2.0))
sec = d.sections[0]

# running head (every page) and foot
hp = sec.header.paragraphs[0]
ht = table(sec.header, [3.0, 14.0], [[
    {"runs": [("\n\n", {"size": 7})], "align": "c"},
    {"runs": [("ENTE PARCO NAZIONALE DEI MONTI SIBILLINI", {"b": True, "size": 14}),
              ("\nPiazza del Forno, 1 – 62039 Visso (MC) – Tel. 0737 972711 – C.F. 92001490430", {"size": 8}),
              ("\nPEC: parcosibillini@emarche.it – www.sibillini.net", {"size": 8})], "align": "l"},
]], border=False)
set_cell_border(ht.rows[0].cells[0], sz=8, color="2e6b30")
set_cell_border(ht.rows[0].cells[1], sz=8, color="2e6b30", sides=("bottom",))
fp = sec.footer.paragraphs[0]
fp.alignment = 1
d.styles["Footer"].font.size = Pt(8)
r = fp.add_run("Determinazione del Direttore n. 88 del 12/03/2026 – pag. ")
r.font.size = Pt(8)
field(fp, "PAGE", size=8)
r = fp.add_run(" di ")
r.font.size = Pt(8)
field(fp, "NUMPAGES", size=8)

para(d, "", after=2)
t = table(d, [9.0, 4.0, 4.0], [
    [{"runs": "DETERMINAZIONE DEL DIRETTORE", "bold": True, "size": 12, "align": "c"},
     {"runs": [("N. ", {}), ("88", {"b": True})], "size": 12, "align": "c"},
     {"runs": [("del ", {}), ("12/03/2026", {"b": True})], "size": 12, "align": "c"}],
], sz=8)
para(d, "", after=0)
table(d, [17.0], [[{"runs": "SERVIZIO CONSERVAZIONE DELLA NATURA E RICERCA SCIENTIFICA", "bold": True, "size": 10, "align": "c"}]],
      fills={(0, 0): "DDEBD5"})
para(d, "", after=2)
subject = ("Accordo di collaborazione ai sensi dell'art. 15 della Legge n. 241/1990 con l'Università degli Studi di "
           "Camerino per il monitoraggio del Camoscio appenninico (Rupicapra pyrenaica ornata) – anno 2026. "
           "Approvazione schema di accordo e impegno di spesa.")
table(d, [2.6, 14.4], [[{"runs": "OGGETTO:", "bold": True}, {"runs": subject, "bold": True, "align": "j"}]], border=False)
para(d, "", after=4)

para(d, "IL DIRETTORE", align="c", bold=True, before=6, after=6)
prem = [
    ("VISTA", " la Legge 6 dicembre 1991, n. 394, \"Legge quadro sulle aree protette\";"),
    ("VISTO", " il D.P.R. 6 agosto 1993 istitutivo dell'Ente Parco Nazionale dei Monti Sibillini;"),
    ("VISTO", " il Decreto del Ministro dell'Ambiente e della Sicurezza Energetica con il quale è stato conferito l'incarico di Direttore dell'Ente al sottoscritto;"),
    ("RICHIAMATA", " la deliberazione del Consiglio Direttivo n. 31 del 18/12/2025, con la quale è stato approvato il bilancio di previsione per l'esercizio finanziario 2026;"),
    ("PREMESSO", " che il Camoscio appenninico (Rupicapra pyrenaica ornata) è specie prioritaria ai sensi della Direttiva 92/43/CEE \"Habitat\" e che il Parco ospita, dal 2008, una colonia originata da operazioni di reintroduzione la cui consistenza è oggetto di monitoraggio annuale;"),
    ("CONSIDERATO", " che l'Università degli Studi di Camerino – Scuola di Bioscienze e Medicina Veterinaria, con nota acquisita al prot. n. 1174 del 24/02/2026, ha manifestato la disponibilità a collaborare alle attività di censimento estivo e autunnale, di cattura e marcatura e di analisi dei dati demografici della colonia;"),
    ("RITENUTO", " che sussistano i presupposti di cui all'art. 15 della Legge n. 241/1990, trattandosi di attività di interesse comune tra amministrazioni pubbliche, regolata da soli movimenti finanziari a titolo di rimborso delle spese sostenute e non di corrispettivo;"),
    ("VISTO", " lo schema di accordo allegato al presente atto, che prevede un contributo dell'Ente pari a € 18.500,00 a titolo di rimborso delle spese documentate;"),
    ("ACCERTATA", " la disponibilità sul capitolo 11340 \"Spese per la conservazione della fauna\" del bilancio di previsione 2026;"),
]
for b, t in prem:
    para(d, [(b, {"b": True}), t])

para(d, "D E T E R M I N A", align="c", bold=True, before=6, after=6, keep=True)
pts = [
    "di approvare lo schema di accordo di collaborazione con l'Università degli Studi di Camerino per il monitoraggio del Camoscio appenninico per l'anno 2026, allegato al presente atto quale parte integrante e sostanziale;",
    "di impegnare la somma di € 18.500,00 sul capitolo 11340 del bilancio di previsione 2026, a favore dell'Università degli Studi di Camerino, C.F. 81001910439;",
    "di dare atto che il rimborso sarà liquidato in due soluzioni, a seguito della presentazione delle relazioni tecniche intermedia e finale e del rendiconto delle spese sostenute;",
    "di individuare quale responsabile dell'esecuzione dell'accordo il Dott. Paolo Salvi, funzionario del Servizio Conservazione della Natura e Ricerca Scientifica.",
]
for t in pts:
    p = para(d, "•\t" + t, indent=0.9, first=-0.6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))

para(d, "", after=6)
table(d, [8.5, 8.5], [[
    {"runs": "", "align": "c"},
    {"runs": [("IL DIRETTORE\n", {}), ("Dott. Fabrizio Angelucci", {"b": True}), ("\n(documento firmato digitalmente)", {"i": True, "size": 8.5})], "align": "c"},
]], border=False)
para(d, "", after=8)
table(d, [17.0], [
    [{"runs": "ATTESTAZIONE DI COPERTURA FINANZIARIA", "bold": True, "align": "c", "size": 9.5}],
    [{"runs": "Si attesta la regolarità contabile e la copertura finanziaria della spesa di cui al presente provvedimento, registrata con impegno n. 214/2026 sul capitolo 11340 del bilancio di previsione 2026.\nVisso, 12/03/2026 – Il Responsabile del Servizio Amministrativo-Contabile – Rag. Giuliana Felici", "size": 9, "align": "l"}],
], fills={(0, 0): "EEEEEE"})
para(d, "", after=6)
table(d, [17.0], [
    [{"runs": "PUBBLICAZIONE ALL'ALBO", "bold": True, "align": "c", "size": 9.5}],
    [{"runs": "Copia della presente determinazione è pubblicata all'Albo on line dell'Ente per quindici giorni consecutivi dal 16/03/2026 (n. 119 del registro di pubblicazione).\nL'Addetto alla pubblicazione – Sig.ra Monica Pierantoni", "size": 9, "align": "l"}],
], fills={(0, 0): "EEEEEE"})
d.core_properties.title = "Determinazione del Direttore n. 88 del 12/03/2026"
d.core_properties.author = "Ente Parco Nazionale dei Monti Sibillini"
d.save(out)
