cd "$(dirname "$0")" && python3 motta_studiostorti.py "$1"
