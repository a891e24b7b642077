# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "avviso-zensondipiave-chromium.pdf", "role": "notice",
 "what": "unnumbered notice of the Sindaco of Zenson di Piave (TV) headed 'IL SINDACO' / letter-spaced 'RENDE NOTO' (CSS letter-spacing), boxed title, date in the closing line, running foot (headless Chromium)",
 "act": {"municipality": "Comune di Zenson di Piave", "organ": "Sindaco", "kind": "avviso", "date": "2026-04-14",
  "subject": "APERTURA DELLE ISCRIZIONI AL CENTRO ESTIVO COMUNALE “PIAVE ESTATE 2026” PER I BAMBINI E I RAGAZZI DAI 6 AI 13 ANNI"}},
{"file": "avviso-castiglionedorcia-writer.pdf", "role": "notice",
 "what": "unnumbered notice 'IL RESPONSABILE DEL SERVIZIO TRIBUTI' / 'AVVISA' on TARI 2026 instalments; three-cell letterhead table with prot. 2388 and date at the right, table of due dates (HTML opened as a Writer document, LibreOffice)",
 "act": {"municipality": "Comune di Castiglione d'Orcia", "organ": "Area Economico-Finanziaria", "office": "Servizio Tributi", "kind": "avviso", "date": "2026-04-09",
  "subject": "TASSA SUI RIFIUTI (TARI) 2026 – INVIO DEGLI AVVISI DI PAGAMENTO E SCADENZE DELLE RATE"}},
{"file": "manifesto-castellettostura-groff.pdf", "role": "notice",
 "what": "manifesto of the Sindaco of Castelletto Stura (CN) proclaiming civic mourning (IL SINDACO … P R O C L A M A), date only in the closing line, running foot (groff -ms, gropdf)",
 "act": {"municipality": "Comune di Castelletto Stura", "organ": "Sindaco", "kind": "avviso", "date": "2026-04-11",
  "subject": "PROCLAMAZIONE DEL LUTTO CITTADINO PER LA GIORNATA DI LUNEDÌ 13 APRILE 2026"}},
{"file": "manifesto-mallare-latex.pdf", "role": "notice",
 "what": "poster of the Sindaco of Mallare (SV) inviting to the 25 April ceremony: letter-spaced 'IL SINDACO' / 'INVITA' (microtype \\lsstyle), programme in a borderless table, date at the end, fancyhdr foot (pdfLaTeX)",
 "act": {"municipality": "Comune di Mallare", "organ": "Sindaco", "kind": "avviso", "date": "2026-04-16",
  "subject": "CELEBRAZIONI DELLA FESTA DELLA LIBERAZIONE – 81° ANNIVERSARIO"}},
{"file": "comunicato-castelnovobariano-enscript.pdf", "role": "notice",
 "what": "COMUNICATO STAMPA N. 7/2026, 'Castelnovo Bariano, 17.04.2026' on the number line; 80-column Courier with '=' rules, title in capitals over two lines (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Castelnovo Bariano", "office": "Ufficio Stampa e Comunicazione istituzionale", "kind": "avviso", "number": 7, "date": "2026-04-17",
  "subject": "INAUGURATA LA NUOVA PISTA CICLOPEDONALE LUNGO L’ARGINE DEL FIUME PO TRA IL CAPOLUOGO E LA FRAZIONE DI SAN PIETRO POLESINE"}},
{"file": "comunicato-montecatinivaldicecina-wkhtml.pdf", "role": "notice",
 "what": "unnumbered COMUNICATO STAMPA, coloured letterhead band 'Provincia di Pisa – Ufficio del Sindaco', date under the heading, headline with a red rule, body in two CSS columns (wkhtmltopdf)",
 "act": {"municipality": "Comune di Montecatini Val di Cecina", "office": "Ufficio del Sindaco", "kind": "avviso", "date": "2026-04-21",
  "subject": "Riapre il Museo delle Miniere di Caporciano dopo i lavori di adeguamento sismico"}},
{"file": "avviso-cerrinamonferrato-word.pdf", "role": "notice",
 "what": "avviso d'asta headed 'IL RESPONSABILE DELL'AREA TECNICA' / 'RENDE NOTO', prot. 1875 del 15.4.2026 top right, Area/Servizio in the Word running head, lots table with a merged 'Totale' cell (python-docx -> LibreOffice)",
 "act": {"municipality": "Comune di Cerrina Monferrato", "organ": "Area Tecnica", "office": "Servizio Patrimonio", "kind": "avviso", "date": "2026-04-15",
  "subject": "AVVISO D'ASTA PUBBLICA PER L'ALIENAZIONE DELL'EX SCUOLA ELEMENTARE DI FRAZIONE GAMINELLA E DI UN RELITTO DI TERRENO IN VIA MOLINO"}},
{"file": "avviso-tovosangiacomo-glyphs.pdf", "role": "notice",
 "what": "road-closure poster in large type headed 'IL RESPONSABILE DEL SERVIZIO TECNICO' / 'AVVISA'; every glyph its own text object, justified lines spread glyph by glyph, no space characters; Albo stamp rotated 90° in the left margin drawn first (reportlab)",
 "act": {"municipality": "Comune di Tovo San Giacomo", "office": "Servizio Tecnico", "kind": "avviso", "date": "2026-04-18",
  "subject": "CHIUSURA AL TRAFFICO DI VIA BERNARDO CASTELLO (TRATTO DA PIAZZA DELLA CHIESA AL PONTE SUL PORA)"}},
{"file": "attestazione-vigodicadore-fpdf.pdf", "role": "certificate",
 "what": "CERTIFICATO DI PUBBLICAZIONE of Giunta deliberation 22 of 02/04/2026 (published 07/04-22/04/2026, reg. 198/2026) as a label/value grid, signed by the Segretario (fpdf2, DejaVu as CID/Identity-H)",
 "act": {"municipality": "Comune di Vigo di Cadore", "kind": "attestazione", "number": 22, "date": "2026-04-02",
  "subject": "Concessione in uso gratuito della malga comunale Ciampo alla Regola di Laggio per la stagione d'alpeggio 2026."}},
{"file": "attestazione-stazzema-xobject.pdf", "role": "certificate",
 "what": "ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE of a determinazione (Reg. Gen. n. 118 del 13/04/2026 – Reg. Sett. n. 41), published 15/04-30/04/2026 (reg. 412/2026), signed by the Messo; letterhead and foot are Form XObjects; signature and attestation drawn before the heading (reportlab)",
 "act": {"municipality": "Comune di Stazzema", "kind": "attestazione", "number": 118, "date": "2026-04-13",
  "subject": "Lavori di ripristino della strada comunale di Farnocchia danneggiata dagli eventi meteorologici di novembre 2025. Affidamento diretto e impegno di spesa. CIG B9F2C07A41."}},
{"file": "avviso-roncobiellese-reportlab.pdf", "role": "notice",
 "what": "unnumbered notice 'IL RESPONSABILE DEL SERVIZIO ELETTORALE' / letter-spaced 'RENDE NOTO' (Tc) on the scrutatori register; justified lines set Tw; date at the end '1° ottobre 2026' (reportlab)",
 "act": {"municipality": "Comune di Ronco Biellese", "office": "Servizio Elettorale", "kind": "avviso", "date": "2026-10-01",
  "subject": "AGGIORNAMENTO DELL'ALBO DELLE PERSONE IDONEE ALL'UFFICIO DI SCRUTATORE DI SEGGIO ELETTORALE"}},
{"file": "avviso-borghettodivara-postscript.pdf", "role": "notice",
 "what": "notice 'IL SINDACO' / 'AVVISA' (drinking-water ban), body in two columns; hand-written PostScript drawing foot, signature and right column before heading and left column (ps2pdf)",
 "act": {"municipality": "Comune di Borghetto di Vara", "organ": "Sindaco", "kind": "avviso", "date": "2026-04-22",
  "subject": "DIVIETO DI UTILIZZO DELL’ACQUA A SCOPO POTABILE NELLE FRAZIONI DI CASSANA E PIANA BATTOLLA"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    a = k["act"]; miss = []
    for f in ("municipality", "organ", "office", "subject"):
        if f in a and (a[f] if f == "subject" else a[f].lower()) not in (txt if f == "subject" else txt.lower()): miss.append((f, a[f]))
    bad += bool(miss); print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
