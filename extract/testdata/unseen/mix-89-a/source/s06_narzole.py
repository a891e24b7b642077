# Comune di Narzole (CN): Consiglio deliberation; cover page with field table, act from page 2; lines justified with Tw, headings letter-spaced with Tc (reportlab)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4; L = 70; TW = W-140
def spaced(y, s, f="Helvetica-Bold", sz=13, cs=3):
    w = stringWidth(s, f, sz) + cs*(len(s)-1)
    t = c.beginText(W/2-w/2, y); t.setFont(f, sz); t.setCharSpace(cs); t.textOut(s); t.setCharSpace(0); c.drawText(t)
def just(y, para, f="Helvetica", sz=10, lead=14):
    words = para.split(); lines, cur = [], []
    for wd in words:
        if stringWidth(" ".join(cur+[wd]), f, sz) > TW and cur: lines.append(cur); cur = [wd]
        else: cur.append(wd)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln); t = c.beginText(L, y); t.setFont(f, sz); t.setCharSpace(0); t.setWordSpace(0)
        if i < len(lines)-1 and len(ln) > 1: t.setWordSpace((TW-stringWidth(s, f, sz))/(len(ln)-1))
        t.textOut(s); c.drawText(t); y -= lead
    return y - 5
subj = "Approvazione del Regolamento per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria. Modifiche."
# page 1: frontespizio
spaced(H-70, "COMUNE DI NARZOLE", sz=16, cs=4)
c.setFont("Helvetica", 10); c.drawCentredString(W/2, H-86, "Provincia di Cuneo")
spaced(H-140, "FRONTESPIZIO", sz=12, cs=2)
rows = [("Atto", "Deliberazione del Consiglio Comunale"), ("Numero registro generale", "8"), ("Data", "27/02/2026"),
        ("Settore", "Area Economico-Finanziaria"), ("Oggetto", subj), ("Data esecutività", "27/02/2026 (immediatamente eseguibile)")]
y = H-170
for a, b in rows:
    c.setFont("Helvetica-Bold", 10); lines = []
    cur = ""
    for wd in b.split():
        t = (cur+" "+wd).strip()
        if stringWidth(t, "Helvetica", 10) > 250: lines.append(cur); cur = wd
        else: cur = t
    lines.append(cur); h = 8 + 13*len(lines)
    c.rect(L, y-h, 190, h); c.rect(L+190, y-h, TW-190, h)
    c.drawString(L+5, y-14, a); c.setFont("Helvetica", 10)
    for i, ln in enumerate(lines): c.drawString(L+195, y-14-13*i, ln)
    y -= h
c.setFont("Helvetica-Oblique", 8); c.drawString(L, 50, "Copia informatica per consultazione")
c.showPage()
# page 2: the act
spaced(H-60, "COMUNE DI NARZOLE", sz=14, cs=3)
c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-74, "Provincia di Cuneo")
spaced(H-100, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", sz=11, cs=1)
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W/2, H-118, "N. 8 del 27/02/2026")
y = just(H-145, "OGGETTO: " + subj, "Helvetica-Bold")
y = just(y, "L'anno duemilaventisei addì ventisette del mese di febbraio alle ore 20:45 nella sala consiliare, convocato dal Sindaco con avvisi scritti, si è riunito in sessione ordinaria e in seduta pubblica di prima convocazione il Consiglio Comunale. All'appello risultano: Paolo Tibaldi, Sindaco, presente; Chiara Bergesio, Consigliere, presente; Marco Calleri, Consigliere, presente; Giorgio Sordo, Consigliere, assente giustificato; Anna Rinaldi, Consigliere, presente; Luca Vigna, Consigliere, presente; Simona Perotti, Consigliere, assente; Davide Olivero, Consigliere, presente. Presenti 6, assenti 2.")
y = just(y, "Assiste il Segretario Comunale dott. Fabrizio Cerrato. Il Sindaco Paolo Tibaldi, riconosciuto legale il numero degli intervenuti, assume la presidenza e dichiara aperta la seduta.")
spaced(y-5, "IL CONSIGLIO COMUNALE", sz=11, cs=2); y -= 25
y = just(y, "Premesso che con deliberazione consiliare n. 5 del 30/03/2021 è stato approvato il Regolamento per l'applicazione del canone patrimoniale di cui alla L. 160/2019; ritenuto di aggiornarne gli articoli 12 e 21; acquisito il parere favorevole del Revisore dei conti;")
y = just(y, "Con voti favorevoli n. 5, contrari n. 1 (Olivero), astenuti n. 0, espressi per alzata di mano da n. 6 consiglieri presenti e votanti,")
spaced(y-5, "DELIBERA", sz=11, cs=2); y -= 25
for p in ["1) di approvare le modifiche agli articoli 12 e 21 del Regolamento per l'applicazione del canone patrimoniale, come riportate nell'allegato A;",
          "2) di stabilire che le modifiche hanno efficacia dal 1° gennaio 2026;",
          "3) di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze."]:
    y = just(y, p)
y = just(y, "Successivamente, con voti favorevoli n. 5, contrari n. 1, il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
c.setFont("Helvetica", 10); c.drawString(L, y-15, "IL SINDACO"); c.drawString(330, y-15, "IL SEGRETARIO COMUNALE")
c.drawString(L, y-29, "Paolo Tibaldi"); c.drawString(330, y-29, "dott. Fabrizio Cerrato")
c.showPage(); c.save()
