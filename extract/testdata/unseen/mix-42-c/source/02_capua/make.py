import json
roll = json.load(open('roll.json', encoding='utf-8'))
L, R = roll[:9], roll[9:]
def cell(k, r):
    if r is None: return '<td></td><td></td><td></td><td></td>'
    n, role, p = r
    return f'<td class="n">{k}</td><td>{n}</td><td class="r">{role}</td><td class="pa">{"P" if p else "A"}</td>'
rows = ['<tr>' + cell(i+1, L[i]) + '<td class="sep"></td>' + (cell(i+10, R[i]) if i < len(R) else cell(0, None)) + '</tr>' for i in range(9)]
html = open('template.html', encoding='utf-8').read().replace('{{ROLL}}', '\n'.join(rows))
open('deliberazione.html', 'w', encoding='utf-8').write(html)
