//go:build !linux

package smalldisk

import "errors"

func mount(dir string, size int64) error { return errors.New("tmpfs needs Linux") }

func unmount(dir string) {}

func freeBytes(dir string) (int64, error) { return 0, errors.New("tmpfs needs Linux") }
