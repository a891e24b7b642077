# Laurenzana: python-docx document (letterhead in the page header, footer with page field), converted by LibreOffice Writer
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
d = Document()
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(3.4); sec.bottom_margin = Cm(2.2)
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI LAURENZANA"); r.bold = True; r.font.size = Pt(15); r.font.name = "Arial"
hp2 = sec.header.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run("Provincia di Potenza\nCorso Vittorio Emanuele, 36 – 85014 Laurenzana (PZ) – comune.laurenzana@cert.ruparbasilicata.it"); r.font.size = Pt(8.5); r.font.name = "Arial"
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp.add_run("Bando di concorso – Istruttore Amministrativo-Contabile – pag. "); r.font.size = Pt(8)
def field(p, code):
    r = p.add_run(); r.font.size = Pt(8)
    a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin"); r._r.append(a)
    b = OxmlElement("w:instrText"); b.text = code; r._r.append(b)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)
field(fp, "PAGE")
def P(text="", bold=False, align=None, size=None, after=4, italic=False):
    p = d.add_paragraph(); p.paragraph_format.space_after = Pt(after)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p
p = P("AREA AMMINISTRATIVA – Ufficio Personale", bold=True, align="c", size=10.5, after=2)
p = P("Prot. n. 2741                                                                                          Laurenzana, 15/06/2026", size=10, after=10)
P("BANDO DI CONCORSO PUBBLICO", bold=True, align="c", size=14, after=2)
P("PER SOLI ESAMI, PER LA COPERTURA DI N. 1 POSTO DI ISTRUTTORE AMMINISTRATIVO-CONTABILE, AREA DEGLI ISTRUTTORI, A TEMPO PIENO E INDETERMINATO, DA ASSEGNARE ALL’AREA ECONOMICO-FINANZIARIA", bold=True, align="c", size=11, after=10)
P("IL RESPONSABILE DELL’AREA AMMINISTRATIVA", bold=True, align="c", after=6)
for s in ["Visto il Piano Integrato di Attività e Organizzazione (PIAO) 2026-2028, sezione Piano triennale dei fabbisogni di personale, approvato con deliberazione della Giunta Comunale n. 19 del 26/02/2026;",
          "Visto il D.P.R. 9 maggio 1994, n. 487, come modificato dal D.P.R. 16 giugno 2023, n. 82;",
          "Visto il CCNL del personale del comparto Funzioni Locali sottoscritto il 16/11/2022;",
          "Dato atto che la procedura di mobilità di cui all’art. 34-bis del D.Lgs. n. 165/2001 ha avuto esito negativo;",
          "In esecuzione della propria determinazione n. 97 del 12/06/2026 (Reg. Gen. n. 305);"]:
    P(s, align="j", after=3)
P("RENDE NOTO", bold=True, align="c", after=6)
P("che è indetto un concorso pubblico, per soli esami, per la copertura di n. 1 posto di Istruttore Amministrativo-Contabile, Area degli Istruttori, a tempo pieno e indeterminato.", align="j")
P("Art. 1 – Requisiti di ammissione", bold=True, after=2)
P("Per l’ammissione è richiesto il possesso del diploma di istruzione secondaria di secondo grado, oltre ai requisiti generali previsti dall’art. 2 del D.P.R. n. 487/1994. I requisiti devono essere posseduti alla data di scadenza del termine per la presentazione della domanda.", align="j")
P("Art. 2 – Domanda di partecipazione", bold=True, after=2)
P("La domanda deve essere presentata esclusivamente in via telematica attraverso il Portale inPA (www.inpa.gov.it), entro le ore 23:59 del trentesimo giorno successivo alla pubblicazione dell’estratto del bando sulla Gazzetta Ufficiale. Il versamento della tassa di concorso di euro 10,00 va effettuato tramite PagoPA.", align="j")
P("Art. 3 – Prove d’esame e calendario", bold=True, after=2)
P("Le prove si svolgeranno secondo il seguente calendario, salvo diversa comunicazione sul sito istituzionale:", align="j")
t = d.add_table(rows=4, cols=3); t.style = "Table Grid"
rows = [("Prova", "Data e ora", "Sede"),
        ("Prova scritta", "21/07/2026, ore 10:00", "Sala consiliare, Corso Vittorio Emanuele, 36"),
        ("Prova orale", "28/07/2026, ore 9:30", ""),
        ("Materie: diritto amministrativo, ordinamento degli enti locali (D.Lgs. n. 267/2000), contabilità pubblica, nozioni di diritto tributario locale, lingua inglese e informatica", "", "")]
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
        if i == 0: t.cell(i, j).paragraphs[0].runs[0].bold = True
t.cell(1, 2).merge(t.cell(2, 2)); t.cell(3, 0).merge(t.cell(3, 2))
P("", after=2)
P("Art. 4 – Trattamento dei dati personali", bold=True, after=2)
P("I dati forniti dai candidati saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità connesse alla procedura concorsuale. Responsabile del procedimento è la Dott.ssa Rocchina Colangelo, tel. 0971 960211.", align="j")
P("Il presente bando è pubblicato all’Albo Pretorio on line, sul sito istituzionale nella sezione «Amministrazione Trasparente – Bandi di concorso» e, per estratto, sulla Gazzetta Ufficiale della Repubblica Italiana – 4ª Serie speciale «Concorsi ed esami».", align="j", after=12)
P("IL RESPONSABILE DELL’AREA AMMINISTRATIVA", align="r", after=0)
P("Dott. Michele Lauria", align="r", bold=True, after=0)
P("(documento firmato digitalmente)", align="r", italic=True, size=8.5)
d.save(sys.argv[1])
