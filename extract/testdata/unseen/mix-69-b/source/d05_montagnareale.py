# Montagnareale (ME): avviso di deposito atti nella casa comunale (art. 140 c.p.c.) of the messo comunale.
# fpdf2 with DejaVu Sans/Serif embedded as CID (Identity-H) subsets; protocol stamp rotated in the right margin.
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_margins(22, 18, 24); p.set_auto_page_break(True, 20)
p.set_creator("Siscom Albo Pretorio"); p.set_producer("Siscom Albo Pretorio / fpdf2")
D = "/usr/share/fonts/truetype/dejavu/"
p.add_font("DV", "", D + "DejaVuSerif.ttf"); p.add_font("DV", "B", D + "DejaVuSerif-Bold.ttf"); p.add_font("DS", "", D + "DejaVuSans.ttf"); p.add_font("DS", "B", D + "DejaVuSans-Bold.ttf")
p.add_page()
p.set_font("DV", "B", 16); p.cell(0, 8, "COMUNE DI MONTAGNAREALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 10); p.cell(0, 5, "Città Metropolitana di Messina", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DS", "B", 9.5); p.cell(0, 6, "AREA AMMINISTRATIVA – UFFICIO MESSI COMUNALI", align="C", new_x="LMARGIN", new_y="NEXT")
p.line(22, p.get_y() + 1, 186, p.get_y() + 1); p.ln(5)
p.set_font("DS", "", 9)
p.cell(80, 6, "Registro depositi n. 58/2026", border=1); p.cell(0, 6, "Cron. notifiche n. 1127", border=1, align="R", new_x="LMARGIN", new_y="NEXT"); p.ln(7)
p.set_font("DV", "B", 13); p.multi_cell(0, 7, "AVVISO DI DEPOSITO DI ATTO NELLA CASA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9.5); p.cell(0, 5, "(art. 140 del Codice di Procedura Civile)", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(5)
p.set_font("DV", "B", 11); p.cell(0, 6, "IL MESSO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("DV", "", 11)
p.multi_cell(0, 6, "Visto l'art. 140 del Codice di Procedura Civile, che disciplina la notificazione nel caso di irreperibilità o di rifiuto di ricevere la copia dell'atto da parte delle persone indicate nell'art. 139;", align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("DV", "B", 11); p.cell(0, 6, "RENDE NOTO", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("DV", "", 11)
p.multi_cell(0, 6, "che, non essendo stato possibile eseguire la consegna per temporanea assenza del destinatario e delle persone abilitate a ricevere l'atto presso l'indirizzo di residenza, in data 12.11.2026 è stato depositato presso la Casa Comunale di Montagnareale, Ufficio Messi, il seguente atto:", align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("DS", "", 10)
rows = [("Destinatario", "FAZIO SALVATORE"), ("Ultimo indirizzo noto", "Contrada Santa Nicolella n. 7 – 98060 Montagnareale (ME)"),
        ("Atto", "Avviso di accertamento esecutivo n. 2026/IMU/0418"), ("Ente richiedente", "Comune di Patti – Servizio Tributi"), ("Data del deposito", "12.11.2026")]
for a, b in rows:
    p.set_font("DS", "B", 10); p.cell(52, 7, a, border=1); p.set_font("DS", "", 10); p.cell(0, 7, b, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(4); p.set_font("DV", "", 11)
p.multi_cell(0, 6, "Il destinatario, o persona da lui delegata, potrà ritirare l'atto presso l'Ufficio Messi del Comune, in via Vittorio Emanuele n. 1, nei giorni feriali dalle ore 9.00 alle ore 12.00, munito di documento di riconoscimento. Dell'avvenuto deposito è data notizia al destinatario mediante affissione dell'avviso in busta chiusa alla porta dell'abitazione e mediante raccomandata con avviso di ricevimento.", align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.cell(0, 6, "Montagnareale, 12.11.2026", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_x(120); p.set_font("DV", "B", 11); p.cell(60, 6, "IL MESSO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(120); p.set_font("DV", "", 11); p.cell(60, 6, "Carmelo Sidoti", align="C", new_x="LMARGIN", new_y="NEXT")
with p.rotation(90, 196, 200):
    p.set_font("DS", "", 7.5); p.text(196, 200, "COMUNE DI MONTAGNAREALE – Prot. n. 0006214 del 12/11/2026 – Albo n. 741/2026")
p.set_auto_page_break(False); p.set_y(-16); p.set_font("DS", "", 7.5); p.cell(0, 5, "Comune di Montagnareale – Via Vittorio Emanuele 1 – 98060 Montagnareale (ME) – PEC: protocollo@pec.comune.montagnareale.me.it", align="C")
p.output(sys.argv[1])
