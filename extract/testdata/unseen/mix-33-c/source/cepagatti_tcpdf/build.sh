cd "$(dirname "$0")" && php determina.php "$1"
