# Comune di Albidona - avviso pubblico: python-docx Word document converted by LibreOffice.
# Letterhead in the page header, date top right, long capital title over three lines, office in the footer.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(2.0)
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11.5)
h = s.header.paragraphs[0]; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h.add_run("COMUNE DI ALBIDONA"); r.bold = True; r.font.size = Pt(16)
h2 = s.header.add_paragraph("Provincia di Cosenza\nArea Amministrativa – Servizio Politiche Sociali"); h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
f = s.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
rf = f.add_run("Comune di Albidona – Piazza Municipio, 1 – 87070 Albidona (CS) – protocollo.albidona@asmepec.it"); rf.font.size = Pt(8)
p = d.add_paragraph("Albidona, 4 maggio 2026"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run("AVVISO PUBBLICO"); r.bold = True; r.font.size = Pt(15)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("PER L’INDIVIDUAZIONE DI ENTI DEL TERZO SETTORE DISPONIBILI ALLA CO-PROGETTAZIONE E ALLA GESTIONE DEL SERVIZIO DI TRASPORTO SOCIALE IN FAVORE DI ANZIANI E PERSONE CON DISABILITÀ – ANNO 2026"); r.bold = True; r.font.size = Pt(12.5)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
for t in ["IL RESPONSABILE DELL’AREA AMMINISTRATIVA",]:
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(t).bold = True
for t in ["Visto l’art. 55 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore);",
          "Vista la deliberazione della Giunta comunale n. 31 del 22 aprile 2026, con la quale sono stati forniti gli indirizzi per l’attivazione del procedimento di co-progettazione;",
          "In esecuzione della propria determinazione n. 58 del 30 aprile 2026;"]:
    d.add_paragraph(t).alignment = J
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run("RENDE NOTO").bold = True
for t in ["che è indetta una procedura di evidenza pubblica finalizzata all’individuazione di un ente del Terzo settore con cui co-progettare e gestire, dal 1° giugno al 31 dicembre 2026, il servizio di trasporto sociale verso strutture sanitarie, centri diurni e uffici pubblici del territorio;",
          "che le risorse disponibili ammontano a complessivi € 18.500,00, a titolo di rimborso delle spese effettivamente sostenute e documentate;",
          "che possono presentare domanda gli enti iscritti al Registro Unico Nazionale del Terzo Settore (RUNTS) in possesso dei requisiti di ordine generale;",
          "che le domande, redatte sul modello allegato, devono pervenire entro le ore 12:00 del 25 maggio 2026 a mezzo PEC all’indirizzo protocollo.albidona@asmepec.it.",
          "Responsabile del procedimento: dott.ssa Teresa Vitale, tel. 0981 507112."]:
    d.add_paragraph(t).alignment = J
p = d.add_paragraph("Il Responsabile dell’Area Amministrativa\nf.to dott. Giuseppe Aurelio Mele"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.core_properties.author = "Comune di Albidona"
d.save(sys.argv[1])
