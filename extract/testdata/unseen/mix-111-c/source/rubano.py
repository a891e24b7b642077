# Comune di Rubano, "Sicraweb" house style, printed by ReportLab with awkward text layers.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from common import *

W, H = A4
L, R = 62, W - 56

class Doc:
    def __init__(self, path, a, mode):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setAuthor("Sicraweb - Atti amministrativi"); self.c.setCreator("Sicraweb Evo 7.4 / ReportLab")
        self.a, self.mode, self.page = a, mode, 1
        self.head_text = f'Comune di Rubano - {"Deliberazione di Giunta Comunale" if a["organ"]=="Giunta Comunale" else "Deliberazione di Consiglio Comunale"} n. {a["number"]} del {it_date(a["date"])}'
        self.y = None
        if mode == "xobj":
            self.make_forms()
        self.start_page(first=True)

    def make_forms(self):
        c = self.c
        c.beginForm("lh")
        c.setFont("Times-Bold", 17); c.drawString(L + 52, H - 62, "COMUNE DI RUBANO")
        c.setFont("Times-Italic", 10.5); c.drawString(L + 52, H - 76, "Provincia di Padova")
        c.setFont("Helvetica", 7.5); c.drawString(L + 52, H - 88, "Piazza Alcide De Gasperi, 1 - 35030 Rubano (PD) - C.F. 80008870281")
        c.circle(L + 20, H - 72, 18); c.setFont("Times-Bold", 8); c.drawCentredString(L + 20, H - 75, "RUBANO")
        c.line(L, H - 96, R, H - 96)
        c.endForm()

    def start_page(self, first=False):
        c = self.c
        if not first:
            c.showPage(); self.page += 1
        if self.mode != "xobj":
            c.setFont("Times-Bold", 17); c.drawString(L + 52, H - 62, "COMUNE DI RUBANO")
            c.setFont("Times-Italic", 10.5); c.drawString(L + 52, H - 76, "Provincia di Padova")
            c.circle(L + 20, H - 72, 18); c.setFont("Times-Bold", 8); c.drawCentredString(L + 20, H - 75, "RUBANO")
            c.line(L, H - 96, R, H - 96)
        if self.page > 1 or self.mode == "glyph":
            c.setFont("Helvetica", 7.5)
            c.drawRightString(R, H - 30, f"{self.head_text} - pag. {self.page}")
        c.setFont("Helvetica", 7); c.drawCentredString(W / 2, 30, "Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate")
        self.y = H - 120

    def end_page_extras(self):
        if self.mode == "xobj":
            self.c.doForm("lh")  # letterhead drawn last, after the body

    def need(self, h):
        if self.y - h < 60:
            self.end_page_extras(); self.start_page()

    def text(self, x, y, s, font, size, cs=0):
        c = self.c
        if self.mode == "glyph":
            c.setFont(font, size)
            for ch in s:
                if ch != " ":
                    c.drawString(x, y, ch)
                x += stringWidth(ch, font, size) + cs
        else:
            t = c.beginText(x, y); t.setFont(font, size); t.setCharSpace(cs); t.textOut(s); c.drawText(t)

    def spaced(self, s, font, size, cs, centre=True):
        w = stringWidth(s, font, size) + cs * (len(s) - 1)
        self.need(size + 8)
        self.text((W - w) / 2 if centre else L, self.y, s, font, size, cs)
        self.y -= size + 8

    def para(self, s, font="Times-Roman", size=11, indent=0, just=True, lead=14, first_indent=0):
        words = s.split(); lines = []; cur = []
        width = R - L - indent
        for w_ in words:
            trial = " ".join(cur + [w_])
            lim = width - (first_indent if not lines else 0)
            if cur and stringWidth(trial, font, size) > lim:
                lines.append(cur); cur = [w_]
            else:
                cur.append(w_)
        if cur: lines.append(cur)
        c = self.c
        for i, ln in enumerate(lines):
            self.need(lead)
            x = L + indent + (first_indent if i == 0 else 0)
            lim = width - (first_indent if i == 0 else 0)
            s_ = " ".join(ln)
            last = i == len(lines) - 1
            if self.mode == "glyph":
                gap = 0 if (last or not just or len(ln) < 2) else (lim - stringWidth(s_, font, size)) / (len(ln) - 1)
                xx = x
                for w_ in ln:
                    self.text(xx, self.y, w_, font, size)
                    xx += stringWidth(w_ + " ", font, size) + gap
            else:
                t = c.beginText(x, self.y); t.setFont(font, size)
                if just and not last and len(ln) > 1:
                    t.setWordSpace((lim - stringWidth(s_, font, size)) / (len(ln) - 1))
                t.textOut(s_); c.drawText(t)
            self.y -= lead
        self.y -= 4

    def save(self):
        self.end_page_extras(); self.c.save()

def roll_table(d, roll, cols=1, late=()):
    c = d.c
    if cols == 1:
        d.need(18 * (len(roll) + 2))
        x0, x1, x2 = L + 40, L + 230, L + 360
        c.setFont("Helvetica-Bold", 9); d.text(x0, d.y, "Componenti", "Helvetica-Bold", 9); d.text(x1, d.y, "Carica", "Helvetica-Bold", 9); d.text(x2, d.y, "Presenza", "Helvetica-Bold", 9)
        c.line(x0, d.y - 4, x2 + 80, d.y - 4); d.y -= 16
        for n, r, p in roll:
            d.text(x0, d.y, n, "Helvetica", 9.5); d.text(x1, d.y, r, "Helvetica", 9.5); d.text(x2 + 15, d.y, "P" if p else "A", "Helvetica", 9.5)
            d.y -= 14
        c.line(x0, d.y + 8, x2 + 80, d.y + 8)
    else:
        half = (len(roll) + 1) // 2
        d.need(14 * (half + 2))
        for k, x in enumerate((L, L + (R - L) / 2 + 6)):
            d.text(x, d.y, "Consigliere", "Helvetica-Bold", 8.5); d.text(x + 185, d.y, "Pres.", "Helvetica-Bold", 8.5)
        d.y -= 14
        for i in range(half):
            for k, x in enumerate((L, L + (R - L) / 2 + 6)):
                j = i + k * half
                if j < len(roll):
                    n, r, p = roll[j]
                    d.text(x, d.y, n, "Helvetica", 9); d.text(x + 110, d.y, r, "Helvetica-Oblique", 8)
                    d.text(x + 190, d.y, "SI" if p and n not in late else "NO", "Helvetica", 9)
            d.y -= 13
    d.y -= 8

def header_box(d, a, kindline):
    c = d.c
    d.spaced(kindline, "Helvetica-Bold", 12, 2.2)
    d.need(60)
    c.rect(L, d.y - 40, R - L, 44)
    d.text(L + 8, d.y - 10, f'N. {a["number"]}', "Helvetica-Bold", 11)
    d.text(L + 90, d.y - 10, f'del {it_date(a["date"])}', "Helvetica-Bold", 11)
    if "proposal_number" in a:
        d.text(R - 200, d.y - 10, f'Proposta n. {a["proposal_number"]} del {it_date(a["proposal_date"])}', "Helvetica", 8.5)
        d.text(R - 200, d.y - 22, f'Area proponente: {a["proposing_office"]}', "Helvetica", 8.5)
    d.y -= 34
    d.y -= 14
    d.para("OGGETTO: " + a["subject"], font="Helvetica-Bold", size=10.5, just=False, lead=13)

def sign(d, a, pres_label, sec_label):
    d.need(90); d.y -= 10
    d.text(L + 20, d.y, "Letto, approvato e sottoscritto.", "Times-Italic", 10.5); d.y -= 26
    d.text(L + 30, d.y, pres_label, "Times-Bold", 10.5); d.text(L + 290, d.y, sec_label, "Times-Bold", 10.5); d.y -= 14
    d.text(L + 30, d.y, signame(a["president"]), "Times-Roman", 10.5); d.text(L + 290, d.y, signame(a["secretary"]), "Times-Roman", 10.5)
    d.y -= 12
    d.text(L + 30, d.y, "(firmato digitalmente)", "Times-Italic", 8); d.text(L + 290, d.y, "(firmato digitalmente)", "Times-Italic", 8)
    d.y -= 20

def r1(path):
    a = ACTS["R1"]; d = Doc(path, a, "tw")
    header_box(d, a, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
    d.para(f'L\'anno duemilaventisei, il giorno {words_date(a["date"])}, alle ore 17:30, nella sala delle adunanze della sede municipale, si è riunita la Giunta Comunale, convocata nelle forme di legge. Eseguito l\'appello risultano:')
    roll_table(d, a["roll"])
    d.para("Presenti n. 4 - Assenti n. 1", font="Helvetica", size=9.5)
    d.para(f'Partecipa alla seduta la Segretario Generale {signame(a["secretary"])}, che provvede alla redazione del presente verbale. Il {signame(a["president"])}, nella sua qualità di Sindaco, assunta la presidenza e constatato il numero legale, dichiara aperta la seduta e invita la Giunta a deliberare sull\'oggetto sopra indicato.')
    d.spaced("LA GIUNTA COMUNALE", "Times-Bold", 11, 3)
    for p in premessa(a): d.para(p, first_indent=18)
    d.para("Con voti unanimi e favorevoli, espressi nelle forme di legge,")
    d.spaced("D E L I B E R A", "Times-Bold", 11.5, 1.5)
    for i, p in enumerate(points(a), 1): d.para(f"{i}. {p}", indent=14)
    d.para("Successivamente, con separata votazione unanime e favorevole, la Giunta Comunale dichiara il presente provvedimento immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, stante l'urgenza di avviare la procedura di affidamento.")
    sign(d, a, "IL SINDACO", "IL SEGRETARIO GENERALE")
    d.save()

def r2(path):
    a = ACTS["R2"]; d = Doc(path, a, "glyph")
    header_box(d, a, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE")
    d.para("Adunanza ordinaria di prima convocazione - seduta pubblica", font="Helvetica-Oblique", size=9.5, just=False)
    d.para(f'L\'anno duemilaventisei, addì {words_date(a["date"])}, alle ore 20:30, nella sala consiliare del Municipio, convocato con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale. All\'appello nominale risultano:')
    roll_table(d, a["roll"], cols=2, late=("SCHIAVON Andrea",))
    d.para("Presenti n. 14 - Assenti n. 3", font="Helvetica", size=9.5)
    d.para(f'Assiste il Segretario Generale {signame(a["secretary"])}. Presiede la seduta la {signame(a["president"])}, Presidente del Consiglio Comunale, la quale, riconosciuta legale l\'adunanza, dichiara aperta la seduta. Alle ore 20:50, durante la trattazione del punto 1, entra in aula il consigliere SCHIAVON Andrea: i presenti sono 15.')
    d.spaced("IL CONSIGLIO COMUNALE", "Times-Bold", 11, 3)
    for p in premessa(a): d.para(p, first_indent=18)
    d.para("Uditi gli interventi dei consiglieri, riportati nel resoconto integrale della seduta;")
    d.para("Con la seguente votazione, espressa per alzata di mano: presenti 15, votanti 14, favorevoli 11, contrari 3 (Campagnaro, De Marchi, Milan), astenuti 1 (Rigon),")
    d.spaced("D E L I B E R A", "Times-Bold", 11.5, 1.5)
    for i, p in enumerate([POINTS[1].replace("la proposta", "la variazione di assestamento generale"), "di dare atto del permanere degli equilibri generali di bilancio ai sensi dell'art. 193 del D.Lgs. n. 267/2000;", POINTS[3]], 1):
        d.para(f"{i}) {p}", indent=14)
    d.para("Indi, stante l'urgenza, con separata votazione: presenti 15, favorevoli 11, contrari 0, astenuti 4 (Campagnaro, De Marchi, Milan, Rigon), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
    sign(d, a, "LA PRESIDENTE", "IL SEGRETARIO GENERALE")
    d.save()

def r3(path):
    a = ACTS["R3"]; d = Doc(path, a, "xobj")
    c = d.c
    # rotated publication stamp up the left margin, drawn first
    c.saveState(); c.translate(34, 200); c.rotate(90); c.setFillColorRGB(0.1, 0.2, 0.6)
    c.setFont("Helvetica", 7.5); c.drawString(0, 0, "Pubblicata all'Albo Pretorio on line dal 23/11/2026 al 08/12/2026 - Reg. pubbl. n. 1577")
    c.restoreState(); c.setFillColorRGB(0, 0, 0)
    header_box(d, a, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
    d.para(f'L\'anno duemilaventisei, il giorno {words_date(a["date"])}, alle ore 18:00, nella Residenza Municipale, si è riunita la Giunta Comunale. Sono presenti i signori:')
    roll_table(d, a["roll"])
    d.para(f'Assume la presidenza l\'{signame(a["president"])}, Vicesindaco, in assenza del Sindaco. Partecipa il Vice Segretario {signame(a["secretary"])}.')
    d.spaced("LA GIUNTA COMUNALE", "Times-Bold", 11, 3)
    for p in premessa(a): d.para(p, first_indent=18)
    d.para("Ad unanimità di voti favorevoli, resi in forma palese,")
    d.spaced("D E L I B E R A", "Times-Bold", 11.5, 1.5)
    for i, p in enumerate(points(a), 1): d.para(f"{i}. {p}", indent=14)
    d.para("Con successiva e separata votazione unanime la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
    sign(d, a, "IL VICESINDACO", "IL VICE SEGRETARIO")
    d.save()

if __name__ == "__main__":
    out = sys.argv[1]
    r1(out + "/giunta-rubano-sicraweb.pdf")
    r2(out + "/consiglio-rubano-sicraweb.pdf")
    r3(out + "/giunta-rubano-sicraweb-contributi.pdf")
