# Miane (TV): python-docx; grid and running head in the Word header, repeated on every page; converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.top_margin = Cm(6.2); s.header_distance = Cm(1)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header; hp = h.paragraphs[0]; r = hp.add_run("COMUNE DI MIANE"); r.bold = True; r.font.size = Pt(15)
hp.add_run("\nProvincia di Treviso – Piazza Squillace 1 – 31050 Miane (TV)").font.size = Pt(9)
t = h.add_table(rows=3, cols=4, width=Cm(17)); t.style = "Table Grid"
cells = [("Settore", "Area Vigilanza", "Numero generale", "Ordinanza n. 8 del 30/03/2026"),
         ("Servizio", "Polizia Locale", "Numero settoriale", "PL/3"),
         ("Responsabile", "Isp. Giorgio Dal Molin", "Data", "30/03/2026")]
for i, row in enumerate(cells):
    for j, v in enumerate(row):
        p = t.cell(i, j).paragraphs[0]; rr = p.add_run(v); rr.font.size = Pt(9); rr.bold = (j % 2 == 0)
f = s.footer.paragraphs[0]; f.text = "Ordinanza n. 8/2026 – Area Vigilanza – Comune di Miane"; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
def P(text, bold=False, center=False, size=None):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
P("Oggetto: Disciplina temporanea della circolazione e della sosta in occasione della manifestazione “Festa di Primavera” nel centro di Miane dal 10 al 13 aprile 2026.", bold=True)
P("IL RESPONSABILE DEL SERVIZIO DI POLIZIA LOCALE", bold=True, center=True)
for x in ["Vista la richiesta della Pro Loco di Miane, pervenuta al protocollo comunale n. 2261 del 16 marzo 2026, per lo svolgimento della manifestazione “Festa di Primavera” in piazza Squillace e nelle vie limitrofe;",
          "Vista la deliberazione della Giunta comunale n. 19 del 19 marzo 2026 con la quale è stato concesso il patrocinio alla manifestazione;",
          "Considerato che durante la manifestazione è prevista una notevole affluenza di pubblico e che occorre pertanto garantire la sicurezza dei pedoni e la regolarità della circolazione;",
          "Sentito il parere del Comando Stazione Carabinieri di Follina;",
          "Visti gli articoli 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285, e il relativo regolamento di esecuzione;",
          "Visto l'articolo 107 del D.Lgs. 18 agosto 2000, n. 267;"]: P(x)
P("ORDINA", bold=True, center=True, size=13)
ops = ["l'istituzione del divieto di transito a tutti i veicoli in piazza Squillace, via Roma e via Cal Alta dalle ore 14.00 del 10 aprile alle ore 24.00 del 13 aprile 2026;",
       "l'istituzione del divieto di sosta con rimozione forzata nel parcheggio di via Cal Alta negli stessi giorni e orari;",
       "che il traffico diretto verso la frazione Combai sia deviato lungo via Longhere;",
       "che la Pro Loco di Miane provveda alla collocazione della segnaletica e delle transenne almeno 48 ore prima dell'inizio della manifestazione;",
       "che i divieti non si applichino ai mezzi di soccorso, delle forze dell'ordine e ai veicoli al servizio di persone con disabilità."]
for i, x in enumerate(ops, 1): P(f"{i}. {x}")
P("Contro il presente provvedimento è ammesso ricorso al Ministro delle Infrastrutture e dei Trasporti entro 60 giorni, ai sensi dell'art. 37, comma 3, del Codice della Strada, oppure al T.A.R. del Veneto entro 60 giorni dalla pubblicazione all'Albo Pretorio.")
P("La presente ordinanza è resa nota mediante pubblicazione all'Albo Pretorio on line e l'apposizione della prescritta segnaletica.")
p = d.add_paragraph("\nIl Responsabile del Servizio di Polizia Locale\nIsp. Giorgio Dal Molin"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.save(sys.argv[1])
