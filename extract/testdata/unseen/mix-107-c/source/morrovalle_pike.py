# Comune di Morrovalle, "Halley" house style, Giunta n. 81: content streams written
# by hand and assembled with pikepdf, as some report engines write them.
#  - every word is placed on its own (Tm per word, no space characters);
#    justified lines are justified by the words' positions;
#  - headings are letter-spaced by placing each glyph alone;
#  - the letterhead/header block and the roll are Form XObjects drawn AFTER the
#    body text (out of reading order); the running foot is one XObject reused
#    on both pages;
#  - a "copia conforme" stamp runs up the left margin, rotated 90 degrees.
import sys, os
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from morrovalle_common import MUNI, PROV, ADDR, GIUNTA

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
W, H = 595.28, 841.89
LM, RM = 57.0, 57.0
TW = W - LM - RM
FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Helvetica-Bold", "F4": "Times-Italic",
         "F5": "Helvetica"}
FKEY = {v: k for k, v in FONTS.items()}


def s(text):
    b = text.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def word(font, size, x, y, txt):
    return b"BT /%s %.1f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET\n" % (
        FKEY[font].encode(), size, x, y, s(txt))


def centred(font, size, y, txt, cx=W / 2):
    w = stringWidth(txt, font, size)
    return word(font, size, cx - w / 2, y, txt)


def spaced(font, size, y, txt, track):
    """letter-spaced heading: every glyph placed alone."""
    widths = [stringWidth(ch, font, size) for ch in txt]
    total = sum(widths) + track * (len(txt) - 1)
    x = W / 2 - total / 2
    out = b"BT /%s %.1f Tf\n" % (FKEY[font].encode(), size)
    for ch, wd in zip(txt, widths):
        if ch != " ":
            out += b"1 0 0 1 %.2f %.2f Tm %s Tj\n" % (x, y, s(ch))
        x += wd + track
    return out + b"ET\n"


def wrap(text, font, size, width, first_indent=0.0):
    words = text.split()
    lines, cur = [], []
    avail = width - first_indent
    sw = stringWidth(" ", font, size)
    for wd in words:
        trial = cur + [wd]
        w = sum(stringWidth(t, font, size) for t in trial) + sw * (len(trial) - 1)
        if cur and w > avail:
            lines.append(cur)
            cur = [wd]
            avail = width
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def line_ops(words, font, size, x, y, width, justify):
    sw = stringWidth(" ", font, size)
    ws = [stringWidth(t, font, size) for t in words]
    gap = sw
    if justify and len(words) > 1:
        gap = (width - sum(ws)) / (len(words) - 1)
    out = b""
    for t, w in zip(words, ws):
        out += word(font, size, x, y, t)
        x += w + gap
    return out


class Flow:
    def __init__(self):
        self.pages = [b""]
        self.y = 0

    def need(self, h, top_next=H - 80):
        if self.y - h < 72:
            self.pages.append(b"")
            self.y = top_next

    def para(self, text, font="Times-Roman", size=11, lead=14.2, indent=0.0, hang=0.0,
             justify=True, after=5, centre=False):
        lines = wrap(text, font, size, TW - indent - hang)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            last = i == len(lines) - 1
            if centre:
                self.pages[-1] += centred(font, size, self.y, " ".join(ln))
            else:
                x = LM + indent + (hang if i > 0 else 0)
                wdt = TW - indent - (hang if i > 0 else 0)
                self.pages[-1] += line_ops(ln, font, size, x, self.y, wdt, justify and not last)
        self.y -= after

    def point(self, label, text, size=11, lead=14.2):
        hang = 20
        lines = wrap(text, "Times-Roman", size, TW - hang)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            if i == 0:
                self.pages[-1] += word("Times-Roman", size, LM, self.y, label)
            self.pages[-1] += line_ops(ln, "Times-Roman", size, LM + hang, self.y, TW - hang,
                                       i < len(lines) - 1)
        self.y -= 5

    def heading(self, txt, track=4.0, size=12):
        self.need(75)
        self.y -= 22
        self.pages[-1] += spaced("Times-Bold", size, self.y, txt, track)
        self.y -= 8


def rect(x, y, w, h):
    return b"%.2f %.2f %.2f %.2f re S\n" % (x, y, w, h)


def build():
    number, date = "81", "18-06-2026"
    subject = ("CONCESSIONE DI UN CONTRIBUTO STRAORDINARIO ALL'ASSOCIAZIONE TURISTICA PRO LOCO DI "
               "MORROVALLE PER L'ORGANIZZAZIONE DELLE MANIFESTAZIONI ESTIVE 2026")
    # ---- header XObject: letterhead, title, number/date, subject, proposal
    hd = b"q 1 w\n"
    # crest
    x0, y0 = 62, H - 97
    hd += b"%.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c h S\n" % (
        x0, y0 + 42, x0 + 34, y0 + 42, x0 + 34, y0 + 15, x0 + 34, y0 + 4, x0 + 20, y0 + 1, x0 + 17, y0,
        x0 + 14, y0 + 1, x0, y0 + 4, x0, y0 + 15)
    hd += b"%.2f %.2f m %.2f %.2f l S\n" % (x0 + 17, y0 + 4, x0 + 17, y0 + 42)
    hd += centred("Times-Bold", 17, H - 62, MUNI)
    hd += centred("Times-Roman", 10.5, H - 78, PROV)
    hd += centred("Times-Roman", 7.5, H - 91, ADDR)
    hd += b"0.8 w %.2f %.2f m %.2f %.2f l S\n" % (LM, H - 102, W - RM, H - 102)
    hd += rect(W - 127, H - 79, 71, 23)
    hd += centred("Helvetica-Bold", 10, H - 71, "COPIA", cx=W - 91.5)
    hd += spaced("Times-Bold", 12.5, H - 124, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", 1.6)
    hd += b"0.6 w\n" + rect(LM, H - 152, 128, 18) + rect(LM + 128, H - 152, 170, 18)
    hd += word("Times-Roman", 10.5, LM + 5, H - 146, "Numero")
    hd += word("Times-Bold", 10.5, LM + 45, H - 146, number)
    hd += word("Times-Roman", 10.5, LM + 133, H - 146, "Del")
    hd += word("Times-Bold", 10.5, LM + 155, H - 146, date)
    lines = wrap(subject, "Times-Bold", 10.5, TW - 70)
    box_h = 10 + 13 * len(lines)
    top = H - 160
    hd += rect(LM, top - box_h, TW, box_h)
    hd += word("Times-Bold", 10.5, LM + 5, top - 15, "Oggetto:")
    yy = top - 15
    for i, ln in enumerate(lines):
        hd += line_ops(ln, "Times-Bold", 10.5, LM + 62, yy, TW - 70, False)
        yy -= 13
    prop_y = top - box_h - 13
    hd += line_ops("Proposta n. 90 del 15-06-2026 - Ufficio proponente: AREA AMMINISTRATIVA - "
                   "SERVIZI CULTURALI E TURISTICI".split(), "Times-Roman", 9.5, LM, prop_y, TW, False)
    hd += b"Q\n"
    # ---- roll XObject
    roll_top = prop_y - 62
    rl = b"q 0.6 w\n"
    cols = [LM + 10, LM + 210, LM + 360]
    rl += word("Times-Bold", 10.5, cols[0], roll_top, "Cognome e Nome")
    rl += word("Times-Bold", 10.5, cols[1], roll_top, "Carica")
    rl += word("Times-Bold", 10.5, cols[2], roll_top, "Presenti/Assenti")
    rl += b"%.2f %.2f m %.2f %.2f l S\n" % (LM + 5, roll_top - 4, W - RM - 20, roll_top - 4)
    y = roll_top - 18
    for n, r in GIUNTA:
        pa = "A" if n == "MARCHIONNI STEFANO" else "P"
        rl += line_ops(n.split(), "Times-Roman", 10.5, cols[0], y, 0, False)
        rl += line_ops(r.split(), "Times-Roman", 10.5, cols[1], y, 0, False)
        rl += word("Times-Roman", 10.5, cols[2] + 36, y, pa)
        y -= 14.5
    rl += b"%.2f %.2f m %.2f %.2f l S\n" % (LM + 5, y + 9, W - RM - 20, y + 9)
    rl += b"Q\n"
    roll_bottom = y

    # ---- body flow
    f = Flow()
    f.y = prop_y - 8
    f.para("L'anno duemilaventisei il giorno diciotto del mese di giugno alle ore 13:15, nella Residenza "
           "Municipale, in seguito a regolare convocazione, si è riunita la Giunta Comunale nelle persone "
           "dei Signori:")
    f.y = roll_bottom - 4
    f.para("ne risultano presenti n. 5 e assenti n. 1.")
    f.para("Assume la presidenza la Signora TIBERI LAURA in qualità di VICE SINDACO assistita dal "
           "SEGRETARIO COMUNALE Dott.ssa MANCINELLI FEDERICA.")
    f.para("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed "
           "invita la Giunta a deliberare sull'oggetto sopra indicato.")
    f.heading("LA GIUNTA COMUNALE", track=1.2, size=11.5)
    for p in [
        "Premesso che l'Associazione Turistica Pro Loco di Morrovalle, con nota acquisita al prot. n. "
        "10877 del 03-06-2026, ha presentato il programma delle manifestazioni estive 2026, comprendente "
        "concerti, rassegne teatrali e la tradizionale festa di mezza estate nel centro storico, chiedendo "
        "un contributo a parziale copertura delle spese, preventivate in € 21.300,00;",
        "Visto il vigente Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi "
        "economici, approvato con deliberazione del Consiglio Comunale n. 37 del 29-09-2014;",
        "Ritenuto che le iniziative proposte rivestono interesse pubblico per la promozione turistica e "
        "culturale del territorio e meritano pertanto il sostegno dell'Amministrazione;",
        "Dato atto che l'Assessore SAGRIPANTI ELISA dichiara di astenersi dalla votazione, in quanto "
        "componente del consiglio direttivo dell'Associazione;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 "
        "del D.Lgs. n. 267/2000, riportati in calce al presente atto;",
        "Con voti favorevoli n. 4 e astenuti n. 1 (SAGRIPANTI ELISA), espressi per alzata di mano dai "
        "n. 5 componenti presenti;",
    ]:
        f.para(p)
    f.heading("DELIBERA", track=5)
    f.point("1)", "di concedere all'Associazione Turistica Pro Loco di Morrovalle un contributo straordinario "
            "di € 8.500,00 per l'organizzazione delle manifestazioni estive 2026, secondo il programma "
            "richiamato in premessa;")
    f.point("2)", "di imputare la spesa di € 8.500,00 al capitolo 7320/1 \"Contributi ad associazioni per "
            "attività turistiche e culturali\" del bilancio di previsione 2026-2028, esercizio 2026;")
    f.point("3)", "di stabilire che il contributo sarà liquidato dal Responsabile dell'Area Amministrativa, "
            "per il 50% all'avvio delle manifestazioni e per il saldo a presentazione del rendiconto delle "
            "spese sostenute, corredato dai relativi giustificativi.")
    f.para("Successivamente, con separata votazione, con voti favorevoli n. 4 e astenuti n. 1 (SAGRIPANTI "
           "ELISA), la Giunta Comunale DELIBERA di dichiarare il presente atto immediatamente eseguibile, "
           "ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, per consentire l'avvio delle "
           "manifestazioni dal 4 luglio 2026.")
    # pareri and signatures
    f.need(150)
    f.y -= 10
    f.para("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", font="Times-Bold", size=10.5, justify=False)
    f.para("Parere favorevole in ordine alla regolarità tecnica. Data: 15-06-2026. Il Responsabile del "
           "servizio F.to Dott. Giorgio Mazzaferro", size=10.5, justify=False)
    f.para("Parere favorevole in ordine alla regolarità contabile. Data: 16-06-2026. Il Responsabile del "
           "servizio F.to Rag. Monia Ercoli", size=10.5, justify=False)
    f.y -= 8
    f.para("Letto, approvato e sottoscritto a norma di legge.")
    f.need(40)
    f.y -= 16
    f.pages[-1] += centred("Times-Bold", 11, f.y, "IL PRESIDENTE", cx=W / 2 - 120)
    f.pages[-1] += centred("Times-Bold", 11, f.y, "IL SEGRETARIO COMUNALE", cx=W / 2 + 120)
    f.y -= 15
    f.pages[-1] += centred("Times-Roman", 11, f.y, "F.to TIBERI LAURA", cx=W / 2 - 120)
    f.pages[-1] += centred("Times-Roman", 11, f.y, "F.to Dott.ssa MANCINELLI FEDERICA", cx=W / 2 + 120)

    # ---- assemble
    pdf = pikepdf.new()
    fonts = Dictionary()
    for k, v in FONTS.items():
        fonts[Name("/" + k)] = pdf.make_indirect(Dictionary(
            Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v), Encoding=Name.WinAnsiEncoding))
    res = Dictionary(Font=fonts)

    def xobj(data, bbox=(0, 0, W, H)):
        st = Stream(pdf, data)
        st.Type = Name.XObject
        st.Subtype = Name.Form
        st.BBox = Array(list(bbox))
        st.Resources = res
        return pdf.make_indirect(st)

    head = xobj(hd)
    roll = xobj(rl)
    foot_txt = "Deliberazione di Giunta Comunale n. 81 del 18-06-2026"
    foot = xobj(b"q 0.4 w %.2f 48 m %.2f 48 l S Q\n" % (LM, W - RM) +
                word("Times-Roman", 8.5, LM, 36, foot_txt))
    rhead = xobj(word("Times-Italic", 9, LM, H - 40,
                      "Comune di Morrovalle - Deliberazione della Giunta Comunale n. 81 del 18-06-2026") +
                 b"q 0.4 w %.2f %.2f m %.2f %.2f l S Q\n" % (LM, H - 45, W - RM, H - 45))
    stamp_text = ("Copia informatica conforme all'originale firmato digitalmente ai sensi del D.Lgs. "
                  "n. 82/2005 - Registro delle pubblicazioni n. 861")
    sw = stringWidth(stamp_text, "Helvetica", 7)
    stamp = xobj(b"q 0.5 w 0 0 %.2f 14 re S Q\n" % (sw + 12) + word("Helvetica", 7, 6, 4.5, stamp_text),
                 bbox=(0, 0, sw + 12, 14))
    n = len(f.pages)
    for i, body in enumerate(f.pages):
        c = b""
        c += body                                    # body first
        if i == 0:
            c += b"q /Head Do Q\nq /Roll Do Q\n"      # then header and roll
            c += b"q 0 1 -1 0 %.2f %.2f cm /Stamp Do Q\n" % (34, 160)   # rotated stamp
        else:
            c += b"q /RHead Do Q\n"
        c += b"q /Foot Do Q\n"
        c += word("Times-Roman", 8.5, W - RM - 26, 36, "Pag. %d" % (i + 1))
        page = pikepdf.Page(Dictionary(
            Type=Name.Page, MediaBox=Array([0, 0, W, H]),
            Resources=Dictionary(Font=fonts, XObject=Dictionary(Head=head, Roll=roll, Foot=foot,
                                                                 RHead=rhead, Stamp=stamp)),
            Contents=pdf.make_stream(c)))
        pdf.pages.append(page)
    pdf.docinfo[Name.Producer] = "pikepdf %s" % pikepdf.__version__
    pdf.save(os.path.join(OUT, "giunta-81-morrovalle-halley.pdf"), compress_streams=True)


if __name__ == "__main__":
    build()
