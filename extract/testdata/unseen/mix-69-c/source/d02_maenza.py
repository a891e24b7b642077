# Maenza: determinazione preceded by the protocol system's "segnatura" cover sheet (fpdf2, Liberation Sans TTF as Type0/CID)
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/"
pdf = FPDF(format="A4"); pdf.set_margins(20, 18, 20); pdf.set_auto_page_break(True, 22)
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf"); pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.add_font("LM", "", F + "LiberationMono-Regular.ttf")
pdf.set_creator("Folium Protocollo 5.2 – stampa segnatura"); pdf.set_title("DT_112_2026")
SUBJ = ("Lavori di manutenzione straordinaria della copertura del plesso della scuola primaria di via Roma – "
        "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 – CIG B81F2C07D4 – Impegno di spesa.")
# ---- page 1: segnatura di protocollo
pdf.add_page()
pdf.set_font("LS", "B", 11); pdf.cell(0, 6, "COMUNE DI MAENZA – PROTOCOLLO INFORMATICO", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 8.5); pdf.cell(0, 5, "Registro ufficiale – Segnatura ai sensi del D.P.C.M. 3 dicembre 2013 e delle Linee guida AgID", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4); pdf.set_draw_color(90, 90, 90)
rows = [("Codice AOO", "c_e798 – AOO Comune di Maenza"), ("Numero di protocollo", "0003518"),
        ("Data registrazione", "06/05/2026 10:14:37"), ("Tipo registrazione", "Interno"),
        ("Mittente (UOR)", "Area Tecnica"), ("Destinatari", "Area Finanziaria; Albo Pretorio on line"),
        ("Classificazione", "VI.5 – Edilizia scolastica"), ("Fascicolo", "2026-VI.5/0012"),
        ("Oggetto", "Determinazione R.G. n. 112 – " + SUBJ),
        ("Documento principale", "DT_112_2026.pdf.p7m (1 pagina)"),
        ("Impronta SHA-256", "9f1c0a7e4b52d3e8a6c17f0b29d84e61c5a3f7b0e2d9146a8b73c5e0f1d2a4b6")]
for k, v in rows:
    pdf.set_font("LS", "B", 9); x, y = pdf.get_x(), pdf.get_y()
    pdf.set_font("LS", "", 9)
    h = max(6, 5 * len(pdf.multi_cell(125, 5, v, dry_run=True, output="LINES")))
    pdf.set_font("LS", "B", 9); pdf.multi_cell(45, h, k, border=1, new_x="RIGHT", new_y="TOP")
    pdf.set_font("LM" if k.startswith("Impronta") else "LS", "", 9 if not k.startswith("Impronta") else 7)
    pdf.multi_cell(125, 5 if h > 6 else 6, v, border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(6); pdf.set_font("LS", "", 8)
pdf.multi_cell(0, 4.5, "La presente pagina è generata automaticamente dal sistema di protocollo informatico e non costituisce parte "
    "integrante del documento registrato. Il documento originale informatico è conservato presso il sistema di gestione documentale dell'Ente.")
pdf.ln(20); pdf.set_font("LS", "B", 30); pdf.set_text_color(200, 200, 200)
pdf.cell(0, 14, "Prot. 0003518 / 2026", align="C"); pdf.set_text_color(0, 0, 0)
# ---- page 2..: the act
pdf.add_page()
pdf.set_font("LS", "B", 15); pdf.cell(0, 8, "COMUNE DI MAENZA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9); pdf.cell(0, 5, "Provincia di Latina – Piazza Ugo Ottaviani, 1 – 04010 Maenza (LT)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2); pdf.line(20, pdf.get_y(), 190, pdf.get_y()); pdf.ln(3)
pdf.set_font("LS", "B", 10); pdf.cell(0, 6, "AREA TECNICA – Servizio Lavori Pubblici e Manutenzioni", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3); pdf.set_font("LS", "B", 12); pdf.cell(0, 7, "DETERMINAZIONE DEL RESPONSABILE DELL'AREA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pdf.set_font("LS", "", 9.5)
pdf.cell(57, 7, "Reg. Gen. n. 112 del 05/05/2026", border=1, align="C")
pdf.cell(56, 7, "Reg. Area Tecnica n. 41", border=1, align="C")
pdf.cell(57, 7, "Proposta n. 130 del 04/05/2026", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4); pdf.set_font("LS", "B", 10); pdf.cell(22, 5, "OGGETTO:")
pdf.multi_cell(0, 5, SUBJ, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
pdf.set_font("LS", "B", 10.5); pdf.cell(0, 6, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pdf.set_font("LS", "", 10)
for s in ["Visto il decreto sindacale n. 3 del 02/01/2026 di conferimento dell'incarico di Responsabile dell'Area Tecnica con attribuzione della posizione di Elevata Qualificazione;",
  "Premesso che a seguito degli eventi meteorologici del mese di marzo 2026 si sono verificate infiltrazioni d'acqua nelle aule del primo piano del plesso della scuola primaria di via Roma, come da verbale di sopralluogo del 24/03/2026;",
  "Visto il preventivo presentato dalla ditta Edil Lepini S.r.l., con sede in Sezze (LT), acquisito al protocollo n. 3391 del 29/04/2026, per un importo di euro 36.480,00 oltre IVA al 10 per cento, ritenuto congruo;",
  "Visto l'art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei lavori di importo inferiore a 150.000 euro;",
  "Accertata la regolarità contributiva della ditta mediante DURC on line prot. INAIL_52214087 con scadenza 18/08/2026;",
  "Visti il D.Lgs. 267/2000, lo Statuto comunale e il Regolamento di contabilità;"]:
    pdf.multi_cell(0, 5, s, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.ln(1); pdf.set_font("LS", "B", 10.5); pdf.cell(0, 6, "D E T E R M I N A", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1); pdf.set_font("LS", "", 10)
for i, s in enumerate(["di affidare alla ditta Edil Lepini S.r.l. (P.IVA 02718340598) i lavori di manutenzione straordinaria della copertura del plesso della scuola primaria di via Roma per l'importo di euro 36.480,00 oltre IVA, per complessivi euro 40.128,00;",
  "di impegnare la spesa di euro 40.128,00 alla missione 4, programma 2, capitolo 2420/3 del bilancio di previsione 2026-2028, esercizio 2026;",
  "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale e che il Responsabile unico del progetto è il geom. Fabio Colantoni;",
  "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione Amministrazione trasparente."], 1):
    pdf.cell(8, 5, "%d." % i); pdf.multi_cell(0, 5, s, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.ln(6); pdf.set_x(110); pdf.set_font("LS", "", 10)
pdf.multi_cell(80, 5, "Il Responsabile dell'Area Tecnica\ning. Stefania Marchionne", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4); pdf.set_font("LS", "", 8)
pdf.multi_cell(0, 4, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, che sostituisce il documento cartaceo e la firma autografa.")
pdf.output(sys.argv[1])
