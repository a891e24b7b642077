"""Consiglio, Comune di Lanciano: Sicraweb-like print (ReportLab platypus, base-14 Times),
number/date in a header table, 17-row attendance table with Pres./Ass. X columns and Qualifica,
counted vote with names of those against and abstaining, separate vote for immediate executivity,
'Pagina X di Y' footer, copia conforme line at the end."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.pdfgen import canvas as rlcanvas
from common import out

F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"

class NC(rlcanvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k); self._saved = []
    def showPage(self):
        self._saved.append(dict(self.__dict__)); self._startPage()
    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont(FB, 12); self.drawCentredString(A4[0]/2, A4[1]-16*mm, "COMUNE DI LANCIANO")
            self.setFont(F, 9); self.drawCentredString(A4[0]/2, A4[1]-20.5*mm, "Provincia di Chieti")
            self.setLineWidth(0.4); self.line(20*mm, A4[1]-23*mm, A4[0]-20*mm, A4[1]-23*mm)
            self.setFont(FI, 8.5)
            self.drawCentredString(A4[0]/2, 10*mm, "Pagina %d di %d" % (self._pageNumber, n))
            super().showPage()
        super().save()

b = ParagraphStyle("b", fontName=F, fontSize=11, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
c = ParagraphStyle("c", parent=b, alignment=TA_CENTER, fontName=FB, fontSize=12, spaceBefore=5, spaceAfter=5)
pt = ParagraphStyle("p", parent=b, leftIndent=7*mm, firstLineIndent=-7*mm)
s = []
ht = Table([["DELIBERAZIONE DEL CONSIGLIO COMUNALE", "N. 31 del Reg."], ["", "Data 28/04/2025"]],
           colWidths=[115*mm, 55*mm])
ht.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FB), ("FONTSIZE", (0, 0), (-1, -1), 12),
                        ("SPAN", (0, 0), (0, 1)), ("VALIGN", (0, 0), (0, 1), "MIDDLE"),
                        ("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("LINEBEFORE", (1, 0), (1, -1), 0.8, colors.black),
                        ("ALIGN", (1, 0), (1, -1), "LEFT")]))
s.append(ht); s.append(Spacer(1, 4*mm))
s.append(Paragraph("<b>OGGETTO:</b> Regolamento comunale per l'applicazione del canone patrimoniale di concessione, "
                   "autorizzazione o esposizione pubblicitaria – Modifiche agli articoli 12, 25 e 31.", b))
s.append(Spacer(1, 2*mm))
s.append(Paragraph("L'anno duemilaventicinque, il giorno ventotto del mese di aprile, alle ore 18:00, nella sala "
                   "consiliare del Palazzo Municipale, convocato con avvisi scritti recapitati a norma di legge, si è "
                   "riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione.", b))
s.append(Paragraph("Fatto l'appello nominale risultano:", b))
M = [("DI RENZO FILIPPO", "Sindaco", 1), ("D'AMICO ROSSELLA", "Presidente", 1), ("BUCCIARELLI MARCO", "Consigliere", 1),
     ("CICCHITTI ANNALISA", "Consigliere", 1), ("COLANTONIO DARIO", "Consigliere", 0), ("DI FABIO GIUSEPPE", "Consigliere", 1),
     ("DI MARZIO ELENA", "Consigliere", 1), ("FERRANTE MICHELE", "Consigliere", 1), ("MARINUCCI LUIGI", "Consigliere", 1),
     ("MEMMO SABRINA", "Consigliere", 1), ("PAOLINI ROBERTO", "Consigliere", 1), ("RICCI FEDERICA", "Consigliere", 0),
     ("SCHIAZZA ANTONIO", "Consigliere", 1), ("TENAGLIA CARLO", "Consigliere", 1), ("VALENTINI NADIA", "Consigliere", 1),
     ("ZOCARO PAOLO", "Consigliere", 1), ("ZULLI MARIA GRAZIA", "Consigliere", 1)]
rows = [["N.", "Cognome e Nome", "Qualifica", "Pres.", "Ass."]]
for i, (n, q, p) in enumerate(M, 1):
    rows.append([str(i), n, q, "X" if p else "", "" if p else "X"])
rows.append(["", "", "TOTALE", str(sum(m[2] for m in M)), str(sum(1 - m[2] for m in M))])
t = Table(rows, colWidths=[10*mm, 65*mm, 40*mm, 18*mm, 18*mm], rowHeights=5.6*mm)
t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), F), ("FONTSIZE", (0, 0), (-1, -1), 10),
                       ("FONTNAME", (0, 0), (-1, 0), FB), ("FONTNAME", (0, -1), (-1, -1), FB),
                       ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("ALIGN", (3, 0), (-1, -1), "CENTER"),
                       ("ALIGN", (0, 0), (0, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
s.append(t); s.append(Spacer(1, 3*mm))
s.append(Paragraph("Presiede la seduta la Presidente del Consiglio Comunale Avv. Rossella D'Amico. Assiste il "
                   "Segretario Generale Dott. Giancarlo Di Nunzio, con funzioni di verbalizzante. Sono altresì presenti, "
                   "senza diritto di voto, gli Assessori Lucio Fantini e Debora Pasquini.", b))
s.append(Paragraph("La Presidente, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta e "
                   "pone in discussione l'argomento iscritto al punto n. 4 dell'ordine del giorno.", b))
s.append(Paragraph("IL CONSIGLIO COMUNALE", c))
for p in [
    "Udita la relazione dell'Assessore al Bilancio e ai Tributi, Lucio Fantini, il quale illustra le modifiche "
    "proposte al regolamento del canone unico patrimoniale;",
    "Premesso che con deliberazione consiliare n. 9 del 29/03/2021 è stato approvato il Regolamento per "
    "l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, ai sensi "
    "dell'art. 1, commi da 816 a 836, della legge 27 dicembre 2019, n. 160;",
    "Rilevata l'esigenza di semplificare il procedimento di rilascio delle concessioni per l'occupazione di suolo "
    "pubblico con dehors, di aggiornare le tariffe per le esposizioni pubblicitarie temporanee e di disciplinare "
    "le riduzioni per le occupazioni connesse a cantieri di riqualificazione energetica;",
    "Visto il parere favorevole del Collegio dei Revisori dei Conti, reso con verbale n. 11 del 17/04/2025, ai "
    "sensi dell'art. 239 del D.Lgs. n. 267/2000;",
    "Dato atto che la proposta è stata esaminata dalla II Commissione Consiliare permanente nella seduta del "
    "22/04/2025;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi dal Dirigente del Settore Finanze "
    "ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    "Uditi gli interventi dei consiglieri Di Fabio, Marinucci e Paolini, riportati nel resoconto integrale della "
    "seduta conservato agli atti;",
    "Con la seguente votazione, espressa per alzata di mano: consiglieri presenti n. 15, votanti n. 14, con voti "
    "favorevoli n. 11, contrari n. 3 (Di Fabio, Marinucci, Tenaglia), astenuti n. 1 (Paolini),"]:
    s.append(Paragraph(p, b))
s.append(Paragraph("DELIBERA", c))
for i, p in enumerate([
    "di approvare le modifiche agli articoli 12, 25 e 31 del Regolamento comunale per l'applicazione del canone "
    "patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo riportato nell'allegato A;",
    "di stabilire che le modifiche hanno efficacia dal 1° giugno 2025;",
    "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze mediante inserimento nel "
    "portale del federalismo fiscale."], 1):
    s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), pt))
s.append(Paragraph("Successivamente, con separata votazione espressa per alzata di mano, con voti favorevoli n. 11, "
                   "contrari n. 4 (Di Fabio, Marinucci, Tenaglia, Paolini), il Consiglio Comunale dichiara la presente "
                   "deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", b))
s.append(Spacer(1, 6*mm))
sg = Table([["LA PRESIDENTE DEL CONSIGLIO", "IL SEGRETARIO GENERALE"],
            ["f.to Avv. Rossella D'Amico", "f.to Dott. Giancarlo Di Nunzio"]], colWidths=[85*mm, 85*mm])
sg.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), F), ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                        ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
s.append(KeepTogether([sg, Spacer(1, 6*mm), Paragraph(
    "<i>Copia conforme all'originale, in carta libera per uso amministrativo.</i> Lanciano, 05/05/2025 – "
    "Il Funzionario incaricato, Dott.ssa Ornella Crisante", ParagraphStyle("x", parent=b, fontSize=9))]))
doc = SimpleDocTemplate(out("consiglio-lanciano-times.pdf"), pagesize=A4, leftMargin=20*mm, rightMargin=20*mm,
                        topMargin=28*mm, bottomMargin=18*mm)
doc.build(s, canvasmaker=NC)
