# Castel del Monte (AQ): Giunta minute. ReportLab; letterhead and running foot are Form XObjects used on both
# pages; justified lines set Tw (word spacing); the subject is a bold line with no "Oggetto" label;
# the signature block and the number line of page 1 are drawn before the body (out of reading order).
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
W, H = A4; L, R = 72, W - 66
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("ReportLab PDF Library - www.reportlab.com"); c.setCreator("Civilia Open Atti 6")
def forms():
    c.beginForm("lh"); c.setFont("Times-Bold", 16); c.drawCentredString(W / 2, 805, "COMUNE DI CASTEL DEL MONTE")
    c.setFont("Times-Italic", 10); c.drawCentredString(W / 2, 791, "Provincia dell'Aquila")
    c.setFont("Times-Roman", 8.5); c.drawCentredString(W / 2, 779, "Piazza del Municipio, 1 – 67023 Castel del Monte (AQ) – PEC comune.casteldelmonte@pec.it")
    c.setLineWidth(1); c.line(L, 772, R, 772); c.setLineWidth(0.3); c.line(L, 769, R, 769); c.endForm()
    c.beginForm("ft"); c.setFont("Times-Italic", 8); c.line(L, 46, R, 46)
    c.drawString(L, 36, "Deliberazione della Giunta comunale n. 37 del 12.05.2026"); c.endForm()
forms()
def jline(x, y, words, f, sz, w, last):
    t = c.beginText(x, y); t.setFont(f, sz)
    s = " ".join(words)
    if not last and len(words) > 1:
        t.setWordSpace((w - stringWidth(s, f, sz)) / (len(words) - 1))
    t.textOut(s); c.drawText(t)
def para(y, text, f="Times-Roman", sz=11.5, x=L, w=None, lead=15, indent=18, center=False):
    w = w or R - x; lines = []; cur = []; first = True
    for wd in text.split():
        avail = w - (indent if not lines else 0)
        if cur and stringWidth(" ".join(cur + [wd]), f, sz) > avail: lines.append(cur); cur = [wd]
        else: cur.append(wd)
    lines.append(cur)
    for i, ln in enumerate(lines):
        if center:
            c.setFont(f, sz); c.drawCentredString(W / 2, y, " ".join(ln))
        else:
            ind = indent if i == 0 else 0
            jline(x + ind, y, ln, f, sz, w - ind, i == len(lines) - 1)
        y -= lead
    return y - 5
# page 1: signature-free, but the register line is drawn first, then the body
c.doForm("lh"); c.doForm("ft")
c.setFont("Times-Roman", 10.5); c.drawRightString(R, 700, "Deliberazione n. 37 del 12.05.2026")
c.setFont("Times-Bold", 12.5); c.drawCentredString(W / 2, 745, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
c.setFont("Times-Roman", 10.5); c.drawString(L, 700, "Copia")
y = 672
y = para(y, "Concessione in uso temporaneo dei pascoli montani di proprietà comunale per la stagione di monticazione 2026 – Approvazione dei criteri di assegnazione e del canone.", "Times-Bold", 12.5, indent=0, lead=16, center=True)
y -= 4
y = para(y, "L'anno duemilaventisei il giorno dodici del mese di maggio alle ore 13,00, nella sede municipale, si è riunita la Giunta comunale, convocata nei modi di legge. Sono presenti e assenti i signori:")
roll = [("Di Gregorio Raffaele", "Sindaco", "P"), ("Mucciante Lucia", "Vicesindaco", "P"), ("Rossicone Tiziano", "Assessore", "A")]
c.setFont("Times-Bold", 10.5); c.drawString(L + 40, y, "Cognome e nome"); c.drawString(L + 230, y, "Carica"); c.drawString(L + 360, y, "Presente/Assente"); y -= 4
c.setLineWidth(0.5); c.line(L + 36, y, L + 450, y); y -= 13
c.setFont("Times-Roman", 11)
for n, r, pa in roll:
    c.drawString(L + 40, y, n); c.drawString(L + 230, y, r); c.drawString(L + 400, y, pa); y -= 15
c.line(L + 36, y + 10, L + 450, y + 10); y -= 4
c.setFont("Times-Roman", 10.5); c.drawString(L + 40, y, "Presenti 2        Assenti 1"); y -= 22
y = para(y, "Partecipa con funzioni consultive, referenti e di assistenza il Segretario comunale dott. Giancarlo Tollis, che cura la verbalizzazione. Il Sindaco, dott. Raffaele Di Gregorio, constatato il numero legale, dichiara aperta la seduta.")
c.setFont("Times-Bold", 12); c.drawCentredString(W / 2, y - 4, "LA GIUNTA COMUNALE"); y -= 24
for t in ["Premesso che il Comune è proprietario di circa 2.300 ettari di pascoli montani nel comprensorio di Campo Imperatore, gravati da uso civico a favore della popolazione, tradizionalmente concessi agli allevatori per la monticazione estiva del bestiame;",
          "Vista la L.R. Abruzzo 3 marzo 1988, n. 25, e il Regolamento comunale per l'uso dei pascoli approvato con deliberazione consiliare n. 19 del 27.07.2023;",
          "Ritenuto di approvare i criteri di assegnazione per la stagione 2026, che privilegiano gli allevatori residenti e le aziende con carico di bestiame compatibile con il Piano di gestione dei pascoli del Parco Nazionale del Gran Sasso e Monti della Laga;"]:
    y = para(y, t)
c.showPage()
# page 2: signature block first, then the rest
c.doForm("lh"); c.doForm("ft")
c.setFont("Times-Bold", 10.5); c.drawString(L + 20, 250, "IL PRESIDENTE"); c.drawString(R - 170, 250, "IL SEGRETARIO COMUNALE")
c.setFont("Times-Roman", 10.5); c.drawString(L + 20, 235, "F.to dott. Raffaele Di Gregorio"); c.drawString(R - 170, 235, "F.to dott. Giancarlo Tollis")
y = 740
y = para(y, "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000; con voti unanimi e favorevoli resi in forma palese,")
c.setFont("Times-Bold", 12); c.drawCentredString(W / 2, y - 4, "D E L I B E R A"); y -= 24
pts = ["di approvare i criteri di assegnazione dei pascoli montani per la stagione di monticazione 2026 indicati nell'allegato A, parte integrante del presente atto;",
       "di fissare il canone di fida pascolo in euro 14,00 per unità bovina adulta e in euro 2,50 per capo ovino o caprino;",
       "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti di assegnazione e la riscossione dei canoni."]
for i, t in enumerate(pts, 1):
    c.setFont("Times-Roman", 11.5); c.drawString(L + 4, y, f"{i})"); y = para(y, t, x=L + 24, indent=0)
y = para(y, "Inoltre, con separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'imminente avvio della stagione di monticazione.")
c.showPage(); c.save()
