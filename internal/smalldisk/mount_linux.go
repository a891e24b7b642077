package smalldisk

import (
	"fmt"
	"os"
	"syscall"
)

func mount(dir string, size int64) error {
	if os.Geteuid() != 0 {
		return fmt.Errorf("not root")
	}
	return syscall.Mount("tmpfs", dir, "tmpfs", 0, fmt.Sprintf("size=%d,mode=0755", size))
}

func unmount(dir string) { syscall.Unmount(dir, syscall.MNT_DETACH) }

func freeBytes(dir string) (int64, error) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return 0, err
	}
	return int64(st.Bavail) * st.Bsize, nil
}
