# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "decreto-sinagra-hypersic.pdf", "role": "act", "what": "decreto sindacale Reg. n. 7 del 12.03.2026 (nomina responsabile Area Economico-Finanziaria): registry box top right, title in capitals over three lines, every glyph its own Tm+Tj, Albo stamp rotated 90° in the left margin (reportlab)", "operative_points": 4,
 "act": {"municipality": "Comune di Sinagra", "organ": "Sindaco", "kind": "decreto", "number": 7, "date": "2026-03-12",
  "subject": "NOMINA DEL RESPONSABILE DELL’AREA ECONOMICO-FINANZIARIA E ATTRIBUZIONE DELLE FUNZIONI DIRIGENZIALI AI SENSI DELL’ART. 50, COMMA 10, DEL D.LGS. 267/2000"}},
{"file": "ordinanza-salcito-writer.pdf", "role": "act", "what": "ordinanza of the Responsabile del Servizio di Polizia Locale n. 9 del 23/03/2026 (traffic for a feast): bordered register table, title over three lines, ORDINA 1-3 (HTML opened in Writer, LibreOffice)", "operative_points": 3,
 "act": {"municipality": "Comune di Salcito", "organ": "Responsabile del Servizio", "office": "SERVIZIO DI POLIZIA LOCALE", "kind": "ordinanza", "number": 9, "date": "2026-03-23",
  "subject": "DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE STRADALE IN VIA GIUSEPPE GARIBALDI E IN LARGO SAN BASILIO IN OCCASIONE DEI FESTEGGIAMENTI IN ONORE DI SAN GIUSEPPE"}},
{"file": "ordinanza-calvera-groff.pdf", "role": "act", "what": "ordinanza sindacale contingibile e urgente Reg. n. 5 (school closure for a heating failure): number only in 'Reg. n.' and the running foot, date only in the closing line in words with the figures in brackets (groff -ms, ps2pdf)", "operative_points": 3,
 "act": {"municipality": "Comune di Calvera", "organ": "Sindaco", "kind": "ordinanza", "number": 5, "date": "2026-02-09",
  "subject": "CHIUSURA DEL PLESSO SCOLASTICO DI VIA SAN ROCCO (SCUOLA DELL'INFANZIA E PRIMARIA) NEI GIORNI 10 E 11 FEBBRAIO 2026 PER INTERVENTI URGENTI ALL'IMPIANTO DI RISCALDAMENTO"}},
{"file": "avviso-belvi-chromium.pdf", "role": "act", "what": "AVVISO PUBBLICO N. 3/2026 for grants to sports and cultural associations: Area/Servizio band, protocol box floated right, subject over two lines, articles 1-5 (Chromium)",
 "act": {"municipality": "Comune di Belvì", "organ": "AREA SOCIO-CULTURALE", "office": "Servizio Sport, Cultura e Associazionismo", "kind": "avviso", "number": 3, "date": "2026-03-16",
  "subject": "CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI SPORTIVE E CULTURALI PER LE ATTIVITÀ ORDINARIE DELL’ANNO 2026"}},
{"file": "bando-moresco-latex.pdf", "role": "act", "what": "BANDO PUBBLICO Reg. n. 1/2026 (18.3.2026) for the concession of a municipal kiosk: label grid Reg. n./Data/Prot., letter-spaced headings and a letter-spaced small-caps Area/Servizio line (pdfLaTeX, microtype \\lsstyle), running head", 
 "act": {"municipality": "Comune di Moresco", "organ": "Area Tecnica", "office": "Servizio Patrimonio", "kind": "bando", "number": 1, "date": "2026-03-18",
  "subject": "PER LA CONCESSIONE IN USO DEL CHIOSCO COMUNALE DEI GIARDINI PUBBLICI DI VIA DELLA TORRE PER LE STAGIONI ESTIVE 2026–2028"}},
{"file": "avviso-armento-wkhtml.pdf", "role": "act", "what": "avviso di mobilità volontaria esterna n. 2/2026 (prot. 711 del 20/03/2026): Area/number table, title over four lines, requirements table with rowspan/colspan merged cells (wkhtmltopdf)",
 "act": {"municipality": "Comune di Armento", "organ": "AREA AMMINISTRATIVA", "office": "Ufficio Personale", "kind": "avviso", "number": 2, "date": "2026-03-20",
  "subject": "AVVISO PUBBLICO DI MOBILITÀ VOLONTARIA ESTERNA EX ART. 30 DEL D.LGS. 165/2001 PER LA COPERTURA DI N. 1 POSTO DI ISTRUTTORE TECNICO (AREA DEGLI ISTRUTTORI) A TEMPO PIENO E INDETERMINATO"}},
{"file": "deposito-bidoni-enscript.pdf", "role": "notice", "what": "avviso di deposito atti of the Messo comunale (art. 140 c.p.c.), Reg. Dep. n. 14/2026: 80-column Courier text in capitals with dotted leaders, ASCII apostrophes for accents (enscript + Ghostscript)",
 "act": {"municipality": "COMUNE DI BIDONI’", "office": "UFFICIO MESSI NOTIFICATORI", "kind": "avviso", "number": 14, "date": "2026-03-24",
  "subject": "AVVISO DI DEPOSITO ATTI PRESSO LA CASA COMUNALE"}},
{"file": "matrimonio-sclafanibagni-fpdf.pdf", "role": "notice", "what": "pubblicazione di matrimonio, Atto n. 2 Parte I Serie P/2026, affixed 19/03/2026: label box, spouses grid, closing line with date in words, defissione note (fpdf2, DejaVu Type0 fonts)",
 "act": {"municipality": "Comune di Sclafani Bagni", "office": "Ufficio dello Stato Civile", "kind": "pubblicazione di matrimonio", "number": 2, "date": "2026-03-19",
  "subject": "PUBBLICAZIONE DI MATRIMONIO"}},
{"file": "esito-cirigliano-halley.pdf", "role": "notice", "what": "avviso di appalto aggiudicato (esito di gara), prot. 1324 of 27/03/2026, award by determinazione R.G. 88 of 24/03/2026: label grid, table of offers, 2 pages; justified lines set Tw; letterhead and foot are Form XObjects drawn foot-first on both pages (reportlab)",
 "act": {"municipality": "Comune di Cirigliano", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "avviso", "date": "2026-03-27",
  "subject": "LAVORI DI EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA \"G. PASCOLI\" E DELLA PALESTRA COMUNALE"}},
{"file": "convocazione-monterinaldo-word.pdf", "role": "notice", "what": "convocation of the Consiglio comunale for 26/03/2026 at 21:00, prot. 498 del 13/03/2026: protocol/addressees table, title over two lines, agenda 1-6, second call (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Monte Rinaldo", "kind": "convocazione", "date": "2026-03-13",
  "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE SESSIONE ORDINARIA – SEDUTA PUBBLICA DI PRIMA CONVOCAZIONE"}},
{"file": "ordinanza-santadomenicavittoria-sicraweb.pdf", "role": "act", "what": "ordinanza contingibile e urgente n. 11 del 25/03/2026 (water not drinkable): title over four lines, body in two columns, content stream written signature-first, right column before left (reportlab)", "operative_points": 4,
 "act": {"municipality": "Comune di Santa Domenica Vittoria", "organ": "Sindaco", "kind": "ordinanza", "number": 11, "date": "2026-03-25",
  "subject": "DIVIETO TEMPORANEO DI UTILIZZO DELL’ACQUA DELLA RETE IDRICA COMUNALE A SCOPO POTABILE NELLA ZONA DI CONTRADA PIRATO"}},
{"file": "decreto-lucito-chromium.pdf", "role": "act", "what": "decreto del Sindaco 'N. 4/2026 R.D.' in a ruled bar (nomina Vicesindaco): letter-spaced headings, DECRETA 1-4 as an HTML list, date only in the closing line in words (Chromium)", "operative_points": 4,
 "act": {"municipality": "Comune di Lucito", "organ": "Sindaco", "kind": "decreto", "number": 4, "date": "2026-03-05",
  "subject": "NOMINA DEL VICESINDACO E CONFERIMENTO DELLE DELEGHE ASSESSORILI"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
EXPECTED = {("bando-moresco-latex.pdf", "office")}   # letter-spaced small caps, see NOTES.md
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k["act"]
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low) and (k["file"], f) not in EXPECTED]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
