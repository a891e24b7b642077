# Guardia Lombardi: determinazione; register numbers printed at the END (a box after the signature) and in the running foot
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from guardia_lib import Doc, L, R
d = Doc(sys.argv[1], "Area Amministrativa – Determinazione R.G. n. 98 del 25/03/2026", "Determinazione RG 98/2026")
P = d.para
P("AREA AMMINISTRATIVA", "Helvetica-Bold", 10, align="L", gap=0)
P("Servizio Demografico, Elettorale e Stato Civile", "Helvetica", 9.5, align="L", gap=12)
P("DETERMINAZIONE DEL RESPONSABILE DELL'AREA AMMINISTRATIVA", "Times-Bold", 12, align="C", gap=10)
P("OGGETTO: Affidamento del servizio di conservazione digitale a norma dei registri di stato civile e delle liste elettorali per il triennio 2026-2028 – CIG B9D2E1A07C – Determina a contrarre e impegno di spesa.", "Times-Bold", 11, gap=10)
P("IL RESPONSABILE DELL'AREA", "Times-Bold", 11, align="C")
for t in ["VISTO il decreto sindacale n. 2 del 7.1.2026 di conferimento dell'incarico di Elevata Qualificazione dell'Area Amministrativa;",
          "RILEVATA la necessità di garantire la conservazione digitale a norma dei documenti informatici dei servizi demografici, ai sensi dell'art. 44 del D.Lgs. 82/2005 e delle Linee guida AgID;",
          "VISTO l'art. 50, comma 1, lettera b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto di servizi di importo inferiore a € 140.000,00;",
          "ACQUISITO sul Mercato Elettronico della Pubblica Amministrazione il preventivo della ditta Archivia Sud s.r.l. di Avellino, per l'importo triennale di € 3.900,00 oltre IVA, ritenuto congruo;",
          "ACCERTATA la regolarità contributiva della ditta e dato atto dell'assenza di conflitti di interesse;"]: P(t)
P("D E T E R M I N A", "Times-Bold", 11, align="C")
pts = ["di affidare alla ditta Archivia Sud s.r.l. il servizio di conservazione digitale a norma dei registri di stato civile e delle liste elettorali per il triennio 2026-2028, per l'importo di € 3.900,00 oltre IVA;",
       "di impegnare la somma complessiva di € 4.758,00 al capitolo 1076 del bilancio 2026-2028, in ragione di € 1.586,00 per ciascun esercizio;",
       "di dare atto che il contratto sarà stipulato mediante scambio di lettere commerciali secondo l'uso del commercio."]
for i, t in enumerate(pts, 1): P(t, indent=18, first="%d." % i)
d.y -= 8
P("Guardia Lombardi, 25/03/2026", gap=6)
P("Il Responsabile dell'Area Amministrativa", align="R", gap=0); P("dott.ssa Annamaria Cipriano", align="R", gap=14)
d.need(60); y = d.y
d.c.rect(L, y - 46, R - L, 54)
d.glyphs(L + 8, y - 6, "Registro Generale n. 98 del 25/03/2026", "Helvetica-Bold", 9.5)
d.glyphs(L + 8, y - 20, "Registro di Area n. 27 del 25/03/2026", "Helvetica", 9.5)
d.glyphs(L + 8, y - 34, "Proposta n. 31 del 23/03/2026", "Helvetica", 9.5)
d.y = y - 60
d.save()
