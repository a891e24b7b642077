# Gather source/keys/*.json into ../keys.json in file order.
import json, glob, os
from common import HERE, OUT
order = ['b01', 'b02', 'b03', 'b04', 'b05', 'b06', 'b07', 'b08', 'b09', 'b10', 'b11', 'b12']
keys = [json.load(open(f)) for f in sorted(glob.glob(os.path.join(HERE, 'keys', '*.json')))]
byfile = {k['file']: k for k in keys}
files = []
for b in order:
    src = open(glob.glob(os.path.join(HERE, b + '_*.py'))[0]).read()
    fn = src.split("FN = '")[1].split("'")[0]
    files.append(byfile[fn])
json.dump(files, open(os.path.join(OUT, 'keys.json'), 'w'), ensure_ascii=False, indent=1)
print(len(files), 'keys')
