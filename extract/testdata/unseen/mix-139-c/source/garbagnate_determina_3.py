#!/usr/bin/env python3
"""Garbagnate Milanese, determinazione of the Settore Servizi Finanziari:
content streams written by hand and saved with pikepdf (standard 14 fonts,
WinAnsiEncoding, justification with Tw). The sector's number "N. 5/SF" is in
the title; the Registro Generale number only in the running head of every
page; the Settore / Servizio / Ufficio hierarchy in a framed box."""
import sys

import pikepdf
from pikepdf import Array, Dictionary, Name
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = 595.28, 841.89
L, R = 62.0, W - 56.0
TOP, BOT = H - 150, 70
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


class Page:
    def __init__(self, no):
        self.no = no
        self.ops = []

    def text(self, x, y, s, f="F1", size=10, tw=0.0):
        self.ops.append(b"BT /%s %.2f Tf %.3f Tw 1 0 0 1 %.2f %.2f Tm (" % (f.encode(), size, tw, x, y) + esc(s) + b") Tj ET")

    def line(self, x1, y1, x2, y2, w=0.5):
        self.ops.append(b"%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x1, y1, x2, y2))

    def rect(self, x, y, w, h, lw=0.6):
        self.ops.append(b"%.2f w %.2f %.2f %.2f %.2f re S" % (lw, x, y, w, h))

    def stream(self):
        return b"\n".join(self.ops)


class Writer:
    def __init__(self):
        self.pages = []
        self.new()

    def new(self):
        p = Page(len(self.pages) + 1)
        self.pages.append(p)
        self.p = p
        self.chrome(p)
        self.y = TOP if p.no == 1 else H - 114

    def chrome(self, p):
        # running head (every page): the general register's number lives only here
        p.text(L, H - 34, "Comune di Garbagnate Milanese", "F2", 8)
        p.text(R - stringWidth("Registro Generale n. 58 del 16/01/2029", "Helvetica", 8), H - 34,
               "Registro Generale n. 58 del 16/01/2029", "F1", 8)
        p.line(L, H - 39, R, H - 39, 0.4)
        # letterhead
        p.ops.append(b"0.157 0.353 0.235 RG 0.157 0.353 0.235 rg")
        p.rect(L, H - 86, 30, 38, 0.9)
        p.text(L + 8, H - 70, "GM", "F2", 8)
        p.text(L + 42, H - 62, "COMUNE DI GARBAGNATE MILANESE", "F2", 14)
        p.ops.append(b"0 0 0 RG 0 0 0 rg")
        p.text(L + 42, H - 75, "Città Metropolitana di Milano", "F1", 8.5)
        p.line(L, H - 92, R, H - 92, 1.2)
        # foot
        foot = "pag. %d di {N}" % p.no
        p.text(R - 40, 40, foot, "F1", 7.5)
        p.text(L, 40, "Atto firmato digitalmente ai sensi del D.Lgs. 82/2005", "F3", 7.5)

    def need(self, h):
        if self.y - h < BOT:
            self.new()

    def para(self, s, f="F1", size=9.8, lead=13.0, indent=0.0, label=None, after=4.0, center=False):
        font = FONTS[f]
        width = R - L - indent
        words, lines, cur = s.split(), [], []
        for w in words:
            if cur and stringWidth(" ".join(cur + [w]), font, size) > width:
                lines.append(cur)
                cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        for i, ws in enumerate(lines):
            self.need(lead)
            line = " ".join(ws)
            if center:
                self.p.text((L + R - stringWidth(line, font, size)) / 2, self.y, line, f, size)
            else:
                tw = 0.0
                if i < len(lines) - 1 and len(ws) > 1:
                    tw = (width - stringWidth(line, font, size)) / (len(ws) - 1)
                if label and i == 0:
                    self.p.text(L, self.y, label, f, size)
                self.p.text(L + indent, self.y, line, f, size, tw)
            self.y -= lead
        self.y -= after


def main(out):
    w = Writer()
    p = w.p
    # office hierarchy box, right
    bx, by = R - 210, H - 140
    p.rect(bx, by, 210, 40, 0.7)
    p.text(bx + 8, by + 28, "Settore Servizi Finanziari", "F2", 9)
    p.text(bx + 8, by + 17, "Servizio Tributi", "F1", 9)
    p.text(bx + 8, by + 6, "Ufficio TARI e Canone Unico Patrimoniale", "F1", 9)
    p.text(L, H - 114, "DETERMINAZIONE", "F2", 12)
    p.text(L, H - 128, "N. 5/SF DEL 15/01/2029", "F2", 12)
    w.y = H - 164
    subj = ("AFFIDAMENTO DEL SERVIZIO DI STAMPA, IMBUSTAMENTO E POSTALIZZAZIONE DEGLI AVVISI DI PAGAMENTO TARI "
            "2029 - DETERMINAZIONE A CONTRARRE E IMPEGNO DI SPESA - CIG B6A09F3D18")
    w.para(subj, "F2", 9.8, indent=62, label="OGGETTO:", after=12)
    w.para("LA DIRIGENTE", "F2", 10, center=True, after=6)
    for t in [
        "Visto il decreto del Sindaco n. 20 del 30/12/2028, con il quale è stato conferito alla sottoscritta l'incarico di direzione del Settore Servizi Finanziari per l'anno 2029;",
        "Premesso che il Comune gestisce direttamente la tassa sui rifiuti (TARI) di cui all'art. 1, commi 639 e seguenti, della L. 147/2013, e che il vigente Regolamento comunale prevede l'invio ai contribuenti, entro il mese di marzo, dell'avviso di pagamento con i modelli per il versamento in due rate, con scadenza 30 aprile e 30 settembre;",
        "Considerato che per l'anno 2029 occorre provvedere alla stampa, all'imbustamento e al recapito di circa 12.900 avvisi di pagamento, di cui circa 2.300 da inviare a mezzo posta elettronica certificata alle utenze non domestiche, e che l'Ufficio TARI e Canone Unico Patrimoniale non dispone delle attrezzature necessarie per la stampa massiva;",
        "Dato atto che l'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 consente l'affidamento diretto dei servizi di importo inferiore a 140.000 euro, anche senza consultazione di più operatori economici, assicurando che siano scelti soggetti in possesso di documentate esperienze pregresse idonee all'esecuzione delle prestazioni contrattuali;",
        "Vista l'offerta presentata sulla piattaforma Sintel di ARIA S.p.A. dalla società Lombarda Servizi Postali S.r.l., con sede in Rho, identificativo di procedura 198733452, per un importo di € 0,46 per ciascun avviso cartaceo e di € 0,08 per ciascun invio PEC, per complessivi € 5.184,00 oltre IVA 22% per la componente di stampa e imbustamento, oltre alle spese postali non soggette a IVA stimate in € 6.380,00;",
        "Ritenuta congrua l'offerta, anche in rapporto ai prezzi praticati negli anni precedenti, e verificato il possesso dei requisiti mediante il fascicolo virtuale dell'operatore economico;",
        "Dato atto che l'esercizio finanziario 2029 è regolato dal bilancio di previsione 2029-2031, approvato con deliberazione del Consiglio Comunale n. 72 del 18/12/2028;",
        "Visti gli artt. 107, 183 e 192 del D.Lgs. 267/2000, l'art. 17, comma 2, del D.Lgs. 36/2023 e il vigente Regolamento di contabilità;",
        "Attestata la regolarità tecnica del presente provvedimento ai sensi dell'art. 147-bis del D.Lgs. 267/2000 e l'assenza di conflitti di interesse ai sensi dell'art. 16 del D.Lgs. 36/2023;",
    ]:
        w.para(t)
    w.y -= 2
    w.para("DETERMINA", "F2", 10, center=True, after=6)
    for i, t in enumerate([
        "di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, alla società Lombarda Servizi Postali S.r.l. il servizio di stampa, imbustamento e postalizzazione degli avvisi di pagamento TARI per l'anno 2029, alle condizioni dell'offerta richiamata in premessa;",
        "di impegnare la somma di € 6.324,48 (IVA 22% compresa) per il servizio di stampa e imbustamento e la somma di € 6.380,00 per le spese postali, per complessivi € 12.704,48, al capitolo 10140/3 \"Spese per la riscossione dei tributi\" del bilancio 2029-2031, annualità 2029;",
        "di dare atto che il contratto sarà stipulato mediante scambio di lettere commerciali tramite la piattaforma Sintel, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
        "di nominare Responsabile Unico del Progetto la Dott.ssa Marta Ferrario, funzionaria dell'Ufficio TARI e Canone Unico Patrimoniale;",
        "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione Amministrazione Trasparente, ai sensi dell'art. 37 del D.Lgs. 33/2013 e dell'art. 28 del D.Lgs. 36/2023.",
    ], 1):
        w.para(t, indent=20, label="%d)" % i)
    w.need(70)
    w.y -= 14
    x = R - 110
    for s, f in (("LA DIRIGENTE DEL SETTORE", "F2"), ("SERVIZI FINANZIARI", "F2"), ("Dott.ssa Roberta Galli", "F1")):
        w.p.text(x - stringWidth(s, FONTS[f], 9.5) / 2, w.y, s, f, 9.5)
        w.y -= 13
    w.y -= 16
    w.need(60)
    top = w.y + 8
    w.p.rect(L, top - 62, R - L, 62, 0.5)
    w.y = top - 14
    L0 = L
    w.para("VISTO DI REGOLARITÀ CONTABILE", "F2", 8.6, center=True, after=2)
    globals()["L"] = L0 + 8
    globals()["R"] = R - 8
    w.para("Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000: "
           "impegni n. 2029/301 e n. 2029/302, capitolo 10140/3. Esecutiva dal 16/01/2029.", "F1", 8.6, 11)
    globals()["L"] = L0
    globals()["R"] = R + 8
    sig = "Il Dirigente del Settore Servizi Finanziari - Dott.ssa Roberta Galli"
    w.p.text(R - 8 - stringWidth(sig, "Helvetica-Oblique", 8), w.y - 2, sig, "F3", 8)

    pdf = pikepdf.new()
    fonts = Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                      Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()})
    fonts = pdf.make_indirect(fonts)
    n = len(w.pages)
    for pg in w.pages:
        data = pg.stream().replace(b"{N}", str(n).encode())
        page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                          Resources=Dictionary(Font=fonts), Contents=pdf.make_stream(data))
        pdf.pages.append(pikepdf.Page(page))
    pdf.docinfo["/Title"] = "Determinazione R.G. n. 58 del 16/01/2029"
    pdf.docinfo["/Creator"] = "J-Iride Atti - stampa documento"
    pdf.docinfo["/Producer"] = "J-Iride PDF writer"
    pdf.save(out, fix_metadata_version=False)


if __name__ == "__main__":
    main(sys.argv[1])
