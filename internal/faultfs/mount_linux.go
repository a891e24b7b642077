package faultfs

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/hanwen/go-fuse/v2/fs"
	"github.com/hanwen/go-fuse/v2/fuse"
)

// mountTimeout bounds the mount and the unmount: a file system that does
// not answer fails the test instead of hanging it.
const mountTimeout = 10 * time.Second

// mount serves f over its Backing folder at its Dir and returns how to
// unmount it.
func mount(f *FS) (unmount func() error, err error) {
	if os.Geteuid() != 0 {
		return nil, fmt.Errorf("not root")
	}
	var st syscall.Stat_t
	if err := syscall.Stat(f.Backing, &st); err != nil {
		return nil, err
	}
	root := &node{LoopbackNode: &fs.LoopbackNode{RootData: &fs.LoopbackRoot{Path: f.Backing, Dev: st.Dev}}, fs: f}
	root.RootData.RootNode = root
	// No attribute or entry caching: every operation reaches the server,
	// so a rule set now applies to the next system call.
	var none time.Duration
	opts := &fs.Options{
		MountOptions: fuse.MountOptions{
			DirectMountStrict: true, // mount(2) as root, never fusermount
			FsName:            "faultfs",
			Name:              "faultfs",
			DisableXAttrs:     true,
			MaxBackground:     16,
		},
		EntryTimeout:    &none,
		AttrTimeout:     &none,
		NegativeTimeout: &none,
	}
	type mounted struct {
		server *fuse.Server
		err    error
	}
	done := make(chan mounted, 1)
	go func() {
		server, err := fs.Mount(f.Dir, root, opts)
		done <- mounted{server, err}
	}()
	var m mounted
	select {
	case m = <-done:
	case <-time.After(mountTimeout):
		detach(f.Dir)
		return nil, fmt.Errorf("mounting %s did not end in %v", f.Dir, mountTimeout)
	}
	if m.err != nil {
		return nil, m.err
	}
	if err := syscall.Stat(f.Dir, &st); err != nil {
		detach(f.Dir)
		return nil, err
	}
	conn := st.Dev
	return func() error {
		if err := syscall.Unmount(f.Dir, 0); err != nil {
			// Busy: a file is still open, by a hung child say. Detached
			// lazily, the connection ends when the last file closes, and
			// at once where the kernel lets it be aborted; the test does
			// not wait for either.
			detach(f.Dir)
			abortConnection(conn)
			return nil
		}
		ended := make(chan struct{})
		go func() { m.server.Wait(); close(ended) }()
		select {
		case <-ended:
			return nil
		case <-time.After(mountTimeout):
			return fmt.Errorf("the file system at %s still served %v after its unmount", f.Dir, mountTimeout)
		}
	}, nil
}

func detach(dir string) { syscall.Unmount(dir, syscall.MNT_DETACH) }

// abortConnection ends the FUSE connection of the device dev, where the
// FUSE control file system is mounted: whatever waits on it fails, and the
// server's reads end.
func abortConnection(dev uint64) {
	path := fmt.Sprintf("/sys/fs/fuse/connections/%d/abort", dev&0xff|(dev>>12)&0xfff00)
	os.WriteFile(path, []byte("1"), 0)
}

// node is a loopback node whose files fail by the rule, as its children.
type node struct {
	*fs.LoopbackNode
	fs *FS
}

var (
	_ fs.NodeWrapChilder     = (*node)(nil)
	_ fs.NodeOpener          = (*node)(nil)
	_ fs.NodeCreater         = (*node)(nil)
	_ fs.NodeCopyFileRanger  = (*node)(nil)
	_ fs.FileWriter          = (*file)(nil)
	_ fs.FileReader          = (*file)(nil)
	_ fs.FileFsyncer         = (*file)(nil)
	_ fs.FileFlusher         = (*file)(nil)
	_ fs.FilePassthroughFder = (*file)(nil)
)

func (n *node) WrapChild(ctx context.Context, ops fs.InodeEmbedder) fs.InodeEmbedder {
	return &node{LoopbackNode: ops.(*fs.LoopbackNode), fs: n.fs}
}

func (n *node) Open(ctx context.Context, flags uint32) (fs.FileHandle, uint32, syscall.Errno) {
	fh, fuseFlags, errno := n.LoopbackNode.Open(ctx, flags)
	if errno != 0 {
		return nil, 0, errno
	}
	return n.wrap(fh), fuseFlags, 0
}

func (n *node) Create(ctx context.Context, name string, flags uint32, mode uint32, out *fuse.EntryOut) (*fs.Inode, fs.FileHandle, uint32, syscall.Errno) {
	child, fh, fuseFlags, errno := n.LoopbackNode.Create(ctx, name, flags, mode, out)
	if errno != 0 {
		return nil, nil, 0, errno
	}
	return child, &file{LoopbackFile: fh.(*fs.LoopbackFile), fs: n.fs, path: filepath.Join(n.Path(nil), name)}, fuseFlags, 0
}

// CopyFileRange is refused, so that the kernel copies through reads and
// writes, which the rule sees.
func (n *node) CopyFileRange(ctx context.Context, fhIn fs.FileHandle, offIn uint64, out *fs.Inode, fhOut fs.FileHandle, offOut uint64, length uint64, flags uint64) (uint32, syscall.Errno) {
	return 0, syscall.ENOSYS
}

func (n *node) wrap(fh fs.FileHandle) fs.FileHandle {
	return &file{LoopbackFile: fh.(*fs.LoopbackFile), fs: n.fs, path: n.Path(nil)}
}

// file is a loopback file whose writes, fsyncs, flushes and reads fail by
// the rule.
type file struct {
	*fs.LoopbackFile
	fs   *FS
	path string
}

func (f *file) Write(ctx context.Context, data []byte, off int64) (uint32, syscall.Errno) {
	if f.fs.fails(opWrite, f.path, len(data)) {
		return 0, syscall.EIO
	}
	return f.LoopbackFile.Write(ctx, data, off)
}

func (f *file) Fsync(ctx context.Context, flags uint32) syscall.Errno {
	if f.fs.fails(opFsync, f.path, 0) {
		return syscall.EIO
	}
	return f.LoopbackFile.Fsync(ctx, flags)
}

func (f *file) Flush(ctx context.Context) syscall.Errno {
	if f.fs.fails(opClose, f.path, 0) {
		return syscall.EIO
	}
	return f.LoopbackFile.Flush(ctx)
}

func (f *file) Read(ctx context.Context, buf []byte, off int64) (fuse.ReadResult, syscall.Errno) {
	if f.fs.fails(opRead, f.path, 0) {
		return nil, syscall.EIO
	}
	return f.LoopbackFile.Read(ctx, buf, off)
}

// PassthroughFd refuses the kernel's passthrough, which would send reads
// and writes to the real file past the rule.
func (f *file) PassthroughFd() (int, bool) { return 0, false }
