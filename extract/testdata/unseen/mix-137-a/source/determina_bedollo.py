"""Bedollo, Civilia Next-like determinazione: ReportLab, justified with word
spacing (Tw), letter-spaced headings with character spacing (Tc), the
letterhead Form XObject shared with the other Bedollo acts."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from rl_common import justified, spaced, wrap
from bedollo_common import define_letterhead

out = sys.argv[1]
W, H = A4
L, R = 70, W - 62
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Determinazione Servizio finanziario n. 3/2029")
c.setCreator("Civilia Next - Atti")
define_letterhead(c, W, H)
c.doForm("letterhead")

y = H - 128
spaced(c, L, y, "DETERMINAZIONE", "Helvetica-Bold", 13, 3.0, center_width=R - L)
y -= 16
spaced(c, L, y, "DEL RESPONSABILE DEL SERVIZIO FINANZIARIO", "Helvetica-Bold", 9.5, 1.4, center_width=R - L)
y -= 22
c.setFont("Helvetica", 10)
c.drawString(L, y, "SERVIZIO FINANZIARIO")
c.drawRightString(R, y, "n. 3 di data 11 gennaio 2029")
y -= 13
c.drawString(L, y, "Ufficio Ragioneria e Economato")
y -= 10
c.setLineWidth(0.5)
c.line(L, y, R, y)
y -= 18
c.setFont("Helvetica-Bold", 10.5)
c.drawString(L, y, "OGGETTO:")
subj = ("Impegno di spesa per l'abbonamento annuale al servizio di consultazione di banche dati "
        "normative per l'anno 2029 (CIG B3F8A62C01).")
for ws in wrap(subj, "Helvetica-Bold", 10.5, R - L - 62):
    c.drawString(L + 62, y, " ".join(ws))
    y -= 13.5
y -= 12
spaced(c, L, y, "IL RESPONSABILE DEL SERVIZIO FINANZIARIO", "Times-Bold", 11, 0.8, center_width=R - L)
y -= 20
F, S, LD = "Times-Roman", 11, 14
for p in [
    "Premesso che il Servizio finanziario e gli uffici comunali necessitano, per lo svolgimento dell'attività istruttoria, di un servizio di consultazione on line della normativa nazionale e provinciale, della giurisprudenza e della prassi in materia di enti locali;",
    "Vista l'offerta presentata dalla società Editoriale Atesina S.r.l. di Trento, acquisita al protocollo n. 171 di data 9 gennaio 2029, per l'abbonamento annuale a cinque postazioni al prezzo di euro 1.280,00 oltre all'IVA al 22%, per complessivi euro 1.561,60;",
    "Visto l'art. 50, comma 1, lettera b), del D.Lgs. 31 marzo 2023, n. 36, e la L.P. 9 marzo 2016, n. 2, in materia di affidamento diretto di servizi di importo inferiore a 140.000 euro;",
    "Richiamata la deliberazione della Giunta comunale n. 2 di data 10 gennaio 2029, con la quale è stato approvato il Piano esecutivo di gestione 2029-2031;",
    "Visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige approvato con L.R. 3 maggio 2018, n. 2;",
]:
    y = justified(c, L, y, p, F, S, R - L, LD, indent=22)
    y -= 4
y -= 4
spaced(c, L, y, "D E T E R M I N A", "Times-Bold", 11.5, 0.6, center_width=R - L)
y -= 20
for i, p in enumerate([
    "di affidare alla società Editoriale Atesina S.r.l. di Trento il servizio di consultazione on line di banche dati normative per l'anno 2029, per l'importo complessivo di euro 1.561,60 IVA compresa;",
    "di impegnare la spesa di euro 1.561,60 al capitolo 1043 \"Spese per abbonamenti e pubblicazioni\" del bilancio di previsione 2029-2031, esercizio 2029, che presenta la necessaria disponibilità;",
    "di dare atto che avverso il presente provvedimento è ammesso ricorso al T.R.G.A. di Trento entro 30 giorni, ai sensi dell'art. 120 del D.Lgs. 2 luglio 2010, n. 104.",
], 1):
    c.setFont(F, S)
    c.drawString(L + 2, y, "%d." % i)
    y = justified(c, L + 20, y, p, F, S, R - L - 20, LD)
    y -= 4
y -= 16
c.setFont("Times-Roman", 10.5)
c.drawString(L, y, "Bedollo, 11 gennaio 2029")
c.drawCentredString(R - 105, y, "IL RESPONSABILE DEL SERVIZIO FINANZIARIO")
c.drawCentredString(R - 105, y - 14, "dott.ssa Chiara Stenico")
c.setFont("Times-Italic", 8.5)
c.drawCentredString(R - 105, y - 27, "documento firmato digitalmente")
y -= 52
c.setLineWidth(0.4)
c.line(L, y + 8, R, y + 8)
c.setFont("Helvetica", 8)
c.drawString(L, y - 4, "Visto di regolarità contabile attestante la copertura finanziaria (art. 187, comma 7, L.R. 2/2018): impegno n. 31/2029.")
c.drawString(L, y - 15, "Esecutiva dal 11 gennaio 2029. Pubblicata all'albo telematico per 10 giorni consecutivi dal 12 gennaio 2029.")
c.setFont("Helvetica", 7.5)
c.drawString(L, 40, "Determinazione n. 3 di data 11/01/2029 - Servizio finanziario")
c.drawRightString(R, 40, "pag. 1")
c.save()
