//go:build !linux

package faultfs

import "errors"

func mount(f *FS) (unmount func() error, err error) {
	return nil, errors.New("the fault-injecting file system needs Linux")
}
