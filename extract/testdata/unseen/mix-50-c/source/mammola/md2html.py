# Renders convocazione.md the way Typora's GitHub theme exports it (minimal Markdown subset, no external deps)
import sys, re, html
src = open(sys.argv[1], encoding="utf-8").read().split("\n")
def inl(t):
    t = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", t)
    t = re.sub(r"\*(.+?)\*", r"<em>\1</em>", t)
    return t
out, i = [], 0
while i < len(src):
    l = src[i]
    if not l.strip(): i += 1; continue
    if l.startswith("# "): out.append("<h1>%s</h1>" % inl(l[2:])); i += 1; continue
    if l.startswith("## "): out.append("<h2>%s</h2>" % inl(l[3:])); i += 1; continue
    if l.strip() == "---": out.append("<hr>"); i += 1; continue
    if l.startswith(">"):
        b = []
        while i < len(src) and src[i].startswith(">"): b.append(inl(src[i][1:].strip())); i += 1
        out.append("<blockquote><p>%s</p></blockquote>" % "<br>".join(b)); continue
    if l.startswith("|"):
        rows = []
        while i < len(src) and src[i].startswith("|"): rows.append([c.strip() for c in src[i].strip("|").split("|")]); i += 1
        h = "".join("<th>%s</th>" % inl(c) for c in rows[0])
        b = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c) for c in r) for r in rows[2:])
        out.append("<figure><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></figure>" % (h, b)); continue
    if re.match(r"\d+\. ", l):
        items = []
        while i < len(src) and re.match(r"\d+\. ", src[i]): items.append("<li>%s</li>" % inl(src[i].split(". ", 1)[1])); i += 1
        out.append("<ol>%s</ol>" % "".join(items)); continue
    p = []
    while i < len(src) and src[i].strip() and not src[i].startswith(("#", ">", "|", "---")) and not re.match(r"\d+\. ", src[i]):
        p.append(inl(src[i])); i += 1
    out.append("<p>%s</p>" % "<br>".join(p))
css = """
@page{size:A4;margin:18mm 20mm 20mm 20mm}
body{font-family:"Open Sans","Clear Sans","Helvetica Neue","Liberation Sans",sans-serif;font-size:10.5pt;line-height:1.6;color:#333}
#write{max-width:none}
h1{font-size:14pt;border-bottom:1px solid #eee;padding-bottom:.3em;line-height:1.25;margin-top:14pt}
h2{font-size:12.5pt;border-bottom:1px solid #eee;padding-bottom:.3em;margin-top:12pt}
hr{height:2px;padding:0;margin:12px 0;background-color:#e7e7e7;border:0}
blockquote{border-left:4px solid #dfe2e5;padding:0 15px;color:#777;margin:8pt 0 8pt 38%}
table{border-collapse:collapse;margin:6pt 0}
table tr{border-top:1px solid #dfe2e5}
table tr:nth-child(2n){background-color:#f8f8f8}
th,td{border:1px solid #dfe2e5;padding:4px 13px}
th{font-weight:bold;background:#f8f8f8}
p:first-child{font-size:12pt}
ol{padding-left:2em} li{margin:2pt 0}
"""
print("<!DOCTYPE html><html><head><meta charset='utf-8'><title>convocazione_cc_16-04-2026</title><style>%s</style></head><body class='typora-export'><div id='write'>%s</div></body></html>" % (css, "\n".join(out)))
