# opens the HTML in Writer via a .fodt? simpler: write a .docx with a running foot carrying the number
import sys, re, html
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
src = open(sys.argv[1], encoding="utf-8").read()
d = Document(); s = d.sections[0]; s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(12)
fp = s.footer.paragraphs[0]; fp.text = "ORD-2026-6 del 22/04/2026 – Comune di Perdifumo – Albo Pretorio on line"; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.runs[0].font.size = Pt(8)
n = 0
for tag, attrs, body in re.findall(r"<(h1|p|li)([^>]*)>(.*?)</\1>", src, re.S):
    txt = html.unescape(re.sub(r"<br>", "\n", body)); txt = re.sub(r"<[^>]+>", "", txt)
    if tag == "li": n += 1; txt = f"{n}. " + txt
    p = d.add_paragraph(); r = p.add_run(txt)
    if tag == "h1": r.bold = True; r.font.size = Pt(16)
    if "<b>" in body: r.bold = True
    if "<i>" in body: r.italic = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if ('class="c"' in attrs or tag == "h1") else WD_ALIGN_PARAGRAPH.JUSTIFY
    if "margin-left" in attrs: p.paragraph_format.left_indent = Cm(9)
    if tag == "li": p.paragraph_format.left_indent = Cm(0.8)
d.save(sys.argv[2])
