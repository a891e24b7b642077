# Giunta deliberation, Comune di Prizzi: reportlab, every justified line sets Tw (word spacing), heading letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Delibera GC 27/2026"); c.setAuthor("Comune di Prizzi"); c.setProducer("Halley PDF 4.1 / ReportLab")
L, R = 62, W - 62
def just(y, text, font="Helvetica", size=10, lead=13.2):
    words = text.split(); line = []; lines = []
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > R - L and line:
            lines.append(line); line = [w]
        else: line.append(w)
    lines.append(line)
    for i, ln in enumerate(lines):
        t = c.beginText(L, y); t.setFont(font, size)
        s = " ".join(ln)
        if i < len(lines) - 1 and len(ln) > 1:
            t.setWordSpace((R - L - stringWidth(s, font, size)) / (len(ln) - 1))
        t.textOut(s); c.drawText(t); y -= lead
    return y - 4
# letterhead
c.setFont("Helvetica-Bold", 15)
t = c.beginText(0, H - 60); t.setFont("Helvetica-Bold", 15); t.setCharSpace(2.2)
s = "COMUNE DI PRIZZI"; wid = stringWidth(s, "Helvetica-Bold", 15) + 2.2 * len(s)
t.setTextOrigin((W - wid) / 2, H - 60); t.textOut(s); t.setCharSpace(0); c.drawText(t)
c.setFont("Helvetica", 9.5); c.drawCentredString(W / 2, H - 74, "Città Metropolitana di Palermo")
c.drawCentredString(W / 2, H - 86, "Corso Umberto I, 1 - 90038 Prizzi (PA) - C.F. 00541890827")
c.line(L, H - 94, R, H - 94)
c.setFont("Helvetica-Bold", 11.5)
c.drawCentredString(W / 2, H - 116, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
c.setFont("Helvetica-Bold", 10.5)
c.drawCentredString(W / 2, H - 132, "n. 27 del 10.03.2026")
c.setFont("Helvetica", 9); c.drawRightString(R, H - 146, "Proposta n. 31 del 06.03.2026 - Area Tecnica")
c.rect(L, H - 200, R - L, 46)
c.setFont("Helvetica-Bold", 9.5); c.drawString(L + 6, H - 167, "OGGETTO:")
c.setFont("Helvetica-Bold", 9.5)
c.drawString(L + 62, H - 167, "Approvazione del progetto esecutivo dei lavori di manutenzione")
c.drawString(L + 62, H - 180, "straordinaria della strada comunale Prizzi – Filaga –")
c.drawString(L + 62, H - 193, "CUP G97H25001230004.")
y = H - 222
y = just(y, "L'anno duemilaventisei addì dieci del mese di marzo alle ore 12:30 e seguenti, nella sala delle adunanze "
         "della Casa Comunale, convocata nelle forme di legge, si è riunita la Giunta Comunale con l'intervento dei Signori:")
# roll table with P / A marks
rows = [("1", "Marino Giuseppe", "Sindaco", "P"), ("2", "Cuccia Rosalia", "Vice Sindaco", "P"),
        ("3", "Lo Bue Antonino", "Assessore", "A"), ("4", "Sciortino Carmela", "Assessore", "P"),
        ("5", "Comparetto Filippo", "Assessore", "P")]
x = [L + 40, L + 70, L + 230, L + 360, L + 420]
c.setFont("Helvetica-Bold", 9); yy = y
for lab, xx in zip(["N.", "Cognome e Nome", "Carica", "P / A"], x): c.drawString(xx + 4, yy - 10, lab)
c.rect(x[0], yy - 15, x[4] - x[0], 15)
c.setFont("Helvetica", 9.5)
for r in rows:
    yy -= 15; c.rect(x[0], yy - 15, x[4] - x[0], 15)
    for v, xx in zip(r, x): c.drawString(xx + 4, yy - 11, v)
for xx in x[1:4]: c.line(xx, y, xx, yy - 15)
y = yy - 44
c.setFont("Helvetica", 9.5); c.drawString(x[0], y + 14, "Presenti n. 4          Assenti n. 1")
y -= 8
y = just(y, "Presiede il Sindaco dott. Giuseppe Marino. Partecipa il Segretario Comunale dott.ssa Maria Concetta Gennaro, "
         "incaricata della redazione del verbale. Il Presidente, constatato il numero legale, dichiara aperta la seduta.")
y = just(y, "LA GIUNTA COMUNALE - Vista la proposta di deliberazione n. 31 del 06.03.2026 predisposta dall'Area Tecnica, "
         "avente ad oggetto quanto in epigrafe; visto il progetto esecutivo redatto dall'ing. Salvatore Cangelosi, dell'importo "
         "complessivo di euro 385.000,00, finanziato con fondi del Dipartimento Regionale della Protezione Civile; visti i pareri "
         "favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 12 della L.R. 30/2000; con voti unanimi espressi in forma palese,")
c.setFont("Helvetica-Bold", 10); c.drawCentredString(W / 2, y, "D E L I B E R A"); y -= 18
pts = ["1. di approvare il progetto esecutivo dei lavori di manutenzione straordinaria della strada comunale Prizzi – Filaga, "
       "dell'importo complessivo di euro 385.000,00, di cui euro 298.400,00 per lavori;",
       "2. di nominare Responsabile Unico del Progetto il geom. Vincenzo Ferrantelli, dipendente dell'Area Tecnica;",
       "3. di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti per l'affidamento dei lavori."]
for p in pts: y = just(y, p)
y = just(y, "Con successiva e separata votazione unanime la presente deliberazione è dichiarata immediatamente esecutiva "
         "ai sensi dell'art. 12, comma 2, della L.R. 44/1991.")
c.setFont("Helvetica", 9.5); y -= 8
c.drawString(L, y, "IL SINDACO"); c.drawCentredString(W / 2, y, "L'ASSESSORE ANZIANO"); c.drawRightString(R, y, "IL SEGRETARIO COMUNALE")
y -= 13
c.drawString(L, y, "dott. Giuseppe Marino"); c.drawCentredString(W / 2, y, "Rosalia Cuccia"); c.drawRightString(R, y, "dott.ssa Maria Concetta Gennaro")
c.setFont("Helvetica", 7.5); c.drawCentredString(W / 2, 30, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.save()
