# Comune di Andora - Allegato A (tariffe sosta a pagamento 2026) to Giunta deliberation 44/2026
# Writes an HTML page laid out like a Google Sheets "File > Download > PDF" export (grid lines,
# frozen header row, sheet name and page number in the foot) and prints it with wkhtmltopdf.
import sys, subprocess, html
out = sys.argv[1] if len(sys.argv) > 1 else "allegato-andora-googlesheets.pdf"
tmp = sys.argv[2] if len(sys.argv) > 2 else "/tmp/andora_sheet.html"
rows = [
 ("A", "Lungomare Europa", "Parcheggio a raso (lato mare)", "01/06 - 15/09", "8:00-24:00", "2,50", "20,00", "stalli blu"),
 ("A", "Lungomare Europa", "Stalli su strada", "01/06 - 15/09", "8:00-24:00", "2,50", "20,00", ""),
 ("A", "Via Aurelia", "Tratto Rollo - Molo Thor Heyerdahl", "01/06 - 15/09", "8:00-20:00", "2,00", "16,00", ""),
 ("A", "Piazza Santa Rita", "Stalli su strada", "01/06 - 15/09", "8:00-20:00", "2,00", "16,00", ""),
 ("B", "Via Merula", "Parcheggio interrato", "intero anno", "0:00-24:00", "1,50", "12,00", "sbarra"),
 ("B", "Via Clavesana", "Stalli su strada", "01/04 - 30/09", "8:00-20:00", "1,50", "12,00", ""),
 ("B", "Via Carminati", "Parcheggio area ex mercato", "01/04 - 30/09", "8:00-20:00", "1,50", "12,00", ""),
 ("B", "Via Doria", "Stalli su strada", "01/04 - 30/09", "8:00-20:00", "1,20", "10,00", ""),
 ("B", "Via Piana del Merula", "Area camper (sosta diurna)", "01/04 - 31/10", "8:00-20:00", "3,00", "25,00", "max 12 ore"),
 ("C", "Via dei Mulini", "Parcheggio scambiatore", "01/06 - 15/09", "8:00-20:00", "0,80", "6,00", "navetta"),
 ("C", "Località Molino Nuovo", "Parcheggio a raso", "01/06 - 15/09", "8:00-20:00", "0,80", "6,00", ""),
 ("C", "Via San Giovanni", "Stalli su strada", "01/06 - 15/09", "8:00-20:00", "0,80", "6,00", ""),
 ("C", "Località Pinamare", "Parcheggio a raso", "01/06 - 15/09", "8:00-20:00", "1,00", "8,00", ""),
 ("D", "Tutte le zone", "Abbonamento mensile residenti", "intero anno", "-", "-", "15,00 / mese", "1 veicolo per nucleo"),
 ("D", "Tutte le zone", "Abbonamento stagionale non residenti", "01/06 - 15/09", "-", "-", "180,00", ""),
 ("D", "Zone A e B", "Abbonamento operatori economici", "intero anno", "-", "-", "250,00 / anno", "su richiesta"),
 ("D", "Tutte le zone", "Titolari contrassegno disabili", "intero anno", "-", "gratuito", "gratuito", "stalli dedicati"),
]
hdr = ("Zona", "Via / località", "Tipologia", "Periodo", "Orario", "Tariffa oraria (€)", "Giornaliero / abbon. (€)", "Note")
rs = "".join("<tr><td class='n'>%d</td>%s</tr>" % (i + 3, "".join("<td%s>%s</td>" % (" class='r'" if j in (5, 6) else "", html.escape(c)) for j, c in enumerate(r))) for i, r in enumerate(rows))
page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Allegato A - Tariffe sosta 2026</title>
<style>
body {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 9pt; margin: 0; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 1px solid #c0c0c0; padding: 2px 4px; vertical-align: bottom; }}
td.n {{ background: #f8f9fa; color: #666; text-align: center; width: 18px; font-size: 8pt; }}
td.r {{ text-align: right; }}
tr.h td {{ background: #d9ead3; font-weight: bold; vertical-align: middle; }}
tr.t td {{ font-size: 11pt; font-weight: bold; border: none; padding: 4px; }}
tr.s td {{ font-size: 9pt; border: none; padding: 2px 4px 6px; }}
</style></head><body>
<table>
<tr class="t"><td class="n">1</td><td colspan="8">COMUNE DI ANDORA - Allegato A alla deliberazione della Giunta Comunale n. 44 del 10/03/2026</td></tr>
<tr class="s"><td class="n">2</td><td colspan="8">Tariffe della sosta a pagamento sulle aree pubbliche - stagione 2026 (IVA inclusa)</td></tr>
<tr class="h"><td class="n"></td>{''.join('<td>%s</td>' % html.escape(h) for h in hdr)}</tr>
{rs}
<tr><td class="n">{len(rows)+3}</td><td colspan="8">Frazioni di ora: tariffa minima 0,50 € per i primi 20 minuti; pagamento tramite parcometro o app. Sosta gratuita dalle 13:00 alle 15:00 in zona C.</td></tr>
<tr><td class="n">{len(rows)+4}</td><td colspan="8">Il Responsabile dell'Area Polizia Locale - Comm. Roberto Ardissone</td></tr>
</table><div style="margin-top:18px;font-size:7.5pt;color:#444;display:flex;justify-content:space-between"><span>Tariffe sosta 2026</span><span>1</span></div></body></html>"""
open(tmp, "w").write(page)
subprocess.run(["wkhtmltopdf", "-q", "-O", "Landscape", "-s", "A4", "--title", "Allegato A - Tariffe sosta 2026 - Fogli Google",
                "-T", "12mm", "-B", "14mm", "-L", "10mm", "-R", "10mm",
                tmp, out], check=True)
# (this wkhtmltopdf is built on unpatched Qt: no --footer-* switches, so the sheet name and the page
#  number that Sheets prints at the foot are written as the last line of the page instead)
