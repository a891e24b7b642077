# reportlab: every body line justified by setting Tw (word spacing); headings letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4; L, R = 60, W - 60
def spaced(y, s, size=11, font="Helvetica-Bold", cs=1.6):
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(cs)
    w = stringWidth(s, font, size) + cs * len(s); t.setTextOrigin((W - w) / 2, y); t.textOut(s); t.setCharSpace(0); c.drawText(t)
def para(y, s, font="Helvetica", size=10, lead=13.5):
    words = s.split(); lines = []; cur = []
    for wd in words:
        if cur and stringWidth(" ".join(cur + [wd]), font, size) > R - L: lines.append(cur); cur = [wd]
        else: cur.append(wd)
    lines.append(cur)
    for i, ln in enumerate(lines):
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(L, y)
        txt = " ".join(ln)
        if i < len(lines) - 1 and len(ln) > 1:
            t.setWordSpace((R - L - stringWidth(txt, font, size)) / (len(ln) - 1))
        t.textOut(txt); t.setWordSpace(0); c.drawText(t); y -= lead
    return y - 4
spaced(800, "AZIENDA SANITARIA LOCALE ROMA 4", 14)
c.setFont("Helvetica", 8.5); c.drawCentredString(W/2, 786, "Via Terme di Traiano, 39/a – 00053 Civitavecchia (RM) – C.F. e P.IVA 04743741003")
c.line(L, 778, R, 778)
spaced(752, "DELIBERAZIONE DEL DIRETTORE GENERALE", 12, cs=1.2)
c.setFont("Helvetica-Bold", 10.5); c.drawCentredString(W/2, 734, "N. 412 DEL 15/04/2026")
c.setFont("Helvetica", 9); c.drawString(L, 716, "Proposta n. 455 del 10/04/2026 – Struttura proponente: UOC Gestione del Patrimonio e Tecnico")
y = para(696, "OGGETTO: Lavori di adeguamento antincendio della Casa della Comunità di Bracciano – Approvazione del progetto esecutivo e determinazione a contrarre. CUP C67H25001930006.", "Helvetica-Bold", 10)
spaced(y - 6, "IL DIRETTORE GENERALE", 10.5, cs=1.0); y -= 26
for p in ["Nominato con D.P.R.L. n. T00051 del 28 febbraio 2024, assistito dal Direttore Amministrativo e dal Direttore Sanitario;",
          "PREMESSO che la Casa della Comunità di Bracciano è inserita tra gli interventi finanziati dalla Missione 6 del PNRR e che l'edificio necessita dell'adeguamento alla normativa di prevenzione incendi prima dell'apertura al pubblico;",
          "VISTO il progetto esecutivo trasmesso dalla UOC Gestione del Patrimonio e Tecnico, dell'importo complessivo di € 486.300,00, verificato e validato dal Responsabile Unico del Progetto ing. Daniela Fontana;",
          "ACQUISITI i pareri favorevoli del Direttore Amministrativo dott. Luca Serafini e del Direttore Sanitario dott.ssa Maria Teresa Caruso;"]:
    y = para(y, p)
spaced(y - 6, "DELIBERA", 11, cs=2.0); y -= 26
for i, p in enumerate(["di approvare il progetto esecutivo dei lavori di adeguamento antincendio della Casa della Comunità di Bracciano, dell'importo complessivo di € 486.300,00;",
                       "di procedere all'affidamento dei lavori mediante procedura negoziata ai sensi dell'art. 50, comma 1, lett. d), del D.Lgs. 36/2023;",
                       "di imputare la spesa sui fondi PNRR – Missione 6, Componente 1, Investimento 1.1;",
                       "di dichiarare il presente atto immediatamente esecutivo, stante l'urgenza di rispettare i termini del cronoprogramma PNRR."], 1):
    y = para(y, f"{i}. " + p)
c.setFont("Helvetica", 9.5)
c.drawString(L, y - 20, "IL DIRETTORE AMMINISTRATIVO"); c.drawCentredString(W/2, y - 20, "IL DIRETTORE SANITARIO"); c.drawRightString(R, y - 20, "IL DIRETTORE GENERALE")
c.drawString(L, y - 33, "dott. Luca Serafini"); c.drawCentredString(W/2, y - 33, "dott.ssa Maria Teresa Caruso"); c.drawRightString(R, y - 33, "dott.ssa Rosaria Marino")
c.setFont("Helvetica", 7.5); c.drawCentredString(W/2, 30, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – Pagina 1 di 1")
c.save()
