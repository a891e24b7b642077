module ceramicoatti

go 1.21
