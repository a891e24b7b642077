# Comune di Trieste / Občina Trst - I Circoscrizione Altipiano Ovest / Zahodni Kras:
# deliberation of the circoscrizione council; subject printed first in Slovene, then Italian.
# reportlab platypus: justified paragraphs (word spacing set per line with Tw);
# heading spaced out by hand; roll in two side-by-side column groups with P / A marks.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", F + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSBI", F + "LiberationSerif-BoldItalic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")
B = ParagraphStyle("b", fontName="LS", fontSize=10.5, leading=13.6, alignment=TA_JUSTIFY, spaceAfter=5)
SI = ParagraphStyle("si", parent=B, fontName="LSI", fontSize=10, textColor=colors.HexColor("#333333"))
C = ParagraphStyle("c", parent=B, alignment=TA_CENTER, fontName="LSB", fontSize=11.5, spaceBefore=4, spaceAfter=6)
H = ParagraphStyle("h", parent=C, fontSize=12.5, leading=15)
SM = ParagraphStyle("sm", parent=B, fontSize=8.5, leading=10.5, alignment=TA_LEFT)
def head(c, d):
    c.saveState()
    W, Hh = A4
    c.setFont("LSB", 13); c.drawCentredString(W / 2, Hh - 42, "COMUNE DI TRIESTE – OBČINA TRST")
    c.setFont("LS", 9.5); c.drawCentredString(W / 2, Hh - 55, "I Circoscrizione Amministrativa Altipiano Ovest – I. Rajonski svet za Zahodni Kras")
    c.setFont("LS", 8); c.drawCentredString(W / 2, Hh - 66, "Prosecco / Prosek 159 – 34151 Trieste / Trst")
    c.setLineWidth(0.8); c.line(22 * mm, Hh - 72, W - 22 * mm, Hh - 72)
    c.setFont("LS", 8); c.drawRightString(W - 22 * mm, 14 * mm, "str. / pag. %d" % c.getPageNumber())
    c.drawString(22 * mm, 14 * mm, "Sklep / Deliberazione n. 7/2026")
    c.restoreState()
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=32 * mm, bottomMargin=22 * mm,
                        title="Deliberazione Circoscrizione I n. 7 2026", author="Circoscrizione I", creator="Civilia Next - Atti", pageCompression=0)
s = []
def P(t, st=B): s.append(Paragraph(t, st))
P('<font name="LSB">SKLEP RAJONSKEGA SVETA – DELIBERAZIONE DEL CONSIGLIO CIRCOSCRIZIONALE</font>', H)
P('št. / n. <b>7</b> z dne / del <b>11.05.2026</b>', ParagraphStyle("x", parent=C, fontName="LS"))
P('<b>Predmet:</b> Mnenje o projektu preureditve trga v Križu in peš poti do ribiškega pristanišča.', ParagraphStyle("p1", parent=B, fontName="LSI", spaceAfter=2))
P('<b>Oggetto:</b> Parere sul progetto di riqualificazione della piazza di Santa Croce e dei percorsi pedonali di accesso al porticciolo dei pescatori.', ParagraphStyle("p2", parent=B, spaceAfter=8))
P('Dne 11. maja 2026 ob 19.00 se je v sejni dvorani v Proseku sestal Rajonski svet. – <b>Il giorno 11 maggio 2026 alle ore 19:00</b>, nella sala consiliare di Prosecco, si è riunito il Consiglio circoscrizionale in seduta pubblica, previa regolare convocazione.')
P('Risultano / Prisotni so (P = presente / prisoten, A = assente / odsoten):', SM)
L = [("1", "SEDMAK Ivan", "Presidente", "P"), ("2", "COSSUTTA Marta", "Vicepresidente", "P"), ("3", "ŽERJAL Peter", "Consigliere", "P"),
     ("4", "RUPEL Nadia", "Consigliera", "P"), ("5", "COLJA Matej", "Consigliere", "P")]
R = [("6", "VIDALI Franco", "Consigliere", "P"), ("7", "GUŠTIN Alenka", "Consigliera", "A"), ("8", "BERNETIČ Luka", "Consigliere", "P"),
     ("9", "MORO Paolo", "Consigliere", "A"), ("", "", "", "")]
rows = [["", "Cognome e nome", "Carica", "P/A", "", "Cognome e nome", "Carica", "P/A"]]
for a, b in zip(L, R): rows.append(list(a) + list(b))
t = Table(rows, colWidths=[7 * mm, 34 * mm, 27 * mm, 10 * mm, 7 * mm, 34 * mm, 27 * mm, 10 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 9.5), ("FONT", (0, 0), (-1, 0), "LSB", 9),
                       ("GRID", (0, 0), (3, -1), 0.4, colors.black), ("GRID", (4, 0), (7, -2), 0.4, colors.black),
                       ("ALIGN", (3, 0), (3, -1), "CENTER"), ("ALIGN", (7, 0), (7, -1), "CENTER"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
s.append(t); s.append(Spacer(1, 6))
P('Presenti n. 7 – Assenti n. 2. Presiede il Presidente sig. Ivan Sedmak. Assiste con funzioni di segretario verbalizzante la dipendente comunale sig.ra Tanja Starc.')
P('IL CONSIGLIO CIRCOSCRIZIONALE', ParagraphStyle("cc", parent=C, fontSize=11.5))
P('<b>Vista</b> la nota del Dipartimento Lavori Pubblici, Finanza di Progetto e Partenariati prot. n. 118234 del 22.04.2026, con la quale è stato trasmesso, per l\'acquisizione del parere di competenza, il progetto di fattibilità tecnica ed economica per la riqualificazione della piazza di Santa Croce e dei percorsi pedonali di accesso al porticciolo dei pescatori;')
P('<b>visti</b> gli artt. 37 e seguenti del Regolamento per il decentramento e il funzionamento dei Consigli circoscrizionali, che prevedono il parere obbligatorio delle Circoscrizioni sui progetti di opere pubbliche di interesse locale;')
P('<b>udita</b> la relazione del Presidente della Commissione territorio e la discussione che ne è seguita, nella quale è stata sottolineata la necessità di garantire l\'uso bilingue della segnaletica e l\'accessibilità del percorso verso il mare anche ai mezzi di soccorso;')
P('<b>ritenuto</b> di esprimere parere favorevole con le osservazioni di seguito indicate;')
P('con la seguente votazione, espressa per alzata di mano: presenti n. 7, votanti n. 6, favorevoli n. 5, contrari n. 1 (Vidali), astenuti n. 1 (Bernetič),')
P('D E L I B E R A  –  S K L E N E', ParagraphStyle("dd", parent=C, fontSize=11.5))
pts = [("di esprimere <b>parere favorevole</b> sul progetto di riqualificazione della piazza di Santa Croce e dei percorsi pedonali di accesso al porticciolo dei pescatori, trasmesso con nota prot. n. 118234 del 22.04.2026;",
         "da izreče pozitivno mnenje o projektu preureditve trga v Križu in peš poti do ribiškega pristanišča;"),
       ("di chiedere che tutta la segnaletica prevista dal progetto sia realizzata in lingua italiana e slovena, ai sensi della Legge 23 febbraio 2001, n. 38;",
        "da zahteva, naj bodo vse predvidene table dvojezične, v italijanskem in slovenskem jeziku, v skladu z Zakonom št. 38 z dne 23. februarja 2001;"),
       ("di chiedere che il percorso pedonale verso il porticciolo sia reso percorribile dai mezzi di soccorso e che siano mantenuti i posti auto riservati ai residenti di Santa Croce;",
        "da zahteva, naj bo peš pot do pristanišča prevozna za reševalna vozila in naj se ohranijo parkirna mesta za domačine;"),
       ("di trasmettere la presente deliberazione al Dipartimento Lavori Pubblici per il seguito di competenza.",
        "da pošlje ta sklep Oddelku za javna dela v nadaljnje pristojno postopanje.")]
for i, (it, sl) in enumerate(pts, 1):
    P('%d. %s' % (i, it), ParagraphStyle("pt", parent=B, leftIndent=14, firstLineIndent=-14, spaceAfter=1))
    P(sl, ParagraphStyle("ps", parent=SI, leftIndent=14, spaceAfter=5))
s.append(Spacer(1, 10))
sg = Table([["Il Presidente / Predsednik", "Il segretario verbalizzante / Zapisnikarica"], ["Ivan Sedmak", "Tanja Starc"],
            ["(firmato digitalmente / digitalno podpisano)", "(firmato digitalmente / digitalno podpisano)"]], colWidths=[80 * mm, 80 * mm])
sg.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "LS", 9.5), ("FONT", (0, 1), (-1, 1), "LSB", 10.5), ("FONT", (0, 2), (-1, 2), "LSI", 7.5), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
s.append(sg)
doc.build(s, onFirstPage=head, onLaterPages=head)
