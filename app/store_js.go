//go:build js

package main

import (
	"context"
	"errors"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"syscall/js"

	"github.com/hack-pad/hackpadfs"
	"github.com/hack-pad/hackpadfs/indexeddb"
)

// newBrowserStore returns the browser's Store. It opens IndexedDB on first
// use (opening blocks, so it must happen off the UI goroutine, where Store
// calls run anyway) and falls back to localStorage, then to memory.
func newBrowserStore() Store { return &lazyStore{} }

// lazyStore opens the real store on its first call.
type lazyStore struct {
	once sync.Once
	s    Store
}

func (l *lazyStore) store() Store {
	l.once.Do(func() { l.s = openBrowserStore() })
	return l.s
}

func (l *lazyStore) Get(key string) ([]byte, bool, error) { return l.store().Get(key) }
func (l *lazyStore) Put(key string, v []byte) error       { return l.store().Put(key, v) }
func (l *lazyStore) Delete(key string) error              { return l.store().Delete(key) }
func (l *lazyStore) Keys(prefix string) ([]string, error) { return l.store().Keys(prefix) }

func openBrowserStore() Store {
	if db, err := indexeddb.NewFS(context.Background(), "podlab", indexeddb.Options{}); err == nil {
		return &fsStore{fs: db}
	}
	if ls := js.Global().Get("localStorage"); ls.Truthy() {
		return &localStore{ls: ls}
	}
	return newMemStore()
}

// fsStore keeps one file per key at the root of a hackpadfs file system.
type fsStore struct{ fs hackpadfs.FS }

func (s *fsStore) Get(key string) ([]byte, bool, error) {
	if err := checkKey(key); err != nil {
		return nil, false, err
	}
	b, err := hackpadfs.ReadFile(s.fs, key)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	return b, err == nil, err
}

func (s *fsStore) Put(key string, v []byte) error {
	if err := checkKey(key); err != nil {
		return err
	}
	return hackpadfs.WriteFullFile(s.fs, key, v, 0o600)
}

func (s *fsStore) Delete(key string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	err := hackpadfs.Remove(s.fs, key)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

func (s *fsStore) Keys(prefix string) ([]string, error) {
	entries, err := hackpadfs.ReadDir(s.fs, ".")
	if err != nil {
		return nil, err
	}
	var keys []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) {
			keys = append(keys, e.Name())
		}
	}
	sort.Strings(keys)
	return keys, nil
}

// localStore is the fallback: localStorage items named "podlab:"+key.
type localStore struct{ ls js.Value }

const localPrefix = "podlab:"

func (s *localStore) Get(key string) ([]byte, bool, error) {
	if err := checkKey(key); err != nil {
		return nil, false, err
	}
	v := s.ls.Call("getItem", localPrefix+key)
	if v.IsNull() {
		return nil, false, nil
	}
	return []byte(v.String()), true, nil
}

func (s *localStore) Put(key string, v []byte) (err error) {
	if err := checkKey(key); err != nil {
		return err
	}
	defer func() { // a full quota throws
		if r := recover(); r != nil {
			err = errors.New("localStorage: quota exceeded")
		}
	}()
	s.ls.Call("setItem", localPrefix+key, string(v))
	return nil
}

func (s *localStore) Delete(key string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	s.ls.Call("removeItem", localPrefix+key)
	return nil
}

func (s *localStore) Keys(prefix string) ([]string, error) {
	var keys []string
	for i := 0; i < s.ls.Get("length").Int(); i++ {
		if k := s.ls.Call("key", i).String(); strings.HasPrefix(k, localPrefix+prefix) {
			keys = append(keys, strings.TrimPrefix(k, localPrefix))
		}
	}
	sort.Strings(keys)
	return keys, nil
}
