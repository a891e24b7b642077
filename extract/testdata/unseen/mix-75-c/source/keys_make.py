# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "attestazione-ceppaloni-kibernetes.pdf", "role": "certificate", "what": "attestazione di pubblicazione of Giunta deliberation n. 14 del 3.2.2026 (published 5.2-20.2.2026, reg. 96), issued 23.2.2026; every glyph its own Tm+Tj, Albo stamp rotated 90° in the left margin (reportlab)",
 "act": {"municipality": "Comune di Ceppaloni", "kind": "attestazione", "number": 14, "date": "2026-02-03",
  "subject": "Concessione in comodato d'uso gratuito dei locali dell'ex scuola elementare di frazione Beltiglio all'Associazione \"Amici di Beltiglio\" per attività culturali e ricreative."}},
{"file": "certificato-vigolzone-latex.pdf", "role": "certificate", "what": "certificato di pubblicazione of Consiglio deliberation N. 5/2026 (seduta 29 gennaio 2026), affixed 2 February 2026 (reg. 71), closing 'addì ventisei del mese di febbraio duemilaventisei'; pdfLaTeX, microtype letter-spacing, fancyhdr running head",
 "act": {"municipality": "Comune di Vigolzone", "kind": "certificato", "number": 5, "date": "2026-01-29",
  "subject": "Approvazione del Regolamento per la concessione in uso degli orti urbani comunali di via Castello."}},
{"file": "referto-gizzeria-enscript.pdf", "role": "certificate", "what": "referto di pubblicazione of the Messo for determinazione Reg. Gen. 311 (settore 29/FIN) of 09-03-2026, Albo reg. 402/2026, 10-03/25-03-2026; 80-column Courier capitals with dotted leaders (enscript + Ghostscript)",
 "act": {"municipality": "COMUNE DI GIZZERIA", "kind": "referto", "number": 311, "sector_number": 29, "date": "2026-03-09",
  "subject": "RIMBORSO DI SOMME INDEBITAMENTE VERSATE A TITOLO DI TARI ANNUALITA’ 2024 E 2025 - LIQUIDAZIONE."}},
{"file": "relata-esterzili-fpdf.pdf", "role": "certificate", "what": "relata di pubblicazione of ordinanza sindacale n. 3 del 12/01/2026 (reg. 27, 13/01-28/01/2026), grey label grid; fpdf2 with DejaVu Type0/CID fonts",
 "act": {"municipality": "COMUNE DI ESTERZILI", "kind": "relata", "number": 3, "date": "2026-01-12",
  "subject": "Divieto di pascolo vagante nelle aree comunali di Monte Santa Vittoria e Su Pranu fino al completamento degli interventi di rimboschimento."}},
{"file": "esecutivita-castelnuovoberardenga-wkhtml.pdf", "role": "certificate", "what": "attestazione di esecutività of Giunta deliberation n° 22 del 10 febbraio 2026 (executive 23/02/2026 under art. 134 c. 3 TUEL), label table (wkhtmltopdf)",
 "act": {"municipality": "Comune di Castelnuovo Berardenga", "organ": "Giunta Comunale", "kind": "attestazione", "number": 22, "date": "2026-02-10",
  "subject": "INDIRIZZI PER L'ORGANIZZAZIONE DEL PALIO DEI CIUCHI E DELLA FESTA DELL'UVA DI SAN GUSME - ANNO 2026"}},
{"file": "deposito-ripabottoni-groff.pdf", "role": "notice", "what": "avviso di deposito atti of the Messo comunale (art. 140 c.p.c.), Reg. Dep. n. 9/2026, prot. 418 del 19/02/2026 in a tbl box (groff -ms, gropdf)",
 "act": {"municipality": "COMUNE DI RIPABOTTONI", "office": "Ufficio Messi Comunali", "kind": "avviso", "number": 9, "date": "2026-02-19",
  "subject": "AVVISO DI DEPOSITO DI ATTI NELLA CASA COMUNALE"}},
{"file": "matrimonio-pofi-writer.pdf", "role": "notice", "what": "pubblicazione di matrimonio, Atto n. 4 Parte I Serie A 2026, affixed from 9 March 2026, spouses in a two-column table, date in words at the foot (HTML -> LibreOffice Writer)",
 "act": {"municipality": "COMUNE DI POFI", "office": "Ufficio dello Stato Civile", "kind": "pubblicazione di matrimonio", "number": 4, "date": "2026-03-09",
  "subject": "PUBBLICAZIONE DI MATRIMONIO"}},
{"file": "convocazione-roccadimezzo-chromium.pdf", "role": "notice", "what": "Sindaco's letter convening the Consiglio Comunale for 20/02/2026 18:00, prot. 1092 of 13/02/2026, preamble in two CSS columns, agenda 1-6 (Chromium)",
 "act": {"municipality": "Comune di Rocca di Mezzo", "kind": "convocazione", "date": "2026-02-13",
  "subject": "Convocazione del Consiglio Comunale in sessione ordinaria – 20 febbraio 2026."}},
{"file": "allegato-moiodellacivitella-calc.pdf", "role": "attachment", "what": "Allegato A to Area Tecnica determinazione Reg. Gen. n. 58 del 24/02/2026: quadro economico with merged section cells and a SUM total (openpyxl -> LibreOffice Calc)",
 "act": {"municipality": "COMUNE DI MOIO DELLA CIVITELLA"}},
{"file": "allegato-torrepellice-hypersic.pdf", "role": "attachment", "what": "Allegato B (map legend of tavola P2) to Consiglio deliberation n. 6 del 27 febbraio 2026; landscape, colour swatches, letterhead and foot are Form XObjects painted last, legend rows painted bottom-up (reportlab)",
 "act": {"municipality": "CITTÀ DI TORRE PELLICE"}},
{"file": "allegato-castellanasicula-word.pdf", "role": "attachment", "what": "Allegato 1 to determinazione n. 27/AS del 2 marzo 2026: 45 pseudonymised beneficiaries of the rent grant, Word header/footer repeated on both pages (python-docx -> LibreOffice)",
 "act": {"municipality": "COMUNE DI CASTELLANA SICULA"}},
{"file": "certificato-vallerano-reportlab.pdf", "role": "certificate", "what": "certificato di pubblicazione of determinazione N. 47/2026 R.G. (settore 12) of 16.02.2026, reg. Albo 138/2026, 17.02-04.03.2026; two-column label grid, justified lines set Tw, letterhead and title letter-spaced with Tc (reportlab)",
 "act": {"municipality": "COMUNE DI VALLERANO", "kind": "certificato", "number": 47, "sector_number": 12, "date": "2026-02-16",
  "subject": "Affidamento diretto dei lavori di manutenzione straordinaria della copertura del cimitero comunale - CIG B9D4E27C15 - Impegno di spesa."}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    a = k["act"]; miss = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a and norm(a[f]).lower() not in txt.lower()]
    if miss: bad += 1
    print(k["file"], "MISSING:" if miss else "ok", miss if miss else "")
sys.exit(1 if bad else 0)
