# Comune di Prignano sulla Secchia (MO): certificate of publication of a Giunta deliberation; reportlab;
# letterhead and footer are Form XObjects; the signature and the body are drawn before the heading (out of reading order)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W, H = A4; L = 65
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Attestazione di pubblicazione")
c.beginForm("head"); c.setFont("Helvetica-Bold", 14); c.drawCentredString(W / 2, H - 60, "COMUNE DI PRIGNANO SULLA SECCHIA")
c.setFont("Helvetica", 9); c.drawCentredString(W / 2, H - 74, "Provincia di Modena – Via Mario Allegretti 216 – 41048 Prignano sulla Secchia (MO)")
c.line(L, H - 82, W - L, H - 82); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica-Oblique", 7.5); c.drawCentredString(W / 2, 34, "Servizio Segreteria Generale – Albo pretorio on line – tel. 0536 892911"); c.endForm()
# signature block first
c.setFont("Helvetica", 10); c.drawString(330, 330, "IL RESPONSABILE DELLA PUBBLICAZIONE"); c.drawString(352, 316, "dott.ssa Lucia Bonacorsi"); c.setFont("Helvetica-Oblique", 8); c.drawString(362, 304, "(firmato digitalmente)")
c.setFont("Helvetica", 10); c.drawString(L, 380, "Prignano sulla Secchia, 3 aprile 2026")
# body
y = H - 230
body = ["che la deliberazione della Giunta comunale n. 40 del 17/03/2026, avente ad oggetto:",
        "", "@SUBJ", "",
        "è stata pubblicata all'Albo pretorio on line di questo Comune per quindici giorni consecutivi,",
        "dal 19/03/2026 al 03/04/2026, al n. 281 del Registro delle pubblicazioni, ai sensi dell'art. 124,",
        "comma 1, del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32 della legge 18 giugno 2009, n. 69,",
        "senza opposizioni o reclami.",
        "", "La deliberazione, dichiarata immediatamente eseguibile con separata votazione espressa per",
        "appello nominale nella seduta svoltasi in forma mista, è divenuta esecutiva il 17/03/2026."]
for t in body:
    if t == "@SUBJ":
        c.setFont("Helvetica-Bold", 10)
        for s in ["\"APPROVAZIONE DEL PIANO DELLE ALIENAZIONI E VALORIZZAZIONI IMMOBILIARI", "PER IL TRIENNIO 2026/2028\""]:
            c.drawString(L + 18, y, s); y -= 14
        c.setFont("Helvetica", 10); continue
    c.setFont("Helvetica", 10); c.drawString(L, y, t); y -= 14
# heading last
c.setFont("Helvetica-Bold", 12.5); c.drawCentredString(W / 2, H - 140, "ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE")
c.setFont("Helvetica", 10); c.drawCentredString(W / 2, H - 156, "(art. 124 del D.Lgs. 267/2000)")
c.setFont("Helvetica", 10); c.drawString(L, H - 190, "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,")
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, H - 212, "ATTESTA")
c.doForm("foot"); c.doForm("head")
c.save()
