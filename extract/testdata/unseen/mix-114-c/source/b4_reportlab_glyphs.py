# -*- coding: utf-8 -*-
"""B4: Cavriglia, Consiglio n. 8 - ReportLab, every glyph placed on its own
with its own text matrix and no space characters (as report engines write
them); justified lines spread by the gaps between words."""
import sys
from reportlab.pdfgen import canvas
from flow import Flow, draw_reportlab, PAGE_W, PAGE_H, sw
from data import B4, it_date, words_date

act = B4
T, TB, TI = "Times-Roman", "Times-Bold", "Times-Italic"
ref = "Delibera C.C. n. %d del %s" % (act["number"], it_date(act["date"]))


def footer(i, n):
    r = "Pag. %d di %d" % (i, n)
    return [("line", 60, 50, PAGE_W - 60, 50, 0.5),
            ("text", 60, 38, TI, 8.5, ref, 0, 0),
            ("text", PAGE_W - 60 - sw(r, TI, 8.5), 38, TI, 8.5, r, 0, 0)]


f = Flow(left=60, right=60, top=60, bottom=68, first_top=60, footer=footer)
# letterhead: centred crest, name, province
cx = PAGE_W / 2
f.ops.append(("shield", cx - 16, PAGE_H - 92, 40))
f.y = PAGE_H - 100
f.para("COMUNE DI CAVRIGLIA", font=TB, size=16, leading=18, align="center", justify=False, after=0)
f.para("Provincia di Arezzo", font=TI, size=11, leading=14, align="center", justify=False, after=10)
# header grid
top = f.y
f.rect(60, top - 40, 330, 40, lw=0.8)
f.rect(390, top - 40, PAGE_W - 60 - 390, 40, lw=0.8)
f.text(70, top - 17, "DELIBERAZIONE DEL CONSIGLIO COMUNALE", TB, 12)
f.text(70, top - 32, "Seduta pubblica ordinaria di prima convocazione", TI, 10)
f.text(400, top - 17, "N. %d" % act["number"], TB, 12)
f.text(400, top - 32, "del %s" % it_date(act["date"]), T, 11)
f.y = top - 40
f.rect(60, f.y - 16, PAGE_W - 120, 16, lw=0.8)
f.text(70, f.y - 12, "Proposta n. %d del %s  -  Settore proponente: %s" % (
    act["proposal_number"], it_date(act["proposal_date"]), act["proposing_office"]), T, 9.5)
f.y -= 16
# OGGETTO box
ytop = f.y
f.space(4)
f.text(68, f.y - 14, "OGGETTO:", TB, 11)
f.para(act["subject"], font=TB, size=11, leading=14, justify=False, indent=80, after=6, width=f.width - 8)
f.rect(60, f.y, PAGE_W - 120, ytop - f.y, lw=0.8)
f.space(10)

day, month = words_date(act["date"])
f.para("L'anno duemilaventisette, il giorno %s del mese di %s, alle ore %s, nella Sala Consiliare "
       "del Palazzo Comunale, regolarmente convocato, si è riunito il Consiglio Comunale in seduta "
       "pubblica ordinaria di prima convocazione, con la partecipazione di alcuni componenti in "
       "videoconferenza ai sensi del Regolamento per lo svolgimento delle sedute in modalità "
       "telematica. Fatto l'appello nominale risultano:" % (day, month, act["time"]),
       font=T, size=11, leading=14)
rows = [["N.", "Cognome e Nome", "Carica", "Presente/Assente", "Modalità"]]
for i, (n, r, m, how) in enumerate(act["roll"]):
    rows.append([str(i + 1), n, r, m, how])
f.table([(24, "c"), (150, "l"), (95, "l"), (105, "c"), (101, "c")], rows, font=T, bold=TB,
        size=10, row_h=14.5)
pres = sum(1 for r in act["roll"] if r[2] == "Presente")
f.para("Presenti n. %d - Assenti n. %d" % (pres, len(act["roll"]) - pres), font=TB, size=10.5,
       leading=14, justify=False, after=6)
p, s = act["president"], act["secretary"]
f.para("Presiede la seduta il %s, %s, in assenza del Presidente. Partecipa il %s %s %s, la quale "
       "provvede alla redazione del presente verbale." % (p["role"], p["name"], s["role"],
                                                          s["title"], s["name"]),
       font=T, size=11, leading=14)
f.para("Il Presidente, riconosciuta la validità della seduta, invita il Consiglio a trattare "
       "l'argomento indicato in oggetto, iscritto al punto 2 dell'ordine del giorno.",
       font=T, size=11, leading=14, after=8)
f.para("IL CONSIGLIO COMUNALE", font=TB, size=11.5, leading=16, align="center", justify=False)
for prem in act["premessa"]:
    f.para(prem, font=T, size=11, leading=14, after=3)
c = act["vote_counts"]
f.need(90)
f.para("Con la seguente votazione, resa per alzata di mano e, per i Consiglieri collegati in "
       "videoconferenza, per appello nominale: presenti n. %d, votanti n. %d, favorevoli n. %d, "
       "contrari n. %d (Peruzzi), astenuti n. %d (Cheli, Fantoni)," % (
           c["present"], c["voters"], c["in_favour"], c["against"], c["abstained"]),
       font=T, size=11, leading=14)
f.para("DELIBERA", font=TB, size=12, leading=18, align="center", justify=False, after=4)
for i, pt in enumerate(act["points"]):
    f.para(pt, font=T, size=11, leading=14, indent=22, label="%d)" % (i + 1), after=3)
f.space(4)
f.para("Successivamente, con separata votazione dal medesimo esito (presenti n. %d, votanti n. %d, "
       "favorevoli n. %d, contrari n. %d, astenuti n. %d), il Consiglio Comunale dichiara la "
       "presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
       "D.Lgs. 267/2000." % (c["present"], c["voters"], c["in_favour"], c["against"], c["abstained"]),
       font=T, size=11, leading=14)
f.need(100)
f.space(8)
f.para("Letto, approvato e sottoscritto.", font=T, size=11, leading=14, justify=False, after=10)
y = f.y
f.text(90, y - 14, "IL VICE PRESIDENTE", TB, 10.5)
f.text(90, y - 29, p["name"], T, 11)
f.text(340, y - 14, "IL VICE SEGRETARIO", TB, 10.5)
f.text(340, y - 29, "%s %s" % (s["title"], s["name"]), T, 11)
f.text(90, y - 43, "(firmato digitalmente)", TI, 9)
f.text(340, y - 43, "(firmato digitalmente)", TI, 9)
f.y = y - 50

pages = f.finish()
cv = canvas.Canvas(sys.argv[1], pagesize=(PAGE_W, PAGE_H))
cv.setCreator("CiviliaNext - Atti Amministrativi (Report Server)")
cv.setTitle("Delibera di Consiglio 8/2027")
draw_reportlab(cv, pages, glyphs=True)
cv.save()
