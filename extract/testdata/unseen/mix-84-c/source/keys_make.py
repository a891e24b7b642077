# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "avviso-gagliato-chromium.pdf", "role": "notice",
 "what": "unnumbered AVVISO ALLA CITTADINANZA (extra opening hours of the registry office for the electronic ID card); date and protocol at the top right, shield letterhead, small-caps Area/Servizi line, boxed list (headless Chromium)",
 "act": {"municipality": "Comune di Gagliato", "organ": "Area Amministrativa", "office": "Servizi Demografici", "kind": "avviso", "date": "2026-04-14",
  "subject": "APERTURA STRAORDINARIA DELL'UFFICIO ANAGRAFE PER IL RILASCIO DELLA CARTA D'IDENTITÀ ELETTRONICA"}},
{"file": "avviso-bonnanaro-glyphs.pdf", "role": "notice",
 "what": "unnumbered AVVISO DI SOSPENSIONE IDRICA signed by the Sindaco, date at the end ('Bonnanaro, 20.04.2026'); every glyph its own text object, justified lines spread glyph by glyph, Albo stamp rotated 90° in the left margin drawn first (reportlab)",
 "act": {"municipality": "Comune di Bonnanaro", "office": "UFFICIO TECNICO COMUNALE", "kind": "avviso", "date": "2026-04-20",
  "subject": "INTERRUZIONE DELL'EROGAZIONE IDRICA IN VIA ROMA, VIA DANTE E PIAZZA SANTA CROCE"}},
{"file": "avviso-soleminis-latex.pdf", "role": "notice",
 "what": "avviso di deposito e pubblicazione of the adopted Piano Urbanistico Comunale (adopted by CC deliberation 9 of 26.03.2026), letter-spaced 'A V V I S O' and section headings (microtype \\lsstyle), small-caps Area line, date at the end (pdfLaTeX)",
 "act": {"municipality": "Comune di Soleminis", "organ": "Area Tecnica", "office": "Servizio Urbanistica ed Edilizia Privata", "kind": "avviso", "date": "2026-04-02",
  "subject": "AVVISO DI DEPOSITO DEL PIANO URBANISTICO COMUNALE (PUC) ADOTTATO IN ADEGUAMENTO AL PIANO PAESAGGISTICO REGIONALE E AL PIANO DI ASSETTO IDROGEOLOGICO"}},
{"file": "avviso-mezzojuso-word.pdf", "role": "notice",
 "what": "AVVISO D'ASTA PUBBLICA 'Avviso n. 3/2026', 'Prot. n. 4127 del 9.4.2026', two lots in a Word table; letterhead and Area/Servizio in the running head (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Mezzojuso", "organ": "AREA TECNICA", "office": "Servizio Patrimonio e Lavori Pubblici", "kind": "avviso", "number": 3, "date": "2026-04-09",
  "subject": "Alienazione mediante asta pubblica di immobili di proprietà comunale non strumentali all'esercizio delle funzioni istituzionali – Lotti 1 e 2."}},
{"file": "avviso-neoneli-fpdf.pdf", "role": "notice",
 "what": "unnumbered AVVISO PUBBLICO DI MOBILITÀ ESTERNA (prot. 1033 of 07/04/2026), boxed full-width title, body in two newspaper columns, signed by the Segretario comunale (fpdf2, DejaVu Serif)",
 "act": {"municipality": "Comune di Neoneli", "organ": "AREA AMMINISTRATIVA", "office": "Ufficio Personale", "kind": "avviso", "date": "2026-04-07",
  "subject": "AVVISO PUBBLICO DI MOBILITÀ ESTERNA VOLONTARIA PER LA COPERTURA DI N. 1 POSTO DI ISTRUTTORE AMMINISTRATIVO-CONTABILE A TEMPO PIENO E INDETERMINATO"}},
{"file": "bando-acquaro-wkhtml.pdf", "role": "notice",
 "what": "BANDO PUBBLICO n. 1/2026 for school-transport grants: coloured letterhead band, label grid Bando n./Area/Servizio/Oggetto/Scadenza, numbered articles, date at the end 'Acquaro, lì 10/04/2026' (wkhtmltopdf)",
 "act": {"municipality": "Comune di Acquaro", "organ": "Area Amministrativa", "office": "Servizi Sociali e Pubblica Istruzione", "kind": "bando", "number": 1, "date": "2026-04-10",
  "subject": "Concessione di contributi alle famiglie per le spese di trasporto scolastico degli studenti pendolari delle scuole secondarie di secondo grado – anno scolastico 2025/2026"}},
{"file": "graduatoria-palazzoadriano-calc.pdf", "role": "notice",
 "what": "stand-alone GRADUATORIA PROVVISORIA of the servizio civico 2026 (approved by determinazione 21 of 15/04/2026), 11 applicants by protocol number, merged header cells (Punteggio over ISEE/Nucleo/Totale), file name as running head, 'Pagina 1 di 1' (openpyxl, LibreOffice Calc, landscape)",
 "act": {"municipality": "Comune di Palazzo Adriano", "organ": "AREA I – AFFARI GENERALI E SERVIZI SOCIALI", "kind": "avviso", "date": "2026-04-15",
  "subject": "GRADUATORIA PROVVISORIA Servizio civico comunale – anno 2026"}},
{"file": "manifesto-carlentini-groff.pdf", "role": "notice",
 "what": "manifesto of the Sindaco proclaiming civic mourning (IL SINDACO … P R O C L A M A), date at the end 'Dalla Residenza Municipale, 16 aprile 2026', running foot (groff -ms, gropdf)",
 "act": {"municipality": "Città di Carlentini", "organ": "Sindaco", "kind": "avviso", "date": "2026-04-16",
  "subject": "PROCLAMAZIONE DEL LUTTO CITTADINO PER LA GIORNATA DI SABATO 18 APRILE 2026"}},
{"file": "comunicato-bovamarina-enscript.pdf", "role": "notice",
 "what": "COMUNICATO STAMPA N. 12/2026 of the Ufficio Stampa, 'Bova Marina, 22.04.2026' on the number line; 80-column Courier text with '=' rules, title in capitals over two lines (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Bova Marina", "office": "Ufficio Stampa", "kind": "avviso", "number": 12, "date": "2026-04-22",
  "subject": "AL VIA I LAVORI DI RIQUALIFICAZIONE DEL LUNGOMARE E DEL PONTILE DI CONTRADA SAN PASQUALE"}},
{"file": "convocazione-ardauli-xobject.pdf", "role": "notice",
 "what": "letter convening the Commissione Elettorale Comunale for 14/04/2026 at 11:00, prot. 1318 of 08/04/2026 (2 pages); letterhead and foot are Form XObjects reused on both pages; agenda and signature drawn before heading and OGGETTO (reportlab)",
 "act": {"municipality": "Comune di Ardauli", "kind": "convocazione", "date": "2026-04-08",
  "subject": "Convocazione della Commissione Elettorale Comunale – revisione dinamica straordinaria delle liste elettorali."}},
{"file": "avviso-uggianolachiesa-writer.pdf", "role": "notice",
 "what": "unnumbered AVVISO ALLA CITTADINANZA on the new door-to-door waste calendar; date and protocol top right beside the letterhead, calendar table with row- and column-spanning cells (HTML opened as a Writer document, LibreOffice)",
 "act": {"municipality": "Comune di Uggiano la Chiesa", "organ": "Settore Tecnico", "office": "Servizio Ambiente e Igiene Urbana", "kind": "avviso", "date": "2026-04-23",
  "subject": "NUOVO CALENDARIO DELLA RACCOLTA DIFFERENZIATA PORTA A PORTA DAL 4 MAGGIO 2026"}},
{"file": "avviso-santostefanoquisquina-reportlab.pdf", "role": "notice",
 "what": "unnumbered AVVISO PUBBLICO seeking sponsors for summer events; date only in words at the end ('addì diciassette del mese di aprile dell'anno duemilaventisei'); justified lines set Tw, headings letter-spaced with Tc (reportlab)",
 "act": {"municipality": "Comune di Santo Stefano Quisquina", "organ": "SETTORE I – AFFARI GENERALI", "office": "Ufficio Turismo, Sport e Spettacolo", "kind": "avviso", "date": "2026-04-17",
  "subject": "RICERCA DI SPONSOR PER LA REALIZZAZIONE DELLE MANIFESTAZIONI DELL'ESTATE QUISQUINESE 2026"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
