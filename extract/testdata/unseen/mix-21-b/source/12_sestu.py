"""Comune di Sestu - Allegato A to Giunta deliberation 39/2026 (Datagraph-like): tariff table of the
municipal sports facilities. Letterhead, column heads and foot are Form XObjects painted last; the body is
painted column by column starting from the bottom row (content out of reading order). minipdf, Helvetica."""
import sys
from minipdf import PDF, enc, f, width
pdf = PDF()
for k, v in {"H": "Helvetica", "HB": "Helvetica-Bold", "HI": "Helvetica-Oblique"}.items(): pdf.font(k, v)
pdf.info = {"Title": "Allegato A - Tariffe impianti sportivi 2026", "Producer": "Datagraph Atti - stampa allegati"}
def T(x, y, s, font="H", size=9):
    return "BT /%s %s Tf %s %s Td %s Tj ET" % (font, f(size), f(x), f(y), enc(s).decode("latin-1"))
head = "\n".join([T(60, 800, "COMUNE DI SESTU", "HB", 14), T(60, 786, "Città Metropolitana di Cagliari", "H", 9),
                  T(60, 774, "Settore Servizi alla Persona - Servizio Sport e Tempo Libero", "H", 9),
                  "0.8 w 60 766 m 535 766 l S"])
pdf.form("Fx0", head, [0, 0, 595, 842])
cols = [60, 280, 330, 425, 535]
colhead = "\n".join(["0.9 g 60 690 475 22 re f 0 g 0.5 w 60 690 475 22 re S",
                     T(64, 698, "Impianto / tipologia di utilizzo", "HB", 8.5), T(284, 698, "Unità", "HB", 8.5),
                     T(334, 698, "Tariffa residenti", "HB", 8.5), T(429, 698, "Tariffa non residenti", "HB", 8.5)])
pdf.form("Fx1", colhead, [0, 0, 595, 842])
foot = "\n".join([T(60, 60, "Allegato A alla deliberazione della Giunta Comunale n. 39 del 12/03/2026", "HI", 7.5),
                  T(470, 60, "Pag. 1 di 1", "H", 7.5)])
pdf.form("Fx2", foot, [0, 0, 595, 842])
rows = [("Palazzetto dello sport \"Is Cuccureddus\" - allenamenti", "ora", "18,00", "26,00"),
        ("Palazzetto dello sport - gare di campionato", "gara", "45,00", "65,00"),
        ("Palazzetto dello sport - manifestazioni con ingresso", "giornata", "250,00", "380,00"),
        ("Campo di calcio a 11 - allenamenti con illuminazione", "ora", "30,00", "42,00"),
        ("Campo di calcio a 11 - allenamenti senza illuminazione", "ora", "20,00", "30,00"),
        ("Campo di calcio a 11 - gare ufficiali", "gara", "60,00", "85,00"),
        ("Campo di calcio a 5 - fascia diurna", "ora", "25,00", "35,00"),
        ("Campo di calcio a 5 - fascia serale", "ora", "32,00", "45,00"),
        ("Palestra scolastica via Dante - attività motorie", "ora", "12,00", "18,00"),
        ("Pista di atletica - uso individuale", "mese", "10,00", "15,00"),
        ("Pista di atletica - società sportive", "ora", "15,00", "22,00"),
        ("Campi da tennis - singolo utilizzo", "ora", "8,00", "12,00")]
body = []
RH = 20
top = 690
for ci in range(4):
    for ri in range(len(rows) - 1, -1, -1):
        yb = top - RH * (ri + 1)
        s = rows[ri][ci]
        if ci >= 2:
            s = "€ " + s
        body.append(T(cols[ci] + 4, yb + 6.5, s, "H", 8.5))
grid = ["0.5 w"] + ["60 %s m 535 %s l S" % (f(top - RH * (i + 1)), f(top - RH * (i + 1))) for i in range(len(rows))]
grid += ["%s %s m %s %s l S" % (f(x), f(top - RH * len(rows)), f(x), f(top + 22)) for x in cols]
notes = [T(60, 410, "Note:", "HB", 8.5),
         T(60, 396, "1. Le tariffe si intendono IVA inclusa e sono ridotte del 50% per le associazioni sportive dilettantistiche con sede a Sestu.", "H", 8),
         T(60, 384, "2. Per le attività rivolte a minori di anni 14 e a persone con disabilità l'utilizzo è gratuito nella fascia 15:00-18:00.", "H", 8),
         T(60, 372, "3. Il pagamento avviene tramite PagoPA entro il giorno 10 del mese successivo all'utilizzo.", "H", 8),
         T(330, 320, "IL RESPONSABILE DEL SETTORE", "HB", 8.5), T(345, 306, "Dott.ssa Giovanna Melis", "H", 8.5)]
content = "\n".join(notes + body + grid + ["/Fx2 Do", "/Fx1 Do", "/Fx0 Do"])
pdf.page(content)
pdf.write(sys.argv[1])
