package main

import (
	"errors"
	"fmt"
)

// Store is the persistence port: a small key-value store for the learner's
// drafts and progress. In the browser it is IndexedDB through hackpadfs
// (localStorage when IndexedDB cannot be opened, as in some private
// windows); in tests it is memStore. Calls may block on the browser's
// storage: call them from ctx.Async, never on the UI goroutine.
type Store interface {
	// Get returns the value of key; ok is false when there is none.
	Get(key string) (value []byte, ok bool, err error)
	// Put sets key to value.
	Put(key string, value []byte) error
	// Delete removes key; deleting a missing key is not an error.
	Delete(key string) error
	// Keys lists the keys that start with prefix, sorted.
	Keys(prefix string) ([]string, error)
}

// errBadKey is a key outside the store's alphabet (a bug, not user input).
var errBadKey = errors.New("store: bad key")

// checkKey accepts keys of lower-case letters, digits, '.', '-' and '_'
// (1–128 bytes), which are valid file names in every backend.
func checkKey(key string) error {
	if key == "" || len(key) > 128 || key[0] == '.' {
		return fmt.Errorf("%w %q", errBadKey, key)
	}
	for _, r := range key {
		if !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '.' || r == '-' || r == '_') {
			return fmt.Errorf("%w %q", errBadKey, key)
		}
	}
	return nil
}
