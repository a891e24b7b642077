# reportlab: every glyph drawn on its own (BT..Tj..ET per character), justified by spreading glyphs
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setProducer("Maggioli J-Iride PDF 4.0"); c.setPageCompression(0)
def glyphs(x, y, s, font="Times-Roman", size=10, width=None):
    w = stringWidth(s, font, size); extra = 0
    if width and len(s) > 1: extra = (width - w) / (len(s) - 1)
    for ch in s:
        c.setFont(font, size); c.drawString(x, y, ch); x += stringWidth(ch, font, size) + extra
def para(y, text, font="Times-Roman", size=10, L=60, W=475, lead=13, justify=True):
    words = text.split(); line = []
    lines = []
    for wd in words:
        if stringWidth(" ".join(line + [wd]), font, size) > W: lines.append(" ".join(line)); line = [wd]
        else: line.append(wd)
    lines.append(" ".join(line))
    for i, l in enumerate(lines):
        glyphs(L, y, l, font, size, W if justify and i < len(lines) - 1 else None); y -= lead
    return y - 4
glyphs(200, 800, "CITTÀ DI BRUGHERIO", "Times-Bold", 15)
glyphs(215, 786, "Provincia di Monza e della Brianza", "Times-Italic", 10)
c.line(60, 778, 535, 778)
glyphs(120, 758, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", "Times-Bold", 12)
glyphs(210, 742, "Deliberazione n. 18 del 26/03/2026", "Times-Bold", 11)
y = para(722, "OGGETTO: APPROVAZIONE DEL REGOLAMENTO PER LA CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE.", "Times-Bold", 10)
y = para(y, "L'anno duemilaventisei, il giorno ventisei del mese di marzo, alle ore 20:45, nella Sala Consiliare di Palazzo Ghirlanda, convocato nei modi di legge, si è riunito in seduta pubblica di prima convocazione il Consiglio Comunale. Fatto l'appello nominale risultano:")
roll = [("Sindaco", "ASSI ROBERTO", "P"), ("Consigliere", "MAGNI ELENA", "P"), ("Consigliere", "BALCONI STEFANO", "P"),
        ("Consigliere", "FUMAGALLI CHIARA", "A"), ("Consigliere", "PEREGO LUCA", "P"), ("Consigliere", "VILLA MARTINA", "P"),
        ("Consigliere", "COLOMBO ANDREA", "P"), ("Consigliere", "SALA FEDERICA", "A"), ("Consigliere", "RIGAMONTI DAVIDE", "P"),
        ("Consigliere", "TORNAGHI SARA", "P"), ("Consigliere", "BONFANTI MATTEO", "P"), ("Consigliere", "CEREDA GIORGIA", "P"),
        ("Consigliere", "MOTTA RICCARDO", "P")]
for r, n, m in roll:
    glyphs(90, y, r); glyphs(190, y, n); glyphs(420, y, m, "Times-Bold"); y -= 12.5
y -= 4; glyphs(90, y, "Presenti: 11      Assenti: 2", "Times-Bold"); y -= 18
y = para(y, "Partecipa alla seduta il Vice Segretario Generale dott.ssa Paola Brambilla, in sostituzione del Segretario Generale. Assume la presidenza il Presidente del Consiglio Comunale sig. Davide Rigamonti, il quale, riconosciuta legale l'adunanza, dichiara aperta la seduta.")
y = para(y, "IL CONSIGLIO COMUNALE, udita la relazione dell'Assessore allo Sport; visto lo schema di regolamento predisposto dal Servizio Sport; visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000; con voti favorevoli n. 8, contrari n. 3 (Balconi, Perego, Motta), astenuti nessuno, espressi per alzata di mano dagli 11 consiglieri presenti e votanti,")
glyphs(270, y, "DELIBERA", "Times-Bold", 11); y -= 16
y = para(y, "1. di approvare il Regolamento per la concessione di contributi alle associazioni sportive dilettantistiche, composto da 14 articoli, allegato alla presente quale parte integrante e sostanziale;")
y = para(y, "2. di abrogare il precedente regolamento approvato con deliberazione consiliare n. 52 del 28/11/2011;")
y = para(y, "3. di dare atto che il regolamento entra in vigore il giorno successivo alla pubblicazione all'Albo Pretorio on line.")
y = para(y, "Successivamente, con separata votazione che dà il seguente esito: favorevoli n. 8, contrari n. 3, astenuti nessuno, il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
y -= 6
glyphs(80, y, "IL PRESIDENTE DEL CONSIGLIO", "Times-Bold"); glyphs(350, y, "IL VICE SEGRETARIO GENERALE", "Times-Bold"); y -= 13
glyphs(100, y, "Davide Rigamonti"); glyphs(370, y, "dott.ssa Paola Brambilla")
c.showPage(); c.save()
