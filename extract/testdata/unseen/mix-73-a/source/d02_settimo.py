# reportlab: every glyph drawn on its own (BT..Tj..ET per glyph), lines justified by moving glyphs
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Kibernetes PDF Printer 2.1")
W, H = A4; L = 62; R = W - 62
def glyphs(x, y, s, f="Times-Roman", sz=11):
    for ch in s:
        if ch != " ":
            c.setFont(f, sz); c.drawString(x, y, ch)
        x += stringWidth(ch, f, sz)
def para(y, text, f="Times-Roman", sz=11, lead=14.5):
    words = text.split(); line = []
    def out(line, y, last):
        if last or len(line) == 1:
            glyphs(L, y, " ".join(line), f, sz); return
        w = sum(stringWidth(w_, f, sz) for w_ in line); gap = (R - L - w) / (len(line) - 1); x = L
        for w_ in line:
            glyphs(x, y, w_, f, sz); x += stringWidth(w_, f, sz) + gap
    for w_ in words:
        if line and stringWidth(" ".join(line + [w_]), f, sz) > R - L:
            out(line, y, False); y -= lead; line = []
        line.append(w_)
    out(line, y, True); return y - lead - 4
def center(y, s, f="Times-Bold", sz=12):
    glyphs((W - stringWidth(s, f, sz)) / 2, y, s, f, sz)
center(800, "CITTÀ DI SETTIMO TORINESE", "Times-Bold", 16)
center(783, "Città Metropolitana di Torino", "Times-Italic", 10)
center(766, "POLIZIA LOCALE", "Helvetica-Bold", 11)
center(753, "Ufficio Viabilità e Segnaletica", "Helvetica", 9.5)
c.line(L, 745, R, 745)
glyphs(L, 726, "Registro ordinanze n. 112", "Helvetica-Bold", 10.5)
glyphs(R - stringWidth("Settimo Torinese, 09/02/2026", "Helvetica", 10.5), 726, "Settimo Torinese, 09/02/2026", "Helvetica", 10.5)
center(700, "ORDINANZA DIRIGENZIALE", "Times-Bold", 13)
y = para(678, "OGGETTO: Istituzione del divieto di sosta con rimozione forzata e del senso unico alternato in via Italia, tratto compreso tra via Roma e via Cavour, dal 16 al 27 febbraio 2026 per lavori di allaccio alla rete del teleriscaldamento.", "Times-Bold")
center(y - 4, "IL COMANDANTE DELLA POLIZIA LOCALE"); y -= 26
for t in ["Vista la richiesta della ditta Teleriscalda Nord S.r.l., pervenuta al prot. n. 6021 del 02/02/2026, di poter eseguire gli scavi per l'allaccio di due condomini alla rete di teleriscaldamento;",
          "Ritenuto necessario, per garantire la sicurezza della circolazione e dei lavoratori, adottare provvedimenti temporanei di regolamentazione del traffico;",
          "Visti gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e l'art. 107 del D.Lgs. 267/2000;"]:
    y = para(y, t)
center(y - 2, "ORDINA"); y -= 24
for i, t in enumerate(["dalle ore 7:30 del 16/02/2026 alle ore 18:00 del 27/02/2026 in via Italia, nel tratto compreso tra via Roma e via Cavour, l'istituzione del divieto di sosta con rimozione forzata su ambo i lati;",
          "nello stesso periodo e nello stesso tratto, l'istituzione del senso unico alternato regolato da impianto semaforico mobile o da movieri;",
          "alla ditta esecutrice la posa della segnaletica prevista dal D.M. 10 luglio 2002 almeno 48 ore prima dell'inizio dei lavori."], 1):
    y = para(y, f"{i}. {t}")
y = para(y - 4, "Contro il presente provvedimento è ammesso ricorso al T.A.R. Piemonte entro 60 giorni dalla pubblicazione all'Albo Pretorio on line.", "Times-Italic", 10)
glyphs(360, y - 10, "IL COMANDANTE", "Times-Bold", 11)
glyphs(352, y - 25, "Comm. Sup. Davide Gallina", "Times-Roman", 11)
c.save()
