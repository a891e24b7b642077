# Convocazione del Consiglio comunale, Comune di Racale - poster (manifesto) in a DTP (QuarkXPress-like) layout, drawn with PyMuPDF
import sys, pymupdf as fitz
F = '/usr/share/fonts/truetype/liberation/'
doc = fitz.open(); pg = doc.new_page(width=595.28, height=841.89)
for n, f in [('lsb', 'LiberationSans-Bold.ttf'), ('ls', 'LiberationSans-Regular.ttf'), ('lnb', 'LiberationSansNarrow-Bold.ttf'), ('lsi', 'LiberationSerif-Italic.ttf'), ('lsr', 'LiberationSerif-Regular.ttf')]:
    pg.insert_font(fontname=n, fontfile=F + f)
W = 595.28
blue = (0.08, 0.22, 0.45)
pg.draw_rect(fitz.Rect(0, 0, W, 118), color=None, fill=blue)
pg.draw_rect(fitz.Rect(34, 20, 100, 98), color=(1, 1, 1), width=0.8)
pg.insert_textbox(fitz.Rect(34, 50, 100, 70), 'stemma', fontname='lsi', fontsize=8, color=(1, 1, 1), align=1)
pg.insert_textbox(fitz.Rect(115, 22, 560, 70), 'COMUNE DI RACALE', fontname='lsb', fontsize=30, color=(1, 1, 1))
pg.insert_textbox(fitz.Rect(115, 66, 560, 84), 'Provincia di Lecce', fontname='ls', fontsize=13, color=(1, 1, 1))
pg.insert_textbox(fitz.Rect(115, 86, 560, 104), 'Presidenza del Consiglio Comunale', fontname='lsi', fontsize=12, color=(1, 1, 1))
pg.insert_textbox(fitz.Rect(40, 132, 555, 150), 'Prot. n. 5530 del 28/04/2026', fontname='ls', fontsize=9, align=2)
pg.insert_textbox(fitz.Rect(30, 160, 565, 240), 'AVVISO DI CONVOCAZIONE\nDEL CONSIGLIO COMUNALE', fontname='lnb', fontsize=30, color=blue, align=1, lineheight=1.15)
pg.draw_line(fitz.Point(150, 246), fitz.Point(445, 246), color=blue, width=2)
txt = ("IL PRESIDENTE DEL CONSIGLIO COMUNALE, visti l'art. 39 del D.Lgs. 18 agosto 2000, n. 267, e il vigente Regolamento per il funzionamento del Consiglio Comunale, "
       "RENDE NOTO che il Consiglio Comunale è convocato in sessione ordinaria, in seduta pubblica di prima convocazione, presso la Sala Consiliare del Palazzo Municipale, per il giorno")
pg.insert_textbox(fitz.Rect(50, 258, 545, 330), txt, fontname='lsr', fontsize=12, align=3, lineheight=1.3)
pg.insert_textbox(fitz.Rect(40, 330, 555, 362), 'MARTEDÌ 5 MAGGIO 2026 – ORE 18:30', fontname='lsb', fontsize=19, color=(0.65, 0.05, 0.05), align=1)
pg.insert_textbox(fitz.Rect(50, 364, 545, 400), "ed occorrendo, in seconda convocazione, per il giorno mercoledì 6 maggio 2026 alla stessa ora, per discutere e deliberare sul seguente", fontname='lsr', fontsize=12, align=3, lineheight=1.3)
pg.insert_textbox(fitz.Rect(40, 404, 555, 424), 'ORDINE DEL GIORNO', fontname='lsb', fontsize=14, color=blue, align=1)
odg = ["Lettura e approvazione dei verbali della seduta precedente.",
       "Comunicazioni del Sindaco.",
       "Rendiconto della gestione per l'esercizio finanziario 2025. Approvazione.",
       "Variazione al bilancio di previsione finanziario 2026/2028 ai sensi dell'art. 175, comma 2, del D.Lgs. 267/2000.",
       "Regolamento comunale per la disciplina dei dehors e delle occupazioni di suolo pubblico per attività di somministrazione. Approvazione.",
       "Mozione del gruppo consiliare \"Racale Bene Comune\" sulla valorizzazione della marina di Torre Suda."]
y = 432
for i, o in enumerate(odg, 1):
    pg.insert_textbox(fitz.Rect(60, y, 84, y + 40), '%d.' % i, fontname='lsb', fontsize=12)
    r = pg.insert_textbox(fitz.Rect(84, y, 540, y + 60), o, fontname='lsr', fontsize=12, lineheight=1.25)
    used = 60 - r
    y += used + 6
y += 8
pg.insert_textbox(fitz.Rect(50, y, 545, y + 60), "La seduta sarà trasmessa in diretta streaming sul sito istituzionale dell'Ente. La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio di Segreteria e consultabile dai Consiglieri nei termini regolamentari.", fontname='lsi', fontsize=10.5, align=3, lineheight=1.25)
pg.insert_textbox(fitz.Rect(50, y + 70, 300, y + 90), 'Racale, 28/04/2026', fontname='lsr', fontsize=12)
pg.insert_textbox(fitz.Rect(300, y + 70, 545, y + 130), 'IL PRESIDENTE DEL CONSIGLIO COMUNALE\nDott. Giuseppe Manni', fontname='lsb', fontsize=11, align=1, lineheight=1.4)
pg.draw_rect(fitz.Rect(0, 812, W, 842), color=None, fill=blue)
pg.insert_textbox(fitz.Rect(20, 820, 575, 836), 'Comune di Racale – Piazza Municipio – 73055 Racale (LE) · Albo Pretorio on line', fontname='ls', fontsize=8, color=(1, 1, 1), align=1)
doc.set_metadata({'title': 'Convocazione Consiglio Comunale 5 maggio 2026', 'author': 'Segreteria Generale', 'creator': 'Manifesto convocazione C.C.'})
doc.subset_fonts(); doc.save(sys.argv[1], garbage=3, deflate=True)
