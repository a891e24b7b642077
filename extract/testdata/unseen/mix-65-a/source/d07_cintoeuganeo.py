# Cinto Euganeo (PD): avviso with a two-line title, Word document (python-docx) with letterhead in
# the page header and a running foot, converted by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.3); s.top_margin = Cm(3.2)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.alignment = A.CENTER
r = h.add_run("COMUNE DI CINTO EUGANEO"); r.bold = True; r.font.size = Pt(16)
h2 = s.header.add_paragraph(); h2.alignment = A.CENTER
r = h2.add_run("Provincia di Padova – Via Roma, 10 – 35030 Cinto Euganeo\nArea Tecnica – Servizio Urbanistica ed Edilizia Privata"); r.font.size = Pt(9)
f = s.footer.paragraphs[0]; f.alignment = A.CENTER
r = f.add_run("Comune di Cinto Euganeo – Tel. 0429 94040 – cintoeuganeo.pd@cert.ip-veneto.net"); r.font.size = Pt(8)
def P(t="", bold=False, al=A.JUSTIFY, size=None, after=6):
    p = d.add_paragraph(); p.alignment = al; p.paragraph_format.space_after = Pt(after)
    if t:
        r = p.add_run(t); r.bold = bold
        if size: r.font.size = Pt(size)
    return p
P("Prot. n. 5127", al=A.RIGHT, after=0); P("Cinto Euganeo, 16 settembre 2026", al=A.RIGHT, after=18)
P("AVVISO DI DEPOSITO DELLA VARIANTE N. 4 AL PIANO DEGLI INTERVENTI", bold=True, al=A.CENTER, size=13, after=0)
P("E DEL RAPPORTO AMBIENTALE PRELIMINARE", bold=True, al=A.CENTER, size=13, after=14)
P("IL RESPONSABILE DELL'AREA TECNICA", bold=True, al=A.CENTER)
P("Visto l'art. 18 della Legge Regionale del Veneto 23 aprile 2004, n. 11 e successive modificazioni;")
P("Vista la deliberazione del Consiglio Comunale n. 29 del 10 settembre 2026, con la quale è stata adottata la Variante n. 4 al Piano degli Interventi relativa alla riclassificazione di aree residenziali in località Fontanafredda e Faedo;")
P("RENDE NOTO", bold=True, al=A.CENTER)
P("che la Variante n. 4 al Piano degli Interventi, completa di tutti gli elaborati e del Rapporto Ambientale Preliminare per la verifica di assoggettabilità a VAS, è depositata a libera visione del pubblico presso l'Ufficio Tecnico comunale per trenta giorni consecutivi, dal 17 settembre 2026 al 16 ottobre 2026, nei seguenti orari: lunedì e giovedì dalle 9:00 alle 12:30, martedì dalle 15:00 alle 17:30.")
P("Gli elaborati sono altresì consultabili sul sito istituzionale del Comune, nella sezione \"Amministrazione Trasparente – Pianificazione e governo del territorio\".")
P("Nei successivi trenta giorni, e quindi entro il 15 novembre 2026, chiunque può formulare osservazioni, in carta libera, da presentare all'Ufficio Protocollo o da trasmettere a mezzo PEC.")
P("Il presente avviso è pubblicato all'Albo Pretorio on line, affisso nei luoghi pubblici del territorio comunale e diffuso mediante manifesti.", after=24)
p = P("IL RESPONSABILE DELL'AREA TECNICA", al=A.RIGHT, after=0)
P("arch. Giovanni Bertin", al=A.RIGHT, after=0)
P("(documento firmato digitalmente)", al=A.RIGHT, size=8)
d.save(sys.argv[1])
