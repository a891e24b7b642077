import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
def save_key(key):
    os.makedirs(os.path.join(HERE, 'keys'), exist_ok=True)
    name = key['file'].replace('.pdf', '.json')
    with open(os.path.join(HERE, 'keys', name), 'w') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
def out(name):
    return os.path.join(OUT, name)
