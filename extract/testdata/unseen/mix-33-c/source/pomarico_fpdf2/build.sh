cd "$(dirname "$0")" && python3 determina.py "$1"
