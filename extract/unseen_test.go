package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// unseenSets are the folders of testdata/unseen: acts written, printed and
// keyed by sessions that had not read the extractor, in the layouts of
// municipal software it was not written against (see its README).
var unseenSets = []string{"chromium-1", "chromium-2", "chromium-3", "chromium-4", "python-1", "python-2", "python-3", "python-4", "chromium-5", "python-5", "python-6", "chromium-6", "chromium-7", "python-7", "chromium-8", "python-8", "chromium-9", "python-9", "python-10", "chromium-10", "chromium-11", "python-11", "chromium-12", "python-12", "chromium-13", "python-13", "chromium-14", "python-14", "java-15", "libreoffice-15", "scan-15", "mixed-15", "writer-16", "scan-16", "print-17", "scan-17", "print-18", "scan-18", "bodies-19", "legacy-19", "glyphs-19", "mix-20-a", "mix-20-b", "mix-21-a", "mix-21-b", "mix-22-a", "mix-22-b", "mix-23-a", "mix-23-b", "scan-23", "mix-24-a", "mix-24-b", "scan-24", "mix-25-a", "mix-25-b", "mix-25-c", "mix-26-a", "mix-26-b", "mix-26-c", "mix-27-a", "mix-27-b", "mix-27-c", "mix-28-a", "mix-28-b", "mix-28-c", "mix-29-a", "mix-29-b", "mix-29-c", "mix-30-a", "mix-30-b", "mix-30-c", "mix-31-a", "mix-31-b", "mix-31-c", "mix-32-a", "mix-32-b", "mix-32-c", "mix-33-a", "mix-33-b", "mix-33-c", "mix-34-a", "mix-34-b", "mix-34-c", "mix-35-a", "mix-35-b", "mix-35-c", "mix-36-a", "mix-36-b", "mix-36-c", "mix-37-a", "mix-37-b", "mix-37-c", "mix-38-a", "mix-38-b", "mix-38-c"}

// unseenKnownMisses are the answers of testdata/unseen the extractor gets
// wrong today, keyed "set/file|field", each with its reason; a list that
// only shrinks.
var unseenKnownMisses = map[string]string{
	// Judgement calls of the key the extractor does not share.
	"chromium-1/consiglio-urbi-mirano.pdf|vote counts":                       "the key infers 0 against and 0 abstained from \"unanimi\"; the extractor gives the counts printed",
	"chromium-4/giunta-soave-halley.pdf|proposal date":                       "the key gives the proposal's number, not the date printed with it",
	"chromium-4/giunta-recanati-griglia.pdf|proposal date":                   "the key gives the proposal's number, not the date printed with it",
	"chromium-4/consiglio-castelbuono-duecolonne.pdf|proposal date":          "the key gives the proposal's number, not the date printed with it",
	"chromium-4/det-montepulciano-rgpiede.pdf|proposal date":                 "the key gives the proposal's number, not the date printed with it",
	"python-4/cc-palmanova-rendiconto.pdf|vote counts":                       "the key counts those in favour from \"unanimi\" and those present and voting; the extractor gives the counts printed",
	"python-4/det-nizza-energia-elettrica.pdf|office":                        "the key gives the Servizio the heading prints as both organ and office; the extractor gives it as the organ",
	"chromium-7/consiglio-correggio-prosa.pdf|attendee":                      "\"e i Consiglieri: BONACINI ANNA, …\": the key takes the plural before the colon for a label, the extractor for the role of the names after it",
	"python-8/consiglio-paola-civilia.pdf|attendee":                          "\"NO\" set under \"Assente\": the key reads the column, the extractor the word (no absence), as a \"N\" under \"Pr.\" is no presence",
	"python-10/giunta-licata-kibernetes.pdf|proposing office":                "the proposing office named only in the premises (\"Vista la proposta del Dipartimento Lavori Pubblici\"), which the header does not print",
	"chromium-11/commissione-isolacaporizzuto-hypersic.pdf|proposing office": "the proposing Settore named only in a sentence before the premises (\"Sulla proposta … presentata dal Settore 2 – Economico-Finanziario\"): a judgement call, as Licata's; python-11's Manfredonia leaves such an office unkeyed",
	// Not read yet.
	"python-10/determina-ceccano-saga.pdf|office":                "\"Servizio: Manutenzioni\" under the registers, keyed without its word; the Settore in the letterhead's right column is now the organ",
	"python-10/determina-ceccano-saga.pdf|organ":                 "the Settore in the letterhead's right column is read (\"SETTORE III\"), not its name in small letters under it, which the key joins to it with a dash",
	"chromium-3/determinazione-termoli-grid.pdf|proposal number": "the date and the proposal's number print as one cell under two labels",
	"python-4/gc-sarzana-contributi-asd.pdf|vote counts":         "those present counted in another sentence than the vote's; not looked into",
	// Round 14, on first reading (albo 0.3.81), not fixed.
	// Round 15's scanned set: first read by albo 0.3.94, these stay after
	// 0.3.95 to 0.3.103, most of them the OCR's own misreadings.
	"scan-15/avviso-lucera-datagraph.pdf|organ":            "the OCR reads \"SETTORE III\" as \"SETTORE Il\", at the top right over its name in small letters, as Ceccano's",
	"scan-15/avviso-lucera-datagraph.pdf|subject":          "the OCR reads a speck in the title as a word, \"DEI i CANONI\"",
	"scan-15/avviso-sanremo-provincia.pdf|date":            "the receiving Comune's protocol stamp atop the page dates the notice (parseFallbackDate); the key takes the sender's \"Imperia, 27/11/2026\"",
	"scan-15/consiglio-tirano-sicraweb.pdf|attendee":       "the OCR reads a speck as \"*\" before a role",
	"scan-15/consiglio-tirano-sicraweb.pdf|president":      "the OCR reads \"Consiglio\" as \"Corisiglio\"",
	"scan-15/consiglio-tirano-sicraweb.pdf|secretary":      "the OCR reads the comma after \"Segretario Generale\" as a semicolon",
	"scan-15/determina-spello-civilia.pdf|subject":         "the OCR reads \"2026/2027 -\" as \"2020/20261\"",
	"scan-15/giunta-canicatti-jiride.pdf|attendee":         "the OCR reads a rule as \"[\" glued to a name, \"[LA VECCHIA\"",
	"scan-15/giunta-canicatti-jiride.pdf|municipality":     "the received-protocol stamp's \"COMUNE DI CANICATTI\", with no accent, above the letter-spaced letterhead the OCR breaks up (\"COMU N E DI CAN ICATTÌ\")",
	"scan-15/giunta-marostica-halley.pdf|subject":          "the OCR reads \"VIA MONTE\" as \"VIAMONTE\"",
	"scan-15/ordinanza-penne-studiok.pdf|operative points": "the OCR reads the third bullet as \"e\", a word that opens a point's line as often as a bullet",
	// Round 15's set from TCPDF, wkhtmltopdf and Ghostscript, by design.
	// Round 16's Writer set: first read by albo 0.3.106, this stays after
	// 0.3.107 to 0.3.115.
	// Round 16's scanned set: first read by albo 0.3.107, these stay after
	// 0.3.108 to 0.3.115, most of them the OCR's own misreadings.
	"scan-16/consiglio-galatina-sicraweb.pdf|attendee":       "the OCR runs names together (\"TUNDOALESSANDRO\", \"BACCAVITO\") and reads marks as \"a\", \"|\", \"TX\"",
	"scan-16/consiglio-galatina-sicraweb.pdf|attendee count": "the roll unread (see its attendees)",
	"scan-16/consiglio-galatina-sicraweb.pdf|organ":          "the OCR reads a speck after the heading as \"o\", a word in Italian",
	"scan-16/consiglio-galatina-sicraweb.pdf|subject":        "the OCR reads the label \"Oggetto:\" as \"DOgElto:\"",
	"scan-16/consiglio-galatina-sicraweb.pdf|vote counts":    "the OCR reads \"astenuti n. 0\" as \"astenuti h. 0\"",
	"scan-16/convocazione-bernalda-hypersic.pdf|subject":     "the OCR reads a speck at the right margin as \"2\" on the subject's short last line, which then looks full",
	"scan-16/determina-caorle-civilia.pdf|office":            "not looked into",
	"scan-16/determina-caorle-civilia.pdf|subject":           "the OCR reads specks in the subject as \"Ì\", \":’\" and \"APRILE-.\"",
	"scan-16/determina-enna-kibernetes.pdf|operative points": "not looked into: the helper's notes call Enna's layer, 150 dpi and tilted 1.3°, the worst",
	"scan-16/giunta-acquiterme-halley.pdf|attendee":          "the OCR reads a speck after a name as a stop",
	"scan-16/giunta-acquiterme-halley.pdf|number":            "the OCR reads \"N. 87\" as \"N87\"",
	"scan-16/giunta-acquiterme-halley.pdf|subject":           "the OCR reads \"VIE\" as \"DLE\"",
	"scan-16/giunta-ittiri-siscom.pdf|attendee":              "the OCR reads the marks \"SI\" as \"usi\" and \"(SI\"",
	"scan-16/giunta-ittiri-siscom.pdf|attendee count":        "the roll's marks misread (see its attendees)",
	"scan-16/lettera-giarre-sfera.pdf|subject":               "the OCR reads a speck as \"i\", a word in Italian, and the en dash as a hyphen",
	"scan-16/ordinanza-ladispoli-apkappa.pdf|subject":        "the label stands beside the middle line of a subject of three, and the OCR reads a speck as \"E\" before the first",
	// Round 17's scanned set: first read by albo 0.3.116, these stay after
	// 0.3.117, most of them the OCR's own misreadings.
	"scan-17/avviso-sanbenedetto-sfera.pdf|subject":         "the heading in small type over its title in mixed case on one OCR line (\"AVVISO PUBBLICO per la concessione …\"); and the OCR reads the en dash as a hyphen",
	"scan-17/certificato-terrasini-saga.pdf|subject":        "the OCR reads the en dash as a hyphen",
	"scan-17/consiglio-polignano-halley.pdf|attendee":       "names wrapped in their cells, which the OCR reads garbled (the helper's notes)",
	"scan-17/consiglio-polignano-halley.pdf|attendee count": "names wrapped in their cells, which the OCR reads garbled (the helper's notes)",
	"scan-17/convocazione-muravera-zuddas.pdf|subject":      "the OCR reads the en dash as a hyphen",
	"scan-17/determina-portogruaro-jiride.pdf|subject":      "the OCR reads the en dash as a hyphen",
	"scan-17/determina-riva-civilia.pdf|date":               "a received-protocol stamp's OCR (\"Prot4d8/7 del 19 DIC. DIL)\") runs into the heading's line; not looked into further",
	"scan-17/determina-riva-civilia.pdf|operative points":   "not looked into",
	"scan-17/determina-venosa-studiok.pdf|date":             "the general register's number and date are handwritten in the fields the form left blank; the sector's, printed, are read",
	"scan-17/determina-venosa-studiok.pdf|number":           "the general register's number and date are handwritten in the fields the form left blank; the sector's, printed, are read",
	"scan-17/determina-venosa-studiok.pdf|sector number":    "the general register's number and date are handwritten in the fields the form left blank; the sector's, printed, are read",
	"scan-17/determina-venosa-studiok.pdf|subject":          "the OCR reads the en dash as a hyphen",
	"scan-17/giunta-mantova-sicraweb.pdf|attendee":          "not looked into",
	"scan-17/giunta-mantova-sicraweb.pdf|subject":           "the OCR reads \"I67H\" as \"167H\" and the en dash as a hyphen",
	"scan-17/giunta-mussomeli-datagraph.pdf|subject":        "the OCR reads the opening straight quote as a curly one",
	// Round 18's set of mixed producers, on first reading (albo 0.3.118).
	"print-18/avviso-valmontone-apkappa.pdf|subject": "a judgement call: the title goes on from \"AVVISO PUBBLICO\" with \"PER …\", which the extractor reads as one title (TestNoticeHeadings' Fiuggi); the key, as scan-17's San Benedetto, leaves the heading out",
	// Round 18's scanned set, on first reading (albo 0.3.118), less those
	// albo 0.3.119 to 0.3.121 fixed: most of them the OCR's own misreadings.
	"scan-18/allegato-dalmine-datagraph.pdf|municipality":                        "the OCR lost the letterhead beside the crest (the helper's notes)",
	"scan-18/avviso-cagli-word.pdf|subject":                                      "the OCR reads the en dash before \"ANNO SCOLASTICO\" as a hyphen",
	"scan-18/certificato-cittanova-studiok.pdf|subject":                          "the OCR reads a speck after the label as \"È\", a word in Italian: the subject starts there, left of its column, and runs into the form's next row under the label",
	"scan-18/consiglio-capoterra-sicraweb.pdf|municipality":                      "the OCR lost the letterhead beside the crest: the text layer names no municipality (the helper's notes)",
	"scan-18/determina-bagnoaripoli-civilia.pdf|sector number":                   "the OCR reads the label \"Numero settoriale\" as \"Nono settoriale\"",
	"scan-18/determina-guidonia-jiride.pdf|subject":                              "the OCR reads the first en dash as a hyphen",
	"scan-18/giunta-abano-halley.pdf|attendee":                                   "the OCR lost SCARPA ANNALISA's mark (the helper's notes)",
	"scan-18/giunta-abano-halley.pdf|subject":                                    "the OCR reads \"CUP I27H\" as \"CUP 127H\"",
	"scan-18/giunta-belpasso-kibernetes.pdf|number":                              "the OCR reads the heading \"DELIBERAZIONE DELLA GIUNTA MUNICIPALE\" as \"DELE] A DELLA GIUNTA MUNICIPALE\", so \"N. 142 del 03/12/2025\" under it is a number of nothing",
	"scan-18/giunta-belpasso-kibernetes.pdf|subject":                             "the OCR reads the opening straight quote as two apostrophes",
	"scan-18/ordinanza-acerra-dedagroup.pdf|office":                              "the OCR reads a speck as \"ur\" left of the register's line, which, set between the office's two lines, then overlaps its column: \"Polizia Municipale e\" goes on with \"ur\"",
	"scan-23/attestazione-torremaggiore-saga.pdf|number":                         "the OCR reads \"41\" as \". 4\"",
	"scan-23/attestazione-torremaggiore-saga.pdf|subject":                        "the OCR reads the closing quote “…” as a straight one",
	"scan-23/avviso-norcia-word.pdf|subject":                                     "first reading, not looked into",
	"scan-23/convocazione-campomarino-apkappa.pdf|subject":                       "first reading, not looked into",
	"scan-23/deliberazione-carloforte-zuddas.pdf|attendee":                       "first reading, not looked into",
	"scan-23/deliberazione-carloforte-zuddas.pdf|attendee count":                 "first reading, not looked into",
	"scan-23/deliberazione-casalmaggiore-halley.pdf|subject":                     "the OCR reads the page's en dash as a hyphen",
	"scan-23/deliberazione-corleone-sicraweb.pdf|attendee":                       "first reading, not looked into",
	"scan-23/deliberazione-corleone-sicraweb.pdf|attendee count":                 "first reading, not looked into",
	"scan-23/deliberazione-corleone-sicraweb.pdf|proposing office":               "first reading, not looked into",
	"scan-23/determinazione-ruvodipuglia-hypersic.pdf|organ":                     "first reading, not looked into",
	"scan-23/determinazione-ruvodipuglia-hypersic.pdf|subject":                   "first reading, not looked into",
	"scan-23/determinazione-suzzara-jiride.pdf|organ":                            "first reading, not looked into",
	"scan-23/determinazione-suzzara-jiride.pdf|proposal date":                    "first reading, not looked into",
	"scan-23/determinazione-suzzara-jiride.pdf|proposal number":                  "first reading, not looked into",
	"scan-23/determinazione-suzzara-jiride.pdf|subject":                          "first reading, not looked into",
	"scan-23/determinazione-todi-civilia.pdf|municipality":                       "first reading, not looked into",
	"scan-23/determinazione-todi-civilia.pdf|subject":                            "first reading, not looked into",
	"scan-23/ordinanza-copparo-kibernetes.pdf|number":                            "first reading, not looked into",
	"scan-24/allegato-coriglianorossano-word.pdf|municipality":                   "the OCR reads a speck after the sideways letterhead's name (\"Comune di Corigliano-Rossano'\")",
	"scan-24/attestazione-montesilvano-civilia.pdf|subject":                      "first reading, not looked into",
	"scan-24/avviso-portotorres-zuddas.pdf|subject":                              "first reading, not looked into",
	"scan-24/avviso-sestofiorentino-word.pdf|subject":                            "first reading, not looked into",
	"scan-24/convocazione-villasangiovanni-datagraph.pdf|subject":                "first reading, not looked into",
	"scan-24/deliberazione-avigliana-halley.pdf|attendee":                        "first reading, not looked into",
	"scan-24/deliberazione-avigliana-halley.pdf|proposing office":                "first reading, not looked into",
	"scan-24/deliberazione-casteldisangro-hypersic.pdf|attendee":                 "first reading, not looked into",
	"scan-24/deliberazione-casteldisangro-hypersic.pdf|attendee count":           "first reading, not looked into",
	"scan-24/deliberazione-casteldisangro-hypersic.pdf|president":                "first reading, not looked into",
	"scan-24/deliberazione-casteldisangro-hypersic.pdf|secretary":                "first reading, not looked into",
	"scan-24/deliberazione-casteldisangro-hypersic.pdf|subject":                  "first reading, not looked into",
	"scan-24/deliberazione-casteldisangro-hypersic.pdf|time":                     "first reading, not looked into",
	"scan-24/deliberazione-vittorioveneto-dedagroup.pdf|attendee":                "first reading, not looked into",
	"scan-24/deliberazione-vittorioveneto-dedagroup.pdf|subject":                 "first reading, not looked into",
	"scan-24/determinazione-gattinara-studiok.pdf|operative points":              "first reading, not looked into",
	"scan-24/determinazione-gattinara-studiok.pdf|subject":                       "first reading, not looked into",
	"scan-24/determinazione-marsicovetere-kibernetes.pdf|number":                 "first reading, not looked into",
	"scan-24/determinazione-marsicovetere-kibernetes.pdf|operative points":       "first reading, not looked into",
	"scan-24/determinazione-marsicovetere-kibernetes.pdf|subject":                "first reading, not looked into",
	"scan-24/ordinanza-bussolengo-sicraweb.pdf|operative points":                 "first reading, not looked into",
	"scan-24/ordinanza-bussolengo-sicraweb.pdf|organ":                            "first reading, not looked into",
	"scan-24/ordinanza-bussolengo-sicraweb.pdf|subject":                          "first reading, not looked into",
	"mix-25-a/attestazione-montescaglioso-datagraph.pdf|subject":                 "first reading, not looked into",
	"mix-26-a/avviso-buttrio-modulo.pdf|office":                                  "first reading, not looked into",
	"mix-26-a/deliberazione-appenninoreggiano-sicraweb.pdf|proposing office":     "first reading, not looked into",
	"mix-26-a/determinazione-aspcatanzaro-apkappa.pdf|proposing office":          "first reading, not looked into",
	"mix-26-a/determinazione-rutigliano-siscom.pdf|proposal date":                "first reading, not looked into",
	"mix-26-a/determinazione-rutigliano-siscom.pdf|proposal number":              "first reading, not looked into",
	"mix-26-b/avviso-terminiimerese-latex.pdf|office":                            "first reading, not looked into",
	"mix-26-b/convocazione-mercogliano-pecstamp.pdf|office":                      "first reading, not looked into",
	"mix-26-b/determina-grassano-inforcoop.pdf|office":                           "a field \"Servizio: Affari Generali - Cultura e Turismo\": the key keeps the value alone; the fixtures keep the label's word before a value that names no office (\"Settore: Turismo e Cultura\" is \"Settore Turismo e Cultura\", TestOfficeHeadings)",
	"mix-27-a/deliberazione-adigeeuganeo-word.pdf|president":                     "first reading, not looked into",
	"mix-27-a/deliberazione-adigeeuganeo-word.pdf|secretary":                     "first reading, not looked into",
	"mix-27-a/deliberazione-montecchiomaggiore-halley.pdf|proposing office":      "first reading, not looked into",
	"mix-27-a/determinazione-favara-datagraph.pdf|proposal date":                 "first reading, not looked into",
	"mix-27-a/determinazione-favara-datagraph.pdf|proposal number":               "first reading, not looked into",
	"mix-27-b/avviso-castelraimondo-municipium.pdf|date":                         "first reading, not looked into",
	"mix-27-b/delibera-pontsaintmartin-publisys.pdf|proposing office":            "first reading, not looked into",
	"mix-28-a/avviso-parcoconero-word.pdf|office":                                "first reading, not looked into",
	"mix-28-a/convocazione-collinarefriuli-insiel.pdf|date":                      "first reading, not looked into",
	"mix-28-a/deliberazione-romagnafaentina-sicraweb.pdf|secretary":              "first reading, not looked into",
	"mix-28-a/determinazione-busca-halley.pdf|proposal date":                     "first reading, not looked into",
	"mix-28-a/determinazione-busca-halley.pdf|proposal number":                   "first reading, not looked into",
	"mix-28-b/determinazione-mori-proxima.pdf|office":                            "first reading, not looked into",
	"mix-28-b/determinazione-mori-proxima.pdf|organ":                             "first reading, not looked into",
	"mix-28-b/determinazione-sarre-inva.pdf|organ":                               "first reading, not looked into",
	"mix-28-c/avviso-frosolone-proxima.pdf|office":                               "\"Area Amministrativa – Servizi Sociali\": the key parts it into organ and office; chromium-1's and chromium-3's keys keep such a heading whole, the plural \"Servizi\" saying what the Area does (organAndUnit), and the issuer's \"IL RESPONSABILE DELL'AREA AMMINISTRATIVA\" is then read as the office",
	"mix-28-c/avviso-frosolone-proxima.pdf|organ":                                "\"Area Amministrativa – Servizi Sociali\": the key parts it into organ and office; chromium-1's and chromium-3's keys keep such a heading whole, the plural \"Servizi\" saying what the Area does (organAndUnit), and the issuer's \"IL RESPONSABILE DELL'AREA AMMINISTRATIVA\" is then read as the office",
	"mix-28-c/determinazione-valvibrata-dmpa.pdf|subject":                        "first reading, not looked into",
	"mix-29-a/deliberazione-cantu-saga.pdf|date":                                 "first reading, not looked into",
	"mix-29-a/deliberazione-cantu-saga.pdf|municipality":                         "first reading, not looked into",
	"mix-29-a/deliberazione-cantu-saga.pdf|number":                               "first reading, not looked into",
	"mix-29-a/deliberazione-cantu-saga.pdf|proposing office":                     "first reading, not looked into",
	"mix-29-a/determinazione-bonificapiave-dedagroup.pdf|proposal date":          "first reading, not looked into",
	"mix-29-a/determinazione-bonificapiave-dedagroup.pdf|proposal number":        "first reading, not looked into",
	"mix-29-a/determinazione-bonificapiave-dedagroup.pdf|proposing office":       "first reading, not looked into",
	"mix-29-a/determinazione-cannara-halley.pdf|sector number":                   "first reading, not looked into",
	"mix-29-a/pubblicazione-carovigno-wordcourier.pdf|number":                    "first reading, not looked into",
	"mix-29-c/delibera-tagliacozzo-fastreport.pdf|proposal date":                 "first reading, not looked into",
	"mix-29-c/determina-pasiandiprato-vesta.pdf|office":                          "first reading, not looked into",
	"mix-30-a/avviso-bonificasardegnacentrale-fpdf.pdf|office":                   "first reading, not looked into",
	"mix-30-a/avviso-circeo-chromium.pdf|office":                                 "first reading, not looked into",
	"mix-30-a/determinazione-asufc-msword.pdf|municipality":                      "first reading, not looked into",
	"mix-30-a/determinazione-asufc-msword.pdf|office":                            "first reading, not looked into",
	"mix-30-a/determinazione-asufc-msword.pdf|organ":                             "first reading, not looked into",
	"mix-30-a/determinazione-pontecorvo-datagraph132.pdf|municipality":           "first reading, not looked into",
	"mix-30-b/convocazione-montalbanojonico-lotusnotes.pdf|subject":              "first reading, not looked into",
	"mix-30-b/deliberazione-amiatavaldorcia-oraclereports.pdf|attendee":          "first reading, not looked into",
	"mix-30-b/deliberazione-amiatavaldorcia-oraclereports.pdf|attendee count":    "first reading, not looked into",
	"mix-30-c/bando-casacalenda-canva.pdf|office":                                "first reading, not looked into",
	"mix-30-c/bando-casacalenda-canva.pdf|organ":                                 "first reading, not looked into",
	"mix-30-c/bando-casacalenda-canva.pdf|subject":                               "first reading, not looked into",
	"mix-30-c/determina-trebaseleghe-pentaho.pdf|office":                         "first reading, not looked into",
	"mix-31-a/delibera-gualdocattaneo-halley.pdf|subject":                        "first reading, not looked into",
	"mix-31-a/delibera-seregno-datagraph.pdf|date":                               "first reading, not looked into",
	"mix-31-a/delibera-seregno-datagraph.pdf|number":                             "first reading, not looked into",
	"mix-31-a/delibera-valdichianasenese-writer.pdf|president":                   "first reading, not looked into",
	"mix-31-b/allegato-andora-googlesheets.pdf|municipality":                     "first reading, not looked into",
	"mix-31-b/convocazione-statte-latex.pdf|date":                                "first reading, not looked into",
	"mix-31-b/deliberazione-orbassano-doqui.pdf|proposal date":                   "first reading, not looked into",
	"mix-31-b/deliberazione-orbassano-doqui.pdf|proposal number":                 "first reading, not looked into",
	"mix-31-b/deliberazione-pedemontanaparmense-weasyprint.pdf|proposing office": "first reading, not looked into",
	"mix-31-b/deliberazione-pedemontanaparmense-weasyprint.pdf|subject":          "first reading, not looked into",
	"mix-31-b/determinazione-corato-publika.pdf|office":                          "first reading, not looked into",
	"mix-31-b/determinazione-corato-publika.pdf|organ":                           "first reading, not looked into",
	"mix-31-b/determinazione-ventimiglia-tcpdf.pdf|date":                         "first reading, not looked into",
	"mix-34-a/avviso-senorbi-zuddas.pdf|subject":                                 "first reading, not looked into",
	"mix-34-a/decreto-provinciachieti-civilia.pdf|organ":                         "first reading, not looked into",
	"mix-34-a/determina-aspimolese-jiride.pdf|proposing office":                  "first reading, not looked into",
	"mix-34-b/deliberazione-arcola-openpdf.pdf|proposing office":                 "first reading, not looked into",
	"mix-34-b/deliberazione-terlizzi-wkhtmltopdf.pdf|proposing office":           "first reading, not looked into",
	"mix-34-c/delibera-moranocalabro-onlyoffice.pdf|proposing office":            "first reading, not looked into",
	"mix-35-a/avviso-parconebrodi-chromium.pdf|office":                           "first reading, not looked into",
	"mix-35-a/certificato-fivizzano-modulo.pdf|date":                             "first reading, not looked into",
	"mix-35-a/certificato-fivizzano-modulo.pdf|number":                           "first reading, not looked into",
	"mix-35-a/deliberazione-cmvalleseriana-word.pdf|organ":                       "first reading, not looked into",
	"mix-35-a/deliberazione-portorecanati-halley.pdf|secretary":                  "first reading, not looked into",
	"mix-35-a/determinazione-giovinazzo-datagraph.pdf|proposal date":             "first reading, not looked into",
	"mix-35-a/determinazione-giovinazzo-datagraph.pdf|proposal number":           "first reading, not looked into",
	"mix-35-a/determinazione-itistrieste-libreoffice.pdf|municipality":           "first reading, not looked into",
	"mix-35-b/avviso-sangemini-bootstrapitalia.pdf|office":                       "first reading, not looked into",
	"mix-35-b/avviso-sangemini-bootstrapitalia.pdf|subject":                      "first reading, not looked into",
	"mix-35-c/avviso-luserna-reportlab.pdf|role":                                 "first reading, not looked into",
	"mix-35-c/avviso-padula-wkhtmltopdf.pdf|office":                              "first reading, not looked into",
	"mix-35-c/avviso-padula-wkhtmltopdf.pdf|organ":                               "first reading, not looked into",
	"mix-35-c/deliberazione-unionevaldenza-typst.pdf|secretary":                  "first reading, not looked into",
	"mix-36-a/attestazione-ficulle-modulo.pdf|date":                              "first reading, not looked into",
	"mix-36-a/avviso-thiesi-apkappa.pdf|municipality":                            "first reading, not looked into",
	"mix-36-a/avviso-thiesi-apkappa.pdf|subject":                                 "first reading, not looked into",
	"mix-36-a/convocazione-auri-dedagroup.pdf|kind":                              "first reading, not looked into",
	"mix-36-a/convocazione-auri-dedagroup.pdf|municipality":                      "first reading, not looked into",
	"mix-36-a/convocazione-auri-dedagroup.pdf|subject":                           "first reading, not looked into",
	"mix-36-a/deliberazione-burana-jiride.pdf|organ":                             "first reading, not looked into",
	"mix-36-a/deliberazione-burana-jiride.pdf|secretary":                         "first reading, not looked into",
	"mix-36-a/deliberazione-crescentino-datagraph.pdf|secretary":                 "first reading, not looked into",
	"mix-36-a/determina-walser-writer.pdf|municipality":                          "first reading, not looked into",
	"mix-36-b/deliberazione-grottaferrata-carbone.pdf|operative points":          "first reading, not looked into",
	"mix-36-b/deliberazione-grottaferrata-carbone.pdf|proposal date":             "first reading, not looked into",
	"mix-36-b/deliberazione-grottaferrata-carbone.pdf|proposal number":           "first reading, not looked into",
	"mix-36-b/deliberazione-grottaferrata-carbone.pdf|proposing office":          "first reading, not looked into",
	"mix-36-c/attestazione-colletorto-scounix.pdf|date":                          "first reading, not looked into",
	"mix-36-c/attestazione-colletorto-scounix.pdf|number":                        "first reading, not looked into",
	"mix-36-c/attestazione-colletorto-scounix.pdf|subject":                       "first reading, not looked into",
	"mix-36-c/avviso-pianbruscolo-beamer.pdf|office":                             "first reading, not looked into",
	"mix-36-c/determinazione-vipiteno-wordperfect.pdf|office":                    "first reading, not looked into",
	"mix-36-c/determinazione-vipiteno-wordperfect.pdf|organ":                     "first reading, not looked into",
	"mix-37-a/deliberazione-villoresi-writer.pdf|secretary":                      "first reading, not looked into",
	"mix-37-a/deliberazione-sanfele-datagraph.pdf|president":                     "first reading, not looked into",
	"mix-37-a/deliberazione-sanfele-datagraph.pdf|attendee":                      "first reading, not looked into",
	"mix-37-a/avviso-dolceacqua-apkappa.pdf|municipality":                        "first reading, not looked into",
	"mix-37-a/avviso-dolceacqua-apkappa.pdf|organ":                               "first reading, not looked into",
	"mix-37-a/avviso-dolceacqua-apkappa.pdf|office":                              "first reading, not looked into",
	"mix-37-b/delibera-martignacco-reportbuilder.pdf|proposing office":           "first reading, not looked into",
	"mix-37-b/determina-crispiano-pdfxchange.pdf|office":                         "first reading, not looked into",
	"mix-37-b/avviso-casarsa-eappaltifvg.pdf|subject":                            "first reading, not looked into",
	"mix-37-c/determinazione-bassareggiana-latex.pdf|office":                     "first reading, not looked into",
	"mix-37-c/avviso-nus-powerpoint.pdf|subject":                                 "first reading, not looked into",
	"mix-38-a/delibera-chiusa-word.pdf|president":                                "first reading, not looked into",
	"mix-38-a/determina-galatone-halley.pdf|subject":                             "first reading, not looked into",
	"mix-38-a/avviso-grandparadis-wkhtmltopdf.pdf|date":                          "first reading, not looked into",
	"mix-38-a/allegato-vallagarina-calc.pdf|municipality":                        "first reading, not looked into",
	"mix-38-a/convocazione-majano-typewriter.pdf|date":                           "first reading, not looked into",
	"mix-38-a/avviso-majella-dedagroup.pdf|office":                               "first reading, not looked into",
	"mix-38-b/delibera-montecorvinorovella-wkhtmltopdf.pdf|proposing office":     "first reading, not looked into",
	"mix-38-b/determina-villafrancadiverona-arxivar.pdf|office":                  "first reading, not looked into",
	"mix-38-b/bando-aviglianoumbro-puppeteer.pdf|organ":                          "first reading, not looked into",
	"mix-38-b/bando-aviglianoumbro-puppeteer.pdf|office":                         "first reading, not looked into",
	"mix-38-c/deliberazione-valdibisenzio-wkhtmltopdf.pdf|proposing office":      "first reading, not looked into",
	"mix-38-c/ordinanza-santostefanodicamastra-ckeditor.pdf|subject":             "first reading, not looked into",
	"mix-38-c/avviso-pietrabbondante-odfpy.pdf|date":                             "first reading, not looked into",
	"mix-38-c/avviso-sassello-pagemaker.pdf|organ":                               "first reading, not looked into",
	"mix-32-b/avviso-duinoaurisina-latex.pdf|date":                               "first reading, not looked into",
	"mix-33-a/avviso-altogardaledro-writer.pdf|office":                           "first reading, not looked into",
	"mix-33-a/deliberazione-dianomarina-tex.pdf|proposing office":                "first reading, not looked into",
	"mix-33-a/deliberazione-giardininaxos-halley.pdf|proposing office":           "first reading, not looked into",
	"mix-33-a/determinazione-bonificacalabria-chromium.pdf|operative points":     "first reading, not looked into",
	"mix-33-b/avviso-carignano-quarkxpress.pdf|office":                           "first reading, not looked into",
	"mix-33-b/deliberazione-volpiano-storti.pdf|proposing office":                "first reading, not looked into",
	"mix-33-b/ordinanza-nonantola-bipublisher.pdf|proposing office":              "first reading, not looked into",
	"mix-33-c/avviso-staranzano-pdfmake.pdf|office":                              "first reading, not looked into",
	"mix-33-c/deliberazione-montegiorgio-openpdf.pdf|proposing office":           "first reading, not looked into",
	"mix-33-c/deliberazione-unionetrulli-chromium.pdf|president":                 "first reading, not looked into",
	"mix-30-c/ordinanza-malles-gvcc.pdf|operative points":                        "first reading, not looked into",
	"mix-29-c/determina-pasiandiprato-vesta.pdf|subject":                         "first reading, not looked into",
	"mix-27-c/ordinanza-maiori-googledocs.pdf|cited act":                         "first reading, not looked into",
	"mix-26-c/ordinanza-cogoleto-gosign.pdf|office":                              "first reading, not looked into",
	// Round 19's sets, on first reading (albo 0.3.121): bodies other than a
	// Comune, and legacy printouts; not looked into yet.
	// Round 19's set of awkward text layers, on first reading (albo 0.3.121).
	// Round 20's mixed sets, written to measure round 19's changes, on
	// first reading (albo 0.3.132), less those albo 0.3.133 to 0.3.139
	// fixed.
	"mix-20-a/bando-carini-datagraph.pdf|subject": "a judgement call: the key keeps the title's opening \"BANDO PUBBLICO PER …\"; the extractor reads the title under the heading, as print-18's Valmontone is keyed; here it also loses the title's first line; not looked into further",
	// Round 21's mixed sets, written last to measure round 20's changes,
	// on first reading (albo 0.3.139), less the three albo 0.3.140 fixed;
	// most not looked into.
	"mix-21-a/allegato-argenta-saga.pdf|role":               "first reading, not looked into",
	"mix-21-b/determinazione-amelia-siscom.pdf|office":      "the key gives the Servizio's name without its label's word, as python-10's Ceccano: the office's reader keeps the label's word where the value names no office (\"Settore: Turismo e Cultura\")",
	"mix-24-b/avviso-grammichele-modelloufficio.pdf|office": "an Area and its \"Servizi …\" after a dash: the key parts them; chromium-3's Venafro and chromium-14's Fiuggi keep \"AREA AMMINISTRATIVA – SERVIZI SOCIALI …\" whole, as the extractor reads a plural \"Servizi\" (what the Area does)",
	"mix-24-b/avviso-grammichele-modelloufficio.pdf|organ":  "an Area and its \"Servizi …\" after a dash: the key parts them; chromium-3's Venafro and chromium-14's Fiuggi keep \"AREA AMMINISTRATIVA – SERVIZI SOCIALI …\" whole, as the extractor reads a plural \"Servizi\" (what the Area does)",
}

// TestUnseenActs reads every act of testdata/unseen and scores it against
// its set's key, field by field, set by set and over all of them.
func TestUnseenActs(t *testing.T) {
	all := newAccuracy()
	for _, set := range unseenSets {
		dir := filepath.Join("testdata", "unseen", set)
		acc := newAccuracy()
		for _, key := range loadKeys(t, filepath.Join(dir, "keys.json")) {
			data, err := os.ReadFile(filepath.Join(dir, key.File))
			if err != nil {
				t.Fatal(err)
			}
			where := set + "/" + key.File
			res, err := Read(context.Background(), key.File, data, Options{})
			scoreRead(t, acc, where, key, res, err)
			scoreRead(t, all, where, key, res, err)
		}
		t.Logf("%s:", set)
		acc.reportFields(t)
	}
	t.Log("all sets:")
	all.report(t)
	checkKnownMisses(t, all, unseenKnownMisses, "unseenKnownMisses")
}
