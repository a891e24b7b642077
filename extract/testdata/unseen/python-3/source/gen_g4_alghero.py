"""G4: Giunta, Alghero. ReportLab platypus, core Helvetica (not embedded).
Imitates a 'JIride'-style printout: the number and date appear only in the
running footer ('Deliberazione della Giunta Comunale n. 27 del 21/02/2025'),
the subject is printed without a label, attendance SI/NO in a table, the vote
as a table of counts, lettered points."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfgen import canvas as rl_canvas

OUT = "giunta-alghero-footer-number.pdf"
F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


class NumberedCanvas(rl_canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setStrokeColor(colors.black)
            self.line(18 * mm, 16 * mm, A4[0] - 18 * mm, 16 * mm)
            self.setFont(F, 7.5)
            self.drawString(18 * mm, 12 * mm, "Deliberazione della Giunta Comunale n. 27 del 21/02/2025")
            self.drawRightString(A4[0] - 18 * mm, 12 * mm, "Pagina %d di %d" % (self._pageNumber, n))
            super().showPage()
        super().save()


def on_page(c, d):
    c.saveState()
    c.setFont(F, 7)
    c.setFillColor(colors.grey)
    c.drawString(18 * mm, A4[1] - 12 * mm, "Città di Alghero - Comuni de l'Alguer")
    c.drawRightString(A4[0] - 18 * mm, A4[1] - 12 * mm, "Copia conforme all'originale digitale")
    c.restoreState()


ctr = ParagraphStyle("c", fontName=F, fontSize=9, alignment=TA_CENTER, leading=11)
big = ParagraphStyle("b", fontName=FB, fontSize=16, alignment=TA_CENTER, leading=20)
h = ParagraphStyle("h", fontName=FB, fontSize=11, alignment=TA_CENTER, leading=14, spaceBefore=4, spaceAfter=6)
subj = ParagraphStyle("s", fontName=FB, fontSize=10.5, alignment=TA_CENTER, leading=14, borderPadding=6)
body = ParagraphStyle("x", fontName=F, fontSize=9.5, alignment=TA_JUSTIFY, leading=12.5, spaceAfter=5)
pt = ParagraphStyle("p", parent=body, leftIndent=14, firstLineIndent=-14)

S = []
S += [Paragraph("CITTÀ DI ALGHERO", big), Paragraph("Provincia di Sassari", ctr), Spacer(1, 12),
      Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", h), Spacer(1, 6)]
st = Table([[Paragraph("MODIFICA DELLE TARIFFE PER LA FRUIZIONE DEI SITI ARCHEOLOGICI DI PALMAVERA E "
                       "ANGHELU RUJU E DEL MUSEO CIVICO DEL CORALLO A DECORRERE DAL 1° APRILE 2025.", subj)]],
           colWidths=[170 * mm])
st.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 8),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
S += [st, Spacer(1, 12)]
S += [Paragraph("L'anno duemilaventicinque addì ventuno del mese di febbraio in Alghero, nella sala "
                "delle adunanze del Palazzo Civico, alle ore 13.15, si è riunita la Giunta Comunale, "
                "convocata nelle forme di legge, con l'intervento dei Signori:", body)]
mem = [("1", "CARTA ANTONIO", "Sindaco", "NO"),
       ("2", "PINNA GIOVANNA", "Vice Sindaco", "SI"),
       ("3", "SANNA PIERPAOLO", "Assessore", "SI"),
       ("4", "DEIANA MARIA LUISA", "Assessore", "SI"),
       ("5", "SERRA ROBERTO", "Assessore", "SI"),
       ("6", "COSSU FEDERICA", "Assessore", "SI"),
       ("7", "MANCA ENRICO", "Assessore", "SI")]
t = Table([["N.", "Nominativo", "Qualifica", "Presenza"]] + [list(m) for m in mem],
          colWidths=[12 * mm, 70 * mm, 50 * mm, 25 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 9), ("FONT", (0, 0), (-1, 0), FB, 9),
                       ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                       ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                       ("ALIGN", (3, 0), (3, -1), "CENTER"), ("ALIGN", (0, 0), (0, -1), "CENTER")]))
S += [t, Spacer(1, 4), Paragraph("Presenti: 6 &nbsp;&nbsp;&nbsp; Assenti: 1", ParagraphStyle("r", parent=body, alignment=2)),
      Paragraph("Partecipa con funzioni consultive, referenti e di assistenza il Segretario Generale "
                "Dott. Salvatore Mura.", body),
      Paragraph("Assume la presidenza il Vice Sindaco Giovanna Pinna, in assenza del Sindaco, la quale, "
                "constatato il numero legale degli intervenuti, dichiara aperta la riunione e invita la "
                "Giunta a deliberare sull'argomento in oggetto.", body),
      Paragraph("LA GIUNTA COMUNALE", h)]
for p in [
    "Premesso che con deliberazione della Giunta Comunale n. 61 del 14/03/2019 sono state determinate le "
    "tariffe di accesso ai siti archeologici comunali e al Museo Civico del Corallo, rimaste invariate "
    "fino alla data odierna;",
    "Considerato che la Fondazione per la promozione turistica e culturale, affidataria della gestione dei "
    "siti, con nota prot. n. 9876 del 05/02/2025 ha rappresentato l'incremento dei costi di gestione, "
    "vigilanza e manutenzione ordinaria, proponendo un adeguamento delle tariffe e l'introduzione di un "
    "biglietto cumulativo;",
    "Ritenuto di accogliere parzialmente la proposta, mantenendo la gratuità per i residenti e per i minori "
    "di anni dodici e prevedendo riduzioni per gruppi scolastici e per i possessori della carta "
    "\"Alghero Card\";",
    "Visto l'art. 48 del D.Lgs. 18 agosto 2000, n. 267, e dato atto che sono stati acquisiti i pareri "
    "favorevoli di regolarità tecnica e contabile di cui all'art. 49 del medesimo decreto;",
    "Con la seguente votazione, espressa in forma palese:",
]:
    S.append(Paragraph(p, body))
vt = Table([["Presenti", "Votanti", "Favorevoli", "Contrari", "Astenuti"], ["6", "6", "5", "1", "0"]],
           colWidths=[30 * mm] * 5)
vt.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), FB, 8.5), ("FONT", (0, 1), (-1, 1), F, 10),
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S += [vt, Spacer(1, 4),
      Paragraph("(voto contrario dell'Assessore Serra)", ParagraphStyle("i", parent=body, fontName=FI, alignment=TA_CENTER)),
      Paragraph("DELIBERA", h)]
for p in [
    "a) di approvare, con decorrenza dal 1° aprile 2025, le nuove tariffe per la fruizione dei siti "
    "archeologici di Palmavera e Anghelu Ruju e del Museo Civico del Corallo, come riportate "
    "nell'allegato \"A\" alla presente deliberazione;",
    "b) di istituire il biglietto cumulativo per i tre siti al prezzo intero di € 15,00 e ridotto di € 9,00;",
    "c) di confermare la gratuità dell'accesso per i residenti nel Comune di Alghero e per i minori di "
    "anni dodici;",
    "d) di dare mandato al Dirigente del Settore Cultura e Turismo di comunicare le nuove tariffe alla "
    "Fondazione affidataria e di curarne la pubblicazione sul sito istituzionale.",
]:
    S.append(Paragraph(p, pt))
S += [Paragraph("Successivamente, con separata votazione che riporta il medesimo esito, la Giunta dichiara "
                "la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del "
                "D.Lgs. 267/2000.", body), Spacer(1, 14)]
sg = Table([["Il Vice Sindaco", "Il Segretario Generale"], ["Giovanna Pinna", "Dott. Salvatore Mura"],
            ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[85 * mm, 85 * mm])
sg.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 9), ("FONT", (0, 0), (-1, 0), FB, 9),
                        ("FONT", (0, 2), (-1, 2), FI, 7.5), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S.append(sg)

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                        bottomMargin=22 * mm, title="Delibera GC", author="JIride")
doc.build(S, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=NumberedCanvas)
print("wrote", OUT)
